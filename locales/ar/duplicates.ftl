# Machine-drafted translation (Arabic), awaiting review by a native speaker.
duplicate-contained-name = أجزاء مميِّزة متطابقة في الاسم
propose-claim = هذه جمعيتنا
propose-claim-hint = إن كان كذلك: لا داعي لاقتراح شيء. بالضغط على «هذه جمعيتنا» تطلبون من مكتب الاندماج تسليمكم الإدخال؛ يتحقق المكتب ويرد بالبريد الإلكتروني.
propose-claim-hint-sign-in = إن كان كذلك: لا داعي لاقتراح شيء. «هذه جمعيتنا» تنقلكم إلى تسجيل الدخول (أو إنشاء حساب)؛ بعدها تطلبون من مكتب الاندماج تسليمكم الإدخال.
