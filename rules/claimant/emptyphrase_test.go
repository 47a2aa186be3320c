package claimant

import (
	"testing"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestEmptyPhraseAtStart: readings of a phrase [s, e) that read its last
// word must ask its length first, as an empty phrase at the view's first
// token has no last word (toks[-1]). review27 found two of the round's
// that read it first and panicked.
func TestEmptyPhraseAtStart(t *testing.T) {
	f, err := New(Defaults())
	if err != nil {
		t.Fatal(err)
	}
	d := figures.Analyze("Officials said 12 people died.")
	sc := newScratch(f)
	sc.start(len(d.Sentences))
	v := newView(d, 0, sc)
	for _, tc := range []struct {
		name string
		read func() bool
	}{
		{"unitOwner", func() bool { _, _, ok := v.unitOwner(0, 0); return ok }},
		{"placedInitials", func() bool { return v.placedInitials(0, 0) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.read() {
				t.Errorf("%s of an empty phrase: true, want false", tc.name)
			}
		})
	}
}
