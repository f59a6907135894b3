# Machine-drafted translation (Turkish), awaiting review by a native speaker.
# machine-drafted
language-de = Almanca
# machine-drafted
language-en = İngilizce
# machine-drafted
language-tr = Türkçe
# machine-drafted
language-ar = Arapça
# machine-drafted
language-uk = Ukraynaca
# machine-drafted
language-ru = Rusça
# machine-drafted
language-fa = Farsça
# machine-drafted
language-prs = Darice
# machine-drafted
language-ps = Peştuca
# machine-drafted
language-ku = Kürtçe
# machine-drafted
language-ti = Tigrinyaca
# machine-drafted
language-am = Amharca
# machine-drafted
language-it = İtalyanca
# machine-drafted
language-el = Yunanca
# machine-drafted
language-hr = Hırvatça
# machine-drafted
language-bs = Boşnakça
# machine-drafted
language-sr = Sırpça
# machine-drafted
language-pl = Lehçe
# machine-drafted
language-ro = Rumence
# machine-drafted
language-sq = Arnavutça
# machine-drafted
language-es = İspanyolca
# machine-drafted
language-pt = Portekizce
# machine-drafted
language-fr = Fransızca
# machine-drafted
language-vi = Vietnamca
# machine-drafted
language-ta = Tamilce
# machine-drafted
language-so = Somalice
# machine-drafted
language-bg = Bulgarca
# machine-drafted
language-hu = Macarca
# machine-drafted
language-zh = Çince
# machine-drafted
language-ur = Urduca
# machine-drafted
language-hi = Hintçe
