package importer

import (
	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// rawParsers read formats that carry their own character encoding, so
// their bytes reach the parser undecoded.
var rawParsers = map[string]func([]byte) (article.Article, []string, error){
	"html":  htmlpage.Parse,
	"mhtml": htmlpage.ParseMHTML,
	"warc":  parseWARCRecord,
}

func init() {
	formats[".html"] = "html"
	formats[".htm"] = "html"
	formats[".xhtml"] = "html"
	// A page saved "as a single file": Chrome's and Edge's .mhtml,
	// Internet Explorer's .mht.
	formats[".mhtml"] = "mhtml"
	formats[".mht"] = "mhtml"
}
