package figures

import (
	"strings"
	"testing"
)

// TestShortNameBracket: an abbreviated company suffix's stop before the
// company's short name in brackets ends no sentence (namebracket.go); a
// bracket that opens a sentence, or one going on in capitals, still does.
func TestShortNameBracket(t *testing.T) {
	in := "Kansai Electric Power Co. (KEPCO) said 2,300 homes were dark. Pinecrest Holdings Inc. (PHI), a lender, cut 90 jobs. " +
		"The deal went to Kinsei Trading Co. (Osaka) Some 40 walked out. The order went to Daido Corp. (It was the only bid.)"
	got := sentenceTexts(in)
	want := []string{
		"Kansai Electric Power Co. (KEPCO) said 2,300 homes were dark.",
		"Pinecrest Holdings Inc. (PHI), a lender, cut 90 jobs.",
		"The deal went to Kinsei Trading Co.",
		"(Osaka) Some 40 walked out.",
		"The order went to Daido Corp.",
		"(It was the only bid.)",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences:\n got  %q\n want %q", got, want)
	}
}
