# Machine-drafted translation (Arabic), awaiting review by a native speaker.

# machine-drafted
confirm-active-title = تأكيد الإدخال
# machine-drafted
confirm-active-question = هل لا يزال إدخال «{ $organisation }» محدَّثًا؟
# machine-drafted
confirm-active-yes = نعم، كل شيء لا يزال صحيحًا
# machine-drafted
confirm-active-edit = لا، أريد تعديل الإدخال
# machine-drafted
confirm-active-edit-hint = للتعديل يُرجى تسجيل الدخول.
# machine-drafted
confirm-active-done = شكرًا جزيلًا! تم تأكيد أن إدخال «{ $organisation }» محدَّث.
# machine-drafted
confirm-active-invalid = هذا الرابط غير صالح، أو استُخدم من قبل، أو انتهت صلاحيته. إذا كانت لديكم أسئلة، يُرجى التواصل مع مكتب الاندماج.

# machine-drafted
inactive-title = جمعيات قد تكون غير نشطة
# machine-drafted
inactive-intro = لم تُجب هذه الجمعيات على الاستفسار السنوي. يمكنكم أرشفتها؛ ويمكن استعادة الإدخالات المؤرشفة.
# machine-drafted
inactive-empty = لا توجد حاليًا أي جمعية عليها علامة.
# machine-drafted
inactive-organisation = الجمعية
# machine-drafted
inactive-reminded = أُرسل الاستفسار
# machine-drafted
inactive-flagged = عليها علامة
# machine-drafted
inactive-actions = الإجراءات
# machine-drafted
inactive-no-recipient = لا يوجد عنوان معروف
# machine-drafted
inactive-archive = أرشفة
