# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
logo-heading = الشعار
# machine-drafted
logo-none = لا يوجد شعار بعد.
# machine-drafted
logo-none-short = بلا شعار
# machine-drafted
logo-alt = شعار { $name }
# machine-drafted
logo-current-alt = الشعار الحالي لـ { $name }
# machine-drafted
logo-waiting = ينتظر هذا الشعار مراجعة مكتب الاندماج. وحتى ذلك الحين يرى الزوار الشعار السابق.
# machine-drafted
logo-removal-waiting = ينتظر حذف الشعار مراجعة مكتب الاندماج. وحتى ذلك الحين يرى الزوار الشعار السابق.
# machine-drafted
logo-choose = اختاروا صورة للشعار
# machine-drafted
logo-choose-other = اختاروا صورة أخرى للشعار
# machine-drafted
logo-hint = صورة بصيغة PNG أو JPEG (JPG) أو WebP، حجمها 2 ميغابايت على الأكثر. نصغّرها إلى 512 × 512 بكسل على الأكثر ونحذف المعلومات المخفية مثل نوع الكاميرا أو مكان التصوير.
# machine-drafted
logo-separate-hint = يُحفظ الشعار وحده. إذا غيّرتم شيئًا في الملف التعريفي أدناه، فاحفظوه أولًا من فضلكم.
# machine-drafted
logo-upload = رفع الشعار
# machine-drafted
logo-remove = حذف الشعار
# machine-drafted
logo-error-nothing-changed = لم يتغير شيء. يُرجى اختيار صورة أخرى.
# machine-drafted
logo-error-empty = يُرجى اختيار صورة أولًا.
# machine-drafted
logo-error-too-big = الملف كبير جدًا: يجب ألا يزيد حجم الشعار على { $megabytes } ميغابايت. نصيحة: صغّروا الصورة أو التقطوا لقطة شاشة لها.
# machine-drafted
logo-error-not-an-image = هذا الملف ليس صورة بصيغة PNG أو JPEG أو WebP، أو أنه تالف.
# machine-drafted
logo-error-too-large = في الصورة عدد كبير جدًا من البكسلات: الحد الأقصى { $pixels } × { $pixels } بكسل. يُرجى تصغير الصورة.
# machine-drafted
logo-error-quota = لدى جمعيتكم بالفعل { $logos } صور محفوظة، ولا يمكن حفظ المزيد. الصور التي لم يعد يُظهرها أي ملف تُحذف بعد { $days } يومًا من رفعها، وبعدها يتوفر مكان من جديد. يبقى شعاركم الحالي كما هو.
# machine-drafted
edit-saved-logo-pending = تم حفظ الشعار الجديد. سيراجعه مكتب الاندماج؛ وحتى ذلك الحين يرى الزوار الشعار السابق.
# machine-drafted
edit-saved-logo-published = تم حفظ الشعار الجديد وهو ظاهر للجميع.
# machine-drafted
edit-saved-logo-removed-pending = تم الحفظ. سيُحذف الشعار بعد موافقة مكتب الاندماج.
# machine-drafted
edit-saved-logo-removed-published = تم حذف الشعار.
# machine-drafted
edit-saved-logo-unchanged = لم يكن هناك ما يُغيَّر: الشعار هكذا بالفعل.
# machine-drafted
diff-field-logo = الشعار
# machine-drafted
diff-logo-before = الشعار السابق
# machine-drafted
diff-logo-after = الشعار الجديد
# machine-drafted
error-too-large-title = بيانات كثيرة دفعة واحدة
# machine-drafted
error-too-large-text = الملف أو النموذج كبير جدًا. يجب ألا يزيد حجم الشعار على 2 ميغابايت. يُرجى الرجوع واختيار ملف أصغر.
