package config

import (
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// ${VAR} and ${VAR:-default} in a configuration's values: expanded from
// the environment before decoding, so that positions stay right, with the
// first use of each unset variable kept (unsetAt) for the warning that
// names its key and place, and why it gives nothing (varState). slack.go
// and storeenv.go read the secrets' values as written (topLevelValue,
// unsetVars, setVar). Split from load.go.

var envRef = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?\}`)

// unsetVars lists the variables value names as ${VAR}, with no default,
// that the environment leaves unset or empty: those expandedValue replaces
// with nothing.
func (l *loader) unsetVars(value string) []string {
	var out []string
	for _, sub := range envRef.FindAllStringSubmatch(value, -1) {
		if v, ok := l.lookup(sub[1]); (!ok || v == "") && sub[2] == "" {
			out = append(out, sub[1])
		}
	}
	return out
}

// varState says why variable name gives nothing: "is not set", or "is set
// but empty" when the environment holds it with no value (an env file's
// "NAME=", a unit's Environment=NAME=). The fix differs: a variable not set
// is missing from where the service is started, an empty one is written
// there without its value.
func (l *loader) varState(name string) string {
	if _, ok := l.lookup(name); ok {
		return "is set but empty"
	}
	return "is not set"
}

// setVar is the first variable value names as ${VAR} (with or without a
// default) that the environment sets: where the value came from. "" when
// the value is written out, or every variable is unset.
func (l *loader) setVar(value string) string {
	for _, sub := range envRef.FindAllStringSubmatch(value, -1) {
		if v, ok := l.lookup(sub[1]); ok && v != "" {
			return sub[1]
		}
	}
	return ""
}

// topLevelValue returns the value of key in the document's top-level
// mapping, as written (before ${VAR} is expanded), or nil.
func topLevelValue(root *yaml.Node, key string) *yaml.Node {
	doc := root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		doc = doc.Content[0]
	}
	if doc.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		if doc.Content[i].Value == key {
			return doc.Content[i+1]
		}
	}
	return nil
}

// unsetAt is where an unset ${VAR} is first used: the value's position
// and its key's path ("dashboard.token").
type unsetAt struct {
	pos  Pos
	path string
}

// key is the path as a warning's prefix, or nothing when unknown.
func (u unsetAt) key() string {
	if u.path == "" {
		return ""
	}
	return u.path + ": "
}

// expandedValue is value with its ${VAR} and ${VAR:-default} replaced by
// the environment; note, when not nil, records each unset variable
// without a default where it is first used.
func (l *loader) expandedValue(value string, note *unsetAt) string {
	return envRef.ReplaceAllStringFunc(value, func(m string) string {
		sub := envRef.FindStringSubmatch(m)
		if v, ok := l.lookup(sub[1]); ok && v != "" {
			return v
		}
		if sub[2] != "" {
			return sub[3]
		}
		if _, seen := l.unset[sub[1]]; note != nil && !seen {
			l.unset[sub[1]] = *note
		}
		return ""
	})
}

// expand replaces ${VAR} and ${VAR:-default} in scalar values (not keys)
// with the environment, before decoding, so that positions stay right.
func (l *loader) expand(file string, n *yaml.Node, path string) {
	switch n.Kind {
	case yaml.ScalarNode:
		if !strings.Contains(n.Value, "${") {
			return
		}
		n.Value = l.expandedValue(n.Value, &unsetAt{pos: nodePos(file, n), path: path})
		if n.Tag == "!!null" || n.Tag == "" {
			n.Tag = "!!str"
		}
	case yaml.MappingNode:
		for i := 1; i < len(n.Content); i += 2 {
			key := n.Content[i-1].Value
			if path != "" {
				key = path + "." + key
			}
			l.expand(file, n.Content[i], key)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			l.expand(file, c, fmt.Sprintf("%s[%d]", path, i))
		}
	default:
		for _, c := range n.Content {
			l.expand(file, c, path)
		}
	}
}
