package figures

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// A textCase is one input of a testdata file and what Find must make of it.
// Fields left out of an expected figure are not checked, so a corpus case
// can pin down only what it is about (the value and qualifier of a toll).
type textCase struct {
	In    string       `yaml:"in"`
	Style string       `yaml:"style"` // the kind of outlet the sentence is written like
	Want  []caseFigure `yaml:"want"`
	// Never lists qualifiers no figure of the input may carry.
	Never []string `yaml:"never"`
	line  int
}

type caseFigure struct {
	Text      *string  `yaml:"text"`
	Value     *float64 `yaml:"value"`
	Low       *bound   `yaml:"low"`
	High      *bound   `yaml:"high"`
	Qualifier *string  `yaml:"qualifier"`
	Unit      *string  `yaml:"unit"`
	Kind      *string  `yaml:"kind"`
}

// bound is a figure's low or high end as written in testdata: a number, or
// "open" where the wording leaves that end unbounded.
type bound struct {
	open bool
	v    float64
}

func (b *bound) UnmarshalYAML(n *yaml.Node) error {
	if n.Value == "open" {
		b.open = true
		return nil
	}
	v, err := strconv.ParseFloat(n.Value, 64)
	if err != nil {
		return fmt.Errorf("line %d: a bound is a number or \"open\", not %q", n.Line, n.Value)
	}
	b.v = v
	return nil
}

func (b bound) matches(p *float64) bool {
	if b.open || p == nil {
		return b.open && p == nil
	}
	return near(b.v, *p)
}

func (b *bound) String() string {
	if b == nil {
		return "?"
	}
	if b.open {
		return "open"
	}
	return strconv.FormatFloat(b.v, 'g', -1, 64)
}

// loadCases reads a YAML list of cases from testdata.
func loadCases(t testing.TB, path string) []textCase {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(doc.Content) != 1 || doc.Content[0].Kind != yaml.SequenceNode {
		t.Fatalf("%s: want a YAML list of cases", path)
	}
	var cases []textCase
	for _, n := range doc.Content[0].Content {
		var c textCase
		if err := n.Decode(&c); err != nil {
			t.Fatalf("%s:%d: %v", path, n.Line, err)
		}
		if c.In == "" {
			t.Fatalf("%s:%d: a case needs an input (in:)", path, n.Line)
		}
		c.line = n.Line
		cases = append(cases, c)
	}
	return cases
}

// matches reports whether a figure has every field the case gives. A
// case's kind "other" says only that the number is not an amount (a year,
// an age, an identifier, a length), as the corpora's headers define it.
func (w caseFigure) matches(f Figure) bool {
	return (w.Text == nil || *w.Text == f.Text) &&
		(w.Value == nil || near(*w.Value, f.Value)) &&
		(w.Low == nil || w.Low.matches(f.Low)) &&
		(w.High == nil || w.High.matches(f.High)) &&
		(w.Qualifier == nil || *w.Qualifier == f.Qualifier.Name()) &&
		(w.Unit == nil || *w.Unit == f.Unit) &&
		(w.Kind == nil || *w.Kind == string(f.Kind) || *w.Kind == "other" && !f.Kind.IsAmount())
}

// complete reports whether every field but the unit is given, as TestFind
// requires: a case there pins a figure down entirely.
func (w caseFigure) complete() bool {
	return w.Text != nil && w.Value != nil && w.Low != nil && w.High != nil && w.Qualifier != nil && w.Kind != nil
}

func (w caseFigure) String() string {
	s := func(p *string) string {
		if p == nil {
			return "?"
		}
		return *p
	}
	v := "?"
	if w.Value != nil {
		v = strconv.FormatFloat(*w.Value, 'g', -1, 64)
	}
	return fmt.Sprintf("%q %s [%s,%s] %s %q %s", s(w.Text), v, w.Low, w.High, s(w.Qualifier), s(w.Unit), s(w.Kind))
}

func describe(f Figure) string {
	return fmt.Sprintf("%q %g [%s,%s] %s %q %s", f.Text, f.Value, fmtp(f.Low), fmtp(f.High), f.Qualifier.Name(), f.Unit, f.Kind)
}

func describeAll(fs []Figure) string {
	var parts []string
	for _, f := range fs {
		parts = append(parts, describe(f))
	}
	return "[" + strings.Join(parts, "; ") + "]"
}

func fmtp(p *float64) string {
	if p == nil {
		return "open"
	}
	return strconv.FormatFloat(*p, 'g', -1, 64)
}

// TestFind reads testdata/find.yaml: every figure of each input, in order,
// with every field.
func TestFind(t *testing.T) {
	const path = "testdata/find.yaml"
	for _, c := range loadCases(t, path) {
		got := Find(c.In)
		for _, f := range got {
			if c.In[f.Start:f.End] != f.Text {
				t.Errorf("%s:%d: %q: offsets %d:%d do not give %q", path, c.line, c.In, f.Start, f.End, f.Text)
			}
			for _, q := range c.Never {
				if f.Qualifier.Name() == q {
					t.Errorf("%s:%d: %q: %q read as %s", path, c.line, c.In, f.Text, q)
				}
			}
		}
		if c.Never != nil && c.Want == nil {
			continue
		}
		if len(got) != len(c.Want) {
			t.Errorf("%s:%d: %q: got %d figures %s, want %d", path, c.line, c.In, len(got), describeAll(got), len(c.Want))
			continue
		}
		for i, w := range c.Want {
			if !w.complete() {
				t.Fatalf("%s:%d: figure %d needs text, value, low, high, qualifier and kind", path, c.line, i+1)
			}
			u := ""
			if w.Unit == nil {
				w.Unit = &u
			}
			if !w.matches(got[i]) {
				t.Errorf("%s:%d: %q:\n got  %s\n want %s", path, c.line, c.In, describe(got[i]), w)
			}
		}
	}
}
