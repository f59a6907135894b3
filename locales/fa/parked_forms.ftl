# Machine-drafted translation (Farsi), awaiting review by a native speaker.
parked-login-note = نشست شما به پایان رسیده بود. لطفاً دوباره وارد شوید – آنچه نوشته بودید از دست نرفته است.
parked-form-note = آنچه وارد کرده بودید حفظ شد – لطفاً آن را بررسی و سپس ذخیره کنید. هنوز چیزی ذخیره نشده است.
