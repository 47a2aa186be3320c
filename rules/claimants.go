package rules

import (
	"slices"
	"sync"

	"github.com/claimtrack/claimtrack/rules/claimant"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// claimantSetting is the engine's claimant finder: the shipped claimants
// unless UseClaimants said otherwise, built on first use.
type claimantSetting struct {
	once   sync.Once
	finder *claimant.Finder
	set    bool
	// restricted holds the metrics with claimants: or exclude_claimants:
	// by id, built on first use; most configurations have none.
	restrictOnce sync.Once
	restricted   map[string]*MetricSpec
}

// UseClaimants sets the finder that names each observation's claimant
// (config.Config.ClaimantFinder builds one from the configuration); nil
// turns claimants off. Without it the engine uses the shipped claimants.
// Call it before the first Extract.
func (e *Engine) UseClaimants(f *claimant.Finder) {
	e.claimants.finder, e.claimants.set = f, true
}

func (e *Engine) claimantFinder() *claimant.Finder {
	e.claimants.once.Do(func() {
		if !e.claimants.set {
			// The shipped list is tested to be valid.
			e.claimants.finder, _ = claimant.New(claimant.Defaults())
		}
	})
	return e.claimants.finder
}

// attribute fills in the claimant of each observation's main value and
// drops those whose metric does not take that claimant (claimants:,
// exclude_claimants:). It runs only for sentences that made an
// observation, so its cost follows the observations, not the text.
func (e *Engine) attribute(d *figures.Document, obs []Observation) []Observation {
	if len(obs) == 0 {
		return obs
	}
	f := e.claimantFinder()
	var doc *claimant.Doc
	if f != nil {
		doc = f.Doc(d)
	}
	if doc != nil {
		defer doc.Release()
	}
	// The observations of one figure (often many metrics') share its
	// claimant, looked up once per sentence; the claimants are cut from
	// chunks, not allocated one per observation.
	var chunk []claimant.Claimant
	type spanClaimant struct {
		start, end int
		c          *claimant.Claimant
	}
	var sentence []spanClaimant
	sentenceAt := -1
	kept := 0
	restricted := e.restrictedMetrics()
	for i := range obs {
		o := &obs[i]
		if doc != nil {
			if o.QuoteStart != sentenceAt {
				sentenceAt, sentence = o.QuoteStart, sentence[:0]
			}
			v := &o.Values[0] // o.Main(), not copied
			at := slices.IndexFunc(sentence, func(sc spanClaimant) bool { return sc.start == v.Start && sc.end == v.End })
			if at < 0 {
				sc := spanClaimant{start: v.Start, end: v.End}
				if c, ok := doc.Find(v.Start, v.End); ok {
					if len(chunk) == cap(chunk) {
						chunk = make([]claimant.Claimant, 0, min(len(obs)-i, maxValueChunk))
					}
					chunk = append(chunk, c)
					sc.c = &chunk[len(chunk)-1]
				}
				at, sentence = len(sentence), append(sentence, sc)
			}
			o.Claimant = sentence[at].c
		}
		if restricted != nil {
			if m := restricted[o.Metric]; m != nil && !m.TakesClaimant(o.Claimant) {
				continue
			}
		}
		if kept != i {
			obs[kept] = *o
		}
		kept++
	}
	return obs[:kept]
}

// restrictedMetrics returns the specs of the metrics that restrict their
// claimants by ID, nil when none does (most engines): attribute asks it
// once, not once per observation, each through the sync.Once and a map
// (the count is in docs/history/performance-rounds.md, speed33).
func (e *Engine) restrictedMetrics() map[string]*MetricSpec {
	c := &e.claimants
	c.restrictOnce.Do(func() {
		for _, m := range e.metrics {
			if len(m.spec.Claimants) > 0 || len(m.spec.ExcludeClaimants) > 0 {
				if c.restricted == nil {
					c.restricted = map[string]*MetricSpec{}
				}
				c.restricted[m.spec.ID] = &m.spec
			}
		}
	})
	return c.restricted
}

// ClaimantFinder is the finder the engine names claimants with (nil when
// claimants are off), for readers that name a body the same way: the
// tracker's reading of a bare reference (tracker.resolveBareReferences).
func (e *Engine) ClaimantFinder() *claimant.Finder { return e.claimantFinder() }
