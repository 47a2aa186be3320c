package web

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/tracker"
)

// Chart is an SVG chart's geometry, computed here and drawn by the
// template: one point per observation, coloured by outlet (so outlets that
// disagree stand apart as series) or by claimant, a whisker where the words give a range,
// and a step line through the accepted values. A metric with several
// values (prisoners and hostages) has one chart per value.
type Chart struct {
	// Reading names the value charted ("" or "value" for a metric of one).
	Reading      string
	W, H         int
	Left, Bottom float64 // the plot area's left and bottom edges
	Points       []Point
	Line         string // SVG polyline points of the accepted value
	// Lines are the accepted values' step lines: Line alone, or one per
	// claimant for a metric judged by claimant.
	Lines          []Line
	Series         []Series
	YTicks, XTicks []Tick
}

// Point is one observation on the chart.
type Point struct {
	X, Y       float64
	At         time.Time
	Low, High  float64 // whisker ends, in pixels, when HasRange
	HasRange   bool
	ID         int64
	Class      string // the series' colour: an outlet's or a claimant's
	Outcome    string
	Title      string // the tooltip
	Accepted   bool
	ValueLabel string
}

// Last is the newest point (nil when there is none).
func (c Chart) Last() *Point {
	if len(c.Points) == 0 {
		return nil
	}
	return &c.Points[len(c.Points)-1]
}

// Series is what a chart's points are coloured by, one entry of its
// legend: an outlet, or a claimant. Key tells series apart (the outlet,
// or the claimant's key), Name is the legend's text.
type Series struct{ Key, Name, Class string }

// Line is a step line through accepted values, in a colour class ("" for
// the plain line).
type Line struct{ Points, Class string }

// Tick is an axis label at a position; Anchor is its SVG text-anchor
// (the last x label ends at its point, so the plot's edge does not clip it).
type Tick struct {
	Pos    float64
	Label  string
	Anchor string
}

// reading is the value named name of an observation, or its first when
// name is "".
func reading(o model.Observation, name string) (model.Reading, bool) {
	for _, r := range o.Readings {
		if name == "" || r.Name == name {
			return r, true
		}
	}
	return model.Reading{}, false
}

// readingNames lists the values a metric's observations give, in the
// order they first appear.
func readingNames(obs []model.Observation) []string {
	var names []string
	for _, o := range obs {
		for _, r := range o.Readings {
			if !slices.Contains(names, r.Name) {
				names = append(names, r.Name)
			}
		}
	}
	return names
}

// ChartOptions say how to draw a chart.
type ChartOptions struct {
	W, H int
	// Spark leaves out axes and whiskers, for the index page.
	Spark bool
	// Colours gives each outlet its colour (nil: from the name alone).
	Colours *Palette
	// Copies names, by observation, the outlet whose story the
	// observation's article copies, for the points' tooltips.
	Copies map[int64]string
	// SeriesOf, when set, says which series an observation's point
	// belongs to (a claimant); nil colours points by outlet.
	SeriesOf func(model.Observation) Series
	// LineOf, when set, splits the accepted value's line: one per key it
	// gives (a claimant, for a metric judged by claimant), in its class.
	LineOf func(model.Observation) (key, class string)
}

// NewCharts lays out one chart per value the observations give.
func NewCharts(obs []model.Observation, opt ChartOptions) []Chart {
	var out []Chart
	for _, name := range readingNames(obs) {
		out = append(out, NewChart(obs, name, opt))
	}
	return out
}

func at(o model.Observation) time.Time {
	if !o.Published.IsZero() {
		return o.Published
	}
	return o.Fetched
}

// accepted reports whether an observation became the accepted value: a
// baseline, a change, or an archived figure taken as the value
// (backlog).
func accepted(o model.Observation) bool {
	out, ok := tracker.OutcomeNamed(o.Outcome)
	return ok && out.Replaces()
}

// disputes reports whether the tracker judged the observation a lower
// total or a conflict (tracker.Outcome.Disputes).
func disputes(o model.Observation) bool {
	out, ok := tracker.OutcomeNamed(o.Outcome)
	return ok && out.Disputes()
}

// NewChart lays out observations (oldest first) in a W×H box, charting
// the value named name ("" for the first), each outlet in its colour.
func NewChart(obs []model.Observation, name string, opt ChartOptions) Chart {
	w, h, spark := opt.W, opt.H, opt.Spark
	c := Chart{W: w, H: h, Reading: name}
	left, right, top, bottom := 64.0, 24.0, 12.0, 28.0
	if spark {
		left, right, top, bottom = 3, 3, 3, 3
	}
	c.Left, c.Bottom = left, float64(h)-bottom
	var vals []float64
	var t0, t1 time.Time
	n := 0
	for _, o := range obs {
		r, ok := reading(o, name)
		if !ok {
			continue
		}
		vals = append(vals, r.Value)
		if !spark {
			if r.Low != nil && !math.IsInf(*r.Low, 0) {
				vals = append(vals, *r.Low)
			}
			if r.High != nil && !math.IsInf(*r.High, 0) {
				vals = append(vals, *r.High)
			}
		}
		ts := at(o)
		if n == 0 || ts.Before(t0) {
			t0 = ts
		}
		if n == 0 || ts.After(t1) {
			t1 = ts
		}
		n++
	}
	if n == 0 {
		return c
	}
	lo, hi := vals[0], vals[0]
	for _, v := range vals {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	var ticks []float64
	if spark {
		pad := (hi - lo) * 0.08
		if hi == lo {
			pad = math.Max(math.Abs(hi)*0.1, 1)
		}
		lo, hi = lo-pad, hi+pad
	} else {
		// The axis runs from tick to tick, so every gridline is labelled.
		ticks = niceTicks(lo, hi, 5)
		lo, hi = ticks[0], ticks[len(ticks)-1]
	}
	if lo < 0 && vals[0] >= 0 {
		lo = math.Max(lo, 0)
	}
	pw, ph := float64(w)-left-right, float64(h)-top-bottom
	y := func(v float64) float64 { return round(top + ph*(1-(v-lo)/(hi-lo))) }
	span := t1.Sub(t0)
	x := func(t time.Time, i int) float64 {
		if span <= 0 {
			if n == 1 {
				return round(left + pw/2)
			}
			return round(left + pw*float64(i)/float64(n-1))
		}
		return round(left + pw*float64(t.Sub(t0))/float64(span))
	}

	seen := map[string]bool{}
	lines := map[string][]string{}
	var lineKeys, lineClasses []string
	i := 0
	for _, o := range obs {
		r, ok := reading(o, name)
		if !ok {
			continue
		}
		ser, who := Series{Key: o.Outlet, Name: o.Outlet, Class: opt.Colours.Class(o.Outlet)}, o.Outlet
		if opt.SeriesOf != nil {
			ser = opt.SeriesOf(o)
			who = ser.Name + " via " + o.Outlet
		}
		if !seen[ser.Key] {
			seen[ser.Key] = true
			c.Series = append(c.Series, ser)
		}
		p := Point{X: x(at(o), i), Y: y(r.Value), At: at(o), ID: o.ID, Class: ser.Class, Outcome: o.Outcome, Accepted: accepted(o),
			ValueLabel: notify.ReadingsText(o.Readings)}
		p.Title = fmt.Sprintf("%s · %s · %s (%s)", p.ValueLabel, who, when(at(o)), Judged(o.Outcome, opt.Copies[o.ID]))
		if !spark && r.Low != nil && r.High != nil && !math.IsInf(*r.Low, 0) && !math.IsInf(*r.High, 0) && *r.Low != *r.High {
			p.HasRange, p.Low, p.High = true, y(*r.Low), y(*r.High)
		}
		if p.Accepted {
			key, class := "", ""
			if opt.LineOf != nil {
				key, class = opt.LineOf(o)
			}
			line, ok := lines[key]
			if !ok {
				lineKeys, lineClasses = append(lineKeys, key), append(lineClasses, class)
			}
			if len(line) > 0 { // a step: the old value holds until the new one
				prev := line[len(line)-1]
				line = append(line, fmt.Sprintf("%g,%s", p.X, prev[strings.Index(prev, ",")+1:]))
			}
			lines[key] = append(line, fmt.Sprintf("%g,%g", p.X, p.Y))
		}
		c.Points = append(c.Points, p)
		i++
	}
	for k, key := range lineKeys {
		line := lines[key]
		last := line[len(line)-1]
		line = append(line, fmt.Sprintf("%g,%s", float64(w)-right, last[strings.Index(last, ",")+1:]))
		c.Lines = append(c.Lines, Line{Points: strings.Join(line, " "), Class: lineClasses[k]})
	}
	if len(c.Lines) == 1 {
		c.Line = c.Lines[0].Points
	}
	if spark {
		return c
	}
	labels := tickLabels(ticks)
	for k, v := range ticks {
		c.YTicks = append(c.YTicks, Tick{Pos: y(v), Label: labels[k]})
	}
	days := map[string]bool{}
	var xt []Tick
	for _, p := range c.Points {
		d := p.At.UTC().Format("2 Jan")
		if !days[d] {
			days[d] = true
			xt = append(xt, Tick{Pos: p.X, Label: d})
		}
	}
	sort.Slice(xt, func(a, b int) bool { return xt[a].Pos < xt[b].Pos })
	// Keep labels at least 56 px apart.
	for _, t := range xt {
		if len(c.XTicks) == 0 || t.Pos-c.XTicks[len(c.XTicks)-1].Pos >= 56 {
			c.XTicks = append(c.XTicks, t)
		}
	}
	// A label is about 40 px wide: one near an edge is anchored to its
	// point from the inside rather than centred on it.
	for i := range c.XTicks {
		switch t := &c.XTicks[i]; {
		case t.Pos+24 > float64(w):
			t.Anchor = "end"
		case t.Pos-24 < 0:
			t.Anchor = "start"
		default:
			t.Anchor = "middle"
		}
	}
	return c
}

func round(f float64) float64 { return math.Round(f*10) / 10 }
