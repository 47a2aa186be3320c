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

func TestKnownPlace(t *testing.T) {
	for _, w := range []string{"Khan Younis", "khan younis", "ZAPORIZHZHIA", "Sudan", "Gaza City", "Türkiye", "El Fasher", "Europe", "americas", "Democratic Republic of the Congo", "Khan  Younis", "Khan\nYounis", " Sudan ", "Gaza\u00a0City"} {
		if !KnownPlace(w) {
			t.Errorf("KnownPlace(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"Magen David Adom", "Oxfam", "Khan", ""} {
		if KnownPlace(w) {
			t.Errorf("KnownPlace(%q) = true, want false", w)
		}
	}
}

func TestKnownCapital(t *testing.T) {
	for _, w := range []string{"Kyiv", "Kiev", "damascus", "Ankara", "Khartoum", "Gaza\u00a0City", "gaza\n city"} {
		if !KnownCapital(w) {
			t.Errorf("KnownCapital(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"Kharkiv", "Ukraine", "Aleppo", "Oxfam", ""} {
		if KnownCapital(w) {
			t.Errorf("KnownCapital(%q) = true, want false", w)
		}
	}
}

func TestCountryOf(t *testing.T) {
	for name, want := range map[string]string{"omdurman": "sudan", "port sudan": "sudan", "kiev": "ukraine", "kyiv": "ukraine", "rafah": "gaza", "jerusalem": "israel", "el fashir": "sudan"} {
		if got, ok := CountryOf(name); !ok || got != want {
			t.Errorf("CountryOf(%q) = %q, %v, want %q", name, got, ok, want)
		}
	}
	for _, name := range []string{"sudan", "lebanon", "oxfam", "washington", ""} {
		if got, ok := CountryOf(name); ok {
			t.Errorf("CountryOf(%q) = %q, want none", name, got)
		}
	}
}
