# Machine-drafted translation (Farsi), awaiting review by a native speaker.
# machine-drafted
nav-menu = منو
# machine-drafted
home-propose-hint = انجمن شما در فهرست نیست؟ آن را معرفی کنید – دفتر ادغام این معرفی را بررسی می‌کند.
