package wordset

import "testing"

// TestTableAsMap: a Table answers every word as the map it was made of,
// for words it holds and words it does not, of every length.
func TestTableAsMap(t *testing.T) {
	m := map[string]int{"": 7, "a": 1, "of": 2, "said": 3, "estimate": 4, "estimates": 5, "internationally": 6,
		"counterinsurgency": 8, "counterinsurgencies": 9,
		"to": 10, "the": 11, "toll": 12, "among": 13, "people": 14, "dropped": 15}
	tab := New(m)
	asks := []string{"", "a", "b", "of", "on", "said", "says", "estimate", "estimated", "estimates", "estimatex",
		"internationally", "internationallx", "counterinsurgency", "counterinsurgencz", "counterinsurgencies", "x\x00", "a\x00",
		"to", "ot", "tt", "the", "tho", "toll", "tola", "among", "amonj", "people", "peoplf", "dropped", "droppes", "xropped"}
	for _, w := range asks {
		want, wantOK := m[w]
		got, ok := tab.Get(w)
		if got != want || ok != wantOK {
			t.Errorf("Get(%q) = %v, %v; the map says %v, %v", w, got, ok, want, wantOK)
		}
	}
	if New(map[string]bool{}).Has("a") {
		t.Error("an empty table holds a word")
	}
}
