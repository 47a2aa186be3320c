package names

import "testing"

func TestListedDemonym(t *testing.T) {
	for _, w := range []string{"Greek", "greek", "Thai", "thai", "Tamil"} {
		if !ListedDemonym(w) {
			t.Errorf("ListedDemonym(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"GREEK", "Greece", "Syrian", ""} {
		if ListedDemonym(w) {
			t.Errorf("ListedDemonym(%q) = true, want false", w)
		}
	}
}
