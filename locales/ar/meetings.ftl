# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# لقاءات الشبكة: أخطاء النموذج، التسجيل، تسجيل الحضور، خطة الطاولات وشرحها.

meeting-status-upcoming = قادم
meeting-status-past = سابق
meeting-status-cancelled = ملغى

form-error-meeting-datetime = يرجى إدخال التاريخ والوقت، مثلًا 2026-01-11 10:00.
form-error-meeting-start-past = موعد البدء في الماضي. يجب أن يبدأ اللقاء الجديد في المستقبل.
form-error-meeting-end-before-start = يجب أن يكون موعد الانتهاء بعد موعد البدء.
form-error-meeting-deadline-after-start = يجب أن يكون آخر موعد للتسجيل قبل موعد البدء. إذا تركته فارغًا يبقى التسجيل مفتوحًا حتى البدء.
form-error-meeting-capacity-range = يرجى إدخال رقم من 1 إلى 1000.
form-error-meeting-limit-range = يرجى إدخال رقم يساوي 1 أو أكثر. إذا تركته فارغًا يكون العدد شخصين لكل جمعية.
form-error-meeting-limit-over-tables = لا يمكن للجمعية أن ترسل أشخاصًا أكثر من عدد الطاولات، فأشخاص الجمعية الواحدة لا يجلسون أبدًا على الطاولة نفسها.
form-error-meeting-seats-short = مجموع مقاعد الطاولات أقل من عدد المشاركين في اللقاء. يرجى إضافة طاولات أو مقاعد أو تخفيض عدد المشاركين.
form-error-meeting-rounds-too-long = مجموع مدة الجولات أطول من مدة اللقاء.
form-error-meeting-rounds-missing = يرجى إضافة جولة واحدة على الأقل.
form-error-meeting-rounds-too-many = للقاء 12 جولة على الأكثر.
form-error-meeting-round-minutes = تستغرق الجولة من 5 إلى 240 دقيقة.
form-error-meeting-tables-missing = يرجى إضافة طاولة واحدة على الأقل.
form-error-meeting-tables-too-many = للقاء 100 طاولة على الأكثر.
form-error-meeting-table-name-twice = هذا الاسم مستخدم لطاولة أخرى.
form-error-meeting-table-capacity = للطاولة من 2 إلى 50 مقعدًا.
form-error-meeting-moderator-unknown = يجب أن يكون مدير الطاولة شخصًا مسجلًا بتسجيل مؤكد في هذا اللقاء.
form-error-meeting-moderator-twice = هذا الشخص يدير طاولة أخرى بالفعل.
form-error-meeting-project-partners = يرجى اختيار جمعية مشاركة واحدة على الأقل.
form-error-meeting-result-empty = يرجى إدخال فكرة أو رؤية أو تواصل أو مشروع واحد على الأقل.

meeting-refused-cancelled = أُلغي هذا اللقاء.
meeting-refused-past = انتهى هذا اللقاء.
meeting-refused-deadline = انتهى موعد التسجيل. يرجى التواصل مع مكتب الاندماج.
meeting-refused-association-limit = سجّلت جمعيتكم بالفعل { $limit ->
    [one] شخصًا واحدًا
    [two] شخصين
   *[other] { $limit } أشخاص
}، ولا يمكن تسجيل المزيد لهذا اللقاء.
meeting-refused-already-registered = عنوان البريد الإلكتروني هذا مسجل بالفعل في هذا اللقاء.
meeting-checkin-not-confirmed = لا يمكن تسجيل حضور إلا أصحاب التسجيلات المؤكدة. يضيف المكتب أولًا الأشخاص من قائمة الانتظار كمشاركين.

meeting-move-round-held = عُقدت هذه الجولة بالفعل، وتبقى كما كانت.
meeting-move-no-such-place = هذه الجولة أو هذه الطاولة غير موجودة.
meeting-move-not-seated = ليس لهذا الشخص طاولة في هذه الجولة.
meeting-move-locked = مقعد هذا الشخص مثبّت. يرجى إلغاء التثبيت أولًا.
meeting-move-table-full = هذه الطاولة ممتلئة بالفعل في هذه الجولة.
meeting-move-same-association = يجلس على هذه الطاولة بالفعل شخص من الجمعية نفسها.

meeting-plan-new-contacts = { $count ->
    [one] تنشأ علاقة تواصل جديدة واحدة.
   *[other] تنشأ { $count } علاقة تواصل جديدة.
}
meeting-plan-interests = من بين { $total } من أزواج الجمعيات التي يتوافق عرض إحداها مع احتياج الأخرى، يجلس { $met } معًا مرة واحدة على الأقل.
meeting-plan-known-pairs = { $count ->
    [one] يجلس معًا مرة أخرى زوج واحد يعرف بعضه من لقاءات سابقة.
   *[other] يجلس معًا مرة أخرى { $count } من الأزواج الذين يعرفون بعضهم من لقاءات سابقة.
}
meeting-plan-no-compromise = لم تحتج الخطة إلى أي تنازلات.
meeting-plan-changed-by-hand = عُدّلت الخطة يدويًا، وأُعيد حساب الأرقام.
meeting-plan-repeats = يجلس أزواج معًا أكثر من مرة، بمجموع { $count } مرات إضافية.

meeting-compromise-repeats-unavoidable = يجلس بعض الأشخاص معًا أكثر من مرة. لا يمكن تجنب ذلك مع هذه الطاولات والجولات: يلزم { $count } تكرار على الأقل، والخطة لا تتجاوز ذلك.
meeting-compromise-repeats-above-bound = يجلس أزواج معًا أكثر من مرة، بمجموع { $count } مرات إضافية. ربما كان يكفي { $bound } فقط؛ لم يُعثر على خطة أفضل في الوقت المتاح.
meeting-compromise-three-times = { $count ->
    [one] يجلس زوج واحد معًا ثلاث مرات أو أكثر.
   *[other] يجلس { $count } من الأزواج معًا ثلاث مرات أو أكثر.
}
meeting-compromise-known-pairs = يجلس أشخاص يعرفون بعضهم من لقاءات سابقة معًا { $count } مرة.
meeting-compromise-interests-unmet = من بين { $total } من أزواج الأشخاص الذين لجمعياتهم عروض واحتياجات متوافقة، لا يجلس { $unmet } أبدًا على الطاولة نفسها.
meeting-compromise-uneven-tables = في الجولة { $round } الطاولات غير متساوية: من { $smallest } إلى { $largest } أشخاص.
meeting-compromise-people-moved = { $count ->
    [one] عند إعادة التخطيط ينتقل شخص واحد إلى طاولة أخرى.
   *[other] عند إعادة التخطيط ينتقل { $count } أشخاص إلى طاولات أخرى.
}

meeting-plan-error-association-too-large = في الجولة { $round } يحضر { $count } أشخاص من { $association }، لكن لا يوجد سوى { $tables } طاولات. أشخاص الجمعية الواحدة لا يجلسون معًا أبدًا: يرجى إضافة طاولة أو إلغاء تسجيل أحدهم.
meeting-plan-error-too-few-seats = في الجولة { $round } يحضر { $count } أشخاص، لكن مجموع مقاعد الطاولات { $seats } فقط. يرجى إضافة مقاعد أو طاولة.
meeting-plan-error-unseatable = في الجولة { $round } لا تسمح المقاعد والأشخاص المثبّتون بترتيب يجلس فيه أشخاص الجمعية الواحدة منفصلين. يرجى إلغاء بعض التثبيتات أو إضافة مقاعد.
meeting-plan-error-locks = المقاعد المثبّتة متعارضة (مثلًا شخصان من جمعية واحدة على الطاولة نفسها أو طاولة مكتظة). يرجى إلغاء أحد التثبيتات.
meeting-plan-error-no-plan = لم يُعثر في الوقت المتاح على خطة تلتزم بكل القواعد. يرجى المحاولة مرة أخرى أو إلغاء بعض التثبيتات.
meeting-plan-error-internal = تعذّر إعداد الخطة بسبب خطأ في Knotenpunkt. يرجى إبلاغ الإدارة.
