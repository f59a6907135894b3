# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
edit-overview = يتكوّن النموذج من ستة أجزاء:
# machine-drafted
edit-overview-hint = احفظوا في النهاية عبر «حفظ التغييرات»؛ ما لا تغيّرونه يبقى كما هو.
# machine-drafted
edit-markdown-hint = التنسيق: سطر فارغ يفصل الفقرات؛ السطر الذي يبدأ بـ «- » يصبح بندًا في قائمة؛ **عريض**، *مائل*؛ الروابط بالشكل [نص](https://…).
# machine-drafted
edit-position-address-first = الأسهل: أدخلوا العنوان في الأعلى واحفظوا – يضع Knotenpunkt النقطة بنفسه. لا تُظهر الخريطة الشوارع إلا بعد «تحميل الخريطة»؛ قبل ذلك ترون مساحة رمادية فقط.
# machine-drafted
edit-section-only = تحرير هذا الجزء فقط
# machine-drafted
edit-section-alone = أنتم تحرّرون هذا الجزء فقط؛ كل ما عداه يبقى كما هو.
# machine-drafted
edit-section-all = إظهار كل الأجزاء
# machine-drafted
edit-submit-section = حفظ هذا الجزء
# machine-drafted
edit-preview = معاينة
# machine-drafted
edit-preview-heading = معاينة الصفحة العامة
# machine-drafted
edit-preview-note = هكذا تبدو الصفحة عندما تسري التغييرات. لم يُحفظ شيء بعد: احفظوا في أسفل النموذج.
