package pagetext

import (
	"strings"
	"testing"
)

// coastRoadParas are the five paragraphs of a made-up travel story.
var coastRoadParas = []string{
	"We spent a week on the coast road in late autumn, when the ferries run twice a day and most of the guest houses have closed for the winter.",
	"The first village we reached had a single shop, a church with a crooked tower and a harbour full of small boats pulled up onto the stones.",
	"From there the road climbs over the headland. On a clear morning you can see the islands from the top, and the walk down takes about an hour.",
	"We ate at the inn by the bridge, where the fish soup is made with whatever the boats brought in that morning and the bread comes warm from the oven.",
	"If you go, take a warm coat and a good map. The weather changes quickly, and the signs on the smaller roads are few and far between.",
}

// Alt text written as a phrase in small letters, which a copied page
// prints where the picture was, leaves the body; a paragraph broken over
// two lines, whose second line goes on in small letters, stays whole.
func TestLowerCaseAltTextLeavesBody(t *testing.T) {
	paras := coastRoadParas
	alts := []string{
		"fishing boats pulled up on a stony beach at low tide",
		"view from the headland over the islands in morning light.",
	}
	page := []string{"A week on the coast road in autumn", "By Jane Roe", "March 3, 2026",
		paras[0], paras[1], alts[0], paras[2], alts[1], paras[3], paras[4]}
	a, _ := mustParse(t, dump(page...))
	wantLeftOut(t, a.Body, alts)
	wantBody(t, a.Body, paras)
}

// The second half of a sentence that the page breaks over two lines, in
// small letters under a line that has not ended, is no alt text.
func TestLowerAltTextReadsTheLineAbove(t *testing.T) {
	parts := []string{"A week on the coast road in autumn", "By Jane Roe",
		"We spent a week on the coast road in late autumn, when the ferries run twice a day and the guest houses",
		"have closed for the winter and the harbour is quiet",
		"The first village we reached had a single shop, a church with a crooked tower and a harbour full of small boats."}
	lines, _ := splitLines(strings.Join(parts, "\n") + "\n")
	p := newPage(lines)
	p.read()
	for i := range p.lines {
		p.keep = append(p.keep, i >= 2) // as if the classifier kept the story's lines
	}
	if p.lowerAltText(3) {
		t.Errorf("%q under an unended line is read as alt text", parts[3])
	}
	p.keep[2] = false
	if !p.lowerAltText(3) {
		t.Errorf("%q alone is not read as alt text", parts[3])
	}
}

// A picture's file name printed where the picture stood, a camera's
// ("IMG_2041"), one with an extension ("DSC01873 Large.jpeg") or one
// ending in the picture's size ("harbour_1440-1024"), leaves the body.
func TestPictureFileNamesLeaveBody(t *testing.T) {
	paras := coastRoadParas
	names := []string{"IMG_2041", "DSC01873 Large.jpeg", "Harbour_1440-1024"}
	page := []string{"A week on the coast road in autumn", "By Jane Roe", "March 3, 2026",
		paras[0], names[0], paras[1], paras[2], names[1], paras[3], names[2], paras[4]}
	a, _ := mustParse(t, dump(page...))
	wantLeftOut(t, a.Body, names)
	wantBody(t, a.Body, paras)
	for _, s := range []string{"banner-1200x628", "PXL_20250614_101502", "team-photo.PNG"} {
		if !pictureFileName(s) {
			t.Errorf("%q is not read as a picture's file name", s)
		}
	}
	for _, s := range []string{"2025-06-14", "555-210-3344", "react-router-dom", "IMG tags", "Best-of-Breed", "rustc_codegen_gcc", "Photos from the day"} {
		if pictureFileName(s) {
			t.Errorf("%q is read as a picture's file name", s)
		}
	}
}
