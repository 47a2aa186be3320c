package notify

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"
	"text/template"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// DefaultTemplates are the message texts per event kind; config
// `templates:` replaces any of them. They receive a View.
var DefaultTemplates = map[model.EventKind]string{
	model.EventChange: `*{{.Metric}}*: {{.OldText}} → {{.NewText}}{{with .Delta}} ({{.}}){{end}}
> {{.Quote}}
— {{.Outlet}}, {{.Published}} {{.URL}}{{if gt .Agreeing 1}}
{{.Agreeing}} outlets agree.{{end}}`,
	model.EventFirst: `*{{.Metric}}*: first reading {{.NewText}}
> {{.Quote}}
— {{.Outlet}}, {{.Published}} {{.URL}}`,
	model.EventConflict: `*{{.Metric}}*: outlets disagree: {{.Outlet}} says {{.NewText}}, {{.OldOutlet}} said {{.OldText}}
> {{.Quote}}
— {{.Outlet}}, {{.Published}} {{.URL}}
> {{.OldQuote}}
— {{.OldOutlet}}, {{.OldPublished}} {{.OldURL}}`,
	model.EventDecrease: `*{{.Metric}}*: possible correction or misreading: {{.Outlet}} gives {{.NewText}}, lower than {{.OldText}}{{with .Delta}} ({{.}}){{end}}. This total should only rise; check the source.
> {{.Quote}}
— {{.Outlet}}, {{.Published}} {{.URL}}`,
	model.EventSourceFailing: `Source *{{.Source}}* is failing ({{.Failures}} attempts in a row): {{.Error}}
claimtrack keeps retrying; figures from this source will be missing until it recovers.`,
	model.EventSourceRecovered: `Source *{{.Source}}* is working again.`,
}

// View is what a template sees.
type View struct {
	Kind                                  model.EventKind
	Metric, Unit                          string
	NewText, OldText                      string // as written and normalised: "more than 32,000"
	Delta                                 string // "+1,091, +3.4%"
	Quote, Outlet, URL, Title, Published  string
	OldQuote, OldOutlet, OldURL, OldTitle string
	OldPublished                          string
	Agreeing                              int
	Source, Error                         string
	Failures                              int
}

// Renderer turns events into text.
type Renderer struct {
	t map[model.EventKind]*template.Template
}

// NewRenderer compiles the default templates with overrides from config,
// keyed by event kind name.
func NewRenderer(overrides map[string]string) (*Renderer, error) {
	r := &Renderer{t: map[model.EventKind]*template.Template{}}
	for kind, text := range DefaultTemplates {
		if o, ok := overrides[string(kind)]; ok {
			text = o
		}
		t, err := template.New(string(kind)).Option("missingkey=error").Parse(text)
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", kind, err)
		}
		r.t[kind] = t
	}
	return r, nil
}

// Text renders an event.
func (r *Renderer) Text(e model.Event) (string, error) {
	t, ok := r.t[e.Kind]
	if !ok {
		return "", fmt.Errorf("no template for event kind %q", e.Kind)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, ViewOf(e)); err != nil {
		return "", fmt.Errorf("render %s: %w", e.Kind, err)
	}
	return strings.TrimSpace(b.String()), nil
}

// ViewOf derives what messages show from an event.
func ViewOf(e model.Event) View {
	p := e.Payload
	v := View{Kind: e.Kind, Metric: p.MetricName, Unit: p.Unit, Agreeing: p.Agreeing, Source: p.Source, Error: p.Error, Failures: p.Failures}
	if v.Metric == "" {
		v.Metric = e.Metric
	}
	if o := p.New; o != nil {
		v.NewText = ReadingsText(o.Readings)
		v.Quote, v.Outlet, v.URL, v.Title, v.Published = o.Quote, o.Outlet, o.URL, o.Title, when(o.Published)
	}
	if o := p.Old; o != nil {
		v.OldText = ReadingsText(o.Readings)
		v.OldQuote, v.OldOutlet, v.OldURL, v.OldTitle, v.OldPublished = o.Quote, o.Outlet, o.URL, o.Title, when(o.Published)
		if p.New != nil && len(o.Readings) == 1 && len(p.New.Readings) == 1 {
			v.Delta = DeltaText(o.Readings[0].Value, p.New.Readings[0].Value)
		}
	}
	return v
}

func when(t time.Time) string {
	if t.IsZero() {
		return "date unknown"
	}
	return t.UTC().Format("2 Jan 2006 15:04 UTC")
}

// ReadingsText writes readings as they were written, naming each value of
// a metric with several: "more than 32,000", "prisoners: some 700, hostages: 40".
func ReadingsText(rs []model.Reading) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		s := r.Text
		if s == "" {
			s = FormatNumber(r.Value)
		}
		if r.Name != "value" && r.Name != "" {
			s = r.Name + ": " + s
		}
		parts[i] = s
	}
	return strings.Join(parts, ", ")
}

// DeltaText is "+1,091, +3.4%" for a move from old to new.
func DeltaText(old, new float64) string {
	d := new - old
	if d == 0 {
		return ""
	}
	sign := "+"
	if d < 0 {
		sign = "−"
	}
	s := sign + FormatNumber(math.Abs(d))
	if old != 0 {
		pct := math.Abs(d / old * 100)
		s += fmt.Sprintf(", %s%s%%", sign, strconv.FormatFloat(pct, 'f', 1, 64))
	}
	return s
}

// FormatNumber writes 33091 as "33,091" and 3.3e9 as "3,300,000,000".
func FormatNumber(f float64) string {
	neg := f < 0
	f = math.Abs(f)
	whole := math.Floor(f)
	frac := f - whole
	s := strconv.FormatFloat(whole, 'f', 0, 64)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	out := b.String()
	if frac > 1e-9 {
		fs := strconv.FormatFloat(frac, 'f', -1, 64)
		if len(fs) > 6 {
			fs = fs[:6]
		}
		out += strings.TrimPrefix(fs, "0")
	}
	if neg {
		out = "−" + out
	}
	return out
}
