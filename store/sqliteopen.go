package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// sqliteOpenAdvice says what to do when a SQLite store that does not
// exist yet cannot be made because its folder is not writable by this
// user, which SQLite says only as "unable to open database file (14)". A
// desk meets it on deploying: the shipped systemd unit runs as a user of
// its own with the system read-only (ProtectSystem=strict) but for its
// state folder, and a container mounts its configuration read-only, so a
// configuration whose store: sits beside it (store: ./desk.db, as a first
// configuration has it) cannot be created there. "" for any other cause.
// create tries to make a file in a folder (createIn).
func sqliteOpenAdvice(path string, create func(dir string) error) string {
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		return ""
	}
	dir := filepath.Dir(path)
	if err := create(dir); !errors.Is(err, fs.ErrPermission) && !errors.Is(err, syscall.EROFS) {
		return ""
	}
	return fmt.Sprintf("this user (uid %d) cannot create files in %s: give store: a file in a folder it can write; under the shipped systemd unit or container that is /var/lib/claimtrack, which store: ${CLAIMTRACK_STORE} names (both set it)", os.Getuid(), dir)
}

// createIn makes and removes a file in dir: whether this user may
// create the store there (root may where the folder's mode says no, so
// the mode alone does not tell).
func createIn(dir string) error {
	f, err := os.CreateTemp(dir, ".claimtrack-write-test-*")
	if err != nil {
		return err
	}
	f.Close()
	return os.Remove(f.Name())
}
