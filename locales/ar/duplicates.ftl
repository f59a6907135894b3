# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
duplicate-contained-name = أجزاء مميِّزة متطابقة في الاسم
# machine-drafted
propose-claim = هذه جمعيتنا
# machine-drafted
propose-claim-hint = إن كان كذلك: لا داعي لاقتراح شيء. بالضغط على «هذه جمعيتنا» تطلبون من مكتب الاندماج تسليمكم الإدخال؛ يتحقق المكتب ويرد بالبريد الإلكتروني.
# machine-drafted
propose-claim-hint-sign-in = إن كان كذلك: لا داعي لاقتراح شيء. «هذه جمعيتنا» تنقلكم إلى تسجيل الدخول (أو إنشاء حساب)؛ بعدها تطلبون من مكتب الاندماج تسليمكم الإدخال.
