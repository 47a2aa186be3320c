package config

import (
	"bytes"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// maxLocateLines bounds the re-parsing syntaxLine does: past it the line
// yaml.v3 gives is reported as it is.
const maxLocateLines = 5000

// failSyntax reports a YAML syntax error at the line where the structure
// breaks.
func (l *loader) failSyntax(file string, data []byte, err error) {
	line, msg := splitYAMLError(err)
	line = syntaxLine(data, line, msg)
	col := 1
	text := lineText(data, line)
	if line > 0 {
		col = len(text) - len(strings.TrimLeft(text, " ")) + 1
	}
	hint := syntaxHint(text)
	if hint == "" {
		hint = indentHint(data, line, msg)
	}
	if hint != "" {
		msg += "; " + hint
	}
	l.fail(Pos{File: file, Line: line, Col: col}, "", "YAML syntax: %s", msg)
}

// splitYAMLError takes yaml.v3's "yaml: line N: message" apart.
func splitYAMLError(err error) (int, string) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if _, serr := fmt.Sscanf(msg, "line %d:", &line); serr == nil {
		if _, rest, ok := strings.Cut(msg, ": "); ok {
			msg = rest
		}
	}
	return line, msg
}

// syntaxLine finds the line where a YAML document stops being valid.
// yaml.v3 reports the line where the enclosing structure began (a flow
// mapping broken on line 2 is reported at line 1, an indentation error in
// a list item at the list's key), so the document is parsed again line by
// line from there: the first prefix that fails with the same message ends
// on the line that broke it. A prefix can also fail only because it is
// cut short (an unclosed bracket that closes later): its message differs,
// and the search goes on.
func syntaxLine(data []byte, reported int, msg string) int {
	if reported <= 0 {
		reported = 1
	}
	lines := bytes.SplitAfter(data, []byte("\n"))
	if len(lines) > maxLocateLines {
		return reported
	}
	var n yaml.Node
	for end := reported; end <= len(lines); end++ {
		prefix := bytes.Join(lines[:end], nil)
		err := yaml.Unmarshal(prefix, &n)
		if err == nil {
			continue
		}
		if _, m := splitYAMLError(err); m == msg {
			return end
		}
	}
	return reported
}

func lineText(data []byte, line int) string {
	if line <= 0 {
		return ""
	}
	lines := strings.Split(string(data), "\n")
	if line > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[line-1], "\r")
}

// syntaxHint says how to fix the syntax errors people make most.
func syntaxHint(line string) string {
	switch {
	case strings.HasPrefix(strings.TrimLeft(line, " "), "\t"):
		return "YAML indents with spaces, not tabs"
	case strings.Contains(line, "${") && strings.Contains(envRef.ReplaceAllString(line, ""), "{"):
		return "the } of a ${VAR} ends a { } mapping early: quote the value (token: \"${VAR}\") or write the mapping on indented lines"
	}
	return ""
}

// indentHint says what is wrong with a line's indentation when yaml.v3's
// message names only the parser's state ("mapping values are not allowed
// in this context", "did not find expected key"): how far the line is
// indented and how far the key above it is, which is what a reader fixes.
func indentHint(data []byte, line int, msg string) string {
	text := lineText(data, line)
	if strings.TrimSpace(text) == "" {
		return ""
	}
	ind, above, aboveOpens := keyIndent(text), -1, false
	for l := line - 1; l > 0; l-- {
		t := lineText(data, l)
		if tt := strings.TrimSpace(t); tt != "" && !strings.HasPrefix(tt, "#") {
			above, aboveOpens = keyIndent(t), strings.HasSuffix(tt, ":")
			break
		}
	}
	switch msg {
	case "mapping values are not allowed in this context":
		if hint := strayItemHint(data, line); hint != "" {
			return hint
		}
		if above >= 0 && ind > above && !aboveOpens {
			return fmt.Sprintf("this line is indented %d spaces, deeper than the key above it (%d), which already has a value: indent it %d spaces like that key", ind, above, above)
		}
		if _, value, ok := strings.Cut(text, ": "); ok && strings.Contains(value, ": ") {
			return `a value with ": " in it needs quotes (text: "Gaza: 33,000 killed")`
		}
	case "did not find expected ',' or ']'":
		return unclosedHint(data, line, "[", "]", "list", `write its items as "- " lines below the key`)
	case "did not find expected ',' or '}'":
		return unclosedHint(data, line, "{", "}", "mapping", "write its keys on indented lines below")
	case "did not find expected key", "did not find expected '-' indicator":
		if hint := strayItemHint(data, line); hint != "" {
			return hint
		}
		if above >= 0 && ind != above {
			return fmt.Sprintf("this line is indented %d spaces and the key above it %d: line it up with the keys it belongs with", ind, above)
		}
	}
	return ""
}

// strayItemHint says where a list item belongs when it follows a key
// whose value is given on the key's line ("rule_files: [rules.yaml]"), as
// a source added at the end of README's first configuration does: the
// list it lines up with is named, with its line, when one is above. The
// line is an item ("- ...") indented deeper than that key.
func strayItemHint(data []byte, line int) string {
	text := lineText(data, line)
	trimmed := strings.TrimLeft(text, " ")
	if !strings.HasPrefix(trimmed, "- ") && trimmed != "-" {
		return ""
	}
	indent := len(text) - len(trimmed)
	key, keyLine := "", 0
	for l := line - 1; l > 0; l-- {
		t := lineText(data, l)
		tt := strings.TrimSpace(t)
		if tt == "" || strings.HasPrefix(tt, "#") {
			continue
		}
		if len(t)-len(strings.TrimLeft(t, " ")) < indent {
			key, keyLine = t, l
		}
		break
	}
	name, value, ok := strings.Cut(strings.TrimSpace(key), ":")
	if !ok || strings.HasPrefix(name, "-") || strings.TrimSpace(stripComment(value)) == "" {
		return ""
	}
	hint := fmt.Sprintf("this list item follows %s: (line %d), whose value is given on its line, so the item belongs to no list", name, keyLine)
	// The list it lines up with: the nearest item above at its indent,
	// and that item's key.
	for l := keyLine - 1; l > 0; l-- {
		t := lineText(data, l)
		tt := strings.TrimLeft(t, " ")
		if !strings.HasPrefix(tt, "- ") || len(t)-len(tt) != indent {
			continue
		}
		for k := l - 1; k > 0; k-- {
			kt := lineText(data, k)
			ktt := strings.TrimSpace(stripComment(kt))
			if ktt == "" || len(kt)-len(strings.TrimLeft(kt, " ")) >= indent {
				continue
			}
			if list, ok := strings.CutSuffix(ktt, ":"); ok {
				return fmt.Sprintf("%s: move it up into %s: (line %d), after that list's last item", hint, list, k)
			}
			break
		}
		break
	}
	return hint + ": put it under the key of its list (sources:, metrics: ...)"
}

// stripComment cuts a " #" comment off a line (a # inside quotes is rare
// in a configuration's keys and is left to the parser).
func stripComment(line string) string {
	if i := strings.Index(line, " #"); i >= 0 {
		return line[:i]
	}
	if strings.HasPrefix(strings.TrimSpace(line), "#") {
		return ""
	}
	return line
}

// unclosedHint names the line whose open bracket is never closed: the
// nearest line at or above line that opens more than it closes. yaml.v3
// says only which bracket it looked for, at the line where it gave up,
// which is the last item of a list spread over lines.
func unclosedHint(data []byte, line int, open, close, what, instead string) string {
	for l := line; l > 0 && l > line-maxUnclosedLines; l-- {
		t := lineText(data, l)
		if strings.Count(t, open) <= strings.Count(t, close) {
			continue
		}
		where := "on this line"
		if l != line {
			where = fmt.Sprintf("on line %d", l)
		}
		return fmt.Sprintf("the %s %s opens a %s that is never closed: end it with %s, or %s", open, where, what, close, instead)
	}
	return ""
}

// maxUnclosedLines bounds how far up unclosedHint looks for the bracket.
const maxUnclosedLines = 200

// keyIndent is the column, from 0, where a line's key starts: after the
// "- " of a list item.
func keyIndent(line string) int {
	n := len(line) - len(strings.TrimLeft(line, " "))
	rest := line[n:]
	for strings.HasPrefix(rest, "- ") {
		n += 2
		rest = strings.TrimLeft(rest[2:], " ")
		n = len(line) - len(rest)
	}
	return n
}
