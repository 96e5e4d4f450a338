package pagetext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A box about the writer that the page sets beside the story comes out
// of the dump between two parts of it, far from the headline and above
// the story's end: a label, the name, and a note that names them again.
// The writer is read, and the story under the box stays.
func TestWriterBoxInsideStory(t *testing.T) {
	for _, c := range []struct{ lang, title, label, name, note string }{
		{"fr", "Histoire du chocolat", "Auteur", "Élodie Marchand", "Élodie Marchand est historienne de l’alimentation et enseigne à l’université depuis plus de quinze ans."},
		{"nl", "Geschiedenis van de tulp", "Door", "Pieter Verhoeven", "Pieter Verhoeven is historicus en schrijft al jaren over de handel in bloembollen in de Gouden Eeuw."},
		{"es", "Historia del cacao", "Por", "Lucía Fernández Ortega", "Lucía Fernández Ortega es historiadora y escribe desde hace años sobre el comercio de alimentos entre América y Europa."},
	} {
		txt, err := os.ReadFile(filepath.Join("testdata", "writerbox", c.lang+".txt"))
		if err != nil {
			t.Fatalf("reading the %s story: %v", c.lang, err)
		}
		paras := strings.Split(strings.TrimSpace(string(txt)), "\n\n")
		parts := append([]string{c.title, "Introduction", "Origins", "Trade"}, paras[:4]...)
		parts = append(parts, "Related topics:", "See all related content", c.label, c.name, c.note, c.name, "Fact-checked by", "The Editors")
		parts = append(append(parts, paras[4:]...), "Share", "Feedback")
		a, _ := mustParse(t, dump(parts...))
		if strings.Join(a.Authors, "|") != c.name {
			t.Errorf("%s: authors %q, want %q", c.lang, a.Authors, c.name)
		}
		if last := paras[len(paras)-1]; !strings.Contains(a.Body, last[:40]) {
			t.Errorf("%s: the story under the box was lost: %q", c.lang, a.Body)
		}
	}
}

// A name under a "Posted by" with no note naming it again is a list of
// posts, not a writer's box: nobody is read as the writer.
func TestWriterBoxNeedsNote(t *testing.T) {
	txt, err := os.ReadFile(filepath.Join("testdata", "writerbox", "es.txt"))
	if err != nil {
		t.Fatalf("reading the story: %v", err)
	}
	paras := strings.Split(strings.TrimSpace(string(txt)), "\n\n")
	parts := append([]string{"Historia del cacao", "Introduction", "Origins", "Trade"}, paras[:4]...)
	parts = append(parts, "Related topics:", "See all related content", "Por", "Lucía Fernández Ortega", "Otra entrada sobre el comercio del cacao en los puertos de Europa.", "Fact-checked by", "The Editors")
	parts = append(append(parts, paras[4:]...), "Share", "Feedback")
	a, _ := mustParse(t, dump(parts...))
	if len(a.Authors) != 0 {
		t.Errorf("authors %q, want none", a.Authors)
	}
}
