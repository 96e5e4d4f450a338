package pagetext

import (
	"strings"
	"time"
)

// The readers below are the parser's byline and dateline readers for one
// piece of text, for importers that find the header of a story by other
// means (the HTML importer reads the visible text of a page's byline and
// date elements with them). They know no site and read any of the
// languages the parser knows.

// ReadByline returns the names of the people a byline names: "By Jane Doe
// and John Roe", "Jane Doe | Staff writer", "Von Jana Müller", "Texto: Ana
// Pérez", or a line of names alone ("Jane Doe, John Roe"). Roles, outlets,
// places, dates and contact details around the names are dropped. It
// returns nil when the text names no person.
func ReadByline(text string) []string {
	s := cleanLine(text)
	if s == "" || len(s) > 400 {
		return nil
	}
	if ns := explicitByline(s, true); ns != nil {
		return ns
	}
	t := s
	if hasGlue(t) {
		t = unglueByline(t) // "Jane DoeMarch 27, 2025"
	}
	if d, ok := readDateLine(t, true); ok && d.rest > 0 {
		// "Jane Doe March 27, 2025": the names beside the date.
		return bareNames(cutAffiliation(dateRemainder(t, true)))
	}
	return bareNames(s)
}

// ReadDate returns the date (and the time and zone, where the text gives
// them) of a dateline: "March 27, 2025", "Published 27/03/2025 10:45",
// "Updated Mar. 27, 2025 at 3:10 p.m. ET", "2025-03-27T10:45:00Z". A
// publication date wins over one marked as an update. monthFirst reads an
// ambiguous numeric date such as 03/04/2025 as March 4 (as US pages write
// it) rather than 3 April. A time without a zone is taken as UTC. Relative
// forms ("3 hours ago") give nothing: the time of reading is not known.
func ReadDate(text string, monthFirst bool) (time.Time, bool) {
	s := cleanLine(text)
	if len(s) > 400 {
		return time.Time{}, false
	}
	d, ok := readDateLine(strings.TrimSpace(s), monthFirst)
	if !ok {
		return time.Time{}, false
	}
	return d.t, true
}

// ReadReadingTime returns the minutes a line says the story takes to
// read ("5 min read", "3 MIN. READ", "Reading time: 4 minutes", "Feb 11,
// 2019 · 3 min read"), or 0 when it states none.
func ReadReadingTime(line string) int {
	return readingMinutes(line)
}

// ReadCopyright returns the owner a site's copyright line names: "© 2019
// Cable News Network. All rights reserved." gives "Cable News Network",
// "Example News © 2025" "Example News". A picture's credit ("© Jane Doe",
// no year, no rights reserved) and a line that is no copyright line give
// "".
func ReadCopyright(line string) string {
	return copyrightOutlet(line)
}
