package pagetext

import "testing"

// A credit line under a story outside English names where it first ran;
// a sentence about a book with the same verbs names no outlet.
func TestOriginallyElsewhere(t *testing.T) {
	for _, c := range []struct{ page, outlet, addr string }{
		{"Der Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n" + storyDE + "Dieser Artikel erschien zuerst im Nordküsten Kurier.\n", "Nordküsten Kurier", ""},
		{"Der Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n" + storyDE + "Der Beitrag erschien zuerst auf kuestenbote.de.\n", "kuestenbote.de", ""},
		{"El puerto reabre tras la tormenta\n\nPor Ana Ruiz\n\n" + storyES + "Publicado originalmente en Diario del Litoral el 3 de mayo de 2025.\n", "Diario del Litoral", ""},
		{"Le port rouvre après la tempête\n\nPar Jeanne Dupont\n\n" + storyFR + "Cet article a été initialement publié par Le Courrier du Littoral.\n", "Le Courrier du Littoral", ""},
		{"Il porto riapre dopo la tempesta\n\nDi Marco Rossi\n\n" + storyIT + "Articolo pubblicato originariamente su Gazzetta del Porto.\n", "Gazzetta del Porto", ""},
		{"Porto reabre depois da tempestade\n\nPor João Silva\n\n" + storyPT + "Publicado originalmente no Jornal do Litoral.\n", "Jornal do Litoral", ""},
		{"Der Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n" + storyDE + "Der Roman über den Hafen erschien zuerst im Jahr 1998 bei einem kleinen Verlag, der später von einem großen Haus übernommen wurde.\n", "", ""},
		// Beyond the Western European languages: a phrase whose last word
		// ends as its gender says, a name in sentence case or in quotes,
		// a name between the parts of the phrase, a Chinese credit that
		// names the piece; and a book's history in Russian or Chinese.
		{"Порт вновь открылся после шторма\n\nАнна Морозова\n\n" + storyRU + "Статья впервые опубликована в издании «Северный листок».\n", "Северный листок", ""},
		{"Přístav se po bouři znovu otevřel\n\nJana Nováková\n\n" + storyCS + "Článek původně vyšel v deníku Severní listy.\n", "Severní listy", ""},
		{"Port znów otwarty po sztormie\n\nAnna Nowak\n\n" + storyPL + "Artykuł został pierwotnie opublikowany przez Kurier Północny.\n", "Kurier Północny", ""},
		{"Liman fırtınadan sonra yeniden açıldı\n\nAyşe Yılmaz\n\n" + storyTR + "Bu haber ilk olarak Kuzey Postası gazetesinde yayımlandı.\n", "Kuzey Postası", ""},
		{"风暴过后港口重新开放\n\n记者 王小红\n\n" + storyZH + "本文原载于北港晚报，经授权转载。\n", "北港晚报", ""},
		{"Порт вновь открылся после шторма\n\nАнна Морозова\n\n" + storyRU + "Роман впервые опубликован в журнале «Новая волна» в 1962 году, а затем переведён на десятки языков и стал одной из самых известных книг.\n", "", ""},
		{"风暴过后港口重新开放\n\n记者 王小红\n\n" + storyZH + "这部小说首发于上世纪八十年代的一本文学杂志，随后被改编成电影。\n", "", ""},
	} {
		a, _, err := Parse([]byte(c.page))
		if err != nil {
			t.Fatal(err)
		}
		if a.Outlet != c.outlet || a.SourceURL != c.addr {
			t.Errorf("outlet %q, source %q; want %q, %q (page %.80q…)", a.Outlet, a.SourceURL, c.outlet, c.addr, c.page)
		}
	}
}

// Stories in more languages for the credit lines above, made up.
const (
	storyRU = "Через три недели после наводнения рыбацкие лодки во вторник вернулись в порт, и первый улов продали на причале к полудню.\n\nКапитан порта сказал, что ремонт обошёлся дешевле, чем опасались, и что причал полностью откроется к лету.\n\nЖители города собрались на набережной, чтобы встретить первые лодки, а местный оркестр играл до самого вечера.\n"
	storyCS = "Tři týdny po povodni se rybářské lodě v úterý vrátily do přístavu a první úlovek se na nábřeží prodal do poledne.\n\nKapitán přístavu řekl, že opravy stály méně, než se čekalo, a že nábřeží bude v létě zcela otevřené.\n"
	storyPL = "Trzy tygodnie po powodzi łodzie rybackie wróciły we wtorek do portu, a pierwszy połów sprzedano na nabrzeżu do południa.\n\nKapitan portu powiedział, że naprawy kosztowały mniej, niż się obawiano, i że nabrzeże będzie w pełni otwarte latem.\n"
	storyTR = "Selden üç hafta sonra balıkçı tekneleri salı günü limana döndü ve ilk av öğlene kadar rıhtımda satıldı.\n\nLiman başkanı onarımların korkulandan daha ucuza mal olduğunu ve rıhtımın yazın tamamen açılacağını söyledi.\n"
	storyZH = "洪水过去三周后，渔船周二回到港口，第一批渔获在中午前就在码头卖完了。\n\n港务长说，维修费用比担心的要少，码头将在夏天全面开放。\n\n当天，许多居民来到海边迎接第一批归来的渔船，镇上的乐队一直演奏到傍晚，孩子们在码头上放起了风筝。\n"
)

// A story another site let this one print names that site under it:
// "Reprinted with permission from …" and its like in other languages,
// with the name after the phrase, before it, or between its parts; a
// story that first ran elsewhere in words the credits above lack. A
// reprint the writer allowed names no outlet.
func TestReprintedWithPermission(t *testing.T) {
	wantOutlets(t, []outletCase{
		{"English", "Harbour reopens after the storm\n\nBy Jane Doe\n\n" + storyEN + "Reprinted with permission from Baywater Ledger.\n", "Baywater Ledger"},
		{"German", "Der Hafen öffnet wieder nach dem Sturm\n\nVon Max Weber\n\n" + storyDE + "Mit freundlicher Genehmigung von Nordküsten Kurier.\n", "Nordküsten Kurier"},
		{"Portuguese, after a preposition", "Porto reabre depois da tempestade\n\nPor João Silva\n\n" + storyPT + "Reproduzido com autorização da Folha da Baía.\n", "Folha da Baía"},
		{"Polish, after the newsroom's word", "Port znów otwarty po sztormie\n\nAnna Nowak\n\n" + storyPL + "Przedruk za zgodą redakcji Kurier Zatoki.\n", "Kurier Zatoki"},
		{"Russian, in quotes", "Порт вновь открылся после шторма\n\nАнна Морозова\n\n" + storyRU + "Перепечатано с разрешения «Северный листок».\n", "Северный листок"},
		{"Turkish, the name first", "Liman fırtınadan sonra yeniden açıldı\n\nAyşe Yılmaz\n\n" + storyTR + "Kuzey Postası'nın izniyle yayımlanmıştır.\n", "Kuzey Postası"},
		{"Chinese, between the parts", "风暴过后港口重新开放\n\n记者 王小红\n\n" + storyZH + "经北港晚报授权转载\n", "北港晚报"},
		{"French, first run elsewhere", "Le port rouvre après la tempête\n\nPar Jeanne Dupont\n\n" + storyFR + "Cet article a d'abord été publié par Presse Atlantique.\n", "Presse Atlantique"},
		{"Polish, first run in the paper's pages", "Port znów otwarty po sztormie\n\nAnna Nowak\n\n" + storyPL + "Tekst ukazał się pierwotnie na łamach Kurier Zatoki.\n", "Kurier Zatoki"},
		{"Turkish, first run with the case ending", "Liman fırtınadan sonra yeniden açıldı\n\nAyşe Yılmaz\n\n" + storyTR + "Bu haber ilk olarak Kuzey Postası'nda yayımlandı.\n", "Kuzey Postası"},
		{"the writer's leave", "Harbour reopens after the storm\n\nBy Jane Doe\n\n" + storyEN + "Reprinted with permission from the author.\n", ""},
	})
}
