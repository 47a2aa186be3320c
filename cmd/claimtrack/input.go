package main

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"unicode/utf8"
)

// defaultArticleBytes is the largest file extract reads when the
// configuration sets no fetch.max_body_bytes: the scraper's own limit, so
// that extract sees what the daemon would.
const defaultArticleBytes = 5 << 20

// sniffBytes is how much of an input is looked at before the rest is read.
const sniffBytes = 8 << 10

// readText reads all of an input that must be text or HTML (an article,
// a newsletter saved as .eml). It refuses anything larger than limit
// before reading it where the size is known, and stops reading at limit
// otherwise, so memory stays a small multiple of what is accepted; and it
// refuses what is not text (an image, a PDF, an archive, an executable)
// with an error naming the input, instead of finding "figures" in its
// bytes.
// limitKey names the setting that sets limit, for the error message.
func readText(in io.Reader, name string, limit int64, limitKey string) ([]byte, error) {
	if err := notAFolder(in, name); err != nil {
		return nil, err
	}
	br := bufio.NewReaderSize(in, sniffBytes)
	head, err := br.Peek(sniffBytes)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if err := checkText(head, name); err != nil {
		return nil, err
	}
	if f, ok := in.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > limit {
			return nil, tooLarge(name, fi.Size(), limit, limitKey)
		}
	}
	data, err := io.ReadAll(io.LimitReader(br, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(name, -1, limit, limitKey)
	}
	if err := checkText(data, name); err != nil {
		return nil, err
	}
	return data, nil
}

// notAFolder refuses a folder given where one file is read: reading it
// fails with "read X: is a directory", which does not say what to give.
func notAFolder(in io.Reader, name string) error {
	if f, ok := in.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			return fmt.Errorf("%s is a folder: give one article file (rules misses and a dir: source read folders)", name)
		}
	}
	return nil
}

func tooLarge(name string, size, limit int64, limitKey string) error {
	if size < 0 {
		return fmt.Errorf("%s is larger than %s, the most an article may be (%s): is it an article?", name, mib(limit), limitKey)
	}
	return fmt.Errorf("%s is %s, more than the %s an article may be (%s): is it an article?", name, mib(size), mib(limit), limitKey)
}

func mib(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

// checkText says why data is not text or HTML, or returns nil. The content
// is sniffed, not the file name trusted: http.DetectContentType recognises
// the formats people mistake for articles (images, PDF, archives, office
// documents), and text that is not UTF-8 or is mostly control bytes is
// binary whatever its signature.
func checkText(data []byte, name string) error {
	if len(data) == 0 {
		return nil
	}
	ct := http.DetectContentType(data)
	mime, params, _ := strings.Cut(ct, ";")
	switch {
	case strings.Contains(params, "utf-16"):
		return fmt.Errorf("%s is UTF-16 text: convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8 %s)", name, name)
	case mime == "application/pdf":
		return fmt.Errorf("%s is a PDF, not text or HTML: convert it first (pdftotext %s -)", name, name)
	case mime != "text/plain" && mime != "text/html" && mime != "text/xml" && mime != "application/octet-stream":
		return fmt.Errorf("%s looks like %s, not text or HTML: extract and figures read articles as text, HTML or .eml", name, mime)
	}
	if looksBinary(data) {
		return fmt.Errorf("%s looks like binary data, not text or HTML: extract and figures read articles as text, HTML or .eml", name)
	}
	return nil
}

// looksBinary reports whether data holds a NUL byte, which no text file
// does, or more than one byte in five that is neither valid UTF-8 nor a
// text control character. The ratio leaves room for a Latin-1 page, whose
// accented letters are not UTF-8.
func looksBinary(data []byte) bool {
	bad := 0
	for i := 0; i < len(data); {
		c := data[i]
		if c == 0 {
			return true
		}
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b {
				bad++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			// A character cut at the end of a sniffed head is not an error.
			if len(data)-i < utf8.UTFMax && !utf8.FullRune(data[i:]) {
				break
			}
			bad++
		}
		i += size
	}
	return bad*5 > len(data)
}
