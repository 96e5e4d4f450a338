package bench

import (
	"os"

	"golang.org/x/sys/unix"
)

// dropFromCache asks the kernel to forget the cached pages of the database
// files, as after a reboot or on a machine that just received the file:
// written back first, so that none stays dirty (and kept). Unlike dropping
// every cache it needs no privileges; false when the kernel refused.
func dropFromCache(db string) bool {
	ok := true
	for _, suffix := range []string{"", "-wal", "-shm"} {
		f, err := os.Open(db + suffix)
		if err != nil {
			continue
		}
		f.Sync()
		if err := unix.Fadvise(int(f.Fd()), 0, 0, unix.FADV_DONTNEED); err != nil {
			ok = false
		}
		f.Close()
	}
	return ok
}
