package metrics

import (
	"crypto/x509"
	"errors"
	"fmt"
	"os"

	"github.com/ClickHouse/clickhouse-go/v2"

	"github.com/docpipe/docpipe/internal/tlsfail"
)

// TLS errors are returned at once and are not outages: a wrong CA does not
// heal by waiting, so `docpipe run` stops on them at start instead of
// leaving the sink to retry.
var (
	// ErrTLSConfig is a TLS setting that cannot be used: an unreadable CA
	// file, one without a PEM certificate, or a CA file for a DSN without
	// secure=true.
	ErrTLSConfig = errors.New("clickhouse tls configuration")
	// ErrTLSVerify is a handshake that failed: the server's certificate is
	// not signed by the configured CA, does not name the host or is not
	// valid, or the port does not speak TLS.
	ErrTLSVerify = errors.New("clickhouse tls handshake failed")
)

// Option adjusts a Store beyond what its DSN says.
type Option func(*storeConfig) error

type storeConfig struct {
	opts   *clickhouse.Options
	caFile string
}

// WithTLSCAFile trusts the PEM CA bundle in path for the server's
// certificate (DOCPIPE_CLICKHOUSE_TLS_CA_FILE) instead of the system roots.
// The DSN must ask for TLS (secure=true); the DSN's tls_server_name and
// skip_verify still apply. An empty path changes nothing.
func WithTLSCAFile(path string) Option {
	return func(c *storeConfig) error {
		if path == "" {
			return nil
		}
		if c.opts.TLS == nil {
			return fmt.Errorf("%w: DOCPIPE_CLICKHOUSE_TLS_CA_FILE is set but the DSN does not ask for TLS (add secure=true)", ErrTLSConfig)
		}
		pem, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("%w: DOCPIPE_CLICKHOUSE_TLS_CA_FILE: %w", ErrTLSConfig, err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return fmt.Errorf("%w: DOCPIPE_CLICKHOUSE_TLS_CA_FILE %s holds no PEM certificate", ErrTLSConfig, path)
		}
		c.opts.TLS.RootCAs = pool
		c.caFile = path
		return nil
	}
}

// classifyTLS turns a failed handshake into ErrTLSVerify with what to fix;
// other errors (an unreachable server: an outage) pass unchanged.
func (s *Store) classifyTLS(err error) error {
	if s.opts.TLS == nil || err == nil {
		return err
	}
	switch tlsfail.Of(err) {
	case tlsfail.UnknownAuthority:
		ca := "the system roots (set DOCPIPE_CLICKHOUSE_TLS_CA_FILE)"
		if s.caFile != "" {
			ca = "DOCPIPE_CLICKHOUSE_TLS_CA_FILE " + s.caFile
		}
		return fmt.Errorf("%w: the server's certificate is not signed by %s: %w", ErrTLSVerify, ca, err)
	case tlsfail.WrongHost:
		return fmt.Errorf("%w: the server's certificate does not name the host (add tls_server_name=<a name it holds> to the DSN): %w", ErrTLSVerify, err)
	case tlsfail.Invalid:
		return fmt.Errorf("%w: %w", ErrTLSVerify, err)
	case tlsfail.RemoteAlert:
		return fmt.Errorf("%w: the server refused the handshake: %w", ErrTLSVerify, err)
	case tlsfail.NotTLS:
		return fmt.Errorf("%w: the server does not speak TLS on this port (use its tcp_port_secure, or drop secure=true): %w", ErrTLSVerify, err)
	}
	return err
}
