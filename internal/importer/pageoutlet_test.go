package importer_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/store"
)

// The outlet the parser reads from a page dump's text is stored, so the
// archive's list of outlets (the /outlets page) holds it: a reader of
// the parser alone would not show it anywhere.
func TestOutletReadFromPageTextIsStored(t *testing.T) {
	dir := t.TempDir()
	story := "Fishing boats returned to the harbour on Tuesday, three weeks after the flood closed it, and the first catch was sold at the quay by noon.\n\n" +
		"The harbour master said the repairs had cost less than feared and that the quay would be fully open by the summer.\n"
	write(t, filepath.Join(dir, "staff.txt"), "Harbour reopens after the storm\n\nBy the Quaymark Staff\n\nMarch 27, 2025\n\n"+story)
	write(t, filepath.Join(dir, "copyright.txt"), "Boats return to the quay\n\nBy Jane Doe\n\nMarch 28, 2025\n\n"+story+
		"\n© 2025 Port Elwin Gazette Ltd. All rights reserved.\n")
	db := openDB(t, filepath.Join(dir, "m.db"))
	if sum, rs := run(t, db, dir); sum.Counts[importer.New] != 2 {
		t.Fatalf("import: %v %+v", counts(sum), rs)
	}
	names, total, err := store.NewReader(db).Names(context.Background(), store.Outlets, true, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range names {
		got = append(got, n.Name)
	}
	if want := []string{"Port Elwin Gazette", "Quaymark"}; total != 2 || !slices.Equal(got, want) {
		t.Errorf("outlets %q (%d), want %q", got, total, want)
	}
}
