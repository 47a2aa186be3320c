// Package savedfile says which files of a folder a dir: source reads: one
// list, read by scrape.DirLinks when it lists the folder and by config when
// check warns of a folder that holds none of them.
package savedfile

import (
	"path/filepath"
	"slices"
	"strings"
)

// Exts are the endings of the files a dir: source reads, in any case.
var Exts = []string{".html", ".htm", ".txt", ".eml"}

// Read reports whether a dir: source reads a file named name.
func Read(name string) bool {
	return slices.Contains(Exts, strings.ToLower(filepath.Ext(name)))
}

// Names is Exts as a sentence says them: ".html, .htm, .txt or .eml".
func Names() string {
	return strings.Join(Exts[:len(Exts)-1], ", ") + " or " + Exts[len(Exts)-1]
}
