# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
contact-title = التواصل مع مكتب الاندماج
# machine-drafted
contact-intro = مكتب الاندماج هو جهة الاتصال لأفكار الجمعيات وشواغلها، ويعمل معها على تطوير الشبكة.
# machine-drafted
contact-opening-hours = ساعات الاستقبال
