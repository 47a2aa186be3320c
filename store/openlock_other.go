//go:build !unix

package store

import "os"

// tryLock cannot lock here: processes opening one new store at the same
// moment may collide (docs/operations.md says to start one first).
func tryLock(*os.File) (bool, error) { return true, nil }

func unlockFile(*os.File) {}
