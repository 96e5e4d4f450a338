package lang_test

import (
	"testing"

	"morgue/internal/lang"
)

func TestDetect(t *testing.T) {
	for text, want := range map[string]string{
		"The minister said that the agreement would be signed in the spring, and that it was a good day for the country.":   "en",
		"El ministro dijo que el acuerdo se firmaría en la primavera y que era un buen día para el país.":                   "es",
		"Le ministre a dit que l'accord serait signé au printemps et que c'était une bonne journée pour le pays.":           "fr",
		"Der Minister sagte, dass das Abkommen im Frühjahr unterzeichnet werde und dass es ein guter Tag für das Land sei.": "de",
		"Il ministro ha detto che l'accordo sarà firmato in primavera e che è stata una buona giornata per il paese.":       "it",
		"O ministro disse que o acordo será assinado na primavera e que foi um bom dia para o país.":                        "pt",
		"De minister zei dat het akkoord in het voorjaar wordt getekend en dat het een goede dag voor het land was.":        "nl",
		"Short": "",
		"":      "",
		"日本語の文章です。これは日本語のテストです。": "",
	} {
		if got := lang.Detect(text); got != want {
			t.Errorf("Detect(%.30q) = %q, want %q", text, got, want)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	text := ""
	for range 40 {
		text += "The minister said that the agreement would be signed in the spring, and that it was a good day for the country. "
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		lang.Detect(text)
	}
}
