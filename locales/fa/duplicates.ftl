# Machine-drafted translation (Farsi), awaiting review by a native speaker.
duplicate-contained-name = بخش‌های متمایز یکسان در نام
propose-claim = این انجمن ماست
propose-claim-hint = اگر چنین است: لازم نیست چیزی پیشنهاد دهید. با «این انجمن ماست» از دفتر ادغام می‌خواهید مدخل را به شما بسپارد؛ دفتر بررسی می‌کند و با ایمیل پاسخ می‌دهد.
propose-claim-hint-sign-in = اگر چنین است: لازم نیست چیزی پیشنهاد دهید. «این انجمن ماست» شما را به ورود (یا ثبت‌نام) می‌برد؛ سپس از دفتر ادغام می‌خواهید مدخل را به شما بسپارد.
