package main

import (
	"context"
	"os"
	"syscall"
	"testing"
	"time"
)

// TestForwardHUPStops: a SIGHUP asks for one reload, and the forwarding
// goroutine ends both when its stop is called and when the service's
// context ends, so runService returning leaks nothing (run under -race).
func TestForwardHUPStops(t *testing.T) {
	reload := make(chan struct{}, 1)
	stop := forwardHUP(context.Background(), reload)
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		stop()
		t.Fatal(err)
	}
	select {
	case <-reload:
	case <-time.After(5 * time.Second):
		t.Error("a SIGHUP asked for no reload")
	}
	stopped := make(chan struct{})
	go func() { stop(); close(stopped) }()
	select {
	case <-stopped:
	case <-time.After(5 * time.Second):
		t.Fatal("stop did not end the forwarding goroutine")
	}

	ctx, cancel := context.WithCancel(context.Background())
	stop = forwardHUP(ctx, reload)
	cancel()
	stopped = make(chan struct{})
	go func() { stop(); close(stopped) }()
	select {
	case <-stopped:
	case <-time.After(5 * time.Second):
		t.Fatal("the goroutine outlived its context")
	}
}
