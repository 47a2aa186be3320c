package tracker

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/claimant"
)

// A body is often named in lower case: "Kenya's interior ministry", "the
// Spanish health ministry", "Murcia's water agency", or "the health
// ministry" alone, and a wire story may call it so before it names it in
// full ("The health ministry said on Monday ... Spain's Health Ministry
// put the count at 1,350"). Left apart, the two are two claimants of one
// figure's story: the dashboard shows two sources and "claimants
// disagree" can fire between a body and itself. So a lower-case body with
// a qualifier (a place's possessive, a capitalised adjective, a remit) is
// a body named, as a capitalised name is, and a reference that carries
// its kind's modifiers ("the health ministry") names the only body of its
// kind in the article whose name holds those words, after it as well as
// before. Two such bodies (Spain's and Portugal's health ministries), or a
// modifier the name lacks ("the defence ministry" and Spain's Health
// Ministry), and the reference stays as written. A body named only after
// the reference is not taken (review48 M1): a story's unqualified "the
// health ministry" is its home body, and a qualified name later is as
// often a second country's ("Separately, Israel's Health Ministry said").

// lowerCaseBody reports whether a claimant's words are a body named in
// lower case with a qualifier: a head noun that is a kind of body after
// at least one other word, and not a bare "the ministry".
func lowerCaseBody(words string) bool {
	ws := strings.FieldsFunc(words, notNameRune)
	if len(ws) < 2 {
		return false
	}
	_, ok := bodyKinds[headNoun(words)]
	return ok
}

// lowerCaseNames returns the byte spans of the bodies a text names in
// lower case after a capitalised qualifier: a place's possessive or an
// adjective ("Kenya's interior ministry", "the Spanish health ministry"),
// up to two lower-case words, and a kind of body in lower case. A
// sentence's capitalised opening word ("The", "In") is no qualifier.
func lowerCaseNames(text string) [][2]int {
	type word struct {
		s, e int
		w    string
	}
	var words []word
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
				break
			}
			j += n
		}
		words = append(words, word{i, j, text[i:j]})
		i = j
	}
	var out [][2]int
	for i, q := range words {
		r, _ := utf8.DecodeRuneInString(q.w)
		if !unicode.IsUpper(r) || nameOpeners[strings.ToLower(q.w)] {
			continue
		}
		// A qualifier: a possessive ("Kenya's"), or an adjective after an
		// article ("the Spanish"); not an adverb opening a sentence
		// ("Later the ministry") nor a pronoun ("Its group").
		if !possessive(q.w) && (i == 0 || !articles[strings.ToLower(words[i-1].w)]) || timeWord(q.w) {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			w := words[k]
			if strings.TrimSpace(text[words[k-1].e:w.s]) != "" || strings.ToLower(w.w) != w.w || possessive(words[k-1].w) && k-1 != i ||
				nameJoiners[w.w] || nameOpeners[w.w] {
				break
			}
			if _, ok := bodyKinds[w.w]; ok {
				out = append(out, [2]int{q.s, w.e})
				break
			}
		}
	}
	return out
}

// timeWord reports whether a capitalised qualifier is a day's or a
// month's name ("Monday's police statement"): a time, not a place.
func timeWord(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
	return rules.DayOrMonthName(w)
}

var articles = map[string]bool{"the": true, "a": true, "an": true}

// modifiersOf returns a claimant's words other than its head noun, lower
// case: "health" of "the health ministry".
func modifiersOf(c claimant.Claimant, head string) []string {
	var out []string
	for _, w := range nameWords(c.Words) {
		if w != head && w != "the" && w != "its" {
			out = append(out, w)
		}
	}
	return out
}

// remitWords are the modifiers a body named before a reference must hold
// for the reference to be its: those of a kind told apart by its remit
// (remitKinds), none for any other.
func remitWords(c claimant.Claimant, head string) []string {
	if !remitKinds[bodyKinds[head]] {
		return nil
	}
	return modifiersOf(c, head)
}

// widest drops from a list of bodies each reference in lower case whose
// words another's name holds ("health ministry" beside "Spain's Health
// Ministry"): one body named twice, the second time more fully. A name
// of its own inside a longer one ("Ministry of Health", "Khartoum State
// Ministry of Health") is another body: a federal and a state ministry.
func widest(list []namedBody) []namedBody {
	var out []namedBody
	for i, b := range list {
		narrower := false
		for j, o := range list {
			if i != j && len(o.name) > len(b.name) && strings.ToLower(b.name) == b.name && holdsAll(nameWords(o.name), nameWords(b.name)) {
				narrower = true
				break
			}
		}
		if !narrower {
			out = append(out, b)
		}
	}
	return out
}

// otherPlace reports whether a reference's own sentence names a place
// other than the one that qualifies the lower-case body it would take up:
// "Lebanon's health ministry said 12 were killed. The health ministry said
// the toll in Gaza had passed 40,000" is another ministry's toll (review48
// M2). Only a body named in lower case with a place qualifier is asked
// (a capitalised name is taken up as fix47 took it, review48 M9), and a
// place is a capitalised word after a preposition of place ("in Gaza",
// "near Tyre"), not the body's own, a day or a month: "told Reuters" names
// an outlet, no place.
func otherPlace(text string, c claimant.Claimant, b namedBody) bool {
	first := strings.Fields(b.name)
	if len(first) < 2 || capitalisedHead(b.name) || !possessive(first[0]) && !capitalisedWord(first[0]) {
		return false
	}
	start := max(strings.LastIndex(text[:c.Start], ". "), strings.LastIndex(text[:c.Start], "\n")) + 1
	end := len(text)
	if i := strings.Index(text[c.End:], ". "); i >= 0 {
		end = c.End + i
	}
	own := nameWords(b.name)
	ws := strings.FieldsFunc(text[start:end], notNameRune)
	for k, w := range ws {
		if k == 0 || !capitalisedWord(w) || !placePrepositions[strings.ToLower(ws[k-1])] || timeWord(w) || slices.Contains(own, strings.ToLower(w)) {
			continue
		}
		return true
	}
	return false
}

// placePrepositions, before a capitalised word, make it a place.
var placePrepositions = map[string]bool{"in": true, "at": true, "near": true, "around": true, "across": true, "inside": true,
	"outside": true, "throughout": true}

func capitalisedWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
