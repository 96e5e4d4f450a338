package tagger

// clockWords are the marks of a time of day and the abbreviations of
// time zones, written after a clock time in any language's text: "11:59
// PM EST", "10 AM ET", "18:00 UTC".
var clockWords = set(`am pm est edt cst cdt mst mdt pst pdt akst akdt hst gmt utc bst cet cest eet eest wet west ist jst kst aest aedt acst awst nzst nzdt et ct mt pt`)

// clockTime reports a run of two or more acronyms, all of clockWords
// ("PM EST"): the end of a clock time, no name.
func clockTime(words []token) bool {
	if len(words) < 2 {
		return false
	}
	for i := range words {
		if words[i].shape != shAcro || !clockWords[words[i].key] {
			return false
		}
	}
	return true
}
