package rules

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/claimtrack/claimtrack/rules/claimant"
)

// TestMetricTakesSomeClaimants runs testdata/claimants/restrict.yaml: a
// metric with claimants: takes only their figures, with
// exclude_claimants: all but theirs (unattributed figures included).
func TestMetricTakesSomeClaimants(t *testing.T) {
	raw, err := os.ReadFile("testdata/claimants/restrict.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Text   string     `yaml:"text"`
		Metric MetricSpec `yaml:"metric"`
		Cases  []struct {
			Name    string    `yaml:"name"`
			Only    []string  `yaml:"claimants"`
			Exclude []string  `yaml:"exclude_claimants"`
			Want    []float64 `yaml:"want"`
		} `yaml:"cases"`
	}
	if err := yaml.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			spec := f.Metric
			spec.Claimants, spec.ExcludeClaimants = c.Only, c.Exclude
			e, err := Compile([]MetricSpec{spec})
			if err != nil {
				t.Fatal(err)
			}
			var got []float64
			var who []string
			for _, o := range e.Extract(f.Text) {
				got = append(got, o.Main().Value)
				name := "unattributed"
				if o.Claimant != nil {
					name = o.Claimant.Name()
				}
				who = append(who, fmt.Sprintf("%v by %s", o.Main().Value, name))
			}
			if !slices.Equal(got, c.Want) {
				t.Errorf("took %v, want %v\n%s", got, c.Want, strings.Join(who, "\n"))
			}
		})
	}
}

func TestSpecClaimantKeysValidated(t *testing.T) {
	base := MetricSpec{ID: "killed", Keywords: []string{"killed"}}
	cases := []struct {
		name string
		edit func(*MetricSpec)
		want []string // fields with a problem
	}{
		{"by claimant", func(s *MetricSpec) { s.By = "claimant" }, nil},
		{"by outlet", func(s *MetricSpec) { s.By = "outlet" }, []string{"by"}},
		{"both lists", func(s *MetricSpec) { s.Claimants, s.ExcludeClaimants = []string{"un"}, []string{"hamas"} }, []string{"exclude_claimants"}},
		{"empty entry", func(s *MetricSpec) { s.Claimants = []string{"un", " "} }, []string{"claimants[1]"}},
		{"repeated words", func(s *MetricSpec) { s.ExcludeClaimants = []string{"The Ledger", "ledger's"} }, nil},
		{"repeated entry", func(s *MetricSpec) { s.ExcludeClaimants = []string{"Save the Children", "save the children"} }, []string{"exclude_claimants[1]"}},
	}
	for _, c := range cases {
		s := base
		c.edit(&s)
		var fields []string
		for _, e := range s.Validate() {
			fields = append(fields, e.Field)
		}
		if !slices.Equal(fields, c.want) {
			t.Errorf("%s: problems at %v, want %v (%v)", c.name, fields, c.want, s.Validate())
		}
	}
}

func TestSpecClaimantIDsKnown(t *testing.T) {
	s := MetricSpec{ID: "killed", Keywords: []string{"killed"}, Claimants: []string{"gaza_health_ministry", "gaza_health_minstry", "Save the Children", "ledger"}}
	known := []string{"gaza_health_ministry", "israeli_military", "un"}
	errs := s.CheckClaimantIDs(known)
	if len(errs) != 2 || errs[0].Field != "claimants[1]" || errs[1].Field != "claimants[3]" {
		t.Fatalf("problems: %v", errs)
	}
	if !strings.Contains(errs[0].Msg, "did you mean gaza_health_ministry?") {
		t.Errorf("a misspelt id gets a did-you-mean: %s", errs[0].Msg)
	}
	if !strings.Contains(errs[1].Msg, "known are gaza_health_ministry, israeli_military, un") {
		t.Errorf("an unknown id lists the known ones: %s", errs[1].Msg)
	}
}

func TestTakesClaimant(t *testing.T) {
	moh := &claimant.Claimant{ID: "gaza_health_ministry", Words: "Hamas-run health ministry"}
	stc := &claimant.Claimant{Words: "the Save the Children"}
	only := MetricSpec{Claimants: []string{"gaza_health_ministry"}}
	excl := MetricSpec{ExcludeClaimants: []string{"Save the Children"}}
	for _, c := range []struct {
		spec MetricSpec
		c    *claimant.Claimant
		want bool
	}{
		{MetricSpec{}, nil, true},
		{only, moh, true},
		{only, stc, false},
		{only, nil, false},
		{excl, stc, false},
		{excl, moh, true},
		{excl, nil, true},
	} {
		if got := c.spec.TakesClaimant(c.c); got != c.want {
			t.Errorf("%+v takes %+v: %v, want %v", c.spec, c.c, got, c.want)
		}
	}
}
