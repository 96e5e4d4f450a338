package pagetext

import (
	"strings"
	"testing"
)

// A site's name over the headline in any script, given when a line
// outside the story names it as the site's in the words of its language;
// in a script without capitals, whatever its marks, and glued to those
// words in Chinese.
func TestScriptMasthead(t *testing.T) {
	page := func(top string, head, by, date string, body []string, foot ...string) string {
		return top + "\n\n" + head + "\n\n" + by + "\n\n" + date + "\n\n" + strings.Join(body, "\n\n") + "\n\n" + strings.Join(foot, "\n\n") + "\n"
	}
	zh := func(top string, foot ...string) string {
		return page(top+"\n\n首页\n\n国内\n\n国际\n\n财经", "山区小城决定在雨季前加固老桥", "记者 李明", "2024年5月12日", []string{
			"青溪县政府周一宣布，将在雨季到来之前加固县城东面那座已有六十年历史的石桥，此前连续两年的洪水冲毁了桥下的护坡。",
			"工程人员表示，新的桥墩将加深三米，桥面也会拓宽，以便救护车和校车通行，工程费用由县里和省里共同承担。",
			"附近的村民说，他们每天都要走这座桥去赶集，希望工程能在六月之前完工。"}, foot...)
	}
	he := page("קול העמק\n\nראשי\n\nחדשות\n\nספורט", "המועצה החליטה לחזק את הגשר הישן לפני החורף", "מאת נועה כהן", "12 במאי 2024", []string{
		"מועצת העמק הודיעה ביום שני כי תחזק את הגשר הישן שבמזרח העיירה לפני בוא החורף, לאחר ששתי שנות שיטפונות פגעו בסוללות שמתחתיו.",
		"לדברי המהנדסים, העמודים החדשים יהיו עמוקים יותר בשלושה מטרים והגשר יורחב כדי שאמבולנסים ואוטובוסים יוכלו לעבור בו.",
		"תושבי הכפרים הסמוכים אמרו שהם חוצים את הגשר מדי יום בדרכם לשוק ומקווים שהעבודות יסתיימו עד הקיץ."},
		"חדשות", "© קול העמק")
	hi := page("घाटी दर्पण\n\nहोम\n\nदेश\n\nखेल", "नगर परिषद ने बारिश से पहले पुराने पुल को मजबूत करने का फैसला किया", "अनीता शर्मा", "12 मई 2024", []string{
		"घाटी नगर परिषद ने सोमवार को घोषणा की कि बारिश से पहले कस्बे के पूर्व में बने साठ साल पुराने पत्थर के पुल को मजबूत किया जाएगा, क्योंकि लगातार दो साल की बाढ़ ने उसके किनारे बहा दिए थे।",
		"इंजीनियरों के अनुसार नए खंभे तीन मीटर गहरे होंगे और पुल को चौड़ा किया जाएगा ताकि एम्बुलेंस और स्कूल बसें गुजर सकें।",
		"आसपास के गांवों के लोगों ने कहा कि वे रोज बाजार जाने के लिए इसी पुल से गुजरते हैं।"},
		"घाटी दर्पण के बारे में | संपर्क करें")
	ro := page("Vocea Văii\n\nAcasă\n\nPolitică\n\nSport", "Consiliul a decis să consolideze podul vechi înainte de ploi", "De Ana Popescu", "12 mai 2024", []string{
		"Consiliul local din Valea Verde a anunțat luni că va consolida podul de piatră vechi de șaizeci de ani înainte de sezonul ploios, după ce inundațiile din ultimii doi ani au rupt malurile de sub el.",
		"Potrivit inginerilor, noii piloni vor fi cu trei metri mai adânci, iar podul va fi lărgit pentru ambulanțe și autobuze școlare.",
		"Locuitorii satelor din jur au spus că trec zilnic podul în drum spre piață și speră ca lucrările să se încheie până în vară."},
		"Despre Vocea Văii | Contact")
	cs := page("Hlas Údolí\n\nÚvod\n\nDomácí\n\nSport", "Zastupitelé rozhodli o zpevnění starého mostu před dešti", "Anna Nováková", "12. května 2024", []string{
		"Zastupitelstvo Zeleného Údolí v pondělí oznámilo, že před obdobím dešťů zpevní šedesát let starý kamenný most, protože povodně v posledních dvou letech strhly jeho břehy.",
		"Podle inženýrů budou nové pilíře o tři metry hlubší a most se rozšíří, aby po něm mohly jezdit sanitky a školní autobusy.",
		"Obyvatelé okolních vesnic řekli, že most denně přecházejí cestou na trh, a doufají, že práce skončí do léta."},
		"O nás | Kontakt | Hlas Údolí")
	wantOutlets(t, []outletCase{
		{"Chinese: about the paper, glued", zh("青溪晨报", "关于青溪晨报 | 联系我们"), "青溪晨报"},
		{"Chinese: its newsletter, glued", zh("青溪晨报", "订阅青溪晨报电子报"), "青溪晨报"},
		{"Hebrew: a copyright sign with no year", he, "קול העמק"},
		{"Hindi: about the paper, after its name", hi, "घाटी दर्पण"},
		{"Romanian: about the paper", ro, "Vocea Văii"},
		{"Czech: the last link of a row with the about link", cs, "Hlas Údolí"},
		{"Chinese: the name printed once", zh("青溪晨报", "联系我们"), ""},
		{"Chinese: a section's label in a breadcrumb", zh("地方新闻", "首页 › 地方新闻", "地方新闻"), ""},
		{"Chinese: a section's label in a row of links", zh("地方新闻", "首页 | 地方新闻 | 体育"), ""},
	})
}

// A title line in Devanagari, whose vowel signs are marks, gives the
// site's name beside the headline.
func TestCaselessTitleNameWithMarks(t *testing.T) {
	head := "नगर परिषद ने बारिश से पहले पुराने पुल को मजबूत करने का फैसला किया"
	pg := "होम\n\nदेश\n\n" + head + "\n\nअनीता शर्मा\n\n12 मई 2024\n\n" +
		"घाटी नगर परिषद ने सोमवार को घोषणा की कि बारिश से पहले कस्बे के पूर्व में बने साठ साल पुराने पत्थर के पुल को मजबूत किया जाएगा, क्योंकि लगातार दो साल की बाढ़ ने उसके किनारे बहा दिए थे।\n\n" +
		"इंजीनियरों के अनुसार नए खंभे तीन मीटर गहरे होंगे और पुल को चौड़ा किया जाएगा ताकि एम्बुलेंस और स्कूल बसें गुजर सकें।\n\n" +
		head + " | घाटी दर्पण\n"
	wantOutlets(t, []outletCase{{"Hindi title line", pg, "घाटी दर्पण"}})
}

// A one-word or short masthead at the top of the page over a menu, that
// the imprint under the story opens with before the site's address ("Name
// · street 3 · postcode town"), or that a row of links ends or opens
// with in Czech or Turkish; a line naming a writer over a menu and an
// imprint-shaped row of another name give none.
func TestMastheadInImprint(t *testing.T) {
	page := func(top, foot string) string {
		return top + "\n\nStartseite\n\nLokales\n\nPolitik\n\nSport\n\nFähre fährt ab Mai mit zwei Elektrobooten\n\nVon Lena Brückner\n\n9. April 2026\n\n" +
			"Die Fähre zwischen dem Festland und den Inseln wird ab Mai mit zwei Elektrobooten fahren, teilte die Hafenbehörde am Donnerstag mit.\n\n" +
			"Die Boote laden an einem neuen Anleger in zwanzig Minuten, wo die Behörde ein Kabel unter der alten Slipanlage verlegt hat.\n\n" +
			"Die Fahrpreise bleiben in diesem Jahr gleich, und die Behörde erwartet leisere Überfahrten als mit den Dieselbooten.\n\n" + foot + "\n"
	}
	wantOutlets(t, []outletCase{
		{"one word, an address after a dot", page("Heidebote", "Heidebote · Marktstraße 3 · 29614 Soltau"), "Heidebote"},
		{"two words, an address after a comma", page("Inselblick Heute", "Inselblick Heute, Hafenweg 12, 26548 Norderney"), "Inselblick Heute"},
		{"Czech links", page("Pobřežník", "Pobřežník | Kontakty | Inzerce"), "Pobřežník"},
		{"Turkish links", page("Körfezhaber", "Körfezhaber | Künye | Gizlilik"), "Körfezhaber"},
		{"another name in the imprint", page("Heidebote", "Nordmedien GmbH · Marktstraße 3 · 29614 Soltau"), ""},
		{"the name with no address", page("Heidebote", "Heidebote · Datenschutz · Cookies"), ""},
	})
}
