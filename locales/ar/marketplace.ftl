# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
offers-title = ما تقدمه الجمعيات
# machine-drafted
offers-intro = ما تقدمه الجمعيات في الشبكة للآخرين: قاعات، ترجمة فورية، خبرات، معدات، متطوعون والمزيد.
# machine-drafted
needs-title = ما تبحث عنه الجمعيات
# machine-drafted
needs-intro = ما تبحث عنه الجمعيات في الشبكة – ربما تستطيع جمعيتكم المساعدة.
# machine-drafted
item-category = الفئة
# machine-drafted
filter-apply = إظهار
# machine-drafted
item-anywhere = في أي مكان
# machine-drafted
item-any-day = بالاتفاق
# machine-drafted
item-days = الأيام
# machine-drafted
item-time = الوقت
# machine-drafted
item-kind-offer = عرض
# machine-drafted
item-kind-need = احتياج
# machine-drafted
suggestions-heading = عروض مناسبة في الشبكة
# machine-drafted
suggestions-empty = لا يوجد عرض مناسب في الشبكة بعد. يسعد مكتب الاندماج بمساعدتكم.
# machine-drafted
seekers-heading = من يبحث عن هذا؟
# machine-drafted
seekers-empty = لا تبحث أي جمعية أخرى عن هذا حاليًا.
# machine-drafted
match-strong = مناسب جدًا
# machine-drafted
match-good = مناسب
# machine-drafted
match-partial = مناسب جزئيًا
# machine-drafted
match-order = الأنسب يأتي أولًا: ●●● مناسب جدًا، ●●○ مناسب، ●○○ مناسب جزئيًا. السبب مكتوب تحت كل واحد.
# machine-drafted
match-reasons = لماذا
# machine-drafted
reason-topic = الموضوع: { $label }
# machine-drafted
reason-same-category = كلاهما في فئة { $category }
# machine-drafted
reason-speaks = يتحدث { $language }
# machine-drafted
reason-time = الوقت مناسب
# machine-drafted
reason-same-district = كلاهما في { $district }
# machine-drafted
reason-neighbour = { $offer } مجاور لـ { $need }
# machine-drafted
reason-audience-women = للنساء
# machine-drafted
reason-audience-men = للرجال
# machine-drafted
reason-audience-youth = للشباب
# machine-drafted
profile-offers = نقدم
# machine-drafted
profile-needs = نبحث عن
# machine-drafted
weekday-mo = الاثنين
# machine-drafted
weekday-di = الثلاثاء
# machine-drafted
weekday-mi = الأربعاء
# machine-drafted
weekday-do = الخميس
# machine-drafted
weekday-fr = الجمعة
# machine-drafted
weekday-sa = السبت
# machine-drafted
weekday-so = الأحد
# machine-drafted
item-category-rooms = قاعات وأماكن
# machine-drafted
item-category-language = اللغة والترجمة
# machine-drafted
item-category-education = التعليم والدروس الخصوصية
# machine-drafted
item-category-counselling = الاستشارة
# machine-drafted
item-category-funding = التمويل والشؤون المالية
# machine-drafted
item-category-volunteers = متطوعون
# machine-drafted
item-category-events = الفعاليات والثقافة
# machine-drafted
item-category-sport = الرياضة
# machine-drafted
item-category-women = النساء
# machine-drafted
item-category-youth = الشباب
# machine-drafted
item-category-health = الصحة
# machine-drafted
item-category-work = العمل والتدريب المهني
# machine-drafted
item-category-material = المعدات والنقل
# machine-drafted
item-category-publicity = العلاقات العامة
# machine-drafted
item-category-digital = الرقمنة
# machine-drafted
offers-count = { $count ->
    [0] لا توجد عروض
    [zero] لا توجد عروض
    [one] عرض واحد
    [two] عرضان
    [few] { $count } عروض
    [many] { $count } عرضًا
   *[other] { $count } عرض
}
# machine-drafted
needs-count = { $count ->
    [0] لا توجد احتياجات
    [zero] لا توجد احتياجات
    [one] احتياج واحد
    [two] احتياجان
    [few] { $count } احتياجات
    [many] { $count } احتياجًا
   *[other] { $count } احتياج
}
# machine-drafted
reason-weekdays = الأيام المناسبة: { $days }
# machine-drafted
item-network-only = للشبكة فقط
# machine-drafted
items-search-placeholder = مثلاً: قاعة، ترجمة، دروس تقوية
