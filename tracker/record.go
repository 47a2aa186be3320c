package tracker

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
)

// Judge gives a metric's policy and what its events say of it.
type Judge func(metric string) (Policy, MetricInfo)

// Item is an article and its observations, waiting to be stored.
type Item struct {
	// Article is zero when only the page's validators are to be saved
	// (the page was read again and its text had not changed).
	Article      model.Article
	Observations []model.Observation
	// CopyOfItem, when not 0, says the article is a near copy of the
	// batch's item CopyOfItem-1, which has no id until it is stored.
	CopyOfItem int
	// Page, when set, is the address the article was fetched from,
	// Validators what that fetch said for the next conditional GET,
	// Checked when it was made and PagePublished the publication time the
	// page gives (zero if none): saved in the same transaction as the
	// article, for the page's re-checks.
	Page          string
	Validators    scrape.Validators
	Checked       time.Time
	PagePublished time.Time
	// UndatedArchive says the article gives no date (Article.Published
	// is zero) and was read on its source's first pass: the archive's
	// past, of unknown age (Candidate.UndatedArchive).
	UndatedArchive bool
	// datedAsRead says the article gives no date and was read on a later
	// pass of its source: news as of its reading, which the pass dates
	// when it judges what it read (storeInOrder).
	datedAsRead bool
	// Revised says the article was stored already and its text changed
	// since (Candidate.Revised); AsOf, when later than its publication,
	// is when the page says it was revised: the figures the revision
	// changed are dated by it (revisedFigures).
	Revised bool
	AsOf    time.Time
}

// readAs is how an article was read, for judging its figures: undated on
// its source's first pass (Item.UndatedArchive), or stored already and read
// again with another text (Item.Revised). One value rather than two bools
// in a row, which a call could swap unseen.
type readAs struct {
	undated, revised bool
	asOf             time.Time // Item.AsOf
}

// Process stores an article and its observations and, in the same
// transaction, judges each observation against its metric, updates the
// accepted values and queues the events: a crash loses or doubles
// nothing.
func Process(ctx context.Context, s store.Store, a model.Article, obs []model.Observation, judge Judge) ([]Outcome, error) {
	done, err := processBatch(ctx, s, []Item{{Article: a, Observations: obs}}, judge, nil)
	if err != nil {
		return nil, err
	}
	if done.refused[0] != nil {
		return nil, done.refused[0]
	}
	return judgedOutcomes(done.all[0]), nil
}

// ProcessBatch does what Process does for several articles, in order, in
// one transaction (one commit for a source's pass, not one an article);
// it returns each item's outcomes. An article whose canonical URL another
// source owns is not stored, and nor are its observations.
func ProcessBatch(ctx context.Context, s store.Store, items []Item, judge Judge) ([][]Outcome, error) {
	done, err := processBatch(ctx, s, items, judge, nil)
	if err != nil {
		return nil, err
	}
	out := make([][]Outcome, len(done.all))
	for i, js := range done.all {
		out[i] = judgedOutcomes(js)
	}
	return out, nil
}

// judged is what the recorder decided of one observation: its outcome,
// and whether that outcome queued an event (the metric's policy says
// whether a first value is news), so that a pass counts what it posted
// without asking the policy again.
type judged struct {
	outcome Outcome
	queued  bool
	id      int64 // the observation stored
}

// judgedOutcomes is the outcomes of an item's judged observations, in order.
func judgedOutcomes(js []judged) []Outcome {
	if js == nil {
		return nil
	}
	out := make([]Outcome, len(js))
	for i, j := range js {
		out[i] = j.outcome
	}
	return out
}

// batchResult is what processBatch did with each item of a batch: its
// observations judged (all), whether it was refused because another source
// owns its article (refused[i] set, outcomes nil) or another source of the
// outlet stored it since it was found new (readElsewhere[i], outcomes nil),
// and its article's id (ids[i], 0 when not stored), for a later batch's
// copies of it (storeInOrder). revised holds the observations of earlier
// transactions whose outcome this one changed (recorder.revise).
type batchResult struct {
	all           [][]judged
	refused       []*store.OwnedError
	readElsewhere []bool
	ids           []int64
	revised       map[int64]Outcome
}

// processBatch is ProcessBatch, and says what became of each item
// (batchResult). hold, when not nil, is the pass's (passHold): the first
// values the batch queues or revises are held until the pass ends.
func processBatch(ctx context.Context, s store.Store, items []Item, judge Judge, hold *passHold) (res batchResult, err error) {
	if len(items) == 0 {
		return res, nil
	}
	var all [][]judged
	var refused []*store.OwnedError
	var readElsewhere []bool
	var ids []int64
	var revised map[int64]Outcome
	err = s.Update(ctx, func(tx *store.Tx) error {
		var metrics []string
		for _, it := range items {
			for _, o := range it.Observations {
				metrics = append(metrics, o.Metric)
			}
		}
		if err := tx.LockMetrics(ctx, metrics); err != nil {
			return err
		}
		r := recorder{tx: tx, judge: judge, hold: hold, states: map[stateKey]*metricState{}, spans: map[string]*metricSpan{}}
		ids = make([]int64, len(items))
		all, refused, readElsewhere = make([][]judged, len(items)), make([]*store.OwnedError, len(items)), make([]bool, len(items))
		for i, it := range items {
			a := it.Article
			if it.Page != "" {
				if err := tx.SavePage(ctx, it.Page, it.Validators, it.Checked, it.PagePublished); err != nil {
					return err
				}
			}
			if a.CanonicalURL == "" {
				continue
			}
			if k := it.CopyOfItem; k > 0 && k <= i {
				a.CopyOf = ids[k-1]
			}
			var err error
			ids[i], all[i], err = r.article(ctx, a, it.Observations, readAs{undated: it.UndatedArchive, revised: it.Revised, asOf: it.AsOf})
			if owned := (*store.OwnedError)(nil); errors.As(err, &owned) {
				refused[i] = owned
				continue
			}
			if other := (*readByAnother)(nil); errors.As(err, &other) {
				readElsewhere[i] = true
				continue
			}
			if err != nil {
				return err
			}
		}
		revised = r.revised
		return nil
	})
	if err != nil {
		return batchResult{}, fmt.Errorf("store %d articles: %w", len(items), err)
	}
	// An observation of the batch that a later one's replay revised is
	// returned with its outcome as stored; revised keeps the others (of
	// earlier batches). One that queued an event keeps the outcome that
	// queued it.
	for _, js := range all {
		for i := range js {
			if to, ok := revised[js[i].id]; ok {
				if !js[i].queued {
					js[i].outcome = to
				}
				delete(revised, js[i].id)
			}
		}
	}
	return batchResult{all: all, refused: refused, readElsewhere: readElsewhere, ids: ids, revised: revised}, nil
}

// recorder judges the observations of one transaction and writes what it
// decided through it.
type recorder struct {
	tx    *store.Tx
	judge Judge
	hold  *passHold // the pass's, nil outside one
	// states is what the transaction knows of the accepted values it has
	// read or written, by metric and key (see stateKey). The transaction
	// holds every metric of its batch locked (LockMetrics), so what it
	// wrote is what reading again would return: each value is read once a
	// batch, not once an observation.
	states map[stateKey]*metricState
	// revised holds the observations whose outcome the transaction
	// changed after judging them (revise).
	revised map[int64]Outcome
	// spans is what the transaction knows of each metric's stored
	// observations, for the gate before a replay (see replay.go).
	spans map[string]*metricSpan
	// bodies is what the transaction knows of each metric's claimants
	// that are bodies, for keying one named otherwise (samebody.go).
	bodies map[string][]knownBody
}

// stateKey names an accepted value: a metric's, or one claimant's own for
// a metric judged by claimant (Policy.StateKey).
type stateKey struct {
	metric, claimant string
}

type metricState struct {
	cur   *State
	curID int64 // the accepted observation
	// agree lists the outlets agreeing with the value, its own first;
	// claimants the independent claimants, its own first when attributed.
	agree     []string
	claimants []string
}

// article stores one article and its observations, judged; how says whether it is an undated article of its source's first pass or a
// stored one whose text changed.
func (r *recorder) article(ctx context.Context, a model.Article, obs []model.Observation, how readAs) (int64, []judged, error) {
	// Two sources of one outlet (its feed and a section page) listing
	// one new article, their passes running at once, both find it new
	// before either stores it. The one storing it second stores nothing,
	// as it would have had it read the article after the first.
	// (Another outlet's source is refused by PutArticle, and told.) This
	// read sees the first source's article once that is committed: the
	// batch's metric locks (LockMetrics, PostgreSQL) and SQLite's write
	// lock, taken before, make the second wait for the first to commit,
	// and an article with no observation has none to be doubled
	// (TestOneOutletsSourcesStoringOneArticleAtOnce). Both batches lock the
	// same metrics because an article's observations alone name them, and
	// the same text read by the same rules gives the same observations: a
	// LockMetrics that locked anything less would open this again.
	by, outlet, hash, err := r.tx.StoredText(ctx, a.CanonicalURL)
	if err != nil {
		return 0, nil, err
	}
	if by != "" && by != a.Source && outlet == a.Outlet && hash == a.TextHash {
		return 0, nil, &readByAnother{source: by}
	}
	// The version read before, for a revision with an editorial note: a
	// note it did not hold is new (renewedNote).
	var earlier *string
	if _, _, note := correctionNote(a.Text); note && how.revised {
		if text, ok, err := r.tx.ArticleText(ctx, a.CanonicalURL); err != nil {
			return 0, nil, err
		} else if ok {
			earlier = &text
		}
	}
	articleID, _, err := r.tx.PutArticle(ctx, a)
	if err != nil {
		return 0, nil, err
	}
	// "The health ministry" after another outlet's "Spain's Health
	// Ministry" is that body's figure (samebody.go).
	obs = slices.Clone(obs)
	for i := range obs {
		if obs[i], err = r.sameBody(ctx, obs[i]); err != nil {
			return 0, nil, err
		}
	}
	// "Correction: ... The correct figure is 1,350." (notecorrection.go)
	obs, fixes, err := r.noteCorrections(ctx, articleID, a.Text, earlier, obs, how)
	if err != nil {
		return 0, nil, err
	}
	dates, err := r.revisedFigures(ctx, articleID, a.Published, obs, how)
	if err != nil {
		return 0, nil, err
	}
	outcomes := make([]judged, 0, len(obs))
	for i, o := range obs {
		o.ArticleID = articleID
		o.Outlet, o.URL, o.Title, o.Published, o.Fetched = a.Outlet, a.CanonicalURL, a.Title, a.Published, a.Fetched
		o.Revised = false
		if dates != nil {
			// A live blog raised in place: its figure is as of then, a
			// revision's time rather than the publication's.
			o.Published = dates[i]
			o.Revised = dates[i].After(a.Published)
		}
		j, err := r.observation(ctx, o, a.CopyOf != 0, how, fixes[i])
		if err != nil {
			return 0, nil, fmt.Errorf("store observation of %s in %s: %w", o.Metric, a.CanonicalURL, err)
		}
		outcomes = append(outcomes, j)
	}
	return articleID, outcomes, nil
}

// readByAnother says that another source stored the same text at the
// article's canonical URL since this one found it new.
type readByAnother struct{ source string }

func (e *readByAnother) Error() string {
	return "stored by source " + e.source + " since this pass found it new"
}

// state returns what the transaction knows of an accepted value, reading
// it the first time.
func (r *recorder) state(ctx context.Context, k stateKey) (*metricState, error) {
	if st, ok := r.states[k]; ok {
		return st, nil
	}
	acc, err := r.tx.Accepted(ctx, k.metric, k.claimant)
	if err != nil {
		return nil, err
	}
	st := &metricState{}
	if acc != nil {
		st = &metricState{cur: stateOf(acc), curID: acc.ObservationID, agree: acc.Agreeing, claimants: acc.Claimants}
	}
	r.states[k] = st
	return st, nil
}

// stateOf is an accepted value as Decide sees it.
func stateOf(acc *store.Accepted) *State {
	return &State{Readings: toReadings(acc.Readings), Outlet: acc.Outlet, Claimant: store.ClaimantKey(model.Observation{ClaimantID: acc.ClaimantID, ClaimantWords: acc.ClaimantWords}), Published: acc.Published,
		TrackedSince: acc.TrackedSince}
}

// observation judges one observation against the accepted value it is
// compared with (its metric's, or its claimant's own for a metric judged
// by claimant), stores it with its outcome, moves the accepted value or
// those agreeing with it, and queues the event it makes, if any.
// how says how its article was read (readAs); fix, when not nil, what the
// observation corrects as its outlet's correction (notecorrection.go).
func (r *recorder) observation(ctx context.Context, o model.Observation, isCopy bool, how readAs, fix *noteCorrection) (judged, error) {
	pol, info := r.judge(o.Metric)
	claimant := store.ClaimantKey(o)
	k := stateKey{o.Metric, pol.StateKey(claimant)}
	st, err := r.state(ctx, k)
	if err != nil {
		return judged{}, err
	}
	cur, curID := st.cur, st.curID
	cand := Candidate{Readings: toReadings(o.Readings), Outlet: o.Outlet, Claimant: claimant, Published: o.Published, UndatedArchive: how.undated, Revised: how.revised}
	outcome := Decide(pol, cur, cand)
	if fix != nil && curID != 0 && slices.Contains(fix.withdrawn, curID) {
		outcome = Corrected
	}
	if rep, err := r.repeatsSuperseded(ctx, o, claimant, outcome, how); err != nil {
		return judged{}, err
	} else if rep {
		outcome = Repeat
	}
	figs, err := r.wantsReplay(ctx, pol, k, cur, cand, outcome)
	if err != nil {
		return judged{}, err
	}
	o.Outcome = outcome.String()
	if o.ID, err = r.tx.AddObservation(ctx, o); err != nil {
		return judged{}, err
	}
	r.added(o)
	if err := r.withdraw(ctx, fix, o, outcome, k, st); err != nil {
		return judged{}, err
	}
	if figs != nil {
		figs = append(figs, archived{obs: o, cand: cand, copy: isCopy})
		outcome, err := r.replay(ctx, pol, k, st, figs)
		if err == nil {
			err = r.reviseFirst(ctx, pol, info, k, curID, st)
		}
		return judged{outcome: outcome, id: o.ID}, err
	}
	switch {
	case outcome.Replaces():
		if old, ok := Supersedes(pol, cur, cand); ok && curID != 0 {
			// The value replaced was read first but is the older of two
			// disagreeing archive figures: it is the one listed.
			if err := r.tx.SetOutcome(ctx, curID, old.String()); err != nil {
				return judged{}, err
			}
			r.revise(curID, old)
		}
		acc, err := r.tx.Accept(ctx, o, k.claimant)
		if err != nil {
			return judged{}, err
		}
		*st = metricState{cur: stateOf(acc), curID: o.ID, agree: acc.Agreeing, claimants: acc.Claimants}
	case outcome == Corroborates:
		// A near-duplicate text counts once: a copy adds neither an
		// outlet nor a claimant. Outlets relaying one claimant add
		// outlets, not claimants; an unattributed figure adds no claimant.
		if isCopy {
			break
		}
		agree, claimants := withCorroboration(st.agree, st.claimants, o.Outlet, claimant)
		if len(agree) != len(st.agree) || len(claimants) != len(st.claimants) {
			if err := r.tx.SetAgreeing(ctx, k.metric, k.claimant, agree, claimants); err != nil {
				return judged{}, err
			}
			st.agree, st.claimants = agree, claimants
		}
	}
	evPol := pol
	newYearOf := 0
	if outcome == Baseline && cur != nil && len(cur.Readings) > 0 {
		evPol.AnnounceFirst = true // a new year's count begins (newYear): posted, never a silent drop
		newYearOf = o.Published.Year()
	}
	kind, ok := eventKind(outcome, evPol)
	if !ok {
		return judged{outcome: outcome, id: o.ID}, r.reviseFirst(ctx, pol, info, k, curID, st)
	}
	var curObs *model.Observation
	if curID != 0 {
		if curObs, err = r.tx.Observation(ctx, curID); err != nil {
			return judged{}, err
		}
	}
	p := model.EventPayload{MetricName: info.Name, Unit: info.Unit, Old: curObs, New: &o,
		Agreeing: max(1, len(st.agree)), AgreeingClaimants: len(st.claimants),
		Claimant: info.claimantName(&o), OldClaimant: info.claimantName(curObs)}
	if pol.ByClaimant && k.claimant != "" {
		p.ByClaimant = info.claimantName(&o)
	}
	switch kind {
	case model.EventConflict:
		p.Agreeing, p.AgreeingClaimants = 0, 0
		p.Conflict = ConflictScope(cur, cand)
	case model.EventDecrease:
		p.Agreeing, p.AgreeingClaimants = 0, 0
	}
	p.Correction = outcome == Corrected
	p.Year = newYearOf
	if r.hold.holds(kind) {
		r.hold.hold()
		err = r.tx.EnqueueHeld(ctx, eventKey(kind, o, k.claimant), kind, o.Metric, p, r.hold.name, time.Now().Add(store.HoldFor))
	} else {
		err = r.tx.Enqueue(ctx, eventKey(kind, o, k.claimant), kind, o.Metric, p)
	}
	if err != nil {
		return judged{}, err
	}
	return judged{outcome: outcome, queued: true, id: o.ID}, nil
}

// revise notes that an observation stored earlier now has another
// outcome (a replay of the archive, or a superseded archive value), so
// that what the batch returns, and what a pass counts, says what history
// shows.
func (r *recorder) revise(id int64, to Outcome) {
	if r.revised == nil {
		r.revised = map[int64]Outcome{}
	}
	r.revised[id] = to
}
