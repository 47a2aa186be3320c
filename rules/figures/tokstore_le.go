//go:build 386 || amd64 || arm || arm64 || loong64 || mips64le || mipsle || ppc64le || riscv64 || wasm

package figures

import "unsafe"

// putTok writes token t whole, as two eight-byte stores where a field-by-
// field write (appendTok) makes six: scanPlain writes most tokens of a
// text. flags is the token's Kind with tokSpace, tokBreak and tokStop set
// in it (each a byte); the two words are the
// Token's memory on a little-endian machine (TestPutTok holds them to the
// fields; tokstore_be.go writes the fields on others).
//
// The two stores are of uint64s, and so need t 8-byte aligned: mips64le
// and riscv64 (of the machines above) fault or trap on a misaligned one,
// and the others split or slow it. A Token alone is only 4-byte aligned
// (its widest field is an int32), so putTok relies on t being an element
// of a slice of Tokens whose backing array the Go heap allocated: its only
// caller, scanPlain, writes &buf[n] of the toks scanTokens grows by
// slices.Grow or append (Analyze's d.Tokens, recycled from one text to
// the next, starts nil and is grown so), never an array on the stack. The
// heap places every object of 8 bytes or more on an 8-byte boundary, and
// a Token is 16 bytes (held below), so each element of such an array
// starts 16k bytes past an aligned base: aligned too.
func putTok(t *Token, start, end int, flags uint64, vid uint16) {
	w := (*[2]uint64)(unsafe.Pointer(t))
	w[0] = uint64(uint32(start)) | uint64(uint32(end))<<32
	w[1] = flags | uint64(vid)<<32
}

// The two words putTok writes are the whole Token, its vid at byte 12: a
// field added to Token, or one moved, fails to compile here until putTok
// is changed with it (TestPutTok, which compares the fields it knows, would
// pass while the new field kept a recycled token's value).
const (
	_ = -(unsafe.Sizeof(Token{}) - 16) // a uintptr below 0 either way
	_ = -(unsafe.Offsetof(Token{}.vid) - 12)
	_ = -(unsafe.Offsetof(Token{}.stop) - 11) // tokStop's byte
)
