package citation

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Content types of the exchange formats.
const (
	BibTeXType = "application/x-bibtex; charset=utf-8"
	RISType    = "application/x-research-info-systems; charset=utf-8"
	CSLType    = "application/vnd.citationstyles.csl+json; charset=utf-8"
)

// note says where the text was first published and that this is the
// archive's copy, for the formats' free-text note field.
func (w Work) note() string {
	n := "Archived copy"
	if w.Archive != "" {
		n += " in " + w.Archive
	}
	n += ", first stored " + w.Accessed.UTC().Format(time.DateOnly)
	if w.OriginalURL != "" {
		n += "; originally published at " + w.OriginalURL
	}
	return n
}

// BibTeX writes w as one biblatex/BibTeX @article entry of the newspaper
// subtype: every special character of TeX is escaped, and names that are
// not a person's are braced so that no program splits them.
func BibTeX(w Work) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "@article{%s,\n", bibKey(w.ID))
	field := func(name, value string) {
		if value != "" {
			fmt.Fprintf(&b, "  %s = {%s},\n", name, value)
		}
	}
	field("entrysubtype", "newspaper")
	// Double braces keep the headline's capitals as they are.
	field("title", "{"+texEscape(w.Title)+"}")
	var authors []string
	for _, n := range w.names() {
		if n.Literal != "" {
			authors = append(authors, "{"+texEscape(n.Literal)+"}")
			continue
		}
		a := texEscape(n.Family)
		if n.Suffix != "" {
			a += ", " + texEscape(n.Suffix)
		}
		authors = append(authors, a+", "+texEscape(n.Given))
	}
	field("author", strings.Join(authors, " and "))
	field("journal", texEscape(w.Outlet))
	field("journaltitle", texEscape(w.Outlet))
	if w.Published != nil {
		y, m, _ := dateParts(w.Published)
		field("year", fmt.Sprint(y))
		field("month", fmt.Sprint(int(m)))
		field("date", w.Published.Format(time.DateOnly))
	}
	field("url", texEscape(w.URL))
	field("urldate", w.Accessed.UTC().Format(time.DateOnly))
	field("langid", texEscape(w.Language))
	field("note", texEscape(w.note()))
	b.WriteString("}\n")
	return []byte(b.String())
}

// bibKey keeps the characters a citation key may hold.
func bibKey(id string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x80 && (r == '-' || r == '_' || r == ':' || r == '.' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return r
		}
		return '-'
	}, id)
}

var texEscaper = strings.NewReplacer(
	`\`, `\textbackslash{}`, `{`, `\{`, `}`, `\}`, `$`, `\$`, `&`, `\&`, `#`, `\#`,
	`%`, `\%`, `_`, `\_`, `^`, `\^{}`, `~`, `\~{}`)

func texEscape(s string) string { return texEscaper.Replace(oneLine(s)) }

// oneLine folds line breaks and tabs: every format here is line-based or
// reads a field as one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// RIS writes w as one RIS record of type NEWS (newspaper), lines "TG  - "
// ending in CR LF as the RIS specification asks.
func RIS(w Work) []byte {
	var b strings.Builder
	line := func(tag, value string) {
		value = oneLine(value)
		if value == "" {
			return
		}
		b.WriteString(tag + "  - " + value + "\r\n")
	}
	b.WriteString("TY  - NEWS\r\n")
	line("TI", w.Title)
	for _, n := range w.names() {
		// The specification limits a name to 255 characters.
		line("AU", truncate(n.inverted(), 255))
	}
	line("T2", w.Outlet)
	line("PB", w.Outlet)
	if w.Published != nil {
		y, m, d := dateParts(w.Published)
		line("PY", fmt.Sprintf("%04d", y))
		line("DA", fmt.Sprintf("%04d/%02d/%02d/", y, m, d))
	}
	line("UR", w.URL)
	line("Y2", w.Accessed.UTC().Format("2006/01/02"))
	line("LA", w.Language)
	line("DB", w.Archive)
	line("N1", w.note())
	b.WriteString("ER  - \r\n")
	return []byte(b.String())
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 { // not within a character
		n--
	}
	return s[:n]
}

// cslItem is a CSL-JSON item (the input format of the Citation Style
// Language processors, which Zotero and Mendeley read and write).
type cslItem struct {
	ID             string    `json:"id"`
	Type           string    `json:"type"`
	Title          string    `json:"title"`
	Author         []cslName `json:"author,omitempty"`
	ContainerTitle string    `json:"container-title,omitempty"`
	Publisher      string    `json:"publisher,omitempty"`
	Issued         *cslDate  `json:"issued,omitempty"`
	Accessed       *cslDate  `json:"accessed,omitempty"`
	URL            string    `json:"URL,omitempty"`
	Language       string    `json:"language,omitempty"`
	Archive        string    `json:"archive,omitempty"`
	Note           string    `json:"note,omitempty"`
}

type cslName struct {
	Family  string `json:"family,omitempty"`
	Given   string `json:"given,omitempty"`
	Suffix  string `json:"suffix,omitempty"`
	Literal string `json:"literal,omitempty"`
}

type cslDate struct {
	DateParts [][]int `json:"date-parts"`
}

func cslDateOf(t time.Time) *cslDate {
	y, m, d := t.Date()
	return &cslDate{DateParts: [][]int{{y, int(m), d}}}
}

// CSL writes w as a CSL-JSON array of one "article-newspaper" item.
func CSL(w Work) ([]byte, error) {
	it := cslItem{
		ID:             w.ID,
		Type:           "article-newspaper",
		Title:          oneLine(w.Title),
		ContainerTitle: w.Outlet,
		Publisher:      w.Outlet,
		Accessed:       cslDateOf(w.Accessed.UTC()),
		URL:            w.URL,
		Language:       w.Language,
		Archive:        w.Archive,
		Note:           w.note(),
	}
	for _, n := range w.names() {
		it.Author = append(it.Author, cslName(n))
	}
	if w.Published != nil {
		it.Issued = cslDateOf(*w.Published)
	}
	b, err := json.MarshalIndent([]cslItem{it}, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("csl-json: %w", err)
	}
	return append(b, '\n'), nil
}
