# Machine-drafted translation (Persian), awaiting review by a native speaker.
# machine-drafted
post-title-offer = پیشنهاد جدید از { $name }
# machine-drafted
post-title-need = نیاز جدید از { $name }
# machine-drafted
post-intro-offer = انجمن شما چه چیزی می‌تواند به دیگران پیشنهاد دهد – فضا، ترجمهٔ شفاهی، دانش، وسایل، نیروی کمکی؟ پس از آن نیازهای مناسب انجمن‌های دیگر به شما نشان داده می‌شود.
# machine-drafted
post-intro-need = انجمن شما به دنبال چیست؟ پس از ذخیره، پیشنهادهای مناسب انجمن‌های دیگر را همراه با دلایل مناسب بودنشان می‌بینید.
# machine-drafted
post-field-title = عنوان
# machine-drafted
post-field-description = توضیحات
# machine-drafted
post-field-text-lang = زبان این متن‌ها
# machine-drafted
post-field-weekdays = در چه روزهایی؟
# machine-drafted
post-weekdays-hint = اگر هیچ روزی را علامت نزنید، یعنی هر روزی مناسب است.
# machine-drafted
post-field-time = ساعت
# machine-drafted
post-field-district = کجا؟
# machine-drafted
post-anywhere = هر جای شهر
# machine-drafted
post-field-languages = به چه زبان‌هایی؟
# machine-drafted
post-field-end-date = معتبر تا (اختیاری)
# machine-drafted
post-choose = – لطفاً انتخاب کنید –
# machine-drafted
post-submit-offer = انتشار پیشنهاد
# machine-drafted
post-submit-need = انتشار نیاز
# machine-drafted
post-items-heading = پیشنهادها و نیازها
# machine-drafted
post-items-none = انجمن شما در حال حاضر هیچ پیشنهاد یا نیاز بازی ندارد.
# machine-drafted
post-close = انجام شد – بستن
# machine-drafted
post-new-offer = پیشنهاد جدید
# machine-drafted
post-new-need = نیاز جدید
# machine-drafted
edit-profile-heading = نمایه
# machine-drafted
edit-saved-closed = بسته شد. دیگر در لیست‌ها نمایش داده نمی‌شود.
# machine-drafted
form-error-date = لطفاً یک تاریخ وارد کنید، برای مثال 2027-03-31.
# machine-drafted
form-error-date-past = این تاریخ گذشته است.
# machine-drafted
post-field-visibility = چه کسانی آن را ببینند؟
# machine-drafted
post-visibility-public = همه
# machine-drafted
post-visibility-public-hint = در لیست‌های عمومی، روی نقشه و در نمایهٔ انجمن شما نمایش داده می‌شود.
# machine-drafted
post-visibility-network = فقط شبکه
# machine-drafted
post-visibility-network-hint = فقط نمایندگان واردشدهٔ انجمن‌ها و دفتر ادغام آن را می‌بینند – نه عموم مردم.
# machine-drafted
post-title-edit-offer = تغییر پیشنهاد { $name }
# machine-drafted
post-title-edit-need = تغییر نیاز { $name }
# machine-drafted
post-submit-changes = ذخیرهٔ تغییرات
# machine-drafted
item-edit = ویرایش
# machine-drafted
item-saved = ذخیره شد. موارد مناسب دوباره محاسبه شدند.
# machine-drafted
item-valid-until = معتبر تا
# machine-drafted
item-expired-on = در تاریخ { $date } منقضی شد – لطفاً آن را تمدید کنید یا ببندید
