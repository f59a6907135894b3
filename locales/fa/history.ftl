# Machine-drafted translation (Farsi), awaiting review by a native speaker.
diff-legend-before = قبلی:
diff-legend-removed = واژه‌های حذف‌شده
diff-legend-after = جدید:
diff-legend-added = واژه‌های افزوده
diff-moved = { $metres } متر به سمت { $direction }
diff-direction-north = شمال
diff-direction-north-east = شمال شرقی
diff-direction-east = شرق
diff-direction-south-east = جنوب شرقی
diff-direction-south = جنوب
diff-direction-south-west = جنوب غربی
diff-direction-west = غرب
diff-direction-north-west = شمال غربی
history-restored-from = بازیابی‌شده از نسخهٔ { $number }
history-restore-confirm-title = نسخهٔ { $number } بازیابی شود؟
history-restore-confirm-text = مدخل دوباره همان می‌شود که در نسخهٔ { $number } بود و بی‌درنگ عمومی می‌شود. این کار به‌صورت یک نسخهٔ جدید انجام می‌شود – هیچ نسخه‌ای، حتی نسخهٔ امروز، از دست نمی‌رود. همهٔ کسانی که مدخل را ویرایش می‌کنند ایمیلی دریافت می‌کنند.
history-restore-confirm-submit = بله، نسخهٔ { $number } بازیابی شود
history-cancel = لغو و بازگشت به نسخه‌ها
history-restored-note = نسخهٔ { $from } به‌عنوان نسخهٔ جدید { $number } بازیابی شد. { $told ->
        [0] هنوز کسی مدخل را ویرایش نمی‌کند؛ ایمیلی فرستاده نشد.
       *[other] به { $told } نفر از ویرایشگران مدخل ایمیل فرستاده شد.
    }
history-danger-heading = منطقهٔ خطر
history-danger-text = مدخل بایگانی‌شده از فهرست، نقشه، جست‌وجو و پیشنهادها ناپدید می‌شود. چیزی حذف نمی‌شود؛ دفتر ادغام هر زمان می‌تواند آن را برگرداند.
history-archive-start = بایگانی مدخل …
history-archive-confirm-title = «{ $name }» بایگانی شود؟
history-archive-confirm-submit = بله، بایگانی شود
history-archived-note = مدخل بایگانی شد و دیگر عمومی نیست.
history-unarchived-note = مدخل برگردانده شد و دوباره عمومی است.
mail-revision-restored-subject = دفتر ادغام نسخهٔ پیشین { $organisation } را بازیابی کرد
mail-revision-restored-body = 
    سلام،

    دفتر ادغام نسخهٔ { $number } مدخل «{ $organisation }» را بازیابی کرد. اکنون عمومی است. تغییرات بعدی از دست نرفته‌اند: همهٔ نسخه‌ها در فهرست نسخه‌ها می‌مانند.

    نسخه‌ها و آنچه تغییر کرد:

    { $link }

    دفتر ادغام به پرسش‌های شما پاسخ می‌دهد.
