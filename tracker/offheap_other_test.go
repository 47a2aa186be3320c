//go:build !unix

package tracker

import "testing"

// offHeap keeps the pages where they are where memory cannot be mapped
// outside the Go heap.
func offHeap(_ testing.TB, pages [][]byte) [][]byte { return pages }
