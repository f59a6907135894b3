# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# لقاءات الشبكة: الصفحات والنماذج والرسائل.

nav-meetings = لقاءات الشبكة
meetings-title = لقاءات الشبكة
meetings-intro = في لقاءات الشبكة تتعرف الجمعيات على بعضها: حول طاولات، على عدة جولات، ومع أشخاص جدد في كل مرة.
meetings-new = لقاء شبكة جديد
meetings-edit = تعديل اللقاء
meetings-upcoming = اللقاءات القادمة
meetings-past = اللقاءات السابقة
meetings-none-upcoming = لا يوجد لقاء مخطط حالياً.
meetings-none-past = لا توجد لقاءات سابقة بعد.
meetings-free-places = { $count ->
    [0] لم تبقَ أماكن شاغرة
    [one] بقي مكان شاغر واحد
   *[other] بقي { $count } أماكن شاغرة
}
meetings-capacity = { $count } مكاناً في المجموع
meetings-waitlisted-count = { $count } على قائمة الانتظار
meetings-summary-link = الملخص
meetings-when = متى
meetings-status = الحالة
meetings-places = الأماكن
meetings-deadline = آخر موعد للتسجيل
meetings-calendar = إضافة إلى التقويم (.ics)
meetings-results = النتائج
meetings-office-nav = إدارة اللقاء
meetings-participants = المشاركون
meetings-plan = خطة الطاولات
meetings-check-in = تسجيل الحضور
meetings-venue = المكان
meetings-agenda = البرنامج
meetings-rounds = الجولات
meetings-tables = الطاولات
meetings-minutes = { $count } دقيقة
meetings-tables-count = { $count ->
    [one] على طاولة واحدة.
   *[other] على { $count } طاولات.
}
meetings-register-heading = التسجيل
meetings-register = تسجيل أشخاص
meetings-register-how = يسجّل ممثلو الجمعيات أشخاص جمعيتهم هنا بعد تسجيل الدخول.
meetings-register-members-only = يمكن لممثلي الجمعيات في الشبكة التسجيل. اسألوا مكتب الاندماج إذا لم يكن حسابكم مرتبطاً بجمعية بعد.
meetings-register-closed = التسجيل مغلق.
meetings-own-registrations = تسجيلات جمعيتكم
meetings-state-confirmed = مؤكَّد
meetings-state-waitlisted = قائمة الانتظار
meetings-state-cancelled = ملغى
meetings-cancel-registration = إلغاء التسجيل
meetings-done-registered = تم تأكيد التسجيل. رسالة بريد إلكتروني مع موعد التقويم في الطريق.
meetings-done-waitlisted = اللقاء ممتلئ: الشخص على قائمة الانتظار وسيتلقى رسالة حين يتوفر مكان.
meetings-done-cancelled = تم إلغاء التسجيل.
meetings-done-saved = تم الحفظ.
meetings-register-intro = يرجى تسجيل كل شخص على حدة. يتلقى الشخص تأكيداً بالبريد الإلكتروني بلغته.
meetings-field-association = الجمعية
meetings-field-name = الاسم
meetings-field-email = البريد الإلكتروني
meetings-field-languages = اللغات
meetings-languages-hint = أول لغة واجهة يتحدثها الشخص هي لغة رسائله.
meetings-field-accessibility = احتياجات الوصول (مثل كرسي متحرك، لغة الإشارة)
meetings-field-consent = يوافق الشخص على ظهور اسمه واسم جمعيته على قوائم الطاولات وبطاقات الأسماء والوثائق الشخصية.
meetings-register-submit = تسجيل
meetings-field-title = العنوان
meetings-field-starts-at = البداية
meetings-field-ends-at = النهاية
meetings-field-deadline = آخر موعد للتسجيل
meetings-deadline-hint = اتركه فارغاً: التسجيل حتى البداية.
meetings-field-venue-name = المكان (الاسم)
meetings-field-venue-address = العنوان البريدي
meetings-field-position = نقطة على الخريطة
meetings-position-hint = خط العرض وخط الطول بالدرجات العشرية، مثلاً 48.8975 و 9.1920. اتركه فارغاً إذا لم تُعرض خريطة.
meetings-field-lat = خط العرض
meetings-field-lon = خط الطول
meetings-field-agenda = البرنامج
meetings-agenda-hint = يمكن استخدام Markdown: فقرات، قوائم، **خط عريض**، روابط.
meetings-field-capacity = الحد الأقصى للمشاركين
meetings-field-limit = الحد الأقصى للأشخاص لكل جمعية
meetings-round-n = الجولة { $number }
meetings-table-n = الطاولة { $number }
meetings-field-topic = الموضوع
meetings-field-minutes = المدة بالدقائق
meetings-rows-hint = لا تُحفظ الأسطر الفارغة.
meetings-add-round = إضافة جولة
meetings-field-table-name = اسم الطاولة
meetings-field-table-capacity = المقاعد
meetings-field-moderator = مدير الطاولة
meetings-no-moderator = لا أحد بعد
meetings-add-table = إضافة طاولة
meetings-save = حفظ
meetings-cancel-hint = عند إلغاء اللقاء يتلقى جميع المسجلين رسالة.
meetings-cancel-meeting = إلغاء اللقاء
meetings-participants-counts = { $confirmed } من { $capacity } مكاناً محجوزة، { $waiting } على قائمة الانتظار.
meetings-participants-none = لم يسجّل أحد بعد.
meetings-participants-added = تم تسجيل الشخص.
meetings-col-state = الحالة
meetings-col-action = إجراء
meetings-no-consent = بدون موافقة على القوائم
meetings-remove = إزالة
meetings-add-participant = إضافة شخص
meetings-add-participant-hint = يمكن لمكتب الاندماج التسجيل فوق حد الجمعية وبعد آخر موعد؛ إذا كان اللقاء ممتلئاً ينتقل الشخص إلى قائمة الانتظار.
meetings-planning = يجري تخطيط الطاولات
meetings-planning-running = يجري تخطيط الطاولات لـ { $people } شخصاً ({ $seconds } ث). تتحدث الصفحة تلقائياً.
meetings-planning-refresh = إعادة تحميل الصفحة
meetings-replan-from = إعادة التخطيط ابتداءً من
meetings-replan = إعادة التخطيط
meetings-plan-tables = تخطيط الطاولات
meetings-explanation = ما تحققه الخطة
meetings-unseated = لم يُخصَّص لهم مكان بعد (يرجى إعادة التخطيط):
meetings-round-held = جرت
meetings-locked = مثبَّت
meetings-lock-table = تثبيت الطاولة
meetings-unlock-table = فك تثبيت الطاولة
meetings-lock = تثبيت
meetings-unlock = فك التثبيت
meetings-walk-in = حضر دون تسجيل
meetings-move-label = طاولة { $name } في الجولة { $round }
meetings-move = نقل
meetings-no-plan = لا توجد خطة طاولات بعد. بعد اكتمال التسجيلات: «تخطيط الطاولات».
meetings-arrived = حضر { $arrived } من { $expected }.
meetings-search-name = البحث عن اسم
meetings-search = بحث
meetings-attendance-registered = متوقَّع
meetings-attendance-checked_in = حاضر
meetings-attendance-no_show = لم يحضر
meetings-check-in-button = تسجيل الحضور
meetings-no-show-button = لم يحضر
meetings-undo-button = تراجع
meetings-check-in-none = لم يُعثر على أحد.
meetings-walk-in-heading = الحاضرون دون تسجيل
meetings-walk-in-submit = إضافة وتسجيل الحضور
meetings-record-results = إدخال النتائج
meetings-results-none = لم تُدخَل نتائج بعد.
meetings-ideas = أفكار
meetings-visions = رؤى
meetings-contacts = اتصالات بين الجمعيات
meetings-projects = مشاريع مخططة
meetings-next-step = الخطوة التالية
meetings-publish-heading = النشر
meetings-publish-label = إتاحة النتائج للجمعيات المشاركة
meetings-summary-label = ملخص عام (اختياري)
meetings-summary-hint = يمكن استخدام Markdown. يراه الجميع بعد إتاحة النتائج.
meetings-publish-save = حفظ
meetings-held-label = انعقد اللقاء (من جلسوا معاً يُعتبرون معارف في اللقاء القادم)
meetings-held-save = حفظ
meetings-result-hint = يرجى إدخال فكرة أو رؤية أو اتصال أو مشروع واحد على الأقل.
meetings-one-a-line = واحد في كل سطر.
meetings-project-n = المشروع { $number }
meetings-project-title = العنوان
meetings-project-partners = الجمعيات المشاركة
meetings-add-project = إضافة مشروع

meeting-plan-none = لا توجد خطة طاولات بعد.
meeting-plan-conflict = تغيّرت الخطة في هذه الأثناء (ربما في نافذة أخرى). يرجى الاطلاع عليها مجدداً.

error-meeting-not-found-title = اللقاء غير موجود
error-meeting-not-found-text = لقاء الشبكة هذا غير موجود (لم يعد موجوداً).
error-meeting-conflict-title = لم ينجح ذلك
error-meeting-conflict-text = تغيّر اللقاء في هذه الأثناء. يرجى إعادة تحميل الصفحة والمحاولة مجدداً.

mail-meeting-confirmed-subject = تم تأكيد التسجيل: { $meeting }
mail-meeting-confirmed-body =
    مرحباً،

    تم تأكيد تسجيلكم في «{ $meeting }».

    متى: { $when }
    أين: { $venue }

    موعد التقويم مرفق. كل شيء عن اللقاء: { $link }
mail-meeting-waitlisted-subject = قائمة الانتظار: { $meeting }
mail-meeting-waitlisted-body =
    مرحباً،

    «{ $meeting }» ({ $when }، { $venue }) ممتلئ حالياً. أنتم على قائمة الانتظار وستتلقون رسالة حين يتوفر مكان لكم.

    { $link }
mail-meeting-promoted-subject = توفر مكان: { $meeting }
mail-meeting-promoted-body =
    مرحباً،

    توفر مكان في «{ $meeting }»: تسجيلكم مؤكَّد الآن.

    متى: { $when }
    أين: { $venue }

    موعد التقويم مرفق. كل شيء عن اللقاء: { $link }
mail-meeting-cancelled-subject = أُلغي: { $meeting }
mail-meeting-cancelled-body =
    مرحباً،

    للأسف ألغى مكتب الاندماج «{ $meeting }» في { $when } ({ $venue }). يرجى حذف الموعد من تقويمكم.

    { $link }
mail-meeting-registration-cancelled-subject = أُلغي التسجيل: { $meeting }
mail-meeting-registration-cancelled-body =
    مرحباً،

    تم إلغاء تسجيلكم في «{ $meeting }» في { $when } ({ $venue }).

    { $link }
