package claimant

import "strings"

// Word forms read from their shape, where a lexicon would only list the
// words a corpus happened to use.

// adverb reports whether the word at i is a lower-case adverb in -ly
// ("finally", "recently", "separately"), which stands between a subject
// and its verb; nouns in -ily, -bly and -ply ("family", "assembly",
// "supply") are not read as adverbs.
func (v *view) adverb(i int) bool {
	t := &v.toks[i]
	w := t.low
	if !t.word || t.capital || len(w) < 6 || !strings.HasSuffix(w, "ly") {
		return false
	}
	switch w[len(w)-3] {
	case 'i', 'b', 'p':
		return false
	}
	return true
}
