# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
diff-legend-before = سابقًا:
# machine-drafted
diff-legend-removed = كلمات محذوفة
# machine-drafted
diff-legend-after = جديد:
# machine-drafted
diff-legend-added = كلمات مضافة
# machine-drafted
diff-moved = { $metres } م نحو { $direction }
# machine-drafted
diff-direction-north = الشمال
# machine-drafted
diff-direction-north-east = الشمال الشرقي
# machine-drafted
diff-direction-east = الشرق
# machine-drafted
diff-direction-south-east = الجنوب الشرقي
# machine-drafted
diff-direction-south = الجنوب
# machine-drafted
diff-direction-south-west = الجنوب الغربي
# machine-drafted
diff-direction-west = الغرب
# machine-drafted
diff-direction-north-west = الشمال الغربي
# machine-drafted
history-restored-from = مستعادة من النسخة { $number }
# machine-drafted
history-restore-confirm-title = استعادة النسخة { $number }؟
# machine-drafted
history-restore-confirm-text = سيعود الإدخال كما كان في النسخة { $number } ويصبح ظاهرًا للعموم فورًا. يتم ذلك كنسخة جديدة – لا تضيع أي نسخة، ولا حتى نسخة اليوم. كل من يحرّر الإدخال يتلقى رسالة بريد إلكتروني.
# machine-drafted
history-restore-confirm-submit = نعم، استعادة النسخة { $number }
# machine-drafted
history-cancel = إلغاء والعودة إلى النسخ
# machine-drafted
history-restored-note = تمت استعادة النسخة { $from } كنسخة جديدة رقم { $number }. { $told ->
        [0] لا أحد يحرّر الإدخال بعد؛ لم تُرسل أي رسالة.
       *[other] تم إبلاغ من يحرّرون الإدخال ({ $told }) بالبريد الإلكتروني.
    }
# machine-drafted
history-danger-heading = منطقة الخطر
# machine-drafted
history-danger-text = الإدخال المؤرشف يختفي من الدليل والخريطة والبحث والاقتراحات. لا يُحذف شيء؛ يمكن لمكتب الاندماج إعادته في أي وقت.
# machine-drafted
history-archive-start = أرشفة الإدخال …
# machine-drafted
history-archive-confirm-title = أرشفة «{ $name }»؟
# machine-drafted
history-archive-confirm-submit = نعم، أرشفة
# machine-drafted
history-archived-note = تمت أرشفة الإدخال ولم يعد ظاهرًا للعموم.
# machine-drafted
history-unarchived-note = أُعيد الإدخال وأصبح ظاهرًا للعموم من جديد.
# machine-drafted
mail-revision-restored-subject = استعاد مكتب الاندماج نسخة سابقة من { $organisation }
# machine-drafted
mail-revision-restored-body = 
    مرحبًا،

    استعاد مكتب الاندماج النسخة { $number } من إدخال «{ $organisation }». وهي ظاهرة للعموم الآن. التغييرات اللاحقة لم تضع: كل النسخ تبقى في قائمة النسخ.

    النسخ وما تغيّر:

    { $link }

    يجيب مكتب الاندماج عن أسئلتكم حول ذلك.
