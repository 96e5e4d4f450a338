package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// An adjective of nationality before a noun of language learning
// ("Spanish Lessons", "German grammar") names the language: the page is
// no page on the country. Before other nouns ("Spanish voters") it still
// names the country.
func TestLanguageAdjectiveIsNoCountry(t *testing.T) {
	lessons := article.Article{
		Title:    "Spanish Lessons for Adults: Where to Start",
		Language: "en",
		Body: body(
			"Adults who want to learn Spanish often do not know where to start. Apps promise fluency in weeks, night schools want a year, and private teachers charge by the hour.",
			"Start with your goal. If you want to order food and ask for directions on holiday, a few weeks of short daily lessons will do. If you want to read novels or work in Spanish, plan on two years.",
			"Group classes are cheap and give you people to practise with. Private Spanish lessons cost more but move at your pace.",
			"Apps are good for vocabulary and poor at conversation. Use them between lessons, not instead of them.",
			"Speak from the first week. Adults learn faster when they use new words the same day, even badly.",
			"Most teachers say the hardest part for English speakers is the verbs, and that Spanish grammar rewards an hour of tables a week.",
		),
	}
	checkNames(t, tagNames(Tags(lessons)), nil, []string{"Spain", "England"})

	grammar := article.Article{
		Title:    "10 German Grammar Rules Every Learner Gets Wrong",
		Language: "en",
		Body: body(
			"German grammar has a reputation for being hard. It is less hard than it looks, but a few rules trip up almost every learner.",
			"The verb goes second. In a main clause the verb is always the second idea, even when the sentence starts with a time or a place.",
			"Nouns have three genders, and the article tells you which. Learn every noun with its article, as German teachers never tire of saying.",
			"The four cases change the article. Learners often use the nominative everywhere, and adjective endings follow the article.",
			"Separable verbs split: the prefix goes to the end of the clause. Questions put the verb first.",
			"Most German teachers say the cases take longest to master, and that reading a lot is the best way to absorb them.",
		),
	}
	checkNames(t, tagNames(Tags(grammar)), nil, []string{"Germany"})

	election := article.Article{
		Title:    "Spanish Voters Head to the Polls in a Tight Election",
		Language: "en",
		Body: body(
			"Spanish voters go to the polls on Sunday in the closest election Spain has seen in a decade, with the two main parties level in the latest surveys.",
			"Turnout is expected to be high despite the summer heat. Polling stations in Madrid and Seville will open an hour early.",
			"The governing party has campaigned on the economy. The opposition has focused on housing, as rents in Spain's cities have risen by a third in five years.",
			"Smaller parties could decide who governs. Regional parties have said they will back whichever side offers them more.",
			"If neither side wins a majority, Spain could face months of talks, as it did after the last two elections.",
		),
	}
	checkNames(t, tagNames(Tags(election)), []string{"Spain"}, nil)
}
