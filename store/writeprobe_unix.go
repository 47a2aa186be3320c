//go:build unix

package store

import (
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// systemProbe asks the system (access(2) and the file's owner).
var systemProbe = writeProbe{
	writable: func(path string) error {
		if err := unix.Access(path, unix.W_OK); err != nil {
			return &os.PathError{Op: "access", Path: path, Err: err}
		}
		return nil
	},
	owner: func(path string) (int, bool) {
		info, err := os.Stat(path)
		if err != nil {
			return 0, false
		}
		st, ok := info.Sys().(*syscall.Stat_t)
		if !ok {
			return 0, false
		}
		return int(st.Uid), true
	},
}
