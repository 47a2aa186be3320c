package claimant

import "testing"

// TestCarried runs testdata/carried.yaml: the fifteenth round's readings of
// claimants carried across words (pronouns after a first-person reporter's
// interlocutor, ...), each with sentences where its trigger words appear
// and the claimant must not change; every one must pass.
func TestCarried(t *testing.T) { mustPass(t, "carried.yaml", 10) }
