package pagetext

import (
	"strings"
	"testing"
)

// A headline whose halves a dash parts ("… väsyttää puutarhurit –
// näillä keinoilla …") is no window title with a site's name: it stays the
// headline over the standfirst under it, a sentence that the story's
// first paragraph repeats.
func TestDashedHeadlineOverStandfirst(t *testing.T) {
	page := strings.Join([]string{
		"Sateinen kevät väsyttää puutarhurit – näillä keinoilla penkit pysyvät terveinä",
		"Pitkät sateet muuttavat maan, juurten ja etanoiden elämää lähes jokaisessa puutarhassa.",
		"Kotimaa12.4.2025 klo 09.30",
		"Tulvinut kasvimaa Joensuussa 3. huhtikuuta 2025.",
		"Jaa artikkeli:",
		"Jaa artikkeli Facebookissa",
		"Jaa artikkeli Twitterissä",
		"Pitkät sateet muuttavat maan, juurten ja etanoiden elämää lähes jokaisessa puutarhassa, ja tämä kevät on ollut sateisin kolmeenkymmeneen vuoteen. Puutarhurit kertovat mätänevistä taimista ja etanoiden armeijasta.",
		"Ensinnäkin kohopenkit kuivuvat nopeammin kuin tasaiset ja lämpenevät aiemmin kylmän yön jälkeen. Katetta kannattaa odottaa, kunnes maa on kuivunut, tai se pitää veden sisällä.",
		"Etanat kannattaa kerätä illalla, kun ne tulevat syömään. Olutansat toimivat, mutta nurmelle asetettu lauta kerää yhtä monta.",
		"Lopuksi kannattaa kylvää uudelleen: useimmat toukokuun lopulla kylvetyt vihannekset saavat huhtikuussa kylvetyt kiinni.",
	}, "\n")
	want := "Sateinen kevät väsyttää puutarhurit – näillä keinoilla penkit pysyvät terveinä"
	if got := headlineOf(page); got != want {
		t.Errorf("headline %q, want %q", got, want)
	}
}

// A picture's alt text that says in small letters what the picture shows
// is never the headline, even as the page's first line.
func TestLowerCaseAltTextNoHeadline(t *testing.T) {
	page := strings.Join([]string{
		"aerial photograph of a harbour at dusk with cranes lit up along the quay",
		"How the harbour plans to cut its emissions by half",
		"Ports are among the largest polluters of a coastal city, and the harbour board wants to change that within ten years.",
		"The plan, published on Monday, starts with shore power: ships at the quay will plug into the grid instead of running their engines. The first two berths will be wired next spring.",
		"Next come electric cranes and trucks. The board says the cost will be shared with the shipping lines, who have agreed to pay a fee per visit.",
		"Environmental groups welcomed the plan but said the deadline was too distant.",
	}, "\n")
	want := "How the harbour plans to cut its emissions by half"
	if got := headlineOf(page); got != want {
		t.Errorf("headline %q, want %q", got, want)
	}
}
