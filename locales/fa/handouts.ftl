# Machine-drafted translation (Persian), awaiting review by a native speaker.
# مواد چاپی یک نشست شبکه: برگه‌های شخصی، برگه‌های میز، کارت‌های نام.

# machine-drafted
handouts-time = زمان
# machine-drafted
handouts-venue = مکان
# machine-drafted
handouts-agenda = برنامه
# machine-drafted
handouts-round = دور { $number }: { $topic }
# machine-drafted
handouts-table = میز
# machine-drafted
handouts-not-seated = در این دور میزی ندارید
# machine-drafted
handouts-tablemates = سر میز شما
# machine-drafted
handouts-alone = هنوز کس دیگری سر این میز نیست.
# machine-drafted
handouts-offers = ارائه می‌دهد
# machine-drafted
handouts-needs = به دنبال
# machine-drafted
handouts-no-name = نام منتشر نشده
# machine-drafted
handouts-contacts = افرادی که بهتر است با آن‌ها صحبت کنید
# machine-drafted
handouts-no-contacts = این بار مورد مناسبی برای انجمن شما وجود ندارد.
# machine-drafted
handouts-contact-offers = «{ $theirs }» را ارائه می‌دهد – با نیاز شما «{ $yours }» جور است
# machine-drafted
handouts-contact-needs = به دنبال «{ $theirs }» است – با پیشنهاد شما «{ $yours }» جور است
# machine-drafted
handouts-shared-table = در دور { $rounds } سر میز شما
# machine-drafted
handouts-notes = یادداشت‌ها
# machine-drafted
handouts-qr = صفحهٔ نشست
# machine-drafted
handouts-sheet-title = برگهٔ میز برای مجری
# machine-drafted
handouts-moderator = مجری
# machine-drafted
handouts-people = سر میز
# machine-drafted
handouts-pairs = آگاهانه کنار هم نشانده شده
# machine-drafted
handouts-pair = { $offering } «{ $offer }» را ارائه می‌دهد – { $needing } به دنبال «{ $need }» است
# machine-drafted
handouts-results = نتایج
# machine-drafted
handouts-result-ideas = ایده‌ها
# machine-drafted
handouts-result-visions = چشم‌اندازها
# machine-drafted
handouts-result-contacts = ارتباط‌های برقرارشده
# machine-drafted
handouts-result-projects = پروژه‌های برنامه‌ریزی‌شده
# machine-drafted
handouts-project-title = پروژه
# machine-drafted
handouts-project-partners = شرکا
# machine-drafted
handouts-project-next-step = گام بعدی
# machine-drafted
handouts-badge-round = د{ $number }: { $table }
