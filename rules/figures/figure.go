// Package figures finds the numeric expressions in news text ("more than 1.4
// million", "$3.3bn", "between 700 and 800", "tens of thousands") and
// normalises each to a value, the range its wording allows, a qualifier, a
// unit and a kind. Numbers that are not amounts (years, dates, times, ages,
// ordinals, identifiers) are returned too, with their own kind, so that
// nothing is dropped silently and rules can tell them apart.
package figures

import (
	"math"
	"slices"

	"github.com/claimtrack/claimtrack/internal/jsonw"
)

// Kind says what sort of number a figure is.
type Kind string

// Kinds of figure.
const (
	Count    Kind = "count"    // an amount of things: "700 prisoners", "four battalions"
	Money    Kind = "money"    // an amount of money; Unit holds the ISO 4217 code
	Percent  Kind = "percent"  // "3.2%", "79.3 percent"; Unit is "%" or "pp" (percentage points)
	Fraction Kind = "fraction" // "two-thirds", "half", "3/4"
	Year     Kind = "year"     // "in 2024", "the 1990s"
	Date     Kind = "date"     // "March 25", "7 October 2023", "2024-03-25"
	Time     Kind = "time"     // "9:30 p.m.", "0600 GMT"
	Age      Kind = "age"      // "36-year-old", "aged 36"
	Ordinal  Kind = "ordinal"  // "21st", "the third"
	Other    Kind = "other"    // identifiers, phone numbers, measurements, model numbers
)

// IsAmount reports whether figures of this kind measure a quantity that a
// metric can track.
func (k Kind) IsAmount() bool {
	return k == Count || k == Money || k == Percent || k == Fraction
}

// IsCalendar reports whether figures of this kind place something in the
// calendar (a year, a date) rather than measure it: what the readers of
// "since", "as of" and "in 2023" look for beside an amount.
func (k Kind) IsCalendar() bool {
	return k == Year || k == Date
}

// Qualifier is the normalised hedge or bound attached to a figure.
type Qualifier string

// Qualifiers, from the words that introduce them.
const (
	Exact         Qualifier = ""              // a bare figure: "33,091"
	MoreThan      Qualifier = "more_than"     // more than, over, above, tops, passed, climbs past (qualifiers.go)
	JustOver      Qualifier = "just_over"     // just over, slightly more than
	AtLeast       Qualifier = "at_least"      // at least, no fewer than, or more
	LessThan      Qualifier = "less_than"     // fewer than, less than, under, below
	AtMost        Qualifier = "at_most"       // up to, no more than, at most, as many as
	Nearly        Qualifier = "nearly"        // nearly, almost, close to, just under, nears, approaching
	Approximately Qualifier = "approximately" // about, around, roughly, some, an estimated
	Range         Qualifier = "range"         // between 700 and 800, 700-800
	Vague         Qualifier = "vague"         // dozens, hundreds, tens of thousands
)

var allQualifiers = []Qualifier{Exact, MoreThan, JustOver, AtLeast, LessThan, AtMost, Nearly, Approximately, Range, Vague}

// Qualifiers lists the qualifier names as written in YAML ("exact" for none).
func Qualifiers() []string {
	out := make([]string, 0, len(allQualifiers))
	for _, q := range allQualifiers {
		out = append(out, q.Name())
	}
	return out
}

// IsQualifier reports whether s names a qualifier.
func IsQualifier(s string) bool {
	return slices.Contains(Qualifiers(), s)
}

// Name is the qualifier as written in YAML and shown to users.
func (q Qualifier) Name() string {
	if q == Exact {
		return exactName
	}
	return string(q)
}

// exactName is Exact's name.
const exactName = "exact"

// Figure is one numeric expression found in a text.
type Figure struct {
	Text  string `json:"text"`
	Start int    `json:"start"` // byte offset of the first byte
	End   int    `json:"end"`   // byte offset after the last byte
	// Value is the figure's value: for a range its midpoint, for a vague
	// amount ("hundreds") its lower end.
	Value float64 `json:"value"`
	// Low and High bound what the wording allows; nil where unbounded.
	Low       *float64  `json:"low"`
	High      *float64  `json:"high"`
	Qualifier Qualifier `json:"qualifier"`
	Unit      string    `json:"unit,omitempty"`
	Kind      Kind      `json:"kind"`

	scale float64 // the magnitude its words applied, while parsing
}

// MarshalJSON writes the qualifier by name ("exact" for a bare figure).
func (f Figure) MarshalJSON() ([]byte, error) {
	return f.AppendJSON(nil)
}

// AppendJSON appends the figure's JSON object to dst, as MarshalJSON
// writes it, without reflection: commands stream figures by the million.
// Its fields and their order are those encoding/json gives the struct
// with its qualifier by name, and a test holds it to that, byte for byte.
func (f Figure) AppendJSON(dst []byte) ([]byte, error) {
	var err error
	dst = append(dst, `{"text":`...)
	dst = jsonw.String(dst, f.Text)
	dst = append(dst, `,"start":`...)
	dst = jsonw.Int(dst, f.Start)
	dst = append(dst, `,"end":`...)
	dst = jsonw.Int(dst, f.End)
	dst = append(dst, `,"value":`...)
	v := len(dst)
	if dst, err = jsonw.Float(dst, f.Value); err != nil {
		return nil, err
	}
	value := dst[v:]
	dst = append(dst, `,"low":`...)
	if dst, err = appendBound(dst, f.Low, f.Value, value); err != nil {
		return nil, err
	}
	dst = append(dst, `,"high":`...)
	if dst, err = appendBound(dst, f.High, f.Value, value); err != nil {
		return nil, err
	}
	if f.Unit != "" {
		dst = append(dst, `,"unit":`...)
		dst = jsonw.String(dst, f.Unit)
	}
	if k := kindField(f.Kind); k != "" {
		dst = append(dst, k...)
	} else {
		dst = append(dst, `,"kind":`...)
		dst = jsonw.String(dst, string(f.Kind))
	}
	if q := qualifierField(f.Qualifier); q != "" {
		dst = append(dst, q...)
	} else {
		dst = append(dst, `,"qualifier":`...)
		dst = jsonw.String(dst, f.Qualifier.Name())
	}
	return append(dst, '}'), nil
}

// appendBound appends a bound of AppendJSON's: its value, or null. A
// bound equal to the figure's value (both of an exact figure's) is the
// value's JSON again, copied rather than written anew: the same float,
// bit for bit, writes the same bytes.
func appendBound(dst []byte, v *float64, value float64, valueJSON []byte) ([]byte, error) {
	if v == nil {
		return append(dst, "null"...), nil
	}
	if math.Float64bits(*v) == math.Float64bits(value) {
		return append(dst, valueJSON...), nil
	}
	return jsonw.Float(dst, *v)
}

// kindField is kind k's field as AppendJSON writes it, or "" for a kind not
// among the package's: the names are plain ASCII, which jsonw.String would
// copy as they are, and every figure writes one. Each is a constant made
// from the kind's own constant, so a name is spelled in one place.
func kindField(k Kind) string {
	const key = `,"kind":"`
	switch k {
	case Count:
		return key + string(Count) + `"`
	case Money:
		return key + string(Money) + `"`
	case Percent:
		return key + string(Percent) + `"`
	case Fraction:
		return key + string(Fraction) + `"`
	case Year:
		return key + string(Year) + `"`
	case Date:
		return key + string(Date) + `"`
	case Time:
		return key + string(Time) + `"`
	case Age:
		return key + string(Age) + `"`
	case Ordinal:
		return key + string(Ordinal) + `"`
	case Other:
		return key + string(Other) + `"`
	}
	return ""
}

// qualifierField is qualifier q's field as AppendJSON writes it, by name,
// or "" for a qualifier not among the package's (see kindField).
func qualifierField(q Qualifier) string {
	const key = `,"qualifier":"`
	switch q {
	case Exact:
		return key + exactName + `"`
	case MoreThan:
		return key + string(MoreThan) + `"`
	case JustOver:
		return key + string(JustOver) + `"`
	case AtLeast:
		return key + string(AtLeast) + `"`
	case LessThan:
		return key + string(LessThan) + `"`
	case AtMost:
		return key + string(AtMost) + `"`
	case Nearly:
		return key + string(Nearly) + `"`
	case Approximately:
		return key + string(Approximately) + `"`
	case Range:
		return key + string(Range) + `"`
	case Vague:
		return key + string(Vague) + `"`
	}
	return ""
}

// Contains reports whether v lies within what the figure's wording allows.
func (f Figure) Contains(v float64) bool {
	if f.Low != nil && v < *f.Low {
		return false
	}
	if f.High != nil && v > *f.High {
		return false
	}
	return true
}

// Overlaps reports whether two figures can both be true: their allowed
// ranges meet.
func (f Figure) Overlaps(o Figure) bool {
	return (f.Low == nil || o.High == nil || *f.Low <= *o.High) && (o.Low == nil || f.High == nil || *o.Low <= *f.High)
}

// Covers reports whether every value o allows, f allows too.
func (f Figure) Covers(o Figure) bool {
	lowOK := f.Low == nil || o.Low != nil && *f.Low <= *o.Low
	highOK := f.High == nil || o.High != nil && *f.High >= *o.High
	return lowOK && highOK
}

// Width is how wide the allowed range is; +Inf when unbounded.
func (f Figure) Width() float64 {
	if f.Low == nil || f.High == nil {
		return math.Inf(1)
	}
	return *f.High - *f.Low
}

// approxTolerance is how far "about 700" may stray: ±10%.
const approxTolerance = 0.10

// bounds sets Low and High from the qualifier and value (lo and hi are
// used only for ranges and vague amounts), storing them in pair.
func (f *Figure) bounds(lo, hi float64, pair *[2]float64) {
	v := f.Value
	mag := math.Abs(v)
	hasLow, hasHigh := true, true
	switch f.Qualifier {
	case Exact:
		lo, hi = v, v
	case MoreThan, AtLeast:
		lo, hasHigh = v, false
	case JustOver:
		lo, hi = v, v+mag*approxTolerance
	case LessThan, AtMost:
		hasLow, hi = false, v
	case Nearly:
		lo, hi = v-mag*approxTolerance, v
	case Approximately:
		lo, hi = v-mag*approxTolerance, v+mag*approxTolerance
	}
	pair[0], pair[1] = lo, hi
	f.Low, f.High = nil, nil
	if hasLow {
		f.Low = &pair[0]
	}
	if hasHigh {
		f.High = &pair[1]
	}
}
