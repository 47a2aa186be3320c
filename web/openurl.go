package web

import (
	"net"
	"strconv"
)

// OpenURL is the dashboard's address for a person to open, from the
// address its listener is bound to: a socket on every interface
// (listen: 0.0.0.0:9464, or :9464, which Go binds as [::] for IPv4 and
// IPv6 both) is opened on this machine at 127.0.0.1, since a browser
// does not open http://0.0.0.0/ everywhere and http://[::]/ nowhere; from
// another machine, this host's name or address with the same port.
func OpenURL(a net.Addr) string {
	t, ok := a.(*net.TCPAddr)
	if !ok {
		return "http://" + a.String() + "/"
	}
	host := t.IP.String()
	if t.IP == nil || t.IP.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, strconv.Itoa(t.Port)) + "/"
}
