package config

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/claimtrack/claimtrack/rules"
)

// LoadRuleFiles reads and validates rule files on their own, without a
// configuration, for tools that measure rules (claimtrack rules eval
// --rules). Problems come back as Errors with file:line positions, as from
// Load.
func LoadRuleFiles(paths []string) ([]rules.MetricSpec, error) {
	dir, err := os.Getwd()
	if err != nil {
		return nil, fmt.Errorf("rule files: unable to find the working directory: %w", err)
	}
	cfg := &Config{Dir: dir}
	l := &loader{cfg: cfg, errs: &Errors{}, pos: posIndex{}, lookup: os.LookupEnv, unset: map[string]unsetAt{}}
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			l.fail(Pos{File: p}, "", "read rule file: %v", err)
			continue
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			l.fail(Pos{File: p}, "", "rule file path: %v", err)
			continue
		}
		l.loadRuleFile(abs)
	}
	// With nothing but metrics set, validate checks the metrics alone.
	l.validate()
	if len(*l.errs) > 0 {
		return nil, l.errs.sorted()
	}
	return cfg.Metrics, nil
}

// misspelt reports whether path (metrics[0].keywords) is missing because a
// sibling key was reported unknown with it as the suggestion (keywrods):
// "a metric needs keywords" beside "did you mean keywords?" is one mistake
// told twice.
func (l *loader) misspelt(file, path string) bool {
	i := strings.LastIndex(path, ".")
	if i < 0 {
		return false
	}
	parent, field := path[:i+1], path[i+1:]
	for _, e := range *l.errs {
		if e.Pos.File == file && strings.HasPrefix(e.Path, parent) && !strings.Contains(e.Path[len(parent):], ".") &&
			strings.Contains(e.Msg, fmt.Sprintf("(did you mean %q?)", field)) {
			return true
		}
	}
	return false
}

// dropConfigKeys reports the keys of a rule file that belong in the
// configuration (vocabularies:, claimants: ...), which a rule file's
// "unknown key (known keys: metrics)" left unexplained, and returns the
// mapping without them.
func (l *loader) dropConfigKeys(file string, doc *yaml.Node) *yaml.Node {
	configKeys := map[string]bool{}
	t := reflect.TypeFor[Config]()
	for i := range t.NumField() {
		if name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ","); name != "" && name != "-" && name != "metrics" {
			configKeys[name] = true
		}
	}
	kept := *doc
	kept.Content = nil
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k := doc.Content[i]
		if configKeys[k.Value] {
			l.fail(nodePos(file, k), k.Value, "belongs in the configuration file (%s), not in a rule file, which holds metrics: only", l.cfg.Path)
			if k.Value == "vocabularies" {
				l.vocabsIn(doc.Content[i+1]) // their uses wait on this one problem
			}
			continue
		}
		kept.Content = append(kept.Content, k, doc.Content[i+1])
	}
	return &kept
}
