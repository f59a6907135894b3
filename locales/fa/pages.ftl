# Machine-drafted translation (Persian), awaiting review by a native speaker.
# machine-drafted
contact-title = تماس با دفتر ادغام
# machine-drafted
contact-intro = دفتر ادغام مرجع ایده‌ها و دغدغه‌های انجمن‌هاست و شبکه را همراه با آن‌ها توسعه می‌دهد.
# machine-drafted
contact-opening-hours = ساعات مراجعه
