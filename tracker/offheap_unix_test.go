//go:build unix

package tracker

import (
	"syscall"
	"testing"
)

// offHeap copies pages into memory mapped outside the Go heap, so that
// the collector does not count them. BenchmarkExtractionAlone keeps its
// sample pages this way: on the heap they would be ballast that the
// pipeline, whose pages live in the site's process, does not carry, and
// they would spare extraction alone a share of its collections.
func offHeap(tb testing.TB, pages [][]byte) [][]byte {
	size := 0
	for _, p := range pages {
		size += len(p)
	}
	mem, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		tb.Logf("pages stay on the heap: mmap: %v", err)
		return pages
	}
	tb.Cleanup(func() { syscall.Munmap(mem) })
	out := make([][]byte, len(pages))
	free := mem
	for i, p := range pages {
		out[i] = free[:len(p):len(p)]
		copy(out[i], p)
		free = free[len(p):]
	}
	return out
}
