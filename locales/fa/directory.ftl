# Machine-drafted translation (Persian), awaiting review by a native speaker.
# machine-drafted
directory-title = فهرست انجمن‌ها
# machine-drafted
search-heading = جست‌وجو و فیلترها
# machine-drafted
search-label = جست‌وجو
# machine-drafted
search-placeholder = مثلاً زنان، کلاس تقویتی، ترکی
# machine-drafted
search-submit = جست‌وجو
# machine-drafted
query-error-heading = جست‌وجو انجام نشد.
# machine-drafted
query-error-query-too-long = متن جست‌وجو بیش از حد طولانی است. لطفاً حداکثر 200 نویسه وارد کنید.
# machine-drafted
query-error-unknown-category = این حوزهٔ فعالیت وجود ندارد. لطفاً یکی را از لیست انتخاب کنید.
# machine-drafted
query-error-unknown-target-group = این گروه هدف وجود ندارد. لطفاً یکی را از لیست انتخاب کنید.
# machine-drafted
query-error-invalid-language = این زبان معتبر نیست. لطفاً یکی را از لیست انتخاب کنید.
# machine-drafted
query-error-unknown-district = این محله وجود ندارد. لطفاً یکی را از لیست انتخاب کنید.
# machine-drafted
query-error-invalid-mso = فیلتر «سازمان خودگردان مهاجران» فقط «بله» یا «خیر» را می‌پذیرد.
# machine-drafted
query-error-invalid-sort = این نوع مرتب‌سازی وجود ندارد.
# machine-drafted
query-error-invalid-page = این شماره صفحه وجود ندارد.
# machine-drafted
query-error-invalid-per-page = در هر صفحه می‌توان 1 تا 100 مورد نمایش داد.
# machine-drafted
filters-toggle = فیلترها
# machine-drafted
facet-any = همه
# machine-drafted
facet-category = حوزهٔ فعالیت
# machine-drafted
facet-target-group = گروه هدف
# machine-drafted
facet-language = زبان
# machine-drafted
facet-district = محله
# machine-drafted
facet-mso = سازمان خودگردان مهاجران
# machine-drafted
facet-mso-yes = بله
# machine-drafted
facet-mso-no = خیر
# machine-drafted
sort-label = مرتب‌سازی
# machine-drafted
sort-relevance = مرتبط‌ترین
# machine-drafted
sort-name = نام (A–Z)
# machine-drafted
sort-updated = تازه‌ترین به‌روزرسانی
# machine-drafted
results-count = { $count ->
    [0] هیچ انجمنی پیدا نشد
    [one] { $count } انجمن پیدا شد
   *[other] { $count } انجمن پیدا شد
}
# machine-drafted
active-filters = فیلترهای فعال
# machine-drafted
directory-item-mentions = پیشنهادها و نیازهای مناسب
# machine-drafted
filter-remove = حذف فیلتر
# machine-drafted
no-results = متأسفانه برای جست‌وجوی شما نتیجه‌ای پیدا نکردیم.
# machine-drafted
no-results-hint = با فیلترهای کمتر یا واژهٔ جست‌وجوی کوتاه‌تر امتحان کنید:
# machine-drafted
no-results-show-all = نمایش همه انجمن‌ها
# machine-drafted
pagination-label = صفحه‌ها
# machine-drafted
pagination-prev = قبلی
# machine-drafted
pagination-next = بعدی
# machine-drafted
badge-mso = سازمان خودگردان مهاجران
# machine-drafted
breadcrumb-label = مسیر صفحه
# machine-drafted
profile-about = درباره ما
# machine-drafted
profile-facts = در یک نگاه
# machine-drafted
profile-categories = حوزه‌های فعالیت
# machine-drafted
profile-target-groups = گروه‌های هدف
# machine-drafted
profile-languages = زبان‌ها
# machine-drafted
profile-origins = خاستگاه
# machine-drafted
profile-founded = تأسیس
# machine-drafted
profile-district = محله
# machine-drafted
profile-meeting-times = زمان جلسات
# machine-drafted
profile-wheelchair = مناسب برای ویلچر
# machine-drafted
profile-contact = تماس
# machine-drafted
profile-persons = افراد رابط
# machine-drafted
profile-report-error = گزارش خطا در این مورد
# machine-drafted
profile-report-subject = خطا در مورد: { $name }
# machine-drafted
profile-as-data = به‌صورت داده (JSON)
# machine-drafted
contact-email = ایمیل
# machine-drafted
contact-phone = تلفن
# machine-drafted
contact-website = وب‌سایت
# machine-drafted
wheelchair-yes = بله
# machine-drafted
wheelchair-partial = تا حدی
# machine-drafted
wheelchair-no = خیر
# machine-drafted
legal-form-registered-association = انجمن ثبت‌شده ({ "\u2068e. V.\u2069" })
# machine-drafted
legal-form-nonprofit-company = شرکت با مسئولیت محدود غیرانتفاعی ({ "\u2068gGmbH\u2069" })
# machine-drafted
legal-form-initiative = ابتکار مدنی بدون شکل حقوقی
# machine-drafted
legal-form-religious-community = جامعه دینی
# machine-drafted
legal-form-public-body = نهاد عمومی
# machine-drafted
legal-form-other = شکل حقوقی دیگر
# machine-drafted
target-group-children = کودکان
# machine-drafted
target-group-youth = نوجوانان و جوانان
# machine-drafted
target-group-women = زنان
# machine-drafted
target-group-men = مردان
# machine-drafted
target-group-seniors = سالمندان
# machine-drafted
target-group-families = خانواده‌ها
# machine-drafted
target-group-refugees = پناهجویان
# machine-drafted
target-group-newcomers = تازه‌واردان
# machine-drafted
target-group-everyone = همه
