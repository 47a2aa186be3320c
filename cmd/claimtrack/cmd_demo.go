package main

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"

	"github.com/claimtrack/claimtrack"
	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/daemon"
	"github.com/claimtrack/claimtrack/demo"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/tracker"
	"github.com/claimtrack/claimtrack/web"
)

func runDemo(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "demo", "",
		"Follow a small built-in news story (eight articles from four outlets) with the\n"+
			"shipped rules: a news site served in-process, the real pipeline, a temporary\n"+
			"SQLite store. Prints every message claimtrack would post. Needs no network\n"+
			"and no Slack account; with SLACK_WEBHOOK_URL set, it also posts them there.")
	serve := fs.Bool("serve", false, "afterwards, serve the dashboard over the story until Ctrl-C")
	listen := fs.String("listen", "127.0.0.1:9464", "with --serve, where the dashboard listens (another free port is taken if this one is busy)")
	if code, ok := parseFlagsNoArgs(fs, e, args); !ok {
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
	quiet := *e
	quiet.stderr = discard{}
	cfg, eng, code := loadEngine(&quiet, filepath.Join(dir, "config.yaml"))
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
	a, err := openApp(ctx, cfg, eng, e.owner, log)
	if err != nil {
		return fail(err)
	}
	defer a.store.Close()
	// The passes read the site in the story's own time, as a daemon
	// following it would have: each article is news published after the
	// tracking of its metrics began, not the archive's past.
	a.pass.Now = site.Now

	w := e.stdout
	fmt.Fprintf(w, "claimtrack demo: %d shipped metrics follow a story told by %d built-in articles from %d outlets.\n", len(eng.Metrics()), len(articles), len(outlets))
	fmt.Fprintf(w, "A news site runs in this process at %s; each scrape finds one more article.\n", srv.URL)
	fmt.Fprintln(w, "A metric's first reading is not posted; what follows is judged.")
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
		judged, err := judgedIn(ctx, a, art)
		if err != nil {
			return fail(err)
		}
		switch {
		case n == 0 && len(judged) == 0:
			fmt.Fprintln(w, "Nothing to post: the article gives no figure of a tracked metric.")
		case n == 0:
			fmt.Fprintln(w, "Nothing to post. What was judged:")
		case len(judged) > 0:
			fmt.Fprintln(w, "Judged and not posted:")
		}
		for _, j := range judged {
			fmt.Fprintln(w, "  "+j)
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

// serveDemo serves the dashboard over the demo's store until ctx ends,
// as `claimtrack serve` serves a store (runService, daemon.Options's
// ServeOnly): the same server, /healthz and /metrics, and the dashboard's
// rule on a socket off loopback. README's address is most often busy with
// a claimtrack run on a desk's machine: another free port is taken then,
// and said.
func serveDemo(ctx context.Context, e *env, a *app, addr string) int {
	busy := ""
	if ln, err := net.Listen("tcp", addr); err != nil {
		busy = fmt.Sprintf("  (%s is busy, perhaps a claimtrack run: --listen picks another)", addr)
		addr = "127.0.0.1:0"
	} else {
		ln.Close() // the daemon binds it again at once
	}
	a.cfg.Listen = addr
	opt := daemon.Options{ServeOnly: true, Ready: func(bound net.Addr) {
		fmt.Fprintf(e.stdout, "\nDashboard: %s  (Ctrl-C to stop)%s\n", web.OpenURL(bound), busy)
	}}
	return runService(ctx, e, service{cmd: "demo", cfg: a.cfg, eng: a.engine, store: a.store, log: a.log, opt: opt})
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
