# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
introductions-title = طلبات التواصل
# machine-drafted
introductions-intro = ترون هنا من يرغب في التعرّف على جمعيتكم ومن طلبتم التواصل معه. لا تظهر بيانات التواصل إلا بعد موافقة الطرفين.
# machine-drafted
introductions-none = لا توجد طلبات تواصل بعد.
# machine-drafted
introductions-contact = هكذا تصلون إلى الشخص المسؤول عن التواصل:
# machine-drafted
introductions-accept = القبول وتبادل بيانات التواصل
# machine-drafted
introductions-decline = الرفض
# machine-drafted
introductions-done = اكتمل التعاون
# machine-drafted
introductions-ask = طلب التواصل
# machine-drafted
introductions-message = رسالة إلى الجمعية الأخرى (اختياري)
# machine-drafted
introductions-send = إرسال الطلب
# machine-drafted
introductions-dismiss = غير مناسب – إخفاء
# machine-drafted
introduction-state-requested = أُرسل طلب التواصل
# machine-drafted
introduction-state-agreed = تم الاتفاق
# machine-drafted
introduction-state-declined = رُفض
# machine-drafted
introduction-state-done = اكتمل
# machine-drafted
introduction-state-dismissed = مخفي
# machine-drafted
error-introduction-conflict-title = تم الطلب بالفعل
# machine-drafted
error-introduction-conflict-text = يوجد بالفعل طلب تواصل لهذا العرض وهذا الاحتياج، أو تمت الإجابة عليه من قبل.
# machine-drafted
mail-introduction-requested-subject = ترغب { $organisation } في التعرّف على جمعيتكم
# machine-drafted
mail-introduction-requested-body =
    مرحبًا،

    تهتم «{ $organisation }» بعرضكم «{ $offer }» – فهو يناسب احتياجها «{ $need }».

    { $message }

    قرّروا هنا ما إذا كنتم ترغبون في تبادل بيانات التواصل:

    { $link }
# machine-drafted
mail-introduction-agreed-subject = التواصل مع { $organisation }
# machine-drafted
mail-introduction-agreed-body =
    مرحبًا،

    وافق الطرفان: الاحتياج «{ $need }» والعرض «{ $offer }».

    هكذا تصلون إلى «{ $organisation }»: { $contact }

    { $link }
# machine-drafted
synergy-title = التآزر: العروض والاحتياجات
# machine-drafted
synergy-intro = الاحتياجات التي لم تجد بعد عرضًا مناسبًا، والعروض التي لا يحتاج إليها أحد، وطلبات التواصل المرسلة أو المتفق عليها – حسب الفئة والحي.
# machine-drafted
synergy-by-category = حسب الفئة
# machine-drafted
synergy-by-district = حسب الحي
# machine-drafted
synergy-needs = الاحتياجات
# machine-drafted
synergy-needs-without-offer = احتياجات بلا عرض مناسب
# machine-drafted
synergy-offers = العروض
# machine-drafted
synergy-offers-unasked = عروض لا يبحث عنها أحد
# machine-drafted
synergy-in-progress = اتصالات مطلوبة
# machine-drafted
synergy-agreed = تعاون متفق عليه
# machine-drafted
synergy-none = لا شيء.
# machine-drafted
digest-label = رسالة أسبوعية بالبريد الإلكتروني تتضمن عروضًا واحتياجات جديدة مناسبة لجمعياتنا
# machine-drafted
digest-save = حفظ الإعداد
# machine-drafted
mail-digest-subject = عروض واحتياجات جديدة مناسبة لجمعيتكم
# machine-drafted
mail-digest-body =
    مرحبًا،

    توجد هذا الأسبوع عروض واحتياجات جديدة مناسبة لجمعيتكم:

    { $matches }

    يمكنكم طلب التواصل من صفحة الاحتياج. يمكنكم إلغاء الاشتراك في الرسالة الأسبوعية من حسابكم:

    { $link }
