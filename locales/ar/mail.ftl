# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
mail-signature = { $instance } – شبكة تربط الجمعيات بمكتب الاندماج
# machine-drafted
mail-verify-email-subject = يُرجى تأكيد عنوان بريدكم الإلكتروني
# machine-drafted
mail-verify-email-body =
    مرحبًا،

    لقد أنشأتم حسابًا على { $instance }. يُرجى تأكيد عنوان بريدكم الإلكتروني عبر هذا الرابط:

    { $link }

    الرابط صالح لمدة 48 ساعة. إذا لم تُنشئوا حسابًا، يمكنكم ببساطة حذف هذه الرسالة.
# machine-drafted
mail-already-registered-subject = لديكم حساب بالفعل
# machine-drafted
mail-already-registered-body =
    مرحبًا،

    حاول شخص ما إنشاء حساب على { $instance } باستخدام عنوان بريدكم الإلكتروني. لكن لديكم حسابًا هناك بالفعل.

    إذا نسيتم كلمة المرور، يمكنكم اختيار كلمة مرور جديدة عبر هذا الرابط (صالح لمدة ساعة واحدة):

    { $link }

    إذا لم تكونوا أنتم من قام بذلك، يمكنكم حذف هذه الرسالة.
# machine-drafted
mail-reset-password-subject = كلمة مرور جديدة لـ { $instance }
# machine-drafted
mail-reset-password-body =
    مرحبًا،

    عبر هذا الرابط يمكنكم اختيار كلمة مرور جديدة (صالح لمدة ساعة واحدة ولمرة واحدة فقط):

    { $link }

    إذا لم تطلبوا كلمة مرور جديدة، يمكنكم حذف هذه الرسالة؛ وستبقى كلمة المرور كما هي.
# machine-drafted
mail-invitation-subject = دعوة: تحديث إدخال { $organisation }
# machine-drafted
mail-invitation-body =
    مرحبًا،

    يدعوكم مكتب الاندماج إلى تحديث إدخال «{ $organisation }» على { $instance }: الوصف وبيانات التواصل والعروض والاحتياجات.

    عبر هذا الرابط تقبلون الدعوة وتختارون كلمة مرور (صالح لمدة 14 يومًا):

    { $link }
# machine-drafted
mail-revision-approved-subject = تم نشر تغييركم على { $organisation }
# machine-drafted
mail-revision-approved-body =
    مرحبًا،

    وافق مكتب الاندماج على التغيير الذي أجريتموه على إدخال «{ $organisation }». وهو الآن ظاهر للعموم.

    { $has_comment ->
        [yes] تعليق مكتب الاندماج: { $comment }
       *[no] { "" }
    }

    { $link }
# machine-drafted
mail-revision-rejected-subject = لم تتم الموافقة على تغييركم على { $organisation }
# machine-drafted
mail-revision-rejected-body =
    مرحبًا،

    لم يوافق مكتب الاندماج على التغيير الذي أجريتموه على إدخال «{ $organisation }». وهذا تعليقه:

    { $comment }

    يمكنكم تعديل الإدخال مرة أخرى هنا:

    { $link }
# machine-drafted
mail-verify-proposal-subject = يُرجى تأكيد اقتراحكم «{ $organisation }»
# machine-drafted
mail-verify-proposal-body =
    مرحبًا،

    لقد اقترحتم «{ $organisation }» لـ { $instance }. يُرجى تأكيد عنوان بريدكم الإلكتروني عبر هذا الرابط؛ بعد ذلك سيراجع مكتب الاندماج الاقتراح:

    { $link }
# machine-drafted
mail-confirm-active-subject = هل لا تزال { $organisation } نشطة؟
# machine-drafted
mail-confirm-active-body =
    مرحبًا،

    لم يتم تأكيد إدخال «{ $organisation }» على { $instance } منذ عام. هل لا تزال كل البيانات صحيحة؟ إذن تكفي نقرة واحدة، دون تسجيل الدخول:

    { $confirm_link }

    إذا تغيّر شيء ما، يمكنكم تعديل الإدخال هنا:

    { $edit_link }
# machine-drafted
mail-proposal-approved-subject = تم نشر اقتراحكم «{ $organisation }»
# machine-drafted
mail-proposal-approved-body =
    مرحبًا،

    راجع مكتب الاندماج اقتراحكم «{ $organisation }» ووافق عليه. الإدخال الآن ظاهر للعموم على { $instance }:

    { $has_comment ->
        [yes] تعليق مكتب الاندماج: { $comment }
       *[no] { "" }
    }

    { $link }

    شكرًا لكم على الاقتراح!
# machine-drafted
mail-proposal-rejected-subject = لم تتم إضافة اقتراحكم «{ $organisation }»
# machine-drafted
mail-proposal-rejected-body =
    مرحبًا،

    شكرًا لكم على اقتراح «{ $organisation }». راجع مكتب الاندماج الاقتراح ولم يُضفه إلى دليل الجمعيات. وهذا سببه:

    { $comment }

    إذا رغبتم في استكمال البيانات أو تصحيحها، يمكنكم إرسال اقتراح جديد هنا:

    { $link }
# machine-drafted
mail-claim-approved-subject = يمكنكم الآن تعديل إدخال { $organisation }
# machine-drafted
mail-claim-approved-body =
    مرحبًا،

    أكّد مكتب الاندماج أنكم تمثلون «{ $organisation }». يمكنكم الآن تحديث إدخالها على { $instance } بأنفسكم: الوصف وبيانات التواصل والعروض والاحتياجات.

    عدّلوا الإدخال هنا (بعد تسجيل الدخول):

    { $link }
# machine-drafted
mail-claim-rejected-subject = مطالبتكم بخصوص { $organisation }
# machine-drafted
mail-claim-rejected-body =
    مرحبًا،

    شكرًا لكم على إبلاغنا بأنكم تمثلون «{ $organisation }». للأسف لم يتمكن مكتب الاندماج من تأكيد ذلك، لذا لا يمكنكم تعديل الإدخال.

    { $has_comment ->
        [yes] سبب مكتب الاندماج: { $comment }
       *[no] { "" }
    }

    إذا كنتم تعتقدون أن في ذلك خطأ، يُرجى التواصل مع مكتب الاندماج.

    الإدخال:

    { $link }
