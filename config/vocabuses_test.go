package config

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// TestBrokenVocabularyIsOneProblem is user51's "no vocabulary @x" said
// again at each keyword using a vocabulary whose definition was the
// mistake: the definition's problem is said once at its line, with how
// many uses wait on it and where; a use of a vocabulary nobody wrote still
// says "no vocabulary" at its own line.
func TestBrokenVocabularyIsOneProblem(t *testing.T) {
	rules := `metrics:
  - id: sea_arrivals
    keywords: ["@crossings"]
  - id: sea_dead
    keywords: ["@crossings", drowned]
    exclude_near: ["@crossings"]
`
	cases := []struct {
		name, config, rules string
		want                []string // each problem, in order: its prefix, then parts it holds, "|" between
	}{
		{"a vocabulary written as a list",
			"rule_files: [rules.yaml]\nvocabularies:\n  crossings:\n    - arrived\n    - landed\n", rules,
			[]string{"config.yaml:4:5: vocabularies.crossings: expected a mapping|under phrases: (crossings: {phrases:|3 uses of it wait on this (rules.yaml:3, 5, 6)"}},
		{"a vocabulary named with a capital",
			"rule_files: [rules.yaml]\nvocabularies:\n  Crossings: {phrases: [arrived, landed]}\n", rules,
			[]string{"config.yaml:3:14: vocabularies.Crossings: \"Crossings\" is not a vocabulary name|(crossings), and refer to it as @crossings; 3 uses of it wait on this (rules.yaml:3, 5, 6)"}},
		{"vocabularies: in a rule file",
			"rule_files: [rules.yaml]\n", "vocabularies:\n  crossings: {phrases: [arrived]}\n" + rules,
			[]string{"rules.yaml:1:1: vocabularies: belongs in the configuration file|3 uses of it wait on this (rules.yaml:5, 7, 8)"}},
		// near miss: nobody wrote @crosings; each use is its own mistake
		{"a use of a vocabulary nobody wrote",
			"rule_files: [rules.yaml]\nvocabularies:\n  crossings: {phrases: [arrived]}\n",
			"metrics:\n  - id: sea_arrivals\n    keywords: [\"@crosings\"]\n  - id: sea_dead\n    keywords: [\"@crosings\"]\n",
			[]string{"rules.yaml:3:16: metrics[0].keywords[0]: no vocabulary \"crosings\"|@crossings",
				"rules.yaml:5:16: metrics[1].keywords[0]: no vocabulary \"crosings\"|@crossings"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"config.yaml": c.config, "rules.yaml": c.rules})
			_, err := load(filepath.Join(dir, "config.yaml"), noEnv)
			var errs Errors
			if !errors.As(err, &errs) {
				t.Fatalf("want problems, got %v", err)
			}
			var got []string
			for _, e := range errs {
				got = append(got, strings.ReplaceAll(e.Error(), dir+string(filepath.Separator), ""))
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %d problems, want %d:\n%s", len(got), len(c.want), strings.Join(got, "\n"))
			}
			for i, w := range c.want {
				parts := strings.Split(w, "|")
				if !strings.HasPrefix(got[i], parts[0]) {
					t.Errorf("problem %d:\n got  %s\n want %s ...", i, got[i], parts[0])
				}
				for _, part := range parts[1:] {
					if !strings.Contains(got[i], part) {
						t.Errorf("problem %d:\n got  %s\n want ... %s", i, got[i], part)
					}
				}
			}
		})
	}
}
