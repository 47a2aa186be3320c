package rules

// passesTermVerb reports whether lower-case w is a form of a verb a count
// passes another by ("passed", "tops", "beating"); it compares only with
// a term "that of" or "those of" names.
func passesTermVerb(w string) bool {
	switch w {
	case "pass", "passes", "passed", "passing", "top", "tops", "topped", "topping", "beat", "beats", "beaten", "beating":
		return true
	}
	return false
}
