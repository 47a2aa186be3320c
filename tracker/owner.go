package tracker

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// Owner names a process for the leases it takes and the events it claims:
// its host, its pid and when it started. The start time tells a process
// that died from a later one given the same pid (a container's pid 1
// after a restart), so that a process can take back at once what a dead
// process of its own host held instead of waiting for the lease to end.
type Owner struct {
	Host  string
	PID   int
	Start time.Time // zero when unknown (an owner written by an older claimtrack)
}

// ThisProcess is the running process as an Owner.
func ThisProcess() Owner {
	h, err := os.Hostname()
	if err != nil || h == "" {
		h = "unknown-host"
	}
	pid := os.Getpid()
	start, ok := processStart(pid)
	if !ok {
		start = time.Now()
	}
	return Owner{Host: h, PID: pid, Start: start.Truncate(time.Millisecond)}
}

// String is the owner as the store keeps it: host/pid/start (Unix ms).
func (o Owner) String() string {
	if o.Start.IsZero() {
		return fmt.Sprintf("%s/%d", o.Host, o.PID)
	}
	return fmt.Sprintf("%s/%d/%d", o.Host, o.PID, o.Start.UnixMilli())
}

// ParseOwner reads an owner as String writes it; ok is false for a name
// that is not one (a test's "replica-a").
func ParseOwner(s string) (o Owner, ok bool) {
	parts := strings.Split(s, "/")
	if len(parts) < 2 || len(parts) > 3 || parts[0] == "" {
		return Owner{}, false
	}
	pid, err := strconv.Atoi(parts[1])
	if err != nil || pid <= 0 {
		return Owner{}, false
	}
	o = Owner{Host: parts[0], PID: pid}
	if len(parts) == 3 {
		ms, err := strconv.ParseInt(parts[2], 10, 64)
		if err != nil {
			return Owner{}, false
		}
		o.Start = time.UnixMilli(ms)
	}
	return o, true
}

// DeadOnThisHost reports whether other names a process of this host
// (me.Host) that is no longer running. A process of another host, or one
// whose state cannot be read, is not known to be dead: its leases end on
// their own.
func (me Owner) DeadOnThisHost(other Owner) bool {
	if other.Host != me.Host || other == me {
		return false
	}
	if other.PID == me.PID {
		return true // this pid is this process now: the other has gone
	}
	alive, known := processAlive(other.PID)
	if !known {
		return false
	}
	if !alive {
		return true
	}
	if other.Start.IsZero() {
		return false
	}
	start, ok := processStart(other.PID)
	// Start times come from the kernel's ticks since boot plus the boot
	// time, which moves a little when the clock is adjusted: the same
	// process can read a few hundred milliseconds apart. A process that
	// reused the pid started long after, not within seconds.
	return ok && absDuration(start.Sub(other.Start)) > 10*time.Second
}

func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}
