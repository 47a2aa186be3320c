package config

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules"
)

// noteTroubledMetrics records which metrics a problem of this load was
// reported in (its file, and its path or a path under it), so that check
// can still run the examples of the others: a desk then sees an unknown
// @name in one metric and a failing example in another in one run.
func (l *loader) noteTroubledMetrics() {
	l.cfg.troubled = make([]bool, len(l.cfg.Metrics))
	for i := range l.cfg.Metrics {
		file, base := l.metricPath(i)
		for _, e := range *l.errs {
			if e.Pos.File == file && withinPath(e.Path, base) {
				l.cfg.troubled[i] = true
				break
			}
		}
	}
}

// withinPath reports whether path is base or a path under it. A problem
// with no path (a file that is not YAML) is within every metric of its
// file, and base "" (a rule file holding one metric) holds every path.
func withinPath(path, base string) bool {
	if base == "" || path == "" || path == base {
		return true
	}
	return strings.HasPrefix(path, base+".") || strings.HasPrefix(path, base+"[")
}

// SoundMetrics lists the metrics no problem of the load was reported in,
// and how many were left out for having one: check runs the sound ones'
// examples when the configuration has problems elsewhere. With no
// problem it is every metric.
func (c *Config) SoundMetrics() (sound []rules.MetricSpec, troubled int) {
	for i, m := range c.Metrics {
		if i < len(c.troubled) && c.troubled[i] {
			troubled++
			continue
		}
		sound = append(sound, m)
	}
	return sound, troubled
}
