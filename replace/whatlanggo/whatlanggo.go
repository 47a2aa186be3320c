// Package whatlanggo stands in for github.com/RadhiFadlillah/whatlanggo,
// which go-trafilatura calls on every page it extracts, to name the page's
// language. Nothing can switch that call off, and it is costly: a trigram
// profile of the whole text compared with every language of its script,
// through string-keyed maps (what it cost is in docs/performance.md). claimtrack never
// reads the language (trafilatura only puts it in metadata, and checks it
// against a target language that claimtrack does not set), so this package
// answers "unknown" at no cost. The go.mod at the repository's root points
// the import here with a replace directive.
//
// It declares what go-trafilatura v1.12 refers to, with the same shapes.
package whatlanggo

// Lang is a language; the only one this package knows is Unknown.
type Lang int

// Unknown is the language of every text here.
const Unknown Lang = -1

// DetectLang returns Unknown.
func DetectLang(string) Lang { return Unknown }

// Iso6391 returns the ISO 639-1 code of lang: empty, as for a language
// that has none.
func (lang Lang) Iso6391() string { return "" }
