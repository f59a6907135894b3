# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# المواد المطبوعة للقاء الشبكة: الأوراق الشخصية، أوراق الطاولات، بطاقات الأسماء.

# machine-drafted
handouts-time = الوقت
# machine-drafted
handouts-venue = المكان
# machine-drafted
handouts-agenda = البرنامج
# machine-drafted
handouts-round = الجولة { $number }: { $topic }
# machine-drafted
handouts-table = الطاولة
# machine-drafted
handouts-not-seated = لا طاولة في هذه الجولة
# machine-drafted
handouts-tablemates = على طاولتك
# machine-drafted
handouts-alone = لا أحد غيرك على هذه الطاولة بعد.
# machine-drafted
handouts-offers = يقدّم
# machine-drafted
handouts-needs = يبحث عن
# machine-drafted
handouts-no-name = الاسم غير منشور
# machine-drafted
handouts-contacts = أشخاص يجدر بك التحدث معهم
# machine-drafted
handouts-no-contacts = لا توجد هذه المرة جمعيات مناسبة لجمعيتكم.
# machine-drafted
handouts-contact-offers = يقدّم «{ $theirs }» – يناسب احتياجكم «{ $yours }»
# machine-drafted
handouts-contact-needs = يبحث عن «{ $theirs }» – يناسب عرضك «{ $yours }»
# machine-drafted
handouts-shared-table = على طاولتك في الجولة { $rounds }
# machine-drafted
handouts-notes = ملاحظات
# machine-drafted
handouts-qr = صفحة اللقاء
# machine-drafted
handouts-sheet-title = ورقة الطاولة للمنسّق
# machine-drafted
handouts-moderator = المنسّق
# machine-drafted
handouts-people = على الطاولة
# machine-drafted
handouts-pairs = جُمعوا عن قصد
# machine-drafted
handouts-pair = { $offering } يقدّم «{ $offer }» – { $needing } يبحث عن «{ $need }»
# machine-drafted
handouts-results = النتائج
# machine-drafted
handouts-result-ideas = أفكار
# machine-drafted
handouts-result-visions = رؤى
# machine-drafted
handouts-result-contacts = علاقات نشأت
# machine-drafted
handouts-result-projects = مشاريع مخطط لها
# machine-drafted
handouts-project-title = المشروع
# machine-drafted
handouts-project-partners = الشركاء
# machine-drafted
handouts-project-next-step = الخطوة التالية
# machine-drafted
handouts-badge-round = ج{ $number }: { $table }
