# Machine-drafted translation (Farsi), awaiting review by a native speaker.
# The survey of associations: list and dashboard for the office, questionnaire for the associations.

# machine-drafted
nav-surveys = نظرسنجی‌ها
# machine-drafted
survey-list-title = نظرسنجی‌های انجمن‌ها
# machine-drafted
survey-list-none = هنوز نظرسنجی‌ای نیست.
# machine-drafted
survey-title = عنوان
# machine-drafted
survey-status = وضعیت
# machine-drafted
survey-status-draft = پیش‌نویس
# machine-drafted
survey-status-open = در جریان
# machine-drafted
survey-status-closed = پایان‌یافته
# machine-drafted
survey-invited = دعوت‌شده
# machine-drafted
survey-responses = پاسخ‌ها
# machine-drafted
survey-rate = نرخ پاسخ
# machine-drafted
survey-dashboard = نتایج
# machine-drafted
survey-anonymous = به‌صورت ناشناس ارزیابی می‌شود
# machine-drafted
survey-export-csv = دریافت پاسخ‌ها به‌صورت CSV
# machine-drafted
survey-export-codebook = کتابچهٔ کدها (CSV)
# machine-drafted
survey-filters = پالایش و مقایسه
# machine-drafted
survey-filter-mso = سازمان خودگردان مهاجران
# machine-drafted
survey-filter-field = حوزهٔ فعالیت
# machine-drafted
survey-filter-district = محله
# machine-drafted
survey-filter-all = همه
# machine-drafted
survey-cross-by = جدول متقاطع بر اساس
# machine-drafted
survey-cross-none = هیچ
# machine-drafted
survey-by-mso = سازمان خودگردان مهاجران بله/خیر
# machine-drafted
survey-by-field = حوزهٔ فعالیت
# machine-drafted
survey-by-district = محله
# machine-drafted
survey-search = جست‌وجو در متن‌های آزاد
# machine-drafted
survey-apply = نمایش
# machine-drafted
survey-suppression-rule = این نظرسنجی ناشناس است: در نماهای پالایش‌شده و جدول‌های متقاطع، گروه‌هایی با کمتر از { $min } پاسخ نمایش داده نمی‌شوند.
# machine-drafted
survey-shown = پس از پالایش: { $count } پاسخ.
# machine-drafted
survey-suppressed = پاسخ‌ها برای این گزینش خیلی کم است: در نظرسنجی ناشناس زیر { $min } پاسخ عددی نشان نمی‌دهیم.
# machine-drafted
survey-answered = { $count } پاسخ
# machine-drafted
survey-cross-suppressed = در جدول متقاطع گروه‌هایی با کمتر از { $min } پاسخ پنهان شده‌اند.
# machine-drafted
survey-mean = میانگین
# machine-drafted
survey-answer = پاسخ
# machine-drafted
survey-count = تعداد
# machine-drafted
survey-no-answers = بدون پاسخ
# machine-drafted
survey-chart-desc = { $answered } پاسخ. پرتکرارترین: { $top } ({ $count }).
# machine-drafted
survey-chart-desc-none = { $answered } پاسخ، چیزی انتخاب نشده.
# machine-drafted
survey-texts = متن‌های آزاد
# machine-drafted
survey-texts-none = متن آزادی نیست (یا هیچ‌کدام با جست‌وجو جور نیست).
# machine-drafted
survey-group = گروه
# machine-drafted
survey-group-mso = سازمان خودگردان مهاجران
# machine-drafted
survey-group-not-mso = انجمن‌های دیگر
# machine-drafted
survey-group-no-district = بدون محله
# machine-drafted
survey-group-suppressed = کمتر از { $min } پاسخ – نمایش داده نمی‌شود
# machine-drafted
survey-cross-caption = { $question } بر اساس { $by }
# machine-drafted
survey-kind-single-choice = یک گزینه
# machine-drafted
survey-kind-multiple-choice = چند گزینه
# machine-drafted
survey-kind-scale = مقیاس ۱ تا ۵
# machine-drafted
survey-kind-number = عدد
# machine-drafted
survey-kind-short-text = متن کوتاه
# machine-drafted
survey-kind-long-text = متن بلند
# machine-drafted
survey-kind-yes-no = بله/خیر
# machine-drafted
survey-kind-categories = حوزه‌های فعالیت
# machine-drafted
survey-kind-languages = زبان‌ها
# machine-drafted
survey-yes = بله
# machine-drafted
survey-no = خیر
# machine-drafted
survey-other = سایر
# machine-drafted
survey-other-text = سایر، یعنی:
# machine-drafted
survey-for = برای
# machine-drafted
survey-progress = صفحهٔ { $number } از { $total }
# machine-drafted
survey-required = الزامی
# machine-drafted
survey-in-german = این پرسش هنوز به زبان شما نیست؛ اینجا به آلمانی نمایش داده می‌شود.
# machine-drafted
survey-next = بعدی
# machine-drafted
survey-back = بازگشت
# machine-drafted
survey-submit = فرستادن پاسخ‌ها
# machine-drafted
survey-later = ذخیره و ادامه در زمانی دیگر
# machine-drafted
survey-thanks = سپاس! پاسخ‌های شما ذخیره شد. تا پایان نظرسنجی می‌توانید با همین پیوند آن‌ها را تغییر دهید.
# machine-drafted
survey-saved-later = ذخیره شد. با همین پیوند هر زمان می‌توانید اینجا ادامه دهید.
# machine-drafted
survey-editable = پاسخ‌های شما فرستاده شده است. تا پایان نظرسنجی می‌توانید آن‌ها را تغییر دهید.
# machine-drafted
survey-not-open = این نظرسنجی اکنون پاسخ نمی‌پذیرد.
# machine-drafted
survey-error-required = لطفاً به این پرسش پاسخ دهید.
# machine-drafted
survey-error-unknown-option = لطفاً یکی از پاسخ‌های داده‌شده را برگزینید.
# machine-drafted
survey-error-other-text-missing = «سایر» را برگزیدید: لطفاً بنویسید منظورتان چیست.
# machine-drafted
survey-error-single-value = لطفاً فقط یک پاسخ برگزینید.
# machine-drafted
survey-error-not-a-number = لطفاً یک عدد صحیح وارد کنید، مثلاً 12.
# machine-drafted
survey-error-out-of-range = این عدد بیرون از بازهٔ مجاز است.
# machine-drafted
survey-error-too-long = این متن خیلی بلند است.
# machine-drafted
survey-error-unknown-language = این زبان را نمی‌شناسیم.
# machine-drafted
survey-error-unknown-category = چنین حوزهٔ فعالیتی وجود ندارد.
# machine-drafted
survey-error-too-many = این‌ها پاسخ‌های بیش از اندازه‌اند.
# machine-drafted
error-survey-not-found-title = نظرسنجی پیدا نشد
# machine-drafted
error-survey-not-found-text = این پیوند وجود ندارد (دیگر). شاید در این میان یادآوری با پیوندی تازه رسیده باشد؛ وگرنه لطفاً از دفتر ادغام بپرسید.
# machine-drafted
error-survey-not-open-title = نظرسنجی باز نیست
# machine-drafted
error-survey-not-open-text = این نظرسنجی اکنون پاسخ نمی‌پذیرد.
