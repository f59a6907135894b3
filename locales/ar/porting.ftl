# Machine-drafted translation (Arabic), awaiting review by a native speaker.

# machine-drafted
nav-import = استيراد
# machine-drafted
porting-import-title = الاستيراد إلى الدليل
# machine-drafted
porting-import-intro = ارفع ملفًا يضم جمعيات. سترى أولًا معاينة سطرًا بسطر؛ لا يُحفظ شيء حتى تؤكد – ثم يُحفظ كل شيء أو لا شيء.
# machine-drafted
porting-file = الملف
# machine-drafted
porting-file-hint = CSV (فاصلة أو فاصلة منقوطة، أسماء أعمدة بالألمانية أو الإنجليزية)، أو JSON من تصديرنا، أو GeoJSON، أو تصدير من Karte von morgen ‏(OpenFairDB). الحد الأقصى { $megabytes } ميغابايت.
# machine-drafted
porting-format = الصيغة
# machine-drafted
porting-format-auto = التعرّف من اسم الملف
# machine-drafted
porting-format-csv = CSV
# machine-drafted
porting-format-json = JSON (تصديرنا)
# machine-drafted
porting-format-geojson = GeoJSON
# machine-drafted
porting-format-ofdb = OpenFairDB ‏(Karte von morgen)
# machine-drafted
porting-upload-submit = ارفع واطّلع على المعاينة
# machine-drafted
porting-upload-empty = يُرجى اختيار ملف. الملف المرسَل كان فارغًا أو مفقودًا.
# machine-drafted
porting-upload-too-big = الملف أكبر من { $megabytes } ميغابايت. يُرجى تقسيمه إلى ملفات أصغر.
# machine-drafted
porting-upload-format-unclear = لا يمكن معرفة الصيغة من اسم الملف. يُرجى اختيارها.
# machine-drafted
porting-error-empty = الملف فارغ.
# machine-drafted
porting-error-html = الملف صفحة ويب (HTML) وليس ملف بيانات.
# machine-drafted
porting-error-spreadsheet = الملف جدول من Excel أو LibreOffice. يُرجى حفظه هناك أولًا بصيغة CSV.
# machine-drafted
porting-error-utf16 = الملف محفوظ بترميز UTF-16. يُرجى حفظه بصيغة CSV بترميز UTF-8.
# machine-drafted
porting-error-binary = الملف ليس ملفًا نصيًا (بل مثلًا ملف PDF أو صورة أو أرشيف).
# machine-drafted
porting-error-wrong-format = الملف ليس بصيغة { $format }. يُرجى التحقق من الصيغة المختارة.
# machine-drafted
porting-error-no-name-column = لا يوجد عمود يحتوي على الاسم. سطر العناوين فيه: { $headers }. يُرجى تحديد عمود الاسم أدناه.
# machine-drafted
porting-error-too-many-rows = في الملف أكثر من 50٬000 سطر. يُرجى تقسيمه إلى ملفات أصغر.
# machine-drafted
porting-error-row-too-long = أحد الأسطر أطول من 1 ميغابايت – على الأرجح علامة اقتباس لا تُغلق أبدًا.
# machine-drafted
porting-error-bad-mapping = ربط الأعمدة غير صالح. يُرجى اختياره من جديد.
# machine-drafted
porting-error-unreadable = تعذّرت قراءة الملف.
# machine-drafted
porting-export-heading = تصدير الدليل
# machine-drafted
porting-export-intro = كل الجمعيات المنشورة مع بياناتها للشبكة؛ وجهات الاتصال فقط بموافقتها. يحمل كل إدخال ترخيص البيانات الخاص بالمدينة.
# machine-drafted
porting-export-csv = بصيغة CSV (جدول)
# machine-drafted
porting-export-json = بصيغة JSON (كاملًا، للانتقال إلى نسخة أخرى)
# machine-drafted
porting-export-geojson = بصيغة GeoJSON (لأنظمة المعلومات الجغرافية)
# machine-drafted
porting-export-ofdb = بصيغة OpenFairDB ‏(Karte von morgen)
# machine-drafted
porting-export-items-intro = العروض والاحتياجات المفتوحة لكل الجمعيات المنشورة، ومنها ما يظهر للشبكة فقط، وكلٌّ منها بترخيص البيانات الخاص بالمدينة:
# machine-drafted
porting-export-items-csv = العروض والاحتياجات بصيغة CSV
# machine-drafted
porting-export-items-json = العروض والاحتياجات بصيغة JSON
# machine-drafted
porting-preview-title = معاينة: { $file }
# machine-drafted
porting-preview-intro = لم يُحفظ شيء بعد. هكذا سيُنقل الملف:
# machine-drafted
porting-counts = { $create } جديد، { $update } معدَّل، { $unchanged } دون تغيير، { $duplicate } متخطّى (مكرر على الأرجح)، { $refused } مرفوض.
# machine-drafted
porting-placed = المواقع: { $file } من الملف، { $address } حسب العنوان، { $postcode } حسب الرمز البريدي، { $district } حسب الحي، { $unplaced } دون موقع.
# machine-drafted
porting-mapping-heading = ربط الأعمدة
# machine-drafted
porting-mapping-intro = هذه الأعمدة غير معروفة. اختر ما تحتويه؛ الأعمدة دون اختيار لا تُنقل.
# machine-drafted
porting-mapping-submit = تطبيق الربط
# machine-drafted
porting-field-ignored = – لا يُنقل –
# machine-drafted
porting-field-tags = الوسوم
# machine-drafted
porting-field-slug = عنوان صفحة الجمعية (الاسم المختصر في العنوان)
# machine-drafted
porting-field-external-id = المعرّف في النظام الأصلي
# machine-drafted
porting-refused-note = رُفضت أسطر: لا يمكن حفظ أي شيء من هذا الملف. يُرجى تصحيح الملف ورفعه من جديد.
# machine-drafted
porting-confirm-heading = تأكيد الاستيراد
# machine-drafted
porting-confirm-intro = ستُنشأ { $create } جمعية جديدة وتُعدَّل { $update }. يظهر كل تعديل في سجل النسخ مع هذا الاستيراد مصدرًا له.
# machine-drafted
porting-confirm-submit = بدء الاستيراد
# machine-drafted
porting-nothing-to-do = الملف لا يغيّر شيئًا في الدليل.
# machine-drafted
porting-rows-heading = الأسطر
# machine-drafted
porting-rows-cut = تظهر أول { $shown } من { $total } سطرًا؛ الأرقام أعلاه تشملها كلها.
# machine-drafted
porting-col-line = السطر
# machine-drafted
porting-col-entry = الإدخال
# machine-drafted
porting-col-name = الاسم
# machine-drafted
porting-col-action = ما سيحدث
# machine-drafted
porting-col-detail = التفاصيل
# machine-drafted
porting-action-create = جديد
# machine-drafted
porting-action-update = سيُعدَّل
# machine-drafted
porting-action-unchanged = دون تغيير
# machine-drafted
porting-action-duplicate = متخطّى، مكرر على الأرجح
# machine-drafted
porting-action-refused = مرفوض
# machine-drafted
porting-duplicate-of = مثل { $name }
# machine-drafted
porting-row-unreadable = تعذّرت قراءة الإدخال.
# machine-drafted
porting-new-upload = رفع ملف آخر
# machine-drafted
porting-running-title = الاستيراد جارٍ: { $file }
# machine-drafted
porting-progress = التقدّم
# machine-drafted
porting-progress-text = فُحص { $done } من { $total } سطرًا
# machine-drafted
porting-queued = ينتظر الاستيراد بدءه.
# machine-drafted
porting-refresh-hint = تُعيد هذه الصفحة تحميل نفسها كل ثانيتين.
# machine-drafted
porting-refresh-pause = إيقاف إعادة التحميل التلقائي
# machine-drafted
porting-refresh-now = إعادة التحميل الآن
# machine-drafted
porting-report-title = الاستيراد: { $file }
# machine-drafted
porting-report-stored = حُفظ بوصفه الاستيراد رقم { $id }.
# machine-drafted
porting-report-refused = لم يُحفظ شيء: سيُرفض الآن { $rows } سطرًا لأن الدليل تغيّر منذ المعاينة. يُرجى رفع الملف من جديد.
# machine-drafted
porting-job-failed = فشل الاستيراد؛ لم يُحفظ شيء. يُرجى المحاولة لاحقًا.
# machine-drafted
porting-report-directory = إلى الدليل
# machine-drafted
error-import-confirmed-title = تم التأكيد من قبل
# machine-drafted
error-import-confirmed-text = هذا الاستيراد مؤكَّد بالفعل؛ لم يعد بالإمكان تغيير ربط الأعمدة.
# machine-drafted
porting-history-origin = استورده { $author } في { $date } من الملف { $file } ‏({ $format }).
