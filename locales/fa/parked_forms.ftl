# Machine-drafted translation (Persian), awaiting review by a native speaker.
# machine-drafted
parked-login-note = نشست شما به پایان رسیده بود. لطفاً دوباره وارد شوید – آنچه نوشته بودید از دست نرفته است.
# machine-drafted
parked-form-note = آنچه وارد کرده بودید حفظ شد – لطفاً آن را بررسی و سپس ذخیره کنید. هنوز چیزی ذخیره نشده است.
