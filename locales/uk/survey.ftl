# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# The survey of associations: list and dashboard for the office, questionnaire for the associations.

# machine-drafted
nav-surveys = Опитування
# machine-drafted
survey-list-title = Опитування об’єднань
# machine-drafted
survey-list-none = Опитувань ще немає.
# machine-drafted
survey-title = Назва
# machine-drafted
survey-status = Стан
# machine-drafted
survey-status-draft = чернетка
# machine-drafted
survey-status-open = триває
# machine-drafted
survey-status-closed = завершено
# machine-drafted
survey-invited = Запрошено
# machine-drafted
survey-responses = Відповіді
# machine-drafted
survey-rate = Частка відповідей
# machine-drafted
survey-dashboard = Результати
# machine-drafted
survey-anonymous = оцінюється анонімно
# machine-drafted
survey-export-csv = Завантажити відповіді як CSV
# machine-drafted
survey-export-codebook = Кодова книга (CSV)
# machine-drafted
survey-filters = Фільтрувати й порівнювати
# machine-drafted
survey-filter-mso = Самоорганізація мігрантів
# machine-drafted
survey-filter-field = Сфера діяльності
# machine-drafted
survey-filter-district = Район
# machine-drafted
survey-filter-all = усі
# machine-drafted
survey-cross-by = Перехресна таблиця за
# machine-drafted
survey-cross-none = немає
# machine-drafted
survey-by-mso = Самоорганізація мігрантів так/ні
# machine-drafted
survey-by-field = Сфера діяльності
# machine-drafted
survey-by-district = Район
# machine-drafted
survey-search = Пошук у вільних текстах
# machine-drafted
survey-apply = Показати
# machine-drafted
survey-suppression-rule = Це опитування анонімне: у відфільтрованих видах і перехресних таблицях групи з менш ніж { $min } відповідями не показуються.
# machine-drafted
survey-shown = Після фільтра відповідей: { $count }.
# machine-drafted
survey-suppressed = Для цього вибору замало відповідей: в анонімному опитуванні менше ніж { $min } відповідей Ви не побачите в цифрах.
# machine-drafted
survey-answered = Відповідей: { $count }
# machine-drafted
survey-cross-suppressed = У перехресній таблиці приховано групи з менш ніж { $min } відповідями.
# machine-drafted
survey-mean = Середнє
# machine-drafted
survey-answer = Відповідь
# machine-drafted
survey-count = Кількість
# machine-drafted
survey-no-answers = немає відповідей
# machine-drafted
survey-chart-desc = Відповідей: { $answered }. Найчастіше: { $top } ({ $count }).
# machine-drafted
survey-chart-desc-none = Відповідей: { $answered }, нічого не вибрано.
# machine-drafted
survey-texts = Вільні тексти
# machine-drafted
survey-texts-none = Вільних текстів немає (або жоден не відповідає пошуку).
# machine-drafted
survey-group = Група
# machine-drafted
survey-group-mso = Самоорганізація мігрантів
# machine-drafted
survey-group-not-mso = інші об’єднання
# machine-drafted
survey-group-no-district = без району
# machine-drafted
survey-group-suppressed = менше ніж { $min } відповідей – не показано
# machine-drafted
survey-cross-caption = { $question } за ознакою «{ $by }»
# machine-drafted
survey-kind-single-choice = Один варіант
# machine-drafted
survey-kind-multiple-choice = Кілька варіантів
# machine-drafted
survey-kind-scale = Шкала 1–5
# machine-drafted
survey-kind-number = Число
# machine-drafted
survey-kind-short-text = Короткий текст
# machine-drafted
survey-kind-long-text = Довгий текст
# machine-drafted
survey-kind-yes-no = Так/ні
# machine-drafted
survey-kind-categories = Сфери діяльності
# machine-drafted
survey-kind-languages = Мови
# machine-drafted
survey-yes = Так
# machine-drafted
survey-no = Ні
# machine-drafted
survey-other = Інше
# machine-drafted
survey-other-text = Інше, а саме:
# machine-drafted
survey-for = Для
# machine-drafted
survey-progress = Сторінка { $number } з { $total }
# machine-drafted
survey-required = обов’язково
# machine-drafted
survey-in-german = Цього питання ще немає Вашою мовою; воно показане німецькою.
# machine-drafted
survey-next = Далі
# machine-drafted
survey-back = Назад
# machine-drafted
survey-submit = Надіслати відповіді
# machine-drafted
survey-later = Зберегти й продовжити пізніше
# machine-drafted
survey-thanks = Дякуємо! Ваші відповіді збережено. До завершення опитування Ви можете змінити їх за тим самим посиланням.
# machine-drafted
survey-saved-later = Збережено. За тим самим посиланням Ви можете продовжити тут будь-коли.
# machine-drafted
survey-editable = Ваші відповіді вже надіслано. Ви можете змінити їх до завершення опитування.
# machine-drafted
survey-not-open = Це опитування зараз не приймає відповідей.
# machine-drafted
survey-error-required = Будь ласка, дайте відповідь на це питання.
# machine-drafted
survey-error-unknown-option = Будь ласка, виберіть одну з поданих відповідей.
# machine-drafted
survey-error-other-text-missing = Ви вибрали «Інше»: будь ласка, напишіть, що саме.
# machine-drafted
survey-error-single-value = Будь ласка, виберіть лише одну відповідь.
# machine-drafted
survey-error-not-a-number = Будь ласка, введіть ціле число, напр. 12.
# machine-drafted
survey-error-out-of-range = Це число поза дозволеним діапазоном.
# machine-drafted
survey-error-too-long = Цей текст задовгий.
# machine-drafted
survey-error-unknown-language = Ми не знаємо цієї мови.
# machine-drafted
survey-error-unknown-category = Такої сфери діяльності немає.
# machine-drafted
survey-error-too-many = Це забагато відповідей.
# machine-drafted
error-survey-not-found-title = Опитування не знайдено
# machine-drafted
error-survey-not-found-text = Такого посилання немає (більше). Можливо, тим часом прийшло нагадування з новим посиланням; інакше зверніться, будь ласка, до бюро з питань інтеграції.
# machine-drafted
error-survey-not-open-title = Опитування не відкрите
# machine-drafted
error-survey-not-open-text = Це опитування зараз не приймає відповідей.
