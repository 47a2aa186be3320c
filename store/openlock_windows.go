//go:build windows

package store

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// allBytes is the whole lock file, as the go command locks its own files
// (cmd/go/internal/lockedfile): a range lock of every byte is a lock of the
// file, whatever it holds.
const allBytes = ^uint32(0)

// tryLock takes an exclusive lock on f without waiting (LockFileEx, what
// flock is on unix); false when another holder has it. The lock belongs
// to the handle, so two opens in one process exclude each other as two
// processes do, and the system drops it when its holder dies.
func tryLock(f *os.File) (bool, error) {
	err := windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY,
		0, allBytes, allBytes, new(windows.Overlapped))
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, windows.ERROR_LOCK_VIOLATION):
		return false, nil
	}
	return false, err
}

func unlockFile(f *os.File) {
	windows.UnlockFileEx(windows.Handle(f.Fd()), 0, allBytes, allBytes, new(windows.Overlapped))
}
