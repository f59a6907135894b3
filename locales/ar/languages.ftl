# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
language-de = الألمانية
# machine-drafted
language-en = الإنجليزية
# machine-drafted
language-tr = التركية
# machine-drafted
language-ar = العربية
# machine-drafted
language-uk = الأوكرانية
# machine-drafted
language-ru = الروسية
# machine-drafted
language-fa = الفارسية
# machine-drafted
language-prs = الدارية
# machine-drafted
language-ps = البشتوية
# machine-drafted
language-ku = الكردية
# machine-drafted
language-ti = التغرينية
# machine-drafted
language-am = الأمهرية
# machine-drafted
language-it = الإيطالية
# machine-drafted
language-el = اليونانية
# machine-drafted
language-hr = الكرواتية
# machine-drafted
language-bs = البوسنية
# machine-drafted
language-sr = الصربية
# machine-drafted
language-pl = البولندية
# machine-drafted
language-ro = الرومانية
# machine-drafted
language-sq = الألبانية
# machine-drafted
language-es = الإسبانية
# machine-drafted
language-pt = البرتغالية
# machine-drafted
language-fr = الفرنسية
# machine-drafted
language-vi = الفيتنامية
# machine-drafted
language-ta = التاميلية
# machine-drafted
language-so = الصومالية
# machine-drafted
language-bg = البلغارية
# machine-drafted
language-hu = المجرية
# machine-drafted
language-zh = الصينية
# machine-drafted
language-ur = الأردية
# machine-drafted
language-hi = الهندية
