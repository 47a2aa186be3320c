package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/tracker"
	"github.com/claimtrack/claimtrack/web"
)

func runHistory(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "history", "[--config F] [--json] METRIC",
		"Print a metric's timeline: when, value as written, qualifier, who claims it, outlet,\n"+
			"what it meant and URL; the accepted value's row says \"the value now\". What it meant\n"+
			"is how the figure was judged when it was read (--json gives the outcome's name):\n"+
			"  first reading          the metric's first figure: its value, posted only with\n"+
			"                         announce_first (baseline)\n"+
			"  change                 a new value, posted\n"+
			"  agrees                 agrees with the accepted value (\"more than 1,000\" after\n"+
			"                         1,412) (corroborates): its outlet counts among the API's\n"+
			"                         agreeing while that value stands (its claimant's, by: claimant)\n"+
			"  copy of OUTLET's story  from a near copy of another outlet's article (syndication):\n"+
			"                         the API lists it in copies, never among agreeing\n"+
			"  below min_change       a change under min_change, not posted (small)\n"+
			"  older than the value   published before the accepted value's article, not posted\n"+
			"                         (stale)\n"+
			"  possible correction    a running total went down: posted (decrease)\n"+
			"  conflict               cannot be true with another outlet's or claimant's accepted\n"+
			"                         value: posted\n"+
			"  repeats an older figure  a figure its claimant gave before a newer, different one,\n"+
			"                         run again (an old wire copy): not posted (repeat)\n"+
			"  corrected by its outlet  the outlet corrected its own figure in the article\n"+
			"                         (a \"Correction:\" line): the value, posted as a correction\n"+
			"                         (corrected)\n"+
			"  withdrawn by its outlet  the figure that correction replaced: never the value\n"+
			"                         again (withdrawn)\n"+
			"  a swap still to come   of a metric of exchanges, a swap its sentence says is to\n"+
			"                         come (\"the next swap, due on Sunday\"): not posted (planned)\n"+
			"  revised by its claimant  a running total's claimant revised the accepted figure down,\n"+
			"                         naming it (\"to 1,498, down from 1,517\"): the value, posted as\n"+
			"                         its revision (revised)\n"+
			"Published before the metric's tracking began (the archive's past: a first once over\n"+
			"saved files, another source's newer figure, a source added later), nothing is posted\n"+
			"but its newest figure, once, as the first value, when that changed an older one as\n"+
			"news and was published within tracker.announce_recent (12h) of being read;\n"+
			"a first pass reads up to 100 archive figures of a metric as if oldest first, so its\n"+
			"oldest is the first reading and its newest the value tracking starts from:\n"+
			"  archive: taken as the value   newer than the accepted value (backlog)\n"+
			"  archive: possible correction  a running total went down: kept here and on the\n"+
			"                                dashboard (backlog_decrease)\n"+
			"  archive: conflict             kept here and on the dashboard; of a level's (no\n"+
			"                                total: true) two figures from other outlets or\n"+
			"                                claimants within conflict_window, the older,\n"+
			"                                if it disagrees with the value the archive ends at\n"+
			"                                (backlog_conflict)\n"+
			"An article that gives no date is dated when read, unless it was read on its source's\n"+
			"first pass: then it is the archive's past too, \"undated\", taken as older than any\n"+
			"dated figure: the first reading if it is the first of all, agrees if it agrees\n"+
			"with the accepted value, else:\n"+
			"  archive, undated: differs     kept here, not posted (backlog_undated)\n"+
			"A figure that a revision of its article changed in place is dated by the revision,\n"+
			"when the page says it: its time reads \"revised\" (\"2026-12-06 09:40 revised\").")
	cfgPath := configFlag(fs)
	asJSON := fs.Bool("json", false, "one JSON object per observation per line, as /api/metrics/ID/observations gives each")
	if code, ok := parseFlags(fs, e, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintf(e.stderr, "claimtrack history: give one METRIC id%s\n", metricIDs(resolveConfig(e, *cfgPath)))
		return exitUsage
	}
	cfg, eng, code := loadEngine(e, *cfgPath)
	if code != exitOK {
		return code
	}
	metric := fs.Arg(0)
	known := false
	for _, m := range eng.Metrics() {
		known = known || m.ID == metric
	}
	store, err := openForReading(ctx, cfg)
	if err != nil {
		if !known {
			fmt.Fprintf(e.stderr, "claimtrack history: %s\n", unknownMetric(metric, eng.Metrics(), cfg.Path))
		} else {
			fmt.Fprintf(e.stderr, "claimtrack history: %v\n", err)
		}
		return exitFail
	}
	defer store.Close()
	hist, err := store.History(ctx, metric)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack history: %v\n", err)
		return exitFail
	}
	if !known {
		// A metric renamed or removed keeps its history under its old id:
		// shown, with a word that nothing tracks it now.
		if len(hist) == 0 {
			fmt.Fprintf(e.stderr, "claimtrack history: %s\n", unknownMetric(metric, eng.Metrics(), cfg.Path))
			return exitFail
		}
		fmt.Fprintf(e.stderr, "%s: no metric has this id in %s now (renamed or removed): its history as stored, no longer tracked\n", metric, cfg.Path)
	}
	if *asJSON {
		// The API's shape and names (web.Observation), copies included:
		// one JSON record of an observation, whichever way it is asked for.
		copies, err := store.CopiesOf(ctx, metric)
		if err != nil {
			fmt.Fprintf(e.stderr, "claimtrack history: %v\n", err)
			return exitFail
		}
		enc := json.NewEncoder(e.stdout)
		for _, o := range hist {
			enc.Encode(web.ObservationOf(o, copies))
		}
		return exitOK
	}
	if len(hist) == 0 {
		fmt.Fprintf(e.stderr, "%s: nothing observed yet\n", metric)
		return exitOK
	}
	now, err := store.AcceptedValues(ctx, metric)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack history: %v\n", err)
		return exitFail
	}
	accepted := map[int64]bool{}
	for _, a := range now {
		accepted[a.ObservationID] = true
	}
	// A first value's message names the figure it posted: the archive's
	// recent change is "archive: taken as the value", and was posted.
	firsts, err := store.MetricEvents(ctx, metric, model.EventFirst)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack history: %v\n", err)
		return exitFail
	}
	announced := map[int64]string{}
	for _, ev := range firsts {
		if ev.Payload.New != nil {
			announced[ev.Payload.New.ID] = "queued as the first value"
			if ev.Delivered != nil {
				announced[ev.Payload.New.ID] = "posted as the first value"
			}
		}
	}
	// A near copy of another outlet's story agrees without being counted
	// among those agreeing: said as the dashboard and the API say it.
	copies, err := store.CopiesOf(ctx, metric)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack history: %v\n", err)
		return exitFail
	}
	names := tracker.ClaimantNames(cfg.ClaimantEntities())
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PUBLISHED\tVALUE\tQUALIFIER\tCLAIMANT\tOUTLET\tMEANT\tURL")
	for _, o := range hist {
		q := ""
		if len(o.Readings) == 1 {
			q = o.Readings[0].Qualifier
		}
		meant := web.Judged(o.Outcome, copies[o.ID])
		if accepted[o.ID] {
			meant += ", the value now"
		}
		if w := announced[o.ID]; w != "" {
			meant += ", " + w
		}
		published := "undated" // an undated article of its source's first pass (backlog_undated)
		if !o.Published.IsZero() {
			published = o.Published.Format("2006-01-02 15:04")
		}
		if o.Revised {
			// Dated by a revision of its page, not its publication.
			published += " revised"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", published, notify.ReadingsText(o.Readings), q,
			claimantColumn(o, names), o.Outlet, meant, o.URL)
	}
	tw.Flush()
	return exitOK
}

// claimantColumn names an observation's claimant for a table: the
// configured display name, else the words as written, else unattributed.
func claimantColumn(o model.Observation, names map[string]string) string {
	if who := tracker.ClaimantDisplay(o, names); who != "" {
		return who
	}
	return "unattributed"
}

// metricIDs names the metrics of the configuration at path, for a user who
// asked for a history without saying which: "; the metrics of config.yaml:
// a, b". Empty when the configuration does not load (the command says why
// once given a METRIC).
func metricIDs(path string) string {
	cfg, err := config.Load(path)
	if err != nil || len(cfg.Metrics) == 0 {
		return ""
	}
	ids := make([]string, len(cfg.Metrics))
	for i, m := range cfg.Metrics {
		ids[i] = m.ID
	}
	return fmt.Sprintf("; the metrics of %s: %s", path, strings.Join(ids, ", "))
}
