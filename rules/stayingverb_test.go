package rules

import "testing"

// TestStayingVerb: the verbs of staying are read from the shelter
// vocabulary and the verbs of keeping people, through the stemmer; a
// verb of what is done to people, or of counting them, is none.
func TestStayingVerb(t *testing.T) {
	for _, w := range []string{"living", "sheltering", "camped", "crammed", "housed", "trapped", "stranded", "huddled", "staying", "crowded", "squatting", "hosted"} {
		if !stayingVerb(w) {
			t.Errorf("stayingVerb(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"killed", "recorded", "registered", "uprooted", "reported", "wounded", "bombed", "taking", "seeking", "counted"} {
		if stayingVerb(w) {
			t.Errorf("stayingVerb(%q) = true, want false", w)
		}
	}
}
