package notify

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"text/template"

	"github.com/claimtrack/claimtrack/internal/suggest"
)

// ViewFields lists the fields a template can use, in View's order.
func ViewFields() []string {
	t := reflect.TypeOf(View{})
	out := make([]string, 0, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		if f := t.Field(i); f.IsExported() {
			out = append(out, f.Name)
		}
	}
	return out
}

var (
	// text/template's words for a field a value lacks:
	// `can't evaluate field Metrik in type notify.View`.
	unknownField = regexp.MustCompile(`can't evaluate field (\w+) in type (\S+)`)
	// and its position prefix: `template: change:2:14: executing "change" at <.Metrik>: `.
	execPrefix = regexp.MustCompile(`^template: [^:]+:(\d+):(\d+): executing "[^"]*" at <[^>]*>: `)
)

// parsePrefix is text/template's position prefix on a parse error:
// `template: change:1: `.
var parsePrefix = regexp.MustCompile(`^template: [^:]+:(\d+): `)

// parseError says where a template stops parsing without repeating its name.
func parseError(name string, err error) error {
	msg := err.Error()
	if m := parsePrefix.FindStringSubmatch(msg); m != nil {
		return fmt.Errorf("template %s (line %s): %s", name, m[1], msg[len(m[0]):])
	}
	return fmt.Errorf("template %s: %w", name, err)
}

// templateError rewrites a template execution error in the words of
// someone writing config `templates:`: the field they misspelt, the one
// they probably meant and the ones there are, instead of Go's internal
// type names.
func templateError(name string, err error) error {
	var ee template.ExecError
	if !errors.As(err, &ee) {
		return fmt.Errorf("template %s: %w", name, err)
	}
	msg := ee.Err.Error()
	where := ""
	if m := execPrefix.FindStringSubmatch(msg); m != nil {
		where = " (line " + m[1] + ")"
		msg = msg[len(m[0]):]
	}
	m := unknownField.FindStringSubmatch(msg)
	if m == nil {
		return fmt.Errorf("template %s%s: %s", name, where, strings.ReplaceAll(msg, "notify.View", "the event"))
	}
	field, typ := m[1], m[2]
	fields := ViewFields()
	if typ != "notify.View" {
		// .Metric.Name: a field of a field, and every field is text or a number.
		return fmt.Errorf("unknown field %s in template %s%s: the fields are text or numbers and have none of their own; use {{.Metric}} and the like. fields: %s",
			field, name, where, strings.Join(fields, ", "))
	}
	hint := ":"
	if s := suggest.Closest(field, fields); s != "" {
		hint = ": did you mean " + s + "?"
	}
	return fmt.Errorf("unknown field %s in template %s%s%s fields: %s", field, name, where, hint, strings.Join(fields, ", "))
}
