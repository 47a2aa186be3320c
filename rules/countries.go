package rules

import (
	_ "embed"
	"fmt"
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
	if ti <= s.TokStart {
		return -1
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
		if ok {
			return k
		}
	}
	return -1
}

// isCountry reports whether w is the last word of a listed country's
// name.
func isCountry(w string) bool {
	return len(listedCountries()[w]) > 0
}
