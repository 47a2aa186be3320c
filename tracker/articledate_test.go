package tracker

import (
	"context"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/scrape"
)

// The rules read an article's years against its date (ArticleDate): a
// file dated in 2020 that says "In 2019" speaks of its previous year, a
// level still current, and one dated in 2026 of a past one, which a metric
// with no since (the yearly FMF grant) does not take.
func TestArticleDateReachesTheRules(t *testing.T) {
	read := time.Date(2026, 12, 4, 23, 0, 0, 0, time.UTC)
	dir := writeFolder(t, map[string]string{
		"2020-06-01-fmf.txt": "In 2019 Washington gave Israel $3.3 billion in Foreign Military Financing, the State Department said on Monday.",
		"2026-11-20-fmf.txt": "In 2019 Washington gave Israel $3.1 billion in Foreign Military Financing, according to figures the State Department released to lawmakers on Thursday.",
	})
	st, p := testPass(t)
	p.Now = func() time.Time { return read }
	if res := p.Run(context.Background(), scrape.Source{Name: "desk", Dir: dir, Outlet: "Herald"}); res.Err != nil || res.Observations != 1 {
		t.Fatalf("pass: %+v, want 1 observation (the 2020 file's)", res)
	}
	hist, err := st.History(context.Background(), "us_fmf_israel")
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 1 || hist[0].Readings[0].Value != 3.3e9 {
		t.Errorf("history %+v, want the 2020 file's $3.3 billion alone", hist)
	}
}

func TestArticleDateIsTheFetchWhenUndated(t *testing.T) {
	fetched := time.Date(2026, 12, 4, 23, 0, 0, 0, time.UTC)
	published := time.Date(2020, 6, 1, 0, 0, 0, 0, time.UTC)
	if got := ArticleDate(published, fetched); !got.Equal(published) {
		t.Errorf("dated: %s", got)
	}
	if got := ArticleDate(time.Time{}, fetched); !got.Equal(fetched) {
		t.Errorf("undated: %s, want the fetch %s", got, fetched)
	}
}
