package pagetext

import (
	"slices"
	"strings"
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
}

// originStems hold, for each language of originPhrases, what every
// phrase of it holds, asked of a line before the phrases themselves:
// most lines hold none, and a page in another language is not asked.
var originStems = map[string][]string{
	"de": {"zuerst", "ursprünglich"}, "es": {"originalmente"}, "pt": {"originalmente"},
	"fr": {"initialement", "l'origine"}, "it": {"originariamente", "prima volta"}, "nl": {"oorspronkelijk", "eerder"},
}

// originPreps and originArticles may stand between a phrase and the
// name: "im", "en el", "dans le", "op de". An article in capitals is
// part of the name ("Le Monde"), so only lower-case ones are dropped.
var (
	originPreps    = toSet("im", "in", "bei", "auf", "von", "en", "por", "no", "na", "em", "pelo", "pela", "dans", "sur", "par", "chez", "su", "da", "sul", "sulla", "nel", "nella", "op", "door", "bij")
	originArticles = toSet("der", "dem", "den", "die", "das", "el", "la", "los", "las", "le", "les", "il", "lo", "o", "a", "het", "de", "site", "sitio", "portal", "website")
)

// originTails end the name in the languages of originPhrases: a date
// ("am 3. März", "el 3 de mayo", "le 3 mai"), a conjunction, a licence.
var originTails = []string{" am ", " el ", " le ", " il ", " em ", " op ", " und ", " y ", " et ", " e ", " en ", " au ", " im ", " sous ", " unter ", " bajo ", " con ", " avec ", " mit ", " sotto ", " onder "}

// storyWords name the piece itself ("Dieser Artikel erschien zuerst …"),
// which a credit line says and prose about a book or a film ("Der Roman
// erschien zuerst im Verlag …") does not.
var storyWords = []string{"artikel", "beitrag", "text", "article", "artículo", "articolo", "artigo", "nota", "reportage", "bericht", "interview", "entrevista", "intervista", "kolumne", "columna", "crónica", "cronaca", "stuk"}

// mayOriginateElsewhere reports whether a line in lower case may hold
// one of originPhrases as a credit: a short line, or one that names the
// piece.
func mayOriginateElsewhere(low, code string, words int) bool {
	stems := originStems[code]
	if stems == nil || !slices.ContainsFunc(stems, func(s string) bool { return strings.Contains(low, s) }) {
		return false
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
	for _, ph := range originPhrases {
		k := strings.Index(low, ph)
		if k < 0 {
			continue
		}
		f := strings.Fields(s[k+len(ph):])
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
		return cleanOutletName(rest), ""
	}
	return "", ""
}
