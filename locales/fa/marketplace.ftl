# Machine-drafted translation (Farsi), awaiting review by a native speaker.
offers-title = انجمن‌ها ارائه می‌دهند
offers-intro = آنچه انجمن‌های شبکه به دیگران ارائه می‌دهند: فضا، ترجمهٔ شفاهی، دانش، وسایل، داوطلبان و موارد دیگر.
needs-title = انجمن‌ها جست‌وجو می‌کنند
needs-intro = آنچه انجمن‌های شبکه به دنبال آن هستند – شاید انجمن شما بتواند کمک کند.
item-category = حوزه
filter-apply = نمایش
item-anywhere = همه‌جا
item-any-day = با هماهنگی
item-days = روزها
item-time = ساعت
item-kind-offer = پیشنهاد
item-kind-need = درخواست
suggestions-heading = پیشنهادهای مناسب در شبکه
suggestions-empty = هنوز پیشنهاد مناسبی در شبکه نیست. دفتر هماهنگی با کمال میل کمک می‌کند.
seekers-heading = چه کسی به دنبال این است؟
seekers-empty = در حال حاضر انجمن دیگری به دنبال این نیست.
match-strong = بسیار مناسب
match-good = مناسب
match-reasons = چرا
reason-topic = موضوع: { $label }
reason-same-category = هر دو در حوزهٔ { $category }
reason-speaks = به زبان { $language } صحبت می‌کند
reason-time = ساعت مناسب است
reason-same-district = هر دو در { $district }
reason-neighbour = { $offer } هم‌مرز { $need } است
reason-audience-women = برای زنان
reason-audience-men = برای مردان
reason-audience-youth = برای نوجوانان
profile-offers = ما ارائه می‌دهیم
profile-needs = ما به دنبال
weekday-mo = دوشنبه
weekday-di = سه‌شنبه
weekday-mi = چهارشنبه
weekday-do = پنجشنبه
weekday-fr = جمعه
weekday-sa = شنبه
weekday-so = یکشنبه
item-category-rooms = فضا و سالن
item-category-language = زبان و ترجمه
item-category-education = آموزش و تدریس خصوصی
item-category-counselling = مشاوره
item-category-funding = حمایت مالی و امور مالی
item-category-volunteers = داوطلبان
item-category-events = رویدادها و فرهنگ
item-category-sport = ورزش
item-category-women = زنان
item-category-youth = نوجوانان و جوانان
item-category-health = سلامت
item-category-work = کار و آموزش حرفه‌ای
item-category-material = وسایل و حمل‌ونقل
item-category-publicity = روابط عمومی
item-category-digital = دیجیتال
offers-count = { $count ->
    [0] هیچ پیشنهادی نیست
   *[other] { $count } پیشنهاد
}
needs-count = { $count ->
    [0] هیچ درخواستی نیست
   *[other] { $count } درخواست
}
reason-weekdays = روزهای مناسب: { $days }
item-network-only = فقط برای شبکه
items-search-placeholder = مثلاً سالن، ترجمه شفاهی، کلاس تقویتی
