package figures

import (
	"reflect"
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
)

// TestMarks holds lex's marks to the tokens they stand for, and sentence
// splitting on the marks to splitting that looks at every token.
func TestMarks(t *testing.T) {
	texts := []string{"", "\n", "a\n", "\n\nHello. World\n", "He said... Then?! No.\n.\nhttp://x.com.\nwww.y.org\n.5 left",
		"Line one\u2028line two\u2029three\u0085four… five", "Mr. Smith met Dr. Jones at 3 p.m. Then they left.\n\n\n",
		"“Quoted.” Next. (Bracket.) Then\r\n2,000 people. \xff.\n", newstext.Generate(1 << 16), newstext.Stories(1<<16, 4000)}
	for _, text := range texts {
		toks, _, marks, _ := lex(text, nil, nil, nil)
		var want []int32
		for i, tk := range toks {
			s := text[tk.Start:tk.End]
			if tk.Break || tk.Kind == tSym && (s == "." || s == "!" || s == "?" || s == "…") {
				want = append(want, int32(i))
			}
		}
		if !reflect.DeepEqual(marks, want) && (len(marks) > 0 || len(want) > 0) {
			t.Errorf("lex(%.40q) marks %v, want %v", text, marks, want)
			continue
		}
		all := make([]int32, len(toks))
		for i := range all {
			all[i] = int32(i)
		}
		if got, want := splitSentences(text, toks, marks, nil), splitSentences(text, toks, all, nil); !reflect.DeepEqual(got, want) {
			t.Errorf("splitSentences(%.40q) on marks = %v, on every token %v", text, got, want)
		}
	}
}
