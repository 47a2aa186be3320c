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
	"strings"
	"text/tabwriter"

	"github.com/claimtrack/claimtrack"
	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/daemon"
	"github.com/claimtrack/claimtrack/demo"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/store"
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

// demoSummary says what the story showed, from what the store now holds.
func demoSummary(ctx context.Context, e *env, a *app, posted int) int {
	w := e.stdout
	verb := "would have been"
	if a.cfg.Slack.Configured() {
		verb = "were"
	}
	fmt.Fprintf(w, "\n── Summary: %d messages %s posted.\n\n", posted, verb)
	names := tracker.ClaimantNames(a.cfg.ClaimantEntities())
	counts := map[string]int{}
	copies, conflicts := 0, map[string]int{}
	// A tab writer sizes each column to its longest cell: a long metric
	// name never runs into its value.
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  METRIC\tCURRENT VALUE\tCLAIMED BY\tAGREEING")
	for _, m := range a.engine.Metrics() {
		hist, err := a.store.History(ctx, m.ID)
		if err != nil {
			fmt.Fprintf(e.stderr, "claimtrack demo: %v\n", err)
			return exitFail
		}
		cp, err := a.store.CopiesOf(ctx, m.ID)
		if err != nil {
			fmt.Fprintf(e.stderr, "claimtrack demo: %v\n", err)
			return exitFail
		}
		for _, o := range hist {
			counts[o.Outcome]++
			if o.Outcome == tracker.Corroborates.String() && cp[o.ID] != "" {
				copies++
			}
		}
		values, err := a.store.AcceptedValues(ctx, m.ID)
		if err != nil {
			fmt.Fprintf(e.stderr, "claimtrack demo: %v\n", err)
			return exitFail
		}
		for _, v := range values {
			own := model.Observation{ClaimantID: v.ClaimantID, ClaimantWords: v.ClaimantWords, Outlet: v.Outlet}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", m.Name, valueWithUnit(v.Readings, m), claimedBy(own, names), agreeingText(v))
		}
	}
	tw.Flush()
	evs, err := a.store.Events(ctx, 1000)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack demo: %v\n", err)
		return exitFail
	}
	for _, ev := range evs {
		if ev.Kind == model.EventConflict {
			conflicts[ev.Payload.Conflict]++
		}
	}
	agreeing := counts[tracker.Corroborates.String()] - copies
	fmt.Fprintf(w, "\nWhat it showed: %s posted; %s from outlets that merely agree (one more outlet each,\n",
		plural(counts[tracker.Change.String()], "change"), plural(agreeing, "figure"))
	fmt.Fprintln(w, "and one more claimant only when someone else claims the figure);")
	fmt.Fprintf(w, "%s recognised and not counted again; %s (an older article read late);\n",
		plural(copies, "syndicated copy"), plural(counts[tracker.Stale.String()], "stale figure"))
	// What to do next names README's section, not a bare command: a user of
	// `go run` has no claimtrack binary, and no config of their own yet.
	fmt.Fprintf(w, "%s; and %s.\nNext, a desk of your own: README's \"A first configuration of your own\" (saved articles, your\n"+
		"metrics, no Slack), checked with `check --config FILE` and read with `once --config FILE`.\n",
		conflictsText(conflicts), plural(counts[tracker.Baseline.String()], "first reading"))
	return exitOK
}

// judgedIn says, for each metric the scrape's article gave a figure of
// and whose event was not posted, what was judged and why.
func judgedIn(ctx context.Context, a *app, art demo.Article) ([]string, error) {
	names := tracker.ClaimantNames(a.cfg.ClaimantEntities())
	var out []string
	for _, m := range a.engine.Metrics() {
		hist, err := a.store.History(ctx, m.ID)
		if err != nil {
			return nil, err
		}
		var mine []model.Observation
		for _, o := range hist {
			if strings.HasSuffix(o.URL, art.Path) {
				mine = append(mine, o)
			}
		}
		if len(mine) == 0 {
			continue
		}
		copies, err := a.store.CopiesOf(ctx, m.ID)
		if err != nil {
			return nil, err
		}
		cur, _, err := a.store.Current(ctx, m.ID)
		if err != nil {
			return nil, err
		}
		for _, o := range mine {
			why, ok := whyNotPosted(o, cur, copies[o.ID], m, names)
			if ok {
				out = append(out, fmt.Sprintf("%s: %s, %s — %s", m.Name, valueWithUnit(o.Readings, m), claimedBy(o, names), why))
			}
		}
	}
	return out, nil
}

// whyNotPosted says why an observation made no message; false when it
// made one (a change, a conflict, a possible correction).
func whyNotPosted(o model.Observation, cur *model.Observation, copyOf string, m rules.MetricSpec, names map[string]string) (string, bool) {
	accepted := func() string {
		if cur == nil {
			return "the accepted figure"
		}
		return fmt.Sprintf("the accepted %s (%s, %s)", valueWithUnit(cur.Readings, m), claimedBy(*cur, names), cur.Published.Format("2 Jan"))
	}
	switch o.Outcome {
	case tracker.Baseline.String():
		return tracker.Baseline.Words() + ": not posted", true
	case tracker.Corroborates.String():
		if copyOf != "" {
			return "copy of " + copyOf + "'s story: not counted again", true
		}
		why := "agrees with " + accepted()
		switch c := store.ClaimantKey(o); {
		case cur == nil || c == "":
		case c == store.ClaimantKey(*cur):
			why += ": one more outlet, the same claimant"
		default:
			why += ": one more outlet and an independent claimant"
		}
		return why, true
	case tracker.Stale.String():
		return "older than " + accepted() + ": cannot replace it", true
	case tracker.Small.String():
		return "a change smaller than the metric's min_change", true
	case tracker.Backlog.String():
		return tracker.Backlog.Words() + ": published before tracking began, newer than " + accepted() + ", not posted", true
	case tracker.BacklogDecrease.String(), tracker.BacklogConflict.String():
		return tracker.OutcomeWords(o.Outcome) + ": published before tracking began, disagrees with " + accepted() + ", shown on the dashboard, not posted", true
	case tracker.BacklogUndated.String():
		return tracker.BacklogUndated.Words() + " from " + accepted() + ": read on its source's first pass, kept in the history, not posted", true
	}
	return "", false
}

// claimedBy names who claims an observation's figure and through which
// outlet, as messages do (notify.Attribution), and says so when nobody
// does: "Gaza health ministry via Gulf Courier", "Gulf Courier
// (unattributed)".
func claimedBy(o model.Observation, names map[string]string) string {
	who := tracker.ClaimantDisplay(o, names)
	if who == "" {
		return o.Outlet + " (unattributed)"
	}
	return notify.Attribution(who, o.Outlet)
}

// agreeingText counts the outlets and independent claimants agreeing with
// an accepted value.
func agreeingText(v store.Accepted) string {
	s := plural(len(v.Agreeing), "outlet")
	if n := len(v.Claimants); n > 0 {
		s += ", " + plural(n, "claimant")
	}
	return s
}

// valueWithUnit writes readings as messages do (notify.ReadingsText:
// qualifiers in lower case wherever the sentence put them) with the
// metric's unit, each value of a metric with several named by what it
// counts ("some 700 prisoners, 40 hostages").
func valueWithUnit(rs []model.Reading, m rules.MetricSpec) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		unit := m.Unit
		if r.Name != "value" && r.Name != "" {
			unit = r.Name
		}
		r.Name = ""
		s := notify.ReadingsText([]model.Reading{r})
		if m.Kind == "money" || unit == "" {
			parts[i] = s
			continue
		}
		if k := strings.Index(s, " ("); k > 0 {
			s = s[:k] + " " + unit + s[k:]
		} else {
			s += " " + unit
		}
		parts[i] = s
	}
	return strings.Join(parts, ", ")
}

// conflictsText counts conflicts by what they were between.
func conflictsText(byScope map[string]int) string {
	total := 0
	for _, n := range byScope {
		total += n
	}
	if total == 0 {
		return "no conflict"
	}
	var parts []string
	for _, sc := range []struct{ key, words string }{
		{model.ConflictClaimants, "between claimants"},
		{model.ConflictWithinClaimant, "within one claimant's reporting"},
		{model.ConflictOutlets, "between outlets (a side unattributed)"},
	} {
		if n := byScope[sc.key]; n > 0 {
			parts = append(parts, plural(n, "conflict")+" "+sc.words)
		}
	}
	return strings.Join(parts, ", ")
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if stem, ok := strings.CutSuffix(noun, "y"); ok && !strings.ContainsAny(stem[len(stem)-1:], "aeiou") {
		return fmt.Sprintf("%d %sies", n, stem)
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
