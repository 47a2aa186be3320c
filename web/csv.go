package web

import (
	"encoding/csv"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/tracker"
)

// csv exports a metric's history, one row per reading.
func (s *Server) csv(w http.ResponseWriter, r *http.Request) {
	m, ok := s.metricOf(w, r)
	if !ok {
		return
	}
	hist, err := s.opt.Store.History(r.Context(), m.ID)
	if err != nil {
		s.fail(w, "history", err)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+m.ID+`.csv"`)
	cw := csv.NewWriter(w)
	cw.Write([]string{"published", "fetched", "metric", "name", "value", "low", "high", "qualifier", "unit", "as_written", "outlet", "url", "outcome", "quote", "rule", "claimant", "claimant_words", "claimant_how",
		// Added later, so at the end: a spreadsheet reading the columns
		// by position keeps reading them.
		"revised", "claimant_written"})
	num := func(f *float64) string {
		if f == nil {
			return ""
		}
		return strconv.FormatFloat(*f, 'f', -1, 64)
	}
	for _, o := range hist {
		for _, rd := range o.Readings {
			cw.Write([]string{rfc3339(o.Published), rfc3339(o.Fetched), m.ID, rd.Name,
				strconv.FormatFloat(rd.Value, 'f', -1, 64), num(rd.Low), num(rd.High), rd.Qualifier, rd.Unit,
				cell(rd.Text), cell(o.Outlet), cell(o.URL), o.Outcome, cell(o.Quote), cell(o.Rule),
				cell(o.Claimant()), cell(o.ClaimantWords), o.ClaimantHow, strconv.FormatBool(o.Revised), cell(o.ClaimantWritten)})
		}
	}
	cw.Flush()
}

// claimantHowWords says where a claimant's words were found (the
// finder's how: sentence, quote, previous, next).
func claimantHowWords(how string) string {
	switch how {
	case "sentence":
		return "in the figure's sentence"
	case "quote":
		return "as the quote's speaker"
	case "previous":
		return "in the sentence before"
	case "next":
		return "in the sentence after"
	}
	return how
}

// cell keeps a spreadsheet from reading scraped text as a formula.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// qualifierWords is a qualifier as a reader says it: "more than", not
// more_than.
func qualifierWords(name string) string {
	switch name {
	case "", "exact":
		return "exact"
	case "vague":
		return "vague amount"
	}
	return strings.ReplaceAll(name, "_", " ")
}

// rfc3339 writes a time for the CSV, empty when there is none (an
// undated article of its source's first pass: backlog_undated).
func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// Judged is what the tracker judged an observation, in a desk's words, the
// same on the dashboard, in the CSV and in `claimtrack history`: the
// outcome's words (tracker.OutcomeWords), or, for a figure from a near copy
// of another outlet's story (store.CopiesOf gives copyOf, that outlet),
// "copy of OUTLET's story": it is listed in the API's `copies`, and never
// among the outlets `agreeing`, which count each outlet's own report once.
func Judged(outcome, copyOf string) string {
	if copyOf != "" {
		return "copy of " + copyOf + "'s story"
	}
	return tracker.OutcomeWords(outcome)
}
