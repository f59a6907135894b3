# Machine-drafted translation (Persian), awaiting review by a native speaker.
nav-map = نقشهٔ شهر
map-title = نقشهٔ دیجیتال ادغام در شهر
map-filters = جستجو و فیلترها
map-apply = به‌روزرسانی نقشه
map-as-directory = نمایش به صورت فهرست در راهنما
map-show-search = نمایش این جستجو روی نقشهٔ شهر
map-toggle-map = نقشه
map-toggle-list = فهرست
map-pane-label = نقشه
map-skip = رد شدن از نقشه و رفتن به فهرست
map-list-heading = انجمن‌ها روی نقشه
map-count = { $count ->
    [one] { $count } انجمن روی نقشه
   *[other] { $count } انجمن روی نقشه
}
map-in-view = در بخش نمایش‌داده‌شدهٔ نقشه
map-zoom-for-more = همهٔ انجمن‌های این بخش در فهرست جا نمی‌شوند. نقشه را بزرگ‌تر کنید یا جستجو را محدودتر کنید.
map-unplaced = بدون مکان روی نقشه
map-legend = راهنمای نقشه: زمینه‌های فعالیت
map-show-on-map = نمایش روی نقشه
map-to-profile = رفتن به نمایه
map-cluster = انجمن در این مکان، برای بزرگ‌نمایی انتخاب کنید
map-load-error = بارگیری انجمن‌ها برای نقشه ممکن نشد. فهرست در راهنما همچنان کار می‌کند.
map-zoom-in = بزرگ‌نمایی
map-zoom-out = کوچک‌نمایی
map-consent-title = بارگیری نقشه
map-consent-text = تصاویر نقشه از { $provider } می‌آیند.
map-consent-transmitted = اگر نقشه را بارگیری کنید، { $host } نشانی IP شما و اینکه کدام بخش نقشه را می‌بینید دریافت می‌کند. تا آن زمان انجمن‌ها را روی یک زمینهٔ ساده می‌بینید.
map-consent-privacy = اطلاعات بیشتر در بیانیهٔ حریم خصوصی
map-consent-load = بارگیری نقشه
map-consent-remember = انتخاب من را روی این دستگاه به خاطر بسپار
map-consent-withdraw = دیگر تصاویر نقشه را بارگیری نکن
map-show-on-city-map = نمایش روی نقشهٔ شهر
map-embed-link = قرار دادن این نقشه در وب‌سایت خودتان
map-embed-back = باز کردن نقشهٔ بزرگ‌تر در { $site }
map-embed-title = قرار دادن نقشهٔ شهر در وب‌سایت
map-embed-intro = انتخاب کنید نقشه کدام انجمن‌ها را نشان دهد. کد زیر را در وب‌سایت خود قرار دهید؛ پیش‌نمایش نشان می‌دهد نقشه آنجا چگونه دیده می‌شود.
map-embed-language = زبان نقشه
map-embed-height = ارتفاع به پیکسل
map-embed-update = به‌روزرسانی کد و پیش‌نمایش
map-embed-snippet = کد برای قرار دادن
map-embed-snippet-help = کد HTML برای وب‌سایت شما (برای کپی انتخاب کنید)
map-embed-preview = پیش‌نمایش
map-embed-frame-title = نقشهٔ انجمن‌های شهر – { $site }
