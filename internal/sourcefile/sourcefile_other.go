//go:build !linux

package sourcefile

import (
	"os"
	"syscall"
)

// readBeneath has no fast way outside Linux: the portable way decides.
func (r *Reader) readBeneath(root, rel string) ([]byte, bool, error) { return nil, false, nil }

// openNoFollow opens a resolved path, refusing a link swapped in since.
func openNoFollow(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW, 0)
}

type rootDir struct{}

// Close releases nothing: no directories are held open here.
func (r *Reader) Close() {}
