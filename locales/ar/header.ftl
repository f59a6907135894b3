# Machine-drafted translation (Arabic), awaiting review by a native speaker.
nav-menu = القائمة
home-propose-hint = جمعيتكم غير موجودة في الدليل؟ اقترحوها – يراجع مكتب الاندماج الاقتراح.
