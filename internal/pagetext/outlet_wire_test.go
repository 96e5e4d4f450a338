package pagetext

import (
	"strings"
	"testing"
)

// A site's domain opening its story as a dateline does.
func TestDomainDateline(t *testing.T) {
	page := func(first string) string {
		return "Rescuers reach villagers cut off by the flood\n\nMarch 12, 2024\n\n" + first +
			" rescuers reached the villages on Monday, three days after the river burst its banks and cut the only road.\n\n" +
			"The army sent two boats and a helicopter, and the first families were taken to the school in the town by the evening.\n\n" +
			"Officials said the road would stay closed for at least a week while engineers checked the bridge.\n"
	}
	wantOutlets(t, []outletCase{
		{"a domain and a dash", page("Valleynews.net - Army"), "Valleynews.net"},
		{"with www and an en dash", page("www.valley-times.com – Army"), "valley-times.com"},
		{"a domain in Spanish", "Los rescatistas llegan a los pueblos aislados por la riada\n\n12 de marzo de 2024\n\n" +
			"Noticiasdelvalle.es – Los rescatistas llegaron el lunes a los pueblos, tres días después de que el río se desbordara y cortara la única carretera.\n\n" +
			"El ejército envió dos barcas y un helicóptero, y las primeras familias fueron llevadas a la escuela del pueblo por la tarde.\n", "Noticiasdelvalle.es"},
		{"a shortener's domain", page("bit.ly - Army"), ""},
		{"a domain the sentence goes on from", page("Valleynews.net - and the army's"), ""},
		{"a file's name", page("config.yaml - Army"), ""},
	})
}

// A wire dateline in Hebrew, Thai or Persian script: the agency's name
// in that script, or in Latin letters after a place in it (which may name
// its country after a comma) and before a dash.
func TestWireDatelineInScripts(t *testing.T) {
	he := func(first string) string {
		return "המועצה החליטה לחזק את הגשר הישן לפני החורף\n\n12 במאי 2024\n\n" + first +
			"מועצת העמק הודיעה ביום שני כי תחזק את הגשר הישן שבמזרח העיירה לפני בוא החורף, לאחר ששתי שנות שיטפונות פגעו בסוללות.\n\n" +
			"לדברי המהנדסים, העמודים החדשים יהיו עמוקים יותר בשלושה מטרים והגשר יורחב כדי שאמבולנסים יוכלו לעבור בו.\n"
	}
	fa := func(first string) string {
		return "شورای شهر تصمیم گرفت پل قدیمی را پیش از باران‌ها تقویت کند\n\n۲۳ اردیبهشت ۱۴۰۳\n\n" + first +
			"شورای شهر دره سبز روز دوشنبه اعلام کرد که پل سنگی شصت ساله شرق شهر را پیش از فصل باران تقویت خواهد کرد.\n\n" +
			"به گفته مهندسان، پایه‌های جدید سه متر عمیق‌تر خواهند بود و پل برای عبور آمبولانس‌ها عریض‌تر می‌شود.\n"
	}
	th := "สภาเมืองตัดสินใจเสริมสะพานเก่าก่อนฤดูฝน\n\n12 พฤษภาคม 2567\n\nเชียงใหม่ (รอยเตอร์) - " +
		"สภาเมืองหุบเขาเขียวประกาศเมื่อวันจันทร์ว่าจะเสริมความแข็งแรงของสะพานหินอายุหกสิบปีทางตะวันออกของเมืองก่อนถึงฤดูฝน\n\n" +
		"วิศวกรระบุว่าตอม่อใหม่จะลึกขึ้นสามเมตรและสะพานจะกว้างขึ้นเพื่อให้รถพยาบาลผ่านได้\n"
	wantOutlets(t, []outletCase{
		{"Hebrew: the agency in Hebrew", he("חיפה (רויטרס) - "), "Reuters"},
		{"Hebrew: the agency in Latin letters", he("חיפה (AP) - "), "Associated Press"},
		{"Persian: a place and its country", fa("شیراز، ایران (AFP) - "), "Agence France-Presse"},
		{"Thai: the agency in Thai", th, "Reuters"},
		{"Hebrew: Latin letters in brackets with no dash", he("חיפה (AP) "), ""},
	})
}

// A wire story signed off under its last paragraph by the agency alone,
// in the forms the agencies use: "– dpa", "(EFE)", "/ANSA/", "(PAP)",
// "（共同）", "(Avec AFP)". Read only when nothing else names the site,
// as the dated datelines are; a name in brackets that is no agency's
// gives none.
func TestWireSignoff(t *testing.T) {
	de := "Startseite\n\nPolitik\n\nDer Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n27.03.2025\n\n" + storyDE
	es := "Portada\n\nLocal\n\nEl puerto reabre tras el temporal\n\nPor Juana Marín\n\n27 de marzo de 2025\n\n" + storyES
	fr := "Accueil\n\nMonde\n\nLe port rouvre après la tempête\n\nPar Jeanne Dupont\n\n27 mars 2025\n\n" + storyFR
	pl := "Strona główna\n\nWiadomości\n\nPort otwarty po sztormie\n\nAnna Kowalska\n\n27 marca 2025\n\n" + storyPL
	wantOutlets(t, []outletCase{
		{"a dash and dpa", de + "\n– dpa\n", "dpa"},
		{"EFE in brackets", es + "\n(EFE)\n", "EFE"},
		{"ANSA between slashes", strings.Replace(es, "Por Juana Marín", "di Giovanna Marini", 1) + "\n/ANSA/\n", "ANSA"},
		{"PAP in brackets", pl + "\n(PAP)\n", "PAP"},
		{"with AFP, in French", fr + "\n(Avec AFP)\n", "Agence France-Presse"},
		{"Kyodo in Japanese brackets", "トップ\n\n社会\n\n嵐の後、港が再開\n\n田中陽子\n\n2025年3月27日\n\n洪水から三週間後の火曜日、漁船が港に戻り、昼までに最初の水揚げが岸壁で売られた。\n\n港長によると、修理費は予想より少なく、夏には岸壁が全面的に開くという。\n\n（共同）\n", "Kyodo News"},
		{"a name in brackets", de + "\n(Hafenamt)\n", ""},
	})
}

// A dateline with an agency wireAgencies lacks ("İZMİR (AA) - …"), read
// last as the dated datelines are.
func TestSignoffAgencyDateline(t *testing.T) {
	tr := "Anasayfa\n\nGündem\n\nFırtınanın ardından liman yeniden açıldı\n\nAyşe Demir\n\n27 Mart 2025\n\n"
	wantOutlets(t, []outletCase{
		{"Anadolu in a Turkish dateline", tr + "İZMİR (AA) - " + storyTR, "Anadolu Agency"},
		{"a name in brackets", tr + "İZMİR (Valilik) - " + storyTR, ""},
	})
}

// An agency known by one of its forms is read in the other: a dated
// dateline by an agency that signs its stories off ("GDAŃSK, 27 marca
// (PAP) -"), and the sign-off of one known by its dated form ("(Agência
// Brasil)").
func TestWireFormsShareAgencies(t *testing.T) {
	pl := "Strona główna\n\nKraj\n\nPort otwarty po burzy\n\n27 marca 2025\n\n" +
		"GDAŃSK, 27 marca (PAP) - Łodzie rybackie wróciły we wtorek do portu, trzy tygodnie po powodzi, która go zamknęła, a pierwszy połów sprzedano na nabrzeżu do południa.\n\n" +
		"Kapitan portu powiedział, że naprawy kosztowały mniej, niż się obawiano, i że nabrzeże będzie w pełni otwarte do lata.\n"
	pt := "Início\n\nBrasil\n\nPorto reabre depois da tempestade\n\n27 de março de 2025\n\n" + storyPT + "\n(Agência Brasil)\n\nCompartilhe\n"
	wantOutlets(t, []outletCase{
		{"a Polish dated dateline", pl, "PAP"},
		{"a Portuguese sign-off", pt, "Agência Brasil"},
	})
}
