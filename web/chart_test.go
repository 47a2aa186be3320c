package web

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

func TestNiceTicksAreRound(t *testing.T) {
	for _, c := range []struct {
		lo, hi float64
		want   string
	}{
		{30500, 33091, "[30k 31k 32k 33k 34k]"},
		{968000, 1100000, "[0.95m 1m 1.05m 1.1m]"},
		{700, 900, "[700 750 800 850 900]"},
		{0, 7300, "[0 2,000 4,000 6,000 8,000]"},
		{33091, 33091, "[31k 32k 33k 34k 35k]"},
		{1.2e9, 3.1e9, "[1bn 1.5bn 2bn 2.5bn 3bn 3.5bn]"},
		{0, 23, "[0 10 20 30]"},
		{12000, 21000, "[10k 12.5k 15k 17.5k 20k 22.5k]"},
		{2300, 9800, "[2k 4k 6k 8k 10k]"},
		{-3, 4, "[−4 −2 0 2 4]"},
	} {
		ticks := niceTicks(c.lo, c.hi, 5)
		if ticks[0] > c.lo || ticks[len(ticks)-1] < c.hi {
			t.Errorf("%g..%g: ticks %v do not cover the values", c.lo, c.hi, ticks)
		}
		step := ticks[1] - ticks[0]
		mant := step / math.Pow(10, math.Floor(math.Log10(step)))
		if !(mant == 1 || mant == 2 || mant == 2.5 || mant == 5) {
			t.Errorf("%g..%g: step %g is not 1, 2, 2.5 or 5 × 10^k", c.lo, c.hi, step)
		}
		if got := fmt.Sprint(tickLabels(ticks)); got != c.want {
			t.Errorf("%g..%g: labels %s, want %s", c.lo, c.hi, got, c.want)
		}
	}
}

func TestOutletColourIsStableAcrossCharts(t *testing.T) {
	at := func(h int) time.Time { return time.Date(2024, 3, 1, h, 0, 0, 0, time.UTC) }
	obs := func(outlets ...string) []model.Observation {
		var out []model.Observation
		for i, o := range outlets {
			out = append(out, model.Observation{ID: int64(i + 1), Outlet: o, Outcome: "change", Published: at(i), Readings: []model.Reading{{Value: float64(100 + i)}}})
		}
		return out
	}
	known := []string{"Meridian Wire", "Gulf Courier", "Harbour Times", "Northern Ledger", "Coastal Post", "Valley Gazette", "Capital Herald"}
	pal := NewPalette(known)
	// The same outlet first on one page, third on another.
	a := NewChart(obs("Meridian Wire", "Gulf Courier", "Harbour Times"), "", ChartOptions{W: 400, H: 200, Colours: pal})
	b := NewChart(obs("Harbour Times", "Northern Ledger", "Meridian Wire"), "", ChartOptions{W: 400, H: 200, Colours: pal})
	colour := func(c Chart, outlet string) string {
		for _, s := range c.Series {
			if s.Name == outlet {
				return s.Class
			}
		}
		return ""
	}
	for _, o := range []string{"Meridian Wire", "Harbour Times"} {
		if colour(a, o) == "" || colour(a, o) != colour(b, o) || colour(a, o) != pal.Class(o) {
			t.Errorf("%s: %q on one chart, %q on another", o, colour(a, o), colour(b, o))
		}
	}
	// Seven known outlets, seven colours; the order they are listed in
	// changes nothing.
	seen := map[string]string{}
	reversed := NewPalette([]string{known[6], known[5], known[4], known[3], known[2], known[1], known[0], known[3]})
	for _, o := range known {
		c := pal.Class(o)
		if prev, dup := seen[c]; dup {
			t.Errorf("%s and %s share %s", prev, o, c)
		}
		seen[c] = o
		if reversed.Class(o) != c {
			t.Errorf("%s: %s, or %s when the outlets are listed in another order", o, c, reversed.Class(o))
		}
	}
	// An outlet nobody configured still gets a colour, from its name.
	var none *Palette
	if c := pal.Class("Unlisted Times"); c != none.Class("Unlisted Times") || !strings.HasPrefix(c, "c") {
		t.Errorf("an unknown outlet: %q", c)
	}
	used := map[string]bool{}
	for i := 0; i < 200; i++ {
		used[none.Class(fmt.Sprintf("Outlet %d", i))] = true
	}
	if len(used) != palette {
		t.Errorf("200 names use %d of the %d colours", len(used), palette)
	}
}

func TestMultiValueMetricsChartEachValue(t *testing.T) {
	obs := []model.Observation{
		{ID: 1, Outlet: "A", Outcome: "baseline", Published: time.Unix(0, 0), Readings: []model.Reading{{Name: "prisoners", Value: 150}, {Name: "hostages", Value: 50}}},
		{ID: 2, Outlet: "B", Outcome: "change", Published: time.Unix(86400, 0), Readings: []model.Reading{{Name: "prisoners", Value: 240}, {Name: "hostages", Value: 80}}},
	}
	charts := NewCharts(obs, ChartOptions{W: 400, H: 200})
	if len(charts) != 2 || charts[0].Reading != "prisoners" || charts[1].Reading != "hostages" {
		t.Fatalf("want a chart for prisoners and one for hostages: %+v", charts)
	}
	for _, c := range charts {
		if len(c.Points) != 2 {
			t.Errorf("%s: %d points", c.Reading, len(c.Points))
		}
	}
	// Each chart's axis fits its own value: 240 prisoners, 80 hostages.
	if top := charts[1].YTicks[len(charts[1].YTicks)-1].Label; top != "80" {
		t.Errorf("hostages' axis tops out at %s, want 80", top)
	}
}

func TestLastXLabelStaysInsideTheChart(t *testing.T) {
	var obs []model.Observation
	for d := 0; d < 10; d++ {
		obs = append(obs, model.Observation{ID: int64(d + 1), Outlet: "A", Outcome: "change", Published: time.Date(2024, 3, 1+d, 9, 0, 0, 0, time.UTC),
			Readings: []model.Reading{{Value: float64(1000 + d)}}})
	}
	c := NewChart(obs, "", ChartOptions{W: 760, H: 300})
	last := c.XTicks[len(c.XTicks)-1]
	if last.Label != "10 Mar" {
		t.Fatalf("the last day is not labelled: %+v", c.XTicks)
	}
	// About 6 px a character at 11 px: a centred label would run past W.
	half := float64(len(last.Label)) * 3.5
	if last.Anchor == "middle" && last.Pos+half > float64(c.W) || last.Anchor == "start" {
		t.Errorf("the last label at %g (anchor %s) is clipped at %d", last.Pos, last.Anchor, c.W)
	}
	if c.XTicks[0].Anchor == "end" {
		t.Errorf("the first label is anchored to run off the left edge")
	}
}
