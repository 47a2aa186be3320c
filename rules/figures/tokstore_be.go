//go:build !(386 || amd64 || arm || arm64 || loong64 || mips64le || mipsle || ppc64le || riscv64 || wasm)

package figures

// putTok writes token t field by field (tokstore_le.go writes it whole on
// a little-endian machine), from flags as tokstore.go makes them.
func putTok(t *Token, start, end int, flags uint64, vid uint16) {
	t.Start, t.End, t.Kind, t.vid = int32(start), int32(end), tokKind(flags), vid
	t.Space, t.Break, t.stop = flags&tokSpace(true) != 0, flags&tokBreak(true) != 0, flags&tokStop != 0
}
