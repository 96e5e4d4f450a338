package pagetext

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Outside English a page says where its story first ran in phrases of
// its own language: "Dieser Artikel erschien zuerst im Example Kurier",
// "Publicado originalmente en Diario Ejemplo", "Cet article a été
// initialement publié par Le Courrier". originPhrases are those phrases
// in lower case; the outlet's name follows them after a preposition and
// perhaps an article.
var originPhrases = []string{
	"erschien zuerst", "zuerst erschienen", "erschien ursprünglich", "ursprünglich erschienen", "ursprünglich veröffentlicht", "zuerst veröffentlicht",
	"publicado originalmente", "originalmente publicado", "publicada originalmente", "originalmente publicada", "publicó originalmente", "apareció originalmente",
	"initialement publié", "publié initialement", "publiée initialement", "publié à l'origine", "publiée à l'origine", "paru initialement", "initialement paru",
	"pubblicato originariamente", "originariamente pubblicato", "pubblicata originariamente", "originariamente pubblicata", "apparso originariamente",
	"pubblicato per la prima volta", "apparso per la prima volta",
	"oorspronkelijk gepubliceerd", "verscheen eerder", "eerder verschenen", "verscheen oorspronkelijk",
	"ukazał się pierwotnie", "pierwotnie ukazał się", "ukazał się po raz pierwszy", "opublikowany pierwotnie", "pierwotnie opublikowany",
	"publicerades först", "publicerades ursprungligen", "ursprungligen publicerad", "blev først bragt", "blev først publiceret",
	"oprindeligt publiceret", "ble først publisert", "opprinnelig publisert",
	"впервые опубликован", "первоначально опубликован", "впервые вышел", "впервые вышла", "вперше опублікован", "вперше вийшла", "вперше вийшов",
	"původně vyšel", "původně vyšla", "původně publikován", "poprvé vyšel", "poprvé vyšla",
	"publicat inițial", "a apărut inițial", "publicat pentru prima dată", "pertama kali diterbitkan", "pertama kali dipublikasikan",
	"首发于", "首發於", "原载于", "原載於", "نشر هذا المقال أولا", "نشر أولا", "نشرت أولا", "نُشر أولاً", "نشر أولاً",
	"d'abord été publié", "d'abord publié", "最初发表于", "最初發表於", "أصلاً في", "أصلا في",
	// A story another site let this one print again: "Reprinted with
	// permission from Example News", "Przedruk za zgodą redakcji …".
	"reprinted with permission from", "republished with permission from", "reprinted with permission of", "reprinted from", "republished from",
	"mit freundlicher genehmigung von", "mit freundlicher genehmigung", "avec l'aimable autorisation de", "avec l'autorisation de",
	"reproducido con permiso de", "reproducido con autorización de", "per gentile concessione di", "reproduzido com autorização",
	"reproduzido com permissão", "overgenomen met toestemming van", "overgenomen van", "przedruk za zgodą", "publicerad med tillstånd av",
	"перепечатано с разрешения", "публикуется с разрешения", "أعيد نشره بإذن من", "بإذن من",
}

// originWraps hold the name between two parts, in the languages that
// put the verb last: "Bu yazı ilk olarak Körfez Postası sitesinde
// yayımlandı", "この記事は港湾新報に掲載されたものです", "이 기사는 해안일보에 처음
// 게재됐습니다", "A cikk eredetileg a Kikötői Hírlap oldalon jelent meg".
var originWraps = [][2]string{{"ilk olarak ", " sitesinde"}, {"ilk olarak ", " gazetesinde"}, {"ilk olarak ", " dergisinde"},
	{"この記事は", "に掲載"}, {"本記事は", "に掲載"}, {"この記事は", "で掲載"}, {"이 기사는 ", "에 처음"}, {"이 글은 ", "에 처음"},
	{"eredetileg a ", " oldalon"}, {"eredetileg az ", " oldalon"}, {"eredetileg a ", " című"},
	{"この記事は", "で最初に"}, {"이 기사는 ", "에 먼저"}, {"ilk olarak ", "'"}, {"ilk olarak ", "’"},
	// "港湾新報の許可を得て転載", "经海滨日报授权转载", "해안일보의 허락을 받아", "Liman Gazetesi'nin izniyle".
	{"", "の許可を得て転載"}, {"经", "授权转载"}, {"經", "授權轉載"}, {"", "의 허락을 받아"},
	{"", "'nin izniyle"}, {"", "'nın izniyle"}, {"", "'in izniyle"}, {"", "'ın izniyle"}}

// originStems hold, for each language of originPhrases, what every
// phrase of it holds, asked of a line before the phrases themselves:
// most lines hold none, and a page in another language is not asked.
var originStems = map[string][]string{
	"en": {"reprinted", "republished"},
	"de": {"zuerst", "ursprünglich", "genehmigung"}, "es": {"originalmente", "reproducido"}, "pt": {"originalmente", "reproduzido"},
	"fr": {"initialement", "l'origine", "d'abord", "autorisation"}, "it": {"originariamente", "prima volta", "concessione"},
	"nl": {"oorspronkelijk", "eerder", "overgenomen"},
	"pl": {"pierwotnie", "po raz pierwszy", "przedruk"}, "sv": {"först", "ursprungligen", "tillstånd"}, "da": {"først", "oprindeligt"}, "no": {"først", "opprinnelig"},
	"nb": {"først", "opprinnelig"}, "ru": {"впервые", "первоначально", "разрешени"}, "uk": {"вперше"}, "cs": {"původně", "poprvé"},
	"ro": {"inițial", "prima dată"}, "id": {"pertama kali"}, "zh": {"首发", "首發", "原载", "原載", "发表于", "發表於", "转载", "轉載"},
	"ar": {"أولا", "أصلا", "أصلاً", "بإذن"},
	"tr": {"ilk olarak", "izniyle"}, "ja": {"掲載", "最初に", "転載"}, "ko": {"처음", "먼저", "허락"}, "hu": {"eredetileg"},
}

// reprintStems are what a Chinese or Japanese line saying the story is
// printed with another site's leave holds: such a line opens with the
// site's name, not with the piece's.
var reprintStems = []string{"转载", "轉載", "転載"}

// originPreps and originArticles may stand between a phrase and the
// name: "im", "en el", "dans le", "op de". An article in capitals is
// part of the name ("Le Monde"), so only lower-case ones are dropped.
var (
	originPreps = toSet("im", "in", "bei", "auf", "von", "en", "por", "no", "na", "em", "pelo", "pela", "dans", "sur", "par", "chez", "su", "da", "sul", "sulla", "nel", "nella", "op", "door", "bij",
		"w", "we", "przez", "i", "på", "hos", "av", "в", "во", "на", "у", "v", "ve", "pe", "în", "di", "oleh", "في")
	originArticles = toSet("der", "dem", "den", "die", "das", "el", "la", "los", "las", "le", "les", "il", "lo", "o", "a", "het", "de", "site", "sitio", "portal", "website",
		"издании", "журнале", "газете", "сайте", "виданні", "журналі", "газеті", "сайті", "serwisie", "portalu", "łamach", "redakcji", "magazínu", "deníku", "صحيفة", "موقع")
)

// originTails end the name in the languages of originPhrases: a date
// ("am 3. März", "el 3 de mayo", "le 3 mai"), a conjunction, a licence.
var originTails = []string{" am ", " el ", " le ", " il ", " em ", " op ", " und ", " y ", " et ", " e ", " en ", " au ", " im ", " sous ", " unter ", " bajo ", " con ", " avec ", " mit ", " sotto ", " onder "}

// storyWords name the piece itself ("Dieser Artikel erschien zuerst …"),
// which a credit line says and prose about a book or a film ("Der Roman
// erschien zuerst im Verlag …") does not.
var storyWords = []string{"artikel", "beitrag", "text", "article", "artículo", "articolo", "artigo", "nota", "reportage", "bericht", "interview", "entrevista", "intervista", "kolumne", "columna", "crónica", "cronaca", "stuk",
	"artykuł", "wywiad", "статья", "материал", "стаття", "матеріал", "článek", "rozhovor", "articol", "本文", "原文", "本記事", "この記事", "المقال", "yazı", "haber", "기사", "cikk"}

// mayOriginateElsewhere reports whether a line in lower case may hold
// one of originPhrases as a credit: a short line, or one that names the
// piece.
func mayOriginateElsewhere(low, code string, words int) bool {
	stems := originStems[code]
	if stems == nil || !slices.ContainsFunc(stems, func(s string) bool { return strings.Contains(low, s) }) {
		return false
	}
	// Chinese and Japanese write no spaces, so a sentence counts as a
	// word or two there, and a word may stand inside a longer one ("本文"
	// in "一本文学杂志"): only a line that opens by naming the piece ("本文原载于
	// …") is a credit.
	if code == "zh" || code == "ja" {
		return slices.ContainsFunc(storyWords, func(s string) bool { return strings.HasPrefix(low, s) }) ||
			words <= 3 && utf8.RuneCountInString(low) <= 40 && slices.ContainsFunc(reprintStems, func(s string) bool { return strings.Contains(low, s) })
	}
	return words <= 12 || slices.ContainsFunc(storyWords, func(s string) bool { return strings.Contains(low, s) })
}

// originallyElsewhere returns the outlet and the address a line outside
// English says the story first ran at, or "".
func originallyElsewhere(s string) (outlet, addr string) {
	if len(s) > 400 {
		return "", ""
	}
	low := strings.ToLower(s)
	if len(low) != len(s) {
		return "", "" // a letter whose lower case is longer: the offsets below would not hold
	}
	for _, w := range originWraps {
		if _, rest, ok := strings.Cut(low, w[0]); ok {
			if k := strings.Index(rest, w[1]); k > 0 {
				start := len(low) - len(rest)
				return checkOutletName(trimOutletName(s[start:start+k]), true), ""
			}
		}
	}
	for _, ph := range originPhrases {
		k := strings.Index(low, ph)
		if k < 0 {
			continue
		}
		// The phrase may end inside a word, whose ending tells its
		// gender ("опубликована", "ukazała"): the name follows the word.
		e := k + len(ph)
		for e < len(s) {
			r, w := utf8.DecodeRuneInString(s[e:])
			if !unicode.IsLower(r) {
				break
			}
			e += w
		}
		f := strings.Fields(s[e:])
		if len(f) > 0 && originPreps[strings.ToLower(f[0])] {
			f = f[1:]
		}
		for len(f) > 0 && originArticles[f[0]] {
			f = f[1:]
		}
		rest := strings.Join(f, " ")
		if u := firstURL(rest); u != "" {
			return hostOf(u), u
		}
		for _, cut := range originTails {
			if k := strings.Index(rest, cut); k > 0 {
				rest = rest[:k]
			}
		}
		if d := domainIn(strings.TrimRight(rest, ".")); d != "" && strings.HasPrefix(rest, d) {
			return d, ""
		}
		// "本文首发于海滨日报。": a sentence in Chinese or Arabic script ends
		// with its own stop, or goes on after a comma.
		if k := strings.IndexAny(rest, "。，,،"); k > 0 {
			rest = rest[:k]
		}
		return checkOutletName(trimOutletName(rest), true), ""
	}
	return "", ""
}
