package pagetext

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Made-up dumps in the layouts of sites the rules were not tuned on, each
// pinning a rule that was added for it. Each testdata/unseen/NNN.txt has
// its truth in NNN.json: the title, the writers (compared without case,
// as a byline in capitals is the same byline), the day and the body.
func TestUnseenLayouts(t *testing.T) {
	tests := []struct{ id, rule string }{
		{"402", "a role in sentence case after the name; an article-age label above the headline"},
		{"404", "a picture credit 'Name for Outlet'; save and gift buttons"},
		{"406", "'… contributed to this report.' under the story"},
		{"407", "a picture credit in square brackets"},
		{"408", "the caption and credit under 'Enlarge this image'"},
		{"417", "names in a dateline far down the header"},
		{"419", "a standfirst as short as a headline right above the byline"},
		{"422", "a press release's 'About <Company>' blurb"},
		{"430", "writers listed one per line over their roles; a print-issue note"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "unseen", tt.id+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			js, err := os.ReadFile(filepath.Join("testdata", "unseen", tt.id+".json"))
			if err != nil {
				t.Fatal(err)
			}
			var want struct {
				Title     string
				Authors   []string
				Published *string
				Body      string
			}
			if err := json.Unmarshal(js, &want); err != nil {
				t.Fatal(err)
			}
			art, _ := mustParse(t, string(data))
			if art.Title != want.Title {
				t.Errorf("%s: title %q, want %q", tt.rule, art.Title, want.Title)
			}
			if len(want.Authors) > 0 && !strings.EqualFold(strings.Join(art.Authors, ";"), strings.Join(want.Authors, ";")) {
				t.Errorf("%s: authors %q, want %q", tt.rule, art.Authors, want.Authors)
			}
			switch {
			case want.Published == nil && art.Published != nil:
				t.Errorf("%s: published %v, want none", tt.rule, art.Published)
			case want.Published != nil && (art.Published == nil || art.Published.Format("2006-01-02") != *want.Published):
				t.Errorf("%s: published %v, want %s", tt.rule, art.Published, *want.Published)
			}
			wantBody(t, art.Body, strings.Split(want.Body, "\n\n"))
		})
	}
}

func TestRolesAroundNames(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"By business reporter Gareth Hutchens", []string{"Gareth Hutchens"}},
		{"By Chief Political Correspondent Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"Patrick Butler Social policy editor", []string{"Patrick Butler"}},
		{"By Jane Doe", []string{"Jane Doe"}},
		{"Jane Doe, USA TODAY", []string{"Jane Doe"}},
		{"By JANE DOE and JOHN ROE", []string{"JANE DOE", "JOHN ROE"}},
		// No writer at all.
		{"By The Associated Press", nil},
		{"By staff reporter", nil},
	}
	for _, tt := range tests {
		got := explicitByline(tt.line, true)
		if got == nil {
			got = bareNames(tt.line)
		}
		if strings.Join(got, ";") != strings.Join(tt.want, ";") {
			t.Errorf("%q: names %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestCreditNotes(t *testing.T) {
	for _, s := range []string{
		"Associated Press writers Lisa Mascaro and Kevin Freking contributed to this report.",
		"Jane Doe can be reached at jdoe@example.com or 555-214-3300.",
		"This article is more than 1 year old",
		"Add to your saved stories",
		"Get the best stories delivered to your inbox every morning.",
		"By submitting your information you agree to the Terms & Conditions and Privacy Policy.",
		"Also Read | City to add electric buses by 2027",
	} {
		if !junkLine(s) {
			t.Errorf("%q is not read as furniture", s)
		}
	}
	for _, s := range []string{
		"The mayor said the council can be reached at any time by residents who have questions.",
		"Residents contributed to the cost of the new bridge, the council said.",
		"The carmaker said owners who registered online would get notices about the recall sent straight to your inbox, as it put it.",
	} {
		if junkLine(s) {
			t.Errorf("%q is read as furniture", s)
		}
	}
}

// junkLine reads s as a line of an English page and reports whether it is
// furniture by its wording.
func junkLine(s string) bool {
	ls := []line{newLine(s, 0)}
	countWords(ls, "en")
	return isJunk(ls[0], false)
}
