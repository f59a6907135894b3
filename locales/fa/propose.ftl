# Machine-drafted translation (Persian), awaiting review by a native speaker.
# machine-drafted
propose-title = معرفی یک انجمن
# machine-drafted
propose-intro = انجمن شما در فهرست نیست؟ آن را اینجا معرفی کنید. حساب کاربری لازم نیست. پیوندی برایتان می‌فرستیم تا نشانی ایمیل خود را تأیید کنید. سپس دفتر ادغام معرفی را پیش از عمومی شدن بررسی می‌کند.
# machine-drafted
propose-link = انجمن شما جا افتاده است؟ آن را معرفی کنید
# machine-drafted
propose-choose = لطفاً انتخاب کنید
# machine-drafted
propose-section-association = انجمن
# machine-drafted
propose-section-place = مکان و اطلاعات تماس (عمومی)
# machine-drafted
propose-section-you = اطلاعات شما (غیرعمومی)
# machine-drafted
propose-other-languages = توضیح کوتاه به زبانی دیگر (اختیاری)
# machine-drafted
propose-public-email = نشانی ایمیل انجمن
# machine-drafted
propose-proposer-email = نشانی ایمیل شما
# machine-drafted
propose-proposer-email-hint = پیوند تأیید را به این نشانی می‌فرستیم. این نشانی منتشر نمی‌شود؛ دفتر ادغام فقط برای پرسش‌های مربوط به این معرفی از آن استفاده می‌کند.
# machine-drafted
propose-note = پیام به دفتر ادغام (اختیاری)
# machine-drafted
propose-submit-hint = پس از ارسال، ایمیلی با پیوند تأیید دریافت می‌کنید. انجمن تنها پس از تأیید شما و بررسی دفتر ادغام در فهرست نمایش داده می‌شود.
# machine-drafted
propose-submit = ارسال معرفی
# machine-drafted
propose-duplicates-heading = آیا یکی از این انجمن‌هاست؟
# machine-drafted
propose-duplicates-text = این موارد در فهرست نام مشابهی دارند یا در همان نزدیکی هستند. لطفاً بررسی کنید که آیا انجمن شما از قبل ثبت شده است.
# machine-drafted
propose-duplicates-edit-hint = اگر چنین است، لازم نیست چیزی معرفی کنید. برای تغییر اطلاعات، لطفاً با دفتر ادغام تماس بگیرید.
# machine-drafted
propose-confirm-new = نه، انجمن دیگری است. معرفی را در هر حال ارسال کن.
# machine-drafted
propose-sent = تقریباً تمام شد: یک پیوند تأیید به { $email } فرستادیم. لطفاً ایمیل را باز کنید و معرفی «{ $name }» را تأیید کنید. این پیوند 48 ساعت معتبر است.
# machine-drafted
propose-confirm-text = لطفاً تأیید کنید که شما ({ $email }) می‌خواهید انجمن «{ $name }» را معرفی کنید.
# machine-drafted
propose-confirm-submit = تأیید معرفی
# machine-drafted
propose-done = بسیار سپاسگزاریم! معرفی شما «{ $name }» دریافت شد. دفتر ادغام آن را بررسی می‌کند و سپس در فهرست منتشر می‌کند.
# machine-drafted
propose-invalid-link = این پیوند (دیگر) معتبر نیست: قبلاً استفاده شده یا منقضی شده است. لطفاً انجمن را دوباره معرفی کنید.
# machine-drafted
propose-author = { $email } (معرفی بدون حساب کاربری)
