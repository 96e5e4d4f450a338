package pagetext

// A newsletter box set inside the story holds a line of copy between its
// label or field and its button: "Sign up for the Weekly" / "Get the
// week's news in your inbox every Friday." / "Enter your email". The
// lines around the copy are read as furniture by their words; the copy,
// a sentence spoken to the reader, reads like the story's own. Between
// two such lines that both ask the reader to sign up or for an address,
// it is the box's: the story's last line under a separator and over a
// pitch stays.

// signUpCopyMaxWords bounds the copy of such a box.
const signUpCopyMaxWords = 25

// signUpWords name what a newsletter box's label, field or button asks,
// as whole words ("subscribe", not the story's "subscribers");
// signUpPhrases are of two.
var (
	signUpWords   = toSet("signup", "subscribe", "newsletter", "email", "inbox")
	signUpPhrases = anyOf("sign up", "sign-up", "e-mail")
)

// asksSignUp reports a line in lower case that holds one of signUpWords
// or signUpPhrases.
func asksSignUp(low string) bool {
	if containsAnyOf(low, signUpPhrases) {
		return true
	}
	for w := range wordsIn(low) {
		if signUpWords[w] {
			return true
		}
	}
	return false
}

// dropSignUpCopy takes the copy of newsletter boxes out of the body.
func (p *page) dropSignUpCopy() {
	for i := 1; i+1 < len(p.lines); i++ {
		if !p.keep[i] || p.keep[i-1] || p.keep[i+1] || p.lines[i].words > signUpCopyMaxWords {
			continue
		}
		above, below := &p.ann[i-1], &p.ann[i+1]
		if above.has(roleJunk) && below.has(roleJunk) &&
			asksSignUp(p.lines[i-1].low) && asksSignUp(p.lines[i+1].low) {
			p.keep[i] = false
		}
	}
}
