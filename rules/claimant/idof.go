package claimant

import "strings"

// IDOf returns the configured claimant that words name by one of its
// aliases (not a bare alias, which needs its story's context), the
// longest alias winning, or "" when none does. It is for readers outside
// the finder that hold a body's name and want its id: the tracker taking
// "the agency" as the body an article named before it. An alias written in
// capitals ("WHO") matches only a word with a capital, as in Find.
func (f *Finder) IDOf(words string) string {
	if f == nil {
		return ""
	}
	raw := strings.FieldsFunc(words, notWordRune)
	low := make([]string, len(raw))
	for i, w := range raw {
		low[i] = strings.ToLower(w)
	}
	id, best := "", 0
	for i := range low {
		g := f.aliasGroup(low[i])
		if g == 0 {
			continue
		}
	next:
		for _, a := range f.groups[g] {
			if a.bare || len(a.words) <= best || i+len(a.words) > len(low) {
				continue
			}
			for k, w := range a.words {
				if low[i+k] != w || a.caps[k] && raw[i+k] == low[i+k] {
					continue next
				}
			}
			id, best = a.id, len(a.words)
		}
	}
	return id
}

// OwnWord reports whether a word, lower case, is one of the words a
// configured claimant's own aliases and context give (a place of its
// story: "kesara" for a claimant with the context word Kesara), so that
// the tracker may read a name that lacks it as the same body
// (tracker/samebody.go).
func (f *Finder) OwnWord(id, word string) bool {
	if f == nil {
		return false
	}
	return f.own[id][word]
}
