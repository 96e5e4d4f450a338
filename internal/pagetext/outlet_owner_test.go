package pagetext

import (
	"fmt"
	"testing"
)

// A page that prints its own address names its site: a wire's dateline
// or a copyright line that names another (the agency the site buys the
// story from, the group that owns the site) gives way to the address's
// host; one that names the host's site stays.
func TestOwnAddressOverOwner(t *testing.T) {
	const story = "Senate approves the harbour bill\n\nBy Jane Doe\n\nMarch 27, 2025\n\n%sThe Senate voted on Tuesday to approve the harbour bill after a long debate about its cost and about who would pay for it.\n\nThe bill now goes to the House, where its fate is less certain than it was in the Senate, members of both parties said.\n\n%s\n"
	const addr = "print header logo https://www.elwincourier.com/news/article/Senate-approves-the-harbour-bill-14830017.php\n\n"
	for _, c := range []struct{ name, head, lead, foot, want string }{
		{"wire story on a site that prints its address", addr, "WASHINGTON (AP) — ", "", "elwincourier.com"},
		{"owner's copyright on a site that prints its address", addr, "", "© 2019 Harbourline Communications, Inc.", "elwincourier.com"},
		{"site's own copyright", addr, "", "© 2019 Elwin Courier. All rights reserved.", "Elwin Courier"},
		{"wire story, no address", "", "WASHINGTON (AP) — ", "", "Associated Press"},
	} {
		a, _, err := Parse([]byte(c.head + fmt.Sprintf(story, c.lead, c.foot)))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if a.Outlet != c.want {
			t.Errorf("%s: outlet %q, want %q", c.name, a.Outlet, c.want)
		}
	}
}
