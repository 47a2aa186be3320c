package wordform

import "testing"

// TestInflect pins the inflection rules a new verb would meet.
func TestInflect(t *testing.T) {
	forms := Inflect([]Verb{{Base: "testify"}, {Base: "stress"}, {Base: "agree"}, {Base: "go", Past: "went"}, {Base: "state"}})
	for w, want := range map[string]Form{
		"testifies": Finite, "testified": Finite, "testifying": Participle,
		"stresses": Finite, "agreed": Finite, "agreeing": Participle,
		"goes": Finite, "went": Finite, "going": Participle,
		"stated": Finite, "stating": Participle,
	} {
		if got := forms[w]; got != want {
			t.Errorf("Inflect %q = %d, want %d", w, got, want)
		}
	}
	for _, w := range []string{"testify", "go", "goed", "stateing", "state"} {
		if forms[w] != 0 {
			t.Errorf("Inflect made %q", w)
		}
	}
	s := Set([]Verb{{Base: "ask"}, {Base: "know", Past: "knew"}}, true, Finite)
	for _, w := range []string{"ask", "asks", "asked", "know", "knows", "knew"} {
		if !s[w] {
			t.Errorf("Set: no %q", w)
		}
	}
	if s["asking"] || len(s) != 6 {
		t.Errorf("Set: %v", s)
	}
}
