package pagetext

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Boilerplate that every news site shares: buttons, player controls, teasers
// for other stories, subscription and cookie prompts. These are phrasings of
// the web at large, not of any one site; a line is junk when it *is* such a
// phrase, or (for the longer prompts) when it starts with or contains one
// while being too short to be a paragraph of the story.

// junkExact are whole lines (lower case, without trailing punctuation and
// counts) that are never part of a story.
var junkExact = toSet(
	"advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content", "paid content",
	"promoted", "partner content", "story continues below advertisement",
	"share", "shares", "share this", "share this story", "share this article", "share story",
	"share article", "share on", "share via", "tweet", "email", "e-mail", "print", "print article",
	"comments", "comment", "read more", "learn more", "find out more", "read next", "read also", "see also", "see more", "show more",
	"load more", "more", "related", "related articles", "related stories", "related content",
	"related links", "related coverage", "related news", "related posts", "recommended",
	"recommendation", "recommendations", "recommended for you", "recommended stories",
	"most popular", "most read", "most viewed", "popular", "trending", "trending now",
	"you may also like", "you might also like", "don't miss", "editor's picks", "top stories",
	"latest", "latest news", "latest stories", "up next", "next up", "watch next",
	"subscribe", "subscribe now", "sign in", "log in", "login", "sign up", "register", "close",
	"caption", "photo", "photos", "image", "video", "videos", "watch", "play", "pause", "mute",
	"unmute", "fullscreen", "full screen", "replay", "skip", "skip ad", "back to top",
	"back to gallery", "view gallery", "view comments", "show comments", "hide comments",
	"loading comments", "leave a comment", "leave a reply", "add a comment", "post a comment",
	"next", "previous", "next post", "previous post", "next article", "previous article",
	"next story", "previous story", "home", "menu", "search", "tags", "topics", "copied",
	"copy link", "link copied", "read later", "save", "saved", "view all", "listen",
	"listen to this article", "text size", "order reprints", "reprints", "permalink",
	"open in app", "get the app", "download the app", "continue reading", "expand",
	"collapse", "click to expand", "enlarge", "enlarge this image", "toggle caption",
	"hide caption", "show caption", "opinion", "analysis", "breaking news", "live",
	"newsletter", "newsletters", "follow", "follow us", "contact us", "about us", "subscribe to",
	"we recommend", "more stories", "more news", "also read", "see also", "more like this",
	"around the web", "from the web", "you may like", "recommended reading", "further reading",
	"related topics", "more to explore", "popular now", "most shared", "what to read next",
	"related story", "related article", "gift article", "share full article", "about the author", "about the authors",
	// The names a page gives its widgets' pictures and regions, printed
	// where the picture or the region's label stood.
	"article content", "down arrow", "up arrow", "left arrow", "right arrow",
	"arrow down", "arrow up", "arrow left", "arrow right", "chevron", "spinner",
	// The same labels in other languages.
	"lire aussi", "à lire aussi", "sur le même sujet", "la rédaction vous conseille", "leggi anche",
	"articoli correlati", "lees ook", "lees meer", "meer nieuws", "lesen sie auch", "mehr zum thema",
	"zum thema", "weiterlesen", "mirá también", "ver también", "lea también", "te puede interesar",
	"noticias relacionadas", "leia também", "veja também", "notícias relacionadas",
	"vos réactions", "réagir", "kommentare", "comentarios", "commenti", "reacties", "komentarze",
	"комментарии", "коментарі",
)

// maxJunkExact is the length of the longest junkExact line: a longer key
// need not be looked up.
var maxJunkExact = func() int {
	n := 0
	for k := range junkExact {
		n = max(n, len(k))
	}
	return n
}()

// teaserMarkers open a box of links to other stories. What follows them,
// as long as it is headline-shaped, is not part of this story.
var teaserMarkers = []string{
	"related", "more from", "more in", "more on", "more stories", "more news", "next up",
	"up next", "recommended", "we recommend", "most popular", "most read", "most viewed",
	"trending", "you may also like", "you might also like", "you may like", "don't miss",
	"read more", "read next", "also read", "read also", "see also", "top stories", "latest", "popular",
	"editor's picks", "more like this", "around the web", "from the web", "what to read next",
	"further reading", "recommended reading", "related reading", "watch next", "more to explore", "most shared",
	// A blog's "You'll also love…" box, its curly apostrophe as typed.
	"you'll also love", "you’ll also love", "you'll also like", "you’ll also like", "you'll also enjoy",
	"you’ll also enjoy", "you may also love", "you might also love", "you may also enjoy", "you might also enjoy",
	"you may also check", "you might also check", "also check", "other posts you may", "other posts you might",
	// The same boxes in other languages.
	"lire aussi", "à lire aussi", "a lire aussi", "sur le même sujet", "la rédaction vous conseille",
	"leggi anche", "potrebbe interessarti", "articoli correlati", "i più letti",
	"lees ook", "lees meer", "meer nieuws", "gerelateerd", "meest gelezen",
	"lesen sie auch", "mehr zum thema", "zum thema", "weiterlesen", "meistgelesen",
	"mirá también", "ver también", "lea también", "te puede interesar", "noticias relacionadas",
	"más leídas", "leia também", "veja também", "notícias relacionadas", "mais lidas",
	"relacionado", "relacionados", "relacionadas", "czytaj także", "czytaj też", "zobacz także",
	"zobacz też", "читайте также", "смотрите также", "по теме", "похожие новости", "читайте також",
	"ilgili haberler", "baca juga", "berita terkait", "tin liên quan", "xem thêm", "اقرأ أيضا",
	"اقرأ أيضاً", "أخبار ذات صلة", "مواضيع ذات صلة", "یہ بھی پڑھیں", "यह भी पढ़ें", "संबंधित खबरें",
	"相关新闻", "相关阅读", "相关文章", "延伸阅读", "相關新聞", "延伸閱讀", "関連記事", "関連ニュース",
	"あわせて読みたい", "관련기사", "관련 기사", "เรื่องที่เกี่ยวข้อง", "ข่าวที่เกี่ยวข้อง", "ข่าวเกี่ยวข้อง",
	"lee también", "lue myös", "läs även", "läs också", "les også", "læs også", "čtěte také", "související články",
	"olvassa el ezt is", "kapcsolódó", "citește și",
	// "Learn more", "More on this topic", "You may also be interested in"
	// over the same boxes.
	"saiba mais", "leia mais", "veja mais", "mais notícias", "você pode gostar", "más información",
	"más noticias", "también te puede interesar", "lee más", "więcej na ten temat", "czytaj również",
	"zobacz również", "przeczytaj również", "polecamy", "mehr dazu", "auch interessant",
	"das könnte sie auch interessieren", "à lire également", "lire également", "voir aussi",
	"à voir aussi", "ti potrebbe interessare", "potrebbero interessarti", "altri articoli",
	"weitere artikel", "weitere nachrichten", "mehr nachrichten", "das könnte sie interessieren",
	"meer lezen", "mer att läsa", "läs mer", "relaterade artiklar", "další články",
	"mai multe știri", "articole similare", "diğer haberler", "daha fazla haber", "другие новости",
	"новости по теме", "ещё по теме", "еще по теме", "інші новини", "більше новин", "новини на тему",
	"διαβάστε επίσης", "διαβάστε ακόμη", "σχετικά άρθρα", "περισσότερα άρθρα", "ये भी पढ़ें",
	"और खबरें", "berita lainnya", "artikel terkait", "tin khác", "đọc thêm", "الأكثر قراءة",
	"اقرأ المزيد", "相关推荐", "热门新闻", "推荐阅读", "関連リンク", "おすすめ記事", "많이 본 뉴스",
	"함께 보면 좋은 기사", "추천 기사",
	// "Read also", "More on the site", "Related news", "You may be
	// interested in" in Hebrew, Persian, Turkish, Swahili and Korean,
	// and "More from", "Most read" in the Nordic languages.
	"קראו גם", "עוד באתר", "עוד בנושא", "כתבות נוספות", "כתבות קשורות", "בחירת העורכים",
	"بیشتر بخوانید", "همچنین بخوانید", "اخبار مرتبط", "مطالب مرتبط", "مطالب پیشنهادی", "پربازدیدترین‌ها",
	"ilginizi çekebilir", "bunlar da ilginizi çekebilir", "benzer haberler", "en çok okunanlar",
	"soma pia", "soma zaidi", "habari zinazohusiana", "habari nyingine",
	"함께 볼만한 기사", "함께 읽으면 좋은 기사", "관련 뉴스", "관련뉴스", "많이 본 기사",
	"mer från", "mest lästa", "mere fra", "mest læste", "mer fra", "mest lest",
	// "You may also like" over the same boxes.
	"vous aimerez aussi", "vous aimerez également", "vous aimerez peut-être aussi", "vous pourriez aussi aimer",
	"vous pourriez aimer", "ces articles pourraient vous intéresser", "también te puede gustar",
	"también te podría gustar", "también te podría interesar", "te podría interesar", "quizás te interese",
	"você também pode gostar", "você também pode se interessar", "também pode te interessar",
	"potrebbe piacerti anche", "ti potrebbe piacere", "ti potrebbero interessare", "potrebbero piacerti",
	"das könnte ihnen auch gefallen", "das könnte dir auch gefallen", "das könnte dich auch interessieren",
	"dit vind je misschien ook leuk", "misschien ook interessant",
	// "Read also", "More on this" and "Related news" in Turkish (the
	// singular over one link), Hebrew, Persian, Urdu, Thai, Bengali, the
	// South Slavic languages, Bulgarian, Slovak and Slovenian.
	"ilgili haber", "bunlar da ilginizi çekebilir", "קראו עוד", "קרא עוד", "קראו גם", "קרא גם",
	"כתבות נוספות", "כתבות קשורות", "עוד בנושא", "بیشتر بخوانید", "بخوانید", "مطالب مرتبط", "اخبار مرتبط",
	"مزید پڑھیں", "متعلقہ خبریں", "อ่านเพิ่มเติม", "อ่านต่อ", "ข่าวที่น่าสนใจ", "আরও পড়ুন", "আরো পড়ুন",
	"সম্পর্কিত খবর", "pročitajte i", "pročitajte još", "povezane vijesti", "povezane vesti", "vezane vijesti",
	"прочетете още", "още по темата", "čítajte aj", "súvisiace články", "preberite tudi", "sorodni članki",
	// "More news", "Most read" and "Related news" in Russian, Ukrainian,
	// Polish, Czech, Turkish (its capital İ lowers to "i̇"), Greek,
	// Arabic, Persian, Hebrew, Hindi, Bengali, Swahili, Indonesian,
	// Vietnamese, Thai, Japanese, Korean and Chinese.
	"больше новостей", "самое читаемое", "самое популярное", "схожі новини", "найпопулярніше",
	"więcej wiadomości", "najczęściej czytane", "najpopularniejsze", "další zprávy", "nejčtenější",
	"i̇lgili haberler", "i̇lgili haber", "en çok okunanlar", "en çok okunan haberler",
	"περισσότερες ειδήσεις", "δημοφιλή", "τα πιο δημοφιλή", "المزيد من الأخبار", "الأكثر مشاهدة",
	"اخبار بیشتر", "پربازدیدترین‌ها", "پربازدیدترین ها", "پربازدیدترین", "עוד חדשות", "הנקראים ביותר",
	"सबसे ज्यादा पढ़ी गई", "सबसे ज़्यादा पढ़ी गई", "আরও খবর", "আরো খবর", "সর্বাধিক পঠিত",
	"habari zinazohusiana", "habari zaidi", "zinazosomwa zaidi", "soma pia", "soma zaidi", "terpopuler",
	"đọc nhiều nhất", "tin mới nhất", "ข่าวอื่นๆ", "ข่าวยอดนิยม", "アクセスランキング", "人気記事",
	"もっと見る", "더보기", "查看更多", "热门排行", "热门文章", "看更多", "熱門新聞", "熱門文章",
	// "Read also", "Related news", "More news" and "Most read" in
	// Romanian, Hungarian, Serbian (both scripts), Croatian, Bulgarian,
	// Slovak, Finnish, Estonian, Malay, Tagalog, Urdu, Tamil, Telugu,
	// Marathi, Amharic, Georgian, Armenian, Khmer, Burmese and traditional
	// Chinese.
	"cele mai citite", "ezt is ajánljuk", "kapcsolódó cikkek", "további hírek", "legolvasottabb",
	"još vesti", "najčitanije", "прочитајте још", "прочитајте и", "повезане вести", "још вести",
	"најчитаније", "povezani članci", "još vijesti", "свързани новини", "още новини", "най-четени",
	"prečítajte si aj", "ďalšie správy", "najčítanejšie", "aiheesta muualla", "lisää uutisia",
	"luetuimmat", "loe ka", "seotud artiklid", "veel uudiseid", "loetuimad", "berita berkaitan",
	"berita lain", "paling popular", "basahin din", "basahin rin", "kaugnay na balita",
	"iba pang balita", "pinakabinasa", "مزید خبریں", "இதையும் படிக்க", "இதையும் படியுங்கள்",
	"தொடர்புடைய செய்திகள்", "மேலும் செய்திகள்", "அதிகம் படித்தவை", "ఇది కూడా చదవండి",
	"ఇవి కూడా చదవండి", "సంబంధిత వార్తలు", "మరిన్ని వార్తలు", "हेही वाचा", "हे पण वाचा",
	"संबंधित बातम्या", "आणखी बातम्या", "सर्वाधिक वाचलेले", "ተጨማሪ ያንብቡ", "ተዛማጅ ዜናዎች",
	"ተጨማሪ ዜናዎች", "ასევე წაიკითხეთ", "მსგავსი სიახლეები", "მეტი სიახლე", "կարդացեք նաև",
	"կարդացեք նաեւ", "առնչվող նորություններ", "այլ լուրեր", "ամենաընթերցվածը", "អានបន្ថែម",
	"ព័ត៌មានពាក់ព័ន្ធ", "ព័ត៌មានផ្សេងទៀត", "អានច្រើនបំផុត", "ဆက်စပ်ဖတ်ရန်", "ဆက်စပ်သတင်းများ",
	"နောက်ထပ်သတင်းများ", "လူဖတ်အများဆုံး", "更多新聞", "最多人閱讀", "相關報導", "推薦閱讀", "最新新聞",
}

// teaserMarkerSet holds teaserMarkers by their first byte: most short
// lines are looked up against a handful of them, not all.
var teaserMarkerSet = byFirstByte(teaserMarkers...)

// isTeaserMarker reports a line that opens a box of links to other stories.
func isTeaserMarker(ln line) bool {
	if ln.words > 6 {
		return false
	}
	key := ln.key
	if key == "" {
		return false
	}
	for _, m := range teaserMarkerSet.byFirst[key[0]] {
		// A label and its link after a spaced dash ("ဆက်စပ်ဖတ်ရန် - …")
		// is one teaserLabelled line, not the box's heading.
		if strings.HasPrefix(key, m) && (len(key) == len(m) || key[len(m)] == ' ' && !strings.HasPrefix(key[len(m):], " - ") && boxLabelGoesOn(m, key[len(m)+1:], ln.text)) {
			return true
		}
	}
	// "More Business News", "More Sports Stories".
	if ln.words <= 4 && strings.HasPrefix(key, "more ") {
		for _, w := range []string{" news", " stories", " articles", " videos", " headlines"} {
			if strings.HasSuffix(key, w) {
				return true
			}
		}
	}
	return false
}

// openLabels are the teaserMarkers that are also words a story's own
// heading opens with: "Recommended Books for Managers", "Popular Dishes:",
// "Related Words". As a box's label they name what the box holds next
// ("Related articles", "Popular on Example", "Recommended for you").
var openLabels = toSet("recommended", "popular", "latest", "related", "trending")

// boxNouns are what a box of links holds, or how it says whose or where
// they are, after one of openLabels.
var boxNouns = toSet("articles", "article", "stories", "story", "posts", "post", "reads", "read", "reading",
	"content", "contents", "links", "link", "topics", "topic", "news", "blogs", "blog", "pages", "page",
	"videos", "video", "headlines", "insights", "items", "tags", "publications", "products", "resources",
	"guides", "recipes", "searches", "now", "today", "this", "for", "on", "from", "in", "at", "by", "with",
	"editor", "editor's", "picks", "releases", "updates", "coverage", "questions")

// boxLabelGoesOn reports whether the words after marker m (rest) keep a
// line (text) a box's label: any do but after openLabels, where the next
// word must be one of boxNouns, or the label trail off into its links
// ("Recommended backpacking routes…").
func boxLabelGoesOn(m, rest, text string) bool {
	if !openLabels[m] || strings.HasSuffix(text, "…") || strings.HasSuffix(text, "...") {
		return true
	}
	w, _, _ := strings.Cut(rest, " ")
	return boxNouns[strings.TrimRight(w, ":")]
}

// isPromoLink reports a link to another story of the site inside the
// body: "On Example.com: Car sales plunge in August".
func isPromoLink(ln *line) bool {
	if ln.words > 16 || endsSentence(ln.text) || !hasDotLetter(ln.text) {
		return false
	}
	label, _, ok := strings.Cut(ln.text, ": ")
	return ok && domainIn(label) != ""
}

// teaserLabelWidth is the most bytes the label of a teaserLabelled line
// may take, its colon included: "das könnte sie auch interessieren:", and
// in the scripts of three bytes a letter, "ఇది కూడా చదవండి:".
const teaserLabelWidth = 64

// teaserLabelled reports a link to another story under the label of a
// box of such links: "Related reading: Ten questions for the new harbour
// master", "Don't miss: …", "Lesen Sie auch: …". It is headline-shaped:
// short, and ends no sentence. The labels are teaserMarkers, whole.
func teaserLabelled(ln *line) bool {
	head := ln.low[:min(len(ln.low), teaserLabelWidth)]
	k, width := strings.IndexByte(head, ':'), 1
	if k < 0 && head != "" && head[0] >= utf8.RuneSelf {
		k, width = foreignLabelMark(head)
	}
	if k <= 0 || ln.words > 20 || endsSentence(ln.text) {
		return false
	}
	// A headline after the label: two words, or, in the scripts that
	// write no spaces, a few characters (Thai pages put an ASCII colon
	// after the label: "อ่านเพิ่มเติม: …").
	if rest := strings.TrimSpace(ln.low[k+width:]); !moreWords(rest, 1) && (width == 1 && !unspacedHeadline(rest) || utf8.RuneCountInString(rest) < 4) {
		return false
	}
	label := strings.ReplaceAll(junkKey(ln.low[:k]), "’", "'")
	if label == "" {
		return false
	}
	for _, m := range teaserMarkerSet.byFirst[label[0]] {
		if m == label {
			return true
		}
	}
	return false
}

// foreignLabelMarks end a label where a script has a colon of its own:
// Chinese and Japanese write it full width ("相关阅读：…"), Amharic as
// "፦", Khmer as "៖", Armenian puts its "՝" after the label.
var foreignLabelMarks = []string{"：", "፦", "៖", "՝"}

// foreignLabelMark finds where the label of a line in a script other
// than Latin ends: at its script's colon, or, in a script that writes no
// spaces between words, at a spaced dash ("ဆက်စပ်ဖတ်ရန် - …", as Burmese
// pages write it). It returns the mark's offset and width, or -1.
func foreignLabelMark(head string) (int, int) {
	for _, m := range foreignLabelMarks {
		if k := strings.Index(head, m); k > 0 {
			return k, len(m)
		}
	}
	if k := strings.Index(head, " - "); k > 0 && unspacedHeadline(head) {
		return k, len(" - ")
	}
	return -1, 0
}

// unspacedHeadline reports a headline of one "word" that is written in a
// script without spaces: it opens with such a letter.
func unspacedHeadline(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unspaced(r)
}

// junkPrefixes start lines that are prompts, not prose; they are looked up
// by their first byte.
var junkPrefixes = byFirstByte(
	"sign up for", "sign up to", "sign up:", "sign up now", "subscribe to", "subscribe for", "follow us", "follow me on",
	"click here", "click to", "tap here", "share on ", "share via ", "share this", "read more:",
	"read more at", "more in ", "more from ", "more on ", "more stories", "more news", "filed under",
	"tags:", "topics:", "posted in ", "found a mistake", "found an error", "spotted an error",
	"image 1 of", "photo 1 of", "©", "(c) ", "copyright ", "press shift", "thanks for watching",
	"story continues below", "article continues below", "continue reading", "already a subscriber",
	"to read the full story", "download the app", "get the app", "view gallery", "view photos",
	"see the gallery", "watch:", "watch now", "listen:", "download:", "itunes:", "related:",
	"also read:", "read also:", "see also:", "recommended:", "advertisement -", "this article was",
	"this story was", "send us a tip", "have a tip", "got a tip", "report an error", "report a typo",
	"we use cookies", "this site uses cookies", "this website uses cookies", "by using this site",
	"by continuing to use", "by signing up", "by subscribing", "by clicking", "accept cookies",
	"cookie policy", "cookie settings", "manage cookies", "privacy policy", "terms of use",
	"terms of service", "all rights reserved", "for more news", "visit our", "visit website",
	"for the latest", "get our newsletter", "get the latest", "enter your email", "your email",
	"email address", "email (required)", "loading", "next up in", "more stories from",
	"related story:", "related article:", "related stories:", "related articles:", "contact us at", "contact us:",
	"lire aussi", "à lire aussi", "leggi anche", "lees ook", "lesen sie auch", "mehr zum thema",
	"mirá también", "ver también", "lea también", "leia também", "veja también",
	"skip to main", "skip to content", "skip to navigation", "skip links", "listen to this article",
	"do you have a story", "got a story", "thanks for reading", "a version of this article appears",
	"this article appears in", "this article is more than", "add to your saved", "gift this article",
	"by submitting", "also read |", "read also |", "read more |", "also read -",
	// "Read also: …", "Learn more: …" and paywall prompts in other
	// languages.
	"czytaj też", "czytaj także", "przeczytaj też", "przeczytaj także", "zobacz też", "zobacz także",
	"dowiedz się więcej:", "читайте также", "читайте також", "смотрите также", "baca juga", "xem thêm:",
	"اقرأ أيضا", "اقرأ أيضاً", "यह भी पढ़ें", "leia mais:", "lee también", "lea además", "siehe auch:",
	"kostenlos registrieren", "schon registriert?", "jetzt registrieren", "bereits registriert?",
	// "Read also" in the Nordic languages, Czech, Hungarian and Romanian,
	// and a picture's credit label in Finnish and Polish ("Kuva: Jane
	// Doe", "Fot. Jan Kowalski / Agencja").
	"lue myös", "lue lisää:", "läs även", "läs också", "les også", "læs også", "čtěte také", "čtěte též",
	"olvassa el ezt is", "citește și", "citeste si", "kuva:", "fot.", "fot:",
	// A link to the site's previous or next story, with its headline:
	// "Article suivant Les rapatriés rentrent enfin chez eux".
	"previous article", "next article", "previous post", "next post", "article précédent",
	"article précedent", "article suivant", "artículo anterior", "artículo siguiente",
	"siguiente artículo", "artigo anterior", "próximo artigo", "articolo precedente",
	"articolo successivo", "vorheriger artikel", "nächster artikel", "poprzedni artykuł",
	"następny artykuł",
)

// shopButtons open the buttons of a shop box in a review or a buying
// guide: "Check price at Amazon", "View at REI", "Buy now".
var shopButtons = byFirstByte(
	"check price", "check prices", "see price", "see prices", "view price", "compare price",
	"check amazon", "view at ", "view on amazon", "buy at ", "buy on amazon", "buy from ",
	"shop at ", "shop now", "buy now", "book now", "order now", "see it at ", "view deal",
	"see deal", "get deal", "jump to review", "add to cart",
)

// isShopButton reports a button of a shop box: one that opens as
// shopButtons do, or a bare price with its shop ("$899.99 from Best Buy",
// "£45 at Argos").
func isShopButton(ln *line) bool {
	low := ln.low
	for _, p := range shopButtons.byFirst[low[0]] {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	cur, rest := "", low
	for _, c := range []string{"$", "€", "£", "¥"} {
		if strings.HasPrefix(low, c) {
			cur, rest = c, strings.TrimLeft(low[len(c):], " ")
		}
	}
	if cur == "" || rest == "" || !isDigitByte(rest[0]) {
		return false
	}
	_, after, ok := strings.Cut(rest, " ")
	return ok && (strings.HasPrefix(after, "from ") || strings.HasPrefix(after, "at ") || strings.HasPrefix(after, "on "))
}

// containsAnyOf reports whether s contains one of the strings: one pass
// over s instead of a search for each.
func containsAnyOf(s string, set *stringSet) bool {
	for i := 0; i < len(s); i++ {
		if !set.first[s[i]] {
			continue
		}
		// Most letters open some string of a set of English words; few
		// pairs of bytes do.
		if p := set.pairs; p != nil && (i+1 == len(s) || p[pairOf(s[i], s[i+1])/64]&(1<<(pairOf(s[i], s[i+1])%64)) == 0) {
			continue
		}
		for _, w := range set.byFirst[s[i]] {
			// The second byte first: most candidates fail there.
			if len(s)-i >= len(w) && (len(w) < 2 || s[i+1] == w[1]) && s[i:i+len(w)] == w {
				return true
			}
		}
	}
	return false
}

// A stringSet holds strings grouped by their first byte.
type stringSet struct {
	first   [256]bool // some string starts with the byte
	byFirst [256][]string
	// pairs has the bit pairOf(s[0], s[1]) of each string s, when every
	// string has two bytes or more (anyOf); nil otherwise.
	pairs *[1 << 16 / 64]uint64
}

func byFirstByte(ss ...string) *stringSet {
	var set stringSet
	for _, s := range ss {
		set.first[s[0]] = true
		set.byFirst[s[0]] = append(set.byFirst[s[0]], s)
	}
	return &set
}

// opening returns what follows the string of the set that opens low, when
// one does as whole words.
func (set *stringSet) opening(low string) (rest string, ok bool) {
	if low == "" {
		return "", false
	}
	for _, s := range set.byFirst[low[0]] {
		if strings.HasPrefix(low, s) && (len(low) == len(s) || !isWordByte(low[len(s)])) {
			return low[len(s):], true
		}
	}
	return "", false
}

// anyOf is byFirstByte for the sets containsAnyOf looks for in long
// lines, with the bits of their first two bytes.
func anyOf(ss ...string) *stringSet {
	set := byFirstByte(ss...)
	set.pairs = new([1 << 16 / 64]uint64)
	for _, s := range ss {
		if len(s) < 2 {
			panic("anyOf: " + s + " is shorter than two bytes")
		}
		set.pairs[pairOf(s[0], s[1])/64] |= 1 << (pairOf(s[0], s[1]) % 64)
	}
	return set
}

// pairOf numbers a pair of bytes.
func pairOf(a, b byte) uint { return uint(a)<<8 | uint(b) }

// junkContains marks short lines that carry one of these anywhere; they
// are looked up by their first byte.
var junkContains = anyOf(
	"all rights reserved", "privacy policy", "terms of use", "terms of service", "uses cookies",
	"use of cookies", "accept cookies", "cookie policy", "cookie settings", "keyboard shortcuts",
	"newsletter", "(opens in new window)", "open in new window", "subscribe", "javascript",
	"your browser", "ad blocker", "adblock", "follow us on", "like us on facebook", "share this",
	"click here", "you may also like", "recommended for you", "affiliate link", "read more",
	"read later", "reading list", "to your inbox",
	// A caption's credit after it: "The picket in the hall / (C) Jane Doe".
	" (c) ", " / © ",
)

// subjectJunkWords are the words of junkContains and junkPrefixes that a
// story may be about: a page's "newsletter", "JavaScript" or "Copyright"
// is mostly a sign-up box, a note that the browser runs no scripts or the
// rights line at its foot, but a story about newsletters, the language or
// the law says them in its list items and subheadings.
var subjectJunkWords = [...]string{"newsletter", "javascript", "copyright"}

// subjectLines is how many paragraphs (of subjectProseWords words or more,
// each its own text, no pitch) must say such a word before the page is
// taken to be about it.
const (
	subjectLines      = 3
	subjectProseWords = 15
)

// unjunkSubjectWords takes the junk reading off the short lines that
// junkContains marked only for a word the page is about (its paragraphs
// say it, subjectLines of them), so that the classifier weighs them as it
// weighs the story's other items. The word is blanked out and the line
// read again: one that is junk by another reading ("Sign up for our
// newsletter", "Please enable JavaScript to see the comments") stays
// junk.
func (p *page) unjunkSubjectWords() {
	// One pass finds each word's short junk lines. A line that an
	// earlier word unjunks and a later one lists too is read again to
	// no effect: only the junk reading is ever taken off.
	var shorts [len(subjectJunkWords)][]int
	for i := range p.lines {
		ln := &p.lines[i]
		if !p.ann[i].has(roleJunk) || ln.words < 3 || ln.words > 15 {
			continue
		}
		for k, w := range subjectJunkWords {
			if strings.Contains(ln.low, w) {
				shorts[k] = append(shorts[k], i)
			}
		}
	}
	for k, w := range subjectJunkWords {
		short := shorts[k]
		if len(short) == 0 || !p.aboutWord(w) {
			continue
		}
		blank := strings.Repeat("q", len(w))
		for _, i := range short {
			ln := p.lines[i]
			ln.low = strings.ReplaceAll(ln.low, w, blank)
			ln.key = strings.ReplaceAll(ln.key, w, blank)
			if !isJunk(ln, p.ann[i].has(roleWall)) {
				p.ann[i].set(roleJunk, false)
			}
		}
	}
}

// aboutWord reports a page whose paragraphs say w: subjectLines of them,
// each its own text, that pitch nothing (no sign-up, no inbox).
func (p *page) aboutWord(w string) bool {
	seen := 0
	for i := range p.lines {
		ln := &p.lines[i]
		if ln.words < subjectProseWords || p.copies[i] > 1 || !strings.Contains(ln.low, w) || isJunk(*ln, false) ||
			strings.Contains(ln.low, "sign up") || strings.Contains(ln.low, "subscrib") || strings.Contains(ln.low, "inbox") {
			continue
		}
		if seen++; seen >= subjectLines {
			return true
		}
	}
	return false
}

// shareWords are the words of share bars and social buttons; a short line
// made only of them (plus counts) is a button row.
var shareWords = newWordSet(
	"facebook", "twitter", "x", "email", "e-mail", "mail", "print", "pinterest", "linkedin",
	"reddit", "whatsapp", "tumblr", "flipboard", "pocket", "telegram", "share", "shares",
	"sharing", "shared", "tweet", "tweets", "pin", "it", "buffer", "copy", "link", "copied",
	"options", "this", "story", "article", "on", "via", "icon", "google", "plus", "more",
	"show", "all", "submit", "sms", "messenger", "vk", "vkontakte", "odnoklassniki", "shortlink",
	"save", "read", "later", "comments", "comment", "gmail", "yahoo", "outlook", "instagram",
	"youtube", "snapchat", "tiktok", "rss", "feed", "embed", "print", "text", "size", "for",
	"to", "a", "friend", "send", "url", "whatsapp", "line", "viber", "weibo", "wechat", "qq",
	"digg", "stumbleupon", "mix", "threads", "bluesky", "mastodon", "close", "menu", "the",
	// The networks as other scripts write them, and those of other countries.
	"вконтакте", "вк", "одноклассники", "телеграм", "фейсбук", "твиттер", "xing", "zalo",
	"kakaotalk", "카카오톡", "카카오스토리", "페이스북", "트위터", "밴드", "微信", "微博", "qq空间",
	"フェイスブック", "ツイッター", "はてなブックマーク",
	// The verbs, prepositions and nouns of share buttons in other
	// languages: "Auf Facebook teilen", "Partager sur X", "Compartir en
	// Facebook", "Condividi su WhatsApp", "Compartilhe esta notícia",
	// "Udostępnij artykuł", "Поделиться в соцсетях".
	"teilen", "teile", "auf", "per", "artikel", "partager", "partagez", "sur", "par", "envoyer",
	"compartir", "comparte", "compartilhar", "compartilhe", "partilhar", "en", "enviar", "por", "correo",
	"artículo", "esta", "notícia", "artigo", "condividi", "su", "invia", "articolo", "udostępnij",
	"artykuł", "поделиться", "в", "соцсетях", "отправить", "статьей", "статьёй", "paylaş", "haberi",
	"μοιραστείτε", "κοινοποίηση", "το", "άρθρο",
	// "E-Mail", "e-mail": wordsIn parts the word at its hyphen.
	"e",
)

var (
	reTimecode   = lazyRegexp(`^\d{1,2}:\d{2}(:\d{2})?$`)
	reCounter    = lazyRegexp(`^(\d+|\d+ ?(of|/) ?\d+|\d+(,\d{3})* ?(comments?|shares?|responses?|replies|reactions?|views?|likes?))$`)
	reVolume     = lazyRegexp(`(?i)(\bvolume \d+%|\d+ seconds? of \d+ (minutes?|seconds?))`)
	volumeWords  = newKeywordSet("volume ", " second")
	reHandleOnly = lazyRegexp(`^(@\w+\s*)+$`)
	reURLOnly    = lazyRegexp(`^(https?://|www\.)\S+$|^\S+\.(?i:jpe?g|png|gif|webp|svg)$`)
	reEmailOnly  = lazyRegexp(`^\S+@\S+\.\w+$`)
	// A comment header such as "jane99 says:" or "Jane Doe says:".
	reCommentBy = lazyRegexp(`(?i)^\S+( \S+){0,3} (says|said|wrote|writes|sagt|schreibt|schrieb|dit|écrit|a écrit|dice|escribe|escribió|scrive|ha scritto|zegt|schreef|diz|escreve|escreveu|pisze|napisał|napisała):$`)
	// "34 responses to “Headline”", "12 Comments", "Comments (4)".
	reCommentsHead = lazyRegexp(`(?i)^(\d+ (comments?|responses?|replies|thoughts)( to .*| on .*)?|comments? \(\d+\)|(show|view|load|read|see) (all )?\d* ?comments?.*|comments are closed.*|join the (conversation|discussion).*|leave a (reply|comment)|discussion|\d+ comments?)$`)
	// How reCommentsHead's alternatives that do not open with a digit
	// open.
	commentsHeads = newKeywordSet("comment", "show ", "view ", "load ", "read ", "see ", "join the ", "leave a ", "discussion")
)

func toSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// junkKey strips from a line in lower case the decorations that vary around
// a button label: trailing counts, colons, arrows, bullets.
func junkKey(low string) string {
	return strings.TrimFunc(low, func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r) || unicode.IsDigit(r)
	})
}

// isJunk reports whether a line is page furniture rather than story text;
// commentsStart is isCommentsStart(ln), which the caller has at hand.
func isJunk(ln line, commentsStart bool) bool {
	t := ln.text
	if ln.runes > 400 {
		return false // far too long for a button or a prompt
	}
	key := ln.key
	if key == "" {
		return true // only digits and punctuation
	}
	if len(key) <= maxJunkExact && junkExact[key] {
		return true
	}
	low := ln.low
	// Each pattern behind the guard its matches need (see guard.go).
	if isTimecode(t) ||
		isDigitByte(low[0]) && reCounter().MatchString(low) ||
		ln.digits > 0 && volumeWords.inLine(&ln) && reVolume().MatchString(t) ||
		t[0] == '@' && reHandleOnly().MatchString(t) ||
		!hasSpace(t) && (mayBeURL(t) && reURLOnly().MatchString(t) || strings.Contains(t, "@") && reEmailOnly().MatchString(t)) ||
		commentsStart {
		return true
	}
	for _, p := range junkPrefixes.byFirst[low[0]] {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	for _, p := range junkPrefixes.byFirst[key[0]] {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	if ln.words <= 15 && containsAnyOf(low, junkContains) {
		return true
	}
	// The label over an advertisement in the story: "Advertisement.
	// Scroll to continue reading." One look, not one more junkContains
	// entry, which each line's every "s" would try.
	if ln.words <= 8 && strings.Contains(low, "scroll to continue") {
		return true
	}
	if ln.words <= 16 && allShareWords(low) {
		return true
	}
	if ln.words <= 6 && sponsorLabel(low) {
		return true
	}
	if isPromoLink(&ln) || teaserLabelled(&ln) {
		return true
	}
	if ln.words <= 8 && isShopButton(&ln) {
		return true
	}
	if ln.words <= 40 && isCreditNote(low) {
		return true
	}
	return NewsletterPitch(low, ln.words)
}

// NewsletterPitch reports a line (low, in lower case, of words words)
// that pitches a newsletter, however long: "Never miss a story — sign up
// for our free daily newsletter to …".
func NewsletterPitch(low string, words int) bool {
	return words <= 50 && strings.Contains(low, "newsletter") && (strings.Contains(low, "sign up") || strings.Contains(low, "subscribe"))
}

// foreignJunkPage reports a page whose lines isForeignJunk reads: one in a
// language other than English. English pages never look its words up:
// their lines read as before, and pay nothing.
func foreignJunkPage(code string) bool { return code != "en" && code != "" }

// isForeignJunk reports the furniture isJunk finds by its English wording
// in other languages: an ad's label, a share, print or subscribe button, a
// prompt to follow, click, comment or sign up, a list of the story's tags,
// a rights, privacy or cookie notice, and a pitch for the site's
// newsletter.
func isForeignJunk(ln *line) bool {
	if ln.runes > 400 || ln.key == "" {
		return false
	}
	if foreignJunkOpens(ln) {
		return true
	}
	low := ln.low
	if ln.words <= 15 && containsAnyOf(low, foreignJunkContains) {
		return true
	}
	// "… o suscribirse aquí a nuestra newsletter", "Abonnez-vous à notre
	// lettre d'information …": a newsletter and a word to sign up for it.
	return ln.words <= 50 && containsAnyOf(low, newsletterNouns) && containsAnyOf(low, signUpStems)
}

// foreignJunkOpens reports a line of a language other than English that
// is a button's label or opens like a prompt or notice ("Wir verwenden
// Cookies …", "Suscríbete …"): isForeignJunk's tests by the line's
// opening, which junkOpens asks too.
func foreignJunkOpens(ln *line) bool {
	if ln.key == "" {
		return false // only digits and punctuation
	}
	if foreignJunkExact[ln.key] {
		return true
	}
	for _, p := range foreignJunkPrefixes.byFirst[ln.low[0]] {
		if strings.HasPrefix(ln.low, p) {
			return true
		}
	}
	for _, p := range foreignJunkPrefixes.byFirst[ln.key[0]] {
		if strings.HasPrefix(ln.key, p) {
			return true
		}
	}
	return false
}

// foreignJunkExact are whole lines (as junkKey leaves them) that label an
// ad or are a button.
var foreignJunkExact = toSet(
	"publicidad", "anuncio", "publicidade", "publicité", "pubblicità", "anzeige", "werbung", "reklama",
	"compartir", "compartilhar", "partager", "condividi", "teilen", "udostępnij",
	"imprimir", "imprimer", "stampa", "drucken", "drukuj",
	"suscríbete", "suscribirse", "assine", "assine já", "abonnez-vous", "s'abonner", "iscriviti", "abbonati",
	"abonnieren", "jetzt abonnieren", "subskrybuj", "zapisz się",
	"comentar", "comentários", "commenter", "commenta", "kommentieren", "skomentuj",
	// An ad's label in more languages.
	"advertentie", "annons", "reklam", "iklan", "quảng cáo", "реклама", "διαφήμιση", "publicitate",
	"إعلان", "اعلان", "विज्ञापन", "广告", "廣告", "広告", "광고", "mainos", "hirdetés",
	// Share and print buttons.
	"delen", "dela", "jaa", "sdílet", "distribuie", "paylaş", "bagikan", "chia sẻ",
	"поделиться", "поділитися", "κοινοποίηση", "μοιραστείτε", "شارك", "مشاركة", "शेयर करें", "शेयर",
	"分享", "分享到", "シェア", "シェアする", "この記事をシェアする", "この記事をシェア", "記事をシェアする", "分享这篇文章", "分享本文", "공유", "공유하기", "printen", "skriv ut", "печать",
	"друк", "yazdır", "cetak", "in bài", "打印", "印刷", "인쇄", "tisk", "tipărește",
	// The same in Danish and Norwegian, Hebrew, Persian, Urdu, Thai,
	// Bengali, the South Slavic languages, Hungarian and Slovak.
	"annonce", "annonse", "del", "del artiklen", "del artikkelen", "פרסומת", "מודעה", "שתפו", "שתף",
	"שיתוף", "הדפסה", "تبلیغات", "آگهی", "اشتراک‌گذاری", "اشتراک گذاری", "هم‌رسانی", "چاپ", "اشتہار",
	"شیئر کریں", "โฆษณา", "แชร์", "แบ่งปัน", "พิมพ์", "বিজ্ঞাপন", "শেয়ার করুন", "oglas", "podijeli",
	"podeli", "megosztás", "zdieľať", "reclamă",
	// A prompt to comment.
	"deja tu comentario", "deixe seu comentário", "deixe o seu comentário", "laissez un commentaire",
	"lascia un commento", "schreiben sie einen kommentar", "kommentar schreiben", "reageer op dit artikel",
	"plaats een reactie", "dodaj komentarz", "оставьте комментарий", "оставить комментарий",
	"залиште коментар", "залишити коментар", "yorum yapın", "yorum yap", "yorum yaz", "tulis komentar",
	"tulis komentar anda", "gửi bình luận", "viết bình luận", "σχολιάστε", "σχολιάστε το άρθρο",
	"أضف تعليقك", "أضف تعليقا", "अपनी टिप्पणी दें", "टिप्पणी करें", "发表评论", "发表评论：",
	"コメントを書く", "コメントする", "댓글을 남겨주세요", "댓글 쓰기", "kommentera", "kommentera artikeln",
	"přidat komentář", "lasă un comentariu", "diskutieren sie mit",
)

// ForeignButton reports a text that is, whole, an ad's label or a share,
// print, subscribe or comment button in a language other than English
// ("Anzeige", "Publicidad", "Compartir", "分享"): the lines
// foreignJunkExact holds, for readers of other formats.
func ForeignButton(text string) bool {
	return len(text) <= 80 && foreignJunkExact[junkKey(strings.ToLower(text))]
}

// foreignJunkPrefixes open prompts and notices.
var foreignJunkPrefixes = byFirstByte(
	// es
	"suscríbete", "suscríbase", "síguenos en", "haz clic", "pulsa aquí", "todos los derechos reservados",
	"política de privacidad", "utilizamos cookies", "usamos cookies", "este sitio web utiliza cookies",
	"descarga nuestra app", "descarga la app", "únete a nuestro canal",
	// pt
	"inscreva-se", "siga-nos", "clique aqui", "todos os direitos reservados", "política de privacidade",
	"este site utiliza cookies", "este site usa cookies", "baixe o app", "baixe nosso app",
	// fr
	"abonnez-vous", "inscrivez-vous à notre", "suivez-nous", "cliquez ici", "tous droits réservés",
	"politique de confidentialité", "nous utilisons des cookies", "ce site utilise des cookies",
	"téléchargez notre application", "téléchargez l'application",
	// it
	"iscriviti alla", "iscriviti al", "seguici su", "clicca qui", "tutti i diritti riservati",
	"informativa sulla privacy", "utilizziamo i cookie", "questo sito utilizza cookie", "scarica la nostra app",
	"scarica l'app",
	// de
	"folgen sie uns", "klicken sie hier", "hier klicken", "alle rechte vorbehalten", "wir verwenden cookies",
	"diese website verwendet cookies", "bleiben sie auf dem laufenden", "verpasse keine", "verpassen sie keine",
	"jetzt abonnieren", "laden sie unsere app",
	// pl
	"obserwuj nas", "kliknij tutaj", "kliknij tu", "zapisz się do", "wszelkie prawa zastrzeżone",
	"polityka prywatności", "używamy plików cookie", "ta strona używa plików cookie", "pobierz aplikację",
	// A list of the story's tags, as "Tags:" opens it in English.
	"schlagwörter:", "schlagworte:", "stichwörter:", "themen:", "mots-clés :", "mots-clés:", "mots clés :",
	"etiquetas:", "palavras-chave:", "tag:", "tags :", "parole chiave:", "argomenti:", "trefwoorden:",
	"tagi:", "słowa kluczowe:", "теги:", "тэги:", "метки:", "ключевые слова:", "теги :", "мітки:",
	"ключові слова:", "etiketler:", "anahtar kelimeler:", "kata kunci:", "từ khóa:", "từ khoá:",
	"thẻ:", "ετικέτες:", "λέξεις-κλειδιά:", "الكلمات المفتاحية:", "الوسوم:", "كلمات مفتاحية:",
	"टैग:", "टैग्स:", "标签：", "标签:", "關鍵字：", "关键词：", "タグ：", "タグ:", "キーワード：",
	"태그:", "태그 :", "키워드:", "ämnen:", "taggar:", "nøkkelord:", "emneord:", "témata:",
	"štítky:", "klíčová slova:", "etichete:", "cuvinte cheie:", "avainsanat:", "címkék:",
	// Cookie notices.
	"мы используем файлы cookie", "ми використовуємо файли cookie", "wij gebruiken cookies",
	"we gebruiken cookies", "vi använder cookies", "sitemizde çerez", "bu sitede çerez",
	"situs ini menggunakan cookie", "situs ini menggunakan cookie", "trang web này sử dụng cookie",
	"χρησιμοποιούμε cookies", "tento web používá soubory cookie", "acest site folosește cookie",
	"يستخدم هذا الموقع ملفات تعريف الارتباط", "यह वेबसाइट कुकीज़", "本网站使用cookie", "当サイトではクッキー",
	"当サイトではcookie", "이 사이트는 쿠키",
	// Tag lists and cookie notices in Danish and Norwegian, Traditional
	// Chinese, Hebrew, Persian, Urdu and Thai.
	"emner:", "stikord:", "stikkord:", "標籤：", "標籤:", "關鍵詞：", "תגיות:", "برچسب‌ها:", "برچسب ها:",
	"برچسب‌ها :", "کلیدواژه‌ها:", "ٹیگز:", "แท็ก:", "คำค้น:", "本網站使用cookie", "本站使用cookie",
	"本網站使用 cookie", "אתר זה משתמש בעוגיות", "האתר משתמש בעוגיות", "אנו משתמשים בעוגיות",
	"این وب‌سایت از کوکی", "این سایت از کوکی", "ما از کوکی", "یہ ویب سائٹ کوکیز", "เว็บไซต์นี้ใช้คุกกี้",
	"เว็บไซต์นี้มีการใช้คุกกี้", "vi bruger cookies", "vi bruker informasjonskapsler",
	// Tag lists and cookie notices in Serbian (both scripts), Croatian,
	// Bulgarian, Slovak, Finnish, Estonian, Malay, Tagalog, Tamil, Telugu,
	// Marathi, Amharic, Georgian, Armenian, Khmer and Burmese.
	"tagovi:", "тагови:", "oznake:", "етикети:", "témy:", "aiheet:", "teemad:", "mga tag:",
	"குறிச்சொற்கள்:", "ట్యాగ్‌లు:", "टॅग्स:", "თეგები:", "պիտակներ՝", "တဂ်များ -",
	"ovaj sajt koristi kolačiće", "овај сајт користи колачиће", "ova stranica koristi kolačiće",
	"ova web stranica koristi kolačiće", "този сайт използва бисквитки", "táto stránka používa súbory cookie",
	"käytämme evästeitä", "see veebileht kasutab küpsiseid", "laman web ini menggunakan kuki",
	"gumagamit ang site na ito ng cookies", "weboldalunk sütiket használ", "គេហទំព័រនេះប្រើខូគី",
	// Cookie notices in Spanish and Vietnamese (as more sites word
	// them), Bengali, Swahili, Hausa and Yoruba.
	"este sitio utiliza cookies", "este sitio usa cookies", "este sitio web usa cookies",
	"trang web sử dụng cookie", "chúng tôi sử dụng cookie", "এই সাইট কুকি", "এই ওয়েবসাইট কুকি",
	"tovuti hii inatumia vidakuzi", "tunatumia vidakuzi", "wannan shafin yana amfani da kukis",
	"wannan shafi yana amfani da kukis", "muna amfani da kukis", "ojú òpó yìí ń lo kúkì", "a ń lo kúkì",
)

// foreignJunkContains mark short lines that carry one of these anywhere.
var foreignJunkContains = anyOf(
	"derechos reservados", "direitos reservados", "droits réservés", "diritti riservati",
	"rechte vorbehalten", "prawa zastrzeżone", "política de privacidad", "política de privacidade",
	"politique de confidentialité", "informativa sulla privacy", "datenschutzerklärung",
	"polityka prywatności", "haz clic aquí", "clique aqui", "cliquez ici", "clicca qui", "hier klicken",
	"kliknij tutaj", "síguenos en", "siga-nos", "suivez-nous", "seguici su", "folgen sie uns", "obserwuj nas",
	"sua caixa de entrada", "votre boîte mail", "votre boîte de réception",
	"nella tua casella", "in ihr postfach", "in dein postfach", "na twoją skrzynkę",
	// A Hindi cookie notice, whose verb comes last: "हम … कुकीज़ का
	// उपयोग करते हैं".
	"कुकीज़ का उपयोग", "कुकीज का उपयोग",
)

// newsletterNouns and signUpStems find a pitch for a newsletter. A
// bulletin is one only when it is the site's ("nuestro boletín"): the
// Spanish and Portuguese official gazettes are bulletins too, and a story
// says that a ministry signed ("suscribió") an agreement published in
// one.
var (
	newsletterNouns = anyOf("newsletter", "nuestro boletín", "nosso boletim", "infolettre",
		"lettre d'information", "lettre d’information", "nieuwsbrief", "nyhetsbrev", "nyhedsbrev",
		"рассылк", "розсилк", "bültenimiz", "e-bülten", "نشرتنا", "النشرة الإخبارية", "न्यूज़लेटर",
		"न्यूजलेटर", "新闻邮件", "电子报", "メールマガジン", "メルマガ", "ニュースレター", "뉴스레터",
		"bản tin", "ενημερωτικό δελτίο", "newsletteru", "newsletterul", "ניוזלטר", "خبرنامه",
		"電子報", "จดหมายข่าว", "hírlevél", "uutiskirje")
	signUpStems = anyOf("suscrib", "suscríb", "inscrev", "inscri", "assin", "abonn", "iscriv", "anmeld",
		"melden sie sich", "zapisz", "subskryb", "schrijf je in", "schrijf u in", "aanmelden",
		"prenumerera", "abonnere", "подпиш", "підпиш", "abone ol", "اشترك", "सदस्यता", "订阅", "訂閱",
		"登録", "購読", "구독", "đăng ký", "berlangganan", "εγγραφείτε", "přihlaste", "abonează",
		// Russian and Ukrainian "подписывайтесь", "підписуйтесь" (the
		// stems above are of "подпишитесь"), Danish "tilmeld", Hebrew,
		// Persian, Thai, Hungarian and Finnish.
		"подпис", "підпис", "tilmeld", "הירשמו", "הרשמו", "הירשם", "עשו מנוי", "عضو شوید", "مشترک شوید",
		"สมัคร", "feliratkoz", "tilaa")
)

// sponsorLabels open the label a site prints over a paid story: "In
// partnership with Example Energy", "Sponsored by Example Bank".
var sponsorLabels = []string{"in partnership with ", "sponsored by ", "paid for by ", "brought to you by ", "presented by "}

// sponsorLabel reports a short line that is one of sponsorLabels and a
// name, no sentence.
func sponsorLabel(low string) bool {
	for _, l := range sponsorLabels {
		if strings.HasPrefix(low, l) {
			return !endsSentence(low)
		}
	}
	return false
}

// allShareWords reports whether every word of a line is a share-button word
// or a count: "Share Tweet Submit", "Facebook Twitter Email LinkedIn".
func allShareWords(low string) bool {
	n := 0
	for w := range wordsIn(low) {
		if !shareWords.has(w) && !isDigits(w) {
			return false
		}
		n++
	}
	return n > 0
}

// isCommentsStart reports whether a line opens a reader-comments section;
// the story never continues past one.
func isCommentsStart(ln *line) bool {
	t := ln.text
	if t == "" {
		return false
	}
	return (isDigitByte(t[0]) || commentsHeads.startsIn(t)) && reCommentsHead().MatchString(t) ||
		strings.HasSuffix(t, ":") && reCommentBy().MatchString(t) ||
		commentsWalls[ln.key]
}

// isCommentBy reports a line that names a speaker and a colon, "Jane
// says:", as a comment's head does; so does a story quoting someone ("As
// Joel writes:"), so such a line opens the comments only where
// commentThreadAt finds a thread around it.
func isCommentBy(ln *line) bool {
	return strings.HasSuffix(ln.text, ":") && reCommentBy().MatchString(ln.text)
}

// commentThreadAt reports whether the "Jane says:" line at i heads a
// reader's comment rather than a quotation: a comment's head is stamped
// with its time on the next line ("November 19, 2019 at 6:34 am", "2 hours
// ago") or follows a "Reply" button or a comments heading. A quotation
// goes on with the quoted words. (Another "says:" line a few lines down
// tells nothing: the comments may start just under a quotation.)
func commentThreadAt(lines []line, i int) bool {
	if i > 0 && (lines[i-1].key == "reply" || isCommentsStart(&lines[i-1]) && !isCommentBy(&lines[i-1])) {
		return true
	}
	if i+1 < len(lines) {
		next := &lines[i+1]
		if next.words <= 12 && (mayHoldDate(next) && len(findDates(next.text, true)) > 0 ||
			mayBeRelDate(next) && reRelDate().MatchString(next.text)) {
			return true
		}
	}
	return false
}

// commentsWalls are whole lines (as junkKey reads them) that open reader
// comments.
var commentsWalls = toSet("comments", "reader comments", "log in to comment", "sign in to comment",
	"login to comment", "you must be logged in to post a comment", "sort by best", "sort by newest",
	"sort by oldest", "commentaires", "kommentare", "comentarios", "commenti", "reacties", "comentários",
	"komentarze", "комментарии", "коментарі", "yorumlar", "komentar", "bình luận", "التعليقات", "تعليقات",
	"评论", "評論", "留言", "コメント", "댓글", "ความคิดเห็น", "टिप्पणियाँ",
	"diskuse", "komentáře", "diskusia", "komentáre", "kommentarer", "kommentit", "kommentaarid", "σχόλια",
	"תגובות", "hozzászólások", "kommentek", "comentarii", "komentari", "komentarji", "komentarai",
	"komentāri", "коментари", "نظرات")

// mayBeURL reports whether reURLOnly could match t: it opens with http or
// www. (in that case), or ends in a dot and a picture's file extension.
func mayBeURL(t string) bool {
	return strings.HasPrefix(t, "http") || strings.HasPrefix(t, "www.") || strings.Contains(t, ".")
}

// isTimecode reports a player's clock: "1:26", "01:02:03".
func isTimecode(t string) bool {
	return len(t) >= 4 && len(t) <= 8 && isDigitByte(t[0]) && reTimecode().MatchString(t)
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isCreditNote reports the notes a story ends with that credit other
// writers or give the writer's address: "Jane Doe contributed to this
// report.", "Jane Doe can be reached at jdoe@example.com."
func isCreditNote(low string) bool {
	// Both notes of the first kind say "contributed ", which most lines
	// do not: one search rules out both.
	return strings.Contains(low, "contributed ") && (strings.Contains(low, "contributed to this report") || strings.Contains(low, "contributed reporting")) ||
		strings.Contains(low, "can be reached at") && (strings.Contains(low, "@") || digitCount(low) >= 7)
}

// A form under the story (name, e-mail, comment) opens the readers'
// part of the page, in any language: three field labels or more on
// consecutive lines, as the fields themselves leave no text ("Nombre
// (*):", "E-mail *", "Comentario:"). A sign-up box (a name and an e-mail)
// asks for less. Only below some paragraphs of prose, so that a search or
// log-in box over the story is not read as the end of it.

// isFieldLabel reports a line that labels a form's field: a word or
// three, not opening in small letters (code, a setting), of letters only
// but for a closing colon or required-field star.
func isFieldLabel(ln *line) bool {
	if ln.words == 0 || ln.words > 3 || ln.runes > 40 {
		return false
	}
	t := strings.TrimSpace(ln.text)
	label, ok := strings.CutSuffix(t, ":")
	if !ok {
		label, ok = strings.CutSuffix(t, "：")
	}
	label = strings.TrimSpace(label)
	if l, star := strings.CutSuffix(label, "(*)"); star {
		label, ok = l, true
	} else if l, star := strings.CutSuffix(label, "*"); star {
		label, ok = l, true
	}
	label = strings.TrimSpace(label)
	if !ok || label == "" || unicode.IsLower(firstLetter(label)) {
		return false
	}
	for _, r := range label {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != ' ' && r != '-' {
			return false
		}
	}
	return true
}

// markForms makes the first label of a form below three paragraphs a
// wall, and every label of it junk.
func (p *page) markForms() {
	prose := 0
	for i := range p.lines {
		ln := &p.lines[i]
		if endsSentenceAny(ln.text) && ln.width >= 80 {
			prose++
		}
		if prose < 3 || !isFieldLabel(ln) {
			continue
		}
		j := i
		for j < len(p.lines) && isFieldLabel(&p.lines[j]) {
			j++
		}
		if j-i < 3 {
			continue
		}
		p.ann[i].set(roleWall, true)
		for k := i; k < j; k++ {
			p.ann[k].set(roleJunk, true)
		}
		return
	}
}

// A site's notes about itself are printed between or under a story's
// paragraphs and read like prose: that it earns from the links in the
// post, that the views are the writer's own, that the text is no advice.
// Such a note says what it is about (links, commissions, views, purposes)
// and whom (the site or the writer: "we", "my", "this post"); a story
// about affiliate marketing names the first and not the second.

// noteTopics are what a site's note about itself is about.
var noteTopics = []string{"affiliate link", "affiliate partner", "commission", "qualifying purchases",
	"views expressed", "opinions expressed", "purposes only", "substitute for professional",
	"substitute for medical", "independently selected", "independently review", "do not provide tax",
	"does not provide tax"}

// noteSelves are the words by which such a note points at the site or the
// writer, spaced as noteWords leaves them.
var noteSelves = []string{" we ", " we'", " our ", " i ", " i'", " my ", " this post ", " this page ",
	" this article ", " this blog ", " this website ", " this site ", " this material ", " these links "}

// noteMaxWords is the longest such note: a paragraph longer than this is
// the story's own.
const noteMaxWords = 80

// isSiteNote reports a site's note about itself (a disclosure of paid
// links, a disclaimer) by its wording.
func isSiteNote(ln *line) bool {
	if ln.words > noteMaxWords || !containsAnyOf(ln.low, noteHints) {
		return false
	}
	w := noteWords(ln.low)
	return slices.ContainsFunc(noteTopics, func(s string) bool { return strings.Contains(w, s) }) &&
		slices.ContainsFunc(noteSelves, func(s string) bool { return strings.Contains(w, s) })
}

// noteHints are the words one of which every site's note holds; one pass
// over a line finds any of them (most lines asked are the story's).
var noteHints = anyOf("commission", "affiliate", "expressed", "purposes only", "substitute for",
	"independently", "provide tax", "qualifying")

// noteWords returns the lower-case line with every run of characters
// other than letters, digits and apostrophes made one space, and a space
// at each end, so that phrases match whole words.
func noteWords(low string) string {
	var b strings.Builder
	b.Grow(len(low) + 2)
	b.WriteByte(' ')
	space := true
	for _, r := range low {
		switch {
		case r == '’' || r == '\'':
			b.WriteByte('\'')
			space = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			space = false
		case !space:
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}
