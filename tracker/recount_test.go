package tracker

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimtrack/claimtrack/scrape"
)

// A first pass over an archive of more than a batch counts what it kept
// by the outcomes history shows: a later batch's replay of the archive
// revises figures an earlier batch counted (the folder read newest first:
// its newest was a baseline until the older files came).
func TestPassCountsRevisedOutcomes(t *testing.T) {
	dir := t.TempDir()
	n := batchSize + 5
	for i := range n {
		text := fmt.Sprintf("The Gaza health ministry said %d people had been killed in Gaza since the war began.", 25000+100*i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("2024-01-%02d-toll.txt", i+1)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	st, p := testPass(t)
	res := p.Run(context.Background(), scrape.Source{Name: "archive", Dir: dir, Outlet: "Herald", MaxItems: 100})
	if res.Err != nil || res.Observations != n {
		t.Fatalf("pass: %+v", res)
	}
	hist, err := st.History(context.Background(), "gaza_death_toll")
	if err != nil {
		t.Fatal(err)
	}
	stored := map[string]int{}
	for _, o := range hist {
		stored[o.Outcome]++
	}
	counted := map[string]int{}
	for o, k := range res.Kept {
		counted[o.String()] = k
	}
	if fmt.Sprint(counted) != fmt.Sprint(stored) {
		t.Errorf("the pass counted %v, history shows %v", counted, stored)
	}
}
