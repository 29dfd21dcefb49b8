package cachelayer

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/internal/testenv"
)

// roundTrip writes and reads one key through c.
func roundTrip(t *testing.T, c rueidis.Client, key string) {
	t.Helper()
	ctx := context.Background()
	if err := c.Do(ctx, c.B().Set().Key(key).Value("v").Build()).Error(); err != nil {
		t.Fatalf("SET %s: %v", key, err)
	}
	if v, err := c.Do(ctx, c.B().Get().Key(key).Build()).ToString(); err != nil || v != "v" {
		t.Fatalf("GET %s: %q %v", key, v, err)
	}
}

func TestOpenTLS(t *testing.T) {
	certs := testenv.NewCerts(t)
	other := testenv.NewCerts(t)
	plain := testenv.NewCerts(t) // a server without client authentication
	mutual := testenv.StartRedisTLS(t, certs, true)
	oneWay := testenv.StartRedisTLS(t, plain, false)
	plainText := testenv.StartRedis(t)
	client := TLSFiles{CAFile: certs.CA, CertFile: certs.ClientCert, KeyFile: certs.ClientKey}
	tests := []struct {
		name    string
		url     string
		files   TLSFiles
		wantErr error  // nil: connects
		mention string // the error names this
	}{
		{"one-way TLS with the CA", "rediss://" + oneWay.Addr, TLSFiles{CAFile: plain.CA}, nil, ""},
		{"server name override", "rediss://" + oneWay.Addr, TLSFiles{CAFile: plain.CA, ServerName: testenv.TLSServerName}, nil, ""},
		{"mutual TLS", "rediss://" + mutual.Addr, client, nil, ""},
		{"wrong CA", "rediss://" + oneWay.Addr, TLSFiles{CAFile: other.CA}, ErrTLSVerify, other.CA},
		{"system roots do not know the test CA", "rediss://" + oneWay.Addr, TLSFiles{}, ErrTLSVerify, "system roots"},
		{"wrong server name", "rediss://" + oneWay.Addr, TLSFiles{CAFile: plain.CA, ServerName: "elsewhere.test"}, ErrTLSVerify, "SERVER_NAME"},
		{"mutual TLS without a client certificate", "rediss://" + mutual.Addr, TLSFiles{CAFile: certs.CA}, ErrTLSVerify, "client certificate"},
		{"client certificate of another CA", "rediss://" + mutual.Addr, TLSFiles{CAFile: certs.CA, CertFile: other.ClientCert, KeyFile: other.ClientKey}, ErrTLSVerify, "CERT_FILE"},
		{"TLS to a plain port", "rediss://" + plainText.Addr, TLSFiles{CAFile: certs.CA}, ErrTLSVerify, "speak TLS"},
		{"CA file missing", "rediss://" + oneWay.Addr, TLSFiles{CAFile: "/nonexistent/ca.pem"}, ErrTLSConfig, "CA_FILE"},
		{"CA file not PEM", "rediss://" + oneWay.Addr, TLSFiles{CAFile: certs.ClientKey + ".nope"}, ErrTLSConfig, "CA_FILE"},
		{"certificate without key", "rediss://" + mutual.Addr, TLSFiles{CAFile: certs.CA, CertFile: certs.ClientCert}, ErrTLSConfig, "go together"},
		{"TLS files with redis://", "redis://" + plainText.Addr, TLSFiles{CAFile: certs.CA}, ErrTLSConfig, "rediss://"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			c, err := Open(context.Background(), Options{URL: tt.url, TLS: tt.files})
			if tt.wantErr == nil {
				if err != nil {
					t.Fatal(err)
				}
				defer c.Close()
				roundTrip(t, c, "docpipe:tls")
				return
			}
			if err == nil {
				c.Close()
				t.Fatal("connected, want an error")
			}
			if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), tt.mention) {
				t.Fatalf("error %v, want %v mentioning %q", err, tt.wantErr, tt.mention)
			}
			// At start, not after a retry loop (a silent plain port takes
			// the 5 s dial timeout).
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("the error took %s", d)
			}
		})
	}
}

func TestOpenTLSCluster(t *testing.T) {
	certs := testenv.NewCerts(t)
	cl := testenv.StartCluster(t, testenv.ClusterSpec{Masters: 3, TLS: certs})
	c, err := Open(context.Background(), Options{URL: cl.URL(), TLS: TLSFiles{CAFile: certs.CA, CertFile: certs.ClientCert, KeyFile: certs.ClientKey}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if n := len(c.Nodes()); n != 3 {
		t.Errorf("%d nodes known, want 3", n)
	}
	// Keys of several partitions land on different masters.
	for p := 0; p < 8; p++ {
		roundTrip(t, c, NewKeys("docpipe").State(p, "d"))
	}
	if _, err := Open(context.Background(), Options{URL: cl.URL(), TLS: TLSFiles{CAFile: testenv.NewCerts(t).CA}}); !errors.Is(err, ErrTLSVerify) {
		t.Fatalf("cluster with a wrong CA: %v, want ErrTLSVerify", err)
	}
}

func TestOpenACLUser(t *testing.T) {
	pw := testenv.RandomSecret(t)
	r := testenv.StartRedisACL(t, []testenv.ACLUser{{Name: "docpipe", Password: pw, Rule: PipelineACL("docpipe")}})
	if _, err := r.AdminCli("set", "other:secret", "s"); err != nil {
		t.Fatal(err)
	}
	c, err := Open(context.Background(), Options{URL: r.URL("docpipe", pw)})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	roundTrip(t, c, "docpipe:x")
	ctx := context.Background()
	for name, cmd := range map[string]rueidis.Completed{
		"GET outside the prefix": c.B().Get().Key("other:secret").Build(),
		"FLUSHALL":               c.B().Flushall().Build(),
		"CONFIG GET":             c.B().ConfigGet().Parameter("maxmemory").Build(),
		"KEYS":                   c.B().Keys().Pattern("*").Build(),
	} {
		if err := c.Do(ctx, cmd).Error(); err == nil || !strings.Contains(err.Error(), "NOPERM") {
			t.Errorf("%s as the docpipe user: %v, want NOPERM", name, err)
		}
	}
	// The default user is off: no login, no access.
	if _, err := Open(ctx, Options{URL: "redis://" + r.Addr}); err == nil {
		t.Error("connected without a user to a server whose default user is off")
	}
	_, err = Open(ctx, Options{URL: r.URL("docpipe", "wrong-"+pw)})
	if err == nil || strings.Contains(err.Error(), pw) {
		t.Errorf("wrong password: %v", err)
	}
}

func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"redis://u:secret@h:1/0", "redis://u:xxxxx@h:1/0"},
		{"rediss://:secret@h:1", "rediss://:xxxxx@h:1"},
		{"redis://h:1", "redis://h:1"},
		{"h:1,h:2", "h:1,h:2"},
		{"redis://u:secret@h:1,h:2", "redis://u:xxxxx@h:1,h:2"},
		{"redis://u:sec%zzret@h:1", "redis://(unparsable, hidden)"},
	}
	for _, tt := range tests {
		if got := Redact(tt.in); got != tt.want {
			t.Errorf("Redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A password never appears in an error: not from a URL that does not
// parse, nor from a server that cannot be reached.
func TestOpenErrorsHidePassword(t *testing.T) {
	const secret = "s3cr3t-password"
	for _, u := range []string{
		"redis://user:" + secret + "%zz@127.0.0.1:1",
		"redis://user:" + secret + "@127.0.0.1:1",
		"rediss://user:" + secret + "@127.0.0.1:1,127.0.0.1:2",
		"ftp://user:" + secret + "@127.0.0.1:1",
	} {
		_, err := Open(context.Background(), Options{URL: u})
		if err == nil {
			t.Fatalf("%s: no error", Redact(u))
		}
		if strings.Contains(err.Error(), secret) {
			t.Errorf("error shows the password: %v", err)
		}
	}
}

func TestOpenWarnsOnEvictionPolicy(t *testing.T) {
	for _, tt := range []struct {
		policy string
		warn   bool
	}{{"allkeys-lru", true}, {"volatile-ttl", true}, {"noeviction", false}} {
		t.Run(tt.policy, func(t *testing.T) {
			s := testenv.StartRedis(t, "--maxmemory", "64mb", "--maxmemory-policy", tt.policy)
			var buf bytes.Buffer
			c, err := Open(context.Background(), Options{URL: "redis://" + s.Addr, Log: slog.New(slog.NewTextHandler(&buf, nil))})
			if err != nil {
				t.Fatal(err)
			}
			c.Close()
			got := strings.Contains(buf.String(), "maxmemory-policy is not noeviction") && strings.Contains(buf.String(), tt.policy)
			if got != tt.warn {
				t.Errorf("warned %v, want %v:\n%s", got, tt.warn, buf.String())
			}
		})
	}
}

func TestOpenSentinel(t *testing.T) {
	set := testenv.StartSentinel(t)
	c, err := Open(context.Background(), Options{URL: set.URL(), SentinelMaster: set.Name})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	roundTrip(t, c, "docpipe:sentinel")
	if _, ok := c.Nodes()[set.Master.Addr]; !ok {
		t.Errorf("client nodes %v, want the master %s", c.Nodes(), set.Master.Addr)
	}
	if _, err := Open(context.Background(), Options{URL: set.URL(), SentinelMaster: "no-such-set"}); err == nil {
		t.Error("an unknown master set connected")
	}
}

// docs/operations.md shows the ACL rules exactly as the code builds them
// (the code's rules are what the ACL tests run the pipeline under).
func TestACLRulesDocumented(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join(testenv.RepoRoot(), "docs", "operations.md"))
	if err != nil {
		t.Fatal(err)
	}
	for user, rule := range map[string]string{"docpipe": PipelineACL("docpipe"), "docpipe-ro": ReadOnlyACL("docpipe")} {
		line := "ACL SETUSER " + user + " on >PASSWORD " + rule + "\n"
		if !strings.Contains(string(doc), line) {
			t.Errorf("docs/operations.md does not show the rule of %s:\n%s", user, line)
		}
	}
	for _, banned := range []string{"+flushall", "+flushdb", "+config", "+keys", "+scan", "+@all", "+acl", "+debug"} {
		for _, rule := range []string{PipelineACL("docpipe"), ReadOnlyACL("docpipe")} {
			for _, part := range strings.Fields(rule) {
				if part == banned || strings.HasPrefix(part, banned+"|") {
					t.Errorf("a rule grants %s", part)
				}
			}
		}
	}
}
