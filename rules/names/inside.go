package names

import (
	"fmt"
	"sync"

	"gopkg.in/yaml.v3"
)

// insideOf maps each capital and place within a country of within.yaml,
// in every spelling places.yaml gives it, to that country, lower-cased:
// "omdurman" and "port sudan" to "sudan", "kiev" to "ukraine". A city
// names its country's story wherever a text writes it, where a country's
// own name is as often a party to another's story ("rockets fired from
// Lebanon").
var insideOf = sync.OnceValue(func() map[string]string {
	var within []struct {
		Place   string   `yaml:"place"`
		Capital string   `yaml:"capital"`
		Within  []string `yaml:"within"`
	}
	if err := yaml.Unmarshal(withinYAML, &within); err != nil {
		panic(fmt.Sprintf("names: within.yaml: %v", err)) // shipped with the binary and tested
	}
	out := map[string]string{}
	for _, p := range within {
		country := placeKey(p.Place)
		for _, n := range append([]string{p.Capital}, p.Within...) {
			if n != "" {
				out[placeKey(n)] = country
			}
		}
	}
	var spellings [][]string
	if err := yaml.Unmarshal(placesYAML, &spellings); err != nil {
		panic(fmt.Sprintf("names: places.yaml: %v", err))
	}
	for _, g := range spellings {
		for _, n := range g {
			if country, ok := out[placeKey(n)]; ok {
				for _, m := range g {
					out[placeKey(m)] = country
				}
				break
			}
		}
	}
	return out
})

// CountryOf returns the country, lower-cased, whose capital or place
// within within.yaml lists name ("Omdurman", "Port Sudan", "Kiev"), and
// whether it lists it. name is lower case with its words joined by one
// space, as the finder's words are; it allocates nothing.
func CountryOf(name string) (string, bool) {
	c, ok := insideOf()[name]
	return c, ok
}

// peopleOf maps each place of within.yaml, lower-cased, to the names of
// its people, lower-cased, when they share no first letters with it
// (people:): "gaza" to "palestinian", "palestinians".
var peopleOf = sync.OnceValue(func() map[string][]string {
	var within []struct {
		Place  string   `yaml:"place"`
		People []string `yaml:"people"`
	}
	if err := yaml.Unmarshal(withinYAML, &within); err != nil {
		panic(fmt.Sprintf("names: within.yaml: %v", err)) // shipped with the binary and tested
	}
	out := map[string][]string{}
	for _, p := range within {
		for _, n := range p.People {
			out[placeKey(p.Place)] = append(out[placeKey(p.Place)], placeKey(n))
		}
	}
	return out
})

// PeopleOf returns the names of the people of place, lower-cased, that
// within.yaml lists (people:) because they share no first letters with
// the place's name ("palestinian" for "gaza"); place is lower case.
func PeopleOf(place string) []string { return peopleOf()[place] }
