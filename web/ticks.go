package web

import (
	"fmt"
	"hash/fnv"
	"math"
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

// palette is how many colours ColourClass chooses from: Okabe and Ito's
// set, safe for the common colour-vision deficiencies, with grey for
// their black (the accepted-value line is near black) and without yellow
// (unreadable on white). The colours themselves are in style.css.
const palette = 7

// ColourClass is the CSS class of the colour a name is drawn in: an
// outlet's (or a claimant's) colour is the same on every page and every
// chart, since it depends on the name alone.
func ColourClass(name string) string {
	h := fnv.New32a()
	h.Write([]byte(name))
	return fmt.Sprintf("c%d", h.Sum32()%palette)
}
