# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# لقاءات الشبكة: الصفحات والنماذج والرسائل.

# machine-drafted
nav-meetings = لقاءات الشبكة
# machine-drafted
meetings-title = لقاءات الشبكة
# machine-drafted
meetings-intro = في لقاءات الشبكة تتعرف الجمعيات على بعضها: حول طاولات، على عدة جولات، ومع أشخاص جدد في كل مرة.
# machine-drafted
meetings-new = لقاء شبكة جديد
# machine-drafted
meetings-edit = تعديل اللقاء
# machine-drafted
meetings-upcoming = اللقاءات القادمة
# machine-drafted
meetings-past = اللقاءات السابقة
# machine-drafted
meetings-none-upcoming = لا يوجد لقاء مخطط حالياً.
# machine-drafted
meetings-none-past = لا توجد لقاءات سابقة بعد.
# machine-drafted
meetings-free-places = { $count ->
    [0] لم تبقَ أماكن شاغرة
    [one] بقي مكان شاغر واحد
   *[other] بقي { $count } أماكن شاغرة
}
# machine-drafted
meetings-capacity = { $count } مكاناً في المجموع
# machine-drafted
meetings-waitlisted-count = { $count } على قائمة الانتظار
# machine-drafted
meetings-summary-link = الملخص
# machine-drafted
meetings-when = متى
# machine-drafted
meetings-status = الحالة
# machine-drafted
meetings-places = الأماكن
# machine-drafted
meetings-deadline = آخر موعد للتسجيل
# machine-drafted
meetings-calendar = إضافة إلى التقويم (.ics)
# machine-drafted
meetings-results = النتائج
# machine-drafted
meetings-office-nav = إدارة اللقاء
# machine-drafted
meetings-participants = المشاركون
# machine-drafted
meetings-plan = خطة الطاولات
# machine-drafted
meetings-check-in = تسجيل الحضور
# machine-drafted
meetings-venue = المكان
# machine-drafted
meetings-agenda = البرنامج
# machine-drafted
meetings-rounds = الجولات
# machine-drafted
meetings-tables = الطاولات
# machine-drafted
meetings-minutes = { $count } دقيقة
# machine-drafted
meetings-tables-count = { $count ->
    [one] على طاولة واحدة.
   *[other] على { $count } طاولات.
}
# machine-drafted
meetings-register-heading = التسجيل
# machine-drafted
meetings-register = تسجيل أشخاص
# machine-drafted
meetings-register-how = يسجّل ممثلو الجمعيات أشخاص جمعيتهم هنا بعد تسجيل الدخول.
# machine-drafted
meetings-register-members-only = يمكن لممثلي الجمعيات في الشبكة التسجيل. اسألوا مكتب الاندماج إذا لم يكن حسابكم مرتبطاً بجمعية بعد.
# machine-drafted
meetings-register-closed = التسجيل مغلق.
# machine-drafted
meetings-own-registrations = تسجيلات جمعيتكم
# machine-drafted
meetings-state-confirmed = مؤكَّد
# machine-drafted
meetings-state-waitlisted = قائمة الانتظار
# machine-drafted
meetings-state-cancelled = ملغى
# machine-drafted
meetings-cancel-registration = إلغاء التسجيل
# machine-drafted
meetings-done-registered = تم تأكيد التسجيل. رسالة بريد إلكتروني مع موعد التقويم في الطريق.
# machine-drafted
meetings-done-waitlisted = اللقاء ممتلئ: الشخص على قائمة الانتظار وسيتلقى رسالة حين يتوفر مكان.
# machine-drafted
meetings-done-cancelled = تم إلغاء التسجيل.
# machine-drafted
meetings-done-saved = تم الحفظ.
# machine-drafted
meetings-register-intro = يرجى تسجيل كل شخص على حدة. يتلقى الشخص تأكيداً بالبريد الإلكتروني بلغته.
# machine-drafted
meetings-field-association = الجمعية
# machine-drafted
meetings-field-name = الاسم
# machine-drafted
meetings-field-email = البريد الإلكتروني
# machine-drafted
meetings-field-languages = اللغات
# machine-drafted
meetings-languages-hint = أول لغة واجهة يتحدثها الشخص هي لغة رسائله.
# machine-drafted
meetings-field-accessibility = احتياجات الوصول (مثل كرسي متحرك، لغة الإشارة)
# machine-drafted
meetings-field-consent = يوافق الشخص على ظهور اسمه واسم جمعيته على قوائم الطاولات وبطاقات الأسماء والوثائق الشخصية.
# machine-drafted
meetings-register-submit = تسجيل
# machine-drafted
meetings-field-title = العنوان
# machine-drafted
meetings-field-starts-at = البداية
# machine-drafted
meetings-field-ends-at = النهاية
# machine-drafted
meetings-field-deadline = آخر موعد للتسجيل
# machine-drafted
meetings-deadline-hint = اتركه فارغاً: التسجيل حتى البداية.
# machine-drafted
meetings-field-venue-name = المكان (الاسم)
# machine-drafted
meetings-field-venue-address = العنوان البريدي
# machine-drafted
meetings-field-position = نقطة على الخريطة
# machine-drafted
meetings-position-hint = خط العرض وخط الطول بالدرجات العشرية، مثلاً 48.8975 و 9.1920. اتركوه فارغاً إذا لم تكن هناك حاجة إلى خريطة.
# machine-drafted
meetings-field-lat = خط العرض
# machine-drafted
meetings-field-lon = خط الطول
# machine-drafted
meetings-field-agenda = البرنامج
# machine-drafted
meetings-agenda-hint = يمكن استخدام Markdown: فقرات، قوائم، **خط عريض**، روابط.
# machine-drafted
meetings-field-capacity = الحد الأقصى للمشاركين
# machine-drafted
meetings-field-limit = الحد الأقصى للأشخاص لكل جمعية
# machine-drafted
meetings-round-n = الجولة { $number }
# machine-drafted
meetings-table-n = الطاولة { $number }
# machine-drafted
meetings-field-topic = الموضوع
# machine-drafted
meetings-field-minutes = المدة بالدقائق
# machine-drafted
meetings-rows-hint = لا تُحفظ الأسطر الفارغة.
# machine-drafted
meetings-add-round = إضافة جولة
# machine-drafted
meetings-field-table-name = اسم الطاولة
# machine-drafted
meetings-field-table-capacity = المقاعد
# machine-drafted
meetings-field-moderator = مدير الطاولة
# machine-drafted
meetings-no-moderator = لا أحد بعد
# machine-drafted
meetings-add-table = إضافة طاولة
# machine-drafted
meetings-save = حفظ
# machine-drafted
meetings-cancel-hint = عند إلغاء اللقاء يتلقى جميع المسجلين رسالة.
# machine-drafted
meetings-cancel-meeting = إلغاء اللقاء
# machine-drafted
meetings-participants-counts = { $confirmed } من { $capacity } مكاناً محجوزة، { $waiting } على قائمة الانتظار.
# machine-drafted
meetings-participants-none = لم يسجّل أحد بعد.
# machine-drafted
meetings-participants-added = تم تسجيل الشخص.
# machine-drafted
meetings-col-state = الحالة
# machine-drafted
meetings-col-action = إجراء
# machine-drafted
meetings-no-consent = بدون موافقة على القوائم
# machine-drafted
meetings-remove = إزالة
# machine-drafted
meetings-add-participant = إضافة شخص
# machine-drafted
meetings-add-participant-hint = يمكن لمكتب الاندماج التسجيل فوق حد الجمعية وبعد آخر موعد؛ إذا كان اللقاء ممتلئاً ينتقل الشخص إلى قائمة الانتظار.
# machine-drafted
meetings-planning = يجري تخطيط الطاولات
# machine-drafted
meetings-planning-running = يجري تخطيط الطاولات لـ { $people } شخصاً ({ $seconds } ث). تتحدث الصفحة تلقائياً.
# machine-drafted
meetings-planning-refresh = إعادة تحميل الصفحة
# machine-drafted
meetings-replan-from = إعادة التخطيط ابتداءً من
# machine-drafted
meetings-replan = إعادة التخطيط
# machine-drafted
meetings-plan-tables = تخطيط الطاولات
# machine-drafted
meetings-explanation = ما تحققه الخطة
# machine-drafted
meetings-unseated = لم يُخصَّص لهم مكان بعد (يرجى إعادة التخطيط):
# machine-drafted
meetings-round-held = جرت
# machine-drafted
meetings-locked = مثبَّت
# machine-drafted
meetings-lock-table = تثبيت الطاولة
# machine-drafted
meetings-unlock-table = فك تثبيت الطاولة
# machine-drafted
meetings-lock = تثبيت
# machine-drafted
meetings-unlock = فك التثبيت
# machine-drafted
meetings-walk-in = حضر دون تسجيل
# machine-drafted
meetings-move-label = طاولة { $name } في الجولة { $round }
# machine-drafted
meetings-move = نقل
# machine-drafted
meetings-move-title = { $name }: تغيير الطاولة أو التثبيت
# machine-drafted
meetings-no-plan = لا توجد خطة طاولات بعد. بعد اكتمال التسجيلات: «تخطيط الطاولات».
# machine-drafted
meetings-arrived = حضر { $arrived } من { $expected }.
# machine-drafted
meetings-search-name = البحث عن اسم
# machine-drafted
meetings-search = بحث
# machine-drafted
meetings-attendance-registered = متوقَّع
# machine-drafted
meetings-attendance-checked_in = حاضر
# machine-drafted
meetings-attendance-no_show = لم يحضر
# machine-drafted
meetings-check-in-button = تسجيل الحضور
# machine-drafted
meetings-no-show-button = لم يحضر
# machine-drafted
meetings-undo-button = تراجع
# machine-drafted
meetings-check-in-none = لم يُعثر على أحد.
# machine-drafted
meetings-walk-in-heading = الحاضرون دون تسجيل
# machine-drafted
meetings-walk-in-submit = إضافة وتسجيل الحضور
# machine-drafted
meetings-record-results = إدخال النتائج
# machine-drafted
meetings-results-none = لم تُدخَل نتائج بعد.
# machine-drafted
meetings-ideas = أفكار
# machine-drafted
meetings-visions = رؤى
# machine-drafted
meetings-contacts = اتصالات بين الجمعيات
# machine-drafted
meetings-projects = مشاريع مخططة
# machine-drafted
meetings-next-step = الخطوة التالية
# machine-drafted
meetings-publish-heading = النشر
# machine-drafted
meetings-publish-label = إتاحة النتائج للجمعيات المشاركة
# machine-drafted
meetings-summary-label = ملخص عام (اختياري)
# machine-drafted
meetings-summary-hint = يمكن استخدام Markdown. يراه الجميع بعد إتاحة النتائج.
# machine-drafted
meetings-publish-save = حفظ
# machine-drafted
meetings-held-label = انعقد اللقاء (من جلسوا معاً يُعتبرون معارف في اللقاء القادم)
# machine-drafted
meetings-held-save = حفظ
# machine-drafted
meetings-result-hint = يرجى إدخال فكرة أو رؤية أو اتصال أو مشروع واحد على الأقل.
# machine-drafted
meetings-one-a-line = واحد في كل سطر.
# machine-drafted
meetings-project-n = المشروع { $number }
# machine-drafted
meetings-project-title = العنوان
# machine-drafted
meetings-project-partners = الجمعيات المشاركة
# machine-drafted
meetings-add-project = إضافة مشروع

# machine-drafted
meeting-plan-none = لا توجد خطة طاولات بعد.
# machine-drafted
meeting-plan-conflict = تغيّرت الخطة في هذه الأثناء (ربما في نافذة أخرى). يرجى الاطلاع عليها مجدداً.

# machine-drafted
error-meeting-not-found-title = اللقاء غير موجود
# machine-drafted
error-meeting-not-found-text = لقاء الشبكة هذا غير موجود (لم يعد موجوداً).
# machine-drafted
error-meeting-conflict-title = لم ينجح ذلك
# machine-drafted
error-meeting-conflict-text = تغيّر اللقاء في هذه الأثناء. يرجى إعادة تحميل الصفحة والمحاولة مجدداً.

# machine-drafted
mail-meeting-confirmed-subject = تم تأكيد التسجيل: { $meeting }
# machine-drafted
mail-meeting-confirmed-body =
    مرحباً،

    تم تأكيد تسجيلكم في «{ $meeting }».

    متى: { $when }
    أين: { $venue }

    موعد التقويم مرفق. كل شيء عن اللقاء: { $link }
# machine-drafted
mail-meeting-waitlisted-subject = قائمة الانتظار: { $meeting }
# machine-drafted
mail-meeting-waitlisted-body =
    مرحباً،

    «{ $meeting }» ({ $when }، { $venue }) ممتلئ حالياً. أنتم على قائمة الانتظار وستتلقون رسالة حين يتوفر مكان لكم.

    { $link }
# machine-drafted
mail-meeting-promoted-subject = توفر مكان: { $meeting }
# machine-drafted
mail-meeting-promoted-body =
    مرحباً،

    توفر مكان في «{ $meeting }»: تسجيلكم مؤكَّد الآن.

    متى: { $when }
    أين: { $venue }

    موعد التقويم مرفق. كل شيء عن اللقاء: { $link }
# machine-drafted
mail-meeting-cancelled-subject = أُلغي: { $meeting }
# machine-drafted
mail-meeting-cancelled-body =
    مرحباً،

    للأسف ألغى مكتب الاندماج «{ $meeting }» في { $when } ({ $venue }). يرجى حذف الموعد من تقويمكم.

    { $link }
# machine-drafted
mail-meeting-registration-cancelled-subject = أُلغي التسجيل: { $meeting }
# machine-drafted
mail-meeting-registration-cancelled-body =
    مرحباً،

    تم إلغاء تسجيلكم في «{ $meeting }» في { $when } ({ $venue }).

    { $link }
