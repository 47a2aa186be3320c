package store

import (
	"encoding/json"
	"fmt"

	"github.com/claimtrack/claimtrack/model"
)

// ownWord is how the own_word column keeps an observation's Before and
// Updates.
type ownWord struct {
	Before  []float64 `json:"before,omitempty"`
	Updates bool      `json:"updates,omitempty"`
}

// ownWordOf is the own_word column of an observation: "" when its
// sentence says nothing of the claimant's figure before.
func ownWordOf(o model.Observation) string {
	if len(o.Before) == 0 && !o.Updates {
		return ""
	}
	b, _ := json.Marshal(ownWord{Before: o.Before, Updates: o.Updates}) // floats and a bool: never fails
	return string(b)
}

// readOwnWord reads an own_word column into o.
func readOwnWord(col string, o *model.Observation) error {
	if col == "" {
		return nil
	}
	var w ownWord
	if err := json.Unmarshal([]byte(col), &w); err != nil {
		return fmt.Errorf("own_word: %w", err)
	}
	o.Before, o.Updates = w.Before, w.Updates
	return nil
}
