//go:build !unix

package tracker

import "time"

// processAlive cannot tell here: a dead process's leases end on their own.
func processAlive(int) (alive, known bool) { return false, false }

func processStart(int) (time.Time, bool) { return time.Time{}, false }

func processTicks(int) (int64, bool) { return 0, false }

// processSpace cannot tell the pid namespace here: no owner of this host is
// then known to be dead, and leases end on their own.
func processSpace() string { return "" }
