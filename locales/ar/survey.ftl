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

# الدعوات والتذكيرات (صفحة مكتب الاندماج) ورسائلها.
# machine-drafted
survey-invite-title = الدعوات
# machine-drafted
survey-invite-progress = سير الإجابات
# machine-drafted
survey-invite-state-submitted = أُرسلت
# machine-drafted
survey-invite-state-started = بدأت
# machine-drafted
survey-invite-state-waiting = لم تبدأ بعد
# machine-drafted
survey-invite-send = دعوة الجمعيات
# machine-drafted
survey-invite-hint = تحصل كل جمعية على رابط شخصي بالبريد الإلكتروني: إلى ممثليها، وإلا إلى عنوانها العام. الجمعيات المدعوة سابقًا لا تحصل على دعوة ثانية.
# machine-drafted
survey-invite-whom = من تريدون دعوته؟
# machine-drafted
survey-invite-scope-all = كل الجمعيات التي لم تُدعَ بعد ({ $count })
# machine-drafted
survey-invite-scope-filter = الجمعيات ذات هذه الصفات
# machine-drafted
survey-invite-scope-list = الجمعيات المؤشَّر عليها فقط
# machine-drafted
survey-invite-everyone = كل الجمعيات المنشورة مدعوة بالفعل.
# machine-drafted
survey-invite-submit = إرسال الدعوات
# machine-drafted
survey-remind-title = التذكير
# machine-drafted
survey-remind-rule = لا يُرسل التذكير إلا إلى الجمعيات التي لم ترسل إجاباتها بعد، ولكل منها مرة واحدة في الأسبوع على الأكثر. يحمل التذكير رابطًا جديدًا؛ فيتوقف الرابط القديم، وتبقى الإجابات المحفوظة.
# machine-drafted
survey-remind-submit = { $count ->
    [one] تذكير جمعية واحدة
   *[other] تذكير { $count } جمعيات
}
# machine-drafted
survey-remind-none = لا يوجد تذكير مستحق الآن.
# machine-drafted
survey-invite-list = الجمعيات المدعوة
# machine-drafted
survey-invite-none = لم تُدعَ أي جمعية بعد.
# machine-drafted
survey-invite-association = الجمعية
# machine-drafted
survey-invite-invited-on = تاريخ الدعوة
# machine-drafted
survey-invite-reminded-on = آخر تذكير
# machine-drafted
survey-invite-next-reminder = التذكير التالي
# machine-drafted
survey-invite-remind-now = ممكن الآن
# machine-drafted
survey-invite-remind-from = ابتداءً من { $date }
# machine-drafted
survey-invite-unpublished = (الجمعية لم تعد منشورة)
# machine-drafted
survey-invite-done = { $count ->
    [one] دُعيت جمعية واحدة.
   *[other] دُعيت { $count } جمعيات.
}
# machine-drafted
survey-invite-already = { $count ->
    [one] جمعية واحدة كانت مدعوة من قبل.
   *[other] { $count } جمعيات كانت مدعوة من قبل.
}
# machine-drafted
survey-invite-no-address = { $count ->
    [one] جمعية واحدة ليس لها عنوان بريد إلكتروني، فلم نراسلها.
   *[other] { $count } جمعيات ليس لها عنوان بريد إلكتروني، فلم نراسلها.
}
# machine-drafted
survey-invite-refused-closed = انتهى هذا الاستطلاع: لا يمكن دعوة جمعيات أخرى.
# machine-drafted
survey-remind-refused-not-open = تُرسل التذكيرات فقط ما دام الاستطلاع جاريًا.
# machine-drafted
survey-invite-error-filter = يُرجى اختيار صفة واحدة على الأقل.
# machine-drafted
survey-invite-error-list = يُرجى التأشير على جمعية واحدة على الأقل.
# machine-drafted
survey-invite-error-scope = يُرجى اختيار من تريدون دعوته.
# machine-drafted
mail-survey-invitation-subject = دعوة إلى استطلاع «{ $survey }»
# machine-drafted
mail-survey-invitation-body =
    مرحبًا،

    يدعو مكتب الاندماج جمعية «{ $organisation }» إلى استطلاع «{ $survey }». بهذا الرابط الشخصي يستطيع أي شخص من جمعيتكم الإجابة دون تسجيل الدخول، ويمكنكم الحفظ والمتابعة لاحقًا:

    { $link }

    { $has_closes ->
        [yes] يستمر الاستطلاع حتى { $closes }.
       *[no] { "" }
    }

    يُرجى عدم إعطاء الرابط لأشخاص غرباء.
# machine-drafted
mail-survey-reminder-subject = تذكير: استطلاع «{ $survey }»
# machine-drafted
mail-survey-reminder-body =
    مرحبًا،

    لم ترسل جمعية «{ $organisation }» إجاباتها على استطلاع «{ $survey }» بعد. يسعد مكتب الاندماج بإجاباتكم. هذا رابطكم الشخصي الجديد؛ الرابط السابق لم يعد يعمل، والإجابات المحفوظة باقية:

    { $link }

    { $has_closes ->
        [yes] يستمر الاستطلاع حتى { $closes }.
       *[no] { "" }
    }

# أداة بناء الاستبيان لمكتب الاندماج والمعاينة.
# machine-drafted
survey-build-title = تحرير الاستبيان
# machine-drafted
survey-build-new = استطلاع جديد
# machine-drafted
survey-build-create = إنشاء الاستطلاع
# machine-drafted
survey-build-slug = العنوان (اسم قصير)
# machine-drafted
survey-build-slug-hint = أحرف لاتينية صغيرة وأرقام وشرطات، مثل survey-2027. اتركه فارغًا ليُكوَّن من العنوان.
# machine-drafted
survey-build-links = التحرير والدعوات
# machine-drafted
survey-build-saved = تم الحفظ.
# machine-drafted
survey-build-has-answers = توجد إجابات بالفعل. إضافة أسئلة وخيارات إجابة وتغيير النصوص ممكن؛ أما التغييرات التي تجعل الإجابات المحفوظة غير صالحة فتُرفض. قبل إزالة سؤال نسألكم أولًا؛ وتبقى إجاباته محفوظة.
# machine-drafted
survey-build-preview = معاينة
# machine-drafted
survey-build-preview-note = معاينة: هكذا ترى الجمعية الاستبيان. لا يُحفظ شيء هنا؛ الأسئلة ذات الشرط كلها ظاهرة ومعها ملاحظة.
# machine-drafted
survey-build-questions = الأسئلة
# machine-drafted
survey-build-no-questions = لا توجد أسئلة بعد.
# machine-drafted
survey-build-condition = الشرط
# machine-drafted
survey-build-edit = تحرير
# machine-drafted
survey-build-up = نقل إلى الأعلى
# machine-drafted
survey-build-down = نقل إلى الأسفل
# machine-drafted
survey-build-remove = إزالة
# machine-drafted
survey-build-remove-confirm = نعم، أزِل السؤال – تبقى الإجابات المحفوظة
# machine-drafted
survey-build-cancel = إلغاء
# machine-drafted
survey-build-add = إضافة سؤال
# machine-drafted
survey-build-edit-question = تحرير السؤال
# machine-drafted
survey-build-section = الجزء
# machine-drafted
survey-build-new-section = جزء جديد (صفحة جديدة)
# machine-drafted
survey-build-kind = نوع السؤال
# machine-drafted
survey-build-key = المعرّف
# machine-drafted
survey-build-key-hint = أحرف لاتينية صغيرة وأرقام و_، مثل rooms. هو العمود في ملف CSV المُصدَّر.
# machine-drafted
survey-build-text = نص السؤال
# machine-drafted
survey-build-help = نص المساعدة
# machine-drafted
survey-build-options = خيارات الإجابة
# machine-drafted
survey-build-options-hint = خيار واحد في كل سطر، بصيغة «المعرّف | النص» أو النص وحده. في اللغات الأخرى: النصوص بالترتيب نفسه.
# machine-drafted
survey-build-other = إتاحة «أخرى: …»
# machine-drafted
survey-build-low = النص عند 1
# machine-drafted
survey-build-high = النص عند 5
# machine-drafted
survey-build-min = أصغر رقم
# machine-drafted
survey-build-max = أكبر رقم
# machine-drafted
survey-build-profile-linked = يجوز نقل الإجابات إلى الملف الشخصي بالموافقة (مجالات النشاط واللغات فقط)
# machine-drafted
survey-build-condition-question = أظهر السؤال فقط إذا كانت الإجابة عن هذا السؤال …
# machine-drafted
survey-build-always = (أظهره دائمًا)
# machine-drafted
survey-build-condition-value = … هي هذه القيمة
# machine-drafted
survey-build-condition-value-hint = معرّف خيار إجابة، أو yes أو no، أو من 1 إلى 5 للمقياس.
# machine-drafted
survey-build-translations = الترجمات
# machine-drafted
survey-build-translations-hint = إذا غابت ترجمة يظهر النص الألماني، ويشير الاستبيان إلى ذلك.
# machine-drafted
survey-build-save = حفظ
# machine-drafted
survey-build-settings = العنوان والمدة وإخفاء الهوية
# machine-drafted
survey-build-intro = المقدمة
# machine-drafted
survey-build-section-title = عنوان الجزء
# machine-drafted
survey-build-anonymous = تقييم دون أسماء (لا تظهر المجموعات الصغيرة في النتائج المصفّاة)
# machine-drafted
survey-build-opens = يبدأ في
# machine-drafted
survey-build-closes = ينتهي في
# machine-drafted
survey-build-shown-when = يظهر فقط إذا كانت الإجابة عن «{ $question }» هي «{ $value }».
# machine-drafted
survey-build-conflict = غيّر شخص آخر الاستبيان في هذه الأثناء. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
# machine-drafted
survey-build-error-title = يُرجى إدخال عنوان بالألمانية.
# machine-drafted
survey-build-error-date = يُرجى إدخال التاريخ والوقت، مثل 2027-03-01 09:00.
# machine-drafted
survey-build-error-dates = يجب أن تكون النهاية بعد البداية.
# machine-drafted
survey-build-error-slug = يُرجى استخدام أحرف لاتينية صغيرة وأرقام وشرطات فقط.
# machine-drafted
survey-build-error-slug-taken = هذا العنوان مستخدم لاستطلاع آخر.
# machine-drafted
survey-build-error-section = يُرجى اختيار جزء.
# machine-drafted
survey-build-error-key = يتكون المعرّف من أحرف لاتينية صغيرة وأرقام و_ (40 حرفًا على الأكثر).
# machine-drafted
survey-build-error-text-missing = يُرجى إدخال نص السؤال بالألمانية.
# machine-drafted
survey-build-error-too-many-options = 50 خيار إجابة على الأكثر.
# machine-drafted
survey-build-error-option-key = يحتاج كل خيار إجابة إلى نص ومعرّف من أحرف لاتينية صغيرة وأرقام و_ (المعرّف «other» محجوز).
# machine-drafted
survey-build-error-option-twice = لخيارين من خيارات الإجابة المعرّف نفسه.
# machine-drafted
survey-build-error-no-options = يُرجى إدخال خيار إجابة واحد على الأقل.
# machine-drafted
survey-build-error-scale-ends = يُرجى تسمية طرفي المقياس بالألمانية.
# machine-drafted
survey-build-error-range = لا يجوز أن يكون أصغر رقم أكبر من أكبر رقم.
# machine-drafted
survey-build-error-range-number = يُرجى إدخال أصغر رقم وأكبر رقم أعدادًا صحيحة.
# machine-drafted
survey-build-error-kind = يُرجى اختيار نوع السؤال.
# machine-drafted
survey-build-error-condition-value-missing = يُرجى إدخال القيمة التي يظهر عندها السؤال.
# machine-drafted
survey-build-invalid-empty = لا يحتوي الاستبيان على أي سؤال بعد.
# machine-drafted
survey-build-invalid-invalid-key = هذا المعرّف غير صالح.
# machine-drafted
survey-build-invalid-duplicate-key = هذا المعرّف موجود في الاستبيان بالفعل.
# machine-drafted
survey-build-invalid-missing-text = أحد الأسئلة بلا نص ألماني.
# machine-drafted
survey-build-invalid-no-options = سؤال اختيار بلا خيارات إجابة.
# machine-drafted
survey-build-invalid-bad-range = أصغر رقم أكبر من أكبر رقم.
# machine-drafted
survey-build-invalid-condition-unknown = يجب أن يذكر الشرط سؤالًا من جزء سابق.
# machine-drafted
survey-build-invalid-condition-value = لا يمكن أن تكون لهذا السؤال هذه القيمة.
# machine-drafted
survey-build-refused-kind = توجد إجابات بالفعل: لم يعد بالإمكان تغيير نوع السؤال { $question }.
# machine-drafted
survey-build-refused-option = توجد إجابات بالفعل: لم يعد بالإمكان إزالة الخيار { $option } من السؤال { $question }.
# machine-drafted
survey-build-refused-range = توجد إجابات بالفعل: يمكن توسيع نطاق أرقام السؤال { $question } فقط.
# machine-drafted
survey-build-refused-other = توجد إجابات بالفعل: لم يعد بالإمكان إزالة «أخرى» من السؤال { $question }.
# machine-drafted
survey-build-confirm-remove = للسؤال { $question } إجابات بالفعل. إذا أزلتموه فلن يظهر في الاستبيان ولا في النتائج؛ وتبقى الإجابات محفوظة.

# machine-drafted
survey-consent = تحديث ملفنا الشخصي بهذه الإجابات (مجالات النشاط واللغات)
# machine-drafted
survey-consent-hint = يراجع مكتب الاندماج التغيير قبل أن يظهر في الملف الشخصي. بدون التأشير يبقى الملف الشخصي كما هو.

# The PDF report (documents crate)

# machine-drafted
survey-export-pdf = تنزيل التقرير بصيغة PDF
# machine-drafted
survey-export-pdf-filtered = تنزيل تقرير هذا الاختيار بصيغة PDF
# machine-drafted
survey-report-period = الاستطلاع من { $from } إلى { $to }
# machine-drafted
survey-report-filtered = الاختيار: { $filters }.
# machine-drafted
survey-report-response = نسبة المشاركة
# machine-drafted
survey-report-def-invited = الجمعيات التي تلقّت دعوة شخصية.
# machine-drafted
survey-report-def-responses = الجمعيات التي أرسلت الاستبيان.
# machine-drafted
survey-report-def-rate = عدد الإجابات مقسومًا على عدد المدعوّين.
# machine-drafted
survey-report-part = الجزء { $number }
# machine-drafted
survey-report-no-texts = لا توجد إجابات نصية حرة

# Delivery of the invitation mails; reminders through the job queue

# machine-drafted
survey-invite-state-mail-pending = جارٍ إرسال البريد
# machine-drafted
survey-invite-state-mail-failed = فشل إرسال البريد
# machine-drafted
survey-invite-mail-pending = { $count ->
    [one] دعوة واحدة ما زالت تنتظر الإرسال ولا تُحتسب مدعوّة بعد.
   *[other] { $count } دعوات ما زالت تنتظر الإرسال ولا تُحتسب مدعوّة بعد.
}
# machine-drafted
survey-invite-mail-failed = { $count ->
    [one] فشل إرسال البريد إلى جمعية واحدة: لا تُحتسب مدعوّة ويمكن تذكيرها من جديد فورًا.
   *[other] فشل إرسال البريد إلى { $count } جمعيات: لا تُحتسب مدعوّة ويمكن تذكيرها من جديد فورًا.
}
# machine-drafted
survey-remind-queued = { $count ->
    [0] لا يوجد تذكير مستحق الآن.
    [one] يجري إرسال تذكير واحد في الخلفية.
   *[other] يجري إرسال { $count } تذكيرات في الخلفية.
}

## The summary at the top of the dashboard ("at a glance")
# machine-drafted
survey-glance-title = نظرة سريعة
# machine-drafted
survey-glance-rate = أجابت { $responses } من أصل { $invited } جمعية مدعوة ({ $rate }).
# machine-drafted
survey-glance-varied = تنوع كبير في
# machine-drafted
survey-glance-shared = إجابات متشابهة في
# machine-drafted
survey-glance-spread-varied = تنوع كبير
# machine-drafted
survey-glance-spread-mixed = متشابهة جزئياً ومختلفة جزئياً
# machine-drafted
survey-glance-spread-shared = إجابات متشابهة
# machine-drafted
survey-glance-measure-varied = { $distinct } إجابة مختلفة؛ الإجابات الـ { $top } الأكثر تكراراً تشكّل { $cover } % من مجموع الإجابات المذكورة.
# machine-drafted
survey-glance-measure-shared = ذكرت كلَّ واحدة من الإجابات الـ { $top } الأكثر تكراراً { $reach } % على الأقل من الجمعيات ({ $distinct } إجابة مختلفة إجمالاً).
# machine-drafted
survey-glance-measure-mixed = { $distinct } إجابة مختلفة؛ الإجابات الـ { $top } الأكثر تكراراً تشكّل { $cover } % من مجموع الإجابات المذكورة، وذكرت كلَّ واحدة منها { $reach } % على الأقل من الجمعيات.
# machine-drafted
survey-glance-measure-few = { $distinct } إجابة مختلفة؛ عدد الإجابات أقل من أن يُبنى عليه تقييم.
# machine-drafted
survey-glance-share = { $percent } % ({ $count } من { $answered })
# machine-drafted
survey-glance-mean = المتوسط { $mean } على مقياس من 1 ({ $low }) إلى 5 ({ $high }).
# machine-drafted
survey-glance-legend = طريقة القياس: النسب محسوبة من الجمعيات التي أجابت عن السؤال، ويمكن اختيار عدة إجابات. «إجابات متشابهة»: ذكرت كلَّ واحدة من الإجابات الـ { $top } الأكثر تكراراً { $shared } % على الأقل من الجمعيات. «تنوع كبير»: { $distinct } إجابات مختلفة على الأقل، وذكرت إحدى الإجابات الـ { $top } الأكثر تكراراً أقلُّ من { $varied } % من الجمعيات. لا تقييم إذا قلّ عدد الإجابات عن { $min }.
# machine-drafted
survey-glance-share-heading = نسبة الجمعيات التي أجابت
