# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
members-invite-sent-next = تظهر تحت «الدعوات المعلّقة» حتى تُقبل؛ يمكنكم هناك إرسالها مجددًا أو سحبها.
# machine-drafted
members-current-heading = من يحرّر الإدخال
# machine-drafted
members-none-yet = لم يقبل أحد دعوة بعد.
# machine-drafted
members-remove = إزالة
# machine-drafted
members-pending-heading = الدعوات المعلّقة
# machine-drafted
members-pending-none = لا توجد دعوات معلّقة.
# machine-drafted
members-pending-intro = تلقّى هؤلاء الأشخاص دعوة ولم يقبلوها بعد.
# machine-drafted
members-pending-until = الرابط صالح حتى { $date }
# machine-drafted
members-resend = إرسال مجددًا
# machine-drafted
members-revoke = سحب
# machine-drafted
members-done-resent = أُرسلت الدعوة مجددًا برابط جديد؛ الرابط القديم لم يعد صالحًا.
# machine-drafted
members-done-revoked = سُحبت الدعوة؛ رابطها لم يعد صالحًا.
# machine-drafted
members-done-removed = لم يعد هذا الشخص يحرّر الإدخال.
# machine-drafted
members-error-gone = هذه الدعوة أو هذا الشخص غير موجود هنا (لم يعد).
# machine-drafted
members-role-owner-hint = يحرّر الإدخال والعروض والطلبات ويدعو أشخاصًا آخرين.
# machine-drafted
members-role-editor-hint = يحرّر الإدخال والعروض والطلبات، لكنه لا يدعو أحدًا.
# machine-drafted
members-role-editor-only = تدعون أشخاصًا يحرّرون الإدخال معكم: يغيّرون الإدخال والعروض والطلبات، لكنهم لا يدعون أحدًا.
# machine-drafted
profile-invite = دعوة ممثل/ة
# machine-drafted
admin-invite-heading = دعوة شخص لجمعية
# machine-drafted
admin-invite-text = اختاروا الجمعية. في الصفحة التالية تُدخلون عنوان البريد الإلكتروني وترون الدعوات المعلّقة.
# machine-drafted
admin-invite-organisation = الجمعية
# machine-drafted
admin-invite-submit = متابعة إلى الدعوة
# machine-drafted
admin-own-account-hint = حسابكم الخاص – لا يمكن تعطيله إلا من قبل مسؤول آخر.
# machine-drafted
account-organisations-staff = بصفتكم مكتب الاندماج تحرّرون كل إدخال دون أن تكونوا أعضاء. تدعون الممثلين من صفحة الجمعية («دعوة ممثل/ة») أو من قائمة الحسابات.
