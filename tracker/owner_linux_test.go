//go:build linux

package tracker

import (
	"os"
	"os/exec"
	"testing"
	"time"
)

// A process killed but not yet reaped by its parent (a zombie) still
// answers signal 0; it holds nothing, so a restart right after a kill -9
// need not wait out its leases.
func TestZombieTakenForDead(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Wait() })
	pid := cmd.Process.Pid
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if fields, ok := procStat(pid); ok && len(fields) > 0 && fields[0] == "Z" {
			break
		}
		if time.Now().After(deadline) {
			t.Skip("the child did not become a zombie in time")
		}
	}
	zombie := Owner{Host: thisProc.Host, PID: pid, Instance: "2omb1e", Space: thisProc.Space}
	if !thisProc.DeadOnThisHost(zombie) {
		t.Error("an exited, unreaped process of this host not taken for dead")
	}
}

// On Linux a process knows its pid namespace, so a dead claimtrack of
// this host and namespace can be taken over at once.
func TestOwnerSpaceOnLinux(t *testing.T) {
	if thisProc.Space == "" || len(thisProc.Space) != 8 {
		t.Errorf("no pid namespace read: %+v", thisProc)
	}
	if processSpace() != thisProc.Space {
		t.Error("the namespace reads differently twice")
	}
}

// A clock step (NTP setting a clock that booted hours off, as on a machine
// without a battery clock) moves the boot time the start is made from: a
// running claimtrack's start then reads far from the one it wrote. Within
// one boot and namespace the kernel's start ticks tell it exactly: another
// claimtrack of this host (a timer's once beside run) must not take the
// running one for dead, take its leases and claimed events, and post what
// it is posting.
func TestOwnerAliveAcrossAClockStep(t *testing.T) {
	ppid := os.Getppid()
	ticks, ok := processTicks(ppid)
	start, ok2 := processStart(ppid)
	if !ok || !ok2 || thisProc.Space == "" {
		t.Skip("no /proc to read the parent's start from")
	}
	if thisProc.Ticks <= 0 {
		t.Errorf("this process's owner has no start ticks: %+v", thisProc)
	}
	if back, ok := ParseOwner(thisProc.String()); !ok || back.Ticks != thisProc.Ticks || back.String() != thisProc.String() {
		t.Errorf("%s read back as %+v", thisProc, back)
	}
	// The parent as it wrote itself an hour before the clock was set.
	running := Owner{Host: thisProc.Host, PID: ppid, Start: start.Add(-time.Hour).Truncate(time.Millisecond), Instance: "5tep0001", Space: thisProc.Space, Ticks: ticks}
	if thisProc.DeadOnThisHost(running) {
		t.Errorf("a running process whose start reads an hour off (a clock step) taken for dead: %s", running)
	}
	back, _ := ParseOwner(running.String())
	if thisProc.DeadOnThisHost(back) {
		t.Errorf("read back from the store, a running process taken for dead: %s", running)
	}
	// Its pid under other ticks: a process that had the pid before.
	before := running
	before.Start, before.Ticks = start, ticks-1
	if !thisProc.DeadOnThisHost(before) {
		t.Errorf("an earlier process with a pid now reused not taken for dead: %s", before)
	}
}
