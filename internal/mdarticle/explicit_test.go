package mdarticle

import "testing"

// An exported article states every field, even empty ones; a person writing
// by hand leaves keys out and gets them guessed. Both must hold.
func TestExplicitEmptyValuesAreKept(t *testing.T) {
	body := "The council met on Monday and the mayor said that the budget is not final. It was the first of two meetings in the town hall.\n"
	explicit, _, err := Parse([]byte("---\ntitle: T\ntags: []\nlanguage: \"\"\nreading_minutes: 0\n---\n" + body))
	if err != nil {
		t.Fatal(err)
	}
	if explicit.Tags == nil || len(explicit.Tags) != 0 {
		t.Errorf("tags: [] gave %#v, want an empty, non-nil list", explicit.Tags)
	}
	if explicit.Language != "" || explicit.ReadingMinutes != 0 {
		t.Errorf("explicit empties replaced: language %q, reading_minutes %d", explicit.Language, explicit.ReadingMinutes)
	}

	guessed, _, err := Parse([]byte("---\ntitle: T\n---\n" + body))
	if err != nil {
		t.Fatal(err)
	}
	if guessed.Tags != nil {
		t.Errorf("no tags key gave %#v, want nil so the importer chooses", guessed.Tags)
	}
	if guessed.Language != "en" || guessed.ReadingMinutes != 1 {
		t.Errorf("absent keys not guessed: language %q, reading_minutes %d", guessed.Language, guessed.ReadingMinutes)
	}
}
