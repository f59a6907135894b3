# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
nav-menu = القائمة
# machine-drafted
home-propose-hint = جمعيتكم غير موجودة في الدليل؟ اقترحوها – يراجع مكتب الاندماج الاقتراح.
