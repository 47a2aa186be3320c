package rules

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// A phrase is one keyword, scope, exclude or value word or phrase as the
// matcher uses it. Its words match their inflections ("shelter" matches
// sheltered, sheltering, shelters) by comparing Snowball stems, unless the
// phrase asks for the exact form ("=Israelis") or ends in * (a prefix).
type phrase struct {
	words  []string // lower-cased as written
	keys   []string // what a token is compared with: stems, or words when exact
	exact  bool     // "=killed": only this form
	prefix bool     // the last word ends in *: kill* matches killed
	named  bool     // written with a capital: a name, matched in names too
	// event: written "victims of EVENT": the phrase counts only as the
	// noun a figure counts with a deadly event after it (victims.go).
	event bool
	// war: written "on the run WAR": the phrase counts only with a figure
	// before it and a deadly event in its sentence (runwar.go).
	war bool
	// counted: written "victims COUNTED": the phrase counts only after a
	// count noun's "of" or a figure and a civilians word
	// (victimscounted.go).
	counted bool
	// staying: written "civilians STAYING": the phrase counts only when no
	// part of a place nor a move stands after it in its clause
	// (stayingcrowd.go).
	staying bool
	// object: written "claim COUNT": the phrase counts only with a figure
	// right after it as its object (objectcount.go).
	object bool
	// ownWords: for an owner's-figure keyword ("UN's figure"), the stems
	// of its metric's own single-word keywords and scope words, sorted,
	// which may stand between the owner's 's and the noun ("the UN's
	// civilian count": ownermetricword.go). Set by newMetric.
	ownWords []string
	text     string // as written, or the vocabulary entry it came from
	// form numbers what findHits reads of the phrase to match it (its
	// words, keys and flags: everything above): phrases of one form match
	// the same tokens, so a token is checked once for all of them
	// (matchform.go). Set by Compile.
	form int32
	// rule names the phrase in observations and explanations:
	// `keyword "kill*"`, or `keyword "@deaths" ("lost their lives")`.
	rule string
}

// exactMark starts a phrase whose words match only as written.
const exactMark = "="

// vocabMark starts the name of a vocabulary: "@deaths".
const vocabMark = "@"

// newPhrase builds a phrase from one entry as written.
func newPhrase(entry string) (phrase, bool) {
	t := strings.TrimSpace(entry)
	ph := phrase{text: t}
	if rest, ok := strings.CutPrefix(t, exactMark); ok {
		ph.exact = true
		t = strings.TrimSpace(rest)
	}
	if rest, ok := strings.CutSuffix(t, "*"); ok {
		ph.prefix = true
		t = rest
	}
	// The marks are cut from the end in this order, each at most once.
	for _, m := range [...]struct {
		mark string
		set  *bool
	}{{EventMark, &ph.event}, {WarMark, &ph.war}, {CountedMark, &ph.counted}, {StayingMark, &ph.staying}, {CountMark, &ph.object}} {
		if rest, ok := strings.CutSuffix(t, " "+m.mark); ok {
			*m.set = true
			t = strings.TrimSpace(rest)
		}
	}
	ph.words = wordsOf(t)
	if len(ph.words) == 0 {
		return phrase{}, false
	}
	if r, _ := utf8.DecodeRuneInString(t); unicode.IsUpper(r) {
		ph.named = true
	}
	ph.keys = ph.words
	if !ph.exact {
		ph.keys = make([]string, len(ph.words))
		for i, w := range ph.words {
			if ph.prefix && i == len(ph.words)-1 {
				ph.keys[i] = w // a prefix is matched as written
				continue
			}
			ph.keys[i] = stem(w)
		}
	}
	return ph, true
}

// toPhrases expands a list of entries, vocabulary names included, into
// phrases. field names the list in rules ("keyword", "value prisoners").
// A phrase that is an earlier one over again (a word a vocabulary names
// written beside it) is dropped. Over again means in all the matchers read
// (formKey): its words, marks and capital, not only its stems. "victims
// COUNTED" (a vocabulary's) and a plain "victim", or "crossed" and
// "crossings", share a stem but not their hits, so both stay whatever the
// order of the list (keywordorder_test.go: dropping the later one made
// '["@deaths", victim]' miss what '[victim, "@deaths"]' read).
func toPhrases(list []string, field string, voc *Vocabularies) []phrase {
	out := make([]phrase, 0, len(list))
	seen := map[string]bool{}
	keep := func(ph phrase) {
		key := formKey(&ph) // all the matchers read of it
		if !seen[key] {
			seen[key] = true
			out = append(out, ph)
		}
	}
	var later []phrase
	for _, s := range list {
		t := strings.TrimSpace(s)
		if name, ok := strings.CutPrefix(t, vocabMark); ok {
			v, _ := voc.Lookup(name)
			for _, entry := range v.Phrases {
				if ph, ok := newPhrase(entry); ok {
					ph.rule = field + " " + strconv.Quote(t) + " (" + strconv.Quote(ph.text) + ")"
					keep(ph)
				}
			}
			continue
		}
		if ph, ok := newPhrase(t); ok {
			ph.rule = field + " " + strconv.Quote(t)
			keep(ph)
			// The other spellings of a place it names match too, under
			// the entry as written.
			for _, alt := range otherSpellings(t) {
				if alt, ok := newPhrase(alt); ok {
					alt.rule, alt.named = ph.rule, ph.named
					keep(alt)
				}
			}
			// An owner's figure is met by the owner's other nouns for a
			// figure (ownersfigure.go), after every entry as written: a
			// noun the list names itself keeps its own rule. So is the
			// owner written as a plain noun before it (attributiveowner.go).
			for _, alt := range append(ownersFigureNouns(t), attributiveOwnerNouns(t)...) {
				if alt, ok := newPhrase(alt); ok {
					alt.rule, alt.named = ph.rule, ph.named
					later = append(later, alt)
				}
			}
			// People driven, crammed or pushed into a place are in it: "in
			// Rafah" is met by "into Rafah".
			if rest, ok := strings.CutPrefix(t, "in "); ok && startsUpper(rest) {
				if alt, ok := newPhrase("into " + rest); ok {
					alt.rule, alt.named = ph.rule, ph.named
					keep(alt)
				}
			}
		}
	}
	for _, ph := range later {
		keep(ph)
	}
	return out
}

// startsUpper reports whether s starts with a capital: a name.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// stem is the Snowball (Porter2) English stem of a lower-case word, an
// irregular verb form read as its base verb (irregular.go). Stop words
// ("having", "being") stay as they are, on both sides of a match.
func stem(w string) string { return english.Stem(baseForm(w), false) }

// maxStems bounds the stem cache: a stream of pages with endless distinct
// tokens (tables of codes) must not grow it without end.
const maxStems = 1 << 16

// stemCache remembers the stems of the words matched so far: news repeats
// its words, so each distinct word is stemmed about once however many
// metrics look for it and however many articles hold it. One cache serves
// an engine: a cache per call would be lost with the pool at each garbage
// collection, and stemming again costs more than a read lock.
type stemCache struct {
	mu    sync.RWMutex
	stems map[string]string
}

// of returns the stem of w, a lower-cased word.
func (c *stemCache) of(w []byte) string {
	c.mu.RLock()
	s, ok := c.stems[string(w)]
	c.mu.RUnlock()
	if ok {
		return s
	}
	s = stem(string(w))
	c.mu.Lock()
	if len(c.stems) >= maxStems || c.stems == nil {
		c.stems = make(map[string]string, 1024)
	}
	c.stems[string(w)] = s
	c.mu.Unlock()
	return s
}
