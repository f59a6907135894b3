# Machine-drafted translation (Arabic), awaiting review by a native speaker.
directory-title = دليل الجمعيات
search-heading = البحث والتصفية
search-label = بحث
search-placeholder = مثلًا: نساء، دروس تقوية، التركية
search-submit = بحث
query-error-heading = تعذّر تنفيذ البحث.
query-error-query-too-long = نص البحث طويل جدًا. يُرجى استخدام 200 حرف كحد أقصى.
query-error-unknown-category = مجال النشاط هذا غير موجود. يُرجى اختيار مجال من القائمة.
query-error-unknown-target-group = هذه الفئة المستهدفة غير موجودة. يُرجى اختيار فئة من القائمة.
query-error-invalid-language = هذه اللغة غير صالحة. يُرجى اختيار لغة من القائمة.
query-error-unknown-district = هذا الحي غير موجود. يُرجى اختيار حي من القائمة.
query-error-invalid-mso = يقبل عامل التصفية «منظمة ذاتية للمهاجرين» القيمتين «نعم» أو «لا» فقط.
query-error-invalid-sort = طريقة الترتيب هذه غير موجودة.
query-error-invalid-page = رقم الصفحة هذا غير موجود.
query-error-invalid-per-page = يمكن عرض ما بين 1 و100 إدخال في الصفحة الواحدة.
filters-toggle = عوامل التصفية
facet-any = الكل
facet-category = مجال النشاط
facet-target-group = الفئة المستهدفة
facet-language = اللغة
facet-district = الحي
facet-mso = منظمة ذاتية للمهاجرين
facet-mso-yes = نعم
facet-mso-no = لا
sort-label = الترتيب
sort-relevance = الأكثر صلة
sort-name = الاسم (A–Z)
sort-updated = الأحدث تحديثًا
results-count = { $count ->
    [0] لم يتم العثور على أي جمعية
    [zero] لم يتم العثور على أي جمعية
    [one] تم العثور على جمعية واحدة
    [two] تم العثور على جمعيتين
    [few] تم العثور على { $count } جمعيات
    [many] تم العثور على { $count } جمعية
   *[other] تم العثور على { $count } جمعية
}
active-filters = عوامل التصفية النشطة
directory-item-mentions = العروض والطلبات المطابقة
filter-remove = إزالة عامل التصفية
no-results = للأسف لم نجد أي نتائج لبحثكم.
no-results-hint = جرّبوا عددًا أقل من عوامل التصفية أو كلمة بحث أقصر:
no-results-show-all = عرض جميع الجمعيات
pagination-label = الصفحات
pagination-prev = السابق
pagination-next = التالي
badge-mso = منظمة ذاتية للمهاجرين
breadcrumb-label = مسار التنقل
profile-about = من نحن
profile-facts = لمحة سريعة
profile-categories = مجالات النشاط
profile-target-groups = الفئات المستهدفة
profile-languages = اللغات
profile-origins = بلدان الأصل
profile-founded = التأسيس
profile-district = الحي
profile-meeting-times = مواعيد اللقاءات
profile-wheelchair = مهيّأ للكراسي المتحركة
profile-contact = التواصل
profile-persons = الأشخاص المسؤولون عن التواصل
profile-report-error = الإبلاغ عن خطأ في هذا الإدخال
profile-report-subject = خطأ في الإدخال: { $name }
profile-as-data = عرض كبيانات (JSON)
contact-email = البريد الإلكتروني
contact-phone = الهاتف
contact-website = الموقع الإلكتروني
wheelchair-yes = نعم
wheelchair-partial = جزئيًا
wheelchair-no = لا
legal-form-registered-association = جمعية مسجّلة (e. V.)
legal-form-nonprofit-company = شركة ذات مسؤولية محدودة غير ربحية (gGmbH)
legal-form-initiative = مبادرة بلا شكل قانوني
legal-form-religious-community = جماعة دينية
legal-form-public-body = مؤسسة عامة
legal-form-other = شكل قانوني آخر
target-group-children = الأطفال
target-group-youth = اليافعون والشباب
target-group-women = النساء
target-group-men = الرجال
target-group-seniors = كبار السن
target-group-families = العائلات
target-group-refugees = اللاجئون
target-group-newcomers = القادمون الجدد
target-group-everyone = الجميع
