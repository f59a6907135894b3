# Machine-drafted translation (Persian), awaiting review by a native speaker.
# machine-drafted
home-title = صفحهٔ اصلی
# machine-drafted
home-heading = انجمن‌ها و ابتکارهایی برای ادغام در { $city }
# machine-drafted
home-intro = پلتفرم Knotenpunkt انجمن‌ها، سازمان‌های خودگردان مهاجران و ابتکارهای مدنی شهر را با دفتر ادغام شهر پیوند می‌دهد. پیشنهادها، افراد رابط و فرصت‌های همکاری را در اینجا پیدا کنید.
# machine-drafted
home-count = { $count ->
    [one] { $count } انجمن یا ابتکار در شبکه
   *[other] { $count } انجمن و ابتکار در شبکه
}
# machine-drafted
home-browse-all = نمایش همه
# machine-drafted
home-fields = حوزه‌های فعالیت
# machine-drafted
home-office-heading = دفتر ادغام
# machine-drafted
home-office-text = ایده، دغدغه یا پرسشی دارید؟ { $office } در همهٔ امور شبکه پاسخگوی شماست.
# machine-drafted
home-office-link = تماس با ما
