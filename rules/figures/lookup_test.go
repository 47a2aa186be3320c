package figures

import (
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
)

func BenchmarkLex(b *testing.B) {
	text := newstext.Generate(1 << 20)
	toks := make([]Token, 0, len(text)/4+8)
	pos := make([]int32, 0, len(text)/4+9)
	var marks []int32
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		toks, pos, marks, _ = lex(text, toks[:0], pos[:0], marks[:0])
	}
}

// TestLookupLetters holds the lexer's lookup of letters in any case to the
// lower-cased lookup it replaces, over the vocabulary's words in three
// cases and words next to them.
func TestLookupLetters(t *testing.T) {
	check := func(w string) {
		if w == "" || len(w) > maxVocabWord {
			return
		}
		for i := 0; i < len(w); i++ {
			if !isASCIILetter(w[i]) {
				return
			}
		}
		want := lookupWord(w)
		_, pack, _ := scanASCIILetters(w, 0)
		if got := lookupLetters(w, pack); got != want {
			t.Errorf("lookupLetters(%q) = %d, lookupWord gives %d", w, got, want)
		}
	}
	for w := range vocab.ids {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:min(1, len(w))]) + w[min(1, len(w)):], w + "s", w[:max(0, len(w)-1)], "x" + w} {
			check(v)
		}
	}
	for _, w := range []string{"said", "Gaza", "ABCDEFGHIJ", "abcdefgh", "abcdefghi", "z"} {
		check(w)
	}
}

// TestWordSet holds the packed sets to the words they were built from.
func TestWordSet(t *testing.T) {
	for _, list := range []string{"mr mrs dr no st", "the a an although meanwhile according officials i", "", "abcdefgh abcdefghi x"} {
		set := newWordSet(list)
		in := map[string]bool{}
		for _, w := range strings.Fields(list) {
			in[w] = true
		}
		probe := []string{"", "m", "mrs.", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghij", "\x00", "a\x00", "meanwhil", "The", "officials", "said"}
		for w := range in {
			probe = append(probe, w, w+"s", w[1:], "x"+w)
		}
		for w := range vocab.ids {
			probe = append(probe, w)
		}
		for _, w := range probe {
			if got := set.has([]byte(w)); got != in[w] {
				t.Errorf("newWordSet(%q).has(%q) = %v", list, w, got)
			}
		}
	}
}

// TestScanASCIILetters holds the eight-at-a-time letter scan to a byte by
// byte one, at every offset of texts with words of every length near the
// eight-byte steps, capitals, the bytes next to the letters' ranges and
// the text's end within a step.
func TestScanASCIILetters(t *testing.T) {
	texts := []string{"", "a", "Abcdefgh", "abcdefghi", "abcdefghijklmnopq", "ABCDEFGHIJKLMNOPQR z",
		"@[`{aZ@[`{", "ab\xc3\xa9cd efGh", "a1b2 c-d e'f\x80g\xffh", "wordsWORDSwords!x", newstext.Generate(1 << 12)}
	for _, text := range texts {
		for i := 0; i < len(text); i++ {
			if !isASCIILetter(text[i]) {
				continue
			}
			end, pack, upper := i, uint64(0), false
			for ; end < len(text) && isASCIILetter(text[end]); end++ {
				if end-i < 8 {
					pack |= uint64(text[end]|0x20) << (8 * (end - i))
				}
				upper = upper || text[end] >= 'A' && text[end] <= 'Z'
			}
			if gEnd, gPack, gUpper := scanASCIILetters(text, i); gEnd != end || gPack != pack || gUpper != upper {
				t.Errorf("scanASCIILetters(%q, %d) = %d, %#x, %v; want %d, %#x, %v", text, i, gEnd, gPack, gUpper, end, pack, upper)
			}
		}
	}
}
