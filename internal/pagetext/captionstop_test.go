package pagetext

import "testing"

// A picture's caption with its credit's label after its last sentence,
// in scripts whose labels the glued-credit pattern does not know, is a
// caption: never the headline, however near the header it stands
// (made-up pages).
func TestCaptionWithLabelAfterStop(t *testing.T) {
	for _, c := range []struct{ line, caption, credit string }{
		{"Рабочие ремонтируют мост через реку в понедельник. Фото: Иван Петров", "Рабочие ремонтируют мост через реку в понедельник.", "Иван Петров"},
		{"פועלים מתקנים את הגשר מעל הנהר ביום שני. צילום: דנה לוי", "פועלים מתקנים את הגשר מעל הנהר ביום שני.", "דנה לוי"},
		{"周一，工人在河上修桥。 摄影：刘海", "周一，工人在河上修桥。", "刘海"},
		{"Ο δήμαρχος μιλά στους κατοίκους στην πλατεία. Φωτογραφία: Άννα Ζαχαρίου", "Ο δήμαρχος μιλά στους κατοίκους στην πλατεία.", "Άννα Ζαχαρίου"},
		// A paragraph of the story ending on its source stays one.
		{"Prices rose by four per cent in a year. Source: Statistics Office", "", ""},
		{"The town has no ferry. Video: watch the crossing", "", ""},
	} {
		capt, credit := labelAfterStop(c.line)
		if capt != c.caption || credit != c.credit {
			t.Errorf("%q: caption %q, credit %q; want %q, %q", c.line, capt, credit, c.caption, c.credit)
		}
	}
	const ru = "МОСТ ЗАКРЫЛИ НА РЕМОНТ ДО ВЕСНЫ"
	const zh = "暴雨来袭"
	for _, c := range []struct{ caption, title, date string }{
		{"Рабочие ремонтируют мост через реку в понедельник. Фото: Иван Петров", ru, "12.03.2025"},
		{"周一，工人在河上修桥。 摄影：刘海", zh, "2025年3月12日"},
	} {
		a, _ := mustParse(t, dump(append([]string{"Home", "News", c.title, c.caption, c.date}, storyParas...)...))
		if a.Title != c.title {
			t.Errorf("headline %q, want %q", a.Title, c.title)
		}
	}
}
