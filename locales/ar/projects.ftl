# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# مشاريع التعاون.

# machine-drafted
nav-projects = المشاريع
# machine-drafted
projects-board = مشاريع التعاون
# machine-drafted
projects-board-intro = كل مشاريع التعاون في الشبكة حسب حالتها. المشاريع التي لم يحدّثها أحد منذ 90 يومًا مُعلَّمة: اسألوا الجمعيات المشاركة.
# machine-drafted
projects-stale-count = { $count ->
    [one] مشروع واحد لم يُحدَّث منذ 90 يومًا.
   *[other] { $count } مشاريع لم تُحدَّث منذ 90 يومًا.
}
# machine-drafted
projects-stale = لم يُحدَّث منذ 90 يومًا
# machine-drafted
projects-not-public = غير علني
# machine-drafted
projects-column-empty = لا توجد مشاريع.
# machine-drafted
projects-proposals = مشاريع مُقدَّمة
# machine-drafted
projects-proposals-none = لا توجد مشاريع مُقدَّمة بانتظار التأكيد.
# machine-drafted
projects-confirm = تأكيد
# machine-drafted
projects-updated = آخر تحديث
# machine-drafted
project-status-label = الحالة
# machine-drafted
project-status-idea = فكرة
# machine-drafted
project-status-planned = مخطط له
# machine-drafted
project-status-running = جارٍ
# machine-drafted
project-status-done = مكتمل
# machine-drafted
project-status-stopped = متوقف
# machine-drafted
projects-partners = الجمعيات المشاركة
# machine-drafted
projects-origin = المصدر
# machine-drafted
project-origin-meeting = من نتائج «{ $meeting }»
# machine-drafted
project-origin-introduction = من طلب تواصل
# machine-drafted
project-origin-office = أدخله مكتب الاندماج
# machine-drafted
projects-description = الوصف
# machine-drafted
projects-description-hint = ما موضوعه، ومن يفعل ماذا؟ يمكن استخدام Markdown، مثل **غامق** أو قوائم بـ «-».
# machine-drafted
projects-stop-reason = لماذا توقف المشروع
# machine-drafted
projects-next-steps = الخطوات التالية
# machine-drafted
projects-next-steps-none = لم تُدخَل خطوات تالية بعد.
# machine-drafted
projects-step-due = حتى
# machine-drafted
projects-step-done = أُنجز
# machine-drafted
projects-mark-done = أُنجز
# machine-drafted
projects-history = السجل
# machine-drafted
projects-event-created = أُنشئ بالحالة «{ $status }»
# machine-drafted
projects-event-status = تغيّرت الحالة: { $status }
# machine-drafted
projects-event-step = أُدخلت خطوة تالية: { $step }
# machine-drafted
projects-event-step-done = أُنجز: { $step }
# machine-drafted
projects-event-visible = يظهر للعموم
# machine-drafted
projects-event-hidden = لم يعد يظهر للعموم
# machine-drafted
projects-event-confirmed = أكّده مكتب الاندماج
# machine-drafted
projects-update-heading = تحديث المشروع
# machine-drafted
projects-status-new = الحالة الجديدة
# machine-drafted
projects-reason-label = السبب (فقط عند توقف المشروع)
# machine-drafted
projects-status-save = حفظ الحالة
# machine-drafted
projects-step-add-heading = إدخال خطوة تالية
# machine-drafted
projects-step-label = ما الذي يجب فعله بعد ذلك؟
# machine-drafted
projects-due-label = حتى متى؟ (اختياري)
# machine-drafted
projects-due-hint = تاريخ، مثلًا 2027-03-31.
# machine-drafted
projects-step-save = حفظ الخطوة
# machine-drafted
projects-visible-label = إظهار للعموم: في صفحة خاصة به وفي ملفات الجمعيات المشاركة
# machine-drafted
projects-visible-save = حفظ الظهور
# machine-drafted
projects-saved = تم الحفظ.
# machine-drafted
projects-conflict = غيّر أحدهم المشروع في هذه الأثناء. ما كتبتموه لا يزال في النموذج: يُرجى مراجعة الحالة الجديدة والحفظ مرة أخرى.
# machine-drafted
projects-pending = قُدِّم هذا المشروع وينتظر تأكيد مكتب الاندماج. حتى ذلك الحين لا تراه إلا الجمعيات المشاركة ومكتب الاندماج.
# machine-drafted
projects-hidden = هذا المشروع غير علني: لا تراه إلا الجمعيات المشاركة ومكتب الاندماج.
# machine-drafted
projects-form-new = مشروع تعاون جديد
# machine-drafted
projects-form-track = متابعة مشروع مخطط له كمشروع تعاون
# machine-drafted
projects-form-propose = تقديم مشروع تعاون
# machine-drafted
projects-form-from-meeting = من نتائج «{ $meeting }». راجعوا البيانات وأكملوها؛ يبدأ المشروع بالحالة «مخطط له».
# machine-drafted
projects-form-from-introduction = من طلب التواصل بين { $first } و{ $second }. يؤكد مكتب الاندماج المشروع قبل أن يراه الآخرون.
# machine-drafted
projects-title-label = العنوان
# machine-drafted
projects-partners-hint = جمعيتان على الأقل.
# machine-drafted
projects-first-step-label = الخطوة التالية (اختياري)
# machine-drafted
projects-create = إنشاء المشروع
# machine-drafted
projects-propose = تقديم المشروع
# machine-drafted
projects-tracked-already = هذا المشروع متابَع بالفعل:
# machine-drafted
projects-track = متابعة كمشروع تعاون
# machine-drafted
projects-tracked = متابَع كمشروع تعاون:
# machine-drafted
projects-from-introduction = تحويل هذا إلى مشروع تعاون
# machine-drafted
projects-profile-heading = مشاريع التعاون
# machine-drafted
projects-with = مع
# machine-drafted
form-error-project-partners = يُرجى اختيار جمعيتين مشاركتين على الأقل.
# machine-drafted
form-error-project-reason = يُرجى كتابة سبب توقف المشروع.
# machine-drafted
form-error-project-transition = هذا غير ممكن من هذه الحالة: المشروع يتقدم إلى الأمام فقط أو يتوقف.
# machine-drafted
error-project-not-found-title = المشروع غير موجود
# machine-drafted
error-project-not-found-text = مشروع التعاون هذا غير موجود، أو أنه غير علني.
# machine-drafted
error-project-conflict-title = لم ينجح ذلك
# machine-drafted
error-project-conflict-text = تغيّر المشروع في هذه الأثناء أو أنه متابَع بالفعل. يُرجى إعادة تحميل الصفحة.
# machine-drafted
projects-details-heading = العنوان والجمعيات المشاركة
# machine-drafted
projects-details-hint = تتلقى الجمعيات المُضافة والتي لم تعد مشاركة رسالة بريد إلكتروني.
# machine-drafted
projects-details-save = حفظ العنوان والجمعيات
# machine-drafted
projects-event-details-title = تغيّر العنوان: { $title }
# machine-drafted
projects-event-partner-added = أُضيفت جمعية: { $organisation }
# machine-drafted
projects-event-partner-removed = جمعية لم تعد مشاركة: { $organisation }
# machine-drafted
form-error-project-keep-own = يجب أن تبقى جمعيتكم مشاركة.
# machine-drafted
mail-project-proposed-subject = مشروع تعاون جديد: { $project }
# machine-drafted
mail-project-proposed-body =
    مرحبًا،

    قدّمت { $organisation } مشروع التعاون «{ $project }» مع جمعيتكم. يؤكّده مكتب الاندماج قبل أن يراه الآخرون.

    { $link }
# machine-drafted
mail-project-confirmed-subject = تأكيد مشروع التعاون: { $project }
# machine-drafted
mail-project-confirmed-body =
    مرحبًا،

    أكّد مكتب الاندماج مشروع التعاون «{ $project }». جمعيتكم مشاركة فيه ويمكنها إدخال الحالة والخطوات التالية هناك:

    { $link }
# machine-drafted
mail-project-partner-added-subject = جمعيتكم مشاركة الآن: { $project }
# machine-drafted
mail-project-partner-added-body =
    مرحبًا،

    أصبحت جمعيتكم مشاركة في مشروع التعاون «{ $project }». يمكنكم إدخال الحالة والخطوات التالية هناك:

    { $link }
# machine-drafted
mail-project-partner-removed-subject = جمعيتكم لم تعد مشاركة: { $project }
# machine-drafted
mail-project-partner-removed-body =
    مرحبًا،

    لم تعد جمعيتكم مسجّلة في مشروع التعاون «{ $project }». إن كان ذلك خطأً فيُرجى الرد على مكتب الاندماج.

    { $link }
