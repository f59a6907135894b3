# Machine-drafted translation (Persian), awaiting review by a native speaker.
# machine-drafted
edit-title = ویرایش { $name }
# machine-drafted
edit-public-page = صفحهٔ عمومی
# machine-drafted
edit-saved-pending = ذخیره شد. دفتر ادغام این تغییر را بررسی می‌کند؛ تا آن زمان بازدیدکنندگان همچنان نسخهٔ قبلی را می‌بینند.
# machine-drafted
edit-saved-published = ذخیره و منتشر شد.
# machine-drafted
edit-saved-unchanged = چیزی برای ذخیره نبود: اطلاعات تغییری نکرده است.
# machine-drafted
edit-pending-heading = در انتظار بررسی.
# machine-drafted
edit-pending-text = آخرین تغییر شما در حال بررسی توسط دفتر ادغام است. در اینجا نسخهٔ تغییریافته را می‌بینید؛ برای عموم هنوز نسخهٔ قبلی نمایش داده می‌شود.
# machine-drafted
form-errors-heading = لطفاً این اطلاعات را بررسی کنید:
# machine-drafted
form-required = الزامی
# machine-drafted
edit-section-basics = اطلاعات پایه
# machine-drafted
edit-section-texts = توضیحات
# machine-drafted
edit-section-work = فعالیت و زبان‌ها
# machine-drafted
edit-section-place = مکان
# machine-drafted
edit-section-contact = اطلاعات تماس انجمن
# machine-drafted
edit-section-persons = افراد رابط
# machine-drafted
edit-name = نام انجمن
# machine-drafted
edit-short-name = نام کوتاه
# machine-drafted
edit-legal-form = شکل حقوقی
# machine-drafted
edit-mso = ما یک سازمان خودگردان مهاجران هستیم
# machine-drafted
edit-founded = سال تأسیس
# machine-drafted
edit-summary = توضیح کوتاه (یک جمله)
# machine-drafted
edit-description = توضیحات کامل
# machine-drafted
edit-meeting-times = زمان جلسات
# machine-drafted
edit-other-languages = متن به زبان‌های دیگر (اختیاری)
# machine-drafted
edit-categories = حوزه‌های فعالیت
# machine-drafted
edit-target-groups = برای چه کسانی
# machine-drafted
edit-languages = زبان‌های مورد استفاده
# machine-drafted
edit-origins = کشورها یا مناطق خاستگاه
# machine-drafted
edit-origins-hint = با ویرگول لاتین (,) جدا کنید، برای مثال: سوریه, عراق
# machine-drafted
edit-street = خیابان و پلاک
# machine-drafted
edit-postcode = کد پستی
# machine-drafted
edit-city = شهر
# machine-drafted
edit-district = محله
# machine-drafted
edit-district-none = – بدون محله –
# machine-drafted
edit-position = موقعیت روی نقشه
# machine-drafted
edit-position-hint = عرض و طول جغرافیایی، برای مثال 48.8975 و 9.1920. اگر خالی بماند، انجمن بر اساس کد پستی یا محله روی نقشه قرار می‌گیرد.
# machine-drafted
edit-lat = عرض جغرافیایی
# machine-drafted
edit-lon = طول جغرافیایی
# machine-drafted
edit-wheelchair = دسترسی بدون مانع
# machine-drafted
edit-wheelchair-unknown = – نامشخص –
# machine-drafted
edit-phone = تلفن
# machine-drafted
edit-website = وب‌سایت
# machine-drafted
edit-social = شبکه‌های اجتماعی
# machine-drafted
edit-social-hint = در هر خط یک پیوند.
# machine-drafted
edit-persons-hint = اطلاعات افراد فقط در صورتی به‌طور عمومی نمایش داده می‌شود که آن فرد موافقت کرده باشد. اطلاعات «فقط شبکه» را انجمن‌های واردشده و دفتر ادغام می‌بینند و اطلاعات «فقط دفتر ادغام» را تنها خود دفتر.
# machine-drafted
edit-person-new = فرد دیگر
# machine-drafted
edit-person-name = نام
# machine-drafted
edit-person-function = وظیفه در انجمن
# machine-drafted
edit-person-visibility = چه کسانی می‌توانند این اطلاعات را ببینند؟
# machine-drafted
edit-person-consent = این فرد موافقت کرده است که اطلاعاتش به شکل انتخاب‌شده نمایش داده شود. بدون این تیک، موافقت لغو می‌شود و فرد دیگر به‌طور عمومی نمایش داده نمی‌شود.
# machine-drafted
edit-submit-hint = دفتر ادغام تغییرات را پیش از عمومی شدن بررسی می‌کند.
# machine-drafted
edit-submit = ذخیرهٔ تغییرات
# machine-drafted
visibility-public = عمومی
# machine-drafted
visibility-network = فقط شبکه
# machine-drafted
visibility-office = فقط دفتر ادغام
# machine-drafted
form-error-required = لطفاً این بخش را پر کنید.
# machine-drafted
form-error-repeated = این بخش چند بار با مقدارهای متفاوت رسید. همه آن‌ها اینجا با هم نشان داده شده‌اند – لطفاً مقدار را بررسی کنید و فرم را دوباره بفرستید.
# machine-drafted
form-error-too-short = این خیلی کوتاه است.
# machine-drafted
form-error-too-long = این خیلی طولانی است.
# machine-drafted
form-error-choose-one = لطفاً یک مورد از لیست انتخاب کنید.
# machine-drafted
form-error-year = لطفاً سالی بین 1800 و امسال وارد کنید، برای مثال 2015.
# machine-drafted
form-error-unknown-choice = چنین گزینه‌ای وجود ندارد. لطفاً از لیست انتخاب کنید.
# machine-drafted
form-error-postcode = لطفاً یک کد پستی پنج‌رقمی وارد کنید، برای مثال 71634.
# machine-drafted
form-error-position = لطفاً هر دو عدد را وارد کنید، برای مثال 48.8975 و 9.1920، یا هر دو بخش را خالی بگذارید.
# machine-drafted
form-error-email = لطفاً یک نشانی ایمیل معتبر وارد کنید، برای مثال { "\u2068info@verein.de\u2069" }.
# machine-drafted
form-error-phone = لطفاً یک شماره تلفن با ارقام وارد کنید، برای مثال { "\u206807141 123456\u2069" }.
# machine-drafted
form-error-link = لطفاً یک پیوند کامل وارد کنید، برای مثال { "\u2068https://www.verein.de\u2069" }.
# machine-drafted
form-error-too-many = تعداد موارد بیش از حد است.
# machine-drafted
diff-caption = اطلاعات تغییریافته
# machine-drafted
diff-field = مورد
# machine-drafted
diff-before = قبلی
# machine-drafted
diff-after = جدید
# machine-drafted
diff-none = هیچ تغییری در اطلاعات نیست.
# machine-drafted
diff-yes = بله
# machine-drafted
diff-no = خیر
# machine-drafted
diff-field-name = نام
# machine-drafted
diff-field-short-name = نام کوتاه
# machine-drafted
diff-field-legal-form = شکل حقوقی
# machine-drafted
diff-field-mso = سازمان خودگردان مهاجران
# machine-drafted
diff-field-founded = سال تأسیس
# machine-drafted
diff-field-summary = توضیح کوتاه
# machine-drafted
diff-field-description = توضیحات
# machine-drafted
diff-field-categories = حوزه‌های فعالیت
# machine-drafted
diff-field-target-groups = برای چه کسانی
# machine-drafted
diff-field-languages = زبان‌ها
# machine-drafted
diff-field-origins = خاستگاه
# machine-drafted
diff-field-address = نشانی
# machine-drafted
diff-field-district = محله
# machine-drafted
diff-field-position = موقعیت
# machine-drafted
diff-field-wheelchair = دسترسی بدون مانع
# machine-drafted
diff-field-meeting-times = زمان جلسات
# machine-drafted
diff-field-contact-email = ایمیل
# machine-drafted
diff-field-contact-phone = تلفن
# machine-drafted
diff-field-contact-website = وب‌سایت
# machine-drafted
diff-field-contact-social = شبکه‌های اجتماعی
# machine-drafted
diff-field-contact-persons = فرد رابط
# machine-drafted
diff-field-contact-persons-consent = موافقت فرد رابط
# machine-drafted
review-title = لیست بررسی
# machine-drafted
review-intro = تغییرات و معرفی‌های انجمن‌ها که در انتظار بررسی شما هستند. تا زمان تأیید، بازدیدکنندگان نسخهٔ قبلی را می‌بینند.
# machine-drafted
review-empty = چیزی برای بررسی نیست.
# machine-drafted
review-new = انجمن جدید
# machine-drafted
review-meta = از { $author } در { $time } (نسخهٔ { $number })
# machine-drafted
review-comment = نظر
# machine-drafted
review-comment-required = لطفاً به‌طور کوتاه بنویسید که چرا این تغییر تأیید نمی‌شود. انجمن این نظر را از طریق ایمیل دریافت می‌کند.
# machine-drafted
review-approve = تأیید
# machine-drafted
review-reject = عدم تأیید
# machine-drafted
review-done-approved = تأیید شد. تغییر اکنون عمومی است و به انجمن از طریق ایمیل اطلاع داده شد.
# machine-drafted
review-done-rejected = تأیید نشد. به انجمن همراه با نظر شما از طریق ایمیل اطلاع داده شد.
# machine-drafted
review-state-pending = در انتظار بررسی
# machine-drafted
review-state-approved = تأییدشده
# machine-drafted
review-state-rejected = تأییدنشده
# machine-drafted
duplicate-heading = احتمالاً از قبل ثبت شده است:
# machine-drafted
duplicate-similar-name = نام مشابه
# machine-drafted
duplicate-nearby = در فاصلهٔ { $metres } متری
# machine-drafted
history-title = نسخه‌های { $name }
# machine-drafted
history-title-short = نسخه‌ها
# machine-drafted
history-version = نسخهٔ { $number }
# machine-drafted
history-current = عمومی
# machine-drafted
history-restore = بازگرداندن نسخهٔ { $number }
# machine-drafted
history-archive = بایگانی
# machine-drafted
history-unarchive = خارج کردن از بایگانی
# machine-drafted
history-archived = این مورد بایگانی شده است و به‌طور عمومی دیده نمی‌شود.
# machine-drafted
history-trust = علامت‌گذاری به‌عنوان مورد اعتماد
# machine-drafted
history-untrust = برداشتن علامت اعتماد
# machine-drafted
history-trusted = مورد اعتماد: تغییرات این انجمن بی‌درنگ منتشر می‌شوند (و به‌عنوان نسخه نگه داشته می‌شوند).
# machine-drafted
history-not-trusted = تغییرات این انجمن پیش از انتشار بررسی می‌شوند.
# machine-drafted
review-done-claim = انجام شد.
# machine-drafted
edit-position-drag = همچنین می‌توانید سنجاق روی نقشه را بکشید یا روی نقشه کلیک کنید؛ عددها خودکار پر می‌شوند.
# machine-drafted
review-comment-hint = اگر تأیید نمی‌کنید، الزامی است: انجمن این نظر را با ایمیل دریافت می‌کند.
