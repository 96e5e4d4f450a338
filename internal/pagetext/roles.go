package pagetext

import "strings"

// role is a set of what a line was read as. The read pass keeps a line's
// readings in ann.is; the rules' labels (teaser, rule-kept) and the
// readings ann holds as values (a dateline, a byline, names, a reading
// time) join them in page.roles, which the explain tool prints.
type role uint32

const (
	roleJunk       role = 1 << iota // page chrome by its wording: buttons, labels, share bars; never story text
	roleFurniture                   // not story text, for whatever reason (junk, header, caption, repeat, …)
	roleDate                        // a dateline
	roleByline                      // an explicit byline
	roleCaption                     // a picture caption or credit
	roleBareNames                   // bare names
	roleRelDate                     // a relative date ("3 hours ago", "Today 9:05")
	roleReadTime                    // a stated reading time
	roleTeaser                      // a teaser box's label or headline
	roleWall                        // opens reader comments: the story is over
	roleRuleKept                    // a body line by the rules
	roleRepeat                      // the same text is repeated within three lines
	roleWriterRole                  // a writer's role under a byline ("Senior Writer")
	roleEmbed                       // a post embedded from a social network, or the line naming its author
	roleByLabel                     // a lone "By" or "Author:" before the names
	roleCapByNext                   // a caption only for the credit line under it (a headline over a picture's credit reads so too)
	numRoles       = iota
)

var roleLabels = [numRoles]string{"junk", "furn", "date", "by", "cap", "names", "rel", "read", "teaser", "WALL", "rule-kept",
	"repeat", "writer-role", "embed", "by-label", "cap-by-next"}

// explainedRoles are the roles the explain tool prints.
const explainedRoles = roleJunk | roleFurniture | roleDate | roleByline | roleCaption | roleBareNames | roleRelDate |
	roleReadTime | roleTeaser | roleWall | roleRuleKept

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

// has reports whether the read pass gave the line any of the roles r.
func (a *ann) has(r role) bool { return a.is&r != 0 }

// set gives the line the roles r, or takes them away.
func (a *ann) set(r role, on bool) {
	if on {
		a.is |= r
	} else {
		a.is &^= r
	}
}

// roles returns what line i was read as, once the rules pass has run.
func (p *page) roles(i int) role {
	a := &p.ann[i]
	r := a.is &^ (roleFurniture | roleCaption)
	for _, f := range []struct {
		on bool
		r  role
	}{{p.furniture(i), roleFurniture}, {a.date != nil, roleDate}, {a.byline != nil, roleByline},
		{p.caption(i), roleCaption}, {a.names != nil, roleBareNames}, {a.readMin > 0, roleReadTime},
		{p.rules.inTeaserBox(i), roleTeaser}, {p.rules.keep[i], roleRuleKept}} {
		if f.on {
			r |= f.r
		}
	}
	return r & explainedRoles
}
