# Machine-drafted translation (Farsi), awaiting review by a native speaker.
notice-success = انجام شد
notice-info = توجه
notice-warning = هشدار
notice-error = خطا
notice-item-posted-offer = پیشنهاد شما منتشر شد. در پایین انجمن‌هایی را می‌بینید که به دنبال چیزی مشابه هستند – از آنجا درخواست آشنایی کنید.
notice-item-posted-need = درخواست شما منتشر شد. در پایین پیشنهادهای مناسب انجمن‌های دیگر را می‌بینید – از آنجا درخواست آشنایی کنید.
notice-item-dismissed = پیشنهاد پنهان شد. انجمن شما دیگر آن را نمی‌بیند.
notice-introduction-asked = درخواست شما ارسال شد. طرف مقابل یک ایمیل دریافت می‌کند. به محض موافقت، اطلاعات تماس او را اینجا می‌بینید و او اطلاعات شما را.
notice-account-welcome = خوش آمدید! حساب شما آماده است. اینجا انجمن‌ها و تنظیمات خود را می‌بینید.
notice-login-verified = نشانی ایمیل شما تأیید شد. اکنون با رمز عبور خود وارد شوید.
notice-login-reset = رمز عبور شما تغییر کرد. اکنون با رمز عبور جدید وارد شوید.
