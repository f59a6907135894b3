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

# دعوت‌ها و یادآوری‌ها (صفحهٔ دفتر ادغام) و ایمیل‌های آن‌ها.
# machine-drafted
survey-invite-title = دعوت‌ها
# machine-drafted
survey-invite-progress = وضعیت پاسخ‌ها
# machine-drafted
survey-invite-state-submitted = فرستاده شد
# machine-drafted
survey-invite-state-started = شروع شده
# machine-drafted
survey-invite-state-waiting = هنوز شروع نشده
# machine-drafted
survey-invite-send = دعوت از انجمن‌ها
# machine-drafted
survey-invite-hint = هر انجمن یک پیوند شخصی با ایمیل دریافت می‌کند: برای نمایندگانش، وگرنه به نشانی عمومی‌اش. انجمن‌هایی که قبلاً دعوت شده‌اند دعوت دوم نمی‌گیرند.
# machine-drafted
survey-invite-whom = چه کسانی دعوت شوند؟
# machine-drafted
survey-invite-scope-all = همهٔ انجمن‌هایی که هنوز دعوت نشده‌اند ({ $count })
# machine-drafted
survey-invite-scope-filter = انجمن‌هایی با این ویژگی‌ها
# machine-drafted
survey-invite-scope-list = فقط انجمن‌های علامت‌خورده
# machine-drafted
survey-invite-everyone = همهٔ انجمن‌های منتشرشده قبلاً دعوت شده‌اند.
# machine-drafted
survey-invite-submit = فرستادن دعوت‌ها
# machine-drafted
survey-remind-title = یادآوری
# machine-drafted
survey-remind-rule = فقط به انجمن‌هایی یادآوری می‌شود که هنوز پاسخ‌هایشان را نفرستاده‌اند، به هر کدام حداکثر هفته‌ای یک بار. یادآوری یک پیوند تازه دارد؛ پیوند قبلی دیگر کار نمی‌کند و پاسخ‌های ذخیره‌شده می‌مانند.
# machine-drafted
survey-remind-submit = { $count ->
    [one] یادآوری به ۱ انجمن
   *[other] یادآوری به { $count } انجمن
}
# machine-drafted
survey-remind-none = اکنون یادآوری‌ای برای فرستادن نیست.
# machine-drafted
survey-invite-list = انجمن‌های دعوت‌شده
# machine-drafted
survey-invite-none = هنوز هیچ انجمنی دعوت نشده است.
# machine-drafted
survey-invite-association = انجمن
# machine-drafted
survey-invite-invited-on = تاریخ دعوت
# machine-drafted
survey-invite-reminded-on = آخرین یادآوری
# machine-drafted
survey-invite-next-reminder = یادآوری بعدی
# machine-drafted
survey-invite-remind-now = اکنون ممکن است
# machine-drafted
survey-invite-remind-from = از { $date }
# machine-drafted
survey-invite-unpublished = (انجمن دیگر منتشر نمی‌شود)
# machine-drafted
survey-invite-done = { $count ->
    [one] ۱ انجمن دعوت شد.
   *[other] { $count } انجمن دعوت شدند.
}
# machine-drafted
survey-invite-already = { $count ->
    [one] ۱ انجمن قبلاً دعوت شده بود.
   *[other] { $count } انجمن قبلاً دعوت شده بودند.
}
# machine-drafted
survey-invite-no-address = { $count ->
    [one] ۱ انجمن نشانی ایمیل ندارد و برایش نامه‌ای فرستاده نشد.
   *[other] { $count } انجمن نشانی ایمیل ندارند و برایشان نامه‌ای فرستاده نشد.
}
# machine-drafted
survey-invite-refused-closed = این نظرسنجی پایان یافته است: دیگر نمی‌توان انجمنی را دعوت کرد.
# machine-drafted
survey-remind-refused-not-open = یادآوری‌ها فقط تا وقتی نظرسنجی در جریان است فرستاده می‌شوند.
# machine-drafted
survey-invite-error-filter = لطفاً دست‌کم یک ویژگی را انتخاب کنید.
# machine-drafted
survey-invite-error-list = لطفاً دست‌کم یک انجمن را علامت بزنید.
# machine-drafted
survey-invite-error-scope = لطفاً انتخاب کنید چه کسانی را می‌خواهید دعوت کنید.
# machine-drafted
mail-survey-invitation-subject = دعوت به نظرسنجی «{ $survey }»
# machine-drafted
mail-survey-invitation-body =
    با سلام،

    دفتر ادغام «{ $organisation }» را به نظرسنجی «{ $survey }» دعوت می‌کند. با این پیوند شخصی هر کسی از انجمن شما می‌تواند بدون ورود پاسخ دهد؛ می‌توانید در میانه ذخیره کنید و بعداً ادامه دهید:

    { $link }

    { $has_closes ->
        [yes] نظرسنجی تا { $closes } ادامه دارد.
       *[no] { "" }
    }

    لطفاً پیوند را به افراد ناآشنا ندهید.
# machine-drafted
mail-survey-reminder-subject = یادآوری: نظرسنجی «{ $survey }»
# machine-drafted
mail-survey-reminder-body =
    با سلام،

    انجمن شما «{ $organisation }» هنوز پاسخ‌هایش به نظرسنجی «{ $survey }» را نفرستاده است. دفتر ادغام منتظر پاسخ‌های شماست. این پیوند شخصی تازهٔ شماست؛ پیوند قبلی دیگر کار نمی‌کند و پاسخ‌های ذخیره‌شده می‌مانند:

    { $link }

    { $has_closes ->
        [yes] نظرسنجی تا { $closes } ادامه دارد.
       *[no] { "" }
    }

# ابزار ساخت پرسش‌نامه برای دفتر ادغام و پیش‌نمایش.
# machine-drafted
survey-build-title = ویرایش پرسش‌نامه
# machine-drafted
survey-build-new = نظرسنجی تازه
# machine-drafted
survey-build-create = ساختن نظرسنجی
# machine-drafted
survey-build-slug = نشانی (نام کوتاه)
# machine-drafted
survey-build-slug-hint = حروف کوچک لاتین، رقم و خط تیره، مثلاً survey-2027. اگر خالی بماند از عنوان ساخته می‌شود.
# machine-drafted
survey-build-links = ویرایش و دعوت‌ها
# machine-drafted
survey-build-saved = ذخیره شد.
# machine-drafted
survey-build-has-answers = هم‌اکنون پاسخ‌هایی هست. افزودن پرسش و گزینهٔ پاسخ و تغییر متن‌ها ممکن است؛ تغییراتی که پاسخ‌های ذخیره‌شده را بی‌استفاده کند پذیرفته نمی‌شود. پیش از حذف یک پرسش از شما پرسیده می‌شود؛ پاسخ‌هایش ذخیره می‌مانند.
# machine-drafted
survey-build-preview = پیش‌نمایش
# machine-drafted
survey-build-preview-note = پیش‌نمایش: یک انجمن پرسش‌نامه را این‌گونه می‌بیند. اینجا چیزی ذخیره نمی‌شود؛ همهٔ پرسش‌های شرط‌دار با یک یادداشت نشان داده شده‌اند.
# machine-drafted
survey-build-questions = پرسش‌ها
# machine-drafted
survey-build-no-questions = هنوز پرسشی نیست.
# machine-drafted
survey-build-condition = شرط
# machine-drafted
survey-build-edit = ویرایش
# machine-drafted
survey-build-up = بالاتر
# machine-drafted
survey-build-down = پایین‌تر
# machine-drafted
survey-build-remove = حذف
# machine-drafted
survey-build-remove-confirm = بله، حذف شود – پاسخ‌های ذخیره‌شده می‌مانند
# machine-drafted
survey-build-cancel = انصراف
# machine-drafted
survey-build-add = افزودن پرسش
# machine-drafted
survey-build-edit-question = ویرایش پرسش
# machine-drafted
survey-build-section = بخش
# machine-drafted
survey-build-new-section = بخش تازه (صفحهٔ تازه)
# machine-drafted
survey-build-kind = نوع پرسش
# machine-drafted
survey-build-key = شناسه
# machine-drafted
survey-build-key-hint = حروف کوچک لاتین، رقم و _، مثلاً rooms. ستون آن در خروجی CSV است.
# machine-drafted
survey-build-text = متن پرسش
# machine-drafted
survey-build-help = متن راهنمایی
# machine-drafted
survey-build-options = گزینه‌های پاسخ
# machine-drafted
survey-build-options-hint = هر گزینه در یک سطر، به شکل «شناسه | متن» یا فقط متن. در زبان‌های دیگر: متن‌ها به همان ترتیب.
# machine-drafted
survey-build-other = گزینهٔ «دیگر: …» هم باشد
# machine-drafted
survey-build-low = متن برای ۱
# machine-drafted
survey-build-high = متن برای ۵
# machine-drafted
survey-build-min = کوچک‌ترین عدد
# machine-drafted
survey-build-max = بزرگ‌ترین عدد
# machine-drafted
survey-build-profile-linked = پاسخ‌ها با رضایت می‌توانند به نمایه منتقل شوند (فقط حوزه‌های فعالیت و زبان‌ها)
# machine-drafted
survey-build-condition-question = فقط وقتی نشان داده شود که پاسخ این پرسش …
# machine-drafted
survey-build-always = (همیشه نشان داده شود)
# machine-drafted
survey-build-condition-value = … این مقدار باشد
# machine-drafted
survey-build-condition-value-hint = شناسهٔ یک گزینهٔ پاسخ، yes یا no، یا برای مقیاس ۱ تا ۵.
# machine-drafted
survey-build-translations = ترجمه‌ها
# machine-drafted
survey-build-translations-hint = اگر ترجمه‌ای نباشد، متن آلمانی نشان داده می‌شود و پرسش‌نامه این را می‌گوید.
# machine-drafted
survey-build-save = ذخیره
# machine-drafted
survey-build-settings = عنوان، بازهٔ زمانی و ناشناس بودن
# machine-drafted
survey-build-intro = مقدمه
# machine-drafted
survey-build-section-title = عنوان بخش
# machine-drafted
survey-build-anonymous = ارزیابی ناشناس (گروه‌های کوچک در نماهای پالایش‌شده نشان داده نمی‌شوند)
# machine-drafted
survey-build-opens = آغاز در
# machine-drafted
survey-build-closes = پایان در
# machine-drafted
survey-build-shown-when = فقط وقتی دیده می‌شود که پاسخ «{ $question }» «{ $value }» باشد.
# machine-drafted
survey-build-conflict = در این میان کس دیگری پرسش‌نامه را تغییر داده است. لطفاً صفحه را دوباره بارگذاری کنید و باز امتحان کنید.
# machine-drafted
survey-build-error-title = لطفاً یک عنوان آلمانی وارد کنید.
# machine-drafted
survey-build-error-date = لطفاً تاریخ و ساعت را وارد کنید، مثلاً 2027-03-01 09:00.
# machine-drafted
survey-build-error-dates = پایان باید پس از آغاز باشد.
# machine-drafted
survey-build-error-slug = لطفاً فقط حروف کوچک لاتین، رقم و خط تیره به کار ببرید.
# machine-drafted
survey-build-error-slug-taken = این نشانی را نظرسنجی دیگری دارد.
# machine-drafted
survey-build-error-section = لطفاً یک بخش انتخاب کنید.
# machine-drafted
survey-build-error-key = شناسه از حروف کوچک لاتین، رقم و _ ساخته می‌شود (حداکثر ۴۰ نویسه).
# machine-drafted
survey-build-error-text-missing = لطفاً متن پرسش را به آلمانی وارد کنید.
# machine-drafted
survey-build-error-too-many-options = حداکثر ۵۰ گزینهٔ پاسخ.
# machine-drafted
survey-build-error-option-key = هر گزینهٔ پاسخ یک متن و یک شناسه از حروف کوچک لاتین، رقم و _ لازم دارد («other» گرفته شده است).
# machine-drafted
survey-build-error-option-twice = دو گزینهٔ پاسخ شناسهٔ یکسان دارند.
# machine-drafted
survey-build-error-no-options = لطفاً دست‌کم یک گزینهٔ پاسخ وارد کنید.
# machine-drafted
survey-build-error-scale-ends = لطفاً هر دو سر مقیاس را به آلمانی نام‌گذاری کنید.
# machine-drafted
survey-build-error-range = کوچک‌ترین عدد نمی‌تواند از بزرگ‌ترین بزرگ‌تر باشد.
# machine-drafted
survey-build-error-range-number = لطفاً کوچک‌ترین و بزرگ‌ترین عدد را به صورت عدد صحیح وارد کنید.
# machine-drafted
survey-build-error-kind = لطفاً نوع پرسش را انتخاب کنید.
# machine-drafted
survey-build-error-condition-value-missing = لطفاً مقداری را وارد کنید که پرسش با آن نمایان می‌شود.
# machine-drafted
survey-build-invalid-empty = پرسش‌نامه هنوز هیچ پرسشی ندارد.
# machine-drafted
survey-build-invalid-invalid-key = این شناسه معتبر نیست.
# machine-drafted
survey-build-invalid-duplicate-key = این شناسه در پرسش‌نامه از قبل هست.
# machine-drafted
survey-build-invalid-missing-text = یکی از پرسش‌ها متن آلمانی ندارد.
# machine-drafted
survey-build-invalid-no-options = یک پرسش چندگزینه‌ای گزینهٔ پاسخ ندارد.
# machine-drafted
survey-build-invalid-bad-range = کوچک‌ترین عدد از بزرگ‌ترین بزرگ‌تر است.
# machine-drafted
survey-build-invalid-condition-unknown = شرط باید پرسشی از بخشی پیشین را نام ببرد.
# machine-drafted
survey-build-invalid-condition-value = پرسش نام‌برده نمی‌تواند این مقدار را داشته باشد.
# machine-drafted
survey-build-refused-kind = هم‌اکنون پاسخ‌هایی هست: نوع پرسش { $question } دیگر تغییر نمی‌کند.
# machine-drafted
survey-build-refused-option = هم‌اکنون پاسخ‌هایی هست: گزینهٔ { $option } از پرسش { $question } دیگر حذف نمی‌شود.
# machine-drafted
survey-build-refused-range = هم‌اکنون پاسخ‌هایی هست: بازهٔ عددی پرسش { $question } فقط می‌تواند بزرگ‌تر شود.
# machine-drafted
survey-build-refused-other = هم‌اکنون پاسخ‌هایی هست: «دیگر» در پرسش { $question } دیگر حذف نمی‌شود.
# machine-drafted
survey-build-confirm-remove = پرسش { $question } هم‌اکنون پاسخ دارد. اگر حذفش کنید دیگر در پرسش‌نامه و نتایج دیده نمی‌شود؛ پاسخ‌ها ذخیره می‌مانند.

# machine-drafted
survey-consent = نمایهٔ ما با این پاسخ‌ها به‌روز شود (حوزه‌های فعالیت و زبان‌ها)
# machine-drafted
survey-consent-hint = دفتر ادغام تغییر را پیش از نمایش در نمایه بررسی می‌کند. بدون علامت، نمایه همان‌گونه که هست می‌ماند.

# The PDF report (documents crate)

# machine-drafted
survey-export-pdf = دریافت گزارش به‌صورت PDF
# machine-drafted
survey-export-pdf-filtered = دریافت گزارش این انتخاب به‌صورت PDF
# machine-drafted
survey-report-period = نظرسنجی از { $from } تا { $to }
# machine-drafted
survey-report-filtered = انتخاب: { $filters }.
# machine-drafted
survey-report-response = میزان مشارکت
# machine-drafted
survey-report-def-invited = انجمن‌هایی که دعوت‌نامهٔ شخصی دریافت کرده‌اند.
# machine-drafted
survey-report-def-responses = انجمن‌هایی که پرسش‌نامه را فرستاده‌اند.
# machine-drafted
survey-report-def-rate = تعداد پاسخ‌ها تقسیم بر تعداد دعوت‌شدگان.
# machine-drafted
survey-report-part = بخش { $number }
# machine-drafted
survey-report-no-texts = پاسخ متنی آزاد وجود ندارد

# Delivery of the invitation mails; reminders through the job queue

# machine-drafted
survey-invite-state-mail-pending = ایمیل در حال ارسال است
# machine-drafted
survey-invite-state-mail-failed = ارسال ایمیل ناموفق بود
# machine-drafted
survey-invite-mail-pending = { $count ->
    [one] ۱ دعوت هنوز در انتظار ارسال است و هنوز دعوت‌شده به شمار نمی‌آید.
   *[other] { $count } دعوت هنوز در انتظار ارسال‌اند و هنوز دعوت‌شده به شمار نمی‌آیند.
}
# machine-drafted
survey-invite-mail-failed = { $count ->
    [one] ارسال ایمیل به ۱ انجمن ناموفق بود: دعوت‌شده به شمار نمی‌آید و می‌توان بی‌درنگ دوباره یادآوری کرد.
   *[other] ارسال ایمیل به { $count } انجمن ناموفق بود: دعوت‌شده به شمار نمی‌آیند و می‌توان بی‌درنگ دوباره یادآوری کرد.
}
# machine-drafted
survey-remind-queued = { $count ->
    [0] اکنون هیچ یادآوری‌ای موعدش نرسیده است.
    [one] ۱ یادآوری در پس‌زمینه فرستاده می‌شود.
   *[other] { $count } یادآوری در پس‌زمینه فرستاده می‌شود.
}

## The summary at the top of the dashboard ("at a glance")
# machine-drafted
survey-glance-title = در یک نگاه
# machine-drafted
survey-glance-rate = { $responses } از { $invited } انجمن دعوت‌شده پاسخ دادند ({ $rate }).
# machine-drafted
survey-glance-varied = تنوع زیاد در
# machine-drafted
survey-glance-shared = پاسخ‌های مشابه در
# machine-drafted
survey-glance-spread-varied = تنوع زیاد
# machine-drafted
survey-glance-spread-mixed = تا حدی مشابه، تا حدی متفاوت
# machine-drafted
survey-glance-spread-shared = پاسخ‌های مشابه
# machine-drafted
survey-glance-measure-varied = { $distinct } پاسخ متفاوت؛ { $top } پاسخ پرتکرار { $cover } % از همهٔ پاسخ‌های ذکرشده را تشکیل می‌دهند.
# machine-drafted
survey-glance-measure-shared = هر یک از { $top } پاسخ پرتکرار را دست‌کم { $reach } % از انجمن‌ها ذکر کرده‌اند (در مجموع { $distinct } پاسخ متفاوت).
# machine-drafted
survey-glance-measure-mixed = { $distinct } پاسخ متفاوت؛ { $top } پاسخ پرتکرار { $cover } % از همهٔ پاسخ‌های ذکرشده را تشکیل می‌دهند و هر یک را دست‌کم { $reach } % از انجمن‌ها ذکر کرده‌اند.
# machine-drafted
survey-glance-measure-few = { $distinct } پاسخ متفاوت؛ تعداد پاسخ‌ها برای ارزیابی بسیار کم است.
# machine-drafted
survey-glance-share = { $percent } % ({ $count } از { $answered })
# machine-drafted
survey-glance-mean = میانگین { $mean } در مقیاس 1 ({ $low }) تا 5 ({ $high }).
# machine-drafted
survey-glance-legend = روش سنجش: نسبت‌ها از انجمن‌هایی حساب می‌شود که به پرسش پاسخ داده‌اند؛ چند پاسخ ممکن است. «پاسخ‌های مشابه»: هر یک از { $top } پاسخ پرتکرار را دست‌کم { $shared } % از انجمن‌ها ذکر کرده‌اند. «تنوع زیاد»: دست‌کم { $distinct } پاسخ متفاوت، و دست‌کم یکی از { $top } پاسخ پرتکرار را کمتر از { $varied } % از انجمن‌ها ذکر کرده‌اند. با کمتر از { $min } پاسخ، ارزیابی انجام نمی‌شود.
# machine-drafted
survey-glance-share-heading = سهم انجمن‌هایی که پاسخ داده‌اند
