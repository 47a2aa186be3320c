package rules

import (
	"embed"
	"errors"
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// A vocabulary is a named, curated list of the words and phrases news uses
// for one kind of count ("@deaths": killed, the toll, lost their lives,
// claimed N lives). Rules name it instead of listing the words, so that a
// rule written for one war reads the idioms of every outlet.
type Vocabulary struct {
	Name        string   `yaml:"-" json:"name"`
	Description string   `yaml:"description" json:"description"`
	Phrases     []string `yaml:"phrases" json:"phrases"`
	// Origin is where the list was last defined or changed: a shipped
	// file (vocab/deaths.yaml) or the configuration.
	Origin Origin `yaml:"-" json:"-"`
}

// VocabularySpec changes or adds a vocabulary from the configuration:
// phrases replaces the list (or defines a new one); add and remove edit it.
type VocabularySpec struct {
	Description string   `yaml:"description" json:"description,omitempty" jsonschema:"description=What the vocabulary's words count."`
	Phrases     []string `yaml:"phrases" json:"phrases,omitempty" jsonschema:"description=The whole list: replaces a shipped vocabulary of the same name or defines a new one."`
	Add         []string `yaml:"add" json:"add,omitempty" jsonschema:"description=Words or phrases added to the vocabulary."`
	Remove      []string `yaml:"remove" json:"remove,omitempty" jsonschema:"description=Entries taken out of the vocabulary, written as it lists them."`
}

// Vocabularies is a set of vocabularies by name. It is not changed after
// it is built, so one set can serve any number of engines.
type Vocabularies struct {
	byName map[string]Vocabulary
}

//go:embed vocab/*.yaml
var shippedVocab embed.FS

// ShippedVocabularies reads the vocabularies claimtrack ships (rules/vocab).
// An error names the file and line.
func ShippedVocabularies() (*Vocabularies, error) {
	files, err := shippedVocab.ReadDir("vocab")
	if err != nil {
		return nil, fmt.Errorf("rules: read shipped vocabularies: %w", err)
	}
	v := &Vocabularies{byName: map[string]Vocabulary{}}
	var errs []error
	for _, f := range files {
		file := path.Join("vocab", f.Name())
		data, err := shippedVocab.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("rules: read %s: %w", file, err)
		}
		voc, ferrs := ParseVocabulary("rules/"+file, data)
		errs = append(errs, ferrs...)
		if len(ferrs) == 0 {
			v.byName[voc.Name] = voc
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return v, nil
}

// ParseVocabulary reads one vocabulary file: a description and a list of
// phrases; the file's base name is the vocabulary's name. Every problem is
// returned with its file and line.
func ParseVocabulary(file string, data []byte) (Vocabulary, []error) {
	name := strings.TrimSuffix(path.Base(file), path.Ext(file))
	voc := Vocabulary{Name: name, Origin: Origin{File: file, Line: 1}}
	var errs []error
	fail := func(line int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", file, line, fmt.Sprintf(format, args...)))
	}
	if !idPattern.MatchString(name) {
		fail(1, "%q is not a vocabulary name: name the file with lower case letters, digits and underscores (deaths.yaml)", name)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		fail(1, "YAML syntax: %v", err)
		return voc, errs
	}
	if len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		fail(1, "a vocabulary file is a mapping with description: and phrases:")
		return voc, errs
	}
	doc := root.Content[0]
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, val := doc.Content[i], doc.Content[i+1]
		switch k.Value {
		case "description":
			voc.Description = val.Value
		case "phrases":
			if val.Kind != yaml.SequenceNode {
				fail(val.Line, "phrases: expected a list of words and phrases")
				continue
			}
			for _, item := range val.Content {
				if msg := checkVocabEntry(item.Value); item.Kind != yaml.ScalarNode || msg != "" {
					fail(item.Line, "phrases: %s", msg)
					continue
				}
				voc.Phrases = append(voc.Phrases, item.Value)
			}
		default:
			fail(k.Line, "unknown key %q (known keys: description, phrases)", k.Value)
		}
	}
	if len(voc.Phrases) == 0 && len(errs) == 0 {
		fail(doc.Line, "phrases: the list is empty")
	}
	return voc, errs
}

// checkVocabEntry checks one phrase of a vocabulary: a phrase as keywords
// take it, but not the name of another vocabulary.
func checkVocabEntry(p string) string {
	if strings.HasPrefix(strings.TrimSpace(p), vocabMark) {
		return fmt.Sprintf("%q: a vocabulary lists words and phrases, not other vocabularies", p)
	}
	if msg := checkPhrase(p); msg != "" {
		return msg
	}
	return ""
}

// Lookup returns the vocabulary named name (without the @).
func (v *Vocabularies) Lookup(name string) (Vocabulary, bool) {
	if v == nil {
		return Vocabulary{}, false
	}
	voc, ok := v.byName[name]
	return voc, ok
}

// Names lists the vocabularies' names in order.
func (v *Vocabularies) Names() []string {
	if v == nil {
		return nil
	}
	return slices.Sorted(maps.Keys(v.byName))
}

// With returns a copy of v changed by the configuration's vocabularies:
// key. Problems come back as SpecErrors whose Field is relative to the
// vocabularies mapping ("deaths.add[2]"); origin is the configuration file
// the changes were written in.
func (v *Vocabularies) With(changes map[string]VocabularySpec, origin Origin) (*Vocabularies, []SpecError) {
	out := &Vocabularies{byName: maps.Clone(v.byName)}
	if out.byName == nil {
		out.byName = map[string]Vocabulary{}
	}
	var errs []SpecError
	add := func(field, format string, args ...any) {
		errs = append(errs, SpecError{Field: field, Msg: fmt.Sprintf(format, args...)})
	}
	for _, name := range slices.Sorted(maps.Keys(changes)) {
		ch := changes[name]
		if !idPattern.MatchString(name) {
			add(name, "%q is not a vocabulary name: use lower case letters, digits and underscores (%s), and refer to it as @%s", name, vocabName(name), vocabName(name))
			continue
		}
		voc, exists := out.byName[name]
		if !exists && ch.Phrases == nil {
			add(name, "there is no vocabulary %q to change (shipped: %s): give phrases: to define it", name, strings.Join(v.Names(), ", "))
			continue
		}
		if ch.Phrases != nil && (ch.Add != nil || ch.Remove != nil) {
			add(name, "give phrases: (the whole list) or add:/remove: (changes to it), not both")
			continue
		}
		voc.Name, voc.Origin = name, origin
		if ch.Description != "" {
			voc.Description = ch.Description
		}
		if ch.Phrases != nil {
			voc.Phrases = nil
		}
		voc.Phrases = slices.Clone(voc.Phrases)
		for i, p := range ch.Remove {
			j := slices.IndexFunc(voc.Phrases, func(q string) bool { return strings.EqualFold(strings.TrimSpace(q), strings.TrimSpace(p)) })
			if j < 0 {
				add(fmt.Sprintf("%s.remove[%d]", name, i), "%q is not in @%s (see claimtrack rules vocab %s)", p, name, name)
				continue
			}
			voc.Phrases = slices.Delete(voc.Phrases, j, j+1)
		}
		for _, list := range []struct {
			field   string
			entries []string
		}{{"phrases", ch.Phrases}, {"add", ch.Add}} {
			for i, p := range list.entries {
				if msg := checkVocabEntry(p); msg != "" {
					add(fmt.Sprintf("%s.%s[%d]", name, list.field, i), "%s", msg)
					continue
				}
				voc.Phrases = append(voc.Phrases, p)
			}
		}
		if len(voc.Phrases) == 0 {
			add(name, "@%s would have no phrases left", name)
			continue
		}
		out.byName[name] = voc
	}
	return out, errs
}

// vocabName is a name written with capitals, spaces or hyphens as a
// vocabulary's name is written: "Sea crossings" → sea_crossings.
func vocabName(name string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '_':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		case r == ' ' || r == '-':
			return '_'
		}
		return -1
	}, name)
}
