# Machine-drafted translation (Persian), awaiting review by a native speaker.
# machine-drafted
nav-map = نقشهٔ شهر
# machine-drafted
map-title = نقشهٔ دیجیتال ادغام در شهر
# machine-drafted
map-filters = جست‌وجو و فیلترها
# machine-drafted
map-apply = به‌روزرسانی نقشه
# machine-drafted
map-as-directory = نمایش به صورت لیست در فهرست
# machine-drafted
map-show-search = نمایش این جست‌وجو روی نقشهٔ شهر
# machine-drafted
map-toggle-map = نقشه
# machine-drafted
map-toggle-list = لیست
# machine-drafted
map-pane-label = نقشه
# machine-drafted
map-skip = رد شدن از نقشه و رفتن به لیست
# machine-drafted
map-list-heading = انجمن‌ها روی نقشه
# machine-drafted
map-count = { $count ->
    [one] { $count } انجمن روی نقشه
   *[other] { $count } انجمن روی نقشه
}
# machine-drafted
map-zoom-for-more = همهٔ انجمن‌های این بخش در لیست جا نمی‌شوند. نقشه را بزرگ‌تر کنید یا جست‌وجو را محدودتر کنید.
# machine-drafted
map-unplaced = بدون مکان روی نقشه
# machine-drafted
map-legend = راهنمای رنگ‌ها و نمادها: حوزه‌های فعالیت
# machine-drafted
map-show-on-map = نمایش روی نقشه
# machine-drafted
map-to-profile = رفتن به نمایه
# machine-drafted
map-cluster-count = { $count ->
   *[other] { $count } انجمن در این مکان، برای بزرگ‌نمایی انتخاب کنید
}
# machine-drafted
map-in-view-count = { $count ->
    [0] در بخش دیده‌شدهٔ نقشه: هیچ انجمنی نیست (از { $total })
   *[other] در بخش دیده‌شدهٔ نقشه: { $count } انجمن (از { $total })
}
# machine-drafted
map-load-error = بارگیری انجمن‌ها برای نقشه ممکن نشد. لیست در فهرست انجمن‌ها همچنان کار می‌کند.
# machine-drafted
map-zoom-in = بزرگ‌نمایی
# machine-drafted
map-zoom-out = کوچک‌نمایی
# machine-drafted
map-consent-title = بارگیری نقشه
# machine-drafted
map-consent-text = تصاویر نقشه از { $provider } می‌آیند.
# machine-drafted
map-consent-transmitted = اگر نقشه را بارگیری کنید، { $host } نشانی IP شما و اینکه کدام بخش نقشه را می‌بینید دریافت می‌کند. تا آن زمان انجمن‌ها را روی یک زمینهٔ ساده می‌بینید.
# machine-drafted
map-consent-privacy = اطلاعات بیشتر در بیانیهٔ حریم خصوصی
# machine-drafted
map-consent-load = بارگیری نقشه
# machine-drafted
map-consent-remember = انتخاب من را روی این دستگاه به خاطر بسپار
# machine-drafted
map-consent-withdraw = دیگر تصاویر نقشه را بارگیری نکن
# machine-drafted
map-show-on-city-map = نمایش روی نقشهٔ شهر
# machine-drafted
map-embed-link = قرار دادن این نقشه در وب‌سایت خودتان
# machine-drafted
map-embed-back = باز کردن نقشهٔ بزرگ‌تر در { $site }
# machine-drafted
map-embed-title = قرار دادن نقشهٔ شهر در وب‌سایت
# machine-drafted
map-embed-intro = انتخاب کنید نقشه کدام انجمن‌ها را نشان دهد. کد زیر را در وب‌سایت خود قرار دهید؛ پیش‌نمایش نشان می‌دهد نقشه آنجا چگونه دیده می‌شود.
# machine-drafted
map-embed-language = زبان نقشه
# machine-drafted
map-embed-height = ارتفاع به پیکسل
# machine-drafted
map-embed-update = به‌روزرسانی کد و پیش‌نمایش
# machine-drafted
map-embed-snippet = کد برای قرار دادن
# machine-drafted
map-embed-snippet-help = کد HTML برای وب‌سایت شما (برای کپی انتخاب کنید)
# machine-drafted
map-embed-preview = پیش‌نمایش
# machine-drafted
map-embed-frame-title = نقشهٔ انجمن‌های شهر – { $site }
# machine-drafted
map-filter-offers = پیشنهاد می‌دهد
# machine-drafted
map-filter-offers-any = هر چیزی
# machine-drafted
map-filter-needs = نیاز دارد
# machine-drafted
map-filter-needs-any = هر چیزی
# machine-drafted
map-item-offers = پیشنهاد می‌دهد
# machine-drafted
map-item-seeks = نیاز دارد
# machine-drafted
query-error-unknown-item-category = چنین دسته‌ای از پیشنهادها و نیازها وجود ندارد. لطفاً یکی را از لیست انتخاب کنید.
# machine-drafted
map-container-label = نقشهٔ انجمن‌ها: با کلیدهای جهت‌نما جابه‌جا کنید و با کلیدهای به‌علاوه و منها بزرگ‌نمایی یا کوچک‌نمایی کنید
# machine-drafted
map-popup-close = بستن
# machine-drafted
map-popup-opened = روی نقشه باز شد: { $name }
