# Machine-drafted translation (Farsi), awaiting review by a native speaker.
# machine-drafted
nav-menu = منو
# machine-drafted
home-propose-hint = انجمن شما در فهرست نیست؟ آن را پیشنهاد دهید – دفتر ادغام پیشنهاد را بررسی می‌کند.
