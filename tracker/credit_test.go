package tracker

import "testing"

// TestCredits reads credit lines in the forms outlets print them, and
// leaves a name that is only mentioned.
func TestCredits(t *testing.T) {
	cases := []struct {
		text, outlet string
		want         bool
	}{
		// Datelines and bracketed credits.
		{"HALDOR, Marenthia (Meridian Wire) - Floodwater kept 12,400 families from their homes on Tuesday.", "Meridian Wire", true},
		{"KESH (Reuters/Meridian Wire) — Aid convoys reached the camp.", "Meridian Wire", true},
		{"Kesh, 4 March (AFP, Meridian Wire): crossings rose again.", "Meridian Wire", true},
		{"NORTHPORT (Northern Courier) — The river crested overnight.", "The Northern Courier", true},
		// A closing dash, a source line, a byline's outlet.
		{"Relief flights resumed at dawn.\n— Meridian Wire", "Meridian Wire", true},
		{"Relief flights resumed at dawn. - AFP", "AFP", true},
		{"Aid agencies appealed for tents.\nSource: Meridian Wire", "Meridian Wire", true},
		{"Additional reporting by Ana Ruiz of Meridian Wire; editing by Tom Hale.", "Meridian Wire", true},
		{"This story was first published by the Northern Courier and is republished here.", "The Northern Courier", true},
		{"Copyright 2026 Meridian Wire. All rights reserved.", "Meridian Wire", true},
		{"© Meridian Wire 2026", "Meridian Wire", true},
		{"The Northern Courier contributed to this report.", "The Northern Courier", true},
		{"Reporting via Meridian Wire.", "Meridian Wire", true},
		// Mentions that credit nothing.
		{"A Meridian Wire crew was caught in the flooding near Kesh.", "Meridian Wire", false},
		{"Officials told Meridian Wire that 12,400 people had fled.", "Meridian Wire", false},
		{"The figure (12,400, Meridian Wire said) was later revised.", "Meridian Wire", false},
		{"Via the northern road, Meridian Wire's convoy reached Kesh.", "Meridian Wire", false},
		{"The source of the flooding, officials said, was the dam. Meridian Wire first reported it.", "Meridian Wire", false},
		{"Relief flights - Meridian Wire reports - resumed at dawn.", "Meridian Wire", false},
		{"HALDOR (Kesh Voice) — Floodwater kept families away.", "Meridian Wire", false},
		{"Meridian Wirefeed (Meridian Wirefeed) reported.", "Meridian Wire", false},
		{"NORTHPORT (AP) — Short names are read too.", "AP", true},
		{"The map app showed the flooded roads.", "AP", false},
	}
	for _, c := range cases {
		if got := credits(c.text, c.outlet); got != c.want {
			t.Errorf("credits(%q, %q) = %v, want %v", c.text, c.outlet, got, c.want)
		}
	}
}
