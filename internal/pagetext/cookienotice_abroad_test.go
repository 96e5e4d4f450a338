package pagetext

import "testing"

// A cookie notice over the page in Hausa ("Wannan shafin yana amfani da
// kukis.", "This site uses cookies."), as in Swahili and Yoruba, is
// furniture: never the headline, though it reads as a short sentence at
// the top of the page (a made-up page).
func TestCookieNoticeAbroad(t *testing.T) {
	// A Hausa page: the notice over the site's name and menu.
	page := []string{
		"Wannan shafin yana amfani da kukis.",
		"Na yarda",
		"Muryar Arewa",
		"Gida | Labarai | Najeriya | Kasuwanci | Wasanni | Nishadi",
		"Gwamnatin Kano ta kaddamar da shirin noman rani ga matasa dubu uku",
		"13/02/2026 · Lokacin karantawa: minti 3",
		"Daga Aisha Bello",
		"Matasa a gonar rani kusa da madatsar ruwa. Hoto: Musa Abdullahi",
		"Gwamnatin jihar Kano ta kaddamar da wani sabon shiri na noman rani wanda zai bai wa matasa dubu uku damar samun fili, iri da kuma famfon ruwa mai amfani da hasken rana.",
		"Horo na makonni biyu",
		"Kwamishinan noma na jihar, Malam Ibrahim Sani, ya ce shirin zai taimaka wajen rage rashin aikin yi a tsakanin matasa da kuma kara yawan abinci a kasuwannin jihar.",
		"Za a raba matasan zuwa kungiyoyi, kuma kowace kungiya za ta samu horo daga jami'an noma na tsawon makonni biyu.",
		"Wasikar labarai",
		"Sami muhimman labarai kowace safiya a imel dinka.",
		"Adireshin imel",
		"Yi rajista",
		"Ba za mu raba bayananka ba.",
		"Shirin ya kunshi abubuwa kamar haka:",
		"1. rabon iri na tumatir da albasa",
		"2. famfunan ruwa masu amfani da hasken rana",
		"3. taimako wajen sayar da amfanin gona",
		"Matasa sun sami sabon fata",
		"Wani matashi mai suna Usman Garba ya ce ya dade yana son yin noma amma bai da kudin sayen famfo, don haka wannan shiri ya ba shi sabon fata.",
		"Gwamnati ta ce za ta fadada shirin zuwa sauran kananan hukumomi a shekara mai zuwa.",
		"Raba",
		"Facebook",
		"WhatsApp",
		"Kwafi mahada",
		"Kalmomi: Kano, noman rani, matasa",
		"Wadanda aka fi karantawa",
		"1. Farashin mai ya sauka",
		"2. An sanar da ranar jarrabawa",
		"3. Super Eagles sun yi nasara",
		"4. Hasashen yanayi na mako",
		"Sharhi (2)",
		"Rubuta sharhinka",
		"Game da mu | Tuntube mu | Manufar sirri | © 2026 Muryar Arewa",
	}
	a, _ := mustParse(t, dump(page...))
	if want := "Gwamnatin Kano ta kaddamar da shirin noman rani ga matasa dubu uku"; a.Title != want {
		t.Errorf("headline %q, want %q", a.Title, want)
	}
	for _, s := range []string{"Tovuti hii inatumia vidakuzi.", "Ojú òpó yìí ń lo kúkì.", "Este sitio utiliza cookies.", "Trang web sử dụng cookie để cải thiện trải nghiệm."} {
		ln := wordedLine(s)
		if !isForeignJunk(&ln) {
			t.Errorf("%q is not read as a cookie notice", s)
		}
	}
}
