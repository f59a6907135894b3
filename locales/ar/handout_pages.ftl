# Machine-drafted translation (Arabic), awaiting review by a native speaker.

# Pages about a network meeting's print material (print bundle, changed only, by email) and the
# mail with the personal handout.

# machine-drafted
meetings-print = حزمة الطباعة
# machine-drafted
meetings-print-title = حزمة الطباعة والأوراق الشخصية
# machine-drafted
meetings-print-count = { $handouts } من الأوراق الشخصية، و{ $sheets } من أوراق الطاولات، وبطاقات الأسماء.
# machine-drafted
meetings-print-download = تنزيل حزمة الطباعة (PDF)
# machine-drafted
meetings-print-changed-heading = ما تغيّر منذ آخر طباعة
# machine-drafted
meetings-print-not-printed = لم تُطبع بعد: حزمة الطباعة تحتوي على كل شيء.
# machine-drafted
meeting-print-nothing-changed = لم يتغيّر شيء منذ آخر طباعة.
# machine-drafted
meetings-print-changed-sheets = أوراق الطاولات المتغيّرة: { $count }
# machine-drafted
meetings-print-download-changed = تنزيل المتغيّر فقط (PDF)
# machine-drafted
meetings-print-mail-heading = بالبريد الإلكتروني
# machine-drafted
meetings-print-mail-text = يتلقى كل مشارك أوراقه الشخصية بصيغة PDF على العنوان الذي سجّل به، وبلغته.
# machine-drafted
meetings-print-mail-submit = إرسال الأوراق الشخصية بالبريد الإلكتروني
# machine-drafted
meetings-print-mailed = تُرسل الأوراق الشخصية بالبريد الإلكتروني إلى { $count } من المشاركين.
# machine-drafted
meetings-own-handouts = الأوراق الشخصية
# machine-drafted
meetings-own-handout-link = أوراق { $name } (PDF)
# machine-drafted
mail-meeting-handout-subject = أوراقك: { $meeting }
# machine-drafted
mail-meeting-handout-body =
    مرحباً،

    تجد في المرفق أوراقك الشخصية لـ «{ $meeting }»: طاولتك في كل جولة، ومن يجلس عليها، ومع من ينبغي أن تتحدث.

    متى: { $when }
    أين: { $venue }

    كل ما يخص اللقاء: { $link }
