package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/store"
)

// TestOnceBesideAnotherDeliverer: with two processes on one store, the
// event once's pass queued was left to the one holding the outbox, and
// once said "0 events delivered" under "1 change", as if it had failed.
// It now says the event is left to another claimtrack on this store, and
// exits 0; the next once, the outbox free, delivers it.
func TestOnceBesideAnotherDeliverer(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	body := "store: ./desk.db\nsources:\n  - {name: gazette, dir: gazette}\n" +
		"metrics:\n  - {id: quake_toll, name: Quake toll, keywords: [died], scope: [Ardena], total: true}\n"
	write := func(name, text string) {
		t.Helper()
		writeFiles(t, dir, map[string]string{name: text})
	}
	write("config.yaml", body)
	write("gazette/2024-05-02T0800-quake.txt", "Ardena quake\n\nIn Ardena 40 residents died when the quake struck, its mayor announced on Thursday.\n")
	once := func(step string) (string, string) {
		t.Helper()
		code, out, errs := run(t, "", "once", "--config", cfg)
		if code != exitOK {
			t.Fatalf("once, %s: %d\n%s", step, code, errs)
		}
		return out, errs
	}
	once("the archive")

	// Another process on the store (a `run`) holds the outbox while the
	// next once reads a change.
	st, err := store.Open(context.Background(), filepath.Join(dir, "desk.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Now()
	if ok, err := st.HoldLease(context.Background(), "outbox", "desk-2/4711/1", now.Add(time.Hour), now); !ok || err != nil {
		t.Fatalf("hold the outbox lease: %v %v", ok, err)
	}
	at := time.Now().UTC().Add(time.Minute).Format("2006-01-02T1504")
	write("gazette/"+at+"-quake.txt", "Ardena quake: toll rises\n\nThe number who died in Ardena rose to 58 by noon, its mayor announced.\n")
	out, errs := once("the change, the outbox held elsewhere")
	if out != "" || !strings.Contains(errs, "1 change") ||
		!strings.Contains(errs, "1 source read, 0 failed, 0 skipped, 0 events delivered here, 1 left in the outbox to another claimtrack on this store\n") {
		t.Errorf("once beside another deliverer, want the event said left to it:\n%s%s", out, errs)
	}

	// The outbox free, the next once delivers what was left.
	if err := st.ReleaseOutbox(context.Background(), "outbox", "desk-2/4711/1"); err != nil {
		t.Fatal(err)
	}
	out, errs = once("the outbox free")
	if !strings.Contains(out, "58") || !strings.Contains(errs, "1 source read, 0 failed, 0 skipped, 1 event delivered\n") {
		t.Errorf("once with the outbox free, want the left event delivered:\n%s%s", out, errs)
	}
}

// TestCountElsewhere: of the events queued after once's mark, one another
// process delivered and one still waiting are counted; one once posted
// itself, and one queued before the mark, are not.
func TestCountElsewhere(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "s.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	queue := func(key string) int64 {
		t.Helper()
		if err := st.Update(ctx, func(tx *store.Tx) error {
			return tx.Enqueue(ctx, key, model.EventChange, "toll", model.EventPayload{})
		}); err != nil {
			t.Fatal(err)
		}
		id, err := newestEventID(ctx, st)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	old := queue("old")
	mine, theirs := queue("mine"), queue("theirs")
	queue("waiting")
	for _, id := range []int64{old, mine, theirs} {
		if err := st.MarkDelivered(ctx, id, model.Delivery{Channel: "console"}, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	here := newPostedHere(notify.Console{})
	here.ids[mine] = true
	c, err := countElsewhere(ctx, st, old, here)
	if err != nil || c != (elsewhere{delivered: 1, waiting: 1}) {
		t.Fatalf("countElsewhere: %+v %v, want 1 delivered elsewhere and 1 waiting", c, err)
	}
	if got := c.words(); got != " here, 1 by another claimtrack on this store, 1 left in the outbox to another claimtrack" {
		t.Errorf("words: %q", got)
	}
	if got := (elsewhere{}).words(); got != "" {
		t.Errorf("nothing elsewhere: %q, want the summary as before", got)
	}
}
