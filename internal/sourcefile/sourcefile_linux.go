package sourcefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync/atomic"

	"golang.org/x/sys/unix"
)

// noOpenat2 is set once openat2 turns out to be missing (before Linux 5.6)
// or filtered: every read then takes the portable way.
var noOpenat2 atomic.Bool

// rootDir is a root directory held open for openat2.
type rootDir struct{ fd int }

// root opens (once) and returns the directory of root; nil if it cannot be
// opened, and the portable way is left to decide.
func (r *Reader) root(root string) *rootDir {
	r.mu.Lock()
	defer r.mu.Unlock()
	if d, ok := r.dir[root]; ok {
		return d
	}
	fd, err := unix.Open(root, unix.O_PATH|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil
	}
	d := &rootDir{fd: fd}
	r.dir[root] = d
	return d
}

// Close closes the root directories held open; a later Read opens them
// again.
func (r *Reader) Close() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for root, d := range r.dir {
		_ = unix.Close(d.fd)
		delete(r.dir, root)
	}
}

// readBeneath opens rel beneath root with the kernel refusing any escape.
// decided is false when the portable way must answer instead: the path
// leaves root (through a link or ".."), or openat2 is not available.
func (r *Reader) readBeneath(root, rel string) (b []byte, decided bool, err error) {
	if noOpenat2.Load() {
		return nil, false, nil
	}
	d := r.root(root)
	if d == nil {
		return nil, false, nil
	}
	name := filepath.Join(root, rel)
	// O_NONBLOCK: opening a FIFO must not wait for a writer; a regular
	// file reads the same either way.
	fd, err := openat2(d.fd, rel, &unix.OpenHow{
		Flags:   unix.O_RDONLY | unix.O_CLOEXEC | unix.O_NOCTTY | unix.O_NONBLOCK,
		Resolve: unix.RESOLVE_BENEATH | unix.RESOLVE_NO_MAGICLINKS,
	})
	switch {
	case err == nil:
	case errors.Is(err, unix.ENOSYS), errors.Is(err, unix.EPERM):
		// Missing, or refused by a seccomp filter.
		noOpenat2.Store(true)
		return nil, false, nil
	case errors.Is(err, unix.EXDEV), errors.Is(err, unix.ELOOP):
		// Leaves root, maybe into another one: resolve it the long way.
		return nil, false, nil
	default:
		return nil, true, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	defer unix.Close(fd)
	var st unix.Stat_t
	if err := fstat(fd, &st); err != nil {
		return nil, true, fmt.Errorf("stat source: %w", err)
	}
	if st.Mode&unix.S_IFMT != unix.S_IFREG {
		return nil, true, fmt.Errorf("source %s is %w", name, ErrNotRegular)
	}
	b, err = readLimited(fdReader(fd), st.Size, r.max, name)
	return b, true, err
}

func openat2(dirfd int, path string, how *unix.OpenHow) (int, error) {
	for {
		fd, err := unix.Openat2(dirfd, path, how)
		if err != unix.EINTR {
			return fd, err
		}
	}
}

func fstat(fd int, st *unix.Stat_t) error {
	for {
		err := unix.Fstat(fd, st)
		if err != unix.EINTR {
			return err
		}
	}
}

// fdReader reads a file descriptor with plain read(2): no poller
// registration, which a regular file cannot use anyway.
type fdReader int

func (f fdReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for {
		n, err := unix.Read(int(f), p)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return 0, err
		}
		if n == 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

// openNoFollow opens a resolved path, refusing a link swapped in since.
func openNoFollow(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|unix.O_NOFOLLOW|unix.O_NONBLOCK, 0)
}
