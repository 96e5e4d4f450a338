package pagetext

import "testing"

// A box of links to other stories inside the story ("Related news" and
// three headlines) ends where a line ends like a sentence in its own
// script: a Hindi paragraph closes with the danda "।", an Urdu one
// with "۔". Such paragraphs under the box are the story's, not more
// headlines of the box.
func TestTeaserBoxEndsAtSentenceOfAnyScript(t *testing.T) {
	for _, c := range []struct {
		head, by, date, label string
		above, teasers, below []string
	}{
		{
			head: "नागपुर में नई सार्वजनिक लाइब्रेरी खुली, रात दस बजे तक पढ़ सकेंगे छात्र",
			by:   "लेखक: सुरेश पांडे", date: "प्रकाशित: 3 मार्च 2026, 10:20 AM",
			label: "संबंधित खबरें",
			above: []string{
				"नागपुर नगर निगम ने शहर के पूर्वी हिस्से में एक नई सार्वजनिक लाइब्रेरी शुरू की है, जहां छात्र रात दस बजे तक बैठकर पढ़ाई कर सकेंगे। इसका उद्घाटन रविवार को हुआ।",
				"निगम के अधिकारी विनोद शर्मा ने बताया कि लाइब्रेरी में दो सौ सीटें हैं और प्रतियोगी परीक्षाओं की किताबों का अलग कक्ष बनाया गया है।",
			},
			teasers: []string{"वर्धा में नदी किनारे बनेगा नया उद्यान", "अमरावती के बस अड्डे पर लगे नए पंखे", "चंद्रपुर में बाघ देखने आए सैलानी"},
			below: []string{
				"लाइब्रेरी की सदस्यता के लिए हर महीने सौ रुपये शुल्क रखा गया है। गरीब परिवारों के छात्रों को यह सुविधा मुफ्त मिलेगी।",
				"छात्रा पूजा ठाकरे ने कहा कि घर में पढ़ने की जगह नहीं होने से उसे बहुत परेशानी होती थी। अब वह रोज शाम को यहां आती है।",
			},
		},
		{
			head: "ملتان میں نئی پبلک لائبریری کھل گئی، طلبہ رات دس بجے تک پڑھ سکیں گے",
			by:   "تحریر: نعمان اختر", date: "شائع شدہ: 3 مارچ 2026، 10:20",
			label: "متعلقہ خبریں",
			above: []string{
				"ملتان کی ضلعی انتظامیہ نے شہر کے مشرقی حصے میں ایک نئی پبلک لائبریری کھولی ہے جہاں طلبہ رات دس بجے تک بیٹھ کر پڑھ سکیں گے۔ اس کا افتتاح اتوار کو ہوا۔",
				"انتظامیہ کے افسر کامران شیخ نے بتایا کہ لائبریری میں دو سو نشستیں ہیں اور مقابلے کے امتحانات کی کتابوں کے لیے الگ کمرہ بنایا گیا ہے۔",
			},
			teasers: []string{"بہاولپور میں نہر کے کنارے نیا باغ", "ڈیرہ غازی خان کے اڈے پر نئے پنکھے", "خانیوال میں سڑک کی مرمت شروع"},
			below: []string{
				"لائبریری کی رکنیت کے لیے ہر مہینے سو روپے فیس رکھی گئی ہے۔ غریب گھرانوں کے طلبہ کو یہ سہولت مفت ملے گی۔",
				"طالبہ حنا بتول نے کہا کہ گھر میں پڑھنے کی جگہ نہ ہونے سے اسے بہت مشکل ہوتی تھی۔ اب وہ روز شام کو یہاں آتی ہے۔",
			},
		},
	} {
		page := append([]string{c.head, c.by, c.date}, c.above...)
		page = append(append(page, c.label), c.teasers...)
		page = append(page, c.below...)
		a, _ := mustParse(t, dump(page...))
		wantBody(t, a.Body, append(append([]string{}, c.above...), c.below...))
		wantLeftOut(t, a.Body, c.teasers)
	}
}
