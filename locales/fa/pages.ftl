# Machine-drafted translation (Farsi), awaiting review by a native speaker.
contact-title = تماس با دفتر هماهنگی
contact-intro = دفتر هماهنگی مرجع ایده‌ها و درخواست‌های انجمن‌هاست و شبکه را همراه با آن‌ها توسعه می‌دهد.
contact-opening-hours = ساعات مراجعه
