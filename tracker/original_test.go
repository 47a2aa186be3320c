package tracker

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// The wire's story and a local paper's copy of it, in the walk's words
// (my own prose): the copy names the wire in its dateline or not.
const (
	wireStory = "HALDOR, Marenthia - Floodwater has driven 12,400 people from their homes across Haldor province, " +
		"the provincial emergency office said on Tuesday, as the river rose for a third day."
	copyCredited = "HALDOR, Marenthia (Meridian Wire) - Floodwater has driven 12,400 people from their homes across Haldor province, " +
		"the provincial emergency office said on Tuesday, as the river rose for a third day."
	copyUncredited = wireStory + " Kesh Voice"
)

// TestOriginalTakesTheCopysCredit reads a local paper's copy of a wire's
// story before the wire's own (sources answer in no set order): the news
// must name the wire's outlet and article, whether the copy credits the
// wire in its dateline or was only published after it. It failed on main,
// where the copy's figure was the change "via Kesh Voice" and the wire's
// a copy that agreed.
func TestOriginalTakesTheCopysCredit(t *testing.T) {
	cases := []struct {
		name         string
		copyText     string
		copyAt       time.Duration // after the wire's publication
		wantOriginal bool          // the wire's story, read second, takes the credit
	}{
		{"credited copy, published later", copyCredited, time.Hour, true},
		{"credited copy, its clock ahead of the wire's", copyCredited, -10 * time.Minute, true},
		{"uncredited copy, published later", copyUncredited, time.Hour, true},
		{"uncredited, published before the wire's", copyUncredited, -time.Hour, false},
		// The wire's story dated by its day alone (midnight): no earlier
		// than the copy of that day, as far as the dates tell.
		{"uncredited, the wire's dated by its day", copyUncredited, time.Hour, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			eachStore(t, func(t *testing.T, open func() store.Store) {
				s := open()
				ctx := context.Background()
				wireAt := t0.Add(6 * time.Hour)
				step := func(a model.Article, figure string) Outcome {
					t.Helper()
					return passOne(ctx, t, s, a, obs("displaced", figure, t), judgeTotal)
				}
				first := article("https://courier.example/1", "Northern Courier", t0.Add(-24*time.Hour), "an older story")
				if o := step(first, "11,000"); o != Baseline {
					t.Fatalf("first: %s", o)
				}
				cp := article("https://voice.example/flood", "Kesh Voice", wireAt.Add(c.copyAt), c.copyText)
				cp.Text = c.copyText
				if o := step(cp, "12,400"); o != Change {
					t.Fatalf("copy read first: %s", o)
				}
				wirePublished := wireAt
				if strings.Contains(c.name, "dated by its day") {
					wirePublished = wireAt.Truncate(24 * time.Hour)
				}
				wire := article("https://wire.example/flood", "Meridian Wire", wirePublished, wireStory)
				wire.Text = wireStory
				wire.CopyOf = 2 // as batch.nearCopy finds it: the copy was stored before
				if !store.NearDuplicate(cp.Fingerprint, wire.Fingerprint) {
					t.Fatal("the two texts are no near copies")
				}
				got := step(wire, "12,400")
				evs := pending(t, s)
				cur, agree, err := s.Current(ctx, "displaced")
				if err != nil || cur == nil || len(evs) != 1 {
					t.Fatalf("current %+v %v, events %+v", cur, err, evs)
				}
				want := struct{ outlet, url, agree string }{"Kesh Voice", cp.URL, "Kesh Voice"}
				if c.wantOriginal {
					want = struct{ outlet, url, agree string }{"Meridian Wire", wire.URL, "Meridian Wire"}
					if got != Change {
						t.Errorf("the wire's figure: %s, want the change", got)
					}
				}
				if n := evs[0].Payload.New; n.Outlet != want.outlet || n.URL != want.url {
					t.Errorf("the news names %s %s, want %s %s", n.Outlet, n.URL, want.outlet, want.url)
				}
				if cur.Outlet != want.outlet || strings.Join(agree, ",") != want.agree {
					t.Errorf("accepted %s agreed by %v, want %s agreed by %s", cur.Outlet, agree, want.outlet, want.agree)
				}
				if !c.wantOriginal {
					return
				}
				hist, err := s.History(ctx, "displaced")
				if err != nil {
					t.Fatal(err)
				}
				for _, h := range hist {
					if h.URL == cp.URL && h.Outcome != Corroborates.String() {
						t.Errorf("the copy's figure: %s, want corroborates", h.Outcome)
					}
				}
				err = s.Update(ctx, func(tx *store.Tx) error {
					a, err := tx.StoredArticle(ctx, 2)
					if err == nil && a.CopyOf != 3 {
						t.Errorf("the copy links to %d, want the wire's article 3", a.CopyOf)
					}
					return err
				})
				if err != nil {
					t.Fatal(err)
				}
			})
		})
	}
}

// TestOriginalReadFirstKeepsItsCredit reads the wire's story before the
// copy, as main already did right: the copy adds nothing.
func TestOriginalReadFirstKeepsItsCredit(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		wire := article("https://wire.example/flood", "Meridian Wire", t0, wireStory)
		wire.Text = wireStory
		cp := article("https://voice.example/flood", "Kesh Voice", t0.Add(time.Hour), copyCredited)
		cp.Text, cp.CopyOf = copyCredited, 1
		for _, a := range []model.Article{wire, cp} {
			passOne(ctx, t, s, a, obs("displaced", "12,400", t), judgeTotal)
		}
		cur, agree, err := s.Current(ctx, "displaced")
		if err != nil || cur == nil || cur.Outlet != "Meridian Wire" || strings.Join(agree, ",") != "Meridian Wire" {
			t.Errorf("accepted %+v agreed by %v (%v)", cur, agree, err)
		}
	})
}

// TestOriginalAgreesInItsCopysPlace: a copy read before its original
// agreed with another outlet's value; the original, read next, agrees in
// its place, and the two count once.
func TestOriginalAgreesInItsCopysPlace(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		passOne(ctx, t, s, article("https://courier.example/1", "Northern Courier", t0, "the courier's own story"), obs("displaced", "12,400", t), judgeTotal)
		cp := article("https://voice.example/flood", "Kesh Voice", t0.Add(2*time.Hour), copyCredited)
		cp.Text = copyCredited
		wire := article("https://wire.example/flood", "Meridian Wire", t0.Add(time.Hour), wireStory)
		wire.Text, wire.CopyOf = wireStory, 2
		for _, a := range []model.Article{cp, wire} {
			if o := passOne(ctx, t, s, a, obs("displaced", "12,400", t), judgeTotal); o != Corroborates {
				t.Errorf("%s: %s", a.Outlet, o)
			}
		}
		_, agree, err := s.Current(ctx, "displaced")
		if err != nil || strings.Join(agree, ",") != "Northern Courier,Meridian Wire" {
			t.Errorf("agreeing %v (%v), want Northern Courier,Meridian Wire", agree, err)
		}
	})
}

// TestOriginalTakesTheCopysDispute: the copy's figure, read first, was a
// dispute (a level's conflict, a total's lower figure); the wire's, read
// next, is that same dispute: one alert, naming the wire, not a second.
func TestOriginalTakesTheCopysDispute(t *testing.T) {
	cases := []struct {
		name     string
		p        Policy
		claimant string
		first    string
		want     Outcome
		kind     model.EventKind
	}{
		{"a level's conflict", Policy{ConflictWindow: 48 * time.Hour}, "", "11,000", Conflict, model.EventConflict},
		{"a total's lower figure", Policy{Total: true, ConflictWindow: 48 * time.Hour}, "haldor_emergency", "13,000", Decrease, model.EventDecrease},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			eachStore(t, func(t *testing.T, open func() store.Store) {
				s := open()
				ctx := context.Background()
				judge := func(string) (Policy, MetricInfo) { return c.p, MetricInfo{Name: "Displaced"} }
				step := func(a model.Article, figure string) Outcome {
					t.Helper()
					return passOne(ctx, t, s, a, claimed(t, "displaced", figure, c.claimant, ""), judge)
				}
				step(article("https://courier.example/1", "Northern Courier", t0, "an older story"), c.first)
				pending(t, s)
				cp := article("https://voice.example/flood", "Kesh Voice", t0.Add(3*time.Hour), copyCredited)
				cp.Text = copyCredited
				if o := step(cp, "12,400"); o != c.want {
					t.Fatalf("the copy: %s, want %s", o, c.want)
				}
				wire := article("https://wire.example/flood", "Meridian Wire", t0.Add(2*time.Hour), wireStory)
				wire.Text, wire.CopyOf = wireStory, 2
				if o := step(wire, "12,400"); o != c.want {
					t.Errorf("the wire's: %s, want %s", o, c.want)
				}
				evs := pending(t, s)
				if len(evs) != 1 || evs[0].Kind != c.kind || evs[0].Payload.New.Outlet != "Meridian Wire" {
					var got []string
					for _, e := range evs {
						got = append(got, string(e.Kind)+" via "+e.Payload.New.Outlet)
					}
					t.Errorf("events %v, want one %s via Meridian Wire", got, c.kind)
				}
			})
		})
	}
}

// TestCopyReadAfterItsOriginalDisputesOnce: the wire's figure disputes
// the value (a level's conflict) and a paper's copy of it, read next, says
// the same: one alert, the wire's. It failed on main: a second conflict
// "via Kesh Voice".
func TestCopyReadAfterItsOriginalDisputesOnce(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		judge := func(string) (Policy, MetricInfo) {
			return Policy{ConflictWindow: 48 * time.Hour}, MetricInfo{Name: "Displaced"}
		}
		step := stepper(ctx, t, s, "displaced", judge)
		step(article("https://courier.example/1", "Northern Courier", t0, "an older story"), "11,000")
		wire := article("https://wire.example/flood", "Meridian Wire", t0.Add(time.Hour), wireStory)
		cp := article("https://voice.example/flood", "Kesh Voice", t0.Add(2*time.Hour), copyCredited)
		cp.CopyOf = 2
		for _, a := range []model.Article{wire, cp} {
			if o := step(a, "12,400"); o != Conflict {
				t.Errorf("%s: %s, want conflict", a.Outlet, o)
			}
		}
		if evs := pending(t, s); len(evs) != 1 || evs[0].Payload.New.Outlet != "Meridian Wire" {
			t.Errorf("%d events, want one conflict via Meridian Wire", len(evs))
		}
	})
}
