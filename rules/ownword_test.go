package rules

import (
	"slices"
	"testing"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// ownWordOf is ownWord of a one-sentence text.
func ownWordOf(text string) ([]float64, bool) {
	st := &docState{d: figures.Analyze(text)}
	return st.ownWord(&st.d.Sentences[0])
}

// TestOwnWordBefore reads the count a sentence says its figure changed
// from, in several outlets' styles (my own prose), and nothing from
// sentences that only set two figures side by side.
func TestOwnWordBefore(t *testing.T) {
	cases := []struct {
		text string
		want []float64
	}{
		{"About 62,010 people are now displaced across Haldor, up from the 61,250 the emergency office gave this morning.", []float64{61250}},
		{"Displaced: 62,010 (down from 63,400 at dawn), the provincial office says.", []float64{63400}},
		{"The agency revised its figure from 61,250 to 62,010 after counting two more shelters.", []float64{61250}},
		{"Officials raised their earlier count of 61,250 to 62,010 late on Tuesday.", []float64{61250}},
		{"The office now puts the number at 62,010, against a previous estimate of 61,250.", []float64{61250}},
		{"HALDOR FLOOD: 62,010 NOW HOMELESS, COMPARED WITH 61,250 AT NOON", []float64{61250}},
		{"SPOKESWOMAN: We now have 62,010 people in the centres, that's up from 61,250 when I last spoke to you.", []float64{61250}},
		// Two figures with no change between them.
		{"Of the 62,010 people displaced, 61,250 are in Haldor's northern districts.", nil},
		{"Some 62,010 people have fled, the office said, and 1,200 homes were lost.", nil},
		{"The count of 62,010 displaced people is the office's first.", nil},
		{"The earlier flood, in 2019, displaced 61,250 people.", nil},
	}
	for _, c := range cases {
		if got, _ := ownWordOf(c.text); !slices.Equal(got, c.want) {
			t.Errorf("ownWord(%q) before = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestOwnWordUpdates reads a claimant's later word on its own count,
// naming no earlier value, and leaves a count merely due later or
// another's.
func TestOwnWordUpdates(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"The emergency office raised its toll of displaced people to 62,010.", true},
		{"Haldor officials have revised their estimate, now saying 62,010 people are homeless.", true},
		{"The office later said 62,010 people had left their homes.", true},
		{"In a later statement, the office put the number at 62,010.", true},
		{"In its latest update the emergency office said 62,010 people were displaced.", true},
		{"The agency updated the figure to 62,010 on Tuesday evening.", true},
		{"Some 62,010 people are displaced, the office said, and a new count is expected later.", false},
		{"The office said 62,010 people were displaced; aid groups raised funds for tents.", false},
		{"The update on the dam came as 62,010 people waited in shelters.", false},
	}
	for _, c := range cases {
		if _, got := ownWordOf(c.text); got != c.want {
			t.Errorf("ownWord(%q) updates = %v, want %v", c.text, got, c.want)
		}
	}
}
