package htmlpage

import (
	"strings"

	"github.com/morgue-archive/morgue/internal/pagetext"
)

// Lines the extractor keeps between a story's paragraphs that are the
// page's, not the story's: a button's label standing alone ("Read more",
// "Play video", "Advertisement"), a picture's credit ("Photo: Jane
// Doe", "Courtesy of the brand", "Getty Images / Jane Doe"), whose
// picture the archive does not keep, and a line that points to another
// of the site's stories ("Related: <link>").

// uiLabels are the labels of buttons and links that say nothing alone.
var uiLabels = map[string]bool{
	"read more": true, "continue reading": true, "keep reading": true, "read next": true,
	"back to top": true, "skip to main content": true, "skip to content": true, "play video": true,
	"advertisement": true, "advertisement continue reading below": true, "advertisement scroll to continue reading": true, "book now": true,
	"shop now": true, "buy now": true, "hide": true, "contact us": true, "view all": true,
	"show caption": true, "hide caption": true, "download": true, "embed": true,
	"share on pinterest": true, "pin it": true, "pin it here": true,
}

// creditOpeners open a picture's credit line.
var creditOpeners = []string{
	"photo:", "photos:", "image:", "images:", "picture:", "credit:", "credits:", "photo credit:",
	"image credit:", "photo credits:", "image credits:", "courtesy of ", "image from ", "image provided by ",
	"photo by ", "getty images /", "getty images/",
}

// dropFurniture removes blocks that are a button's label, a picture's
// credit, a pointer to another story, a pitch for a newsletter or for
// the site's app, or a button with the number to call beside it.
func dropFurniture(blocks []string) []string {
	blocks = dropButtonRuns(blocks)
	kept := blocks[:0]
	for i, b := range blocks {
		next := ""
		if i+1 < len(blocks) {
			next = blocks[i+1]
		}
		if !uiLabel(b) && !creditLine(b) && !crossRef(b) && !newsletterPitch(b) && !appPitch(b) && !callButton(b) && !bareLabel(b, next) &&
			!offerLine(b) && !ratingLabel(b, next) && !(i > 0 && ratingLabel(blocks[i-1], b)) && !ratingLine(b) && !bannerLink(b) && !readingTimeLine(b) {
			kept = append(kept, b)
		}
	}
	return kept
}

// readingTimeLine reports a short block that states the story's reading
// time ("3 MIN. READ", "Jun 3, 2024 · 4 min read"), set above the story
// or under it; a sentence that tells of one is longer.
func readingTimeLine(b string) bool {
	return wordCount(b) <= 12 && pagetext.ReadReadingTime(stripLinks(b)) > 0
}

// bannerLink reports a block that is one link wrapped around a heading
// and its lines ("[### Try it free for a month Start today](…)",
// "[Start today ### Try it free for a month](…)"): a
// banner or a card that points elsewhere; a story's heading holds the
// link, never the other way round.
func bannerLink(b string) bool {
	label, ok := oneLink(strings.Trim(b, "*_"))
	if !ok {
		return false
	}
	// The heading's marks open the label, or follow the lines the
	// link's box sets before it.
	for _, f := range strings.Fields(label) {
		if len(f) >= 2 && strings.Trim(f, "#") == "" {
			return true
		}
	}
	return false
}

// A shop's or a review site's card for each product it lists sets
// beside the product's name a price line ("Starting at $74.50", "Now
// 10% Off") and a rating widget (its label, "Our Rating", over the score,
// "4.9"), read as lines of their own once the card's pictures and
// buttons are gone.

// offerLine reports a block that is a price line alone: "Starting at",
// "Starts at" or "From" and a price, or "Now" and a discount.
func offerLine(b string) bool {
	if len(b) > 40 || strings.Contains(b, "\n") {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(strings.ReplaceAll(stripLinks(b), "\\", "")))
	for _, p := range []string{"starting at ", "starts at ", "from "} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			return pagetext.IsPrice(rest)
		}
	}
	if rest, ok := strings.CutPrefix(t, "now "); ok {
		rest, ok = strings.CutSuffix(rest, " off")
		return ok && (pagetext.IsPrice(rest) || pagetext.IsPercent(rest))
	}
	return false
}

// ratingLine reports a rating widget's label and score read as one line
// ("Our Rating 4.9").
func ratingLine(b string) bool {
	i := strings.LastIndexByte(b, ' ')
	return i > 0 && len(b) <= 30 && ratingLabel(b[:i], b[i+1:])
}

// ratingLabel reports a rating widget's label ("Our Rating", "Rating")
// with the score alone in the next block ("4.9", "4.5/5").
func ratingLabel(b, next string) bool {
	switch fold(b) {
	case "our rating", "rating", "our score", "editor s rating", "editors rating":
	default:
		return false
	}
	score := strings.TrimSpace(strings.ReplaceAll(next, "\\", ""))
	score, _ = strings.CutSuffix(score, "/5")
	score, _ = strings.CutSuffix(score, "/10")
	return len(score) <= 4 && pagetext.IsAmount(score)
}

// A header that sets each writer's and editor's name in a button (a
// card about them opens on a click) leaves the labels alone in the
// text: "By", "Edited by", "Reviewed by", and the dots set between them.

// bareLabel reports a block that is a byline's label with no name after
// it (the next block is no name), or a separator alone ("•", "|").
func bareLabel(b, next string) bool {
	switch strings.TrimSpace(b) {
	case "•", "·", "|":
		return true
	}
	if len(b) > 40 {
		return false
	}
	words := strings.Fields(fold(b))
	n := len(words)
	if n == 0 || n > 3 || words[n-1] != "by" {
		return false
	}
	for _, w := range words[:n-1] {
		// "Edited", "Written", "Medically reviewed", "Fact checked".
		if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && !strings.HasSuffix(w, "ly") && w != "fact" {
			return false
		}
	}
	if next != "" && len(next) <= 60 {
		if ns := pagetext.ReadByline("By " + next); len(ns) > 0 {
			return false
		}
	}
	return true
}

// uiLabel reports a block that is a button's label alone, in English or
// in another language ("Anzeige", "Compartir"), or a link to a shop.
func uiLabel(b string) bool {
	// A button that is one link is judged by its text: a shop's link
	// carries a tracking address hundreds of characters long.
	if len(b) >= 200 && !(strings.HasPrefix(b, "[") && strings.Count(b, "](") == 1) {
		return false
	}
	t := stripLinks(b)
	return len(t) < 200 && (uiLabels[fold(t)] || shopButton(b) || pagetext.ForeignButton(t))
}

// shopButton reports a block that is one link to a shop: a price and
// where it is asked ("$899.99 from Best Buy"), or "Buy now at …".
func shopButton(b string) bool {
	label, ok := oneLink(b)
	if !ok {
		return false
	}
	text := strings.ToLower(label)
	for _, p := range []string{"buy now at ", "buy at ", "shop now at ", "shop at ", "see it at ", "check price at "} {
		if strings.HasPrefix(text, p) {
			return true
		}
	}
	price := strings.TrimLeft(text, "$£€¥0123456789.,\\ ")
	return price != text && len(price) < len(text)-1 && strings.IndexAny(text, "0123456789") >= 0 &&
		(strings.HasPrefix(price, "from ") || strings.HasPrefix(price, "at "))
}

// oneLink is the text of a block that is one link and nothing else.
func oneLink(b string) (string, bool) {
	if !strings.HasPrefix(b, "[") || !strings.HasSuffix(b, ")") || strings.Count(b, "](") != 1 {
		return "", false
	}
	return b[1:strings.Index(b, "](")], true
}

// A review sets under each product a heading and a button for each shop
// that sells it ("Where to buy", then "B&H Photo", "Amazon", each a link
// alone): the heading and its run of buttons leave the story.

// minButtonRun is the fewest buttons under a heading that make it a
// shop's box; a heading over one link is a section's.
const minButtonRun = 2

// dropButtonRuns removes the headings followed by a run of buttons,
// with their buttons: each a block that is one link of a few words.
func dropButtonRuns(blocks []string) []string {
	kept := blocks[:0]
	for i := 0; i < len(blocks); i++ {
		if strings.HasPrefix(blocks[i], "#") {
			j := i + 1
			for j < len(blocks) && linkButton(blocks[j]) {
				j++
			}
			if j-i-1 >= minButtonRun {
				i = j - 1
				continue
			}
		}
		kept = append(kept, blocks[i])
	}
	return kept
}

// linkButton reports a block that is one link of maxButtonWords words at
// most, bold or not.
func linkButton(b string) bool {
	label, ok := oneLink(strings.Trim(b, "*_"))
	return ok && wordCount(label) <= maxButtonWords
}

// creditLine reports a one-line block of a few words that opens as a
// picture's credit does.
func creditLine(b string) bool {
	if strings.Contains(b, "\n") || wordCount(b) > 14 {
		return false
	}
	low := strings.ToLower(strings.TrimLeft(stripLinks(b), "*_ \u200d"))
	for _, o := range creditOpeners {
		if strings.HasPrefix(low, o) {
			return true
		}
	}
	return false
}

// crossRefOpeners open a line set between a story's paragraphs that
// points to another story ("Related: <link>", "See also: <link>").
var crossRefOpeners = []string{
	"related:", "related story:", "related article:", "related reading:", "related content:",
	"recommended:", "see also:",
}

// crossRef reports a one-line block with a link that opens as a pointer
// to another story does.
func crossRef(b string) bool {
	if strings.Contains(b, "\n") || !strings.Contains(b, "](") || wordCount(stripLinks(b)) > 40 {
		return false
	}
	low := strings.ToLower(strings.TrimLeft(b, "*_ "))
	for _, o := range crossRefOpeners {
		if strings.HasPrefix(low, o) {
			return true
		}
	}
	return false
}

// newsletterPitch reports a paragraph set between a story's paragraphs
// that asks the reader to sign up for the site's newsletter ("Love
// films? Our weekly newsletter has the best picks. [Sign up now](…)"),
// with a link to where one signs up: a sentence of the story that
// mentions a newsletter links nowhere.
func newsletterPitch(b string) bool {
	if strings.Contains(b, "\n") || strings.HasPrefix(b, "#") || !strings.Contains(b, "](") {
		return false
	}
	t := strings.ToLower(stripLinks(b))
	return pagetext.NewsletterPitch(t, wordCount(t))
}

// appPitch reports a paragraph that asks the reader to get the site's
// app ("[Download and subscribe](…) to the new Harbour Daily app for
// …"): one that opens with a link whose words ask to download or
// install, and that names an app. A story about an app that links to
// it opens with its own words.
func appPitch(b string) bool {
	if !strings.HasPrefix(strings.TrimLeft(b, "*_"), "[") || strings.Contains(b, "\n") {
		return false
	}
	t := fold(stripLinks(b))
	if !strings.HasPrefix(t, "download") && !strings.HasPrefix(t, "install") || wordCount(t) > 60 {
		return false
	}
	for _, w := range strings.Fields(t) {
		if w == "app" || w == "apps" {
			return true
		}
	}
	return false
}

// A directory of businesses in a story (the best movers, plumbers or
// clinics in a town) sets under each entry a button and the number to
// call ("[Get a Quote](…) (212) 555-0147"): a widget's row, not the
// story's text.

// maxButtonWords bounds a button's label.
const maxButtonWords = 4

// callButton reports a one-line block that is a link of a few words and
// a telephone number, and nothing else.
func callButton(b string) bool {
	if !strings.HasPrefix(b, "[") || strings.Contains(b, "\n") {
		return false
	}
	i := strings.Index(b, "](")
	if i < 0 || wordCount(b[1:i]) > maxButtonWords {
		return false
	}
	j := strings.IndexByte(b[i:], ')')
	if j < 0 {
		return false
	}
	return phoneNumber(strings.TrimSpace(strings.ReplaceAll(b[i+j+1:], "\\", "")))
}

// phoneNumber reports a telephone number alone: seven to fifteen digits,
// with only spaces, dots, dashes, brackets and a leading plus between
// them.
func phoneNumber(s string) bool {
	digits := 0
	for k, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '+' && k == 0, r == ' ', r == '.', r == '-', r == '(', r == ')':
		default:
			return false
		}
	}
	return digits >= 7 && digits <= 15
}
