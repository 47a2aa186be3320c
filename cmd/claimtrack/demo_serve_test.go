package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
)

// cancelOn is an output that ends the context once it has been told word.
type cancelOn struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	word   string
	cancel context.CancelFunc
}

func (c *cancelOn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	n, err := c.buf.Write(p)
	if strings.Contains(c.buf.String(), c.word) {
		c.cancel()
	}
	return n, err
}

func (c *cancelOn) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.buf.String()
}

// demo --serve where README's address is taken (a claimtrack run there, most
// often) serves on another port and says why the address differs.
func TestDemoServeSaysWhenItsAddressIsBusy(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip(err)
	}
	defer ln.Close()
	busy := ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &cancelOn{word: "Ctrl-C to stop", cancel: cancel}
	var errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: out, stderr: &errb, getenv: func(string) string { return "" }, owner: testOwner}
	code := dispatch(ctx, e, []string{"demo", "--serve", "--listen", busy})
	want := "(Ctrl-C to stop)  (" + busy + " is busy, perhaps a claimtrack run: --listen picks another)\n"
	if code != exitOK || !strings.Contains(out.String(), want) || strings.Contains(out.String(), "http://"+busy+"/") {
		t.Errorf("demo --serve: %d %q\n%s", code, errb.String(), out.String())
	}
}

// demo --serve serves as `claimtrack serve` does, through the daemon
// (runService, ServeOnly): its /healthz and /readyz answer, /metrics
// gives the daemon's metrics, and the dashboard lists the demo's sources;
// the address printed is the one bound, here a free port.
func TestDemoServeIsTheDaemonsServer(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ready := make(chan struct{})
	var once sync.Once
	out := &cancelOn{word: "Ctrl-C to stop", cancel: func() { once.Do(func() { close(ready) }) }}
	var errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: out, stderr: &errb, getenv: func(string) string { return "" }, owner: testOwner}
	done := make(chan int)
	go func() { done <- dispatch(ctx, e, []string{"demo", "--serve", "--listen", "127.0.0.1:0"}) }()
	select {
	case <-ready:
	case code := <-done:
		t.Fatalf("demo --serve ended: %d %s\n%s", code, errb.String(), out.String())
	}
	_, rest, _ := strings.Cut(out.String(), "Dashboard: ")
	url, _, _ := strings.Cut(rest, " ")
	for path, want := range map[string]string{"healthz": "", "readyz": "ready", "metrics": "claimtrack_events_delivered_total", "sources": "courier/feed.xml"} {
		resp, err := http.Get(url + path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), want) {
			t.Errorf("%s%s: %d, want %q in\n%.300s", url, path, resp.StatusCode, want, body)
		}
	}
	cancel()
	if code := <-done; code != exitOK {
		t.Errorf("demo --serve: exit %d %s", code, errb.String())
	}
}
