# Machine-drafted translation (Persian), awaiting review by a native speaker.

# machine-drafted
nav-inbox = پیام‌ها
# machine-drafted
inbox-form-heading = پیام شما به دفتر ادغام
# machine-drafted
inbox-form-intro = ایده، مشکل یا پرسشی دارید، یا کمک می‌خواهید؟ برای ما بنویسید. به زبانی که انتخاب کنید پاسخ می‌دهیم.
# machine-drafted
inbox-profile-link = پیام به دفتر ادغام
# machine-drafted
inbox-choose = لطفاً انتخاب کنید
# machine-drafted
inbox-kind-idea = ایده
# machine-drafted
inbox-kind-concern = مشکل یا انتقاد
# machine-drafted
inbox-kind-question = پرسش
# machine-drafted
inbox-kind-support = کمک می‌خواهم
# machine-drafted
inbox-topic-other = موضوع دیگر
# machine-drafted
inbox-field-kind = نوع
# machine-drafted
inbox-field-topic = حوزهٔ فعالیت
# machine-drafted
inbox-field-text = پیام شما
# machine-drafted
inbox-field-text-hint = حداکثر { $max } نویسه. به زبان خودتان بنویسید.
# machine-drafted
inbox-field-on-behalf = فرستنده
# machine-drafted
inbox-on-behalf-none = فقط خودم
# machine-drafted
inbox-field-concerns = مربوط به این انجمن‌ها
# machine-drafted
inbox-field-concerns-hint = اختیاری. برای انتخاب چندتایی Ctrl را نگه دارید یا طولانی لمس کنید.
# machine-drafted
inbox-field-email = نشانی ایمیل برای پاسخ
# machine-drafted
inbox-field-email-hint = ابتدا پیوندی برای تأیید برایتان می‌فرستیم. فقط پس از آن پیام شما می‌رسد.
# machine-drafted
inbox-field-email-hint-account = خالی بگذارید: پاسخ به نشانی حساب کاربری شما فرستاده می‌شود.
# machine-drafted
inbox-field-language = زبان پاسخ
# machine-drafted
inbox-honeypot = لطفاً این خانه را خالی بگذارید
# machine-drafted
inbox-privacy-hint = پیام شما را فقط دفتر ادغام می‌بیند. هیچ‌کس دیگری نمی‌تواند آن را بخواند.
# machine-drafted
inbox-send = ارسال
# machine-drafted
inbox-step-title = پیام شما
# machine-drafted
inbox-step-sent = تقریباً تمام است: پیوندی به { $email } فرستادیم. لطفاً آن را باز کنید تا پیام شما برسد.
# machine-drafted
inbox-step-sent-hint = این پیوند ۴۸ ساعت معتبر است. ایمیلی نرسید؟ پوشهٔ هرزنامه را هم ببینید.
# machine-drafted
inbox-step-confirm = لطفاً تأیید کنید که می‌خواهید این پیام را با نشانی { $email } بفرستید:
# machine-drafted
inbox-step-confirm-button = بله، پیام فرستاده شود
# machine-drafted
inbox-step-invalid = این پیوند دیگر معتبر نیست: قبلاً به کار رفته یا منقضی شده است.
# machine-drafted
inbox-step-again = نوشتن دوبارهٔ پیام
# machine-drafted
inbox-case-title = پیام شمارهٔ { $id }
# machine-drafted
inbox-link-hint = این صفحه فقط با پیوند شخصی شما باز می‌شود. لطفاً آن را به کسی ندهید.
# machine-drafted
inbox-conversation = روند گفت‌وگو
# machine-drafted
inbox-sender-reply = پاسخ
# machine-drafted
inbox-sender-reply-label = پاسخ شما
# machine-drafted
inbox-sender-reply-send = ارسال پاسخ
# machine-drafted
inbox-fact-status = وضعیت
# machine-drafted
inbox-fact-arrived = تاریخ رسیدن
# machine-drafted
inbox-fact-assignee = مسئول
# machine-drafted
inbox-fact-age = مدت
# machine-drafted
inbox-fact-first-answer = نخستین پاسخ
# machine-drafted
inbox-fact-closed = بسته شد
# machine-drafted
inbox-fact-merged = ادغام‌شده با
# machine-drafted
inbox-who-sender = فرستنده
# machine-drafted
inbox-who-office = دفتر ادغام
# machine-drafted
inbox-note-internal = یادداشت داخلی
# machine-drafted
inbox-status-new = جدید
# machine-drafted
inbox-status-in-progress = در حال رسیدگی
# machine-drafted
inbox-status-waiting = در انتظار پاسخ شما
# machine-drafted
inbox-status-done = انجام‌شده
# machine-drafted
inbox-outcome-resolved = پاسخ داده شد یا حل شد
# machine-drafted
inbox-outcome-taken-up = پیگیری شد
# machine-drafted
inbox-outcome-referred = به مرجع مسئول سپرده شد
# machine-drafted
inbox-outcome-not-possible = ممکن نیست
# machine-drafted
inbox-outcome-duplicate = تکراری
# machine-drafted
inbox-outcome-no-response = بی‌پاسخ از سوی فرستنده
# machine-drafted
inbox-event-created = رسید
# machine-drafted
inbox-event-unassigned = دیگر کسی مسئول نیست
# machine-drafted
inbox-event-assigned = مسئول: { $value }
# machine-drafted
inbox-event-status = وضعیت: { $value }
# machine-drafted
inbox-event-closed = بسته شد: { $value }
# machine-drafted
inbox-event-merged-into = ادغام شد با { $value }
# machine-drafted
inbox-event-merged-from = { $value } در این پیام ادغام شد
# machine-drafted
inbox-notice-received = پیام شما رسید. پیوند این صفحه را با ایمیل هم برایتان فرستادیم.
# machine-drafted
inbox-notice-replied = پاسخ ذخیره شد.
# machine-drafted
inbox-notice-noted = یادداشت ذخیره شد.
# machine-drafted
inbox-notice-assigned = مسئول ذخیره شد.
# machine-drafted
inbox-notice-status = وضعیت تغییر کرد.
# machine-drafted
inbox-notice-closed = پیام بسته شد.
# machine-drafted
inbox-notice-merged = پیام ادغام شد.
# machine-drafted
inbox-refused-closed = پیام بسته است. ابتدا آن را دوباره «در حال رسیدگی» کنید.
# machine-drafted
inbox-refused-transition = این تغییر وضعیت ممکن نیست.
# machine-drafted
inbox-refused-conflict = کسی در این میان پیام را تغییر داده است. لطفاً روند گفت‌وگو را ببینید و دوباره تلاش کنید.
# machine-drafted
inbox-refused-rate = پیام‌های زیادی در زمان کوتاه. لطفاً یک ساعت دیگر دوباره تلاش کنید.
# machine-drafted
inbox-refused-link = این پیوند دیگر معتبر نیست.
# machine-drafted
inbox-mine-title = پیام‌های من
# machine-drafted
inbox-mine-intro = پیام‌های شما و انجمن شما به دفتر ادغام، با وضعیت و پاسخ‌ها.
# machine-drafted
inbox-mine-new = پیام تازه
# machine-drafted
inbox-mine-empty = هنوز پیامی نفرستاده‌اید.
# machine-drafted
inbox-queue-title = پیام‌های رسیده
# machine-drafted
inbox-filters = پالایش
# machine-drafted
inbox-filter-open = باز (انجام‌نشده)
# machine-drafted
inbox-filter-all = همه
# machine-drafted
inbox-filter-any = همه
# machine-drafted
inbox-filter-anyone = همهٔ افراد
# machine-drafted
inbox-filter-older = قدیمی‌تر از { $days } روز
# machine-drafted
inbox-filter-apply = پالایش
# machine-drafted
inbox-queue-empty = برای این انتخاب پیامی نیست.
# machine-drafted
inbox-case = پیام
# machine-drafted
inbox-age-days = { $days ->
    [one] ۱ روز
   *[other] { $days } روز
}
# machine-drafted
inbox-history = روند گفت‌وگو با یادداشت‌ها
# machine-drafted
inbox-office-reply = پاسخ به فرستنده
# machine-drafted
inbox-office-reply-hint = در صفحهٔ فرستنده نشان داده و با ایمیل به زبانی که انتخاب کرده فرستاده می‌شود.
# machine-drafted
inbox-office-reply-send = ارسال پاسخ
# machine-drafted
inbox-office-note = یادداشت داخلی
# machine-drafted
inbox-office-note-hint = فقط برای دفتر ادغام دیده می‌شود.
# machine-drafted
inbox-office-note-save = ذخیرهٔ یادداشت
# machine-drafted
inbox-assign-nobody = هیچ‌کس
# machine-drafted
inbox-assign = ذخیرهٔ مسئول
# machine-drafted
inbox-set-status = تغییر وضعیت
# machine-drafted
inbox-set-status-button = ذخیرهٔ وضعیت
# machine-drafted
inbox-close = بستن
# machine-drafted
inbox-outcome = نتیجه
# machine-drafted
inbox-close-remark = توضیح (داخلی، اختیاری)
# machine-drafted
inbox-close-button = بستن
# machine-drafted
inbox-merge-into = تکراری: ادغام با پیام شمارهٔ
# machine-drafted
inbox-merge-hint = این پیام به‌عنوان تکراری بسته می‌شود و روند هر دو پیام به دیگری اشاره می‌کند.
# machine-drafted
inbox-merge = ادغام
# machine-drafted
form-error-inbox-text-too-long = متن بیش از حد بلند است. لطفاً آن را به حداکثر ۴۰۰۰ نویسه کوتاه کنید.
# machine-drafted
error-inbox-not-found-title = پیام پیدا نشد
# machine-drafted
error-inbox-not-found-text = این پیام وجود ندارد یا پیوند کامل نیست.
# machine-drafted
error-inbox-conflict-title = این کار انجام نشد
# machine-drafted
error-inbox-conflict-text = پیام در این میان تغییر کرده است. لطفاً صفحه را دوباره بارگیری کنید.
# machine-drafted
mail-inbox-verify-subject = لطفاً پیام خود به دفتر ادغام را تأیید کنید
# machine-drafted
mail-inbox-verify-body =
    سلام،

    شما از طریق { $instance } پیامی به دفتر ادغام نوشتید. لطفاً نشانی ایمیل خود را با این پیوند تأیید کنید؛ فقط پس از آن پیام می‌رسد:

    { $link }

    این پیوند ۴۸ ساعت معتبر است. اگر شما نبودید، این ایمیل را پاک کنید.
# machine-drafted
mail-inbox-received-subject = پیام شما رسید
# machine-drafted
mail-inbox-received-body =
    سلام،

    پیام شما به دفتر ادغام رسید. وضعیت و پاسخ‌های ما را در صفحهٔ شخصی خود می‌بینید و همان‌جا می‌توانید پاسخ دهید:

    { $link }

    لطفاً این پیوند را به کسی ندهید.
# machine-drafted
mail-inbox-reply-subject = پاسخ دفتر ادغام به پیام شما
# machine-drafted
mail-inbox-reply-body =
    سلام،

    دفتر ادغام به شما پاسخ داد:

    { $reply }

    { $has_link ->
        [yes] روند گفت‌وگو و پاسخ دادن:
       *[no] برای دیدن روند گفت‌وگو و پاسخ دادن، لطفاً پیوند نخستین ایمیل ما («پیام شما رسید») را باز کنید.
    }

    { $link }

# machine-drafted
inbox-matching-report-suggested = تطابق نادرست: برای نیاز «{ $need }» ({ $need_url }) پیشنهاد «{ $offer }» ({ $offer_url }) نمایش داده می‌شود. مناسب نیست، چون:
# machine-drafted
inbox-matching-report-missed = تطابق جاافتاده: برای نیاز «{ $need }» ({ $need_url }) پیشنهاد «{ $offer }» ({ $offer_url }) نمایش داده نمی‌شود. مناسب است، چون:
