# Machine-drafted translation (Persian), awaiting review by a native speaker.
# machine-drafted
nav-skip = رفتن به محتوا
# machine-drafted
nav-main-label = منوی اصلی
# machine-drafted
nav-home = صفحهٔ اصلی
# machine-drafted
nav-directory = فهرست انجمن‌ها
# machine-drafted
nav-contact = تماس
# machine-drafted
nav-language-label = انتخاب زبان
# machine-drafted
footer-open-data = داده‌های باز (API)
# machine-drafted
imprint-title = اطلاعات ناشر
# machine-drafted
privacy-title = سیاست حفظ حریم خصوصی
# machine-drafted
legal-missing = این متن هنوز اضافه نشده است. لطفاً با دفتر ادغام تماس بگیرید.
# machine-drafted
content-fallback-note = این متن به زبان شما در دسترس نیست. به زبان { $language } نمایش داده می‌شود.
# machine-drafted
error-back-to-directory = بازگشت به فهرست انجمن‌ها
# machine-drafted
error-not-found-title = صفحه پیدا نشد
# machine-drafted
error-not-found-text = این صفحه وجود ندارد (یا دیگر وجود ندارد). شاید آنچه را به دنبالش هستید در فهرست پیدا کنید.
# machine-drafted
error-bad-request-title = درخواست خوانده نشد
# machine-drafted
error-bad-request-text = نشانی یا فرمی که فرستادید خوانده نشد. لطفاً برگردید و دوباره با فرم همین صفحه امتحان کنید.
# machine-drafted
error-organisation-not-found-title = انجمن پیدا نشد
# machine-drafted
error-organisation-not-found-text = این مورد وجود ندارد یا دیگر عمومی نیست.
# machine-drafted
count-organisations = { $count ->
    [one] { $count } انجمن
   *[other] { $count } انجمن
}
# machine-drafted
error-unavailable-title = موقتاً در دسترس نیست
# machine-drafted
error-unavailable-text = در حال حاضر امکان بارگیری داده‌ها وجود ندارد. لطفاً چند دقیقه دیگر دوباره تلاش کنید.
# machine-drafted
nav-offers = پیشنهادهای انجمن‌ها
# machine-drafted
nav-needs = نیازهای انجمن‌ها
# reviewed: the German legal name, shown in parentheses with lang="de"; it stays German
imprint-legal-term = Impressum
