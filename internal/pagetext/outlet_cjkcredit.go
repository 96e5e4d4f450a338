package pagetext

import (
	"strings"
	"unicode/utf8"
)

// Papers in Chinese, Japanese and Korean credit their reporter with the
// paper's name beside the writer's, in shapes a byline in Latin letters
// has not: "佐藤美咲（港湾新報）" or "（港湾新報）佐藤美咲", the paper in
// brackets; "海滨日报记者 王丽", the paper before the word for a
// reporter; "박지수 해안일보 기자", the paper among the words before it.
// The paper's name holds its script's word for a paper
// (scriptPressWords), which a desk ("（経済部）"), a role or the paper's
// word for itself ("本报记者") does not.

// scriptReporterWords are the words for a reporter that a Chinese credit
// writes after the paper's name.
var scriptReporterWords = []string{"记者", "記者"}

// scriptPaperIn returns the paper's name that s, a part of a credit
// line in a script without capitals, is or opens with: s up to the end
// of its last word for a paper ("江城晚报全媒体" → "江城晚报"), or "".
func scriptPaperIn(s string) string {
	end := -1
	for _, w := range scriptPressWords {
		if k := strings.LastIndex(s, w); k >= 0 && k+len(w) > end {
			end = k + len(w)
		}
	}
	if end < 0 {
		return ""
	}
	name := strings.Trim(s[:end], " 　[]［］【】=＝")
	if utf8.RuneCountInString(name) < 3 || !caseless(name) || strings.HasPrefix(name, "本") {
		return ""
	}
	return name
}

// cjkCreditPaper returns the paper a reporter's credit line names, or "".
func cjkCreditPaper(s string) string {
	if isASCII(s) || utf8.RuneCountInString(s) > 40 {
		return ""
	}
	// The paper in brackets after or before the writer's name.
	for _, br := range [...][2]string{{"（", "）"}, {"(", ")"}} {
		open := strings.Index(s, br[0])
		if open < 0 {
			continue
		}
		inner, after, ok := strings.Cut(s[open+len(br[0]):], br[1])
		if !ok {
			continue
		}
		writer := strings.TrimSpace(s[:open] + " " + after)
		if n := utf8.RuneCountInString(writer); n < 2 || n > 12 || !caseless(writer) {
			continue
		}
		if name := scriptPaperIn(strings.TrimSpace(inner)); name == strings.TrimSpace(inner) {
			return name
		}
	}
	// "<paper>记者 <name>".
	for _, w := range scriptReporterWords {
		if k := strings.Index(s, w); k > 0 {
			return scriptPaperIn(s[:k])
		}
	}
	// "<name> <paper> 기자".
	if rest, ok := strings.CutSuffix(s, " 기자"); ok {
		f := strings.Fields(rest)
		for _, w := range f {
			if name := scriptPaperIn(w); name != "" && len(f) > 1 {
				return name
			}
		}
	}
	return ""
}

// cjkCredit returns the paper a credit line by the headline names as
// its reporter's.
func (p *page) cjkCredit(title int) string {
	if title < 0 {
		return ""
	}
	for i := max(0, title-3); i < len(p.lines) && i <= title+bylineReach; i++ {
		if ln := &p.lines[i]; i != title && ln.runes <= 40 && len(ln.low) > ln.runes {
			if name := cjkCreditPaper(strings.TrimSpace(ln.text)); name != "" {
				return name
			}
		}
	}
	return ""
}
