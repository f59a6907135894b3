# Machine-drafted translation (Arabic), awaiting review by a native speaker.

# machine-drafted
nav-inbox = الرسائل
# machine-drafted
inbox-form-heading = رسالتكم إلى مكتب الاندماج
# machine-drafted
inbox-form-intro = لديكم فكرة أو مشكلة أو سؤال، أو تريدون مساعدة؟ اكتبوا إلينا. نجيبكم باللغة التي تختارونها.
# machine-drafted
inbox-profile-link = رسالة إلى مكتب الاندماج
# machine-drafted
inbox-choose = يُرجى الاختيار
# machine-drafted
inbox-kind-idea = فكرة
# machine-drafted
inbox-kind-concern = مشكلة أو انتقاد
# machine-drafted
inbox-kind-question = سؤال
# machine-drafted
inbox-kind-support = أريد مساعدة
# machine-drafted
inbox-topic-other = موضوع آخر
# machine-drafted
inbox-field-kind = النوع
# machine-drafted
inbox-field-topic = مجال النشاط
# machine-drafted
inbox-field-text = رسالتكم
# machine-drafted
inbox-field-text-hint = { $max } حرفًا على الأكثر. اكتبوا بلغتكم.
# machine-drafted
inbox-field-on-behalf = المُرسِل
# machine-drafted
inbox-on-behalf-none = أنا شخصيًا فقط
# machine-drafted
inbox-field-concerns = تخص الجمعيات التالية
# machine-drafted
inbox-field-concerns-hint = اختياري. للاختيار المتعدد اضغطوا Ctrl أو المسوا مطولًا.
# machine-drafted
inbox-field-email = البريد الإلكتروني للرد
# machine-drafted
inbox-field-email-hint = نرسل إليكم أولًا رابطًا للتأكيد. بعد ذلك فقط تصل رسالتكم.
# machine-drafted
inbox-field-email-hint-account = اتركوه فارغًا: يصل الرد إلى عنوان حسابكم.
# machine-drafted
inbox-field-language = لغة الرد
# machine-drafted
inbox-honeypot = يُرجى ترك هذا الحقل فارغًا
# machine-drafted
inbox-privacy-hint = لا يرى رسالتكم إلا مكتب الاندماج. لا يستطيع أحد غيره قراءتها.
# machine-drafted
inbox-send = إرسال
# machine-drafted
inbox-step-title = رسالتكم
# machine-drafted
inbox-step-sent = أوشكتم على الانتهاء: أرسلنا رابطًا إلى { $email }. يُرجى فتحه حتى تصل رسالتكم.
# machine-drafted
inbox-step-sent-hint = الرابط صالح لمدة 48 ساعة. لم يصلكم بريد؟ انظروا أيضًا في مجلد الرسائل غير المرغوب فيها.
# machine-drafted
inbox-step-confirm = يُرجى التأكيد أنكم تريدون إرسال هذه الرسالة بالعنوان { $email }:
# machine-drafted
inbox-step-confirm-button = نعم، إرسال الرسالة
# machine-drafted
inbox-step-invalid = هذا الرابط لم يعد صالحًا: استُخدم من قبل أو انتهت مدته.
# machine-drafted
inbox-step-again = كتابة الرسالة من جديد
# machine-drafted
inbox-case-title = الرسالة رقم { $id }
# machine-drafted
inbox-link-hint = لا تُفتح هذه الصفحة إلا برابطكم الشخصي. يُرجى عدم إعطائه لأحد.
# machine-drafted
inbox-conversation = سير المحادثة
# machine-drafted
inbox-sender-reply = الرد
# machine-drafted
inbox-sender-reply-label = ردكم
# machine-drafted
inbox-sender-reply-send = إرسال الرد
# machine-drafted
inbox-fact-status = الحالة
# machine-drafted
inbox-fact-arrived = تاريخ الوصول
# machine-drafted
inbox-fact-assignee = المسؤول
# machine-drafted
inbox-fact-age = المدة
# machine-drafted
inbox-fact-first-answer = أول رد
# machine-drafted
inbox-fact-closed = أُغلقت
# machine-drafted
inbox-fact-merged = دُمجت مع
# machine-drafted
inbox-who-sender = المُرسِل
# machine-drafted
inbox-who-office = مكتب الاندماج
# machine-drafted
inbox-note-internal = ملاحظة داخلية
# machine-drafted
inbox-status-new = جديدة
# machine-drafted
inbox-status-in-progress = قيد المعالجة
# machine-drafted
inbox-status-waiting = بانتظار ردكم
# machine-drafted
inbox-status-done = منتهية
# machine-drafted
inbox-outcome-resolved = أُجيب عنها أو حُلّت
# machine-drafted
inbox-outcome-taken-up = أُخذت بعين الاعتبار
# machine-drafted
inbox-outcome-referred = أُحيلت إلى جهة مختصة
# machine-drafted
inbox-outcome-not-possible = غير ممكن
# machine-drafted
inbox-outcome-duplicate = مكررة
# machine-drafted
inbox-outcome-no-response = لا رد
# machine-drafted
inbox-event-created = وصلت
# machine-drafted
inbox-event-unassigned = لم يعد أحد مسؤولًا
# machine-drafted
inbox-event-assigned = المسؤول: { $value }
# machine-drafted
inbox-event-status = الحالة: { $value }
# machine-drafted
inbox-event-closed = أُغلقت: { $value }
# machine-drafted
inbox-event-merged-into = دُمجت مع { $value }
# machine-drafted
inbox-event-merged-from = دُمجت { $value } في هذه الرسالة
# machine-drafted
inbox-notice-received = وصلت رسالتكم. أرسلنا إليكم رابط هذه الصفحة أيضًا بالبريد الإلكتروني.
# machine-drafted
inbox-notice-replied = حُفظ الرد.
# machine-drafted
inbox-notice-noted = حُفظت الملاحظة.
# machine-drafted
inbox-notice-assigned = حُفظ المسؤول.
# machine-drafted
inbox-notice-status = تغيّرت الحالة.
# machine-drafted
inbox-notice-closed = أُغلقت الرسالة.
# machine-drafted
inbox-notice-merged = دُمجت الرسالة.
# machine-drafted
inbox-refused-closed = الرسالة مغلقة. أعيدوها أولًا إلى «قيد المعالجة».
# machine-drafted
inbox-refused-transition = لا يمكن تغيير الحالة بهذا الشكل.
# machine-drafted
inbox-refused-conflict = غيّر شخص آخر الرسالة في هذه الأثناء. يُرجى مراجعة سير المحادثة والمحاولة مرة أخرى.
# machine-drafted
inbox-refused-rate = رسائل كثيرة في وقت قصير. يُرجى المحاولة مرة أخرى بعد ساعة.
# machine-drafted
inbox-refused-link = هذا الرابط لم يعد صالحًا.
# machine-drafted
inbox-mine-title = رسائلي
# machine-drafted
inbox-mine-intro = رسائلكم إلى مكتب الاندماج ورسائل جمعيتكم، مع حالتها والردود عليها.
# machine-drafted
inbox-mine-new = رسالة جديدة
# machine-drafted
inbox-mine-empty = لم ترسلوا أي رسالة بعد.
# machine-drafted
inbox-queue-title = الرسائل الواردة
# machine-drafted
inbox-filters = التصفية
# machine-drafted
inbox-filter-open = مفتوحة (غير منتهية)
# machine-drafted
inbox-filter-all = الكل
# machine-drafted
inbox-filter-any = الكل
# machine-drafted
inbox-filter-anyone = جميع الأشخاص
# machine-drafted
inbox-filter-older = أقدم من { $days } يومًا
# machine-drafted
inbox-filter-apply = تصفية
# machine-drafted
inbox-queue-empty = لا رسائل لهذا الاختيار.
# machine-drafted
inbox-case = الرسالة
# machine-drafted
inbox-age-days = { $days ->
    [one] يوم واحد
   *[other] { $days } يومًا
}
# machine-drafted
inbox-history = سير المحادثة مع الملاحظات
# machine-drafted
inbox-office-reply = الرد على المُرسِل
# machine-drafted
inbox-office-reply-hint = يظهر على صفحة المُرسِل ويُرسَل بالبريد الإلكتروني باللغة التي اختارها.
# machine-drafted
inbox-office-reply-send = إرسال الرد
# machine-drafted
inbox-office-note = ملاحظة داخلية
# machine-drafted
inbox-office-note-hint = يراها مكتب الاندماج فقط.
# machine-drafted
inbox-office-note-save = حفظ الملاحظة
# machine-drafted
inbox-assign-nobody = لا أحد
# machine-drafted
inbox-assign = حفظ المسؤول
# machine-drafted
inbox-set-status = تغيير الحالة
# machine-drafted
inbox-set-status-button = حفظ الحالة
# machine-drafted
inbox-close = إغلاق
# machine-drafted
inbox-outcome = النتيجة
# machine-drafted
inbox-close-remark = ملاحظة (داخلية، اختيارية)
# machine-drafted
inbox-close-button = إغلاق
# machine-drafted
inbox-merge-into = مكررة: دمجها مع الرسالة رقم
# machine-drafted
inbox-merge-hint = تُغلق هذه الرسالة كمكررة، ويذكر سير كل من الرسالتين الأخرى.
# machine-drafted
inbox-merge = دمج
# machine-drafted
form-error-inbox-text-too-long = النص طويل جدًا. يُرجى اختصاره إلى 4000 حرف على الأكثر.
# machine-drafted
error-inbox-not-found-title = الرسالة غير موجودة
# machine-drafted
error-inbox-not-found-text = هذه الرسالة غير موجودة، أو الرابط غير كامل.
# machine-drafted
error-inbox-conflict-title = لم ينجح ذلك
# machine-drafted
error-inbox-conflict-text = تغيّرت الرسالة في هذه الأثناء. يُرجى إعادة تحميل الصفحة.
# machine-drafted
mail-inbox-verify-subject = يُرجى تأكيد رسالتكم إلى مكتب الاندماج
# machine-drafted
mail-inbox-verify-body =
    مرحبًا،

    كتبتم عبر { $instance } رسالة إلى مكتب الاندماج. يُرجى تأكيد عنوان بريدكم الإلكتروني بهذا الرابط؛ بعد ذلك فقط تصل الرسالة:

    { $link }

    الرابط صالح لمدة 48 ساعة. إن لم تكونوا أنتم، فاحذفوا هذا البريد ببساطة.
# machine-drafted
mail-inbox-received-subject = وصلت رسالتكم
# machine-drafted
mail-inbox-received-body =
    مرحبًا،

    وصلت رسالتكم إلى مكتب الاندماج. تجدون حالتها وردودنا على صفحتكم الشخصية، ويمكنكم الرد هناك أيضًا:

    { $link }

    يُرجى عدم إعطاء هذا الرابط لأحد.
# machine-drafted
mail-inbox-reply-subject = ردّ مكتب الاندماج على رسالتكم
# machine-drafted
mail-inbox-reply-body =
    مرحبًا،

    ردّ عليكم مكتب الاندماج:

    { $reply }

    { $has_link ->
        [yes] سير المحادثة والرد:
       *[no] لرؤية سير المحادثة والرد، يُرجى فتح الرابط من رسالتنا الأولى («وصلت رسالتكم»).
    }

    { $link }

# machine-drafted
inbox-matching-report-suggested = نتيجة غير مناسبة: للاحتياج «{ $need }» ({ $need_url }) يظهر العرض «{ $offer }» ({ $offer_url }). وهو غير مناسب لأن:
# machine-drafted
inbox-matching-report-missed = نتيجة مناسبة ناقصة: للاحتياج «{ $need }» ({ $need_url }) لا يظهر العرض «{ $offer }» ({ $offer_url }). وهو مناسب لأن:
