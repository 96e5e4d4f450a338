package bench

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// proc is a server the harness started and measures.
type proc struct {
	name  string
	cmd   *exec.Cmd
	base  string        // http://host:port
	first time.Duration // from start to the first answered request
	log   *os.File
}

// freeAddr finds a loopback port nobody listens on.
func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// startProc runs name with args (which must make it listen on addr) and
// waits until GET probe answers 200.
func startProc(ctx context.Context, work, label, addr, probe string, name string, args ...string) (*proc, error) {
	logf, err := os.Create(filepath.Join(work, label+".log"))
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stdout, cmd.Stderr = logf, logf
	p := &proc{name: label, cmd: cmd, base: "http://" + addr, log: logf}
	client := &http.Client{Timeout: 2 * time.Second}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		logf.Close()
		return nil, err
	}
	for time.Since(start) < 30*time.Second {
		resp, err := client.Get(p.base + probe)
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				p.first = time.Since(start)
				client.CloseIdleConnections()
				return p, nil
			}
		}
		time.Sleep(time.Millisecond)
	}
	p.stop()
	return nil, fmt.Errorf("%s did not answer %s within 30 s (see %s)", label, probe, logf.Name())
}

func (p *proc) stop() {
	if p == nil {
		return
	}
	p.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { p.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		p.cmd.Process.Kill()
		<-done
	}
	p.log.Close()
}

// rss reads the resident set size and its peak (kB → bytes).
func rss(pid int) (cur, peak int64) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		switch k {
		case "VmRSS":
			cur = n << 10
		case "VmHWM":
			peak = n << 10
		}
	}
	return cur, peak
}

// rssSampler records the largest RSS of a process while it runs.
type rssSampler struct {
	mu   sync.Mutex
	max  int64
	stop chan struct{}
	done chan struct{}
}

func sampleRSS(pid int) *rssSampler {
	s := &rssSampler{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(s.done)
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			cur, _ := rss(pid)
			s.mu.Lock()
			s.max = max(s.max, cur)
			s.mu.Unlock()
			select {
			case <-s.stop:
				return
			case <-t.C:
			}
		}
	}()
	return s
}

func (s *rssSampler) finish() int64 {
	close(s.stop)
	<-s.done
	return s.max
}

// ServeStatic serves dir with Go's http.FileServer: the ceiling for a Go
// server answering the same bytes. It runs until the process is stopped.
func ServeStatic(dir, addr string) error {
	srv := &http.Server{Addr: addr, Handler: http.FileServer(http.Dir(dir)), ReadHeaderTimeout: 5 * time.Second}
	return srv.ListenAndServe()
}

const nginxConf = `worker_processes 2;
daemon off;
pid %[1]s/nginx.pid;
error_log %[1]s/nginx-error.log;
%[4]s
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 10000000;
    default_type text/html;
    client_body_temp_path %[1]s/tmp;
    proxy_temp_path %[1]s/tmp;
    fastcgi_temp_path %[1]s/tmp;
    uwsgi_temp_path %[1]s/tmp;
    scgi_temp_path %[1]s/tmp;
    server {
        listen %[2]s;
        root %[3]s;
    }
}
`

// startNginx serves dir with Debian's nginx when it is installed, for
// reference beside the Go baseline; nil, nil when it is not.
func startNginx(ctx context.Context, work, dir string) (*proc, error) {
	bin, err := exec.LookPath("nginx")
	if err != nil {
		if _, serr := os.Stat("/usr/sbin/nginx"); serr != nil {
			return nil, nil
		}
		bin = "/usr/sbin/nginx"
	}
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	nw := filepath.Join(work, "nginx")
	if err := os.MkdirAll(filepath.Join(nw, "tmp"), 0o755); err != nil {
		return nil, err
	}
	user := ""
	if os.Geteuid() == 0 {
		user = "user root;"
	}
	conf := filepath.Join(nw, "nginx.conf")
	if err := os.WriteFile(conf, fmt.Appendf(nil, nginxConf, nw, addr, dir, user), 0o644); err != nil {
		return nil, err
	}
	return startProc(ctx, work, "nginx", addr, "/probe.html", bin, "-p", nw, "-c", conf)
}
