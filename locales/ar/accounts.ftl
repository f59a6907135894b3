# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
nav-account-label = الحساب
# machine-drafted
nav-account = حسابي
# machine-drafted
nav-login = تسجيل الدخول
# machine-drafted
nav-logout = تسجيل الخروج
# machine-drafted
nav-review = قائمة المراجعة
# machine-drafted
field-email = عنوان البريد الإلكتروني
# machine-drafted
field-password = كلمة المرور
# machine-drafted
field-code = الرمز
# machine-drafted
login-title = تسجيل الدخول
# machine-drafted
login-intro = لممثلي وممثلات الجمعيات ولمكتب الاندماج.
# machine-drafted
login-submit = تسجيل الدخول
# machine-drafted
login-forgot = هل نسيتم كلمة المرور؟
# machine-drafted
login-register = ليس لديكم حساب بعد؟ سجّلوا الآن
# machine-drafted
login-error-invalid = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة، أو لم يتم تأكيد العنوان بعد.
# machine-drafted
login-error-rate-limited = محاولات كثيرة جدًا. يُرجى الانتظار { $minutes ->
    [zero] قليلًا
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
} ثم المحاولة مرة أخرى.
# machine-drafted
code-title = إدخال الرمز
# machine-drafted
code-intro = افتحوا تطبيق المصادقة (Authenticator) وأدخلوا الرمز المكوّن من ستة أرقام.
# machine-drafted
code-hint = هل فقدتم هاتفكم؟ أدخلوا أحد رموز الاسترداد الخاصة بكم.
# machine-drafted
code-submit = تأكيد
# machine-drafted
second-factor-error-code-wrong = الرمز غير صحيح أو انتهت صلاحيته. يُرجى إدخال الرمز الحالي.
# machine-drafted
second-factor-error-setup-interrupted = انقطع الإعداد. يُرجى البدء من جديد.
# machine-drafted
second-factor-error-not-set-up = لم يتم إعداد تطبيق مصادقة لهذا الحساب بعد.
# machine-drafted
second-factor-error-storage-failed = تعذّر إتمام ذلك الآن. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
# machine-drafted
setup-title = إعداد تسجيل الدخول بعامل ثانٍ
# machine-drafted
setup-intro = لحماية بيانات جميع الجمعيات، يحتاج حسابكم إلى رمز من تطبيق مصادقة بالإضافة إلى كلمة المرور.
# machine-drafted
setup-step-app = ثبّتوا تطبيق مصادقة على هاتفكم، مثل FreeOTP أو Aegis أو Google Authenticator أو Microsoft Authenticator.
# machine-drafted
setup-step-scan = امسحوا رمز QR هذا بالتطبيق.
# machine-drafted
setup-qr-label = رمز QR لإعداد تطبيق المصادقة
# machine-drafted
setup-step-key = أو أدخلوا هذا المفتاح في التطبيق يدويًا:
# machine-drafted
setup-step-code = أدخلوا الرمز المكوّن من ستة أرقام الذي يعرضه التطبيق الآن.
# machine-drafted
setup-submit = إعداد
# machine-drafted
recovery-title = رموز الاسترداد الخاصة بكم
# machine-drafted
recovery-done = تم إعداد العامل الثاني.
# machine-drafted
recovery-intro = إذا فقدتم هاتفكم، يمكنكم تسجيل الدخول بأحد هذه الرموز. كل رمز صالح لمرة واحدة فقط. اطبعوا الرموز أو احفظوها في مكان آمن – فهي لا تُعرض إلا الآن.
# machine-drafted
recovery-continue = المتابعة إلى حسابي
# machine-drafted
account-title = حسابي
# machine-drafted
account-role = الدور
# machine-drafted
account-second-factor = العامل الثاني
# machine-drafted
account-second-factor-on = تم الإعداد
# machine-drafted
account-second-factor-off = لم يتم الإعداد
# machine-drafted
account-second-factor-set-up = الإعداد الآن
# machine-drafted
account-organisations = جمعياتي
# machine-drafted
account-organisations-none = حسابكم غير مرتبط بأي جمعية بعد. يمكن لمكتب الاندماج دعوتكم، أو يمكنكم المطالبة بإدخال جمعيتكم من صفحة ملفها التعريفي.
# machine-drafted
account-edit-profile = تعديل الملف التعريفي
# machine-drafted
account-office = مكتب الاندماج
# machine-drafted
member-owner = مسؤول
# machine-drafted
member-editor = يشارك في التعديل
# machine-drafted
role-administrator = الإدارة
# machine-drafted
role-coordinator = فريق التنسيق (مكتب الاندماج)
# machine-drafted
role-representative = تمثيل جمعية
# machine-drafted
error-forbidden-title = لا توجد صلاحية وصول
# machine-drafted
error-forbidden-text = هذه الصفحة غير متاحة لحسابكم. إذا كنتم تعتقدون أن هذا خطأ، يُرجى التواصل مع مكتب الاندماج.
# machine-drafted
field-new-password = كلمة المرور الجديدة
# machine-drafted
field-password-repeat = تكرار كلمة المرور
# machine-drafted
password-hint = 12 حرفًا على الأقل. الأفضل جملة يسهل عليكم تذكّرها.
# machine-drafted
register-title = إنشاء حساب
# machine-drafted
register-intro = بحساب يمكنكم تحديث إدخال جمعيتكم. ستصلكم رسالة بريد إلكتروني لتأكيد عنوانكم.
# machine-drafted
register-submit = إنشاء حساب
# machine-drafted
register-done = أوشكتم على الانتهاء: أرسلنا رسالة إلى { $email }. يُرجى فتح الرابط الموجود فيها لتأكيد عنوانكم. إذا كان لديكم حساب بالفعل، فستجدون في الرسالة طريقة الدخول إليه مجددًا.
# machine-drafted
verify-title = تأكيد عنوان البريد الإلكتروني
# machine-drafted
verify-intro = يُرجى تأكيد عنوان بريدكم الإلكتروني. بعد ذلك يمكنكم تسجيل الدخول.
# machine-drafted
verify-submit = تأكيد العنوان
# machine-drafted
forgot-title = نسيت كلمة المرور
# machine-drafted
forgot-intro = أدخلوا عنوان بريدكم الإلكتروني. إذا كان هناك حساب مرتبط به، فسنرسل إليكم رابطًا لاختيار كلمة مرور جديدة.
# machine-drafted
forgot-submit = إرسال الرابط
# machine-drafted
forgot-done = إذا كان هناك حساب للعنوان { $email }، فهناك رسالة في الطريق إليكم. الرابط فيها صالح لمدة ساعة واحدة.
# machine-drafted
reset-title = اختيار كلمة مرور جديدة
# machine-drafted
reset-intro = اختاروا كلمة مرور جديدة، ثم سجّلوا الدخول بها؛ وسيتم إنهاء جلسات الدخول الأخرى.
# machine-drafted
reset-submit = حفظ كلمة المرور
# machine-drafted
invitation-title = قبول الدعوة
# machine-drafted
invitation-intro = أنتم مدعوون للمشاركة في تحديث إدخال «{ $organisation }».
# machine-drafted
invitation-submit = قبول الدعوة
# machine-drafted
invitation-sign-in = يوجد حساب لهذا العنوان بالفعل. سجّلوا الدخول به أولًا، ثم اقبلوا الدعوة.
# machine-drafted
account-error-invalid-email = يُرجى إدخال عنوان بريد إلكتروني صالح، مثلًا { "\u2068name@verein.de\u2069" }.
# machine-drafted
account-error-password-too-short = كلمة المرور قصيرة جدًا: يجب أن تتكوّن من 12 حرفًا على الأقل.
# machine-drafted
account-error-password-too-long = كلمة المرور طويلة جدًا: الحد الأقصى 1024 حرفًا.
# machine-drafted
account-error-password-too-common = كلمة المرور هذه شائعة جدًا ويسهل تخمينها. يُرجى اختيار كلمة مرور أخرى.
# machine-drafted
account-error-password-same-as-email = لا يجوز أن تكون كلمة المرور هي نفسها عنوان بريدكم الإلكتروني.
# machine-drafted
account-error-passwords-differ = كلمتا المرور غير متطابقتين.
# machine-drafted
account-error-invalid-link = هذا الرابط غير صالح (أو لم يعد صالحًا): فقد استُخدم من قبل أو انتهت صلاحيته. يُرجى طلب رابط جديد.
# machine-drafted
account-error-forbidden = هذا الإجراء غير مسموح به لحسابكم.
# machine-drafted
account-error-storage-failed = تعذّر إتمام ذلك الآن. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
# machine-drafted
author-deleted = حساب محذوف
# machine-drafted
author-system = النظام
# machine-drafted
author-survey = الاستطلاع { $survey } (بموافقة الجمعية)
# machine-drafted
author-proposer = اقتراح بدون حساب
# machine-drafted
members-title = من يتولى تحديث { $name }؟
# machine-drafted
members-none = لا أحد بعد. ادعوا شخصًا ما.
# machine-drafted
members-invite-heading = دعوة شخص
# machine-drafted
members-invite-intro = يتلقى الشخص المدعو رسالة بريد إلكتروني فيها رابط صالح لمدة 14 يومًا.
# machine-drafted
members-role = الدور
# machine-drafted
members-invite-submit = إرسال الدعوة
# machine-drafted
members-invite-sent = تم إرسال الدعوة.
# machine-drafted
account-members = من يتولى تحديث الإدخال؟
# machine-drafted
profile-person-restricted = غير عام
# machine-drafted
error-csrf-title = انتهت صلاحية النموذج
# machine-drafted
error-csrf-text = انتهت صلاحية النموذج أو لم يأتِ من هذا الموقع. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى؛ لم يُحفظ ما أدخلتموه بعد.
# machine-drafted
account-mail-language = لغة رسائلي الإلكترونية
# machine-drafted
account-mail-language-site = لغة المنصة ({ $language })
# machine-drafted
account-mail-language-save = حفظ
# machine-drafted
account-saved = تم الحفظ.
# machine-drafted
account-mail-language-unknown = هذه اللغة غير متوفرة هنا. يرجى اختيار لغة من القائمة.
# machine-drafted
members-invite-language = لغة الدعوة

# claims
# machine-drafted
claims-heading = جمعيات تمت المطالبة بها
# machine-drafted
claims-approve = تأكيد (يصبح مسؤولًا)
# machine-drafted
claims-reject = رفض
# machine-drafted
claims-button = هذه جمعيتنا
# machine-drafted
claims-message = كيف يمكن لمكتب الاندماج أن يعرف أنكم تنتمون إلى الجمعية؟ (اختياري)
# machine-drafted
claims-submit = إرسال المطالبة
# machine-drafted
claims-sent = شكرًا! سيراجع مكتب الاندماج مطالبتكم ويتواصل معكم.
# machine-drafted
error-claim-open-title = تم البت فيها أو قُدِّمت المطالبة بالفعل
# machine-drafted
error-claim-open-text = لديكم بالفعل مطالبة مفتوحة بهذه الجمعية، أو تم البت في المطالبة من قبل.
# machine-drafted
claims-comment = سبب الرفض (اختياري، يُرسل إلى الشخص بالبريد الإلكتروني)
