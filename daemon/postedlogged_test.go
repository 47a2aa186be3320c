package daemon

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/syncbuf"
	"github.com/claimtrack/claimtrack/tracker"
)

// TestSourceRunLogsMessagesOtherThanChanges: a pass whose figure made a
// message that is no change (the Ledger's own count against the
// ministry's: "claimants disagree") says so on its "source run" line, as
// once's line says `1 "conflict" posted`; changes=0 alone read as a pass
// that sent nothing while Slack had a message (walk59).
func TestSourceRunLogsMessagesOtherThanChanges(t *testing.T) {
	site, cfg, store := storyOnSQLite(t)
	var logged syncbuf.Buffer
	log := testLogTo(t, &logged)
	var out syncbuf.Buffer
	var d *Daemon
	d = New(Options{Store: store, Log: log, Owner: tracker.Owner{Host: "test", PID: 1}, Reload: make(chan struct{}), ShutdownGrace: 5 * time.Second, DrainEvery: 50 * time.Millisecond,
		Load: func(ctx context.Context) (*Runtime, error) { return runtimeFor(cfg, store, &out, log, d.Metrics()) }})
	stop := run(t, d)
	defer stop()
	for i := 1; i <= 7; i++ {
		site.Show(i)
		want := i
		waitFor(t, "the next article", func() bool { n, _ := store.CountArticles(context.Background()); return n >= want })
	}
	waitFor(t, "the conflict", func() bool { return strings.Contains(out.String(), "claimants disagree") })
	waitFor(t, "its pass's line", func() bool { return strings.Contains(logged.String(), ` posted="1 \"conflict\""`) })
	for _, line := range strings.Split(logged.String(), "\n") {
		if strings.Contains(line, ` posted="1 \"conflict\""`) && (!strings.Contains(line, `msg="source run"`) || !strings.Contains(line, "changes=0")) {
			t.Errorf("the conflict should be told on its pass's source run line, beside changes=0: %s", line)
		}
	}
}
