package config

import (
	"os"
	"strings"
	"testing"
)

// TestUnknownElement: a bare word that names no HTML element is found
// (YAML's true, a class written without its dot); elements, classes, ids,
// attributes, pseudo-classes and custom elements are not.
func TestUnknownElement(t *testing.T) {
	for sel, want := range map[string]string{
		"true":                        "true",
		"false":                       "false",
		"headline a":                  "headline",
		"article h2 a, storylink":     "storylink",
		"div > Teaser":                "Teaser",
		"a":                           "",
		"article h2 a":                "",
		"li a":                        "",
		".headline a":                 "",
		"#main a[href*='/news/']":     "",
		"a[data-kind=\"story true\"]": "",
		"ul.list > li:nth-child(2) a": "",
		"story-card a":                "",
		"main article:not(.ad) a":     "",
		"*":                           "",
	} {
		if got := unknownElement(sel); got != want {
			t.Errorf("unknownElement(%q) = %q, want %q", sel, got, want)
		}
	}
}

// TestSelectorNamingNoElementWarns: "links: true" (YAML's boolean) and a
// remove: class written without its dot are warned of at their lines,
// with the field's kind of example; "li a" and ".related" are not.
func TestSelectorNamingNoElementWarns(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/config.yaml"
	text := `store: ./x.db
sources:
  - name: headlines
    page: https://example.org/news/
    links: true
  - name: section
    page: https://example.org/world/
    links: "li a"
    remove: [".related", related]
metrics:
  - id: x_cases
    keywords: [cases]
`
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	said := strings.Join(cfg.Warnings, "\n")
	for _, want := range []string{
		`:5:12: warning: sources[0].links: "true" selects <true> elements`,
		`:9:26: warning: sources[1].remove[1]: "related" selects <related> elements`,
		`such as "aside" or ".related"`,
	} {
		if !strings.Contains(said, want) {
			t.Errorf("want %q in the warnings, got:\n%s", want, said)
		}
	}
	if strings.Contains(said, `"li a"`) || strings.Contains(said, `".related" selects`) {
		t.Errorf("a selector of elements or classes warned of:\n%s", said)
	}
}
