# Machine-drafted translation (Persian), awaiting review by a native speaker.
# مواد چاپی یک نشست شبکه: برگه‌های شخصی، برگه‌های میز، کارت‌های نام.

handouts-time = زمان
handouts-venue = مکان
handouts-agenda = برنامه
handouts-round = دور { $number }: { $topic }
handouts-table = میز
handouts-not-seated = در این دور میزی ندارید
handouts-tablemates = سر میز شما
handouts-alone = هنوز کس دیگری سر این میز نیست.
handouts-offers = ارائه می‌دهد
handouts-needs = به دنبال
handouts-no-name = نام منتشر نشده
handouts-contacts = افرادی که بهتر است با آن‌ها صحبت کنید
handouts-no-contacts = این بار پیشنهادی برای انجمن شما وجود ندارد.
handouts-contact-offers = «{ $theirs }» را ارائه می‌دهد – با نیاز شما «{ $yours }» جور است
handouts-contact-needs = به دنبال «{ $theirs }» است – با پیشنهاد شما «{ $yours }» جور است
handouts-shared-table = در دور { $rounds } سر میز شما
handouts-notes = یادداشت‌ها
handouts-qr = صفحهٔ نشست
handouts-sheet-title = برگهٔ میز برای مجری
handouts-moderator = مجری
handouts-people = سر میز
handouts-pairs = آگاهانه کنار هم نشانده شده
handouts-pair = { $offering } «{ $offer }» را ارائه می‌دهد – { $needing } به دنبال «{ $need }» است
handouts-results = نتایج
handouts-result-ideas = ایده‌ها
handouts-result-visions = چشم‌اندازها
handouts-result-contacts = ارتباط‌های برقرارشده
handouts-result-projects = پروژه‌های برنامه‌ریزی‌شده
handouts-project-title = پروژه
handouts-project-partners = شرکا
handouts-project-next-step = گام بعدی
handouts-badge-round = د{ $number }: { $table }
