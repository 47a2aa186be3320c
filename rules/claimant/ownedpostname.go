package claimant

// A post a pronoun owns may have its holder's name straight after it, with
// no commas: "The Chittagong Port Authority handled 3.27 million TEUs, its
// chairman Rear Admiral S M Moniruzzaman told reporters", "its chief
// executive Bilal Eksi told the Post". It is read as the same post with
// the name in commas ("its chief executive, Bilal Eksi, told"): the name
// is an appositive, and the post speaks for the body "its" takes up where
// it would with the commas (verbattr.go; the dev files write all five
// such sentences with commas or without by the body).

// ownedPostHolder returns where the holder's name starts in the subject
// [s, e): "its" or "their", one to three words ending in a post, then a
// person's name past its ranks. ok false: the subject is no such thing.
// ("its disaster agency chief Yunus Sezer said": a post of a body the
// pronoun owns, named by two lower-case words, is read the same way; the
// holder's name is what names a teller, not the place "its" takes up.)
func (v *view) ownedPostHolder(s, e int) (int, bool) {
	if e-s < 4 || !v.is(s, wIts, wTheir) {
		return 0, false
	}
	for p := s + 2; p <= s+4 && p < e-1; p++ {
		// ("its president Azhar Kamil said": a lower-case president is
		// owned as a post is, pronounPost.)
		if !(v.postEndsAt(p-1) || v.lowerPresident(p-1)) || v.toks[p-1].capital {
			continue
		}
		if n := v.afterRanks(p, e); n < e && v.personName(n, e) {
			return p, true
		}
	}
	return 0, false
}
