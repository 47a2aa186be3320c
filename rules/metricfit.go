package rules

import (
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Whether a figure fits a metric at all, before any reading of its
// sentence: an amount of the metric's kind, currency and bounds (takes,
// rejects), that counts what the metric counts, not another noun or a rate
// (countsThis), and the values a metric's pattern reads from a sentence
// (matchPattern).

// fit says whether a figure can be a value of a metric, or why not.
type fit uint8

const (
	fitting fit = iota
	wrongKind
	wrongCurrency
	belowMin
	aboveMax
	zeroRange
)

// takes reports whether an amount can be a value of the metric, and
// notes why not when it cannot and an explanation was asked for.
func (m *metric) takes(d *figures.Document, s *figures.Sentence, fi int, hits []hit, tr *tracer) bool {
	f := &d.Figures[fi]
	if !f.Kind.IsAmount() {
		return false
	}
	if m.spokenMoney(d, s, fi, hits) {
		g := m.asMoney(f)
		f = &g // "three point eight billion a year in military aid" (spokenmoney.go)
	}
	why := m.rejects(f)
	if why != fitting && tr != nil {
		tr.noteFigure(kindOf(why), f.Text, ": %s", m.describeReject(why, f))
	}
	return why == fitting && m.countsThis(d, s, fi, tr)
}

// countsThis reports whether a figure counts what the metric counts: not
// another noun ("60 beds" for people), and not a rate ("30 for each
// hostage"). It notes why not when an explanation was asked for.
func (m *metric) countsThis(d *figures.Document, s *figures.Sentence, fi int, tr *tracer) bool {
	if m.spec.Kind != "money" && !m.unitIsTime && spanAdjective(d, fi) {
		if tr != nil {
			tr.noteFigure(NoteWrongKind, d.Figures[fi].Text, " says how long something lasts (spanadjective.go), not a count")
		}
		return false
	}
	if m.countNouns == nil {
		return true
	}
	if m.unmeasured(d, s, fi) {
		if tr != nil {
			tr.noteFigure(NoteWrongKind, d.Figures[fi].Text, " is not written in %s, the metric's unit of measure (measureunit.go)", m.spec.Unit)
		}
		return false
	}
	if w := m.countsOther(d, s, fi); w != "" {
		if tr != nil {
			tr.noteFigure(NoteWrongKind, d.Figures[fi].Text, " counts %s; the metric counts %s (%s)", w, m.spec.Unit, countTooHint(m.spec.Unit, w))
		}
		return false
	}
	if ownRites(d, s, fi) {
		if tr != nil {
			tr.noteFigure(NoteWrongKind, d.Figures[fi].Text, " counts the rites or graves one person tells of (ownrites.go), not the dead")
		}
		return false
	}
	if rate(d, s, fi) && (len(m.valueNames) == 0 || !dealBatch(d, s, fi)) {
		if tr != nil {
			tr.noteFigure(NoteWrongKind, d.Figures[fi].Text, " is a rate (for each, for every, per), not a count")
		}
		return false
	}
	if ratioComplement(d, s, fi) {
		if tr != nil {
			tr.noteFigure(NoteWrongKind, d.Figures[fi].Text, " is a term of what a ratio is said to be (\"the ratio ... is three for one\"; ratiocomplement.go), not a count")
		}
		return false
	}
	if rateShare(d, s, fi, len(m.valueNames) > 0) {
		if tr != nil {
			tr.noteFigure(NoteWrongKind, d.Figures[fi].Text, " is a share per unit (\"12,000 each\") or the unit of a rate (\"for every ten\"), not a count")
		}
		return false
	}
	return true
}

// rejects says whether a figure can be a value of the metric.
func (m *metric) rejects(f *figures.Figure) fit {
	ok := false
	for _, k := range m.kinds {
		if f.Kind == k {
			ok = true
		}
	}
	switch {
	case !ok:
		return wrongKind
	case m.spec.Kind == "money" && m.spec.Unit != "" && f.Unit != m.spec.Unit:
		return wrongCurrency
	case m.spec.Min != nil && f.Value < *m.spec.Min:
		return belowMin
	case m.spec.Max != nil && f.Value > *m.spec.Max:
		return aboveMax
	case f.Qualifier == figures.Range && f.Low != nil && *f.Low == 0:
		// A range from zero is a scale's span or a bound, no estimate:
		// "the scale runs from 0 to 4,000" (a chart's axis, a map's key).
		return zeroRange
	}
	return fitting
}

// matchPattern runs a pattern over the sentence with its amount figures
// masked (appendMasked), and returns the figures its placeholders bound.
func (m *metric) matchPattern(d *figures.Document, s *figures.Sentence, masked string, cp *compiledPattern, tr *tracer) ([]Value, bool) {
	for _, loc := range cp.re.FindAllStringSubmatchIndex(masked, -1) {
		vals := make([]Value, 0, len(cp.names))
		ok := true
		for _, name := range cp.names {
			g := cp.re.SubexpIndex(name)
			if loc[2*g] < 0 {
				ok = false
				break
			}
			fi, err := strconv.Atoi(masked[loc[2*g]:loc[2*g+1]])
			if err != nil || fi < 0 || fi >= len(d.Figures) {
				ok = false
				break
			}
			if why := m.rejects(&d.Figures[fi]); why != fitting {
				if tr != nil {
					tr.add(kindOf(why), d.Figures[fi].Text, fmt.Sprintf("%s: matched, but {%s} %q %s", cp.rule, name, d.Figures[fi].Text, m.describeReject(why, &d.Figures[fi])))
				}
				ok = false
				break
			}
			if !m.countsThis(d, s, fi, tr) {
				ok = false
				break
			}
			vals = append(vals, Value{Name: name, Figure: d.Figures[fi]})
		}
		if ok {
			return vals, true
		}
	}
	if tr != nil {
		tr.note(NotePatternStopped, "%s: did not match: %s", cp.rule, cp.stoppedAt(d, masked))
	}
	return nil, false
}

// appendMasked appends the sentence with each amount figure replaced by a
// marker holding its index.
func appendMasked(b []byte, d *figures.Document, s *figures.Sentence) []byte {
	pos := s.Start
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		f := &d.Figures[fi]
		if !f.Kind.IsAmount() || f.Start < pos {
			continue
		}
		b = append(b, d.Text[pos:f.Start]...)
		b = utf8.AppendRune(b, markOpen)
		b = strconv.AppendInt(b, int64(fi), 10)
		b = utf8.AppendRune(b, markClose)
		pos = f.End
	}
	return append(b, d.Text[pos:s.End]...)
}
