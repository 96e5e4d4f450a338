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
		{"ru", "Автор: Иван Петров, Мария Смирнова", []string{"Иван Петров", "Мария Смирнова"}},
		{"uk", "Автор: Олена Коваленко", []string{"Олена Коваленко"}},
		{"pl", "Tekst: Anna Nowak", []string{"Anna Nowak"}},
		{"pl", "Autor: Michał Zieliński", []string{"Michał Zieliński"}},
		{"tr", "Yazar: Ayşe Yılmaz", []string{"Ayşe Yılmaz"}},
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
		"Innovate Shenzhen BYD":                    "",
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
