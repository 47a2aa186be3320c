package rules

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/claimtrack/claimtrack/rules/figures"
	"gopkg.in/yaml.v3"
)

// Places inside a metric's own place: "an assault on Rafah" is an act in
// Gaza, and "Kiev:" opening a headline is a dateline for Ukraine. The
// places are data, in names/within.yaml.

//go:embed names/within.yaml
var withinYAML []byte

// region is one place of names/within.yaml with what it holds, as
// lower-cased words, every spelling of names/places.yaml included.
type region struct {
	place   string
	capital [][]string
	within  [][]string
}

// regions reads names/within.yaml once.
var regions = sync.OnceValue(func() []region {
	var raw []struct {
		Place   string   `yaml:"place"`
		Capital string   `yaml:"capital"`
		Within  []string `yaml:"within"`
	}
	if err := yaml.Unmarshal(withinYAML, &raw); err != nil {
		panic(fmt.Sprintf("rules: names/within.yaml: %v", err)) // shipped with the binary and tested
	}
	out := make([]region, 0, len(raw))
	for _, r := range raw {
		g := region{place: strings.ToLower(r.Place), capital: placeSpellings(r.Capital)}
		for _, w := range r.Within {
			g.within = append(g.within, placeSpellings(w)...)
		}
		out = append(out, g)
	}
	return out
})

// placeSpellings is name as words with its other spellings (names/places.yaml).
func placeSpellings(name string) [][]string {
	words := wordsOf(name)
	if len(words) == 0 {
		return nil
	}
	out := [][]string{words}
	for _, g := range placeNames() {
		if slices.ContainsFunc(g, func(n []string) bool { return slices.Equal(n, words) }) {
			for _, n := range g {
				if !slices.Equal(n, words) {
					out = append(out, n)
				}
			}
		}
	}
	return out
}

// ownRegions are the regions whose place the metric names (its ownNames).
func ownRegions(own []string) []region {
	var out []region
	for _, r := range regions() {
		if slices.Contains(own, r.place) {
			out = append(out, r)
		}
	}
	return out
}

// namedPlaceAt reports whether one of names starts at token k of sentence s.
func namedPlaceAt(d *figures.Document, s *figures.Sentence, k int, names [][]string) bool {
	return namedPlaceEnd(d, s, k, names) >= 0
}

// namedPlaceEnd returns the token after the first of names that starts at
// token k of sentence s, or -1.
func namedPlaceEnd(d *figures.Document, s *figures.Sentence, k int, names [][]string) int {
	for _, n := range names {
		t, i := k, 0
		for ; i < len(n) && t < s.TokEnd; t++ {
			if d.Tokens[t].IsSymbol() && d.TokenText(t) == "-" {
				continue // "Deir al-Balah"
			}
			if d.LowerTokenText(t) != n[i] {
				break
			}
			i++
		}
		if i == len(n) {
			return t
		}
	}
	return -1
}

// innerPlaceIn reports whether a place inside one of the metric's own
// places is named among tokens from..to of sentence s.
func (m *metric) innerPlaceIn(d *figures.Document, s *figures.Sentence, from, to int) bool {
	for _, r := range m.regions {
		for k := max(from, s.TokStart); k < to && k < s.TokEnd; k++ {
			if named(d, k) && namedPlaceAt(d, s, k, r.within) {
				return true
			}
		}
	}
	return false
}

// capitalLabel reports whether hit h is a capital's name opening the
// sentence as a label before a colon ("Kiev: 11,000+ civilians killed, UN
// monitors confirm"): a headline labelled with a capital is filed from it
// and speaks for its country, as a dateline does; it does not place the
// figure in the city. Another city's label still does ("Kharkiv: 3
// killed", "Hatay: toll passes 20,000").
func capitalLabel(d *figures.Document, s *figures.Sentence, h hit) bool {
	if h.start != s.TokStart || h.end >= s.TokEnd || d.TokenText(h.end) != ":" {
		return false
	}
	return capitalAt(d, s, h.start)
}

// capitalAt reports whether a capital of names/within.yaml is named at
// token k.
func capitalAt(d *figures.Document, s *figures.Sentence, k int) bool {
	for _, r := range regions() {
		if namedPlaceAt(d, s, k, r.capital) {
			return true
		}
	}
	return false
}
