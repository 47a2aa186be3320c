package tracker

import (
	"testing"

	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/claimant"
)

// TestLowerCaseBodiesResolved: a body named only in lower case ("Kenya's
// interior ministry", "the health ministry") is a body named, and a
// reference with a kind's modifiers ("the health ministry") names the only
// body of its kind in the article whose name holds its words, even when
// that name comes after it; in wire copy, a British paper, a live blog,
// a transcript. Near misses: two ministries of two countries, a reference
// whose modifier the name lacks, a one-word reference before any name, a
// lower-case body in a sentence with no figure next to a named one.
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
		{"wire: the health ministry, then its name with the country",
			"The health ministry said on Monday that 1,204 people had died of the fever. By Tuesday evening, Spain's Health Ministry put the count at 1,350.",
			"", "health ministry", 1, "Spain's Health Ministry"},
		{"british: the ministry after a lower-case ministry that gave a figure",
			"Kenya's interior ministry said 48 people had drowned in the floods. The ministry added that 30 more were missing.",
			"Kenya's interior ministry", "ministry", 2, "Kenya's interior ministry"},
		{"british: a lower-case ministry named in a sentence with no figure",
			"Kenya's interior ministry has ordered schools shut in the flooded counties. The ministry said 48 people had drowned.",
			"", "ministry", 2, "Kenya's interior ministry"},
		{"live blog: the water agency after the region's water agency",
			"09:40 Murcia's water agency has cut supply to four towns.\n\n10:15 The agency said 22,000 homes were without water.",
			"", "agency", 2, "Murcia's water agency"},
		{"transcript: the health ministry, its name in full later",
			"ANCHOR: The health ministry is now saying 1,204 deaths. REPORTER: Yes, the Ministry of Health in Madrid confirmed 1,204 this morning.",
			"", "health ministry", 1, "Ministry of Health in Madrid"},
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
