# Machine-drafted translation (Arabic), awaiting review by a native speaker.

# machine-drafted
nav-graph = صورة الشبكة
# machine-drafted
graph-title = صورة الشبكة
# machine-drafted
graph-intro = أي الجمعيات التقت: على طاولة في لقاء الشبكة، أو عن طريق طلب تواصل تم الاتفاق عليه، أو في مشروع تعاون مشترك. الجمعيات التي ليس لها أي صلة مذكورة في القائمة – يستحق الأمر التحدث معها.
# machine-drafted
graph-from = من (تاريخ)
# machine-drafted
graph-to = إلى (تاريخ)
# machine-drafted
graph-date-hint = التاريخ بصيغة ⁨YYYY-MM-DD⁩، مثلًا ⁨2020-01-31⁩. اتركه فارغًا لـ «منذ البداية» أو «حتى اليوم».
# machine-drafted
graph-kinds = الصلات
# machine-drafted
graph-kind-met = التقوا على طاولة (خط متصل)
# machine-drafted
graph-kind-introduction = تم الاتفاق على طلب تواصل (خط متقطع)
# machine-drafted
graph-kind-project = مشروع تعاون مشترك (خط منقّط)
# machine-drafted
graph-show = تطبيق
# machine-drafted
graph-reset = إعادة ضبط المرشحات
# machine-drafted
graph-summary = { $associations } جمعية، { $edges } صلة، { $isolated } بلا صلة.
# machine-drafted
graph-isolated = جمعيات بلا صلة
# machine-drafted
graph-isolated-intro = لم تكن لهذه الجمعيات أي من الصلات المختارة في الفترة المختارة. يقود الاسم إلى الملف التعريفي.
# machine-drafted
graph-isolated-none = لكل جمعية صلة واحدة على الأقل.
# machine-drafted
graph-activity = { $count ->
    [zero] لا نشاط
    [one] نشاط واحد
    [two] نشاطان
    [few] { $count } أنشطة
   *[other] { $count } نشاطًا
}
# machine-drafted
graph-drawing = الشبكة كصورة
# machine-drafted
graph-zoom-in = تكبير
# machine-drafted
graph-zoom-out = تصغير
# machine-drafted
graph-zoom-reset = الصورة كاملة
# machine-drafted
graph-zoom-hint = اسحب لتحريك الصورة، واستخدم عجلة الفأرة للتكبير.
# machine-drafted
graph-legend = مفتاح الرموز
# machine-drafted
graph-legend-size = كلما كبر الرمز زاد نشاط الجمعية (لقاءات الشبكة وطلبات التواصل ومشاريع التعاون في الفترة). يبيّن اللون والشكل مجال النشاط الأول:
# machine-drafted
graph-export = تنزيل
# machine-drafted
graph-export-intro = البيانات نفسها بالمرشحات نفسها، مثلًا لبرنامج Gephi.
# machine-drafted
graph-export-graphml = الشبكة بصيغة GraphML
# machine-drafted
graph-export-csv = الصلات كقائمة CSV
# machine-drafted
graph-node-title = { $name } – { $field } – الأنشطة: { $activity }، الصلات: { $degree }
# machine-drafted
graph-field-none = بلا مجال النشاط
# machine-drafted
form-error-graph-period-order = تاريخ النهاية يقع قبل تاريخ البداية.
