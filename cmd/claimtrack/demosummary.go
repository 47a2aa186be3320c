package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/claimtrack/claimtrack/demo"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
)

// What `claimtrack demo` says once its story has run, from what the store
// then holds: the accepted values and who agreed, the conflicts, and for
// each article whose figure was not posted what was judged and why
// (judgedIn, whyNotPosted). Split from cmd_demo.go, which runs the story.

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
