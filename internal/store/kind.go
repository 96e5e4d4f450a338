package store

import "fmt"

// Kind is one of the three kinds of names an article carries: tags,
// authors, an outlet. Each kind has a table of its own; SQL takes a table
// name only from a Kind, never from text that came from outside.
type Kind uint8

// The kinds of names. The zero Kind is none of them.
const (
	Tags Kind = iota + 1
	Authors
	Outlets
)

// Kinds are all the kinds of names.
var Kinds = [...]Kind{Tags, Authors, Outlets}

// String is the kind's plural, which names its table and the first part of
// its pages' paths: "tags", "authors" or "outlets".
func (k Kind) String() string {
	switch k {
	case Tags:
		return "tags"
	case Authors:
		return "authors"
	case Outlets:
		return "outlets"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

func (k Kind) valid() bool { return k >= Tags && k <= Outlets }

// ParseKind reads a kind from its String, as a URL gives it.
func ParseKind(s string) (Kind, bool) {
	for _, k := range Kinds {
		if k.String() == s {
			return k, true
		}
	}
	return 0, false
}

// table is the kind's table.
func (k Kind) table() string { return k.String() }

// Singular names one name of the kind: "tag", "author", "outlet".
func (k Kind) Singular() string { return k.String()[:len(k.String())-1] }

// links are the table linking articles to names of the kind and its column
// of name ids. An article's outlet is a column of its own row instead.
func (k Kind) links() (table, column string) {
	return "article_" + k.table(), k.Singular() + "_id"
}

// Listing selects the newest-first listing of the articles that carry the
// name with this slug.
func (k Kind) Listing(slug string) ListQuery {
	switch k {
	case Tags:
		return ListQuery{Tag: slug}
	case Authors:
		return ListQuery{Author: slug}
	case Outlets:
		return ListQuery{Outlet: slug}
	}
	return ListQuery{}
}
