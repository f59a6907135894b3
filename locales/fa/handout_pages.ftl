# Machine-drafted translation (Farsi), awaiting review by a native speaker.

# Pages about a network meeting's print material (print bundle, changed only, by email) and the
# mail with the personal handout.

# machine-drafted
meetings-print = بستهٔ چاپ
# machine-drafted
meetings-print-title = بستهٔ چاپ و مدارک شخصی
# machine-drafted
meetings-print-count = { $handouts } مدرک شخصی، { $sheets } برگهٔ میز و کارت‌های نام.
# machine-drafted
meetings-print-download = دریافت بستهٔ چاپ (PDF)
# machine-drafted
meetings-print-changed-heading = تغییرات از آخرین چاپ
# machine-drafted
meetings-print-not-printed = هنوز چاپ نشده است: بستهٔ چاپ همه چیز را در بر دارد.
# machine-drafted
meeting-print-nothing-changed = از آخرین چاپ چیزی تغییر نکرده است.
# machine-drafted
meetings-print-changed-sheets = برگه‌های میز تغییریافته: { $count }
# machine-drafted
meetings-print-download-changed = دریافت فقط موارد تغییریافته (PDF)
# machine-drafted
meetings-print-mail-heading = با ایمیل
# machine-drafted
meetings-print-mail-text = هر شرکت‌کننده مدارک شخصی خود را به صورت PDF به نشانی‌ای که با آن ثبت‌نام کرده و به زبان خود دریافت می‌کند.
# machine-drafted
meetings-print-mail-submit = ارسال مدارک شخصی با ایمیل
# machine-drafted
meetings-print-mailed = مدارک شخصی برای { $count } شرکت‌کننده ایمیل می‌شود.
# machine-drafted
meetings-own-handouts = مدارک شخصی
# machine-drafted
meetings-own-handout-link = مدارک { $name } (PDF)
# machine-drafted
mail-meeting-handout-subject = مدارک شما: { $meeting }
# machine-drafted
mail-meeting-handout-body =
    سلام،

    مدارک شخصی شما برای «{ $meeting }» پیوست است: میز شما در هر دور، چه کسانی سر آن می‌نشینند و با چه کسانی بهتر است صحبت کنید.

    زمان: { $when }
    مکان: { $venue }

    همه چیز دربارهٔ این نشست: { $link }
