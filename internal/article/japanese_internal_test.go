package article

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// The server slugs tag, author and outlet names with Slugify while it
// serves; Japanese among them must not load the analyser's dictionary
// (90 MB). Checked in a process of its own, where nothing loaded it before.
func TestSlugifyLeavesTheDictionaryUnloaded(t *testing.T) {
	if os.Getenv("MORGUE_SLUG_CHILD") == "1" {
		for _, s := range []string{"横浜の商店街", "高橋美咲", "ジュース", "北京"} {
			Slugify(s)
		}
		TitleSlug("横浜の商店街", "zh")
		TitleSlug("ジュース・コーヒー", "ja") // katakana alone: the kana tables
		if japaneseLoaded.Load() {
			t.Fatal("the dictionary was loaded")
		}
		TitleSlug("横浜の商店街", "ja")
		if !japaneseLoaded.Load() {
			t.Fatal("a Japanese title did not load the dictionary")
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestSlugifyLeavesTheDictionaryUnloaded$")
	cmd.Env = append(os.Environ(), "MORGUE_SLUG_CHILD=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
}

// Kana tables alone, without the analyser: long vowels stay as written
// (きょうと), since only the dictionary's pronunciation tells them.
func TestRomanizeKana(t *testing.T) {
	for in, want := range map[string]string{
		"ジュース": "jusu", "チョコレート": "chokoreto", "キッチン": "kitchin", "マッチャ": "matcha",
		"ファイル": "fairu", "シェア": "shea", "ティーカップ": "tikappu", "ヴァイオリン": "vaiorin",
		"ウィキ": "wiki", "きょうと": "kyouto", "しんぶん": "shinbun", "フュージョン": "fyujon",
		"デュエット": "dyuetto", "ッ": "", "ぁ": "a",
	} {
		var b strings.Builder
		romanizeKana(&b, in)
		if got := b.String(); got != want {
			t.Errorf("romanizeKana(%q) = %q, want %q", in, got, want)
		}
	}
}
