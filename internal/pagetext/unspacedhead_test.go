package pagetext

import "testing"

// A Thai or Chinese headline that opens with a place ("เชียงราย…",
// "成都…") repeats a short line above it (a section, a tag) and goes on
// with no space, as these scripts write every word. That is no site name
// glued to a headline in a window title: the headline stays.
func TestHeadlineOpeningWithAnUnspacedTagStays(t *testing.T) {
	for _, tc := range []struct {
		head, story, tail []string
		want              string
	}{{
		head: []string{"หน้าแรก", "ข่าวภูมิภาค", "เชียงราย", "เชียงรายเปิดสนามบินแห่งใหม่รองรับนักท่องเที่ยวปีละสามล้านคน", "ผู้เขียน: มาลี ศรีสุข", "3 ก.พ. 2568 09:30 น."},
		story: []string{
			"ท่าอากาศยานแห่งใหม่ของจังหวัดเชียงรายเปิดให้บริการอย่างเป็นทางการเมื่อวันจันทร์ โดยมีเที่ยวบินภายในประเทศและต่างประเทศรวมกว่าสี่สิบเที่ยวต่อวัน",
			"นายสมศักดิ์ วงศ์ไทย ผู้อำนวยการท่าอากาศยาน กล่าวว่า อาคารผู้โดยสารหลังใหม่สามารถรองรับผู้โดยสารได้ปีละสามล้านคน มากกว่าอาคารเดิมเกือบสองเท่า",
			"ผู้ประกอบการโรงแรมและร้านอาหารในตัวเมืองคาดว่าจำนวนนักท่องเที่ยวจะเพิ่มขึ้นอย่างมากในช่วงฤดูหนาวนี้ ขณะที่ชาวบ้านบางส่วนกังวลเรื่องเสียงเครื่องบิน",
		},
		tail: []string{"แชร์", "Facebook", "LINE", "แท็ก:", "เชียงราย", "สนามบิน", "© 2568 ข่าวเหนือ สงวนลิขสิทธิ์"},
		want: "เชียงรายเปิดสนามบินแห่งใหม่รองรับนักท่องเที่ยวปีละสามล้านคน",
	}, {
		head: []string{"首页", "城市", "贵阳", "贵阳新建体育中心下月开放　可容纳六万名观众", "记者 赵明", "2025年3月2日 09:30"},
		story: []string{
			"贵阳市新建的奥林匹克体育中心将于下月正式对外开放，主体育场可容纳六万名观众，另设游泳馆和训练馆各一座。",
			"市体育局负责人在发布会上表示，场馆建设历时四年，总投资约四十亿元，今后将承办全国性比赛和大型演出活动。",
			"周边居民普遍期待场馆开放后能带动附近的餐饮和交通发展，但也有人担心大型活动期间道路拥堵。",
		},
		tail: []string{"分享到：", "微信", "微博", "标签：", "贵阳", "体育中心", "版权所有 © 2025 城市晚报"},
		want: "贵阳新建体育中心下月开放 可容纳六万名观众",
	}} {
		page := append(append(append([]string{}, tc.head...), tc.story...), tc.tail...)
		a, _ := mustParse(t, dump(page...))
		if a.Title != tc.want {
			t.Errorf("title %q, want %q", a.Title, tc.want)
		}
	}
}
