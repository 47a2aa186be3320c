package web

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

// serveOn serves a dashboard on a socket bound to addr, as the daemon
// does (BaseContext), and returns a URL that reaches it over loopback.
func serveOn(t *testing.T, addr string, opt Options) string {
	t.Helper()
	store, _ := story(t)
	opt.Store = store
	opt.Metrics = []Metric{{ID: "toll", Name: "Gaza death toll"}}
	srv, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Skipf("cannot bind %s here: %v", addr, err)
	}
	hs := &http.Server{Handler: srv.Handler(), BaseContext: BaseContext}
	go hs.Serve(ln)
	t.Cleanup(func() { hs.Close() })
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	return "http://127.0.0.1:" + port
}

func status(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestNoTokenIsDecidedFromTheBoundSocket: without a token the dashboard
// answers on a loopback socket and refuses on one bound to every
// interface, even to a request that arrives over loopback.
func TestNoTokenIsDecidedFromTheBoundSocket(t *testing.T) {
	if code, body := status(t, serveOn(t, "0.0.0.0:0", Options{})+"/api/metrics"); code != 403 || !strings.Contains(body, "dashboard.token") {
		t.Errorf("bound to 0.0.0.0 without a token: %d %s", code, body)
	}
	if code, body := status(t, serveOn(t, "127.0.0.1:0", Options{})+"/api/metrics"); code != 200 {
		t.Errorf("bound to loopback without a token: %d %s", code, body)
	}
	if code, _ := status(t, serveOn(t, "0.0.0.0:0", Options{Token: "s3cret"})+"/api/metrics"); code != 401 {
		t.Errorf("bound to 0.0.0.0 with a token, asked without it: %d", code)
	}
}

func postLogin(t *testing.T, ts *httptest.Server, token string, hdr ...string) *http.Response {
	t.Helper()
	form := strings.NewReader(url.Values{"token": {token}}.Encode())
	resp, _ := send(t, ts, "POST", "/login", form, append([]string{"Content-Type", "application/x-www-form-urlencoded"}, hdr...)...)
	return resp
}

func sessionCookie(resp *http.Response) *http.Cookie {
	for _, c := range resp.Cookies() {
		if c.Name == cookieName {
			return c
		}
	}
	return nil
}

func TestSignInIssuesASessionNotTheToken(t *testing.T) {
	store, _ := story(t)
	ts := newServer(t, store, Options{Token: "s3cret"})
	host := strings.TrimPrefix(ts.URL, "http://")

	resp := postLogin(t, ts, "s3cret", "Origin", ts.URL, "Sec-Fetch-Site", "same-origin")
	c := sessionCookie(resp)
	if c == nil {
		t.Fatalf("no session cookie: %v", resp.Header)
	}
	if strings.Contains(c.Value, "s3cret") || c.Secure {
		t.Errorf("the cookie must hold a session, and is not Secure over plain http: %+v", c)
	}
	if resp2 := postLogin(t, ts, "s3cret"); sessionCookie(resp2) == nil || sessionCookie(resp2).Value == c.Value {
		t.Errorf("each sign-in gets its own session")
	}
	if r, _ := get(t, ts, "/", "Cookie", cookieName+"="+c.Value); r.StatusCode != 200 {
		t.Errorf("with the session: %d", r.StatusCode)
	}
	// The token itself in the cookie, a forged or altered session, or one
	// signed under another token, opens nothing.
	other, _ := New(Options{Token: "another"})
	forged, _ := other.newSession(time.Now())
	for _, bad := range []string{"s3cret", c.Value + "x", "x" + c.Value, forged, ""} {
		if r, _ := get(t, ts, "/", "Cookie", cookieName+"="+bad); r.StatusCode != 303 {
			t.Errorf("cookie %q: %d, want a redirect to /login", bad, r.StatusCode)
		}
	}
	srv, _ := New(Options{Token: "s3cret"})
	old, _ := srv.newSession(time.Now().Add(-sessionLife - time.Minute))
	if srv.validSession(old, time.Now()) {
		t.Error("an expired session is accepted")
	}

	// A form posted from another site is refused, whatever it holds.
	for _, hdr := range [][]string{
		{"Origin", "https://evil.example"},
		{"Origin", "null"},
		{"Sec-Fetch-Site", "cross-site"},
		{"Sec-Fetch-Site", "same-site", "Origin", "http://sub." + host},
	} {
		if r := postLogin(t, ts, "s3cret", hdr...); r.StatusCode != 403 || sessionCookie(r) != nil {
			t.Errorf("%v: %d, cookie %v", hdr, r.StatusCode, sessionCookie(r))
		}
	}
}

func TestSessionCookieIsSecureBehindATrustedProxy(t *testing.T) {
	store, _ := story(t)
	trusting := newServer(t, store, Options{Token: "s3cret", TrustProxy: true})
	if c := sessionCookie(postLogin(t, trusting, "s3cret", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "figures.example",
		"Origin", "https://figures.example")); c == nil || !c.Secure {
		t.Errorf("behind a trusted https proxy the cookie must be Secure: %+v", c)
	}
	wary := newServer(t, store, Options{Token: "s3cret"})
	if c := sessionCookie(postLogin(t, wary, "s3cret", "X-Forwarded-Proto", "https")); c == nil || c.Secure {
		t.Errorf("an untrusted X-Forwarded-Proto must change nothing: %+v", c)
	}
	if r := postLogin(t, wary, "s3cret", "X-Forwarded-Host", "figures.example", "Origin", "https://figures.example"); r.StatusCode != 403 {
		t.Errorf("an untrusted X-Forwarded-Host must not vouch for an Origin: %d", r.StatusCode)
	}
}

func TestSignOutForgetsTheSession(t *testing.T) {
	store, _ := story(t)
	ts := newServer(t, store, Options{Token: "s3cret"})
	c := sessionCookie(postLogin(t, ts, "s3cret"))
	if _, page := get(t, ts, "/", "Cookie", cookieName+"="+c.Value); !strings.Contains(page, `action="/logout"`) {
		t.Error("no sign-out button on a page behind the token")
	}
	session := cookieName + "=" + c.Value
	if resp, _ := send(t, ts, "POST", "/logout", nil, "Cookie", session, "Origin", "https://evil.example"); resp.StatusCode != 403 {
		t.Errorf("a cross-site sign-out: %d", resp.StatusCode)
	}
	resp, _ := send(t, ts, "POST", "/logout", nil, "Cookie", session, "Origin", ts.URL)
	if out := sessionCookie(resp); resp.StatusCode != 303 || out == nil || out.MaxAge >= 0 || out.Value != "" {
		t.Errorf("sign-out must clear the cookie: %d %+v", resp.StatusCode, out)
	}
}
