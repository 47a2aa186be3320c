package main

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack"
	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/demo"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/tracker"
)

func runDemo(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "demo", "",
		"Follow a small built-in news story (seven articles from four outlets) with the\n"+
			"shipped rules: a news site served in-process, the real pipeline, a temporary\n"+
			"SQLite store. Prints every message claimtrack would post. Needs no network\n"+
			"and no Slack account; with SLACK_WEBHOOK_URL set, it also posts them there.")
	serve := fs.Bool("serve", false, "afterwards, serve the dashboard over the story until Ctrl-C")
	listen := fs.String("listen", "127.0.0.1:9464", "with --serve, where the dashboard listens (another free port is taken if this one is busy)")
	if code, ok := parseFlags(fs, e, args); !ok {
		return code
	}
	fail := func(err error) int {
		fmt.Fprintf(e.stderr, "claimtrack demo: %v\n", err)
		return exitFail
	}
	dir, err := os.MkdirTemp("", "claimtrack-demo-")
	if err != nil {
		return fail(err)
	}
	defer os.RemoveAll(dir)
	if err := writeShipped(dir); err != nil {
		return fail(err)
	}
	// The shipped config reads secrets from the environment; the demo needs none.
	quiet := &env{stdin: e.stdin, stdout: e.stdout, stderr: discard{}, getenv: e.getenv}
	cfg, eng, code := loadEngine(quiet, filepath.Join(dir, "config.yaml"))
	if code != exitOK {
		_, _, _ = loadEngine(e, filepath.Join(dir, "config.yaml"))
		return code
	}
	articles, err := demo.Articles()
	if err != nil {
		return fail(err)
	}
	site := demo.NewSite(articles)
	srv := httptest.NewServer(site)
	defer srv.Close()

	cfg.Store = filepath.Join(dir, "demo.db")
	cfg.Sources = nil
	outlets := site.Outlets()
	slugs := make([]string, 0, len(outlets))
	for slug := range outlets {
		slugs = append(slugs, slug)
	}
	sort.Strings(slugs)
	for _, slug := range slugs {
		cfg.Sources = append(cfg.Sources, config.Source{Name: slug, Outlet: outlets[slug], Feed: srv.URL + "/" + slug + "/feed.xml"})
	}
	cfg.Fetch.PerHostRate, cfg.Fetch.PerHostParallel = 200, 4 // our own site, in this process
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	a, err := openApp(ctx, cfg, eng, log)
	if err != nil {
		return fail(err)
	}
	defer a.store.Close()

	w := e.stdout
	fmt.Fprintf(w, "claimtrack demo: %d shipped metrics follow a story told by %d built-in articles from %d outlets.\n", len(eng.Metrics()), len(articles), len(outlets))
	fmt.Fprintf(w, "A news site runs in this process at %s; each scrape finds one more article.\n", srv.URL)
	fmt.Fprintln(w, "The first value of a metric is its baseline and is not posted; what follows is judged.")
	var out notify.Notifier = notify.Console{W: w, Renderer: a.renderer}
	if cfg.Slack.Configured() {
		// SLACK_WEBHOOK_URL (or a bot token) is set: post for real too.
		sn, err := a.notifier(e)
		if err != nil {
			return fail(err)
		}
		out = alsoTo{first: sn, then: out}
		fmt.Fprintln(w, "Slack is configured in the environment: each message is posted there as well.")
	}
	posted := 0
	for i, art := range articles {
		if ctx.Err() != nil {
			return fail(ctx.Err())
		}
		site.Show(i + 1)
		fmt.Fprintf(w, "\n── Scrape %d: %s publishes %q (%s)\n\n", i+1, art.Outlet, art.Title, art.Published.Format("2 Jan 15:04"))
		ran, n, err := a.runDue(ctx, "", tracker.RunOptions{}, out)
		for _, r := range ran {
			if r.Err != nil {
				return fail(fmt.Errorf("%s: %w", r.Source, r.Err))
			}
		}
		if err != nil {
			return fail(err)
		}
		if n == 0 {
			fmt.Fprintln(w, "(nothing to post)")
		}
		posted += n
	}
	if code := demoSummary(ctx, e, a, posted); code != exitOK || !*serve {
		if !*serve {
			fmt.Fprintln(w, "Run `claimtrack demo --serve` to browse the story in the dashboard.")
		}
		return code
	}
	return serveDemo(ctx, e, a, *listen)
}

// serveDemo serves the dashboard over the demo's store until ctx ends.
func serveDemo(ctx context.Context, e *env, a *app, addr string) int {
	dash, err := a.dashboard()
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack demo: %v\n", err)
		return exitFail
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		if ln, err = net.Listen("tcp", "127.0.0.1:0"); err != nil {
			fmt.Fprintf(e.stderr, "claimtrack demo: listen: %v\n", err)
			return exitFail
		}
	}
	srv := &http.Server{Handler: dash, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	fmt.Fprintf(e.stdout, "\nDashboard: http://%s/  (Ctrl-C to stop)\n", ln.Addr())
	<-ctx.Done()
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	srv.Shutdown(shut)
	return exitOK
}

// alsoTo delivers to Slack, then prints: the demo shows every message
// whether or not it also posts it.
type alsoTo struct{ first, then notify.Notifier }

func (t alsoTo) Notify(ctx context.Context, e model.Event) (notify.Delivery, bool, error) {
	d, retry, err := t.first.Notify(ctx, e)
	if err != nil {
		return d, retry, err
	}
	_, _, err = t.then.Notify(ctx, e)
	return d, true, err
}

// demoSummary says what the story showed, from what the store now holds.
func demoSummary(ctx context.Context, e *env, a *app, posted int) int {
	w := e.stdout
	counts := map[string]int{}
	verb := "would have been"
	if a.cfg.Slack.Configured() {
		verb = "were"
	}
	fmt.Fprintf(w, "\n── Summary: %d messages %s posted.\n", posted, verb)
	for _, m := range a.engine.Metrics() {
		hist, err := a.store.History(ctx, m.ID)
		if err != nil {
			fmt.Fprintf(e.stderr, "claimtrack demo: %v\n", err)
			return exitFail
		}
		for _, o := range hist {
			counts[o.Outcome]++
		}
		cur, agree, err := a.store.Current(ctx, m.ID)
		if err != nil || cur == nil {
			continue
		}
		fmt.Fprintf(w, "  %-48s %s (%s; agreeing: %s)\n", m.Name, notify.ReadingsText(cur.Readings), cur.Outlet, strings.Join(agree, ", "))
	}
	fmt.Fprintf(w, "\nWhat it showed: %s posted, %s (figures from other outlets that agree),\n",
		plural(counts[tracker.Change.String()], "change"), plural(counts[tracker.Corroborates.String()], "corroboration"))
	fmt.Fprintf(w, "a syndicated copy recognised and not counted twice, %s (an older article read late),\n", plural(counts[tracker.Stale.String()], "stale figure"))
	fmt.Fprintf(w, "%s between outlets, and %s. Run `claimtrack once` against your own config next.\n",
		plural(counts[tracker.Conflict.String()], "conflict"), plural(counts[tracker.Baseline.String()], "baseline"))
	return exitOK
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func writeShipped(dir string) error {
	return fs.WalkDir(claimtrack.Shipped, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dir, path)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := claimtrack.Shipped.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
