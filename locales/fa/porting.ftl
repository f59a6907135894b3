# Machine-drafted translation (Persian), awaiting review by a native speaker.

# machine-drafted
nav-import = وارد کردن
# machine-drafted
porting-import-title = وارد کردن به فهرست
# machine-drafted
porting-import-intro = پرونده‌ای با انجمن‌ها بارگذاری کنید. ابتدا پیش‌نمایشی سطر به سطر می‌بینید؛ تا تأیید نکنید چیزی ذخیره نمی‌شود – و آن‌گاه همه یا هیچ.
# machine-drafted
porting-file = پرونده
# machine-drafted
porting-file-hint = CSV (ویرگول یا نقطه‌ویرگول، نام ستون‌ها به آلمانی یا انگلیسی)، JSON از خروجی خودمان، GeoJSON یا خروجی Karte von morgen ‏(OpenFairDB). حداکثر { $megabytes } مگابایت.
# machine-drafted
porting-format = قالب
# machine-drafted
porting-format-auto = تشخیص از نام پرونده
# machine-drafted
porting-format-csv = CSV
# machine-drafted
porting-format-json = JSON (خروجی خودمان)
# machine-drafted
porting-format-geojson = GeoJSON
# machine-drafted
porting-format-ofdb = OpenFairDB ‏(Karte von morgen)
# machine-drafted
porting-upload-submit = بارگذاری و دیدن پیش‌نمایش
# machine-drafted
porting-upload-empty = لطفاً یک پرونده انتخاب کنید. پروندهٔ فرستاده‌شده خالی بود یا وجود نداشت.
# machine-drafted
porting-upload-too-big = پرونده بزرگ‌تر از { $megabytes } مگابایت است. لطفاً آن را به پرونده‌های کوچک‌تر تقسیم کنید.
# machine-drafted
porting-upload-format-unclear = قالب از نام پرونده معلوم نیست. لطفاً آن را انتخاب کنید.
# machine-drafted
porting-error-empty = پرونده خالی است.
# machine-drafted
porting-error-html = پرونده یک صفحهٔ وب (HTML) است، نه پروندهٔ داده.
# machine-drafted
porting-error-spreadsheet = پرونده یک جدول Excel یا LibreOffice است. لطفاً ابتدا آن را همان‌جا به صورت CSV ذخیره کنید.
# machine-drafted
porting-error-utf16 = پرونده با UTF-16 ذخیره شده است. لطفاً آن را به صورت CSV با UTF-8 ذخیره کنید.
# machine-drafted
porting-error-binary = پرونده متنی نیست (بلکه مثلاً PDF، تصویر یا بایگانی است).
# machine-drafted
porting-error-wrong-format = پرونده در قالب { $format } نیست. لطفاً قالب انتخاب‌شده را بررسی کنید.
# machine-drafted
porting-error-no-name-column = هیچ ستونی نام را ندارد. سطر عنوان‌ها این‌ها را دارد: { $headers }. لطفاً در پایین ستون نام را مشخص کنید.
# machine-drafted
porting-error-too-many-rows = پرونده بیش از ۵۰٬۰۰۰ سطر دارد. لطفاً آن را به پرونده‌های کوچک‌تر تقسیم کنید.
# machine-drafted
porting-error-row-too-long = یک سطر بلندتر از ۱ مگابایت است – احتمالاً گیومه‌ای که هرگز بسته نمی‌شود.
# machine-drafted
porting-error-bad-mapping = تطبیق ستون‌ها معتبر نیست. لطفاً دوباره انتخاب کنید.
# machine-drafted
porting-error-unreadable = پرونده خوانده نمی‌شود.
# machine-drafted
porting-export-heading = خروجی گرفتن از فهرست
# machine-drafted
porting-export-intro = همهٔ انجمن‌های منتشرشده با اطلاعاتشان برای شبکه؛ افراد تماس فقط با رضایت خودشان. هر مدخل مجوز دادهٔ شهر را دارد.
# machine-drafted
porting-export-csv = به صورت CSV (جدول)
# machine-drafted
porting-export-json = به صورت JSON (کامل، برای انتقال به نمونه‌ای دیگر)
# machine-drafted
porting-export-geojson = به صورت GeoJSON (برای سامانه‌های اطلاعات جغرافیایی)
# machine-drafted
porting-export-ofdb = در قالب OpenFairDB ‏(Karte von morgen)
# machine-drafted
porting-export-items-intro = پیشنهادها و نیازهای باز همهٔ انجمن‌های منتشرشده، از جمله آن‌هایی که فقط برای شبکه دیدنی‌اند، هر یک با مجوز دادهٔ شهر:
# machine-drafted
porting-export-items-csv = پیشنهادها و نیازها به صورت CSV
# machine-drafted
porting-export-items-json = پیشنهادها و نیازها به صورت JSON
# machine-drafted
porting-preview-title = پیش‌نمایش: { $file }
# machine-drafted
porting-preview-intro = هنوز چیزی ذخیره نشده است. پرونده این‌گونه منتقل می‌شد:
# machine-drafted
porting-counts = { $create } تازه، { $update } تغییریافته، { $unchanged } بدون تغییر، { $duplicate } ردشده (احتمالاً تکراری)، { $refused } نپذیرفته.
# machine-drafted
porting-placed = موقعیت‌ها: { $file } از پرونده، { $address } بر اساس نشانی، { $postcode } بر اساس کد پستی، { $district } بر اساس محله، { $unplaced } بدون موقعیت.
# machine-drafted
porting-mapping-heading = مشخص کردن ستون‌ها
# machine-drafted
porting-mapping-intro = این ستون‌ها ناشناخته‌اند. انتخاب کنید چه چیزی دارند؛ ستون‌های بدون انتخاب منتقل نمی‌شوند.
# machine-drafted
porting-mapping-submit = اعمال تطبیق
# machine-drafted
porting-field-ignored = – منتقل نشود –
# machine-drafted
porting-field-tags = برچسب‌ها
# machine-drafted
porting-field-slug = نشانی صفحهٔ انجمن (نام کوتاه در نشانی)
# machine-drafted
porting-field-external-id = شناسه در سامانهٔ مبدأ
# machine-drafted
porting-refused-note = سطرهایی پذیرفته نشدند: از این پرونده چیزی ذخیره نمی‌شود. لطفاً پرونده را اصلاح و دوباره بارگذاری کنید.
# machine-drafted
porting-confirm-heading = تأیید وارد کردن
# machine-drafted
porting-confirm-intro = { $create } انجمن تازه ساخته و { $update } انجمن تغییر داده می‌شود. هر تغییر با این وارد کردن به عنوان منشأ در تاریخچهٔ نسخه‌ها دیده می‌شود.
# machine-drafted
porting-confirm-submit = شروع وارد کردن
# machine-drafted
porting-nothing-to-do = پرونده چیزی را در فهرست تغییر نمی‌دهد.
# machine-drafted
porting-rows-heading = سطرها
# machine-drafted
porting-rows-cut = { $shown } سطر نخست از { $total } سطر نشان داده شده است؛ عددهای بالا همه را می‌شمارند.
# machine-drafted
porting-col-line = سطر
# machine-drafted
porting-col-entry = مدخل
# machine-drafted
porting-col-name = نام
# machine-drafted
porting-col-action = چه می‌شود
# machine-drafted
porting-col-detail = جزئیات
# machine-drafted
porting-action-create = تازه
# machine-drafted
porting-action-update = تغییر می‌کند
# machine-drafted
porting-action-unchanged = بدون تغییر
# machine-drafted
porting-action-duplicate = ردشده، احتمالاً تکراری
# machine-drafted
porting-action-refused = نپذیرفته
# machine-drafted
porting-duplicate-of = مانند { $name }
# machine-drafted
porting-row-unreadable = مدخل خوانده نمی‌شود.
# machine-drafted
porting-new-upload = بارگذاری پروندهٔ دیگر
# machine-drafted
porting-running-title = وارد کردن در جریان است: { $file }
# machine-drafted
porting-progress = پیشرفت
# machine-drafted
porting-progress-text = { $done } از { $total } سطر بررسی شد
# machine-drafted
porting-queued = وارد کردن منتظر شروع است.
# machine-drafted
porting-refresh-hint = این صفحه هر دو ثانیه خودش را تازه می‌کند.
# machine-drafted
porting-refresh-pause = توقف تازه‌سازی خودکار
# machine-drafted
porting-refresh-now = همین حالا تازه کن
# machine-drafted
porting-report-title = وارد کردن: { $file }
# machine-drafted
porting-report-stored = به عنوان وارد کردن شمارهٔ { $id } ذخیره شد.
# machine-drafted
porting-report-refused = چیزی ذخیره نشد: اکنون { $rows } سطر پذیرفته نمی‌شد، چون فهرست از زمان پیش‌نمایش تغییر کرده است. لطفاً پرونده را دوباره بارگذاری کنید.
# machine-drafted
porting-job-failed = وارد کردن ناموفق بود؛ چیزی ذخیره نشد. لطفاً بعداً دوباره امتحان کنید.
# machine-drafted
porting-report-directory = به فهرست
# machine-drafted
error-import-confirmed-title = پیش‌تر تأیید شده
# machine-drafted
error-import-confirmed-text = این وارد کردن پیش‌تر تأیید شده است؛ تطبیق ستون‌ها دیگر تغییر نمی‌کند.
# machine-drafted
porting-history-origin = واردشده توسط { $author } در { $date } از پروندهٔ { $file } ‏({ $format }).
