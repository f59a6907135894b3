# Machine-drafted translation (Farsi), awaiting review by a native speaker.
# machine-drafted
notice-success = انجام شد
# machine-drafted
notice-info = توجه
# machine-drafted
notice-warning = هشدار
# machine-drafted
notice-error = خطا
# machine-drafted
notice-item-posted-offer = پیشنهاد شما منتشر شد. در پایین انجمن‌هایی را می‌بینید که به دنبال چیزی مشابه هستند – از آنجا درخواست آشنایی کنید.
# machine-drafted
notice-item-posted-need = درخواست شما منتشر شد. در پایین پیشنهادهای مناسب انجمن‌های دیگر را می‌بینید – از آنجا درخواست آشنایی کنید.
# machine-drafted
notice-item-dismissed = پیشنهاد پنهان شد. انجمن شما دیگر آن را نمی‌بیند.
# machine-drafted
notice-introduction-asked = درخواست شما ارسال شد. طرف مقابل یک ایمیل دریافت می‌کند. به محض موافقت، اطلاعات تماس او را اینجا می‌بینید و او اطلاعات شما را.
# machine-drafted
notice-account-welcome = خوش آمدید! حساب شما آماده است. اینجا انجمن‌ها و تنظیمات خود را می‌بینید.
# machine-drafted
notice-login-verified = نشانی ایمیل شما تأیید شد. اکنون با رمز عبور خود وارد شوید.
# machine-drafted
notice-login-reset = رمز عبور شما تغییر کرد. اکنون با رمز عبور جدید وارد شوید.
