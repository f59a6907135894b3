# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
logo-heading = Логотип
# machine-drafted
logo-none = Логотипу ще немає.
# machine-drafted
logo-none-short = без логотипу
# machine-drafted
logo-alt = Логотип: { $name }
# machine-drafted
logo-current-alt = Поточний логотип: { $name }
# machine-drafted
logo-waiting = Цей логотип чекає на перевірку бюро з питань інтеграції. До того часу відвідувачі бачать попередній.
# machine-drafted
logo-removal-waiting = Видалення логотипа чекає на перевірку бюро з питань інтеграції. До того часу відвідувачі бачать попередній логотип.
# machine-drafted
logo-choose = Виберіть зображення для логотипа
# machine-drafted
logo-choose-other = Виберіть інше зображення для логотипа
# machine-drafted
logo-hint = Зображення у форматі PNG, JPEG (JPG) або WebP розміром до 2 МБ. Ми зменшуємо його щонайбільше до 512 × 512 пікселів і видаляємо приховані дані, як-от камеру чи місце зйомки.
# machine-drafted
logo-separate-hint = Логотип зберігається окремо. Якщо Ви щось змінили в профілі нижче, спочатку збережіть це.
# machine-drafted
logo-upload = Завантажити логотип
# machine-drafted
logo-remove = Видалити логотип
# machine-drafted
logo-error-nothing-changed = Нічого не змінено. Виберіть, будь ласка, інше зображення.
# machine-drafted
logo-error-empty = Спочатку виберіть, будь ласка, зображення.
# machine-drafted
logo-error-too-big = Файл завеликий: логотип може мати щонайбільше { $megabytes } МБ. Порада: зменште зображення або зробіть його знімок екрана.
# machine-drafted
logo-error-not-an-image = Цей файл не є зображенням у форматі PNG, JPEG або WebP або пошкоджений.
# machine-drafted
logo-error-too-large = У зображенні забагато пікселів: можливо щонайбільше { $pixels } × { $pixels } пікселів. Зменште, будь ласка, зображення.
# machine-drafted
logo-error-quota = Ваше об’єднання вже зберегло { $logos } зображень, більше неможливо. Зображення, які більше не показує жоден профіль, видаляються через { $days } днів після завантаження; тоді знову з’явиться місце. Ваш поточний логотип залишається.
# machine-drafted
edit-saved-logo-pending = Новий логотип збережено. Бюро з питань інтеграції його перевірить; до того часу відвідувачі бачать попередній.
# machine-drafted
edit-saved-logo-published = Новий логотип збережено, і він видимий для всіх.
# machine-drafted
edit-saved-logo-removed-pending = Збережено. Логотип буде видалено, щойно бюро з питань інтеграції погодиться.
# machine-drafted
edit-saved-logo-removed-published = Логотип видалено.
# machine-drafted
edit-saved-logo-unchanged = Нічого було змінювати: логотип уже такий.
# machine-drafted
diff-field-logo = Логотип
# machine-drafted
diff-logo-before = Попередній логотип
# machine-drafted
diff-logo-after = Новий логотип
# machine-drafted
error-too-large-title = Забагато даних за раз
# machine-drafted
error-too-large-text = Файл або форма завеликі. Логотип може мати щонайбільше 2 МБ. Поверніться, будь ласка, і виберіть менший файл.
