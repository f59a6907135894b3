# Machine-drafted translation (Persian), awaiting review by a native speaker.
# machine-drafted
offers-title = پیشنهادهای انجمن‌ها
# machine-drafted
offers-intro = آنچه انجمن‌های شبکه به دیگران پیشنهاد می‌دهند: فضا، ترجمهٔ شفاهی، دانش، وسایل، داوطلبان و موارد دیگر.
# machine-drafted
needs-title = نیازهای انجمن‌ها
# machine-drafted
needs-intro = آنچه انجمن‌های شبکه به دنبال آن هستند – شاید انجمن شما بتواند کمک کند.
# machine-drafted
item-category = دسته
# machine-drafted
filter-apply = نمایش
# machine-drafted
item-anywhere = همه‌جا
# machine-drafted
item-any-day = با هماهنگی
# machine-drafted
item-days = روزها
# machine-drafted
item-time = ساعت
# machine-drafted
item-kind-offer = پیشنهاد
# machine-drafted
item-kind-need = نیاز
# machine-drafted
suggestions-heading = پیشنهادهای مناسب در شبکه
# machine-drafted
suggestions-empty = هنوز پیشنهاد مناسبی در شبکه نیست. دفتر ادغام با کمال میل کمک می‌کند.
# machine-drafted
seekers-heading = چه کسی به دنبال این است؟
# machine-drafted
seekers-empty = در حال حاضر انجمن دیگری به دنبال این نیست.
# machine-drafted
match-strong = بسیار مناسب
# machine-drafted
match-good = مناسب
# machine-drafted
match-partial = تا حدی مناسب
# machine-drafted
match-order = مناسب‌ترین موارد بالا هستند: ●●● بسیار مناسب، ●●○ مناسب، ●○○ تا حدی مناسب. دلیل زیر هر مورد نوشته شده است.
# machine-drafted
match-reasons = چرا
# machine-drafted
reason-topic = موضوع: { $label }
# machine-drafted
reason-same-category = هر دو در دستهٔ { $category }
# machine-drafted
reason-speaks = به زبان { $language } صحبت می‌کند
# machine-drafted
reason-time = ساعت مناسب است
# machine-drafted
reason-same-district = هر دو در { $district }
# machine-drafted
reason-neighbour = { $offer } با { $need } هم‌مرز است
# machine-drafted
reason-audience-women = برای زنان
# machine-drafted
reason-audience-men = برای مردان
# machine-drafted
reason-audience-youth = برای نوجوانان
# machine-drafted
profile-offers = پیشنهادهای ما
# machine-drafted
profile-needs = نیازهای ما
# machine-drafted
weekday-mo = دوشنبه
# machine-drafted
weekday-di = سه‌شنبه
# machine-drafted
weekday-mi = چهارشنبه
# machine-drafted
weekday-do = پنجشنبه
# machine-drafted
weekday-fr = جمعه
# machine-drafted
weekday-sa = شنبه
# machine-drafted
weekday-so = یکشنبه
# machine-drafted
item-category-rooms = فضا و سالن
# machine-drafted
item-category-language = زبان و ترجمه
# machine-drafted
item-category-education = آموزش و تدریس خصوصی
# machine-drafted
item-category-counselling = مشاوره
# machine-drafted
item-category-funding = حمایت مالی و امور مالی
# machine-drafted
item-category-volunteers = داوطلبان
# machine-drafted
item-category-events = رویدادها و فرهنگ
# machine-drafted
item-category-sport = ورزش
# machine-drafted
item-category-women = زنان
# machine-drafted
item-category-youth = نوجوانان و جوانان
# machine-drafted
item-category-health = سلامت
# machine-drafted
item-category-work = کار و آموزش حرفه‌ای
# machine-drafted
item-category-material = وسایل و حمل‌ونقل
# machine-drafted
item-category-publicity = روابط عمومی
# machine-drafted
item-category-digital = دیجیتال
# machine-drafted
offers-count = { $count ->
    [0] هیچ پیشنهادی نیست
   *[other] { $count } پیشنهاد
}
# machine-drafted
needs-count = { $count ->
    [0] هیچ نیازی نیست
   *[other] { $count } نیاز
}
# machine-drafted
reason-weekdays = روزهای مناسب: { $days }
# machine-drafted
item-network-only = فقط برای شبکه
# machine-drafted
items-search-placeholder = مثلاً سالن، ترجمهٔ شفاهی، کلاس تقویتی

# machine-drafted
match-score = امتیاز تطابق { $score }
# machine-drafted
match-report = گزارش خطا
# machine-drafted
match-office-hint = برای دفتر ادغام: امتیاز تطابق (از 0 تا 1) سهم مواردی با این امتیاز است که در داده‌های آزمایشی واقعاً مناسب بودند. مورد نادرست را با پیوند زیر آن گزارش کنید.
# machine-drafted
why-not-heading = پیشنهادهایی که نمایش داده نشدند: چرا؟
# machine-drafted
why-not-intro = این بخش را فقط دفتر ادغام می‌بیند: پیشنهادهایی با همان موضوع که اینجا به‌عنوان مورد مناسب نمایش داده نمی‌شوند، و آنچه هر کدام را کنار گذاشت. اگر یکی با این حال مناسب است، با پیوندش گزارش دهید.
# machine-drafted
why-not-empty = پیشنهاد دیگری با همین موضوع نیست.
# machine-drafted
why-not-label = چرا نه
# machine-drafted
miss-same-organisation = از همان انجمن
# machine-drafted
miss-no-common-weekday = روز مشترکی در هفته نیست
# machine-drafted
miss-audience = برای گروه هدف دیگری (زنان، مردان، جوانان)
# machine-drafted
miss-too-far = فقط در محل، و آنجا خیلی دور است
# machine-drafted
miss-language = کسی به زبان لازم صحبت نمی‌کند
# machine-drafted
miss-too-few-places = جا برای اندازهٔ گروه خیلی کم است
# machine-drafted
miss-no-common-period = زمان مشترکی در سال نیست (ماه‌ها، فصل یا تعطیلات با هم جور نیستند)
# machine-drafted
miss-online-only = فقط آنلاین، و نیاز حضوری است
# machine-drafted
miss-below-threshold = اشتراک کمتر از آن است که مورد مناسبی باشد (امتیاز تطابق { $score })
# machine-drafted
miss-unscored = اشتراک کمتر از آن است که امتیاز تطابق حساب شود
# machine-drafted
shortfall-language = به زبان مورد نظر صحبت نمی‌کند
# machine-drafted
shortfall-audience = برای گروه هدف دیگری
# machine-drafted
shortfall-role = خود فعالیت را پیشنهاد می‌کند، نه فردی برای آن (مربی، سرپرست، کمک‌کننده)
# machine-drafted
shortfall-condition = یک شرط لازم وجود ندارد (مثلاً تأیید رسمی)
# machine-drafted
shortfall-kind-of-service = ترجمهٔ شفاهی به جای ترجمهٔ کتبی یا برعکس
# machine-drafted
shortfall-other-language-taught = زبان دیگری آموزش می‌دهد
# machine-drafted
shortfall-main-subject = موضوع اصلی وجود ندارد
# machine-drafted
shortfall-days = روز مشترکی نیست
# machine-drafted
shortfall-times = ساعت مشترکی نیست
# machine-drafted
shortfall-part-time = فقط برای بخشی از زمان خواسته‌شده آزاد است
# machine-drafted
shortfall-group-size = گروه از تعداد جاها بزرگ‌تر است
# machine-drafted
shortfall-amount = این مبلغ بیشتر از حداکثر مبلغی است که این پیشنهاد می‌دهد
# machine-drafted
shortfall-period = زمان‌های ذکرشده در سال (ماه‌ها، فصل، تعطیلات) با هم جور نیستند
# machine-drafted
shortfall-far = دور از محله‌های نام‌برده
