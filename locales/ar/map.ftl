# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
nav-map = خريطة المدينة
# machine-drafted
map-title = خريطة المدينة الرقمية للاندماج
# machine-drafted
map-filters = البحث والتصفية
# machine-drafted
map-apply = تحديث الخريطة
# machine-drafted
map-as-directory = إظهار كقائمة في الدليل
# machine-drafted
map-show-search = إظهار هذا البحث على خريطة المدينة
# machine-drafted
map-toggle-map = الخريطة
# machine-drafted
map-toggle-list = القائمة
# machine-drafted
map-pane-label = الخريطة
# machine-drafted
map-skip = تخطي الخريطة والانتقال إلى القائمة
# machine-drafted
map-list-heading = الجمعيات على الخريطة
# machine-drafted
map-count = { $count ->
    [zero] لا توجد جمعيات على الخريطة
    [one] جمعية واحدة على الخريطة
    [two] جمعيتان على الخريطة
    [few] { $count } جمعيات على الخريطة
    [many] { $count } جمعية على الخريطة
   *[other] { $count } جمعية على الخريطة
}
# machine-drafted
map-zoom-for-more = لا تتسع القائمة لكل الجمعيات في الجزء الظاهر. كبّروا الخريطة أو ضيّقوا البحث.
# machine-drafted
map-unplaced = بدون موقع على الخريطة
# machine-drafted
map-legend = مفتاح الرموز: مجالات النشاط
# machine-drafted
map-show-on-map = إظهار على الخريطة
# machine-drafted
map-to-profile = إلى الملف التعريفي
# machine-drafted
map-cluster-count = { $count ->
    [zero] لا توجد جمعيات في هذا المكان
    [one] جمعية واحدة في هذا المكان، اختاروا للتكبير
    [two] جمعيتان في هذا المكان، اختاروا للتكبير
    [few] { $count } جمعيات في هذا المكان، اختاروا للتكبير
    [many] { $count } جمعية في هذا المكان، اختاروا للتكبير
   *[other] { $count } جمعية في هذا المكان، اختاروا للتكبير
}
# machine-drafted
map-in-view-count = { $count ->
    [0] في الجزء الظاهر من الخريطة: لا توجد جمعيات (من أصل { $total })
    [one] في الجزء الظاهر من الخريطة: جمعية واحدة (من أصل { $total })
    [two] في الجزء الظاهر من الخريطة: جمعيتان (من أصل { $total })
    [few] في الجزء الظاهر من الخريطة: { $count } جمعيات (من أصل { $total })
    [many] في الجزء الظاهر من الخريطة: { $count } جمعية (من أصل { $total })
   *[other] في الجزء الظاهر من الخريطة: { $count } جمعية (من أصل { $total })
}
# machine-drafted
map-load-error = تعذر تحميل الجمعيات للخريطة. ما زالت القائمة في الدليل تعمل.
# machine-drafted
map-zoom-in = تكبير
# machine-drafted
map-zoom-out = تصغير
# machine-drafted
map-consent-title = تحميل الخريطة
# machine-drafted
map-consent-text = تأتي صور الخريطة من { $provider }.
# machine-drafted
map-consent-transmitted = إذا حمّلتم الخريطة، يحصل { $host } على عنوان IP الخاص بكم وعلى الجزء الذي تشاهدونه من الخريطة. حتى ذلك الحين ترون الجمعيات على خلفية بسيطة.
# machine-drafted
map-consent-privacy = المزيد في بيان حماية البيانات
# machine-drafted
map-consent-load = تحميل الخريطة
# machine-drafted
map-consent-remember = تذكّر اختياري على هذا الجهاز
# machine-drafted
map-consent-withdraw = إيقاف تحميل صور الخريطة
# machine-drafted
map-show-on-city-map = إظهار على خريطة المدينة
# machine-drafted
map-embed-link = تضمين هذه الخريطة في موقعكم الإلكتروني
# machine-drafted
map-embed-back = فتح خريطة أكبر على { $site }
# machine-drafted
map-embed-title = تضمين خريطة المدينة
# machine-drafted
map-embed-intro = اختاروا الجمعيات التي تُظهرها الخريطة. الصقوا الرمز أدناه في موقعكم الإلكتروني؛ وتُظهر المعاينة كيف ستبدو الخريطة هناك.
# machine-drafted
map-embed-language = لغة الخريطة
# machine-drafted
map-embed-height = الارتفاع بالبكسل
# machine-drafted
map-embed-update = تحديث الرمز والمعاينة
# machine-drafted
map-embed-snippet = رمز التضمين
# machine-drafted
map-embed-snippet-help = رمز HTML لموقعكم الإلكتروني (حدّدوه لنسخه)
# machine-drafted
map-embed-preview = معاينة
# machine-drafted
map-embed-frame-title = خريطة المدينة للجمعيات – { $site }
# machine-drafted
map-filter-offers = تقدّم
# machine-drafted
map-filter-offers-any = أي شيء
# machine-drafted
map-filter-needs = تبحث عن
# machine-drafted
map-filter-needs-any = أي شيء
# machine-drafted
map-item-offers = تقدّم
# machine-drafted
map-item-seeks = تبحث عن
# machine-drafted
query-error-unknown-item-category = لا توجد فئة عروض واحتياجات بهذا الاسم. يُرجى اختيار واحدة من القائمة.
# machine-drafted
map-container-label = خريطة الجمعيات: حرّكوها بمفاتيح الأسهم، وكبّروا أو صغّروا بمفتاحي الزائد والناقص
# machine-drafted
map-popup-close = إغلاق
# machine-drafted
map-popup-opened = فُتح على الخريطة: { $name }
