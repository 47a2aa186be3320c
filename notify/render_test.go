package notify

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/model"
)

func TestReadingsTextShowsWordsAndValue(t *testing.T) {
	lo, hi := 10000.0, 99999.0
	for _, c := range []struct {
		r    model.Reading
		want string
	}{
		{model.Reading{Name: "value", Value: 32000, Text: "more than 32,000", Qualifier: "more_than"}, "more than 32,000"},
		{model.Reading{Name: "value", Value: 1.4e6, Text: "1.4 million"}, "1.4 million (1,400,000)"},
		{model.Reading{Name: "value", Value: 3.3e9, Text: "$3.3 billion", Unit: "USD"}, "$3.3 billion (USD 3,300,000,000)"},
		{model.Reading{Name: "value", Value: 50000, Low: &lo, High: &hi, Text: "tens of thousands", Qualifier: "vague"}, "tens of thousands (10,000–99,999)"},
		{model.Reading{Name: "prisoners", Value: 700, Text: "some 700", Qualifier: "approximately"}, "prisoners: some 700"},
		{model.Reading{Name: "value", Value: 33091}, "33,091"},
		{model.Reading{Name: "value", Value: 32000, Text: "More than 32,000", Qualifier: "more_than"}, "more than 32,000"},
		{model.Reading{Name: "value", Value: 4, Text: "Four"}, "four (4)"},
		{model.Reading{Name: "value", Value: 3e9, Text: "USD 3 billion", Unit: "USD"}, "USD 3 billion (USD 3,000,000,000)"},
	} {
		if got := ReadingsText([]model.Reading{c.r}); got != c.want {
			t.Errorf("%+v: %q, want %q", c.r, got, c.want)
		}
	}
}

func TestDeltaText(t *testing.T) {
	if got := DeltaText(32000, 33091); got != "+1,091, +3.4%" {
		t.Errorf("rise: %q", got)
	}
	if got := DeltaText(33091, 30100); got != "−2,991, −9.0%" {
		t.Errorf("fall: %q", got)
	}
	if got := DeltaText(5, 5); got != "" {
		t.Errorf("same: %q", got)
	}
}

func TestTruncate(t *testing.T) {
	s := strings.Repeat("Officials said the toll rose again. ", 100)
	got := Truncate(s, 120)
	if n := utf8.RuneCountInString(got); n > 120 || !strings.HasSuffix(got, "…") {
		t.Errorf("%d characters: %q", n, got)
	}
	if strings.HasSuffix(strings.TrimSuffix(got, "…"), " ") || strings.Contains(got, "tol…") {
		t.Errorf("cut mid-word or after a space: %q", got)
	}
	if Truncate("short", 10) != "short" {
		t.Error("short text changed")
	}
	if got := Truncate(strings.Repeat("é", 50), 10); utf8.RuneCountInString(got) != 10 || !utf8.ValidString(got) {
		t.Errorf("multi-byte: %q", got)
	}
}

func TestTemplatesAreChecked(t *testing.T) {
	if err := CheckTemplate("change", "{{.Metric}} {{.NoSuchField}}"); err == nil || !strings.Contains(err.Error(), "NoSuchField") {
		t.Errorf("unknown field: %v", err)
	}
	if err := CheckTemplate("change_title", "{{.Metric"); err == nil {
		t.Error("syntax error passed")
	}
	for name, text := range DefaultTemplates {
		if err := CheckTemplate(name, text); err != nil {
			t.Errorf("default %s: %v", name, err)
		}
	}
}

func TestConsoleRendersEveryKind(t *testing.T) {
	r, err := NewRenderer(map[string]string{"change_title": "Now {{.NewText}}"}, Plain)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range SampleEvents() {
		m, err := r.Render(e)
		if err != nil || m.Title == "" || m.Body == "" {
			t.Errorf("%s: %+v %v", e.Kind, m, err)
		}
		if e.Kind == model.EventChange && !e.Payload.Correction && (m.Title != "Now 33,091" || !strings.Contains(m.Body, "Example Daily https://example.org/daily/ministry-update")) {
			t.Errorf("change: %+v", m)
		}
	}
}

func TestTemplateErrorNamesFieldsNotTypes(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"change", "{{.OldText}} → {{.Metrik}}", "unknown field Metrik in template change (line 1): did you mean Metric? fields: Kind, Key, Metric, MetricID,"},
		{"first_title", "{{.Metric}}\n{{.newtext}}", "unknown field newtext in template first_title (line 2): did you mean NewText? fields:"},
		{"change", "{{.Zebra}}", "unknown field Zebra in template change (line 1): fields: Kind,"},
		{"conflict", "{{.Metric.Name}}", "unknown field Name in template conflict (line 1): the fields are text or numbers"},
	} {
		err := CheckTemplate(c.name, c.text)
		if err == nil {
			t.Errorf("%q: no error", c.text)
			continue
		}
		if !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q:\n got  %v\n want %s", c.text, err, c.want)
		}
		if strings.Contains(err.Error(), "notify.") || strings.Contains(err.Error(), "can't evaluate") {
			t.Errorf("%q: names an internal type: %v", c.text, err)
		}
	}
}

// TestMessagesSayWhoClaims: a message names the claimant and the outlet
// relaying it, the outlet alone when unattributed; a conflict says what
// it is between; a metric judged by claimant names the claimant in the
// title, so each claimant's line in the thread reads on its own.
func TestMessagesSayWhoClaims(t *testing.T) {
	r, err := NewRenderer(nil, Plain)
	if err != nil {
		t.Fatal(err)
	}
	at := SampleEvents()[1].Created
	obs := func(outlet, text string, value float64) *model.Observation {
		return &model.Observation{Metric: "toll", Outlet: outlet, URL: "https://example.org/" + outlet, Published: at, Quote: "q",
			Readings: []model.Reading{{Name: "value", Value: value, Text: text}}}
	}
	for _, c := range []struct {
		name  string
		kind  model.EventKind
		p     model.EventPayload
		title string
		body  []string
	}{
		{"attributed change", model.EventChange, model.EventPayload{MetricName: "Death toll", Old: obs("Harbour Post", "32,916", 32916), New: obs("Gulf Courier", "33,091", 33091),
			Agreeing: 1, AgreeingClaimants: 1, Claimant: "the health ministry", OldClaimant: "the health ministry"},
			"Death toll: 33,091", []string{"32,916 → *33,091* (+175, +0.5%), the health ministry via Gulf Courier", "· 1 outlet so far"}},
		{"unattributed change", model.EventChange, model.EventPayload{MetricName: "Death toll", Old: obs("Harbour Post", "32,916", 32916), New: obs("Gulf Courier", "33,091", 33091), Agreeing: 1},
			"Death toll: 33,091", []string{"(+175, +0.5%), Gulf Courier\n"}},
		{"between claimants", model.EventConflict, model.EventPayload{MetricName: "Death toll", Old: obs("Gulf Courier", "33,091", 33091), New: obs("Ledger", "30,500", 30500),
			Conflict: model.ConflictClaimants, Claimant: "Ledger", OldClaimant: "the health ministry"},
			"Death toll: claimants disagree", []string{"*30,500*, Ledger's own figure, against the accepted *33,091*, the health ministry via Gulf Courier: claimants disagree."}},
		{"within one claimant", model.EventConflict, model.EventPayload{MetricName: "Death toll", Old: obs("Gulf Courier", "33,091", 33091), New: obs("Ledger", "30,500", 30500),
			Conflict: model.ConflictWithinClaimant, Claimant: "the health ministry", OldClaimant: "the health ministry"},
			"Death toll: reports of the health ministry's figure disagree", []string{"*30,500*, the health ministry via Ledger, against"}},
		{"unattributed conflict", model.EventConflict, model.EventPayload{MetricName: "Death toll", Old: obs("Gulf Courier", "33,091", 33091), New: obs("Ledger", "30,500", 30500),
			Conflict: model.ConflictOutlets, OldClaimant: "the health ministry"},
			"Death toll: outlets disagree", []string{"*30,500*, Ledger, against the accepted *33,091*, the health ministry via Gulf Courier: outlets disagree."}},
		{"the outlet's own count", model.EventConflict, model.EventPayload{MetricName: "Death toll", Old: obs("Gulf Courier", "33,091", 33091), New: obs("Northern Ledger", "30,500", 30500),
			Conflict: model.ConflictClaimants, Claimant: "Ledger", OldClaimant: "the health ministry"},
			"Death toll: claimants disagree", []string{"*30,500*, Northern Ledger's own figure, against"}},
		{"by claimant", model.EventFirst, model.EventPayload{MetricName: "Death toll", New: obs("Gulf Courier", "13,000", 13000), ByClaimant: "the Israeli military", Claimant: "the Israeli military"},
			"Death toll (the Israeli military): 13,000", []string{"First reading for the Israeli military: *13,000*, the Israeli military via Gulf Courier"}},
		{"text again", model.EventSourceTextBack, model.EventPayload{Source: "herald", NoText: 5},
			"Source herald gives text again", []string{"Source *herald* gives text again: after 5 articles in a row that gave almost no text"}},
	} {
		m, err := r.Render(model.Event{Kind: c.kind, Metric: "toll", Payload: c.p})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if m.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.name, m.Title, c.title)
		}
		for _, want := range c.body {
			if !strings.Contains(m.Body, want) {
				t.Errorf("%s: body lacks %q:\n%s", c.name, want, m.Body)
			}
		}
	}
}

func TestSupportCountsOutletsAndClaimants(t *testing.T) {
	for _, c := range []struct {
		outlets, claimants int
		want               string
	}{
		{1, 1, "1 outlet so far"},
		{4, 1, "4 outlets agree, relaying 1 claimant"},
		{3, 2, "3 outlets agree, 2 independent claimants"},
		{2, 0, "2 outlets agree"},
	} {
		if got := SupportText(c.outlets, c.claimants); got != c.want {
			t.Errorf("%d outlets, %d claimants: %q, want %q", c.outlets, c.claimants, got, c.want)
		}
	}
}

// TestNewYearFirstReadingNamesTheYear: a since: year total's first reading
// of a new year says which year's count it begins and the last figure before
// it, dated (the count may have slept a year or more: review53 S8); "First
// reading" alone read as a metric new to the channel.
func TestNewYearFirstReadingNamesTheYear(t *testing.T) {
	r, err := NewRenderer(nil, Plain)
	if err != nil {
		t.Fatal(err)
	}
	e := SampleEvents()[0]
	p := e.Payload
	p.Old = SampleEvents()[1].Payload.New
	p.Year = 2027
	e.Payload = p
	m, err := r.Render(e)
	if err != nil || !strings.Contains(m.Body, "First reading of 2027: *more than 32,000*") ||
		!strings.Contains(m.Body, "the last figure before it: 33,091, published 14 Mar 2026 09:30 UTC") || !strings.HasSuffix(m.Title, "more than 32,000 in 2027") {
		t.Errorf("%+v %v", m, err)
	}
	e.Payload.Year = 0
	if m, _ := r.Render(e); strings.Contains(m.Body, "starts again") || strings.Contains(m.Title, " in ") {
		t.Errorf("an ordinary first reading: %+v", m)
	}
}

// TestAnotherExchangeRendered: a change that is another exchange is told
// as the next one, with the one before named, not as an arrow from it.
func TestAnotherExchangeRendered(t *testing.T) {
	r, err := NewRenderer(nil, Plain)
	if err != nil {
		t.Fatal(err)
	}
	h1, p1, h2, p2 := 3.0, 90.0, 4.0, 120.0
	old := &model.Observation{Outlet: "Gulf Courier", Readings: []model.Reading{{Name: "hostages", Value: h1}, {Name: "prisoners", Value: p1}}}
	next := &model.Observation{Outlet: "Harbour Post", Readings: []model.Reading{{Name: "hostages", Value: h2}, {Name: "prisoners", Value: p2}}}
	m, err := r.Render(model.Event{Kind: model.EventChange, Metric: "swaps", Payload: model.EventPayload{MetricName: "Swaps", Old: old, New: next, Another: true, Claimant: "Israel's prime minister's office", OldClaimant: "Hamas"}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(m.Body, "Another exchange: *hostages") || !strings.Contains(m.Body, "the one before: hostages") || !strings.Contains(m.Body, "Hamas via Gulf Courier") || strings.Contains(m.Body, "→") {
		t.Errorf("body %q", m.Body)
	}
	if !strings.HasSuffix(m.Title, "(another exchange)") {
		t.Errorf("title %q", m.Title)
	}
}
