// Package claimant finds who claims a figure in news text: the source an
// attribution names ("the health ministry said", "according to the UN",
// "per Centcom"), a quote's speaker, or an attribution in the sentence
// before or after. It reads the figures package's Document, so the text is
// tokenised once for figures, rules and claimants.
//
// The finder works by mechanism, not by lists of sentences: a small lexicon
// of reporting verbs in all their word forms (Snowball stems), attribution
// frames ("according to X", "per X", "X's count", "figures from X"), and
// noun-phrase boundaries found from capitalisation, determiners and
// punctuation. A figure nobody claims is unattributed: the finder never
// guesses from who is mentioned.
package claimant

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// How says where a claimant's words were found.
type How string

// The places a claimant is found.
const (
	// InSentence: an attribution in the figure's own sentence.
	InSentence How = "sentence"
	// InQuote: the figure is quoted speech and the claimant its speaker
	// (or an attribution inside the quote).
	InQuote How = "quote"
	// Previous: the attribution is in the sentence before (also a pronoun,
	// "it said", whose antecedent is there).
	Previous How = "previous"
	// Next: the attribution is in the sentence after ("The figure comes
	// from ...").
	Next How = "next"
)

// Claimant is who claims a figure.
type Claimant struct {
	// ID is the configured id the words name, or "" for an unlisted
	// claimant.
	ID string `json:"id,omitempty"`
	// Words are the claimant's words as written, trimmed of a leading
	// determiner ("Egyptian Red Crescent", "Gaza's health ministry").
	Words string `json:"words"`
	// Start and End are the byte offsets of Words in the text.
	Start int `json:"start"`
	End   int `json:"end"`
	How   How `json:"how"`
}

// Name is the stable id when configured, else the words as written.
func (c Claimant) Name() string {
	if c.ID != "" {
		return c.ID
	}
	return c.Words
}

// Entity is one configured claimant: a stable id and the words that name it.
type Entity struct {
	ID   string `yaml:"id" json:"id"`
	Name string `yaml:"name" json:"name,omitempty"`
	// Aliases name the claimant wherever they occur in a claimant's words,
	// matched case-insensitively on word boundaries; the longest wins.
	Aliases []string `yaml:"aliases" json:"aliases"`
	// BareAliases ("the ministry", "the army") name the claimant only in a
	// text that also names it by an alias or mentions a Context word.
	BareAliases []string `yaml:"bare_aliases" json:"bare_aliases,omitempty"`
	Context     []string `yaml:"context" json:"context,omitempty"`
}

// Problem is one thing wrong with a list of entities: Index is the entity,
// Field the field ("id", "aliases[2]").
type Problem struct {
	Index int
	Field string
	Msg   string
}

func (p Problem) Error() string { return fmt.Sprintf("claimants[%d].%s: %s", p.Index, p.Field, p.Msg) }

// Check validates a list of entities: ids present and unique, aliases not
// empty, no alias claimed by two ids.
func Check(list []Entity) []Problem {
	var out []Problem
	ids := map[string]int{}
	owner := map[string]int{}
	for i, e := range list {
		if strings.TrimSpace(e.ID) == "" {
			out = append(out, Problem{i, "id", "required: a stable id such as gaza_health_ministry"})
		} else if j, dup := ids[e.ID]; dup {
			out = append(out, Problem{i, "id", fmt.Sprintf("duplicate claimant id %q (also claimants[%d])", e.ID, j)})
		} else {
			ids[e.ID] = i
		}
		if len(e.Aliases) == 0 && len(e.BareAliases) == 0 {
			out = append(out, Problem{i, "aliases", "give at least one alias: the words a text names this claimant by"})
		}
		check := func(field string, aliases []string) {
			for k, a := range aliases {
				f := fmt.Sprintf("%s[%d]", field, k)
				key := NormalizeAlias(a)
				if key == "" {
					out = append(out, Problem{i, f, "empty alias: give the words that name the claimant, or remove the entry"})
					continue
				}
				if j, seen := owner[key]; seen && j != i {
					out = append(out, Problem{i, f, fmt.Sprintf("alias %q is also an alias of %q (claimants[%d]): an alias names one claimant", a, list[j].ID, j)})
					continue
				}
				owner[key] = i
			}
		}
		check("aliases", e.Aliases)
		check("bare_aliases", e.BareAliases)
		for k, c := range e.Context {
			if len(normWords(c)) == 0 {
				out = append(out, Problem{i, fmt.Sprintf("context[%d]", k), "empty context word"})
			}
		}
		if len(e.BareAliases) > 0 && len(e.Context) == 0 && len(e.Aliases) == 0 {
			out = append(out, Problem{i, "bare_aliases", "bare aliases need aliases or context words that say the text is about this claimant"})
		}
	}
	return out
}

// Finder finds the claimant of a figure. It is safe for concurrent use.
type Finder struct {
	// byFirst maps an alias's first word to the aliases starting with it,
	// as an index into groups (a token keeps the index: see tok.aliases).
	byFirst map[string]uint32
	// groups are the aliases by first word; groups[0] is none.
	groups [][]alias
	// firstStarts marks the first two bytes (startKey) of every alias's
	// first word: most words start otherwise and skip the map.
	firstStarts [1 << 16 / 64]uint64
	// ctx lists, for a claimant with bare aliases, the words that say a
	// text is about it: its context words and aliases.
	ctx map[string][]string
	// own holds, per claimant, the words of its aliases and context: a
	// qualifier among them ("Gaza's", "Israeli") agrees with a generic
	// alias, any other capitalised one ("Sudan's", "Sudanese", "in
	// Damascus") names someone else.
	own map[string]map[string]bool
	// named holds, per claimant, every word of its aliases and context
	// and of the shipped claimant with its id: the places of its story.
	named map[string]map[string]bool
	// partOnly holds, per claimant, the words of named that stand only
	// inside a longer name ("west" of "West Bank", "khan" of "Khan
	// Younis"), each with the words beside it there: alone, or beside
	// other words ("West Kordofan"), such a word names another place.
	partOnly map[string]map[string]map[string]bool
	// free holds released Docs' memory for the next documents. Not a
	// sync.Pool: a pool is emptied by every garbage collection, and a
	// scratch's remembered spellings (Snowball's work) are worth keeping.
	mu   sync.Mutex
	free []*scratch
}

type alias struct {
	words []string
	// caps marks words written in capitals ("WHO", "UN"): they match a
	// word with a capital, never an all lower-case one ("who").
	caps []bool
	id   string
	bare bool
	// generic: written all in lower case ("health ministry", "the
	// army"), so it names a kind of body and a qualifier says whose.
	generic bool
	// own is Finder.own[id], held here for qualifiedOther.
	own map[string]bool
}

func newAlias(s, id string, bare bool) alias {
	raw := strings.FieldsFunc(s, notWordRune)
	// "the Ledger" names the Ledger wherever "Ledger" stands alone.
	if len(raw) > 1 && determiners[strings.ToLower(raw[0])] {
		raw = raw[1:]
	}
	a := alias{id: id, bare: bare, words: make([]string, len(raw)), caps: make([]bool, len(raw)), generic: true}
	for i, w := range raw {
		if strings.ToLower(w) != w {
			a.generic = false
		}
		a.words[i] = strings.ToLower(w)
		a.caps[i] = len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
	}
	return a
}

// New builds a finder that names claimants with the entities' aliases.
func New(list []Entity) (*Finder, error) {
	if ps := Check(list); len(ps) > 0 {
		msgs := make([]string, len(ps))
		for i, p := range ps {
			msgs[i] = p.Error()
		}
		return nil, fmt.Errorf("claimant: %s", strings.Join(msgs, "; "))
	}
	f := &Finder{byFirst: map[string]uint32{}, groups: [][]alias{nil}, ctx: map[string][]string{}, own: map[string]map[string]bool{}, named: map[string]map[string]bool{}, partOnly: map[string]map[string]map[string]bool{}}
	// A one-word alias names its own claimant ("Hamas"): as a qualifier it
	// never agrees with another's generic alias, even among its context.
	single := map[string]string{}
	owner := map[string]string{}
	for _, e := range list {
		for _, s := range e.Aliases {
			if w := normWords(s); len(w) == 1 {
				single[w[0]] = e.ID
			}
			owner[NormalizeAlias(s)] = e.ID
		}
	}
	// The words of the claimants the finder tracks: a place among them
	// belongs to a story it tracks (see elsewhere). A claimant that keeps
	// a shipped id is that shipped claimant, configured anew, and its
	// story's places come with the id; a list of other ids brings only its
	// own words (see docs/claimants.md, "Places").
	shipped := map[string]Entity{}
	for _, e := range Defaults() {
		shipped[e.ID] = e
	}
	for _, e := range list {
		named := map[string]bool{}
		for _, from := range [...]Entity{e, shipped[e.ID]} {
			for _, s := range append(append(append([]string{}, from.Aliases...), from.Context...), from.BareAliases...) {
				for _, w := range normWords(s) {
					named[w] = true
				}
			}
		}
		f.named[e.ID] = named
		var all []string
		for _, from := range [...]Entity{e, shipped[e.ID]} {
			all = append(append(append(all, from.Aliases...), from.Context...), from.BareAliases...)
		}
		f.partOnly[e.ID] = partOnly(all)
	}
	for _, e := range list {
		own := map[string]bool{}
		for _, s := range append(append([]string{}, e.Aliases...), e.Context...) {
			// A context word that is another claimant's alias ("Israeli
			// military" for the Gaza health ministry) says what the story
			// is about, not whose body a qualifier names.
			if id, ok := owner[NormalizeAlias(s)]; ok && id != e.ID {
				continue
			}
			for _, w := range normWords(s) {
				if id, ok := single[w]; !ok || id == e.ID {
					own[w] = true
				}
			}
		}
		f.own[e.ID] = own
		for _, s := range e.Aliases {
			f.add(newAlias(s, e.ID, false), own)
		}
		for _, s := range e.BareAliases {
			f.add(newAlias(s, e.ID, true), own)
		}
		f.twinsGeneric(e.ID)
		if len(e.BareAliases) > 0 {
			for _, c := range append(append([]string{}, e.Context...), e.Aliases...) {
				if c = strings.TrimSpace(c); c != "" {
					f.ctx[e.ID] = append(f.ctx[e.ID], c)
				}
			}
		}
	}
	return f, nil
}

// twinsGeneric marks generic a capitalised alias of claimant id that the
// list also gives in lower case ("Foreign Minister's Office" beside its
// lower case): written both ways, it is a kind of body many
// places have, capitalised as a title, and a qualifier that names
// another's ("in Port of Spain") says whose, as it does for the
// lower-case twin (qualifiedOther), or the capitals would name the
// claimant where the lower case does not (claim117).
func (f *Finder) twinsGeneric(id string) {
	for _, g := range f.groups {
		for i := range g {
			a := &g[i]
			if a.id != id || a.generic || a.bare {
				continue
			}
			for j := range g {
				if b := &g[j]; j != i && b.id == id && b.generic && !b.bare && slices.Equal(a.words, b.words) {
					a.generic = true
					break
				}
			}
		}
	}
}

func (f *Finder) add(a alias, own map[string]bool) {
	a.own = own
	g, ok := f.byFirst[a.words[0]]
	if !ok {
		g = uint32(len(f.groups))
		f.byFirst[a.words[0]] = g
		f.groups = append(f.groups, nil)
	}
	f.groups[g] = append(f.groups[g], a)
	k := startKey(a.words[0])
	f.firstStarts[k/64] |= 1 << (k % 64)
}

// aliasGroup returns the index in groups of the aliases whose first word
// is w, 0 for none.
func (f *Finder) aliasGroup(w string) uint32 {
	if k := startKey(w); f.firstStarts[k/64]&(1<<(k%64)) == 0 {
		return 0
	}
	return f.byFirst[w]
}

// normWords splits s into lower-case words and numbers, folding
// typographic apostrophes: "Gaza’s Health-Ministry" → gaza s health ministry.
func normWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), notWordRune)
}

func notWordRune(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r > 0x7f && !unicode.IsPunct(r) && !unicode.IsSpace(r) && !unicode.IsSymbol(r))
}

// NormalizeAlias is the form in which aliases are compared: lower-case
// words, punctuation dropped ("Gaza’s health-ministry" = "gaza s health
// ministry").
func NormalizeAlias(s string) string { return strings.Join(normWords(s), " ") }

// NormalizeWords is the form in which claimants' words are compared: lower
// case, punctuation dropped, a leading determiner removed ("The Gulf
// Courier" and "Gulf Courier" are the same claimant).
func NormalizeWords(s string) string {
	w := normWords(s)
	if len(w) > 1 && (w[0] == "the" || w[0] == "a" || w[0] == "an") {
		w = w[1:]
	}
	return strings.Join(w, " ")
}
