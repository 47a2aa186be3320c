package web

import (
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
)

// A refused reload whose files hold several mistakes lists them on the
// first page, one a line, as check prints them (testdata/reload-refused.txt);
// one mistake stays a sentence.
func TestIndexListsARefusedReloadsProblems(t *testing.T) {
	b, err := os.ReadFile("testdata/reload-refused.txt")
	if err != nil {
		t.Fatal(err)
	}
	s, _ := story(t)
	srv, err := New(Options{Store: s, Token: "t0ken", Metrics: []Metric{{ID: "toll", Name: "Gaza death toll", Total: true}}})
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 12, 4, 17, 31, 0, 0, time.UTC)
	page := func(refusal string) string {
		w := httptest.NewRecorder()
		r := httptest.NewRequest("GET", "/", nil)
		r.Header.Set("Authorization", "Bearer t0ken")
		r = r.WithContext(WithReloadFailure(r.Context(), ReloadFailure{At: at, Err: refusal}))
		srv.Handler().ServeHTTP(w, r)
		if w.Code != http.StatusOK {
			t.Fatalf("GET /: %d", w.Code)
		}
		return w.Body.String()
	}
	two := page(strings.TrimRight(string(b), "\n"))
	for _, want := range []string{"<strong>Reload refused</strong> at 2026-12-04 17:31 UTC, 2 problems:",
		"<li><code>rules.yaml:7:17: metrics[0].min_change: expected a number (100) or a percentage (&#34;2%&#34;), got &#34;ten&#34;</code></li>",
		"<li><code>rules.yaml:17:16: metrics[1].keywords[0]: no vocabulary &#34;sheltr&#34; (did you mean @shelter?)</code></li>",
		"claimtrack still runs the configuration it had"} {
		if !strings.Contains(two, want) {
			t.Errorf("two problems: the page lacks %q:\n%s", want, two)
		}
	}
	one := page(strings.SplitN(string(b), "\n", 2)[0])
	if !strings.Contains(one, "at 2026-12-04 17:31 UTC: rules.yaml:7:17: metrics[0].min_change:") || strings.Contains(one, "<li>") {
		t.Errorf("one problem:\n%s", one)
	}
	if none := page(""); strings.Contains(none, "Reload refused") {
		t.Errorf("no refusal:\n%s", none)
	}
}
