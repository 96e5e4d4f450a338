package pagetext

import "testing"

// A box of links to other stories right under the story's last paragraph,
// under the words for "More news", "Most read" or "Related news" in
// languages the markers did not cover (Greek, Bengali, Swahili, Thai,
// Japanese, and Turkish, whose capital İ lowers to "i̇"): the box is no
// part of the story.
func TestMoreNewsBoxesInOtherLanguagesLeaveTheBody(t *testing.T) {
	for _, tc := range []struct {
		head, story, box []string
	}{{
		head: []string{"Αρχική", "Ειδήσεις", "Νέα γέφυρα στην Πάτρα ανοίγει τον Μάιο", "15 Μαρτίου 2025"},
		story: []string{
			"Η νέα πεζογέφυρα στο λιμάνι της Πάτρας θα ανοίξει για το κοινό τον Μάιο, ανακοίνωσε ο δήμος την Παρασκευή μετά από δύο χρόνια εργασιών.",
			"Η κατασκευή κόστισε περίπου δώδεκα εκατομμύρια ευρώ και χρηματοδοτήθηκε κυρίως από ευρωπαϊκά κονδύλια, σύμφωνα με τον αντιδήμαρχο.",
			"Οι κάτοικοι της περιοχής ελπίζουν ότι η γέφυρα θα φέρει περισσότερους επισκέπτες στα καταστήματα της παραλίας το καλοκαίρι.",
		},
		box: []string{"Περισσότερες ειδήσεις", "Κλειστός ο παραλιακός δρόμος λόγω έργων", "Νέα δρομολόγια για τα λεωφορεία της πόλης"},
	}, {
		head: []string{"প্রচ্ছদ", "জাতীয়", "খুলনায় নতুন সেতু খুলছে মে মাসে", "১৫ মার্চ ২০২৫"},
		story: []string{
			"খুলনা শহরের রূপসা নদীর ওপর নির্মিত নতুন সেতুটি আগামী মে মাসে যান চলাচলের জন্য খুলে দেওয়া হবে বলে জানিয়েছে সড়ক বিভাগ।",
			"প্রকল্প পরিচালক বলেন, সেতুর নির্মাণকাজ প্রায় শেষ এবং এখন শুধু সংযোগ সড়কের কাজ বাকি রয়েছে। এতে ব্যয় হয়েছে প্রায় নয়শ কোটি টাকা।",
			"স্থানীয় ব্যবসায়ীরা আশা করছেন, সেতুটি চালু হলে নদীর দুই পাড়ের মধ্যে পণ্য পরিবহন অনেক সহজ হবে।",
		},
		box: []string{"আরও খবর", "রাজশাহীতে নতুন বাস টার্মিনাল চালু", "সিলেটে বন্যার আশঙ্কা বাড়ছে"},
	}, {
		head: []string{"Mwanzo", "Habari", "Daraja jipya la Mwanza kufunguliwa Mei", "Machi 15, 2025"},
		story: []string{
			"Daraja jipya linalounganisha pande mbili za ziwa mjini Mwanza litafunguliwa rasmi mwezi Mei, serikali ya mkoa imetangaza Ijumaa.",
			"Mhandisi mkuu wa mradi alisema ujenzi umekamilika kwa asilimia tisini na kwamba kazi iliyobaki ni kuweka taa na alama za barabarani.",
			"Wafanyabiashara wa samaki wanatarajia daraja hilo kupunguza muda wa kusafirisha bidhaa zao kwenda sokoni.",
		},
		box: []string{"Habari zaidi", "Bei ya sukari yapanda madukani", "Mvua kubwa yaharibu barabara za vijijini"},
	}, {
		head: []string{"Ana Sayfa", "Gündem", "Trabzon'da yeni köprü mayısta açılıyor", "15 Mart 2025"},
		story: []string{
			"Trabzon'da liman bölgesine yapılan yeni yaya köprüsünün mayıs ayında hizmete gireceği açıklandı. Belediye, çalışmaların büyük ölçüde tamamlandığını bildirdi.",
			"Projenin maliyeti yaklaşık yüz milyon lira olarak hesaplandı. Köprünün şehir merkezi ile sahil arasındaki yürüyüş süresini yarıya indirmesi bekleniyor.",
			"Bölgedeki esnaf, köprünün yaz aylarında daha fazla ziyaretçi getireceğini umuyor.",
		},
		box: []string{"İlgili Haberler", "Sahil yolu bakım nedeniyle trafiğe kapatıldı", "Otobüs hatlarında yeni düzenleme"},
	}} {
		page := append(append(append(append([]string{}, tc.head...), tc.story...), tc.box...), "© 2025")
		a, _ := mustParse(t, dump(page...))
		wantBody(t, a.Body, tc.story)
	}
}
