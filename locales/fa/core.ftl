# Machine-drafted translation (Farsi), awaiting review by a native speaker.
nav-skip = رفتن به محتوا
nav-main-label = منوی اصلی
nav-home = صفحه اصلی
nav-directory = فهرست انجمن‌ها
nav-contact = تماس
nav-language-label = انتخاب زبان
footer-open-data = داده‌های باز (API)
imprint-title = اطلاعات ناشر (Impressum)
privacy-title = سیاست حفظ حریم خصوصی
legal-missing = این متن هنوز اضافه نشده است. لطفاً با دفتر هماهنگی تماس بگیرید.
content-fallback-note = این متن به زبان شما در دسترس نیست. به زبان { $language } نمایش داده می‌شود.
error-back-to-directory = بازگشت به فهرست انجمن‌ها
error-not-found-title = صفحه پیدا نشد
error-not-found-text = این صفحه وجود ندارد (یا دیگر وجود ندارد). شاید آنچه را به دنبالش هستید در فهرست پیدا کنید.
error-organisation-not-found-title = انجمن پیدا نشد
error-organisation-not-found-text = این مورد وجود ندارد یا دیگر عمومی نیست.
count-organisations = { $count ->
    [one] { $count } انجمن
   *[other] { $count } انجمن
}
error-unavailable-title = موقتاً در دسترس نیست
error-unavailable-text = در حال حاضر امکان بارگیری داده‌ها وجود ندارد. لطفاً چند دقیقه دیگر دوباره تلاش کنید.
nav-offers = انجمن‌ها ارائه می‌دهند
nav-needs = انجمن‌ها جست‌وجو می‌کنند
