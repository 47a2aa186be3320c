package claimant

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// corpusFile is a labelled claimant corpus (see testdata/README.md).
type corpusFile struct {
	Claimants map[string][]string `yaml:"claimants"`
	Cases     []corpusCase        `yaml:"cases"`
}

type corpusCase struct {
	Text     string  `yaml:"text"`
	Figure   string  `yaml:"figure"`
	Claimant *string `yaml:"claimant"`
	How      string  `yaml:"how"`
	Style    string  `yaml:"style"`
	line     int
}

func loadCorpus(t testing.TB, name string) (*Finder, []corpusCase) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("read corpus: %v", err)
	}
	var cf corpusFile
	if err := yaml.Unmarshal(data, &cf); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var node yaml.Node
	if err := yaml.Unmarshal(data, &node); err == nil {
		for _, kv := range pairs(node.Content[0]) {
			if kv[0].Value == "cases" {
				for i, c := range kv[1].Content {
					if i < len(cf.Cases) {
						cf.Cases[i].line = c.Line
					}
				}
			}
		}
	}
	var ents []Entity
	for id, aliases := range cf.Claimants {
		ents = append(ents, Entity{ID: id, Aliases: aliases})
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].ID < ents[j].ID })
	f, err := New(ents)
	if err != nil {
		t.Fatalf("%s: claimants: %v", name, err)
	}
	return f, cf.Cases
}

func pairs(n *yaml.Node) [][2]*yaml.Node {
	var out [][2]*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		out = append(out, [2]*yaml.Node{n.Content[i], n.Content[i+1]})
	}
	return out
}

// figureSpan is the first occurrence of the labelled figure that is not
// inside a larger number: digits on either side, or joined to digits by a
// colon, a point or a comma ("12" is not the minutes of "13:12", nor the
// tail of "1,012").
func figureSpan(text, fig string) (int, int, bool) {
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], fig)
		if i < 0 {
			return 0, 0, false
		}
		i += off
		e := i + len(fig)
		if !joinedBefore(text, i, fig) && !joinedAfter(text, e, fig) {
			return i, e, true
		}
		off = i + 1
	}
	return 0, 0, false
}

// joinedBefore reports whether the figure fig at byte i continues a number
// before it.
func joinedBefore(text string, i int, fig string) bool {
	if i == 0 {
		return false
	}
	if isDigitByte(text[i-1]) {
		return true
	}
	return i >= 2 && isDigitByte(fig[0]) && strings.IndexByte(":.,", text[i-1]) >= 0 && isDigitByte(text[i-2])
}

// joinedAfter reports whether a number continues after the figure fig
// ending at byte e.
func joinedAfter(text string, e int, fig string) bool {
	if e == len(text) {
		return false
	}
	if isDigitByte(text[e]) {
		return true
	}
	return e+1 < len(text) && isDigitByte(fig[len(fig)-1]) && strings.IndexByte(":.,", text[e]) >= 0 && isDigitByte(text[e+1])
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// result compares a finding with the label: a configured id must match
// the id; an unlisted claimant matches when its words, normalised by
// NormalizeWords (lower case, punctuation dropped, a leading the/a/an
// removed), are equal.
func result(c corpusCase, got Claimant, ok bool) (string, bool) {
	g := "null"
	if ok {
		g = got.Name()
	}
	if c.Claimant == nil {
		return g, !ok
	}
	if !ok {
		return g, false
	}
	want := *c.Claimant
	if got.ID != "" || !strings.ContainsAny(want, " ABCDEFGHIJKLMNOPQRSTUVWXYZ'’&") && strings.Contains(want, "_") {
		return g, got.ID == want
	}
	return g, NormalizeWords(got.Words) == NormalizeWords(want)
}

func measure(t *testing.T, name string) float64 {
	f, cases := loadCorpus(t, name)
	return measureWith(t, name, f, cases)
}

func measureWith(t *testing.T, name string, f *Finder, cases []corpusCase) float64 {
	return measureLogged(t, name, f, cases, t.Logf)
}

// measureLogged measures cases and tells logf each miss and the confusion
// of the misses.
func measureLogged(t *testing.T, name string, f *Finder, cases []corpusCase, logf func(string, ...any)) float64 {
	right := 0
	howRight := 0
	confusion := map[string]int{}
	var a figures.Analyzer
	for _, c := range cases {
		s, e, ok := figureSpan(c.Text, c.Figure)
		if !ok {
			t.Errorf("%s:%d: figure %q not in text", name, c.line, c.Figure)
			continue
		}
		d := a.Analyze(c.Text)
		got, found := f.Find(d, s, e)
		g, good := result(c, got, found)
		how := "none"
		if found {
			how = string(got.How)
		}
		if good {
			right++
			if how == c.How {
				howRight++
			}
			continue
		}
		want := "null"
		if c.Claimant != nil {
			want = *c.Claimant
		}
		key := fmt.Sprintf("%s (%s) -> %s (%s)", want, c.How, g, how)
		confusion[key]++
		logf("%s:%d: %q in %q: want %s", name, c.line, c.Figure, c.Text, key)
	}
	acc := float64(right) / float64(len(cases))
	keys := make([]string, 0, len(confusion))
	for k := range confusion {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "\n  %d× %s", confusion[k], k)
	}
	logf("%s: claimant accuracy %.3f (%d/%d); where found the same way %d/%d; misses (expected -> got, with how):%s",
		name, acc, right, len(cases), howRight, right, b.String())
	return acc
}

// minAccuracy is the floor the finder must hold on both halves of the
// corpus; it is never lowered to make a change pass.
const minAccuracy = 0.9

func TestCorpusDev(t *testing.T) {
	if acc := measure(t, "corpus.dev.yaml"); acc < minAccuracy {
		t.Errorf("claimant accuracy on dev %.3f < %.2f", acc, minAccuracy)
	}
}

// TestCorpusDev2 measures the first holdout, looked at while the finder was
// built and so a second dev file now.
func TestCorpusDev2(t *testing.T) {
	if acc := measure(t, "corpus.dev2.yaml"); acc < minAccuracy {
		t.Errorf("claimant accuracy on dev2 %.3f < %.2f", acc, minAccuracy)
	}
}

// shippedTarget is what the shipped claimants must reach on every dev
// file: the target for a user who configures none.
const shippedTarget = 0.95

// shippedFloors are the dev files measured with the shipped claimants, each
// with its floor: the target, or for a file still under it what the finder
// reached (raised as it improves, never lowered).
var shippedFloors = []struct {
	name  string
	floor float64
}{
	{"corpus.dev.yaml", shippedTarget},
	{"corpus.dev2.yaml", shippedTarget},
	{"corpus.dev3.yaml", shippedTarget},
	{"corpus.dev4.yaml", shippedTarget},
	{"corpus.dev5.yaml", shippedTarget},
	{"corpus.dev6.yaml", shippedTarget},
}

// TestCorpusDevShipped measures the shipped claimants (defaults.yaml, with
// their bare aliases and context words) on the dev corpora instead of each
// corpus's own list: what a user gets with no claimants configured.
func TestCorpusDevShipped(t *testing.T) {
	f, err := New(Defaults())
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range shippedFloors {
		_, cases := loadCorpus(t, file.name)
		acc := measureWith(t, file.name+" (shipped claimants)", f, cases)
		if acc < file.floor {
			t.Errorf("claimant accuracy on %s with the shipped claimants %.3f < %.2f", file.name, acc, file.floor)
		}
		if acc < shippedTarget {
			t.Logf("claimant accuracy on %s with the shipped claimants %.3f is under the target %.2f", file.name, acc, shippedTarget)
		}
	}
}

// TestMechanisms runs testdata/mechanisms*.yaml: one or two sentences of our
// own per mechanism; every one must pass.
func TestMechanisms(t *testing.T) {
	for _, name := range mechanismsFiles(t) {
		mustPass(t, name, 20)
	}
}

// mechanismsFiles names the files of mechanisms cases: mechanisms.yaml,
// where new classes are appended, and mechanisms-1.yaml (-2 ...), its
// older sections moved out verbatim because one file outgrew the
// repository's limit of 1 MB a file. Every test that reads the mechanisms
// cases reads them all through this glob. The order (by name:
// mechanisms-1.yaml before mechanisms.yaml, the older cases first; a
// -10 would sort before -2) only has to be stable: the gates join the texts
// in it, and no answer depends on where a case sits among them.
func mechanismsFiles(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "mechanisms*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range paths {
		if name := filepath.Base(p); !strings.Contains(name, "holdout") {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		t.Fatal("no testdata/mechanisms*.yaml")
	}
	sort.Strings(names)
	return names
}

// TestPlaces runs testdata/places.yaml: which places a claimant's story
// has, by its id; every one must pass.
func TestPlaces(t *testing.T) { mustPass(t, "places.yaml", 3) }

// mustPass runs a file of our own cases, of at least min cases: every one
// must find its claimant, and the same way.
func mustPass(t *testing.T, name string, min int) {
	f, cases := loadCorpus(t, name)
	if len(cases) < min {
		t.Fatalf("%s: %d cases read", name, len(cases))
	}
	var a figures.Analyzer
	for _, c := range cases {
		s, e, ok := figureSpan(c.Text, c.Figure)
		if !ok {
			t.Errorf("%s:%d: figure %q not in text", name, c.line, c.Figure)
			continue
		}
		got, found := f.Find(a.Analyze(c.Text), s, e)
		g, good := result(c, got, found)
		how := "none"
		if found {
			how = string(got.How)
		}
		if !good || how != c.How {
			want := "null"
			if c.Claimant != nil {
				want = *c.Claimant
			}
			t.Errorf("%s:%d: %q in %q: got %s (%s), want %s (%s)", name, c.line, c.Figure, c.Text, g, how, want, c.How)
		}
	}
}

// TestShippedClaimants runs testdata/shipped.yaml with the shipped
// claimants; every case must pass.
func TestShippedClaimants(t *testing.T) {
	_, cases := loadCorpus(t, "shipped.yaml")
	f, err := New(Defaults())
	if err != nil {
		t.Fatalf("shipped claimants: %v", err)
	}
	var a figures.Analyzer
	for _, c := range cases {
		s, e, _ := figureSpan(c.Text, c.Figure)
		got, found := f.Find(a.Analyze(c.Text), s, e)
		if g, good := result(c, got, found); !good {
			t.Errorf("shipped.yaml:%d: %q in %q: got %s (%+v)", c.line, c.Figure, c.Text, g, got)
		}
	}
}

// TestOwnerOfKind runs testdata/owner_of_kind.yaml: a claimant named by
// an unlisted place and a kind of body keeps its generic alias in a story
// that names that place (partonly.go, ownerOfKind); every case must pass.
func TestOwnerOfKind(t *testing.T) { mustPass(t, "owner_of_kind.yaml", 8) }
