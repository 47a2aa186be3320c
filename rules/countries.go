package rules

import (
	_ "embed"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Countries' names are data, in names/countries.yaml: a headline names
// another country's event by the bare name before its noun ("Morocco
// quake toll passes 2,900"), and nothing in the shape of a first word
// tells "Morocco" from "Deadly".

//go:embed names/countries.yaml
var countriesYAML []byte

// listedCountries are the names of names/countries.yaml, each as its
// words, keyed by its last word, read once.
var listedCountries = sync.OnceValue(func() map[string][][]string {
	var list []string
	if err := yaml.Unmarshal(countriesYAML, &list); err != nil {
		panic(fmt.Sprintf("rules: names/countries.yaml: %v", err)) // shipped with the binary and tested
	}
	out := make(map[string][][]string, len(list))
	for _, n := range list {
		ws := strings.Fields(n)
		out[ws[len(ws)-1]] = append(out[ws[len(ws)-1]], ws)
	}
	return out
})

// countryBefore returns the first token of a country's name that ends
// right before token ti in sentence s ("Morocco quake", "New Zealand
// quake"), or -1.
func countryBefore(d *figures.Document, s *figures.Sentence, ti int) int {
	for k := range countryNamesBefore(d, s, ti) {
		return k
	}
	return -1
}

// countryNamesBefore yields the first token and the words of every listed
// country's name that ends right before token ti in sentence s, in the
// list's order: "Sudan" and "South Sudan" both end at "Sudan".
func countryNamesBefore(d *figures.Document, s *figures.Sentence, ti int) iter.Seq2[int, []string] {
	return func(yield func(int, []string) bool) {
		if ti <= s.TokStart {
			return
		}
		for _, ws := range listedCountries()[d.TokenText(ti-1)] {
			k := ti - len(ws)
			if k < s.TokStart {
				continue
			}
			ok := true
			for i, w := range ws {
				ok = ok && d.TokenText(k+i) == w
			}
			if ok && !yield(k, ws) {
				return
			}
		}
	}
}

// isCountry reports whether w is the last word of a listed country's
// name.
func isCountry(w string) bool {
	return len(listedCountries()[w]) > 0
}

// ownOfForeignCountry reports whether keyword hit kw is "its own" or
// "their own" of a country the sentence opens with, and that country is
// not the metric's: "South Sudan, already home to 2.3 million of its own
// displaced people, ..." counts South Sudan's displaced, not Sudan's. A
// country is the metric's when every word of its name is one of the
// metric's own names ("Sudan" is, "South Sudan" is not).
func (m *metric) ownOfForeignCountry(d *figures.Document, s *figures.Sentence, kw hit) bool {
	word := sentenceWords(d, s)
	if kw.start-2 < s.TokStart || word(kw.start-1) != "own" {
		return false
	}
	if w := word(kw.start - 2); w != "its" && w != "their" {
		return false
	}
	for end := s.TokStart + 1; end <= s.TokStart+4 && end < kw.start; end++ {
		if countryBefore(d, s, end) != s.TokStart {
			continue
		}
		for k := s.TokStart; k < end; k++ {
			if !slices.Contains(m.ownNames, word(k)) {
				return true
			}
		}
		return false
	}
	return false
}
