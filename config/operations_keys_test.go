package config

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestOperationsNamesEveryKey: README promises "every key with its default"
// in docs/operations.md's "Configuration keys" table, which lost sight of
// slack.api_url and slack.broadcast. Every key of the configuration and of
// its blocks (log, dashboard, slack, fetch, tracker, retention, a source)
// must be named in that section, as `block.key` or, in the block's own row,
// as `key`. A metric's keys are docs/rules.md's.
func TestOperationsNamesEveryKey(t *testing.T) {
	b, err := os.ReadFile("../docs/operations.md")
	if err != nil {
		t.Skipf("no docs/operations.md: %v", err)
	}
	_, section, ok := strings.Cut(string(b), "\n## Configuration keys\n")
	if !ok {
		t.Fatal("docs/operations.md has no \"## Configuration keys\" section")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	rows := strings.Split(section, "\n")
	// rowOf is the table row that names block (`block.` or `block[]`).
	rowOf := func(block string) string {
		for _, r := range rows {
			if strings.HasPrefix(r, "| `"+block+".") || strings.HasPrefix(r, "| `"+block+"[]`") {
				return r
			}
		}
		for _, r := range rows {
			if strings.Contains(r, "`"+block+".") {
				return r
			}
		}
		return ""
	}
	top := reflect.TypeFor[Config]()
	for i := range top.NumField() {
		f := top.Field(i)
		key := yamlKey(f)
		if key == "" {
			continue
		}
		if !strings.Contains(section, "`"+key+"`") && !strings.Contains(section, "`"+key+".") && !strings.Contains(section, "`"+key+"[]`") {
			t.Errorf("docs/operations.md's configuration keys do not name %s", key)
			continue
		}
		ft := f.Type
		if ft.Kind() == reflect.Slice {
			ft = ft.Elem()
		}
		if ft.Kind() != reflect.Struct || key == "metrics" || key == "claimants" {
			continue
		}
		row := rowOf(key)
		for j := range ft.NumField() {
			sub := yamlKey(ft.Field(j))
			if sub == "" {
				continue
			}
			if !strings.Contains(section, "`"+key+"."+sub+"`") && !strings.Contains(row, "`"+sub+"`") {
				t.Errorf("docs/operations.md's configuration keys do not name %s.%s (a row `%s.%s`, or `%s` in %s's row)", key, sub, key, sub, sub, key)
			}
		}
	}
}

// yamlKey is a field's YAML key, "" for one YAML does not read.
func yamlKey(f reflect.StructField) string {
	if !f.IsExported() {
		return ""
	}
	k, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if k == "-" || k == "" {
		return ""
	}
	return k
}
