# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# المواد المطبوعة للقاء الشبكة: الأوراق الشخصية، أوراق الطاولات، بطاقات الأسماء.

handouts-time = الوقت
handouts-venue = المكان
handouts-agenda = البرنامج
handouts-round = الجولة { $number }: { $topic }
handouts-table = الطاولة
handouts-not-seated = لا طاولة في هذه الجولة
handouts-tablemates = على طاولتك
handouts-alone = لا أحد غيرك على هذه الطاولة بعد.
handouts-offers = يقدّم
handouts-needs = يبحث عن
handouts-no-name = الاسم غير منشور
handouts-contacts = أشخاص يجدر بك التحدث معهم
handouts-no-contacts = لا توجد اقتراحات لجمعيتك هذه المرة.
handouts-contact-offers = يقدّم «{ $theirs }» – يناسب طلبك «{ $yours }»
handouts-contact-needs = يبحث عن «{ $theirs }» – يناسب عرضك «{ $yours }»
handouts-shared-table = على طاولتك في الجولة { $rounds }
handouts-notes = ملاحظات
handouts-qr = صفحة اللقاء
handouts-sheet-title = ورقة الطاولة للمنسّق
handouts-moderator = المنسّق
handouts-people = على الطاولة
handouts-pairs = جُمعوا عن قصد
handouts-pair = { $offering } يقدّم «{ $offer }» – { $needing } يبحث عن «{ $need }»
handouts-results = النتائج
handouts-result-ideas = أفكار
handouts-result-visions = رؤى
handouts-result-contacts = علاقات نشأت
handouts-result-projects = مشاريع مخطط لها
handouts-project-title = المشروع
handouts-project-partners = الشركاء
handouts-project-next-step = الخطوة التالية
handouts-badge-round = ج{ $number }: { $table }
