package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A value's words before a figure, with a clause break between them, are
// the words of the clause before: "Hamas hands over six hostages; 620
// Palestinian prisoners due out tonight" counts the 620 as prisoners,
// though "hostages" stands right before it and "Palestinian" parts it from
// "prisoners". bindValues counts such a break as one word more, so a
// value's words on the figure's own side of it win; with none there, the
// words before still bind ("Of the 240 hostages, 50 will go free").

// breakBefore reports whether a semicolon, a comma or a dash stands
// between token end (a value word's end) and token fs (a figure's start).
func breakBefore(d *figures.Document, end, fs int) bool {
	for k := end; k < fs; k++ {
		switch d.TokenText(k) {
		case ";", ",", "—", "–":
			return true
		}
	}
	return false
}
