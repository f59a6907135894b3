# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
edit-title = تعديل { $name }
# machine-drafted
edit-public-page = الصفحة العامة
# machine-drafted
edit-saved-pending = تم الحفظ. سيراجع مكتب الاندماج التغيير؛ وحتى ذلك الحين يرى الزوار النسخة السابقة.
# machine-drafted
edit-saved-published = تم الحفظ والنشر.
# machine-drafted
edit-saved-unchanged = لم يكن هناك ما يُحفظ: البيانات لم تتغير.
# machine-drafted
edit-pending-heading = بانتظار المراجعة.
# machine-drafted
edit-pending-text = يراجع مكتب الاندماج آخر تغيير أجريتموه. ترون هنا النسخة المعدّلة؛ أما للعموم فلا تزال النسخة السابقة هي الظاهرة.
# machine-drafted
form-errors-heading = يُرجى التحقق من هذه البيانات:
# machine-drafted
form-required = حقل إلزامي
# machine-drafted
edit-section-basics = البيانات الأساسية
# machine-drafted
edit-section-texts = الوصف
# machine-drafted
edit-section-work = العمل واللغات
# machine-drafted
edit-section-place = المكان
# machine-drafted
edit-section-contact = بيانات التواصل مع الجمعية
# machine-drafted
edit-section-persons = الأشخاص المسؤولون عن التواصل
# machine-drafted
edit-name = اسم الجمعية
# machine-drafted
edit-short-name = الاسم المختصر
# machine-drafted
edit-legal-form = الشكل القانوني
# machine-drafted
edit-mso = نحن منظمة ذاتية للمهاجرين
# machine-drafted
edit-founded = سنة التأسيس
# machine-drafted
edit-summary = وصف مختصر (جملة واحدة)
# machine-drafted
edit-description = وصف مفصّل
# machine-drafted
edit-meeting-times = مواعيد اللقاءات
# machine-drafted
edit-other-languages = نصوص بلغات أخرى (اختياري)
# machine-drafted
edit-categories = مجالات النشاط
# machine-drafted
edit-target-groups = لمن
# machine-drafted
edit-languages = اللغات المستخدمة
# machine-drafted
edit-origins = بلدان أو مناطق الأصل
# machine-drafted
edit-origins-hint = افصلوا بينها بفاصلة لاتينية (,)، مثلًا: سوريا, العراق
# machine-drafted
edit-street = الشارع ورقم المبنى
# machine-drafted
edit-postcode = الرمز البريدي
# machine-drafted
edit-city = المدينة
# machine-drafted
edit-district = الحي
# machine-drafted
edit-district-none = – بدون حي –
# machine-drafted
edit-position = الموقع على الخريطة
# machine-drafted
edit-position-hint = خط العرض وخط الطول، مثلًا 48.8975 و9.1920. إذا تُرك الحقلان فارغين، توضع الجمعية على الخريطة حسب الرمز البريدي أو الحي.
# machine-drafted
edit-lat = خط العرض
# machine-drafted
edit-lon = خط الطول
# machine-drafted
edit-wheelchair = وصول خالٍ من العوائق
# machine-drafted
edit-wheelchair-unknown = – غير محدد –
# machine-drafted
edit-phone = الهاتف
# machine-drafted
edit-website = الموقع الإلكتروني
# machine-drafted
edit-social = وسائل التواصل الاجتماعي
# machine-drafted
edit-social-hint = رابط واحد في كل سطر.
# machine-drafted
edit-persons-hint = لا تظهر بيانات الأشخاص للعموم إلا إذا وافق الشخص على ذلك. ما يُحدَّد بـ«الشبكة فقط» تراه الجمعيات المسجّلة الدخول ومكتب الاندماج، وما يُحدَّد بـ«مكتب الاندماج فقط» يراه المكتب وحده.
# machine-drafted
edit-person-new = شخص آخر
# machine-drafted
edit-person-name = الاسم
# machine-drafted
edit-person-function = المهمة في الجمعية
# machine-drafted
edit-person-visibility = من يحق له رؤية هذه البيانات؟
# machine-drafted
edit-person-consent = وافق هذا الشخص على عرض بياناته كما هو محدد. عند إزالة العلامة تُسحب الموافقة ولا يُعرض الشخص للعموم بعد ذلك.
# machine-drafted
edit-submit-hint = يراجع مكتب الاندماج التغييرات قبل نشرها للعموم.
# machine-drafted
edit-submit = حفظ التغييرات
# machine-drafted
visibility-public = عام
# machine-drafted
visibility-network = الشبكة فقط
# machine-drafted
visibility-office = مكتب الاندماج فقط
# machine-drafted
form-error-required = يُرجى ملء هذا الحقل.
# machine-drafted
form-error-repeated = وصل هذا الحقل أكثر من مرة بقيم مختلفة. تظهر جميعها هنا معًا – يُرجى التحقق من القيمة وإرسال النموذج مرة أخرى.
# machine-drafted
form-error-too-short = هذا قصير جدًا.
# machine-drafted
form-error-too-long = هذا طويل جدًا.
# machine-drafted
form-error-choose-one = يُرجى اختيار عنصر من القائمة.
# machine-drafted
form-error-year = يُرجى إدخال سنة بين 1800 والسنة الحالية، مثلًا 2015.
# machine-drafted
form-error-unknown-choice = هذا الخيار غير موجود. يُرجى الاختيار من القائمة.
# machine-drafted
form-error-postcode = يُرجى إدخال رمز بريدي من خمسة أرقام، مثلًا 71634.
# machine-drafted
form-error-position = يُرجى إدخال الرقمين كليهما، مثلًا 48.8975 و9.1920، أو ترك الحقلين فارغين.
# machine-drafted
form-error-email = يُرجى إدخال عنوان بريد إلكتروني صالح، مثلًا { "\u2068info@verein.de\u2069" }.
# machine-drafted
form-error-phone = يُرجى إدخال رقم هاتف بالأرقام، مثلًا { "\u206807141 123456\u2069" }.
# machine-drafted
form-error-link = يُرجى إدخال رابط كامل، مثلًا { "\u2068https://www.verein.de\u2069" }.
# machine-drafted
form-error-too-many = عدد الإدخالات كبير جدًا.
# machine-drafted
diff-caption = البيانات المعدّلة
# machine-drafted
diff-field = البيان
# machine-drafted
diff-before = سابقًا
# machine-drafted
diff-after = جديد
# machine-drafted
diff-none = لا توجد تغييرات في البيانات.
# machine-drafted
diff-yes = نعم
# machine-drafted
diff-no = لا
# machine-drafted
diff-field-name = الاسم
# machine-drafted
diff-field-short-name = الاسم المختصر
# machine-drafted
diff-field-legal-form = الشكل القانوني
# machine-drafted
diff-field-mso = منظمة ذاتية للمهاجرين
# machine-drafted
diff-field-founded = سنة التأسيس
# machine-drafted
diff-field-summary = الوصف المختصر
# machine-drafted
diff-field-description = الوصف
# machine-drafted
diff-field-categories = مجالات النشاط
# machine-drafted
diff-field-target-groups = لمن
# machine-drafted
diff-field-languages = اللغات
# machine-drafted
diff-field-origins = الأصل
# machine-drafted
diff-field-address = العنوان
# machine-drafted
diff-field-district = الحي
# machine-drafted
diff-field-position = الموقع
# machine-drafted
diff-field-wheelchair = الوصول الخالي من العوائق
# machine-drafted
diff-field-meeting-times = مواعيد اللقاءات
# machine-drafted
diff-field-contact-email = البريد الإلكتروني
# machine-drafted
diff-field-contact-phone = الهاتف
# machine-drafted
diff-field-contact-website = الموقع الإلكتروني
# machine-drafted
diff-field-contact-social = وسائل التواصل الاجتماعي
# machine-drafted
diff-field-contact-persons = الشخص المسؤول عن التواصل
# machine-drafted
diff-field-contact-persons-consent = موافقة الشخص المسؤول عن التواصل
# machine-drafted
review-title = قائمة المراجعة
# machine-drafted
review-intro = تغييرات ومقترحات من الجمعيات بانتظار مراجعتكم. حتى الموافقة يرى الزوار النسخة السابقة.
# machine-drafted
review-empty = لا يوجد ما يحتاج إلى مراجعة.
# machine-drafted
review-new = جمعية جديدة
# machine-drafted
review-meta = من { $author } في { $time } (النسخة { $number })
# machine-drafted
review-comment = تعليق
# machine-drafted
review-comment-required = يُرجى كتابة سبب عدم الموافقة على التغيير باختصار. ستتلقى الجمعية التعليق عبر البريد الإلكتروني.
# machine-drafted
review-approve = موافقة
# machine-drafted
review-reject = عدم الموافقة
# machine-drafted
review-done-approved = تمت الموافقة. التغيير منشور للعموم، وتم إبلاغ الجمعية عبر البريد الإلكتروني.
# machine-drafted
review-done-rejected = لم تتم الموافقة. تم إبلاغ الجمعية عبر البريد الإلكتروني مع تعليقكم.
# machine-drafted
review-state-pending = بانتظار المراجعة
# machine-drafted
review-state-approved = تمت الموافقة
# machine-drafted
review-state-rejected = لم تتم الموافقة
# machine-drafted
duplicate-heading = ربما هو مُدرج بالفعل:
# machine-drafted
duplicate-similar-name = اسم مشابه
# machine-drafted
duplicate-nearby = على بُعد { $metres } م
# machine-drafted
history-title = نسخ { $name }
# machine-drafted
history-title-short = النسخ
# machine-drafted
history-version = النسخة { $number }
# machine-drafted
history-current = عامة
# machine-drafted
history-restore = استعادة النسخة { $number }
# machine-drafted
history-archive = أرشفة
# machine-drafted
history-unarchive = إخراج من الأرشيف
# machine-drafted
history-archived = هذا الإدخال مؤرشف وغير ظاهر للعموم.
# machine-drafted
history-trust = وضع علامة «موثوق»
# machine-drafted
history-untrust = إزالة علامة «موثوق»
# machine-drafted
history-trusted = موثوق: تُنشر تغييرات هذه الجمعية فورًا (وتُحفظ كنسخ).
# machine-drafted
history-not-trusted = تُراجَع تغييرات هذه الجمعية قبل نشرها.
# machine-drafted
review-done-claim = تم.
# machine-drafted
edit-position-drag = يمكنكم أيضًا سحب الدبوس على الخريطة أو النقر على الخريطة؛ عندها تُملأ الأرقام تلقائيًا.
# machine-drafted
review-comment-hint = إلزامي إذا لم توافقوا: تتلقى الجمعية التعليق بالبريد الإلكتروني.
