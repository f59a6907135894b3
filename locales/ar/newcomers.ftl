# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
introductions-unlinked = حسابكم غير مرتبط بأي جمعية بعد. ستظهر هنا الطلبات الموجّهة إلى جمعيتكم بعد أن يؤكد مكتب الاندماج أنكم تمثلونها: ابحثوا عن جمعيتكم في الدليل واختاروا هناك «هذه جمعيتنا».
# machine-drafted
introductions-unlinked-find = اعثروا على جمعيتكم في الدليل
# machine-drafted
claims-waiting =
    { $count ->
        [one] طلب تعارف واحد ينتظر هذه الجمعية، من:
       *[other] { $count } طلبات تعارف تنتظر هذه الجمعية، من:
    }

# machine-drafted
guide-where = الخطوة { $step } من { $total }: { $title }
# machine-drafted
guide-for = للجمعية { $organisation }
# machine-drafted
guide-done = تمّت
# machine-drafted
guide-step-register = إنشاء حساب أو تسجيل الدخول
# machine-drafted
guide-step-verify = تأكيد عنوان البريد الإلكتروني
# machine-drafted
guide-step-claim = التأكيد: «هذه جمعيتنا»
# machine-drafted
guide-step-profile = استكمال الملف التعريفي والرد على طلبات التواصل
# machine-drafted
guide-after-verify = بعد التأكيد تسجّلون الدخول وتنتقلون مباشرة إلى الخطوة 3: «هذه جمعيتنا».
# machine-drafted
guide-login-then-claim = بعد تسجيل الدخول تتابعون بالخطوة 3: «هذه جمعيتنا».
# machine-drafted
join-title = هذه جمعيتنا
# machine-drafted
join-start-intro = هل تمثّلون { $organisation }؟ اربطوا حسابًا بجمعيتكم في أربع خطوات.
# machine-drafted
join-start-text = أنشئوا أولًا حسابًا – أو سجّلوا الدخول إن كان لديكم حساب – وأكّدوا عنوان بريدكم الإلكتروني. بعدها يعيدكم الرابط في الرسالة إلى هنا.
# machine-drafted
join-register = إنشاء حساب
# machine-drafted
join-login = لديّ حساب بالفعل: تسجيل الدخول
# machine-drafted
join-claim-intro = لقد سجّلتم الدخول. أكّدوا الآن أنكم تمثّلون { $organisation }.
# machine-drafted
join-claim-then = يراجع مكتب الاندماج المطالبة ويرسل إليكم رسالة بالبريد الإلكتروني.
# machine-drafted
join-what-now = ماذا بعد؟
# machine-drafted
join-waiting-office = يراجع مكتب الاندماج مطالبتكم.
# machine-drafted
join-waiting-mail = ستصلكم رسالة بالبريد الإلكتروني فور اتخاذ القرار.
# machine-drafted
join-waiting-then = بعد ذلك تستكملون الملف التعريفي لجمعيتكم وتردّون على طلبات التواصل الموجّهة إليها.
# machine-drafted
join-editor-text = أنتم الآن تحرّرون { $organisation }. استكملوا الملف التعريفي وردّوا على طلبات التواصل الموجّهة إلى جمعيتكم.
# machine-drafted
join-edit = استكمال الملف التعريفي
# machine-drafted
join-introductions = طلبات التواصل
# machine-drafted
join-to-profile = إلى الصفحة العامة للجمعية
