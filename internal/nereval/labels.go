// Package nereval is the measuring stick for entity extraction: it loads
// hand-made entity-level labels (docs/entity-guidelines.md), scores a
// system's entities against them per document and per type with one-to-one
// matching, derives entity-level gold from CoNLL token labels (FIN5), and
// projects entity labels back onto a document's tokens as BIO tags so that
// a tagger can be trained on the same labels it is judged by.
package nereval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// Format is the value of the "format" field this package reads; a label
// file of another format is refused rather than half-understood.
const Format = "docpipe-entities/v1"

// Entity types, the same strings as stages/extract's (kept here so that
// labels do not depend on the extractor they judge).
const (
	TypePerson   = "PERSON"
	TypeOrg      = "ORG"
	TypeLocation = "LOCATION"
	TypeDate     = "DATE"
	TypeMoney    = "MONEY"
	TypeLaw      = "LAW"
	TypeCase     = "CASE"
	TypeCourt    = "COURT"
)

// Types lists every type a label may have, in report order.
var Types = []string{TypePerson, TypeOrg, TypeLocation, TypeCourt, TypeCase, TypeLaw, TypeDate, TypeMoney}

// Roles lists the values the optional role field may take.
var Roles = []string{"", "party", "judge", "attorney", "firm", "court-staff",
	"this-court", "lower-court", "this-case", "lower-case", "cited"}

// TextSourceOCR marks a label file of a scanned document.
const TextSourceOCR = "ocr"

// ErrInvalid is wrapped by every error about a label file's content (as
// opposed to an error reading it).
var ErrInvalid = errors.New("invalid label file")

// Entity is one real-world entity of a document: its type, canonical name
// and every surface form under which the document names it.
type Entity struct {
	Type string `json:"type"`
	// Name is the canonical name; it need not occur in the text.
	Name string `json:"name"`
	// Aliases are surface forms exactly as they occur in the text (runs of
	// whitespace are equivalent). At least one.
	Aliases []string `json:"aliases"`
	// Role is what the entity is to this document (see Roles); the
	// scorer ignores it.
	Role string `json:"role,omitempty"`
	// Note is the annotator's comment.
	Note string `json:"note,omitempty"`
}

// Forms returns the name followed by the aliases, without repeats.
func (e Entity) Forms() []string {
	out := make([]string, 0, len(e.Aliases)+1)
	seen := map[string]bool{}
	for _, f := range append([]string{e.Name}, e.Aliases...) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// Doc is the labels of one document.
type Doc struct {
	Format   string `json:"format"`
	Document string `json:"document"`
	// Source is the labelled file relative to the shared corpus directory.
	Source string `json:"source"`
	// SHA256 is the hex digest of the source file the labels were made on.
	SHA256    string `json:"sha256"`
	Guideline string `json:"guideline,omitempty"`
	// Group names documents that share their text (a scan and the
	// text-layer PDF of the same opinion): leave-one-out holds the whole
	// group out, so a tagger is never scored on a text it trained on.
	Group string `json:"group,omitempty"`
	// TextSource is "" for a PDF with a text layer, or "ocr" for a scan
	// whose text only the ocr stage (Tesseract) gives; its aliases are
	// written as that OCR text reads.
	TextSource string `json:"text_source,omitempty"`
	// NonEntities are surface forms that look like an alias but are not a
	// mention where they occur ("Standard of Review" beside the party
	// "Standard"): projection leaves them O. The scorer does not use them.
	NonEntities []string `json:"non_entities,omitempty"`
	Entities    []Entity `json:"entities"`
}

// Count returns the number of entities of each type.
func (d Doc) Count() map[string]int {
	n := map[string]int{}
	for _, e := range d.Entities {
		n[e.Type]++
	}
	return n
}

// maxLabelBytes bounds a label file; ours are a few KB.
const maxLabelBytes = 8 << 20

// Decode reads and validates one label document. Unknown fields, an
// unknown format or type, an entity without aliases, an empty or
// non-UTF-8 string, or trailing data are errors wrapping ErrInvalid.
func Decode(r io.Reader) (Doc, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxLabelBytes+1))
	if err != nil {
		return Doc{}, fmt.Errorf("nereval: read labels: %w", err)
	}
	if len(data) > maxLabelBytes {
		return Doc{}, fmt.Errorf("nereval: labels larger than %d bytes: %w", maxLabelBytes, ErrInvalid)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var d Doc
	if err := dec.Decode(&d); err != nil {
		return Doc{}, fmt.Errorf("nereval: decode labels: %v: %w", err, ErrInvalid)
	}
	if dec.More() {
		return Doc{}, fmt.Errorf("nereval: data after the label document: %w", ErrInvalid)
	}
	if err := d.Validate(); err != nil {
		return Doc{}, err
	}
	return d, nil
}

// Validate checks a label document against the format's rules.
func (d Doc) Validate() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("nereval: %s: %s: %w", d.Document, fmt.Sprintf(format, args...), ErrInvalid))
	}
	if d.Format != Format {
		bad("format %q, want %q", d.Format, Format)
	}
	if d.TextSource != "" && d.TextSource != TextSourceOCR {
		bad("text_source %q, want empty or %q", d.TextSource, TextSourceOCR)
	}
	if strings.TrimSpace(d.Document) == "" {
		bad("document name is empty")
	}
	if d.SHA256 != "" && (len(d.SHA256) != 64 || strings.Trim(d.SHA256, "0123456789abcdef") != "") {
		bad("sha256 %q is not 64 lower-case hex digits", d.SHA256)
	}
	types := map[string]bool{}
	for _, t := range Types {
		types[t] = true
	}
	roles := map[string]bool{}
	for _, r := range Roles {
		roles[r] = true
	}
	for _, f := range d.NonEntities {
		if strings.TrimSpace(f) == "" || !utf8.ValidString(f) {
			bad("empty or invalid non-entity %q", f)
		}
	}
	for i, e := range d.Entities {
		if !types[e.Type] {
			bad("entity %d (%q): unknown type %q", i, e.Name, e.Type)
		}
		if !roles[e.Role] {
			bad("entity %d (%q): unknown role %q", i, e.Name, e.Role)
		}
		if len(e.Aliases) == 0 {
			bad("entity %d (%q): no aliases", i, e.Name)
		}
		for _, f := range e.Forms() {
			if strings.TrimSpace(f) == "" || !utf8.ValidString(f) {
				bad("entity %d (%q): empty or invalid form %q", i, e.Name, f)
			} else if Normalize(e.Type, f) == "" {
				bad("entity %d (%q): form %q is only punctuation", i, e.Name, f)
			}
		}
	}
	return errors.Join(errs...)
}

// AliasInText reports whether an alias occurs in a label file's source
// text as whole words, as the guideline wants it written: runs of
// whitespace compare equal, and no letter or digit may touch it on either
// side ("ABC News" is not in "ByABC News").
func AliasInText(text, alias string) bool {
	text = " " + strings.Join(strings.Fields(text), " ") + " "
	s := strings.Join(strings.Fields(alias), " ")
	for i := 0; s != ""; {
		j := strings.Index(text[i:], s)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(text[:j])
		after, _ := utf8.DecodeRuneInString(text[j+len(s):])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		i = j + 1
	}
	return false
}

// LoadFile reads one label file.
func LoadFile(path string) (Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return Doc{}, fmt.Errorf("nereval: %w", err)
	}
	defer f.Close()
	d, err := Decode(f)
	if err != nil {
		return Doc{}, fmt.Errorf("%s: %w", path, err)
	}
	if want := strings.TrimSuffix(filepath.Base(path), ".json"); d.Document != want {
		return Doc{}, fmt.Errorf("nereval: %s: document %q does not match the file name: %w", path, d.Document, ErrInvalid)
	}
	return d, nil
}

// LoadDir reads every *.json label file of a directory, sorted by
// document name. A directory without label files is an error: scoring
// against nothing would report a meaningless perfect score.
func LoadDir(dir string) ([]Doc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("nereval: %w", err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("nereval: no label files in %s", dir)
	}
	docs := make([]Doc, 0, len(paths))
	for _, p := range paths {
		d, err := LoadFile(p)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].Document < docs[j].Document })
	return docs, nil
}
