package server_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromium finds a Chromium binary; .ci/run installs Debian's.
func chromium() string {
	if p := os.Getenv("MORGUE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts headless Chromium for a test, or skips it where there is
// none (.ci/run installs Debian's and then requires it); opts set up the
// tab, such as a listener for the console.
func browser(t *testing.T, limit time.Duration, opts ...chromedp.ContextOption) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a browser")
	}
	bin := chromium()
	if bin == "" {
		if os.Getenv("MORGUE_REQUIRE_BROWSER") != "" {
			t.Fatal("no Chromium found, and MORGUE_REQUIRE_BROWSER is set")
		}
		t.Skip("no Chromium found (.ci/run installs Debian's chromium)")
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(bin), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck, chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true), chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()))
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx, opts...)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, limit)
	t.Cleanup(cancel3)
	return ctx
}

// TestBrowserJourney walks home → article → tag → search in headless
// Chromium, as a reader would, and fails on any console message of level
// error (a CSP violation, a missing asset) or any broken link on the way.
func TestBrowserJourney(t *testing.T) {
	f := changedCopy(t, "../../seeds", "testdata/world") // with an article of two versions
	ts := httptest.NewServer(f.h)
	defer ts.Close()

	var mu sync.Mutex
	var problems []string
	// The listener runs in the tab's event loop, in order, from the first
	// command on, so nothing the pages report is missed.
	listener := func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning {
				problems = append(problems, "console."+string(e.Type))
			}
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+e.ExceptionDetails.Text)
		case *log.EventEntryAdded:
			if e.Entry.Level == log.EntryLevelError || e.Entry.Level == log.EntryLevelWarning {
				problems = append(problems, fmt.Sprintf("%s: %s %s", e.Entry.Level, e.Entry.Text, e.Entry.URL))
			}
		}
	}
	ctx := browser(t, 60*time.Second, chromedp.WithListener(listener))

	var visited []string
	step := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatalf("%s: %v (visited %v)", what, err, visited)
		}
		loc, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil {
			t.Fatal(err)
		}
		visited = append(visited, loc)
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel), chromedp.NodeVisible))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}

	step("home", chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("main h1")))
	step("article", chromedp.Click(chromedp.CSS(".entries .entry h2 a"), chromedp.NodeVisible),
		chromedp.WaitVisible(chromedp.CSS("article.story h1")))
	h1 := text("article.story h1")
	step("tag", chromedp.Click(chromedp.CSS("article.story .tags a"), chromedp.NodeVisible),
		chromedp.WaitVisible(chromedp.CSS("main .intro")))
	heading := text("main h1")
	step("search", chromedp.SetValue(chromedp.ID("site-q"), "harbour"), chromedp.Submit(chromedp.ID("site-q")),
		chromedp.WaitVisible(chromedp.CSS("p.count")))
	results := text("p.count")
	// What changed in an edited article, as a reader on the site sees it.
	step("diff", chromedp.Navigate(ts.URL+ferry+"/diff"), chromedp.WaitVisible(chromedp.CSS("article.diff ins")))
	deleted, inserted := text("article.diff .body del"), text("article.diff .body ins")
	// The keyboard path works too: the skip link is the first stop.
	if err := chromedp.Do(ctx, chromedp.KeyEvent("\t")); err != nil {
		t.Fatal(err)
	}
	focused, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.textContent`))
	if err != nil {
		t.Fatal(err)
	}
	if h1 != "Harbour reopens after the storm" {
		t.Errorf("article h1 = %q", h1)
	}
	if !strings.HasPrefix(heading, "Tagged: ") {
		t.Errorf("tag page heading = %q", heading)
	}
	if !strings.Contains(results, "result") {
		t.Errorf("search count = %q", results)
	}
	// The markers' words are there for screen readers, hidden on screen.
	if !strings.Contains(deleted, "Thursday") || !strings.Contains(inserted, "Friday, almost") {
		t.Errorf("diff page: deleted %q, inserted %q", deleted, inserted)
	}
	if focused != "Skip to content" {
		t.Errorf("first Tab focuses %q, want the skip link", focused)
	}

	// An Arabic article reads right to left: the article is rtl, the
	// caption's rule and the list's indent are on the right.
	step("arabic article", chromedp.Navigate(ts.URL+"/articles/lqhr-tstdyf-mwtmr-dwly-lltq-lmtjdd"),
		chromedp.WaitVisible(chromedp.CSS("article.story h1")))
	for expr, want := range map[string]string{
		`getComputedStyle(document.querySelector("article.story")).direction`:                                                                                                               "rtl",
		`getComputedStyle(document.querySelector("article.story .body p")).textAlign`:                                                                                                       "start",
		`getComputedStyle(document.querySelector("article.story .photo")).borderRightWidth`:                                                                                                 "3px",
		`getComputedStyle(document.querySelector("article.story .photo")).borderLeftWidth`:                                                                                                  "0px",
		`getComputedStyle(document.querySelector("article.story .body ul")).paddingRight !== "0px"`:                                                                                         "true",
		`String(document.querySelector("article.story .body ul li").getBoundingClientRect().right > document.querySelector("article.story .body ul li").getBoundingClientRect().left + 50)`: "true",
		`getComputedStyle(document.querySelector("main")).direction`:                                                                                                                        "ltr",
	} {
		got, err := chromedp.Run(ctx, chromedp.Evaluate[any](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		if fmt.Sprint(got) != want {
			t.Errorf("%s = %v, want %s", expr, got, want)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("browser reported: %s", p)
	}
	checkLinks(t, ts.URL, visited)
}

// checkLinks fetches every page visited and every link and asset they
// name on this site; each must answer 200 (after redirects).
func checkLinks(t *testing.T, base string, pages []string) {
	t.Helper()
	seen := map[string]bool{}
	for _, p := range pages {
		resp, err := http.Get(p)
		if err != nil {
			t.Fatal(err)
		}
		var body strings.Builder
		buf := make([]byte, 32<<10)
		for {
			n, err := resp.Body.Read(buf)
			body.Write(buf[:n])
			if err != nil {
				break
			}
		}
		resp.Body.Close()
		for _, ref := range hrefs(body.String()) {
			u, err := url.Parse(ref)
			if err != nil {
				t.Errorf("%s: bad link %q", p, ref)
				continue
			}
			if u.Host != "" && "http://"+u.Host != base {
				continue // off-site (canonical base or source links)
			}
			target := base + u.RequestURI()
			if seen[target] {
				continue
			}
			seen[target] = true
			r, err := http.Get(target)
			if err != nil {
				t.Errorf("%s: %v", target, err)
				continue
			}
			r.Body.Close()
			if r.StatusCode != 200 {
				t.Errorf("broken link on %s: %s answers %d", p, ref, r.StatusCode)
			}
		}
	}
	if len(seen) < 10 {
		t.Errorf("only %d links checked", len(seen))
	}
}

func hrefs(html string) []string {
	var out []string
	for _, attr := range []string{`href="`, `src="`} {
		rest := html
		for {
			i := strings.Index(rest, attr)
			if i < 0 {
				break
			}
			rest = rest[i+len(attr):]
			j := strings.IndexByte(rest, '"')
			if j < 0 {
				break
			}
			ref := strings.ReplaceAll(rest[:j], "&amp;", "&")
			if !strings.HasPrefix(ref, "#") && !strings.HasPrefix(ref, "mailto:") {
				out = append(out, ref)
			}
			rest = rest[j:]
		}
	}
	return out
}
