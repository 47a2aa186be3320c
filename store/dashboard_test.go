package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/claimtrack/claimtrack/model"
)

func TestEventsBeforePagesNewestFirst(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		for i := 0; i < 5; i++ {
			a := article(fmt.Sprintf("https://a.example/%d", i), "A", t0, fmt.Sprint(i))
			if err := queueEvent(ctx, s, a, fmt.Sprintf("m%d", i), 700); err != nil {
				t.Fatal(err)
			}
		}
		first, err := s.EventsBefore(ctx, 0, 2)
		if err != nil || len(first) != 2 || first[0].ID <= first[1].ID {
			t.Fatalf("first page: %v %+v", err, first)
		}
		var seen []string
		for before := int64(0); ; {
			page, err := s.EventsBefore(ctx, before, 2)
			if err != nil {
				t.Fatal(err)
			}
			if len(page) == 0 {
				break
			}
			for _, e := range page {
				seen = append(seen, e.Metric)
			}
			before = page[len(page)-1].ID
		}
		if fmt.Sprint(seen) != "[m4 m3 m2 m1 m0]" {
			t.Errorf("pages gave %v, want every event once, newest first", seen)
		}
	})
}

func TestCopiesOfNamesTheOriginalOutlet(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		if err := queueEvent(ctx, s, article("https://wire.example/1", "Meridian Wire", t0, "the toll rose"), "toll", 700); err != nil {
			t.Fatal(err)
		}
		first, err := s.History(ctx, "toll")
		if err != nil || len(first) != 1 {
			t.Fatal(err, first)
		}
		copied := article("https://paper.example/1", "Harbour Times", t0, "the toll rose")
		copied.CopyOf = first[0].ArticleID
		if err := queueEvent(ctx, s, copied, "toll", 700); err != nil {
			t.Fatal(err)
		}
		copies, err := s.CopiesOf(ctx, "toll")
		if err != nil {
			t.Fatal(err)
		}
		hist, _ := s.History(ctx, "toll")
		if len(hist) != 2 || len(copies) != 1 || copies[hist[1].ID] != "Meridian Wire" {
			t.Errorf("copies %v of %+v: want the Harbour Times observation as a copy of Meridian Wire", copies, hist)
		}
	})
}

// TestFailingEventsCountsThemAll: the index's delivery warning counts
// every event whose delivery fails, the oldest too, however many
// delivered events were queued after it; it names the newest one's
// error, and is zero once each of them has gone out.
func TestFailingEventsCountsThemAll(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		if f, err := s.FailingEvents(ctx); err != nil || f != (Failing{}) {
			t.Fatalf("an empty outbox: %+v %v", f, err)
		}
		const later = 60 // more than a page of the events list
		for i := 0; i < later+2; i++ {
			a := article(fmt.Sprintf("https://b.example/%d", i), "B", t0, fmt.Sprint(i))
			if err := queueEvent(ctx, s, a, fmt.Sprintf("m%d", i), 10); err != nil {
				t.Fatal(err)
			}
		}
		evs, err := s.EventsBefore(ctx, 0, later+2)
		if err != nil || len(evs) != later+2 {
			t.Fatalf("%d events: %v", len(evs), err)
		}
		oldest, second := evs[len(evs)-1], evs[len(evs)-2]
		s.MarkAttempt(ctx, oldest.ID, "slack: invalid_auth")
		s.MarkAttempt(ctx, second.ID, "slack: account_inactive")
		for _, e := range evs[:later] {
			if err := s.MarkDelivered(ctx, e.ID, model.Delivery{Channel: "console"}, t0); err != nil {
				t.Fatal(err)
			}
		}
		f, err := s.FailingEvents(ctx)
		if err != nil || f.Count != 2 || !f.Oldest.Equal(oldest.Created) || f.LastError != "slack: account_inactive" {
			t.Errorf("two failing behind %d delivered: %+v %v", later, f, err)
		}
		for _, e := range []model.Event{oldest, second} {
			s.MarkDelivered(ctx, e.ID, model.Delivery{Channel: "console"}, t0)
		}
		if f, err := s.FailingEvents(ctx); err != nil || f != (Failing{}) {
			t.Errorf("every event delivered: %+v %v", f, err)
		}
	})
}
