package scrape

import (
	"context"
	"fmt"
	"sync"
)

// Novelty is what an article read is, next to what the store holds: new,
// a correction, unchanged or a copy.
type Novelty int

// Novelty classes.
const (
	New       Novelty = iota // never seen: process it
	Corrected                // seen at this URL with other text: process it again
	Unchanged                // seen at this URL with this text: skip
	Copy                     // this text was seen at another URL: skip, but note the copy
)

func (v Novelty) String() string {
	return [...]string{"new", "corrected", "unchanged", "copy"}[v]
}

// Process reports whether an article of this class goes to the rules.
func (v Novelty) Process() bool { return v == New || v == Corrected }

// Seen is what the store remembers of articles already processed.
type Seen interface {
	// HashAt returns the text hash last processed at a canonical URL, or "".
	HashAt(ctx context.Context, canonicalURL string) (string, error)
	// URLWithHash returns a canonical URL whose text had this hash, or "".
	URLWithHash(ctx context.Context, hash string) (string, error)
}

// Classify says whether an article is new. An article is processed once
// however many URLs it appears under; a changed text at a known URL (a
// correction) is processed again. It returns the URL of the original for a
// copy.
func Classify(ctx context.Context, seen Seen, a *Article) (Novelty, string, error) {
	h, err := seen.HashAt(ctx, a.CanonicalURL)
	if err != nil {
		return New, "", fmt.Errorf("look up the text stored at its URL: %w", err)
	}
	switch {
	case h == a.TextHash:
		return Unchanged, "", nil
	case h != "":
		return Corrected, "", nil
	}
	orig, err := seen.URLWithHash(ctx, a.TextHash)
	if err != nil {
		return New, "", fmt.Errorf("look up the text stored at other URLs: %w", err)
	}
	if orig != "" && orig != a.CanonicalURL {
		return Copy, orig, nil
	}
	return New, "", nil
}

// MemorySeen is a Seen kept in memory, for tests and one-off runs.
type MemorySeen struct {
	mu     sync.Mutex
	byURL  map[string]string
	byHash map[string]string
}

// NewMemorySeen returns an empty MemorySeen.
func NewMemorySeen() *MemorySeen {
	return &MemorySeen{byURL: map[string]string{}, byHash: map[string]string{}}
}

// HashAt implements Seen.
func (m *MemorySeen) HashAt(_ context.Context, u string) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.byURL[u], nil
}

// URLWithHash implements Seen.
func (m *MemorySeen) URLWithHash(_ context.Context, h string) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.byHash[h], nil
}

// Remember records a processed article.
func (m *MemorySeen) Remember(a *Article) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.byURL[a.CanonicalURL] = a.TextHash
	if _, ok := m.byHash[a.TextHash]; !ok {
		m.byHash[a.TextHash] = a.CanonicalURL
	}
}
