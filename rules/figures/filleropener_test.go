package figures

import "testing"

// TestFillerOpenersInVocabulary checks that every word FillerOpener
// accepts has a vocabulary id (vocabulary() adds fillerOpeners and
// fillerSounds), which the rules' sentence marks read it by.
func TestFillerOpenersInVocabulary(t *testing.T) {
	for _, w := range append(fillerOpeners[:], fillerSounds[:]...) {
		if VocabID(w) == 0 {
			t.Errorf("FillerOpener accepts %q, which has no vocabulary id (vocabulary() should add fillerOpeners and fillerSounds)", w)
		}
	}
}
