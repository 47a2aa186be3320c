package tracker

import (
	"testing"

	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/claimant"
)

// TestLowerCaseBodiesResolved: a body named only in lower case ("Kenya's
// interior ministry", "Murcia's water agency") is a body named, and a
// reference takes it up as it does a capitalised name; in wire copy, a
// British paper, a live blog, a transcript. Near misses: two ministries of
// two countries, a modifier the name lacks, a body named only after the
// reference, a name inside a longer name, a reference whose sentence names
// another place, a day's possessive, a lower-case body of another kind.
func TestLowerCaseBodiesResolved(t *testing.T) {
	finder, err := claimant.New(claimant.Defaults())
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text string
		earlier    string // an earlier figure's claimant words ("" none)
		ref        string // the reference's words
		n          int    // its occurrence
		wantWords  string // "" keeps the reference as written
	}{
		{"british: the ministry after a lower-case ministry that gave a figure",
			"Kenya's interior ministry said 48 people had drowned in the floods. The ministry added that 30 more were missing.",
			"Kenya's interior ministry", "ministry", 2, "Kenya's interior ministry"},
		{"british: a lower-case ministry named in a sentence with no figure",
			"Kenya's interior ministry has ordered schools shut in the flooded counties. The ministry said 48 people had drowned.",
			"", "ministry", 2, "Kenya's interior ministry"},
		{"live blog: the water agency after the region's water agency",
			"09:40 Murcia's water agency has cut supply to four towns.\n\n10:15 The agency said 22,000 homes were without water.",
			"", "agency", 2, "Murcia's water agency"},
		{"transcript: the health ministry after the body's lower-case name",
			"HOST: Spain's health ministry has been slow to publish. REPORTER: Yes, but the health ministry now says 1,204 people have died.",
			"", "health ministry", 2, "Spain's health ministry"},
		{"near miss: two countries' ministries before the ministry",
			"Spain's health ministry said 1,600 people had died. Portugal's health ministry said 310 had died. The ministry said the toll would rise.",
			"Spain's health ministry", "ministry", 3, ""},
		{"near miss: the health ministry before two countries' Health Ministries",
			"The health ministry said 1,204 people had died. Spain's Health Ministry and Portugal's Health Ministry met on Friday.",
			"", "health ministry", 1, ""},
		{"near miss: a modifier the later name lacks",
			"The defence ministry said 40 soldiers had died. Spain's Health Ministry said 1,350 people had died.",
			"", "defence ministry", 1, ""},
		{"near miss: a modifier the earlier name lacks",
			"Officials at the Ministry of Water Resources met donors on Monday. The health ministry said 412 people had fallen ill.",
			"", "health ministry", 1, ""},
		// review48 M1: a body named only after the reference is not taken.
		{"near miss: the health ministry, then a country's name for one",
			"The health ministry said on Monday that 1,204 people had died of the fever. By Tuesday evening, Spain's Health Ministry put the count at 1,350.",
			"", "health ministry", 1, ""},
		{"near miss: wire, a second country's ministry after",
			"The health ministry said 40 people were killed in overnight strikes on the camp. Separately, Israel's Health Ministry said 12 Israelis were treated for shock.",
			"", "health ministry", 1, ""},
		{"near miss: transcript, another country's foreign ministry after",
			"HOST: The foreign ministry says 300 of its citizens have left. GUEST: And Egypt's foreign ministry says 120 crossed at the border today.",
			"", "foreign ministry", 1, ""},
		// review48 M2: a name inside a longer name is another body; a
		// reference whose sentence names another place.
		{"near miss: a federal and a state ministry before the ministry",
			"The Ministry of Health said 300 people had died of cholera. The Khartoum State Ministry of Health said 120 of them died in the capital. The ministry said the toll would rise.",
			"", "ministry", 1, ""},
		{"near miss: the reference's sentence names another place",
			"Lebanon's health ministry said 12 people were killed in the strikes. The health ministry said the toll in Gaza had passed 40,000.",
			"Lebanon's health ministry", "health ministry", 2, ""},
		// review48 M9: a capitalised name is taken up as on main, whatever
		// its sentence names.
		{"a capitalised name, an outlet in the reference's sentence",
			"Spain's Health Ministry said 1,200 people had died. The ministry told Reuters that 300 more were in hospital.",
			"", "ministry", 1, "Spain's Health Ministry"},
		{"a capitalised name, a town in the reference's sentence",
			"Gaza's Health Ministry said on Sunday that 40 people were killed. The ministry said most died in Khan Younis.",
			"", "ministry", 1, "Gaza's Health Ministry"},
		{"a lower-case name, an outlet in the reference's sentence",
			"Kenya's interior ministry said 48 people had drowned. The ministry told Reuters that 30 more were missing.",
			"Kenya's interior ministry", "ministry", 2, "Kenya's interior ministry"},
		{"near miss: a day's possessive is no place",
			"Sunday's police briefing was cut short by the storm. The police said 14 people were hurt.",
			"", "police", 2, ""},
		{"near miss: a lower-case body of another kind",
			"Spain's civil protection agency sent crews to Valencia. The ministry said 62 roads were shut.",
			"", "ministry", 1, ""},
	}
	for _, c := range cases {
		var obs []rules.Observation
		if c.earlier != "" {
			obs = append(obs, rules.Observation{Metric: "m", Claimant: claimantAt(t, c.text, c.earlier, 1, "")})
		}
		ref := claimantAt(t, c.text, c.ref, c.n, "")
		obs = append(obs, rules.Observation{Metric: "m", Claimant: ref})
		written := resolveBareReferences(c.text, obs, finder)
		got := obs[len(obs)-1].Claimant
		if c.wantWords == "" {
			if got != ref || written[got] != "" {
				t.Errorf("%s: resolved to %q, want %q as written", c.name, got.Words, c.ref)
			}
			continue
		}
		if got.Words != c.wantWords || written[got] != c.ref || c.text[got.Start:got.End] != got.Words {
			t.Errorf("%s: got %q (written %q), want %q written %q", c.name, got.Words, written[got], c.wantWords, c.ref)
		}
	}
}
