package pdfscan

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/filter"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// pdfcpu would otherwise create and read a configuration directory under
// the user's home on first use: a scanner in a server needs neither.
func init() { api.DisableConfigDir() }

// ErrEncrypted means the file is encrypted with a user password: files
// that open with the empty password are decrypted and scanned.
var ErrEncrypted = errors.New("pdfscan: encrypted file")

// ErrNoPages means no page tree was found.
var ErrNoPages = errors.New("pdfscan: no page tree")

// ErrUnreadable means the file's objects could not be read: no usable
// cross-reference table and none could be rebuilt.
var ErrUnreadable = errors.New("pdfscan: unreadable file")

// errBudget means the decoded data of the file exceeded Limits.MaxDecoded.
var errBudget = errors.New("pdfscan: decoded data over the limit")

// file is one PDF read by pdfcpu, with the scan's budgets.
type file struct {
	xt     *model.XRefTable
	page   []byte // the decoded content of the page being read, reused
	budget int    // bytes of decoded stream data still allowed
	ops    int    // content operators still allowed
}

// readFile reads data's objects with pdfcpu: cross-reference tables and
// streams (rebuilt from the objects when broken), object streams, and
// decryption with the empty user password.
func readFile(data []byte, maxDecoded int) (*file, error) {
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	conf.Limits.MaxDecodeBytes = int64(maxDecoded)
	conf.Limits.MaxStreamBytes = int64(maxDecoded)
	ctx, err := api.ReadContext(bytes.NewReader(data), conf)
	switch {
	case errors.Is(err, pdfcpu.ErrWrongPassword), errors.Is(err, pdfcpu.ErrEncrypted):
		return nil, fmt.Errorf("%w: %v", ErrEncrypted, err)
	case err != nil && bytes.Contains(data, []byte("/Encrypt")):
		// An encryption pdfcpu cannot set up (an unknown handler, a
		// damaged dictionary): the objects cannot be read either way.
		return nil, fmt.Errorf("%w: %v", ErrEncrypted, err)
	case errors.Is(err, filter.ErrDecodeLimitExceeded):
		return nil, errBudget
	case err != nil:
		return nil, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	return &file{xt: ctx.XRefTable, budget: maxDecoded}, nil
}

// resolve follows indirect references (a bounded number of hops); a
// reference to a missing object is null.
func (f *file) resolve(o types.Object) types.Object {
	for range 16 {
		r, ok := o.(types.IndirectRef)
		if !ok {
			return o
		}
		var err error
		if o, err = f.xt.Dereference(r); err != nil {
			return nil
		}
	}
	return nil
}

func (f *file) dictOf(o types.Object) types.Dict {
	switch x := f.resolve(o).(type) {
	case types.Dict:
		return x
	case types.StreamDict:
		return x.Dict
	}
	return nil
}

// streamOf returns the stream o refers to and its object number, the
// key of the form cache (streams are always indirect).
func (f *file) streamOf(o types.Object) (*types.StreamDict, int) {
	r, ok := o.(types.IndirectRef)
	if !ok {
		return nil, 0
	}
	s, ok := f.resolve(r).(types.StreamDict)
	if !ok {
		return nil, 0
	}
	return &s, r.ObjectNumber.Value()
}

func (f *file) num(o types.Object) (float64, bool) {
	switch x := f.resolve(o).(type) {
	case types.Integer:
		return float64(x), true
	case types.Float:
		return float64(x), true
	}
	return 0, false
}

func (f *file) nameOf(o types.Object) (string, bool) {
	n, ok := f.resolve(o).(types.Name)
	return string(n), ok
}

func (f *file) arrayOf(o types.Object) types.Array {
	a, _ := f.resolve(o).(types.Array)
	return a
}

// refNum is the object number of a reference, or -1.
func refNum(o types.Object) int {
	if r, ok := o.(types.IndirectRef); ok {
		return r.ObjectNumber.Value()
	}
	return -1
}

// decode returns a stream's decoded data, charged to the file's budget.
// Images' filters (DCT, JBIG2, CCITT, JPX) are not decoded: the scanner
// never reads those streams.
func (f *file) decode(s *types.StreamDict) ([]byte, error) {
	if f.budget <= 0 {
		return nil, errBudget
	}
	err := s.DecodeWithLimit(int64(f.budget))
	if errors.Is(err, filter.ErrDecodeLimitExceeded) {
		return nil, errBudget
	}
	if err != nil {
		return nil, fmt.Errorf("pdfscan: %w", err)
	}
	if f.budget -= len(s.Content); f.budget < 0 {
		return nil, errBudget
	}
	return s.Content, nil
}
