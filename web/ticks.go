package web

import (
	"fmt"
	"hash/fnv"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/notify"
)

// niceTicks are about n round values (1, 2, 2.5 or 5 × 10^k apart) from
// at or below lo to at or above hi: an axis that reads 30k, 31k, 32k.
func niceTicks(lo, hi float64, n int) []float64 {
	if hi == lo {
		pad := math.Max(math.Abs(hi)*0.05, 1)
		lo, hi = lo-pad, hi+pad
	}
	raw := (hi - lo) / float64(max(n-1, 1))
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := 10 * mag
	for _, m := range []float64{1, 2, 2.5, 5} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	first, last := math.Floor(lo/step), math.Ceil(hi/step)
	out := make([]float64, 0, int(last-first)+1)
	for k := first; k <= last; k++ {
		out = append(out, k*step)
	}
	return out
}

// tickLabels writes ticks briefly in one unit, chosen by the largest
// (k, m or bn), with as many decimals as the step between them needs:
// "30k, 31k, 32k", "2.5k, 5k, 7.5k", "0.95m, 1m, 1.05m".
func tickLabels(ticks []float64) []string {
	top := 0.0
	for _, v := range ticks {
		top = math.Max(top, math.Abs(v))
	}
	unit, suffix := 1.0, ""
	switch {
	case top >= 1e9:
		unit, suffix = 1e9, "bn"
	case top >= 1e6:
		unit, suffix = 1e6, "m"
	case top >= 1e4:
		unit, suffix = 1e3, "k"
	}
	step := 1.0
	if len(ticks) > 1 {
		step = (ticks[1] - ticks[0]) / unit
	}
	decimals := 0
	for decimals < 6 {
		scaled := step * math.Pow(10, float64(decimals))
		if math.Abs(scaled-math.Round(scaled)) < 1e-6 {
			break
		}
		decimals++
	}
	out := make([]string, len(ticks))
	for i, v := range ticks {
		s := strconv.FormatFloat(v/unit, 'f', decimals, 64)
		if unit == 1 && decimals == 0 {
			s = notify.FormatNumber(v) // 2,000
		}
		if strings.Contains(s, ".") {
			s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
		}
		if s == "-0" {
			s = "0"
		}
		if s != "0" {
			s += suffix
		}
		out[i] = s
	}
	return out
}

// palette is how many colours a Palette chooses from: Okabe and Ito's
// set, safe for the common colour-vision deficiencies, with grey for
// their black (the accepted-value line is near black) and without yellow
// (unreadable on white). The colours themselves are in style.css.
const palette = 7

// Palette gives each name (an outlet; later a claimant) a colour that is
// the same on every page: each known name starts from its name's hash and
// moves to the next free colour if another known name holds that one, so
// that up to seven known names never share a colour. A name not known
// when the palette was made gets its hash's colour.
type Palette struct {
	assigned map[string]int
}

func hashSlot(name string) int {
	h := fnv.New32a()
	h.Write([]byte(name))
	return int(h.Sum32() % palette)
}

// NewPalette assigns colours to the names known up front (the configured
// outlets). The assignment depends on the set of names alone, not their
// order.
func NewPalette(names []string) *Palette {
	uniq := slices.Clone(names)
	slices.Sort(uniq)
	uniq = slices.Compact(uniq)
	// Names claim colours in order of their hash slot, then by name, so
	// the outcome does not depend on how the caller listed them.
	slices.SortStableFunc(uniq, func(a, b string) int { return hashSlot(a) - hashSlot(b) })
	p := &Palette{assigned: map[string]int{}}
	taken := make([]int, palette) // how many names hold each colour
	for _, n := range uniq {
		best := hashSlot(n)
		for k := 0; k < palette; k++ {
			if c := (hashSlot(n) + k) % palette; taken[c] < taken[best] {
				best = c
			}
		}
		taken[best]++
		p.assigned[n] = best
	}
	return p
}

// Class is the CSS class of name's colour.
func (p *Palette) Class(name string) string {
	slot, ok := 0, false
	if p != nil {
		slot, ok = p.assigned[name]
	}
	if !ok {
		slot = hashSlot(name)
	}
	return fmt.Sprintf("c%d", slot)
}
