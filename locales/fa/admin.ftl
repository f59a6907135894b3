# Machine-drafted translation (Persian), awaiting review by a native speaker.

# machine-drafted
admin-users-title = مدیریت حساب‌های کاربری
# machine-drafted
admin-users-intro = همهٔ حساب‌ها با نقش، تأیید، عامل دوم، وضعیت و انجمن‌ها. حساب‌های غیرفعال‌شده بی‌درنگ از سامانه خارج می‌شوند.
# machine-drafted
admin-col-email = نشانی ایمیل
# machine-drafted
admin-col-role = نقش
# machine-drafted
admin-col-verified = نشانی تأییدشده
# machine-drafted
admin-col-second-factor = عامل دوم
# machine-drafted
admin-col-status = وضعیت
# machine-drafted
admin-col-memberships = انجمن‌ها
# machine-drafted
admin-yes = بله
# machine-drafted
admin-no = خیر
# machine-drafted
admin-active = فعال
# machine-drafted
admin-disabled = غیرفعال
# machine-drafted
admin-you = شما
# machine-drafted
admin-role-change = تغییر نقش
# machine-drafted
admin-disable = غیرفعال کردن
# machine-drafted
admin-enable = فعال کردن دوباره
# machine-drafted
admin-done-role = نقش تغییر کرد.
# machine-drafted
admin-done-disabled = حساب غیرفعال شد و از سامانه خارج شد.
# machine-drafted
admin-done-enabled = حساب دوباره فعال است.
# machine-drafted
admin-error-last-administrator = این آخرین حساب فعال مدیریت سامانه است. نمی‌تواند نقش خود را واگذار کند و نمی‌توان آن را غیرفعال کرد.
# machine-drafted
admin-error-invalid = این تغییر امکان‌پذیر نیست.
# machine-drafted
admin-outbox-title = صندوق خروجی
# machine-drafted
admin-outbox-intro = ایمیل‌ها ارسال نمی‌شوند، بلکه اینجا نگه داشته می‌شوند – جدیدترین در بالا.
# machine-drafted
admin-outbox-smtp = ایمیل‌ها از طریق یک سرور SMTP ارسال می‌شوند؛ بنابراین صندوق خروجی وجود ندارد.
# machine-drafted
admin-outbox-empty = صندوق خروجی خالی است.
# machine-drafted
admin-outbox-no-text = این ایمیل بخش متنی ندارد.
# machine-drafted
admin-outbox-back = بازگشت به صندوق خروجی
# machine-drafted
admin-col-time = زمان (UTC)
# machine-drafted
admin-col-to = گیرنده
# machine-drafted
admin-col-subject = موضوع

# machine-drafted
audit-title = گزارش رویدادها
# machine-drafted
audit-intro = 200 تصمیم و تغییر آخر دفتر ادغام و مدیریت سامانه، جدیدترین در بالا.
# machine-drafted
audit-empty = گزارش رویدادها هنوز خالی است.
# machine-drafted
audit-col-time = زمان (UTC)
# machine-drafted
audit-col-actor = چه کسی
# machine-drafted
audit-col-action = اقدام
# machine-drafted
audit-col-target = مربوط به
# machine-drafted
audit-col-detail = جزئیات

# machine-drafted
data-title = داده‌های شما
# machine-drafted
data-intro = می‌توانید همهٔ داده‌هایی را که دربارهٔ حساب شما نگه می‌داریم دانلود کنید و حساب خود را حذف کنید.
# machine-drafted
data-download = دانلود داده‌های من (JSON)
# machine-drafted
data-delete-title = حذف حساب
# machine-drafted
data-delete-intro = حساب شما و داده‌های شخصی‌تان حذف می‌شوند و از سامانه خارج می‌شوید. نسخه‌هایی از نمایهٔ انجمن‌ها که شما نوشته‌اید باقی می‌مانند و از آن پس به یک حساب حذف‌شده نسبت داده می‌شوند. لطفاً با رمز عبور خود تأیید کنید.
# machine-drafted
data-delete-password = رمز عبور
# machine-drafted
data-delete-submit = حذف همیشگی حساب
# machine-drafted
data-delete-cancel = انصراف و بازگشت به حساب
# machine-drafted
data-delete-error-password = رمز عبور نادرست است.
# machine-drafted
data-delete-error-last-administrator = شما آخرین حساب فعال مدیریت سامانه هستید و نمی‌توانید حساب خود را حذف کنید. ابتدا فرد دیگری را به مدیریت سامانه منصوب کنید.
# machine-drafted
data-deleted-note = حساب شما حذف شد.
