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
	host := ""
	if t.IP != nil {
		host = t.IP.String()
	}
	return "http://" + net.JoinHostPort(LocalHost(host), strconv.Itoa(t.Port)) + "/"
}

// LocalHost is host as a client on this machine reaches it: a listen
// address's empty or unspecified host (every interface) is 127.0.0.1.
func LocalHost(host string) string {
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		return "127.0.0.1"
	}
	return host
}
