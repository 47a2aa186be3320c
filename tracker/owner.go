package tracker

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// Owner names a process for the leases it takes and the events it claims:
// its host, its pid, when it started, a random id of its own (Instance)
// and the pid namespace it runs in (Space). The host and pid alone are not
// unique: two containers given one host name (--network host, a fixed
// hostname:) both run claimtrack as pid 1. Instance tells them apart, and
// Space says whether another process's pid can be asked about at all: a
// pid of another namespace means nothing here. The start time tells a
// process that died from a later one given the same pid (a container's
// pid 1 after a restart), so that a process can take back at once what a
// dead process of its own host and namespace held instead of waiting for
// the lease to end; its start in ticks (Ticks) tells it exactly.
type Owner struct {
	Host  string
	PID   int
	Start time.Time // zero when unknown (an owner written by an older claimtrack)
	// Instance is random, drawn once per process ("" in an owner written
	// by a claimtrack before it).
	Instance string
	// Space names the pid namespace and boot (a short hash): processes
	// with the same Space see one another's pids. "" where it cannot be
	// read (no /proc).
	Space string
	// Ticks is when the process started in clock ticks since boot, as the
	// kernel keeps it (0: unknown, or an owner written before it). Where
	// Space is the same, so is the boot, and Ticks tells the process at a
	// pid from a later one exactly: Start, made with the boot time that a
	// clock step shifts, may read minutes off for a process still running.
	Ticks int64
}

// DrawOwner names the running process as an Owner, with a fresh random
// Instance at each call. Draw it once, where the process starts (cmd/claimtrack's
// main), and hand that one Owner to every part of the process (the daemon, its
// passes, once, the demo): a lease names its Owner, and two Owners drawn in
// one process are two holders, each waiting out the other's leases
// (DeadOnThisHost knows them alive by the process's start ticks; where the
// ticks cannot be read, it takes them for dead, and one would take over the
// other's leases mid-pass).
func DrawOwner() Owner {
	h, err := os.Hostname()
	if err != nil || h == "" {
		h = "unknown-host"
	}
	pid := os.Getpid()
	start, ok := processStart(pid)
	if !ok {
		start = time.Now()
	}
	var id [4]byte
	_, _ = rand.Read(id[:]) // never fails (crypto/rand since Go 1.24)
	o := Owner{Host: h, PID: pid, Start: start.Truncate(time.Millisecond), Instance: hex.EncodeToString(id[:]), Space: processSpace()}
	if o.Space != "" {
		o.Ticks, _ = processTicks(pid)
	}
	return o
}

// String is the owner as the store keeps it and the log shows it:
// host/pid/start (Unix ms)/instance[/space[/ticks]]. Owners written by an
// older claimtrack (host/pid, host/pid/start, without ticks) read back as
// they were.
func (o Owner) String() string {
	switch {
	case o.Space != "" && o.Ticks > 0 && o.Instance != "":
		return fmt.Sprintf("%s/%d/%d/%s/%s/%d", o.Host, o.PID, o.Start.UnixMilli(), o.Instance, o.Space, o.Ticks)
	case o.Start.IsZero() && o.Instance == "":
		return fmt.Sprintf("%s/%d", o.Host, o.PID)
	case o.Instance == "":
		return fmt.Sprintf("%s/%d/%d", o.Host, o.PID, o.Start.UnixMilli())
	case o.Space == "":
		return fmt.Sprintf("%s/%d/%d/%s", o.Host, o.PID, o.Start.UnixMilli(), o.Instance)
	}
	return fmt.Sprintf("%s/%d/%d/%s/%s", o.Host, o.PID, o.Start.UnixMilli(), o.Instance, o.Space)
}

// ParseOwner reads an owner as String writes it; ok is false for a name
// that is not one (a test's "replica-a").
func ParseOwner(s string) (o Owner, ok bool) {
	parts := strings.Split(s, "/")
	if len(parts) < 2 || len(parts) > 6 || parts[0] == "" {
		return Owner{}, false
	}
	pid, err := strconv.Atoi(parts[1])
	if err != nil || pid <= 0 {
		return Owner{}, false
	}
	o = Owner{Host: parts[0], PID: pid}
	if len(parts) >= 3 {
		ms, err := strconv.ParseInt(parts[2], 10, 64)
		if err != nil {
			return Owner{}, false
		}
		o.Start = time.UnixMilli(ms)
	}
	if len(parts) >= 4 {
		if parts[3] == "" {
			return Owner{}, false
		}
		o.Instance = parts[3]
	}
	if len(parts) >= 5 {
		if parts[4] == "" {
			return Owner{}, false
		}
		o.Space = parts[4]
	}
	if len(parts) == 6 {
		ticks, err := strconv.ParseInt(parts[5], 10, 64)
		if err != nil || ticks <= 0 {
			return Owner{}, false
		}
		o.Ticks = ticks
	}
	return o, true
}

// DeadOnThisHost reports whether other names a process of this host
// (me.Host) and pid namespace that is no longer running. A process of
// another host, of another pid namespace under the same host name (two
// containers), of a namespace that cannot be told (an owner written by an
// older claimtrack, or no /proc), or one whose state cannot be read, is not
// known to be dead: its leases end on their own.
func (me Owner) DeadOnThisHost(other Owner) bool {
	if other.Host != me.Host || other == me || other.Instance != "" && other.Instance == me.Instance {
		return false
	}
	if other.Space == "" || other.Space != me.Space {
		return false // its pid is not one this process can ask about
	}
	if other.PID == me.PID {
		// This pid under the same start (ticks) is this very process (an
		// Owner drawn twice in it): alive. Under another start, or one
		// that cannot be told, it is a process before this one that had
		// the pid, and has gone.
		return other.Ticks == 0 || other.Ticks != me.Ticks
	}
	alive, known := processAlive(other.PID)
	if !known {
		return false
	}
	if !alive {
		return true
	}
	if other.Ticks > 0 {
		// The same Space is the same boot: the ticks are the kernel's own,
		// exact whatever the clock did since.
		ticks, ok := processTicks(other.PID)
		return ok && ticks != other.Ticks
	}
	if other.Start.IsZero() {
		return false
	}
	start, ok := processStart(other.PID)
	// Without ticks (an owner an older claimtrack wrote), start times come
	// from the kernel's ticks since boot plus the boot time, which moves
	// when the clock is adjusted: the same process can read a few hundred
	// milliseconds apart (or further after a step). A process that reused
	// the pid started long after, not within seconds.
	return ok && absDuration(start.Sub(other.Start)) > 10*time.Second
}

func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}
