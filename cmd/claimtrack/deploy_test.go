package main

import (
	"bufio"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/daemon"
)

// The deployment files are read as shipped: ../../deploy/claimtrack.service,
// ../../Dockerfile, ../../.dockerignore and ../../README.md.

// TestStopTimeoutsCoverGrace: SIGTERM lets the pass in progress finish and
// delivers its events, for up to run's --grace, then closes the HTTP
// server. A supervisor that kills sooner (systemd's TimeoutStopSec,
// docker's --stop-timeout, 10s by default) cuts that short, so the shipped
// unit and every docker run of the README and the Dockerfile must leave room.
func TestStopTimeoutsCoverGrace(t *testing.T) {
	need := defaultGrace + daemon.HTTPStopTimeout
	unit := readShipped(t, "../../deploy/claimtrack.service")
	m := regexp.MustCompile(`(?m)^TimeoutStopSec=(\S+)$`).FindStringSubmatch(unit)
	if m == nil {
		t.Fatal("deploy/claimtrack.service sets no TimeoutStopSec (systemd's default is 90s, but say it)")
	}
	if d, err := time.ParseDuration(m[1]); err != nil || d <= need {
		t.Errorf("deploy/claimtrack.service: TimeoutStopSec=%s must exceed --grace %v + %v (%v)", m[1], defaultGrace, daemon.HTTPStopTimeout, err)
	}
	for _, f := range []string{"../../README.md", "../../Dockerfile"} {
		runs := 0
		sc := bufio.NewScanner(strings.NewReader(readShipped(t, f)))
		for n := 1; sc.Scan(); n++ {
			line := sc.Text()
			if !strings.Contains(line, "docker run ") {
				continue
			}
			runs++
			m := regexp.MustCompile(`--stop-timeout[ =](\d+)`).FindStringSubmatch(line)
			if m == nil {
				t.Errorf("%s:%d: docker run without --stop-timeout: docker kills claimtrack 10s after SIGTERM", f, n)
				continue
			}
			if s, _ := strconv.Atoi(m[1]); time.Duration(s)*time.Second <= need {
				t.Errorf("%s:%d: --stop-timeout %s must exceed %v", f, n, m[1], need)
			}
		}
		if runs == 0 {
			t.Errorf("%s: no docker run line: is this test still reading the right file?", f)
		}
	}
}

// TestDockerfileStateFolderWritable: the image runs as nonroot and keeps its
// store in a VOLUME. A volume folder the image lacks is created owned by
// root, where nonroot cannot create the store: the image must carry the
// folder, owned by nonroot, before VOLUME names it.
func TestDockerfileStateFolderWritable(t *testing.T) {
	df := readShipped(t, "../../Dockerfile")
	final := df[strings.LastIndex(df, "\nFROM "):]
	vol := regexp.MustCompile(`(?m)^VOLUME (\S+)$`).FindStringSubmatch(final)
	if vol == nil {
		t.Fatal("the final stage has no VOLUME")
	}
	owned := regexp.MustCompile(`(?m)^COPY [^\n]*--chown=(65532|nonroot)[^\n]* ` + regexp.QuoteMeta(vol[1]) + `$`).FindStringIndex(final)
	if owned == nil || owned[0] > strings.Index(final, "\nVOLUME ") {
		t.Errorf("the Dockerfile's final stage must COPY --chown=65532:65532 a folder to %s before VOLUME", vol[1])
	}
	if !strings.Contains(final, "\nUSER nonroot") {
		t.Error("the image must run as nonroot")
	}
}

// TestDockerignore: a desk that followed README (a binary built in the
// repository, a first once with the shipped config) has claimtrack and
// claimtrack.db beside the Dockerfile; COPY . . must not send them, nor
// secrets, to the builder.
func TestDockerignore(t *testing.T) {
	ignored := map[string]bool{}
	for _, line := range strings.Split(readShipped(t, "../../.dockerignore"), "\n") {
		ignored[strings.TrimSpace(line)] = true
	}
	for _, want := range []string{".git", "/claimtrack", "*.db", "*.db-wal", "*.db-lock", "*.env"} {
		if !ignored[want] {
			t.Errorf(".dockerignore lacks %s", want)
		}
	}
}

func readShipped(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return string(data)
}
