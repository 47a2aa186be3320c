package store

import (
	"context"
	"database/sql"
	"hash/maphash"
	"sync"
	"time"
)

// copyIndex finds near copies for a SQLite store in memory: the MinHash
// bands (see Bands) of the recent original articles, with their
// signatures to verify candidates.
//
// In SQLite the bands are not a table: their keys are random, so an
// article's 21 rows would land on 21 different index pages, and every
// commit would write each page it touched to the write-ahead log, a large
// share of the time spent storing (docs/performance.md, "The tracker"). The
// articles table holds every fingerprint, so the index is rebuilt from it
// at the first lookup. The store adds what it stores itself as it commits,
// and a lookup reads the articles added since, at most once every
// syncEvery, for those another process stored in the same file (in SQLite,
// writers take turns and ids only grow, so an id cursor misses none).
// PostgreSQL, shared by replicas, keeps the table.
type copyIndex struct {
	mu     sync.Mutex
	seed   maphash.Seed
	cursor int64 // the highest article id read from the store
	// synced is when the store was last read (zero: never, the index is
	// empty); syncEvery, how often it is.
	synced    time.Time
	syncEvery time.Duration
	// since is the earliest fetch time (ms) the index holds: where the
	// window started when it was loaded or last compacted.
	since   int64
	entries []copyEntry
	byID    map[int64]int32
	// heads maps a band key to its newest posting; postings chain the
	// entries holding each key. Keys are 32-bit hashes of the bands: a
	// rare collision only adds a candidate that its signature rules out.
	heads    map[uint32]int32
	postings []posting
	// visit stamps the entries a lookup has verified, so that one sharing
	// several bands is verified once.
	visit uint32
}

type copyEntry struct {
	id      int64
	fetched int64  // ms
	url     uint64 // hash of the canonical URL
	sig     [minHashes]uint32
	dead    bool // its text became too short to fingerprint
	visited uint32
}

type posting struct{ entry, next int32 }

// compactEvery is how far the window moves before entries that left it
// are dropped.
const compactEvery = time.Hour

func newCopyIndex() *copyIndex {
	return &copyIndex{seed: maphash.MakeSeed(), byID: map[int64]int32{}, heads: map[uint32]int32{}, syncEvery: time.Second}
}

// bandKey hashes band b of a signature with its number.
func bandKey(b int, sig *[minHashes]uint32) uint32 {
	x := uint64(sig[bandRows*b])<<32 | uint64(sig[bandRows*b+1])
	return uint32(mix(x ^ mix(uint64(sig[bandRows*b+2])<<8|uint64(b))))
}

func (x *copyIndex) urlHash(u string) uint64 { return maphash.String(x.seed, u) }

// loaded reports whether the index has read the store yet.
func (x *copyIndex) loaded() bool { return !x.synced.IsZero() }

// put adds an article, or replaces what the index holds for it (a
// corrected text): its new bands point to the same entry, and the old ones
// now lead to a signature that no longer matches.
func (x *copyIndex) put(id, fetched int64, canonicalURL, fingerprint string) {
	sig, ok := parseSignature(fingerprint)
	if i, known := x.byID[id]; known {
		e := &x.entries[i]
		e.fetched, e.url, e.sig, e.dead = fetched, x.urlHash(canonicalURL), sig, !ok
		if ok {
			x.link(i)
		}
		return
	}
	if !ok {
		return
	}
	i := int32(len(x.entries))
	x.entries = append(x.entries, copyEntry{id: id, fetched: fetched, url: x.urlHash(canonicalURL), sig: sig})
	x.byID[id] = i
	x.link(i)
}

func (x *copyIndex) link(i int32) {
	for b := 0; b < bands; b++ {
		k := bandKey(b, &x.entries[i].sig)
		next, ok := x.heads[k]
		if !ok {
			next = -1
		}
		x.postings = append(x.postings, posting{entry: i, next: next})
		x.heads[k] = int32(len(x.postings) - 1)
	}
}

// sync reads the original articles stored since the last sync, and on
// the first call every one fetched since the window's start.
func (x *copyIndex) sync(ctx context.Context, q func(ctx context.Context, query string, args ...any) (*sql.Rows, error), since int64) error {
	if !x.loaded() {
		x.since = since
	}
	rows, err := q(ctx, sqlNewOriginals, x.cursor, x.since)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, fetched int64
		var u, fp string
		if err := rows.Scan(&id, &fetched, &u, &fp); err != nil {
			return err
		}
		x.cursor = max(x.cursor, id)
		if _, known := x.byID[id]; !known {
			x.put(id, fetched, u, fp)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	x.synced = time.Now()
	if since-x.since >= compactEvery.Milliseconds() {
		x.compact(since)
	}
	return nil
}

// sqlNewOriginals reads the articles an index has not yet seen; the id
// range makes it a short scan of the newest rows.
const sqlNewOriginals = `SELECT id, fetched_ms, canonical_url, fingerprint FROM articles
	WHERE id > ? AND fetched_ms >= ? AND copy_of IS NULL AND fingerprint <> '' ORDER BY id`

// compact rebuilds the index without the entries fetched before since.
func (x *copyIndex) compact(since int64) {
	old := x.entries
	x.entries, x.postings = make([]copyEntry, 0, len(old)), x.postings[:0]
	clear(x.byID)
	clear(x.heads)
	for i := range old {
		if e := &old[i]; e.fetched >= since && !e.dead {
			x.byID[e.id] = int32(len(x.entries))
			x.entries = append(x.entries, *e)
			x.link(int32(len(x.entries) - 1))
		}
	}
	x.since = since
}

// lookup returns the oldest indexed original fetched since the given time
// whose text the fingerprint nearly copies, other than the article at
// canonicalURL itself; 0 if none.
func (x *copyIndex) lookup(fingerprint, canonicalURL string, since int64) int64 {
	sig, ok := parseSignature(fingerprint)
	if !ok {
		return 0
	}
	x.visit++
	if x.visit == 0 { // wrapped: clear the stamps so none matches by chance
		for i := range x.entries {
			x.entries[i].visited = 0
		}
		x.visit = 1
	}
	self := x.urlHash(canonicalURL)
	var found int64
	for b := 0; b < bands; b++ {
		p, ok := x.heads[bandKey(b, &sig)]
		for ok && p >= 0 {
			e := &x.entries[x.postings[p].entry]
			p = x.postings[p].next
			if e.visited == x.visit {
				continue
			}
			e.visited = x.visit
			if e.dead || e.fetched < since || e.url == self || found != 0 && e.id > found {
				continue
			}
			if agreement(&sig, &e.sig) >= copySimilarity {
				found = e.id
			}
		}
	}
	return found
}
