package pagetext

import "strings"

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

// A sign-up box inside the story may print its copy right over the form's
// address field ("Email Address") instead of between a label and a
// button: "Get the harbour news in your inbox." / "Keep learning with our
// monthly email." / "Email Address". A field's label is never the story's
// own line, so the copy over it, a sentence spoken to the reader, and the
// box's short heading over that, are the box's.

// signUpFields are the labels of a form's address field, in lower case
// without the mark of a required field.
var signUpFields = toSet("email", "email address", "e-mail", "e-mail address", "your email", "your email address",
	"enter your email", "enter your email address")

// signUpFieldCopyMaxWords bounds the copy over a sign-up field, which
// may run to two sentences; signUpBoxHeadWords is the most words of the
// box's heading over the copy ("Stay ahead of the trends.").
const (
	signUpFieldCopyMaxWords = 40
	signUpBoxHeadWords      = 8
)

// signUpField reports a line that is only the label of a form's address
// field ("Email Address *").
func signUpField(ln *line) bool {
	if ln.words > 4 || ln.low == "" || ln.low[0] != 'e' && ln.low[0] != 'y' {
		return false
	}
	return signUpFields[strings.TrimRight(ln.low, " *:")]
}

// dropCopyOverSignUpField takes out of the body the copy right over a
// sign-up field (see above) and the box's heading over it.
func (p *page) dropCopyOverSignUpField() {
	for i := 1; i < len(p.lines); i++ {
		if p.keep[i] || !p.keep[i-1] || !signUpField(&p.lines[i]) {
			continue
		}
		c := &p.lines[i-1]
		if pitch, _, _ := readPitch(c.low); c.words > signUpFieldCopyMaxWords || pitch == 0 && !asksSignUp(c.low) && !opensWithCallToAction(c.low) {
			continue
		}
		p.keep[i-1] = false
		if h := i - 2; h >= 0 && p.keep[h] && p.lines[h].words <= signUpBoxHeadWords {
			p.keep[h] = false
		}
	}
}

// signUpFieldsAbroad are the button and the address field of a newsletter's
// sign-up box in languages other than English: "Подписаться", "Abone ol",
// "E-posta adresiniz", "立即订阅" (dropSignUpFields).
var signUpFieldsAbroad = toSet(
	"подписаться", "підписатися", "zapisz mnie", "suscribirme", "inscrever-se", "quero receber",
	"je m'inscris", "jetzt anmelden", "anmelden", "abone ol", "berlangganan", "đăng ký ngay", "عضویت",
	"اشترك الآن", "سبسکرائب کریں", "सब्सक्राइब करें", "সাবস্ক্রাইব", "สมัครรับข่าว",
	"구독하기", "立即订阅", "立即訂閱", "jiandikishe", "yi rajista", "forúkọ sílẹ̀",
	"ваш e-mail", "ваш email", "ваша почта", "twój adres e-mail", "tu correo electrónico",
	"tu correo", "ingresá tu email", "ingresa tu email", "digite seu e-mail", "seu e-mail",
	"votre adresse e-mail", "votre e-mail", "ihre e-mail-adresse", "e-mail-adresse", "la tua email",
	"il tuo indirizzo email", "e-posta adresiniz", "alamat email", "nhập email của bạn",
	"ایمیل خود را وارد کنید", "البريد الإلكتروني", "اپنا ای میل درج کریں", "अपना ईमेल लिखें",
	"আপনার ইমেইল", "กรอกอีเมลของคุณ", "이메일 주소", "请输入邮箱地址",
	"輸入電子郵件", "barua pepe yako", "adireshin imel",
	// Languages without a stopword list: Romanian, Hungarian, Czech,
	// Swedish, Indonesian, Turkish and Polish buttons and fields.
	"abonează-te", "mă abonez", "adresa de e-mail", "adresa ta de e-mail", "adresa dvs. de e-mail",
	"feliratkozom", "feliratkozás", "e-mail-cím", "e-mail-címe", "az ön e-mail-címe",
	"odebírat", "přihlásit k odběru", "váš e-mail", "vaše e-mailová adresa",
	"prenumerera", "din e-postadress", "e-postadress", "anmäl dig",
	"langganan", "daftar sekarang", "email anda", "alamat email anda",
	"kaydol", "e-posta adresi", "zapisz się", "adres e-mail",
)

// dropSignUpFields takes out of the body the address field and the button
// of a newsletter's sign-up box set into a story in another language than
// English (signUpFieldsAbroad), and a kept line between two of them. The rules
// still read them as text: as furniture they cost the main run so much
// that a story with the box between its paragraphs was cut at the box.
// The lines of a box the rules saw the story go on under
// (signUpBoxesAbroad), its copy among them, leave too.
func (p *page) dropSignUpFields() {
	last := -1
	for i, k := range p.keep {
		if k && p.rules.signUpBox != nil && p.rules.signUpBox[i] {
			p.keep[i] = false
			continue
		}
		if ln := &p.lines[i]; !k || ln.words > 4 || ln.runes > 40 || !signUpFieldsAbroad[ln.key] {
			continue
		}
		p.keep[i] = false
		if last == i-2 {
			p.keep[i-1] = false
		}
		last = i
	}
}
