package scrape

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// savedText is the text of a saved .txt file, as UTF-8. A page says its
// charset and ParseHTML decodes it; a text file says nothing, and a desk's
// saved texts are not all UTF-8: Windows editors save "Unicode" as UTF-16
// with a byte order mark, and older tools save Windows-1252, whose curly
// quotes and dashes (0x92, 0x96) are invalid UTF-8. Kept as bytes, those
// would reach quotes, claimants and the store as invalid UTF-8 (which
// PostgreSQL refuses); so UTF-16 with its mark is decoded as UTF-16 and
// valid UTF-8 is kept as it is (a UTF-8 mark too: ParseHeaderText skips
// it). A file with no UTF-8 letter of more than one byte is read as
// Windows-1252, which gives every byte a character and reads Latin-1 the
// same wherever Latin-1 prints. A UTF-8 file with a stray byte in it (an
// apostrophe pasted from a Windows program) keeps its UTF-8 letters and
// reads only the stray bytes as Windows-1252: decoding the whole file as
// Windows-1252 would garble every "ü" and "ş" of the article, and with
// them the places and names the rules look for.
func savedText(data []byte) string {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		if b, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(data); err == nil {
			return string(b)
		}
	}
	if utf8.Valid(data) {
		return string(data)
	}
	if !hasMultiByteRune(data) {
		if b, err := charmap.Windows1252.NewDecoder().Bytes(data); err == nil {
			return string(b)
		}
	}
	var out strings.Builder
	out.Grow(len(data))
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			r = charmap.Windows1252.DecodeByte(data[0])
		}
		out.WriteRune(r)
		data = data[size:]
	}
	return out.String()
}

// hasMultiByteRune reports whether data holds a valid UTF-8 sequence of
// more than one byte: the mark of a UTF-8 file, where a Windows-1252 file
// has only single high bytes.
func hasMultiByteRune(data []byte) bool {
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if size > 1 && r != utf8.RuneError {
			return true
		}
		data = data[size:]
	}
	return false
}
