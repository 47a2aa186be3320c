package main

import (
	"bytes"
	"context"
	"net"
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
