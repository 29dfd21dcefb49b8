package cachelayer

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/internal/tlsfail"
)

// Errors of Open that an operator must fix before docpipe can start. They
// are returned at once, never retried: a wrong CA or a missing key file
// does not heal by waiting.
var (
	// ErrRedisURL is a DOCPIPE_REDIS_URL that does not parse.
	ErrRedisURL = errors.New("invalid redis url")
	// ErrTLSConfig is a TLS setting that cannot be used (unreadable or
	// malformed CA, certificate or key file; TLS files with a redis:// URL).
	ErrTLSConfig = errors.New("redis tls configuration")
	// ErrTLSVerify is a server whose certificate the configured CA does not
	// vouch for (or whose name does not match), or a server that refused
	// this client's certificate.
	ErrTLSVerify = errors.New("redis tls handshake failed")
)

// TLSFiles are the PEM files and name of a rediss:// connection. All are
// optional: no CA file means the system's roots; a certificate and key
// (both or neither) are sent for mutual TLS; ServerName overrides the name
// checked in the server's certificate (default: the host dialled).
type TLSFiles struct {
	CAFile     string
	CertFile   string
	KeyFile    string
	ServerName string
}

// set tells whether any TLS setting was given.
func (f TLSFiles) set() bool {
	return f.CAFile != "" || f.CertFile != "" || f.KeyFile != "" || f.ServerName != ""
}

// Options is everything needed to reach a production Redis: the URL (with
// the ACL user and password in it), TLS files, and Sentinel.
type Options struct {
	// URL is redis:// or rediss:// (user and password in the URL), or
	// several comma-separated addresses: a Redis Cluster's nodes, or the
	// sentinels when SentinelMaster is set.
	URL string
	// TLS applies to every connection, sentinels included.
	TLS TLSFiles
	// SentinelMaster is the master set name; when set, the addresses in URL
	// are sentinels and the client follows the master they name.
	SentinelMaster string
	// SentinelUsername and SentinelPassword authenticate to the sentinels
	// (their requirepass or ACL user); the URL's user is the data nodes'.
	SentinelUsername string
	SentinelPassword string
	// Log receives start-time warnings (an unsafe maxmemory-policy); nil
	// means slog.Default().
	Log *slog.Logger
}

// Connect opens the process's one Redis client from a URL alone; see Open.
func Connect(url string) (rueidis.Client, error) {
	return Open(context.Background(), Options{URL: url})
}

// Open opens the process's one Redis client. The first connection is made
// here, so a wrong password, an untrusted server certificate or an
// unreachable Redis is an error now rather than a retry loop later. Once
// connected it checks every node's maxmemory-policy and warns when it is
// not noeviction (the only policy under which streams are safe).
func Open(ctx context.Context, o Options) (rueidis.Client, error) {
	if o.Log == nil {
		o.Log = slog.Default()
	}
	opt, tlsOn, err := parseURLs(o.URL)
	if err != nil {
		return nil, err
	}
	if o.TLS.set() && !tlsOn {
		return nil, fmt.Errorf("%w: DOCPIPE_REDIS_TLS_* is set but DOCPIPE_REDIS_URL %s is not rediss://", ErrTLSConfig, Redact(o.URL))
	}
	if tlsOn {
		cfg, err := TLSConfig(o.TLS)
		if err != nil {
			return nil, err
		}
		opt.TLSConfig = cfg
	}
	if o.SentinelMaster != "" {
		opt.Sentinel = rueidis.SentinelOption{
			MasterSet: o.SentinelMaster,
			Username:  o.SentinelUsername,
			Password:  o.SentinelPassword,
			TLSConfig: opt.TLSConfig,
			// The client also follows +switch-master; the periodic check
			// catches a missed event, which would otherwise bind it to a
			// demoted master until restart.
			TopologyRefreshInterval: 2 * time.Second,
		}
	}
	// Outputs are read once per run; client-side caching would only cost
	// memory and invalidation traffic.
	opt.DisableCache = true
	// Waiting up to 100µs before a flush lets concurrent runs share one
	// write: on two cores the syscalls, not Redis, were the limit.
	opt.MaxFlushDelay = 100 * time.Microsecond
	c, err := rueidis.NewClient(opt)
	if err != nil {
		return nil, fmt.Errorf("connect to redis %s: %w", Redact(o.URL), classify(err, o.TLS, opt))
	}
	policies, err := MaxmemoryPolicies(ctx, c)
	if err != nil {
		// A least-privilege user may not be allowed INFO; the check is
		// advice, not a condition of starting.
		o.Log.Warn("cannot check the redis maxmemory-policy", "err", err)
	}
	for _, addr := range sortedKeys(policies) {
		if p := policies[addr]; p != "noeviction" {
			o.Log.Warn("redis maxmemory-policy is not noeviction: under memory pressure Redis may evict stream entries, locks and state, and documents are lost or processed twice; set maxmemory-policy noeviction",
				"node", addr, "maxmemory_policy", p)
		}
	}
	return c, nil
}

// parseURLs reads a single URL or a comma-separated list into one option
// set; tlsOn tells whether the scheme was rediss://. Errors never carry the
// URL's password.
func parseURLs(raw string) (rueidis.ClientOption, bool, error) {
	parts := strings.Split(raw, ",")
	first := strings.TrimSpace(parts[0])
	if !strings.Contains(first, "://") {
		first = "redis://" + first
	}
	opt, err := rueidis.ParseURL(first)
	if err != nil {
		return opt, false, fmt.Errorf("%w %s: %v", ErrRedisURL, Redact(first), urlCause(err))
	}
	tlsOn := opt.TLSConfig != nil
	for _, p := range parts[1:] {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if strings.Contains(p, "://") {
			o, err := rueidis.ParseURL(p)
			if err != nil {
				return opt, false, fmt.Errorf("%w %s: %v", ErrRedisURL, Redact(p), urlCause(err))
			}
			opt.InitAddress = append(opt.InitAddress, o.InitAddress...)
		} else {
			opt.InitAddress = append(opt.InitAddress, p)
		}
	}
	return opt, tlsOn, nil
}

// urlCause is a URL parse error without the URL: url.Error repeats the
// whole input, password included.
func urlCause(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// TLSConfig builds the client's TLS configuration from files. Every file is
// read now, so a missing or malformed one is an error at start.
func TLSConfig(f TLSFiles) (*tls.Config, error) {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12, ServerName: f.ServerName}
	if f.CAFile != "" {
		pem, err := os.ReadFile(f.CAFile)
		if err != nil {
			return nil, fmt.Errorf("%w: DOCPIPE_REDIS_TLS_CA_FILE: %w", ErrTLSConfig, err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("%w: DOCPIPE_REDIS_TLS_CA_FILE %s holds no PEM certificate", ErrTLSConfig, f.CAFile)
		}
		cfg.RootCAs = pool
	}
	if (f.CertFile == "") != (f.KeyFile == "") {
		return nil, fmt.Errorf("%w: DOCPIPE_REDIS_TLS_CERT_FILE and DOCPIPE_REDIS_TLS_KEY_FILE go together (mutual TLS needs both)", ErrTLSConfig)
	}
	if f.CertFile != "" {
		cert, err := tls.LoadX509KeyPair(f.CertFile, f.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("%w: client certificate %s / key %s: %w", ErrTLSConfig, f.CertFile, f.KeyFile, err)
		}
		cfg.Certificates = []tls.Certificate{cert}
	}
	return cfg, nil
}

// classify turns a first-connection failure into a typed error an operator
// can act on: certificate problems become ErrTLSVerify with the reason.
func classify(err error, f TLSFiles, opt rueidis.ClientOption) error {
	switch tlsfail.Of(err) {
	case tlsfail.UnknownAuthority:
		ca := "the system roots"
		if f.CAFile != "" {
			ca = "DOCPIPE_REDIS_TLS_CA_FILE " + f.CAFile
		}
		return fmt.Errorf("%w: the server's certificate is not signed by %s: %w", ErrTLSVerify, ca, err)
	case tlsfail.WrongHost:
		return fmt.Errorf("%w: the server's certificate does not name the host (set DOCPIPE_REDIS_TLS_SERVER_NAME to a name it holds): %w", ErrTLSVerify, err)
	case tlsfail.Invalid:
		return fmt.Errorf("%w: %w", ErrTLSVerify, err)
	case tlsfail.RemoteAlert:
		if f.CertFile == "" {
			// A TLS alert from the server, and we sent no certificate.
			return fmt.Errorf("%w: the server refused the handshake: it probably requires a client certificate (DOCPIPE_REDIS_TLS_CERT_FILE and _KEY_FILE): %w", ErrTLSVerify, err)
		}
		// The server refused our certificate.
		return fmt.Errorf("%w: the server refused this client's certificate (is DOCPIPE_REDIS_TLS_CERT_FILE signed by a CA the server trusts?): %w", ErrTLSVerify, err)
	case tlsfail.NotTLS:
		return fmt.Errorf("%w: the server does not speak TLS on this port (use redis://, or its tls-port): %w", ErrTLSVerify, err)
	}
	switch {
	case opt.TLSConfig == nil:
		return err
	case errors.Is(err, syscall.ECONNRESET) || errors.Is(err, io.EOF) || errors.Is(err, syscall.EPIPE):
		if f.CertFile == "" {
			// TLS 1.3 finishes the client's side of the handshake before
			// the server checks for a client certificate; the server then
			// just closes the connection.
			return fmt.Errorf("%w: the server closed the TLS connection: it probably requires a client certificate (DOCPIPE_REDIS_TLS_CERT_FILE and _KEY_FILE): %w", ErrTLSVerify, err)
		}
		return fmt.Errorf("%w: the server closed the TLS connection: is DOCPIPE_REDIS_TLS_CERT_FILE signed by a CA the server trusts?: %w", ErrTLSVerify, err)
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, os.ErrDeadlineExceeded):
		return fmt.Errorf("%w: no TLS answer within the dial timeout: does this port speak TLS (tls-port)?: %w", ErrTLSVerify, err)
	}
	return err
}

// MaxmemoryPolicies reads maxmemory_policy from INFO memory of every node
// the client knows (the master of a Sentinel set, every node of a cluster),
// keyed by address.
func MaxmemoryPolicies(ctx context.Context, c rueidis.Client) (map[string]string, error) {
	out := map[string]string{}
	var errs []error
	for addr, n := range c.Nodes() {
		info, err := n.Do(ctx, n.B().Info().Section("memory").Build()).ToString()
		if err != nil {
			errs = append(errs, fmt.Errorf("INFO memory on %s: %w", addr, err))
			continue
		}
		if p, ok := InfoField(info, "maxmemory_policy"); ok {
			out[addr] = p
		}
	}
	return out, errors.Join(errs...)
}

// InfoField finds one field of an INFO reply.
func InfoField(info, field string) (string, bool) {
	for _, line := range strings.Split(info, "\n") {
		k, v, ok := strings.Cut(strings.TrimSpace(line), ":")
		if ok && k == field {
			return v, true
		}
	}
	return "", false
}

// Redact is a Redis URL (or comma-separated list) fit for logs and error
// messages: every password is replaced by "xxxxx".
func Redact(raw string) string {
	parts := strings.Split(raw, ",")
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if !strings.Contains(p, "://") {
			if strings.Contains(p, "@") {
				// host:port has no user part; anything before @ may be one.
				_, after, _ := strings.Cut(p, "@")
				p = "xxxxx@" + after
			}
			parts[i] = p
			continue
		}
		u, err := url.Parse(p)
		if err != nil {
			scheme, _, _ := strings.Cut(p, "://")
			parts[i] = scheme + "://(unparsable, hidden)"
			continue
		}
		parts[i] = u.Redacted()
	}
	return strings.Join(parts, ",")
}

func sortedKeys(m map[string]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
