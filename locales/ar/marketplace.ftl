# Machine-drafted translation (Arabic), awaiting review by a native speaker.
offers-title = ما تقدمه الجمعيات
offers-intro = ما تقدمه الجمعيات في الشبكة للآخرين: قاعات، ترجمة فورية، خبرات، معدات، متطوعون والمزيد.
needs-title = ما تبحث عنه الجمعيات
needs-intro = ما تبحث عنه الجمعيات في الشبكة – ربما تستطيع جمعيتكم المساعدة.
item-category = المجال
filter-apply = عرض
item-anywhere = في أي مكان
item-any-day = بالاتفاق
item-days = الأيام
item-time = الوقت
item-kind-offer = عرض
item-kind-need = طلب
suggestions-heading = عروض مناسبة في الشبكة
suggestions-empty = لا يوجد عرض مناسب في الشبكة بعد. يسعد مكتب التنسيق بمساعدتكم.
seekers-heading = من يبحث عن هذا؟
seekers-empty = لا تبحث أي جمعية أخرى عن هذا حاليًا.
match-strong = مناسب جدًا
match-good = مناسب
match-reasons = لماذا
reason-topic = الموضوع: { $label }
reason-same-category = كلاهما في مجال { $category }
reason-speaks = يتحدث { $language }
reason-time = الوقت مناسب
reason-same-district = كلاهما في { $district }
reason-neighbour = { $offer } مجاور لـ { $need }
reason-audience-women = للنساء
reason-audience-men = للرجال
reason-audience-youth = للشباب
profile-offers = نقدم
profile-needs = نبحث عن
weekday-mo = الاثنين
weekday-di = الثلاثاء
weekday-mi = الأربعاء
weekday-do = الخميس
weekday-fr = الجمعة
weekday-sa = السبت
weekday-so = الأحد
item-category-rooms = قاعات وأماكن
item-category-language = اللغة والترجمة
item-category-education = التعليم والدروس الخصوصية
item-category-counselling = الاستشارة
item-category-funding = التمويل والشؤون المالية
item-category-volunteers = متطوعون
item-category-events = الفعاليات والثقافة
item-category-sport = الرياضة
item-category-women = النساء
item-category-youth = الشباب
item-category-health = الصحة
item-category-work = العمل والتدريب المهني
item-category-material = المعدات والنقل
item-category-publicity = العلاقات العامة
item-category-digital = الرقمنة
offers-count = { $count ->
    [0] لا توجد عروض
    [zero] لا توجد عروض
    [one] عرض واحد
    [two] عرضان
    [few] { $count } عروض
    [many] { $count } عرضًا
   *[other] { $count } عرض
}
needs-count = { $count ->
    [0] لا توجد طلبات
    [zero] لا توجد طلبات
    [one] طلب واحد
    [two] طلبان
    [few] { $count } طلبات
    [many] { $count } طلبًا
   *[other] { $count } طلب
}
reason-weekdays = الأيام المناسبة: { $days }
item-network-only = للشبكة فقط
items-search-placeholder = مثلاً: قاعة، ترجمة، دروس تقوية
