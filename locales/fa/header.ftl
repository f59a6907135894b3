# Machine-drafted translation (Farsi), awaiting review by a native speaker.
nav-menu = منو
home-propose-hint = انجمن شما در فهرست نیست؟ آن را پیشنهاد دهید – دفتر ادغام پیشنهاد را بررسی می‌کند.
