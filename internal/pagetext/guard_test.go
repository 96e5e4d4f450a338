package pagetext

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// The guards and the anchored date search must find exactly what the plain
// patterns find. These tests hold them side by side on odd strings, on every
// line of the seed and, when it is there, of the shared dev set.

var oddDateLines = []string{
	"March 27, 2025", "27 March 2025", "Nov.November 18, 2024 12:02 PM", "MAR 27, 20255:45 AM",
	"27. März 2025", "27 de marzo de 2025", "1er mai 2020", "5thmarch 2020", "5TH MARCH 2020",
	"xſeptember 5, 2020", "ſeptember 5, 2020", "5 ſeptember 2020", "oKtober 5, 2020", "5 OKTOBER 2020",
	"éjan 5, 2020", "İan 5, 2020", "march 5 2020 and april 6 2021, may 7, 2022",
	"March 12025", "Jan 5, 20201", "_march 5 2020", "3march 5 2020", "1 jan 2020 2 feb 2021",
	"Sept. 3, 2019", "sep 3 2019", "Septembers 5 2020", "de 5 de enero de 2020", "5 dejunio 2020",
	"12 août 2019", "12 AOÛT 2019", "4 décembre 2018", "4 DÉCEMBRE 2018", "3 de março de 2017",
	"mayo 2020 5", "2020 May 5", "May 2020", "the 5th of May, 2020", "𝐀𝐁𝐂𝐃𝐄𝐅𝐆may 5, 2020",
	"Updated Mar. 27, 2025 at 3:10 p.m. ET", "Wednesday 26 March 2025 11:42, UK",
	"27 marzode 2025", "0mAYde 00000", "5 mayodel 2020", "1 JANDE 2020", "1 jande\t2020", "1 jandel",
}

func checkMonthDates(t *testing.T, s string) {
	t.Helper()
	mdy, dmy := monthDates(s)
	if want := reMDY.FindAllStringSubmatchIndex(s, -1); fmt.Sprint(mdy) != fmt.Sprint(want) {
		t.Errorf("reMDY on %q: got %v, want %v", s, mdy, want)
	}
	if want := reDMY.FindAllStringSubmatchIndex(s, -1); fmt.Sprint(dmy) != fmt.Sprint(want) {
		t.Errorf("reDMY on %q: got %v, want %v", s, dmy, want)
	}
}

// pageLines returns the lines of the seed and of the dev set, if present.
func pageLines(t testing.TB) []string {
	paths, _ := filepath.Glob(filepath.Join(devsetDir, "*.txt"))
	paths = append(paths, "../../seeds/000_c153485bfbf5b6b5.txt")
	var out []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, ln := range splitLines(string(data)) {
			out = append(out, ln.text)
		}
	}
	return out
}

func TestMonthDatesMatchPatterns(t *testing.T) {
	for _, s := range oddDateLines {
		checkMonthDates(t, s)
	}
	for _, s := range pageLines(t) {
		checkMonthDates(t, s)
	}
}

func FuzzMonthDates(f *testing.F) {
	for _, s := range oddDateLines {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkMonthDates(t, s)
	})
}
