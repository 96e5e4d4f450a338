package htmlpage

import (
	"strings"
)

// What follows a story on its page and is not part of it: the writer's
// biography ("Jane Doe is a reporter who covers …"), the list of the
// sources the story drew on, and a box of links to other stories under a
// "Related" or "More from" heading (anywhere in the last third). The extractor keeps both when the page sets
// them in the story's own container. They are read from the end of the
// story's blocks only, and never take more than a few blocks or a
// quarter of its words, so a story about a person who wrote it keeps its
// text.

// maxTrailer is how many of the last blocks a trailer may span.
const maxTrailer = 4

// dropTrailer removes the writer's biography and the source list set
// after the story.
func dropTrailer(blocks []string, authors []string) []string {
	blocks = dropWall(blocks)
	if len(blocks) < 3 {
		return blocks
	}
	total := 0
	for _, b := range blocks {
		total += wordCount(b)
	}
	blocks = dropRelated(blocks, total)
	blocks = dropEndLinks(blocks, total)
	blocks = dropEndMatter(blocks, authors, total)
	for i := max(1, len(blocks)-maxTrailer); i < len(blocks); i++ {
		if b := blocks[i]; !sourcesLabel(b) && !citationList(b) && !isBio(b, authors) {
			continue
		}
		cut := 0
		for _, b := range blocks[i:] {
			cut += wordCount(b)
		}
		if cut*4 > total {
			continue
		}
		return blocks[:i]
	}
	return blocks
}

// dropEndHeadings removes the headings left at the story's end with
// nothing under them ("## FAQ", "### About the Author", or an author
// box's label set as a line, "About the Contributor"): the heads of
// boxes whose contents the page builds by script, or that the extractor
// or the trailer left out.
func dropEndHeadings(blocks []string) []string {
	for len(blocks) > 1 {
		b := blocks[len(blocks)-1]
		if !strings.HasPrefix(b, "#") && !aboutWriterLabel[fold(b)] {
			break
		}
		blocks = blocks[:len(blocks)-1]
	}
	return blocks
}

// aboutWriterLabel are the labels of an author box. Folded.
var aboutWriterLabel = map[string]bool{
	"about the author": true, "about the authors": true, "about the writer": true, "about the contributor": true,
	"about the contributors": true, "about the reporter": true,
}

// minEndLinks is the fewest links, each alone in its block, that end a
// story as a box of links to other stories with no heading of its own
// (or one the page builds by script).
const minEndLinks = 3

// dropEndLinks removes the run of blocks at the story's end that are
// each one link and nothing else ("[Harbour dues rise in April](…)"),
// when there are minEndLinks of them or more and they hold at most a
// quarter of the words: a story ends in its own words, and a link alone
// after them points to another page.
func dropEndLinks(blocks []string, total int) []string {
	i, words := len(blocks), 0
	for i > 1 {
		if _, ok := oneLink(strings.Trim(blocks[i-1], "*_")); !ok {
			break
		}
		i--
		words += wordCount(blocks[i])
	}
	if len(blocks)-i < minEndLinks || words*4 > total {
		return blocks
	}
	return blocks[:i]
}

// relatedOpeners open the heading of a box of links to other stories.
var relatedOpeners = []string{"related", "recommended reading", "recommended for you", "what to read next",
	"read next", "more from ", "you may also like", "you might also like", "more stories", "keep reading"}

// relatedHeading reports a subheading that heads links to other stories
// ("## Related articles", "### What to read next...", "## More from the
// Gazette").
func relatedHeading(b string) bool {
	if !strings.HasPrefix(b, "#") || strings.Contains(b, "\n") {
		return false
	}
	fb := fold(stripLinks(b))
	for _, o := range relatedOpeners {
		if fb == strings.TrimSpace(o) || strings.HasPrefix(fb, o) && (strings.HasSuffix(o, " ") || strings.HasPrefix(fb, o+" ")) {
			return true
		}
	}
	return false
}

// dropRelated removes a box of links to other stories in the story's
// last third: its heading and what follows up to the next heading of the
// same rank or higher, when that is at most a quarter of the words.
func dropRelated(blocks []string, total int) []string {
	for i := max(1, len(blocks)*2/3); i < len(blocks); i++ {
		if !relatedHeading(blocks[i]) {
			continue
		}
		rank := len(blocks[i]) - len(strings.TrimLeft(blocks[i], "#"))
		end, words := i+1, wordCount(blocks[i])
		for ; end < len(blocks); end++ {
			if r := len(blocks[end]) - len(strings.TrimLeft(blocks[end], "#")); r > 0 && r <= rank {
				break
			}
			words += wordCount(blocks[end])
		}
		if words*4 <= total {
			return append(blocks[:i:i], blocks[end:]...)
		}
	}
	return blocks
}

// endMatterOpeners open what a site sets under each of its stories: an
// appeal for money or for a subscription, an offer to republish, a wall
// that hides the rest from a reader who has not paid. Folded.
var endMatterOpeners = []string{
	"since you made it to the bottom", "we have a small favor to ask", "we have a small favour to ask",
	"subscribe to keep reading", "subscribe to continue reading", "subscribe to read the full",
	"subscribe for unlimited access", "already a subscriber", "you have read all your free",
	"you have reached your limit of free", "youve reached your limit of free", "republish our articles",
	"republish this article", "republish this story", "support independent journalism",
}

// maxEndMatter is how many of the last blocks end matter may span.
const maxEndMatter = 10

// dropEndMatter removes, from the story's last third (and last ten
// blocks) to its end, the
// blocks a site sets under every story: from an appeal (endMatterOpeners)
// or from its credit for the story ("This story about tutoring was written
// by Jane Doe and produced by the Gazette"), which names one of the
// writers, when that is at most a quarter of the words.
func dropEndMatter(blocks []string, authors []string, total int) []string {
	cut, at := 0, len(blocks)
	for i := len(blocks) - 1; i >= max(1, len(blocks)*2/3, len(blocks)-maxEndMatter); i-- {
		cut += wordCount(blocks[i])
		if cut*4 > total {
			break
		}
		if endMatter(blocks[i], authors) {
			at = i
		}
	}
	return blocks[:at]
}

// endMatter reports a block that opens an appeal, or credits the story
// to one of its writers.
func endMatter(b string, authors []string) bool {
	// Only its opening words are read.
	fb := fold(stripLinks(b[:min(len(b), 1000)]))
	for _, o := range endMatterOpeners {
		if strings.HasPrefix(fb, o) {
			return true
		}
	}
	if !strings.HasPrefix(fb, "this story ") && !strings.HasPrefix(fb, "this article ") && !strings.HasPrefix(fb, "this report ") {
		return false
	}
	words := strings.Fields(fb)
	head := " " + strings.Join(words[:min(len(words), 25)], " ") + " "
	for _, a := range authors {
		if fa := fold(a); fa != "" && strings.Contains(head, " by "+fa+" ") {
			return true
		}
	}
	return false
}

// sourceLabels head a list of the story's sources.
var sourceLabels = map[string]bool{
	"sources": true, "source": true, "article sources": true, "references": true, "citations": true,
	"works cited": true, "bibliography": true, "footnotes": true, "sources cited": true,
}

// sourcesLabel reports a block that is only a source list's heading
// ("## Sources", "Article Sources:").
func sourcesLabel(b string) bool {
	return len(b) < 40 && sourceLabels[fold(b)]
}

// citationList reports a block of two or more lines each of which cites
// a source: an address written out, or an "Accessed" date.
func citationList(b string) bool {
	lines := strings.Split(b, "\n")
	if len(lines) < 2 {
		return false
	}
	for _, l := range lines {
		if !strings.Contains(stripLinks(l), "://") && !strings.Contains(l, "Accessed ") && !strings.Contains(l, "Retrieved ") {
			return false
		}
	}
	return true
}

// bioVerbs follow a writer's name at the start of a biography.
var bioVerbs = map[string]bool{
	"is": true, "has": true, "was": true, "writes": true, "covers": true, "holds": true, "joined": true,
	"specializes": true, "specialises": true, "lives": true, "serves": true, "brings": true, "reports": true,
}

// isBio reports a block that opens with one of the writers' names and a
// verb that tells about them ("Jane Doe is a freelance writer …").
func isBio(b string, authors []string) bool {
	fb := fold(stripLinks(b))
	for _, a := range authors {
		fa := fold(a)
		if fa == "" || !strings.Contains(fa, " ") || !strings.HasPrefix(fb, fa+" ") {
			continue
		}
		rest := strings.Fields(fb[len(fa):])
		if len(rest) >= 3 && bioVerbs[rest[0]] {
			return true
		}
	}
	return false
}

// stripLinks is Markdown text with each link's target left out.
func stripLinks(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "](")
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			break
		}
		b.WriteString(s[:i+1])
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return b.String()
}

// wallOpeners open the box a site sets where a story stops for a reader
// who has not paid or signed in ("Subscribe to keep reading", "This
// article is for subscribers"), in the languages whose news sites most
// often wall their stories. Folded.
var wallOpeners = []string{
	"subscribe to keep reading", "subscribe to continue reading", "subscribe to read the full", "subscribe to read more",
	"subscribe to read this", "subscribe to unlock", "subscribe now to keep reading", "subscribe now to continue reading",
	"subscribe for unlimited access", "this article is for subscribers", "this story is for subscribers",
	"this content is for subscribers", "this article is only available to", "this article is exclusive to",
	"this content is only available to", "sign in to continue reading", "sign in to keep reading", "log in to continue reading",
	"log in to keep reading", "register to continue reading", "create a free account to continue", "become a member to read",
	"unlock this article", "unlock this story", "you have read all your free", "you have reached your limit of free",
	"youve reached your limit of free", "jetzt abonnieren und weiterlesen", "dieser artikel ist nur für abonnenten",
	"exklusiv für abonnenten", "cet article est réservé aux abonnés", "la suite est réservée aux abonnés", "abonnez vous pour lire",
	"este contenido es exclusivo para suscriptores", "este artículo es exclusivo para suscriptores", "suscríbete para seguir leyendo",
	"suscríbete para continuar leyendo", "questo articolo è riservato agli abbonati", "abbonati per continuare a leggere",
	"este conteúdo é exclusivo para assinantes", "assine para continuar lendo", "dit artikel is alleen voor abonnees",
}

// wallQuestions open the wall's question to a reader who has paid
// ("Already a subscriber? Log in"); a sentence of the story may open
// with the same words, so the question mark must follow them.
var wallQuestions = []string{
	"already a subscriber?", "already have an account?", "already a member?", "sie sind bereits abonnent?", "bereits abonnent?",
	"déjà abonné ?", "déjà abonné?", "ya eres suscriptor?", "¿ya eres suscriptor?", "sei già abbonato?", "já é assinante?", "al abonnee?",
}

// maxWall is how many words a paywall's box may hold, from its opening
// line to the story's end: its prompt, its offer and its buttons.
const maxWall = 150

// dropWall removes a paywall's box from the end of a story shown only in
// part (a teaser): from the first short block that opens as wallOpeners
// do, among the last blocks but never the first, to the end, when that
// is no more than a box holds. Unlike the end matter under every story, the
// box may outweigh the teaser above it.
func dropWall(blocks []string) []string {
	words, at := 0, len(blocks)
	for i := len(blocks) - 1; i >= max(1, len(blocks)-maxEndMatter); i-- {
		words += wordCount(blocks[i])
		if words > maxWall {
			break
		}
		if wallPrompt(blocks[i]) {
			at = i
		}
	}
	return blocks[:at]
}

// wallPrompt reports a block of a few words that opens a paywall's box.
func wallPrompt(b string) bool {
	if wordCount(b) > 40 {
		return false
	}
	plain := stripLinks(b)
	fb := fold(plain)
	for _, o := range wallOpeners {
		if strings.HasPrefix(fb, o) && (len(fb) == len(o) || fb[len(o)] == ' ') {
			return true
		}
	}
	low := strings.ToLower(strings.TrimLeft(plain, "#*_ "))
	for _, q := range wallQuestions {
		if strings.HasPrefix(low, q) {
			return true
		}
	}
	return false
}
