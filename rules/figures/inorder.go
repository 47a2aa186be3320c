package figures

import (
	"cmp"
	"iter"
	"maps"
	"slices"
)

// inOrder ranges over m in the order of its keys. The vocabulary is built
// from maps: ranged over as they come, each process gave its words other
// ids and its table other collisions, so the phrase screens (an id modulo
// 64 then; 256 since ranges.go's wider screen) let other words through to matchPhrase, and the finder's instruction
// count moved by 2–3% from one run of a binary to the next. The answers
// never depended on it.
func inOrder[K cmp.Ordered, V any](m map[K]V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}
