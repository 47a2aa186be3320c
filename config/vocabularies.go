package config

import (
	"fmt"
	"strings"

	"github.com/claimtrack/claimtrack/rules"
)

// applyVocabularies builds the vocabularies the metrics' @names refer to
// (the shipped ones changed by the vocabularies: key) and gives them to
// every metric, before the metrics are validated: an unknown @name is then
// reported at its file and line like any other mistake in a rule.
func (l *loader) applyVocabularies() {
	shipped, err := rules.ShippedVocabularies()
	if err != nil {
		l.fail(Pos{File: l.cfg.Path}, "vocabularies", "the shipped vocabularies do not load (a broken build): %v", err)
		return
	}
	origin := rules.Origin{File: l.cfg.Path, Line: l.at(l.cfg.Path, "vocabularies").Line}
	// A vocabulary the decoder could not read (a list where its keys
	// belong) is said once, where it is written, and how to write it.
	undecoded := map[string]int{}
	for i, e := range *l.errs {
		name, ok := vocabOfPath(e.Path)
		if _, seen := undecoded[name]; ok && !seen && e.Pos.File == l.cfg.Path {
			undecoded[name] = i
			if strings.Contains(e.Msg, "got a list") && e.Path == "vocabularies."+name {
				(*l.errs)[i].Msg += fmt.Sprintf("; a vocabulary of your own lists its words under phrases: (%s: {phrases: [word, \"a phrase\"]}), a shipped one's changes under add: or remove:", name)
			}
		}
	}
	voc, errs := shipped.With(l.cfg.Vocabularies, origin)
	for _, e := range errs {
		name, _, _ := strings.Cut(e.Field, ".")
		if _, said := undecoded[name]; said && e.Field == name && strings.HasPrefix(e.Msg, "there is no vocabulary") {
			continue // what the decoder said already, in its own words
		}
		path := joinPath("vocabularies", e.Field)
		l.fail(l.at(l.cfg.Path, path), path, "%s", e.Msg)
		if _, said := undecoded[name]; !said {
			undecoded[name] = len(*l.errs) - 1
		}
	}
	for name, i := range undecoded {
		if _, ok := voc.Lookup(name); !ok {
			l.markBrokenVocab(name, i)
		}
	}
	for i := range l.cfg.Metrics {
		l.cfg.Metrics[i].Vocabularies = voc
	}
}
