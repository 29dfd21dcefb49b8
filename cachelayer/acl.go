package cachelayer

import "strings"

// The Redis commands docpipe sends, by who sends them. They are the one
// source of the ACL rules in docs/operations.md (a test compares the two)
// and of the ACL users the tests run the whole pipeline as: a command
// added to the runtime but not here fails those tests with NOPERM.
var (
	// aclConnection is what any client needs to connect: rueidis's HELLO
	// handshake and client name, PING, the cluster topology, the role check
	// after a Sentinel switch, and INFO (the maxmemory-policy check at
	// start, the sampler's used_memory). rueidis also sends CLIENT SETINFO
	// and ignores its refusal; Redis 7.0 does not know the command, so it
	// is not in the rule.
	aclConnection = []string{
		"hello", "auth", "ping", "select", "client|setname", "client|id",
		"cluster|slots", "cluster|shards", "asking", "role", "info",
	}
	// aclPipeline is what `docpipe run`, `ingest`, `reprocess` and `dlq`
	// send: streams and consumer groups, outputs and state, the
	// transition scripts (EVALSHA, and EVAL/SCRIPT LOAD when a restarted
	// or failed-over Redis lost its script cache).
	aclPipeline = []string{
		"xadd", "xreadgroup", "xread", "xack", "xautoclaim", "xclaim", "xpending", "xrange", "xlen",
		"xtrim", "xdel", "xgroup|create", "xgroup|createconsumer", "xgroup|delconsumer",
		"xinfo|groups", "xinfo|consumers", "xinfo|stream",
		"get", "set", "mget", "del", "exists", "type", "pttl", "pexpire", "persist",
		"hget", "hmget", "hset", "hgetall", "memory|usage", "time",
		"evalsha", "eval", "script|load",
	}
	// aclReadOnly is what `docpipe status`, `stats` and the monitor send:
	// reads of state, locks and streams, never a write.
	aclReadOnly = []string{
		"get", "mget", "exists", "type", "pttl", "hget", "hmget", "hgetall",
		"xlen", "xrange", "xread", "xpending", "xinfo|groups", "xinfo|consumers", "xinfo|stream", "memory|usage",
	}
)

// PipelineACL is the ACL SETUSER rule (without the user name and password)
// of docpipe's least-privilege user under prefix: its own keys only, no
// Pub/Sub channels, and exactly the commands above. No FLUSHALL, CONFIG,
// KEYS, SCAN or any administrative command.
func PipelineACL(prefix string) string {
	return aclRule("~"+NewKeys(prefix).Prefix+":*", aclConnection, aclPipeline)
}

// ReadOnlyACL is the ACL SETUSER rule of a user for docpipe status, stats
// and the monitor: read-only access (%R~) to the prefix's keys and read
// commands only.
func ReadOnlyACL(prefix string) string {
	return aclRule("%R~"+NewKeys(prefix).Prefix+":*", aclConnection, aclReadOnly)
}

func aclRule(keys string, groups ...[]string) string {
	parts := []string{"resetkeys", keys, "resetchannels", "-@all"}
	seen := map[string]bool{}
	for _, g := range groups {
		for _, c := range g {
			if !seen[c] {
				seen[c] = true
				parts = append(parts, "+"+c)
			}
		}
	}
	return strings.Join(parts, " ")
}
