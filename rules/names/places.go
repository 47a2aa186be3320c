package names

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/claimtrack/claimtrack/rules/internal/wordset"
	"gopkg.in/yaml.v3"
)

// The places the rules already know by name (countries.yaml, places.yaml,
// within.yaml), and the continents and regions of regions.yaml, are also
// what tells the claimant finder a place from a body written the same way:
// "Medics from Khan Younis" are people at a
// place, "Paramedics from Magen David Adom" a body's; "Zaporizhzhia's
// regional governor, Ivan Fedorov" holds a place's office. One list, so
// a place added for the rules is known to the finder.

//go:embed countries.yaml
var countriesYAML []byte

//go:embed places.yaml
var placesYAML []byte

//go:embed within.yaml
var withinYAML []byte

//go:embed regions.yaml
var regionsYAML []byte

// regionNames are the continents and world regions of regions.yaml.
var regionNames = sync.OnceValue(func() []string {
	var regions []string
	if err := yaml.Unmarshal(regionsYAML, &regions); err != nil {
		panic(fmt.Sprintf("names: regions.yaml: %v", err)) // shipped with the binary and tested
	}
	return regions
})

// knownRegions are the names of regions.yaml alone, lower-cased.
var knownRegions = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, n := range regionNames() {
		out[placeKey(n)] = true
	}
	return out
})

// knownPlaces are every name of the four lists, lower-cased, its words
// joined by one space, read once.
var knownPlaces = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	add := func(n string) { out[placeKey(n)] = true }
	var countries []string
	if err := yaml.Unmarshal(countriesYAML, &countries); err != nil {
		panic(fmt.Sprintf("names: countries.yaml: %v", err)) // shipped with the binary and tested
	}
	for _, n := range countries {
		add(n)
	}
	for _, n := range regionNames() {
		add(n)
	}
	var spellings [][]string
	if err := yaml.Unmarshal(placesYAML, &spellings); err != nil {
		panic(fmt.Sprintf("names: places.yaml: %v", err))
	}
	for _, g := range spellings {
		for _, n := range g {
			add(n)
		}
	}
	var within []struct {
		Place   string   `yaml:"place"`
		Capital string   `yaml:"capital"`
		Within  []string `yaml:"within"`
	}
	if err := yaml.Unmarshal(withinYAML, &within); err != nil {
		panic(fmt.Sprintf("names: within.yaml: %v", err))
	}
	for _, p := range within {
		add(p.Place)
		add(p.Capital)
		for _, n := range p.Within {
			add(n)
		}
	}
	delete(out, "")
	return out
})

// KnownPlace reports whether name, in any case and with its words split
// by any run of spaces, tabs, line breaks or no-break spaces ("Khan
// Younis", "ZAPORIZHZHIA", "Gaza\u00a0City" as scraped), is a country,
// place or region of the lists. Only ASCII letters are folded to lower
// case: non-ASCII spellings are compared as written.
func KnownPlace(name string) bool {
	in, _ := knownPlaceTable().Get(placeKey(name))
	return in
}

// knownPlaceTable is knownPlaces for KnownPlace, which the claimant finder
// asks of words around every figure it reads (wordset: no hashing call).
var knownPlaceTable = sync.OnceValue(func() *wordset.Table[bool] { return wordset.New(knownPlaces()) })

// KnownRegion reports whether name, as KnownPlace reads it, is a continent
// or world region ("Europe", "the Americas" without its article): a place
// no government speaks for, unlike a country or a city.
func KnownRegion(name string) bool { return knownRegions()[placeKey(name)] }

// knownCapitals are the capitals of within.yaml, lower-cased, with the
// other spellings places.yaml gives them ("Kiev").
var knownCapitals = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	var within []struct {
		Capital string `yaml:"capital"`
	}
	if err := yaml.Unmarshal(withinYAML, &within); err != nil {
		panic(fmt.Sprintf("names: within.yaml: %v", err))
	}
	for _, p := range within {
		if p.Capital != "" {
			out[placeKey(p.Capital)] = true
		}
	}
	var spellings [][]string
	if err := yaml.Unmarshal(placesYAML, &spellings); err != nil {
		panic(fmt.Sprintf("names: places.yaml: %v", err))
	}
	for _, g := range spellings {
		for _, n := range g {
			if out[placeKey(n)] {
				for _, m := range g {
					out[placeKey(m)] = true
				}
				break
			}
		}
	}
	return out
})

// KnownCapital reports whether name, as KnownPlace reads it, is the
// capital of a country of within.yaml ("Kyiv", "Kiev", "Damascus"): a
// city whose name, as a headline's label, stands for the government.
func KnownCapital(name string) bool { return knownCapitals()[placeKey(name)] }

// placeKey is how the lists and the names asked about are compared: lower
// case, words joined by one space. Names as the finder reads them from a
// scraped page may hold a line break or a no-break space between their
// words; most hold neither, and are only lowered.
func placeKey(name string) string {
	if !regularSpacing(name) {
		return strings.Join(strings.Fields(lower(name)), " ")
	}
	return lower(name)
}

// regularSpacing reports whether name is ASCII with its words split by
// single spaces, nothing before the first or after the last.
func regularSpacing(name string) bool {
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c >= 0x80, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(name)-1 || name[i+1] == ' '):
			return false
		}
	}
	return true
}
