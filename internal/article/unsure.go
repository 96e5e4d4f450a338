package article

import "strings"

// unsurePrefix opens a parser's warning about a choice made with low
// confidence (a headline, a byline), so that `morgue import -v` can list
// those files for a person to check first and the summary can count them,
// whichever parser and whichever field gave the warning.
const unsurePrefix = "unsure: "

// Unsure returns the warning for a choice made with low confidence.
func Unsure(what string) string { return unsurePrefix + what }

// IsUnsure reports whether a warning is about a choice made with low
// confidence.
func IsUnsure(warning string) bool { return strings.HasPrefix(warning, unsurePrefix) }
