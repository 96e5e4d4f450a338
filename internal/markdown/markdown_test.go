package markdown_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/markdown"
)

func TestToHTMLDropsRawHTMLAndScriptLinks(t *testing.T) {
	h, err := markdown.ToHTML("Hello <script>alert(1)</script> [x](javascript:alert(1)) <b>bold</b>\n\n<iframe src=x></iframe>")
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script", "javascript:", "<b>", "<iframe"} {
		if strings.Contains(h, bad) {
			t.Errorf("output keeps %q: %s", bad, h)
		}
	}
}

func TestText(t *testing.T) {
	h, _ := markdown.ToHTML("First *para* &amp; more.\n\n- one\n- two\n\n> quoted `code`")
	want := "First para & more.\n\none\n\ntwo\n\nquoted code"
	if got := markdown.Text(h); got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
}
