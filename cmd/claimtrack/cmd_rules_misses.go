package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/eval"
	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/scrape"
)

func runRulesMisses(ctx context.Context, e *env, args []string) int {
	fls := newFlags(e, "rules misses", "--metric ID [--config F | --rules FILE...] [--json] [--limit N] [--store [--since D|DATE] [--source NAME]] [PATH...]",
		"List the sentences of an archive that hold the metric's scope words and a figure of\n"+
			"its kind within its min and max, but that no rule took, likeliest first: a keyword\n"+
			"in another word form within the window, a keyword further off, the scope in the\n"+
			"sentence, the metric's unit after the figure. A figure the rules left on purpose\n"+
			"(an exclude word, a part, a share's whole: what --explain says) comes after every\n"+
			"silent miss, with the rules' reason. The archive is files and folders\n"+
			"(read recursively; HTML goes through main-text extraction, other files are read as\n"+
			"text) and, with --store, the texts of the articles claimtrack stored, each named\n"+
			"by its URL. --store reads the configuration's store, also with --rules.")
	src := addRuleSource(fls)
	metricID := fls.String("metric", "", "the metric whose misses to list (required)")
	asJSON := fls.Bool("json", false, "one JSON object per candidate per line")
	limit := fls.Int("limit", 50, "list at most this many candidates (0: all)")
	fromStore := fls.Bool("store", false, "search the texts of the articles claimtrack stored too")
	since := fls.String("since", "", "with --store, the articles read since a `time`: a duration back (72h, 7d) or a date (2026-11-01)")
	source := fls.String("source", "", "with --store, the articles of one source `NAME`")
	if code, ok := parseFlags(fls, e, args); !ok {
		return code
	}
	if fls.NArg() == 0 && !*fromStore {
		fmt.Fprintln(e.stderr, "claimtrack rules misses: give the files or folders of saved articles to search, or --store for the articles claimtrack stored")
		return exitUsage
	}
	if *metricID == "" {
		// The metrics to choose from, when the rules load: a desk trying
		// its first configuration does not know the ids by heart.
		msg := "claimtrack rules misses: give --metric ID, the metric whose misses to list"
		quiet := *e
		quiet.stdout, quiet.stderr = io.Discard, io.Discard
		if _, eng, code := src.configAndEngine(&quiet, false); code == exitOK {
			var ids []string
			for _, m := range eng.Metrics() {
				ids = append(ids, m.ID)
			}
			msg += " (the rules define " + strings.Join(ids, ", ") + ")"
		}
		fmt.Fprintln(e.stderr, msg)
		return exitUsage
	}
	q, code := storeQuery(e, *fromStore, *since, *source)
	if code != exitOK {
		return code
	}
	cfg, eng, code := src.configAndEngine(e, *fromStore)
	if code != exitOK {
		return code
	}
	var spec *rules.MetricSpec
	var ids []string
	for _, m := range eng.Metrics() {
		ids = append(ids, m.ID)
		if m.ID == *metricID {
			spec = &m
		}
	}
	if spec == nil {
		fmt.Fprintf(e.stderr, "claimtrack rules misses: no metric %q in the rules (they define %s)\n", *metricID, strings.Join(ids, ", "))
		return exitFail
	}
	finder := eval.NewMissFinder(eng, *spec)
	docs, failed := readArchive(ctx, e, fls.Args())
	cands := finder.Find(docs...)
	var stored storedMisses
	if *fromStore {
		var err error
		if stored, err = findStoredMisses(ctx, cfg, finder, q); err != nil {
			fmt.Fprintf(e.stderr, "claimtrack rules misses: %v\n", err)
			return exitFail
		}
		cands = append(cands, stored.candidates...)
		eval.SortCandidates(cands)
	}
	shown := cands
	if *limit > 0 && len(shown) > *limit {
		shown = shown[:*limit]
	}
	for _, c := range shown {
		if *asJSON {
			b, _ := json.Marshal(c)
			fmt.Fprintf(e.stdout, "%s\n", b)
			continue
		}
		where := c.Document
		if c.Line > 0 {
			where = fmt.Sprintf("%s:%d", where, c.Line)
		}
		fmt.Fprintf(e.stdout, "%4.1f  %s  %s (%s)\n      %s\n", c.Score, where, c.Figure.Text, formatValue(c.Figure.Value), strings.Join(c.Reasons, "; "))
		if c.Refused != "" {
			fmt.Fprintf(e.stdout, "      refused on purpose: %s\n", c.Refused)
		}
		fmt.Fprintf(e.stdout, "      %q\n", c.Sentence)
	}
	if !*asJSON {
		fmt.Fprint(e.stderr, plural(len(docs)+stored.articles, "document"))
		if *fromStore {
			fmt.Fprintf(e.stderr, " (%s)", plural(stored.articles, "stored article"))
		}
		fmt.Fprintf(e.stderr, ", %s for %s", plural(len(cands), "candidate sentence"), *metricID)
		if len(shown) > 0 {
			// What the number before each is, for a first reader.
			fmt.Fprint(e.stderr, ", likeliest misses first (the score before each; those the rules refused on purpose last)")
		}
		if len(shown) < len(cands) {
			fmt.Fprintf(e.stderr, " (the first %d shown: --limit 0 lists all)", len(shown))
		}
		fmt.Fprintln(e.stderr)
	}
	if stored.withoutText > 0 {
		// Said even with --json: a search that skipped articles must not
		// pass for one that read them all.
		fmt.Fprintf(e.stderr, "claimtrack rules misses: %s not searched: no text stored (read before claimtrack kept texts, or past retention.text_days)\n", plural(stored.withoutText, "stored article"))
	}
	if failed {
		return exitFail
	}
	return exitOK
}

func formatValue(v float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", v), "0"), ".")
}

// readArchive reads files and folders (recursively, skipping hidden
// entries). A file it cannot read is reported and the others still read.
func readArchive(ctx context.Context, e *env, paths []string) ([]eval.Document, bool) {
	var docs []eval.Document
	failed := false
	report := func(p string, err error) {
		// "articles/: lstat articles/: no such file or directory" names
		// the path twice and the system call once: say the path and what
		// is wrong with it.
		var pe *fs.PathError
		if errors.As(err, &pe) && pe.Path == p {
			err = pe.Err
		}
		failed = true
		if strings.HasPrefix(err.Error(), p+":") {
			// Already at its file and line ("a.txt:3: Published: ...").
			fmt.Fprintf(e.stderr, "claimtrack rules misses: %v\n", err)
			return
		}
		fmt.Fprintf(e.stderr, "claimtrack rules misses: %s: %v\n", p, err)
	}
	for _, root := range paths {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				report(p, err)
				return nil
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() {
				return nil
			}
			doc, err := readDocument(p)
			if err != nil {
				report(p, err)
				return nil
			}
			docs = append(docs, doc)
			return nil
		})
		if err != nil {
			report(root, err)
		}
	}
	return docs, failed
}

func readDocument(p string) (eval.Document, error) {
	f, err := os.Open(p)
	if err != nil {
		return eval.Document{}, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, figures.MaxTextBytes+1))
	if err != nil {
		return eval.Document{}, fmt.Errorf("read: %w", err)
	}
	a, plain, err := readArticleFile(data, p, scrape.ExtractOptions{Boilerplate: scrape.DefaultBoilerplate})
	if err != nil {
		return eval.Document{}, err
	}
	if plain {
		// The file's own text, so that a candidate's line is the file's.
		return eval.Document{Name: p, Text: string(data), Lines: true}, nil
	}
	// A page or a demo article: its offsets are not the file's.
	return eval.Document{Name: p, Text: a.Text, Date: a.Published}, nil
}
