package web

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
	"github.com/claimtrack/claimtrack/tracker/health"
)

// evilQuote is a quote as a hostile page could make it.
const evilQuote = `Officials said 33,091 people <script>document.title="pwned"</script> had been killed.`

// storyStep is one report of the story in testdata/story.yaml.
type storyStep struct {
	Outlet              string
	Figure              string
	Quote               string
	Hostile             bool
	Hours               int
	CopyOf              int `yaml:"copy_of"`
	Prisoners, Hostages float64
	// Claimant is who the quote says claims the figure: a configured id,
	// the words as written and where they were found.
	Claimant struct{ ID, Words, How string }
}

func loadStory(t *testing.T) (toll, exchange []storyStep) {
	f := readStory(t)
	return f.Toll, f.Exchange
}

// storyFile is testdata/story.yaml.
type storyFile struct {
	Toll, Exchange []storyStep
	ByClaimant     []storyStep `yaml:"by_claimant"`
	Backlog        []storyStep
	Passes         []storyPass
}

// storyPass is how one pass over a source went (testdata/story.yaml's
// passes).
type storyPass struct {
	Source    string
	New       int
	NoText    int    `yaml:"no_text"`
	NoTextURL string `yaml:"no_text_url"`
	Error     string
	Hours     int
}

func readStory(t *testing.T) storyFile {
	t.Helper()
	b, err := os.ReadFile("testdata/story.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var f storyFile
	if err := yaml.Unmarshal(b, &f); err != nil {
		t.Fatalf("testdata/story.yaml: %v", err)
	}
	for _, st := range f.Toll {
		if st.Hostile && st.Quote != evilQuote {
			t.Fatalf("testdata/story.yaml: the hostile quote is not evilQuote: %q", st.Quote)
		}
	}
	return f
}

var storyStart = time.Date(2024, 3, 24, 9, 0, 0, 0, time.UTC)

// tollStore opens an empty store for the story's toll, closed when the
// test ends.
func tollStore(t *testing.T) store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "web.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// tollJudge judges the toll as a running total.
func tollJudge(string) (tracker.Policy, tracker.MetricInfo) {
	return tracker.Policy{Total: true, ConflictWindow: 48 * time.Hour}, tracker.MetricInfo{Name: "Gaza death toll"}
}

// tollObservation is the toll read from figure in quote.
func tollObservation(quote, figure string) model.Observation {
	f := figures.Analyze(figure).Figures[0]
	return model.Observation{Metric: "toll", Quote: quote, Rule: `keyword "toll"`, Readings: []model.Reading{{
		Name: "value", Value: f.Value, Low: f.Low, High: f.High, Qualifier: f.Qualifier.Name(), Text: f.Text}}}
}

// story stores the toll of testdata/story.yaml: a baseline, a change, an
// agreeing outlet, a conflicting one whose quote carries markup, a stale
// report, and a syndicated copy of the latest change. It returns the
// store and how many observations it holds. It records the story's
// passes over the sources too.
func story(t *testing.T) (store.Store, int) {
	t.Helper()
	s := tollStore(t)
	steps, _ := loadStory(t)
	for i, st := range steps {
		o := tollObservation(st.Quote, st.Figure)
		o.ClaimantID, o.ClaimantWords, o.ClaimantHow = st.Claimant.ID, st.Claimant.Words, st.Claimant.How
		u := fmt.Sprintf("https://news.example/%d", i)
		text := fmt.Sprintf("article %d %s", i, st.Quote)
		published := storyStart.Add(time.Duration(st.Hours) * time.Hour)
		a := model.Article{Source: st.Outlet, Outlet: st.Outlet, URL: u, CanonicalURL: u, Title: "t", Published: published,
			Fetched: published, TextHash: scrape.HashText(text), Fingerprint: store.Fingerprint(text)}
		if st.CopyOf > 0 {
			a.CopyOf = articleOf(t, s, "toll", fmt.Sprintf("https://news.example/%d", st.CopyOf-1))
		}
		if _, err := tracker.Process(context.Background(), s, a, []model.Observation{o}, tollJudge); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range readStory(t).Passes {
		res := tracker.Result{Source: p.Source, New: p.New, NoText: p.NoText, NoTextURL: p.NoTextURL}
		if p.Error != "" {
			res.Err = errors.New(p.Error)
		}
		if _, err := tracker.RecordFetch(context.Background(), s, res, storyStart.Add(time.Duration(p.Hours)*time.Hour), health.DefaultBackoff); err != nil {
			t.Fatal(err)
		}
	}
	return s, len(steps)
}

// articleOf is the id of the article at url that metric observed.
func articleOf(t *testing.T, s store.Store, metric, url string) int64 {
	hist, err := s.History(context.Background(), metric)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range hist {
		if o.URL == url {
			return o.ArticleID
		}
	}
	t.Fatalf("no article %s", url)
	return 0
}

// exchange stores the exchange of testdata/story.yaml, a metric of two
// values: prisoners freed for hostages freed.
func exchange(t *testing.T, s store.Store) int {
	t.Helper()
	_, steps := loadStory(t)
	judge := func(string) (tracker.Policy, tracker.MetricInfo) {
		return tracker.Policy{Total: true, ConflictWindow: 48 * time.Hour}, tracker.MetricInfo{Name: "Prisoners and hostages freed"}
	}
	for i, st := range steps {
		quote := st.Quote
		o := model.Observation{Metric: "exchange", Quote: quote, Rule: `pair "freed"`, Readings: []model.Reading{
			{Name: "prisoners", Value: st.Prisoners, Qualifier: "exact", Text: fmt.Sprint(st.Prisoners)},
			{Name: "hostages", Value: st.Hostages, Qualifier: "exact", Text: fmt.Sprint(st.Hostages)}}}
		u := fmt.Sprintf("https://news.example/exchange/%d", i)
		published := storyStart.Add(time.Duration(st.Hours) * time.Hour)
		a := model.Article{Source: st.Outlet, Outlet: st.Outlet, URL: u, CanonicalURL: u, Title: "t", Published: published,
			Fetched: published, TextHash: scrape.HashText(quote), Fingerprint: store.Fingerprint(quote)}
		if _, err := tracker.Process(context.Background(), s, a, []model.Observation{o}, judge); err != nil {
			t.Fatal(err)
		}
	}
	return len(steps)
}

func newServer(t *testing.T, store Store, opt Options) *httptest.Server {
	t.Helper()
	opt.Store = store
	if opt.Metrics == nil {
		opt.Metrics = []Metric{{ID: "toll", Name: "Gaza death toll", Total: true}, {ID: "empty", Name: "Nothing yet"}}
	}
	if opt.Sources == nil {
		opt.Sources = []Source{{Name: "courier", Outlet: "Gulf Courier", URL: "https://news.example/feed.xml", Schedule: "@every 15m"}}
	}
	opt.Robots = func(string) string { return "allows this URL" }
	srv, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return ts
}

func get(t *testing.T, ts *httptest.Server, path string, hdr ...string) (*http.Response, string) {
	t.Helper()
	return send(t, ts, "GET", path, nil, hdr...)
}

// send makes a request with headers given as name, value pairs, without
// following redirects, and returns the response and its body.
func send(t *testing.T, ts *httptest.Server, method, path string, body io.Reader, hdr ...string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(method, ts.URL+path, body)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func TestPagesAndAPI(t *testing.T) {
	store, n := story(t)
	ts := newServer(t, store, Options{})
	for _, path := range []string{"/", "/metrics/toll", "/metrics/empty", "/sources", "/static/style.css", "/api/metrics", "/api/sources", "/api/events", "/api/metrics/toll/observations"} {
		resp, body := get(t, ts, path)
		if resp.StatusCode != 200 {
			t.Errorf("%s: %d %s", path, resp.StatusCode, body)
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
			t.Errorf("%s: CSP %q", path, csp)
		}
		if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff", path)
		}
	}
	_, index := get(t, ts, "/")
	for _, want := range []string{"33,091", "Open conflict", "Northern Ledger gives 30,500", `<svg class="spark"`} {
		if !strings.Contains(index, want) {
			t.Errorf("index lacks %q", want)
		}
	}
	_, page := get(t, ts, "/metrics/toll")
	if strings.Contains(page, "<script>") || !strings.Contains(page, "&lt;script&gt;") {
		t.Errorf("the quote's markup must be shown as text")
	}
	if got := strings.Count(page, `data-obs="`); got != n {
		t.Errorf("chart has %d points, want one per observation (%d)", got, n)
	}
	if resp, _ := get(t, ts, "/metrics/nope"); resp.StatusCode != 404 {
		t.Errorf("unknown metric: %d", resp.StatusCode)
	}

	var metrics []struct {
		ID         string `json:"id"`
		Text       string `json:"text"`
		Agreeing   []string
		OpenAlerts []struct {
			Outlet, Quote string
		} `json:"open_alerts"`
		Current *struct{ Outlet string } `json:"current"`
	}
	_, body := get(t, ts, "/api/metrics")
	if err := json.Unmarshal([]byte(body), &metrics); err != nil || len(metrics) != 2 {
		t.Fatalf("api/metrics: %v\n%s", err, body)
	}
	m := metrics[0]
	if m.Text != "33,091" || m.Current.Outlet != "Gulf Courier" || len(m.OpenAlerts) != 1 || m.OpenAlerts[0].Quote != evilQuote {
		t.Errorf("api/metrics[0]: %+v", m)
	}
	var obs []struct {
		Outcome       string `json:"outcome"`
		URL           string `json:"url"`
		Claimant      string `json:"claimant"`
		ClaimantWords string `json:"claimant_words"`
		ClaimantHow   string `json:"claimant_how"`
	}
	_, body = get(t, ts, "/api/metrics/toll/observations")
	json.Unmarshal([]byte(body), &obs)
	if len(obs) != n {
		t.Errorf("observations: %d, want %d", len(obs), n)
	}
	// Oldest first: the stale report, the baseline, the ministry's figure.
	if len(obs) > 2 && (obs[2].Claimant != "gaza_health_ministry" || obs[2].ClaimantWords != "ministry" || obs[2].ClaimantHow != "sentence") {
		t.Errorf("an attributed observation's claimant: %+v", obs[2])
	}
	if len(obs) > 1 && (obs[1].Claimant != "" || strings.Contains(body[:strings.Index(body, obs[2].URL)], `"claimant`)) {
		t.Errorf("an unattributed observation has no claimant fields: %+v\n%s", obs[1], body)
	}
	var sources []struct {
		Name     string `json:"name"`
		Articles int    `json:"articles"`
		Robots   string `json:"robots"`
	}
	_, body = get(t, ts, "/api/sources")
	json.Unmarshal([]byte(body), &sources)
	if len(sources) != 1 || sources[0].Articles != 3 || sources[0].Robots != "allows this URL" {
		t.Errorf("sources: %s", body)
	}
	if resp, _ := get(t, ts, "/api/events?limit=x"); resp.StatusCode != 400 {
		t.Errorf("bad limit: %d", resp.StatusCode)
	}
}

func TestCSVExport(t *testing.T) {
	store, n := story(t)
	ts := newServer(t, store, Options{})
	resp, body := get(t, ts, "/api/metrics/toll/history.csv")
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
		t.Errorf("content type %q", ct)
	}
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil || len(rows) != n+1 {
		t.Fatalf("%d rows, %v\n%s", len(rows), err, body)
	}
	if rows[0][4] != "value" || rows[0][13] != "quote" || strings.Join(rows[0][15:], ",") != "claimant,claimant_words,claimant_how,revised,claimant_written" {
		t.Errorf("header: %v", rows[0])
	}
	if r := rows[3]; strings.Join(r[15:], ",") != "gaza_health_ministry,ministry,sentence,false," {
		t.Errorf("the ministry's figure's claimant: %v", r)
	}
	if r := rows[2]; strings.Join(r[15:], ",") != ",,,false," {
		t.Errorf("an unattributed figure's claimant: %v", r)
	}
	for _, r := range rows[1:] {
		if strings.HasPrefix(r[13], "=") {
			t.Errorf("a quote starting with = must not reach a spreadsheet as a formula: %q", r[13])
		}
	}
}

func TestTokenIsRequired(t *testing.T) {
	store, _ := story(t)
	ts := newServer(t, store, Options{Token: "s3cret"})
	if resp, _ := get(t, ts, "/api/metrics"); resp.StatusCode != 401 || resp.Header.Get("WWW-Authenticate") == "" {
		t.Errorf("API without a token: %d", resp.StatusCode)
	}
	if resp, _ := get(t, ts, "/api/metrics", "Authorization", "Bearer wrong"); resp.StatusCode != 401 {
		t.Errorf("API with a wrong token: %d", resp.StatusCode)
	}
	if resp, _ := get(t, ts, "/api/metrics", "Authorization", "Bearer s3cret"); resp.StatusCode != 200 {
		t.Errorf("API with the token: %d", resp.StatusCode)
	}
	if resp, _ := get(t, ts, "/"); resp.StatusCode != 303 || resp.Header.Get("Location") != "/login" {
		t.Errorf("a page without a token goes to /login: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	// The login form sets a cookie that opens the pages.
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.PostForm(ts.URL+"/login", url.Values{"token": {"s3cret"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	var cookie string
	for _, ck := range resp.Cookies() {
		if ck.Name == cookieName && ck.HttpOnly && ck.SameSite == http.SameSiteStrictMode {
			cookie = ck.Name + "=" + ck.Value
		}
	}
	if cookie == "" {
		t.Fatalf("no HttpOnly SameSite=Strict cookie: %v", resp.Cookies())
	}
	if resp, _ := get(t, ts, "/", "Cookie", cookie); resp.StatusCode != 200 {
		t.Errorf("with the cookie: %d", resp.StatusCode)
	}
	resp, _ = c.PostForm(ts.URL+"/login", url.Values{"token": {"guess"}})
	if resp.Header.Get("Location") != "/login?failed" || len(resp.Cookies()) != 0 {
		t.Errorf("a wrong token must not sign in: %v", resp.Header)
	}

}

func TestChartGeometry(t *testing.T) {
	lo, hi := 700.0, 800.0
	obs := []model.Observation{
		{ID: 1, Outlet: "A", Outcome: "baseline", Published: time.Unix(0, 0), Readings: []model.Reading{{Value: 700}}},
		{ID: 2, Outlet: "B", Outcome: "conflict", Published: time.Unix(3600, 0), Readings: []model.Reading{{Value: 750, Low: &lo, High: &hi, Qualifier: "range"}}},
		{ID: 3, Outlet: "A", Outcome: "change", Published: time.Unix(7200, 0), Readings: []model.Reading{{Value: 900}}},
	}
	c := NewChart(obs, "", ChartOptions{W: 400, H: 200})
	if len(c.Points) != 3 || len(c.Series) != 2 {
		t.Fatalf("points %d, series %d", len(c.Points), len(c.Series))
	}
	if !(c.Points[0].X < c.Points[1].X && c.Points[1].X < c.Points[2].X) {
		t.Errorf("time runs left to right: %+v", c.Points)
	}
	if !(c.Points[2].Y < c.Points[0].Y) {
		t.Errorf("higher values sit higher: %+v", c.Points)
	}
	if !c.Points[1].HasRange || c.Points[1].Accepted || c.Points[0].Class == c.Points[1].Class {
		t.Errorf("the conflicting range: %+v", c.Points[1])
	}
	for _, p := range c.Points {
		if p.X < c.Left || p.X > float64(c.W) || p.Y < 0 || p.Y > c.Bottom {
			t.Errorf("point outside the plot: %+v", p)
		}
	}
	if strings.Count(c.Line, ",") != 4 { // two accepted points, a step between, and the run to the edge
		t.Errorf("step line %q", c.Line)
	}
	if e := NewChart(nil, "", ChartOptions{W: 100, H: 50, Spark: true}); len(e.Points) != 0 || e.Line != "" {
		t.Errorf("empty chart: %+v", e)
	}
}

// storySources are a source for each outlet of the story.
var storySources = []Source{
	{Name: "courier", Outlet: "Gulf Courier", URL: "https://news.example/feed.xml", Schedule: "@every 15m"},
	{Name: "wire", Outlet: "Meridian Wire", URL: "https://wire.example/feed.xml", Schedule: "@every 15m"},
	{Name: "harbour", Outlet: "Harbour Times", URL: "https://harbour.example/feed.xml", Schedule: "@every 15m"},
	{Name: "ledger", Outlet: "Northern Ledger", URL: "https://ledger.example/feed.xml", Schedule: "@every 15m"},
	{Name: "coastal", Outlet: "Coastal Post", URL: "https://coastal.example/feed.xml", Schedule: "@every 15m"},
}
