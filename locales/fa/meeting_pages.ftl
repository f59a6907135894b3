# Machine-drafted translation (Farsi), awaiting review by a native speaker.
# نشست‌های شبکه: صفحه‌ها، فرم‌ها و ایمیل‌ها.

# machine-drafted
nav-meetings = نشست‌های شبکه
# machine-drafted
meetings-title = نشست‌های شبکه
# machine-drafted
meetings-intro = در نشست‌های شبکه انجمن‌ها با یکدیگر آشنا می‌شوند: دور میزها، در چند دور، هر بار با افراد تازه.
# machine-drafted
meetings-new = نشست شبکهٔ جدید
# machine-drafted
meetings-edit = ویرایش نشست
# machine-drafted
meetings-upcoming = نشست‌های پیش رو
# machine-drafted
meetings-past = نشست‌های گذشته
# machine-drafted
meetings-none-upcoming = در حال حاضر نشستی برنامه‌ریزی نشده است.
# machine-drafted
meetings-none-past = هنوز نشست گذشته‌ای وجود ندارد.
# machine-drafted
meetings-free-places = { $count ->
    [0] جای خالی باقی نمانده
    [one] یک جای خالی باقی مانده
   *[other] { $count } جای خالی باقی مانده
}
# machine-drafted
meetings-capacity = در مجموع { $count } جا
# machine-drafted
meetings-waitlisted-count = { $count } نفر در فهرست انتظار
# machine-drafted
meetings-summary-link = خلاصه
# machine-drafted
meetings-when = چه زمانی
# machine-drafted
meetings-status = وضعیت
# machine-drafted
meetings-places = جاها
# machine-drafted
meetings-deadline = مهلت ثبت‌نام
# machine-drafted
meetings-calendar = افزودن به تقویم (.ics)
# machine-drafted
meetings-results = نتایج
# machine-drafted
meetings-office-nav = مدیریت نشست
# machine-drafted
meetings-participants = شرکت‌کنندگان
# machine-drafted
meetings-plan = طرح میزها
# machine-drafted
meetings-check-in = پذیرش ورود
# machine-drafted
meetings-venue = مکان
# machine-drafted
meetings-agenda = برنامه
# machine-drafted
meetings-rounds = دورها
# machine-drafted
meetings-tables = میزها
# machine-drafted
meetings-minutes = { $count } دقیقه
# machine-drafted
meetings-tables-count = { $count ->
    [one] سر یک میز.
   *[other] سر { $count } میز.
}
# machine-drafted
meetings-register-heading = ثبت‌نام
# machine-drafted
meetings-register = ثبت‌نام افراد
# machine-drafted
meetings-register-how = نمایندگان انجمن‌ها پس از ورود به حساب، افراد انجمن خود را اینجا ثبت‌نام می‌کنند.
# machine-drafted
meetings-register-members-only = نمایندگان انجمن‌های شبکه می‌توانند ثبت‌نام کنند. اگر حساب شما هنوز به انجمنی وصل نیست، از دفتر ادغام بپرسید.
# machine-drafted
meetings-register-closed = ثبت‌نام بسته است.
# machine-drafted
meetings-own-registrations = ثبت‌نام‌های انجمن شما
# machine-drafted
meetings-state-confirmed = تأییدشده
# machine-drafted
meetings-state-waitlisted = فهرست انتظار
# machine-drafted
meetings-state-cancelled = لغوشده
# machine-drafted
meetings-cancel-registration = لغو ثبت‌نام
# machine-drafted
meetings-done-registered = ثبت‌نام تأیید شد. ایمیلی همراه با رویداد تقویم در راه است.
# machine-drafted
meetings-done-waitlisted = نشست پر است: این فرد در فهرست انتظار است و به محض خالی شدن جا ایمیل دریافت می‌کند.
# machine-drafted
meetings-done-cancelled = ثبت‌نام لغو شد.
# machine-drafted
meetings-done-saved = ذخیره شد.
# machine-drafted
meetings-register-intro = لطفاً هر نفر را جداگانه ثبت‌نام کنید. او تأیید را با ایمیل به زبان خودش دریافت می‌کند.
# machine-drafted
meetings-field-association = انجمن
# machine-drafted
meetings-field-name = نام
# machine-drafted
meetings-field-email = نشانی ایمیل
# machine-drafted
meetings-field-languages = زبان‌ها
# machine-drafted
meetings-languages-hint = نخستین زبان رابط کاربری که فرد می‌داند، زبان ایمیل‌های اوست.
# machine-drafted
meetings-field-accessibility = نیازهای دسترسی‌پذیری (مثلاً ویلچر، زبان اشاره)
# machine-drafted
meetings-field-consent = این فرد موافق است که نام و انجمنش در لیست میزها، کارت‌های نام و مدارک شخصی بیاید.
# machine-drafted
meetings-register-submit = ثبت‌نام
# machine-drafted
meetings-field-title = عنوان
# machine-drafted
meetings-field-starts-at = آغاز
# machine-drafted
meetings-field-ends-at = پایان
# machine-drafted
meetings-field-deadline = مهلت ثبت‌نام
# machine-drafted
meetings-deadline-hint = خالی بگذارید: ثبت‌نام تا آغاز نشست.
# machine-drafted
meetings-field-venue-name = مکان (نام)
# machine-drafted
meetings-field-venue-address = نشانی
# machine-drafted
meetings-field-position = نقطه روی نقشه
# machine-drafted
meetings-position-hint = عرض و طول جغرافیایی به درجهٔ اعشاری، مثلاً 48.8975 و 9.1920. اگر نقشه لازم نیست، خالی بگذارید.
# machine-drafted
meetings-field-lat = عرض جغرافیایی
# machine-drafted
meetings-field-lon = طول جغرافیایی
# machine-drafted
meetings-field-agenda = برنامه
# machine-drafted
meetings-agenda-hint = می‌توانید از Markdown استفاده کنید: بند، فهرست، **پررنگ**، پیوند.
# machine-drafted
meetings-field-capacity = حداکثر شرکت‌کننده
# machine-drafted
meetings-field-limit = حداکثر نفر برای هر انجمن
# machine-drafted
meetings-round-n = دور { $number }
# machine-drafted
meetings-table-n = میز { $number }
# machine-drafted
meetings-field-topic = موضوع
# machine-drafted
meetings-field-minutes = مدت به دقیقه
# machine-drafted
meetings-rows-hint = سطرهای خالی ذخیره نمی‌شوند.
# machine-drafted
meetings-add-round = افزودن دور
# machine-drafted
meetings-field-table-name = نام میز
# machine-drafted
meetings-field-table-capacity = صندلی‌ها
# machine-drafted
meetings-field-moderator = گردانندهٔ میز
# machine-drafted
meetings-no-moderator = هنوز هیچ‌کس
# machine-drafted
meetings-add-table = افزودن میز
# machine-drafted
meetings-save = ذخیره
# machine-drafted
meetings-cancel-hint = با لغو نشست، همهٔ ثبت‌نام‌شدگان ایمیل دریافت می‌کنند.
# machine-drafted
meetings-cancel-meeting = لغو نشست
# machine-drafted
meetings-participants-counts = { $confirmed } از { $capacity } جا پر شده، { $waiting } نفر در فهرست انتظار.
# machine-drafted
meetings-participants-none = هنوز کسی ثبت‌نام نکرده است.
# machine-drafted
meetings-participants-added = فرد ثبت شد.
# machine-drafted
meetings-col-state = وضعیت
# machine-drafted
meetings-col-action = اقدام
# machine-drafted
meetings-no-consent = بدون رضایت برای فهرست‌ها
# machine-drafted
meetings-remove = حذف
# machine-drafted
meetings-add-participant = افزودن فرد
# machine-drafted
meetings-add-participant-hint = دفتر ادغام می‌تواند بیش از سقف هر انجمن و پس از مهلت نیز ثبت‌نام کند؛ اگر نشست پر باشد، فرد به لیست انتظار می‌رود.
# machine-drafted
meetings-planning = میزها در حال برنامه‌ریزی‌اند
# machine-drafted
meetings-planning-running = میزها برای { $people } نفر برنامه‌ریزی می‌شوند ({ $seconds } ثانیه). صفحه خودش به‌روز می‌شود.
# machine-drafted
meetings-planning-refresh = بارگذاری دوبارهٔ صفحه
# machine-drafted
meetings-replan-from = برنامه‌ریزی دوباره از
# machine-drafted
meetings-replan = برنامه‌ریزی دوباره
# machine-drafted
meetings-plan-tables = برنامه‌ریزی میزها
# machine-drafted
meetings-explanation = دستاورد این طرح
# machine-drafted
meetings-unseated = هنوز بدون جا (لطفاً دوباره برنامه‌ریزی کنید):
# machine-drafted
meetings-round-held = برگزار شد
# machine-drafted
meetings-locked = ثابت‌شده
# machine-drafted
meetings-lock-table = ثابت کردن میز
# machine-drafted
meetings-unlock-table = آزاد کردن میز
# machine-drafted
meetings-lock = ثابت کردن
# machine-drafted
meetings-unlock = آزاد کردن
# machine-drafted
meetings-walk-in = بدون ثبت‌نام آمده
# machine-drafted
meetings-move-label = میز { $name } در دور { $round }
# machine-drafted
meetings-move = جابه‌جا کردن
# machine-drafted
meetings-move-title = { $name }: تغییر میز یا ثابت کردن
# machine-drafted
meetings-no-plan = هنوز طرح میزی وجود ندارد. پس از ثبت‌نام‌ها: «برنامه‌ریزی میزها».
# machine-drafted
meetings-arrived = { $arrived } از { $expected } نفر آمده‌اند.
# machine-drafted
meetings-search-name = جست‌وجوی نام
# machine-drafted
meetings-search = جست‌وجو
# machine-drafted
meetings-attendance-registered = در انتظار
# machine-drafted
meetings-attendance-checked_in = حاضر
# machine-drafted
meetings-attendance-no_show = نیامد
# machine-drafted
meetings-check-in-button = پذیرش
# machine-drafted
meetings-no-show-button = نیامد
# machine-drafted
meetings-undo-button = بازگردانی
# machine-drafted
meetings-check-in-none = کسی پیدا نشد.
# machine-drafted
meetings-walk-in-heading = آمدگان بدون ثبت‌نام
# machine-drafted
meetings-walk-in-submit = افزودن و پذیرش
# machine-drafted
meetings-record-results = ثبت نتایج
# machine-drafted
meetings-results-none = هنوز نتیجه‌ای ثبت نشده است.
# machine-drafted
meetings-ideas = ایده‌ها
# machine-drafted
meetings-visions = چشم‌اندازها
# machine-drafted
meetings-contacts = ارتباط میان انجمن‌ها
# machine-drafted
meetings-projects = پروژه‌های برنامه‌ریزی‌شده
# machine-drafted
meetings-next-step = گام بعدی
# machine-drafted
meetings-publish-heading = انتشار
# machine-drafted
meetings-publish-label = نتایج را برای انجمن‌های شرکت‌کننده باز کن
# machine-drafted
meetings-summary-label = خلاصهٔ عمومی (اختیاری)
# machine-drafted
meetings-summary-hint = می‌توانید از Markdown استفاده کنید. پس از باز شدن نتایج، همه آن را می‌بینند.
# machine-drafted
meetings-publish-save = ذخیره
# machine-drafted
meetings-held-label = نشست برگزار شد (کسانی که کنار هم نشستند در نشست بعدی آشنا حساب می‌شوند)
# machine-drafted
meetings-held-save = ذخیره
# machine-drafted
meetings-result-hint = لطفاً دست‌کم یک ایده، چشم‌انداز، ارتباط یا پروژه ثبت کنید.
# machine-drafted
meetings-one-a-line = در هر سطر یکی.
# machine-drafted
meetings-project-n = پروژهٔ { $number }
# machine-drafted
meetings-project-title = عنوان
# machine-drafted
meetings-project-partners = انجمن‌های شرکت‌کننده
# machine-drafted
meetings-add-project = افزودن پروژه

# machine-drafted
meeting-plan-none = هنوز طرح میزی وجود ندارد.
# machine-drafted
meeting-plan-conflict = طرح در این فاصله تغییر کرده است (شاید در پنجره‌ای دیگر). لطفاً دوباره آن را ببینید.

# machine-drafted
error-meeting-not-found-title = نشست پیدا نشد
# machine-drafted
error-meeting-not-found-text = این نشست شبکه وجود ندارد (دیگر وجود ندارد).
# machine-drafted
error-meeting-conflict-title = انجام نشد
# machine-drafted
error-meeting-conflict-text = نشست در این فاصله تغییر کرده است. لطفاً صفحه را دوباره بارگذاری و دوباره تلاش کنید.

# machine-drafted
mail-meeting-confirmed-subject = ثبت‌نام تأیید شد: { $meeting }
# machine-drafted
mail-meeting-confirmed-body =
    سلام،

    ثبت‌نام شما در «{ $meeting }» تأیید شد.

    چه زمانی: { $when }
    کجا: { $venue }

    رویداد تقویم پیوست است. همه چیز دربارهٔ نشست: { $link }
# machine-drafted
mail-meeting-waitlisted-subject = فهرست انتظار: { $meeting }
# machine-drafted
mail-meeting-waitlisted-body =
    سلام،

    «{ $meeting }» ({ $when }، { $venue }) اکنون پر است. شما در فهرست انتظار هستید و به محض خالی شدن جا برایتان ایمیل دریافت می‌کنید.

    { $link }
# machine-drafted
mail-meeting-promoted-subject = جایی خالی شد: { $meeting }
# machine-drafted
mail-meeting-promoted-body =
    سلام،

    در «{ $meeting }» جایی خالی شد: ثبت‌نام شما اکنون تأیید شده است.

    چه زمانی: { $when }
    کجا: { $venue }

    رویداد تقویم پیوست است. همه چیز دربارهٔ نشست: { $link }
# machine-drafted
mail-meeting-cancelled-subject = لغو شد: { $meeting }
# machine-drafted
mail-meeting-cancelled-body =
    سلام،

    متأسفانه دفتر ادغام «{ $meeting }» در { $when } ({ $venue }) را لغو کرد. لطفاً این رویداد را از تقویم خود حذف کنید.

    { $link }
# machine-drafted
mail-meeting-registration-cancelled-subject = ثبت‌نام لغو شد: { $meeting }
# machine-drafted
mail-meeting-registration-cancelled-body =
    سلام،

    ثبت‌نام شما در «{ $meeting }» در { $when } ({ $venue }) لغو شد.

    { $link }
