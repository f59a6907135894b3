# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# News and pages: public list, item, Atom feed, editor.

# machine-drafted
nav-news = الأخبار
# machine-drafted
news-title = الأخبار
# machine-drafted
news-intro = تقارير من لقاءات الشبكة، ومواعيد، وجديد الشبكة.
# machine-drafted
news-feed = الأخبار كتغذية (Atom)
# machine-drafted
news-none = لا توجد أخبار بعد.
# machine-drafted
news-pages-label = صفحات الأخبار
# machine-drafted
news-previous = الأحدث
# machine-drafted
news-next = الأقدم
# machine-drafted
news-page-of = الصفحة { $page } من { $pages }
# machine-drafted
news-in-language = باللغة { $language }
# machine-drafted
news-in-the-news = في الأخبار
# machine-drafted
news-draft-note = مسودة: هذه الصفحة لم تُنشر بعد. أنت وحدك تراها.
# machine-drafted
news-linked = الموضوع
# machine-drafted
news-languages = متوفر أيضًا بـ: { $languages }
# machine-drafted
news-edit = تحرير
# machine-drafted
news-new = خبر جديد
# machine-drafted
news-new-page = صفحة جديدة
# machine-drafted
news-office-title = إدارة الأخبار والصفحات
# machine-drafted
news-office-news = الأخبار
# machine-drafted
news-office-pages = الصفحات
# machine-drafted
news-state = الحالة
# machine-drafted
news-state-published = منشور
# machine-drafted
news-state-draft = مسودة
# machine-drafted
news-placement-none = ليست في التنقل
# machine-drafted
news-placement-header = في القائمة العلوية
# machine-drafted
news-placement-footer = في تذييل الصفحة
# machine-drafted
news-view = مشاهدة
# machine-drafted
news-view-draft = مشاهدة المسودة
# machine-drafted
news-publish = نشر
# machine-drafted
news-unpublish = سحب النشر
# machine-drafted
news-revisions = النسخ
# machine-drafted
news-revision = النسخة { $number }
# machine-drafted
news-revision-current = الحالية
# machine-drafted
news-revision-restored = مستعادة من النسخة { $number }
# machine-drafted
news-restore = استعادة النسخة { $number }
# machine-drafted
news-preview = معاينة
# machine-drafted
news-preview-heading = معاينة
# machine-drafted
news-preview-hint = هكذا تبدو النسخة الألمانية. لم يُحفظ شيء بعد.
# machine-drafted
news-field-title = العنوان
# machine-drafted
news-field-teaser = نص قصير
# machine-drafted
news-field-body = النص
# machine-drafted
news-body-hint = ماركداون: **غامق**، *مائل*، قوائم تبدأ بـ „- “، روابط بصيغة [نص](https://…). السطر الفارغ يبدأ فقرة جديدة.
# machine-drafted
news-field-date = التاريخ
# machine-drafted
news-date-hint = مثلًا 2020-01-11.
# machine-drafted
news-field-placement = المكان في التنقل
# machine-drafted
news-field-contact-block = إظهار بيانات الاتصال الخاصة بمكتب الاندماج تحت النص
# machine-drafted
news-version = النسخة: { $language }
# machine-drafted
news-field-associations = الجمعيات المرتبطة
# machine-drafted
news-links-hint = اختاروا الجمعيات المعنية من الدليل؛ لاختيار أكثر من واحدة استخدموا Ctrl أو اللمس المطوّل. تُظهر الجمعيات الخبر في ملفها الشخصي.
# machine-drafted
news-field-meetings = لقاءات الشبكة المرتبطة
# machine-drafted
news-meetings-hint = اختاروا لقاءات الشبكة المعنية؛ لاختيار أكثر من لقاء استخدموا Ctrl أو اللمس المطوّل. تُظهر اللقاءات الخبر في صفحتها.
# machine-drafted
news-field-projects = مشاريع التعاون المرتبطة
# machine-drafted
news-projects-hint = اختاروا مشاريع التعاون المعنية؛ لاختيار أكثر من مشروع استخدموا Ctrl أو اللمس المطوّل. تُظهر المشاريع الخبر في صفحتها.
# machine-drafted
news-save = حفظ
# machine-drafted
news-save-draft = حفظ كمسودة
# machine-drafted
news-picture = الصورة
# machine-drafted
news-field-image = ملف الصورة
# machine-drafted
news-image-hint = PNG أو JPEG أو WebP، بحد أقصى 2 ميغابايت. تُصغَّر الصورة وتُحفظ دون بيانات وصفية.
# machine-drafted
news-field-image-alt = وصف الصورة (نص بديل)
# machine-drafted
news-image-alt-hint = صِف ما يظهر في الصورة للأشخاص الذين لا يستطيعون رؤيتها.
# machine-drafted
news-image-upload = حفظ الصورة
# machine-drafted
news-image-remove = إزالة الصورة
# machine-drafted
news-saved-created = حُفظت المسودة. لم تصبح عامة بعد.
# machine-drafted
news-saved-saved = حُفظت التغييرات.
# machine-drafted
news-saved-published = نُشر.
# machine-drafted
news-saved-unpublished = سُحب النشر: أنت وحدك ما زلت ترى الصفحة.
# machine-drafted
news-saved-image = حُفظت الصورة.
# machine-drafted
news-saved-image-removed = أُزيلت الصورة.
# machine-drafted
news-saved-restored = استُعيدت النسخة. تبقى النسخة السابقة في قائمة النسخ.
# machine-drafted
news-image-error-too-big = الملف كبير جدًا: الحد الأقصى { $megabytes } ميغابايت.
# machine-drafted
news-image-error-too-large = الصورة تحتوي على بكسلات كثيرة جدًا: الحد الأقصى { $pixels } × { $pixels }.
# machine-drafted
news-image-error-empty = يُرجى اختيار صورة أولًا.
# machine-drafted
news-image-error-not-an-image = هذا الملف ليس صورة بصيغة PNG أو JPEG أو WebP، أو أنه تالف.
# machine-drafted
form-error-news-image-alt = يُرجى وصف الصورة.
# machine-drafted
form-error-news-link-unknown = هذا العنوان غير موجود. يُرجى التحقق من الكتابة.
# machine-drafted
error-news-not-found-title = غير موجود
# machine-drafted
error-news-not-found-text = هذا الخبر أو هذه الصفحة غير موجودة (لم تعد موجودة).
