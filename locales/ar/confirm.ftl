# Machine-drafted translation (Arabic), awaiting review by a native speaker.

confirm-title = تأكيد الإدخال
confirm-question = هل لا يزال إدخال «{ $organisation }» محدَّثًا؟
confirm-yes = نعم، كل شيء لا يزال صحيحًا
confirm-edit = لا، أريد تعديل الإدخال
confirm-edit-hint = للتعديل يُرجى تسجيل الدخول.
confirm-done = شكرًا جزيلًا! تم تأكيد أن إدخال «{ $organisation }» محدَّث.
confirm-invalid = هذا الرابط غير صالح، أو استُخدم من قبل، أو انتهت صلاحيته. إذا كانت لديكم أسئلة، يُرجى التواصل مع مكتب التنسيق.

inactive-title = جمعيات قد تكون غير نشطة
inactive-intro = لم تُجب هذه الجمعيات على الاستفسار السنوي. يمكنكم أرشفتها؛ ويمكن استعادة الإدخالات المؤرشفة.
inactive-empty = لا توجد حاليًا أي جمعية عليها علامة.
inactive-organisation = الجمعية
inactive-reminded = أُرسل الاستفسار
inactive-flagged = عليها علامة
inactive-actions = الإجراءات
inactive-no-recipient = لا يوجد عنوان معروف
inactive-archive = أرشفة
