# Machine-drafted translation (Farsi), awaiting review by a native speaker.
# machine-drafted
introductions-unlinked = حساب شما هنوز به هیچ انجمنی وصل نیست. درخواست‌ها به انجمن شما پس از آنکه دفتر ادغام تأیید کند نمایندهٔ آن هستید اینجا دیده می‌شوند: انجمن خود را در فهرست پیدا کنید و آنجا «این انجمن ماست» را انتخاب کنید.
# machine-drafted
introductions-unlinked-find = یافتن انجمن خود در فهرست
# machine-drafted
claims-waiting =
    { $count ->
        [one] یک درخواست آشنایی منتظر این انجمن است، از:
       *[other] { $count } درخواست آشنایی منتظر این انجمن است، از:
    }

# machine-drafted
guide-where = گام { $step } از { $total }: { $title }
# machine-drafted
guide-for = برای انجمن { $organisation }
# machine-drafted
guide-done = انجام شد
# machine-drafted
guide-step-register = ساختن حساب یا ورود
# machine-drafted
guide-step-verify = تأیید نشانی ایمیل
# machine-drafted
guide-step-claim = تأیید: «این انجمن ماست»
# machine-drafted
guide-step-profile = تکمیل نمایه و پاسخ به درخواست‌های تماس
# machine-drafted
guide-after-verify = پس از تأیید وارد می‌شوید و مستقیم به گام ۳ می‌روید: «این انجمن ماست».
# machine-drafted
guide-login-then-claim = پس از ورود با گام ۳ ادامه می‌دهید: «این انجمن ماست».
# machine-drafted
join-title = این انجمن ماست
# machine-drafted
join-start-intro = شما نمایندهٔ { $organisation } هستید؟ در چهار گام یک حساب را به انجمن خود پیوند دهید.
# machine-drafted
join-start-text = نخست یک حساب بسازید – یا اگر حساب دارید وارد شوید – و نشانی ایمیل خود را تأیید کنید. سپس پیوند درون ایمیل شما را به اینجا برمی‌گرداند.
# machine-drafted
join-register = ساختن حساب
# machine-drafted
join-login = حساب دارم: ورود
# machine-drafted
join-claim-intro = وارد شده‌اید. اکنون تأیید کنید که نمایندهٔ { $organisation } هستید.
# machine-drafted
join-claim-then = دفتر ادغام اعلام مالکیت را بررسی می‌کند و برای شما ایمیل می‌فرستد.
# machine-drafted
join-what-now = پس از این چه می‌شود؟
# machine-drafted
join-waiting-office = دفتر ادغام اعلام مالکیت شما را بررسی می‌کند.
# machine-drafted
join-waiting-mail = به محض تصمیم‌گیری، ایمیلی دریافت می‌کنید.
# machine-drafted
join-waiting-then = پس از آن نمایهٔ انجمن خود را تکمیل می‌کنید و به درخواست‌های تماس با آن پاسخ می‌دهید.
# machine-drafted
join-editor-text = اکنون شما { $organisation } را ویرایش می‌کنید. نمایه را تکمیل کنید و به درخواست‌های تماس با انجمن خود پاسخ دهید.
# machine-drafted
join-edit = تکمیل نمایه
# machine-drafted
join-introductions = دیدن درخواست‌های تماس
# machine-drafted
join-to-profile = به نمایهٔ عمومی انجمن
