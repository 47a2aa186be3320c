package rules

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// Places the news spells more than one way ("Türkiye" and "Turkey", "Kiev"
// and "Kyiv"): a rule that names one spelling matches the others, so that
// a user need not list them. The spellings are data, in names/places.yaml.

//go:embed names/places.yaml
var placeNamesYAML []byte

// placeNames are the spellings of each place, as lists of lower-cased
// words, read once from names/places.yaml.
var placeNames = sync.OnceValue(func() [][][]string {
	var groups [][]string
	if err := yaml.Unmarshal(placeNamesYAML, &groups); err != nil {
		panic(fmt.Sprintf("rules: names/places.yaml: %v", err)) // shipped with the binary and tested
	}
	out := make([][][]string, 0, len(groups))
	for _, g := range groups {
		var names [][]string
		for _, n := range g {
			if w := wordsOf(n); len(w) > 0 {
				names = append(names, w)
			}
		}
		out = append(out, names)
	}
	return out
})

// otherSpellings returns entry written with each other spelling of each
// place it names ("quake in Turkey" gives "quake in Türkiye" and "quake
// in Turkiye"), keeping an exact mark or a trailing * as written.
func otherSpellings(entry string) []string {
	words := wordsOf(entry)
	if len(words) == 0 {
		return nil
	}
	mark := ""
	if strings.HasPrefix(strings.TrimSpace(entry), exactMark) {
		mark = exactMark
	}
	star := ""
	if strings.HasSuffix(strings.TrimSpace(entry), "*") {
		star = "*"
	}
	var out []string
	for _, g := range placeNames() {
		for _, name := range g {
			at := indexWords(words, name)
			if at < 0 {
				continue
			}
			for _, other := range g {
				if slices.Equal(other, name) {
					continue
				}
				w := slices.Concat(words[:at], other, words[at+len(name):])
				out = append(out, mark+strings.Join(w, " ")+star)
			}
		}
	}
	return out
}

// indexWords returns where the words of name stand in words, or -1.
func indexWords(words, name []string) int {
	for i := 0; i+len(name) <= len(words); i++ {
		if slices.Equal(words[i:i+len(name)], name) {
			return i
		}
	}
	return -1
}
