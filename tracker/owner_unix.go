//go:build unix

package tracker

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// processAlive asks the kernel whether pid exists and has not exited: a
// process that was killed but not yet reaped by its parent (a zombie,
// state Z in /proc) still answers signal 0, yet holds nothing, so its
// leases need not be waited out.
func processAlive(pid int) (alive, known bool) {
	err := syscall.Kill(pid, 0)
	switch {
	case err == nil, errors.Is(err, syscall.EPERM):
		if fields, ok := procStat(pid); ok && len(fields) > 0 && fields[0] == "Z" {
			return false, true
		}
		return true, true
	case errors.Is(err, syscall.ESRCH):
		return false, true
	}
	return false, false
}

// procStat reads the fields of /proc/<pid>/stat after the command name
// (Linux): the state first, the start time 20th. ok is false where there
// is no /proc.
func procStat(pid int) ([]string, bool) {
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return nil, false
	}
	// The command name, in parentheses, may hold spaces.
	i := strings.LastIndexByte(string(stat), ')')
	if i < 0 {
		return nil, false
	}
	return strings.Fields(string(stat[i+1:])), true
}

// clockTicks is Linux's USER_HZ, the unit of /proc/<pid>/stat's start
// time: 100 on every architecture Go builds for.
const clockTicks = 100

// processStart reads when pid started from /proc (Linux); ok is false
// where there is no /proc.
func processStart(pid int) (time.Time, bool) {
	ticks, ok := processTicks(pid)
	if !ok {
		return time.Time{}, false
	}
	boot, ok := bootTime()
	if !ok {
		return time.Time{}, false
	}
	return boot.Add(time.Duration(ticks) * time.Second / clockTicks), true
}

// processTicks reads when pid started in clock ticks since the machine
// booted (Linux): a number the kernel fixes at the start and no clock
// adjustment moves, unlike the time processStart makes of it with the
// boot time, which a clock step shifts. ok is false where there is no
// /proc.
func processTicks(pid int) (int64, bool) {
	fields, ok := procStat(pid)
	if !ok || len(fields) < 20 {
		return 0, false
	}
	ticks, err := strconv.ParseInt(fields[19], 10, 64)
	if err != nil || ticks < 0 {
		return 0, false
	}
	return ticks, true
}

func bootTime() (time.Time, bool) {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return time.Time{}, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "btime "); ok {
			s, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			return time.Unix(s, 0), err == nil
		}
	}
	return time.Time{}, false
}

// processSpace names this process's pid namespace on this boot of this
// machine: a short hash of the kernel's boot id and the namespace's
// identity (/proc/self/ns/pid, Linux). Two processes with the same space
// see the same pids; two containers on one machine, or two machines, do
// not share one. "" where either cannot be read.
func processSpace() string {
	boot, err := os.ReadFile("/proc/sys/kernel/random/boot_id")
	if err != nil {
		return ""
	}
	ns, err := os.Readlink("/proc/self/ns/pid")
	if err != nil || ns == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(strings.TrimSpace(string(boot)) + "\x00" + ns))
	return hex.EncodeToString(sum[:4])
}
