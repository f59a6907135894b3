# Machine-drafted translation (Farsi), awaiting review by a native speaker.
home-title = صفحه اصلی
home-heading = انجمن‌ها و ابتکارهایی برای ادغام در { $city }
home-intro = پلتفرم Knotenpunkt انجمن‌ها، سازمان‌های خودگردان مهاجران و ابتکارهای مدنی شهر را با دفتر هماهنگی امور ادغام پیوند می‌دهد. برنامه‌ها، افراد رابط و فرصت‌های همکاری را در اینجا پیدا کنید.
home-count = { $count ->
    [one] { $count } انجمن یا ابتکار در شبکه
   *[other] { $count } انجمن و ابتکار در شبکه
}
home-browse-all = نمایش همه
home-fields = حوزه‌های فعالیت
home-office-heading = دفتر هماهنگی
home-office-text = ایده، درخواست یا پرسشی دارید؟ { $office } در همه امور شبکه پاسخگوی شماست.
home-office-link = تماس با ما
