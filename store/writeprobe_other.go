//go:build !unix

package store

// systemProbe finds nothing wrong where access(2) is not there: Open's
// own error is then all a desk is told.
var systemProbe = writeProbe{
	writable: func(string) error { return nil },
	owner:    func(string) (int, bool) { return 0, false },
}
