package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A name that holds "and" ("Saint Vincent and the Grenadines", "Food and
// Drug Administration") is one name when the page repeats it whole and
// writes the words around its "and" nowhere else: no tag of half of it.
// Two names a sentence lists side by side stay two ("Apple and Google"),
// and so do two words written apart elsewhere.
func TestNameJoinedByAnd(t *testing.T) {
	island := article.Article{
		Title:    "Island Nation Signs Fishing Pact",
		Language: "en",
		Body: body(
			"Port Elmira and the Skerries signed a fishing agreement with its neighbours on Friday, ending a dispute that lasted six years.",
			"Under the pact, boats from Port Elmira and the Skerries may fish in the shared waters for eight months of the year. The other four months are closed so that stocks can recover.",
			"Fishermen welcomed the deal. Many had lost their boats to fines when they crossed into waters the neighbours claimed.",
			"The government of Port Elmira and the Skerries said the agreement would be reviewed after three years. A joint patrol will check that boats keep to the rules.",
			"Scientists say the stocks of tuna in the region have fallen by a third since 2010. They hope the closed months will let them grow back.",
		),
	}
	checkNames(t, tagNames(Tags(island)), []string{"Port Elmira and the Skerries"}, []string{"Skerries", "Port Elmira"})

	agency := article.Article{
		Title:    "Regulator Opens Review of Cold Remedies",
		Language: "en",
		Body: body(
			"The Bureau of Seed and Soil Standards said on Monday it would review the safety of three common garden sprays sold without a licence.",
			"The review follows a report from the bureau's own advisers, who found that one spray harms bees. The Bureau of Seed and Soil Standards can order the sprays off the shelves if the review agrees.",
			"Soil scientists said the sprays are safe when used as the label says. Garden shops said they would wait for the ruling before changing what they stock.",
			"The review will take about a year. Until then the sprays stay on sale, and the Bureau of Seed and Soil Standards asked shops to tell customers about the report.",
		),
	}
	checkNames(t, tagNames(Tags(agency)), []string{"Bureau of Seed and Soil Standards"}, []string{"Soil Standards", "Bureau of Seed"})

	rivals := article.Article{
		Title:    "Two Chip Makers Race to Build Faster Memory",
		Language: "en",
		Body: body(
			"Korvane and Telmoro both said this week that they would ship a faster kind of memory chip next year.",
			"Korvane and Telmoro have fought over the memory market for a decade. Korvane makes more chips, but Telmoro sells more of the fastest kind.",
			"Analysts expect prices to fall once both factories run at full speed. Telmoro said its new plant would open in the spring; Korvane gave no date.",
		),
	}
	checkNames(t, tagNames(Tags(rivals)), []string{"Korvane", "Telmoro"}, []string{"Korvane and Telmoro"})
}
