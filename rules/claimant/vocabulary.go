package claimant

// wordID is a word's place in vocabulary: the words the readers compare a
// token with (view.is), so that a comparison is of two small integers, not
// of two strings. A token's id is its spelling's, looked up once per
// spelling (see spelling.id); a word the readers never ask about is noWord.
type wordID uint16

// noWord is the id of every word the readers never ask about.
const noWord wordID = 0

// The readers' words are kept by family, a file each, so that a reader
// adding a word finds its kin beside it: vocabulary_grammar.go (punctuation
// and function words), vocabulary_claimverbs.go (verbs of claim),
// vocabulary_bodies.go (bodies, agents and their documents),
// vocabulary_time.go (time words) and vocabulary_counted.go (what a figure
// counts). Each family's constants run on from the last one's End, so the
// ids stay dense and vocabulary an array. To ask view.is about a new word,
// add its constant and its word to its family's file (TestVocabulary checks
// the two agree).

// vocabularyFamilies are the families' tables, every word id's word once.
var vocabularyFamilies = []map[wordID]string{grammarVocabulary, claimVerbVocabulary, bodyVocabulary, timeVocabulary, countedVocabulary}

// vocabulary is each wordID's word, in lower case as a spelling's low.
var vocabulary = func() (words [countedVocabularyEnd]string) {
	for _, family := range vocabularyFamilies {
		for id, w := range family {
			words[id] = w
		}
	}
	return words
}()

// wordSet is a set of wordIDs: a view's words (view.words), so that a
// reader can pass over a sentence without the word it needs. It holds a
// bit for each id of vocabulary, so that has says yes only for an id that
// is there: a set of one word of bits, an id modulo 64, said yes for about
// a fifth of the ids a sentence lacks, and the readers it gates ran for
// nothing in those sentences.
type wordSet [wordSetWords]uint64

// wordSetWords is a wordSet's length in 64-bit words: room for 1,024 ids,
// indexed with a mask, so that add and has test no bounds.
// TestVocabularyFitsWordSet checks vocabulary fits.
const wordSetWords = 16

func (s *wordSet) add(w wordID) { s[w>>6&(wordSetWords-1)] |= 1 << (w & 63) }

func (s *wordSet) has(w wordID) bool { return s[w>>6&(wordSetWords-1)]&(1<<(w&63)) != 0 }

// wordIDs is vocabulary's inverse, and the ids of idListed's other words
// (idlist.go).
var wordIDs = func() map[string]wordID {
	m := make(map[string]wordID, len(vocabulary))
	for id, w := range vocabulary {
		if w != "" {
			m[w] = wordID(id)
		}
	}
	listedWordIDs(m)
	return m
}()
