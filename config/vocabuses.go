package config

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// A vocabulary written but not loaded (a list where its keys belong, a
// name with capitals, a vocabularies: block in a rule file) is one
// mistake, said once at its line. Each keyword that uses it would
// otherwise say "no vocabulary" again at its own line, as if there were as
// many mistakes, and point the desk at the uses rather than at the
// definition. The uses are folded into the definition's problem: how many
// there are and where, so that none is lost.

// markBrokenVocab records that the vocabulary name (as written) did not
// load, and that problem i of the load says why.
func (l *loader) markBrokenVocab(name string, i int) {
	if l.brokenVocab == nil {
		l.brokenVocab = map[string]int{}
	}
	if _, ok := l.brokenVocab[strings.ToLower(name)]; !ok {
		l.brokenVocab[strings.ToLower(name)] = i
	}
}

// vocabsIn marks the vocabularies a rule file's vocabularies: mapping
// defines as not loaded: the problem just reported says why.
func (l *loader) vocabsIn(n *yaml.Node) {
	if n == nil || n.Kind != yaml.MappingNode {
		return
	}
	for j := 0; j+1 < len(n.Content); j += 2 {
		l.markBrokenVocab(n.Content[j].Value, len(*l.errs)-1)
	}
}

// vocabOfPath returns the vocabulary name a problem's path is under
// ("vocabularies.crossings.phrases[2]" → crossings).
func vocabOfPath(path string) (string, bool) {
	rest, ok := strings.CutPrefix(path, "vocabularies.")
	if !ok || rest == "" {
		return "", false
	}
	if i := strings.IndexAny(rest, ".["); i >= 0 {
		rest = rest[:i]
	}
	return rest, true
}

// foldVocabUses drops each "no vocabulary NAME" problem of a vocabulary
// that was written but did not load, and names the uses, with their
// lines, in the problem that says why it did not load.
func (l *loader) foldVocabUses() {
	if len(l.brokenVocab) == 0 {
		return
	}
	uses := map[int][]Pos{}
	kept := (*l.errs)[:0:0]
	for _, e := range *l.errs {
		if i, ok := l.brokenVocab[usedVocab(e.Msg)]; ok {
			uses[i] = append(uses[i], e.Pos)
			continue
		}
		kept = append(kept, e)
	}
	for i, at := range uses {
		kept[keptIndex(*l.errs, kept, i)].Msg += "; " + usesNote(at)
	}
	*l.errs = kept
}

// usedVocab is the lower-cased name a "no vocabulary NAME" problem is
// about, or "".
func usedVocab(msg string) string {
	rest, ok := strings.CutPrefix(msg, "no vocabulary ")
	if !ok {
		return ""
	}
	end := strings.Index(rest[1:], `"`)
	if !strings.HasPrefix(rest, `"`) || end < 0 {
		return ""
	}
	name, err := strconv.Unquote(rest[:end+2])
	if err != nil {
		return ""
	}
	return strings.ToLower(name)
}

// keptIndex is where problem i of all stands among those kept: the
// problems dropped are uses only, never a definition's own problem.
func keptIndex(all, kept []FieldError, i int) int {
	return slices.IndexFunc(kept, func(e FieldError) bool { return e == all[i] })
}

// usesNote says how many keywords use a vocabulary that did not load, and
// where: "3 uses of it wait on this (rules.yaml:10, 16, 17)".
func usesNote(at []Pos) string {
	var parts []string
	file := ""
	for _, p := range at {
		if p.File != file {
			file = p.File
			parts = append(parts, fmt.Sprintf("%s:%d", p.File, p.Line))
			continue
		}
		parts = append(parts, strconv.Itoa(p.Line))
	}
	what := "use of it waits"
	if len(at) > 1 {
		what = "uses of it wait"
	}
	return fmt.Sprintf("%d %s on this (%s)", len(at), what, strings.Join(parts, ", "))
}
