package config

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// A selector's bare word is an element's name: "links: true" (YAML's
// boolean, read as a string) or "links: headline" (a class without its
// dot) selects <true> or <headline> elements, which no page has. The
// selector compiles, so check called it fine and the source failed only
// when read ("finds no link on the page"). A name HTML does not define
// is said at check time as a warning: a custom element's name holds a
// hyphen and is let through, and a page of another markup may still
// have the element.

// unknownElement returns the first type name in selector sel that names
// no HTML element, or "".
func unknownElement(sel string) string {
	depth, quote := 0, byte(0)
	start := true // at a compound selector's start: a name here is a type
	for i := 0; i < len(sel); {
		ch := sel[i]
		switch {
		case quote != 0:
			if ch == quote {
				quote = 0
			}
			i++
			continue
		case ch == '"' || ch == '\'':
			quote = ch
		case ch == '[' || ch == '(':
			depth++
		case ch == ']' || ch == ')':
			depth--
		}
		if depth > 0 || ch == ']' || ch == ')' || ch == '"' || ch == '\'' {
			start = false
			i++
			continue
		}
		switch {
		case ch == ' ' || ch == '\t' || ch == '\n' || ch == '>' || ch == '+' || ch == '~' || ch == ',':
			start = true
			i++
		case isNameByte(ch):
			j := i
			for j < len(sel) && (isNameByte(sel[j]) || sel[j] >= '0' && sel[j] <= '9' || sel[j] == '-' || sel[j] == '_') {
				j++
			}
			if name := strings.ToLower(sel[i:j]); start && !strings.Contains(name, "-") && atom.Lookup([]byte(name)) == 0 {
				return sel[i:j]
			}
			start = false
			i = j
		default:
			// ".", "#", ":" and "*": what follows is a class, an id or a
			// pseudo-class, never a type.
			start = false
			i++
			for i < len(sel) && (isNameByte(sel[i]) || sel[i] >= '0' && sel[i] <= '9' || sel[i] == '-' || sel[i] == '_' || sel[i] == ':') {
				i++
			}
		}
	}
	return ""
}

func isNameByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// warnUnknownElement warns, at path's line, of a selector that compiles
// but names an element HTML does not define.
func (l *loader) warnUnknownElement(file, path, sel string) {
	if sel == "" || compileSelector(sel) != nil {
		return
	}
	if name := unknownElement(sel); name != "" {
		example := `"a" or "article h2 a"`
		switch {
		case strings.HasSuffix(path, ".content"):
			example = `"article" or "main .story-body"`
		case strings.Contains(path, ".remove["):
			example = `"aside" or ".related"`
		}
		l.warn(l.at(file, path), "%s: %q selects <%s> elements, which HTML does not have, so it finds nothing on a page: write a CSS selector such as %s (a class is \".%s\", an id \"#%s\")", path, sel, name, example, name, name)
	}
}
