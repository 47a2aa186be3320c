package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestShippedVocabulariesParse(t *testing.T) {
	v, err := ShippedVocabularies()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"deaths", "injuries", "displacement", "shelter", "refugees", "hostages", "prisoners", "aid", "military_aid", "arms_sales", "returns"} {
		voc, ok := v.Lookup(name)
		if !ok || len(voc.Phrases) == 0 || voc.Description == "" {
			t.Errorf("@%s: missing, empty or undescribed: %+v", name, voc)
		}
	}
}

func TestVocabularyFileErrorsHaveLines(t *testing.T) {
	path := filepath.Join("testdata", "vocab", "broken_list.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, errs := ParseVocabulary(path, data)
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{
		path + ":4: phrases: \"kil*led\": * is allowed only at the end",
		path + ":5: phrases: \"@deaths\": a vocabulary lists words and phrases",
		path + ":6: phrases: empty phrase",
		path + ":7: unknown key \"colour\"",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("want an error %q; got:\n%s", want, all)
		}
	}
}

func TestVocabulariesWithChanges(t *testing.T) {
	shipped, err := ShippedVocabularies()
	if err != nil {
		t.Fatal(err)
	}
	v, errs := shipped.With(map[string]VocabularySpec{
		"deaths":   {Add: []string{"were martyred"}, Remove: []string{"bodies"}},
		"strikes":  {Description: "Air strikes", Phrases: []string{"air strikes", "airstrikes"}},
		"hostages": {Remove: []string{"no such entry"}},
		"nothing":  {Add: []string{"x"}},
		"Bad-Name": {Phrases: []string{"x"}},
	}, Origin{File: "config.yaml", Line: 3})
	var fields []string
	for _, e := range errs {
		fields = append(fields, e.Field)
	}
	if strings.Join(fields, " ") != "Bad-Name hostages.remove[0] nothing" {
		t.Errorf("error fields: %q (%v)", fields, errs)
	}
	d, _ := v.Lookup("deaths")
	if !contains(d.Phrases, "were martyred") || contains(d.Phrases, "bodies") {
		t.Errorf("@deaths not changed: %v", d.Phrases)
	}
	if orig, _ := shipped.Lookup("deaths"); contains(orig.Phrases, "were martyred") || !contains(orig.Phrases, "bodies") {
		t.Errorf("the shipped @deaths changed too: %v", orig.Phrases)
	}
	if s, ok := v.Lookup("strikes"); !ok || len(s.Phrases) != 2 || s.Origin.File != "config.yaml" {
		t.Errorf("@strikes: %+v", s)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestUnknownVocabularyIsAnError(t *testing.T) {
	s := MetricSpec{ID: "toll", Keywords: []string{"@death"}, ExcludeNear: []string{"@woundings"}}
	errs := s.Validate()
	if len(errs) != 2 || errs[0].Field != "keywords[0]" || !strings.Contains(errs[0].Msg, "did you mean @deaths?") ||
		errs[1].Field != "exclude_near[0]" || !strings.Contains(errs[1].Msg, "claimtrack rules vocab") {
		t.Errorf("got %v", errs)
	}
}

func TestRequireAndSinceAreChecked(t *testing.T) {
	s := MetricSpec{ID: "aid", Keywords: []string{"@military_aid"}, Require: []string{"@per_yer"}, Since: StartDate{Year: 23}}
	errs := s.Validate()
	var fields []string
	for _, e := range errs {
		fields = append(fields, e.Field+": "+e.Msg)
	}
	got := strings.Join(fields, "\n")
	if len(errs) != 2 || !strings.Contains(got, "require[0]: ") || !strings.Contains(got, "did you mean @per_year?") ||
		!strings.Contains(got, "since: 23 is not a year") {
		t.Errorf("got %v", errs)
	}
}

// TestCurrencyUnitWantsMoneyKind: a metric with a currency for its unit
// and kind: count contradicts itself, and check says what to write
// (user45b); with no kind it is a sum (currency_unit_money.yaml).
func TestCurrencyUnitWantsMoneyKind(t *testing.T) {
	s := MetricSpec{ID: "insured_losses", Kind: "count", Unit: "USD", Keywords: []string{"insured losses"}}
	if errs := s.Validate(); len(errs) != 1 || errs[0].Field != "unit" || !strings.Contains(errs[0].Msg, "write kind: money") {
		t.Errorf("got %v", errs)
	}
	for _, s := range []MetricSpec{
		{ID: "losses", Unit: "USD", Keywords: []string{"insured losses"}},
		{ID: "aid", Kind: "money", Unit: "USD", Keywords: []string{"aid"}},
		{ID: "toll", Unit: "people", Keywords: []string{"@deaths"}},
	} {
		if errs := s.Validate(); len(errs) != 0 {
			t.Errorf("%s: got %v, want no problem", s.ID, errs)
		}
	}
}

// FuzzParseVocabulary: any file is parsed or refused with a line, and what
// it accepts builds phrases an engine can compile and run.
func FuzzParseVocabulary(f *testing.F) {
	for _, p := range []string{filepath.Join("vocab", "deaths.yaml"), filepath.Join("testdata", "vocab", "broken_list.yaml")} {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, "The toll climbed to 33,000, with 7,000 wounded.")
		}
	}
	f.Add([]byte("description: x\nphrases: [\"=\", \"*\", \"a*b\", \"@x\", \"=lives*\"]\n"), "33,000 lives")
	f.Fuzz(func(t *testing.T, data []byte, text string) {
		voc, errs := ParseVocabulary("fuzz.yaml", data)
		for _, err := range errs {
			if !strings.HasPrefix(err.Error(), "fuzz.yaml:") {
				t.Fatalf("error without a position: %v", err)
			}
		}
		if len(errs) > 0 {
			return
		}
		v := &Vocabularies{byName: map[string]Vocabulary{"fuzz": voc}}
		e, err := Compile([]MetricSpec{{ID: "m", Keywords: []string{"@fuzz"}, ExcludeNear: []string{"@fuzz"}, Vocabularies: v}})
		if err != nil {
			t.Fatalf("accepted vocabulary %q does not compile: %v", voc.Phrases, err)
		}
		for _, o := range e.Extract(text) {
			if o.QuoteStart < 0 || o.QuoteEnd > len(text) || len(o.Values) == 0 {
				t.Fatalf("bad observation %+v", o)
			}
		}
		e.Explain(text)
	})
}
