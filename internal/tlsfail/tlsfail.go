// Package tlsfail names why a TLS connection failed, for the clients of
// Redis and ClickHouse to turn into a message an operator can act on: the
// two speak of different settings, but the causes are the same.
package tlsfail

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
)

// Cause is why a TLS handshake failed.
type Cause int

// The causes Of tells apart.
const (
	None             Cause = iota // not a certificate or handshake failure
	UnknownAuthority              // the server's certificate is not signed by a trusted CA
	WrongHost                     // the certificate does not name the host dialled
	Invalid                       // expired, not yet valid, or otherwise refused by verification
	RemoteAlert                   // the server sent a TLS alert (it refused the handshake)
	NotTLS                        // the peer does not speak TLS on this port
)

// Of returns the cause of err, or None.
func Of(err error) Cause {
	var unknown x509.UnknownAuthorityError
	var host x509.HostnameError
	var invalid x509.CertificateInvalidError
	var verify *tls.CertificateVerificationError
	var rec tls.RecordHeaderError
	var op *net.OpError
	switch {
	case err == nil:
		return None
	case errors.As(err, &unknown):
		return UnknownAuthority
	case errors.As(err, &host):
		return WrongHost
	case errors.As(err, &invalid), errors.As(err, &verify):
		return Invalid
	case errors.As(err, &op) && op.Op == "remote error":
		return RemoteAlert
	case errors.As(err, &rec):
		return NotTLS
	}
	return None
}
