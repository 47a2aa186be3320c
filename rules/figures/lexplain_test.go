package figures

import (
	"slices"
	"testing"
)

// FuzzScanPlain lexes text by scanPlain's fast path and by the general loop
// alone, and requires the same tokens: scanPlain writes out, with no call,
// what the general loop reads by calls (the letters, the vocabulary probe,
// numbers, symbols and the space and break before each token), and where
// it stops it must hand over the state the loop would have carried.
// testdata/fuzz/FuzzScanPlain holds seeds at its edges: words of eight
// bytes and more, a word in the text's last eight bytes, URLs, exponents,
// ".5", non-ASCII after a word, line breaks.
func FuzzScanPlain(f *testing.F) {
	for _, s := range []string{"", "a", "The death toll rose to 34,000 on Sunday.",
		"international humanitarian organisations", "see www.example.org or http://x.y/1",
		"1.5e6 people, .5 of them", "Kyiv’s café 12,500\n\nnext line\r\n2,000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		fast := scanTokensVia(in, nil, true)
		general := scanTokensVia(in, nil, false)
		if !slices.Equal(fast, general) {
			for k := range min(len(fast), len(general)) {
				if fast[k] != general[k] {
					t.Fatalf("%q: token %d: scanPlain %+v, general loop %+v", in, k, fast[k], general[k])
				}
			}
			t.Fatalf("%q: scanPlain made %d tokens, the general loop %d", in, len(fast), len(general))
		}
	})
}
