package web

import (
	"cmp"
	"slices"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
)

// unattributed names the observations whose article names no claimant.
const unattributed = "unattributed"

// ClaimantRow is one claimant of a metric's observations, as the metric
// page lists it: how many observations it is behind, how many distinct
// outlets relay it, and its latest value.
type ClaimantRow struct {
	// Claimant is its configured id, else its words as written; "" for
	// the unattributed observations.
	Claimant string `json:"claimant"`
	// Name is how people read it: the configured name, else the words.
	Name         string `json:"name"`
	Class        string `json:"-"`
	Observations int    `json:"observations"`
	// Outlets are the distinct outlets relaying it, a syndicated copy of
	// another outlet's story not counted.
	Outlets []string `json:"outlets"`
	// Latest is its newest value as written, published at LatestAt.
	Latest   string    `json:"latest"`
	LatestAt time.Time `json:"latest_at"`
}

// claimantKey groups observations by claimant as the tracker does: the
// configured id, else the words normalised; "" when unattributed.
func claimantKey(o model.Observation) string { return store.ClaimantKey(o) }

// claimantName is an observation's claimant for a legend or a list.
func (s *Server) claimantName(o model.Observation) string {
	if n := tracker.ClaimantDisplay(o, s.claimantNames); n != "" {
		return n
	}
	return unattributed
}

// claimantClass is the colour class of a claimant's key: the same on
// every page, a neutral grey for the unattributed.
func (s *Server) claimantClass(key string) string {
	if key == "" {
		return "cu"
	}
	return s.claimantColours.Class(key)
}

// claimantRows lists the claimants of a metric's observations (oldest
// first), those behind the most observations first, the unattributed
// last.
func (s *Server) claimantRows(hist []model.Observation, copies map[int64]string) []ClaimantRow {
	byKey := map[string]*ClaimantRow{}
	var keys []string
	for _, o := range hist {
		k := claimantKey(o)
		row := byKey[k]
		if row == nil {
			row = &ClaimantRow{Claimant: o.Claimant(), Class: s.claimantClass(k), Outlets: []string{}}
			byKey[k] = row
			keys = append(keys, k)
		}
		row.Observations++
		if copies[o.ID] == "" && !slices.Contains(row.Outlets, o.Outlet) {
			row.Outlets = append(row.Outlets, o.Outlet)
		}
		if t := at(o); row.Name == "" || !t.Before(row.LatestAt) {
			row.Latest, row.LatestAt, row.Name = notify.ReadingsText(o.Readings), t, s.claimantName(o)
		}
	}
	out := make([]ClaimantRow, 0, len(keys))
	for _, k := range keys {
		out = append(out, *byKey[k])
	}
	slices.SortStableFunc(out, func(a, b ClaimantRow) int {
		if (a.Claimant == "") != (b.Claimant == "") {
			if a.Claimant == "" {
				return 1
			}
			return -1
		}
		return b.Observations - a.Observations
	})
	return out
}

// CurrentValue is one accepted value of a metric: the only one, or one
// claimant's for a metric judged by claimant.
type CurrentValue struct {
	// Claimant is the claimant the value is kept for (its id, else its
	// words), "" for a metric judged as one.
	Claimant string `json:"claimant,omitempty"`
	// Name is the accepted observation's claimant for people;
	// "unattributed" when it names none.
	Name      string    `json:"name"`
	Class     string    `json:"-"`
	Text      string    `json:"text"`
	Qualifier string    `json:"qualifier"`
	Since     time.Time `json:"since"`
	Outlet    string    `json:"outlet"`
	Agreeing  []string  `json:"agreeing"`
	// Backing are the independent claimants giving the value, its own
	// first when it has one.
	Backing []string `json:"backing_claimants"`
	// BackingNames are Backing for people, in its order: Backing holds
	// ids and normalised words ("spain s interior ministry").
	BackingNames []string `json:"backing_claimant_names"`
	// Copies are the syndicated copies giving the value since it was
	// accepted: not counted in Agreeing.
	Copies []Copy `json:"copies"`
	obs    *model.Observation
}

// currentValues pairs a metric's accepted values with their observations
// in hist; an accepted value whose observation is gone is left out.
func (s *Server) currentValues(acc []store.Accepted, hist []model.Observation) []CurrentValue {
	names := map[string]string{}
	for _, o := range hist {
		names[claimantKey(o)] = s.claimantName(o)
	}
	var out []CurrentValue
	for _, a := range acc {
		i := slices.IndexFunc(hist, func(o model.Observation) bool { return o.ID == a.ObservationID })
		if i < 0 {
			continue
		}
		o := hist[i]
		v := CurrentValue{Claimant: o.Claimant(), Name: s.claimantName(o), Class: s.claimantClass(claimantKey(o)),
			Text: notify.ReadingsText(a.Readings), Since: at(o), Outlet: a.Outlet, Agreeing: a.Agreeing, Backing: a.Claimants, obs: &o}
		if a.Key == "" {
			v.Claimant = ""
		}
		if len(a.Readings) == 1 {
			v.Qualifier = qualifierWords(a.Readings[0].Qualifier)
		}
		if v.Agreeing == nil {
			v.Agreeing = []string{}
		}
		if v.Backing == nil {
			v.Backing = []string{}
		}
		v.Copies = []Copy{}
		v.BackingNames = []string{}
		for _, k := range v.Backing {
			v.BackingNames = append(v.BackingNames, cmp.Or(names[k], tracker.ClaimantDisplay(model.Observation{ClaimantID: k}, s.claimantNames)))
		}
		out = append(out, v)
	}
	// The unattributed value, kept under "", is listed after the named
	// claimants' rather than first.
	slices.SortStableFunc(out, func(a, b CurrentValue) int {
		switch {
		case a.Claimant == "" && b.Claimant != "":
			return 1
		case a.Claimant != "" && b.Claimant == "":
			return -1
		}
		return 0
	})
	return out
}
