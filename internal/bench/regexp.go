package bench

import (
	"regexp"
	"sync"
)

// lazyRegexp compiles pattern on first use rather than when the program
// starts: every morgue command would otherwise pay for every package's
// expressions at start-up (a third of a page's parse when the scorers
// run one process a page), and a page uses only those its cheaper guards
// let through. A bad pattern still panics, on first use.
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
