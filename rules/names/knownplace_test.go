package names

import (
	"strings"
	"testing"
)

// TestKnownPlaceAsMap holds KnownPlace, read from its wordset table with
// lower's copy skipped for a name with no capital (speed60), to the
// places' map: every listed name as listed, in capitals, split by a
// tab, and a letter short and long.
func TestKnownPlaceAsMap(t *testing.T) {
	places := knownPlaces()
	for n := range places {
		for _, v := range []string{n, strings.ToUpper(n), strings.ReplaceAll(n, " ", "\t"), n[:len(n)-1], n + "s"} {
			if got, want := KnownPlace(v), places[placeKey(v)]; got != want {
				t.Errorf("KnownPlace(%q) = %v, the map holds %v", v, got, want)
			}
		}
		if got := lower(n); got != n {
			t.Errorf("lower(%q) = %q", n, got)
		}
	}
}
