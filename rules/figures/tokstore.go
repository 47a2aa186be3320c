package figures

// A token's Space and Break as bits of the flags putTok writes:
// where a little-endian machine keeps them in a Token, each a byte above
// Kind. Each is 0 for false.
func tokSpace(b bool) uint64 { return bitIf(b, 1<<8) }
func tokBreak(b bool) uint64 { return bitIf(b, 1<<16) }

// tokStop is a token's stop as a bit of those flags, the byte above Break.
const tokStop = 1 << 24

// bitIf is bit if b, else 0 (a conditional move, not a branch).
func bitIf(b bool, bit uint64) uint64 {
	var v uint64
	if b {
		v = bit
	}
	return v
}
