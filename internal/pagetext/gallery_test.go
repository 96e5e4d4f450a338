package pagetext

import (
	"strings"
	"testing"
)

// A gallery page tells its story a paragraph to a picture, each between
// the picture's counter and its credit: the paragraphs are the story, the
// counters and credits are not (made-up pages).
func TestGalleryParagraphsAreStory(t *testing.T) {
	for _, g := range []struct {
		counter func(k int) string
		credit  string
		paras   []string
	}{
		{func(k int) string { return "Image " + string(rune('0'+k)) + " of 3" }, "Photograph: Wire Service", []string{
			"More than two hundred volunteers spent Saturday clearing litter from the beach, filling a trailer with bottles, nets and broken chairs.",
			"The clean-up was organised by the sailing club after members noticed that rubbish was piling up along the dunes after every storm.",
			"The council has promised new bins along the promenade and says it will empty them twice a day during the summer holidays.",
		}},
		{func(k int) string { return string(rune('0'+k)) + "/3" }, "Foto Agenzia", []string{
			"Il mercato coperto della piazza ha riaperto ieri mattina dopo otto mesi di lavori, e i banchi sono tornati sotto il nuovo tetto.",
			"Il restauro è costato circa due milioni di euro, coperti in gran parte da un contributo della regione e in parte dal comune.",
			"Da aprile il mercato resterà aperto anche il sabato pomeriggio, con uno spazio per i produttori agricoli della zona.",
		}},
		{func(k int) string { return "Photo " + string(rune('0'+k)) + " Of 3" }, "Photo: Wire Service", []string{
			"The old ferry pier reopened on Friday after a winter of repairs, and the first boat of the season tied up there before noon.",
			"Divers replaced the rotten piles under the deck, and the town painted the railings in the blue the pier wore a century ago.",
			"The harbour master says the pier can now take the larger boats that used to anchor offshore and row their passengers in.",
		}},
		{func(k int) string { return "תמונה " + string(rune('0'+k)) + " מתוך 3" }, "תמונה: סוכנות", []string{
			"העירייה הודיעה ביום שלישי כי תפתח בשנה הבאה שלושה גני ילדים חדשים בשכונות הצפוניות של העיר, שבהן גדל מספר המשפחות.",
			"לדברי ראש העירייה, ההורים בשכונות האלה נאלצים היום לנסוע רחוק כל בוקר, והגנים הקיימים מלאים כבר שנים רבות.",
			"הבנייה צפויה להימשך כשנה, והעלות מוערכת בכשמונה מיליון שקלים, שיגיעו בחלקם ממשרד החינוך ובחלקם מהעירייה.",
		}},
	} {
		parts := []string{"Coastal Courier", "News", "Town opens its new market hall after a long restoration", "Published 14 March 2026, 09:12"}
		for k, para := range g.paras {
			parts = append(parts, g.counter(k+1), para, g.credit)
		}
		a, _ := mustParse(t, dump(parts...))
		if want := strings.Join(g.paras, "\n\n"); a.Body != want {
			t.Errorf("%s: body\n%q\nwant\n%q", g.counter(1), a.Body, want)
		}
	}
}

// A gallery's counters in Arabic-Indic digits ("صورة ٢ من ٤") count up
// as ASCII ones do: the paragraphs between them and the credits are the
// story.
func TestGalleryWideDigits(t *testing.T) {
	paras := []string{
		"افتتحت البلدية صباح اليوم سوقا جديدا للكتب القديمة في الساحة القديمة وسط المدينة، بمشاركة عشرات الباعة من مختلف المحافظات.",
		"ويضم السوق أكثر من خمسين كشكا تعرض كتبا نادرة ومجلات قديمة وخرائط يعود بعضها إلى بداية القرن الماضي، بأسعار في متناول الجميع.",
		"وقال رئيس البلدية إن السوق سيفتح أبوابه كل يوم جمعة وسبت، وإن البلدية تدرس إقامة أمسيات ثقافية وقراءات شعرية في الساحة نفسها.",
		"وأبدى الزوار سعادتهم بعودة الحياة إلى الساحة، بعد سنوات من الإهمال، مؤكدين أن السوق يعيد للمدينة جزءا من ذاكرتها الثقافية.",
	}
	parts := []string{"الرئيسية", "أخبار", "منوعات", "بالصور: افتتاح سوق الكتب القديمة في وسط المدينة", "كتب: أحمد سالم", "الأحد ١٢ يناير ٢٠٢٦"}
	for k, para := range paras {
		parts = append(parts, "صورة "+string(rune('١'+k))+" من ٤", para, "تصوير: وكالة الأنباء")
	}
	parts = append(parts, "شارك", "الأكثر قراءة", "جميع الحقوق محفوظة")
	a, _ := mustParse(t, dump(parts...))
	if want := strings.Join(paras, "\n\n"); a.Body != want {
		t.Errorf("body\n%q\nwant\n%q", a.Body, want)
	}
}

// A counter is a number out of a gallery's size, with a label or none.
func TestGalleryCounter(t *testing.T) {
	for s, want := range map[string][2]int{
		"Photo 2 of 4": {2, 4}, "Bild 3 von 5": {3, 5}, "Foto 1 de 6": {1, 6}, "2/4": {2, 4}, "1 / 12": {1, 12},
		"صورة 1 من 4": {1, 4}, "Photo 2 Of 4": {2, 4}, "صورة ٢ من ٤": {2, 4}, "عکس ۳ از ۵": {3, 5}, "चित्र २/४": {2, 4},
		"Photo 2 OF 4": {},
		"5 of 4":       {}, "1/1": {}, "Photo: Agency": {}, "Top 10 stories of 2025": {}, "24/7": {},
	} {
		ln := newLine(s, 0)
		ln.words = len(strings.Fields(s))
		if k, of := galleryCounter(&ln); [2]int{k, of} != want {
			t.Errorf("%q: %d of %d, want %v", s, k, of, want)
		}
	}
}
