# Machine-drafted translation (Persian), awaiting review by a native speaker.
# machine-drafted
introductions-title = درخواست‌های تماس
# machine-drafted
introductions-intro = در اینجا می‌بینید چه کسانی می‌خواهند با انجمن شما آشنا شوند و شما از چه کسانی درخواست تماس کرده‌اید. اطلاعات تماس تنها زمانی نمایش داده می‌شود که هر دو طرف موافقت کرده باشند.
# machine-drafted
introductions-none = هنوز درخواست تماسی وجود ندارد.
# machine-drafted
introductions-contact = راه تماس با فرد رابط:
# machine-drafted
introductions-accept = پذیرفتن و تبادل اطلاعات تماس
# machine-drafted
introductions-decline = رد کردن
# machine-drafted
introductions-done = همکاری انجام شد
# machine-drafted
introductions-ask = درخواست تماس
# machine-drafted
introductions-message = پیام به انجمن دیگر (اختیاری)
# machine-drafted
introductions-send = ارسال درخواست
# machine-drafted
introductions-dismiss = مناسب نیست – پنهان کردن
# machine-drafted
introduction-state-requested = درخواست‌شده
# machine-drafted
introduction-state-agreed = توافق‌شده
# machine-drafted
introduction-state-declined = ردشده
# machine-drafted
introduction-state-done = انجام‌شده
# machine-drafted
introduction-state-dismissed = پنهان‌شده
# machine-drafted
error-introduction-conflict-title = قبلاً درخواست شده است
# machine-drafted
error-introduction-conflict-text = برای این پیشنهاد و این نیاز، از قبل درخواست تماسی وجود دارد یا به آن پاسخ داده شده است.
# machine-drafted
mail-introduction-requested-subject = { $organisation } می‌خواهد با انجمن شما آشنا شود
# machine-drafted
mail-introduction-requested-body =
    با سلام،

    «{ $organisation }» به پیشنهاد شما «{ $offer }» علاقه دارد – این پیشنهاد با نیاز آن‌ها «{ $need }» جور است.

    { $message }

    در اینجا تصمیم بگیرید که آیا می‌خواهید اطلاعات تماس را با هم تبادل کنید:

    { $link }
# machine-drafted
mail-introduction-agreed-subject = تماس با { $organisation }
# machine-drafted
mail-introduction-agreed-body =
    با سلام،

    هر دو طرف موافقت کردند: نیاز «{ $need }» و پیشنهاد «{ $offer }».

    راه تماس با «{ $organisation }»: { $contact }

    { $link }
# machine-drafted
synergy-title = هم‌افزایی: پیشنهادها و نیازها
# machine-drafted
synergy-intro = کدام نیازها هنوز پیشنهاد مناسبی ندارند، کدام پیشنهادها را کسی نمی‌خواهد و کدام تماس‌ها درخواست یا توافق شده‌اند – بر اساس دسته و محله.
# machine-drafted
synergy-by-category = بر اساس دسته
# machine-drafted
synergy-by-district = بر اساس محله
# machine-drafted
synergy-needs = نیازها
# machine-drafted
synergy-needs-without-offer = نیازهای بدون پیشنهاد مناسب
# machine-drafted
synergy-offers = پیشنهادها
# machine-drafted
synergy-offers-unasked = پیشنهادهایی که کسی نمی‌خواهد
# machine-drafted
synergy-in-progress = تماس‌های درخواست‌شده
# machine-drafted
synergy-agreed = همکاری توافق‌شده
# machine-drafted
synergy-none = هیچ.
# machine-drafted
digest-label = هر هفته یک ایمیل با پیشنهادها و نیازهای تازه و مناسب برای انجمن‌های ما
# machine-drafted
digest-save = ذخیرهٔ تنظیم
# machine-drafted
mail-digest-subject = پیشنهادها و نیازهای تازهٔ مناسب برای انجمن شما
# machine-drafted
mail-digest-body =
    سلام،

    این هفته پیشنهادها و نیازهای تازه و مناسبی برای انجمن شما وجود دارد:

    { $matches }

    درخواست تماس را می‌توانید در صفحهٔ نیاز بفرستید. لغو اشتراک ایمیل هفتگی در حساب شما:

    { $link }
