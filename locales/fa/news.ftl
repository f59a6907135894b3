# Machine-drafted translation (Persian), awaiting review by a native speaker.
# News and pages: public list, item, Atom feed, editor.

# machine-drafted
nav-news = اخبار
# machine-drafted
news-title = اخبار
# machine-drafted
news-intro = گزارش‌هایی از نشست‌های شبکه، تاریخ‌ها و تازه‌های شبکه.
# machine-drafted
news-feed = اخبار به صورت خوراک (Atom)
# machine-drafted
news-none = هنوز خبری نیست.
# machine-drafted
news-pages-label = صفحه‌های اخبار
# machine-drafted
news-previous = جدیدتر
# machine-drafted
news-next = قدیمی‌تر
# machine-drafted
news-page-of = صفحهٔ { $page } از { $pages }
# machine-drafted
news-in-language = به زبان { $language }
# machine-drafted
news-in-the-news = در اخبار
# machine-drafted
news-draft-note = پیش‌نویس: این صفحه هنوز منتشر نشده است. فقط شما آن را می‌بینید.
# machine-drafted
news-linked = موضوع
# machine-drafted
news-languages = همچنین به زبان‌های: { $languages }
# machine-drafted
news-edit = ویرایش
# machine-drafted
news-new = خبر تازه
# machine-drafted
news-new-page = صفحهٔ تازه
# machine-drafted
news-office-title = مدیریت اخبار و صفحه‌ها
# machine-drafted
news-office-news = اخبار
# machine-drafted
news-office-pages = صفحه‌ها
# machine-drafted
news-state = وضعیت
# machine-drafted
news-state-published = منتشرشده
# machine-drafted
news-state-draft = پیش‌نویس
# machine-drafted
news-placement-none = در ناوبری نیست
# machine-drafted
news-placement-header = در منوی بالا
# machine-drafted
news-placement-footer = در پانویس
# machine-drafted
news-view = مشاهده
# machine-drafted
news-view-draft = مشاهدهٔ پیش‌نویس
# machine-drafted
news-publish = انتشار
# machine-drafted
news-unpublish = لغو انتشار
# machine-drafted
news-revisions = نسخه‌ها
# machine-drafted
news-revision = نسخهٔ { $number }
# machine-drafted
news-revision-current = کنونی
# machine-drafted
news-revision-restored = بازگردانده از نسخهٔ { $number }
# machine-drafted
news-restore = بازگرداندن نسخهٔ { $number }
# machine-drafted
news-preview = پیش‌نمایش
# machine-drafted
news-preview-heading = پیش‌نمایش
# machine-drafted
news-preview-hint = نسخهٔ آلمانی این‌گونه دیده می‌شود. هنوز چیزی ذخیره نشده است.
# machine-drafted
news-field-title = عنوان
# machine-drafted
news-field-teaser = متن کوتاه
# machine-drafted
news-field-body = متن
# machine-drafted
news-body-hint = مارک‌داون: **پررنگ**، *کج*، فهرست‌وار با „- “، پیوند به شکل [متن](https://…). یک خط خالی بند تازه‌ای آغاز می‌کند.
# machine-drafted
news-field-date = تاریخ
# machine-drafted
news-date-hint = برای مثال 2020-01-11.
# machine-drafted
news-field-placement = جای آن در ناوبری
# machine-drafted
news-field-contact-block = نشان دادن اطلاعات تماس دفتر ادغام زیر متن
# machine-drafted
news-version = نسخه: { $language }
# machine-drafted
news-field-associations = انجمن‌های پیوندشده
# machine-drafted
news-links-hint = انجمن‌های مربوط را از فهرست انتخاب کنید؛ برای انتخاب چند مورد از Ctrl یا لمس طولانی استفاده کنید. انجمن‌ها خبر را در نمایهٔ خود نشان می‌دهند.
# machine-drafted
news-field-meetings = نشست‌های شبکهٔ پیوندشده
# machine-drafted
news-meetings-hint = نشست‌های شبکهٔ مربوط را انتخاب کنید؛ برای انتخاب چند مورد از Ctrl یا لمس طولانی استفاده کنید. نشست‌ها خبر را در صفحهٔ خود نشان می‌دهند.
# machine-drafted
news-field-projects = پروژه‌های همکاری پیوندشده
# machine-drafted
news-projects-hint = پروژه‌های همکاری مربوط را انتخاب کنید؛ برای انتخاب چند مورد از Ctrl یا لمس طولانی استفاده کنید. پروژه‌ها خبر را در صفحهٔ خود نشان می‌دهند.
# machine-drafted
news-save = ذخیره
# machine-drafted
news-save-draft = ذخیره به صورت پیش‌نویس
# machine-drafted
news-picture = تصویر
# machine-drafted
news-field-image = فایل تصویر
# machine-drafted
news-image-hint = PNG، JPEG یا WebP، حداکثر ۲ مگابایت. تصویر کوچک‌تر و بدون فراداده ذخیره می‌شود.
# machine-drafted
news-field-image-alt = شرح تصویر (متن جایگزین)
# machine-drafted
news-image-alt-hint = برای کسانی که تصویر را نمی‌بینند، بنویسید در آن چه دیده می‌شود.
# machine-drafted
news-image-upload = ذخیرهٔ تصویر
# machine-drafted
news-image-remove = حذف تصویر
# machine-drafted
news-saved-created = پیش‌نویس ذخیره شد. هنوز عمومی نیست.
# machine-drafted
news-saved-saved = تغییرات ذخیره شد.
# machine-drafted
news-saved-published = منتشر شد.
# machine-drafted
news-saved-unpublished = انتشار لغو شد: فقط شما هنوز صفحه را می‌بینید.
# machine-drafted
news-saved-image = تصویر ذخیره شد.
# machine-drafted
news-saved-image-removed = تصویر حذف شد.
# machine-drafted
news-saved-restored = نسخه بازگردانده شد. نسخهٔ پیشین در میان نسخه‌ها می‌ماند.
# machine-drafted
news-image-error-too-big = فایل بیش از حد بزرگ است: حداکثر { $megabytes } مگابایت.
# machine-drafted
news-image-error-too-large = تصویر پیکسل‌های بیش از حد دارد: حداکثر { $pixels } × { $pixels }.
# machine-drafted
news-image-error-empty = لطفاً نخست یک تصویر برگزینید.
# machine-drafted
news-image-error-not-an-image = این فایل تصویری با قالب PNG، JPEG یا WebP نیست یا آسیب دیده است.
# machine-drafted
form-error-news-image-alt = لطفاً تصویر را شرح دهید.
# machine-drafted
form-error-news-link-unknown = این نشانی وجود ندارد. لطفاً نگارش آن را بررسی کنید.
# machine-drafted
error-news-not-found-title = پیدا نشد
# machine-drafted
error-news-not-found-text = این خبر یا صفحه وجود ندارد (دیگر وجود ندارد).
