package rules

import (
	"testing"
	"time"
)

// TestStoryCountHeadline reads bare people counts as an article's first
// sentence under its headline (ExtractInArticle), with the shipped
// metrics: a headline names the story of every sentence, so only a figure
// whose own words say whose count it is (its people by the metric's scope,
// its speaker by the metric's description) takes the headline's count,
// and a headline naming another count beside it, or a count named in the
// sentence itself, leaves it (storycount.go).
func TestStoryCountHeadline(t *testing.T) {
	e := shipped(t).engine
	const (
		civilianToll = "Ukraine war: the civilian toll, two years on. KYIV (Wire) —"
		gazaToll     = "Gaza war: mediators meet in Doha as the toll mounts. DOHA (wire) —"
		injuredToo   = "Ukraine war: the civilian toll and the injured, two years on. LVIV (Wire) —"
		uprooted     = "Sudan's war: millions uprooted as the rains come. NAIROBI (wire) —"
		thousandsRun = "Sudan: thousands flee as fighting nears the capital. KHARTOUM (wire) —"
		armyUprooted = "Sudan's war: the RSF uprooted from the capital. NAIROBI (wire) —"
		insideOnly   = "Sudan's war: millions uprooted inside Sudan as the rains come. NAIROBI (wire) —"
		dozensFlee   = "Dozens displaced as the siege of a Sudanese city tightens. PORT SUDAN (wire) —"
		tensOfThous  = "Sudan: tens of thousands displaced as eastern rivers burst. KASSALA (wire) —"
		hundredsThou = "Hundreds of thousands fleeing as Sudan's war spreads, agencies warn. GENEVA (wire) —"
		scoresKilled = "Gaza: scores killed in overnight strikes, ministry says. CAIRO (wire) —"
		dozenFlee    = "Sudan: a dozen displaced as gunmen storm a river village. PORT SUDAN (wire) —"
		dozensOfCars = "Sudan: dozens of lorries displaced along the border road. KASSALA (wire) —"
	)
	for _, c := range []struct {
		text, article, metric string
		want                  float64 // 0: nothing
	}{
		{"ANCHOR: Roughly 12,450 civilians, the UN mission reports.", civilianToll, "ukraine_civilian_deaths", 12450},
		{"GUEST: We're talking, um, eleven thousand and ninety civilians, Tom.", civilianToll, "ukraine_civilian_deaths", 11090},
		{"REPORTER: Gaza's health ministry keeps saying close to forty-one thousand now, Ann.", gazaToll, "gaza_death_toll", 41000},
		// A speaker the metric does not name, of people it does not name.
		{"About 100,000 people, police said.", gazaToll, "gaza_death_toll", 0},
		{"Organisers are saying some 60,000 people now.", gazaToll, "gaza_death_toll", 0},
		// The headline names two counts; the people go on to a verb.
		{"ANCHOR: Roughly 12,450 civilians, the UN mission reports.", injuredToo, "ukraine_civilian_deaths", 0},
		{"ANCHOR: Roughly 31,000 civilians, the UN mission reports, were wounded.", civilianToll, "ukraine_civilian_deaths", 0},
		// A headline's verb of the metric names its people when a vague
		// count of them stands before it ("millions uprooted", "thousands
		// flee"); the speaker must still be the metric's (left40).
		{"The IOM is saying nearly eleven million now, Carol.", uprooted, "sudan_displaced", 11000000},
		{"CORRESPONDENT: The UN's saying about ten point two million now, Sam.", thousandsRun, "sudan_displaced", 10200000},
		{"Organisers are saying some 60,000 people now.", uprooted, "sudan_displaced", 0},
		// The headline's verb names no people, or a part the metric rules out.
		{"The IOM is saying nearly eleven million now, Carol.", armyUprooted, "sudan_displaced", 0},
		{"The IOM is saying nearly eight million now, Carol.", insideOnly, "sudan_displaced", 0},
		// The vague count is the figure finder's (left41): dozens, scores,
		// tens or hundreds of thousands, before a verb in -ed or -ing (a
		// bare "flee" reads as the noun keyword already).
		{"The IOM is saying nearly eleven million now, Carol.", dozensFlee, "sudan_displaced", 11000000},
		{"CORRESPONDENT: The UN's saying about ten point two million now, Sam.", tensOfThous, "sudan_displaced", 10200000},
		{"The IOM is saying nearly eleven million now, Carol.", hundredsThou, "sudan_displaced", 11000000},
		{"ANCHOR: Tonight the health ministry says just under forty-one thousand, Tom.", scoresKilled, "gaza_death_toll", 41000},
		// Near misses: a number that is no vague count ("a dozen"), and a
		// vague count of things, not of the verb's people.
		{"The IOM is saying nearly eleven million now, Carol.", dozenFlee, "sudan_displaced", 0},
		{"The IOM is saying nearly eleven million now, Carol.", dozensOfCars, "sudan_displaced", 0},
	} {
		var got float64
		for _, o := range e.ExtractInArticle(c.text, c.article, time.Time{}) {
			if o.Metric == c.metric {
				got = o.Values[0].Value
			}
		}
		if got != c.want {
			t.Errorf("%q under %q: %s %v, want %v", c.text, c.article, c.metric, got, c.want)
		}
	}
}
