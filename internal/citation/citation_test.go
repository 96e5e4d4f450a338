package citation_test

import (
	"bytes"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/morgue-archive/morgue/internal/citation"
)

var (
	published = time.Date(2025, 3, 27, 10, 45, 0, 0, time.FixedZone("EDT", -4*3600))
	stored    = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
)

// twoAuthors is an article with a byline of two and a date.
var twoAuthors = citation.Work{
	ID:          "morgue-7",
	Title:       "Harbour reopens after the storm",
	Authors:     []string{"Jane Doe", "Jean-Paul van der Berg"},
	Outlet:      "Example News",
	Published:   &published,
	URL:         "https://archive.example/a/7",
	OriginalURL: "https://example.com/harbour?x=1&y=2",
	Accessed:    stored,
	Language:    "en",
	Archive:     "morgue",
}

// anonymous has neither byline nor date, and a headline ending in a
// question mark.
var anonymous = citation.Work{
	ID:       "morgue-8",
	Title:    "Will the harbour reopen?",
	Outlet:   "Example News",
	URL:      "https://archive.example/a/8",
	Accessed: stored,
	Archive:  "morgue",
}

func TestReferenceStrings(t *testing.T) {
	for _, c := range []struct {
		name string
		got  citation.Reference
		want string
	}{
		{"APA, two authors", citation.APA(twoAuthors),
			"Doe, J., & van der Berg, J.-P. (2025, March 27). Harbour reopens after the storm. *Example News*. https://archive.example/a/7"},
		{"APA, no author, no date", citation.APA(anonymous),
			"Will the harbour reopen? (n.d.). *Example News*. https://archive.example/a/8"},
		{"MLA, two authors", citation.MLA(twoAuthors),
			"Doe, Jane, and Jean-Paul van der Berg. “Harbour reopens after the storm.” *Example News*, 27 Mar. 2025, archive.example/a/7. Accessed 2 Jan. 2026."},
		{"MLA, no author, no date", citation.MLA(anonymous),
			"“Will the harbour reopen?” *Example News*, archive.example/a/8. Accessed 2 Jan. 2026."},
		{"Chicago, two authors", citation.Chicago(twoAuthors),
			"Doe, Jane, and Jean-Paul van der Berg. “Harbour reopens after the storm.” *Example News*, March 27, 2025. https://archive.example/a/7."},
		{"Chicago, no author, no date", citation.Chicago(anonymous),
			"*Example News*. “Will the harbour reopen?” n.d. Accessed January 2, 2026. https://archive.example/a/8."},
	} {
		var b strings.Builder
		for _, p := range c.got {
			if p.Italic {
				b.WriteString("*" + p.Text + "*")
			} else {
				b.WriteString(p.Text)
			}
		}
		if b.String() != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, b.String(), c.want)
		}
	}
}

func TestSplitName(t *testing.T) {
	for in, want := range map[string]citation.Name{
		"Jane Doe":                  {Family: "Doe", Given: "Jane"},
		"Emmanuel Alejandro Rondón": {Family: "Rondón", Given: "Emmanuel Alejandro"},
		"Anna van der Berg":         {Family: "van der Berg", Given: "Anna"},
		"Martin Luther King Jr.":    {Family: "King", Given: "Martin Luther", Suffix: "Jr."},
		"Reuters":                   {Literal: "Reuters"},
		"Associated Press":          {Literal: "Associated Press"},
		"Metro Desk Staff":          {Literal: "Metro Desk Staff"},
	} {
		if got := citation.SplitName(in); got != want {
			t.Errorf("SplitName(%q) = %+v, want %+v", in, got, want)
		}
	}
}

// cslSchema is the CSL project's own JSON Schema of CSL-JSON (see
// testdata/README.md): what Zotero, Mendeley and citeproc read.
func cslSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open("testdata/csl-data.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("csl-data.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("csl-data.json")
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func TestCSLJSONMatchesTheSchema(t *testing.T) {
	sch := cslSchema(t)
	// The schema must be able to fail: an unknown type and an unknown
	// field are refused.
	for _, bad := range []string{`[{"id": "x", "type": "newspaper-article"}]`, `[{"id": "x", "type": "article-newspaper", "url": "u"}]`} {
		inst, _ := jsonschema.UnmarshalJSON(strings.NewReader(bad))
		if sch.Validate(inst) == nil {
			t.Fatalf("the schema accepts %s", bad)
		}
	}
	for _, w := range []citation.Work{twoAuthors, anonymous} {
		out, err := citation.CSL(w)
		if err != nil {
			t.Fatal(err)
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("%s: not JSON: %v", w.ID, err)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("%s: not valid CSL-JSON: %v\n%s", w.ID, err, out)
		}
	}
	// And the values are the article's.
	out, _ := citation.CSL(twoAuthors)
	var items []map[string]any
	json.Unmarshal(out, &items)
	got, _ := json.Marshal(map[string]any{"type": items[0]["type"], "author": items[0]["author"],
		"issued": items[0]["issued"], "accessed": items[0]["accessed"], "URL": items[0]["URL"],
		"container-title": items[0]["container-title"]})
	want := `{"URL":"https://archive.example/a/7","accessed":{"date-parts":[[2026,1,2]]},` +
		`"author":[{"family":"Doe","given":"Jane"},{"family":"van der Berg","given":"Jean-Paul"}],` +
		`"container-title":"Example News","issued":{"date-parts":[[2025,3,27]]},"type":"article-newspaper"}`
	if string(got) != want {
		t.Errorf("CSL-JSON values:\n got %s\nwant %s", got, want)
	}
	out, _ = citation.CSL(anonymous)
	if bytes.Contains(out, []byte(`"issued"`)) || bytes.Contains(out, []byte(`"author"`)) {
		t.Errorf("an undated, unsigned article got a date or an author:\n%s", out)
	}
}

// risTags are the tags of the RIS specification (RefMan, "RIS Format
// Specifications"); risTypes the reference types used here.
var risTags = map[string]bool{
	"TY": true, "A1": true, "A2": true, "A3": true, "A4": true, "AB": true, "AD": true, "AN": true, "AU": true,
	"AV": true, "BT": true, "C1": true, "C2": true, "C3": true, "C4": true, "C5": true, "C6": true, "C7": true,
	"C8": true, "CA": true, "CN": true, "CP": true, "CT": true, "CY": true, "DA": true, "DB": true, "DO": true,
	"DP": true, "ED": true, "EP": true, "ET": true, "ID": true, "IS": true, "J1": true, "J2": true, "JA": true,
	"JF": true, "JO": true, "KW": true, "L1": true, "L2": true, "L3": true, "L4": true, "LA": true, "LB": true,
	"LK": true, "M1": true, "M2": true, "M3": true, "N1": true, "N2": true, "NV": true, "OP": true, "PB": true,
	"PP": true, "PY": true, "RI": true, "RN": true, "RP": true, "SE": true, "SN": true, "SP": true, "ST": true,
	"T1": true, "T2": true, "T3": true, "TA": true, "TI": true, "TT": true, "U1": true, "U2": true, "U3": true,
	"U4": true, "U5": true, "UR": true, "VL": true, "VO": true, "Y1": true, "Y2": true, "ER": true,
}

// parseRIS reads one record the way the specification defines it: lines
// "TG  - value" ending in CR LF, TY first, ER last, known tags only.
func parseRIS(t *testing.T, data []byte) map[string][]string {
	t.Helper()
	text := string(data)
	if !strings.HasSuffix(text, "\r\n") || strings.Contains(strings.ReplaceAll(text, "\r\n", ""), "\n") {
		t.Fatalf("RIS lines must end in CR LF:\n%q", text)
	}
	lines := strings.Split(strings.TrimSuffix(text, "\r\n"), "\r\n")
	line := regexp.MustCompile(`^([A-Z][A-Z0-9])  - (.*)$`)
	out := map[string][]string{}
	for i, l := range lines {
		m := line.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("line %d is not \"TG  - value\": %q", i+1, l)
		}
		if !risTags[m[1]] {
			t.Errorf("line %d: %s is not an RIS tag", i+1, m[1])
		}
		switch {
		case i == 0 && m[1] != "TY", i == len(lines)-1 && (m[1] != "ER" || m[2] != ""):
			t.Fatalf("a record starts with TY and ends with an empty ER: line %d is %q", i+1, l)
		case i > 0 && i < len(lines)-1 && (m[1] == "TY" || m[1] == "ER"):
			t.Fatalf("line %d: %s inside the record", i+1, m[1])
		}
		out[m[1]] = append(out[m[1]], m[2])
	}
	return out
}

func TestRISFollowsTheSpecification(t *testing.T) {
	rec := parseRIS(t, citation.RIS(twoAuthors))
	want := map[string][]string{
		"TY": {"NEWS"}, "TI": {"Harbour reopens after the storm"}, "AU": {"Doe, Jane", "van der Berg, Jean-Paul"},
		"T2": {"Example News"}, "PB": {"Example News"}, "PY": {"2025"}, "DA": {"2025/03/27/"},
		"UR": {"https://archive.example/a/7"}, "Y2": {"2026/01/02"}, "LA": {"en"}, "DB": {"morgue"},
		"N1": {"Archived copy in morgue, first stored 2026-01-02; originally published at https://example.com/harbour?x=1&y=2"},
		"ER": {""},
	}
	for tag, vs := range want {
		if strings.Join(rec[tag], "|") != strings.Join(vs, "|") {
			t.Errorf("%s = %q, want %q", tag, rec[tag], vs)
		}
	}
	if len(rec) != len(want) {
		t.Errorf("tags %v, want exactly %v", rec, want)
	}
	// PY is four digits; DA is YYYY/MM/DD/ and Y2 YYYY/MM/DD, the
	// specification's date forms.
	if !regexp.MustCompile(`^\d{4}/\d{2}/\d{2}/$`).MatchString(rec["DA"][0]) {
		t.Errorf("DA %q", rec["DA"][0])
	}
	rec = parseRIS(t, citation.RIS(anonymous))
	for _, tag := range []string{"AU", "PY", "DA"} {
		if _, ok := rec[tag]; ok {
			t.Errorf("undated, unsigned article has %s: %q", tag, rec[tag])
		}
	}
	if rec["TI"][0] != "Will the harbour reopen?" || rec["Y2"][0] != "2026/01/02" {
		t.Errorf("undated record: %v", rec)
	}
}

func TestBibTeX(t *testing.T) {
	got := string(citation.BibTeX(twoAuthors))
	want := `@article{morgue-7,
  entrysubtype = {newspaper},
  title = {{Harbour reopens after the storm}},
  author = {Doe, Jane and van der Berg, Jean-Paul},
  journal = {Example News},
  journaltitle = {Example News},
  year = {2025},
  month = {3},
  date = {2025-03-27},
  url = {https://archive.example/a/7},
  urldate = {2026-01-02},
  langid = {en},
  note = {Archived copy in morgue, first stored 2026-01-02; originally published at https://example.com/harbour?x=1\&y=2},
}
`
	if got != want {
		t.Errorf("BibTeX:\n%s\nwant\n%s", got, want)
	}
	w := anonymous
	w.Title = `50% off {all} #1 & $2 \o/`
	w.Authors = []string{"Associated Press"}
	got = string(citation.BibTeX(w))
	for _, s := range []string{`title = {{50\% off \{all\} \#1 \& \$2 \textbackslash{}o/}}`, `author = {{Associated Press}}`} {
		if !strings.Contains(got, s) {
			t.Errorf("BibTeX lacks %s:\n%s", s, got)
		}
	}
	if strings.Contains(got, "year =") || strings.Contains(got, "\n  date =") {
		t.Errorf("undated entry has a date:\n%s", got)
	}
	if strings.Count(got, "{") != strings.Count(got, "}") {
		t.Errorf("unbalanced braces:\n%s", got)
	}
}
