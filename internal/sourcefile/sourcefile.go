// Package sourcefile reads source documents that must lie inside a set of
// root directories after resolving ".." and symbolic links.
//
// On Linux the common case is one openat2(2) with RESOLVE_BENEATH below an
// open root directory: the kernel refuses any escape while it resolves the
// path, so there is no gap between checking a path and opening it, and it
// costs four system calls (open, fstat, read, close) where resolving each
// path component with lstat first cost a dozen. A path the fast way cannot
// open inside its own root (a symlink into another root, a root reached
// through a symlink) takes the portable way: resolve every link, check the
// result against the roots, then open it.
package sourcefile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
)

// Errors a caller maps to its own (permanent) failures. Missing and
// unreadable files wrap fs.ErrNotExist and fs.ErrPermission.
var (
	ErrOutside    = errors.New("outside the allowed source roots")
	ErrNotRegular = errors.New("not a regular file")
	ErrTooLarge   = errors.New("larger than the size limit")
)

// Reader reads files confined to its roots. It is safe for concurrent use.
type Reader struct {
	roots []string // absolute, cleaned, symlinks resolved
	max   int64

	mu  sync.Mutex
	dir map[string]*rootDir // root -> open directory, for the fast way

	beneath atomic.Int64 // reads answered the fast way
}

// New returns a Reader for roots (absolute, cleaned directories with their
// symlinks resolved, as config.Validate leaves them) that refuses files
// larger than max bytes.
func New(roots []string, max int64) *Reader {
	return &Reader{roots: roots, max: max, dir: map[string]*rootDir{}}
}

// Read returns the contents of the file at path (absolute and cleaned).
func (r *Reader) Read(path string) ([]byte, error) {
	for _, root := range r.roots {
		rel, ok := below(root, path)
		if !ok {
			continue
		}
		b, decided, err := r.readBeneath(root, rel)
		if decided {
			r.beneath.Add(1)
			return b, err
		}
		break
	}
	return r.readResolved(path)
}

// below is path relative to root, if path is lexically inside it.
func below(root, path string) (string, bool) {
	prefix := strings.TrimSuffix(root, string(filepath.Separator)) + string(filepath.Separator)
	if !strings.HasPrefix(path, prefix) || len(path) == len(prefix) {
		return "", false
	}
	return path[len(prefix):], true
}

// readResolved is the portable way: resolve, check, open without following
// a link in the last component.
func (r *Reader) readResolved(path string) ([]byte, error) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return nil, err
	}
	inside := false
	for _, root := range r.roots {
		if real == root {
			break
		}
		if _, ok := below(root, real); ok {
			inside = true
			break
		}
	}
	if !inside {
		return nil, fmt.Errorf("source %s is %w (%s)", real, ErrOutside, strings.Join(r.roots, ":"))
	}
	f, err := openNoFollow(real)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return r.readAll(f, real)
}

// readAll reads an open file after checking that it is a regular file
// within the size limit.
func (r *Reader) readAll(f *os.File, name string) ([]byte, error) {
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("stat source: %w", err)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("source %s is %w", name, ErrNotRegular)
	}
	return readLimited(f, fi.Size(), r.max, name)
}

// readLimited reads all of rd, whose size was size when it was opened, and
// fails if it is or grows past max.
func readLimited(rd io.Reader, size, max int64, name string) ([]byte, error) {
	if size > max {
		return nil, fmt.Errorf("source %s is %d bytes, %w of %d (DOCPIPE_MAX_DOCUMENT_BYTES)", name, size, ErrTooLarge, max)
	}
	// One byte more than expected tells a file that grew since fstat.
	b := make([]byte, 0, size+1)
	for {
		n, err := rd.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if int64(len(b)) > max {
			return nil, fmt.Errorf("source %s grew past %d bytes, %w (DOCPIPE_MAX_DOCUMENT_BYTES)", name, max, ErrTooLarge)
		}
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read source: %w", err)
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}
