package scrape

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/internal/savedfile"
)

// DirLinks lists the .html, .htm, .txt and .eml files of a folder, newest
// first. A file's time is the date in its name when it has one
// (2024-11-03-toll.txt; fileDate), else its modification time: a copied, cloned or
// unpacked archive has every file modified at once, which would make old
// articles look new and order them at random.
func DirLinks(dir string) ([]Link, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read folder %s: %w", dir, err)
	}
	var out []Link
	for _, e := range entries {
		if e.IsDir() || !savedfile.Read(e.Name()) {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		p := filepath.Join(dir, e.Name())
		abs, _ := filepath.Abs(p)
		published := fileDate(e.Name(), info.ModTime())
		out = append(out, Link{URL: (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String(), Title: e.Name(), Published: published, Path: p})
	}
	return newestFirst(out), nil
}

// fileDate is the publication time of a saved article named name and
// modified at mod. A name with a time of day gives it; a name with a day
// only gives that day, and the modification time within it when the file
// was written on that day: an article saved today as 2026-12-04-toll.txt
// is published when it was saved, not at midnight, so it is not taken for
// the archive's past when tracking began this morning. A copied archive's
// files are modified on another day than their names say, and keep them.
func fileDate(name string, mod time.Time) time.Time {
	t, withTime, ok := dateInName(name)
	switch {
	case !ok:
		return mod
	case !withTime && mod.UTC().Format(time.DateOnly) == t.Format(time.DateOnly):
		return mod
	}
	return t
}

var nameDate = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})-?([01][0-9])-?([0-3][0-9])(?:[T_ -]?([0-2][0-9])[:.-]?([0-5][0-9]))?(?:[^0-9]|$)`)

// DateInName reads a date, with an optional time of day, from a file name:
// 2024-11-03, 20241103, 2024-11-03T0915 or 2024-11-03_09-15, in UTC.
func DateInName(name string) (time.Time, bool) {
	t, _, ok := dateInName(name)
	return t, ok
}

// dateInName is DateInName that also says whether the name gave a time
// of day.
func dateInName(name string) (t time.Time, withTime, ok bool) {
	m := nameDate.FindStringSubmatch(name)
	if m == nil {
		return time.Time{}, false, false
	}
	n := func(s string) int { v, _ := strconv.Atoi(s); return v }
	y, mo, d, h, mi := n(m[1]), n(m[2]), n(m[3]), n(m[4]), n(m[5])
	t = time.Date(y, time.Month(mo), d, h, mi, 0, 0, time.UTC)
	if t.Month() != time.Month(mo) || t.Day() != d || h > 23 {
		return time.Time{}, false, false // 2024-02-30 is no date
	}
	return t, m[4] != "", true
}

// ReadFileArticle reads an article from a local .html, .txt or .eml file.
func ReadFileArticle(path string, opts ExtractOptions) (*Article, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	a, err := ArticleFromBytes(data, path, opts)
	if err != nil {
		return nil, err
	}
	abs, _ := filepath.Abs(path)
	a.URL = (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
	if a.CanonicalURL == "" {
		a.CanonicalURL = a.URL
	}
	return a, nil
}

// ReadsAsText reports whether ArticleFromBytes reads data, which came
// under name, as text: neither HTML nor an e-mail. The text is the file's
// own, line for line, unless it is a HeaderText.
func ReadsAsText(name string, data []byte) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext != ".html" && ext != ".htm" && ext != ".eml" && (ext == ".txt" || !IsHTML("", data))
}

// ArticleFromBytes reads an article by the name it came under: .html and
// .htm go through extraction, .eml is read as an e-mail, .txt as text (a
// HeaderText by its header), and anything else (standard input, say) is
// HTML if it looks like HTML.
func ArticleFromBytes(data []byte, name string, opts ExtractOptions) (*Article, error) {
	var a *Article
	var err error
	switch {
	case ReadsAsText(name, data):
		text := savedText(data)
		h, err := ParseHeaderText(text)
		var bad *HeaderError
		switch {
		case err == nil:
			a := h.Article(opts)
			a.AsText, a.HeaderUndated = true, h.Published.IsZero()
			return a, nil
		case errors.As(err, &bad):
			return nil, fmt.Errorf("%s:%d: %s", name, bad.Line, bad.Msg)
		}
		a = &Article{AsText: true}
		a.setText(text, opts)
		a.Title, _, _ = strings.Cut(a.Text, "\n")
	case strings.EqualFold(filepath.Ext(name), ".eml"):
		a, err = readEmail(data, opts)
	default:
		a, err = ExtractHTML(data, "text/html", nil, opts)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return a, nil
}

// readEmail reads a newsletter or forwarded article saved as .eml: the
// subject is the title, the date the publication time, the text/plain
// part (or the HTML part) the text.
func readEmail(data []byte, opts ExtractOptions) (*Article, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("read e-mail: %w", err)
	}
	dec := new(mime.WordDecoder)
	subject, err := dec.DecodeHeader(msg.Header.Get("Subject"))
	if err != nil {
		subject = msg.Header.Get("Subject")
	}
	a := &Article{Title: subject}
	if d, err := msg.Header.Date(); err == nil {
		a.Published = d
	}
	body, ctype, err := emailBody(msg.Header.Get("Content-Type"), msg.Body)
	if err != nil {
		return nil, err
	}
	if strings.HasPrefix(ctype, "text/html") {
		h, err := ExtractHTML(body, ctype, nil, opts)
		if err != nil {
			return nil, err
		}
		a.Text, a.TextHash = h.Text, h.TextHash
		return a, nil
	}
	a.setText(string(body), opts)
	return a, nil
}

// emailBody finds the text/plain part of a message, else its text/html part.
func emailBody(contentType string, r io.Reader) ([]byte, string, error) {
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil || !strings.HasPrefix(mt, "multipart/") {
		b, err := io.ReadAll(io.LimitReader(r, 16<<20))
		if contentType == "" {
			contentType = "text/plain"
		}
		return b, contentType, err
	}
	mr := multipart.NewReader(r, params["boundary"])
	var html []byte
	var htmlType string
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, "", fmt.Errorf("read e-mail part: %w", err)
		}
		ct := part.Header.Get("Content-Type")
		b, ctype, err := emailBody(ct, part)
		if err != nil {
			return nil, "", err
		}
		switch {
		case strings.HasPrefix(ctype, "text/plain"):
			return b, ctype, nil
		case strings.HasPrefix(ctype, "text/html") && html == nil:
			html, htmlType = b, ctype
		}
	}
	if html != nil {
		return html, htmlType, nil
	}
	return nil, "", fmt.Errorf("the e-mail has no text/plain or text/html part")
}

// UndatedHeaderNote says how a saved text whose header has no Published:
// line was dated instead, named by path, at date: by the date in its name,
// else by its modification time, which a copy resets; and how to give it.
func UndatedHeaderNote(path string, date time.Time) string {
	how := "its modification time, which a copy, git clone or unzip resets to now"
	if _, ok := DateInName(filepath.Base(path)); ok {
		how = "the date in its name"
	}
	return fmt.Sprintf("%s: its header has no Published: line, so it is dated %s by %s: to date it yourself, add a line \"Published: %s\" (or with its time, %s) to the header",
		path, date.UTC().Format(time.DateOnly), how, date.UTC().Format(time.DateOnly), date.UTC().Format(time.RFC3339))
}
