// Package eval measures metrics against labelled corpora: sentences written
// the way outlets write, each with the values every metric it judges must
// yield, or none. It scores recall, precision, false alarms and qualifiers
// (claimtrack rules eval), and finds the sentences of an archive that a
// metric's rules most likely missed (claimtrack rules misses).
package eval

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/claimtrack/claimtrack/rules"
)

// Corpus is one labelled file: the metrics it judges and its cases.
type Corpus struct {
	File    string
	Metrics []string
	// Article is the rest of the article every case stands in (a headline
	// and dateline naming the story): in real use a sentence comes inside
	// an article that names its story. It meets article-wide scope only;
	// it is never read for figures, keywords or sentence-wide scope.
	Article string
	// Date is the day the story stands in (`date: YYYY-MM-DD`), passed to
	// the rules as the article's date: a year before the one before it is
	// past for a metric with no since. The zero time when the file gives
	// none, and then no year is past.
	Date  time.Time
	Cases []Case
}

// Case is one text of a corpus. Every metric the corpus judges must yield
// what Expect gives for it, and a metric absent from Expect must yield
// nothing.
type Case struct {
	Line   int
	Text   string
	Style  string // headline, wire, british, transcript, op-ed...: free text, reported with each finding
	Expect map[string]Expectation
}

// Expectation is what one metric must yield from a case: a value, a range
// (Low and High), or named values for a multi-value metric.
type Expectation struct {
	Line      int
	Value     *float64
	Low, High *float64
	Values    map[string]float64
	// Qualifier, when given, is judged on the figure found; when left out
	// the qualifier is not judged.
	Qualifier string
	// Claimant is who the case says made the claim: a configured claimant's
	// id, an unlisted claimant's words, or NoClaimant for a figure nobody
	// is said to claim; "" when the case does not judge it. It is judged
	// only when the scorer is given a way to read an observation's claimant.
	Claimant string
}

// NoClaimant is the label of an unattributed figure: `claimant: none` (or
// YAML's null, `claimant: null` or `claimant: ~`).
const NoClaimant = "none"

// Error is a problem in a corpus file, reported as FILE:LINE: message.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e Error) Error() string {
	if e.Line == 0 {
		return e.File + ": " + e.Msg
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// Load reads and checks corpus files. It reports every problem found, each
// as an Error joined into the one returned.
func Load(paths ...string) ([]*Corpus, error) {
	var out []*Corpus
	var errs []error
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			errs = append(errs, Error{File: p, Msg: fmt.Sprintf("unable to read the corpus: %v", err)})
			continue
		}
		c, cerrs := Parse(p, data)
		for _, e := range cerrs {
			errs = append(errs, e)
		}
		if len(cerrs) == 0 {
			out = append(out, c)
		}
	}
	return out, errors.Join(errs...)
}

// Parse reads one corpus file's bytes; file names it in errors.
func Parse(file string, data []byte) (*Corpus, []Error) {
	p := &parser{file: file}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		line, msg := yamlErrorLine(err)
		p.fail(line, "YAML syntax: %s", msg)
		return nil, p.errs
	}
	c := &Corpus{File: file}
	if len(root.Content) == 0 {
		p.fail(0, "empty corpus: give metrics: [...] and cases: [...]")
		return nil, p.errs
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		// A first corpus is often a bare list of cases, as a rule file's
		// examples are: say the two keys and where an example stands.
		p.fail(doc.Line, "a corpus is a mapping, not a list: write metrics: [the metrics it judges] and, under cases:, each case as text: and expect: {metric: {value: N}} (docs/rules-eval.md shows one)")
		return nil, p.errs
	}
	if line, ok := ruleFileShape(doc); ok {
		// A first user passes the rule file they just wrote, as check and
		// rules test take it: say which argument it belongs to.
		p.fail(line, "this is a rule file (metrics: with id:), not a corpus of labelled sentences: give it with --rules FILE, and as arguments corpus files (docs/rules-eval.md#the-corpus-format); `claimtrack rules test` runs its examples")
		return nil, p.errs
	}
	var casesNode *yaml.Node
	var err error
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		switch k.Value {
		case "metrics":
			c.Metrics = p.stringList(v, "metrics")
		case "cases":
			casesNode = v
		case "article":
			c.Article = p.scalar(v, "article")
			if c.Article != "" && strings.TrimSpace(c.Article) == "" {
				p.fail(v.Line, "article: give the words around every case (a headline and dateline naming the story), or leave it out")
			}
		case "date":
			if ds := p.scalar(v, "date"); v.Kind == yaml.ScalarNode {
				if c.Date, err = time.Parse(time.DateOnly, ds); err != nil {
					p.fail(v.Line, "date: %q: write the day the story stands in as YYYY-MM-DD (date: 2024-05-07), or leave it out", ds)
				}
			}
		default:
			p.fail(k.Line, "unknown key %q: a corpus has metrics, article, date and cases", k.Value)
		}
	}
	if len(c.Metrics) == 0 {
		p.fail(doc.Line, "metrics: list the metrics this file judges (each must yield nothing where a case expects nothing of it)")
	}
	if casesNode == nil || casesNode.Kind != yaml.SequenceNode || len(casesNode.Content) == 0 {
		line := doc.Line
		if casesNode != nil {
			line = casesNode.Line
		}
		p.fail(line, "cases: give a list of cases, each with text: and, for the metrics it holds, expect:")
	} else {
		for _, n := range casesNode.Content {
			if cs, ok := p.parseCase(n, c.Metrics); ok {
				c.Cases = append(c.Cases, cs)
			}
		}
	}
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	return c, nil
}

// ruleFileShape reports whether doc is a rule file's (metrics: a list of
// mappings with an id), and the line of its first metric.
func ruleFileShape(doc *yaml.Node) (int, bool) {
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		if k.Value != "metrics" || v.Kind != yaml.SequenceNode || len(v.Content) == 0 || v.Content[0].Kind != yaml.MappingNode {
			continue
		}
		for j := 0; j+1 < len(v.Content[0].Content); j += 2 {
			if v.Content[0].Content[j].Value == "id" {
				return v.Content[0].Line, true
			}
		}
	}
	return 0, false
}

type parser struct {
	file string
	errs []Error
}

func (p *parser) fail(line int, format string, args ...any) {
	p.errs = append(p.errs, Error{File: p.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// yamlErrorLine takes the line out of a yaml.v3 error ("yaml: line 7: ...").
func yamlErrorLine(err error) (int, string) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	var line int
	if _, e := fmt.Sscanf(msg, "line %d:", &line); e == nil {
		if _, rest, ok := strings.Cut(msg, ": "); ok {
			return line, rest
		}
	}
	return 0, msg
}

func (p *parser) stringList(n *yaml.Node, field string) []string {
	if n.Kind != yaml.SequenceNode {
		p.fail(n.Line, "%s: give a list, such as [gaza_death_toll]", field)
		return nil
	}
	var out []string
	for _, s := range n.Content {
		if s.Kind != yaml.ScalarNode || s.Value == "" {
			p.fail(s.Line, "%s: each entry is a metric id", field)
			continue
		}
		if slices.Contains(out, s.Value) {
			p.fail(s.Line, "%s: %s is listed twice", field, s.Value)
			continue
		}
		out = append(out, s.Value)
	}
	return out
}

func (p *parser) parseCase(n *yaml.Node, metrics []string) (Case, bool) {
	cs := Case{Line: n.Line}
	if n.Kind != yaml.MappingNode {
		p.fail(n.Line, "a case is a mapping with text: (and style:, expect:)")
		return cs, false
	}
	before := len(p.errs)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch k.Value {
		case "text":
			cs.Text = p.scalar(v, "text")
		case "style":
			cs.Style = p.scalar(v, "style")
		case "expect":
			cs.Expect = p.parseExpect(v, metrics)
		default:
			p.fail(k.Line, "unknown key %q: a case has text, style and expect", k.Value)
		}
	}
	if strings.TrimSpace(cs.Text) == "" {
		p.fail(n.Line, "text: required: the sentence or paragraph to judge")
	}
	return cs, len(p.errs) == before
}

func (p *parser) scalar(n *yaml.Node, field string) string {
	if n.Kind != yaml.ScalarNode {
		p.fail(n.Line, "%s: give a string", field)
		return ""
	}
	return n.Value
}

// claimant reads a claimant label. An empty one is refused rather than read
// as "not judged" or "unattributed": either would hide a label left
// half-written.
func (p *parser) claimant(n *yaml.Node, metric string) string {
	field := "expect." + metric + ".claimant"
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" && n.Value != "" {
		return NoClaimant // null or ~
	}
	v := strings.TrimSpace(p.scalar(n, field))
	if v == "" && n.Kind == yaml.ScalarNode {
		p.fail(n.Line, "%s: empty: give a configured claimant's id (gaza_health_ministry), an unlisted claimant's words as written (Red Crescent), or none for a figure nobody is said to claim", field)
	}
	if strings.EqualFold(v, NoClaimant) {
		return NoClaimant
	}
	return v
}

func (p *parser) parseExpect(n *yaml.Node, metrics []string) map[string]Expectation {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil // "expect:" left empty: nothing expected
	}
	if n.Kind != yaml.MappingNode {
		p.fail(n.Line, "expect: give a mapping of metric id to what it must yield")
		return nil
	}
	out := map[string]Expectation{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !slices.Contains(metrics, k.Value) {
			p.fail(k.Line, "expect: %s is not among this file's metrics (%s): add it to metrics:, or fix the id", k.Value, strings.Join(metrics, ", "))
			continue
		}
		if _, dup := out[k.Value]; dup {
			p.fail(k.Line, "expect: %s is given twice", k.Value)
			continue
		}
		if ex, ok := p.parseExpectation(v, k.Value); ok {
			out[k.Value] = ex
		}
	}
	return out
}

func (p *parser) parseExpectation(n *yaml.Node, metric string) (Expectation, bool) {
	ex := Expectation{Line: n.Line}
	if n.Kind != yaml.MappingNode {
		p.fail(n.Line, "expect.%s: give {value: N}, {low: A, high: B, qualifier: range} or named values {prisoners: N, hostages: M}; leave the metric out to say it must yield nothing", metric)
		return ex, false
	}
	before := len(p.errs)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch k.Value {
		case "qualifier":
			ex.Qualifier = p.scalar(v, "expect."+metric+".qualifier")
			if msg := rules.QualifierProblem(ex.Qualifier); msg != "" {
				p.fail(v.Line, "expect.%s.qualifier: %s", metric, msg)
			}
		case "claimant":
			ex.Claimant = p.claimant(v, metric)
		case "value":
			ex.Value = p.number(v, metric, k.Value)
		case "low":
			ex.Low = p.number(v, metric, k.Value)
		case "high":
			ex.High = p.number(v, metric, k.Value)
		default:
			f := p.number(v, metric, k.Value)
			if f == nil {
				continue
			}
			if ex.Values == nil {
				ex.Values = map[string]float64{}
			}
			ex.Values[k.Value] = *f
		}
	}
	if len(p.errs) > before {
		return ex, false
	}
	forms := 0
	if ex.Value != nil {
		forms++
	}
	if ex.Low != nil || ex.High != nil {
		forms++
		if ex.Low == nil || ex.High == nil {
			p.fail(n.Line, "expect.%s: a range needs both low and high", metric)
		} else if *ex.Low > *ex.High {
			p.fail(n.Line, "expect.%s: low (%g) is above high (%g)", metric, *ex.Low, *ex.High)
		}
	}
	if ex.Values != nil {
		forms++
	}
	if forms != 1 {
		p.fail(n.Line, "expect.%s: give exactly one of value, low and high, or named values (%s)", metric, strings.Join(sortedKeys(ex.Values), ", "))
	}
	return ex, len(p.errs) == before
}

// number reads a plain YAML number; "33,000" and "33k" are refused so that
// a typo is never read as another value.
func (p *parser) number(n *yaml.Node, metric, field string) *float64 {
	if n.Kind == yaml.ScalarNode && (n.Tag == "!!int" || n.Tag == "!!float") {
		if f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64); err == nil {
			return &f
		}
	}
	p.fail(n.Line, "expect.%s.%s: %q is not a number: write it plainly (33000, 1.4e6, 3300000000)", metric, field, n.Value)
	return nil
}

func sortedKeys(m map[string]float64) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
