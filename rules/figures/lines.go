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
		t := &all[i]
		if t.Break {
			lineStart = i
		}
		if t.Kind != tNum && !vocab.hot[t.vid].start {
			i++
			continue
		}
		// A phrase-only word ("the", "in", a fifth of news text's words)
		// starts a figure only where one of its phrases may: the token
		// after it nearly always says none can, and the line and the
		// parser need not be looked at. The line ends at the next break,
		// so all tells this as the line would (see matchPhrase).
		if vocab.hot[t.vid].phraseOnly && !vocab.words[t.vid].qualsNext.mayStartAt(all, i) {
			i++
			continue
		}
		if i >= lineEnd {
			for mark < len(p.marks) && int(p.marks[mark]) <= i {
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
