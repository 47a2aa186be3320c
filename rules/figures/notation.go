package figures

import (
	"strconv"
	"strings"
)

// needsSplit reports whether a number token could be a list ("22,24,26")
// or dotted ("192.168.1.2"): only those need parsing before the figure.
func needsSplit(s string) bool {
	commas, dots, _ := separators(s)
	return commas >= 2 || dots >= 2 || commas == 1 && dots == 0
}

// separators counts the commas and dots of a number token and says
// whether it has an exponent.
func separators(s string) (commas, dots int, exp bool) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',':
			commas++
		case '.':
			dots++
		case 'e', 'E':
			exp = true
		}
	}
	return commas, dots, exp
}

// dottedDate reports whether "17.05.2018" or "2018.05.17" reads as a date.
func dottedDate(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		return false
	}
	n := make([]int, 3)
	for i, x := range parts {
		v, err := strconv.Atoi(x)
		if err != nil {
			return false
		}
		n[i] = v
	}
	switch {
	case len(parts[2]) == 4:
		return n[0] >= 1 && n[0] <= 31 && n[1] >= 1 && n[1] <= 31
	case len(parts[0]) == 4:
		return n[1] >= 1 && n[1] <= 12 && n[2] >= 1 && n[2] <= 31
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

type numKind int

const (
	numPlain  numKind = iota // 2024
	numNumber                // 1,234,567.89, 1.5
	numList                  // 22,24,26
	numDotted                // 192.168.1.2
	numBad
)

// parseDigits reads a number token in English (1,234.5), Indian
// (12,34,567.89) or continental (1.234,5) notation.
func parseDigits(s string) (float64, bool, numKind) {
	commas, dots, exp := separators(s)
	if exp {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, false, numBad
		}
		return v, true, numNumber
	}
	switch {
	case commas == 0 && dots == 0:
		if v, ok := smallInt(s); ok {
			return v, false, numPlain
		}
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, false, numBad
		}
		return v, false, numPlain
	case commas == 0 && dots == 1:
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, false, numBad
		}
		return v, true, numNumber
	case commas == 0:
		groups := strings.Split(s, ".")
		if groupedBy3(groups) {
			v, _ := strconv.ParseFloat(strings.Join(groups, ""), 64)
			return v, false, numNumber
		}
		v, _ := strconv.ParseFloat(groups[0], 64)
		return v, false, numDotted
	}
	// With commas: which separator is the decimal one?
	lastComma, lastDot := strings.LastIndexByte(s, ','), strings.LastIndexByte(s, '.')
	if dots > 0 && lastComma > lastDot {
		// 1.111,11: dots group, comma is decimal.
		intPart := strings.Split(s[:lastComma], ".")
		if groupedBy3(intPart) && commas == 1 {
			v, err := strconv.ParseFloat(strings.Join(intPart, "")+"."+s[lastComma+1:], 64)
			if err == nil {
				return v, true, numNumber
			}
		}
		return 0, false, numBad
	}
	intStr, frac := s, ""
	if dots == 1 {
		intStr, frac = s[:lastDot], s[lastDot+1:]
	} else if dots > 1 {
		return 0, false, numBad
	}
	groups := strings.Split(intStr, ",")
	if groupedBy3(groups) || indianGrouping(groups) {
		if v, ok := smallInt(intStr); ok && frac == "" {
			return v, false, numNumber
		}
		num := strings.Join(groups, "")
		if frac != "" {
			num += "." + frac
		}
		v, err := strconv.ParseFloat(num, 64)
		if err != nil {
			return 0, false, numBad
		}
		return v, frac != "", numNumber
	}
	if commas == 1 && frac == "" && len(groups[1]) != 3 {
		// 1,3 or 5,00: a decimal comma.
		v, err := strconv.ParseFloat(groups[0]+"."+groups[1], 64)
		if err == nil {
			return v, true, numNumber
		}
	}
	if frac == "" {
		v, _ := strconv.ParseFloat(groups[0], 64)
		return v, false, numList
	}
	return 0, false, numBad
}

// smallInt reads digits, skipping commas, where there are at most 15 of
// them: such a value is a float64 exactly, as strconv.ParseFloat would
// give it, without its general parsing.
func smallInt(s string) (float64, bool) {
	var n uint64
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			n = n*10 + uint64(c-'0')
			digits++
		case c != ',':
			return 0, false
		}
	}
	if digits == 0 || digits > 15 {
		return 0, false
	}
	return float64(n), true
}

func groupedBy3(groups []string) bool {
	if len(groups) < 2 || len(groups[0]) == 0 || len(groups[0]) > 3 {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

func indianGrouping(groups []string) bool {
	n := len(groups)
	if n < 3 || len(groups[n-1]) != 3 || len(groups[0]) == 0 || len(groups[0]) > 2 {
		return false
	}
	for _, g := range groups[1 : n-1] {
		if len(g) != 2 {
			return false
		}
	}
	return true
}
