# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
post-title-offer = عرض جديد من { $name }
# machine-drafted
post-title-need = احتياج جديد من { $name }
# machine-drafted
post-intro-offer = ماذا يمكن لجمعيتكم أن تقدم للآخرين – قاعات، ترجمة فورية، خبرات، معدات، متطوعين؟ بعد ذلك ستظهر لكم احتياجات مناسبة لدى جمعيات أخرى.
# machine-drafted
post-intro-need = عمّ تبحث جمعيتكم؟ بعد الحفظ ترون عروضًا مناسبة من جمعيات أخرى، مع أسباب مناسبتها.
# machine-drafted
post-field-title = العنوان
# machine-drafted
post-field-description = الوصف
# machine-drafted
post-field-text-lang = لغة هذه النصوص
# machine-drafted
post-field-weekdays = في أي أيام؟
# machine-drafted
post-weekdays-hint = عدم اختيار أي يوم يعني: كل الأيام مناسبة.
# machine-drafted
post-field-time = الوقت
# machine-drafted
post-field-district = أين؟
# machine-drafted
post-anywhere = في أي مكان في المدينة
# machine-drafted
post-field-languages = بأي لغات؟
# machine-drafted
post-field-end-date = صالح حتى (اختياري)
# machine-drafted
post-choose = – يُرجى الاختيار –
# machine-drafted
post-submit-offer = نشر العرض
# machine-drafted
post-submit-need = نشر الاحتياج
# machine-drafted
post-items-heading = العروض والاحتياجات
# machine-drafted
post-items-none = لا توجد لدى جمعيتكم حاليًا عروض أو احتياجات مفتوحة.
# machine-drafted
post-close = تم – إغلاق
# machine-drafted
post-new-offer = عرض جديد
# machine-drafted
post-new-need = احتياج جديد
# machine-drafted
edit-profile-heading = الملف التعريفي
# machine-drafted
edit-saved-closed = تم الإغلاق. لم يعد يظهر في القوائم.
# machine-drafted
form-error-date = يُرجى إدخال تاريخ، مثلًا 2027-03-31.
# machine-drafted
form-error-date-past = هذا التاريخ في الماضي.
# machine-drafted
post-field-visibility = من يمكنه رؤيته؟
# machine-drafted
post-visibility-public = الجميع
# machine-drafted
post-visibility-public-hint = يظهر في القوائم العامة وعلى الخريطة وفي ملف جمعيتكم.
# machine-drafted
post-visibility-network = الشبكة فقط
# machine-drafted
post-visibility-network-hint = يراه فقط ممثلو وممثلات الجمعيات المسجلون ومكتب الاندماج – وليس عامة الناس.
# machine-drafted
post-title-edit-offer = تعديل عرض { $name }
# machine-drafted
post-title-edit-need = تعديل احتياج { $name }
# machine-drafted
post-submit-changes = حفظ التغييرات
# machine-drafted
item-edit = تعديل
# machine-drafted
item-saved = تم الحفظ. أُعيد حساب التطابقات المناسبة.
# machine-drafted
item-valid-until = صالح حتى
# machine-drafted
item-expired-on = انتهت صلاحيته في { $date } – يرجى تمديده أو إغلاقه
