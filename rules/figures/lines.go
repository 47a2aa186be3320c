package figures

// run reads the figures of each line in turn. A figure never runs across
// a line break: sentences end at one (splitSentences), so a figure that
// did would belong to two, and a number ending one line is not scaled or
// counted by a word opening the next ("0" then a line starting "B…").
// Each line is parsed as if it were the whole text, so the parser's look
// behind and ahead stop at its ends. A line's end is looked for only when
// a figure may start in it, among lex's marks (which hold every line's
// first token), so the tokens are walked once.
func (p *parser) run() {
	all := p.toks
	defer func() { p.toks = all }()
	lineStart, lineEnd := 0, 0 // p.toks is all[lineStart:lineEnd]
	mark := 0                  // p.marks[mark:] lie after lineStart
	for i := 0; i < len(all); {
		// Most tokens start no figure: nextStart passes them in a loop
		// that makes no call, so that it keeps its values in registers.
		if i = nextStart(all, i); i >= len(all) {
			break
		}
		t := &all[i]
		// A phrase-only word ("the", "in", a fifth of news text's words)
		// starts a figure only where one of its phrases may: the token
		// after it nearly always says none can, and the line and the
		// parser need not be looked at. The line ends at the next break,
		// so all tells this as the line would (see matchPhrase).
		if hotWords[t.vid].phraseOnly && !vocabWords[t.vid].qualsNext.mayStartAt(all, i) {
			i++
			continue
		}
		if i >= lineEnd {
			// The line starts at the last break at or before i: the
			// marks hold every token with Break set.
			for mark < len(p.marks) && int(p.marks[mark]) <= i {
				if m := int(p.marks[mark]); all[m].Break {
					lineStart = m
				}
				mark++
			}
			lineEnd = len(all)
			for ; mark < len(p.marks); mark++ {
				if m := int(p.marks[mark]); all[m].Break {
					lineEnd = m
					break
				}
			}
			p.toks, p.base = all[lineStart:lineEnd], lineStart
		}
		if next, ok := p.parseAt(i - lineStart); ok {
			i = lineStart + next
			continue
		}
		i++
	}
}

// nextStart returns the first token of toks from i on that may start a
// figure (a number, or a word or symbol the vocabulary marks start), or
// len(toks).
func nextStart(toks []Token, i int) int {
	hot := vocab.hot
	for ; i < len(toks); i++ {
		if t := &toks[i]; t.Kind == tNum || hot[t.vid].start {
			return i
		}
	}
	return i
}
