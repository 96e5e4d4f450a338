package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A country's acronym that opens a body's name ("U.S. Army Corps of
// Engineers", "U.S. Department of Agriculture") says whose body it is: on
// a page the headline does not set in the country, that is no tag. A
// name the acronym is part of ("US Open") stays one.
func TestCountryOpeningANameIsSetting(t *testing.T) {
	levees := article.Article{
		Title:    "Levee Repairs Along the Lower Missouri Will Take Three More Years",
		Language: "en",
		Body: body(
			"Repairs to the levees damaged in last spring's floods along the lower Missouri River will take at least three more years, the U.S. Army Corps of Engineers said on Tuesday.",
			"The U.S. Army Corps of Engineers has finished work on 14 of the 41 damaged sections. The rest need new clay, which has to be brought in from quarries more than a hundred miles away.",
			"Farmers behind the broken sections have planted nothing for two seasons. Many say they cannot wait three more years for the water to stay out.",
			"The Corps says the delay comes from the size of the job. Some sections were washed away entirely and have to be rebuilt from the ground.",
			"Money is not the problem, a spokesman said. The U.S. Department of Agriculture has also set aside funds for farmers who cannot plant, but few have applied.",
			"Local officials want the work split among more contractors so that several sections can be rebuilt at once. The Corps will decide in June.",
		),
	}
	checkNames(t, tagNames(Tags(levees)), []string{"Missouri River"}, []string{"United States"})

	final := article.Article{
		Title:    "Lena Varga Wins Her First Major at the US Open",
		Language: "en",
		Body: body(
			"Lena Varga won her first major title on Saturday, beating the top seed in three sets in the US Open final.",
			"Varga, 21, lost the first set 4-6 but broke serve early in the second and never looked back, winning 6-3, 6-2.",
			"She is the first qualifier to reach the US Open final in more than forty years. She won three matches just to enter the main draw.",
			"Her coach, Petra Holm, said the key was her serve, which had been her weakest shot a year ago. Varga served eleven aces in the final and lost serve only once.",
			"The win lifts Varga from 48th to 12th in the world rankings. The US Open prize money this year was the largest in the sport's history.",
		),
	}
	checkNames(t, tagNames(Tags(final)), []string{"US Open"}, nil)
}
