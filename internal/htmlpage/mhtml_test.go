package htmlpage_test

import (
	"bytes"
	"encoding/base64"
	"errors"
	"mime/quotedprintable"
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// qp is s in quoted-printable, as browsers write a saved page's HTML.
func qp(s string) string {
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

// A page saved "as a single file" is read from its root HTML part, in the
// part's transfer encoding and charset, with the page's address; the
// frames, pictures and style sheets saved beside it are no story.
func TestMHTML(t *testing.T) {
	story := page(`<meta charset="utf-8"><title>Harbour reopens after the storm – Coast Post</title>`,
		`<h1>Harbour reopens after the storm</h1><p class="byline">By Ines Valdoro</p>`, english...)
	frame := page(`<title>Advertisement</title>`, `<h1>Win a cruise</h1>`, "Enter our draw before Friday and win a week at sea for two, with every meal and drink included in the price.")
	chrome := "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://coastpost.example/news/harbour-reopens\r\n" +
		"Subject: Harbour reopens after the storm\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc----\"\r\n\r\n\r\n" +
		"------MultipartBoundary--abc----\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n" +
		"Content-Location: https://coastpost.example/news/harbour-reopens\r\n\r\n" + qp(story) + "\r\n" +
		"------MultipartBoundary--abc----\r\nContent-Type: text/html\r\nContent-ID: <frame-2@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp(frame) + "\r\n" +
		"------MultipartBoundary--abc----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://coastpost.example/logo.png\r\n\r\niVBORw0KGgo=\r\n" +
		"------MultipartBoundary--abc------\r\n"
	a, _, err := htmlpage.ParseMHTML([]byte(chrome))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Harbour reopens after the storm" || !strings.HasSuffix(a.Body, english[2]) || strings.Contains(a.Body, "cruise") {
		t.Errorf("Chrome's MHTML: title %q, body %q", a.Title, a.Body)
	}
	if a.SourceURL != "https://coastpost.example/news/harbour-reopens" || len(a.Authors) != 1 || a.Authors[0] != "Ines Valdoro" {
		t.Errorf("Chrome's MHTML: source %q, authors %q", a.SourceURL, a.Authors)
	}

	// Internet Explorer's .mht: the root named by "start", in base64, its
	// charset in the part's header only.
	latin := strings.Replace(page(`<title>Café society returns</title>`, `<h1>Café society returns</h1>`,
		"Le café du port a rouvert ses portes jeudi matin, trois semaines après la tempête qui avait inondé le quai et la halle aux poissons.",
		"Les pêcheurs sont revenus dès l'aube pour boire un café avant de reprendre la mer, malgré un vent encore fort venu de l'ouest."), "é", "\xe9", -1)
	latin = strings.NewReplacer("è", "\xe8", "ê", "\xea").Replace(latin)
	ie := "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_000\"; start=\"<root@page>\"; type=\"text/html\"\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n" +
		"------=_NextPart_000\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp(frame) + "\r\n" +
		"------=_NextPart_000\r\nContent-Type: text/html; charset=\"windows-1252\"\r\nContent-Transfer-Encoding: base64\r\nContent-ID: <root@page>\r\nContent-Location: http://cafe.example/story.htm\r\n\r\n" +
		wrap76(base64.StdEncoding.EncodeToString([]byte(latin))) + "\r\n------=_NextPart_000--\r\n"
	a, _, err = htmlpage.ParseMHTML([]byte(ie))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Café society returns" || !strings.Contains(a.Body, "pêcheurs") || a.SourceURL != "http://cafe.example/story.htm" {
		t.Errorf("IE's MHT: title %q, source %q, body %q", a.Title, a.SourceURL, a.Body)
	}

	noPage := "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n"
	if _, _, err := htmlpage.ParseMHTML([]byte(noPage)); !errors.Is(err, htmlpage.ErrNoHTMLPart) {
		t.Errorf("an MHTML file of pictures only: %v, want ErrNoHTMLPart", err)
	}
	if _, _, err := htmlpage.ParseMHTML([]byte("just some text\nwith lines")); err == nil {
		t.Error("text that is no MIME message read as MHTML")
	}
}

// wrap76 breaks base64 into lines of 76 characters, as mail writers do.
func wrap76(s string) string {
	var b strings.Builder
	for len(s) > 76 {
		b.WriteString(s[:76] + "\r\n")
		s = s[76:]
	}
	b.WriteString(s)
	return b.String()
}
