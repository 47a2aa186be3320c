package config

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestVocabularyErrorsHavePositions(t *testing.T) {
	path := filepath.Join("testdata", "vocabularies", "config.yaml")
	cfg, err := load(path, noEnv)
	if err == nil {
		t.Fatal("want errors")
	}
	s := err.Error()
	for _, w := range []string{
		path + ":5:28: vocabularies.deaths.add[1]: \"kil*led\": * is allowed only at the end of a phrase",
		path + ":9:5: vocabularies.sieges: there is no vocabulary \"sieges\" to change",
		filepath.Join("testdata", "vocabularies", "rules", "toll.yaml") + ":3:27: metrics[0].keywords[1]: no vocabulary \"death_toll\"",
	} {
		if !strings.Contains(s, w) {
			t.Errorf("missing %q in:\n%s", w, s)
		}
	}
	if strings.Contains(s, `no vocabulary "strikes"`) || strings.Contains(s, `no vocabulary "injuries"`) {
		t.Errorf("a defined or shipped vocabulary was reported:\n%s", s)
	}
	// What was right is kept: @deaths gained its valid addition, for
	// every metric, in every file.
	for _, m := range cfg.Metrics {
		d, ok := m.Vocabularies.Lookup("deaths")
		if !ok || !strings.Contains(strings.Join(d.Phrases, "|"), "were martyred") {
			t.Errorf("%s: @deaths without the configured addition: %v", m.ID, d.Phrases)
		}
	}
}
