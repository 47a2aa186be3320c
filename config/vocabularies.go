package config

import (
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
	voc, errs := shipped.With(l.cfg.Vocabularies, origin)
	for _, e := range errs {
		path := joinPath("vocabularies", e.Field)
		l.fail(l.at(l.cfg.Path, path), path, "%s", e.Msg)
	}
	for i := range l.cfg.Metrics {
		l.cfg.Metrics[i].Vocabularies = voc
	}
}
