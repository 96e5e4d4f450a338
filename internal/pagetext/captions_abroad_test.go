package pagetext

import "testing"

// A Polish caption credits its picture under the dotted label "Fot." or
// "Zdj." after its last sentence; a Japanese one in full-width brackets
// under "撮影" (photographed by) and a middle dot; a Chinese one in them
// under the label for a picture and a full-width colon or slash, or names
// the photographer before 摄 ("taken by"), in the brackets or after the
// caption's last full stop.
func TestDottedAndWideBracketCredits(t *testing.T) {
	for _, c := range []struct{ line, caption, credit string }{
		{"Nowy most na Wiśle w Płocku. Fot. Marek Zając", "Nowy most na Wiśle w Płocku.", "Marek Zając"},
		{"Otwarcie sezonu w porcie jachtowym. Zdj. Anna Kowal / Agencja", "Otwarcie sezonu w porcie jachtowym.", "Anna Kowal / Agencja"},
		{"港に到着した大型の客船（撮影・佐藤花子）", "港に到着した大型の客船", "佐藤花子"},
		{"Burmistrz odpowiadał na pytania mieszkańców przez godzinę. Potem wyszedł.", "", ""},
		{"大型の客船（撮影）", "", ""},
		{"江边新修的步道上散步的市民（图片：李小龙）", "江边新修的步道上散步的市民", "李小龙"},
		{"重新開放的老戲院外觀（圖／黃志偉）", "重新開放的老戲院外觀", "黃志偉"},
		{"夜市开张第一天的人潮（记者 张大卫 摄）", "夜市开张第一天的人潮", "记者 张大卫"},
		{"志愿者在河边清理垃圾。 赵明 摄", "志愿者在河边清理垃圾。", "赵明"},
		{"会议现场（资料图）", "", ""},
		{"市民排队等候，场面热闹。今天的活动由他负责拍摄", "", ""},
	} {
		capt, credit := trailingCredit(c.line, "pl")
		if capt != c.caption || credit != c.credit {
			t.Errorf("%q: got %q / %q, want %q / %q", c.line, capt, credit, c.caption, c.credit)
		}
	}
}
