package rules

// Threshold, a metric's minimum change: an absolute amount or a percentage,
// and how it is read from and written to YAML and described in the schema.

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/invopop/jsonschema"
	"gopkg.in/yaml.v3"
)

// Threshold is a minimum change: an absolute amount (100) or a percentage
// of the current value ("2%").
type Threshold struct {
	Amount  float64
	Percent bool
}

// IsZero reports whether no threshold is set.
func (t Threshold) IsZero() bool { return t.Amount == 0 }

// Exceeded reports whether moving from old to new is a large enough change.
func (t Threshold) Exceeded(old, new float64) bool {
	d := new - old
	if d < 0 {
		d = -d
	}
	if t.Percent {
		if old == 0 {
			return d > 0
		}
		return d/abs(old)*100 >= t.Amount
	}
	return d >= t.Amount
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

func (t Threshold) String() string {
	if t.Percent {
		return strconv.FormatFloat(t.Amount, 'f', -1, 64) + "%"
	}
	return strconv.FormatFloat(t.Amount, 'f', -1, 64)
}

// UnmarshalYAML accepts 100, 2.5 or "2%".
func (t *Threshold) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("expected a number (100) or a percentage (\"2%%\")")
	}
	s := strings.TrimSpace(n.Value)
	pct := strings.HasSuffix(s, "%")
	s = strings.TrimSpace(strings.TrimSuffix(s, "%"))
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	if err != nil || f < 0 {
		return fmt.Errorf("expected a number (100) or a percentage (\"2%%\"), got %q", n.Value)
	}
	*t = Threshold{Amount: f, Percent: pct}
	return nil
}

// MarshalYAML writes the threshold back in the form it was read.
func (t Threshold) MarshalYAML() (any, error) { return t.String(), nil }

// JSONSchema describes the two accepted forms.
func (Threshold) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Description: "Smallest change worth posting: an absolute amount (100) or a percentage of the current value (\"2%\").",
		OneOf: []*jsonschema.Schema{
			{Type: "number", Minimum: "0"},
			{Type: "string", Pattern: `^\s*[0-9]+(\.[0-9]+)?\s*%\s*$`},
		},
	}
}
