package pagetext

import (
	"strings"
	"testing"
)

// A page in another language than English opens with its cookie notice, a
// long sentence that opens with the notice's own words ("Utilizamos
// cookies …", "Wij gebruiken cookies …"): the notice is furniture however
// long, and never one of the lines the headline is chosen from, as an
// English one ("We use cookies …") is not.
func TestCookieNoticeAbroadIsNoHeadline(t *testing.T) {
	story := []string{
		"Los conductores de autobús retoman el servicio normal después de alcanzar un pacto con la empresa concesionaria.",
		"Por Inés Galindo",
		"Los sindicatos firmaron el martes por la noche un acuerdo que sube los sueldos un cuatro por ciento y fija nuevos turnos de descanso.",
		"La empresa confirmó que todas las líneas funcionarán con normalidad desde primera hora del miércoles, incluidas las nocturnas.",
		"El ayuntamiento, que había mediado en la negociación, celebró el acuerdo y pidió a ambas partes que cumplan lo pactado.",
	}
	for _, notice := range []string{
		"Utilizamos cookies propias y de terceros para analizar el tráfico de la web y ofrecerle anuncios personalizados.",
		"Wij gebruiken cookies en vergelijkbare technieken om de site te verbeteren en advertenties te tonen.",
		"Мы используем файлы cookie, чтобы сайт работал удобнее. Продолжая, вы соглашаетесь с этим.",
	} {
		// A row of counts (a key of no letters) is read on the way.
		page := append([]string{notice, "12 · 34 · 56 · 78 · 90 · 11", "Aceptar", "Configurar", "Inicio", "Comarca", "Provincia", "Huelga suspendida"}, story...)
		for _, c := range candidatesOf(strings.Join(page, "\n\n")) {
			if c == notice {
				t.Errorf("the cookie notice %q is a headline candidate", notice)
			}
		}
	}
}

// candidatesOf runs the parser's passes over a page dump and returns the
// lines the headline was chosen from.
func candidatesOf(text string) []string {
	lines, _ := splitLines(text)
	p := newPage(lines)
	for _, ps := range passes {
		ps.run(p)
	}
	var out []string
	for _, c := range p.cands {
		out = append(out, p.lines[c.line].text)
	}
	return out
}
