package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

// Processes that open one SQLite file at the same moment (`once` started
// beside a starting daemon, two replicas, `history` while `run` starts)
// take turns: each holds an exclusive lock on a file beside the store
// (claimtrack.db-lock) while it opens the store, switches it to WAL and
// migrates it. Neither SQLite nor goose serializes that on its own:
//
//   - goose reads the schema's version, then applies what is missing; two
//     openers of a new file both read version 0 and the second fails with
//     "partial migration error ... table articles already exists". goose
//     locks only PostgreSQL (a session advisory lock, see Open); for
//     SQLite it offers no locker (pressly/goose#1022 is open).
//   - the busy timeout does not cover everything: "the presence of a busy
//     handler does not guarantee that it will be invoked when there is lock
//     contention" (sqlite3_busy_handler): SQLite returns SQLITE_BUSY at once
//     where waiting could deadlock, and a new file's switch to WAL, racing
//     another connection's, did (modernc.org/sqlite already sets
//     busy_timeout before the DSN's other pragmas).
//
// Why a file of its own and not the store's: SQLite locks the store with
// POSIX advisory locks, which belong to the process, and closing any
// descriptor of the file drops all of them ("How To Corrupt An SQLite
// Database File", 2.2): opening the store file to lock it would take
// SQLite's locks from under its own connections. A flock on another file
// touches none of them, and the system drops it when its holder dies, so a
// killed opener leaves no stale lock: the file stays, empty and harmless.
//
// The lock is flock on unix and LockFileEx on Windows (openlock_unix.go,
// openlock_windows.go): the platforms modernc.org/sqlite builds for, so
// there is no build without it. A platform added later fails to build
// (no tryLock) rather than open one store from two processes unlocked.
//
// The lock is held only while opening: once migrated and in WAL (which
// persists in the file), the store's transactions wait for each other
// through the busy timeout and BEGIN IMMEDIATE, as before.

// openLockWait bounds the wait for another process's open of the same
// file, as goose's PostgreSQL lock does by default (5 minutes): a
// migration of a large store may take a while; a process stuck holding the
// lock for longer is named instead of waited for.
const openLockWait = 5 * time.Minute

// lockForOpen takes the lock beside the SQLite store at path, waiting at
// most wait, and returns what releases it.
func lockForOpen(ctx context.Context, path string, wait time.Duration) (unlock func(), err error) {
	lockPath := path + "-lock"
	f, err := os.OpenFile(lockPath, os.O_RDWR|os.O_CREATE, 0o644)
	if errors.Is(err, fs.ErrPermission) {
		// A user who may read the store but not write beside it (an
		// operator's `history` on the daemon's folder) creates and
		// migrates nothing: open it unlocked, as before the lock.
		return func() {}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: open %s: lock file: %w", path, err)
	}
	deadline := time.Now().Add(wait)
	pause := 2 * time.Millisecond
	for {
		ok, err := tryLock(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("store: open %s: lock %s: %w", path, lockPath, err)
		}
		if ok {
			return func() {
				unlockFile(f)
				f.Close()
			}, nil
		}
		if !time.Now().Before(deadline) {
			f.Close()
			return nil, fmt.Errorf("store: open %s: another process has held %s for %s while opening the store (a migration?): wait for it to finish, or stop it", path, lockPath, wait)
		}
		t := time.NewTimer(min(pause, time.Until(deadline)))
		select {
		case <-ctx.Done():
			t.Stop()
			f.Close()
			return nil, fmt.Errorf("store: open %s: waiting for %s: %w", path, lockPath, ctx.Err())
		case <-t.C:
		}
		pause = min(2*pause, 100*time.Millisecond)
	}
}
