package bench

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Load is the result of one load run against one server.
type Load struct {
	RPS      float64
	P50, P99 time.Duration
	Errors   int // non-2xx answers and socket errors
	Requests int // answered
}

// Loader sends concurrent GET requests for a while, cycling through paths.
type Loader struct {
	Conns    int
	Duration time.Duration
	Work     string // folder for scripts
	wrk      string // path of wrk, or "" for the Go load generator
}

// NewLoader uses wrk when it is installed (it costs the server's two cores
// far less than a Go client does), else a small Go load generator.
func NewLoader(conns int, d time.Duration, work string) *Loader {
	l := &Loader{Conns: conns, Duration: d, Work: work}
	l.wrk, _ = exec.LookPath("wrk")
	return l
}

// Tool names the load generator.
func (l *Loader) Tool() string {
	if l.wrk != "" {
		return "wrk"
	}
	return "Go load generator"
}

// Run loads base+paths[i] for l.Duration with l.Conns connections.
func (l *Loader) Run(ctx context.Context, base string, paths []string) (Load, error) {
	if l.wrk != "" {
		return l.runWrk(ctx, base, paths)
	}
	return l.runGo(ctx, base, paths)
}

const wrkScript = `local paths = {}
for line in io.lines(%q) do paths[#paths + 1] = line end
local i = math.random(#paths)
request = function()
  i = i + 1
  if i > #paths then i = 1 end
  return wrk.format("GET", paths[i])
end
`

func (l *Loader) runWrk(ctx context.Context, base string, paths []string) (Load, error) {
	list := filepath.Join(l.Work, "paths.txt")
	if err := os.WriteFile(list, []byte(strings.Join(paths, "\n")+"\n"), 0o644); err != nil {
		return Load{}, err
	}
	script := filepath.Join(l.Work, "paths.lua")
	if err := os.WriteFile(script, fmt.Appendf(nil, wrkScript, list), 0o644); err != nil {
		return Load{}, err
	}
	return l.wrkRun(ctx, base, script, l.Duration)
}

// wrkRun runs wrk with a Lua script for d.
func (l *Loader) wrkRun(ctx context.Context, base, script string, d time.Duration) (Load, error) {
	secs := max(1, int(d.Round(time.Second)/time.Second))
	out, err := exec.CommandContext(ctx, l.wrk, "-t"+strconv.Itoa(crawlThreads), "-c"+strconv.Itoa(l.Conns), "-d"+strconv.Itoa(secs)+"s",
		"--timeout", "5s", "--latency", "-s", script, base).CombinedOutput()
	if err != nil {
		return Load{}, fmt.Errorf("wrk: %v: %s", err, out)
	}
	return ParseWrk(string(out))
}

var (
	wrkRPS     = lazyRegexp(`Requests/sec:\s+([\d.]+)`)
	wrkCount   = lazyRegexp(`(\d+) requests in`)
	wrkPct     = lazyRegexp(`(?m)^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$`)
	wrkNon2xx  = lazyRegexp(`Non-2xx or 3xx responses:\s+(\d+)`)
	wrkSockErr = lazyRegexp(`Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)`)
)

// ParseWrk reads the figures of a wrk --latency report.
func ParseWrk(out string) (Load, error) {
	var ld Load
	m := wrkRPS().FindStringSubmatch(out)
	if m == nil {
		return ld, fmt.Errorf("wrk: no Requests/sec in %q", out)
	}
	ld.RPS, _ = strconv.ParseFloat(m[1], 64)
	if m := wrkCount().FindStringSubmatch(out); m != nil {
		ld.Requests, _ = strconv.Atoi(m[1])
	}
	for _, p := range wrkPct().FindAllStringSubmatch(out, -1) {
		v, _ := strconv.ParseFloat(p[2], 64)
		unit := map[string]time.Duration{"us": time.Microsecond, "ms": time.Millisecond, "s": time.Second}[p[3]]
		d := time.Duration(v * float64(unit))
		if p[1] == "50" {
			ld.P50 = d
		} else {
			ld.P99 = d
		}
	}
	if m := wrkNon2xx().FindStringSubmatch(out); m != nil {
		ld.Errors, _ = strconv.Atoi(m[1])
	}
	if m := wrkSockErr().FindStringSubmatch(out); m != nil {
		for _, s := range m[1:] {
			n, _ := strconv.Atoi(s)
			ld.Errors += n
		}
	}
	return ld, nil
}

// runGo is the fallback: Conns goroutines, each with its own keep-alive
// connection, in a closed loop.
func (l *Loader) runGo(ctx context.Context, base string, paths []string) (Load, error) {
	tr := &http.Transport{MaxIdleConnsPerHost: l.Conns, MaxConnsPerHost: l.Conns, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 5 * time.Second}
	deadline := time.Now().Add(l.Duration)
	var mu sync.Mutex
	var all []time.Duration
	errs := 0
	var wg sync.WaitGroup
	start := time.Now()
	for c := range l.Conns {
		wg.Go(func() {
			var lat []time.Duration
			e := 0
			for i := c; time.Now().Before(deadline) && ctx.Err() == nil; i++ {
				t := time.Now()
				resp, err := client.Get(base + paths[i%len(paths)])
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode >= 400 {
						e++
					}
				} else {
					e++
				}
				lat = append(lat, time.Since(t))
			}
			mu.Lock()
			all = append(all, lat...)
			errs += e
			mu.Unlock()
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	if len(all) == 0 {
		return Load{}, fmt.Errorf("no request finished")
	}
	slices.Sort(all)
	return Load{RPS: float64(len(all)) / elapsed.Seconds(), Requests: len(all), P50: quantile(all, 0.50), P99: quantile(all, 0.99), Errors: errs}, nil
}

// quantile of sorted durations, nearest rank.
func quantile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(q*float64(len(sorted))+0.5) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}
