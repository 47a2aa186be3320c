package web

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// cookieName is the session cookie /login sets. It holds a signed expiry,
// never the token: a cookie that leaks (a proxy log, a shared profile)
// lapses, and changing dashboard.token ends every session at once.
const cookieName = "claimtrack_session"

// sessionLife is how long a sign-in lasts.
const sessionLife = 14 * 24 * time.Hour

type boundKey struct{}

// BaseContext is an http.Server's BaseContext for a server of this
// dashboard: it records the address the listener is bound to, from which
// the dashboard decides whether it may answer without a token. Without
// it, the address each connection arrived on is used instead.
func BaseContext(l net.Listener) context.Context {
	return context.WithValue(context.Background(), boundKey{}, l.Addr())
}

// bound is the address a request's listener is bound to, or else the
// one its connection arrived on.
func bound(r *http.Request) net.Addr {
	if a, ok := r.Context().Value(boundKey{}).(net.Addr); ok {
		return a
	}
	a, _ := r.Context().Value(http.LocalAddrContextKey).(net.Addr)
	return a
}

func loopback(a net.Addr) bool {
	switch a := a.(type) {
	case *net.TCPAddr:
		return a.IP.IsLoopback()
	case *net.UnixAddr:
		return true
	case nil:
		return false
	}
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return false
	}
	ip := net.ParseIP(host)
	return host == "localhost" || ip != nil && ip.IsLoopback()
}

// refusal says why a request is turned away whoever sends it: the
// dashboard has no token and its socket is reachable from other
// machines. It is decided from the socket actually bound, not from the
// configuration's text, which a reload may have changed.
func (s *Server) refusal(r *http.Request) string {
	if s.opt.Token != "" {
		return ""
	}
	a := bound(r)
	if loopback(a) {
		return ""
	}
	where := "an unknown address"
	if a != nil {
		where = a.String()
	}
	return fmt.Sprintf("the dashboard is off: it listens on %s, which other machines can reach, and dashboard.token is not set; "+
		"set dashboard.token, or listen on 127.0.0.1", where)
}

func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		securityHeaders(w.Header())
		if why := s.refusal(r); why != "" {
			http.Error(w, why, http.StatusForbidden)
			return
		}
		if s.opt.Token != "" && !s.authorised(r) && !strings.HasPrefix(r.URL.Path, "/static/") && r.URL.Path != "/login" && r.URL.Path != "/logout" {
			if strings.HasPrefix(r.URL.Path, "/api/") {
				w.Header().Set("WWW-Authenticate", `Bearer realm="claimtrack"`)
				http.Error(w, "unauthorised: send Authorization: Bearer <dashboard.token>", http.StatusUnauthorized)
				return
			}
			http.Redirect(w, r, "/login", http.StatusSeeOther)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// authorised accepts the token as a bearer (API clients) or a session
// cookie that /login signed and that has not expired.
func (s *Server) authorised(r *http.Request) bool {
	if h := r.Header.Get("Authorization"); strings.HasPrefix(h, "Bearer ") {
		got := strings.TrimPrefix(h, "Bearer ")
		return subtle.ConstantTimeCompare([]byte(got), []byte(s.opt.Token)) == 1
	}
	c, err := r.Cookie(cookieName)
	return err == nil && s.validSession(c.Value, time.Now())
}

// sessionKey signs sessions. It is derived from the token, so that every
// replica and every reload accepts the same sessions, and a new token
// ends them all.
func (s *Server) sessionKey() []byte {
	m := hmac.New(sha256.New, []byte(s.opt.Token))
	m.Write([]byte("claimtrack dashboard session v1"))
	return m.Sum(nil)
}

// newSession is a cookie value: an expiry and a random nonce, signed.
func (s *Server) newSession(now time.Time) (string, error) {
	body := make([]byte, 8+16)
	binary.BigEndian.PutUint64(body, uint64(now.Add(sessionLife).Unix()))
	if _, err := rand.Read(body[8:]); err != nil {
		return "", fmt.Errorf("dashboard: unable to make a session: %w", err)
	}
	m := hmac.New(sha256.New, s.sessionKey())
	m.Write(body)
	enc := base64.RawURLEncoding
	return enc.EncodeToString(body) + "." + enc.EncodeToString(m.Sum(nil)), nil
}

func (s *Server) validSession(v string, now time.Time) bool {
	enc := base64.RawURLEncoding
	b64, sig64, ok := strings.Cut(v, ".")
	if !ok {
		return false
	}
	body, err1 := enc.DecodeString(b64)
	sig, err2 := enc.DecodeString(sig64)
	if err1 != nil || err2 != nil || len(body) != 24 {
		return false
	}
	m := hmac.New(sha256.New, s.sessionKey())
	m.Write(body)
	if !hmac.Equal(sig, m.Sum(nil)) {
		return false
	}
	return now.Unix() < int64(binary.BigEndian.Uint64(body))
}

// viaHTTPS reports whether the browser's request came over TLS, to this
// server or (when trusted) to the reverse proxy in front of it.
func (s *Server) viaHTTPS(r *http.Request) bool {
	if r.TLS != nil {
		return true
	}
	if !s.opt.TrustProxy {
		return false
	}
	proto, _, _ := strings.Cut(r.Header.Get("X-Forwarded-Proto"), ",")
	return strings.EqualFold(strings.TrimSpace(proto), "https")
}

// crossSite says why a form post did not come from this dashboard's own
// pages, or "" when it did. Browsers send Sec-Fetch-Site and Origin on
// every form post; a client that sends neither (curl) is no browser that
// a forged form could drive.
func (s *Server) crossSite(r *http.Request) string {
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" {
		return "the browser says the form came from another site (Sec-Fetch-Site: " + site + ")"
	}
	origin := r.Header.Get("Origin")
	if origin == "" {
		return ""
	}
	host := r.Host
	if fh := r.Header.Get("X-Forwarded-Host"); s.opt.TrustProxy && fh != "" {
		host, _, _ = strings.Cut(fh, ",")
		host = strings.TrimSpace(host)
	}
	u, err := url.Parse(origin)
	if err != nil || origin == "null" || !strings.EqualFold(u.Host, host) {
		return "the form came from " + origin + ", not from this dashboard (" + host + ")"
	}
	return ""
}

func (s *Server) loginForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, "login", map[string]any{"Title": "Sign in", "Failed": r.URL.Query().Has("failed")})
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	if why := s.crossSite(r); why != "" {
		http.Error(w, "sign-in refused: "+why+"; open /login on the dashboard itself", http.StatusForbidden)
		return
	}
	tok := r.PostFormValue("token")
	if s.opt.Token == "" || subtle.ConstantTimeCompare([]byte(tok), []byte(s.opt.Token)) != 1 {
		http.Redirect(w, r, "/login?failed", http.StatusSeeOther)
		return
	}
	v, err := s.newSession(time.Now())
	if err != nil {
		s.opt.Log.Error("dashboard sign-in", "err", err)
		http.Error(w, "sign-in failed; see the log", http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: v, Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, Secure: s.viaHTTPS(r), MaxAge: int(sessionLife / time.Second)})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// logout forgets the session in this browser. A session is not recorded
// anywhere, so a copy of the cookie taken elsewhere lasts until it
// expires or dashboard.token changes.
func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if why := s.crossSite(r); why != "" {
		http.Error(w, "sign-out refused: "+why, http.StatusForbidden)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: "", Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, Secure: s.viaHTTPS(r), MaxAge: -1})
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}
