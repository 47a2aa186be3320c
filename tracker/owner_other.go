//go:build !unix

package tracker

import "time"

// processAlive cannot tell here: a dead process's leases end on their own.
func processAlive(int) (alive, known bool) { return false, false }

func processStart(int) (time.Time, bool) { return time.Time{}, false }
