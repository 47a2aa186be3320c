package claimant

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/claimtrack/claimtrack/rules/figures"
	"gopkg.in/yaml.v3"
)

// TestClaimantOrderKeepsAnswers: the order a claimants list is written in
// (the claimants, and each one's aliases, bare aliases and context words)
// is no part of what it means. On every dev corpus, with its own
// claimants and with the shipped ones, the claimant found for each case's
// figure (id, words, where, how) must be the same for the list reversed,
// rotated by one, and with each claimant's words reversed.
func TestClaimantOrderKeepsAnswers(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "corpus.dev*.yaml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no dev corpora: %v", err)
	}
	orders := []struct {
		name    string
		permute func([]Entity) []Entity
	}{
		{"claimants reversed", func(l []Entity) []Entity { l = slices.Clone(l); slices.Reverse(l); return l }},
		{"claimants rotated", func(l []Entity) []Entity {
			if len(l) < 2 {
				return l
			}
			return append(slices.Clone(l[1:]), l[0])
		}},
		{"words reversed", func(l []Entity) []Entity {
			out := slices.Clone(l)
			for i := range out {
				e := &out[i]
				e.Aliases, e.BareAliases, e.Context = slices.Clone(e.Aliases), slices.Clone(e.BareAliases), slices.Clone(e.Context)
				slices.Reverse(e.Aliases)
				slices.Reverse(e.BareAliases)
				slices.Reverse(e.Context)
			}
			return out
		}},
	}
	var a figures.Analyzer
	bad := 0
	for pi, p := range paths {
		if raceEnabled && pi%4 != 0 {
			continue // one dev file in four under the race detector: see race_test.go
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var cf corpusFile
		if err := yaml.Unmarshal(data, &cf); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		var own []Entity
		for id, aliases := range cf.Claimants {
			own = append(own, Entity{ID: id, Aliases: aliases})
		}
		sort.Slice(own, func(i, j int) bool { return own[i].ID < own[j].ID })
		for _, list := range []struct {
			name string
			ents []Entity
		}{{"own", own}, {"shipped", Defaults()}} {
			written, err := New(list.ents)
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			for _, order := range orders {
				f, err := New(order.permute(list.ents))
				if err != nil {
					t.Fatalf("%s %s %s: %v", p, list.name, order.name, err)
				}
				for _, c := range cf.Cases {
					s, e, ok := figureSpan(c.Text, c.Figure)
					if !ok {
						continue
					}
					d := a.Analyze(c.Text)
					want, got := claimantFound(written, d, s, e), claimantFound(f, d, s, e)
					if got != want && bad < 20 {
						bad++
						t.Errorf("%s, %s claimants %s: %q in %q: got %s, as written %s", filepath.Base(p), list.name, order.name, c.Figure, c.Text, got, want)
					}
				}
			}
		}
	}
}

// claimantFound is the claimant f finds for the figure at bytes [s, e) of d.
func claimantFound(f *Finder, d *figures.Document, s, e int) string {
	c, ok := f.Find(d, s, e)
	if !ok {
		return "none"
	}
	return fmt.Sprintf("%q %q [%d,%d) %s", c.ID, c.Words, c.Start, c.End, c.How)
}

// raceEnabled is set by race_test.go when the race detector is on.
var raceEnabled bool
