package testenv

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TLSServerName is a DNS name the server certificates of Certs hold besides
// 127.0.0.1 and localhost, for DOCPIPE_REDIS_TLS_SERVER_NAME tests (and
// ClickHouse's tls_server_name).
const TLSServerName = "redis.docpipe.test"

// Certs is a test PKI made with crypto/x509: a CA, a server certificate
// for loopback signed by it (used by Redis and ClickHouse servers alike),
// and a client certificate for mutual TLS.
// Every path is a PEM file in the test's temporary directory.
type Certs struct {
	CA         string
	ServerCert string
	ServerKey  string
	ClientCert string
	ClientKey  string
}

// NewCerts makes a fresh CA and its server and client certificates. Two
// calls make two unrelated CAs (a "wrong CA" for the other's servers).
func NewCerts(tb testing.TB) *Certs {
	tb.Helper()
	c, err := makeCerts(tb.TempDir())
	if err != nil {
		tb.Fatalf("test certificates: %v", err)
	}
	return c
}

func makeCerts(dir string) (*Certs, error) {
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	now := time.Now()
	caTmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "docpipe test CA"},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(24 * time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		return nil, fmt.Errorf("CA: %w", err)
	}
	caCert, err := x509.ParseCertificate(caDER)
	if err != nil {
		return nil, err
	}
	c := &Certs{
		CA:         filepath.Join(dir, "ca.pem"),
		ServerCert: filepath.Join(dir, "server.pem"),
		ServerKey:  filepath.Join(dir, "server-key.pem"),
		ClientCert: filepath.Join(dir, "client.pem"),
		ClientKey:  filepath.Join(dir, "client-key.pem"),
	}
	if err := writePEM(c.CA, "CERTIFICATE", caDER); err != nil {
		return nil, err
	}
	leaf := func(serial int64, cn string, usage x509.ExtKeyUsage, server bool, certPath, keyPath string) error {
		key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			return err
		}
		tmpl := &x509.Certificate{
			SerialNumber: big.NewInt(serial),
			Subject:      pkix.Name{CommonName: cn},
			NotBefore:    now.Add(-time.Hour),
			NotAfter:     now.Add(24 * time.Hour),
			KeyUsage:     x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
			// Redis uses one certificate for both ends of replication and
			// the cluster bus, so the server's may act as a client too.
			ExtKeyUsage: []x509.ExtKeyUsage{usage, x509.ExtKeyUsageClientAuth},
		}
		if server {
			tmpl.IPAddresses = []net.IP{net.ParseIP("127.0.0.1")}
			tmpl.DNSNames = []string{"localhost", TLSServerName}
		}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, caCert, &key.PublicKey, caKey)
		if err != nil {
			return fmt.Errorf("%s: %w", cn, err)
		}
		kb, err := x509.MarshalECPrivateKey(key)
		if err != nil {
			return err
		}
		if err := writePEM(certPath, "CERTIFICATE", der); err != nil {
			return err
		}
		return writePEM(keyPath, "EC PRIVATE KEY", kb)
	}
	if err := leaf(2, "redis server", x509.ExtKeyUsageServerAuth, true, c.ServerCert, c.ServerKey); err != nil {
		return nil, err
	}
	if err := leaf(3, "docpipe client", x509.ExtKeyUsageClientAuth, false, c.ClientCert, c.ClientKey); err != nil {
		return nil, err
	}
	return c, nil
}

func writePEM(path, typ string, der []byte) error {
	return os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), 0o600)
}

// ClientTLS is a client configuration trusting the CA and presenting the
// client certificate (for readiness checks and admin connections).
func (c *Certs) ClientTLS() (*tls.Config, error) {
	pemCA, err := os.ReadFile(c.CA)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pemCA)
	cert, err := tls.LoadX509KeyPair(c.ClientCert, c.ClientKey)
	if err != nil {
		return nil, err
	}
	return &tls.Config{RootCAs: pool, Certificates: []tls.Certificate{cert}, ServerName: "127.0.0.1", MinVersion: tls.VersionTLS12}, nil
}

// CLIArgs are redis-cli's TLS flags for these certificates.
func (c *Certs) CLIArgs() []string {
	return []string{"--tls", "--cacert", c.CA, "--cert", c.ClientCert, "--key", c.ClientKey}
}

// StartRedisTLS starts a redis-server that listens with TLS only. With
// mutual it requires a client certificate signed by the CA
// (tls-auth-clients yes); without, it accepts any client.
func StartRedisTLS(tb testing.TB, certs *Certs, mutual bool, extra ...string) *Server {
	tb.Helper()
	auth := "no"
	if mutual {
		auth = "yes"
	}
	return launch(tb, launchSpec{tls: certs, extra: func(int) []string {
		return append([]string{"--tls-auth-clients", auth}, extra...)
	}})
}
