# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
notice-success = تمّ
# machine-drafted
notice-info = ملاحظة
# machine-drafted
notice-warning = تنبيه
# machine-drafted
notice-error = خطأ
# machine-drafted
notice-item-posted-offer = تم نشر عرضكم. تجدون أدناه جمعيات تبحث عن شيء مماثل – اطلبوا التعارف من هناك.
# machine-drafted
notice-item-posted-need = تم نشر طلبكم. تجدون أدناه عروضًا مناسبة من جمعيات أخرى – اطلبوا التعارف من هناك.
# machine-drafted
notice-item-dismissed = تم إخفاء الاقتراح. لن تراه جمعيتكم مرة أخرى.
# machine-drafted
notice-introduction-asked = تم إرسال طلبكم. سيتلقى الطرف الآخر رسالة بريد إلكتروني. بمجرد موافقته سترون بيانات الاتصال الخاصة به هنا، وسيرى بياناتكم.
# machine-drafted
notice-account-welcome = أهلًا وسهلًا! حسابكم جاهز. هنا ترون جمعياتكم وإعداداتكم.
# machine-drafted
notice-login-verified = تم تأكيد عنوان بريدكم الإلكتروني. سجّلوا الدخول الآن بكلمة المرور.
# machine-drafted
notice-login-reset = تم تغيير كلمة المرور. سجّلوا الدخول الآن بكلمة المرور الجديدة.
