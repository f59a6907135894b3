# Machine-drafted translation (Arabic), awaiting review by a native speaker.

# تقارير مكتب الاندماج: النظرة العامة وتقرير التمويل.

# machine-drafted
report-dashboard = التقارير
# machine-drafted
report-intro = أرقام الشبكة لفترة محددة. لكل رقم تعريفه، ولكل رسم بياني أرقامه في جدول. ويتضمن تقرير التمويل الأرقام نفسها بصيغة PDF أو CSV.
# machine-drafted
report-from = من
# machine-drafted
report-to = إلى
# machine-drafted
report-period-hint = التواريخ بصيغة ⁨YYYY-MM-DD⁩ (سنة-شهر-يوم)، مثلًا ⁨2020-01-01⁩. يُحتسب اليومان كلاهما؛ وعشر سنوات كحد أقصى.
# machine-drafted
report-show = إظهار
# machine-drafted
report-download-pdf = تقرير التمويل بصيغة PDF
# machine-drafted
report-download-csv = تقرير التمويل بصيغة CSV
# machine-drafted
report-definition = طريقة الاحتساب
# machine-drafted
report-as-table = الأرقام في جدول
# machine-drafted
report-title = تقرير التمويل الخاص بالشبكة
# machine-drafted
report-period-words = الفترة من { $from } إلى { $to }
# machine-drafted
report-made = أُعدّ في { $date } باستخدام Knotenpunkt
# machine-drafted
report-contents = المحتويات
# machine-drafted
report-page = الصفحة
# machine-drafted
report-figure = المؤشر
# machine-drafted
report-value = القيمة
# machine-drafted
report-count = العدد
# machine-drafted
report-no-data = لا توجد بيانات
# machine-drafted
report-of-which = { $count } (منها { $part } أفضت إلى تعارف)
# machine-drafted
report-share = { $percent }٪ ({ $part } من { $total })
# machine-drafted
report-percent = { $percent }٪
# machine-drafted
report-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
# machine-drafted
report-hours = { $count ->
    [zero] { $count } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $count } ساعات
    [many] { $count } ساعة
   *[other] { $count } ساعة
}
# machine-drafted
report-no-district = دون حي
# machine-drafted
report-mso-yes = منظمة ذاتية للمهاجرين
# machine-drafted
report-mso-no = منظمة أخرى
# machine-drafted
report-origin-meeting = من لقاء للشبكة
# machine-drafted
report-origin-introduction = من طلب تواصل
# machine-drafted
report-origin-office = أدخله مكتب الاندماج
# machine-drafted
report-narrative = تقرير مكتب الاندماج
# machine-drafted
report-narrative-label = نصّكم لتقرير التمويل
# machine-drafted
report-narrative-hint = ما حققته الشبكة في هذه الفترة، بكلماتكم. تفصل الأسطر الفارغة بين الفقرات. ويخص النص هذه الفترة بالذات.
# machine-drafted
report-narrative-save = حفظ النص
# machine-drafted
report-narrative-saved = تم حفظ النص، وهو يظهر في تقرير التمويل.
# machine-drafted
form-error-report-date-invalid = يُرجى إدخال تاريخ صالح، مثلًا ⁨2020-01-01⁩.
# machine-drafted
form-error-report-period-order = تاريخ النهاية يسبق تاريخ البداية. يُرجى اختيار تاريخ نهاية لاحق.
# machine-drafted
form-error-report-period-too-long = الفترة أطول من عشر سنوات. يُرجى اختيار فترة أقصر.
# machine-drafted
form-error-report-narrative-too-long = النص طويل جدًا. يُرجى اختصاره إلى 20000 حرف كحد أقصى.
# machine-drafted
report-section-associations = الجمعيات والهيئات
# machine-drafted
report-section-marketplace = العروض والاحتياجات
# machine-drafted
report-section-meetings = لقاءات الشبكة
# machine-drafted
report-section-projects = مشاريع التعاون
# machine-drafted
report-section-inbox = الرسائل الموجهة إلى مكتب الاندماج
# machine-drafted
report-section-meeting-list = اللقاءات بالتفصيل
# machine-drafted
report-section-project-list = المشاريع بالتفصيل
# machine-drafted
report-fig-active = الإدخالات النشطة
# machine-drafted
report-def-active = الإدخالات المنشورة وغير المؤرشفة في الدليل اليوم؛ وتذكر الواجهة البرمجية المفتوحة العدد نفسه باسم «total». وتحتسب التقسيمات أدناه الإدخالات نفسها.
# machine-drafted
report-fig-confirmed = مؤكَّدة خلال الأشهر الـ12 الأخيرة
# machine-drafted
report-def-confirmed = نسبة الإدخالات النشطة التي أُكّدت خلال الأيام الـ365 الأخيرة: بتعديل منشور أو بالاستفسار السنوي «هل لا تزال نشطة؟».
# machine-drafted
report-fig-mso = المنظمات الذاتية للمهاجرين
# machine-drafted
report-def-mso = نسبة الإدخالات النشطة التي تصف نفسها بأنها منظمة ذاتية للمهاجرين.
# machine-drafted
report-fig-offers = العروض المنشورة
# machine-drafted
report-def-offers = العروض التي نُشرت في الفترة، سواء أكانت لا تزال مفتوحة أم أُغلقت منذ ذلك الحين.
# machine-drafted
report-fig-offers-open = منها ما زال مفتوحًا
# machine-drafted
report-def-offers-open = عروض الفترة التي لم تغلقها جمعيتها بعد.
# machine-drafted
report-fig-offers-matched = العروض التي أفضت إلى تعارف
# machine-drafted
report-def-offers-matched = نسبة عروض الفترة التي لها طلب تواصل واحد على الأقل تم الاتفاق عليه (تم الاتفاق أو اكتمل).
# machine-drafted
report-fig-needs = الاحتياجات المنشورة
# machine-drafted
report-def-needs = الاحتياجات التي نُشرت في الفترة، سواء أكانت لا تزال مفتوحة أم أُغلقت منذ ذلك الحين.
# machine-drafted
report-fig-needs-open = منها ما زال مفتوحًا
# machine-drafted
report-def-needs-open = احتياجات الفترة التي لم تغلقها جمعيتها بعد.
# machine-drafted
report-fig-needs-matched = الاحتياجات التي أفضت إلى تعارف
# machine-drafted
report-def-needs-matched = نسبة احتياجات الفترة التي لها طلب تواصل واحد على الأقل تم الاتفاق عليه (تم الاتفاق أو اكتمل).
# machine-drafted
report-fig-days-to-match = الأيام حتى أول تعارف (الوسيط)
# machine-drafted
report-def-days-to-match = لكل احتياج من الفترة أفضى إلى تعارف: عدد الأيام من نشره حتى أول طلب تواصل تم الاتفاق عليه (يُحتسب آخر تغيير لحالة هذا الطلب)؛ ثم وسيط هذه القيم.
# machine-drafted
report-fig-held = اللقاءات المنعقدة
# machine-drafted
report-def-held = لقاءات الشبكة في الفترة التي وضع عليها المكتب علامة «انعقد»؛ ولا تُحتسب اللقاءات الملغاة.
# machine-drafted
report-fig-registrations = التسجيلات
# machine-drafted
report-def-registrations = التسجيلات المؤكدة لهذه اللقاءات، بما في ذلك الحاضرون دون تسجيل؛ ولا تُحتسب قائمة الانتظار ولا إلغاءات التسجيل.
# machine-drafted
report-fig-attended = الحضور
# machine-drafted
report-def-attended = المسجَّلون الذين سُجّل حضورهم عند الدخول – وهو العدد نفسه الظاهر في «حضر … من …» في صفحة تسجيل الحضور الخاصة باللقاء.
# machine-drafted
report-fig-attendance-rate = نسبة الحضور
# machine-drafted
report-def-attendance-rate = عدد الحضور مقسومًا على عدد التسجيلات.
# machine-drafted
report-fig-associations-reached = الجمعيات التي تم الوصول إليها
# machine-drafted
report-def-associations-reached = الجمعيات المختلفة التي حضر شخص واحد منها على الأقل لقاءً من لقاءات الفترة.
# machine-drafted
report-fig-new-pairs-per-meeting = أزواج الجمعيات الجديدة لكل لقاء
# machine-drafted
report-def-new-pairs-per-meeting = أزواج من جمعيات مختلفة جلست إلى الطاولة نفسها في جولة منعقدة ولم تلتقِ في أي لقاء سابق؛ والمتوسط على لقاءات الفترة.
# machine-drafted
report-fig-begun = المشاريع التي بدأت
# machine-drafted
report-def-begun = مشاريع التعاون التي أُدخلت في الفترة.
# machine-drafted
report-fig-under-way-or-done = منها الجارية أو المكتملة
# machine-drafted
report-def-under-way-or-done = مشاريع الفترة الجارية أو المكتملة اليوم.
# machine-drafted
report-fig-cases = الرسائل الواردة
# machine-drafted
report-def-cases = الأفكار والمشكلات والأسئلة والتماسات المساعدة التي وردت في الفترة؛ وتُحتسب الرسائل المكررة المدمجة مرة واحدة.
# machine-drafted
report-fig-answered = تم الرد عليها
# machine-drafted
report-def-answered = نسبة رسائل الفترة التي تلقت ردًا واحدًا على الأقل من المكتب.
# machine-drafted
report-fig-hours-to-answer = المدة حتى أول رد (الوسيط)
# machine-drafted
report-def-hours-to-answer = الساعات من ورود الرسالة حتى أول رد من المكتب، وهي وسيط الرسائل التي تم الرد عليها.
# machine-drafted
report-fig-days-to-close = المدة حتى الإغلاق (الوسيط)
# machine-drafted
report-def-days-to-close = الأيام من ورود الرسالة حتى إغلاقها، وهي وسيط الرسائل المغلقة.
# machine-drafted
report-chart-growth = نمو الدليل
# machine-drafted
report-chart-def-growth = الإدخالات النشطة في نهاية كل شهر، حسب يوم نشرها الأول (من النسخ؛ والإدخالات المستوردة من يوم الاستيراد). ولا تُحتسب الإدخالات المؤرشفة.
# machine-drafted
report-chart-label-growth = الشهر
# machine-drafted
report-chart-legal-form = الإدخالات حسب النوع
# machine-drafted
report-chart-def-legal-form = الإدخالات النشطة حسب شكلها القانوني.
# machine-drafted
report-chart-label-legal-form = النوع
# machine-drafted
report-chart-field = الإدخالات حسب مجال النشاط
# machine-drafted
report-chart-def-field = الإدخالات النشطة حسب مجال النشاط؛ ويُحتسب الإدخال الذي له عدة مجالات في كل منها.
# machine-drafted
report-chart-label-field = مجال النشاط
# machine-drafted
report-chart-language = الإدخالات حسب اللغة
# machine-drafted
report-chart-def-language = الإدخالات النشطة حسب كل لغة متاحة لديها؛ ويُحتسب الإدخال الذي له عدة لغات في كل منها.
# machine-drafted
report-chart-label-language = اللغة
# machine-drafted
report-chart-district = الإدخالات حسب الحي
# machine-drafted
report-chart-def-district = الإدخالات النشطة حسب حيّها.
# machine-drafted
report-chart-label-district = الحي
# machine-drafted
report-chart-mso = المنظمات الذاتية للمهاجرين
# machine-drafted
report-chart-def-mso = الإدخالات النشطة التي تصف نفسها بأنها منظمة ذاتية للمهاجرين، والإدخالات الأخرى.
# machine-drafted
report-chart-label-mso = المنظمة
# machine-drafted
report-chart-offers-by-field = العروض حسب مجال النشاط
# machine-drafted
report-chart-def-offers-by-field = عروض الفترة حسب مجال النشاط، وبين قوسين عدد ما أفضى منها إلى تعارف.
# machine-drafted
report-chart-label-offers-by-field = مجال النشاط
# machine-drafted
report-chart-needs-by-field = الاحتياجات حسب مجال النشاط
# machine-drafted
report-chart-def-needs-by-field = احتياجات الفترة حسب مجال النشاط، وبين قوسين عدد ما أفضى منها إلى تعارف.
# machine-drafted
report-chart-label-needs-by-field = مجال النشاط
# machine-drafted
report-chart-attended-by-meeting = الحضور في كل لقاء
# machine-drafted
report-chart-def-attended-by-meeting = الأشخاص الذين سُجّل حضورهم عند الدخول، لكل لقاء.
# machine-drafted
report-chart-label-attended-by-meeting = اللقاء
# machine-drafted
report-chart-new-pairs-by-meeting = أزواج الجمعيات الجديدة لكل لقاء
# machine-drafted
report-chart-def-new-pairs-by-meeting = أزواج من جمعيات مختلفة التقت إلى طاولة لأول مرة في هذا اللقاء.
# machine-drafted
report-chart-label-new-pairs-by-meeting = اللقاء
# machine-drafted
report-chart-project-status = المشاريع حسب الحالة
# machine-drafted
report-chart-def-project-status = مشاريع الفترة حسب حالتها اليوم.
# machine-drafted
report-chart-label-project-status = الحالة
# machine-drafted
report-chart-project-origin = المشاريع حسب المصدر
# machine-drafted
report-chart-def-project-origin = من أين نشأت مشاريع الفترة.
# machine-drafted
report-chart-label-project-origin = المصدر
# machine-drafted
report-chart-case-kind = الرسائل حسب النوع
# machine-drafted
report-chart-def-case-kind = رسائل الفترة حسب نوعها.
# machine-drafted
report-chart-label-case-kind = النوع
# machine-drafted
report-chart-case-status = الرسائل حسب الحالة
# machine-drafted
report-chart-def-case-status = رسائل الفترة حسب حالتها اليوم.
# machine-drafted
report-chart-label-case-status = الحالة
# machine-drafted
report-col-date = التاريخ
# machine-drafted
report-col-meeting = اللقاء
# machine-drafted
report-col-registrations = التسجيلات
# machine-drafted
report-col-attended = الحضور
# machine-drafted
report-col-rate = النسبة
# machine-drafted
report-col-associations = الجمعيات
# machine-drafted
report-col-new-pairs = أزواج جديدة
# machine-drafted
report-col-project = المشروع
# machine-drafted
report-col-partners = الشركاء
# machine-drafted
report-col-status = الحالة
# machine-drafted
report-col-origin = المصدر
# machine-drafted
report-col-begun = تاريخ الإدخال
# machine-drafted
report-no-meetings = لم يُعقد أي لقاء في الفترة.
# machine-drafted
report-no-projects = لم يُدخَل أي مشروع في الفترة.
# machine-drafted
report-project-anonymised = مشروع غير علني
# machine-drafted
report-projects-anonymised-note = المشاريع غير العلنية (التي لم تُؤكَّد بعد أو أخفاها شركاؤها) مدرجة في القائمة دون عنوان ودون شركاء.

# The surveys of the period (issue 17).
# machine-drafted
report-section-surveys = استطلاعات الجمعيات
# machine-drafted
report-fig-surveys = الاستطلاعات
# machine-drafted
report-def-surveys = الاستطلاعات التي كانت مفتوحة في الفترة أو أُجيب عنها فيها.
# machine-drafted
report-fig-survey-invited = الجمعيات المدعوة
# machine-drafted
report-def-survey-invited = الجمعيات المدعوة إلى هذه الاستطلاعات حتى نهاية الفترة؛ تُحسب كل جمعية مرة واحدة في كل استطلاع.
# machine-drafted
report-fig-survey-responses = الإجابات
# machine-drafted
report-def-survey-responses = الإجابات على هذه الاستطلاعات المرسلة في الفترة؛ لا تُحسب الإجابات التي بدأت ولم تُرسل.
# machine-drafted
report-fig-response-rate = نسبة الاستجابة
# machine-drafted
report-def-response-rate = عدد الإجابات مقسومًا على عدد الجمعيات المدعوة، في جميع استطلاعات الفترة.
# machine-drafted
report-chart-response-rate-by-survey = نسبة الاستجابة حسب الاستطلاع
# machine-drafted
report-chart-def-response-rate-by-survey = لكل استطلاع في الفترة: الإجابات المرسلة في الفترة مقسومة على الجمعيات المدعوة.
# machine-drafted
report-chart-label-response-rate-by-survey = الاستطلاع
# machine-drafted
report-survey-list = الاستطلاعات واحدًا واحدًا
# machine-drafted
report-col-survey = الاستطلاع
# machine-drafted
report-col-invited = المدعوون
# machine-drafted
report-col-responses = الإجابات
