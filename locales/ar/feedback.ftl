# Machine-drafted translation (Arabic), awaiting review by a native speaker.
notice-success = تمّ
notice-info = ملاحظة
notice-warning = تنبيه
notice-error = خطأ
notice-item-posted-offer = تم نشر عرضكم. تجدون أدناه جمعيات تبحث عن شيء مماثل – اطلبوا التعارف من هناك.
notice-item-posted-need = تم نشر طلبكم. تجدون أدناه عروضًا مناسبة من جمعيات أخرى – اطلبوا التعارف من هناك.
notice-item-dismissed = تم إخفاء الاقتراح. لن تراه جمعيتكم مرة أخرى.
notice-introduction-asked = تم إرسال طلبكم. سيتلقى الطرف الآخر رسالة بريد إلكتروني. بمجرد موافقته سترون بيانات الاتصال الخاصة به هنا، وسيرى بياناتكم.
notice-account-welcome = أهلًا وسهلًا! حسابكم جاهز. هنا ترون جمعياتكم وإعداداتكم.
notice-login-verified = تم تأكيد عنوان بريدكم الإلكتروني. سجّلوا الدخول الآن بكلمة المرور.
notice-login-reset = تم تغيير كلمة المرور. سجّلوا الدخول الآن بكلمة المرور الجديدة.
