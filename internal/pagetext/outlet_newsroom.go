package pagetext

import (
	"strings"
	"unicode/utf8"
)

// A site signs a story its newsroom wrote with the newsroom's word and
// its own name, in the writer's place or under the story, and the word
// opens the credit or closes it by the language: "Redakcja Example",
// "Redação Example", "Rédaction de L'Example", "Редакция «Пример»",
// "هيئة تحرير صحيفة المثال"; "例示新報編集部", "예시일보 편집국",
// "Example Haber Merkezi", "Examples redaktion". teamCredit reads the
// word and the name parted by a comma or a bar.

// newsroomOpeners are the newsroom's words before the name, in lower case
// with the space after them.
var newsroomOpeners = []string{"la rédaction de ", "la rédaction du ", "rédaction de ", "rédaction du ", "redakcja ", "redakce ", "redakcia ",
	"redação ", "redação do ", "redação da ", "redacção ", "redacción ", "redacción de ", "redazione ", "redaktion ", "redactie ",
	"redaksi ", "редакция ", "редакція ", "هيئة تحرير ", "فريق تحرير ", "أسرة تحرير "}

// newsroomClosers are the newsroom's words after the name, in lower case.
var newsroomClosers = []string{"編集部", "编辑部", "編輯部", " 편집국", " 편집부", "편집국", " newsroom", " haber merkezi", "s redaktion", " redaktion", "-redaktion"}

// newsroomCredit returns the site a credit by the headline or at the
// story's end signs as its newsroom's. A desk's name ("Redaktion
// Politik", "Redazione Roma") is one word, so a name of one word in
// letters with case must be one papers are named with or be printed
// again.
func (p *page) newsroomCredit(title int) string {
	if title < 0 {
		return ""
	}
	for i := max(0, title-3); i < len(p.lines) && (i <= title+bylineReach || i <= p.bodyEnd+2); i++ {
		if i > title+bylineReach && i < p.bodyEnd-2 {
			i = p.bodyEnd - 2
		}
		ln := &p.lines[i]
		if i == title || ln.words > 8 || ln.runes > 60 || ln.runes < 4 {
			continue
		}
		name := newsroomName(strings.TrimSpace(ln.text), strings.TrimSpace(ln.low))
		if name == "" || p.isAuthorName(name, p.authors) {
			continue
		}
		if strings.Contains(name, " ") || caseless(name) || pressCompound(name) || p.writtenTwice(name) {
			return name
		}
	}
	return ""
}

// newsroomName returns the name a credit line s (low in lower case)
// gives with a newsroom's word before or after it, "" if it gives none.
func newsroomName(s, low string) string {
	if len(low) != len(s) {
		return ""
	}
	// "Par la rédaction de …", "By the … newsroom".
	if by, rest, ok := strings.Cut(low, " "); ok && creditByWords[by] {
		s, low = s[len(by)+1:], rest
		if r, ok := strings.CutPrefix(low, "the "); ok {
			s, low = s[len(s)-len(r):], r
		}
	}
	name := ""
	for _, o := range newsroomOpeners {
		if strings.HasPrefix(low, o) {
			name = strings.TrimLeft(s[len(o):], ": ")
			break
		}
	}
	if name == "" {
		for _, c := range newsroomClosers {
			if k := len(low) - len(c); k > 0 && low[k:] == c {
				name = s[:k]
				break
			}
		}
	}
	if name = strings.Trim(name, " .,:"); name == "" || utf8.RuneCountInString(name) > 40 {
		return ""
	}
	if strings.HasPrefix(name, "«") && strings.HasSuffix(name, "»") {
		name = strings.TrimSuffix(strings.TrimPrefix(name, "«"), "»")
	}
	if n, _ := agreeName(name); n == name || caseless(name) && utf8.RuneCountInString(name) >= 2 || sentenceCasedName(name) {
		return name
	}
	return ""
}
