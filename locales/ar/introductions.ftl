# Machine-drafted translation (Arabic), awaiting review by a native speaker.
introductions-title = طلبات التواصل
introductions-intro = ترون هنا من يرغب في التعرّف على جمعيتكم ومن طلبتم التواصل معه. لا تظهر بيانات التواصل إلا بعد موافقة الطرفين.
introductions-none = لا توجد طلبات تواصل بعد.
introductions-contact = هكذا تصلون إلى الشخص المسؤول عن التواصل:
introductions-accept = القبول وتبادل بيانات التواصل
introductions-decline = الرفض
introductions-done = اكتمل التعاون
introductions-ask = طلب التواصل
introductions-message = رسالة إلى الجمعية الأخرى (اختياري)
introductions-send = إرسال الطلب
introductions-dismiss = غير مناسب – إخفاء
introduction-state-requested = مطلوب
introduction-state-agreed = متفق عليه
introduction-state-declined = مرفوض
introduction-state-done = مكتمل
introduction-state-dismissed = مخفي
error-introduction-conflict-title = تم الطلب بالفعل
error-introduction-conflict-text = يوجد بالفعل طلب تواصل لهذا العرض وهذا الطلب، أو تمت الإجابة عليه من قبل.
mail-introduction-requested-subject = ترغب { $organisation } في التعرّف على جمعيتكم
mail-introduction-requested-body =
    مرحبًا،

    تهتم «{ $organisation }» بعرضكم «{ $offer }» – فهو يناسب طلبها «{ $need }».

    { $message }

    قرّروا هنا ما إذا كنتم ترغبون في تبادل بيانات التواصل:

    { $link }
mail-introduction-agreed-subject = التواصل مع { $organisation }
mail-introduction-agreed-body =
    مرحبًا،

    وافق الطرفان: الطلب «{ $need }» والعرض «{ $offer }».

    هكذا تصلون إلى «{ $organisation }»: { $contact }

    { $link }
synergy-title = التآزر: العروض والطلبات
synergy-intro = الطلبات التي لم تجد بعد عرضًا مناسبًا، والعروض التي لا يبحث عنها أحد، والاتصالات المطلوبة أو المتفق عليها – حسب المجال والحي.
synergy-by-category = حسب المجال
synergy-by-district = حسب الحي
synergy-needs = الطلبات
synergy-needs-without-offer = طلبات بلا عرض مناسب
synergy-offers = العروض
synergy-offers-unasked = عروض لا يبحث عنها أحد
synergy-in-progress = اتصالات مطلوبة
synergy-agreed = تعاون متفق عليه
synergy-none = لا شيء.
digest-label = رسالة أسبوعية بالبريد الإلكتروني تتضمن عروضًا وطلبات جديدة مناسبة لجمعياتنا
digest-save = حفظ الإعداد
mail-digest-subject = عروض وطلبات جديدة مناسبة لجمعيتكم
mail-digest-body =
    مرحبًا،

    توجد هذا الأسبوع عروض وطلبات جديدة مناسبة لجمعيتكم:

    { $matches }

    يمكنكم طلب التواصل من صفحة الطلب. يمكنكم إلغاء الاشتراك في الرسالة الأسبوعية من حسابكم:

    { $link }
