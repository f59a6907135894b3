# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
propose-title = اقتراح جمعية
# machine-drafted
propose-intro = جمعيتكم غير موجودة في الدليل؟ اقترحوها هنا. لا تحتاجون إلى حساب. سنرسل إليكم رابطًا لتأكيد عنوان بريدكم الإلكتروني. بعد ذلك يراجع مكتب الاندماج الاقتراح قبل نشره للعموم.
# machine-drafted
propose-link = جمعيتكم غير موجودة؟ اقترحوها
# machine-drafted
propose-choose = يُرجى الاختيار
# machine-drafted
propose-section-association = الجمعية
# machine-drafted
propose-section-place = المكان والتواصل (عام)
# machine-drafted
propose-section-you = بياناتكم (غير عامة)
# machine-drafted
propose-other-languages = وصف قصير بلغة أخرى (اختياري)
# machine-drafted
propose-public-email = عنوان البريد الإلكتروني للجمعية
# machine-drafted
propose-proposer-email = عنوان بريدكم الإلكتروني
# machine-drafted
propose-proposer-email-hint = نرسل رابط التأكيد إلى هذا العنوان. لن يُنشر؛ ويستخدمه مكتب الاندماج فقط للاستفسار عن هذا الاقتراح.
# machine-drafted
propose-note = رسالة إلى مكتب الاندماج (اختياري)
# machine-drafted
propose-submit-hint = بعد الإرسال ستصلكم رسالة بريد إلكتروني فيها رابط تأكيد. لا تظهر الجمعية في الدليل إلا بعد تأكيدكم ومراجعة مكتب الاندماج.
# machine-drafted
propose-submit = إرسال الاقتراح
# machine-drafted
propose-duplicates-heading = هل هي إحدى هذه الجمعيات؟
# machine-drafted
propose-duplicates-text = هذه الإدخالات في الدليل لها اسم مشابه أو تقع في مكان قريب. يُرجى التحقق مما إذا كانت جمعيتكم مُدرجة بالفعل.
# machine-drafted
propose-duplicates-edit-hint = إذا كانت كذلك، فلا حاجة إلى اقتراحها. لإجراء تغييرات على الإدخال، يُرجى التواصل مع مكتب الاندماج.
# machine-drafted
propose-confirm-new = لا، إنها جمعية أخرى. إرسال الاقتراح على أي حال.
# machine-drafted
propose-sent = أوشكتم على الانتهاء: أرسلنا رابط تأكيد إلى { $email }. يُرجى فتح الرسالة وتأكيد الاقتراح «{ $name }». الرابط صالح لمدة 48 ساعة.
# machine-drafted
propose-confirm-text = يُرجى التأكيد أنكم ({ $email }) ترغبون في اقتراح الجمعية «{ $name }».
# machine-drafted
propose-confirm-submit = تأكيد الاقتراح
# machine-drafted
propose-done = شكرًا جزيلًا! وصل اقتراحكم «{ $name }». سيراجعه مكتب الاندماج ثم ينشره في الدليل.
# machine-drafted
propose-invalid-link = هذا الرابط غير صالح (أو لم يعد صالحًا): فقد استُخدم من قبل أو انتهت صلاحيته. يُرجى اقتراح الجمعية مرة أخرى.
# machine-drafted
propose-author = { $email } (اقتراح بدون حساب)
