package claimant

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/names"
)

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
		if w := ownerOfKind(n); w != "" {
			alone[w] = true
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

// ownerOfKind returns the word, lower-cased, that names whose body a name
// is when the rest of the name is a kind of body in lower case: "Haldor"
// of "Haldor emergency office", "Marenthia" of "Marenthia's disaster
// agency". Such a word names its place on its own, as a known place does,
// though the place is on no list (an invented or a small one): "displaced
// across Haldor, the provincial emergency office said" is the office's own
// story. A word inside a longer capitalised name ("Bank" of "West Bank
// health ministry") or a compound ("Hamas-run") is no such word. (walk55)
func ownerOfKind(n string) string {
	fs := strings.Fields(n)
	if len(fs) > 2 && determiners[strings.ToLower(fs[0])] {
		fs = fs[1:]
	}
	if len(fs) < 2 {
		return ""
	}
	first := strings.TrimSuffix(strings.TrimSuffix(fs[0], "'s"), "’s")
	if first == "" || first[0] < 'A' || first[0] > 'Z' || strings.IndexFunc(first, notWordRune) >= 0 {
		return ""
	}
	for _, f := range fs[1:] {
		if strings.ToLower(f) != f {
			return ""
		}
	}
	return strings.ToLower(first)
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
