package rules

import (
	_ "embed"
	"fmt"
	"sync"

	"gopkg.in/yaml.v3"
)

// Demonyms whose shape does not give them away ("Chechen", "Tamil",
// "Greek") are data, in names/demonyms.yaml: demonymShape reads the rest.

//go:embed names/demonyms.yaml
var demonymsYAML []byte

// listedDemonyms are the demonyms of names/demonyms.yaml, as written
// (capitalised), read once.
var listedDemonyms = sync.OnceValue(func() map[string]bool {
	var list []string
	if err := yaml.Unmarshal(demonymsYAML, &list); err != nil {
		panic(fmt.Sprintf("rules: names/demonyms.yaml: %v", err)) // shipped with the binary and tested
	}
	out := make(map[string]bool, len(list))
	for _, w := range list {
		out[w] = true
	}
	return out
})
