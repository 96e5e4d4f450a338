package pagetext

import "strings"

// A caption without a credit often says what it is, in the words of an
// image's alt text: "Diagram illustrating the difference between …", "A
// screenshot of the roadmap", "Headshot of Jane Doe", "Product logo for
// Acme", "Acme logo". Printed between two paragraphs, it is read as one of
// them; its opening names it a picture.

// pictureNouns name a picture; a caption opens with one, after at most an
// article and one word ("Step images of …", "An aerial photo of …").
var pictureNouns = toSet(
	"photo", "photos", "photograph", "picture", "image", "images", "screenshot", "screenshots",
	"screengrab", "diagram", "illustration", "infographic", "headshot", "rendering",
	"foto", "fotografía", "fotografia", "imagen", "imagem", "ilustración", "ilustração", "diagrama",
	"schéma", "bild", "schaubild", "grafik", "immagine", "schermata", "illustrazione",
	"afbeelding", "schermafbeelding", "illustratie", "zdjęcie",
	"graph", "chart", "gráfico", "graphique", "grafico", "diagramm", "grafiek", "wykres",
	"shot", "close-up", "closeup",
	"instagram post", "facebook post", "tiktok post", "linkedin post", "twitter post", "x post", "pinterest post",
	"screen shot", "captura de pantalla", "captura de tela", "capture d'écran", "capture d’écran", "zrzut ekranu",
)

// pictureJoins follow a picture noun in a caption: "of", "showing", and
// their kin in other languages. A verb such as "shows" would make it a
// sentence of the story ("The graph shows that …").
var pictureJoins = toSet(
	"of", "showing", "illustrating", "depicting", "displaying", "from", "by", "with",
	"de", "do", "da", "dos", "das", "del", "des", "du", "mostrando", "montrant",
	"von", "vom", "der", "di", "della", "dello", "dei", "degli", "van",
)

// captionOpeners may stand before a picture noun: an indefinite article.
// A definite one ("The image of the mayor has become …") or a possessive
// ("Her photo of …") opens a sentence of the story far more often.
var captionOpeners = toSet("a", "an", "un", "una", "une", "uma", "ein", "eine", "een")

// notPictureModifiers may not stand as the one word before the noun.
var notPictureModifiers = toSet(
	"the", "this", "that", "these", "those", "his", "her", "their", "our", "my", "your", "its",
	"one", "each", "every", "any", "no", "le", "la", "el", "il", "der", "die", "das", "het", "de", "o",
)

// storyVerbs in a line make it a sentence about a picture, not its caption.
var storyVerbs = []string{" is ", " was ", " are ", " were ", " has ", " have ", " had ", " shows ", " will ", " can ", " said ", " says "}

// hasStoryVerb reports one of storyVerbs in a line in lower case.
func hasStoryVerb(low string) bool {
	for _, v := range storyVerbs {
		if strings.Contains(low, v) {
			return true
		}
	}
	return false
}

// isPictureText reports a line (low, in lower case, of n words) that
// names itself a picture: a picture noun and a join word at its opening,
// or a short line ending in "logo" or "profile image".
func isPictureText(low string, n int) bool {
	if n > 25 {
		return false
	}
	if n <= 6 {
		t := strings.TrimSuffix(low, ".")
		for _, end := range []string{" logo", " profile image", " profile picture", " headshot"} {
			if strings.HasSuffix(t, end) {
				return true
			}
		}
	}
	var w [6]string
	k := 0
	for rest := low; k < len(w) && rest != ""; k++ {
		w[k], rest, _ = strings.Cut(rest, " ")
	}
	i := 0
	if captionOpeners[w[0]] {
		i++
	}
	for try := 0; try < 2 && i+1 < k; try, i = try+1, i+1 {
		if try == 1 && notPictureModifiers[w[i-1]] {
			return false
		}
		j := i + 1
		// A picture noun with a colon labels what the picture shows
		// ("Bar graph: Fields of study …", "Diagram: how …"); a credit's
		// label ("Image: …") is read with its credit (creditLabel).
		if noun, ok := strings.CutSuffix(w[i], ":"); ok && pictureNouns[noun] && !labelWords.startsIn(low) {
			return true
		}
		switch {
		case pictureNouns[w[i]]:
		case j+1 < k && pictureNouns[w[i]+" "+w[j]]:
			j++
		case j+2 < k && pictureNouns[w[i]+" "+w[j]+" "+w[j+1]]:
			j += 2
		case w[i] == "logo" && (w[j] == "for" || w[j] == "of"):
			return true
		default:
			continue
		}
		if !pictureJoins[w[j]] {
			return false
		}
		return !hasStoryVerb(low)
	}
	return false
}

// pictureTextAt reports whether line i of the page is picture text.
func (p *page) pictureTextAt(i int) bool {
	return i >= 0 && i < len(p.lines) && isPictureText(p.lines[i].low, p.lines[i].words)
}

// pictureLabels open a caption with where its picture stands, before a
// colon: "Above: …", "Left: … Right: …", "Im Bild: …", "Na zdjęciu: …".
// The text after the label is the caption; a sentence of the story does
// not open so. ("Pictured: …" is not among them: a shop's page names its
// product so, and references keep that line as often as not; nor is
// "Figure 3. …", which references of technical pages keep.)
var pictureLabels = toSet(
	"above", "below", "left", "right", "top", "bottom", "inset", "top left", "top right",
	"from left", "l-r", "l to r", "clockwise from left", "clockwise from top left",
	"en la imagen", "en la foto", "na foto", "na imagem", "sur la photo", "en photo", "im bild",
	"auf dem bild", "nella foto", "in foto", "op de foto", "na zdjęciu", "na zdjęciach",
)

// captionLabelMaxWords is the most words a labelled caption may have;
// labelMaxBytes the longest label, "clockwise from top left".
const (
	captionLabelMaxWords = 40
	labelMaxBytes        = 30
)

// isLabelledCaption reports a line (low, in lower case, of n words) that
// a picture label opens, with at least two words of caption after it.
func isLabelledCaption(low string, n int) bool {
	if n < 3 || n > captionLabelMaxWords {
		return false
	}
	// The label ends at a colon within its first labelMaxBytes bytes.
	k := strings.IndexByte(low[:min(len(low), labelMaxBytes+1)], ':')
	return k > 0 && pictureLabels[strings.TrimSpace(low[:k])] && moreWords(low[k+1:], 1)
}
