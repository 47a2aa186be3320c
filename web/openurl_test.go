package web

import (
	"net"
	"testing"
)

// TestOpenURL: the dashboard's address as a person opens it; a socket on
// every interface is opened at 127.0.0.1.
func TestOpenURL(t *testing.T) {
	for _, c := range []struct {
		addr net.Addr
		want string
	}{
		{&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 9464}, "http://127.0.0.1:9464/"},
		{&net.TCPAddr{IP: net.IPv4zero, Port: 9464}, "http://127.0.0.1:9464/"},
		{&net.TCPAddr{IP: net.IPv6unspecified, Port: 9464}, "http://127.0.0.1:9464/"},
		{&net.TCPAddr{Port: 9464}, "http://127.0.0.1:9464/"},
		{&net.TCPAddr{IP: net.ParseIP("10.1.2.3"), Port: 80}, "http://10.1.2.3:80/"},
		{&net.TCPAddr{IP: net.IPv6loopback, Port: 9464}, "http://[::1]:9464/"},
	} {
		if got := OpenURL(c.addr); got != c.want {
			t.Errorf("OpenURL(%v) = %q, want %q", c.addr, got, c.want)
		}
	}
}
