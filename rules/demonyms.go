package rules

import "github.com/claimtrack/claimtrack/rules/names"

// Demonyms whose shape does not give them away ("Chechen", "Tamil",
// "Greek") are data, in names/demonyms.yaml (read by package names, which
// the claimant finder shares): demonymShape reads the rest.

// listedDemonym reports whether w, as written, is a demonym of
// names/demonyms.yaml.
func listedDemonym(w string) bool { return names.ListedDemonym(w) }
