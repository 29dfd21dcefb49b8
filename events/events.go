// Package events is docpipe's wire format: the ingest event that producers
// XADD to the public ingest stream, the stage event that stages pass along
// their per-partition streams, validation with clear errors, the
// deterministic document id and the partition function.
//
// Events are flat string fields so that they read well in redis-cli. Fields
// this version does not know are carried along unchanged.
package events

import (
	"errors"
	"fmt"
	"hash/fnv"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/google/uuid"
)

// SchemaVersion is the version of the stage event schema this build writes.
const SchemaVersion = "1"

// Stage names, in pipeline order.
const (
	StageOCR     = "ocr"
	StageText    = "text"
	StageChunk   = "chunk"
	StageExtract = "extract"
	StageResolve = "resolve"
	StageRelate  = "relate"
)

// Stages lists the six stages in order.
var Stages = []string{StageOCR, StageText, StageChunk, StageExtract, StageResolve, StageRelate}

// IsStage reports whether name is one of the six stages.
func IsStage(name string) bool { return StageIndex(name) >= 0 }

// StageIndex is the position of name in Stages, or -1.
func StageIndex(name string) int {
	for i, s := range Stages {
		if s == name {
			return i
		}
	}
	return -1
}

// Next is the stage after name, or "" for the last stage.
func Next(name string) string {
	i := StageIndex(name)
	if i < 0 || i+1 >= len(Stages) {
		return ""
	}
	return Stages[i+1]
}

// Previous is the stage before name, or "" for the first stage.
func Previous(name string) string {
	i := StageIndex(name)
	if i <= 0 {
		return ""
	}
	return Stages[i-1]
}

// ErrMalformed is wrapped by every validation error: the event can never be
// processed, so the runtime dead-letters it at once.
var ErrMalformed = errors.New("malformed event")

func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, args...))
}

// Limits bounds what a decoder accepts.
type Limits struct {
	MaxFieldBytes int // longest accepted field value; default 64 KiB
	MaxFields     int // most accepted fields; default 256
}

func (l Limits) withDefaults() Limits {
	if l.MaxFieldBytes <= 0 {
		l.MaxFieldBytes = 64 << 10
	}
	if l.MaxFields <= 0 {
		l.MaxFields = 256
	}
	return l
}

func (l Limits) check(f map[string]string) error {
	l = l.withDefaults()
	if len(f) > l.MaxFields {
		return malformed("%d fields, more than the limit of %d", len(f), l.MaxFields)
	}
	for k, v := range f {
		if len(v) > l.MaxFieldBytes || len(k) > l.MaxFieldBytes {
			return malformed("field %.64q is %d bytes, more than the limit of %d", k, len(v), l.MaxFieldBytes)
		}
	}
	return nil
}

// Ingest is what a producer adds to the ingest stream. A producer's own
// data travels only under meta.*: every other field name is either one of
// the fields below or refused (see Reserved), so that no producer can set a
// field the runtime writes itself, such as the output key a stage reads.
type Ingest struct {
	Source string // required: a path or file:// URI
	DocID  string // optional UUID; derived from Source when empty
	// Version is the processing version; 0 when the producer gave none, and
	// the runtime then keeps the document's current version (1 for a new
	// document), so a plain re-ingest never undoes a reprocess.
	Version     int64
	ContentType string // optional MIME type hint
	RerunFrom   string // optional stage whose key is salted (reprocess)
	RerunSalt   string // salt for RerunFrom; set by `docpipe reprocess`
	// Part names a document inside Source (an e-mail's attachment, a file
	// embedded in an office document): the first stage reads that part of
	// the source. The runtime adds such entries for the children it finds.
	Part string
	// Parent is the id of the document Part was found in.
	Parent string
	Meta   map[string]string // meta.* fields, without the prefix
}

// Ingest field names.
const (
	FieldSource      = "source"
	FieldDocID       = "doc_id"
	FieldVersion     = "version"
	FieldContentType = "content_type"
	FieldRerunFrom   = "rerun_from"
	FieldRerunSalt   = "rerun_salt"
	FieldPart        = "part"
	FieldParent      = "parent"
	metaPrefix       = "meta."
)

// reservedPrefixes are field name prefixes the runtime writes on entries it
// adds (dead letters).
var reservedPrefixes = []string{"dlq."}

// Reserved reports whether name is a field the runtime writes itself on the
// events it emits (doc, v, stage, key, src, trace, schema, and the dlq.*
// fields of dead letters). An ingest entry that carries one is refused: a
// producer's "key" would otherwise point a document at another document's
// cached outputs.
func Reserved(name string) bool {
	switch name {
	case FieldDoc, FieldV, FieldStage, FieldKey, FieldSrc, FieldTrace, FieldSchema:
		return true
	}
	for _, p := range reservedPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// SourcePath turns a source field (a path or file:// URI) into a clean path.
func SourcePath(source string) (string, error) {
	s := source
	if strings.HasPrefix(s, "file://") {
		s = strings.TrimPrefix(s, "file://")
	} else if i := strings.Index(s, "://"); i > 0 && !strings.ContainsAny(s[:i], "/\\") {
		return "", malformed("source %q: only paths and file:// URIs are supported", source)
	}
	if s == "" {
		return "", malformed("source is empty")
	}
	return filepath.Clean(s), nil
}

// ChildID derives the id of the document found as part of parent: a
// UUIDv5 of the parent's id and the part's spec (which names its position
// and content), so re-reading the parent finds the same children.
func ChildID(parent, part string) string {
	return uuid.NewSHA1(uuid.NameSpaceURL, []byte("docpipe:part:"+parent+"/"+part)).String()
}

// DocIDFor derives the document id of a source: a UUIDv5 of its clean path in
// the URL namespace, so re-adding the same source is idempotent.
func DocIDFor(source string) string {
	p, err := SourcePath(source)
	if err != nil {
		p = source
	}
	return uuid.NewSHA1(uuid.NameSpaceURL, []byte("file://"+p)).String()
}

// DecodeIngest validates the fields of an ingest entry.
func DecodeIngest(f map[string]string, lim Limits) (Ingest, error) {
	if err := lim.check(f); err != nil {
		return Ingest{}, err
	}
	var in Ingest
	for k, v := range f {
		switch {
		case k == FieldSource:
			in.Source = v
		case k == FieldDocID:
			in.DocID = v
		case k == FieldVersion:
			n, err := parseVersion(k, v)
			if err != nil {
				return Ingest{}, err
			}
			in.Version = n
		case k == FieldContentType:
			in.ContentType = v
		case k == FieldRerunFrom:
			in.RerunFrom = v
		case k == FieldRerunSalt:
			in.RerunSalt = v
		case k == FieldPart:
			in.Part = v
		case k == FieldParent:
			in.Parent = v
		case strings.HasPrefix(k, metaPrefix) && len(k) > len(metaPrefix):
			if in.Meta == nil {
				in.Meta = map[string]string{}
			}
			in.Meta[strings.TrimPrefix(k, metaPrefix)] = v
		case Reserved(k):
			return Ingest{}, malformed("field %q is reserved: the runtime writes it itself; put your own data under meta.*", k)
		default:
			return Ingest{}, malformed("unknown field %.64q: an ingest entry has source, doc_id, version, content_type, rerun_from and meta.* fields; put your own data under meta.*", k)
		}
	}
	if in.Source == "" {
		return Ingest{}, malformed("missing required field %q", FieldSource)
	}
	if _, err := SourcePath(in.Source); err != nil {
		return Ingest{}, err
	}
	if in.DocID == "" {
		in.DocID = DocIDFor(in.Source)
	} else {
		var err error
		if in.DocID, err = parseUUID(FieldDocID, in.DocID); err != nil {
			return Ingest{}, err
		}
	}
	if in.RerunFrom != "" && !IsStage(in.RerunFrom) {
		return Ingest{}, malformed("rerun_from %q is not a stage (one of %s)", in.RerunFrom, strings.Join(Stages, ", "))
	}
	if in.Parent != "" {
		var err error
		if in.Parent, err = parseUUID(FieldParent, in.Parent); err != nil {
			return Ingest{}, err
		}
		if in.Part == "" {
			return Ingest{}, malformed("parent %s without a part", in.Parent)
		}
	}
	return in, nil
}

// Fields encodes in for XADD.
func (in Ingest) Fields() []string {
	out := []string{FieldSource, in.Source}
	if in.Version > 0 {
		out = append(out, FieldVersion, strconv.FormatInt(in.Version, 10))
	}
	out = appendSet(out, FieldDocID, in.DocID, FieldContentType, in.ContentType,
		FieldRerunFrom, in.RerunFrom, FieldRerunSalt, in.RerunSalt, FieldPart, in.Part, FieldParent, in.Parent)
	for _, k := range sortedKeys(in.Meta) {
		out = append(out, metaPrefix+k, in.Meta[k])
	}
	return out
}

// Stage event field names.
const (
	FieldDoc    = "doc"
	FieldV      = "v"
	FieldStage  = "stage"
	FieldKey    = "key"
	FieldSrc    = "src"
	FieldTrace  = "trace"
	FieldSchema = "schema"
)

// Event is what a stage emits for the next one (and on the completed stream).
type Event struct {
	Doc         string
	Version     int64
	Stage       string // the producing stage
	Key         string // the producer's output key
	Source      string
	Trace       string
	Schema      string
	ContentType string
	RerunFrom   string
	RerunSalt   string
	Extra       map[string]string // unknown and meta.* fields, carried along
}

// DecodeEvent validates the fields of a stage event.
func DecodeEvent(f map[string]string, lim Limits) (Event, error) {
	if err := lim.check(f); err != nil {
		return Event{}, err
	}
	var e Event
	for k, v := range f {
		switch k {
		case FieldDoc:
			e.Doc = v
		case FieldV:
			n, err := parseVersion(k, v)
			if err != nil {
				return Event{}, err
			}
			e.Version = n
		case FieldStage:
			e.Stage = v
		case FieldKey:
			e.Key = v
		case FieldSrc:
			e.Source = v
		case FieldTrace:
			e.Trace = v
		case FieldSchema:
			e.Schema = v
		case FieldContentType:
			e.ContentType = v
		case FieldRerunFrom:
			e.RerunFrom = v
		case FieldRerunSalt:
			e.RerunSalt = v
		default:
			if e.Extra == nil {
				e.Extra = map[string]string{}
			}
			e.Extra[k] = v
		}
	}
	switch {
	case e.Doc == "":
		return Event{}, malformed("missing required field %q", FieldDoc)
	case e.Stage == "":
		return Event{}, malformed("missing required field %q", FieldStage)
	case e.Key == "":
		return Event{}, malformed("missing required field %q", FieldKey)
	}
	var err error
	if e.Doc, err = parseUUID(FieldDoc, e.Doc); err != nil {
		return Event{}, err
	}
	if !IsStage(e.Stage) {
		return Event{}, malformed("stage %q is not a stage (one of %s)", e.Stage, strings.Join(Stages, ", "))
	}
	if e.RerunFrom != "" && !IsStage(e.RerunFrom) {
		return Event{}, malformed("rerun_from %q is not a stage", e.RerunFrom)
	}
	if e.Version == 0 {
		e.Version = 1
	}
	return e, nil
}

// Fields encodes e for XADD.
func (e Event) Fields() []string {
	out := make([]string, 0, 16+2*len(e.Extra))
	out = append(out,
		FieldDoc, e.Doc,
		FieldV, strconv.FormatInt(e.Version, 10),
		FieldStage, e.Stage,
		FieldKey, e.Key,
		FieldSchema, SchemaVersion,
	)
	out = appendSet(out, FieldSrc, e.Source, FieldTrace, e.Trace, FieldContentType, e.ContentType,
		FieldRerunFrom, e.RerunFrom, FieldRerunSalt, e.RerunSalt)
	for _, k := range sortedKeys(e.Extra) {
		out = append(out, k, e.Extra[k])
	}
	return out
}

// Partition is the partition of a document: FNV-1a of its id modulo p.
func Partition(docID string, p int) int {
	if p <= 1 {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(docID))
	return int(h.Sum32() % uint32(p))
}

// parseVersion reads a non-negative integer field.
func parseVersion(name, v string) (int64, error) {
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		return 0, malformed("%s %q is not a non-negative integer", name, v)
	}
	return n, nil
}

// parseUUID validates a UUID field and returns its canonical form.
func parseUUID(name, v string) (string, error) {
	u, err := uuid.Parse(v)
	if err != nil {
		return "", malformed("%s %q is not a UUID", name, v)
	}
	return u.String(), nil
}

// appendSet appends the field/value pairs of kv whose value is not empty.
func appendSet(out []string, kv ...string) []string {
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			out = append(out, kv[i], kv[i+1])
		}
	}
	return out
}

func sortedKeys(m map[string]string) []string {
	if len(m) == 0 {
		return nil
	}
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
