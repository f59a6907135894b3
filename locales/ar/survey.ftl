# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# The survey of associations: list and dashboard for the office, questionnaire for the associations.

# machine-drafted
nav-surveys = الاستطلاعات
# machine-drafted
survey-list-title = استطلاعات الجمعيات
# machine-drafted
survey-list-none = لا يوجد استطلاع بعد.
# machine-drafted
survey-title = العنوان
# machine-drafted
survey-status = الحالة
# machine-drafted
survey-status-draft = مسودة
# machine-drafted
survey-status-open = جارٍ
# machine-drafted
survey-status-closed = منتهٍ
# machine-drafted
survey-invited = المدعوون
# machine-drafted
survey-responses = الإجابات
# machine-drafted
survey-rate = نسبة الاستجابة
# machine-drafted
survey-dashboard = النتائج
# machine-drafted
survey-anonymous = يُقيَّم دون ذكر الأسماء
# machine-drafted
survey-export-csv = تنزيل الإجابات بصيغة CSV
# machine-drafted
survey-export-codebook = دليل الرموز (CSV)
# machine-drafted
survey-filters = التصفية والمقارنة
# machine-drafted
survey-filter-mso = منظمة ذاتية للمهاجرين
# machine-drafted
survey-filter-field = مجال النشاط
# machine-drafted
survey-filter-district = الحي
# machine-drafted
survey-filter-all = الكل
# machine-drafted
survey-cross-by = جدول متقاطع حسب
# machine-drafted
survey-cross-none = بدون
# machine-drafted
survey-by-mso = منظمة ذاتية للمهاجرين نعم/لا
# machine-drafted
survey-by-field = مجال النشاط
# machine-drafted
survey-by-district = الحي
# machine-drafted
survey-search = البحث في النصوص الحرة
# machine-drafted
survey-apply = عرض النتائج
# machine-drafted
survey-suppression-rule = هذا الاستطلاع مجهول الهوية: لا تُعرض في العروض المصفّاة والجداول المتقاطعة المجموعاتُ التي تقل إجاباتها عن { $min }.
# machine-drafted
survey-shown = بعد التصفية: { $count } إجابة.
# machine-drafted
survey-suppressed = الإجابات قليلة جداً لهذا الاختيار: في الاستطلاع مجهول الهوية لا نعرض أرقاماً لأقل من { $min } إجابات.
# machine-drafted
survey-answered = { $count } إجابة
# machine-drafted
survey-cross-suppressed = في الجدول المتقاطع أُخفيت المجموعات التي تقل إجاباتها عن { $min }.
# machine-drafted
survey-mean = المتوسط
# machine-drafted
survey-answer = الإجابة
# machine-drafted
survey-count = العدد
# machine-drafted
survey-no-answers = لا إجابات
# machine-drafted
survey-chart-desc = { $answered } إجابة. الأكثر تكراراً: { $top } ({ $count }).
# machine-drafted
survey-chart-desc-none = { $answered } إجابة، لم يُختر شيء.
# machine-drafted
survey-texts = النصوص الحرة
# machine-drafted
survey-texts-none = لا نصوص حرة (أو لا شيء يطابق البحث).
# machine-drafted
survey-group = المجموعة
# machine-drafted
survey-group-mso = منظمة ذاتية للمهاجرين
# machine-drafted
survey-group-not-mso = جمعيات أخرى
# machine-drafted
survey-group-no-district = بلا حي
# machine-drafted
survey-group-suppressed = أقل من { $min } إجابات – لا تُعرض
# machine-drafted
survey-cross-caption = { $question } حسب { $by }
# machine-drafted
survey-kind-single-choice = اختيار واحد
# machine-drafted
survey-kind-multiple-choice = اختيار متعدد
# machine-drafted
survey-kind-scale = مقياس 1–5
# machine-drafted
survey-kind-number = رقم
# machine-drafted
survey-kind-short-text = نص قصير
# machine-drafted
survey-kind-long-text = نص طويل
# machine-drafted
survey-kind-yes-no = نعم/لا
# machine-drafted
survey-kind-categories = مجالات النشاط
# machine-drafted
survey-kind-languages = اللغات
# machine-drafted
survey-yes = نعم
# machine-drafted
survey-no = لا
# machine-drafted
survey-other = غير ذلك
# machine-drafted
survey-other-text = غير ذلك، وهو:
# machine-drafted
survey-for = باسم
# machine-drafted
survey-progress = الصفحة { $number } من { $total }
# machine-drafted
survey-required = إلزامي
# machine-drafted
survey-in-german = هذا السؤال غير متوفر بلغتك بعد؛ يظهر هنا بالألمانية.
# machine-drafted
survey-next = التالي
# machine-drafted
survey-back = رجوع
# machine-drafted
survey-submit = إرسال الإجابات
# machine-drafted
survey-later = حفظ والمتابعة لاحقاً
# machine-drafted
survey-thanks = شكراً لكم! حُفظت إجاباتكم. يمكنكم تعديلها بالرابط نفسه حتى انتهاء الاستطلاع.
# machine-drafted
survey-saved-later = تم الحفظ. يمكنكم المتابعة هنا في أي وقت بالرابط نفسه.
# machine-drafted
survey-editable = أُرسلت إجاباتكم. يمكنكم تعديلها حتى انتهاء الاستطلاع.
# machine-drafted
survey-not-open = هذا الاستطلاع لا يستقبل إجابات حالياً.
# machine-drafted
survey-error-required = يرجى الإجابة عن هذا السؤال.
# machine-drafted
survey-error-unknown-option = يرجى اختيار إحدى الإجابات المعطاة.
# machine-drafted
survey-error-other-text-missing = اخترتم «غير ذلك»: يرجى كتابة ما تقصدونه.
# machine-drafted
survey-error-single-value = يرجى اختيار إجابة واحدة فقط.
# machine-drafted
survey-error-not-a-number = يرجى إدخال عدد صحيح، مثل 12.
# machine-drafted
survey-error-out-of-range = هذا الرقم خارج النطاق المسموح.
# machine-drafted
survey-error-too-long = هذا النص طويل جداً.
# machine-drafted
survey-error-unknown-language = لا نعرف هذه اللغة.
# machine-drafted
survey-error-unknown-category = مجال النشاط هذا غير موجود.
# machine-drafted
survey-error-too-many = هذه إجابات كثيرة جداً.
# machine-drafted
error-survey-not-found-title = لم يُعثر على الاستطلاع
# machine-drafted
error-survey-not-found-text = هذا الرابط غير موجود (لم يعد موجوداً). ربما وصلكم تذكير برابط جديد؛ وإلا يرجى سؤال مكتب الاندماج.
# machine-drafted
error-survey-not-open-title = الاستطلاع غير مفتوح
# machine-drafted
error-survey-not-open-text = هذا الاستطلاع لا يستقبل إجابات حالياً.
