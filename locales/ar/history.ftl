# Machine-drafted translation (Arabic), awaiting review by a native speaker.
diff-legend-before = سابقًا:
diff-legend-removed = كلمات محذوفة
diff-legend-after = جديد:
diff-legend-added = كلمات مضافة
diff-moved = { $metres } م نحو { $direction }
diff-direction-north = الشمال
diff-direction-north-east = الشمال الشرقي
diff-direction-east = الشرق
diff-direction-south-east = الجنوب الشرقي
diff-direction-south = الجنوب
diff-direction-south-west = الجنوب الغربي
diff-direction-west = الغرب
diff-direction-north-west = الشمال الغربي
history-restored-from = مستعادة من النسخة { $number }
history-restore-confirm-title = استعادة النسخة { $number }؟
history-restore-confirm-text = سيعود الإدخال كما كان في النسخة { $number } ويصبح ظاهرًا للعموم فورًا. يتم ذلك كنسخة جديدة – لا تضيع أي نسخة، ولا حتى نسخة اليوم. كل من يحرّر الإدخال يتلقى رسالة بريد إلكتروني.
history-restore-confirm-submit = نعم، استعادة النسخة { $number }
history-cancel = إلغاء والعودة إلى النسخ
history-restored-note = تمت استعادة النسخة { $from } كنسخة جديدة رقم { $number }. { $told ->
        [0] لا أحد يحرّر الإدخال بعد؛ لم تُرسل أي رسالة.
       *[other] تم إبلاغ من يحرّرون الإدخال ({ $told }) بالبريد الإلكتروني.
    }
history-danger-heading = منطقة الخطر
history-danger-text = الإدخال المؤرشف يختفي من الدليل والخريطة والبحث والاقتراحات. لا يُحذف شيء؛ يمكن لمكتب الاندماج إعادته في أي وقت.
history-archive-start = أرشفة الإدخال …
history-archive-confirm-title = أرشفة «{ $name }»؟
history-archive-confirm-submit = نعم، أرشفة
history-archived-note = تمت أرشفة الإدخال ولم يعد ظاهرًا للعموم.
history-unarchived-note = أُعيد الإدخال وأصبح ظاهرًا للعموم من جديد.
mail-revision-restored-subject = استعاد مكتب الاندماج نسخة سابقة من { $organisation }
mail-revision-restored-body = 
    مرحبًا،

    استعاد مكتب الاندماج النسخة { $number } من إدخال «{ $organisation }». وهي ظاهرة للعموم الآن. التغييرات اللاحقة لم تضع: كل النسخ تبقى في قائمة النسخ.

    النسخ وما تغيّر:

    { $link }

    يجيب مكتب الاندماج عن أسئلتكم حول ذلك.
