package ocr

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"github.com/docpipe/docpipe/stages"
)

// Child is a document inside another: an e-mail's (or .msg's) attachment,
// a file embedded in a DOCX or ODT. The runtime turns each into a document
// of its own with Input{Data: <root bytes>, Part: child.Spec()}.
type Child struct {
	// Part is the path of the child from the root document: "2" is the
	// root's second child, "2/1" the first child of that one.
	Part        string `json:"part"`
	Name        string `json:"name"`         // file name as the parent gives it (may be empty)
	ContentType string `json:"content_type"` // detected from the content
	Size        int64  `json:"size"`
	SHA256      string `json:"sha256"` // hex digest of the child's bytes
}

// specDigestLen is how many hex digits of the SHA-256 a part spec carries:
// 64 bits, enough to tell that a part is not the one listed.
const specDigestLen = 16

// Spec is the part spec the runtime puts in Input.Part to process the
// child: "<part>@<first 16 hex digits of its sha256>". The digest makes a
// changed parent (a re-ingest of a file whose attachments moved) fail
// with "part changed" instead of reading another attachment.
func (c Child) Spec() string { return ChildSpec(c) }

// ChildSpec is Child.Spec as a function, for callers that hold a Child
// by value in another type.
func ChildSpec(c Child) string {
	d := c.SHA256
	if len(d) > specDigestLen {
		d = d[:specDigestLen]
	}
	return c.Part + "@" + d
}

// ErrPartChanged is wrapped by the permanent error of a part whose bytes no
// longer match the digest of its spec.
var ErrPartChanged = errors.New("part changed")

// partSpec is a parsed Input.Part.
type partSpec struct {
	path   []int // 1-based indexes, root first
	digest string
}

func parsePartSpec(s string) (partSpec, error) {
	path, digest, ok := strings.Cut(s, "@")
	if !ok || len(digest) < 8 || len(digest) > 64 {
		return partSpec{}, fmt.Errorf("part spec %q: want <path>@<sha256 prefix>", s)
	}
	if _, err := hex.DecodeString(digest); err != nil && len(digest)%2 == 0 {
		return partSpec{}, fmt.Errorf("part spec %q: digest is not hex", s)
	}
	var ps partSpec
	ps.digest = strings.ToLower(digest)
	for _, f := range strings.Split(path, "/") {
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 {
			return partSpec{}, fmt.Errorf("part spec %q: %q is not a part number", s, f)
		}
		ps.path = append(ps.path, n)
	}
	return ps, nil
}

// rawChild is a child's bytes as its parent's reader found them.
type rawChild struct {
	name string
	data []byte
	skip string // why the child could not be read (over the size limit, damaged); data is nil
}

func sha256Hex(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// resolvePart follows a part spec from the root bytes to the part and
// checks its digest. It returns the part as an Input.
func (s *Stage) resolvePart(ctx context.Context, in Input) (Input, error) {
	ps, err := parsePartSpec(in.Part)
	if err != nil {
		return Input{}, stages.Permanent("bad part spec", err)
	}
	if len(ps.path) > s.cfg.MaxChildDepth {
		return Input{}, stages.Permanentf("part %s is nested %d deep, limit %d", in.Part, len(ps.path), s.cfg.MaxChildDepth)
	}
	// The root is detected from its own bytes and name: in.ContentType is
	// the part's type (the runtime passes the one found with the child),
	// and as the root's hint it would read an e-mail as the PDF it carries.
	cur := Input{Name: in.Name, Data: in.Data}
	for depth, idx := range ps.path {
		kids, err := s.rawChildren(ctx, cur)
		if err != nil {
			return Input{}, err
		}
		if idx > len(kids) {
			return Input{}, stages.Permanent(fmt.Sprintf("part %s: the document at depth %d has %d children", in.Part, depth, len(kids)), ErrPartChanged)
		}
		k := kids[idx-1]
		if k.skip != "" {
			return Input{}, stages.Permanentf("part %s (%q) cannot be read: %s", in.Part, k.name, k.skip)
		}
		cur = Input{Name: k.name, Data: k.data}
	}
	if got := sha256Hex(cur.Data); !strings.HasPrefix(got, ps.digest) {
		return Input{}, stages.Permanent(fmt.Sprintf("part %s: sha256 is %s", in.Part, got[:specDigestLen]), ErrPartChanged)
	}
	cur.Part = in.Part
	return cur, nil
}

// rawChildren lists the children of one document, in their order, within
// the limits (count and bytes; beyond them a child is left out and the
// stage logs it; the parent still completes).
func (s *Stage) rawChildren(ctx context.Context, in Input) ([]rawChild, error) {
	var (
		kids []rawChild
		err  error
	)
	switch detect(in) {
	case kindEML:
		kids, err = emlChildren(in.Data)
	case kindMSG:
		var eml []byte
		if eml, err = s.msgToEML(ctx, in.Data); err == nil {
			kids, err = emlChildren(eml)
		}
	case kindDOCX:
		kids, err = zipChildren(in.Data, "word/embeddings/", s.cfg.MaxChildBytes)
	case kindODT:
		kids, err = odtChildren(in.Data, s.cfg.MaxChildBytes)
	}
	for i := range kids {
		if kids[i].skip == "" && int64(len(kids[i].data)) > s.cfg.MaxChildBytes {
			kids[i] = rawChild{name: kids[i].name, skip: fmt.Sprintf("%d bytes, limit %d", len(kids[i].data), s.cfg.MaxChildBytes)}
		}
	}
	if err != nil {
		return nil, err
	}
	return kids, nil
}

// children describes the direct children of a document for Result.Children,
// within Config's count and size limits. prefix is the document's own part
// path ("" for a root).
func (s *Stage) children(ctx context.Context, in Input, prefix string) ([]Child, error) {
	depth := 0
	if prefix != "" {
		depth = strings.Count(prefix, "/") + 1
	}
	if depth >= s.cfg.MaxChildDepth {
		return nil, nil
	}
	kids, err := s.rawChildren(ctx, in)
	if err != nil {
		return nil, err
	}
	var out []Child
	for i, k := range kids {
		if len(out) >= s.cfg.MaxChildren {
			slog.Warn("ocr: child documents left out: count limit", "limit", s.cfg.MaxChildren, "children", len(kids), "parent_part", prefix)
			break
		}
		if k.skip != "" {
			slog.Warn("ocr: child document left out", "name", k.name, "reason", k.skip, "parent_part", prefix)
			continue
		}
		part := strconv.Itoa(i + 1)
		if prefix != "" {
			part = prefix + "/" + part
		}
		out = append(out, Child{
			Part:        part,
			Name:        k.name,
			ContentType: detect(Input{Name: k.name, Data: k.data}).contentType(),
			Size:        int64(len(k.data)),
			SHA256:      sha256Hex(k.data),
		})
	}
	return out, nil
}
