# Machine-drafted translation (Persian), awaiting review by a native speaker.
# نشست‌های شبکه: خطاهای فرم، ثبت‌نام، ثبت حضور، برنامهٔ میزها و توضیح آن.

meeting-status-upcoming = پیش رو
meeting-status-past = گذشته
meeting-status-cancelled = لغو شده

form-error-meeting-datetime = لطفاً تاریخ و ساعت را وارد کنید، مثلاً 2026-01-11 10:00.
form-error-meeting-start-past = زمان شروع در گذشته است. نشست جدید باید در آینده شروع شود.
form-error-meeting-end-before-start = زمان پایان باید بعد از شروع باشد.
form-error-meeting-deadline-after-start = مهلت ثبت‌نام باید پیش از شروع باشد. اگر خالی بماند، ثبت‌نام تا زمان شروع باز است.
form-error-meeting-capacity-range = لطفاً عددی از 1 تا 1000 وارد کنید.
form-error-meeting-limit-range = لطفاً عدد 1 یا بیشتر وارد کنید. اگر خالی بماند، از هر انجمن 2 نفر.
form-error-meeting-limit-over-tables = یک انجمن حداکثر به تعداد میزها می‌تواند نفر بفرستد؛ افراد یک انجمن هرگز سر یک میز نمی‌نشینند.
form-error-meeting-seats-short = مجموع جاهای میزها کمتر از تعداد شرکت‌کنندگان نشست است. لطفاً میز یا جا اضافه کنید یا تعداد شرکت‌کنندگان را کم کنید.
form-error-meeting-rounds-too-long = مجموع دورها طولانی‌تر از خود نشست است.
form-error-meeting-rounds-missing = لطفاً دست‌کم یک دور اضافه کنید.
form-error-meeting-rounds-too-many = هر نشست حداکثر 12 دور دارد.
form-error-meeting-round-minutes = هر دور بین 5 تا 240 دقیقه طول می‌کشد.
form-error-meeting-tables-missing = لطفاً دست‌کم یک میز اضافه کنید.
form-error-meeting-tables-too-many = هر نشست حداکثر 100 میز دارد.
form-error-meeting-table-name-twice = میز دیگری همین نام را دارد.
form-error-meeting-table-capacity = هر میز بین 2 تا 50 جا دارد.
form-error-meeting-moderator-unknown = گردانندهٔ میز باید یک ثبت‌نام تأییدشده در این نشست باشد.
form-error-meeting-moderator-twice = این شخص گردانندهٔ میز دیگری است.
form-error-meeting-project-partners = لطفاً دست‌کم یک انجمن شرکت‌کننده را انتخاب کنید.
form-error-meeting-result-empty = لطفاً دست‌کم یک ایده، چشم‌انداز، ارتباط یا پروژه وارد کنید.

meeting-refused-cancelled = این نشست لغو شده است.
meeting-refused-past = این نشست به پایان رسیده است.
meeting-refused-deadline = مهلت ثبت‌نام گذشته است. لطفاً با دفتر ادغام تماس بگیرید.
meeting-refused-association-limit = انجمن شما تاکنون { $limit } نفر را ثبت‌نام کرده است؛ برای این نشست بیش از این ممکن نیست.
meeting-refused-already-registered = این نشانی ایمیل قبلاً برای این نشست ثبت‌نام شده است.
meeting-checkin-not-confirmed = فقط ثبت‌نام‌های تأییدشده را می‌توان حاضر زد. دفتر ابتدا افراد فهرست انتظار را به‌عنوان شرکت‌کننده اضافه می‌کند.

meeting-move-round-held = این دور برگزار شده است و همان‌طور که بود می‌ماند.
meeting-move-no-such-place = چنین دور یا میزی وجود ندارد.
meeting-move-not-seated = این شخص در این دور میزی ندارد.
meeting-move-locked = جای این شخص ثابت شده است. ابتدا تثبیت را بردارید.
meeting-move-table-full = این میز در این دور پر است.
meeting-move-same-association = کسی از همان انجمن سر این میز نشسته است.

meeting-plan-new-contacts = { $count } ارتباط تازه شکل می‌گیرد.
meeting-plan-interests = از { $total } جفت انجمن که پیشنهاد یکی با نیاز دیگری جور است، { $met } جفت دست‌کم یک بار کنار هم می‌نشینند.
meeting-plan-known-pairs = { $count } جفت که از نشست‌های پیشین یکدیگر را می‌شناسند، دوباره کنار هم می‌نشینند.
meeting-plan-no-compromise = برنامه به هیچ مصالحه‌ای نیاز نداشت.
meeting-plan-changed-by-hand = برنامه با دست تغییر کرد؛ ارقام دوباره شمرده شدند.
meeting-plan-repeats = جفت‌ها بیش از یک بار کنار هم می‌نشینند، روی‌هم { $count } بار اضافه.

meeting-compromise-repeats-unavoidable = برخی افراد بیش از یک بار کنار هم می‌نشینند. با این میزها و دورها این اجتناب‌ناپذیر است: دست‌کم { $count } تکرار لازم است و برنامه بیش از این ندارد.
meeting-compromise-repeats-above-bound = جفت‌ها روی‌هم { $count } بار اضافه کنار هم می‌نشینند. شاید فقط { $bound } لازم بود؛ در زمان موجود برنامهٔ بهتری پیدا نشد.
meeting-compromise-three-times = { $count } جفت سه بار یا بیشتر کنار هم می‌نشینند.
meeting-compromise-known-pairs = افرادی که از نشست‌های پیشین یکدیگر را می‌شناسند، { $count } بار کنار هم می‌نشینند.
meeting-compromise-interests-unmet = از { $total } جفت فرد که انجمن‌هایشان پیشنهاد و نیاز جور دارند، { $unmet } جفت هرگز سر یک میز نمی‌نشینند.
meeting-compromise-uneven-tables = در دور { $round } میزها نابرابر پر شده‌اند: از { $smallest } تا { $largest } نفر.
meeting-compromise-people-moved = در برنامه‌ریزی دوباره { $count } نفر میزشان را عوض می‌کنند.

meeting-plan-error-association-too-large = در دور { $round }، { $count } نفر از { $association } حاضرند، اما فقط { $tables } میز هست. افراد یک انجمن هرگز کنار هم نمی‌نشینند: لطفاً یک میز اضافه کنید یا ثبت‌نام کسی را لغو کنید.
meeting-plan-error-too-few-seats = در دور { $round }، { $count } نفر حاضرند، اما میزها روی‌هم فقط { $seats } جا دارند. لطفاً جا یا میز اضافه کنید.
meeting-plan-error-unseatable = در دور { $round } جاها و افراد تثبیت‌شده اجازهٔ چینشی را نمی‌دهند که در آن افراد یک انجمن جدا بنشینند. لطفاً تثبیت‌ها را بردارید یا جا اضافه کنید.
meeting-plan-error-locks = جاهای تثبیت‌شده با هم در تضادند (مثلاً دو نفر از یک انجمن سر یک میز یا میزی بیش از ظرفیت). لطفاً یکی از تثبیت‌ها را بردارید.
meeting-plan-error-no-plan = در زمان موجود برنامه‌ای که همهٔ قواعد را رعایت کند پیدا نشد. لطفاً دوباره تلاش کنید یا تثبیت‌ها را بردارید.
meeting-plan-error-internal = به‌علت خطایی در Knotenpunkt برنامه ساخته نشد. لطفاً به مدیران اطلاع دهید.
