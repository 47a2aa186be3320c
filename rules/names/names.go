// Package names holds the lists of names, as data, that the rules and the
// claimant finder both read: one list, so a demonym added for one is known
// to the other.
package names

import (
	_ "embed"
	"fmt"
	"sync"

	"gopkg.in/yaml.v3"
)

//go:embed demonyms.yaml
var demonymsYAML []byte

// listedDemonyms are the demonyms of demonyms.yaml, each as written
// (capitalised) and in lower case, read once.
var listedDemonyms = sync.OnceValue(func() map[string]bool {
	var list []string
	if err := yaml.Unmarshal(demonymsYAML, &list); err != nil {
		panic(fmt.Sprintf("names: demonyms.yaml: %v", err)) // shipped with the binary and tested
	}
	out := make(map[string]bool, 2*len(list))
	for _, w := range list {
		out[w] = true
		out[lower(w)] = true
	}
	return out
})

// ListedDemonym reports whether w, as written ("Greek") or in lower case
// ("greek"), is one of the demonyms of demonyms.yaml: those whose shape
// does not say they are one. It allocates nothing.
func ListedDemonym(w string) bool { return listedDemonyms()[w] }

// lower is w in lower case; the list is ASCII. A word with no capital is
// returned as it is, with no copy: KnownPlace is asked of the claimant
// finder's lower-cased words around every figure it reads.
func lower(w string) string {
	if !hasUpper(w) {
		return w
	}
	b := []byte(w)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// hasUpper reports whether w holds an ASCII capital, which lower folds.
func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}
