package figures

import (
	"testing"
)

// TestCutTextsAnalyze holds that the finder's readings bound their look
// both ways: a page cut at its size bound ends anywhere ("another twenty,
// thirty"), and a split paragraph or a caption begins anywhere ("thousand
// dead, the ministry said"). Every mechanisms case, cut before and after
// each space, comma and hyphen, is analyzed without a panic.
func TestCutTextsAnalyze(t *testing.T) {
	var a Analyzer
	failed := 0
	for _, path := range []string{"testdata/mechanisms.yaml", "testdata/countlevel.yaml"} {
		for _, c := range loadCases(t, path) {
			for i := 0; i < len(c.In) && failed < 10; i++ {
				if c.In[i] != ' ' && c.In[i] != ',' && c.In[i] != '-' {
					continue
				}
				for _, text := range []string{c.In[:i], c.In[i:], c.In[i+1:]} {
					func() {
						defer func() {
							if r := recover(); r != nil {
								failed++
								t.Errorf("%s: %q: %v", path, text, r)
							}
						}()
						a.Analyze(text)
					}()
				}
			}
		}
	}
}
