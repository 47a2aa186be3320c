package claimant

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/names"
)

// A generic alias names a kind of body most countries have ("the health
// ministry", "the army"), and a configured claimant is one country's body
// of that kind at one level. A level of government written before the
// alias ("the federal health ministry", "Sudan's state health ministry",
// "the provincial health ministry") that none of the claimant's own words
// holds says another country's body or another level's: the words that
// differ from the claimant's decide, not the words the two share. A
// level among the claimant's words, or the claimant's own place before the
// level ("Gaza's regional health ministry"), keeps the claimant.

// governmentLevels are the levels of a country's government a body's
// name may open with: a territory's scopes and the federation's.
var governmentLevels = set("federal national provincial regional district county municipal state city oblast")

// otherLevel reports whether the lower-case word at token k, before
// generic alias a (or the alias's own words), is a level of government
// that claimant a.id's words do not hold, with none of its own words
// before it.
func (c *call) otherLevel(v *view, k int, a *alias, s int) bool {
	t := &v.toks[k]
	if !t.word || t.capital || !governmentLevels[t.low] || a.own[t.low] || c.f.named[a.id][t.low] {
		return false
	}
	// "Gaza's regional health ministry", "the Israeli national army": the
	// claimant's own name says whose the level is.
	b := k - 1
	if v.isOne(b, wS) && v.isOne(b-1, wApostrophe) {
		b -= 2
	}
	if b >= s && v.toks[b].word && !v.toks[b].has(cDeterminer) && (a.own[v.toks[b].low] || c.f.named[a.id][v.toks[b].low]) {
		return false
	}
	return true
}

// placeLabel reports whether a line of the text opens with a place the
// rules know by name that claimant id's words do not name, and at most
// three more words before a colon: a headline's label of where the story
// is ("Nepal floods:", "Brazil:", "South Sudan cholera:"). A place among
// the claimant's own words ("Gaza war:") is its own story.
func (c *call) placeLabel(id string) bool {
	text, toks := c.d.Text, c.d.Tokens
	for i := 0; i < len(toks); i++ {
		if i > 0 && !toks[i].Break {
			continue
		}
		place := 0 // the words of the known place opening the line
		for n := 1; n <= 2 && i+n <= len(toks); n++ {
			var b strings.Builder
			ok := true
			for k := i; k < i+n; k++ {
				t := &toks[k]
				if !t.IsWord() || k > i && !t.Space || text[t.Start] < 'A' || text[t.Start] > 'Z' {
					ok = false
					break
				}
				if k > i {
					b.WriteByte(' ')
				}
				b.WriteString(strings.ToLower(text[t.Start:t.End]))
			}
			if ok && names.KnownPlace(b.String()) {
				place = n
			}
		}
		if place == 0 {
			continue
		}
		named := false
		for k := i; k < i+place; k++ {
			named = named || c.f.named[id][strings.ToLower(text[toks[k].Start:toks[k].End])]
		}
		if named {
			continue
		}
		for k, words := i+place, 0; k < len(toks) && words <= 3; k++ {
			t := &toks[k]
			if t.IsWord() {
				words++
				continue
			}
			if t.IsSymbol() && text[t.Start:t.End] == ":" {
				return true
			}
			break
		}
	}
	return false
}

// partOnly returns the words of names that stand only inside a name of
// more words, each with the words beside it in those names: "west" of
// "West Bank" with "bank". A word that is a name of its own somewhere
// ("Gaza" beside "Gaza City"), a word in lower case, a place and a
// people are left out.
func partOnly(list []string) map[string]map[string]bool {
	alone := map[string]bool{}
	out := map[string]map[string]bool{}
	for _, n := range list {
		raw := strings.FieldsFunc(n, notWordRune)
		ws := normWords(n)
		if len(ws) == 1 {
			alone[ws[0]] = true
			continue
		}
		for i, w := range ws {
			// ("al" of "Deir al-Balah": a particle in lower case is
			// no part of a name of its own; kept as any word is.)
			if len(raw) == len(ws) && raw[i] == w {
				alone[w] = true
			}
			if out[w] == nil {
				out[w] = map[string]bool{}
			}
			if i > 0 {
				out[w][ws[i-1]] = true
			}
			if i+1 < len(ws) {
				out[w][ws[i+1]] = true
			}
		}
	}
	for w := range alone {
		delete(out, w)
	}
	// A place or a people inside a body's name ("Armed Forces of
	// Ukraine", "Israeli military") names the place on its own too.
	for w := range out {
		if names.KnownPlace(w) || demonym(w) {
			delete(out, w)
		}
	}
	return out
}

// besideOwn reports whether the word low at token ti, one of claimant
// id's words, names the claimant's own place: any word that is a name of
// its own, and a word only inside a longer name when the word before
// (prev) or the next word of the text is beside it in that name.
func (c *call) besideOwn(id, low, prev string, ti int) bool {
	beside, ok := c.f.partOnly[id][low]
	if !ok || beside[prev] {
		return true
	}
	toks, text := c.d.Tokens, c.d.Text
	for k := ti + 1; k < len(toks) && k <= ti+2; k++ {
		if t := &toks[k]; t.IsWord() {
			next := strings.ToLower(text[t.Start:t.End])
			if beside[next] {
				return true
			}
			// "Khan Yunis", "Beit Lahiya", "Deir el-Balah": another
			// spelling of the same name keeps its consonants (review49).
			for w := range beside {
				if outline(w) == outline(next) && outline(w) != "" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// outline is a word's consonants, vowels and "y", "h" and doubled
// letters dropped: the part of a name that its spellings in Latin
// letters share ("yunis" and "younis", "lahiya" and "lahia", "el" and
// "al").
func outline(w string) string {
	var b []byte
	for i := 0; i < len(w); i++ {
		ch := w[i]
		if strings.IndexByte("aeiouyh", ch) >= 0 || ch >= 0x80 {
			continue
		}
		if len(b) > 0 && b[len(b)-1] == ch {
			continue
		}
		b = append(b, ch)
	}
	return string(b)
}
