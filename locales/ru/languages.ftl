# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
language-de = Немецкий
# machine-drafted
language-en = Английский
# machine-drafted
language-tr = Турецкий
# machine-drafted
language-ar = Арабский
# machine-drafted
language-uk = Украинский
# machine-drafted
language-ru = Русский
# machine-drafted
language-fa = Персидский (фарси)
# machine-drafted
language-prs = Дари
# machine-drafted
language-ps = Пушту
# machine-drafted
language-ku = Курдский
# machine-drafted
language-ti = Тигринья
# machine-drafted
language-am = Амхарский
# machine-drafted
language-it = Итальянский
# machine-drafted
language-el = Греческий
# machine-drafted
language-hr = Хорватский
# machine-drafted
language-bs = Боснийский
# machine-drafted
language-sr = Сербский
# machine-drafted
language-pl = Польский
# machine-drafted
language-ro = Румынский
# machine-drafted
language-sq = Албанский
# machine-drafted
language-es = Испанский
# machine-drafted
language-pt = Португальский
# machine-drafted
language-fr = Французский
# machine-drafted
language-vi = Вьетнамский
# machine-drafted
language-ta = Тамильский
# machine-drafted
language-so = Сомали
# machine-drafted
language-bg = Болгарский
# machine-drafted
language-hu = Венгерский
# machine-drafted
language-zh = Китайский
# machine-drafted
language-ur = Урду
# machine-drafted
language-hi = Хинди
