# Machine-drafted translation (Farsi), awaiting review by a native speaker.
# نشست‌های شبکه: صفحه‌ها، فرم‌ها و ایمیل‌ها.

nav-meetings = نشست‌های شبکه
meetings-title = نشست‌های شبکه
meetings-intro = در نشست‌های شبکه انجمن‌ها با یکدیگر آشنا می‌شوند: دور میزها، در چند دور، هر بار با افراد تازه.
meetings-new = نشست شبکهٔ جدید
meetings-edit = ویرایش نشست
meetings-upcoming = نشست‌های پیش رو
meetings-past = نشست‌های گذشته
meetings-none-upcoming = در حال حاضر نشستی برنامه‌ریزی نشده است.
meetings-none-past = هنوز نشست گذشته‌ای وجود ندارد.
meetings-free-places = { $count ->
    [0] جای خالی باقی نمانده
    [one] یک جای خالی باقی مانده
   *[other] { $count } جای خالی باقی مانده
}
meetings-capacity = در مجموع { $count } جا
meetings-waitlisted-count = { $count } نفر در فهرست انتظار
meetings-summary-link = خلاصه
meetings-when = چه زمانی
meetings-status = وضعیت
meetings-places = جاها
meetings-deadline = مهلت ثبت‌نام
meetings-calendar = افزودن به تقویم (.ics)
meetings-results = نتایج
meetings-office-nav = مدیریت نشست
meetings-participants = شرکت‌کنندگان
meetings-plan = طرح میزها
meetings-check-in = پذیرش ورود
meetings-venue = مکان
meetings-agenda = برنامه
meetings-rounds = دورها
meetings-tables = میزها
meetings-minutes = { $count } دقیقه
meetings-tables-count = { $count ->
    [one] سر یک میز.
   *[other] سر { $count } میز.
}
meetings-register-heading = ثبت‌نام
meetings-register = ثبت‌نام افراد
meetings-register-how = نمایندگان انجمن‌ها پس از ورود به حساب، افراد انجمن خود را اینجا ثبت‌نام می‌کنند.
meetings-register-members-only = نمایندگان انجمن‌های شبکه می‌توانند ثبت‌نام کنند. اگر حساب شما هنوز به انجمنی وصل نیست، از دفتر ادغام بپرسید.
meetings-register-closed = ثبت‌نام بسته است.
meetings-own-registrations = ثبت‌نام‌های انجمن شما
meetings-state-confirmed = تأییدشده
meetings-state-waitlisted = فهرست انتظار
meetings-state-cancelled = لغوشده
meetings-cancel-registration = لغو ثبت‌نام
meetings-done-registered = ثبت‌نام تأیید شد. ایمیلی همراه با رویداد تقویم در راه است.
meetings-done-waitlisted = نشست پر است: این فرد در فهرست انتظار است و به محض خالی شدن جا ایمیل دریافت می‌کند.
meetings-done-cancelled = ثبت‌نام لغو شد.
meetings-done-saved = ذخیره شد.
meetings-register-intro = لطفاً هر نفر را جداگانه ثبت‌نام کنید. او تأیید را با ایمیل به زبان خودش دریافت می‌کند.
meetings-field-association = انجمن
meetings-field-name = نام
meetings-field-email = نشانی ایمیل
meetings-field-languages = زبان‌ها
meetings-languages-hint = نخستین زبان رابط کاربری که فرد می‌داند، زبان ایمیل‌های اوست.
meetings-field-accessibility = نیازهای دسترسی‌پذیری (مثلاً ویلچر، زبان اشاره)
meetings-field-consent = این فرد موافق است که نام و انجمنش در فهرست میزها، کارت‌های نام و مدارک شخصی بیاید.
meetings-register-submit = ثبت‌نام
meetings-field-title = عنوان
meetings-field-starts-at = آغاز
meetings-field-ends-at = پایان
meetings-field-deadline = مهلت ثبت‌نام
meetings-deadline-hint = خالی بگذارید: ثبت‌نام تا آغاز نشست.
meetings-field-venue-name = مکان (نام)
meetings-field-venue-address = نشانی
meetings-field-position = نقطه روی نقشه
meetings-position-hint = عرض و طول جغرافیایی به درجهٔ اعشاری، مثلاً 48.8975 و 9.1920. اگر نقشه لازم نیست، خالی بگذارید.
meetings-field-lat = عرض جغرافیایی
meetings-field-lon = طول جغرافیایی
meetings-field-agenda = برنامه
meetings-agenda-hint = می‌توانید از Markdown استفاده کنید: بند، فهرست، **پررنگ**، پیوند.
meetings-field-capacity = حداکثر شرکت‌کننده
meetings-field-limit = حداکثر نفر برای هر انجمن
meetings-round-n = دور { $number }
meetings-table-n = میز { $number }
meetings-field-topic = موضوع
meetings-field-minutes = مدت به دقیقه
meetings-rows-hint = سطرهای خالی ذخیره نمی‌شوند.
meetings-add-round = افزودن دور
meetings-field-table-name = نام میز
meetings-field-table-capacity = صندلی‌ها
meetings-field-moderator = گردانندهٔ میز
meetings-no-moderator = هنوز هیچ‌کس
meetings-add-table = افزودن میز
meetings-save = ذخیره
meetings-cancel-hint = با لغو نشست، همهٔ ثبت‌نام‌شدگان ایمیل دریافت می‌کنند.
meetings-cancel-meeting = لغو نشست
meetings-participants-counts = { $confirmed } از { $capacity } جا پر شده، { $waiting } نفر در فهرست انتظار.
meetings-participants-none = هنوز کسی ثبت‌نام نکرده است.
meetings-participants-added = فرد ثبت شد.
meetings-col-state = وضعیت
meetings-col-action = اقدام
meetings-no-consent = بدون رضایت برای فهرست‌ها
meetings-remove = حذف
meetings-add-participant = افزودن فرد
meetings-add-participant-hint = دفتر ادغام می‌تواند بیش از سقف هر انجمن و پس از مهلت نیز ثبت‌نام کند؛ اگر نشست پر باشد، فرد به فهرست انتظار می‌رود.
meetings-planning = میزها در حال برنامه‌ریزی‌اند
meetings-planning-running = میزها برای { $people } نفر برنامه‌ریزی می‌شوند ({ $seconds } ثانیه). صفحه خودش به‌روز می‌شود.
meetings-planning-refresh = بارگذاری دوبارهٔ صفحه
meetings-replan-from = برنامه‌ریزی دوباره از
meetings-replan = برنامه‌ریزی دوباره
meetings-plan-tables = برنامه‌ریزی میزها
meetings-explanation = دستاورد این طرح
meetings-unseated = هنوز بدون جا (لطفاً دوباره برنامه‌ریزی کنید):
meetings-round-held = برگزار شد
meetings-locked = ثابت‌شده
meetings-lock-table = ثابت کردن میز
meetings-unlock-table = آزاد کردن میز
meetings-lock = ثابت کردن
meetings-unlock = آزاد کردن
meetings-walk-in = بدون ثبت‌نام آمده
meetings-move-label = میز { $name } در دور { $round }
meetings-move = جابه‌جا کردن
meetings-no-plan = هنوز طرح میزی وجود ندارد. پس از ثبت‌نام‌ها: «برنامه‌ریزی میزها».
meetings-arrived = { $arrived } از { $expected } نفر آمده‌اند.
meetings-search-name = جست‌وجوی نام
meetings-search = جست‌وجو
meetings-attendance-registered = در انتظار
meetings-attendance-checked_in = حاضر
meetings-attendance-no_show = نیامد
meetings-check-in-button = پذیرش
meetings-no-show-button = نیامد
meetings-undo-button = بازگردانی
meetings-check-in-none = کسی پیدا نشد.
meetings-walk-in-heading = آمدگان بدون ثبت‌نام
meetings-walk-in-submit = افزودن و پذیرش
meetings-record-results = ثبت نتایج
meetings-results-none = هنوز نتیجه‌ای ثبت نشده است.
meetings-ideas = ایده‌ها
meetings-visions = چشم‌اندازها
meetings-contacts = ارتباط میان انجمن‌ها
meetings-projects = پروژه‌های برنامه‌ریزی‌شده
meetings-next-step = گام بعدی
meetings-publish-heading = انتشار
meetings-publish-label = نتایج را برای انجمن‌های شرکت‌کننده باز کن
meetings-summary-label = خلاصهٔ عمومی (اختیاری)
meetings-summary-hint = می‌توانید از Markdown استفاده کنید. پس از باز شدن نتایج، همه آن را می‌بینند.
meetings-publish-save = ذخیره
meetings-held-label = نشست برگزار شد (کسانی که کنار هم نشستند در نشست بعدی آشنا حساب می‌شوند)
meetings-held-save = ذخیره
meetings-result-hint = لطفاً دست‌کم یک ایده، چشم‌انداز، ارتباط یا پروژه ثبت کنید.
meetings-one-a-line = در هر سطر یکی.
meetings-project-n = پروژهٔ { $number }
meetings-project-title = عنوان
meetings-project-partners = انجمن‌های شرکت‌کننده
meetings-add-project = افزودن پروژه

meeting-plan-none = هنوز طرح میزی وجود ندارد.
meeting-plan-conflict = طرح در این فاصله تغییر کرده است (شاید در پنجره‌ای دیگر). لطفاً دوباره آن را ببینید.

error-meeting-not-found-title = نشست پیدا نشد
error-meeting-not-found-text = این نشست شبکه وجود ندارد (دیگر وجود ندارد).
error-meeting-conflict-title = انجام نشد
error-meeting-conflict-text = نشست در این فاصله تغییر کرده است. لطفاً صفحه را دوباره بارگذاری و دوباره تلاش کنید.

mail-meeting-confirmed-subject = ثبت‌نام تأیید شد: { $meeting }
mail-meeting-confirmed-body =
    سلام،

    ثبت‌نام شما در «{ $meeting }» تأیید شد.

    چه زمانی: { $when }
    کجا: { $venue }

    رویداد تقویم پیوست است. همه چیز دربارهٔ نشست: { $link }
mail-meeting-waitlisted-subject = فهرست انتظار: { $meeting }
mail-meeting-waitlisted-body =
    سلام،

    «{ $meeting }» ({ $when }، { $venue }) اکنون پر است. شما در فهرست انتظار هستید و به محض خالی شدن جا برایتان ایمیل دریافت می‌کنید.

    { $link }
mail-meeting-promoted-subject = جایی خالی شد: { $meeting }
mail-meeting-promoted-body =
    سلام،

    در «{ $meeting }» جایی خالی شد: ثبت‌نام شما اکنون تأیید شده است.

    چه زمانی: { $when }
    کجا: { $venue }

    رویداد تقویم پیوست است. همه چیز دربارهٔ نشست: { $link }
mail-meeting-cancelled-subject = لغو شد: { $meeting }
mail-meeting-cancelled-body =
    سلام،

    متأسفانه دفتر ادغام «{ $meeting }» در { $when } ({ $venue }) را لغو کرد. لطفاً این رویداد را از تقویم خود حذف کنید.

    { $link }
mail-meeting-registration-cancelled-subject = ثبت‌نام لغو شد: { $meeting }
mail-meeting-registration-cancelled-body =
    سلام،

    ثبت‌نام شما در «{ $meeting }» در { $when } ({ $venue }) لغو شد.

    { $link }
