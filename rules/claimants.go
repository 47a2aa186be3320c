package rules

import (
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

// attribute fills in the claimant of each observation's main value. It
// runs only for sentences that made an observation, so its cost follows
// the observations, not the text.
func (e *Engine) attribute(d *figures.Document, obs []Observation) []Observation {
	if len(obs) == 0 {
		return obs
	}
	f := e.claimantFinder()
	if f == nil {
		return obs
	}
	doc := f.Doc(d)
	defer doc.Release()
	// One allocation for all the claimants, not one per observation.
	found := make([]claimant.Claimant, 0, len(obs))
	for i := range obs {
		v := obs[i].Main()
		if c, ok := doc.Find(v.Start, v.End); ok {
			found = append(found, c)
			obs[i].Claimant = &found[len(found)-1]
		}
	}
	return obs
}
