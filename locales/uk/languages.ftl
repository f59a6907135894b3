# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
language-de = Німецька
# machine-drafted
language-en = Англійська
# machine-drafted
language-tr = Турецька
# machine-drafted
language-ar = Арабська
# machine-drafted
language-uk = Українська
# machine-drafted
language-ru = Російська
# machine-drafted
language-fa = Перська (фарсі)
# machine-drafted
language-prs = Дарі
# machine-drafted
language-ps = Пушту
# machine-drafted
language-ku = Курдська
# machine-drafted
language-ti = Тигринья
# machine-drafted
language-am = Амхарська
# machine-drafted
language-it = Італійська
# machine-drafted
language-el = Грецька
# machine-drafted
language-hr = Хорватська
# machine-drafted
language-bs = Боснійська
# machine-drafted
language-sr = Сербська
# machine-drafted
language-pl = Польська
# machine-drafted
language-ro = Румунська
# machine-drafted
language-sq = Албанська
# machine-drafted
language-es = Іспанська
# machine-drafted
language-pt = Португальська
# machine-drafted
language-fr = Французька
# machine-drafted
language-vi = В’єтнамська
# machine-drafted
language-ta = Тамільська
# machine-drafted
language-so = Сомалі
# machine-drafted
language-bg = Болгарська
# machine-drafted
language-hu = Угорська
# machine-drafted
language-zh = Китайська
# machine-drafted
language-ur = Урду
# machine-drafted
language-hi = Гінді
