package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimtrack/claimtrack/internal/savedfile"
	"github.com/claimtrack/claimtrack/internal/suggest"
	"github.com/claimtrack/claimtrack/scrape"
)

// checkDir checks a dir: source's folder. A path that is no folder is a
// mistake; a folder that holds no file the source reads (empty, or only
// .md, .pdf or .html.bak files) is a warning: once and run would list it,
// read nothing and say nothing more, while the desk waits for figures.
// The warning names the files left out, so a wrong ending is seen, and the
// folders, whose files a dir: source does not read (scrape.DirLinks).
func (l *loader) checkDir(file, path, dir string, fail func(path, format string, args ...any)) {
	full := l.resolve(dir)
	fi, err := os.Stat(full)
	if err != nil || !fi.IsDir() {
		what, todo := "is not a folder", ""
		switch {
		case err == nil:
			what = "is a file, not a folder"
		case errors.Is(err, fs.ErrNotExist):
			what, todo = "does not exist", ": create the folder, or correct dir:"
		}
		var notes []string
		if !filepath.IsAbs(dir) {
			notes = append(notes, "the path is relative to "+l.cfg.Dir)
		}
		if near := nearFolder(full); near != "" {
			notes = append(notes, fmt.Sprintf("did you mean %q?", filepath.Join(filepath.Dir(dir), near)))
		}
		if len(notes) > 0 {
			what += " (" + strings.Join(notes, "; ") + ")"
		}
		fail(path, "%q %s%s", dir, what, todo)
		return
	}
	entries, err := os.ReadDir(full)
	if err != nil {
		return // once and run say why when they list it
	}
	var other, sub []string
	for _, e := range entries {
		switch {
		case e.IsDir():
			sub = append(sub, e.Name()+"/")
		case savedfile.Read(e.Name()):
			l.checkHeaders(file, path, full, entries)
			return
		default:
			other = append(other, e.Name())
		}
	}
	what := "it is empty"
	switch {
	case len(other) > 0:
		what = "it holds " + listed(other, "other file")
	case len(sub) > 0:
		what = "it holds " + listed(sub, "folder") + ", and a dir: source reads one folder, not the folders in it: name each in a source of its own"
	}
	l.warn(l.at(file, path), "%s: the folder %s holds no %s file: once and run read nothing from it until one is saved there; %s", path, full, savedfile.Names(), what)
}

// listed says how many names there are, of what, and the first three:
// "2 other files (a.md, b.pdf)".
func listed(names []string, what string) string {
	s := fmt.Sprintf("%d %s", len(names), what)
	if len(names) > 1 {
		s += "s"
	}
	shown := names[:min(len(names), 3)]
	s += " (" + strings.Join(shown, ", ")
	if len(names) > len(shown) {
		s += ", ..."
	}
	return s + ")"
}

// nearFolder is the folder beside full whose name is nearest its own
// ("articles" for "article"), or "".
func nearFolder(full string) string {
	return nearEntry(full, func(e os.DirEntry) bool { return e.IsDir() })
}

// nearEntry is the name of the entry beside path, among those keep
// accepts, nearest path's own name, or "" when none is near or the folder
// cannot be read: the one search nearFolder and nearFile (load.go) share.
func nearEntry(path string, keep func(os.DirEntry) bool) string {
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		return ""
	}
	var names []string
	for _, e := range entries {
		if keep(e) {
			names = append(names, e.Name())
		}
	}
	return suggest.Closest(filepath.Base(path), names)
}

// maxHeadersChecked is how many of a folder's text files check reads for
// their headers: a desk's folder, not an archive of years.
const maxHeadersChecked = 500

// checkHeaders reads the headers of a dir: source's .txt files as once
// will (scrape.ArticleFromBytes) and warns of those it cannot read, which
// once would refuse, and of those with no Published: line, which once
// dates by the file's name or modification time: each named, with what to
// write.
func (l *loader) checkHeaders(file, path, full string, entries []os.DirEntry) {
	var undated []string
	checked := 0
	for _, e := range entries {
		if e.IsDir() || !savedfile.Read(e.Name()) || !strings.EqualFold(filepath.Ext(e.Name()), ".txt") {
			continue
		}
		if checked++; checked > maxHeadersChecked {
			l.warn(l.at(file, path), "%s: check read the headers of the first %d .txt files in %s only: once reads them all, and says of each what check did not", path, maxHeadersChecked, full)
			break
		}
		p := filepath.Join(full, e.Name())
		a, err := scrape.ReadFileArticle(p, scrape.ExtractOptions{})
		switch {
		case err != nil:
			l.warn(l.at(file, path), "%s: %v: once and run refuse the file until it is mended", path, err)
		case a.HeaderUndated:
			undated = append(undated, e.Name())
		}
	}
	if len(undated) == 0 {
		return
	}
	verb := "has"
	if len(undated) > 1 {
		verb = "have"
	}
	l.warn(l.at(file, path), "%s: %s in %s %s a header with no Published: line: once dates each by the date in its name, else by its modification time, which a copy resets; to date one yourself, add a line \"Published: 2024-03-24\" (or with its time, 2024-03-24T09:00:00Z) to its header",
		path, listed(undated, "file"), full, verb)
}
