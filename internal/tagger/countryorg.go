package tagger

// countryOpensName reports a country's acronym, written us, that opens
// a longer capitalised name, nx being the word after it: "U.S. Army Corps
// of Engineers", "US Food and Drug Administration", "UK Parliament". The
// name rules take the body's name apart from it (processRun), and the
// country only says whose body it is: the setting, as in "U.S.
// homebuyers".
func countryOpensName(us []unit, tk, nx *token) bool {
	return len(us) == 1 && tk.shape == shAcro && tk.lx.has(lxCountryPrefix) && (nx.shape == shCap || nx.shape == shAcro)
}
