package claimant

// An aside between a subject and its verb may quote a word or two of
// someone else's: "The Foreign Office, in a statement issued after what
// officials described as a \"difficult\" call, said 42 ...", "The
// ministry, in what it called a ‘routine’ update, said". Those marks close
// no phrase: they set off a few words inside the aside, which still opens
// at the comma after the subject.

// quoteMarkTok reports whether token i is a quotation mark.
func (v *view) quoteMarkTok(i int) bool {
	if uint(i) >= uint(len(v.toks)) || v.toks[i].word {
		return false
	}
	switch v.toks[i].low {
	case "\"", "“", "”", "‘", "’", "'":
		return true
	}
	return false
}

// scareQuoteBefore returns, when token k closes a quotation of one to four
// words with no punctuation inside (and the words before its opening mark
// are a phrase's, no clause mark), the token before its opening mark;
// -1 otherwise.
func (v *view) scareQuoteBefore(k, lo int) int {
	if !v.quoteMarkTok(k) {
		return -1
	}
	for m := k - 1; m >= lo && m >= k-5; m-- {
		if v.quoteMarkTok(m) {
			if m == k-1 || m-1 < lo || !v.toks[m-1].word {
				return -1
			}
			return m - 1
		}
		if !v.toks[m].word {
			return -1
		}
	}
	return -1
}
