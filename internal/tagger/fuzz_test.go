package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// benchArticle is about 5 KB of news text: the seed body and a few
// paragraphs written for the tests.
func benchArticle(b testing.TB) article.Article {
	a := seedArticle(b)
	extra := []string{
		"The Senate on Tuesday confirmed Jane Doe, a former State Department official, as U.S. ambassador to Kenya.",
		"Sen. John Roe of Ohio, who led the opposition, said Doe lacked experience. Doe's supporters called the vote a victory.",
		"Secretary of State Mary Major praised the decision. \"Ambassador Doe will serve the United States well in Kenya,\" Major said.",
		"Otty Patiño, the government's peace commissioner, resigned on Monday after two years of talks with armed groups in Cauca and Nariño.",
		"Patiño told reporters in Bogotá that the talks with the ELN had reached a dead end. President Gustavo Petro thanked Patiño for his work.",
		"The city council of Springfield voted 7-2 on Wednesday to cap the number of electric scooters that rental companies may place on the streets.",
		"Electric scooters have been popular with commuters, but residents have complained about scooters left on sidewalks.",
		"Under the new rules, each company may operate at most 500 electric scooters, and riders must park in marked areas.",
		"Mayor Ann Smith said Springfield would review the rules in a year, and the \"Dancing with the Stars\" crew filmed the vote.",
	}
	for len(a.Body) < 5000 {
		a.Body += "\n\n" + body(extra...)
	}
	a.Body = a.Body[:5000]
	return a
}

func BenchmarkTags(b *testing.B) {
	a := benchArticle(b)
	b.SetBytes(int64(len(a.Title) + len(a.Dek) + len(a.Body)))
	b.ReportAllocs()
	for b.Loop() {
		Tags(a)
	}
}

// FuzzTags checks that no input panics and every result keeps the tag
// properties: at most ten, slug = Slugify(name), non-empty, unique.
func FuzzTags(f *testing.F) {
	a := seedArticle(f)
	f.Add(a.Title, a.Dek, a.Body, "")
	f.Add("KRISTI NOEM MEETS GUSTAVO PETRO", "", "RECOMMENDATION\n\nFOUND A MISTAKE? CONTACT US!", "en")
	f.Add("Scholz empfängt Macron", "", "Bundeskanzler Olaf Scholz hat den Präsidenten Emmanuel Macron in Berlin empfangen.", "de")
	f.Add("", "", "Mr. U.S.-Colombia al-Assad O'Brien \"Dancing with the Stars\" Sen. Roe of Ohio's 'A' «B» \\* \\", "")
	f.Add("ʻŌlelo Hawaiʻi", "Москва и Киев", "東京 \xff\xfe Straße São Paulo İstanbul ǅemal Ǆ", "xx")
	f.Fuzz(func(t *testing.T, title, dek, text, language string) {
		a := article.Article{Title: title, Dek: dek, Body: text, Language: language,
			Image: &article.Image{Caption: dek, Alt: title}, Authors: []string{title}, Outlet: dek}
		tags := Tags(a)
		checkTags(t, tags)
	})
}
