package web

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromium finds a Chromium to drive. CLAIMTRACK_REQUIRE_BROWSER=1 (set
// by .ci/run, which installs Debian's chromium) turns a missing browser
// into a failure instead of a skip.
func chromium(t *testing.T) string {
	for _, name := range []string{os.Getenv("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CLAIMTRACK_REQUIRE_BROWSER") != "" {
		t.Fatal("no Chromium found: apt-get install chromium")
	}
	t.Skip("no Chromium found (apt-get install chromium); skipping the browser test")
	return ""
}

// TestDashboardInBrowser loads every page in headless Chromium: no console
// errors or exceptions (the CSP would report a blocked inline script or
// style), the chart has one point per observation, and a quote holding
// <script> is shown as text and never run.
func TestDashboardInBrowser(t *testing.T) {
	bin := chromium(t)
	store, n := story(t)
	exchanges := exchange(t, store)
	byClaimant(t, store)
	deliveryStates(t, store)
	ts := newServer(t, store, Options{Metrics: []Metric{{ID: "toll", Name: "Gaza death toll", Total: true}, {ID: "empty", Name: "Nothing yet"},
		{ID: "exchange", Name: "Prisoners and hostages freed"}, {ID: "toll_by", Name: "Gaza death toll, by claimant", Total: true}}, Sources: storySources})

	// The profile is removed after the browser exits, and quietly: Chromium's
	// helper processes may still be writing to it for a moment, which would
	// fail t.TempDir's strict cleanup.
	profile, err := os.MkdirTemp("", "claimtrack-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		for i := 0; i < 20 && os.RemoveAll(profile) != nil; i++ {
			time.Sleep(100 * time.Millisecond)
		}
	}()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	var mu sync.Mutex
	var problems []string
	chromedp.ListenTarget(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.APITypeError || ev.Type == runtime.APITypeWarning {
				var args []string
				for _, a := range ev.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				problems = append(problems, fmt.Sprintf("console %s: %s", ev.Type, strings.Join(args, " ")))
			}
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+ev.ExceptionDetails.Error())
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.LevelError || ev.Entry.Level == log.LevelWarning {
				problems = append(problems, fmt.Sprintf("log %s: %s (%s)", ev.Entry.Level, ev.Entry.Text, ev.Entry.URL))
			}
		}
	})
	if err := chromedp.Run(ctx, log.Enable(), runtime.Enable()); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}

	for _, path := range []string{"/", "/sources", "/metrics/empty", "/events"} {
		var h1 string
		if err := chromedp.Run(ctx, chromedp.Navigate(ts.URL+path), chromedp.Text("h1", &h1, chromedp.ByQuery)); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if h1 == "" {
			t.Errorf("%s: no heading", path)
		}
	}

	var points int
	var quote, title string
	var scripts int
	var nodes []*cdp.Node
	err = chromedp.Run(ctx,
		chromedp.Navigate(ts.URL+"/metrics/toll"),
		chromedp.WaitVisible("#chart", chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll("#chart circle.pt").length`, &points),
		chromedp.Evaluate(`document.querySelectorAll("script").length`, &scripts),
		chromedp.Evaluate(`[...document.querySelectorAll("blockquote.quote")].map(q => q.textContent).find(t => t.includes("script")) || ""`, &quote),
		chromedp.Title(&title),
		chromedp.Nodes(`#chart a`, &nodes, chromedp.ByQueryAll),
	)
	if err != nil {
		t.Fatalf("metric page: %v", err)
	}
	if points != n || len(nodes) != n {
		t.Errorf("chart: %d points, %d links; want one per observation (%d)", points, len(nodes), n)
	}
	if quote != evilQuote {
		t.Errorf("the quote should read as written, markup and all: %q", quote)
	}
	if scripts != 0 || title == "pwned" {
		t.Errorf("a script from a quote reached the page: %d script elements, title %q", scripts, title)
	}
	// A point links to its row in the table.
	var target string
	if err := chromedp.Run(ctx, chromedp.Click(`#chart a`, chromedp.ByQuery), chromedp.Evaluate(`location.hash`, &target)); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(target, "#obs-") {
		t.Errorf("clicking a point went to %q", target)
	}
	var rowVisible bool
	if err := chromedp.Run(ctx, chromedp.Evaluate(`!!document.querySelector(location.hash)`, &rowVisible)); err != nil || !rowVisible {
		t.Errorf("the point's row %s is not on the page: %v", target, err)
	}

	checkByEye(ctx, t, ts.URL, exchanges)

	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		// Chromium asks for /favicon.ico on its own on some pages; we
		// serve an SVG icon and nothing else is expected.
		if strings.Contains(p, "favicon.ico") {
			continue
		}
		t.Errorf("browser reported: %s", p)
	}
}

// checkByEye saves a screenshot of each page for a person to look at
// (in $CLAIMTRACK_SCREENSHOTS when set, else a temporary directory, named
// in the log) and asserts in the browser what the eye would check: round
// y labels, the last x label inside its chart, an outlet in one colour on
// every page, a chart per value, the chart coloured by claimant, and the
// events page's states.
func checkByEye(ctx context.Context, t *testing.T, base string, exchanges int) {
	t.Helper()
	dir := os.Getenv("CLAIMTRACK_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	shot := func(name string) {
		var png []byte
		if err := chromedp.Run(ctx, chromedp.FullScreenshot(&png, 100)); err != nil {
			t.Errorf("screenshot %s: %v", name, err)
			return
		}
		if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
			t.Error(err)
		}
	}
	if err := chromedp.Run(ctx, chromedp.EmulateViewport(1100, 900)); err != nil {
		t.Fatal(err)
	}

	var ylabels []string
	var clipped []string
	var courierToll, courierExchange string
	err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/metrics/toll"), chromedp.WaitVisible("#chart", chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll("#chart .ylabel")].map(e => e.textContent)`, &ylabels),
		chromedp.Evaluate(`[...document.querySelectorAll("svg.chart")].flatMap(svg => {
			const box = svg.getBoundingClientRect();
			return [...svg.querySelectorAll("text")].filter(t => {
				const r = t.getBoundingClientRect();
				return r.left < box.left - 0.5 || r.right > box.right + 0.5;
			}).map(t => t.textContent);
		})`, &clipped),
		chromedp.Evaluate(`getComputedStyle([...document.querySelectorAll("#chart circle.pt")].find(c => c.querySelector("title").textContent.includes("Gulf Courier"))).stroke`, &courierToll),
	)
	if err != nil {
		t.Fatalf("toll page: %v", err)
	}
	shot("metric-toll")
	for _, l := range ylabels {
		if strings.Contains(l, ".") {
			t.Errorf("y labels %v: %q is not a round number for a toll in the tens of thousands", ylabels, l)
		}
	}
	if len(clipped) > 0 {
		t.Errorf("labels run past their chart's edge: %v", clipped)
	}

	var charts, points int
	err = chromedp.Run(ctx,
		chromedp.Navigate(base+"/metrics/exchange"), chromedp.WaitVisible("#chart", chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll("svg.chart").length`, &charts),
		chromedp.Evaluate(`document.querySelectorAll("svg.chart circle.pt").length`, &points),
		chromedp.Evaluate(`getComputedStyle([...document.querySelectorAll("#chart circle.pt")].find(c => c.querySelector("title").textContent.includes("Gulf Courier"))).stroke`, &courierExchange),
	)
	if err != nil {
		t.Fatalf("exchange page: %v", err)
	}
	shot("metric-exchange")
	if charts != 2 || points != 2*exchanges {
		t.Errorf("prisoners and hostages: %d charts, %d points; want 2 and %d", charts, points, 2*exchanges)
	}
	if courierToll == "" || courierToll != courierExchange {
		t.Errorf("Gulf Courier is %q on one page and %q on another", courierToll, courierExchange)
	}

	checkClaimantColours(ctx, t, base, shot)

	var states []string
	err = chromedp.Run(ctx,
		chromedp.Navigate(base+"/"), chromedp.WaitVisible("table.metrics", chromedp.ByQuery),
	)
	if err != nil {
		t.Fatal(err)
	}
	shot("index")
	err = chromedp.Run(ctx,
		chromedp.Navigate(base+"/events"), chromedp.WaitVisible("table.events", chromedp.ByQuery),
		chromedp.Evaluate(`[...new Set([...document.querySelectorAll("table.events .state")].map(e => e.textContent))].sort()`, &states),
	)
	if err != nil {
		t.Fatalf("events page: %v", err)
	}
	shot("events")
	if strings.Join(states, ",") != "delivered,failing,pending" {
		t.Errorf("the events page shows states %v", states)
	}
	if err := chromedp.Run(ctx, chromedp.Navigate(base+"/sources"), chromedp.WaitVisible("h1", chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	shot("sources")
	t.Logf("screenshots in %s", dir)
}

// checkClaimantColours follows the link that colours the by-claimant
// toll's chart by claimant and checks what the eye would: the legend
// names each claimant once, every point is drawn in its legend entry's
// colour, the claimants' colours differ, the unattributed are grey, and
// the claimants table shows each in the same colour.
func checkClaimantColours(ctx context.Context, t *testing.T, base string, shot func(string)) {
	t.Helper()
	var legend map[string]string
	var pointColours map[string][]string
	var swatches map[string]string
	var url string
	err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/metrics/toll_by"), chromedp.WaitVisible("#colour-by a", chromedp.ByQuery),
		chromedp.Click("#colour-by a", chromedp.ByQuery), chromedp.WaitVisible("#colour-by strong", chromedp.ByQuery),
		chromedp.Location(&url),
		chromedp.Evaluate(`Object.fromEntries([...document.querySelectorAll("figcaption .key")].filter(k => k.querySelector("circle"))
			.map(k => [k.textContent.trim(), getComputedStyle(k.querySelector("circle")).fill]))`, &legend),
		chromedp.Evaluate(`[...document.querySelectorAll("#chart circle.pt")].reduce((m, c) => {
			const who = c.querySelector("title").textContent.split(" · ")[1].split(" via ")[0];
			(m[who] = m[who] || []).push(getComputedStyle(c).stroke);
			return m;
		}, {})`, &pointColours),
		chromedp.Evaluate(`Object.fromEntries([...document.querySelectorAll("table.claimants td.claimant")]
			.map(td => [td.textContent.trim(), getComputedStyle(td.querySelector(".swatch")).backgroundColor]))`, &swatches),
	)
	if err != nil {
		t.Fatalf("toll by claimant: %v", err)
	}
	shot("metric-by-claimant")
	if !strings.HasSuffix(url, "/metrics/toll_by?colour=claimant") {
		t.Errorf("the claimant link went to %s", url)
	}
	names := []string{"Gaza health ministry", "United Nations and its agencies", "Ledger analysis", "unattributed"}
	if len(legend) != len(names) {
		t.Errorf("legend %v, want %v", legend, names)
	}
	seen := map[string]string{}
	for _, n := range names {
		c := legend[n]
		if c == "" {
			t.Errorf("the legend lacks %s: %v", n, legend)
			continue
		}
		if other, ok := seen[c]; ok {
			t.Errorf("%s and %s share the colour %s", n, other, c)
		}
		seen[c] = n
		if len(pointColours[n]) == 0 {
			t.Errorf("no point for %s: %v", n, pointColours)
		}
		for _, pc := range pointColours[n] {
			if pc != c {
				t.Errorf("a point of %s is %s, its legend %s", n, pc, c)
			}
		}
		if swatches[n] != c {
			t.Errorf("%s is %s in the claimants table and %s in the legend", n, swatches[n], c)
		}
	}
	if legend["unattributed"] != "rgb(170, 178, 187)" {
		t.Errorf("unattributed is %s, want the neutral grey", legend["unattributed"])
	}
}
