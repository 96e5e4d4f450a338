package htmlpage_test

import (
	"strings"
	"testing"
)

// A page built of stacked boxes, the story in the first and the site's
// own matter after it (a price line, a heading over logos, its offices'
// addresses), keeps the story and leaves the rest; a story continued
// after a picture's short caption, in a box as long as a part of it,
// keeps both parts.
func TestEndBoxesLeaveStory(t *testing.T) {
	story := `<section id="story">` + paragraphs(english...) + `<h2>What the trawlermen want</h2>` +
		paragraphs("The trawlermen's association asked the council to keep the fish market in its old hall rather than move it to the industrial estate on the ring road, two miles from the quay.",
			"Its chairman said the boats land their catch before dawn and the buyers, most of them from the hotels along the front, would not drive out of town to bid for a box of sole.",
			"The council said it would decide in the spring, once the engineers had surveyed the hall's foundations and the cost of repairing the flooded cold store was known.") + `<h2>The sea wall</h2>` +
		paragraphs("Engineers have drawn up three designs for the new wall, the cheapest a bank of rock armour in front of the old stone face and the dearest a new wall a metre higher along the whole front.",
			"The harbour master favours the higher wall, which he says would have kept the water out of the market on the night of the storm, when the surge came over the top for an hour.",
			"Residents of the terraces behind the front have asked for the wall to keep its railings and benches, which the rock armour would bury, and a petition has gathered six hundred names.",
			"The council's engineers will present the three designs at a meeting in the town hall next month, and the residents' association has asked for the meeting to be held in the evening.") + `</section>`
	trailer := `<section id="rates"><div class="card"><p>Expert marine surveys at fair prices</p><span>From $9 an hour</span></div></section>` +
		`<section class="clients"><h2>Our Clients</h2><img src="/logo1.png" alt=""><img src="/logo2.png" alt=""></section>` +
		`<section id="offices"><div class="wrap"><div class="col"><h3>Port Elwin</h3><p>Harbour Surveys Ltd, 12 Quay Street, Suite 4, Port Elwin, Westshire PE1 4AB</p></div>` +
		`<div class="col"><h3>Gull Rock</h3><p>Harbour Surveys Ltd, 3 Lamp Lane, Second Floor, Gull Rock, Westshire GR2 9ZZ</p></div>` +
		`<div class="col"><h3>Marram Head</h3><p>Harbour Surveys Ltd, 7 Dune Road, Unit 9, Marram Head, Westshire MH3 1CD</p></div></div>` +
		`<div class="terms"><p>We take on surveys of every size, but the least we charge is $150, so a smaller job is billed at that sum and the rest is kept as credit for two months, to be used on any later survey, report or inspection.</p></div></section>`
	storyBody(t, "boxes after the story", story+trailer,
		[]string{english[2], "What the trawlermen want", "once the engineers had surveyed"},
		[]string{"Expert marine surveys", "Our Clients", "12 Quay Street", "3 Lamp Lane"})

	more := `<section id="part2"><h2>The cold store</h2>` + paragraphs(
		"The cold store under the market hall was under a metre of sea water for two days, and every freezer in it will have to be replaced before the summer season begins.",
		"The market's manager said the traders had lost their stock, and that the insurers had not yet said whether the flood was covered by the policies most of them hold.",
		"Until the store is repaired the traders are renting refrigerated lorries parked behind the hall, at a cost the council has promised to share with them.",
		"The lorries run their engines through the night, and the families in the flats above the hall have complained of the noise to the harbour office twice in the past week.",
		"The manager said the lorries would go as soon as the first new freezers arrive, which the supplier has promised for the end of next month, before the Easter visitors come.") + `</section>`
	caption := `<section class="photo"><figure><img src="/quay.jpg" alt=""><figcaption>The quay at dawn</figcaption></figure></section>`
	storyBody(t, "a story continued after a picture", story+caption+more,
		[]string{english[0], "once the engineers had surveyed", "The cold store", "promised to share with them"}, nil)
}

// paragraphs sets each text in a <p>.
func paragraphs(texts ...string) string {
	var b strings.Builder
	for _, t := range texts {
		b.WriteString("<p>" + t + "</p>")
	}
	return b.String()
}
