# Machine-drafted translation (Farsi), awaiting review by a native speaker.
# machine-drafted
edit-overview = فرم شش بخش دارد:
# machine-drafted
edit-overview-hint = در پایان با «ذخیرهٔ تغییرات» ذخیره کنید؛ آنچه تغییر نمی‌دهید همان‌طور می‌ماند.
# machine-drafted
edit-markdown-hint = قالب‌بندی: یک خط خالی بندها را جدا می‌کند؛ خطی که با «- » شروع شود یک مورد فهرست می‌شود؛ **پررنگ**، *کج*؛ پیوندها به‌صورت [متن](https://…).
# machine-drafted
edit-position-address-first = ساده‌ترین راه: نشانی را در بالا وارد و ذخیره کنید – Knotenpunkt خودش نقطه را می‌گذارد. نقشه خیابان‌ها را فقط پس از «بارگیری نقشه» نشان می‌دهد؛ پیش از آن فقط سطحی خاکستری می‌بینید.
# machine-drafted
edit-section-only = فقط ویرایش همین بخش
# machine-drafted
edit-section-alone = شما فقط همین بخش را ویرایش می‌کنید؛ بقیه همان‌طور که هست می‌ماند.
# machine-drafted
edit-section-all = نمایش همهٔ بخش‌ها
# machine-drafted
edit-submit-section = ذخیرهٔ همین بخش
# machine-drafted
edit-preview = پیش‌نمایش
# machine-drafted
edit-preview-heading = پیش‌نمایش صفحهٔ عمومی
# machine-drafted
edit-preview-note = صفحه پس از اعمال تغییرات این‌گونه دیده می‌شود. هنوز چیزی ذخیره نشده است: در پایین فرم ذخیره کنید.
