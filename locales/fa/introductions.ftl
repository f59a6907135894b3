# Machine-drafted translation (Farsi), awaiting review by a native speaker.
introductions-title = درخواست‌های تماس
introductions-intro = در اینجا می‌بینید چه کسانی می‌خواهند با انجمن شما آشنا شوند و شما از چه کسانی درخواست کرده‌اید. اطلاعات تماس تنها زمانی نمایش داده می‌شود که هر دو طرف موافقت کرده باشند.
introductions-none = هنوز درخواست تماسی وجود ندارد.
introductions-contact = راه تماس با فرد رابط:
introductions-accept = پذیرفتن و تبادل اطلاعات تماس
introductions-decline = رد کردن
introductions-done = همکاری انجام شد
introductions-ask = درخواست تماس
introductions-message = پیام به انجمن دیگر (اختیاری)
introductions-send = ارسال درخواست
introductions-dismiss = مناسب نیست – پنهان کردن
introduction-state-requested = درخواست‌شده
introduction-state-agreed = توافق‌شده
introduction-state-declined = ردشده
introduction-state-done = انجام‌شده
introduction-state-dismissed = پنهان‌شده
error-introduction-conflict-title = قبلاً درخواست شده است
error-introduction-conflict-text = برای این پیشنهاد و این درخواست، از قبل درخواست تماسی وجود دارد یا به آن پاسخ داده شده است.
mail-introduction-requested-subject = { $organisation } می‌خواهد با انجمن شما آشنا شود
mail-introduction-requested-body =
    با سلام،

    «{ $organisation }» به پیشنهاد شما «{ $offer }» علاقه دارد – این پیشنهاد با درخواست آن‌ها «{ $need }» جور است.

    { $message }

    در اینجا تصمیم بگیرید که آیا می‌خواهید اطلاعات تماس را با هم تبادل کنید:

    { $link }
mail-introduction-agreed-subject = تماس با { $organisation }
mail-introduction-agreed-body =
    با سلام،

    هر دو طرف موافقت کردند: درخواست «{ $need }» و پیشنهاد «{ $offer }».

    راه تماس با «{ $organisation }»: { $contact }

    { $link }
synergy-title = هم‌افزایی: پیشنهادها و درخواست‌ها
synergy-intro = کدام درخواست‌ها هنوز پیشنهاد مناسبی ندارند، کدام پیشنهادها را کسی نمی‌جوید و کدام تماس‌ها درخواست یا توافق شده‌اند – بر اساس حوزه و محله.
synergy-by-category = بر اساس حوزه
synergy-by-district = بر اساس محله
synergy-needs = درخواست‌ها
synergy-needs-without-offer = درخواست‌های بدون پیشنهاد مناسب
synergy-offers = پیشنهادها
synergy-offers-unasked = پیشنهادهایی که کسی نمی‌جوید
synergy-in-progress = تماس‌های درخواست‌شده
synergy-agreed = همکاری توافق‌شده
synergy-none = هیچ.
digest-label = هر هفته یک ایمیل با پیشنهادها و درخواست‌های تازه و مناسب برای انجمن‌های ما
digest-save = ذخیرهٔ تنظیم
mail-digest-subject = پیشنهادها و درخواست‌های تازهٔ مناسب برای انجمن شما
mail-digest-body =
    سلام،

    این هفته پیشنهادها و درخواست‌های تازه و مناسبی برای انجمن شما وجود دارد:

    { $matches }

    درخواست تماس را می‌توانید در صفحهٔ درخواست بفرستید. لغو اشتراک ایمیل هفتگی در حساب شما:

    { $link }
