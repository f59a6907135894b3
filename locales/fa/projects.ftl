# Machine-drafted translation (Persian), awaiting review by a native speaker.
# پروژه‌های همکاری.

# machine-drafted
nav-projects = پروژه‌ها
# machine-drafted
projects-board = پروژه‌های همکاری
# machine-drafted
projects-board-intro = همهٔ پروژه‌های همکاری شبکه بر اساس وضعیت. پروژه‌هایی که 90 روز کسی آن‌ها را به‌روز نکرده علامت خورده‌اند: از انجمن‌های شرکت‌کننده بپرسید.
# machine-drafted
projects-stale-count = { $count ->
    [one] { $count } پروژه 90 روز به‌روز نشده است.
   *[other] { $count } پروژه 90 روز به‌روز نشده‌اند.
}
# machine-drafted
projects-stale = 90 روز به‌روز نشده
# machine-drafted
projects-not-public = عمومی نیست
# machine-drafted
projects-column-empty = پروژه‌ای نیست.
# machine-drafted
projects-proposals = پروژه‌های ارسال‌شده
# machine-drafted
projects-proposals-none = هیچ پروژهٔ ارسال‌شده‌ای در انتظار تأیید نیست.
# machine-drafted
projects-confirm = تأیید
# machine-drafted
projects-updated = آخرین به‌روزرسانی
# machine-drafted
project-status-label = وضعیت
# machine-drafted
project-status-idea = ایده
# machine-drafted
project-status-planned = برنامه‌ریزی‌شده
# machine-drafted
project-status-running = در جریان
# machine-drafted
project-status-done = پایان‌یافته
# machine-drafted
project-status-stopped = متوقف‌شده
# machine-drafted
projects-partners = انجمن‌های شرکت‌کننده
# machine-drafted
projects-origin = منشأ
# machine-drafted
project-origin-meeting = از نتایج «{ $meeting }»
# machine-drafted
project-origin-introduction = از یک درخواست تماس
# machine-drafted
project-origin-office = واردشده توسط دفتر ادغام
# machine-drafted
projects-description = شرح
# machine-drafted
projects-description-hint = موضوع چیست و چه کسی چه می‌کند؟ می‌توانید از Markdown استفاده کنید، مثلاً **پررنگ** یا لیست با «-».
# machine-drafted
projects-stop-reason = چرا پروژه متوقف شد
# machine-drafted
projects-next-steps = گام‌های بعدی
# machine-drafted
projects-next-steps-none = هنوز گام بعدی وارد نشده است.
# machine-drafted
projects-step-due = تا
# machine-drafted
projects-step-done = انجام شد
# machine-drafted
projects-mark-done = انجام شد
# machine-drafted
projects-history = تاریخچه
# machine-drafted
projects-event-created = با وضعیت «{ $status }» ایجاد شد
# machine-drafted
projects-event-status = وضعیت تغییر کرد: { $status }
# machine-drafted
projects-event-step = گام بعدی وارد شد: { $step }
# machine-drafted
projects-event-step-done = انجام شد: { $step }
# machine-drafted
projects-event-visible = به‌صورت عمومی نمایش داده می‌شود
# machine-drafted
projects-event-hidden = دیگر به‌صورت عمومی نمایش داده نمی‌شود
# machine-drafted
projects-event-confirmed = توسط دفتر ادغام تأیید شد
# machine-drafted
projects-update-heading = به‌روزرسانی پروژه
# machine-drafted
projects-status-new = وضعیت جدید
# machine-drafted
projects-reason-label = دلیل (فقط وقتی پروژه متوقف می‌شود)
# machine-drafted
projects-status-save = ذخیرهٔ وضعیت
# machine-drafted
projects-step-add-heading = واردکردن گام بعدی
# machine-drafted
projects-step-label = چه کاری باید بعد از این انجام شود؟
# machine-drafted
projects-due-label = تا چه زمانی؟ (اختیاری)
# machine-drafted
projects-due-hint = یک تاریخ، برای مثال 2027-03-31.
# machine-drafted
projects-step-save = ذخیرهٔ گام
# machine-drafted
projects-visible-label = نمایش عمومی: در صفحهٔ خودش و در پروفایل انجمن‌های شرکت‌کننده
# machine-drafted
projects-visible-save = ذخیرهٔ نمایش
# machine-drafted
projects-saved = ذخیره شد.
# machine-drafted
projects-conflict = در این فاصله کسی پروژه را تغییر داده است. آنچه نوشتید هنوز در فرم است: لطفاً وضعیت جدید را بررسی کنید و دوباره ذخیره کنید.
# machine-drafted
projects-pending = این پروژه ارسال شده و در انتظار تأیید دفتر ادغام است. تا آن زمان فقط انجمن‌های شرکت‌کننده و دفتر ادغام آن را می‌بینند.
# machine-drafted
projects-hidden = این پروژه عمومی نیست: فقط انجمن‌های شرکت‌کننده و دفتر ادغام آن را می‌بینند.
# machine-drafted
projects-form-new = پروژهٔ همکاری جدید
# machine-drafted
projects-form-track = پیگیری یک پروژهٔ برنامه‌ریزی‌شده به‌عنوان پروژهٔ همکاری
# machine-drafted
projects-form-propose = ارسال پروژهٔ همکاری
# machine-drafted
projects-form-from-meeting = از نتایج «{ $meeting }». اطلاعات را بررسی و کامل کنید؛ پروژه با وضعیت «برنامه‌ریزی‌شده» شروع می‌شود.
# machine-drafted
projects-form-from-introduction = از درخواست تماس میان { $first } و { $second }. دفتر ادغام پروژه را پیش از آنکه دیگران ببینند تأیید می‌کند.
# machine-drafted
projects-title-label = عنوان
# machine-drafted
projects-partners-hint = دست‌کم دو انجمن.
# machine-drafted
projects-first-step-label = گام بعدی (اختیاری)
# machine-drafted
projects-create = ایجاد پروژه
# machine-drafted
projects-propose = ارسال پروژه
# machine-drafted
projects-tracked-already = این پروژه از قبل پیگیری می‌شود:
# machine-drafted
projects-track = پیگیری به‌عنوان پروژهٔ همکاری
# machine-drafted
projects-tracked = پیگیری‌شده به‌عنوان پروژهٔ همکاری:
# machine-drafted
projects-from-introduction = تبدیل این به یک پروژهٔ همکاری
# machine-drafted
projects-profile-heading = پروژه‌های همکاری
# machine-drafted
projects-with = همراه با
# machine-drafted
form-error-project-partners = لطفاً دست‌کم دو انجمن شرکت‌کننده انتخاب کنید.
# machine-drafted
form-error-project-reason = لطفاً بنویسید چرا پروژه متوقف می‌شود.
# machine-drafted
form-error-project-transition = از این وضعیت چنین چیزی ممکن نیست: پروژه فقط رو به جلو می‌رود یا متوقف می‌شود.
# machine-drafted
error-project-not-found-title = پروژه پیدا نشد
# machine-drafted
error-project-not-found-text = این پروژهٔ همکاری وجود ندارد یا عمومی نیست.
# machine-drafted
error-project-conflict-title = انجام نشد
# machine-drafted
error-project-conflict-text = پروژه در این فاصله تغییر کرده یا از قبل پیگیری می‌شود. لطفاً صفحه را دوباره بارگذاری کنید.
# machine-drafted
projects-details-heading = عنوان و انجمن‌های شرکت‌کننده
# machine-drafted
projects-details-hint = انجمن‌های افزوده‌شده و انجمن‌هایی که دیگر شرکت ندارند یک ایمیل دریافت می‌کنند.
# machine-drafted
projects-details-save = ذخیرهٔ عنوان و انجمن‌ها
# machine-drafted
projects-event-details-title = عنوان تغییر کرد: { $title }
# machine-drafted
projects-event-partner-added = انجمن افزوده شد: { $organisation }
# machine-drafted
projects-event-partner-removed = انجمنی که دیگر شرکت ندارد: { $organisation }
# machine-drafted
form-error-project-keep-own = انجمن خودتان باید شرکت‌کننده باقی بماند.
# machine-drafted
mail-project-proposed-subject = پروژهٔ همکاری تازه: { $project }
# machine-drafted
mail-project-proposed-body =
    سلام،

    { $organisation } پروژهٔ همکاری «{ $project }» را همراه با انجمن شما ارسال کرد. دفتر ادغام پیش از آنکه دیگران آن را ببینند تأییدش می‌کند.

    { $link }
# machine-drafted
mail-project-confirmed-subject = پروژهٔ همکاری تأیید شد: { $project }
# machine-drafted
mail-project-confirmed-body =
    سلام،

    دفتر ادغام پروژهٔ همکاری «{ $project }» را تأیید کرد. انجمن شما در آن شرکت دارد و می‌تواند وضعیت و گام‌های بعدی را آنجا وارد کند:

    { $link }
# machine-drafted
mail-project-partner-added-subject = انجمن شما اکنون شرکت دارد: { $project }
# machine-drafted
mail-project-partner-added-body =
    سلام،

    انجمن شما اکنون در پروژهٔ همکاری «{ $project }» شرکت دارد. می‌توانید وضعیت و گام‌های بعدی را آنجا وارد کنید:

    { $link }
# machine-drafted
mail-project-partner-removed-subject = انجمن شما دیگر شرکت ندارد: { $project }
# machine-drafted
mail-project-partner-removed-body =
    سلام،

    انجمن شما دیگر در پروژهٔ همکاری «{ $project }» ثبت نیست. اگر این اشتباه است، لطفاً به دفتر ادغام پاسخ دهید.

    { $link }
