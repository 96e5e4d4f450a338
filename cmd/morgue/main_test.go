package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestEverySubcommandHasHelp(t *testing.T) {
	if len(commands) < 3 {
		t.Fatalf("only %d commands registered", len(commands))
	}
	for name := range commands {
		code, out, _ := runCLI(name, "--help")
		if code != 0 || !strings.Contains(out, "Usage: morgue "+name) {
			t.Errorf("%s --help: exit %d, output %q", name, code, out)
		}
	}
	if code, out, _ := runCLI("help"); code != 0 || !strings.Contains(out, "import") {
		t.Errorf("help: %d %q", code, out)
	}
	if code, _, errOut := runCLI("frobnicate"); code != 2 || !strings.Contains(errOut, "unknown command") {
		t.Errorf("unknown command: %d %q", code, errOut)
	}
	if code, _, errOut := runCLI("import", "--nope"); code != 2 || !strings.Contains(errOut, "Usage:") {
		t.Errorf("bad flag: %d %q", code, errOut)
	}
}

func TestParseSeed(t *testing.T) {
	code, out, errOut := runCLI("parse", "../../seeds/000_c153485bfbf5b6b5.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var v map[string]any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	for _, k := range []string{"title", "dek", "outlet", "authors", "published", "reading_minutes", "word_count",
		"language", "image", "body", "tags", "slug", "warnings"} {
		if _, ok := v[k]; !ok {
			t.Errorf("field %q missing", k)
		}
	}
}

func TestParseErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	headline := filepath.Join(dir, "headline.md")
	os.WriteFile(headline, []byte("---\ntitle: Only a headline\n---\n"), 0o644)
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"parse"}, 2, "Usage"},
		{[]string{"parse", filepath.Join(dir, "missing.txt")}, 1, "missing.txt: cannot open: no such file"},
		{[]string{"parse", empty}, 1, "empty.txt: empty file"},
		{[]string{"parse", dir}, 1, dir + ": not a regular file"},
		{[]string{"parse", headline}, 1, "headline.md: no story text found"},
	} {
		code, _, errOut := runCLI(c.args...)
		if code != c.code || !strings.Contains(errOut, c.msg) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args, code, errOut, c.code, c.msg)
		}
	}
}

func TestImportReportsFailuresWithExitCode1(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	os.WriteFile(filepath.Join(in, "good.md"), []byte("---\ntitle: Fine\n---\nText.\n"), 0o644)
	os.WriteFile(filepath.Join(in, "bad.txt"), []byte{0xff, 0xfe, 0xfd}, 0o644)
	db := filepath.Join(dir, "m.db")
	code, out, errOut := runCLI("import", "--db", db, in)
	if code != 1 || !strings.Contains(errOut, "bad.txt") || !strings.Contains(out, "1 new") || !strings.Contains(out, "1 failed") {
		t.Fatalf("exit %d\nstdout %q\nstderr %q", code, out, errOut)
	}
	code, out, _ = runCLI("import", "--db", filepath.Join(dir, "no", "such", "dir", "m.db"), in)
	if code != 1 {
		t.Errorf("missing database folder: exit %d %q", code, out)
	}
}

// Options may follow the folder, as with most command-line tools: the
// archive named after the folder is the one written, and no file called
// "--db" is looked for. After "--", a dash starts a file name.
func TestImportTakesOptionsAfterTheFolder(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	os.WriteFile(filepath.Join(in, "a.md"), []byte("---\ntitle: Fine\n---\nText.\n"), 0o644)
	db := filepath.Join(dir, "m.db")
	code, out, errOut := runCLI("import", in, "--db", db)
	if code != 0 || !strings.Contains(out, "1 new") || strings.Contains(errOut, "--db") {
		t.Fatalf("exit %d\nstdout %q\nstderr %q", code, out, errOut)
	}
	if _, err := os.Stat(db); err != nil {
		t.Fatalf("the archive named after the folder was not written: %v", err)
	}
	code, _, errOut = runCLI("import", "--db", db, "--", "--no-such-file")
	if code == 0 || !strings.Contains(errOut, "--no-such-file") {
		t.Errorf("a path after --: exit %d, stderr %q", code, errOut)
	}
}

func TestServeRefusesMissingDatabase(t *testing.T) {
	code, _, errOut := runCLI("serve", "--db", filepath.Join(t.TempDir(), "none.db"), "--addr", "127.0.0.1:0")
	if code != 1 || !strings.Contains(errOut, "does not exist") {
		t.Fatalf("exit %d %q", code, errOut)
	}
}

func TestServeRefusesCorruptDatabase(t *testing.T) {
	p := filepath.Join(t.TempDir(), "junk.db")
	os.WriteFile(p, bytes.Repeat([]byte("not a database "), 500), 0o644)
	code, _, errOut := runCLI("serve", "--db", p, "--addr", "127.0.0.1:0")
	if code != 1 || !strings.Contains(errOut, "not a morgue database") {
		t.Fatalf("exit %d %q", code, errOut)
	}
}

// TestServeShutsDownOnSIGTERM runs the real serve command and stops it the
// way a process manager would.
func TestServeShutsDownOnSIGTERM(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	if code, _, errOut := runCLI("import", "--db", db, "../../seeds"); code != 0 {
		t.Fatalf("import: %s", errOut)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	done := make(chan int, 1)
	go func() {
		code, _, _ := runCLI("serve", "--db", db, "--addr", addr)
		done <- code
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for {
		resp, err := http.Get("http://" + addr + "/")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode != 200 {
				t.Fatalf("GET / = %d", resp.StatusCode)
			}
			break
		}
		if ctx.Err() != nil {
			t.Fatal("server did not come up")
		}
		time.Sleep(20 * time.Millisecond)
	}
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit %d after SIGTERM", code)
		}
	case <-ctx.Done():
		t.Fatal("server did not stop on SIGTERM")
	}
}

// TestServeDrainsInFlightRequests: a request being handled when SIGTERM
// arrives still gets its whole answer, then the server exits 0.
func TestServeDrainsInFlightRequests(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	if code, _, errOut := runCLI("import", "--db", db, "../../seeds"); code != 0 {
		t.Fatalf("import: %s", errOut)
	}
	started := make(chan struct{}, 1)
	wrapHandler = func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/slow" {
				started <- struct{}{}
				time.Sleep(500 * time.Millisecond)
				r.URL.Path = "/"
			}
			h.ServeHTTP(w, r)
		})
	}
	defer func() { wrapHandler = func(h http.Handler) http.Handler { return h } }()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	done := make(chan int, 1)
	go func() {
		code, _, _ := runCLI("serve", "--db", db, "--addr", addr)
		done <- code
	}()
	for i := 0; ; i++ {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			break
		}
		if i > 200 {
			t.Fatal("server did not come up")
		}
		time.Sleep(20 * time.Millisecond)
	}
	type result struct {
		code int
		body int
		err  error
	}
	res := make(chan result, 1)
	go func() {
		resp, err := http.Get("http://" + addr + "/slow")
		if err != nil {
			res <- result{err: err}
			return
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		res <- result{resp.StatusCode, len(b), err}
	}()
	<-started
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	r := <-res
	if r.err != nil || r.code != 200 || r.body < 1000 {
		t.Fatalf("in-flight request: %d, %d bytes, %v", r.code, r.body, r.err)
	}
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit %d", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("server did not exit")
	}
}

func TestTrainRefusesTwoPartsToKeep(t *testing.T) {
	for _, flags := range [][]string{{"--keep-ranker", "--refiner-only"}, {"--keep-ranker", "--ranker-only"}, {"--ranker-only", "--refiner-only"}} {
		// The refusal comes before any page is read: the folder need not exist.
		code, _, errOut := runCLI(append(append([]string{"train"}, flags...), filepath.Join(t.TempDir(), "none"))...)
		if code != 2 || !strings.Contains(errOut, "give one") {
			t.Errorf("train %v: exit %d, %q", flags, code, errOut)
		}
	}
}
