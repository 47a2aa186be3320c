package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
)

func TestStoreSourceHealth(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		b := scrape.Backoff{Base: time.Minute, Max: time.Hour, ReportAfter: 3}
		now := t0
		for i := 1; i <= 5; i++ {
			st, err := s.RecordFetch(ctx, "wire", errors.New("fetch https://wire.example/rss: 503"), 0, now, b)
			if err != nil {
				t.Fatal(err)
			}
			if st.Failures != i || st.NextAttempt.Before(now.Add(time.Minute)) {
				t.Errorf("failure %d: %+v", i, st)
			}
			now = now.Add(time.Hour)
		}
		evs := pending(t, s)
		if len(evs) != 1 || evs[0].Kind != model.EventSourceFailing || evs[0].Payload.Source != "wire" || !strings.Contains(evs[0].Payload.Error, "503") {
			t.Fatalf("one failing warning: %+v", evs)
		}
		st, err := s.RecordFetch(ctx, "wire", nil, 4, now, b)
		if err != nil || st.Failures != 0 || st.Failing || st.Articles != 4 {
			t.Errorf("recovery: %+v %v", st, err)
		}
		if evs := pending(t, s); len(evs) != 1 || evs[0].Kind != model.EventSourceRecovered {
			t.Errorf("one recovery message: %+v", evs)
		}
	})
}

// TestStorePages asks in one call what the store knows of many addresses:
// validators saved under one, an article stored under another, nothing of
// the rest, across more addresses than one query takes.
func TestStorePages(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		v := scrape.Validators{ETag: `"e1"`, LastModified: "Mon, 25 Mar 2024 09:00:00 GMT"}
		if err := s.SaveValidators(ctx, "https://a.example/fetched", v); err != nil {
			t.Fatal(err)
		}
		a := article("https://a.example/stored", "A", t0, newstext.Story(2000, 3))
		if _, err := putArticle(ctx, s, a); err != nil {
			t.Fatal(err)
		}
		urls := []string{"https://a.example/fetched", "https://a.example/stored"}
		for i := range pagesPerQuery + 20 {
			urls = append(urls, fmt.Sprintf("https://a.example/new/%d", i))
		}
		got, err := s.Pages(ctx, urls)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(urls) {
			t.Errorf("%d addresses answered, want %d", len(got), len(urls))
		}
		if got["https://a.example/fetched"].Validators != v {
			t.Errorf("validators: %+v", got["https://a.example/fetched"])
		}
		if got["https://a.example/stored"].TextHash != a.TextHash {
			t.Errorf("text hash: %+v", got["https://a.example/stored"])
		}
		if ps, ok := got[urls[len(urls)-1]]; !ok || ps != (PageState{}) {
			t.Errorf("an unknown address: %+v, %v", ps, ok)
		}
	})
}
