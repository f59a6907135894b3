# Machine-drafted translation (Farsi), awaiting review by a native speaker.
# machine-drafted
members-invite-sent-next = تا پذیرفته شدن زیر «دعوت‌های باز» می‌ماند؛ آنجا می‌توانید آن را دوباره بفرستید یا پس بگیرید.
# machine-drafted
members-current-heading = چه کسانی مدخل را نگه می‌دارند
# machine-drafted
members-none-yet = هنوز کسی دعوتی را نپذیرفته است.
# machine-drafted
members-remove = حذف
# machine-drafted
members-pending-heading = دعوت‌های باز
# machine-drafted
members-pending-none = دعوت بازی نیست.
# machine-drafted
members-pending-intro = این افراد دعوت شده‌اند و هنوز نپذیرفته‌اند.
# machine-drafted
members-pending-until = پیوند تا { $date } معتبر است
# machine-drafted
members-resend = ارسال دوباره
# machine-drafted
members-revoke = پس گرفتن
# machine-drafted
members-done-resent = دعوت با پیوندی تازه دوباره فرستاده شد؛ پیوند قبلی دیگر کار نمی‌کند.
# machine-drafted
members-done-revoked = دعوت پس گرفته شد؛ پیوند آن دیگر کار نمی‌کند.
# machine-drafted
members-done-removed = این فرد دیگر مدخل را ویرایش نمی‌کند.
# machine-drafted
members-error-gone = این دعوت یا این فرد اینجا نیست (دیگر نیست).
# machine-drafted
members-role-owner-hint = مدخل، پیشنهادها و درخواست‌ها را ویرایش می‌کند و افراد دیگری را دعوت می‌کند.
# machine-drafted
members-role-editor-hint = مدخل، پیشنهادها و درخواست‌ها را ویرایش می‌کند، اما کسی را دعوت نمی‌کند.
# machine-drafted
members-role-editor-only = شما کسانی را دعوت می‌کنید که با شما مدخل را ویرایش می‌کنند: آن‌ها مدخل، پیشنهادها و درخواست‌ها را تغییر می‌دهند، اما کسی را دعوت نمی‌کنند.
# machine-drafted
profile-invite = دعوت از نماینده
# machine-drafted
admin-invite-heading = دعوت از کسی برای یک انجمن
# machine-drafted
admin-invite-text = انجمن را انتخاب کنید. در صفحهٔ بعد نشانی ایمیل را وارد می‌کنید و دعوت‌های باز را می‌بینید.
# machine-drafted
admin-invite-organisation = انجمن
# machine-drafted
admin-invite-submit = ادامه به دعوت
# machine-drafted
admin-own-account-hint = حساب خود شما – فقط مدیر دیگری می‌تواند آن را غیرفعال کند.
# machine-drafted
account-organisations-staff = به‌عنوان دفتر ادغام، بدون عضویت هر مدخل را ویرایش می‌کنید. نمایندگان را در صفحهٔ یک انجمن («دعوت از نماینده») یا در فهرست حساب‌ها دعوت می‌کنید.
