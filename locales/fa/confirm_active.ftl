# Machine-drafted translation (Farsi), awaiting review by a native speaker.

confirm-active-title = تأیید اطلاعات
confirm-active-question = آیا اطلاعات «{ $organisation }» هنوز به‌روز است؟
confirm-active-yes = بله، همه چیز هنوز درست است
confirm-active-edit = نه، می‌خواهم اطلاعات را ویرایش کنم
confirm-active-edit-hint = برای ویرایش لطفاً وارد شوید.
confirm-active-done = بسیار سپاسگزاریم! به‌روز بودن اطلاعات «{ $organisation }» تأیید شد.
confirm-active-invalid = این پیوند نامعتبر است، قبلاً استفاده شده یا منقضی شده است. در صورت داشتن پرسش، لطفاً با دفتر هماهنگی تماس بگیرید.

inactive-title = انجمن‌هایی که احتمالاً غیرفعال‌اند
inactive-intro = این انجمن‌ها به پرسش سالانه پاسخ نداده‌اند. می‌توانید آن‌ها را بایگانی کنید؛ موارد بایگانی‌شده قابل بازگرداندن هستند.
inactive-empty = در حال حاضر هیچ انجمنی علامت‌گذاری نشده است.
inactive-organisation = انجمن
inactive-reminded = پرسش ارسال شد
inactive-flagged = علامت‌گذاری شد
inactive-actions = اقدام‌ها
inactive-no-recipient = نشانی‌ای در دست نیست
inactive-archive = بایگانی
