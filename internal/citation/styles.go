package citation

import (
	"strconv"
	"strings"
	"time"
)

// APA formats w as an APA (7th edition) reference to a newspaper article
// read online: authors with initials, the date in brackets ("n.d." when
// unknown), the headline, the publication in italics, the link. Without a
// byline the headline takes the authors' place.
func APA(w Work) Reference {
	var b builder
	names := w.names()
	date := "(n.d.). "
	if w.Published != nil {
		y, m, d := dateParts(w.Published)
		date = "(" + strconv.Itoa(y) + ", " + m.String() + " " + strconv.Itoa(d) + "). "
	}
	if len(names) == 0 {
		b.plain("%s %s", sentence(w.Title), date)
	} else {
		b.plain("%s %s%s ", sentence(apaAuthors(names)), date, sentence(w.Title))
	}
	if w.Outlet != "" {
		b.italic(w.Outlet)
		b.plain(". ")
	}
	b.plain("%s", w.URL)
	return b.ref
}

func apaName(n Name) string {
	if n.Literal != "" {
		return n.Literal
	}
	s := n.Family + ", " + initials(n.Given)
	if n.Suffix != "" {
		s += ", " + n.Suffix
	}
	return s
}

// apaAuthors lists up to 20 authors, "&" before the last; of more, the
// first 19, an ellipsis and the last.
func apaAuthors(names []Name) string {
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = apaName(n)
	}
	switch {
	case len(parts) == 1:
		return parts[0]
	case len(parts) > 20:
		return strings.Join(parts[:19], ", ") + ", . . . " + parts[len(parts)-1]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + ", & " + parts[len(parts)-1]
}

// MLA formats w as an MLA (9th edition) works-cited entry: the first
// author inverted ("et al." for three or more), the headline in quotation
// marks, the publication in italics, the date, the link without its
// scheme, and the access date.
func MLA(w Work) Reference {
	var b builder
	names := w.names()
	switch len(names) {
	case 0:
	case 1:
		b.plain("%s ", sentence(names[0].inverted()))
	case 2:
		b.plain("%s, and %s ", names[0].inverted(), sentence(names[1].natural()))
	default:
		b.plain("%s, et al. ", names[0].inverted())
	}
	b.plain("“%s” ", sentence(w.Title))
	var rest []string
	if w.Published != nil {
		rest = append(rest, mlaDate(*w.Published))
	}
	rest = append(rest, withoutScheme(w.URL))
	if w.Outlet != "" {
		b.italic(w.Outlet)
		b.plain(", ")
	}
	b.plain("%s. Accessed %s.", strings.Join(rest, ", "), mlaDate(w.Accessed))
	return b.ref
}

var mlaMonths = [...]string{"Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}

func mlaDate(t time.Time) string {
	y, m, d := t.Date()
	return strconv.Itoa(d) + " " + mlaMonths[m-1] + " " + strconv.Itoa(y)
}

// Chicago formats w as a Chicago (17th edition) bibliography entry for a
// newspaper article: authors (all up to ten; of more, seven and "et al."),
// the headline in quotation marks, the publication in italics, the date,
// the link. An unsigned article is listed under the publication's name; an
// undated one says "n.d." and when it was accessed.
func Chicago(w Work) Reference {
	var b builder
	names := w.names()
	date := "n.d. Accessed " + longDate(w.Accessed)
	if w.Published != nil {
		date = longDate(*w.Published)
	}
	title := "“" + sentence(w.Title) + "”"
	switch {
	case len(names) > 0:
		b.plain("%s %s ", sentence(chicagoAuthors(names)), title)
		if w.Outlet != "" {
			b.italic(w.Outlet)
			b.plain(", ")
		}
	case w.Outlet != "":
		b.italic(w.Outlet)
		b.plain(". %s ", title)
	default:
		b.plain("%s ", title)
	}
	b.plain("%s. %s.", date, w.URL)
	return b.ref
}

func chicagoAuthors(names []Name) string {
	if len(names) > 10 {
		parts := []string{names[0].inverted()}
		for _, n := range names[1:7] {
			parts = append(parts, n.natural())
		}
		return strings.Join(parts, ", ") + ", et al"
	}
	parts := []string{names[0].inverted()}
	for _, n := range names[1:] {
		parts = append(parts, n.natural())
	}
	switch len(parts) {
	case 1:
		return parts[0]
	case 2:
		return parts[0] + ", and " + parts[1]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + ", and " + parts[len(parts)-1]
}

func longDate(t time.Time) string { return t.Format("January 2, 2006") }
