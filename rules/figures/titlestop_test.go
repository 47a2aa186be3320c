package figures

import (
	"strings"
	"testing"
)

// TestTitleStopsEndNoSentence: an engineer's and a lawyer's titles,
// "Engr." and "Atty.", written before a name in the Philippine press and
// its transcripts' labels, end no sentence, as "Dr." and "Gov." do; a
// word written so that closes a sentence still ends it.
func TestTitleStopsEndNoSentence(t *testing.T) {
	in := "HOST: You mentioned 600 families. ENGR. PATRICIA LOYOLA, NHA: It's closer to 750 now. " +
		"Atty. Grace Villamor of the ERC said 1,200 megawatts were short. The plant hired an engr. Then it closed."
	got := sentenceTexts(in)
	want := []string{
		"HOST: You mentioned 600 families.",
		"ENGR. PATRICIA LOYOLA, NHA: It's closer to 750 now.",
		"Atty. Grace Villamor of the ERC said 1,200 megawatts were short.",
		"The plant hired an engr. Then it closed.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences:\n got %q\nwant %q", got, want)
	}
}
