package main

import (
	"bytes"
	"context"
	"testing"

	"github.com/docpipe/docpipe/cachelayer"
)

// docpipe acl prints the rules operations.md documents, for the
// configured prefix.
func TestACLCommand(t *testing.T) {
	t.Setenv("DOCPIPE_PREFIX", "acme")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"acl"}, "ACL SETUSER docpipe on >PASSWORD " + cachelayer.PipelineACL("acme") + "\n"},
		{[]string{"acl", "--read-only"}, "ACL SETUSER docpipe-ro on >PASSWORD " + cachelayer.ReadOnlyACL("acme") + "\n"},
		{[]string{"acl", "--user", "ingester"}, "ACL SETUSER ingester on >PASSWORD " + cachelayer.PipelineACL("acme") + "\n"},
	} {
		var out, errb bytes.Buffer
		if err := dispatch(context.Background(), tc.args, &out, &errb); err != nil || out.String() != tc.want {
			t.Errorf("%v: %v\n%q\nwant %q", tc.args, err, out.String(), tc.want)
		}
	}
}
