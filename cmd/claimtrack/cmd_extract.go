package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/claimant"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/tracker"
)

func runExtract(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "extract", "[--config F] [--json] [--metric ID] [--text | --explain] FILE|URL|-",
		"Print the observations the configured metrics make in one article: the values,\n"+
			"the quote they came from and the rule that matched. A URL is fetched politely\n"+
			"(robots.txt, the configured user_agent); an .html file, HTML on standard input or\n"+
			"an HTML response goes through main-text extraction; a text with the demo's header\n"+
			"(demo/articles: Outlet, Published, Title, URL) is read as the demo reads it, as\n"+
			"rules misses does; anything else is read as text.\n"+
			"With --text, print what the scraper sees instead: title, date, canonical URL, text.\n"+
			"With --explain, print for each sentence with a figure every metric that looked at\n"+
			"it and why it took a figure or not, step by step as the engine decided.")
	cfgPath := configFlag(fs)
	asJSON := fs.Bool("json", false, "one JSON object per observation per line")
	only := fs.String("metric", "", "only this metric")
	textOnly := fs.Bool("text", false, "print the extracted article instead of observations")
	explain := fs.Bool("explain", false, "say why each metric took each figure or not")
	if code, ok := parseFlags(fs, e, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(e.stderr, "claimtrack extract: give one FILE, a URL, or - for standard input")
		return exitUsage
	}
	src := fs.Arg(0)
	boilerplate := scrape.DefaultBoilerplate
	var eng *rules.Engine
	cfg := &config.Config{}
	if !*textOnly || *cfgPath != "" || fileExists(resolveConfig(e, "")) {
		c, en, code := loadEngine(e, *cfgPath)
		if code != exitOK {
			return code
		}
		cfg, eng = c, en
		var err error
		if boilerplate, err = scrape.Boilerplate(cfg.Boilerplate); err != nil {
			fmt.Fprintf(e.stderr, "claimtrack extract: %v\n", err)
			return exitFail
		}
	}
	var article *scrape.Article
	name := src
	if strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://") {
		f, err := scrape.NewFetcher(fetchConfigFrom(cfg), nil)
		if err != nil {
			fmt.Fprintf(e.stderr, "claimtrack extract: %v\n", err)
			return exitFail
		}
		article, _, err = f.Article(ctx, scrape.Link{URL: src}, scrape.Source{Extract: scrape.ExtractOptions{Boilerplate: boilerplate}}, scrape.Validators{})
		if err != nil {
			fmt.Fprintf(e.stderr, "claimtrack extract: %v\n", err)
			return exitFail
		}
	} else {
		in, n, closeIn, err := openInput(e, src)
		if err != nil {
			fmt.Fprintf(e.stderr, "claimtrack extract: %v\n", err)
			return exitFail
		}
		defer closeIn()
		name = n
		limit := cfg.Fetch.MaxBodyBytes
		if limit <= 0 {
			limit = defaultArticleBytes
		}
		data, err := readText(in, name, limit, "fetch.max_body_bytes")
		if err != nil {
			fmt.Fprintf(e.stderr, "claimtrack extract: %v\n", err)
			return exitFail
		}
		if article, _, err = readArticleFile(data, name, scrape.ExtractOptions{Boilerplate: boilerplate}); err != nil {
			fmt.Fprintf(e.stderr, "claimtrack extract: %v\n", err)
			return exitFail
		}
	}
	if *textOnly {
		w := e.stdout
		fmt.Fprintf(w, "Title: %s\n", article.Title)
		if !article.Published.IsZero() {
			fmt.Fprintf(w, "Date: %s\n", article.Published.Format("2006-01-02 15:04 MST"))
		}
		if article.CanonicalURL != "" {
			fmt.Fprintf(w, "Canonical URL: %s\n", article.CanonicalURL)
		}
		if article.Outlet != "" {
			fmt.Fprintf(w, "Outlet: %s\n", article.Outlet)
		}
		fmt.Fprintf(w, "\n%s\n", article.Text)
		return exitOK
	}
	if *only != "" {
		found := false
		for _, m := range eng.Metrics() {
			found = found || m.ID == *only
		}
		if !found {
			fmt.Fprintf(e.stderr, "claimtrack extract: %s\n", unknownMetric(*only, eng.Metrics(), cfg.Path))
			return exitFail
		}
	}
	// The page's date is when its years are read from; an undated page is
	// read as of now, as a pass reads one (tracker.ArticleDate), so that
	// extract and --explain show what the tracker would take.
	date := tracker.ArticleDate(article.Published, time.Now())
	observations := eng.ExtractInArticle(article.Text, "", date)
	if len(observations) == 0 && !article.AsText && tracker.TitleOnly(article.Title, article.Text) {
		// Said first, and even with --json: an empty explanation, or "no
		// metric matched", would pass for a story without figures. A
		// short brief that gives a figure was read, as a pass counts it
		// (tracker's no-text count asks the same two things).
		fmt.Fprintf(e.stderr, "%s: the page gives almost no text besides its title, so no figure in its story can be read: "+
			"`claimtrack extract --text %s` shows what claimtrack reads; if the page shows the story in a browser, set the source's "+
			"content: selector to the element that holds it (a video or gallery page is this too)\n", name, src)
	}
	if *explain {
		printExplanations(e, eng, article.Text, date, *only, *asJSON)
		return exitOK
	}
	n := 0
	for _, o := range observations {
		if *only != "" && o.Metric != *only {
			continue
		}
		n++
		if *asJSON {
			b, _ := json.Marshal(observationJSON{Observation: o, Claimant: claimantName(o.Claimant), ClaimantHow: claimantHow(o.Claimant)})
			fmt.Fprintf(e.stdout, "%s\n", b)
			continue
		}
		printObservation(e.stdout, o)
	}
	if n == 0 && !*asJSON {
		fmt.Fprintf(e.stderr, "%s: no metric matched\n", name)
	}
	return exitOK
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func printObservation(w io.Writer, o rules.Observation) {
	fmt.Fprintf(w, "%s: %s\n  by %s\n", o.Metric, rules.DescribeValues(o.Values), o.Rule)
	if c := o.Claimant; c != nil {
		fmt.Fprintf(w, "  claimed by %s (%q, found in the %s)\n", c.Name(), c.Words, c.How)
	}
	fmt.Fprintf(w, "  %q\n", o.Quote)
}

// observationJSON is an observation as extract --json prints it: the
// claimant as its stable id or its words, and where it was found.
type observationJSON struct {
	rules.Observation
	Claimant    string `json:"claimant,omitempty"`
	ClaimantHow string `json:"claimant_how,omitempty"`
}

func claimantName(c *claimant.Claimant) string {
	if c == nil {
		return ""
	}
	return c.Name()
}

func claimantHow(c *claimant.Claimant) string {
	if c == nil {
		return ""
	}
	return string(c.How)
}

// noWordsHere says that no metric looked at a sentence. With one metric in
// view (--metric, or a configuration of one) it names that metric's
// keywords as written: a desk asking why its sentence was missed sees at
// once that a keyword "forced from their homes" wants its "their", and
// what to add to keywords:.
func noWordsHere(eng *rules.Engine, only string) string {
	var one *rules.MetricSpec
	for _, m := range eng.Metrics() {
		if only == "" && len(eng.Metrics()) == 1 || m.ID == only {
			one = &m
			break
		}
	}
	if one == nil || len(one.Keywords) == 0 {
		return "no metric's words are in this sentence"
	}
	var kws []string
	for _, k := range one.Keywords {
		kws = append(kws, strconv.Quote(k))
	}
	return fmt.Sprintf("no keyword of %s is in this sentence, in any form: %s (add the sentence's own words to keywords:)", one.ID, strings.Join(kws, ", "))
}

// printExplanations prints, sentence by sentence, each metric's decision.
func printExplanations(e *env, eng *rules.Engine, text string, date time.Time, only string, asJSON bool) {
	_, sentences := eng.ExplainDated(text, date)
	for _, se := range sentences {
		othersLooked := false
		if only != "" {
			othersLooked = len(se.Metrics) > 0
			var kept []rules.MetricExplanation
			for _, m := range se.Metrics {
				if m.Metric == only {
					kept = append(kept, m)
				}
			}
			se.Metrics = kept
		}
		if asJSON {
			b, _ := json.Marshal(se)
			fmt.Fprintf(e.stdout, "%s\n", b)
			continue
		}
		fmt.Fprintf(e.stdout, "%q\n  figures: %s\n", se.Quote, strings.Join(se.Figures, "; "))
		switch {
		case len(se.Metrics) == 0 && othersLooked:
			// --metric hid the metrics that did look: "no metric's words"
			// would then be false. The metric named is absent for the
			// reason it is absent from any sentence (none of its words is
			// here), and its keywords are the way on.
			fmt.Fprintf(e.stdout, "  %s; other metrics' words are (leave out --metric to see them)\n", noWordsHere(eng, only))
		case len(se.Metrics) == 0:
			fmt.Fprintln(e.stdout, "  "+noWordsHere(eng, only))
		}
		for _, m := range se.Metrics {
			verdict := "took nothing"
			if m.Took {
				verdict = "took a figure"
			}
			fmt.Fprintf(e.stdout, "  %s: %s\n", m.Metric, verdict)
			for _, step := range m.Steps {
				fmt.Fprintf(e.stdout, "    %s\n", step)
			}
		}
		fmt.Fprintln(e.stdout)
	}
}
