package web

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
)

// byClaimant stores the by_claimant story of testdata/story.yaml as the
// metric toll_by, judged by claimant, and returns how many observations
// it holds.
func byClaimant(t *testing.T, s store.Store) int {
	t.Helper()
	steps := readStory(t).ByClaimant
	judge := func(string) (tracker.Policy, tracker.MetricInfo) {
		return tracker.Policy{Total: true, ByClaimant: true, ConflictWindow: 48 * time.Hour}, tracker.MetricInfo{Name: "Gaza death toll, by claimant"}
	}
	for i, st := range steps {
		f := figures.Analyze(st.Figure).Figures[0]
		o := model.Observation{Metric: "toll_by", Quote: st.Quote, Rule: `keyword "killed"`, Readings: []model.Reading{{
			Name: "value", Value: f.Value, Low: f.Low, High: f.High, Qualifier: f.Qualifier.Name(), Text: f.Text}},
			ClaimantID: st.Claimant.ID, ClaimantWords: st.Claimant.Words, ClaimantHow: st.Claimant.How}
		u := fmt.Sprintf("https://news.example/by/%d", i)
		published := storyStart.Add(time.Duration(st.Hours) * time.Hour)
		a := model.Article{Source: st.Outlet, Outlet: st.Outlet, URL: u, CanonicalURL: u, Title: "t", Published: published,
			Fetched: published, TextHash: scrape.HashText(st.Quote), Fingerprint: store.Fingerprint(st.Quote)}
		if st.CopyOf > 0 {
			a.CopyOf = articleOf(t, s, "toll_by", fmt.Sprintf("https://news.example/by/%d", st.CopyOf-1))
		}
		if _, err := tracker.Process(context.Background(), s, a, []model.Observation{o}, judge); err != nil {
			t.Fatal(err)
		}
	}
	return len(steps)
}

var byClaimantMetrics = []Metric{{ID: "toll", Name: "Gaza death toll", Total: true}, {ID: "toll_by", Name: "Gaza death toll, by claimant", Total: true}}

// legendRE finds a chart legend's entries: colour class and name.
var legendRE = regexp.MustCompile(`<span class="key"><svg width="10" height="10" viewBox="0 0 10 10"><circle class="pt acc (c\w+)" cx="5" cy="5" r="4"/></svg> ([^<]+)</span>`)

func legend(page string) map[string]string {
	out := map[string]string{}
	for _, m := range legendRE.FindAllStringSubmatch(page, -1) {
		out[m[2]] = m[1]
	}
	return out
}

func TestChartColouredByClaimant(t *testing.T) {
	s, _ := story(t)
	n := byClaimant(t, s)
	ts := newServer(t, s, Options{Metrics: byClaimantMetrics, Sources: storySources})

	_, byOutlet := get(t, ts, "/metrics/toll_by")
	if !strings.Contains(byOutlet, `<strong aria-current="page">outlet</strong> · <a href="/metrics/toll_by?colour=claimant">claimant</a>`) {
		t.Error("the outlet-coloured page has no link to colour by claimant")
	}
	if l := legend(byOutlet); len(l) != 5 || l["Gulf Courier"] == "" || l["Gaza health ministry"] != "" {
		t.Errorf("by outlet, the legend should name the 5 outlets: %v", l)
	}

	_, page := get(t, ts, "/metrics/toll_by?colour=claimant")
	if !strings.Contains(page, `<a href="/metrics/toll_by">outlet</a> · <strong aria-current="page">claimant</strong>`) {
		t.Error("the claimant-coloured page has no way back to outlets")
	}
	l := legend(page)
	// Display names: the configured name, else the words as written.
	want := []string{"Gaza health ministry", "United Nations and its agencies", "Ledger analysis", "unattributed"}
	if len(l) != len(want) {
		t.Errorf("legend %v, want %v", l, want)
	}
	for _, name := range want {
		if l[name] == "" {
			t.Errorf("the legend lacks %q: %v", name, l)
		}
	}
	if l["unattributed"] != "cu" {
		t.Errorf("unattributed is %q, want the neutral cu", l["unattributed"])
	}
	if l["Gaza health ministry"] == l["United Nations and its agencies"] {
		t.Error("two configured claimants share a colour")
	}
	// Each point carries its claimant's colour and says who via whom.
	if got := strings.Count(page, `class="pt `+l["Gaza health ministry"]+` `); got != 4 {
		t.Errorf("%d points in the ministry's colour, want its 4 observations", got)
	}
	if !strings.Contains(page, "33,091 · Gaza health ministry via Gulf Courier · ") {
		t.Error("a point's tooltip does not name claimant and outlet")
	}
	// A metric judged by claimant steps each claimant's value on its own
	// line, in its colour: one line through them all would draw changes
	// that never happened.
	if got := strings.Count(page, `<polyline class="accepted c`); got != 4 {
		t.Errorf("%d accepted-value lines, want one per claimant (4)", got)
	}
	if got := strings.Count(byOutlet, `<polyline class="accepted"`); got != 4 {
		t.Errorf("coloured by outlet, %d accepted-value lines, want still one per claimant (4)", got)
	}
	if got := strings.Count(page, `data-obs="`); got != n {
		t.Errorf("%d points, want %d", got, n)
	}

	// The same claimant keeps its colour on another metric's page and in
	// the claimants table.
	_, toll := get(t, ts, "/metrics/toll?colour=claimant")
	if c := legend(toll)["Gaza health ministry"]; c != l["Gaza health ministry"] {
		t.Errorf("the ministry is %q on one page and %q on another", l["Gaza health ministry"], c)
	}
	if !strings.Contains(page, `<span class="swatch `+l["Gaza health ministry"]+`"></span> <span title="gaza_health_ministry">Gaza health ministry</span>`) {
		t.Error("the claimants table does not show the ministry in its chart colour")
	}
}

type apiClaimant struct {
	Claimant     string    `json:"claimant"`
	Name         string    `json:"name"`
	Observations int       `json:"observations"`
	Outlets      []string  `json:"outlets"`
	Latest       string    `json:"latest"`
	LatestAt     time.Time `json:"latest_at"`
}

func TestMetricListsItsClaimants(t *testing.T) {
	s, _ := story(t)
	ts := newServer(t, s, Options{Sources: storySources})

	var m struct {
		Claimants []apiClaimant `json:"claimants"`
		Values    []struct {
			Backing []string `json:"backing_claimants"`
		} `json:"values"`
	}
	_, body := get(t, ts, "/api/metrics/toll")
	if err := json.Unmarshal([]byte(body), &m); err != nil {
		t.Fatal(err)
	}
	at := func(h int) time.Time { return storyStart.Add(time.Duration(h) * time.Hour) }
	want := []apiClaimant{
		{Claimant: "gaza_health_ministry", Name: "Gaza health ministry", Observations: 1, Outlets: []string{"Meridian Wire"}, Latest: "32,414", LatestAt: at(30)},
		{Claimant: "Officials", Name: "Officials", Observations: 1, Outlets: []string{"Northern Ledger"}, Latest: "30,500", LatestAt: at(75)},
		// In the order they first relayed it; the copy from Coastal Post is
		// not another outlet relaying it.
		{Claimant: "", Name: "unattributed", Observations: 5, Outlets: []string{"Gulf Courier", "Northern Ledger", "Harbour Times"}, Latest: "33,091", LatestAt: at(76)},
	}
	if len(m.Claimants) != len(want) {
		t.Fatalf("claimants %+v, want %+v", m.Claimants, want)
	}
	for i, c := range m.Claimants {
		w := want[i]
		if c.Claimant != w.Claimant || c.Name != w.Name || c.Observations != w.Observations || strings.Join(c.Outlets, "|") != strings.Join(w.Outlets, "|") ||
			c.Latest != w.Latest || !c.LatestAt.Equal(w.LatestAt) {
			t.Errorf("claimant %d: %+v, want %+v", i, c, w)
		}
	}
	// The current value (33,091, unattributed, agreed by nobody else) is
	// backed by no named claimant.
	if len(m.Values) != 1 || len(m.Values[0].Backing) != 0 {
		t.Errorf("values %+v", m.Values)
	}

	_, page := get(t, ts, "/metrics/toll")
	for _, want := range []string{
		`<h2 id="claimants">Claimants</h2>`,
		`<td>5</td>`,
		"<td>3<br><small>Gulf Courier, Northern Ledger, Harbour Times</small></td>",
		"Claimants backing it:</span> 0 claimants.",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the metric page lacks %q", want)
		}
	}
	_, empty := get(t, ts, "/metrics/empty")
	if !strings.Contains(empty, `<tr><td colspan="5" class="empty">No observations yet.</td></tr>`) {
		t.Error("an empty metric's claimants table does not say it is empty")
	}
	var e struct {
		Claimants []apiClaimant `json:"claimants"`
	}
	_, body = get(t, ts, "/api/metrics/empty")
	if err := json.Unmarshal([]byte(body), &e); err != nil || e.Claimants == nil || len(e.Claimants) != 0 {
		t.Errorf("an empty metric's claimants should be [], got %s (%v)", body, err)
	}
}

func TestByClaimantMetricShowsAValuePerClaimant(t *testing.T) {
	s, _ := story(t)
	byClaimant(t, s)
	ts := newServer(t, s, Options{Metrics: byClaimantMetrics, Sources: storySources})

	var m struct {
		ByClaimant bool `json:"by_claimant"`
		Text       string
		Values     []struct {
			Claimant string    `json:"claimant"`
			Name     string    `json:"name"`
			Text     string    `json:"text"`
			Since    time.Time `json:"since"`
			Outlet   string    `json:"outlet"`
			Agreeing []string  `json:"agreeing"`
			Backing  []string  `json:"backing_claimants"`
			Names    []string  `json:"backing_claimant_names"`
			Copies   []Copy    `json:"copies"`
		} `json:"values"`
		Claimants []apiClaimant `json:"claimants"`
	}
	_, body := get(t, ts, "/api/metrics/toll_by")
	if err := json.Unmarshal([]byte(body), &m); err != nil {
		t.Fatal(err)
	}
	if !m.ByClaimant || len(m.Values) != 4 {
		t.Fatalf("by claimant %v, %d values: %s", m.ByClaimant, len(m.Values), body)
	}
	got := map[string]string{}
	for _, v := range m.Values {
		got[v.Name] = fmt.Sprintf("%s %s %s %d", v.Claimant, v.Text, v.Outlet, len(v.Agreeing))
	}
	want := map[string]string{
		"unattributed":                    " 33,000 Coastal Post 1",
		"Gaza health ministry":            "gaza_health_ministry 33,091 Gulf Courier 1",
		"Ledger analysis":                 "Ledger analysis 30,500 Northern Ledger 1",
		"United Nations and its agencies": "un 32,782 Meridian Wire 1",
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: %q, want %q", k, got[k], w)
		}
	}
	// Backing holds ids and normalised words; the API names them for
	// people too, in the same order.
	for _, v := range m.Values {
		if len(v.Names) != len(v.Backing) || v.Name != "unattributed" && (len(v.Names) == 0 || v.Names[0] != v.Name) {
			t.Errorf("%s: backing %q named %q", v.Name, v.Backing, v.Names)
		}
	}
	// Each claimant's value counts its own syndicated copies, not only
	// the newest value's (the unattributed one, which has none).
	for _, v := range m.Values {
		want := []Copy{}
		if v.Claimant == "un" {
			want = []Copy{{Outlet: "Harbour Times", Of: "Meridian Wire"}}
		}
		if !slices.Equal(v.Copies, want) {
			t.Errorf("%s's value: copies %+v, want %+v", v.Name, v.Copies, want)
		}
	}
	var copies struct {
		Copies []Copy `json:"copies"`
	}
	if err := json.Unmarshal([]byte(body), &copies); err != nil || len(copies.Copies) != 0 {
		t.Errorf("the metric's copies (its newest value's) %+v %v, want none", copies.Copies, err)
	}
	// The ministry's latest report (31,200) is not its accepted value.
	if c := m.Claimants[0]; c.Name != "Gaza health ministry" || c.Observations != 4 || len(c.Outlets) != 3 || c.Latest != "31,200" ||
		!c.LatestAt.Equal(storyStart.Add(32*time.Hour)) {
		t.Errorf("the ministry's row: %+v", c)
	}
	// Its lower figure after its change is still open, though other
	// claimants reported after it.
	var alerts struct {
		Open []struct {
			Text     string `json:"text"`
			Claimant string `json:"claimant"`
		} `json:"open_alerts"`
	}
	json.Unmarshal([]byte(body), &alerts)
	if len(alerts.Open) != 1 || alerts.Open[0].Text != "31,200" || alerts.Open[0].Claimant != "gaza_health_ministry" {
		t.Errorf("open alerts %+v, want the ministry's 31,200", alerts.Open)
	}

	_, index := get(t, ts, "/")
	// The open alert says whose figure it is, as Slack does.
	if !strings.Contains(index, "Gaza health ministry via Northern Ledger gives 31,200") {
		t.Errorf("the index's open alert does not name its claimant")
	}
	// A row per claimant's value under the metric's: claimant, value,
	// qualifier, since, outlets reporting it, claimants backing it.
	for _, want := range []string{
		`by claimant: 4 current values`,
		"<td class=\"claimant\"><span class=\"swatch c\\d\"></span> Gaza health ministry</td>\\s*<td class=\"value\">33,091</td>\\s*<td>exact</td>\\s*<td>2024-03-25 15:00 UTC<br><small>Gulf Courier</small></td>\\s*<td>1</td>\\s*<td class=\"backing\">1</td>",
		"<td class=\"claimant\"><span class=\"swatch c\\d\"></span> United Nations and its agencies</td>\\s*<td class=\"value\">32,782</td>\\s*<td>exact</td>\\s*<td>[^<]*<br><small>Meridian Wire</small></td>\\s*<td>1<br><small>\\+ 1 copy, not counted</small></td>",
		"<td class=\"claimant\"><span class=\"swatch c\\d\"></span> Ledger analysis</td>\\s*<td class=\"value\">30,500</td>",
		"<td class=\"claimant\"><span class=\"swatch cu\"></span> unattributed</td>\\s*<td class=\"value\">33,000</td>\\s*<td>exact</td>\\s*<td>2024-03-26 01:00 UTC<br><small>Coastal Post</small></td>\\s*<td>1</td>\\s*<td class=\"backing\">0</td>",
	} {
		if !regexp.MustCompile(want).MatchString(index) {
			t.Errorf("the index lacks %s", want)
		}
	}
	// The sparkline steps each claimant's value on its own line.
	row := index[strings.Index(index, `id="m-toll_by"`):]
	row = row[:strings.Index(row, "</tr>")]
	if got := strings.Count(row, `<polyline class="line"`); got != 4 {
		t.Errorf("the sparkline has %d lines, want one per claimant (4)", got)
	}
	_, page := get(t, ts, "/metrics/toll_by")
	for _, want := range []string{"Current, by claimant</span> <span class=\"v\">4 values</span>", `<td class="value">32,782</td>`, `<td class="value">33,091</td>`,
		"Not counted: Harbour Times, a copy of Meridian Wire's story."} {
		if !strings.Contains(page, want) {
			t.Errorf("the metric page lacks %q", want)
		}
	}
}
