# Machine-drafted translation (Persian), awaiting review by a native speaker.

# گزارش‌های دفتر ادغام: نمای کلی و گزارش حمایت مالی.

# machine-drafted
report-dashboard = گزارش‌ها
# machine-drafted
report-intro = آمار شبکه برای یک دوره. هر رقم تعریف خود را دارد و اعداد هر نمودار به صورت جدول نیز آمده است. گزارش حمایت مالی همین اعداد را به صورت PDF یا CSV در بر دارد.
# machine-drafted
report-from = از
# machine-drafted
report-to = تا
# machine-drafted
report-period-hint = تاریخ‌ها به شکل ⁨YYYY-MM-DD⁩ (سال-ماه-روز)، مثلاً ⁨2020-01-01⁩. هر دو روز به حساب می‌آیند؛ حداکثر ده سال.
# machine-drafted
report-show = نمایش
# machine-drafted
report-download-pdf = گزارش حمایت مالی به صورت PDF
# machine-drafted
report-download-csv = گزارش حمایت مالی به صورت CSV
# machine-drafted
report-definition = روش شمارش
# machine-drafted
report-as-table = اعداد به صورت جدول
# machine-drafted
report-title = گزارش حمایت مالی شبکه
# machine-drafted
report-period-words = دوره از { $from } تا { $to }
# machine-drafted
report-made = تهیه‌شده در { $date } با Knotenpunkt
# machine-drafted
report-contents = محتوا
# machine-drafted
report-page = صفحه
# machine-drafted
report-figure = شاخص
# machine-drafted
report-value = مقدار
# machine-drafted
report-count = تعداد
# machine-drafted
report-no-data = بدون داده
# machine-drafted
report-of-which = { $count } (از این میان { $part } به آشنایی انجامید)
# machine-drafted
report-share = { $percent }٪ ({ $part } از { $total })
# machine-drafted
report-percent = { $percent }٪
# machine-drafted
report-days = { $count ->
    [one] ۱ روز
   *[other] { $count } روز
}
# machine-drafted
report-hours = { $count ->
    [one] ۱ ساعت
   *[other] { $count } ساعت
}
# machine-drafted
report-no-district = بدون محله
# machine-drafted
report-mso-yes = سازمان خودگردان مهاجران
# machine-drafted
report-mso-no = سازمان دیگر
# machine-drafted
report-origin-meeting = از یک نشست شبکه
# machine-drafted
report-origin-introduction = از یک درخواست تماس
# machine-drafted
report-origin-office = واردشده توسط دفتر ادغام
# machine-drafted
report-narrative = گزارش دفتر ادغام
# machine-drafted
report-narrative-label = متن شما برای گزارش حمایت مالی
# machine-drafted
report-narrative-hint = آنچه شبکه در این دوره به دست آورده است، به زبان خودتان. سطرهای خالی بندها را از هم جدا می‌کنند. این متن فقط به همین دوره تعلق دارد.
# machine-drafted
report-narrative-save = ذخیرهٔ متن
# machine-drafted
report-narrative-saved = متن ذخیره شد و در گزارش حمایت مالی می‌آید.
# machine-drafted
form-error-report-date-invalid = لطفاً یک تاریخ معتبر وارد کنید، برای مثال 2020-01-01.
# machine-drafted
form-error-report-period-order = تاریخ پایان پیش از تاریخ آغاز است. لطفاً تاریخ پایان دیرتری انتخاب کنید.
# machine-drafted
form-error-report-period-too-long = دوره بیش از ده سال است. لطفاً دورهٔ کوتاه‌تری انتخاب کنید.
# machine-drafted
form-error-report-narrative-too-long = متن بیش از حد طولانی است. لطفاً آن را به حداکثر 20٬000 نویسه کوتاه کنید.
# machine-drafted
report-section-associations = انجمن‌ها و نهادها
# machine-drafted
report-section-marketplace = پیشنهادها و نیازها
# machine-drafted
report-section-meetings = نشست‌های شبکه
# machine-drafted
report-section-projects = پروژه‌های همکاری
# machine-drafted
report-section-inbox = پیام‌ها به دفتر ادغام
# machine-drafted
report-section-meeting-list = نشست‌ها یک‌به‌یک
# machine-drafted
report-section-project-list = پروژه‌ها یک‌به‌یک
# machine-drafted
report-fig-active = مدخل‌های فعال
# machine-drafted
report-def-active = مدخل‌های منتشرشده و بایگانی‌نشدهٔ فهرست در امروز؛ رابط برنامه‌نویسی باز همین عدد را با نام «total» می‌دهد. تفکیک‌های زیر همین مدخل‌ها را می‌شمارند.
# machine-drafted
report-fig-confirmed = تأییدشده در 12 ماه گذشته
# machine-drafted
report-def-confirmed = سهم مدخل‌های فعالی که در 365 روز گذشته تأیید شده‌اند: با یک تغییر منتشرشده یا با پرسش سالانهٔ «هنوز فعال است؟».
# machine-drafted
report-fig-mso = سازمان‌های خودگردان مهاجران
# machine-drafted
report-def-mso = سهم مدخل‌های فعالی که خود را سازمان خودگردان مهاجران توصیف می‌کنند.
# machine-drafted
report-fig-offers = پیشنهادهای ثبت‌شده
# machine-drafted
report-def-offers = پیشنهادهایی که در این دوره ثبت شده‌اند، چه هنوز باز باشند و چه از آن پس بسته شده باشند.
# machine-drafted
report-fig-offers-open = از این میان هنوز باز
# machine-drafted
report-def-offers-open = پیشنهادهای این دوره که انجمنِ صاحبشان هنوز آن‌ها را نبسته است.
# machine-drafted
report-fig-offers-matched = پیشنهادهایی که به آشنایی انجامید
# machine-drafted
report-def-offers-matched = سهم پیشنهادهای این دوره که دست‌کم یک درخواست تماس توافق‌شده دارند (توافق‌شده یا انجام‌شده).
# machine-drafted
report-fig-needs = نیازهای ثبت‌شده
# machine-drafted
report-def-needs = نیازهایی که در این دوره ثبت شده‌اند، چه هنوز باز باشند و چه از آن پس بسته شده باشند.
# machine-drafted
report-fig-needs-open = از این میان هنوز باز
# machine-drafted
report-def-needs-open = نیازهای این دوره که انجمنِ صاحبشان هنوز آن‌ها را نبسته است.
# machine-drafted
report-fig-needs-matched = نیازهایی که به آشنایی انجامید
# machine-drafted
report-def-needs-matched = سهم نیازهای این دوره که دست‌کم یک درخواست تماس توافق‌شده دارند (توافق‌شده یا انجام‌شده).
# machine-drafted
report-fig-days-to-match = روزها تا نخستین آشنایی (میانه)
# machine-drafted
report-def-days-to-match = برای هر نیاز این دوره که به آشنایی انجامید، شمار روزها از ثبت آن تا نخستین درخواست تماس توافق‌شده (آخرین تغییر وضعیت همان درخواست ملاک است)؛ و سپس میانهٔ این مقادیر.
# machine-drafted
report-fig-held = نشست‌های برگزارشده
# machine-drafted
report-def-held = نشست‌های شبکه در این دوره که دفتر آن‌ها را «برگزار شد» علامت زده است؛ نشست‌های لغوشده به حساب نمی‌آیند.
# machine-drafted
report-fig-registrations = ثبت‌نام‌ها
# machine-drafted
report-def-registrations = ثبت‌نام‌های تأییدشده برای این نشست‌ها، همراه با کسانی که بدون ثبت‌نام آمده‌اند؛ فهرست انتظار و ثبت‌نام‌های لغوشده به حساب نمی‌آیند.
# machine-drafted
report-fig-attended = حاضران
# machine-drafted
report-def-attended = ثبت‌نام‌کنندگانی که هنگام ورود «حاضر» ثبت شده‌اند – همان عدد «… از … نفر آمده‌اند» در صفحهٔ پذیرش ورود نشست.
# machine-drafted
report-fig-attendance-rate = نرخ حضور
# machine-drafted
report-def-attendance-rate = تعداد حاضران تقسیم بر تعداد ثبت‌نام‌ها.
# machine-drafted
report-fig-associations-reached = انجمن‌هایی که به نشست‌ها رسیدند
# machine-drafted
report-def-associations-reached = انجمن‌های مختلفی که دست‌کم یک نفر از آن‌ها در یکی از نشست‌های این دوره شرکت کرده است.
# machine-drafted
report-fig-new-pairs-per-meeting = جفت‌های تازهٔ انجمن‌ها در هر نشست
# machine-drafted
report-def-new-pairs-per-meeting = جفت‌هایی از انجمن‌های مختلف که در یک دورِ برگزارشده سر یک میز نشستند و در هیچ نشست پیشینی با هم روبه‌رو نشده بودند؛ میانگین بر روی نشست‌های این دوره.
# machine-drafted
report-fig-begun = پروژه‌های آغازشده
# machine-drafted
report-def-begun = پروژه‌های همکاری که در این دوره وارد شده‌اند.
# machine-drafted
report-fig-under-way-or-done = از این میان در جریان یا پایان‌یافته
# machine-drafted
report-def-under-way-or-done = پروژه‌های این دوره که امروز در جریان یا پایان‌یافته‌اند.
# machine-drafted
report-fig-cases = پیام‌های رسیده
# machine-drafted
report-def-cases = ایده‌ها، مشکلات، پرسش‌ها و تقاضاهای کمک که در این دوره رسیده‌اند؛ پیام‌های تکراری یکی‌شده یک بار شمرده می‌شوند.
# machine-drafted
report-fig-answered = پاسخ‌داده‌شده
# machine-drafted
report-def-answered = سهم پیام‌های این دوره که دست‌کم یک پاسخ از دفتر گرفته‌اند.
# machine-drafted
report-fig-hours-to-answer = زمان تا نخستین پاسخ (میانه)
# machine-drafted
report-def-hours-to-answer = ساعت‌ها از رسیدن پیام تا نخستین پاسخ دفتر؛ میانهٔ پیام‌های پاسخ‌داده‌شده.
# machine-drafted
report-fig-days-to-close = زمان تا بستن (میانه)
# machine-drafted
report-def-days-to-close = روزها از رسیدن پیام تا بسته شدن آن؛ میانهٔ پیام‌های بسته‌شده.
# machine-drafted
report-chart-growth = رشد فهرست
# machine-drafted
report-chart-def-growth = مدخل‌های فعال در پایان هر ماه، بر اساس روز نخستین انتشارشان (از روی نسخه‌ها؛ مدخل‌های واردشده از روز ورود داده‌ها). مدخل‌های بایگانی‌شده به حساب نمی‌آیند.
# machine-drafted
report-chart-label-growth = ماه
# machine-drafted
report-chart-legal-form = مدخل‌ها بر اساس نوع
# machine-drafted
report-chart-def-legal-form = مدخل‌های فعال بر اساس شکل حقوقی‌شان.
# machine-drafted
report-chart-label-legal-form = نوع
# machine-drafted
report-chart-field = مدخل‌ها بر اساس حوزهٔ فعالیت
# machine-drafted
report-chart-def-field = مدخل‌های فعال در هر حوزهٔ فعالیت؛ مدخلی که چند حوزه دارد در هر یک شمرده می‌شود.
# machine-drafted
report-chart-label-field = حوزهٔ فعالیت
# machine-drafted
report-chart-language = مدخل‌ها بر اساس زبان
# machine-drafted
report-chart-def-language = مدخل‌های فعال در هر زبانی که ارائه می‌دهند؛ مدخلی که چند زبان دارد در هر یک شمرده می‌شود.
# machine-drafted
report-chart-label-language = زبان
# machine-drafted
report-chart-district = مدخل‌ها بر اساس محله
# machine-drafted
report-chart-def-district = مدخل‌های فعال بر اساس محلهٔ آن‌ها.
# machine-drafted
report-chart-label-district = محله
# machine-drafted
report-chart-mso = سازمان‌های خودگردان مهاجران
# machine-drafted
report-chart-def-mso = مدخل‌های فعالی که خود را سازمان خودگردان مهاجران توصیف می‌کنند، و بقیه.
# machine-drafted
report-chart-label-mso = سازمان
# machine-drafted
report-chart-offers-by-field = پیشنهادها بر اساس حوزهٔ فعالیت
# machine-drafted
report-chart-def-offers-by-field = پیشنهادهای این دوره در هر حوزهٔ فعالیت، و در پرانتز شمار آن‌هایی که به آشنایی انجامید.
# machine-drafted
report-chart-label-offers-by-field = حوزهٔ فعالیت
# machine-drafted
report-chart-needs-by-field = نیازها بر اساس حوزهٔ فعالیت
# machine-drafted
report-chart-def-needs-by-field = نیازهای این دوره در هر حوزهٔ فعالیت، و در پرانتز شمار آن‌هایی که به آشنایی انجامید.
# machine-drafted
report-chart-label-needs-by-field = حوزهٔ فعالیت
# machine-drafted
report-chart-attended-by-meeting = حضور در هر نشست
# machine-drafted
report-chart-def-attended-by-meeting = افرادی که هنگام ورود «حاضر» ثبت شده‌اند، برای هر نشست.
# machine-drafted
report-chart-label-attended-by-meeting = نشست
# machine-drafted
report-chart-new-pairs-by-meeting = جفت‌های تازهٔ انجمن‌ها در هر نشست
# machine-drafted
report-chart-def-new-pairs-by-meeting = جفت‌هایی از انجمن‌های مختلف که نخستین بار در این نشست سر یک میز با هم روبه‌رو شدند.
# machine-drafted
report-chart-label-new-pairs-by-meeting = نشست
# machine-drafted
report-chart-project-status = پروژه‌ها بر اساس وضعیت
# machine-drafted
report-chart-def-project-status = پروژه‌های این دوره بر اساس وضعیت امروزشان.
# machine-drafted
report-chart-label-project-status = وضعیت
# machine-drafted
report-chart-project-origin = پروژه‌ها بر اساس منشأ
# machine-drafted
report-chart-def-project-origin = پروژه‌های این دوره از کجا پدید آمده‌اند.
# machine-drafted
report-chart-label-project-origin = منشأ
# machine-drafted
report-chart-case-kind = پیام‌ها بر اساس نوع
# machine-drafted
report-chart-def-case-kind = پیام‌های این دوره بر اساس نوعشان.
# machine-drafted
report-chart-label-case-kind = نوع
# machine-drafted
report-chart-case-status = پیام‌ها بر اساس وضعیت
# machine-drafted
report-chart-def-case-status = پیام‌های این دوره بر اساس وضعیت امروزشان.
# machine-drafted
report-chart-label-case-status = وضعیت
# machine-drafted
report-col-date = تاریخ
# machine-drafted
report-col-meeting = نشست
# machine-drafted
report-col-registrations = ثبت‌نام‌ها
# machine-drafted
report-col-attended = حاضران
# machine-drafted
report-col-rate = نرخ
# machine-drafted
report-col-associations = انجمن‌ها
# machine-drafted
report-col-new-pairs = جفت‌های تازه
# machine-drafted
report-col-project = پروژه
# machine-drafted
report-col-partners = شرکا
# machine-drafted
report-col-status = وضعیت
# machine-drafted
report-col-origin = منشأ
# machine-drafted
report-col-begun = تاریخ ثبت
# machine-drafted
report-no-meetings = در این دوره هیچ نشستی برگزار نشد.
# machine-drafted
report-no-projects = در این دوره هیچ پروژه‌ای وارد نشد.
# machine-drafted
report-project-anonymised = پروژهٔ غیرعمومی
# machine-drafted
report-projects-anonymised-note = پروژه‌هایی که عمومی نیستند (هنوز تأیید نشده‌اند یا شرکایشان آن‌ها را پنهان کرده‌اند) بدون عنوان و شرکا در لیست آمده‌اند.

# The surveys of the period (issue 17).
# machine-drafted
report-section-surveys = نظرسنجی‌های انجمن‌ها
# machine-drafted
report-fig-surveys = نظرسنجی‌ها
# machine-drafted
report-def-surveys = نظرسنجی‌هایی که در این دوره باز بودند یا در آن پاسخ داده شدند.
# machine-drafted
report-fig-survey-invited = انجمن‌های دعوت‌شده
# machine-drafted
report-def-survey-invited = انجمن‌هایی که تا پایان دوره به این نظرسنجی‌ها دعوت شدند؛ هر انجمن در هر نظرسنجی یک بار شمرده می‌شود.
# machine-drafted
report-fig-survey-responses = پاسخ‌ها
# machine-drafted
report-def-survey-responses = پاسخ‌های ارسال‌شده به این نظرسنجی‌ها در این دوره؛ پاسخ‌های آغازشده اما ارسال‌نشده شمرده نمی‌شوند.
# machine-drafted
report-fig-response-rate = نرخ پاسخ
# machine-drafted
report-def-response-rate = تعداد پاسخ‌ها تقسیم بر انجمن‌های دعوت‌شده، در همه نظرسنجی‌های دوره.
# machine-drafted
report-chart-response-rate-by-survey = نرخ پاسخ به تفکیک نظرسنجی
# machine-drafted
report-chart-def-response-rate-by-survey = برای هر نظرسنجی دوره: پاسخ‌های ارسال‌شده در دوره تقسیم بر انجمن‌های دعوت‌شده.
# machine-drafted
report-chart-label-response-rate-by-survey = نظرسنجی
# machine-drafted
report-survey-list = نظرسنجی‌ها یکی‌یکی
# machine-drafted
report-col-survey = نظرسنجی
# machine-drafted
report-col-invited = دعوت‌شده
# machine-drafted
report-col-responses = پاسخ‌ها
