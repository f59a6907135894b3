# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
directory-title = دليل الجمعيات
# machine-drafted
search-heading = البحث والتصفية
# machine-drafted
search-label = بحث
# machine-drafted
search-placeholder = مثلًا: نساء، دروس تقوية، التركية
# machine-drafted
search-submit = بحث
# machine-drafted
query-error-heading = تعذّر تنفيذ البحث.
# machine-drafted
query-error-query-too-long = نص البحث طويل جدًا. يُرجى استخدام 200 حرف كحد أقصى.
# machine-drafted
query-error-unknown-category = مجال النشاط هذا غير موجود. يُرجى اختيار مجال من القائمة.
# machine-drafted
query-error-unknown-target-group = هذه الفئة المستهدفة غير موجودة. يُرجى اختيار فئة من القائمة.
# machine-drafted
query-error-invalid-language = هذه اللغة غير صالحة. يُرجى اختيار لغة من القائمة.
# machine-drafted
query-error-unknown-district = هذا الحي غير موجود. يُرجى اختيار حي من القائمة.
# machine-drafted
query-error-invalid-mso = يقبل عامل التصفية «منظمة ذاتية للمهاجرين» القيمتين «نعم» أو «لا» فقط.
# machine-drafted
query-error-invalid-sort = طريقة الترتيب هذه غير موجودة.
# machine-drafted
query-error-invalid-page = رقم الصفحة هذا غير موجود.
# machine-drafted
query-error-invalid-per-page = يمكن عرض ما بين 1 و100 إدخال في الصفحة الواحدة.
# machine-drafted
filters-toggle = عوامل التصفية
# machine-drafted
facet-any = الكل
# machine-drafted
facet-category = مجال النشاط
# machine-drafted
facet-target-group = الفئة المستهدفة
# machine-drafted
facet-language = اللغة
# machine-drafted
facet-district = الحي
# machine-drafted
facet-mso = منظمة ذاتية للمهاجرين
# machine-drafted
facet-mso-yes = نعم
# machine-drafted
facet-mso-no = لا
# machine-drafted
sort-label = الترتيب
# machine-drafted
sort-relevance = الأكثر صلة
# machine-drafted
sort-name = الاسم (A–Z)
# machine-drafted
sort-updated = الأحدث تحديثًا
# machine-drafted
results-count = { $count ->
    [0] لم يتم العثور على أي جمعية
    [zero] لم يتم العثور على أي جمعية
    [one] تم العثور على جمعية واحدة
    [two] تم العثور على جمعيتين
    [few] تم العثور على { $count } جمعيات
    [many] تم العثور على { $count } جمعية
   *[other] تم العثور على { $count } جمعية
}
# machine-drafted
active-filters = عوامل التصفية النشطة
# machine-drafted
directory-item-mentions = العروض والاحتياجات المناسبة
# machine-drafted
filter-remove = إزالة عامل التصفية
# machine-drafted
no-results = للأسف لم نجد أي نتائج لبحثكم.
# machine-drafted
no-results-hint = جرّبوا عددًا أقل من عوامل التصفية أو كلمة بحث أقصر:
# machine-drafted
no-results-show-all = إظهار جميع الجمعيات
# machine-drafted
pagination-label = الصفحات
# machine-drafted
pagination-prev = السابق
# machine-drafted
pagination-next = التالي
# machine-drafted
badge-mso = منظمة ذاتية للمهاجرين
# machine-drafted
breadcrumb-label = مسار التنقل
# machine-drafted
profile-about = من نحن
# machine-drafted
profile-facts = لمحة سريعة
# machine-drafted
profile-categories = مجالات النشاط
# machine-drafted
profile-target-groups = الفئات المستهدفة
# machine-drafted
profile-languages = اللغات
# machine-drafted
profile-origins = بلدان الأصل
# machine-drafted
profile-founded = التأسيس
# machine-drafted
profile-district = الحي
# machine-drafted
profile-meeting-times = مواعيد اللقاءات
# machine-drafted
profile-wheelchair = مهيّأ للكراسي المتحركة
# machine-drafted
profile-contact = التواصل
# machine-drafted
profile-persons = الأشخاص المسؤولون عن التواصل
# machine-drafted
profile-report-error = الإبلاغ عن خطأ في هذا الإدخال
# machine-drafted
profile-report-subject = خطأ في الإدخال: { $name }
# machine-drafted
profile-as-data = عرض كبيانات (JSON)
# machine-drafted
contact-email = البريد الإلكتروني
# machine-drafted
contact-phone = الهاتف
# machine-drafted
contact-website = الموقع الإلكتروني
# machine-drafted
wheelchair-yes = نعم
# machine-drafted
wheelchair-partial = جزئيًا
# machine-drafted
wheelchair-no = لا
# machine-drafted
legal-form-registered-association = جمعية مسجّلة ({ "\u2068e. V.\u2069" })
# machine-drafted
legal-form-nonprofit-company = شركة ذات مسؤولية محدودة غير ربحية ({ "\u2068gGmbH\u2069" })
# machine-drafted
legal-form-initiative = مبادرة بلا شكل قانوني
# machine-drafted
legal-form-religious-community = جماعة دينية
# machine-drafted
legal-form-public-body = مؤسسة عامة
# machine-drafted
legal-form-other = شكل قانوني آخر
# machine-drafted
target-group-children = الأطفال
# machine-drafted
target-group-youth = اليافعون والشباب
# machine-drafted
target-group-women = النساء
# machine-drafted
target-group-men = الرجال
# machine-drafted
target-group-seniors = كبار السن
# machine-drafted
target-group-families = العائلات
# machine-drafted
target-group-refugees = اللاجئون
# machine-drafted
target-group-newcomers = القادمون الجدد
# machine-drafted
target-group-everyone = الجميع
