package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A metric of a city may place it on one side of the wider region its
// description names: "Rafah, in the south of the Gaza Strip". A figure
// placed "in" another side of that region ("displaced in northern Gaza",
// "sheltering in central Gaza") counts people outside the city, as a
// figure placed in another town does; the city's own side ("in southern
// Gaza") may hold it, and a side of the city itself ("in northern Rafah")
// is inside it.

// regionSide returns the point of the compass the description places the
// metric's place on ("in the south of the Gaza Strip": "south"), or "".
// Only "in" places it there: "who fled from the north of the Strip" says
// where its people came from, not where the place lies.
func regionSide(description string) string {
	words := strings.Fields(strings.ToLower(description))
	for i := 1; i+2 < len(words); i++ {
		if words[i-1] != "in" || words[i] != "the" || strings.TrimRight(words[i+2], ",.;") != "of" {
			continue
		}
		if p := compassPoint(words[i+1]); p != "" {
			return p
		}
	}
	return ""
}

// compassPoint returns lower-cased w as a point of the compass, its
// adjective's ending taken off ("northern" → "north", "south-western" →
// "south-west"), or "" when w is none. The middle is "centre" however it
// is spelt ("central", "center"), so that a description's "the centre
// of" and a figure's "central Gaza" name one side.
func compassPoint(w string) string {
	var parts []string
	for _, p := range strings.Split(w, "-") {
		p = strings.TrimSuffix(strings.TrimSuffix(p, "ern"), "ward")
		switch p {
		case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre":
			parts = append(parts, p)
		case "central", "center":
			parts = append(parts, "centre")
		default:
			return ""
		}
	}
	return strings.Join(parts, "-")
}

// sameSide reports whether points of the compass p and side (compassPoint's)
// share a point: "south-west" and "southern", "southeast" and "south" lie
// on one side; "centre" only on its own.
func sameSide(p, side string) bool {
	for _, q := range [...]string{"north", "south", "east", "west", "centre"} {
		if strings.Contains(p, q) && strings.Contains(side, q) {
			return true
		}
	}
	return false
}

// otherSideAt reports whether a point of the compass starting at token k,
// before the name at token after it ends, places what it qualifies on
// another side of the metric's wider region than the metric's own:
// "northern Gaza" for a city "in the south of the Gaza Strip". The name
// must be no place the metric counts what is in ("northern Rafah" is
// Rafah).
func (m *metric) otherSideAt(d *figures.Document, k, name int) bool {
	if m.side == "" || name == k || m.insideName(d.TokenText(name)) {
		return false
	}
	var b strings.Builder
	for t := k; t < name; t++ {
		b.WriteString(d.LowerTokenText(t))
	}
	p := compassPoint(b.String())
	if p == "" {
		return false
	}
	// "south-west" and "southwest" lie on the south side too, and
	// "southern" on the side of a city in the south-west.
	return !sameSide(p, m.side)
}
