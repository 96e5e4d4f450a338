package pagetext

import "testing"

// A picture's caption with its credit under a label after the last
// sentence, in scripts whose label creditLabel knows but whose sentence
// ends trailingCredit did not read (Hebrew and Arabic have no lower case,
// Bengali ends with "।", Thai with a space): the credit is split off, and
// the line is a caption. A colon inside a sentence, or a label's word
// that opens a longer sentence, is no credit.
func TestLabelledCreditAfterCaptionInOtherScripts(t *testing.T) {
	for _, tc := range []struct{ line, caption, credit string }{
		{"הגשר החדש מעל הנהר בעת הפתיחה. צילום: יוסי אברהם", "הגשר החדש מעל הנהר בעת הפתיחה.", "יוסי אברהם"},
		{"নতুন সেতুর উদ্বোধনী অনুষ্ঠানে অতিথিরা। ছবি: কামাল হোসেন", "নতুন সেতুর উদ্বোধনী অনুষ্ঠানে অতিথিরা।", "কামাল হোসেন"},
		{"پل جدید شهر در روز افتتاح. عکس: حسن موسوی", "پل جدید شهر در روز افتتاح.", "حسن موسوی"},
		{"สะพานแห่งใหม่ในวันเปิดใช้งาน ภาพ: สมพงษ์ แก้วดี", "สะพานแห่งใหม่ในวันเปิดใช้งาน", "สมพงษ์ แก้วดี"},
		{"Новый мост в день открытия. Фото: Павел Смирнов", "Новый мост в день открытия.", "Павел Смирнов"},
	} {
		capt, credit := trailingCredit(tc.line, "")
		if capt != tc.caption || credit != tc.credit {
			t.Errorf("%q: caption %q credit %q, want %q and %q", tc.line, capt, credit, tc.caption, tc.credit)
		}
	}
	for _, s := range []string{
		"השר אמר בכנס: הגשר ייפתח בחודש הבא",
		"המהנדס הסביר את התוכנית. צילום: הגשר נבנה בשלבים לאורך שלוש שנים ארוכות ומייגעות במיוחד",
		"The mayor opened the bridge. Note: traffic resumes on Monday",
	} {
		if _, credit := trailingCredit(s, ""); credit != "" {
			t.Errorf("%q: credit %q", s, credit)
		}
	}
}
