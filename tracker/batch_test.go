package tracker

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/scrape"
)

// TestPassClassifiesCopiesWithinOneBatch serves one feed holding a story, the
// same text under a second URL and a re-spun copy of it. They are stored
// together in one transaction, yet classified as if one after the other: the
// second URL is a copy, the re-spun text is linked to the original, and a
// second pass finds nothing new.
func TestPassClassifiesCopiesWithinOneBatch(t *testing.T) {
	story := "Gaza's health ministry said on Sunday that 32,490 people had been killed since the war began.\n\n" + newstext.Story(2500, 7)
	respun := strings.Replace(strings.Replace(story, " said ", " told reporters ", 2), " the ", " a ", 3)
	srv := storySite(t, "", []string{"/a/original", "/b/same-text", "/c/respun"},
		map[string]string{"/a/original": story, "/b/same-text": story, "/c/respun": respun})
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "t.db")
	store, p := testPassAt(t, path)
	src := scrape.Source{Name: "wire", Feed: srv.URL + "/feed.xml", Outlet: "Wire"}

	res := p.Run(ctx, src)
	if res.Err != nil || res.New != 2 || res.Skipped != 1 || res.Failed != 0 {
		t.Fatalf("first pass: %+v; want 2 new (original, re-spun) and 1 skipped (same text)", res)
	}
	if res.Observations != 2 {
		t.Errorf("observations: %d, want one from each new article", res.Observations)
	}
	// A second handle on the file, as another process would read it.
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var origID, copyOf int64
	if err := db.QueryRow(`SELECT id FROM articles WHERE canonical_url = ?`, srv.URL+"/a/original").Scan(&origID); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/b/same-text", "/c/respun"} {
		if err := db.QueryRow(`SELECT coalesce(copy_of, 0) FROM articles WHERE canonical_url = ?`, srv.URL+path).Scan(&copyOf); err != nil {
			t.Fatal(err)
		}
		if copyOf != origID {
			t.Errorf("%s: copy_of %d, want the original %d", path, copyOf, origID)
		}
	}
	if _, agree, _ := store.Current(ctx, "gaza_death_toll"); len(agree) != 1 {
		t.Errorf("agreeing outlets: %v", agree)
	}

	res = p.Run(ctx, src)
	if res.Err != nil || res.New != 0 || res.Observations != 0 {
		t.Errorf("second pass: %+v; want nothing new", res)
	}
}

// TestPassSameStoryTwiceAcrossBatches lists one story under two addresses
// whose pages name the same canonical URL, with more than a batch of other
// stories between them: the second is unchanged, not new, although what
// the pass knew of its links was read before the first was stored. So too
// when the pass stores what it holds after each article (heldTextBudget):
// nothing read is lost.
func TestPassSameStoryTwiceAcrossBatches(t *testing.T) {
	for _, budget := range []int{heldTextBudget, 1} {
		t.Run(fmt.Sprint(budget), func(t *testing.T) {
			defer func(was int) { heldTextBudget = was }(heldTextBudget)
			heldTextBudget = budget
			sameStoryTwice(t)
		})
	}
}

func sameStoryTwice(t *testing.T) {
	n := batchSize + 1
	srv := siteAt(t, func(w http.ResponseWriter, r *http.Request, site string) {
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`)
			for i := range n {
				fmt.Fprintf(w, "<item><title>S</title><link>/s/%d</link></item>", i)
			}
			io.WriteString(w, "<item><title>S</title><link>/amp/s/0</link></item></channel></rss>")
			return
		}
		var i int
		if _, err := fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/amp"), "/s/%d", &i); err != nil {
			http.NotFound(w, r)
			return
		}
		writeStoryWithHead(w, fmt.Sprintf(`<link rel="canonical" href="%s/s/%d">`, site, i), "S", newstext.Story(2000, uint64(40+i)))
	})
	_, p := testPass(t)
	src := scrape.Source{Name: "wire", Feed: srv.URL + "/feed.xml", MaxItems: 100, Outlet: "Wire"}
	if res := p.Run(context.Background(), src); res.Err != nil || res.New != n || res.Skipped != 1 {
		t.Errorf("pass: %+v, want %d new and the second address skipped", res, n)
	}
}
