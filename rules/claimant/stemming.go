package claimant

import "github.com/kljensen/snowball/english"

// Stemming a token's word against the lexicons' stems: only a word whose
// first three letters open a stem is stemmed (stemStarts, stemStart), for
// Snowball was most of the finder's time, and the past forms the stemmer
// does not reach are read as written (unstemmed) or as their -ed
// spellings (tPast: "learnt"). Split from lexicon.go, which holds the
// stems and words themselves.

// stemStarts holds the first three letters of every stem above: a word
// starting otherwise is no reporting verb and is not stemmed (Snowball
// was most of the finder's time).
var stemStarts = func() *[(26*26*26 + 63) / 64]uint64 {
	var m [(26*26*26 + 63) / 64]uint64
	add := func(w string) {
		if i, ok := prefixIndex(w); ok {
			m[i/64] |= 1 << (i % 64)
		}
	}
	for _, s := range []map[string]bool{reportStems, findingStems, countStems, containStems} {
		for w := range s {
			add(w)
		}
	}
	for _, w := range []string{"add", "said", "told", "put", "found", "gave", "given", "shown"} {
		add(w)
	}
	return &m
}()

func prefixIndex(w string) (int, bool) {
	if len(w) < 3 {
		return 0, false
	}
	i := 0
	for k := range 3 {
		c := w[k]
		if c < 'a' || c > 'z' {
			return 0, false
		}
		i = i*26 + int(c-'a')
	}
	return i, true
}

func stemStart(low string) bool {
	i, ok := prefixIndex(low)
	return ok && stemStarts[i/64]&(1<<(i%64)) != 0
}

// unstemmed: reporting verbs' past forms the stemmer does not reach.
var unstemmed = set("said told put found gave given shown")

// tPast: the British past forms in -t of verbs whose -ed forms the
// stemmer reaches ("learnt", "spelt"), written as those -ed forms so that
// a verb's two spellings share one stem ("the Herald has learnt that ...").
var tPast = map[string]string{"learnt": "learned", "spelt": "spelled", "burnt": "burned", "dreamt": "dreamed",
	"leapt": "leaped", "spilt": "spilled", "spoilt": "spoiled", "smelt": "smelled"}

func stem(w string) string {
	if unstemmed[w] {
		return w
	}
	if ed, ok := tPast[w]; ok {
		w = ed
	}
	return english.Stem(w, true)
}
