package tracker

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
)

// TestOnePassCopyReadBeforeItsOriginal: a desk's `dir:` folder holds files
// of several outlets, listed newest first, so a local paper's copy of a
// wire's story, saved an hour after it, is read before the wire's own in
// the same pass. The news is the original's whatever the order read: the
// wire's when the copy credits it (its dateline) or was published after
// it crediting no one; the paper's when it was published first and
// credits no one, though read second. The near misses keep main's answer:
// one outlet's two files (the first read stays the original), and a
// credited copy published first, read second. The first five cases failed
// on main, where the first read of one pass stayed the original.
func TestOnePassCopyReadBeforeItsOriginal(t *testing.T) {
	story := tollStory("33,091", 56)
	credited := "GAZA CITY (Meridian Wire) - " + story
	cases := []struct {
		name                   string
		wire, copied, copyFrom string
		copyAt                 time.Duration // the copy's publication, after the wire's
		want, wantFile         string        // the outlet and file the news names
	}{
		{"credited near copy", story, credited, "Kesh Voice", time.Hour, "Meridian Wire", "wire.txt"},
		{"credited verbatim copy", credited, credited, "Kesh Voice", time.Hour, "Meridian Wire", "wire.txt"},
		{"later near copy", story, "Reprinted. " + story, "Kesh Voice", time.Hour, "Meridian Wire", "wire.txt"},
		{"later verbatim copy", story, story, "Kesh Voice", time.Hour, "Meridian Wire", "wire.txt"},
		{"uncredited copy published first", story, "Reprinted. " + story, "Kesh Voice", -time.Hour, "Kesh Voice", "copy.txt"},
		{"one outlet's two files", story, "Reprinted. " + story, "Meridian Wire", time.Hour, "Meridian Wire", "copy.txt"},
		{"credited copy published first", story, credited, "Kesh Voice", -time.Hour, "Meridian Wire", "wire.txt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			eachStore(t, func(t *testing.T, open func() store.Store) {
				onePassCopy(t, open(), c.wire, c.copied, c.copyFrom, c.copyAt, c.want, c.wantFile)
			})
		})
	}
}

// onePassCopy reads a folder's first file (last week's toll), then in one
// pass the wire's story of the new toll and its copy by copyFrom,
// published copyAt after it and saved so that the folder lists it first
// when copyAt > 0; it checks the one event names want's wantFile.
func onePassCopy(t *testing.T, s store.Store, wire, copied, copyFrom string, copyAt time.Duration, want, wantFile string) {
	dir := t.TempDir()
	put := func(name, outlet string, at time.Time, text string) {
		t.Helper()
		head := fmt.Sprintf("Outlet: %s\nPublished: %s\nTitle: Story\n\n", outlet, at.Format(time.RFC3339))
		writeModified(t, filepath.Join(dir, name), head+text, at)
	}
	_, p := testPass(t)
	p.Store = s
	ctx := context.Background()
	src := scrape.Source{Name: "desk", Dir: dir}
	put("old.txt", "Meridian Wire", t0, tollStory("32,000", 55))
	p.Now = func() time.Time { return t0.Add(time.Hour) }
	if res := p.Run(ctx, src); res.Err != nil || res.Observations != 1 {
		t.Fatalf("the first pass: %+v", res)
	}
	pending(t, s)
	wireAt := t0.Add(2 * time.Hour)
	put("wire.txt", "Meridian Wire", wireAt, wire)
	put("copy.txt", copyFrom, wireAt.Add(copyAt), copied)
	p.Now = func() time.Time { return t0.Add(4 * time.Hour) }
	if res := p.Run(ctx, src); res.Err != nil {
		t.Fatalf("the second pass: %+v", res)
	}
	evs := pending(t, s)
	if len(evs) != 1 {
		t.Fatalf("events: %+v", evs)
	}
	if n := evs[0].Payload.New; n.Outlet != want || filepath.Base(n.URL) != wantFile || n.Readings[0].Value != 33091 {
		t.Errorf("posted %s from %s (%s), want 33,091 from %s (%s)", n.Readings[0].Text, n.Outlet, n.URL, want, wantFile)
	}
	_, agree, err := s.Current(ctx, "gaza_death_toll")
	if err != nil || len(agree) != 1 || agree[0] != want {
		t.Errorf("agreeing %v (%v), want %s alone (a copy adds none)", agree, err, want)
	}
}
