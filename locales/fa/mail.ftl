# Machine-drafted translation (Persian), awaiting review by a native speaker.
# machine-drafted
mail-signature = { $instance } – شبکهٔ ارتباطی انجمن‌ها و دفتر ادغام
# machine-drafted
mail-verify-email-subject = لطفاً نشانی ایمیل خود را تأیید کنید
# machine-drafted
mail-verify-email-body =
    با سلام،

    شما در { $instance } یک حساب کاربری ایجاد کرده‌اید. لطفاً نشانی ایمیل خود را با این پیوند تأیید کنید:

    { $link }

    این پیوند 48 ساعت معتبر است. اگر حسابی ایجاد نکرده‌اید، می‌توانید این ایمیل را به‌سادگی پاک کنید.
# machine-drafted
mail-already-registered-subject = شما از قبل حساب کاربری دارید
# machine-drafted
mail-already-registered-body =
    با سلام،

    کسی خواسته است با نشانی ایمیل شما در { $instance } حساب کاربری ایجاد کند. اما شما از قبل در آنجا حساب دارید.

    اگر رمز عبور خود را فراموش کرده‌اید، با این پیوند رمز جدیدی انتخاب کنید (یک ساعت معتبر است):

    { $link }

    اگر این کار را شما انجام نداده‌اید، می‌توانید این ایمیل را پاک کنید.
# machine-drafted
mail-reset-password-subject = رمز عبور جدید برای { $instance }
# machine-drafted
mail-reset-password-body =
    با سلام،

    با این پیوند می‌توانید رمز عبور جدیدی انتخاب کنید (یک ساعت و فقط یک بار معتبر است):

    { $link }

    اگر رمز عبور جدیدی درخواست نکرده‌اید، می‌توانید این ایمیل را پاک کنید؛ رمز عبور شما تغییری نمی‌کند.
# machine-drafted
mail-invitation-subject = دعوت: به‌روز نگه داشتن اطلاعات { $organisation }
# machine-drafted
mail-invitation-body =
    با سلام،

    دفتر ادغام از شما دعوت می‌کند که اطلاعات «{ $organisation }» را در { $instance } به‌روز نگه دارید: توضیحات، اطلاعات تماس، پیشنهادها و نیازها.

    با این پیوند دعوت را می‌پذیرید و یک رمز عبور انتخاب می‌کنید (14 روز معتبر است):

    { $link }
# machine-drafted
mail-revision-approved-subject = تغییر شما در اطلاعات { $organisation } منتشر شد
# machine-drafted
mail-revision-approved-body =
    با سلام،

    دفتر ادغام تغییر شما در اطلاعات «{ $organisation }» را تأیید کرد. این تغییر اکنون برای عموم قابل مشاهده است.

    { $has_comment ->
        [yes] نظر دفتر ادغام: { $comment }
       *[no] { "" }
    }

    { $link }
# machine-drafted
mail-revision-rejected-subject = تغییر شما در اطلاعات { $organisation } تأیید نشد
# machine-drafted
mail-revision-rejected-body =
    با سلام،

    دفتر ادغام تغییر شما در اطلاعات «{ $organisation }» را تأیید نکرد. توضیح دفتر:

    { $comment }

    می‌توانید اطلاعات را دوباره در اینجا ویرایش کنید:

    { $link }
# machine-drafted
mail-verify-proposal-subject = لطفاً معرفی «{ $organisation }» را تأیید کنید
# machine-drafted
mail-verify-proposal-body =
    با سلام،

    شما «{ $organisation }» را برای { $instance } معرفی کرده‌اید. لطفاً نشانی ایمیل خود را با این پیوند تأیید کنید؛ پس از آن دفتر ادغام معرفی را بررسی می‌کند:

    { $link }
# machine-drafted
mail-confirm-active-subject = آیا { $organisation } هنوز فعال است؟
# machine-drafted
mail-confirm-active-body =
    با سلام،

    اطلاعات «{ $organisation }» در { $instance } یک سال است که تأیید نشده است. آیا همه چیز هنوز درست است؟ در این صورت یک کلیک کافی است، بدون نیاز به ورود:

    { $confirm_link }

    اگر چیزی تغییر کرده است، اطلاعات را در اینجا ویرایش کنید:

    { $edit_link }
# machine-drafted
mail-proposal-approved-subject = معرفی شما «{ $organisation }» منتشر شد
# machine-drafted
mail-proposal-approved-body =
    با سلام،

    دفتر ادغام معرفی شما «{ $organisation }» را بررسی و تأیید کرد. این اطلاعات اکنون در { $instance } برای عموم قابل مشاهده است:

    { $has_comment ->
        [yes] نظر دفتر ادغام: { $comment }
       *[no] { "" }
    }

    { $link }

    از معرفی شما سپاسگزاریم!
# machine-drafted
mail-proposal-rejected-subject = معرفی شما «{ $organisation }» پذیرفته نشد
# machine-drafted
mail-proposal-rejected-body =
    با سلام،

    از معرفی «{ $organisation }» سپاسگزاریم. دفتر ادغام آن را بررسی کرد و به فهرست انجمن‌ها اضافه نکرد. دلیل آن:

    { $comment }

    اگر می‌خواهید اطلاعات را تکمیل یا اصلاح کنید، می‌توانید در اینجا معرفی تازه‌ای بفرستید:

    { $link }
# machine-drafted
mail-claim-approved-subject = اکنون می‌توانید اطلاعات { $organisation } را ویرایش کنید
# machine-drafted
mail-claim-approved-body =
    با سلام،

    دفتر ادغام تأیید کرد که شما نمایندهٔ «{ $organisation }» هستید. اکنون می‌توانید خودتان اطلاعات آن را در { $instance } به‌روز نگه دارید: توضیحات، اطلاعات تماس، پیشنهادها و نیازها.

    اطلاعات را در اینجا ویرایش کنید (پس از ورود):

    { $link }
# machine-drafted
mail-claim-rejected-subject = اعلام مالکیت شما دربارهٔ { $organisation }
# machine-drafted
mail-claim-rejected-body =
    با سلام،

    از اینکه به ما اطلاع دادید نمایندهٔ «{ $organisation }» هستید سپاسگزاریم. متأسفانه دفتر ادغام نتوانست این را تأیید کند؛ بنابراین نمی‌توانید اطلاعات را ویرایش کنید.

    { $has_comment ->
        [yes] دلیل دفتر ادغام: { $comment }
       *[no] { "" }
    }

    اگر فکر می‌کنید اشتباهی رخ داده است، لطفاً با دفتر ادغام تماس بگیرید.

    صفحهٔ اطلاعات:

    { $link }
