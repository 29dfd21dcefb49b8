package metrics

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docpipe/docpipe/internal/testenv"
)

// TestStoreOverTLS runs the store against Debian's clickhouse-server
// serving the native protocol over TLS with a certificate from a test CA.
// The trusted CA migrates and writes; every certificate problem is
// ErrTLSVerify at once, naming what to fix, never an outage to retry.
func TestStoreOverTLS(t *testing.T) {
	certs, wrong := testenv.NewCerts(t), testenv.NewCerts(t)
	srv := testenv.NewClickHouseServerWith(t, testenv.ClickHouseSpec{TLS: certs, Password: testenv.RandomSecret(t)})
	dsn := srv.TLSDSN("docpipe")
	notPEM := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(notPEM, []byte("not a certificate"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		dsn     string
		caFile  string
		newErr  error  // from New: the files, read at once
		openErr error  // from Ensure: the handshake
		want    string // in the error
	}{
		{name: "trusted CA", dsn: dsn, caFile: certs.CA},
		{name: "trusted CA, name from tls_server_name", dsn: dsn + "&tls_server_name=" + testenv.TLSServerName, caFile: certs.CA},
		{name: "wrong CA", dsn: dsn, caFile: wrong.CA, openErr: ErrTLSVerify, want: "not signed by DOCPIPE_CLICKHOUSE_TLS_CA_FILE " + wrong.CA},
		{name: "system roots", dsn: dsn, openErr: ErrTLSVerify, want: "not signed by the system roots"},
		{name: "name not in the certificate", dsn: dsn + "&tls_server_name=other.docpipe.test", caFile: certs.CA, openErr: ErrTLSVerify, want: "tls_server_name"},
		{name: "plain port", dsn: strings.Replace(dsn, srv.TLSAddr(), srv.Addr(), 1), caFile: certs.CA, openErr: ErrTLSVerify, want: "does not speak TLS"},
		{name: "CA file holds no certificate", dsn: dsn, caFile: notPEM, newErr: ErrTLSConfig, want: "holds no PEM certificate"},
		{name: "missing CA file", dsn: dsn, caFile: filepath.Join(t.TempDir(), "nope.pem"), newErr: ErrTLSConfig, want: "DOCPIPE_CLICKHOUSE_TLS_CA_FILE"},
		{name: "CA file without secure=true", dsn: srv.DSN("docpipe"), caFile: certs.CA, newErr: ErrTLSConfig, want: "secure=true"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st, err := New(tc.dsn, WithTLSCAFile(tc.caFile))
			if tc.newErr != nil {
				if !errors.Is(err, tc.newErr) || !strings.Contains(err.Error(), tc.want) {
					t.Fatalf("New: %v, want %v with %q", err, tc.newErr, tc.want)
				}
				t.Log(err)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			start := time.Now()
			_, err = st.Ensure(ctx)
			if tc.openErr != nil {
				if !errors.Is(err, tc.openErr) || !strings.Contains(err.Error(), tc.want) {
					t.Fatalf("Ensure: %v, want %v with %q", err, tc.openErr, tc.want)
				}
				t.Log(err)
				if d := time.Since(start); d > 5*time.Second {
					t.Errorf("the TLS error took %s", d)
				}
				if h := st.Health(); h.State != HealthDegraded || !strings.Contains(h.Error, tc.want) {
					t.Errorf("health %+v", h)
				}
				return
			}
			if err != nil {
				t.Fatalf("Ensure over TLS: %v", err)
			}
			// Ensure migrated through the store's own connection as well as
			// the boot one; both dial the TLS port only.
			var n uint64
			if err := st.Conn().QueryRow(ctx, "SELECT count() FROM run_records").Scan(&n); err != nil {
				t.Fatalf("query over TLS: %v", err)
			}
		})
	}
}
