# Machine-drafted translation (Arabic), awaiting review by a native speaker.
nav-skip = الانتقال إلى المحتوى
nav-main-label = القائمة الرئيسية
nav-home = الرئيسية
nav-directory = دليل الجمعيات
nav-contact = اتصل بنا
nav-language-label = اختيار اللغة
footer-open-data = البيانات المفتوحة (API)
imprint-title = بيانات الناشر (Impressum)
privacy-title = سياسة الخصوصية
legal-missing = لم تتم إضافة هذا النص بعد. يُرجى التواصل مع مكتب التنسيق.
content-fallback-note = هذا النص غير متوفر بلغتكم. يُعرض باللغة { $language }.
error-back-to-directory = العودة إلى دليل الجمعيات
error-not-found-title = الصفحة غير موجودة
error-not-found-text = هذه الصفحة غير موجودة (أو لم تعد موجودة). ربما تجدون ما تبحثون عنه في الدليل.
error-organisation-not-found-title = الجمعية غير موجودة
error-organisation-not-found-text = هذا الإدخال غير موجود أو لم يعد متاحًا للعموم.
count-organisations = { $count ->
    [zero] لا توجد جمعيات
    [one] جمعية واحدة
    [two] جمعيتان
    [few] { $count } جمعيات
    [many] { $count } جمعية
   *[other] { $count } جمعية
}
error-unavailable-title = غير متاح مؤقتًا
error-unavailable-text = لا يمكن تحميل البيانات حاليًا. يرجى المحاولة مرة أخرى بعد بضع دقائق.
nav-offers = ما تقدمه الجمعيات
nav-needs = ما تبحث عنه الجمعيات
