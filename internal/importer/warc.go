package importer

import (
	"strings"

	"morgue/internal/article"
)

// IsWARC reports whether path names a web archive (.warc or .warc.gz).
func IsWARC(path string) bool {
	l := strings.ToLower(path)
	return strings.HasSuffix(l, ".warc") || strings.HasSuffix(l, ".warc.gz")
}

func parseWARCRecord(data []byte) (article.Article, []string, error) {
	return article.Article{}, nil, nil
}
