package tracker

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/syncbuf"
	"github.com/claimtrack/claimtrack/scrape"
)

// A saved file whose name dates it after it was read (a typo, or a time
// of day written in another zone) is not news from the future: it is
// dated when it was read, and the log names the file.
func TestFileDatedInTheFutureIsDatedWhenRead(t *testing.T) {
	read := time.Date(2026, 12, 4, 23, 0, 0, 0, time.UTC)
	dir := t.TempDir()
	for name, figure := range map[string]string{
		"2026-11-20-toll.txt":      "41,000",
		"2026-12-04T2310-toll.txt": "42,000", // ten minutes ahead
		"2026-12-14-toll.txt":      "43,000", // ten days ahead (a typo for 12-04)
	} {
		text := "Gaza's health ministry said that " + figure + " people had been killed since the war began."
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	st, p := testPass(t)
	var log syncbuf.Buffer
	p.Log = slog.New(slog.NewTextHandler(&log, nil))
	p.Now = func() time.Time { return read }
	if res := p.Run(context.Background(), scrape.Source{Name: "desk", Dir: dir, Outlet: "Herald"}); res.Err != nil || res.Observations != 3 {
		t.Fatalf("pass: %+v\n%s", res, log.String())
	}
	hist, err := st.History(context.Background(), "gaza_death_toll")
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range hist {
		if o.Published.After(read) {
			t.Errorf("%s published %s, after it was read (%s)", o.URL, o.Published.UTC(), read)
		}
	}
	for _, name := range []string{"2026-12-04T2310-toll.txt", "2026-12-14-toll.txt"} {
		if !strings.Contains(log.String(), "dated in the future") || !strings.Contains(log.String(), name) {
			t.Errorf("no warning names %s:\n%s", name, log.String())
		}
	}
	if strings.Contains(log.String(), "2026-11-20-toll.txt") {
		t.Errorf("a file dated in the past warned of:\n%s", log.String())
	}
}
