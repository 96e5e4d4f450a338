package pagetext

import "testing"

// A headline whose halves a dash parts ("… väsyttää puutarhurit –
// näillä keinoilla …") is no window title with a site's name: it stays the
// headline over the standfirst under it, a sentence that the story's
// first paragraph repeats.
func TestDashedHeadlineOverStandfirst(t *testing.T) {
	wantHeadline(t, "Sateinen kevät väsyttää puutarhurit – näillä keinoilla penkit pysyvät terveinä", []string{
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
	})
}

// A picture's alt text that says in small letters what the picture shows
// is never the headline, even as the page's first line.
func TestLowerCaseAltTextNoHeadline(t *testing.T) {
	wantHeadline(t, "How the harbour plans to cut its emissions by half", []string{
		"aerial photograph of a harbour at dusk with cranes lit up along the quay",
		"How the harbour plans to cut its emissions by half",
		"Ports are among the largest polluters of a coastal city, and the harbour board wants to change that within ten years.",
		"The plan, published on Monday, starts with shore power: ships at the quay will plug into the grid instead of running their engines. The first two berths will be wired next spring.",
		"Next come electric cranes and trucks. The board says the cost will be shared with the shipping lines, who have agreed to pay a fee per visit.",
		"Environmental groups welcomed the plan but said the deadline was too distant.",
	})
}

// A page that opens "Headline / Subtitle / avatar / writer / date" keeps
// the headline over its subtitle, short as the headline is.
func TestHeadlineOverSubtitle(t *testing.T) {
	wantHeadline(t, "The Slow Ferry Manifesto", []string{
		"The Slow Ferry Manifesto",
		"Why I take the long way across the bay.",
		"Lena Okafor's avatar",
		"Lena Okafor",
		"Mar 3, 2026",
		"Share",
		"Every morning there are two ways across the bay: the fast boat, which takes twelve minutes, and the old ferry, which takes forty. For three years now I have taken the ferry.",
		"It started by accident. I missed the fast boat one rainy Tuesday and had nowhere to be until ten. On the ferry I read a whole chapter of a book, drank a coffee and watched the gulls follow the wake.",
		"The fast boat is full of people on their phones, answering messages they could answer at their desks. The ferry is full of people who have decided the day can wait.",
		"I do not think everyone should take the ferry. But I think everyone should have a ferry: a slow part of the day that is not for anything.",
	})
}

// A page that opens "Masthead / Headline / Subtitle / date / writer" keeps
// the headline over its longer subtitle: a headline of five words or more
// under the paper's name is no kicker's label, though the ranker prefers
// the subtitle for retelling more of the story's words.
func TestHeadlineUnderMastheadOverSubtitle(t *testing.T) {
	wantHeadline(t, "小镇图书馆迎来新馆长", []string{
		"晨报",
		"小镇图书馆迎来新馆长",
		"退休教师李明华接手青石镇图书馆",
		"2026年3月12日 09:30",
		"记者 王芳",
		"青石镇图书馆昨天迎来了新馆长。退休教师李明华表示，她希望让更多孩子走进图书馆。",
		"李明华在青石镇中学教了三十年语文。她说，图书馆每周将开设两次儿童读书会。",
		"镇政府表示，今年将为图书馆增加五千册新书，并延长周末开放时间。",
		"分享到微信",
	})
}

// A short headline printed twice over its dateline and byline, in words
// the story does not use, stays the headline over the longer standfirst
// under them, which shares many of the story's words.
func TestRepeatedHeadlineOverHeaderAndStandfirst(t *testing.T) {
	wantHeadline(t, "Back in business!", []string{
		"News",
		"Back in business!",
		"Back in business!",
		"2025-11-03·Maren Holt",
		"Maren Holt",
		"Repairs to the old river bridge in the town centre finished two weeks ahead of plan",
		"The old river bridge in the town centre reopened to traffic on Monday after eight months of repairs, two weeks ahead of plan. The town council said the work came in under budget.",
		"Engineers replaced the worn bearings under the deck and rebuilt the footpaths on both sides. The railings were restored to the colours they had when the bridge opened a century ago.",
		"Buses return to their old routes from next week. The ferry that carried foot passengers during the repairs will keep running on weekends until the end of the year.",
		"Shop owners on the bridge street said trade had fallen by a third while it was closed and welcomed the reopening.",
	})
}
