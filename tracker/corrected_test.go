package tracker

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/scrape"
)

// A stored article read again with another text (an outlet's correction,
// a desk's edited file) is counted as corrected, among the articles the
// pass processed, so that once says "0 new, 1 corrected" and not "1 new",
// which reads as another article (testdata/corrected).
func TestPassCountsACorrection(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "2024-04-03-toll.txt")
	put := func(version string, mod time.Time) {
		t.Helper()
		b, err := os.ReadFile(filepath.Join("testdata", "corrected", version+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		writeModified(t, file, string(b), mod)
	}
	_, p := testPass(t)
	src := scrape.Source{Name: "archive", Dir: dir, Outlet: "Valley Herald"}
	written := time.Date(2024, 4, 3, 9, 0, 0, 0, time.UTC)
	put("first", written)
	if res := p.Run(context.Background(), src); res.Err != nil || res.New != 1 || res.Corrected != 0 {
		t.Fatalf("first read: %+v", res)
	}
	put("second", written.Add(time.Hour))
	if res := p.Run(context.Background(), src); res.Err != nil || res.New != 1 || res.Corrected != 1 || res.Observations != 1 {
		t.Errorf("the corrected file: %+v, want it processed and counted as corrected", res)
	}
	if res := p.Run(context.Background(), src); res.Err != nil || res.New != 0 || res.Corrected != 0 {
		t.Errorf("read again unchanged: %+v", res)
	}
}
