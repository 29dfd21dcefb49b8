package tlsfail

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"testing"
)

// The real handshakes behind each cause are in cachelayer's and metrics'
// TLS tests against redis-server and clickhouse-server; this table pins the
// mapping, wrapped as the clients wrap them.
func TestOf(t *testing.T) {
	wrap := func(err error) error { return fmt.Errorf("dial 127.0.0.1:1: %w", err) }
	tests := []struct {
		name string
		err  error
		want Cause
	}{
		{"nil", nil, None},
		{"eof", io.EOF, None},
		{"refused", &net.OpError{Op: "dial", Err: errors.New("connection refused")}, None},
		{"unknown authority", wrap(x509.UnknownAuthorityError{}), UnknownAuthority},
		{"verification wraps unknown authority", wrap(&tls.CertificateVerificationError{Err: x509.UnknownAuthorityError{}}), UnknownAuthority},
		{"wrong host", wrap(x509.HostnameError{Host: "example.org"}), WrongHost},
		{"expired", wrap(x509.CertificateInvalidError{Reason: x509.Expired}), Invalid},
		{"verification", wrap(&tls.CertificateVerificationError{Err: errors.New("x")}), Invalid},
		{"alert", wrap(&net.OpError{Op: "remote error", Err: errors.New("tls: bad certificate")}), RemoteAlert},
		{"plain port", wrap(tls.RecordHeaderError{Msg: "first record does not look like a TLS handshake"}), NotTLS},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Of(tt.err); got != tt.want {
				t.Errorf("Of(%v) = %d, want %d", tt.err, got, tt.want)
			}
		})
	}
}
