package claimant

// opensSingleQuote reports whether token i is an apostrophe opening a
// single quote: a space before it and a word joined after it ("the
// ‘2 million deportations’ figure"). Its close after a plural ("…
// deportations’") is then no possessive, and the plural owns nothing.
func opensSingleQuote(toks []tok, i int) bool {
	return toks[i].low == "'" && (i == 0 || toks[i].space) && i+1 < len(toks) && !toks[i+1].space && (toks[i+1].word || toks[i+1].num)
}
