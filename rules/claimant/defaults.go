package claimant

import (
	_ "embed"
	"fmt"

	"gopkg.in/yaml.v3"
)

//go:embed defaults.yaml
var defaultsYAML []byte

// Defaults returns the claimants claimtrack ships with (defaults.yaml).
func Defaults() []Entity {
	var f struct {
		Claimants []Entity `yaml:"claimants"`
	}
	if err := yaml.Unmarshal(defaultsYAML, &f); err != nil {
		// The file is part of the binary and tested: this is a build defect.
		panic(fmt.Sprintf("claimant: shipped defaults.yaml: %v", err))
	}
	return f.Claimants
}

// Merge returns the shipped claimants with the configured ones: a
// configured entity replaces the shipped one with its id, the others are
// added after. The second result is the index in the merged list of the
// first configured entity.
func Merge(shipped, configured []Entity) ([]Entity, int) {
	ids := map[string]bool{}
	for _, e := range configured {
		ids[e.ID] = true
	}
	out := make([]Entity, 0, len(shipped)+len(configured))
	for _, e := range shipped {
		if !ids[e.ID] {
			out = append(out, e)
		}
	}
	return append(out, configured...), len(out)
}
