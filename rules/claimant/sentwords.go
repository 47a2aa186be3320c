package claimant

// A quote introduced by who sent it to the writer: "My cousin in Dnipro
// texted me a line I cannot shake: “Three sirens tonight, 12 since
// Friday”", "A nurse in Rafah sent us a message: “...”", "A teacher in
// Kharkiv messaged me last night: “...”", "A nurse in Rafah texts us most
// nights: “...”". The verb sends words (text, message, email, send,
// write, post), in any form, "me" or "us" receive them, and the
// sender, the clause's subject, speaks the quote. A sender of things
// ("sent us 40 tents:") sends no words, and the quote after a colon that
// follows some other verb is read as before.

// sendingStems are the stems of verbs that send words: any of their
// forms ("texted", "texts us", "writes to us", "emails me") sends them.
// "sent" and "wrote" are forms the stemmer leaves whole.
var sendingStems = set("text messag email e-mail send sent write wrote post tweet whatsap whatsapp")

// sendingVerb reports whether w is a form of a verb that sends words.
func sendingVerb(w string) bool {
	return sendingStems[stem(w)]
}

// senderBeforeColon reads, in view w, the subject of a verb that sends
// words to "me" or "us" before the colon that opens quote qs, with what
// was sent between ("a line I cannot shake", "a message", "last night").
func (c *call) senderBeforeColon(w *view, qs int) (Claimant, bool) {
	q := w.tokAt(qs)
	if q < 4 || !w.isOne(q-2, wColon) && !w.isOne(q-1, wColon) {
		return Claimant{}, false
	}
	colon := q - 1
	if !w.isOne(colon, wColon) {
		colon = q - 2
	}
	lo := w.skipDateline(0)
	for k := lo + 1; k+1 < colon && k <= lo+10; k++ {
		t := &w.toks[k]
		if !t.word || t.capital || !sendingVerb(t.low) || !objectPronoun(w.toks[k+1].low) && !(w.isOne(k+1, wTo) && k+2 < colon && objectPronoun(w.toks[k+2].low)) {
			continue
		}
		// What was sent: words, a message, a time; no figure, which
		// would be sent things.
		for m := k + 2; m < colon; m++ {
			if w.toks[m].fig || w.toks[m].num {
				return Claimant{}, false
			}
		}
		a, b := w.npAfter(lo, k)
		if b != k || b <= a || !(w.toks[a].capital || w.toks[a].has(cDeterminer)) || w.toks[a].has(cPronoun) && w.toks[a].low != "my" && w.toks[a].low != "our" {
			return Claimant{}, false
		}
		cl, ok := c.name(w, attr{src: a, srcEnd: b, anchor: k, kind: kVerb})
		cl.How = InQuote
		return cl, ok
	}
	return Claimant{}, false
}

// objectPronoun reports whether w is "me" or "us", the writer receiving.
func objectPronoun(w string) bool { return w == "me" || w == "us" }
