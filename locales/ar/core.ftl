# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
nav-skip = الانتقال إلى المحتوى
# machine-drafted
nav-main-label = القائمة الرئيسية
# machine-drafted
nav-home = الرئيسية
# machine-drafted
nav-directory = دليل الجمعيات
# machine-drafted
nav-contact = اتصل بنا
# machine-drafted
nav-language-label = اختيار اللغة
# machine-drafted
footer-open-data = البيانات المفتوحة (API)
# machine-drafted
imprint-title = بيانات الناشر
# machine-drafted
privacy-title = سياسة الخصوصية
# machine-drafted
legal-missing = لم تتم إضافة هذا النص بعد. يُرجى التواصل مع مكتب الاندماج.
# machine-drafted
content-fallback-note = هذا النص غير متوفر بلغتكم. يُعرض باللغة { $language }.
# machine-drafted
error-back-to-directory = العودة إلى دليل الجمعيات
# machine-drafted
error-not-found-title = الصفحة غير موجودة
# machine-drafted
error-not-found-text = هذه الصفحة غير موجودة (أو لم تعد موجودة). ربما تجدون ما تبحثون عنه في الدليل.
# machine-drafted
error-bad-request-title = تعذّرت قراءة الطلب
# machine-drafted
error-bad-request-text = تعذّرت قراءة العنوان أو النموذج الذي أرسلتموه. يُرجى الرجوع والمحاولة مرة أخرى باستخدام النموذج الموجود في الصفحة.
# machine-drafted
error-organisation-not-found-title = الجمعية غير موجودة
# machine-drafted
error-organisation-not-found-text = هذا الإدخال غير موجود أو لم يعد متاحًا للعموم.
# machine-drafted
count-organisations = { $count ->
    [zero] لا توجد جمعيات
    [one] جمعية واحدة
    [two] جمعيتان
    [few] { $count } جمعيات
    [many] { $count } جمعية
   *[other] { $count } جمعية
}
# machine-drafted
error-unavailable-title = غير متاح مؤقتًا
# machine-drafted
error-unavailable-text = لا يمكن تحميل البيانات حاليًا. يرجى المحاولة مرة أخرى بعد بضع دقائق.
# machine-drafted
nav-offers = ما تقدمه الجمعيات
# machine-drafted
nav-needs = ما تبحث عنه الجمعيات
# reviewed: the German legal name, shown in parentheses with lang="de"; it stays German
imprint-legal-term = Impressum
