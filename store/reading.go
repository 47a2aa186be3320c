package store

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/claimtrack/claimtrack/model"
)

// What the rules read of an observation's sentence besides its values
// (model.Says) is kept in one column, observations.reading, as versioned
// JSON that readingOf alone writes and readReading alone reads (migration
// 00017 moved 00015's event columns and 00016's own_word into it).

// ReadingVersion is the version of the reading this store writes (a
// replay reads a row of an older one again: tracker/reread.go):
//   - 1: the event's words and the claimant's figure before (00015,
//     00016), as 00017 moved them; no as-of (the tracker read it from the
//     quote when it judged);
//   - 2: version 1 and the day the sentence says its figure was true on
//     (as_of_ms).
//
// An empty column is a reading of which nothing is known: an observation
// stored before 00015, or one whose sentence said none of version 1's
// facts before 00017.
const ReadingVersion = 2

// readingColumn is the reading column's JSON; a field the sentence says
// nothing of is left out. Times are Unix milliseconds, as the store's
// other times.
type readingColumn struct {
	V       int       `json:"v"`
	Another bool      `json:"another,omitempty"`
	Ordinal int       `json:"ordinal,omitempty"`
	ToCome  bool      `json:"to_come,omitempty"`
	ToldMS  int64     `json:"told_ms,omitempty"`
	Before  []float64 `json:"before,omitempty"`
	Updates bool      `json:"updates,omitempty"`
	AsOfMS  int64     `json:"as_of_ms,omitempty"`
}

// readingOf is the reading column of what a sentence says, at
// ReadingVersion: {"v":2} when it says nothing, so that a reading taken
// by this version is told from one never taken.
func readingOf(s model.Says) string {
	b, _ := json.Marshal(readingColumn{V: ReadingVersion, Another: s.EventAnother, Ordinal: s.EventOrdinal, ToCome: s.EventToCome, ToldMS: ms(s.EventTold),
		Before: s.Before, Updates: s.Updates, AsOfMS: ms(s.AsOf)}) // numbers and flags: never fails
	return string(b)
}

// readReading reads a reading column into s and returns its version (0
// for an empty column, of which nothing is known).
func readReading(col string, s *model.Says) (int, error) {
	if col == "" {
		return 0, nil
	}
	var r readingColumn
	if err := json.Unmarshal([]byte(col), &r); err != nil {
		return 0, fmt.Errorf("reading: %w", err)
	}
	if r.V < 1 {
		return 0, fmt.Errorf("reading: no version in %q", col)
	}
	*s = model.Says{EventAnother: r.Another, EventOrdinal: r.Ordinal, EventToCome: r.ToCome, EventTold: fromMS(r.ToldMS),
		Before: r.Before, Updates: r.Updates, AsOf: fromMS(r.AsOfMS)}
	return r.V, nil
}

// SetReading stores what an observation's sentence says, read again (a
// replay's reading of a row stored before this version), at
// ReadingVersion.
func (t *Tx) SetReading(ctx context.Context, id int64, s model.Says) error {
	if _, err := t.s.exec(ctx, t.tx, `UPDATE observations SET reading = ? WHERE id = ?`, readingOf(s), id); err != nil {
		return fmt.Errorf("store: unable to set the reading of observation %d: %w", id, err)
	}
	return nil
}
