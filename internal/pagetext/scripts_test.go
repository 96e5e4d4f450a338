package pagetext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Pages in languages without a stopword list: the story is found by the
// signals every script has (length, the script's sentence marks, where a
// line sits), and a "related stories" box in the page's language stays
// out.
func TestBodyWithoutStopwords(t *testing.T) {
	tests := []struct {
		name        string
		head, paras []string
		tail        []string
	}{{
		name: "Thai: sentences end without a mark",
		head: []string{"หน้าแรก", "ข่าว", "การเมือง", "กีฬา", "บันเทิง", "ฝนตกหนักทำให้น้ำท่วมหลายหมู่บ้านในภาคเหนือ", "5 ธันวาคม 2569"},
		paras: []string{
			"เมื่อวันที่ 3 ธันวาคม ฝนตกหนักต่อเนื่องตลอดทั้งคืนทำให้น้ำในแม่น้ำสายหลักเพิ่มสูงขึ้นอย่างรวดเร็ว ชาวบ้านหลายร้อยครอบครัวต้องอพยพออกจากบ้านไปอยู่ในศูนย์พักพิงชั่วคราวที่โรงเรียนประจำตำบล",
			"เจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัยกล่าวว่า ระดับน้ำยังคงสูงขึ้นอย่างต่อเนื่อง และคาดว่าจะเริ่มลดลงภายในสองถึงสามวันข้างหน้า หากไม่มีฝนตกเพิ่มเติมในพื้นที่ต้นน้ำ",
			"ผู้ใหญ่บ้านคนหนึ่งเล่าว่า เขาอาศัยอยู่ในหมู่บ้านนี้มากว่าสี่สิบปีและไม่เคยเห็นน้ำท่วมหนักขนาดนี้มาก่อน ชาวบ้านต้องช่วยกันขนย้ายข้าวของขึ้นที่สูงตั้งแต่กลางดึก",
		},
		tail: []string{"ข่าวที่เกี่ยวข้อง", "นายกฯ ลงพื้นที่ตรวจน้ำท่วมภาคเหนือ", "กรมอุตุฯ เตือนฝนตกหนักอีกระลอก", "แชร์"},
	}, {
		name: "Japanese: short lines that are whole paragraphs",
		head: []string{"ニュース", "社会", "東京の美術館で新しい写真展が始まる", "2026年12月5日 10:00", "このニュースをシェア"},
		paras: []string{
			"東京都内の美術館で五日、戦後の街並みを撮影した写真展が始まった。会場には約二百点の作品が並び、初日から多くの来場者が訪れた。",
			"主催者によると、展示される写真の多くはこれまで一般に公開されたことがなく、撮影者の家族が保管していたものだという。",
			"来場した七十代の男性は「子どもの頃に見た景色がそのまま残っていて懐かしい」と話していた。写真展は来年三月まで開かれる。",
		},
		tail: []string{"関連記事", "都内で初雪を観測", "新しい駅ビルが開業", "社会 一覧へ>"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := append(append(append([]string{}, tt.head...), tt.paras...), tt.tail...)
			a, _ := mustParse(t, dump(parts...))
			wantBody(t, a.Body, tt.paras)
		})
	}
}

// A line of a script without case that quotes a Latin acronym does not
// shout, and capitals say nothing about it.
func TestUncasedLineShape(t *testing.T) {
	s, _ := readShape("ผล DNA ยืนยัน ศพที่พบในแม่น้ำเป็นคนสนิทของนักเคลื่อนไหว")
	if s.allCaps || s.capShare != 0 {
		t.Errorf("Thai with an acronym: allCaps %v, capShare %.2f", s.allCaps, s.capShare)
	}
	if s, _ := readShape("BREAKING NEWS FROM THE HARBOUR"); !s.allCaps {
		t.Error("a shouted English line is not all capitals")
	}
}

// Lines that repeat with other counts in them ("3 hours ago", "Rating:
// 4") make a pattern, whatever the language; the lines between two close
// copies are inside it.
func TestTemplates(t *testing.T) {
	lines, _ := splitLines(dump("Una historia", "Juan", "Hace 3 horas", "Un comentario largo de un lector.", "Valoración: 2",
		"Ana", "Hace 5 horas", "Otro comentario.", "Valoración: 7", "Luis", "Hace 9 horas", "Y otro más.", "Valoración: 1"))
	p := newPage(lines)
	p.read()
	templated, inCycle := p.templates()
	for i, ln := range lines {
		wantT := strings.HasPrefix(ln.text, "Hace") || strings.HasPrefix(ln.text, "Valoración")
		if templated[i] != wantT {
			t.Errorf("%q: templated %v, want %v", ln.text, templated[i], wantT)
		}
		if wantC := i >= 2; inCycle[i] != wantC {
			t.Errorf("%q: in a pattern %v, want %v", ln.text, inCycle[i], wantC)
		}
	}
}

// A comment form under the story ends it in any language, with no
// "Comments" header to say so: what follows is the readers'.
func TestFormEndsStory(t *testing.T) {
	paras := []string{
		"El ayuntamiento aprobó el martes el cierre del viejo puente del puerto para repararlo, una decisión que obligará a miles de personas a buscar otro camino durante casi todo el año próximo.",
		"Los ingenieros explicaron al pleno que el acero bajo el tablero estaba mucho más oxidado de lo que esperaban cuando lo revisaron por última vez, y que el puente no podía seguir abierto al tráfico pesado.",
		"«No lo hemos decidido a la ligera», dijo la alcaldesa, que añadió que la ciudad pondrá más barcos y autobuses mientras duren las obras, que costarán unos doce millones de euros.",
	}
	comments := []string{
		"Nombre (*):", "Correo electrónico (*):", "Comentario:",
		"Marta", "Hace 3 horas",
		"Mi madre cruzaba ese puente todos los días hace treinta años y ya entonces se caía a pedazos, así que me alegro de que por fin lo arreglen.",
		"Valoración: 4",
		"Pedro", "Hace 5 horas",
		"Otra obra que durará el doble de lo previsto y costará el triple, como siempre pasa en esta ciudad con todo lo que se hace.",
		"Valoración: 2",
	}
	head := []string{"Noticias", "El ayuntamiento cierra el puente del puerto durante un año", "27/03/2025"}
	a, _ := mustParse(t, dump(append(append(head, paras...), comments...)...))
	wantBody(t, a.Body, paras)
}

// Two lines of one block are two paragraphs when the first is a whole
// sentence of paragraph length in its script: a Japanese line of 70
// characters ending in 。 is one; a short Latin line that does not end a
// sentence goes on in the next line.
func TestParagraphsPartInEveryScript(t *testing.T) {
	mk := func(text string) line {
		runes := utf8.RuneCountInString(text)
		return line{text: text, runes: runes, width: lineWidth(text, runes)}
	}
	st := structure{form: []form{formPara, formPara}}
	for _, tt := range []struct{ first, want string }{
		{"美術館によると、建物は開館から百年近くが経ち、耐震性能の向上と空調設備の更新が必要になっていた。改装後は展示面積が三割ほど広がる見込みだという。", "\n\n"},
		{"The tide came in on Monday and flooded the lower town, where the water rose above the doors of many shops.", "\n\n"},
		{"The tide came in on Monday and flooded", "\n"},
	} {
		lines := []line{mk(tt.first), mk("次の段落。")}
		if got := separator(lines, st, 0, 1); got != tt.want {
			t.Errorf("after %q: separator %q, want %q", tt.first, got, tt.want)
		}
	}
}

// Persian parts a word's pieces with a zero-width non-joiner ("محله‌ها",
// "neighbourhoods"): the headline and the story keep it, where dropping
// it glued two words into one that the page never wrote.
func TestPersianKeepsNonJoiner(t *testing.T) {
	title := "خطوط تازه اتوبوس برای محله\u200cهای شرقی"
	paras := []string{
		"شورای شهر روز سه\u200cشنبه طرح تازه\u200cای را برای گسترش خطوط اتوبوس در محله\u200cهای شرقی شهر تصویب کرد و قرار است اجرای آن از بهار آغاز شود.",
		"شهردار گفت نخستین اتوبوس\u200cهای خط تازه در آغاز فصل بهار به راه می\u200cافتند، به شرط آنکه مناقصه\u200cها به موقع به پایان برسند.",
		"ساکنان محله\u200cهای شرقی سال\u200cهاست خواهان ارتباط بهتری با مرکز شهر و بازار بزرگ بوده\u200cاند و این طرح را گامی مهم می\u200cدانند.",
	}
	a, _ := mustParse(t, dump(append([]string{"روزنامه شهر", "خانه › شهری", title, "۲۱ شهریور ۱۴۰۴"}, append(paras, "اشتراک\u200cگذاری")...)...))
	if a.Title != title {
		t.Errorf("title %q, want %q", a.Title, title)
	}
	wantBody(t, a.Body, paras)
	// Between Latin letters the joiner is stray markup, and goes.
	if got := cleanLine("News\u200croom"); got != "Newsroom" {
		t.Errorf("cleanLine of a Latin word with a joiner: %q", got)
	}
}
