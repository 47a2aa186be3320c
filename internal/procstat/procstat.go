// Package procstat reads what benchmarks report of their own process from
// /proc (Linux): CPU time, which a shared machine disturbs less than wall
// time, and the peak resident set size. Elsewhere the readings are 0.
package procstat

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"time"
)

// ResetPeakRSS starts the process's high-water resident set size again
// from its present size (Linux), so that each benchmark reports its own.
func ResetPeakRSS() {
	os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

// PeakRSS reads the process's high-water resident set size in MB (Linux).
func PeakRSS() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			return float64(kb) / 1024
		}
	}
	return 0
}

// CPUTime reads the CPU time (user and system) a process has used so far
// from /proc (Linux); 0 elsewhere. Benchmarks report CPU time beside wall
// time: on a shared machine, wall time depends on
// what else runs, CPU time much less.
func CPUTime(pid int) time.Duration {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	// Fields after the command name, which is in parentheses and may hold
	// spaces: utime and stime are the 12th and 13th, in clock ticks (100 a
	// second on Linux).
	s := string(data)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 13 {
		return 0
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64)
	stime, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0
	}
	return time.Duration(utime+stime) * 10 * time.Millisecond
}
