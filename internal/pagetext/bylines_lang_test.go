package pagetext

import (
	"slices"
	"strings"
	"testing"
)

// Bylines as the news pages of each language write them (made-up names).
func TestBylinesByLanguage(t *testing.T) {
	for _, c := range []struct {
		lang, line string
		want       []string
	}{
		{"es", "Por Ana Pérez y Luis Gómez", []string{"Ana Pérez", "Luis Gómez"}},
		{"es", "Por Ana Pérez | Madrid", []string{"Ana Pérez"}},
		{"fr", "Par Jeanne Lefèvre et Paul Martin", []string{"Jeanne Lefèvre", "Paul Martin"}},
		{"de", "Von Jana Müller und Uwe Schmidt", []string{"Jana Müller", "Uwe Schmidt"}},
		{"it", "di Giulia Bianchi", []string{"Giulia Bianchi"}},
		{"pt", "Por João Silva, de São Paulo", []string{"João Silva"}},
		{"nl", "Door Pieter de Vries", []string{"Pieter de Vries"}},
		{"de", "Jana Müller im Gespräch mit Uwe Schmidt", []string{"Jana Müller", "Uwe Schmidt"}},
		{"ru", "Текст: Лида Буслаева", []string{"Лида Буслаева"}},
		{"ru", "Текст и фото: Лида Буслаева", []string{"Лида Буслаева"}},
		{"uk", "Текст і фото: Олена Коваленко", []string{"Олена Коваленко"}},
		{"ru", "Автор: Иван Петров, Мария Смирнова", []string{"Иван Петров", "Мария Смирнова"}},
		{"uk", "Автор: Олена Коваленко", []string{"Олена Коваленко"}},
		{"pl", "Tekst: Anna Nowak", []string{"Anna Nowak"}},
		{"pl", "Autor: Michał Zieliński", []string{"Michał Zieliński"}},
		{"tr", "Yazar: Ayşe Yılmaz", []string{"Ayşe Yılmaz"}},
		{"hr", "Piše: Ivan Horvat", []string{"Ivan Horvat"}},
		{"sr", "Пише: Марко Петровић", []string{"Марко Петровић"}},
		{"sl", "Avtor: Maja Novak", []string{"Maja Novak"}},
		{"id", "Oleh: Siti Rahma", []string{"Siti Rahma"}},
		{"id", "Penulis: Budi Santoso | Editor: Dewi Lestari", []string{"Budi Santoso"}},
		{"vi", "Tác giả: Nguyễn Thị Lan", []string{"Nguyễn Thị Lan"}},
		{"ar", "بقلم: محمد الأحمد", []string{"محمد الأحمد"}},
		{"ar", "كتب - سارة خالد", []string{"سارة خالد"}},
		{"fa", "نویسنده: علی رضایی", []string{"علی رضایی"}},
		{"hi", "लेखक: राहुल शर्मा", []string{"राहुल शर्मा"}},
		{"hi", "राहुल शर्मा द्वारा", []string{"राहुल शर्मा"}},
		{"th", "โดย สมชาย ใจดี", []string{"สมชาย ใจดี"}},
		{"zh", "作者：张伟", []string{"张伟"}},
		{"zh", "文/李娜 王芳", []string{"李娜", "王芳"}},
		{"zh", "【责任编辑：刘洋】", []string{"刘洋"}},
		{"zh", "新华社北京11月20日电（记者 张伟、李娜）", []string{"张伟", "李娜"}},
		{"ja", "【ワシントン=田中太郎】", []string{"田中太郎"}},
		{"ja", "文：山田花子", []string{"山田花子"}},
		{"ko", "김민수 기자", []string{"김민수"}},
		{"ko", "(서울=연합뉴스) 김민수·이영희 기자 =", []string{"김민수", "이영희"}},
		// The lead of a dateline after the names, in each language.
		{"fr", "Par Jeanne Lefèvre Publié le 3 mars 2025 à 10h45", []string{"Jeanne Lefèvre"}},
		{"fr", "Par Jeanne Lefèvre Mis à jour le 4 mars 2025", []string{"Jeanne Lefèvre"}},
		{"es", "Por Ana Pérez Actualizado el 3 de marzo de 2025", []string{"Ana Pérez"}},
		{"it", "di Giulia Bianchi Pubblicato il 3 marzo 2025", []string{"Giulia Bianchi"}},
		{"de", "Von Jana Müller Aktualisiert am 03.03.2025", []string{"Jana Müller"}},
		{"de", "Von Jana Müller Veröffentlicht am 03.03.2025", []string{"Jana Müller"}},
		{"nl", "Door Pieter de Vries Gepubliceerd op 3 maart 2025", []string{"Pieter de Vries"}},
		// The Nordic "by", and "and" in the languages that have no "By".
		{"sv", "Av Anna Lind och Lars Berg", []string{"Anna Lind", "Lars Berg"}},
		{"no", "Av Kari Nordmann og Ola Dahl", []string{"Kari Nordmann", "Ola Dahl"}},
		{"da", "Af Mette Holm", []string{"Mette Holm"}},
		{"pl", "Tekst: Anna Nowak i Jan Wójcik", []string{"Anna Nowak", "Jan Wójcik"}},
		{"pl", "Autorka: Anna Nowak", []string{"Anna Nowak"}},
		{"fi", "Teksti: Matti Virtanen ja Liisa Korhonen", []string{"Matti Virtanen", "Liisa Korhonen"}},
		{"hu", "Szerző: Kovács Anna és Nagy Péter", []string{"Kovács Anna", "Nagy Péter"}},
		{"sv", "Författare: Anna Lind", []string{"Anna Lind"}},
		// The word before a date after the names, a lead phrase before
		// the by-word, "our" before a job, a label in mid-line.
		{"fr", "Par Jeanne Lefèvre le 3 mars 2025 à 10h45", []string{"Jeanne Lefèvre"}},
		{"es", "Publicado por Ana Pérez el 3 de marzo de 2025", []string{"Ana Pérez"}},
		{"nl", "Geplaatst door Pieter de Vries op 3 maart 2025", []string{"Pieter de Vries"}},
		{"de", "Ein Kommentar von Jana Müller", []string{"Jana Müller"}},
		{"de", "Von unserem Korrespondenten Uwe Schmidt", []string{"Uwe Schmidt"}},
		{"nl", "Door onze redacteur Pieter de Vries", []string{"Pieter de Vries"}},
		{"it", "A cura di Giulia Bianchi", []string{"Giulia Bianchi"}},
		{"it", "Scritto da Giulia Bianchi", []string{"Giulia Bianchi"}},
		{"he", "מאת: דנה כהן", []string{"דנה כהן"}},
		{"el", "Της Μαρίας Παπαδάκη", []string{"Μαρία Παπαδάκη"}},
		{"el", "Γράφει ο Γιώργος Παπαδόπουλος", []string{"Γιώργος Παπαδόπουλος"}},
		{"el", "Του Γιώργου Παπαδόπουλου και της Μαρίας Παπαδάκη", []string{"Γιώργος Παπαδόπουλος", "Μαρία Παπαδάκη"}},
		// The genitive of a byline is the nominative of the writer's name.
		{"el", "Της Ελένης Νικολάου", []string{"Ελένη Νικολάου"}},
		{"el", "Του Γιώργου Νικολάου", []string{"Γιώργος Νικολάου"}},
		{"el", "Του Κώστα Παπαδάκη", []string{"Κώστας Παπαδάκης"}},
		{"el", "Του Γιάννη Οικονόμου", []string{"Γιάννης Οικονόμου"}},
		{"el", "Του Νίκου Παππά", []string{"Νίκος Παππάς"}},
		{"el", "ΤΟΥ ΓΙΑΝΝΗ ΠΑΠΑΔΟΠΟΥΛΟΥ", []string{"ΓΙΑΝΝΗ ΠΑΠΑΔΟΠΟΥΛΟΥ"}},
		{"vi", "Theo Nguyễn Văn An", []string{"Nguyễn Văn An"}},
		// The newsroom's word for the writing, before a name, credits
		// the writer; other labels for the text in Vietnamese, Japanese
		// and Korean; "and" written onto the second name in Arabic and
		// Hebrew; each writer's place after a Spanish "en".
		{"es", "Redacción: Ana Pérez y Luis García", []string{"Ana Pérez", "Luis García"}},
		{"ca", "Redacció: Marta Puig", []string{"Marta Puig"}},
		{"pt", "Redação: João Silva", []string{"João Silva"}},
		{"it", "Redazione: Giulia Bianchi", []string{"Giulia Bianchi"}},
		{"vi", "Bài: Nguyễn Văn An", []string{"Nguyễn Văn An"}},
		{"vi", "Bài và ảnh: Nguyễn Văn An", []string{"Nguyễn Văn An"}},
		{"ja", "執筆者：田中太郎", []string{"田中太郎"}},
		{"ko", "글 김민수", []string{"김민수"}},
		{"ar", "بقلم محمد الأحمد وسارة خالد", []string{"محمد الأحمد", "سارة خالد"}},
		{"ar", "بقلم: أحمد وليد", []string{"أحمد وليد"}},
		// The day's name before the date is no second writer.
		{"ar", "كتبت: ليلى منصور · الأربعاء 5 مارس 2025 - 09:15 صباحاً", []string{"ليلى منصور"}},
		{"ar", "بقلم: يوسف حداد، الخميس 6 مارس 2025", []string{"يوسف حداد"}},
		{"fa", "نوشته: مریم رضایی · چهارشنبه ۱۵ اسفند ۱۴۰۳", []string{"مریم رضایی"}},
		// The place a reporter files from, then the date.
		{"zh", "記者林美華／台中報導 · 2025年3月5日 下午2:15", []string{"林美華"}},
		{"zh", "记者 王建平/杭州报道 2025年3月5日", []string{"王建平"}},
		{"he", "מאת דנה כהן ויוסי לוי", []string{"דנה כהן", "יוסי לוי"}},
		{"es", "Por Ana Pérez en Madrid y Luis García en Lisboa", []string{"Ana Pérez", "Luis García"}},
		{"es", "Por Ana Pérez en Ciudad de México y Luis García en Buenos Aires", []string{"Ana Pérez", "Luis García"}},
		{"es", "(Reporte de Ana Pérez en Madrid y Luis García en Lisboa; Editado por Carlos Ruiz)", []string{"Ana Pérez", "Luis García"}},
		{"zh", "2025-03-14 10:32 来源：新华网 作者：张伟", []string{"张伟"}},
		// English: "and" in capitals, initials with dots, a credit for
		// the pictures after the names.
		{"en", "By JANE ROE AND JOHN POE", []string{"JANE ROE", "JOHN POE"}},
		{"en", "By J.R. Poe", []string{"J.R. Poe"}},
		{"en", "By A.J. ROE", []string{"A.J. ROE"}},
		{"en", "By Jane Roe Photographs by John Poe", []string{"Jane Roe"}},
		{"en", "By Jane Roe with additional reporting by John Poe", []string{"Jane Roe"}},
		// The photographer's label after the writer on one line, the word
		// for "on" before a date, the town or outlet before the writer.
		{"sv", "Text: Anna Lind Foto: Per Olsson", []string{"Anna Lind"}},
		{"fi", "Teksti: Matti Virtanen Kuvat: Liisa Korhonen", []string{"Matti Virtanen"}},
		{"tr", "Haber: Ali Kaya / Fotoğraf: Mehmet Demir", []string{"Ali Kaya"}},
		{"id", "Oleh Dewi Lestari pada 12 September 2025", []string{"Dewi Lestari"}},
		{"id", "Kontributor Bandung, Rina Wulandari", []string{"Rina Wulandari"}},
		{"hu", "Írta: Nagy Péter", []string{"Nagy Péter"}},
		{"vi", "Bài, ảnh: Lê Văn Cường", []string{"Lê Văn Cường"}},
		// A Korean reporter's rank written onto 기자, and the words for a
		// correspondent and an editorial writer.
		{"ko", "김민수 선임기자", []string{"김민수"}},
		{"ko", "한지민 인턴기자", []string{"한지민"}},
		{"ko", "워싱턴=이영희 특파원", []string{"이영희"}},
		{"ko", "박지성 논설위원", []string{"박지성"}},
	} {
		if got := explicitByline(c.line, false); !slices.Equal(got, c.want) {
			t.Errorf("%s: %q: got %q, want %q", c.lang, c.line, got, c.want)
		}
	}
}

// Words that only look like a byline's: a press conference, the start of
// a sentence, a label of one character that opens a word.
func TestNotBylinesByLanguage(t *testing.T) {
	for _, line := range []string{
		"대통령은 기자회견에서 이렇게 말했다",
		"그는 기자에게 말했다",
		"文化部长今天表示",
		"记者会上，发言人表示",
		"Автор идеи рассказал о проекте подробнее, чем обычно",
		"作者：这是一个很长的句子而不是一个名字",
		"来源：新华网 作者：这是一个很长的句子而不是一个名字",
		// "Theo" is an English given name as well as the Vietnamese
		// "according to": an ASCII name after it is no label's.
		"Theo Van Dyke Smith",
		// A button ("write a post"), and a desk with no name after it.
		"글 쓰기",
		"Redacción",
		"Redacción: Madrid",
	} {
		if got := explicitByline(line, false); got != nil {
			t.Errorf("%q: got %q, want no byline", line, got)
		}
	}
}

// Bylines as pages in other languages print them: the marker glued to
// the names, a lead word before it, a field of a row, a surname in
// capitals, the buttons beside it.
func TestBylineLangForms(t *testing.T) {
	for in, want := range map[string]string{
		"Ana PérezPorAna Pérez":                    "Ana Pérez",
		"Publicado por Ana Pérez":                  "Ana Pérez",
		"Escrito por João Silva":                   "João Silva",
		"Accueil | Par Jeanne Martin | 3 mai 2019": "Jeanne Martin",
		"Par Jeanne MARTIN":                        "Jeanne MARTIN",
		"Cerrar Compartir":                         "",
		"La Rédaction":                             "",
		"Redacción Madrid":                         "",
		"Da Redação":                               "",
		"Ola Nordmann Journalist":                  "Ola Nordmann",
		"Ana Pérez (EFE)":                          "Ana Pérez",
		"Jana Müller (dpa)":                        "Jana Müller",
		"Innovate Shenzhen BYD":                    "",
		"Senior Editor Jane Doe":                   "Jane Doe",
		"Chefredakteur Max Weber":                  "Max Weber",
		"Redactora Ana Pérez":                      "Ana Pérez",
		"Senior Editor":                            "",
		// A paper's own reporter sent abroad, the one who asked an
		// interview's questions, a Chinese reporter before a
		// contributor (通讯员) or an intern (实习生).
		"dal nostro inviato Marco Rossi":       "Marco Rossi",
		"dalla nostra inviata Anna Neri":       "Anna Neri",
		"dal nostro corrispondente Luca Bassi": "Luca Bassi",
		"de notre envoyée spéciale Anne Roy":   "Anne Roy",
		"de notre correspondant Jules Moreau":  "Jules Moreau",
		"Беседовала Ольга Морозова":            "Ольга Морозова",
		"Беседовал Пётр Иванов":                "Пётр Иванов",
		"记者 张伟 通讯员 李明":                         "张伟",
		"记者 陈建国 王小明 实习生 李明":                    "陈建国|王小明",
		"记者 王小明 报道":                            "王小明",
		// The place the reporter files from, glued to "reports".
		"记者 刘洋 北京报道":   "刘洋",
		"本报记者 张伟 上海报道": "张伟",
		"記者 林志明 台北報導":  "林志明",
		"记者 王小明报道":     "王小明",
		// The place after "sent from".
		"本报记者 刘洋 发自北京": "刘洋",
		"記者 林志明 發自台北":  "林志明",
		// The photographer after the writer, and the Polish "oprac."
		// ("compiled by").
		"Texto: Ana Pérez Fotografía: Luis Gómez":   "Ana Pérez",
		"Texto: João Silva / Fotografia: Rui Costa": "João Silva",
		"oprac. Anna Nowak":                         "Anna Nowak",
	} {
		if got := strings.Join(ReadByline(in), "|"); got != want {
			t.Errorf("ReadByline(%q) = %q, want %q", in, got, want)
		}
	}
}

// interviewByline finds its joining words from their rarer letters: each
// must still be found, wherever in the line those letters first occur.
func TestInterviewBylineFindsEveryJoin(t *testing.T) {
	for _, w := range interviewWords {
		for _, s := range []string{"Jane Doe" + w + "John Roe", "Jane Vipp" + w + "John Roe"} {
			if got := interviewByline(s); len(got) != 2 {
				t.Errorf("interviewByline(%q) = %v, want both names", s, got)
			}
		}
	}
}

// Bylines in forms that pages in many languages share: a kind of piece
// before the preposition, initials, particles glued to a surname, a
// reporter's outlet before the label, several writers each with the word
// after the name.
func TestBylinePieceInitialsParticles(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Il commento di Marco Rossi", []string{"Marco Rossi"}},
		{"L'analisi di Marco Rossi", []string{"Marco Rossi"}},
		{"Un articolo di Marco Rossi", []string{"Marco Rossi"}},
		{"Testo di Marco Rossi, foto di Luca Verdi", []string{"Marco Rossi"}},
		{"Un análisis por Carlos Ruiz", []string{"Carlos Ruiz"}},
		{"Texto y fotos por Carlos Ruiz", []string{"Carlos Ruiz"}},
		{"Una columna de Carlos Ruiz", []string{"Carlos Ruiz"}},
		{"Uma reportagem de João Silva", []string{"João Silva"}},
		{"Une chronique de Marie Dubois", []string{"Marie Dubois"}},
		{"Eine Analyse von Anna Schmidt", []string{"Anna Schmidt"}},
		{"Analysis by Jane Doe", []string{"Jane Doe"}},
		{"Von H.-J. Müller", []string{"H.-J. Müller"}},
		{"Par J.-P. Martin", []string{"J.-P. Martin"}},
		{"Autor: A. Nowak", []string{"A. Nowak"}},
		{"Автор: И. Петров", []string{"И. Петров"}},
		{"By Smith J.", []string{"Smith J."}},
		{"di Rossi M.", []string{"Rossi M."}},
		{"Par Marie d'Argent", []string{"Marie d'Argent"}},
		{"By Omar al-Rashid", []string{"Omar al-Rashid"}},
		{"Oleh Ahmad Faizal dan Nur Aisyah", []string{"Ahmad Faizal", "Nur Aisyah"}},
		{"Laporan wartawan Budi Santoso", []string{"Budi Santoso"}},
		{"Laporan Wartawan Tribun, Budi Santoso", []string{"Budi Santoso"}},
		{"Laporan wartawan Budi Santoso dari Surabaya", []string{"Budi Santoso"}},
		{"（田中太郎 記者）", []string{"田中太郎"}},
		{"本报记者 张伟", []string{"张伟"}},
		{"新华社记者 李娜", []string{"李娜"}},
		{"記者王小明／台北報導", []string{"王小明"}},
		{"記者王小明、李大華／綜合報導", []string{"王小明", "李大華"}},
		{"김민수 기자 · 이영희 기자", []string{"김민수", "이영희"}},
		{"Laporan Reporter Tribun Jogja, Budi Santoso", []string{"Budi Santoso"}},
		{"Jurnalis: Budi Santoso", []string{"Budi Santoso"}},
		{"Kontributor: Budi Santoso", []string{"Budi Santoso"}},
		{"文／记者 张伟", []string{"张伟"}},
		{"Propos recueillis par Marie Dubois", []string{"Marie Dubois"}},
		{"By Jane Doe Jr. and John Roe III", []string{"Jane Doe Jr.", "John Roe III"}},
		// A job, maybe after an article, before the name.
		{"Por la periodista Ana Pérez", []string{"Ana Pérez"}},
		{"Par la journaliste Marie Dubois", []string{"Marie Dubois"}},
		{"By Managing Editor Jane Doe", []string{"Jane Doe"}},
	} {
		if got := explicitByline(c.line, false); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.line, got, c.want)
		}
	}
	// A headline of the same shape as a piece's credit, an initial and
	// a word with no label before them, a press conference.
	for _, line := range []string{"La proposta di Giorgia Meloni", "Apoyado por Carlos Ruiz", "Plan B.", "Vitamin D.", "本周记者会"} {
		if got := ReadByline(line); got != nil {
			t.Errorf("%q: got %q, want no byline", line, got)
		}
	}
	// The piece's name is no given name: "Testo di Marco Rossi" names
	// Marco Rossi, not a "Testo di Marco Rossi".
	if got := bareNames("Testo di Marco Rossi"); got != nil {
		t.Errorf("bareNames: got %q, want none", got)
	}
	// Single initials in a name in capitals are initials, not a word
	// in another style.
	if got := bareNames("J. R. SMITH"); !slices.Equal(got, []string{"J. R. SMITH"}) {
		t.Errorf("bareNames: got %q, want J. R. SMITH", got)
	}
}

// Writers in a script without capitals printed with no label under the
// headline, next to the dateline: two or more listed, before their outlet,
// or one in the brackets Japanese papers sign with; on an Arabic, Hebrew
// or Hindi page one alone, maybe with the town filed from after a comma.
// A pair of topics, a section's name or an agency in brackets in the same
// place names no writer.
func TestUnlabelledUncasedBylines(t *testing.T) {
	jaStory := []string{"土曜日の朝、半年ぶりに港町の市場が再び開き、入口には新しい看板が掲げられた。", "市の担当者は、今後も営業時間を見直すと述べた。", "関連記事"}
	arStory := []string{"أعلنت البلدية اليوم إعادة فتح سوق الميناء بعد أعمال ترميم استمرت ستة أشهر في وسط المدينة.", "وقال مسؤول في البلدية إن ساعات العمل ستراجع خلال الأشهر المقبلة.", "أخبار ذات صلة"}
	heStory := []string{"מועצת העיר אישרה ביום שלישי את התוכנית החדשה לתחבורה ציבורית בשכונות המזרחיות של העיר.", "ראש העיר אמר כי האוטובוסים הראשונים בקו החדש יצאו לדרך בתחילת האביב.", "כתבות נוספות"}
	hiStory := []string{"नगर परिषद ने मंगलवार को पूर्वी इलाकों के लिए नई बस योजना को मंजूरी दे दी, जिस पर देर शाम तक बहस चली।", "महापौर ने कहा कि नई लाइन की पहली बसें वसंत की शुरुआत में चलने लगेंगी।", "और पढ़ें"}
	kaStory := []string{"ქალაქის საბჭომ სამშაბათს ნავსადგურის ბაზრის ხელახლა გახსნა დაამტკიცა ექვსთვიანი რემონტის შემდეგ.", "მერიის წარმომადგენელმა თქვა, რომ სამუშაო საათები მომავალ თვეებში შეიცვლება.", "მსგავსი სიახლეები"}
	const kaTitle = "ნავსადგურის ბაზარი რემონტის შემდეგ გაიხსნა"
	const arTitle, heTitle, hiTitle = "إعادة فتح سوق الميناء بعد الترميم", "מועצת העיר אישרה את תוכנית התחבורה", "नगर परिषद ने बस योजना को दी मंजूरी"
	for _, c := range []struct {
		title, credit, date string
		story               []string
		want                string
	}{
		{"港町の市場が半年ぶりに再開", "佐藤花子、鈴木一郎", "2025年3月27日", jaStory, "佐藤花子|鈴木一郎"},
		{"港町の市場が半年ぶりに再開", "高橋修、中村真理／港町経済ニュース", "2025年3月27日", jaStory, "高橋修|中村真理"},
		{"港町の市場が半年ぶりに再開", "（田中健）", "2025年3月27日", jaStory, "田中健"},
		{"إعادة فتح سوق الميناء بعد الترميم", "أحمد خالد وسارة يوسف", "27 مارس 2025", arStory, "أحمد خالد|سارة يوسف"},
		{"港町の市場が半年ぶりに再開", "経済、政治", "2025年3月27日", jaStory, ""},
		{"港町の市場が半年ぶりに再開", "（共同通信）", "2025年3月27日", jaStory, ""},
		{"إعادة فتح سوق الميناء بعد الترميم", "أخبار مصر والعالم العربي", "27 مارس 2025", arStory, ""},
		{arTitle, "سارة يوسف", "27 مارس 2025", arStory, "سارة يوسف"},
		{heTitle, "דנה כהן", "27.03.2025 14:30", heStory, "דנה כהן"},
		{hiTitle, "अमित कुमार", "27 मार्च 2025", hiStory, "अमित कुमार"},
		{hiTitle, "सीमा वर्मा, नई दिल्ली", "27 मार्च 2025", hiStory, "सीमा वर्मा"},
		{hiTitle, "राम शर्मा, मुंबई", "27 मार्च 2025", hiStory, "राम शर्मा"},
		{arTitle, "أخبار محلية", "27 مارس 2025", arStory, ""},
		{heTitle, "חדשות בארץ", "27.03.2025 14:30", heStory, ""},
		{hiTitle, "ताज़ा खबर", "27 मार्च 2025", hiStory, ""},
		// The writer's outlet after a bar, and a Georgian writer (its
		// letters are lower case to Unicode).
		{arTitle, "سارة يوسف | صحيفة الميناء", "27 مارس 2025", arStory, "سارة يوسف"},
		{heTitle, "דנה כהן | קול הנמל", "27.03.2025 14:30", heStory, "דנה כהן"},
		{hiTitle, "अमित कुमार | बंदरगाह समाचार", "27 मार्च 2025", hiStory, "अमित कुमार"},
		{kaTitle, "თამარ ლომიძე", "27.03.2025 14:30", kaStory, "თამარ ლომიძე"},
		{kaTitle, "ნავსადგურის ამბები", "27.03.2025 14:30", kaStory, ""},
	} {
		a, _ := mustParse(t, dump(append([]string{c.title, c.credit, c.date}, c.story...)...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.credit, got, c.want)
		}
	}
}

// The Greek "writes:" before the writer's name, in the nominative.
func TestBylineGreekWrites(t *testing.T) {
	if got := strings.Join(ReadByline("Γράφει: Ελένη Παππά"), "|"); got != "Ελένη Παππά" {
		t.Errorf("authors %q, want %q", got, "Ελένη Παππά")
	}
}

// "Theo" under a Vietnamese story is "according to" before the paper the
// story was taken from ("Theo Thanh Niên"), not a writer's label; a
// Vietnamese name after it ("Theo Nguyễn Văn An") is the writer's, and a
// name on its own line over it stays the writer.
func TestVietnameseSourceNotWriter(t *testing.T) {
	body := []string{
		"Chiều 12/3, Ủy ban nhân dân tỉnh đã tổ chức hội nghị để bàn về kế hoạch xây dựng cây cầu mới qua sông trong năm tới. Nhiều người dân cho biết họ mong cây cầu sẽ giúp việc đi lại dễ dàng hơn.",
		"Theo kế hoạch, công trình sẽ được khởi công vào tháng 6 và hoàn thành sau hai năm. Kinh phí dự kiến khoảng 500 tỷ đồng, lấy từ ngân sách địa phương và nguồn vốn vay.",
		"Đại diện sở giao thông cho biết đơn vị sẽ phối hợp chặt chẽ với chính quyền các huyện để giải phóng mặt bằng đúng tiến độ. Người dân trong khu vực sẽ được hỗ trợ tái định cư.",
	}
	for _, c := range []struct {
		tail []string
		want string
	}{
		{[]string{"Theo Tuổi Mới"}, ""},
		{[]string{"Theo VnTin"}, ""},
		{[]string{"Trần Minh Khoa", "Theo Thanh Niên Trẻ"}, "Trần Minh Khoa"},
		{[]string{"Theo Nguyễn Văn An"}, "Nguyễn Văn An"},
	} {
		parts := append(append(append([]string{"Trang chủ", "Tỉnh sẽ xây cầu mới qua sông Lam trong năm tới", "12/03/2025 08:15"}, body...), c.tail...), "Liên hệ")
		a, _ := mustParse(t, dump(parts...))
		if got := strings.Join(a.Authors, "|"); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.tail, got, c.want)
		}
	}
}
