// Package stages holds what the six processing steps share: the typed Stage
// contract and the permanent error that marks bad input. The steps themselves
// live in the sub-packages ocr, text, chunk, extract, resolve and relate; none
// of them knows about Redis or ClickHouse.
package stages

import (
	"context"
	"errors"
	"fmt"
)

// Stage is a pure processing step from a typed input to a typed output.
// Fingerprint names the algorithm version and every setting that changes the
// output, so that a change of either gives a new cache key downstream.
type Stage[In, Out any] interface {
	Name() string
	Fingerprint() string
	Process(ctx context.Context, in In) (Out, error)
}

// PermanentError marks a failure that retrying cannot fix: bad, corrupt,
// encrypted, empty, oversize or unsupported input. The runtime sends the
// event to the dead-letter stream at once, with Reason.
type PermanentError struct {
	Reason string
	Err    error
}

// Error is the reason, with the cause when there is one.
func (e *PermanentError) Error() string {
	if e.Err == nil {
		return e.Reason
	}
	return e.Reason + ": " + e.Err.Error()
}

// Unwrap returns the cause.
func (e *PermanentError) Unwrap() error { return e.Err }

// Permanent wraps err (which may be nil) as a PermanentError with a reason.
func Permanent(reason string, err error) error {
	return &PermanentError{Reason: reason, Err: err}
}

// Permanentf builds a PermanentError from a format string.
func Permanentf(format string, args ...any) error {
	return &PermanentError{Reason: fmt.Sprintf(format, args...)}
}

// IsPermanent reports whether err, or any error it wraps, is permanent.
func IsPermanent(err error) bool {
	var p *PermanentError
	return errors.As(err, &p)
}
