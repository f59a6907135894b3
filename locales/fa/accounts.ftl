# Machine-drafted translation (Persian), awaiting review by a native speaker.
# machine-drafted
nav-account-label = حساب کاربری
# machine-drafted
nav-account = حساب من
# machine-drafted
nav-login = ورود
# machine-drafted
nav-logout = خروج
# machine-drafted
nav-review = لیست بررسی
# machine-drafted
field-email = نشانی ایمیل
# machine-drafted
field-password = رمز عبور
# machine-drafted
field-code = کد
# machine-drafted
login-title = ورود
# machine-drafted
login-intro = برای نمایندگان انجمن‌ها و برای دفتر ادغام.
# machine-drafted
login-submit = ورود
# machine-drafted
login-forgot = رمز عبور را فراموش کرده‌اید؟
# machine-drafted
login-register = هنوز حساب کاربری ندارید؟ ثبت‌نام کنید
# machine-drafted
login-error-invalid = نشانی ایمیل یا رمز عبور نادرست است، یا نشانی هنوز تأیید نشده است.
# machine-drafted
login-error-rate-limited = تعداد تلاش‌ها بیش از حد بوده است. لطفاً { $minutes ->
    [one] یک دقیقه
   *[other] { $minutes } دقیقه
} صبر کنید و سپس دوباره تلاش کنید.
# machine-drafted
code-title = وارد کردن کد
# machine-drafted
code-intro = برنامهٔ احراز هویت (Authenticator) را باز کنید و کد شش‌رقمی را وارد کنید.
# machine-drafted
code-hint = تلفن خود را گم کرده‌اید؟ یکی از کدهای بازیابی خود را وارد کنید.
# machine-drafted
code-submit = تأیید
# machine-drafted
second-factor-error-code-wrong = کد نادرست است یا منقضی شده است. لطفاً کد فعلی را وارد کنید.
# machine-drafted
second-factor-error-setup-interrupted = راه‌اندازی متوقف شد. لطفاً از نو شروع کنید.
# machine-drafted
second-factor-error-not-set-up = هنوز هیچ برنامهٔ احراز هویتی برای این حساب راه‌اندازی نشده است.
# machine-drafted
second-factor-error-storage-failed = این کار همین حالا انجام نشد. لطفاً چند دقیقه دیگر دوباره تلاش کنید.
# machine-drafted
setup-title = راه‌اندازی ورود با عامل دوم
# machine-drafted
setup-intro = برای محافظت از داده‌های همهٔ انجمن‌ها، حساب شما علاوه بر رمز عبور به کدی از یک برنامهٔ احراز هویت احتیاج دارد.
# machine-drafted
setup-step-app = یک برنامهٔ احراز هویت روی تلفن خود نصب کنید، برای مثال FreeOTP، Aegis، Google Authenticator یا Microsoft Authenticator.
# machine-drafted
setup-step-scan = این کد QR را با برنامه اسکن کنید.
# machine-drafted
setup-qr-label = کد QR برای راه‌اندازی برنامهٔ احراز هویت
# machine-drafted
setup-step-key = یا این کلید را به‌صورت دستی در برنامه وارد کنید:
# machine-drafted
setup-step-code = کد شش‌رقمی را که اکنون برنامه نشان می‌دهد وارد کنید.
# machine-drafted
setup-submit = راه‌اندازی
# machine-drafted
recovery-title = کدهای بازیابی شما
# machine-drafted
recovery-done = عامل دوم راه‌اندازی شد.
# machine-drafted
recovery-intro = اگر تلفن خود را گم کنید، می‌توانید با یکی از این کدها وارد شوید. هر کد فقط یک بار معتبر است. کدها را چاپ کنید یا در جای امنی نگه دارید – فقط همین حالا نمایش داده می‌شوند.
# machine-drafted
recovery-continue = ادامه به حساب من
# machine-drafted
account-title = حساب من
# machine-drafted
account-role = نقش
# machine-drafted
account-second-factor = عامل دوم
# machine-drafted
account-second-factor-on = راه‌اندازی شده
# machine-drafted
account-second-factor-off = راه‌اندازی نشده
# machine-drafted
account-second-factor-set-up = همین حالا راه‌اندازی کنید
# machine-drafted
account-organisations = انجمن‌های من
# machine-drafted
account-organisations-none = حساب شما هنوز به هیچ انجمنی متصل نیست. دفتر ادغام می‌تواند شما را دعوت کند، یا می‌توانید در صفحهٔ نمایهٔ انجمن خود، مالکیت آن را اعلام کنید.
# machine-drafted
account-edit-profile = ویرایش نمایه
# machine-drafted
account-office = دفتر ادغام
# machine-drafted
member-owner = مسئول
# machine-drafted
member-editor = ویرایشگر همکار
# machine-drafted
role-administrator = مدیریت سامانه
# machine-drafted
role-coordinator = هماهنگی (دفتر ادغام)
# machine-drafted
role-representative = نمایندهٔ انجمن
# machine-drafted
error-forbidden-title = دسترسی ندارید
# machine-drafted
error-forbidden-text = این صفحه برای حساب شما در دسترس نیست. اگر فکر می‌کنید اشتباهی رخ داده است، لطفاً با دفتر ادغام تماس بگیرید.
# machine-drafted
field-new-password = رمز عبور جدید
# machine-drafted
field-password-repeat = تکرار رمز عبور
# machine-drafted
password-hint = دست‌کم 12 نویسه. جمله‌ای که به‌راحتی به خاطر می‌سپارید بهترین انتخاب است.
# machine-drafted
register-title = ایجاد حساب کاربری
# machine-drafted
register-intro = با یک حساب کاربری می‌توانید اطلاعات انجمن خود را به‌روز نگه دارید. برای تأیید نشانی خود یک ایمیل دریافت می‌کنید.
# machine-drafted
register-submit = ایجاد حساب
# machine-drafted
register-done = تقریباً تمام شد: یک ایمیل به { $email } فرستادیم. لطفاً پیوند داخل آن را باز کنید تا نشانی خود را تأیید کنید. اگر از قبل حساب کاربری دارید، در ایمیل نوشته شده است که چگونه دوباره وارد شوید.
# machine-drafted
verify-title = تأیید نشانی ایمیل
# machine-drafted
verify-intro = لطفاً نشانی ایمیل خود را تأیید کنید. پس از آن می‌توانید وارد شوید.
# machine-drafted
verify-submit = تأیید نشانی
# machine-drafted
forgot-title = فراموشی رمز عبور
# machine-drafted
forgot-intro = نشانی ایمیل خود را وارد کنید. اگر حسابی با این نشانی وجود داشته باشد، پیوندی برای انتخاب رمز عبور جدید برایتان می‌فرستیم.
# machine-drafted
forgot-submit = ارسال پیوند
# machine-drafted
forgot-done = اگر حسابی برای { $email } وجود داشته باشد، ایمیلی در راه است. پیوند داخل آن یک ساعت معتبر است.
# machine-drafted
reset-title = انتخاب رمز عبور جدید
# machine-drafted
reset-intro = یک رمز عبور جدید انتخاب کنید. سپس با آن وارد شوید؛ ورودهای دیگر پایان می‌یابند.
# machine-drafted
reset-submit = ذخیرهٔ رمز عبور
# machine-drafted
invitation-title = پذیرفتن دعوت
# machine-drafted
invitation-intro = از شما دعوت شده است تا در به‌روز نگه داشتن اطلاعات «{ $organisation }» همکاری کنید.
# machine-drafted
invitation-submit = پذیرفتن دعوت
# machine-drafted
invitation-sign-in = برای این نشانی از قبل حسابی وجود دارد. ابتدا با آن وارد شوید، سپس دعوت را بپذیرید.
# machine-drafted
account-error-invalid-email = لطفاً یک نشانی ایمیل معتبر وارد کنید، برای مثال { "\u2068name@verein.de\u2069" }.
# machine-drafted
account-error-password-too-short = رمز عبور خیلی کوتاه است: دست‌کم 12 نویسه لازم است.
# machine-drafted
account-error-password-too-long = رمز عبور خیلی طولانی است: حداکثر 1024 نویسه.
# machine-drafted
account-error-password-too-common = این رمز عبور بسیار رایج است و به‌آسانی حدس زده می‌شود. لطفاً رمز دیگری انتخاب کنید.
# machine-drafted
account-error-password-same-as-email = رمز عبور نباید همان نشانی ایمیل شما باشد.
# machine-drafted
account-error-passwords-differ = دو رمز عبور با هم یکسان نیستند.
# machine-drafted
account-error-invalid-link = این پیوند (دیگر) معتبر نیست: قبلاً استفاده شده یا منقضی شده است. لطفاً پیوند جدیدی درخواست کنید.
# machine-drafted
account-error-forbidden = حساب شما اجازهٔ این کار را ندارد.
# machine-drafted
account-error-storage-failed = این کار همین حالا انجام نشد. لطفاً چند دقیقه دیگر دوباره تلاش کنید.
# machine-drafted
author-deleted = حساب حذف‌شده
# machine-drafted
author-system = سامانه
# machine-drafted
author-survey = نظرسنجی { $survey } (با رضایت انجمن)
# machine-drafted
author-proposer = معرفی بدون حساب کاربری
# machine-drafted
members-title = چه کسانی اطلاعات { $name } را به‌روز نگه می‌دارند؟
# machine-drafted
members-none = هنوز هیچ‌کس. کسی را دعوت کنید.
# machine-drafted
members-invite-heading = دعوت از یک نفر
# machine-drafted
members-invite-intro = فرد دعوت‌شده ایمیلی با پیوندی دریافت می‌کند که 14 روز معتبر است.
# machine-drafted
members-role = نقش
# machine-drafted
members-invite-submit = ارسال دعوت
# machine-drafted
members-invite-sent = دعوت ارسال شد.
# machine-drafted
account-members = چه کسانی این اطلاعات را به‌روز نگه می‌دارند؟
# machine-drafted
profile-person-restricted = غیرعمومی
# machine-drafted
error-csrf-title = فرم منقضی شده است
# machine-drafted
error-csrf-text = فرم منقضی شده یا از این سایت نیامده است. لطفاً صفحه را دوباره بارگذاری کنید و دوباره امتحان کنید؛ آنچه وارد کرده‌اید هنوز ذخیره نشده است.
# machine-drafted
account-mail-language = زبان ایمیل‌های من
# machine-drafted
account-mail-language-site = زبان پلتفرم ({ $language })
# machine-drafted
account-mail-language-save = ذخیره
# machine-drafted
account-saved = ذخیره شد.
# machine-drafted
account-mail-language-unknown = این زبان در اینجا موجود نیست. لطفاً یکی را از لیست انتخاب کنید.
# machine-drafted
members-invite-language = زبان دعوت‌نامه

# claims
# machine-drafted
claims-heading = انجمن‌های دارای اعلام مالکیت
# machine-drafted
claims-approve = تأیید (مسئول می‌شود)
# machine-drafted
claims-reject = رد کردن
# machine-drafted
claims-button = این انجمن ماست
# machine-drafted
claims-message = دفتر ادغام از کجا بداند که شما به این انجمن تعلق دارید؟ (اختیاری)
# machine-drafted
claims-submit = ارسال اعلام مالکیت
# machine-drafted
claims-sent = سپاسگزاریم! دفتر ادغام اعلام مالکیت شما را بررسی می‌کند و با شما تماس می‌گیرد.
# machine-drafted
error-claim-open-title = قبلاً دربارهٔ آن تصمیم گرفته شده یا مالکیت آن اعلام شده است
# machine-drafted
error-claim-open-text = برای این انجمن از قبل یک اعلام مالکیت باز از طرف شما وجود دارد، یا دربارهٔ آن تصمیم گرفته شده است.
# machine-drafted
claims-comment = دلیل رد (اختیاری، با ایمیل برای فرد فرستاده می‌شود)
