# Machine-drafted translation (Arabic), awaiting review by a native speaker.
contact-title = التواصل مع مكتب التنسيق
contact-intro = مكتب التنسيق هو جهة الاتصال لأفكار الجمعيات وطلباتها، ويعمل معها على تطوير الشبكة.
contact-opening-hours = ساعات الاستقبال
