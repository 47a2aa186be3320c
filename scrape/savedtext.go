package scrape

import (
	"bytes"
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
// PostgreSQL refuses); so UTF-16 with its mark is decoded as UTF-16, valid
// UTF-8 is kept as it is (a UTF-8 mark too: ParseHeaderText skips it), and
// anything else is read as Windows-1252, which gives every byte a
// character and reads Latin-1 the same wherever Latin-1 prints.
func savedText(data []byte) string {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		if b, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(data); err == nil {
			return string(b)
		}
	}
	if utf8.Valid(data) {
		return string(data)
	}
	b, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return string(bytes.ToValidUTF8(data, []byte("\uFFFD")))
	}
	return string(b)
}
