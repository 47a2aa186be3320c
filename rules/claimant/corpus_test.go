package claimant

import (
	"flag"
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

// devFloors are what the finder reached on each later dev file after it
// was tuned on: regression floors, raised as the finder improves and never
// lowered. What each file was when it was first measured, blind:
//   - dev3: the second holdout (0.809 blind);
//   - dev4: written blind around the hard classes;
//   - dev5: the third holdout (0.810 blind);
//   - dev6: written blind around the third holdout's classes of miss (0.818
//     as written with the finder it first met);
//   - dev7: the fourth holdout (0.865 blind; 0.845 for the code before that
//     round);
//   - dev8: the fifth holdout (0.860 blind; 0.825 for the code before that
//     round);
//   - dev9: 170 cases written blind around the fifth holdout's classes of
//     miss (0.735 as written);
//   - dev10: 160 cases written blind with a holdout's ordinary mix (0.844 as
//     written midway through the round; 0.812 for the code before it);
//   - dev11, dev12, dev13: the sixth round's three holdouts (0.830, 0.850
//     and 0.856 blind; 0.810, 0.830 and 0.800 for the code before that
//     round); 0.880, 0.895 and 0.900 after the seventh round settled span
//     conventions (README convention 8) and tuned on them; 0.905, 0.915
//     and 0.950 after the round's second pass (transcript descriptions,
//     headline roles, passive pointers; two dev13 labels put right under
//     convention 7);
//   - dev14: 160 cases written blind with an ordinary mix while dev11 to
//     dev13 were tuned on (0.869 as written with the finder before the
//     seventh round, 0.856 after its first merge, which settled the span
//     conventions the file was written without); 0.938 after the round's
//     third pass (claim7c: labels, a body's people, bodies and spans; three
//     labels put right under convention 8); 0.969 after its fourth pass
//     (claim7d: gapped and absolute clauses, clause scope, headline
//     services); 0.981 after its fifth (claim7e: 'According to the
//     update' after the publishing sentence, a relative aside);
//   - dev15: 160 cases written blind around hard attribution forms
//     (transcript speaker lines, long titles, two claimants in a sentence,
//     headline sources, outlets' tallies, passive pointers, clause scope):
//     0.719 as written with the finder before the seventh round, 0.756
//     after its second merge, 0.769 on main before the fourth pass, 0.806
//     after it, 0.931 after the fifth (claim7e: labels with a place, a
//     body's post before a name, spans, pointers by their object, first
//     person, findings cited or built on by another);
//   - dev16, dev17: the seventh round's two holdouts (then
//     corpus.holdout.yaml and corpus.holdout-b.yaml; 0.895 and 0.895
//     blind with the finder before that round, 0.885 and 0.895 at its
//     end), renamed when the eighth round began tuning on them; dev16
//     reads 0.900 after three labels were brought into line with
//     convention 8; 0.935 and 0.940 after the eighth round's first pass
//     (claim8: descriptions beside names, spans, headline dashes, list
//     headers, announced updates), which also raised dev4 (0.988), dev10
//     (0.969) and dev12 (0.925); dev17 0.925 after five more people at a
//     named body were labelled as the body (convention 8);
//   - dev18: 160 cases written blind with an ordinary mix (a month of a
//     humanitarian analyst's copy) as the eighth round began: 0.919 as
//     written with the finder after that round's first pass; 1.000 after
//     its third (claim8c: places of proper names, people after a name,
//     office-holders, label bodies, headline colons, "was quoted as
//     saying", "as certified by" asides, shares "of them", fronted
//     clauses), which also raised dev16 (0.980), dev12 (0.930) and dev15
//     (0.938);
//   - dev19: 160 cases written blind as a wire editor's week later in the
//     eighth round: 0.912 as written with the finder after claim8c; 0.969
//     after claim8d (bodies placed "in the enclave", no times or reasons
//     as sources, sources at a named body, a unit's post, single
//     quotation marks, "state TV"), which also raised dev13 (0.956),
//     dev11 (0.925) and dev15 (0.944);
//   - dev20: 160 cases written blind near the eighth round's end (a
//     diaspora newsletter's and a monitoring team's copy): 0.881 as
//     written with the finder after claim8d; 0.925 after claim8e (named
//     office-holders after long titles and ranks, transcript labels with
//     a post at an unnamed site or a survivor, a team or a unit at a named
//     body, a body's framed "our" in its label's line);
//   - dev21, dev22: the eighth round's holdouts (then corpus.holdout.yaml
//     and corpus.holdout-b.yaml; 0.880 and 0.855 blind with the finder
//     before that round, 0.900 and 0.870 at its end), renamed once their
//     misses had been read for the round's report; 0.915 and 0.875 after
//     claim9, 0.935 and 0.915 after claim9b (spans of names: long names
//     through "and", "to", "for", "of"; a descriptor or "the country's"
//     before a name; an owner's own document; people and units at a
//     named body);
//   - dev23: 180 cases written blind as the ninth round began, aimed at
//     hard attribution forms (sources before long asides, "hearing from X
//     that", headline sources with possessives, long names with function
//     words, descriptors, owners' documents, neighbours naming the
//     source, hard nulls): 0.722 as written with the finder after claim9;
//   - dev24: 160 cases written blind in the ninth round with a holdout's
//     ordinary mix (a European broadcaster's English service, Gulf, South
//     Asian and African outlets): 0.887 as written with the finder after
//     claim9, claim9b and claim9c;
//   - dev25, dev26: the ninth round's holdouts (then corpus.holdout.yaml
//     and corpus.holdout-b.yaml; 0.915 and 0.910 before that round's
//     tuning, 0.930 and 0.920 at its end), renamed after that reading;
//   - dev27: 170 cases written blind as the tenth round began, an ordinary
//     month of a newsletter editor's reading with a good share of hard
//     forms: 0.871 as written with the ninth round's final finder, 0.953
//     after the tenth round's tuning on it (claim10);
//   - dev28: 180 cases written blind in the tenth round with a holdout's
//     ordinary mix (a wire service's international desk and its clients'
//     rewrites over a quarter): 0.917 as written with the finder after
//     claim10, 0.994 after the tenth round's tuning on it (claim10b);
//   - dev29: 170 cases written blind in the tenth round around hard forms
//     (sources after long figure phrases, roles and descriptions, units,
//     one body citing another, verbs of claim beyond "said", split quotes,
//     first-person outlets, headline sources, tempting negatives): 0.835
//     as written with the finder after claim10, 0.935 after claim10c's
//     tuning on it (one label brought into line with convention 7);
//   - dev30: 180 cases written blind in the tenth round with a holdout's
//     ordinary mix (a North American public radio network's web copy,
//     Canadian and Australian papers, a fact-checker's explainers): 0.856
//     as written with the finder after claim10, 0.956 after the tenth
//     round's tuning on it (claim10d);
//   - dev31, dev32: the tenth round's holdouts (then corpus.holdout.yaml
//     and corpus.holdout-b.yaml; 0.910 and 0.935 before that round's
//     tuning, 0.910 and 0.940 at its end), renamed after that reading;
//   - dev33: 180 cases written blind as the eleventh round began, an
//     ordinary mix with hard forms (a Southeast Asian and Australian
//     regional wire): 0.872 as written with the tenth round's final finder;
//   - dev34: 180 cases written blind in the eleventh round with a holdout's
//     ordinary mix (a West African English-language desk): 0.911 as
//     written, with the finder before the round and after claim11 alike;
//   - dev35: 180 cases written blind in the eleventh round with a holdout's
//     ordinary mix (a Central European broadcaster's English service):
//     0.911 as written after claim11 and claim11b, 0.917 with the finder
//     before the round (claim11's field people read "Palestinian medics"
//     as a body's);
//   - dev36: 150 cases written blind in the eleventh round around variety of
//     attribution wording (verbs of claim beyond "said", nouns of findings,
//     passives, fronted and parenthetical sources): 0.793 as written, with
//     the finder before the round and now alike;
//   - dev37, dev38: the eleventh round's holdouts (then corpus.holdout.yaml
//     and corpus.holdout-b.yaml; 0.865 and 0.930 at the tenth round's end,
//     0.870 and 0.930 at the eleventh's, untuned), renamed after that
//     reading; 0.920 and 0.950 after the twelfth round's first tuning on
//     them (claim12: speaker labels' parts, spans of unlisted claimants).
//   - dev42, dev43: the thirteenth round's holdouts (then corpus.holdout.yaml
//     and corpus.holdout-b.yaml; 0.905 and 0.895 at the twelfth round's
//     end, 0.910 and 0.900 at the thirteenth's, untuned), renamed after
//     that reading;
//   - dev44, dev45: written blind as the thirteenth round began (variety of
//     attribution wording, third batch; an ordinary mix): 0.870 and 0.920 as
//     written;
//   - dev46, dev47: the fourteenth round's holdouts (then
//     corpus.holdout.yaml and corpus.holdout-b.yaml; 0.840 and 0.910 at the
//     thirteenth round's end, 0.845 and 0.910 at the fourteenth's,
//     untuned), renamed after that reading;
//   - dev48, dev49: written blind as the fourteenth round began (an
//     ordinary mix; variety of attribution wording, fourth batch): 0.925 and 0.890
//     as written; 0.975 and 0.955 after claim14b's tuning on them (posts
//     between a body's name and its holder's, findings words inside names,
//     passive pointers, plural nouns counted, posting and recalling,
//     descriptors and participles in spans, "learned from", quotes'
//     speakers, contrast clauses, time stamps).
//   - dev52: written blind as the fifteenth round began (an ordinary mix
//     from a Japanese and Korean desk, weighted to claimants carried across
//     words: pronouns and pointers, surnames after a first mention, titles
//     without their body): 0.915 as written; 0.950 after claim15.
//   - dev50, dev51: the fifteenth round's holdouts (then
//     corpus.holdout.yaml and corpus.holdout-b.yaml; 0.880 and 0.855 at
//     the fourteenth round's end, 0.885 and 0.860 at the fifteenth's,
//     untuned), renamed after that reading.
var devFloors = map[string]float64{
	"corpus.dev3.yaml":  0.99,
	"corpus.dev4.yaml":  0.99,  // its witness label brought into line with convention 8 (0.994)
	"corpus.dev5.yaml":  0.995, // claim21c: a headline's one-name label (0.995)
	"corpus.dev6.yaml":  0.97,
	"corpus.dev7.yaml":  0.955,
	"corpus.dev8.yaml":  0.99,  // claim24c: an owner's "toll of" a figure (0.990)
	"corpus.dev9.yaml":  0.975, // claimrec29: a fronted scope with the writer's own clause (0.982)
	"corpus.dev10.yaml": 0.99,  // claim21: "while charities estimate", a headline passive (0.988); claim101: the writer's own count opening the sentence ("By my own count, the government has announced 14") (0.994, 159/160)
	"corpus.dev11.yaml": 0.955, // claim12: a place recording before a body's verb; claim24: a bare "count" after a singular noun (0.940); claim25c: a source presented to the reader, "Consider what X reported" (0.945); claim27c: an owned work's method (checked against, built from, "my tally from"), an investigation's reconstruction (0.950); claimrec34: "It replied that" after "We asked X" (0.955, 191/200)
	"corpus.dev12.yaml": 0.975, // claim10e: an owned work's material; claim21c: a list item's bracket after its place (0.965); claim27c: an owned work's method (checked against, built from, "my tally from"), an investigation's reconstruction (0.970); claimspan29: a demonym official's participle cut (0.975, 195/200)
	"corpus.dev13.yaml": 0.99,  // claim10e: "Key numbers" labels; claim13b: a speaker's own body (0.981); claimrec29: a fronted scope with the writer's own clause (0.994)
	"corpus.dev14.yaml": 1.000, // claim48: "Exit poll:" a poll named by its kind (1.000, 160/160)
	"corpus.dev15.yaml": 0.975, // claim10e: a closing frame's post, "the" inside a long name; claim100: 'declared dead' closing its clause (0.975)
	"corpus.dev16.yaml": 0.99,  // claim15: a verb's base form after "a" and two modifiers is a noun (0.990)
	"corpus.dev17.yaml": 0.99,  // claim12: a witness's contact clause; claim24c: an owner's "toll of" a figure (0.980); claimrec32: a bare kind after a body named in the sentence before kept as written, "the agency said" (convention 7) (0.990, 198/200)
	"corpus.dev18.yaml": 0.99,
	"corpus.dev19.yaml": 0.985, // claim46: a "Dr" label brought into line with convention 8's personal title (0.988, 158/160)
	"corpus.dev20.yaml": 0.98,  // claim10e: "Key numbers" labels, an owned work's material; claim20b: two asides before a verb (0.956); claim21d: remits listed with commas in a name (0.963); claim22: "per figures from", a ministry's possessive kept (0.969); claim25c: "It contained", a body's "It" going on (0.975); claim98 (the thirty-second round) read one more case right (0.981, 157/160)
	"corpus.dev21.yaml": 0.995, // claim102: a lower-case post naming no body before its holder's name ("the camp's director, Yassin Adam,") (0.995, 199/200)
	"corpus.dev22.yaml": 0.980, // claim10e: labels, an owned work's material, "of the" a body; claim21: a quote a sender texted (0.970); claimrec30: "The answer:" after the writer asked a source (0.975); claim48: "Exit polls gave" a poll named by its kind (0.980, 196/200)
	"corpus.dev23.yaml": 0.975, // claim10e: "Key numbers" labels; claim13: families of verbs of claim, "by the count of the X" (0.961); claim13d: no rank before a name a kind of body closes (0.967); claim19: a findings word closing a long name (0.972); claim23b: a proper name's place cut after a possessive inside it (0.978)
	"corpus.dev24.yaml": 0.962, // claim12: people of learning at a body; claim16: a closing findings verb (0.944); claim23b: people of a named body as a passive's agent (0.950); claimrec30: a name opening on its Arabic article after a pointer's "are from" (0.963)
	"corpus.dev25.yaml": 0.98,  // claim9g: label callings, a poll's maker, "our own" people; claim10e: posts of two words; claim21c: a side's findings in -s (0.970); claim22: findings "drawn from" (0.975); claim25c: "As one mother in Rafah" keeps "one" (0.980)
	"corpus.dev26.yaml": 0.965, // claim10e: "Key numbers" labels, an owned work's material, "the" inside a long name; claim15: news had from a source (0.945); claim23b: a proper name's place cut after a possessive inside it (0.950); claimrec30: "The share comes from" a source (0.955); claimrec32: a bare kind after a body named in the sentence before kept as written, "the agency said" (convention 7) (0.960, 192/200); claim108: a first-person inquiry announces the next sentence's figures ('We reviewed ...') (0.965, 193/200)
	// dev27, claim10: descriptors, offices of places, units, long names,
	// findings, over-reading; claim10e: posts of two words; claim13: "As X
	// reminded us, ..." (0.965).
	"corpus.dev27.yaml": 0.975, // claim21: a label closed by Forum (0.971); claim49: a headline's place label ("Nepal unrest:") places the story (0.976)
	"corpus.dev28.yaml": 1.0,   // claim10b: spans, asides, label members, officers, neighbours; claim18: an aside between a speaker and a quote's colon (1.000)
	"corpus.dev29.yaml": 0.948, // claim10c: one's own sources, relays, aliases elsewhere, officials in a body, titled works; claim21c: a headline's one-name label (0.941); claim22: one name before a body's post (0.947); claimrec29: people after a name headed by its kind (0.953)
	"corpus.dev30.yaml": 0.975, // claim10d: documents' owners, label places, recorded figures, nouns in -s, officials at a place; claim13: "have boasted that" (0.961); claim21: an owned work's material (0.967); claim22: an aside on a pointer's subject (0.972); claimspan29: a department's comma-listed remits after a clause's comma (0.978, 176/180)
	"corpus.dev31.yaml": 0.97,  // the tenth round's holdouts, read once at its end; claim15: "-in-" inside a compound word (0.920); claim18: the head of a place's administration (0.925); claim22: records "at" a named body, an owner's titled portal (0.935); claim23c: a name an aside says it goes by (0.940); claim25: a closing tail's day uses no reach, a time phrase opening the sentence before, and claim25c: a headline's "– UN experts" (0.950); claimspan29: "laid" and other past forms end a subject read forward (0.960, 192/200); claimrec30: a subject's aside before "is the source" (0.965); claim98 (the thirty-second round) read one more case right (0.970, 194/200)
	"corpus.dev32.yaml": 0.97,  // claim13d: a national body's name after its dotted initials runs through "and" (0.950); claim16b: a backer's descriptor before a long name (0.955); claim18: a label's head of a territory's administration (0.960); claim25c: "It had rescued", a body's "It" going on (0.965); claim27c: an owned work's method (checked against, built from, "my tally from"), an investigation's reconstruction (0.970)
	"corpus.dev33.yaml": 0.968, // claim11: short names in brackets, people sent out, plural kinds, ordinals, newsreaders (0.872 as written); claim11b: a story's places, opening prepositions; claim11d: offices by shape (0.933); claim12: a verb in -s before its subject's figure (0.939); claim21 (0.944); claim21c: a side's findings in -s (0.950); claim22: an owner's titled portal (0.956); claim23c: a short name in its own language in brackets (0.961); claim24: a short name in brackets before a relative aside (0.967); claimrec29: a fronted scope with the writer's own clause (0.972)
	"corpus.dev34.yaml": 0.983, // claim11b: opening prepositions (0.911 as written); claim11d: offices by shape (0.928); r16c: a findings noun in -s before its findings verb (0.944); claim22: a ministry's possessive kept (0.950); claim25c: "Polls have closed" announces nothing (0.956); "Key numbers (AFAD, 08:00):" (0.961); claim27c: an owned work's method (checked against, built from, "my tally from"), an investigation's reconstruction (0.967); claimrec29: people after a name headed by its kind (0.972); claimrec30: people by their calling after a pointer's "come from" (0.978); claimrec34: a closing ", by their count." takes up the sentence before (0.983, 177/180)
	"corpus.dev35.yaml": 0.972, // claim11c: a people's adjective before field people (0.911 as written); claim11d: offices by shape (0.939); claim13: a closing findings clause (0.944); claim22: "The projection is the X's" (0.950); claimspan29: a demonym official's participle cut (0.956, 172/180); claimrec30: a body by its kind after "The source is" (0.961); claim48: "in a YouGov poll" a frame, a pollster's described name cut at "for" (0.972, 175/180)
	"corpus.dev36.yaml": 0.953, // claimvocab11: verb families, kept-record nouns (0.793 as written); claim13: clause verbs, passives (0.880); claim16: a closing clause's verb as often a noun (0.907); claim21: a survey by its maker of its material (0.913); claim22: a one-word name's "monitoring group" (0.920); claimrec31: "Figures just in from X:" (0.940, 141/150); claimrec33: an inquiry done announces the next sentence ("Amnesty International has documented ...") (0.947, 142/150); claimrec34: a forecaster's "sees" past an aside (0.953, 143/150)
	"corpus.dev37.yaml": 0.975, // the eleventh round's holdouts, read at its end (0.870, 0.930); claim12: label parts, spans (0.920, 0.950); claimrec32: a bare kind after a body named in the sentence before kept as written, "the agency said" (convention 7) (0.975, 195/200)
	"corpus.dev38.yaml": 0.95,
	"corpus.dev39.yaml": 0.887, // variety of attribution wording, second batch (0.675 as written); claim13: verb and count families, passives, announcements, "in the estimate of X", sources in brackets (0.806); claim14: places after names, idioms of "have", labels' posts, platforms, "on" frames (0.856); claim16: a bare government's findings (0.869); claim21c: a side's findings in -s (0.875); claimrec30: a relative clause before "are the source" (0.887)
	// dev40, dev41: the twelfth round's holdouts, read at its end (0.930,
	// 0.925; 0.930, 0.915 before it); claim13b: people counted after
	// "according to", announcers read whole, opening words, a speaker's
	// own body, list bars, "Gov.", short names after a place's possessive,
	// ", known as" (0.965, 0.945); claim15: "quoting here" cites no
	// source (0.975).
	"corpus.dev40.yaml": 0.985, // claim23: a headline label's name and initials, "Stats SA:" (0.980); claim24b: "not my hyperbole but the finding of" (0.985)
	"corpus.dev41.yaml": 0.98,  // claim13d: no rank before a name a kind of body closes; "U.S. X and Y" one name (0.955); claim22b: a host's figure answered by the next speaker (0.975); claimspan29: a demonym official's participle cut (0.980, 196/200)
	"corpus.dev42.yaml": 0.965, // the thirteenth round's holdouts, read at its end (0.910, 0.900; 0.905, 0.895 before it); claim14 (0.935, 0.930); claim21c: a headline's one-name label (0.940); claim22b: a host's figure answered by the next speaker (0.950); claim24c: a capital's "claim of" a figure (0.955); claim25c: "Polls have closed" announces nothing (0.960); claimrec32: a bare kind after a body named in the sentence before kept as written, "the agency said" (convention 7) (0.965, 193/200)
	"corpus.dev43.yaml": 0.96,  // claim13d: "U.S. X and Y" one name (0.905); claim14 (0.930); claim22 (0.935); claim25c: a count after "than" is a standard, no source (0.940); claim25c: "Key numbers (IOM):" (0.945); claim27c: an owned work's method (checked against, built from, "my tally from"), an investigation's reconstruction (0.950); claimrec29: a share found (0.955); claim46: "Councilman" an office before the holder's name (0.960, 192/200)
	"corpus.dev44.yaml": 0.93,  // variety of attribution wording, third batch, written as the thirteenth round began (0.870 as written); claim13 (0.895); claim13c: a headline closing on its source and verb, a participle's object, a sum admitted (0.910); claim14 (0.935)
	"corpus.dev45.yaml": 0.97,  // an ordinary mix written as the thirteenth round began (0.920 as written); claim13b (0.945); claim20: a name beside an alias's description (0.960); claim24: a subject read past a relative aside (0.965); claim101: a bare opening word's findings give way to a closing speaker ("Damage assessments ..., Minister X announced") (0.970)
	"corpus.dev48.yaml": 0.97,  // an ordinary mix written as the fourteenth round began (0.925 as written); claim14b (0.975)
	// dev46, dev47: the fourteenth round's holdouts, read at the
	// thirteenth's end (0.840, 0.910) and at the fourteenth's, untuned
	// (0.845, 0.910); claim15: a first-person reporter's interlocutor,
	// surnames, offices before names, reasons cited, pointers of origin,
	// announcements, shares of the wounded, "likes to say" (0.885, 0.960);
	// claim16: remits of a place's body (0.890).
	"corpus.dev46.yaml": 0.93,  // claim21c: a list item's bracket after its place (0.900); claim22: a one-word name's "monitoring group" (0.905); claim24c: a body's "total of" a figure (0.910); claim27c: a web name's dots, "according to Rentals.ca" (0.915); claim50b: aid workers by their calling keep their place (0.930, 186/200)
	"corpus.dev47.yaml": 0.985, // claim20b: "put N at risk" places no count (0.970); claim21c: a headline's one-name label (0.975); claim96: a country opening a body's name closed by a kind (0.980); claim106: a short name in brackets before findings ('An Integrated Food Security Phase Classification (IPC) analysis found') (0.985)
	"corpus.dev52.yaml": 0.975, // an ordinary mix weighted to claimants carried across words (pointers, surnames, titles), written as the fifteenth round began (0.915 as written); claim15 (0.950); claim21 (0.955); claim21c: a side's findings in -s (0.960); claim27c: an owned work's method (checked against, built from, "my tally from"), an investigation's reconstruction (0.965); claimrec32: a bare kind after a body named in the sentence before kept as written, "the agency said" (convention 7) (0.975, 195/200)
	"corpus.dev53.yaml": 0.95,  // the sixteenth round's holdouts, read at the fifteenth's end (0.915, 0.925) and in the sixteenth's after its tuning, untuned (0.915, 0.930); claim22: an aside on a pointer's subject (0.920); claim23: "stresses that" after a post (0.925); claim25: "the head of" a named body closing a clause, and claim25c: "Polling ends" announces nothing (0.930); claim26b: "according to a bulletin issued by the ASDMA" (0.940); claim27c: a label's last segment of where in words, "NEAR X", "ON THE Y FRONT", "JUST BACK FROM Z" (0.945); claimrec32: a bare kind after a body named in the sentence before kept as written, "the agency said" (convention 7) (0.950, 190/200)
	"corpus.dev54.yaml": 0.99,  // claim19: a pointer's "ours" (0.935); claim20: a name's verb before its infinitive (0.940); claim21: a time clause after a closing verb (0.945); claim21c: a headline's one-name label (0.950); claim22b: 'has informed us that', a figure recounting the sentence before's (0.960); claim25c: a count after "than" is a standard, no source (0.965); claim96b: a post of a body named by its kind taken up by "he" (0.970); an office held "in" a place before its holder's name, in a pointer back (0.975); claimrec32: a bare kind after a body named in the sentence before kept as written, "the agency said" (convention 7) (0.980, 196/200); claim101: "By its count" after a sentence announcing findings (0.985); claim50a: who leads a named unit at a body (0.990, 198/200)
	"corpus.dev56.yaml": 0.98,  // the seventeenth round's holdout A (British tabloid and regional copy), written blind as the sixteenth round began, read untuned at 0.910 with that round's start and end; renamed as the seventeenth began tuning on it; claim17 (0.955); office17 (0.960); claim21c: a headline's one-name label (0.965); claim27c: an owned work's method (checked against, built from, "my tally from"), an investigation's reconstruction (0.970); claimrec32: a bare kind after a body named in the sentence before kept as written, "the agency said" (convention 7) (0.975, 195/200); claim52: the US Geological Survey's early modelling (ownedThingOwner) (0.98)
	"corpus.dev57.yaml": 0.975, // the seventeenth round's holdout B (Middle Eastern English-language press), read untuned at 0.915 twice likewise; renamed with dev56; claim17 (0.940); r17c and office17 (0.950); claim20: a findings word before findings closing a name (0.955); claim21c: a headline's one-name label (0.960); claim23b: a proper name's place cut after a possessive inside it (0.965); claim96: "the Israel Prison Service" is the body (0.970); claim49: "in West Kordofan" is no word of the West Bank (0.975)
	"corpus.dev59.yaml": 0.99,  // the eighteenth round's holdout A (an Australian and New Zealand newsroom), written blind as the seventeenth round began, read untuned at 0.900 with that round's start, halfway and at its end; renamed as the eighteenth began tuning on it; claim18 (0.970); claim20b: a headline's quote, a colon and its speaker (0.975); claim21c: a headline's one-name label (0.980); claim25c: "It brings", a body's "It" going on (0.985); claimrec30: "The answer was" after the writer rang a source (0.990)
	"corpus.dev61.yaml": 0.965, // the nineteenth round's holdout A (a North American press), written blind as the eighteenth round began, read untuned at 0.905 with that round's start, halfway and at its end; renamed as the nineteenth began tuning on it; claim19 (0.945); claim21: an outlet's producers (0.950); claim21c: a headline's one-name label (0.960); claim23: "counts the days" (0.965)
	"corpus.dev62.yaml": 0.985, // the nineteenth round's holdout B (a Southeast Asian and Gulf press), read untuned at 0.920 three times likewise; renamed with dev61; claim19 (0.945); claim20b: a reader asked to consider an announcement (0.950); claim22: an office of several words (0.960); claim112: a participle between an owner's possessive and its findings (0.970, 194/200); claim122: Malaysian honorifics read as ranks (0.980, 196/200); claim46: a "Prof." label brought into line with convention 8's personal title (0.985, 197/200)
	"corpus.dev63.yaml": 0.995, // the twentieth round's holdout A (a European press), written blind as the nineteenth round began, read untuned at 0.925 with that round's start, halfway and at its end; renamed as the twentieth began tuning on it; claim20 (0.965); claim21c: a headline's one-name label (0.970); claim25c: a source presented to the reader, "Then there is X" (0.975); claim115: "boasts of" a figure (0.980, 196/200); claim46: a "Dr" label brought into line with convention 8's personal title (0.985, 197/200); claim50a: a quote inside a quote (0.990, 198/200); claim52: a researcher at the Yale Humanitarian Research Lab (onestaff) (0.995)
	"corpus.dev64.yaml": 0.99,  // the twentieth round's holdout B (a Latin American and Caribbean press), read untuned at 0.930 three times likewise; renamed with dev63; claim20 (0.985); claim21c: a headline's one-name label (0.990)
	"corpus.dev65.yaml": 0.954, // a hard-claimant batch (many presses, each case's difficulty named in a comment), written blind as the twentieth round began: 0.839 as written (199 cases; one whose text and figure dev files already held was dropped); claim20b: tuned on its classes (0.930, 185/199); claim27b: a body's name ending in its kind before "of" ("LONDON SCHOOL OF HYGIENE") kept whole (0.940, 187/199); claimspan29: a department's comma-listed remits after its article (0.945, 188/199); claimrec34: "Its count" after a first-person clause takes up whom the writer turned to (0.955, 190/199)
	"corpus.dev66.yaml": 1.000, // the twenty-first round's holdout A (a US metro and public radio press), written blind as the twentieth round began, read untuned at 0.870 with that round's start, halfway and at its end; renamed as the twenty-first began tuning on it; claim21: its misses by class (0.980); claim21c: a headline's one-name label (0.985); claim23: a headline label shaped as a body's name (0.990); claim25c: "As one aid worker in Port Sudan" keeps "one" (0.995); claim48: a bare full name's line with no first person is the presenter's (1.000, 200/200)
	"corpus.dev67.yaml": 0.995, // the twenty-first round's holdout B (an East Asian press), read untuned at 0.915, then 0.920 halfway and at the end; renamed with dev66; claim21: its misses by class (0.980); claim21c: a headline's one-name label (0.990); claim49: a schedule in the next sentence is another matter (0.995)
	"corpus.dev68.yaml": 0.880, // a hard-claimant batch of US public radio and TV copy and transcripts (each case's difficulty named in a comment), written blind as the twenty-first round began: 0.700 as written (140/200); claim21b: tuned on its classes (0.815, 163/200); claim22 (0.820); claim25d: a headline label of a title and a name, "Gov. Whitmer:" (0.825); claim26c: a place's own body kept whole, "Congress's own budget office" (0.830); claimrec31: an alias before a dash opening a headline, "WHO – 36 hospitals" (0.845, 169/200); claimrec32: a host's "You've said", "Your group put the number at" is the guest whose line follows (0.855, 171/200); claim98 (the thirty-second round) read one more case right (0.860, 172/200); claim48: a bare full name's line with no first person is the presenter's (0.880, 176/200)
	"corpus.dev70.yaml": 0.980, // the twenty-second round's holdout A (a German, Dutch and Nordic press with think-tank and NGO reports), written blind as the twenty-first round began, read untuned at 0.905 with that round's start and halfway, 0.910 at its end; renamed as the twenty-second began tuning on it; claim22: tuned on its classes (0.945); claim23: a headline label shaped as a body's name (0.950); claim23c: a short name in its own language in brackets (0.955); claim25c: a source presented to the reader, "Consider what X told donors" (0.960); claimrec30: a headline that sounds the alarm announces its standfirst (0.965); claimrec33: an inquiry done announces the next sentence ("surveyed Muslims and Jews") (0.970, 194/200); claim100: a people's plural counted by a share (0.975, 195/200 once both merged); claim113: an owned "tally" before a findings verb (0.980, 196/200)
	"corpus.dev71.yaml": 0.96,  // the twenty-second round's holdout B (foreign wires' and broadcasters' English services), read untuned at 0.860, then 0.865 halfway and at the end; renamed with dev70; claim22b: a statement carried by an agency (0.870); claim22: tuned on its classes (0.945); claim24: "estimates" placing a noun phrase at a figure (0.955); claim26c: a place's own people kept whole, "Ankara's own auditors" (0.960)
	"corpus.dev72.yaml": 0.98,  // a hard-claimant batch of foreign wires' and broadcasters' English services (each case's difficulty named in a comment), written blind as the twenty-second round began: 0.899 as written (178/198; two cases whose text and figure a dev file held were dropped); claim22b: a statement's channel, a digest line's credit, a host's figure answered, translated verbs, long names and recounts (0.975, 193/198: floor 0.97); claimspan29: a ministry "of the eastern-based administration" read whole forward (0.985, 195/198)
	"corpus.dev75.yaml": 0.905, // a hard-claimant batch of specialist and trade copy (medical, humanitarian, court, parliamentary, science, insurance; each case's difficulty named in a comment), written blind as the twenty-third round began: 0.765 as written (153/200); claim23b: passive agents past a day or a hearer, office-holders beside their office, trades before names, people of learning of a body, sources in next sentences, long bracketed and foreign names (0.860, 172/200); claim23c: a name an aside says it goes by (0.865); claim25c: a reader verb no word of a presented owner (0.870); claim25c: a headline's "– governor Melnyk" (0.875); claim27c: a label's last segment of where in words, "NEAR X", "ON THE Y FRONT", "JUST BACK FROM Z" (0.880); claim27c: a voice's bracket names its speaker, "INTERPRETER (for X):", "CALLER (NAME, FROM Y):" (0.885); claimrec34: a forecaster's "sees $4bn hit" (0.895, 179/200); claimrec34: "the president of the Royal College of ..." taken up by "she said" (0.900, 180/200); claim49: a level of government before a generic alias ("Sudan's federal health ministry") is another country's body (0.905)
	"corpus.dev73.yaml": 0.990, // the twenty-third round's holdout A (a Middle Eastern English-language press), written blind as the twenty-second round began, read untuned at 0.935 with that round's start and halfway, 0.945 at its end; renamed as the twenty-third began tuning on it; claim23: its misses by class (0.980); claim24b: "the Bank of Israel" is no alias of Israel (0.985); claim45: an inquiry's sample count ("surveyed 1,100 households") still announces the next sentence's share (0.990)
	"corpus.dev74.yaml": 0.99,  // the twenty-third round's holdout B (an American cable-news and digital-native press), read untuned at 0.960 three times; renamed with dev73; claim23: its misses by class (0.975); claim25c: "As one nurse in El Fasher" keeps "one" (0.980); claimspan29: a ministry "of the eastern-based government" read whole forward (0.985, 197/200); claim50a: an owned work of counted material (0.990, 198/200)
	"corpus.dev78.yaml": 0.91,  // a hard-claimant batch of aggregator, syndicated, translated, feature and social-media-sourced copy (each case's difficulty named in a comment), written blind as the twenty-fourth round began: 0.770 as written (154/200); claim24b: a live blog's "via"/"from" label, "of Israel" in a name, a passive of giving, capitalised regional administrations' heads, a pointer object, a described headline label, "not mine but the finding of" (0.850, 170/200); claim27: a kind before a union's initials, "Players' union FIFPRO" (0.860, 172/200); claim27c: a label's last segment of where in words, "NEAR X", "ON THE Y FRONT", "JUST BACK FROM Z"; claim27c: a voice's bracket names its speaker, "INTERPRETER (for X):", "CALLER (NAME, FROM Y):" (0.865, merged with claim27); claimrec30: a headline that sounds the alarm, "The reply:" after the writer asked a source (0.880); claimrec31: a dash before a body's kind and its remit ("— ministry of youth and sports") (0.885, 177/200); claim96: "the Israel Prison Service" is the body (0.890, 178/200, with claimrec31); claim96b: "posted ... the post said" (0.895, 179/200); claim114: an owner's possessive before its work's capitalised title and a findings noun read as the owner's (0.900, 180/200); claim52: the chairman of Maccabi Haifa (onestaff) (0.91)
	"corpus.dev76.yaml": 0.955, // the twenty-fourth round's holdout A (a fact-checking and data-journalism press), written blind as the twenty-third round began, read untuned at 0.930 with that round's start, halfway and at its end; renamed as the twenty-fourth began tuning on it; claim24: its misses by class (0.950); claim24b: "Those figures were just posted by regional governor X" (0.935); claim25c: a headline's "– regional governor X" (0.955)
	"corpus.dev81.yaml": 0.81,  // a hard-claimant batch of structured copy (timelines, fact boxes, bullets, corrections, captions with source lines, Q&A, digests, push alerts; each case's difficulty named in a comment), written blind as the twenty-fifth round began: 0.650 as written (130/200); claim25b: credits closing a line and credit lines, page labels, findings subjects' origin, what a source says, footnotes, owned findings set off (0.745); claim27c: an owned work's method (checked against, built from, "my tally from"), an investigation's reconstruction (0.755); claim27c: a voice's bracket names its speaker, "INTERPRETER (for X):", "CALLER (NAME, FROM Y):" (0.760); claimspan29: a demonym official's participle cut, "from" opening an aside cut (0.770, 154/200); claimrec31: a bracket's possessive or hyphened descriptor, ", per regional governor" (0.780, 156/200), "– U.N. panel" (0.785, 157/200), "Breaking: Qassam Brigades – 3 ..." (0.790, 158/200); claimrec32: a bare kind after a body named in the sentence before kept as written, "the agency said" (convention 7) (0.795, 159/200); claim98 (the thirty-second round) read one more case right (0.800, 160/200); claimrec33: "Regional governor X gives the update" points back (0.805, 161/200); claim122: an office and its holder after an inverted said (0.810, 162/200)
	"corpus.dev84.yaml": 0.925, // a hard-claimant batch of sentences with more than one party (rival figures, one body citing another, relayed chains, disputes; each case's difficulty named in a comment), written blind as the twenty-sixth round began: 0.840 as written (168/200); claim26b: a disputer's ", saying" and its pronoun, "drawing on" and "a figure he attributed to", a relay by one unnamed person, a cite's reach past a contrast, a paper "released by", relative clauses' scope (0.885, 177/200); a sheriff before the holder's name (0.890, 178/200); "The Russian-installed governor of X, NAME," (0.895, 179/200); claim26d: a headline's second party taking issue with the count ("— Israel contests count") is no credit for it (0.900, 180/200); claim26c: "Chad's own government counts" kept whole, its -s form a verb, "The hospital trust" no institution's part, with claim26d merged (0.910, 182/200); claimrec29: people by what they do at a named body (0.920); claimrec30: a headline's source before its colon announces its standfirst (0.925)
	"corpus.dev79.yaml": 0.970, // the twenty-fifth round's holdout A (a Mediterranean English-language press), written blind as the twenty-fourth round began, read untuned at 0.880 with that round's start, halfway and at its end; renamed as the twenty-fifth began tuning on it; claim25: headline labels, kinds before names, "the head of", closing tails, time phrases (0.925); claim25e: a body's president before its holder's name (0.930); claim25f: an alias as a post's modifier before another body ("A military spokesman for the Houthis") (0.935); claim27c: an owned work's method (checked against, built from, "my tally from"), an investigation's reconstruction (0.945); claimspan29: a findings maker's possessive narrowed again (0.955, 191/200); claimrec31: a headline label of two capitalised words or with "to" in its name (0.965, 193/200); claim47: "he" after a person's report whose sentence names another source after "by" (0.970, 194/200)
	"corpus.dev80.yaml": 0.98,  // the twenty-fifth round's holdout B (press briefings and the news written from them), read untuned at 0.950 three times; renamed with dev79; claim25: "a statement saying", "They're telling me", a body's workers, a hyphened holder's name (0.970); claim101: "By my count, the Pentagon's press secretary has said ... 31 times" (0.980)
	"corpus.dev82.yaml": 0.985, // the twenty-sixth round's holdout A (a West African English-language press), written blind as the twenty-fifth round began, read untuned at 0.900 with that round's start and 0.905 halfway and at its end; renamed as the twenty-sixth began tuning on it; claim26: label parts before an unknown place, a shared subject after an -s verb, a party's place in power, "admits to", a passive agent's post "of" with its holder, a relative clause's place (0.950); claim26c: "a survey by NOI Polls" keeps the maker's name whole (0.955, 191/200); claim27c: an owned work's method (checked against, built from, "my tally from"), an investigation's reconstruction (0.960); claimspan29: "Ask" opening a sentence is a reader verb (0.980, 196/200); claim52: the Bank of Ghana's interbank fixing (ownedThingOwner) (0.985)
	"corpus.dev83.yaml": 0.995, // the twenty-sixth round's holdout B (a Pacific and Oceania press with Singaporean and Malaysian papers), read untuned at 0.970 three times; renamed with dev82; claim26: a label's body before an unknown place, "and" in a Board's name, a cited body of two remits, a headline's "put at" with a dash credit, a stamp before initials (0.995)
	"corpus.dev90.yaml": 0.95,  // a batch of sources in a neighbouring sentence (60 previous, 50 next, 40 none with a neighbour naming a body that does not source the figure, 30 sentence with another source beside, 20 quote with the speaker introduced in a neighbour; each case's difficulty named in a comment), written blind as the twenty-eighth round began: 0.795 as written (159/200); claim90t: he or she after the writer met someone, a speakerless quote after its speaker's introduction, findings worked over as material, pointers back by a name's findings, a bracketed credit or "hearing that from", headlines presenting news, "per" a bare body closing a headline (0.935, 187/200); claimspan29: a body's monitors after its possessive speak for it (0.940, 188/200); claim96: "the Israel Prison Service" is the body (0.945); claimrec32: a bare kind after a body named in the sentence before kept as written, "the agency said" (convention 7) (0.950, 190/200)
	// The twenty-ninth round's two holdouts (200 cases each, written blind
	// as the twenty-eighth round began and kept outside the repository until
	// its end: a Turkish English-language press; an Australian regional and
	// national press) read 0.940 and 0.925 with the finder of that round's
	// start (76373584) and at its end (4d5dd491), before any tuning on them.
	"corpus.dev91.yaml":  0.99,  // claim29: its misses by class ("boasts that" after a one-word name, "X's latest:"/coined-name labels, "&" in a name, "says Trade Ministry" after "hit record", "issues new toll", "gave those figures a short time ago", "the source of that statistic", "Read the X's report", an organisation's president, "everyone says"); 0.995 (199/200), its one miss a label questioned against dev45's
	"corpus.dev92.yaml":  0.99,  // claim29: its misses by class ("points out that", "likes to boast that", "and found 40 per cent had", straplines "Figure comes from X"/"Estimate from X", "and" in a name, label shapes and "X's latest:", a quoted headline's "El ..." speaker, a stamp before a quote, a scholar at a university, "for the June quarter", a plural members' body in a label, "Our colleagues in X tell us"); 0.995 (199/200)
	"corpus.dev93.yaml":  0.955, // claimant names easy to misread (a sentence's opening noun, plain-noun sources, bracketed short names, names that look like words, titles around names; each case's difficulty named in a comment), written blind as the twenty-ninth round began: 0.845 as written (169/200); claim93t: a headline's capital or reach-named label, "He ..., he said", an organisation's office abroad and its one researcher, short names in an aside, between dashes or a body goes by, a two-word institution after a place's possessive, a hyphened name's director, a post held once, works counted, "the world", a teacher's aside, a speaker's own address, a cleft's hearing from, gave it to me, "They" after the writer's contact, ", and this is from X," (0.945, 189/200); then "the nurse I met in ..." whole (0.950, 190/200); claim50a: a post the kind owns after a body named before (0.955, 191/200)
	"corpus.dev94.yaml":  0.935, // the thirtieth round's holdout A (an Indian regional English-language press), written blind as the twenty-ninth round began: 0.780 at that round's start and end (156/200), renamed as the thirtieth round began tuning on it; claim94: a time zone by name before a stamp's colon, a dateline closing on its credit and a colon, a label after a zoned stamp, a body by its kind after "(per", a pointer's adjectives, rank notes and offices in labels, a two-noun kind before a name (0.900, 180/200); claim94b: "learnt", an office's post word, an office's people after its holder's possessive, a topic noun before closing findings, "dept" (0.925, 185/200); claimrec34: a post at a named body, or with one named inside it, a reporter spoke to (0.935, 187/200)
	"corpus.dev95.yaml":  0.955, // the thirtieth round's holdout B (a Balkan English-language press), written blind as the twenty-ninth round began: 0.940 at that round's start, 0.950 at its end (190/200), renamed as the thirtieth round began tuning on it; claim94: a qualified member at work in a label names no body (0.955, 191/200)
	"corpus.dev96.yaml":  0.975, // the thirty-first round's holdout A (an Israeli English-language press), written blind as the thirtieth round began: 0.890 at that round's start and end (178/200), renamed as the thirty-first round began tuning on it; claim96: bodies named with "Israel", stamped multi-word labels, an owned report past its topic words, "Those are X estimates", "Hamas armed wing says" (0.945, 189/200); claim96b: "spoke a short while ago with" a post then its holder (0.950, 190/200); claimrec34: a forecaster's "sees", "its data" a writer asked a body for (0.960, 192/200); claim102: a speaker 'on army radio' before a quote's colon (0.955, 191/200); claim115: a governor or mayor of a territory the rules do not know (0.970, 194/200); claim116: a speaker's "my" on her line is hers (0.975)
	"corpus.dev97.yaml":  0.975, // the thirty-first round's holdout B (an Eastern European English-language press), written blind as the thirtieth round began: 0.930 at that round's start, 0.935 at its end (187/200), renamed as the thirty-first round began tuning on it; claim96: "the CVVM polling institute", a paper's "Weekly", a bank's chief economist, a two-noun kind before a two-word name (0.955, 191/200); claim100: a people's plural counted by a share (0.960); claim115: a maker's short name in brackets before a closing findings verb (0.965, 193/200); claim122: a lower-case body of two remits joined by "and" keeps a place before them (0.970, 194/200); claim48: a pollster's name before its lower-case kind cut at "for" (0.975, 195/200)
	"corpus.dev98.yaml":  0.98,  // the thirty-second round's holdout A (a German and Austrian English-language press), written blind as the thirty-first round began: 0.925 at that round's start and end (185/200), renamed as the thirty-second round began tuning on it; claim98: its misses by class (a statement from a body, a work kind after a one-word name, "the charity X" taken up, "Moody's revised its", a name and a staff noun after a passive's "by", a paramedic with a body, ", say aid workers in X", "the finding of satellite analysis by", "Yet it comes from", "a deminer I met"; its "Foreign Office in Berlin" label brought into line) (0.970, 194/200); claimrec33: its lower-case "government media office in Gaza" label keeps its place, by count (0.975, 195/200); claimrec34: a forecaster's "sees" (0.980, 196/200); claim102: 'Washington, by its own account, has sent' (0.980, 196/200)
	"corpus.dev99.yaml":  0.985, // the thirty-second round's holdout B (a North African English-language and translated press), written blind as the thirty-first round began: 0.920 at that round's start and end (184/200), renamed as the thirty-second round began tuning on it; claim98: its misses by class (a statement from a body, "interception logs show", "canal authority chief", "HOSPITAL DIRECTOR" in a label, a passive's agent with its name, office or initials in commas, "a nurse who fled X" taken up, "Our correspondents, who have counted", "the people reported missing", a headline's single-quoted words; its "Foreign Office in London" label brought into line) (0.980, 196/200); claim49: "the state health ministry" is another level's body (0.985)
	"corpus.dev100.yaml": 0.965, // the thirty-third round's holdout A (a Benelux English-language press), written blind as the thirty-second round began: 0.920 at that round's start and end (184/200), renamed as the thirty-third round began tuning on it; claim100: a poll made for a client is its maker's ('Polling by Ipsos I&O for the broadcaster NOS', 'A Verian poll for this programme'), a web name's findings ('Peil.nl poll shows'), 'So finds the latest survey by X', any work by a named maker ('the latest census by Bruss'help'), a wire's toll of the event its sentence before's source reported, a region between a body's possessive and a post ('Oxfam's Benelux director') (0.960, 192/200); claim101: "By my own count, the Commission has announced 14" (0.965, 193/200)
	"corpus.dev101.yaml": 0.94,  // the thirty-third round's holdout B (a Francophone West and Central African press in English translation), written blind as the thirty-second round began: 0.885 at that round's start and end (177/200), renamed as the thirty-third round began tuning on it; claim100: a translated press's officialdom ('the Minister of Health, X,', 'declared'), a year before owned findings ('Afrobarometer's 2024 survey'), a share of a people's plural saying ('63 per cent of Cameroonians say'), pointers back ('Those are the numbers of X', 'X arrived at that estimate'), a wire's event toll, 'as AFAD warns of ...', a label's 'COCOA FARMER', an official at the navy (0.935, 187/200); claim101: "Satellite imagery shows ..., the UN Satellite Centre says" (0.940, 188/200)
	"corpus.dev102.yaml": 0.96,  // the thirty-fourth round's holdout A (a Greek and Cypriot English-language press), written blind as the thirty-third round began: 0.920 at that round's start and end (184/200), renamed as the thirty-fourth round began tuning on it; claim102: a short name beside its description ('Turkey's AFAD disaster agency', 'the Statistical Service (Cystat)'), a hyphened verb form ('Greek-flagged'), a post naming no body before its holder ('The community leader, X,'), a live blog's labels ('X on state radio: “...”', 'Method note: we ... and counted'), whom a first-person reporter heard after 'by' ('a briefing by the fire service. They say') (0.955, 191/200); claim115: a mayor of a territory the rules do not know (0.960, 192/200)
	"corpus.dev103.yaml": 0.95,  // the thirty-fourth round's holdout B (a Ukrainian English-language and translated press), written blind as the thirty-third round began: 0.885 at that round's start and end (177/200), renamed as the thirty-fourth round began tuning on it; claim102: a translated officialdom ('the press service of X', 'First Deputy Minister of Economy X', 'As informed by X,'), a short name beside its description ('the Children of War state platform', '..., AFAD.'), a count's owner in an idiom ('by the count of X's office', 'by its own account'), pointers across sentences ('It is from X', 'Such data was provided by X', 'Source: regional energy company X', 'to reach that figure'), a live blog's office label ('Lviv regional governor X:') (0.945, 189/200); claim108: 'We compared ...' announces the next sentence's figures (0.950, 190/200)
	"corpus.dev104.yaml": 0.95,  // the thirty-fifth round's holdout A (an Iranian and Persian-language press in English), written blind as the thirty-fourth round began: 0.905 at that round's start and 0.910 at its end (182/200), renamed as the thirty-fifth round began tuning on it; claim104: officials at a body named by its kind ('Officials at the governor's office here'), ', the head of X said' reaching back, a live blog's stamp and its colon before a label ('18:22: Weather service:'), a body's media office after its possessive, a place's possessive before an office turned to ('Ilam's governor, X. He said') (0.945, 189/200); claim115: a maker's short name in brackets before a closing findings verb (0.950, 190/200)
	"corpus.dev105.yaml": 0.94,  // the thirty-fifth round's holdout B (a Kenyan and East African press and radio), written blind as the thirty-fourth round began: 0.880 at that round's start and end (176/200), renamed as the thirty-fifth round began tuning on it; claim104: a call-in label ('X, CALLER FROM MATHARE:'), a cabinet's post as an office, a findings verb's time before 'that' ('Ipsos found last month that'), a month after an owner ('Infotrak's September survey'), a headline's closing credit ('– clinic heads', '– KWS census'), an opening frame before a place recording, cited material joined by 'and', a titled head after an organisation ('Central Bank of Kenya Governor X'), a bare announcement from a body ('Statement from X just in') (0.935, 187/200); claim46: a two-word place after a calling in a speaker label ("FARMER, UASIN GISHU") (0.940, 188/200)
	"corpus.dev106.yaml": 0.91,  // the thirty-sixth round's holdout A (a Bangladeshi English-language press), written blind as the thirty-fifth round began: 0.855 at that round's start and end (171/200), renamed as the thirty-sixth round began tuning on it; claim106: a broadcaster's name in a reporter's label ('TANVIR AHMED, PADMA TV, COX'S BAZAR:'), people 'of' a body by its kind and a hyphened 'camp-in-charge', a remit's secretary or commissioner and a body's vice-president in a label, a short name in brackets before findings ('EPB data'), an owned post's holder without commas ('its chairman X told'), 'Finance Adviser X' (0.910, 182/200)
	"corpus.dev107.yaml": 0.97,  // the thirty-sixth round's holdout B (a Turkish press in English translation), written blind as the thirty-fifth round began: 0.955 at that round's start and end (191/200), renamed as the thirty-sixth round began tuning on it; claim106: a bare spokesman's one-word body ('SPOKESMAN, AFAD'), a calling of learning as a title ('Economist Levent Çınar'), people at a municipality named whole (0.970, 194/200)
	"corpus.dev108.yaml": 0.915, // the thirty-seventh round's holdout A (a Filipino English-language press and radio), written blind as the thirty-sixth round began: 0.855 at that round's start and end (171/200), renamed as the thirty-seventh round began tuning on it; claim108: a label line closed by a bracketed translation, a figure read in its bracketed translation, a portfolio's holder ('Ambassador to Israel X'), 'general manager' between a body and its head, a findings header's clock ('(NDRRMC, 8 a.m.)'), an engineer's title in a label ('ENGR. X, NHA:') (0.915, 183/200)
	"corpus.dev109.yaml": 0.92,  // the thirty-seventh round's holdout B (a Caribbean English-language press), written blind as the thirty-sixth round began: 0.875 at that round's start and end (175/200), renamed as the thirty-seventh round began tuning on it; claim108: an office's remit by its ending ('Minister of National Security X'), a hyphened family name, a territory's chairman, a titled name with 'of' after it, 'PRIME MINISTER X:', a coined name's official ('A GuySuCo official') (0.915, 183/200); claim110: 'Chief Justice X' read as a two-word title (0.920, 184/200)
	"corpus.dev110.yaml": 0.945, // the thirty-eighth round's holdout A (an Irish press and radio), written blind as the thirty-seventh round began: 0.910 at that round's start and end (182/200), renamed as the thirty-eighth round began tuning on it; claim110: a findings word joined by 'and' to a body's kind ('Statistics and Research Agency'), a headline quote's speaker after a dash, a one-word label before 'N plurals to VERB' (0.930, 186/200); a label's 'SPEAKING FROM X' (0.935, 187/200); claim46: a "Dr" label brought into line with convention 8's personal title (0.940, 188/200); claim52: Kerry County Council's roads section (ownedThingOwner) (0.945)
	"corpus.dev111.yaml": 0.925, // the thirty-eighth round's holdout B (an Indian regional English-language press), written blind as the thirty-seventh round began: 0.900 at that round's start and end (180/200), renamed as the thirty-eighth round began tuning on it; claim110: 'Chief Minister M K Stalin' (an office read on from 'Chief'), lower-case people at a place after a headline quote's colon (0.910, 182/200); a caller's bracket, a reporter relaying a body at the scene (0.920, 184/200); claim113: "Assam's education secretary", a portfolio's office kept whole (0.925, 185/200)
	"corpus.dev112.yaml": 0.92,  // the thirty-ninth round's holdout A (a US local television and radio newsroom), written blind as the thirty-eighth round began: 0.825 at that round's start and end (165/200), renamed as the thirty-ninth round began tuning on it; claim112: 'Washington' opening a county's or a university's name, US local titles before a holder's name, a label's county office, 'Rev' kept by count, an institution's 'CEO' (0.880, 176/200); live blog labels 'Just in from X:', a speaker's setting before her colon, an opening 'Per X,' over semicolons, participles before owned findings, an opening phrase of where with no comma (0.905, 181/200); claim116: "in her building" is no account (0.910); claim46: a bracket closing a list item covers no later item (0.920, 184/200)
	"corpus.dev113.yaml": 0.955, // the thirty-ninth round's holdout B (a Japanese and Korean English-language press), written blind as the thirty-eighth round began: 0.905 at that round's start and end (181/200), renamed as the thirty-ninth round began tuning on it; claim113: an owned "tally" or "count" before a findings verb, a company's "Co. (KEPCO)" short name (0.920, 184/200); an association's official, people at a place's government, "comes from X, who say" (0.935, 187/200); a portfolio's ministry after a possessive ("Seoul's finance ministry") (0.940, 188/200); claim45: a place named by its kind recording ("The country recorded 0.72") is nobody's (0.955, 191/200)
	"corpus.dev114.yaml": 0.985, // the fortieth round's holdout A (an East African press and radio), written blind as the thirty-ninth round began: 0.870 at that round's start, 0.875 (175/200) at its end, renamed as the fortieth round began tuning on it; claim114: three names' personal titles kept by count (0.890); "who chairs X", people at a name closed by a kind of body, a remit before a secretary's initials ("Energy CS X"), a portfolio before its holder's name, a place's possessive before an office named whole, a body's people after its kind-headed name and a calling of learning after its initials, a field's "lead at" a body, an owner's possessive before a work's title, a label's calling with two words of trade, a pointer back closing on "late" or "early" before a time, "the country" inside a ministry's reported clause, capitals after "its" before findings, a closing executive post with no owner after an organisation subject, a headline speaker's "on" and topic, a strapline's "Figure is X's", a host's figure the guest gave and one the guest confirms (0.985, 197/200)
	"corpus.dev115.yaml": 0.98,  // the fortieth round's holdout B (a Spanish and Latin American press in English translation), written blind as the thirty-ninth round began: 0.900 (180/200) at that round's start and end, renamed as the fortieth round began tuning on it; claim115: its misses by class (governor or mayor of an unknown territory, a government's delegate, "state-owned" before a short name, "boasts of", a poll for X by Y, a consultancy before a name, "the electoral office of the capital", a short name in brackets before a closing findings verb, a live blog's "NAME, post, to a local station:", "confirmed the find to this blog", "Colombian president:", "In X's dataset, a place recorded", a body's surveillance system, "is ours, from", a relative past a prepositional phrase) (0.975, 195/200); claim50a: an owned work of counted material (0.980, 196/200)
	"corpus.dev116.yaml": 0.99,  // the forty-first round's holdout A (a Turkish press in English), written blind as the fortieth round began: 0.935 (187/200) at that round's start and end, renamed as the forty-first round began tuning on it; claim116: "think tank" before a name, "per" a service by its kind (0.945); claim116: a speaker's "my" on her line is hers (0.950); claim116: two fields opening a name joined by "and" (0.955); claim116: a post with no body beside its holder's name (0.960); claim116: a headline line opening on the thing a count is placed for (0.965); claim116: an "-ic" adjective between a figure and its plural (0.970); claim116: a forecaster's "sees" after a headline's first verb, at a level (0.975); claim116: a measure's noun before "of" in a pointer back (0.980); claim116: a published title's publisher in its aside (0.985); claim116: an account's verbal noun must give an account (0.990)
	"corpus.dev117.yaml": 0.995, // the forty-first round's holdout B (a Caribbean and Pacific islands press), written blind as the fortieth round began: 0.920 (184/200) at that round's start and end, renamed as the forty-first round began tuning on it; claim117: a department's remits listed with commas inside its name, read as a findings owner and after a country's possessive (0.930, 186/200); an owner's work or record however named (a findings modifier before a work's title, a named owner's thing the writer obtained taken up by 'They', a pointer's findings closing on the period they cover) (0.945, 189/200); a quote's or a line's speaker however set out (past a programme's own label, a compass point after an office, a relative clause before a live blog's colon, a bare name after 'at', a hyphen-joined 'Mar') (0.965, 193/200); a place's count or expectation gives way to a speaker or frame closing the clause (0.975, 195/200); an aside on where a speaker spoke ('speaking at the X briefing') names no one, 'speaking for X' names X (0.980, 196/200); a noun after a compound hyphened onto a number ('a 5-million-NZ-dollar project') is no verb (0.985, 197/200); an alias listed both in lower case and capitalised is a kind, qualified by a place none of its story's, and a minister's office keeps its place (0.990, 198/200); two sources joined by 'and' closing a clause name the claimant both stand for, or none (0.995, 199/200)
	"corpus.dev118.yaml": 0.95,  // the forty-second round's holdout A (a Nepali and Sri Lankan press in English), written blind as the forty-first round began: 0.870 (174/200) at that round's start and end, renamed as the forty-second round began tuning on it; claim118: a holder's name written with initials counted by its parts, a dotted initial opening the name after a local title, a council's chair and a scoped Chief title held by name, a plural's possessive inside a body's name before its post (0.900, 180/200); claim118: a newsroom desk closing a transcript label is the programme's own reporter (0.915, 183/200); claim118: a participle after a share's counted plural is no verb of claim, and "make public", a version of a count and an account of a state announce the next sentence's figures (0.930, 186/200); claim118: up to three modifiers, a hyphened compound counting as one, between an owner and its work, and "classify" as a findings verb (0.940, 188/200); claim118: a remit and a kind of body before its officials is the body (0.945, 189/200); claim118: an embassy and a consulate are kinds of body (0.950, 190/200)
	"corpus.dev119.yaml": 0.905, // the forty-second round's holdout B (a Quebec and French-Canadian press in English translation), written blind as the forty-first round began: 0.860 (172/200) at that round's start and end, renamed as the forty-second round began tuning on it; claim119: a lower-case description then its initials in brackets before the verb names the initials (0.875); a body named in French word order ('Association X de l'Y', 'SPCA de l'Y') read whole forward and back (0.890); a proper name's place cut when written 'in the X district' (0.895); claim46: a bracketed frame closing a list item covers no later item, a "Dr." label brought into line with convention 8 (0.905, 181/200)
	"corpus.dev120.yaml": 0.935, // the forty-third round's holdout A (an Italian press in English translation), written blind as the forty-second round began: 0.895 (179/200) at that round's start and end, renamed as the forty-third round began tuning on it; claim120: an agency's credit before its dateline, a lower-case institution's head after "its", a release's one-word label before a measure's move, a headline's "says" with no comma, a body's "latest" work, a service after a level of administration in a label, a kind then its name after a comma (0.935, 187/200)
	"corpus.dev121.yaml": 0.955, // the forty-third round's holdout B (a Greek and Cypriot press in English), written blind as the forty-second round began: 0.885 (177/200) at that round's start and end, renamed as the forty-third round began tuning on it; claim121: four names' "Mr."/"Mrs." kept by convention 8's count (0.905); an organisation's president before its body or after "its" speaks for it (0.915); a lower-case office after an organisation's name, and a maker's name before plain modifiers of its findings (0.925); a past form hyphened onto a place or "Cypriot" is no verb (0.930); claim46: a two-word place after a calling in a speaker label ("HOTEL OWNER, AYIA NAPA") (0.935, 187/200); claim47: "he" after a person who presented another's findings ("the sector's results") (0.940, 188/200); claim48: "Exit poll:" and a pollster before "exit poll for" (0.950, 190/200); claim52: ELSTAT's labour cost index (ownedThingOwner) (0.955)
	"corpus.dev122.yaml": 0.935, // the forty-fourth round's holdout A (a Malaysian and Indonesian press in English), written blind as the forty-third round began: 0.880 (176/200) at that round's start, 0.890 (178/200) at its end, renamed as the forty-fourth round began tuning on it; claim122: a count's place before its verb, a mission abroad's place, a label's graded post, an office and its holder after an inverted said, Malaysian honorifics, a bare verb form after says, a post its owns after an inverted said (0.920, 184/200); claim122: a lower-case body of two remits joined by "and" keeps a place before them (0.925, 185/200); claim45: "They counted" after "Our reporters ..." is "Our" (0.930); claim52: a researcher at Airwars (onestaff) (0.935)
	"corpus.dev123.yaml": 0.975, // the forty-fourth round's holdout B (a German, Austrian and Swiss press in English and English translation), written blind as the forty-third round began: 0.925 (185/200) at that round's start and end, renamed as the forty-fourth round began tuning on it; claim123: initials and a kind, an opening kind, a body's census, a quote's speaker before "on", a lower-case agency, a kind's head, a noun after "at the X", a host's "the N you announced", worked-over material, a glued number (0.975)
	"corpus.dev124.yaml": 0.955, // the forty-fifth round's holdout A (a Brazilian and Portuguese press in English translation), written blind as the forty-fourth round began: 0.940 (188/200) at that round's start, 0.945 at its end, 0.950 (190/200) at the forty-fifth to forty-seventh rounds' ends and at the forty-eighth's, untuned; renamed as the forty-eighth round ended; claim51b: "Military police" a force the generic alias only modifies (0.955, 191/200)
	"corpus.dev125.yaml": 0.925, // the forty-fifth round's holdout B (an Australian regional press), written blind as the forty-fourth round began: 0.915 (183/200) at every reading from that round's start to the forty-eighth's end, untuned; renamed as the forty-eighth round ended; claim52: CoreLogic's index (ownedThingOwner) (0.92); claim53: "The fall is recorded in" an owner's indicator (0.925, 185/200)
	"corpus.dev127.yaml": 0.965, // the forty-eighth round's holdout (an Irish and Nordic press in English), written blind as that round began: 0.895 (179/200) at its start and end, untuned; the forty-ninth round read its misses as classes (the lead alone; claim49 worked through corpus.dev126, written around them): 0.910 (182/200) at that round's end; renamed as the fiftieth round began; claim50b: a party's director of elections' "the party", "Poll:", an outlet that "found when it visited", "the returning officer announced" after "the first count" (0.930, 186/200); claim50a: an owned work of counted material, a post the kind owns, an aside before the verb, who runs the shelter (0.930, 186/200); merged (claim50a, claim50b): 0.950 (190/200); claim51b: a live blog's time with a point and no dash before a line that released its figures (0.960, 192/200); claim52: the director at Al-Awda (onestaff) (0.965)
	"corpus.dev129.yaml": 0.93,  // the fiftieth round's holdout (a Dutch, Belgian and Luxembourg press in English and English translation), written blind as that round began: 0.890 (178/200) at its start, 0.895 (179/200) at its end, untuned; the fifty-first round read its misses as classes (the lead alone; claim51a and claim51b worked through corpus.dev128, written around them, but the briefs quoted some of its sentences nearly word for word): 0.930 (186/200) at that round's end (fae01590), no longer a blind reading; renamed as that round ended
	"corpus.dev128.yaml": 0.92,  // a batch written blind as the fifty-first round began around classes of miss the fiftieth round's holdout showed (a German, Austrian, Swiss, French, Canadian, Scandinavian and Caribbean press in English), by an author who read only the README and the classes: 0.880 (176/200) at the round's start (4a70bc7b), its eight `# ruling?` cases kept as written (a bare "the army" of another country as met, 5 to 0 in the dev files); claim51a: initials and a proper name's short name before a lower-case kind or a union of people's possessive, a gloss beside a short name (0.900, 180/200 after review51 MUST 1 kept a place out of a gloss); claim51b: "military police" no alias (0.885), a part's own name beside its part word, an update promised announces nothing, a learned calling's one-word institute in a label (0.900, 180/200); merged (claim51a, claim51b): 0.920 (184/200)
	"corpus.dev130.yaml": 0.94,  // the fifty-third round's claimant dev batch (a Scottish, Pakistani, Singaporean, Ghanaian, New Zealand and US business-wire press), written blind from the format and conventions only, by an author new to the corpus: 0.900 (270/300) as written with the finder of the round's start (8a47cb71), its twelve `# ruling?` cases kept as written; claim53: a post's three gender forms, a coined name's one staff member, organisers of a named thing, a service's number in a name (0.920, 276/300); claim53: an owner's work a pointer says the figure is in, "It comes from" findings of what they counted, a sample before the maker's "by", a word of focus after a recording place, a compass part of a place (0.937, 281/300); claim53: people "in" a named body, "here" after a body's staff (0.943, 283/300); claim53: the compass part of a place withdrawn (review53 MUST 3: "Northern Ireland", "Western Australia" have governments), a place's possessive after a pointer's "in" no work's (0.940, 282/300)
	"corpus.dev126.yaml": 0.885, // a batch written blind as the forty-ninth round began around sixteen classes of miss the forty-eighth round's holdout showed (a Latin American and Iberian press in English), by an author who read only the README and the classes: 0.695 (139/200) at the round's start (f264063f), two labels brought into line on landing (convention 8, and the ruling on "Poll:"); claim49: another level's body, a person introduced by what she runs, CALLING and HOSPITAL labels, a schedule in the next sentence (0.760); claim50b: a party's people's "the party", "Poll:", an outlet that "found" by a means or a visit, "announced just before midnight" or "a few minutes ago" (0.810, 162/200); claim50a: a quote inside a quote, an owned work of counted material, a post the kind owns, an aside before the verb, what she runs (0.830, 166/200); merged (claim50a, claim50b): 0.880 (176/200); claim52: Aemet's climate catalogue (ownedThingOwner) (0.885)
	"corpus.dev88.yaml":  0.965, // the twenty-eighth round's holdout A (a Gulf English-language press), written blind as the twenty-seventh round began, read untuned at 0.900 with that round's start and 0.910 at its end; renamed as the twenty-eighth began tuning on it; claim28: a body's outlook or tracker opening a frame, a name ending in "'s" before its verb, a label's company post before its company, a pointer's findings made by someone without a comma (0.930, 186/200); then "states" as a plural noun, a corporation a kind of body, "after" and a past verb closing a clause of time (0.945, 189/200); then "according to X, the director of" a body (0.950, 190/200); claimspan29: "Ask" opening a sentence is a reader verb (0.955, 191/200); claimrec30: people by their calling after a pointer's "is by" (0.960); claim101: "Passenger numbers rose" has no owner (0.965)
	"corpus.dev89.yaml":  0.96,  // the twenty-eighth round's holdout B (a South Asian press beyond India and Pakistan), read untuned at 0.925 at the twenty-seventh round's start and 0.930 at its end; renamed with dev88; claim28: a body's tracker opening a frame, an office's portfolio in a label before the holder's name (0.940, 188/200); then a body's official taken up by "he", material "analysed by" a maker after "according to", a maker's "from" material (0.950, 190/200); claimrec31: a body's staff between its initials and its findings (0.955, 191/200); claim101: "By my own rough arithmetic, the Port City project has absorbed" (0.960)
	"corpus.dev87.yaml":  0.975, // a hard-claimant batch of near misses (bodies and people named beside a figure they do not source; each case's difficulty named in a comment), written blind as the twenty-seventh round began: 0.870 as written (174/200); claim27b: people opening an as/while clause, accusations, a doubter before an owner, hearsay, a body's team and correspondents, a relative clause's pronoun, "which is X's figure", "come via" and a name beside a description, an office finding that, "has X on N%", a poll's sample, "School of" names, a credit line "Figures from X" (0.950, 190/200); claimrec29: a fronted scope with the writer's own clause (0.960); claimrec30: a headline releasing an outlook announces its standfirst (0.965); claimrec33: a headline label read by its head before "of"/"in" ("Ministry of Health in Khartoum:") (0.970, 194/200); claim102: initials after an owner before their kind ('Turkey's AFAD disaster agency') (0.975, 195/200)
	"corpus.dev85.yaml":  0.92,  // the twenty-seventh round's holdout A (an Indonesian and Filipino English-language press), written blind as the twenty-sixth round began, read untuned at 0.845 with that round's start, halfway and at its end; renamed as the twenty-seventh began tuning on it; claim27: regional offices' "-13" numbers, a definite kind taking up its subject, an office's holder however built around the name, a time zone by its shape, a post of a body named by place and initials, "the latest from" in a frame, a company's unit, a post at a named institution (0.900, 180/200); claimrec34: a body named inside the post a reporter spoke to, "the DSWD field office director" (0.905, 181/200); claim122: a mission abroad's place kept (0.915, 183/200); claim46: "Fire Marshal" a post before the holder's name (0.920, 184/200)
	"corpus.dev86.yaml":  0.955, // the twenty-seventh round's holdout B (a Baltic and Nordic English-language press), read untuned at 0.880, then 0.885 halfway and at the end; renamed with dev85; claim27: a definite kind taking up its subject, an office's holder however built around the name, a kind before a body's name, headline labels by shape ("Statistics Estonia:", "Finland's Supo:", "13:15 OCHA update:") (0.920, 184/200); claimrec29: people after a name closed by its kind (0.930); claimrec32: a bare kind after a body named in the sentence before kept as written, "the agency said" (convention 7) (0.935, 187/200); claimrec33: an inquiry done announces the next sentence ("has been counting the takings") (0.940, 188/200); and "X keeps that list" points back (0.945, 189/200); review33a: any one capitalised plural counted by a share ("Some 12 per cent of Danes say", not a people's adjective with "s") (0.950, 190/200); claim106: an owned post's holder named without commas ('their chief Marko Lepp said') (0.955)
	"corpus.dev77.yaml":  0.965, // the twenty-fourth round's holdout B (a Central and Eastern European and Caucasus press), read untuned at 0.890 three times; renamed with dev76; claim24: its misses by class (0.950); claim27c: an owned work's method (checked against, built from, "my tally from"), an investigation's reconstruction (0.955); claim101: "Refugee count passes 100,000" has no owner (0.960); claim115: a next sentence confirming "the" thing just told of (0.965, 193/200)
	"corpus.dev69.yaml":  0.87,  // a hard-claimant batch of British and Irish regional and national copy and local radio (each case's difficulty named in a comment), written blind midway through the twenty-first round: 0.775 with the round's start, 0.780 with main as it landed (156/200), 0.840 after claim21d (168/200), 0.845 merged with claim21c; claim94: an office held "to" a place names its holder (0.850); claim96b: "the mayor of X, Name. He says" takes up the name (0.860); claimrec32: a host's "You've said", "Your group put the number at" is the guest whose line follows (0.865, 173/200); claimrec34: a closing ", by our reckoning." (0.870, 174/200)
	"corpus.dev60.yaml":  0.97,  // the eighteenth round's holdout B (an Indian and Pakistani press), read untuned at 0.910, then 0.915 halfway and at the end; renamed with dev59; claim18 (0.955); claim21b: a size in an aside (0.960); claim27c: an owned work's method (checked against, built from, "my tally from"), an investigation's reconstruction (0.965); claimrec30: a headline that sounds the alarm announces its standfirst (0.970)
	"corpus.dev58.yaml":  0.965, // East African and South African press weighted a little to hard claimants, written blind as the seventeenth round began (0.910 as written); claim17b (0.950); claim23: "count the cost" (0.955); claim23b: a proper name's place cut after a possessive inside it (0.955); claim53: "Hospital staff here" (0.965, 193/200)
	"corpus.dev55.yaml":  0.93,  // public radio and TV copy weighted to hard claimants (people introduced then quoted, hyphenated posts, sources of the reporter), written as the sixteenth round began (0.805 as written); claim16b (0.855); claim17b (0.865); claim18: a post "for" a named body (0.875); claim21 (0.880); claim21c: a side's findings in -s (0.885); claim22: pointers back, findings "of" a body (0.895); claim23b: a passive's agent past a hearer, "relayed to it by staff at X" (0.900); claim25c: "It is seeking", a body's "It" going on (0.905); claim96b: "updated ... the update said" (0.915); claimrec32: a bare kind after a body named in the sentence before kept as written, "the agency said" (convention 7) (0.920, 184/200); claimrec34: "vice-president of the Palestine Red Crescent Society" (0.925, 185/200); claim51b: "from Port Sudan" places the army's story in Sudan (0.930, 186/200)
	// dev50, dev51: the fifteenth round's holdouts, read at the fourteenth's
	// end (0.880, 0.855) and at the fifteenth's, untuned (0.885, 0.860);
	// claim16: closing clauses' verbs as often nouns, closing findings
	// verbs, a post "its" owns, a bare force's or government's findings,
	// findings cited that the citer's own people made (0.895, 0.880).
	// claim18: a body's people named with their kind of work (dev50 0.900).
	"corpus.dev50.yaml": 0.935, // claim21c: a list item's bracket after its place (0.905); claim24b: "not my rhetoric; it is the finding of" (0.915); claim25c: a source presented to the reader, "Let us take X at its word" (0.920); claimrec29: a fronted scope with the writer's own clause (0.925); claim98 (the thirty-second round) read one more case right (0.930, 186/200); claim52: one economist at the ESRI (onestaff) (0.935)
	"corpus.dev51.yaml": 0.935, // claim19: a findings word closing a long name (0.890); claim20: a named organisation's officials (0.895); claim21: a named body's -s verb before a clause, a stamped line's writer (0.905); claim21c: a side's findings in -s (0.910); claim27b: reports no one is named for are hearsay (0.915); claimrec29: a share found (0.920); claim94: a dateline closing on its credit and a colon (0.925); claim100: a people's plural counted by a share answers for itself (0.930); claim45: "They found" after "Our reporters ..." is "Our" (0.935)
	// claim21d: a legislator's seat and a head of government's title (0.905).
	"corpus.dev49.yaml": 0.95, // variety of attribution wording, fourth batch, written as the fourteenth round began (0.890 as written); claim14b (0.955)
}

// TestCorpusDevFloors measures the later dev files against their floors.
func TestCorpusDevFloors(t *testing.T) { measureFloors(t, devFloors) }

// The blind holdouts: holdoutFloors are their first measurements,
// regression floors and not the target (minAccuracy). Never tune the finder
// to a sentence of these files; when one is tuned against, it becomes a dev
// file and a fresh holdout is written. Between rounds there may be none.
//
// The fifty-first round's holdout (200 cases, written blind as that round
// began and kept outside the repository until its end: an Italian, Spanish
// and Greek press in English and an East African press) read 0.935
// (187/200) with the finder of that round's start (115215e3) and 0.940
// (188/200) at its end (fae01590), before any tuning on it. The
// fifty-second round's (corpus.holdout-b.yaml: 200 cases, written blind as
// that round began by an author who read only the README's format, kept
// outside the repository until its end: a South African, Gulf, Philippine,
// Latin American and US local-TV press and wire copy) read 0.925 (185/200)
// at that round's start (df79c474) and at its end, case for case. The
// fifty-third round's (corpus.holdout-c.yaml: 200 cases, written blind the
// same way as that round began: an Irish, Australian, Indian, Nigerian and
// Canadian press) read 0.900 (180/200) at its start (8a47cb71) and at its
// end, case for case, though claim53 took a fresh dev batch of the same size
// from 0.900 to 0.940 by mechanism.
var holdoutFloors = map[string]float64{
	"corpus.holdout.yaml":   0.94,
	"corpus.holdout-b.yaml": 0.925,
	"corpus.holdout-c.yaml": 0.90,
}

var showHoldout = flag.Bool("holdout", false, "log the blind holdouts' accuracy and misses (only at a round's end: never while tuning)")

// TestCorpusHoldout holds the blind holdouts to their floors, and logs their
// scores and misses only under -holdout.
func TestCorpusHoldout(t *testing.T) {
	for name, floor := range holdoutFloors {
		t.Run(name, func(t *testing.T) {
			if *showHoldout {
				measureFloor(t, name, floor)
				return
			}
			f, cases := loadCorpus(t, name)
			if acc := measureLogged(t, name, f, cases, func(string, ...any) {}); acc < floor {
				t.Errorf("claimant accuracy on the blind holdout %s is under its regression floor; a change made it worse on text nobody tuned to (it is read with -holdout only at a round's end)", name)
			}
		})
	}
}

// measureFloors measures each file of floors against its floor, in a
// subtest named for the file.
func measureFloors(t *testing.T, floors map[string]float64) {
	for name, floor := range floors {
		t.Run(name, func(t *testing.T) { measureFloor(t, name, floor) })
	}
}

// measureFloor measures a corpus file against its regression floor, and
// says when it is under the target.
func measureFloor(t *testing.T, name string, floor float64) {
	acc := measure(t, name)
	if acc < floor {
		t.Errorf("claimant accuracy on %s %.3f < its regression floor %.2f", name, acc, floor)
	}
	if acc < minAccuracy {
		t.Logf("claimant accuracy on %s %.3f is under the target %.2f", name, acc, minAccuracy)
	}
}
