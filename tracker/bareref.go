package tracker

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/claimant"
)

// A wire story names a body once and then calls it by its kind: "The
// World Health Organization said ... The agency said on Friday that cases
// had reached 15,460." The claimant finder gives the second figure's
// claimant as written, "agency" (the corpora's convention 7), and for the
// tracker that would be a second claimant: a metric judged by claimant
// would keep the WHO's figure and the agency's apart, and judge one body's
// two figures as two bodies agreeing or conflicting. So the tracker keys a
// bare reference (a kind after "the" or "its", with no name: "the agency",
// "the ministry", "the relief agency") by the body the article named
// before it, when that is unambiguous: the only named body before it of a
// kind the reference may stand for (bodykind.go), else the only one whose
// own name holds the reference's noun ("the UN Relief and Works Agency"
// for "the agency" after the WHO too). Two such bodies, or none, and the
// reference stays as written. A name is a body's when its head noun is a
// kind (bodyKinds) or a configured claimant's alias names it: "Mayor
// Hart's office" is a person's office, not a body named.

// namedBody is a body an article names: its name as written, without a
// leading "the", at bytes [start, end) of the text, and the configured
// claimant it is, if any.
type namedBody struct {
	start, end int
	name, id   string
}

// key is how two mentions of one body are told to be one: its configured
// id, else its name compared as claimants' words are.
func (b namedBody) key() string {
	if b.id != "" {
		return b.id
	}
	return claimant.NormalizeWords(b.name)
}

// resolveBareReferences replaces the claimant of each observation whose
// claimant is a bare reference with the body the text named before it
// (see above), and returns the words as written of each claimant it
// replaced, by the replacement (for model.Observation.ClaimantWritten).
// Observations sharing a claimant share its replacement. f names bodies by
// configured alias (nil: by their words).
func resolveBareReferences(text string, obs []rules.Observation, f *claimant.Finder) map[*claimant.Claimant]string {
	var written map[*claimant.Claimant]string
	var bodies []namedBody
	scanned := false
	done := map[*claimant.Claimant]*claimant.Claimant{}
	for i := range obs {
		c := obs[i].Claimant
		if c == nil {
			continue
		}
		if r, ok := done[c]; ok {
			obs[i].Claimant = r
			continue
		}
		done[c] = c
		head, ok := bareReference(text, *c)
		if !ok {
			continue
		}
		if !scanned {
			bodies, scanned = namedBodies(text, obs, f), true
		}
		b, ok := referredBody(text, bodies, c.Start, head, remitWords(*c, head))
		if !ok || otherPlace(text, *c, b) {
			continue
		}
		r := &claimant.Claimant{ID: b.id, Words: b.name, Start: b.start, End: b.end, How: c.How}
		if written == nil {
			written = map[*claimant.Claimant]string{}
		}
		written[r], done[c], obs[i].Claimant = c.Words, r, r
	}
	return written
}

// bareReference reports whether a claimant is a bare reference: no
// configured claimant, one to three lower-case words closing on a kind
// of body, after "the" or "its". It returns the kind's noun.
func bareReference(text string, c claimant.Claimant) (string, bool) {
	words := strings.Fields(c.Words)
	if c.ID != "" || len(words) == 0 || len(words) > 3 || c.Start > len(text) {
		return "", false
	}
	for _, w := range words {
		if strings.ToLower(w) != w || !isWordText(w) {
			return "", false
		}
	}
	head := words[len(words)-1]
	if kindsReferredTo(head) == nil {
		return "", false
	}
	if bareKindAt(text, c.Start) {
		return head, true
	}
	return "", false
}

// isWordText reports whether w is letters and hyphens only.
func isWordText(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// referredBody returns the body a bare reference at byte at with kind
// noun head stands for: the only body named before it whose kind the
// reference may stand for, else the only one whose name holds head.
//
// A body of the kind named in lower case between them ("the UN's migration
// agency", "Israel's defence ministry") is no name the scan finds, and the
// reference may be its: so the nearest earlier word of a kind the
// reference may stand for must lie inside the body's own name.
func referredBody(text string, bodies []namedBody, at int, head string, modifiers []string) (namedBody, bool) {
	b, ok := onlyBody(bodies, at, head, modifiers)
	if !ok {
		return namedBody{}, false
	}
	m := lastKindWord(text[:at], head)
	// "as the UN migration agency counted ... the agency says, ...
	// the agency says": a bare reference between them stands for the
	// body too, so the word before it is read instead (walk58). A kind
	// with a word of its own between ("the relief agency") may be another
	// body, and stops it.
	for m >= b.end && bareKindAt(text, m) {
		m = lastKindWord(text[:m], head)
	}
	return b, m >= b.start && m < b.end
}

// bareKindAt reports whether the word at byte m comes straight after
// "the" or "its": a bare reference by kind ("the agency"), no name.
func bareKindAt(text string, m int) bool {
	before := strings.TrimRightFunc(text[:m], unicode.IsSpace)
	k := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
	switch strings.ToLower(before[k+1:]) {
	case "the", "its":
		return true
	}
	return false
}

// lastKindWord returns the byte offset of the last word of text, in any
// case, that is head or a kind head may stand for, -1 when none is.
func lastKindWord(text, head string) int {
	kinds := kindsReferredTo(head)
	end := len(text)
	for end > 0 {
		i := strings.LastIndexFunc(text[:end], notNameRune)
		w := strings.ToLower(text[i+1 : end])
		if k, ok := bodyKinds[w]; w == head || ok && slices.Contains(kinds, k) {
			return i + 1
		}
		if i < 0 {
			break
		}
		end = i
	}
	return -1
}

// onlyBody is referredBody's choice among the bodies named before at.
func onlyBody(bodies []namedBody, at int, head string, modifiers []string) (namedBody, bool) {
	kinds := kindsReferredTo(head)
	var agree, holds []namedBody
	for _, b := range bodies {
		if b.start >= at || !holdsAll(nameWords(b.name), modifiers) {
			continue
		}
		if k, ok := bodyKinds[headNoun(b.name)]; ok && slices.Contains(kinds, k) {
			agree = withBody(agree, b)
		}
		if slices.Contains(nameWords(b.name), head) {
			holds = withBody(holds, b)
		}
	}
	if agree = widest(agree); len(agree) == 1 {
		return agree[0], true
	}
	if holds = widest(holds); len(holds) == 1 {
		return holds[0], true
	}
	return namedBody{}, false
}

// withBody adds b to a list of distinct bodies; a body named again
// replaces its earlier mention (the latest name is the one kept).
func withBody(list []namedBody, b namedBody) []namedBody {
	for i := range list {
		if list[i].key() == b.key() {
			list[i] = b
			return list
		}
	}
	return append(list, b)
}

// headNoun is the head noun of a body's name, lower case: the word before
// its first "of", "for", "on" or "in" ("Ministry of Health", "Office for
// the Coordination of Humanitarian Affairs"), else its last word ("World
// Health Organization", "Gaza's health ministry").
func headNoun(name string) string {
	words := nameWords(name)
	for i, w := range words {
		if i > 0 && (w == "of" || w == "for" || w == "on" || w == "in") {
			return words[i-1]
		}
	}
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

func notNameRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }

// nameWords are s's words in lower case, split as names are (notNameRune):
// how the tracker compares a claimant's words, a quote's, a note's.
func nameWords(s string) []string { return strings.FieldsFunc(strings.ToLower(s), notNameRune) }

// namedBodies lists the bodies a text names: the claimants its figures
// were given that are names (a configured claimant, or words whose head
// noun is capitalised: "World Health Organization", not "Mayor Hart's
// office"), and the capitalised names closing on a kind of body, or that
// a configured alias names, wherever they stand ("The World Health
// Organization said the outbreak was spreading").
func namedBodies(text string, obs []rules.Observation, f *claimant.Finder) []namedBody {
	var out []namedBody
	for _, o := range obs {
		c := o.Claimant
		if c == nil || c.Words == "" {
			continue
		}
		if _, bare := bareReference(text, *c); bare && len(strings.Fields(c.Words)) < 2 {
			continue
		}
		if c.ID != "" || capitalisedHead(c.Words) || lowerCaseBody(c.Words) {
			out = append(out, namedBody{start: c.Start, end: c.End, name: c.Words, id: c.ID})
		}
	}
	for _, n := range append(capitalisedNames(text), lowerCaseNames(text)...) {
		b := namedBody{start: n[0], end: n[1], name: text[n[0]:n[1]]}
		b.id = f.IDOf(b.name)
		if _, kind := bodyKinds[headNoun(b.name)]; kind || b.id != "" {
			out = append(out, b)
		}
	}
	return out
}

// capitalisedHead reports whether a claimant's head noun is written with
// a capital: a name ("Save the Children Fund"), not a kind ("the mayor's
// office").
func capitalisedHead(words string) bool {
	h := headNoun(words)
	for _, w := range strings.FieldsFunc(words, notNameRune) {
		if strings.ToLower(w) == h {
			return capitalisedWord(w)
		}
	}
	return false
}

// nameJoiners are the words a name holds between its capitalised words:
// "Ministry of Health", "Office for the Coordination of Humanitarian
// Affairs", "Médecins du Monde", "Doctors Without Borders" aside.
var nameJoiners = map[string]bool{"of": true, "for": true, "and": true, "the": true, "on": true, "in": true, "&": true, "de": true, "du": true}

// nameOpeners are words a capitalised run may open with that are no
// part of a name: a sentence's first word, capitalised as its first.
var nameOpeners = map[string]bool{"the": true, "a": true, "an": true, "in": true, "at": true, "on": true, "by": true, "from": true,
	"with": true, "as": true, "after": true, "before": true, "when": true, "while": true, "but": true, "and": true, "this": true, "last": true,
	"for": true, "of": true, "to": true, "if": true, "since": true, "under": true}

// capitalisedNames returns the byte spans of the runs of capitalised words
// in text of two words or more, with the joiners between them, a leading
// "The" and a closing possessive "'s" left out ("The World Health
// Organization's" → World Health Organization). Words are split by
// spaces alone: punctuation between two words ends a run.
func capitalisedNames(text string) [][2]int {
	type word struct{ s, e int }
	var words []word
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' && r != '-' && r != '\'' && r != '’' {
				break
			}
			j += n
		}
		words = append(words, word{i, j})
		i = j
	}
	spaced := func(a, b word) bool {
		gap := text[a.e:b.s]
		return gap != "" && strings.TrimSpace(gap) == "" && strings.Count(gap, "\n") < 2
	}
	capital := func(w word) bool { return capitalisedWord(text[w.s:w.e]) }
	var out [][2]int
	for i := 0; i < len(words); {
		if !capital(words[i]) {
			i++
			continue
		}
		first, last, j := i, i, i+1
		complemented := false
		for j < len(words) && !possessive(text[words[last].s:words[last].e]) {
			k, and := j, false
			for k < len(words) && spaced(words[k-1], words[k]) && !capital(words[k]) && nameJoiners[strings.ToLower(text[words[k].s:words[k].e])] {
				w := strings.ToLower(text[words[k].s:words[k].e])
				and = and || w == "and" || w == "&"
				k++
			}
			// "and" joins a name's remits ("Ministry of Labour and Social
			// Affairs"), not two names ("the WFP and the Coastal Relief
			// Agency", "Health and Interior ministries" aside).
			if and && (!complemented || strings.EqualFold(text[words[k-1].s:words[k-1].e], "the")) {
				break
			}
			if k >= len(words) || !spaced(words[k-1], words[k]) || !capital(words[k]) {
				break
			}
			for _, w := range words[j:k] {
				if w := strings.ToLower(text[w.s:w.e]); w == "of" || w == "for" {
					complemented = true
				}
			}
			last, j = k, k+1
		}
		// A sentence's opening word is capitalised as its opening, not as
		// a name's: "In the Delta Health Organization's report".
		for first < last && nameOpeners[strings.ToLower(text[words[first].s:words[first].e])] {
			first++
		}
		// A place's possessive before the name is part of it: "Spain's
		// Health Ministry" is not Portugal's.
		if i > 0 && possessive(text[words[i-1].s:words[i-1].e]) && capital(words[i-1]) && spaced(words[i-1], words[first]) && first == i {
			first = i - 1
		}
		if last > first {
			end := words[last].e
			switch w := text[words[last].s:end]; {
			case strings.HasSuffix(w, "'s"):
				end -= len("'s")
			case strings.HasSuffix(w, "’s"):
				end -= len("’s")
			}
			out = append(out, [2]int{words[first].s, end})
		}
		i = j
	}
	return out
}

// possessive reports whether a word closes on "'s" or "’s".
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}
