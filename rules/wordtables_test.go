package rules

import (
	"strings"
	"testing"
)

// TestWordTablesAsMaps holds the wordset tables the figure readers ask in
// place of their maps (speed60) to the maps' answers: every listed word,
// and each one a letter short, a letter long and in capitals, words
// the maps do not hold.
func TestWordTablesAsMaps(t *testing.T) {
	var words []string
	for _, m := range []map[string]bool{prepositions, irregularPast} {
		for w := range m {
			words = append(words, w)
		}
	}
	for w := range irregularBase {
		words = append(words, w)
	}
	for _, w := range words {
		for _, v := range []string{w, w[:len(w)-1], w + "s", strings.ToUpper(w), ""} {
			if got, want := preposition(v), prepositions[v]; got != want {
				t.Errorf("preposition(%q) = %v, prepositions holds %v", v, got, want)
			}
			if got, want := irregularPastForm(v), irregularBase[v] != "" || irregularPast[v]; got != want {
				t.Errorf("irregularPastForm(%q) = %v, the maps hold %v", v, got, want)
			}
		}
	}
}
