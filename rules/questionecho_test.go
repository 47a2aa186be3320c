package rules

import (
	"testing"

	"gopkg.in/yaml.v3"
)

// TestAnswerEchoesQuestion holds one figure per question and answer when
// the answer says back the question's figure (questionecho.go): an
// example file cannot say so, as an example holds when any observation
// matches.
func TestAnswerEchoesQuestion(t *testing.T) {
	var specs []MetricSpec
	if err := yaml.Unmarshal([]byte(`
- id: toll
  name: Gaza death toll
  description: Palestinians killed in Gaza since 7 October 2023.
  unit: people
  total: true
  keywords: ["@deaths"]
  scope: [Gaza]
  window: 10
  min: 1000
`), &specs); err != nil {
		t.Fatal(err)
	}
	e, err := Compile(specs)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want []float64
	}{
		// the answer says back the question's figure: the question's alone
		{"HOST: So Gaza's health ministry is now saying — what — thirty-eight thousand killed? CORRESPONDENT: Thirty-eight thousand, yes, and the UN uses it too.", []float64{38000}},
		{"ANCHOR: The ministry in Gaza puts the dead at forty thousand now? GUEST: Forty thousand. That's right.", []float64{40000}},
		{"Q: Is it true that more than 30,000 people have died in Gaza? A: More than 30,000, according to the health ministry.", []float64{30000}},
		// near negatives: another figure in the answer, no figure in the question
		{"HOST: Gaza's ministry said thirty-eight thousand killed? CORRESPONDENT: Forty thousand, as of this morning.", []float64{38000, 40000}},
		{"HOST: How many have been killed in Gaza? CORRESPONDENT: Thirty-eight thousand, according to the ministry.", []float64{38000}},
	} {
		obs := e.Extract(c.text)
		var got []float64
		for _, o := range obs {
			got = append(got, o.Main().Value)
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: got %v, want %v", c.text, got, c.want)
				break
			}
		}
	}
}
