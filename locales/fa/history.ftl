# Machine-drafted translation (Farsi), awaiting review by a native speaker.
# machine-drafted
diff-legend-before = قبلی:
# machine-drafted
diff-legend-removed = واژه‌های حذف‌شده
# machine-drafted
diff-legend-after = جدید:
# machine-drafted
diff-legend-added = واژه‌های افزوده
# machine-drafted
diff-moved = { $metres } متر به سمت { $direction }
# machine-drafted
diff-direction-north = شمال
# machine-drafted
diff-direction-north-east = شمال شرقی
# machine-drafted
diff-direction-east = شرق
# machine-drafted
diff-direction-south-east = جنوب شرقی
# machine-drafted
diff-direction-south = جنوب
# machine-drafted
diff-direction-south-west = جنوب غربی
# machine-drafted
diff-direction-west = غرب
# machine-drafted
diff-direction-north-west = شمال غربی
# machine-drafted
history-restored-from = بازیابی‌شده از نسخهٔ { $number }
# machine-drafted
history-restore-confirm-title = نسخهٔ { $number } بازیابی شود؟
# machine-drafted
history-restore-confirm-text = مدخل دوباره همان می‌شود که در نسخهٔ { $number } بود و بی‌درنگ عمومی می‌شود. این کار به‌صورت یک نسخهٔ جدید انجام می‌شود – هیچ نسخه‌ای، حتی نسخهٔ امروز، از دست نمی‌رود. همهٔ کسانی که مدخل را ویرایش می‌کنند ایمیلی دریافت می‌کنند.
# machine-drafted
history-restore-confirm-submit = بله، نسخهٔ { $number } بازیابی شود
# machine-drafted
history-cancel = لغو و بازگشت به نسخه‌ها
# machine-drafted
history-restored-note = نسخهٔ { $from } به‌عنوان نسخهٔ جدید { $number } بازیابی شد. { $told ->
        [0] هنوز کسی مدخل را ویرایش نمی‌کند؛ ایمیلی فرستاده نشد.
       *[other] به { $told } نفر از ویرایشگران مدخل ایمیل فرستاده شد.
    }
# machine-drafted
history-danger-heading = منطقهٔ خطر
# machine-drafted
history-danger-text = مدخل بایگانی‌شده از فهرست، نقشه، جست‌وجو و پیشنهادها ناپدید می‌شود. چیزی حذف نمی‌شود؛ دفتر ادغام هر زمان می‌تواند آن را برگرداند.
# machine-drafted
history-archive-start = بایگانی مدخل …
# machine-drafted
history-archive-confirm-title = «{ $name }» بایگانی شود؟
# machine-drafted
history-archive-confirm-submit = بله، بایگانی شود
# machine-drafted
history-archived-note = مدخل بایگانی شد و دیگر عمومی نیست.
# machine-drafted
history-unarchived-note = مدخل برگردانده شد و دوباره عمومی است.
# machine-drafted
mail-revision-restored-subject = دفتر ادغام نسخهٔ پیشین { $organisation } را بازیابی کرد
# machine-drafted
mail-revision-restored-body = 
    سلام،

    دفتر ادغام نسخهٔ { $number } مدخل «{ $organisation }» را بازیابی کرد. اکنون عمومی است. تغییرات بعدی از دست نرفته‌اند: همهٔ نسخه‌ها در فهرست نسخه‌ها می‌مانند.

    نسخه‌ها و آنچه تغییر کرد:

    { $link }

    دفتر ادغام به پرسش‌های شما پاسخ می‌دهد.
