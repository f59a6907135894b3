# Machine-drafted translation (Arabic), awaiting review by a native speaker.
nav-map = خريطة المدينة
map-title = خريطة المدينة الرقمية للاندماج
map-filters = البحث والتصفية
map-apply = تحديث الخريطة
map-as-directory = عرض كقائمة في الدليل
map-show-search = عرض هذا البحث على خريطة المدينة
map-toggle-map = الخريطة
map-toggle-list = القائمة
map-pane-label = الخريطة
map-skip = تخطي الخريطة والانتقال إلى القائمة
map-list-heading = الجمعيات على الخريطة
map-count = { $count ->
    [zero] لا توجد جمعيات على الخريطة
    [one] جمعية واحدة على الخريطة
    [two] جمعيتان على الخريطة
    [few] { $count } جمعيات على الخريطة
    [many] { $count } جمعية على الخريطة
   *[other] { $count } جمعية على الخريطة
}
map-in-view = في الجزء المعروض من الخريطة
map-zoom-for-more = لا تتسع القائمة لكل الجمعيات في الجزء المعروض. قم بتكبير الخريطة أو تضييق البحث.
map-unplaced = بدون موقع على الخريطة
map-legend = مفتاح الخريطة: مجالات النشاط
map-show-on-map = عرض على الخريطة
map-to-profile = إلى الملف التعريفي
map-cluster = جمعيات في هذا المكان، اختر للتكبير
map-load-error = تعذر تحميل الجمعيات للخريطة. ما زالت القائمة في الدليل تعمل.
map-zoom-in = تكبير
map-zoom-out = تصغير
map-consent-title = تحميل الخريطة
map-consent-text = تأتي صور الخريطة من { $provider }.
map-consent-transmitted = إذا قمت بتحميل الخريطة، يحصل { $host } على عنوان IP الخاص بك وعلى الجزء الذي تشاهده من الخريطة. حتى ذلك الحين ترى الجمعيات على خلفية بسيطة.
map-consent-privacy = المزيد في بيان حماية البيانات
map-consent-load = تحميل الخريطة
map-consent-remember = تذكّر اختياري على هذا الجهاز
map-consent-withdraw = إيقاف تحميل صور الخريطة
map-show-on-city-map = عرض على خريطة المدينة
map-embed-link = تضمين هذه الخريطة في موقعك الإلكتروني
map-embed-back = فتح خريطة أكبر على { $site }
map-embed-title = تضمين خريطة المدينة
map-embed-intro = اختر الجمعيات التي تعرضها الخريطة. الصق الرمز أدناه في موقعك الإلكتروني؛ وتُظهر المعاينة كيف ستبدو الخريطة هناك.
map-embed-language = لغة الخريطة
map-embed-height = الارتفاع بالبكسل
map-embed-update = تحديث الرمز والمعاينة
map-embed-snippet = رمز التضمين
map-embed-snippet-help = رمز HTML لموقعك الإلكتروني (حدّده لنسخه)
map-embed-preview = معاينة
map-embed-frame-title = خريطة المدينة للجمعيات – { $site }
map-filter-offers = تقدّم
map-filter-offers-any = أي شيء
map-filter-needs = تبحث عن
map-filter-needs-any = أي شيء
map-item-offers = تقدّم
map-item-seeks = تبحث عن
query-error-unknown-item-category = لا توجد فئة عروض وطلبات بهذا الاسم. يرجى اختيار واحدة من القائمة.
