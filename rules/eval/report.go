package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// Floors are the least a corpus run must reach. They apply to the whole
// run (every metric of every file together); metrics under them are marked
// in the table.
type Floors struct {
	MinRecall         float64 `json:"min_recall"`
	MaxFalsePer100    float64 `json:"max_false_per_100"`
	MinQualifierRight float64 `json:"min_qualifier"`
	// MinClaimantRight is 0, no floor, unless asked: claimant labels are
	// newer than the figures' and few corpora give them.
	MinClaimantRight float64 `json:"min_claimant,omitempty"`
}

// Check lists the floors a tally is under, in words.
func (f Floors) Check(t Tally) []string {
	var out []string
	if t.Recall() < f.MinRecall {
		out = append(out, fmt.Sprintf("recall %.3f is under %.3f (%d of %d figures found)", t.Recall(), f.MinRecall, t.Hits, t.Expected))
	}
	if t.FalsePer100() > f.MaxFalsePer100 {
		out = append(out, fmt.Sprintf("%.2f false alarms per 100 sentences is over %.2f (%d in %d)", t.FalsePer100(), f.MaxFalsePer100, t.FalseAlarms, t.Sentences))
	}
	if t.QualifiersJudged > 0 && t.QualifierAccuracy() < f.MinQualifierRight {
		out = append(out, fmt.Sprintf("qualifier accuracy %.3f is under %.3f (%d of %d right)", t.QualifierAccuracy(), f.MinQualifierRight, t.QualifiersRight, t.QualifiersJudged))
	}
	if t.ClaimantsJudged > 0 && t.ClaimantAccuracy() < f.MinClaimantRight {
		out = append(out, fmt.Sprintf("claimant accuracy %.3f is under %.3f (%d of %d right)", t.ClaimantAccuracy(), f.MinClaimantRight, t.ClaimantsRight, t.ClaimantsJudged))
	}
	return out
}

// WriteText writes the report for a terminal: a table per metric and per
// file, then each finding with its sentence, then the floors' verdict.
func (r *Report) WriteText(w io.Writer, floors Floors) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	header := "metric\tsentences\texpected\thits\tmisses\tfalse\tprecision\trecall\tfalse/100\tqualifier"
	if r.ClaimantsScored {
		header += "\tclaimant"
	}
	fmt.Fprintln(tw, header)
	marked := false
	row := func(name string, t Tally) {
		mark := ""
		if len(floors.Check(t)) > 0 {
			mark, marked = " !", true
		}
		q := "-"
		if t.QualifiersJudged > 0 {
			q = fmt.Sprintf("%.3f (%d/%d)", t.QualifierAccuracy(), t.QualifiersRight, t.QualifiersJudged)
		}
		line := fmt.Sprintf("%s%s\t%d\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t%.2f\t%s", name, mark, t.Sentences, t.Expected, t.Hits, t.Misses, t.FalseAlarms, t.Precision(), t.Recall(), t.FalsePer100(), q)
		if r.ClaimantsScored {
			c := "-"
			if t.ClaimantsJudged > 0 {
				c = fmt.Sprintf("%.3f (%d/%d)", t.ClaimantAccuracy(), t.ClaimantsRight, t.ClaimantsJudged)
			}
			line += "\t" + c
		}
		fmt.Fprintln(tw, line)
	}
	for _, m := range r.Metrics {
		row(m.Metric, m.Tally)
	}
	row("all", r.Total)
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, strings.Replace(header, "metric", "file", 1))
	for _, f := range r.Files {
		row(f.File, f.Tally)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("eval: write the report's tables: %w", err)
	}
	if marked {
		// A first reader meets the mark before the verdict that explains it.
		fmt.Fprintln(w, "\n! marks a row under a floor; only the whole run (all) decides the exit status")
	}
	headings := []struct{ kind, title string }{{Miss, "MISSES"}, {FalseAlarm, "FALSE ALARMS"}, {WrongQualifier, "WRONG QUALIFIERS"}, {WrongClaimant, "WRONG CLAIMANTS"}}
	for _, h := range headings {
		var fs []Finding
		for _, f := range r.Findings {
			if f.Kind == h.kind {
				fs = append(fs, f)
			}
		}
		if len(fs) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s (%d)\n", h.title, len(fs))
		for _, f := range fs {
			style := ""
			if f.Style != "" {
				style = " [" + f.Style + "]"
			}
			fmt.Fprintf(w, "%s:%d%s %s: want %s, got %s\n    %q\n", f.File, f.Line, style, f.Metric, f.Want, f.Got, f.Text)
		}
	}
	fmt.Fprintf(w, "\n%d sentences: recall %.3f, precision %.3f, %.2f false alarms per 100 sentences, qualifiers %.3f",
		r.Total.Sentences, r.Total.Recall(), r.Total.Precision(), r.Total.FalsePer100(), r.Total.QualifierAccuracy())
	if r.ClaimantsScored {
		if r.Total.ClaimantsJudged > 0 {
			fmt.Fprintf(w, ", claimants %.3f (%d/%d)", r.Total.ClaimantAccuracy(), r.Total.ClaimantsRight, r.Total.ClaimantsJudged)
		} else {
			fmt.Fprint(w, ", claimants not judged (no labelled figure was found)")
		}
	}
	fmt.Fprintln(w)
	if under := floors.Check(r.Total); len(under) > 0 {
		fmt.Fprintf(w, "UNDER THE FLOORS: %s\n", strings.Join(under, "; "))
	}
	return nil
}

// jsonReport is the report with the derived ratios written out.
type jsonReport struct {
	Total     jsonTally   `json:"total"`
	Metrics   []jsonTally `json:"metrics"`
	Files     []jsonTally `json:"files"`
	Findings  []Finding   `json:"findings"`
	Floors    Floors      `json:"floors"`
	Under     []string    `json:"under_floors"`
	Claimants *bool       `json:"claimants_scored,omitempty"`
}

type jsonTally struct {
	Metric string `json:"metric,omitempty"`
	File   string `json:"file,omitempty"`
	Tally
	Precision         float64  `json:"precision"`
	Recall            float64  `json:"recall"`
	FalsePer100       float64  `json:"false_per_100"`
	QualifierAccuracy float64  `json:"qualifier_accuracy"`
	ClaimantAccuracy  *float64 `json:"claimant_accuracy,omitempty"`
}

func (r *Report) tally(t Tally) jsonTally {
	j := jsonTally{Tally: t, Precision: t.Precision(), Recall: t.Recall(), FalsePer100: t.FalsePer100(), QualifierAccuracy: t.QualifierAccuracy()}
	if r.ClaimantsScored {
		a := t.ClaimantAccuracy()
		j.ClaimantAccuracy = &a
	}
	return j
}

// WriteJSON writes the report as one JSON object.
func (r *Report) WriteJSON(w io.Writer, floors Floors) error {
	out := jsonReport{Total: r.tally(r.Total), Findings: r.Findings, Floors: floors, Under: floors.Check(r.Total)}
	if out.Findings == nil {
		out.Findings = []Finding{}
	}
	if out.Under == nil {
		out.Under = []string{}
	}
	if r.ClaimantsScored {
		t := true
		out.Claimants = &t
	}
	for _, m := range r.Metrics {
		j := r.tally(m.Tally)
		j.Metric = m.Metric
		out.Metrics = append(out.Metrics, j)
	}
	for _, f := range r.Files {
		j := r.tally(f.Tally)
		j.File = f.File
		out.Files = append(out.Files, j)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("eval: write the report as JSON: %w", err)
	}
	return nil
}
