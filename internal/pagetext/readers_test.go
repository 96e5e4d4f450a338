package pagetext

import (
	"slices"
	"testing"
	"time"
)

func TestReadByline(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"By Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"Jane Doe | Staff writer", []string{"Jane Doe"}},
		{"  By\u00a0Jane Doe, Reuters ", []string{"Jane Doe"}},
		{"Posted by Jane Doe on March 27, 2025", []string{"Jane Doe"}},
		{"Jane Doe March 27, 2025", []string{"Jane Doe"}},
		{"March 27, 2025", nil},
		{"Share this story", nil},
		// What a writer's picture leaves before the byline.
		{"Author avatarWritten by Jane Doe, CFA", []string{"Jane Doe"}},
		{"Jane Doe By Jane Doe Last Updated: May 6, 2024", []string{"Jane Doe"}},
		{"sacked by Jane Doe", nil},
		// Every name of a list, not only the first.
		{"Ann Poe, John Q. Roe, Bo Lindqvist", []string{"Ann Poe", "John Q. Roe", "Bo Lindqvist"}},
		{"Ann Poe, Jo Li & Bo Lindqvist", []string{"Ann Poe", "Jo Li", "Bo Lindqvist"}},
		// A section after the names beside a date.
		{"Mar 3, 2025 • Jane Doe in Project Management", []string{"Jane Doe"}},
		// An outlet or organisation after the name, an icon's text.
		{"JANE DOE NEWS TODAY", []string{"JANE DOE"}},
		{"By Jane Doe Global Commons May 2nd 2025", []string{"Jane Doe"}},
		{"Harbour AI Icon", nil},
		// Headings and buttons of two capitalised words.
		{"Reading Time", nil},
		{"Popular Resources", nil},
		{"Harbour Safety Tips", nil},
		// A standfirst about the person it names.
		{"Jeanne Lefèvre, mal aimée de ses rivaux", nil},
		{"Jane Doe, special to the Planet", []string{"Jane Doe"}},
		// What follows the name, glued to it or not: a month, an outlet
		// written as one word, a time zone, a place, an outlet named
		// after its city.
		{"Jane DoeNovember 19, 2019", []string{"Jane Doe"}},
		{"Jane DoeFOXBusiness", []string{"Jane Doe"}},
		{"By JANE DOE ESTUPDATED AN HOUR AGO", []string{"JANE DOE"}},
		{"By Jane Doe, New Delhi", []string{"Jane Doe"}},
		{"Jane Doe New Delhi", []string{"Jane Doe"}},
		{"New Delhi", nil},
		{"Jane M. Doe New Delhi", []string{"Jane M. Doe"}},
		// A headline whose words run on to "New": no name.
		{"Jane Doe Talks Harbour Band's New Album, John Roe and Retirement", nil},
		{"By Jane Doe, Los Angeles Times", []string{"Jane Doe"}},
		{"Juan de Los Santos", []string{"Juan de Los Santos"}},
		// A surname that could open a place's name.
		{"By Jane Fort", []string{"Jane Fort"}},
		{"By Maria Santa and Tom New", []string{"Maria Santa", "Tom New"}},
		// Names joined by "and" of the languages read.
		{"Ion Popa și Maria Stan", []string{"Ion Popa", "Maria Stan"}},
		{"Anna Lind och Lars Berg", []string{"Anna Lind", "Lars Berg"}},
		{"Kovács Anna és Nagy Péter", []string{"Kovács Anna", "Nagy Péter"}},
		// A header row of facts: counts, reading time and labels are
		// fields of their own, not part of the name.
		{"December 15, 2025 · 30 min · 6279 words · Jane Doe", []string{"Jane Doe"}},
		{"112 Comments | Jane Doe |    Last Updated: March 11, 2019", []string{"Jane Doe"}},
		{"0 · by Jane Doe · Updated on 8 January 2026", []string{"Jane Doe"}},
		{"★ | Harbour Walk", nil},
		{"Dec. 19, 2025 · Jane Doe on behalf of the Harbour Survey group", []string{"Jane Doe"}},
		// What a page's markup leaves beside the name: the name twice
		// glued, the outlet's logo, its name in brackets, the picture's
		// text before the byline.
		{"Written by:Jane DoeJane Doe", []string{"Jane Doe"}},
		{"ByJane Doe WXYZ logo", []string{"Jane Doe"}},
		{"Posted on March 20, 2025 by Jane Doe (HarbourSoft) - 5 Comments on Why quays flood", []string{"Jane Doe"}},
		{"Picture of Jane Doe By Jane Doe", []string{"Jane Doe"}},
		{"Cognitive Behavioral Therapy (CBT)", nil},
		// A role after the name goes on after "and"; a role in a list.
		{"Written By: Jane Doe Executive Digital Editor and Master Gardener", []string{"Jane Doe"}},
		{"03/01/2017 by Jane Doe, Candidate Representative to the Harbour Committee", []string{"Jane Doe"}},
		{"This post was written by Jane Doe, MD, gastroenterologist, Harbour Health.", []string{"Jane Doe"}},
		{"", nil},
	} {
		if got := ReadByline(c.in); !slices.Equal(got, c.want) {
			t.Errorf("ReadByline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestReadDate(t *testing.T) {
	et := time.FixedZone("ET", -4*3600)
	for _, c := range []struct {
		in         string
		monthFirst bool
		want       time.Time
		ok         bool
	}{
		{"March 27, 2025", true, time.Date(2025, 3, 27, 0, 0, 0, 0, time.UTC), true},
		{"Updated Mar. 27, 2025 at 3:10 p.m. ET", true, time.Date(2025, 3, 27, 15, 10, 0, 0, et), true},
		{"Published 03/04/2025", true, time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC), true},
		{"Published 03/04/2025", false, time.Date(2025, 4, 3, 0, 0, 0, 0, time.UTC), true},
		{"Published March 1, 2025, updated March 3, 2025", true, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), true},
		{"2025-03-27T10:45:00Z", false, time.Date(2025, 3, 27, 10, 45, 0, 0, time.UTC), true},
		{"December 19. 2025", true, time.Date(2025, 12, 19, 0, 0, 0, 0, time.UTC), true},
		{"3 hours ago", true, time.Time{}, false},
		{"no date here", true, time.Time{}, false},
	} {
		got, ok := ReadDate(c.in, c.monthFirst)
		if ok != c.ok || !got.Equal(c.want) {
			t.Errorf("ReadDate(%q, %v) = %v, %v; want %v, %v", c.in, c.monthFirst, got, ok, c.want, c.ok)
		}
	}
}

// A byline that no "By" introduces is reported as read with low
// confidence, so that a person checks it first; a "By" byline is not.
func TestWeakBylineWarning(t *testing.T) {
	story := "\n\nFishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\nThe harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n"
	for _, c := range []struct {
		header string
		weak   bool
	}{
		{"Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025", false},
		{"Harbour reopens after the storm\n\nJane Doe\n\nMarch 27, 2025", false}, // a byline beside its dateline
		{"Harbour reopens after the storm\n\nJane Doe\n\nPhotographs by the harbour office", true},
	} {
		a, warnings, err := Parse([]byte(c.header + story))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, []string{"Jane Doe"}) {
			t.Fatalf("%q: authors %q", c.header, a.Authors)
		}
		if got := slices.Contains(warnings, WarnWeakByline); got != c.weak {
			t.Errorf("%q: weak-byline warning %v, want %v (warnings %q)", c.header, got, c.weak, warnings)
		}
	}
}
