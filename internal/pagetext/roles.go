package pagetext

import "strings"

// role is a set of what a line was read as: by its own wording (the read
// pass) and by the rules' labels. The explain tool prints it; the passes
// still read the fields of ann and ruleResult it is made from.
type role uint16

const (
	roleJunk      role = 1 << iota // page furniture by its wording
	roleFurniture                  // not story text, for whatever reason
	roleDate                       // a dateline
	roleByline                     // an explicit byline
	roleCaption                    // a picture caption or credit
	roleBareNames                  // bare names
	roleRelDate                    // a relative date ("3 hours ago")
	roleReadTime                   // a stated reading time
	roleTeaser                     // a teaser box's label or headline
	roleWall                       // opens reader comments
	roleRuleKept                   // a body line by the rules
	numRoles      = iota
)

var roleLabels = [numRoles]string{"junk", "furn", "date", "by", "cap", "names", "rel", "read", "teaser", "WALL", "rule-kept"}

// names lists the roles in the set, in roleLabels' order.
func (r role) names() []string {
	var out []string
	for k := range numRoles {
		if r&(1<<k) != 0 {
			out = append(out, roleLabels[k])
		}
	}
	return out
}

func (r role) String() string { return strings.Join(r.names(), ",") }

// roles returns what line i was read as, once the rules pass has run.
func (p *page) roles(i int) role {
	a := &p.ann[i]
	var r role
	for _, f := range []struct {
		on bool
		r  role
	}{{a.junk, roleJunk}, {p.furniture(i), roleFurniture}, {a.date != nil, roleDate}, {a.byline != nil, roleByline},
		{p.caption(i), roleCaption}, {a.names != nil, roleBareNames}, {a.relDate, roleRelDate}, {a.readMin > 0, roleReadTime},
		{p.rules.inTeaserBox(i), roleTeaser}, {a.wall, roleWall}, {p.rules.keep[i], roleRuleKept}} {
		if f.on {
			r |= f.r
		}
	}
	return r
}
