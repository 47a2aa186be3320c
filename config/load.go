package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/claimtrack/claimtrack/rules"
)

// DefaultPath is used when neither --config nor CLAIMTRACK_CONFIG is given.
const DefaultPath = "config.yaml"

// DefaultListen is where the HTTP server (/healthz, /readyz, /metrics, the
// dashboard) listens when the configuration has no listen: key; listen: ""
// turns it off.
const DefaultListen = "127.0.0.1:9464"

// EnvPath names the environment variable that overrides the default path.
const EnvPath = "CLAIMTRACK_CONFIG"

// Load reads, expands, decodes and validates a configuration file and the
// rule files it names. On any problem it returns Errors listing all of them;
// the returned Config is then incomplete and must not be used.
func Load(path string) (*Config, error) {
	return load(path, os.LookupEnv)
}

// nearFile is the YAML file beside path whose name is nearest its own
// (config.yml for config.yaml, confg.yaml), as path would name it; "" when
// none is near.
func nearFile(path string) string {
	near := nearEntry(path, func(e os.DirEntry) bool {
		ext := filepath.Ext(e.Name())
		return !e.IsDir() && (ext == ".yaml" || ext == ".yml")
	})
	if near == "" {
		return ""
	}
	return filepath.Join(filepath.Dir(path), near)
}

func load(path string, lookup func(string) (string, bool)) (*Config, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		// A first user on a fresh machine meets this first: say where it
		// looked and the ways to name another file.
		where := path
		if !filepath.IsAbs(path) {
			if wd, werr := os.Getwd(); werr == nil {
				where = fmt.Sprintf("%s (in %s)", path, wd)
			}
		}
		if near := nearFile(path); near != "" {
			return nil, fmt.Errorf("no configuration file %s: did you mean %s? (or pass --config FILE or set $%s)", where, near, EnvPath)
		}
		return nil, fmt.Errorf("no configuration file %s: pass --config FILE or set $%s, or write one (README's \"A first configuration of your own\"; the repository's config.yaml is an example)", where, EnvPath)
	}
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("config path %s: %w", path, err)
	}
	cfg := &Config{Path: path, Dir: filepath.Dir(abs)}
	l := &loader{cfg: cfg, errs: &Errors{}, pos: posIndex{}, lookup: lookup, unset: map[string]unsetAt{}}

	root, ok := l.parse(path, data)
	l.parsed = ok
	if ok {
		d := &decoder{file: path, errs: l.errs, pos: l.pos}
		d.decode(root, reflect.ValueOf(cfg).Elem(), "")
		if at, set := l.pos[l.pos.key(path, "listen")]; !set {
			cfg.Listen = DefaultListen // as README and the schema say; `health` asks there too
		} else {
			cfg.listenAt = at
		}
		cfg.storeAt = l.pos[l.pos.key(path, "store")]
		for i := range cfg.Metrics {
			l.setOrigins(&cfg.Metrics[i], path, fmt.Sprintf("metrics[%d]", i))
		}
		l.metricBase = make([]string, len(cfg.Metrics))
		for i := range cfg.Metrics {
			l.metricBase[i] = fmt.Sprintf("metrics[%d]", i)
		}
		before := len(*l.errs)
		l.loadRuleFiles()
		l.ruleFilesFailed = len(*l.errs) > before
		l.applyVocabularies()
	}
	l.validate()
	l.noteTroubledMetrics()
	l.foldVocabUses()
	l.adviseCalendarYear()
	for v, at := range l.unset {
		if cfg.deliveryProblem != nil && slices.ContainsFunc(l.slackUnset, func(u slackUnset) bool { return u.env == v }) {
			continue // checkSlack says what it means
		}
		if v == l.storeUnset {
			continue // noteStoreUnset says what it means
		}
		// At the value that names it, with its key: a desk with several
		// ${VAR}s sees which one, and what it leaves empty.
		l.warn(at.pos, "%senvironment variable %s %s; its ${%s} is empty", at.key(), v, l.varState(v), v)
	}
	sort.Strings(cfg.Warnings)
	if len(*l.errs) > 0 {
		return cfg, l.errs.sorted()
	}
	return cfg, nil
}

type loader struct {
	cfg    *Config
	errs   *Errors
	pos    posIndex
	lookup func(string) (string, bool)
	unset  map[string]unsetAt
	// metricBase[i] is the path of cfg.Metrics[i] within its own file.
	metricBase []string
	// parsed is set once the main file is valid YAML: only then are its
	// contents (such as a missing metric) worth judging.
	parsed bool
	// ruleFilesFailed is set when loading rule_files reported a problem,
	// which then explains a configuration without metrics better.
	ruleFilesFailed bool
	// slackUnset lists the main file's slack keys whose ${VAR} is unset.
	slackUnset []slackUnset
	// storeUnset is the variable of a store: ${VAR} that is not set.
	storeUnset string
	// brokenVocab maps the lower-cased name of each vocabulary written
	// but not loaded to the index in errs of the problem that says why
	// (vocabuses.go).
	brokenVocab map[string]int
}

func (l *loader) fail(p Pos, path, format string, args ...any) {
	*l.errs = append(*l.errs, FieldError{Pos: p, Path: path, Msg: fmt.Sprintf(format, args...)})
}

// warn records a problem that does not stop claimtrack, at its place.
func (l *loader) warn(pos Pos, format string, args ...any) {
	l.cfg.Warnings = append(l.cfg.Warnings, fmt.Sprintf("%s: warning: %s", pos, fmt.Sprintf(format, args...)))
}

// metricPath is the file cfg.Metrics[i] was read from and its path within
// that file ("metrics[3]"); the path is empty when none was recorded.
func (l *loader) metricPath(i int) (file, base string) {
	file = l.cfg.Metrics[i].Origin.File
	if i < len(l.metricBase) {
		base = l.metricBase[i]
	}
	return file, base
}

// at finds the position recorded for a path, walking up to the nearest
// ancestor that has one.
func (l *loader) at(file, path string) Pos {
	for p := path; ; {
		if pos, ok := l.pos[l.pos.key(file, p)]; ok {
			return pos
		}
		if p == "" {
			return Pos{File: file}
		}
		if i := strings.LastIndexAny(p, ".["); i >= 0 {
			p = p[:i]
		} else {
			p = ""
		}
	}
}

func (l *loader) parse(file string, data []byte) (*yaml.Node, bool) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		l.failSyntax(file, data, err)
		return nil, false
	}
	if len(root.Content) == 0 {
		return &root, true
	}
	if file == l.cfg.Path {
		l.noteSlackUnset(file, &root)
		l.noteStoreUnset(file, &root)
	}
	l.expand(file, &root, "")
	return &root, true
}

func (l *loader) resolve(p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(l.cfg.Dir, p)
}

// missingFolder says why a pattern matched nothing when its folder is
// missing: the example configuration copied alone, without the metrics/
// folder beside it that holds the shipped metrics.
func missingFolder(resolved string) string {
	dir := filepath.Dir(resolved)
	if strings.ContainsAny(dir, "*?[") {
		return ""
	}
	if _, err := os.Stat(dir); err == nil {
		return ""
	}
	msg := ": there is no folder " + dir
	if filepath.Base(dir) == "metrics" {
		msg += " (the shipped metrics are the repository's metrics/ folder: copy it beside the configuration, as the install does with cp -r config.yaml metrics)"
	}
	return msg
}

// loadRuleFiles reads the metrics of every file rule_files names. A file
// holds a list of metrics, a single metric, or a mapping with a metrics key.
func (l *loader) loadRuleFiles() {
	for i, pattern := range l.cfg.RuleFiles {
		field := fmt.Sprintf("rule_files[%d]", i)
		matches, err := filepath.Glob(l.resolve(pattern))
		if err != nil {
			l.fail(l.at(l.cfg.Path, field), field, "bad glob pattern %q: %v", pattern, err)
			continue
		}
		if len(matches) == 0 {
			// A glob that matches nothing loads no metric: accepting it let a
			// reload silently stop every alert.
			if strings.ContainsAny(pattern, "*?[") {
				l.fail(l.at(l.cfg.Path, field), field, "%s matches no file (the pattern is relative to %s)%s; fix the pattern or remove it", pattern, l.cfg.Dir, missingFolder(l.resolve(pattern)))
			} else {
				l.fail(l.at(l.cfg.Path, field), field, "%s does not exist (the path is relative to %s)", pattern, l.cfg.Dir)
			}
			continue
		}
		sort.Strings(matches)
		for _, m := range matches {
			l.loadRuleFile(m)
		}
	}
}

func (l *loader) loadRuleFile(path string) {
	rel := path
	if r, err := filepath.Rel(l.cfg.Dir, path); err == nil && !strings.HasPrefix(r, "..") {
		rel = filepath.Join(filepath.Dir(l.cfg.Path), r)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		l.fail(Pos{File: rel}, "", "read rule file: %v", err)
		return
	}
	root, ok := l.parse(rel, data)
	if !ok || len(root.Content) == 0 {
		return
	}
	doc := root.Content[0]
	var specs []rules.MetricSpec
	base := "metrics"
	d := &decoder{file: rel, errs: l.errs, pos: l.pos}
	switch {
	case doc.Kind == yaml.SequenceNode:
		base = ""
		d.decode(doc, reflect.ValueOf(&specs).Elem(), "")
	case doc.Kind == yaml.MappingNode && hasKey(doc, "metrics"):
		doc = l.dropConfigKeys(rel, doc)
		var wrapper struct {
			Metrics []rules.MetricSpec `yaml:"metrics"`
		}
		d.decode(doc, reflect.ValueOf(&wrapper).Elem(), "")
		specs = wrapper.Metrics
	case doc.Kind == yaml.MappingNode:
		var one rules.MetricSpec
		d.decode(doc, reflect.ValueOf(&one).Elem(), "")
		specs = []rules.MetricSpec{one}
		base = "single"
	default:
		l.fail(nodePos(rel, doc), "", "a rule file holds a list of metrics, one metric, or a mapping with a metrics: list")
		return
	}
	for i := range specs {
		var p string
		switch base {
		case "":
			p = fmt.Sprintf("[%d]", i)
		case "single":
			p = ""
		default:
			p = fmt.Sprintf("%s[%d]", base, i)
		}
		l.setOrigins(&specs[i], rel, p)
		l.metricBase = append(l.metricBase, p)
	}
	l.cfg.Metrics = append(l.cfg.Metrics, specs...)
}

// setOrigins records where spec, at path p of file, and each of its
// examples were written: a failed example is reported at its own line.
func (l *loader) setOrigins(spec *rules.MetricSpec, file, p string) {
	spec.Origin = rules.Origin{File: file, Line: l.at(file, p).Line}
	for j := range spec.Examples {
		ep := fmt.Sprintf("examples[%d]", j)
		if p != "" {
			ep = p + "." + ep
		}
		spec.Examples[j].Origin = rules.Origin{File: file, Line: l.at(file, ep).Line}
	}
}

func hasKey(n *yaml.Node, key string) bool {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return true
		}
	}
	return false
}
