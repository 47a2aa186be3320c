package notify

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"text/template"

	"github.com/claimtrack/claimtrack/model"
)

// Template names: each event kind has a body template named after the
// kind and a one-line title template named kind + "_title". Config
// `templates:` replaces any of them.
const titleSuffix = "_title"

// DefaultTemplates are the message bodies per event kind. They receive a
// View; `link URL TEXT` writes a link and `quote TEXT` a block quote in the
// destination's own markup.
var DefaultTemplates = map[string]string{
	string(model.EventFirst): `First reading{{with .Year}} of {{.}}{{end}}{{with .ByClaimant}} for {{.}}{{end}}: *{{.NewText}}*, {{.Attribution}}{{if .Year}} (the count starts again each year; the last figure before it: {{.OldText}}, {{.OldDated}} {{.OldPublished}}){{else if .OldText}} (it changed the archive's {{.OldText}}, {{.OldAttribution}}, {{.OldDated}} {{.OldPublished}}){{end}}
{{quote .Quote}}
— {{link .URL .Outlet}}, {{.Dated}} {{.Published}}`,
	string(model.EventChange): `{{if .Another}}Another exchange: *{{.NewText}}*, {{.Attribution}} (the one before: {{.OldText}}, {{.OldAttribution}}, {{.OldDated}} {{.OldPublished}}){{else}}{{if .Correction}}{{.Outlet}} corrected its figure: {{end}}{{if .Revision}}Revised by its claimant: {{end}}{{.OldText}}{{with .OldAsOf}} ({{.}}){{end}} → *{{.NewText}}*{{with .Delta}} ({{.}}){{end}}, {{.Attribution}}{{end}}
{{quote .Quote}}
— {{link .URL .Outlet}}, {{.Dated}} {{.Published}} · {{.Support}}`,
	string(model.EventConflict): `*{{.NewText}}*, {{.Attribution}}, against the accepted *{{.OldText}}*, {{.OldAttribution}}: {{.Disagreement}}. The accepted value stays {{.OldText}} until the reports converge.
{{quote .Quote}}
— {{link .URL .Outlet}}, {{.Dated}} {{.Published}}
{{quote .OldQuote}}
— {{link .OldURL .OldOutlet}}, {{.OldDated}} {{.OldPublished}}`,
	string(model.EventDecrease): `Possible correction or misreading: *{{.NewText}}*, {{.Attribution}}, lower than the accepted {{.OldText}}{{with .Delta}} ({{.}}){{end}}. This total should only rise, so the accepted value stays; check the source.
{{quote .Quote}}
— {{link .URL .Outlet}}, {{.Dated}} {{.Published}}`,
	string(model.EventSourceFailing): `Source *{{.Source}}* has failed {{.Failures}} times in a row: {{.Error}}
claimtrack keeps retrying; figures from this source are missing until it recovers.`,
	string(model.EventSourceRecovered): `Source *{{.Source}}* is working again; claimtrack reads it as before.`,
	string(model.EventSourceNoText): `Source *{{.Source}}*: the last {{.NoText}} articles read gave almost no text besides the title, so no figure in them could be read. If the outlet changed its page layout, see what claimtrack reads with ` + "`claimtrack extract --text {{.NoTextURL}}`" + ` and set the source's content: selector; if these are video or gallery pages, leave them out with exclude:.
One of them: {{link .NoTextURL "the last page read"}}`,
	string(model.EventSourceTextBack): `Source *{{.Source}}* gives text again: after {{.NoText}} articles in a row that gave almost no text besides the title, its last pass read pages with text: its figures are read as before.`,

	string(model.EventFirst) + titleSuffix:           `{{.Metric}}{{with .ByClaimant}} ({{.}}){{end}}: {{.NewText}}{{with .Year}} in {{.}}{{end}}`,
	string(model.EventChange) + titleSuffix:          `{{.Metric}}{{with .ByClaimant}} ({{.}}){{end}}: {{.NewText}}{{if .Correction}} (corrected by {{.Outlet}}){{end}}{{if .Revision}} (revised by its claimant){{end}}{{if .Another}} (another exchange){{end}}`,
	string(model.EventConflict) + titleSuffix:        `{{.Metric}}{{with .ByClaimant}} ({{.}}){{end}}: {{.Disagreement}}`,
	string(model.EventDecrease) + titleSuffix:        `{{.Metric}}{{with .ByClaimant}} ({{.}}){{end}}: lower figure reported`,
	string(model.EventSourceFailing) + titleSuffix:   `Source {{.Source}} is failing`,
	string(model.EventSourceRecovered) + titleSuffix: `Source {{.Source}} recovered`,
	string(model.EventSourceNoText) + titleSuffix:    `Source {{.Source}} gives no text`,
	string(model.EventSourceTextBack) + titleSuffix:  `Source {{.Source}} gives text again`,
}

// TemplateNames lists the names config `templates:` accepts.
func TemplateNames() []string {
	var out []string
	for _, k := range model.EventKinds() {
		out = append(out, string(k), string(k)+titleSuffix)
	}
	return out
}

// Format is a destination's markup: how untrusted text is escaped, and
// how links and quotes are written.
type Format struct {
	Escape func(string) string
	Link   func(url, text string) string
	Quote  func(text string) string
}

// Plain is markup for a terminal or log: nothing escaped, links spelled out.
var Plain = Format{
	Escape: func(s string) string { return s },
	Link: func(url, text string) string {
		if url == "" {
			return text
		}
		return text + " " + url
	},
	Quote: func(s string) string { return "> " + strings.ReplaceAll(s, "\n", "\n> ") },
}

// Message is a rendered event: a one-line title and a body.
type Message struct {
	Title string
	Body  string
}

// Text is the message as one block of text, title first.
func (m Message) Text() string {
	if m.Title == "" {
		return m.Body
	}
	return "*" + m.Title + "*\n" + m.Body
}

// Renderer turns events into messages in one Format.
type Renderer struct {
	format Format
	t      map[string]*template.Template
}

// NewRenderer compiles the default templates, with overrides from config
// keyed by template name, for a Format.
func NewRenderer(overrides map[string]string, f Format) (*Renderer, error) {
	r := &Renderer{format: f, t: map[string]*template.Template{}}
	for name, text := range DefaultTemplates {
		if o, ok := overrides[name]; ok {
			text = o
		}
		t, err := parseTemplate(name, text, f)
		if err != nil {
			return nil, err
		}
		r.t[name] = t
	}
	return r, nil
}

// CheckTemplate parses one template as config would use it and runs it
// on a sample event of its kind, for validation: a misspelt field fails
// here, not when the first real alert is due. The error names the
// template.
func CheckTemplate(name, text string) error {
	t, err := parseTemplate(name, text, Plain)
	if err != nil {
		return err
	}
	kind := model.EventKind(strings.TrimSuffix(name, titleSuffix))
	for _, e := range SampleEvents() {
		if e.Kind == kind {
			if err := t.Execute(io.Discard, ViewOf(e)); err != nil {
				return templateError(name, err)
			}
		}
	}
	return nil
}

func parseTemplate(name, text string, f Format) (*template.Template, error) {
	t, err := template.New(name).Option("missingkey=error").Funcs(template.FuncMap{
		"link":  f.Link,
		"quote": f.Quote,
	}).Parse(text)
	if err != nil {
		return nil, parseError(name, err)
	}
	return t, nil
}

// Render renders an event's title and body. The body sees untrusted text
// (quotes, titles, outlets, errors) escaped for the Format; the title is
// plain text.
func (r *Renderer) Render(e model.Event) (Message, error) {
	v := ViewOf(e)
	title, err := r.exec(string(e.Kind)+titleSuffix, v)
	if err != nil {
		return Message{}, err
	}
	body, err := r.exec(string(e.Kind), v.Escaped(r.format.Escape))
	if err != nil {
		return Message{}, err
	}
	return Message{Title: strings.Join(strings.Fields(title), " "), Body: strings.TrimSpace(body)}, nil
}

// Text renders an event as one block of text.
func (r *Renderer) Text(e model.Event) (string, error) {
	m, err := r.Render(e)
	return m.Text(), err
}

func (r *Renderer) exec(name string, v View) (string, error) {
	t, ok := r.t[name]
	if !ok {
		return "", fmt.Errorf("no template %q for event kind", name)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, v); err != nil {
		return "", fmt.Errorf("render: %w", templateError(name, err))
	}
	return b.String(), nil
}
