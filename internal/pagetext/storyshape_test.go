package pagetext

import (
	"strings"
	"testing"
)

// storyShapePage lays out a made-up story the way news sites print one:
// menu, headline, byline, the first paragraphs, a box of links to other
// stories, then the rest of the story with a subheading, a line ending in
// a colon over a bulleted list, a short sentence, a paragraph and a "read
// also" line, and the tags, the most-read list and the footer under it.
func storyShapePage(p storyShape) string {
	parts := append([]string{}, p.menu...)
	parts = append(parts, p.title, p.byline, p.date)
	parts = append(parts, p.paras[:2]...)
	parts = append(parts, p.box...)
	parts = append(parts, p.sub, p.paras[2], p.intro)
	for _, it := range p.items {
		parts = append(parts, "- "+it)
	}
	if p.alsoUnderShort {
		parts = append(parts, p.short, p.readAlso)
		parts = append(parts, p.paras[3:]...)
	} else {
		parts = append(parts, p.short, p.paras[3], p.readAlso)
		parts = append(parts, p.paras[4:]...)
	}
	parts = append(parts, p.tail...)
	return dump(parts...)
}

type storyShape struct {
	menu                        []string
	title, byline, date         string
	paras                       []string
	box                         []string
	sub, intro, short, readAlso string
	items, tail                 []string
	skipItems                   bool // the list's items are not asked for
	alsoUnderShort              bool // the "read also" line right under the short sentence
}

// checkStoryShape parses the page and wants every line of the story in
// the body and none of the box's.
func checkStoryShape(t *testing.T, p storyShape) {
	t.Helper()
	a, _ := mustParse(t, storyShapePage(p))
	// The subheading right under the box reads as one more of its links
	// (in English too) and is not asked for.
	want := append(append([]string{}, p.paras...), p.intro, p.short)
	if !p.skipItems {
		want = append(want, p.items...)
	}
	for _, s := range want {
		if !strings.Contains(a.Body, s) {
			t.Errorf("the story lost %q; body:\n%s", s, a.Body)
		}
	}
	for _, s := range p.box[1:] {
		if strings.Contains(a.Body, s) {
			t.Errorf("a link of the box joined the story: %q", s)
		}
	}
}

// In a language without a stopword list (Polish here) a run of short
// lines is told from a list of links by its shape: a line ending in a
// colon over bulleted items and a short sentence are part of the story,
// which goes on past the box of links set into it.
func TestStoryGoesOnPastLinkBoxWithoutStopwords(t *testing.T) {
	checkStoryShape(t, storyShape{
		menu:   []string{"Strona główna", "Kraj", "Region", "Sport"},
		title:  "W Lesznie powstanie pierwsze miejskie schronisko dla jeży",
		byline: "Autor: Joanna Maj",
		date:   "14 kwietnia 2026, 07:45",
		paras: []string{
			"Władze Leszna przekazały fundacji budynek dawnej portierni przy parku miejskim, w którym od maja będzie działać schronisko dla rannych i osłabionych jeży z całego powiatu.",
			"Prezes fundacji Ewa Bednarek tłumaczy, że co roku do wolontariuszy trafia kilkaset zwierząt potrąconych przez samochody albo obudzonych zbyt wcześnie z zimowego snu.",
			"Dotąd jeże leczono w prywatnych domach wolontariuszy, a najciężej ranne wożono aż do Poznania, co dla wielu z nich kończyło się źle jeszcze w drodze.",
			"Weterynarze z pobliskiej przychodni zgodzili się przyjmować zwierzęta bez kolejki i po niższych cenach, a uczniowie technikum zbudują dla nich drewniane domki.",
			"Fundacja szuka jeszcze wolontariuszy do nocnych dyżurów, zwłaszcza wiosną, gdy zwierząt jest najwięcej, i prosi mieszkańców o zbiórkę ręczników oraz karmy.",
		},
		box:      []string{"Zobacz również", "Nowy park linowy nad jeziorem", "Remont ratusza dobiega końca", "Ruszył sezon na targu rybnym"},
		sub:      "Leczenie na miejscu",
		intro:    "W schronisku znajdą się:",
		items:    []string{"gabinet zabiegowy", "sala z inkubatorami", "wybieg ogrodzony siatką", "magazyn karmy"},
		short:    "Koszty pokryje zbiórka internetowa.",
		readAlso: "Czytaj także: Jak pomóc jeżowi zimą",
		tail:     []string{"Tagi:", "Leszno", "zwierzęta", "Najczęściej czytane", "Objazdy w centrum miasta", "Wyniki meczu ligowego", "O nas", "Kontakt", "© 2026 Głos Leszna"},
	})
}

// A Chinese story weighs in the main run what its width says, not its
// count of "words" (the runs between commas, a few a paragraph), and
// opens on a line ending in "。": the run holds the whole story, not
// only its opening lines. (Stage three weighs the list's short items one
// by one and may drop one; they are not asked for.)
func TestChineseStoryWeighsByWidth(t *testing.T) {
	checkStoryShape(t, storyShape{
		menu:   []string{"首页", "新闻", "本地", "体育"},
		title:  "苏州古城河道启用电动清洁船 每天清理水面垃圾",
		byline: "记者 周丽华",
		date:   "2026-04-16 09:05",
		paras: []string{
			"苏州市水务局本周起在古城区河道投入六艘电动清洁船，每天上午和傍晚各巡航一次，清理水面的落叶、塑料瓶和其他漂浮垃圾，过去这些工作主要依靠人工打捞。",
			"水务局负责人刘建华介绍，古城河道总长三十多公里，很多河段狭窄弯曲，大船开不进去，新船体积小、噪音低，不会影响两岸居民休息和游客乘船观光。",
			"清洁船配有摄像头和收集网，发现垃圾后自动靠近打捞，驾驶员只需在岸边控制，一艘船一天可以清理两公里河道，效率比人工提高了三倍左右。",
			"沿河开茶馆的居民陈先生说，以前夏天河面经常漂着垃圾，气味也不好，现在每天早上都能看到清洁船经过，河水干净了不少，客人也愿意坐在窗边喝茶。",
			"水务局表示，如果试运行效果良好，明年将在吴江和昆山的部分河道推广，并考虑为清洁船加装水质监测设备，随时掌握河水的变化情况。",
		},
		box:       []string{"相关新闻", "苏州地铁六号线开通运营", "平江路周末实行交通管制", "拙政园夜游项目上线"},
		sub:       "一天清理两公里",
		intro:     "清洁船主要负责以下工作：",
		items:     []string{"打捞漂浮垃圾", "清理岸边落叶", "记录河道状况", "报告违规排污"},
		short:     "每艘船的造价约为四十万元。",
		readAlso:  "延伸阅读：苏州发布河长制年度报告",
		skipItems: true,
		tail:      []string{"标签：", "苏州", "河道治理", "热门文章", "苏州房价最新数据", "本周天气预报", "关于我们", "联系我们", "© 2026 姑苏晚报"},
	})
}

// In a language without a stopword list a one-line link set into the
// story ("Read also: <headline>") right under a list and a short sentence
// is looked through: they go on into the story's next paragraph.
func TestListLooksThroughInlineLink(t *testing.T) {
	checkStoryShape(t, storyShape{
		menu:   []string{"Αρχική", "Ελλάδα", "Περιφέρεια", "Αθλητισμός"},
		title:  "Τα Ιωάννινα ανοίγουν δημοτικό εργαστήρι επισκευής ποδηλάτων",
		byline: "Συντάκτης: Δημήτρης Λάμπρου",
		date:   "17.04.2026 08:20",
		paras: []string{
			"Ο Δήμος Ιωαννιτών ανοίγει τον Μάιο δημοτικό εργαστήρι όπου οι κάτοικοι θα μπορούν να επισκευάζουν δωρεάν τα ποδήλατά τους με τη βοήθεια εθελοντών μηχανικών.",
			"Η αντιδήμαρχος κινητικότητας Σοφία Καραγιάννη είπε ότι πολλά ποδήλατα μένουν χρόνια σε αποθήκες επειδή οι ιδιοκτήτες τους δεν ξέρουν πώς να αλλάξουν ένα λάστιχο ή ένα φρένο.",
			"Το εργαστήρι θα στεγαστεί σε ένα παλιό κατάστημα κοντά στη λίμνη και θα λειτουργεί τρία απογεύματα την εβδομάδα, με εργαλεία που δώρισαν τοπικές επιχειρήσεις.",
			"Οι φοιτητές του πανεπιστημίου ζητούσαν εδώ και καιρό έναν τέτοιο χώρο, αφού οι περισσότεροι κινούνται στην πόλη με ποδήλατο όλο τον χρόνο.",
			"Αν το εγχείρημα πετύχει, ο δήμος σκοπεύει να οργανώσει και μαθήματα ασφαλούς οδήγησης για παιδιά στις αυλές των σχολείων.",
		},
		box:            []string{"Διαβάστε ακόμη", "Νέα πεζογέφυρα στο Κάστρο", "Αλλαγές στα δρομολόγια των λεωφορείων", "Ξεκινά το φεστιβάλ της λίμνης"},
		sub:            "Εργαλεία από τις επιχειρήσεις",
		intro:          "Στο εργαστήρι θα υπάρχουν:",
		items:          []string{"πάγκοι εργασίας", "αντλίες αέρα", "ανταλλακτικά φρένων", "βάσεις στήριξης"},
		short:          "Η συμμετοχή είναι ελεύθερη για όλους.",
		readAlso:       "Διαβάστε επίσης: Πού θα γίνουν οι νέοι ποδηλατόδρομοι",
		alsoUnderShort: true,
		tail:           []string{"Ετικέτες:", "Ιωάννινα", "ποδήλατο", "Δημοφιλή", "Καιρός το Σαββατοκύριακο", "Επικοινωνία", "© 2026 Ηπειρωτικά Νέα"},
	})
}

// A line of Thai, whose sentences end with no mark, may open the story's
// main run as a line ending in a stop does in other scripts; a Latin line
// without a stop still may not.
func TestThaiLineOpensRun(t *testing.T) {
	for s, want := range map[string]bool{
		"ตลาดน้ำชุมชนริมบึงเปิดทุกวันเสาร์และอาทิตย์ตั้งแต่บ่ายสามโมงถึงสามทุ่ม": true,
		"ร้านค้าทุกร้านต้องใช้ภาชนะที่ย่อยสลายได้ (ภาพ)":                         true,
		"Related stories from the region": false,
		"The market opens every weekend.": true,
	} {
		if got := opensRun(s); got != want {
			t.Errorf("opensRun(%q) = %v, want %v", s, got, want)
		}
	}
}
