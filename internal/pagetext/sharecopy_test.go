package pagetext

import (
	"strings"
	"testing"
)

// A share bar that names what it shares ("Share: <headline>", under the
// story or under the headline) copies a line above it after a short
// label and a colon: that line is the headline, never the share bar
// (made-up pages).
func TestShareBarCopy(t *testing.T) {
	cases := []headlineCase{
		{"share under the story", "Ferry fares rise 8% from March: 30p more a crossing", []string{
			"We use cookies to improve your visit. By browsing on you agree to this.",
			"Orchard Valley Courier",
			"Home · News · Transport",
			"Ferry fares rise 8% from March: 30p more a crossing",
			"The operator said the rise would pay for a second boat on the winter timetable.",
			"By Maud Pellow",
			"Passengers on the morning crossing said the fares were already the highest on the coast and that the second boat had been promised for years.",
			"The operator said the timetable would be reviewed after six months, and that season tickets bought before March would keep their price.",
			"Councillors asked for the figures behind the rise to be published before the next meeting of the harbour board.",
			"Share: Ferry fares rise 8% from March: 30p more a crossing",
			"© 2026 Orchard Valley Courier Ltd",
		}},
		{"share under an Arabic story", "رفع رسوم المواقف 15% اعتبارا من مارس: دينار إضافي للساعة", []string{
			"نستخدم ملفات تعريف الارتباط لتحسين تصفحك. بمواصلة القراءة فإنك توافق على ذلك.",
			"صحيفة أخبار الوادي الأخضر والقرى المجاورة",
			"الرئيسية · محليات · اقتصاد",
			"رفع رسوم المواقف 15% اعتبارا من مارس: دينار إضافي للساعة",
			"جاء القرار بعد ازدحام الشوارع القديمة بالسيارات طوال ساعات النهار.",
			"بقلم سامر القاسم",
			"وقالت البلدية إن الرسوم الجديدة ستراجع بعد عام من تطبيقها. وكان أصحاب المحال قد طالبوا بمواقف أرخص قرب السوق.",
			"ورحب السكان بالقرار واعتبروه خطوة لتخفيف الزحام. وأبدى بعض التجار قلقهم من تراجع عدد الزبائن.",
			"أقر المجلس البلدي الرسوم مساء الاثنين بأغلبية واضحة.",
			"شارك: رفع رسوم المواقف 15% اعتبارا من مارس: دينار إضافي للساعة",
			"© 2026 صحيفة الوادي. جميع الحقوق محفوظة.",
		}},
		{"share under a headline of one word", "ท่าเรือใหม่เปิดให้บริการเช้าวันจันทร์", []string{
			"หน้าแรก · ข่าว · ภูมิภาค · กีฬา",
			"ท่าเรือใหม่เปิดให้บริการเช้าวันจันทร์",
			"โดย วิไลวรรณ ศรีสุข",
			"3 มี.ค. 2569 07:40 น.",
			"แชร์: ท่าเรือใหม่เปิดให้บริการเช้าวันจันทร์",
			"เรือโดยสารลำแรกออกจากท่าเมื่อเวลาหกโมงเช้า ผู้โดยสารหลายร้อยคนมารอตั้งแต่ก่อนรุ่งสาง และเจ้าหน้าที่กล่าวว่าจะเพิ่มเที่ยวเรือในช่วงเทศกาล",
			"ชาวประมงในพื้นที่กล่าวว่าท่าเรือใหม่ช่วยให้ขนส่งสินค้าไปยังตลาดในตัวเมืองได้เร็วขึ้นกว่าเดิมมาก",
			"เทศบาลระบุว่าจะประเมินการให้บริการอีกครั้งหลังจากเปิดครบหนึ่งปี",
			"ข่าวยอดนิยม",
			"รถบรรทุกเสียกลางสะพานข้ามแม่น้ำ",
			"ตลาดนัดวันหยุดย้ายไปลานจอดรถ",
			"© 2569 ข่าวท่าเรือ สงวนลิขสิทธิ์",
		}},
	}
	wantHeadlines(t, cases)
	for _, c := range cases {
		// The share bar is no candidate at all, whatever the ranker
		// would make of it.
		tp := trainPages([]TrainCase{{Name: "0", Text: []byte(dump(c.page...)), Title: c.want}})[0]
		tp.p.classify()
		for _, k := range tp.p.titleCandidates(tp.p.bodyP, tp.p.rules) {
			if tx := tp.p.lines[k.line].text; tx != c.want && strings.HasSuffix(tx, c.want) {
				t.Errorf("%s: the share bar %q is a headline candidate", c.name, tx)
			}
		}
	}
}
