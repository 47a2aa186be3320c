package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// writeProbe asks the system what this user may write, without writing:
// writable is access(2) for writing (root may write where a mode says no,
// so the mode alone does not tell; a read-only mount refuses even root),
// owner the uid that owns a file (false where it cannot be told).
type writeProbe struct {
	writable func(path string) error
	owner    func(path string) (uid int, ok bool)
}

// sqliteFiles are the files SQLite and claimtrack keep beside a store
// (its write-ahead log, shared memory and the lock Open takes): each must
// be writable, or made, by the user that runs claimtrack.
var sqliteFiles = []string{"-wal", "-shm", "-lock"}

// sqliteOpenAdvice says what to do when this user cannot write the SQLite
// store at path, which SQLite says only as "unable to open database file
// (14)" (a new store in a folder not writable) or "attempt to write a
// readonly database" (a store another user made). A desk meets it on
// deploying: the shipped systemd unit runs as a user of its own with the
// system read-only (ProtectSystem=strict) but for its state folder, the
// container runs as uid 65532 with its configuration mounted read-only,
// so a configuration whose store: sits beside it (store: ./desk.db, as a
// first configuration has it) cannot be created there, and a store made
// by a `once` run as root cannot be written by either. "" when the
// probe finds nothing wrong, or the folder is missing (Open says that).
// Nothing is created or changed: `check` asks it too.
func sqliteOpenAdvice(path string, p writeProbe) string {
	dir := filepath.Dir(path)
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return ""
	}
	_, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		if refused(p.writable(dir)) {
			return fmt.Sprintf("this user (uid %d) cannot create files in %s: give store: a file in a folder it can write; under the shipped systemd unit or container that is /var/lib/claimtrack, which store: ${CLAIMTRACK_STORE} names (both set it)", os.Getuid(), dir)
		}
		return ""
	}
	for _, f := range append([]string{""}, sqliteFiles...) {
		name := path + f
		if _, err := os.Stat(name); err != nil {
			continue
		}
		if refused(p.writable(name)) {
			owner := ""
			if uid, ok := p.owner(name); ok {
				owner = fmt.Sprintf(", which uid %d owns", uid)
			}
			return fmt.Sprintf("this user (uid %d) cannot write %s%s: run claimtrack as the user that made the store, or give the store's files to this one (chown %d %s*); the container runs as uid 65532 and the shipped systemd unit as a user of its own, each with its store in /var/lib/claimtrack (README, Deployment)",
				os.Getuid(), name, owner, os.Getuid(), path)
		}
	}
	for _, f := range sqliteFiles {
		if _, err := os.Stat(path + f); errors.Is(err, fs.ErrNotExist) && refused(p.writable(dir)) {
			return fmt.Sprintf("this user (uid %d) cannot create files in %s, where SQLite keeps %s%s beside the store: let this user write the folder, or give store: a file in a folder it can write; under the shipped systemd unit or container that is /var/lib/claimtrack, which store: ${CLAIMTRACK_STORE} names (both set it)",
				os.Getuid(), dir, filepath.Base(path), f)
		}
	}
	return ""
}

// refused says whether err is the system's refusal to write.
func refused(err error) bool {
	return errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS)
}

// WriteProblem says why this user could not write the store dsn names (a
// SQLite file, relative paths against dir), with what to do, or "": for
// `check`, which must neither make nor change the store. A PostgreSQL
// store is not asked (check does not connect).
func WriteProblem(dsn, dir string) string {
	path, isFile := SQLitePath(dsn, dir)
	if !isFile {
		return ""
	}
	return sqliteOpenAdvice(path, systemProbe)
}
