package testenv

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Cli runs redis-cli against addr (host:port) with TLS flags when certs is
// set and extra arguments (e.g. --user, --pass) before the command.
func Cli(addr string, certs *Certs, args ...string) (string, error) {
	bin, err := exec.LookPath("redis-cli")
	if err != nil {
		return "", fmt.Errorf("redis-cli is not installed: %w", err)
	}
	host, port, _ := strings.Cut(addr, ":")
	full := []string{"-h", host, "-p", port, "--no-auth-warning"}
	if certs != nil {
		full = append(full, certs.CLIArgs()...)
	}
	out, err := exec.Command(bin, append(full, args...)...).CombinedOutput()
	if err != nil {
		return string(out), fmt.Errorf("redis-cli %s %s: %w: %s", addr, strings.Join(args, " "), err, out)
	}
	return string(out), nil
}

// waitFor polls cond every 100 ms until it holds or d passes.
func waitFor(tb testing.TB, d time.Duration, what string, cond func() (bool, string)) {
	tb.Helper()
	deadline := time.Now().Add(d)
	for {
		ok, state := cond()
		if ok {
			return
		}
		if time.Now().After(deadline) {
			tb.Fatalf("%s: not after %s: %s", what, d, state)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// ClusterSpec describes a test Redis Cluster.
type ClusterSpec struct {
	// Masters is the number of masters (default 3).
	Masters int
	// Replicas is the number of replicas of each master (0 or more).
	Replicas int
	// TLS, when set, makes every port TLS only: clients, the cluster bus
	// and replication (tls-cluster, tls-replication).
	TLS *Certs
	// NodeTimeout is cluster-node-timeout (default 5s): how long a master
	// may be unreachable before its replica is promoted.
	NodeTimeout time.Duration
}

// Cluster is a running test Redis Cluster.
type Cluster struct {
	Nodes []*Server
	spec  ClusterSpec
}

// StartCluster starts the nodes of spec, joins them with `redis-cli
// --cluster create` and waits until every node reports the cluster ok with
// all slots, and every replica is in sync with its master.
func StartCluster(tb testing.TB, spec ClusterSpec) *Cluster {
	tb.Helper()
	if spec.Masters == 0 {
		spec.Masters = 3
	}
	if spec.NodeTimeout == 0 {
		spec.NodeTimeout = 5 * time.Second
	}
	c := &Cluster{spec: spec}
	for i := 0; i < spec.Masters*(1+spec.Replicas); i++ {
		dir := tb.TempDir()
		extra := func(int) []string {
			args := []string{"--cluster-enabled", "yes", "--cluster-config-file", dir + "/nodes.conf",
				"--cluster-node-timeout", strconv.FormatInt(spec.NodeTimeout.Milliseconds(), 10),
				// A replica may always take over, however long its link was down.
				"--cluster-replica-validity-factor", "0",
				// The default bus port is port+10000, past 65535 for high ports.
				"--cluster-port", strconv.Itoa(FreePort(tb))}
			if spec.TLS != nil {
				args = append(args, "--tls-cluster", "yes", "--tls-replication", "yes", "--tls-auth-clients", "optional")
			}
			return args
		}
		c.Nodes = append(c.Nodes, launch(tb, launchSpec{tls: spec.TLS, extra: extra}))
	}
	var addrs []string
	for _, n := range c.Nodes {
		addrs = append(addrs, n.Addr)
	}
	args := append([]string{"--cluster", "create"}, addrs...)
	args = append(args, "--cluster-replicas", strconv.Itoa(spec.Replicas), "--cluster-yes")
	if _, err := Cli(c.Nodes[0].Addr, spec.TLS, args...); err != nil {
		tb.Fatalf("create cluster: %v", err)
	}
	// Every node must see the cluster as ok (and know all slots), not only
	// the first: clients may ask any of them.
	for _, n := range c.Nodes {
		waitFor(tb, 60*time.Second, "cluster node "+n.Addr+" ok", func() (bool, string) {
			out, _ := Cli(n.Addr, spec.TLS, "cluster", "info")
			return strings.Contains(out, "cluster_state:ok") && strings.Contains(out, "cluster_slots_ok:16384") &&
				strings.Contains(out, "cluster_known_nodes:"+strconv.Itoa(len(c.Nodes))), out
		})
	}
	for _, n := range c.Nodes {
		waitFor(tb, 60*time.Second, "cluster node "+n.Addr+" replication", func() (bool, string) {
			out, _ := Cli(n.Addr, spec.TLS, "info", "replication")
			return strings.Contains(out, "role:master") || strings.Contains(out, "master_link_status:up"), out
		})
	}
	return c
}

// URL is DOCPIPE_REDIS_URL for the cluster: every node, comma-separated,
// the first as rediss:// when the cluster speaks TLS.
func (c *Cluster) URL() string {
	var addrs []string
	for _, n := range c.Nodes {
		addrs = append(addrs, n.Addr)
	}
	if c.spec.TLS != nil {
		addrs[0] = "rediss://" + addrs[0]
	}
	return strings.Join(addrs, ",")
}

// Cli runs redis-cli against node n of the cluster.
func (c *Cluster) Cli(n *Server, args ...string) (string, error) {
	return Cli(n.Addr, c.spec.TLS, args...)
}

// clusterNode is one line of CLUSTER NODES.
type clusterNode struct {
	addr   string
	master bool
	failed bool
	slots  [][2]int
}

func parseClusterNodes(out string) []clusterNode {
	var nodes []clusterNode
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if len(f) < 8 {
			continue
		}
		addr, _, _ := strings.Cut(f[1], "@")
		n := clusterNode{addr: addr, master: strings.Contains(f[2], "master"), failed: strings.Contains(f[2], "fail")}
		for _, r := range f[8:] {
			if strings.HasPrefix(r, "[") {
				continue // a slot being migrated
			}
			lo, hi, ok := strings.Cut(r, "-")
			a, _ := strconv.Atoi(lo)
			b := a
			if ok {
				b, _ = strconv.Atoi(hi)
			}
			n.slots = append(n.slots, [2]int{a, b})
		}
		nodes = append(nodes, n)
	}
	return nodes
}

// slotOwner is the address of the healthy master serving slot as node via
// sees it, "" when none does.
func (c *Cluster) slotOwner(via *Server, slot int) string {
	out, err := c.Cli(via, "cluster", "nodes")
	if err != nil {
		return ""
	}
	for _, n := range parseClusterNodes(out) {
		if !n.master || n.failed {
			continue
		}
		for _, r := range n.slots {
			if slot >= r[0] && slot <= r[1] {
				return n.addr
			}
		}
	}
	return ""
}

func (c *Cluster) node(addr string) *Server {
	for _, n := range c.Nodes {
		if n.Addr == addr {
			return n
		}
	}
	return nil
}

// MasterFor is the node that serves key now.
func (c *Cluster) MasterFor(tb testing.TB, key string) *Server {
	tb.Helper()
	out, err := c.Cli(c.Nodes[0], "cluster", "keyslot", key)
	if err != nil {
		tb.Fatal(err)
	}
	slot, err := strconv.Atoi(strings.TrimSpace(out))
	if err != nil {
		tb.Fatalf("cluster keyslot %s: %q", key, out)
	}
	n := c.node(c.slotOwner(c.Nodes[0], slot))
	if n == nil {
		tb.Fatalf("no master serves %s (slot %d)", key, slot)
	}
	return n
}

// WaitPromoted waits after dead (a master) was killed until another node
// serves key as master and every live node reports the cluster ok; it
// returns the new master.
func (c *Cluster) WaitPromoted(tb testing.TB, dead *Server, key string, d time.Duration) *Server {
	tb.Helper()
	var live []*Server
	for _, n := range c.Nodes {
		if n != dead {
			live = append(live, n)
		}
	}
	out, _ := c.Cli(live[0], "cluster", "keyslot", key)
	slot, _ := strconv.Atoi(strings.TrimSpace(out))
	var owner string
	waitFor(tb, d, "replica of "+dead.Addr+" promoted", func() (bool, string) {
		owner = c.slotOwner(live[0], slot)
		if owner == "" || owner == dead.Addr {
			return false, "slot " + strconv.Itoa(slot) + " owner " + owner
		}
		for _, n := range live {
			info, _ := c.Cli(n, "cluster", "info")
			if !strings.Contains(info, "cluster_state:ok") {
				return false, n.Addr + ": " + info
			}
		}
		return true, ""
	})
	return c.node(owner)
}

// ACLUser is a Redis ACL user: name, password and its rule (the part after
// the password of ACL SETUSER, e.g. cachelayer.PipelineACL's).
type ACLUser struct {
	Name     string
	Password string
	Rule     string
}

// ACLRedis is a redis-server whose default user is off: a client must log
// in as one of the defined users.
type ACLRedis struct {
	*Server
	// Admin may do everything; tests use it to inspect and to plant keys.
	Admin ACLUser
}

// StartRedisACL starts a redis-server with the default user disabled, an
// admin user, and users. extra are more redis-server arguments.
func StartRedisACL(tb testing.TB, users []ACLUser, extra ...string) *ACLRedis {
	tb.Helper()
	admin := ACLUser{Name: "admin", Password: RandomSecret(tb), Rule: "~* &* +@all"}
	conf := func(int) string {
		var b strings.Builder
		b.WriteString("user default off resetkeys -@all\n")
		for _, u := range append([]ACLUser{admin}, users...) {
			fmt.Fprintf(&b, "user %s on >%s %s\n", u.Name, u.Password, u.Rule)
		}
		return b.String()
	}
	s := launch(tb, launchSpec{conf: conf, extra: func(int) []string { return extra }})
	return &ACLRedis{Server: s, Admin: admin}
}

// URL is a redis:// URL logging in as user with password.
func (r *ACLRedis) URL(user, password string) string {
	return "redis://" + user + ":" + password + "@" + r.Addr
}

// AdminCli runs redis-cli as the admin user.
func (r *ACLRedis) AdminCli(args ...string) (string, error) {
	return Cli(r.Addr, nil, append([]string{"--user", r.Admin.Name, "--pass", r.Admin.Password}, args...)...)
}

// RandomSecret is a fresh password, distinctive enough that a test can
// search logs and output for it.
func RandomSecret(tb testing.TB) string {
	tb.Helper()
	b := make([]byte, 12)
	if _, err := rand.Read(b); err != nil {
		tb.Fatal(err)
	}
	return "pw" + hex.EncodeToString(b)
}

// SentinelSet is a master, a replica and three redis-sentinels watching
// them, all on loopback.
type SentinelSet struct {
	Name      string
	Master    *Server
	Replica   *Server
	Sentinels []*Server
}

// StartSentinel starts a master, its replica and three sentinels (quorum
// 2, down-after 1 s) and waits until the replica is in sync and every
// sentinel knows the replica and the other two sentinels. extra are more
// arguments of the two data nodes.
func StartSentinel(tb testing.TB, extra ...string) *SentinelSet {
	tb.Helper()
	set := &SentinelSet{Name: "docpipe-master"}
	set.Master = StartRedis(tb, extra...)
	set.Replica = StartRedis(tb, append(append([]string{}, extra...), "--replicaof", "127.0.0.1", strconv.Itoa(set.Master.Port))...)
	waitFor(tb, 30*time.Second, "replica in sync", func() (bool, string) {
		out, _ := Cli(set.Replica.Addr, nil, "info", "replication")
		return strings.Contains(out, "master_link_status:up"), out
	})
	for i := 0; i < 3; i++ {
		conf := func(int) string {
			return fmt.Sprintf("sentinel monitor %[1]s 127.0.0.1 %[2]d 2\n"+
				"sentinel down-after-milliseconds %[1]s 1000\n"+
				"sentinel failover-timeout %[1]s 5000\n"+
				"sentinel parallel-syncs %[1]s 1\n", set.Name, set.Master.Port)
		}
		set.Sentinels = append(set.Sentinels, launch(tb, launchSpec{conf: conf, sentinel: true}))
	}
	for _, s := range set.Sentinels {
		waitFor(tb, 60*time.Second, "sentinel "+s.Addr+" sees the set", func() (bool, string) {
			out, _ := Cli(s.Addr, nil, "sentinel", "master", set.Name)
			lines := strings.Split(strings.TrimSpace(out), "\n")
			fields := map[string]string{}
			for i := 0; i+1 < len(lines); i += 2 {
				fields[strings.TrimSpace(lines[i])] = strings.TrimSpace(lines[i+1])
			}
			return fields["num-slaves"] == "1" && fields["num-other-sentinels"] == "2", out
		})
	}
	return set
}

// URL is DOCPIPE_REDIS_URL for the set: the sentinels' addresses.
func (s *SentinelSet) URL() string {
	var addrs []string
	for _, n := range s.Sentinels {
		addrs = append(addrs, n.Addr)
	}
	return strings.Join(addrs, ",")
}

// MasterAddr is the master's address as the first live sentinel names it.
func (s *SentinelSet) MasterAddr() string {
	for _, n := range s.Sentinels {
		out, err := Cli(n.Addr, nil, "sentinel", "get-master-addr-by-name", s.Name)
		if err != nil {
			continue
		}
		f := strings.Fields(out)
		if len(f) == 2 {
			return f[0] + ":" + f[1]
		}
	}
	return ""
}

// WaitFailover waits until the sentinels name a master other than old and
// that node answers as a master.
func (s *SentinelSet) WaitFailover(tb testing.TB, old string, d time.Duration) string {
	tb.Helper()
	var now string
	waitFor(tb, d, "sentinel failover from "+old, func() (bool, string) {
		now = s.MasterAddr()
		if now == "" || now == old {
			return false, "master " + now
		}
		out, _ := Cli(now, nil, "info", "replication")
		return strings.Contains(out, "role:master"), out
	})
	return now
}
