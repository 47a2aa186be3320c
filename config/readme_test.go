package config

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// readmeBlock is a ```yaml block of README.md and the line it starts on.
type readmeBlock struct {
	line int
	text string
}

// readmeYAML returns README's ```yaml blocks, dedented, and its inline
// code spans that are written as YAML ("key: value").
func readmeYAML(t *testing.T, path string) (blocks, inline []readmeBlock) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no %s: %v", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var cur *readmeBlock
	indent := ""
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		trimmed := strings.TrimLeft(line, " ")
		switch {
		case cur == nil && trimmed == "```yaml":
			indent = line[:len(line)-len(trimmed)]
			cur = &readmeBlock{line: n + 1}
		case cur != nil && trimmed == "```":
			blocks = append(blocks, *cur)
			cur = nil
		case cur != nil:
			cur.text += strings.TrimPrefix(line, indent) + "\n"
		default:
			for _, m := range inlineYAML.FindAllStringSubmatch(line, -1) {
				inline = append(inline, readmeBlock{line: n, text: m[1]})
			}
		}
	}
	if cur != nil {
		t.Fatalf("%s: the ```yaml block at line %d is never closed", path, cur.line-1)
	}
	return blocks, inline
}

// inlineYAML matches a code span such as `listen: 0.0.0.0:9464`.
var inlineYAML = regexp.MustCompile("`([a-z_]+: [^`]+)`")

// fragmentMetric makes a fragment with no metric of its own a valid
// configuration: the loader refuses a configuration with none.
const fragmentMetric = "\nmetrics:\n  - id: readme_fragment\n    keywords: [killed]\n"

// TestReadmeYAMLLoads loads every ```yaml block of README.md through the
// config loader, so that the documentation cannot drift from what loads:
// a block of metrics list items is a metrics: list, a block without
// metrics gets one, and the rest is taken as written.
func TestReadmeYAMLLoads(t *testing.T) {
	blocks, inline := readmeYAML(t, "../README.md")
	if len(blocks) == 0 {
		t.Fatal("README.md has no ```yaml block: did the extraction break?")
	}
	loadBlocks(t, "README.md", blocks)
	// Inline snippets are often fragments of a larger mapping: they must
	// at least be YAML.
	for _, s := range inline {
		var doc yaml.Node
		if err := yaml.Unmarshal([]byte(s.text), &doc); err != nil {
			t.Errorf("README.md:%d: `%s` is not valid YAML: %v", s.line, s.text, err)
		}
	}
}

// TestDocsYAMLLoads loads the ```yaml blocks of the docs sections that took
// in README's worked examples when README was cut short (the values:
// example, the outside dashboard's snippet), as README's own are loaded:
// moved out of README, they must not drift from what loads either.
func TestDocsYAMLLoads(t *testing.T) {
	for _, sec := range [][2]string{
		{"docs/rules.md", "The main behaviours in brief"},
		{"docs/operations.md", "Deployment"},
	} {
		data, err := os.ReadFile("../" + sec[0])
		if err != nil {
			t.Skipf("no %s: %v", sec[0], err)
		}
		_, body, ok := strings.Cut(string(data), "\n## "+sec[1]+"\n")
		if !ok {
			t.Fatalf("%s has no \"## %s\" section", sec[0], sec[1])
		}
		body, _, _ = strings.Cut(body, "\n## ")
		p := filepath.Join(t.TempDir(), "section.md")
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		blocks, _ := readmeYAML(t, p)
		if len(blocks) == 0 {
			t.Errorf("%s, %q: no ```yaml block: did the extraction break?", sec[0], sec[1])
		}
		loadBlocks(t, sec[0]+", \""+sec[1]+"\" section", blocks)
	}
}

// loadBlocks loads each block through the config loader: a block of
// metrics list items is a metrics: list, a block without metrics gets
// one, and the rest is taken as written.
func loadBlocks(t *testing.T, name string, blocks []readmeBlock) {
	t.Helper()
	for _, b := range blocks {
		text := b.text
		var doc yaml.Node
		if err := yaml.Unmarshal([]byte(text), &doc); err == nil && len(doc.Content) == 1 {
			switch root := doc.Content[0]; {
			case root.Kind == yaml.SequenceNode:
				text = "metrics:\n" + indentBy(text, "  ")
			case root.Kind == yaml.MappingNode && !hasKey(root, "metrics") && !hasKey(root, "rule_files"):
				text += fragmentMetric
			}
		}
		dir := t.TempDir()
		// The first-configuration example reads a folder of articles,
		// and its metrics in a rule file.
		if err := os.Mkdir(filepath.Join(dir, "articles"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "rules.yaml"), []byte(fragmentMetric), 0o644); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, "config.yaml")
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := load(p, noEnv); err != nil {
			t.Errorf("%s:%d: the ```yaml block does not load:\n%v\n--- block as loaded ---\n%s", name, b.line, err, text)
		}
	}
}

func indentBy(text, by string) string {
	lines := strings.SplitAfter(text, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			lines[i] = by + l
		}
	}
	return strings.Join(lines, "")
}

// TestContainerSnippetLoads: the container snippet README is to show
// loads, and takes its token from the environment.
func TestContainerSnippetLoads(t *testing.T) {
	env := func(k string) (string, bool) {
		if k == "CLAIMTRACK_DASHBOARD_TOKEN" {
			return "s3cret-token", true
		}
		return "", false
	}
	cfg, err := load("testdata/readme/container.yaml", env)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Listen != "0.0.0.0:9464" || cfg.Dashboard.Token != "s3cret-token" || len(cfg.Warnings) != 0 {
		t.Errorf("listen %q, token %q, warnings %v", cfg.Listen, cfg.Dashboard.Token, cfg.Warnings)
	}
}
