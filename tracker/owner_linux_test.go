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
