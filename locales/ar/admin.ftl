# Machine-drafted translation (Arabic), awaiting review by a native speaker.

# machine-drafted
admin-users-title = إدارة الحسابات
# machine-drafted
admin-users-intro = جميع الحسابات مع الدور والتأكيد والعامل الثاني والحالة والجمعيات. يتم تسجيل خروج الحسابات المعطّلة فورًا.
# machine-drafted
admin-col-email = عنوان البريد الإلكتروني
# machine-drafted
admin-col-role = الدور
# machine-drafted
admin-col-verified = العنوان مؤكَّد
# machine-drafted
admin-col-second-factor = العامل الثاني
# machine-drafted
admin-col-status = الحالة
# machine-drafted
admin-col-memberships = الجمعيات
# machine-drafted
admin-yes = نعم
# machine-drafted
admin-no = لا
# machine-drafted
admin-active = نشط
# machine-drafted
admin-disabled = معطّل
# machine-drafted
admin-you = أنتم
# machine-drafted
admin-role-change = تغيير الدور
# machine-drafted
admin-disable = تعطيل
# machine-drafted
admin-enable = إعادة التفعيل
# machine-drafted
admin-done-role = تم تغيير الدور.
# machine-drafted
admin-done-disabled = تم تعطيل الحساب وتسجيل خروجه.
# machine-drafted
admin-done-enabled = الحساب نشط مجددًا.
# machine-drafted
admin-error-last-administrator = هذا آخر حساب إدارة نشط. لا يمكنه التخلي عن دوره ولا يمكن تعطيله.
# machine-drafted
admin-error-invalid = هذا التغيير غير ممكن.
# machine-drafted
admin-outbox-title = صندوق الصادر
# machine-drafted
admin-outbox-intro = لا تُرسل رسائل البريد الإلكتروني، بل تُحفظ هنا – الأحدث أولًا.
# machine-drafted
admin-outbox-smtp = تُرسل رسائل البريد الإلكتروني عبر خادم SMTP، لذلك لا يوجد صندوق صادر.
# machine-drafted
admin-outbox-empty = صندوق الصادر فارغ.
# machine-drafted
admin-outbox-no-text = لا تحتوي هذه الرسالة على جزء نصي.
# machine-drafted
admin-outbox-back = العودة إلى صندوق الصادر
# machine-drafted
admin-col-time = الوقت (UTC)
# machine-drafted
admin-col-to = إلى
# machine-drafted
admin-col-subject = الموضوع

# machine-drafted
audit-title = السجل
# machine-drafted
audit-intro = آخر 200 قرار وتغيير أجراها مكتب الاندماج والإدارة، الأحدث أولًا.
# machine-drafted
audit-empty = السجل فارغ حتى الآن.
# machine-drafted
audit-col-time = الوقت (UTC)
# machine-drafted
audit-col-actor = مَن
# machine-drafted
audit-col-action = الإجراء
# machine-drafted
audit-col-target = يخص
# machine-drafted
audit-col-detail = التفاصيل

# machine-drafted
data-title = بياناتكم
# machine-drafted
data-intro = يمكنكم تنزيل جميع البيانات التي نحفظها عن حسابكم، وحذف حسابكم.
# machine-drafted
data-download = تنزيل بياناتي (JSON)
# machine-drafted
data-delete-title = حذف الحساب
# machine-drafted
data-delete-intro = سيتم حذف حسابكم وبياناتكم الشخصية وتسجيل خروجكم. أما نسخ الملفات التعريفية للجمعيات التي كتبتموها فتبقى محفوظة، وتُنسب بعد ذلك إلى حساب محذوف. يُرجى التأكيد بكلمة المرور.
# machine-drafted
data-delete-password = كلمة المرور
# machine-drafted
data-delete-submit = حذف الحساب نهائيًا
# machine-drafted
data-delete-cancel = الإلغاء والعودة إلى الحساب
# machine-drafted
data-delete-error-password = كلمة المرور غير صحيحة.
# machine-drafted
data-delete-error-last-administrator = أنتم آخر حساب إدارة نشط ولا يمكنكم حذف حسابكم. عيّنوا شخصًا آخر للإدارة أولًا.
# machine-drafted
data-deleted-note = تم حذف حسابكم.
