package notify

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/model"
	rclaimant "github.com/claimtrack/claimtrack/rules/claimant"
)

// View is what a template sees.
type View struct {
	Kind   model.EventKind
	Key    string
	Metric string // the metric's name
	// MetricID is the metric's id in the rules.
	MetricID, Unit string
	// NewText and OldText are as written and, where that differs,
	// normalised: "more than 32,000", "1.4 million (1,400,000)".
	NewText, OldText string
	// Qualifier is the new figure's qualifier name ("more_than"), if one.
	Qualifier                             string
	Delta                                 string // "+1,091, +3.4%"
	Quote, Outlet, URL, Title, Published  string
	OldQuote, OldOutlet, OldURL, OldTitle string
	OldPublished                          string
	// Dated and OldDated say what Published and OldPublished are the time
	// of: "published", or "revised" for a figure a revision of its page
	// changed in place (model.Observation.Revised), dated by that revision.
	Dated, OldDated string
	// OldAsOf is the old value's outlet and day when it is more than a week
	// older than the new one ("Interior News, 20 Aug 2026"), else "".
	OldAsOf  string
	Agreeing int
	// Claimant and OldClaimant name who claims the new and the old value
	// ("the Gaza health ministry"; "" when unattributed); Attribution and
	// OldAttribution say it with the outlet: "the Gaza health ministry via
	// Gulf Courier", or the outlet alone when unattributed.
	Claimant, OldClaimant       string
	Attribution, OldAttribution string
	// AgreeingClaimants counts the independent claimants agreeing with the
	// new value; Support says both counts in words ("3 outlets agree,
	// relaying 1 claimant").
	AgreeingClaimants int
	Support           string
	// ByClaimant is the claimant whose own value the event is about, for
	// a metric judged by claimant; "" otherwise.
	ByClaimant string
	// Conflict is what a conflict is between (claimants, within_claimant,
	// outlets); Disagreement says it in words: "claimants disagree",
	// "reports of the Gaza health ministry's figure disagree", "outlets
	// disagree".
	Conflict, Disagreement string
	// Correction says a change is its outlet's correction of its own
	// figure (OldText) in the same article (model.EventPayload.Correction).
	Correction bool
	// Year is the calendar year whose count a first reading begins
	// (model.EventPayload.Year), OldText then the last figure before it;
	// 0 otherwise.
	Year int
	// Another says a change is another exchange, not a revision of the
	// one before (model.EventPayload.Another).
	Another       bool
	Source, Error string
	Failures      int
	// NoText is how many articles in a row gave no text besides their
	// title, NoTextURL one of them (source_no_text); for source_text_back,
	// how many the run that ended had, and NoTextURL is empty.
	NoText    int
	NoTextURL string
}

// MaxQuote is the longest quote a message carries, in characters; a
// longer one is cut at a word and marked with an ellipsis.
const MaxQuote = 700

// ViewOf derives what messages show from an event.
func ViewOf(e model.Event) View {
	p := e.Payload
	v := View{Kind: e.Kind, Key: e.Key, MetricID: e.Metric, Metric: p.MetricName, Unit: p.Unit,
		Agreeing: p.Agreeing, Source: p.Source, Error: p.Error, Failures: p.Failures, NoText: p.NoText, NoTextURL: p.NoTextURL,
		Claimant: p.Claimant, OldClaimant: p.OldClaimant, AgreeingClaimants: p.AgreeingClaimants, ByClaimant: p.ByClaimant, Conflict: p.Conflict, Correction: p.Correction, Year: p.Year, Another: p.Another}
	if v.Metric == "" {
		v.Metric = e.Metric
	}
	if o := p.New; o != nil {
		v.NewText = ReadingsText(o.Readings)
		v.Quote, v.Outlet, v.URL, v.Title, v.Published = Truncate(oneLine(o.Quote), MaxQuote), o.Outlet, o.URL, o.Title, when(o.Published)
		v.Dated = dated(o)
		if len(o.Readings) == 1 {
			v.Qualifier = o.Readings[0].Qualifier
		}
		v.Attribution = Attribution(p.Claimant, o.Outlet)
	}
	if o := p.Old; o != nil {
		v.OldText = ReadingsText(o.Readings)
		v.OldQuote, v.OldOutlet, v.OldURL, v.OldTitle, v.OldPublished = Truncate(oneLine(o.Quote), MaxQuote), o.Outlet, o.URL, o.Title, when(o.Published)
		v.OldDated = dated(o)
		v.OldAttribution = Attribution(p.OldClaimant, o.Outlet)
		v.OldAsOf = oldAsOf(o, p.New)
		if p.New != nil && len(o.Readings) == 1 && len(p.New.Readings) == 1 {
			v.Delta = DeltaText(o.Readings[0].Value, p.New.Readings[0].Value)
		}
	}
	v.Support = SupportText(v.Agreeing, v.AgreeingClaimants)
	v.Disagreement = disagreement(p.Conflict, p.OldClaimant)
	return v
}

// Attribution says who claims a value and through whom: "the Gaza health
// ministry via Gulf Courier", the outlet alone when unattributed, and
// "Northern Ledger's own figure" when the outlet claims it (its own count).
func Attribution(claimant, outlet string) string {
	switch {
	case claimant == "":
		return outlet
	case ownFigure(claimant, outlet):
		return possessive(outlet) + " own figure"
	}
	return claimant + " via " + outlet
}

// ownFigure reports whether the claimant is the outlet itself: its name,
// or words of it ("the Ledger has learned" in the Northern Ledger).
func ownFigure(claimant, outlet string) bool {
	c, o := rclaimant.NormalizeWords(claimant), rclaimant.NormalizeWords(outlet)
	return c != "" && (c == o || strings.HasSuffix(o, " "+c) || strings.HasPrefix(o, c+" "))
}

// SupportText says how many outlets and independent claimants agree with
// a value: outlets relaying one claimant are many outlets but one claim.
func SupportText(outlets, claimants int) string {
	if outlets <= 1 {
		return "1 outlet so far"
	}
	s := fmt.Sprintf("%d outlets agree", outlets)
	switch {
	case claimants == 1:
		s += ", relaying 1 claimant"
	case claimants > 1:
		s += fmt.Sprintf(", %d independent claimants", claimants)
	}
	return s
}

// disagreement says in words what a conflict is between.
func disagreement(conflict, claimant string) string {
	switch conflict {
	case model.ConflictClaimants:
		return "claimants disagree"
	case model.ConflictWithinClaimant:
		if claimant != "" {
			return "reports of " + possessive(claimant) + " figure disagree"
		}
		return "reports of one claimant's figure disagree"
	}
	return "outlets disagree"
}

// possessive is "the ministry's", "the Gaza health ministry's", "Reuters'".
func possessive(s string) string {
	if strings.HasSuffix(s, "s") {
		return s + "'"
	}
	return s + "'s"
}

// Escaped returns the view with every text that came from outside (a
// scraped page, a remote error) passed through esc.
func (v View) Escaped(esc func(string) string) View {
	for _, s := range []*string{&v.Metric, &v.NewText, &v.OldText, &v.Quote, &v.Outlet, &v.URL, &v.Title,
		&v.OldQuote, &v.OldOutlet, &v.OldURL, &v.OldTitle, &v.OldAsOf, &v.Source, &v.Error,
		&v.Claimant, &v.OldClaimant, &v.Attribution, &v.OldAttribution, &v.ByClaimant, &v.Disagreement} {
		*s = esc(*s)
	}
	return v
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// Truncate shortens s to at most n characters, cutting at a word where
// one is near and ending with "…".
func Truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 1 {
		return "…"
	}
	cut, runes := 0, 0
	for i := range s {
		if runes == n-1 {
			cut = i
			break
		}
		runes++
	}
	s = s[:cut]
	if sp := strings.LastIndexAny(s, " \n"); sp > len(s)*3/4 {
		s = s[:sp]
	}
	return strings.TrimRight(s, " \n,;:") + "…"
}

// dated is what an observation's time is: "revised" when a revision of
// its page dates it, else "published".
func dated(o *model.Observation) string {
	if o.Revised {
		return "revised"
	}
	return "published"
}

func when(t time.Time) string {
	if t.IsZero() {
		return "date unknown"
	}
	return t.UTC().Format("2 Jan 2006 15:04 UTC")
}

// ReadingsText writes readings as they were written, naming each value of
// a metric with several ("prisoners: some 700, hostages: 40"), and adds
// the normalised value where the words do not show it: "1.4 million
// (1,400,000)", "tens of thousands (10,000–99,999)". A figure that began
// its sentence loses its capital ("More than 32,000" reads "more than
// 32,000"), so that qualifiers read alike wherever they stood.
func ReadingsText(rs []model.Reading) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		s := lowerFirstWord(r.Text)
		if norm := normalised(r); s == "" {
			s = norm
		} else if !strings.Contains(s, norm) {
			s += " (" + norm + ")"
		}
		if r.Name != "value" && r.Name != "" {
			s = r.Name + ": " + s
		}
		parts[i] = s
	}
	return strings.Join(parts, ", ")
}

// lowerFirstWord lower-cases a capitalised first word ("More", "Some",
// "Four"): a figure's words begin a sentence often and are never a name.
// An acronym or a currency code ("USD 3 billion") keeps its capitals.
func lowerFirstWord(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsUpper(r) {
		return s
	}
	if r2, _ := utf8.DecodeRuneInString(s[n:]); !unicode.IsLower(r2) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// normalised is a reading's value in digits: a span for ranges and vague
// amounts, the unit code for money.
func normalised(r model.Reading) string {
	s := FormatNumber(r.Value)
	if (r.Qualifier == "range" || r.Qualifier == "vague") && r.Low != nil && r.High != nil && *r.Low != *r.High {
		s = FormatNumber(*r.Low) + "–" + FormatNumber(*r.High)
	}
	if len(r.Unit) == 3 && strings.ToUpper(r.Unit) == r.Unit { // an ISO 4217 code
		s = r.Unit + " " + s
	}
	return s
}

// DeltaText is "+1,091, +3.4%" for a move from old to new.
func DeltaText(old, new float64) string {
	d := new - old
	if d == 0 {
		return ""
	}
	sign := "+"
	if d < 0 {
		sign = "−"
	}
	s := sign + FormatNumber(math.Abs(d))
	if old != 0 {
		pct := math.Abs(d / old * 100)
		s += fmt.Sprintf(", %s%s%%", sign, strconv.FormatFloat(pct, 'f', 1, 64))
	}
	return s
}

// FormatNumber writes 33091 as "33,091" and 3.3e9 as "3,300,000,000", a
// fraction to at most four places as written (61.4, not the 61.3999 its
// binary value would cut to; 1.7 for the 61.4 − 59.7 between them).
func FormatNumber(f float64) string {
	neg := f < 0
	f = math.Abs(f)
	if f < 1e12 {
		f = math.Round(f*1e4) / 1e4
	}
	neg = neg && f != 0 // −0.00004 is written 0, not −0
	whole := math.Floor(f)
	frac := f - whole
	s := strconv.FormatFloat(whole, 'f', 0, 64)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	out := b.String()
	if frac > 1e-9 {
		fs := strconv.FormatFloat(frac, 'f', 4, 64)
		out += strings.TrimRight(strings.TrimPrefix(fs, "0"), "0")
	}
	if neg {
		out = "−" + out
	}
	return out
}
