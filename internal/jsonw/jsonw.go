// Package jsonw appends JSON values to a byte slice exactly as
// encoding/json's Marshal writes them, without reflection: for the records
// that commands stream by the million (a figure per line), where Marshal's
// reflection and allocations cost as much as finding the figures.
package jsonw

import (
	"errors"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"unicode/utf8"
)

// ErrUnsupported is returned for a float that JSON cannot hold (NaN, ±Inf),
// which encoding/json refuses too.
var ErrUnsupported = errors.New("json: unsupported value: a float that is NaN or infinite")

// Float appends f as encoding/json writes a float64: like %g, but with
// exponents only outside [1e-6, 1e21) and not padded to two digits.
func Float(dst []byte, f float64) ([]byte, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return dst, ErrUnsupported
	}
	abs := math.Abs(f)
	if abs < 1e15 && f == math.Trunc(f) && !(f == 0 && math.Signbit(f)) {
		// A whole number, as most figures are: its shortest form is its
		// digits, which AppendInt writes faster than AppendFloat.
		return appendInt(dst, int64(f)), nil
	}
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' {
		// e-09 is written e-9.
		n := len(dst)
		if n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst, nil
}

// Int appends n.
func Int(dst []byte, n int) []byte { return appendInt(dst, int64(n)) }

// appendInt appends n's decimal digits, as strconv.AppendInt(dst, n, 10)
// does, but in place: a figure's JSON line writes six numbers, and
// strconv's own buffer and the copy out of it had cost as much as the
// digits.
func appendInt(dst []byte, n int64) []byte {
	u := uint64(n)
	if n < 0 {
		dst = append(dst, '-')
		u = -u
	}
	if u < 10 {
		return append(dst, byte('0'+u))
	}
	// The number of digits from the bit length (log10 2 is about
	// 1233/4096), one too few at most.
	w := bits.Len64(u) * 1233 >> 12
	if u >= pow10[w] {
		w++
	}
	l := len(dst)
	if cap(dst)-l < w {
		dst = slices.Grow(dst, w)
	}
	dst = dst[:l+w]
	i := l + w
	for u >= 100 {
		q := u / 100
		r := (u - q*100) * 2
		i -= 2
		dst[i], dst[i+1] = digitPairs[r], digitPairs[r+1]
		u = q
	}
	if u >= 10 {
		dst[i-2], dst[i-1] = digitPairs[u*2], digitPairs[u*2+1]
	} else {
		dst[i-1] = byte('0' + u)
	}
	return dst
}

// pow10 holds 10 to the powers 0 to 19, as many as a uint64 holds.
var pow10 = func() (t [20]uint64) {
	t[0] = 1
	for i := 1; i < len(t); i++ {
		t[i] = t[i-1] * 10
	}
	return t
}()

// digitPairs holds 00 to 99, two bytes each.
const digitPairs = "00010203040506070809" +
	"10111213141516171819" +
	"20212223242526272829" +
	"30313233343536373839" +
	"40414243444546474849" +
	"50515253545556575859" +
	"60616263646566676869" +
	"70717273747576777879" +
	"80818283848586878889" +
	"90919293949596979899"

const hex = "0123456789abcdef"

// String appends s quoted as encoding/json writes it: HTML's <, > and &
// escaped, invalid UTF-8 replaced by U+FFFD, and U+2028 and U+2029
// escaped (JavaScript reads them as line ends).
func String(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		// Most strings are plain ASCII: one table read a byte, and the
		// run of safe bytes copied at once.
		for i < len(s) && safeByte[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		if b := s[i]; b < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// safe reports whether an ASCII byte is written as itself.
func safe(b byte) bool {
	return b >= 0x20 && b < utf8.RuneSelf && b != '"' && b != '\\' && b != '<' && b != '>' && b != '&'
}

// safeByte is safe as a table, false for every byte of a multi-byte rune:
// String's loop reads it once a byte (a figure's JSON line writes four
// strings, and the comparisons had cost a tenth of figures --json).
var safeByte = func() (t [256]bool) {
	for b := range t {
		t[b] = safe(byte(b))
	}
	return t
}()
