# Machine-drafted translation (Persian), awaiting review by a native speaker.

# machine-drafted
confirm-active-title = تأیید اطلاعات
# machine-drafted
confirm-active-question = آیا اطلاعات «{ $organisation }» هنوز به‌روز است؟
# machine-drafted
confirm-active-yes = بله، همه چیز هنوز درست است
# machine-drafted
confirm-active-edit = نه، می‌خواهم اطلاعات را ویرایش کنم
# machine-drafted
confirm-active-edit-hint = برای ویرایش لطفاً وارد شوید.
# machine-drafted
confirm-active-done = بسیار سپاسگزاریم! به‌روز بودن اطلاعات «{ $organisation }» تأیید شد.
# machine-drafted
confirm-active-invalid = این پیوند نامعتبر است، قبلاً استفاده شده یا منقضی شده است. در صورت داشتن پرسش، لطفاً با دفتر ادغام تماس بگیرید.

# machine-drafted
inactive-title = انجمن‌هایی که احتمالاً غیرفعال‌اند
# machine-drafted
inactive-intro = این انجمن‌ها به پرسش سالانه پاسخ نداده‌اند. می‌توانید آن‌ها را بایگانی کنید؛ موارد بایگانی‌شده قابل بازگرداندن هستند.
# machine-drafted
inactive-empty = در حال حاضر هیچ انجمنی علامت‌گذاری نشده است.
# machine-drafted
inactive-organisation = انجمن
# machine-drafted
inactive-reminded = پرسش ارسال شد
# machine-drafted
inactive-flagged = علامت‌گذاری شد
# machine-drafted
inactive-actions = اقدام‌ها
# machine-drafted
inactive-no-recipient = نشانی‌ای در دست نیست
# machine-drafted
inactive-archive = بایگانی
