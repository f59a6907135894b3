# Machine-drafted translation (Persian), awaiting review by a native speaker.
# machine-drafted
logo-heading = لوگو
# machine-drafted
logo-none = هنوز لوگویی نیست.
# machine-drafted
logo-none-short = بدون لوگو
# machine-drafted
logo-alt = لوگوی { $name }
# machine-drafted
logo-current-alt = لوگوی کنونی { $name }
# machine-drafted
logo-waiting = این لوگو در انتظار بررسی دفتر ادغام است. تا آن زمان بازدیدکنندگان لوگوی قبلی را می‌بینند.
# machine-drafted
logo-removal-waiting = حذف لوگو در انتظار بررسی دفتر ادغام است. تا آن زمان بازدیدکنندگان لوگوی قبلی را می‌بینند.
# machine-drafted
logo-choose = یک تصویر برای لوگو انتخاب کنید
# machine-drafted
logo-choose-other = تصویر دیگری برای لوگو انتخاب کنید
# machine-drafted
logo-hint = تصویری با قالب PNG یا JPEG (JPG) یا WebP با حجم حداکثر 2 مگابایت. آن را حداکثر به 512 × 512 پیکسل کوچک می‌کنیم و اطلاعات پنهان مانند دوربین یا محل عکاسی را پاک می‌کنیم.
# machine-drafted
logo-separate-hint = لوگو جداگانه ذخیره می‌شود. اگر در نمایهٔ پایین چیزی را تغییر داده‌اید، لطفاً اول آن را ذخیره کنید.
# machine-drafted
logo-upload = بارگذاری لوگو
# machine-drafted
logo-remove = حذف لوگو
# machine-drafted
logo-error-nothing-changed = چیزی تغییر نکرد. لطفاً تصویر دیگری انتخاب کنید.
# machine-drafted
logo-error-empty = لطفاً اول یک تصویر انتخاب کنید.
# machine-drafted
logo-error-too-big = فایل خیلی بزرگ است: حجم لوگو حداکثر { $megabytes } مگابایت می‌تواند باشد. نکته: تصویر را کوچک کنید یا از آن عکس صفحه بگیرید.
# machine-drafted
logo-error-not-an-image = این فایل تصویری با قالب PNG یا JPEG یا WebP نیست یا خراب است.
# machine-drafted
logo-error-too-large = تصویر پیکسل‌های بسیار زیادی دارد: حداکثر { $pixels } × { $pixels } پیکسل ممکن است. لطفاً تصویر را کوچک کنید.
# machine-drafted
logo-error-quota = انجمن شما اکنون { $logos } تصویر ذخیره کرده است و بیش از این ممکن نیست. تصاویری که دیگر در هیچ نمایه‌ای نشان داده نمی‌شوند { $days } روز پس از بارگذاری حذف می‌شوند؛ پس از آن دوباره جا خواهد بود. لوگوی فعلی شما باقی می‌ماند.
# machine-drafted
edit-saved-logo-pending = لوگوی جدید ذخیره شد. دفتر ادغام آن را بررسی می‌کند؛ تا آن زمان بازدیدکنندگان لوگوی قبلی را می‌بینند.
# machine-drafted
edit-saved-logo-published = لوگوی جدید ذخیره شد و برای همه نمایش داده می‌شود.
# machine-drafted
edit-saved-logo-removed-pending = ذخیره شد. لوگو پس از موافقت دفتر ادغام حذف می‌شود.
# machine-drafted
edit-saved-logo-removed-published = لوگو حذف شد.
# machine-drafted
edit-saved-logo-unchanged = چیزی برای تغییر نبود: لوگو همین است.
# machine-drafted
diff-field-logo = لوگو
# machine-drafted
diff-logo-before = لوگوی قبلی
# machine-drafted
diff-logo-after = لوگوی جدید
# machine-drafted
error-too-large-title = داده‌های زیاد در یک بار
# machine-drafted
error-too-large-text = فایل یا فرم خیلی بزرگ است. حجم لوگو حداکثر 2 مگابایت می‌تواند باشد. لطفاً برگردید و فایل کوچک‌تری انتخاب کنید.
