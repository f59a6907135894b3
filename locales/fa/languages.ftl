# Machine-drafted translation (Persian), awaiting review by a native speaker.
# machine-drafted
language-de = آلمانی
# machine-drafted
language-en = انگلیسی
# machine-drafted
language-tr = ترکی
# machine-drafted
language-ar = عربی
# machine-drafted
language-uk = اوکراینی
# machine-drafted
language-ru = روسی
# machine-drafted
language-fa = فارسی
# machine-drafted
language-prs = دری
# machine-drafted
language-ps = پشتو
# machine-drafted
language-ku = کردی
# machine-drafted
language-ti = تیگرینیا
# machine-drafted
language-am = امهری
# machine-drafted
language-it = ایتالیایی
# machine-drafted
language-el = یونانی
# machine-drafted
language-hr = کرواتی
# machine-drafted
language-bs = بوسنیایی
# machine-drafted
language-sr = صربی
# machine-drafted
language-pl = لهستانی
# machine-drafted
language-ro = رومانیایی
# machine-drafted
language-sq = آلبانیایی
# machine-drafted
language-es = اسپانیایی
# machine-drafted
language-pt = پرتغالی
# machine-drafted
language-fr = فرانسوی
# machine-drafted
language-vi = ویتنامی
# machine-drafted
language-ta = تامیلی
# machine-drafted
language-so = سومالیایی
# machine-drafted
language-bg = بلغاری
# machine-drafted
language-hu = مجاری
# machine-drafted
language-zh = چینی
# machine-drafted
language-ur = اردو
# machine-drafted
language-hi = هندی
