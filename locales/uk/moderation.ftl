# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
edit-title = Редагування: { $name }
# machine-drafted
edit-public-page = Публічна сторінка
# machine-drafted
edit-saved-pending = Збережено. Бюро з питань інтеграції перевірить зміну; доти відвідувачі бачать попередню версію.
# machine-drafted
edit-saved-published = Збережено й опубліковано.
# machine-drafted
edit-saved-unchanged = Нічого зберігати: дані не змінилися.
# machine-drafted
edit-pending-heading = Очікує на перевірку.
# machine-drafted
edit-pending-text = Вашу останню зміну перевіряє бюро з питань інтеграції. Тут Ви бачите змінену версію; публічно поки що видно попередню.
# machine-drafted
form-errors-heading = Будь ласка, перевірте ці дані:
# machine-drafted
form-required = обов’язкове поле
# machine-drafted
edit-section-basics = Основні дані
# machine-drafted
edit-section-texts = Опис
# machine-drafted
edit-section-work = Діяльність і мови
# machine-drafted
edit-section-place = Місце
# machine-drafted
edit-section-contact = Контакти об’єднання
# machine-drafted
edit-section-persons = Контактні особи
# machine-drafted
edit-name = Назва об’єднання
# machine-drafted
edit-short-name = Коротка назва
# machine-drafted
edit-legal-form = Організаційно-правова форма
# machine-drafted
edit-mso = Ми – самоорганізація мігрантів
# machine-drafted
edit-founded = Рік заснування
# machine-drafted
edit-summary = Короткий опис (одне речення)
# machine-drafted
edit-description = Докладний опис
# machine-drafted
edit-meeting-times = Час зустрічей
# machine-drafted
edit-other-languages = Тексти іншими мовами (за бажанням)
# machine-drafted
edit-categories = Сфери діяльності
# machine-drafted
edit-target-groups = Для кого
# machine-drafted
edit-languages = Мови спілкування
# machine-drafted
edit-origins = Країни або регіони походження
# machine-drafted
edit-origins-hint = Розділяйте комами, наприклад: Сирія, Ірак
# machine-drafted
edit-street = Вулиця й номер будинку
# machine-drafted
edit-postcode = Поштовий індекс
# machine-drafted
edit-city = Населений пункт
# machine-drafted
edit-district = Район
# machine-drafted
edit-district-none = – без району –
# machine-drafted
edit-position = Розташування на мапі
# machine-drafted
edit-position-hint = Широта й довгота, наприклад 48.8975 і 9.1920. Якщо залишити поля порожніми, об’єднання буде розміщено на мапі за поштовим індексом або районом.
# machine-drafted
edit-lat = Широта
# machine-drafted
edit-lon = Довгота
# machine-drafted
edit-wheelchair = Безбар’єрний доступ
# machine-drafted
edit-wheelchair-unknown = – не вказано –
# machine-drafted
edit-phone = Телефон
# machine-drafted
edit-website = Вебсайт
# machine-drafted
edit-social = Соціальні мережі
# machine-drafted
edit-social-hint = Одне посилання в рядку.
# machine-drafted
edit-persons-hint = Дані про особу показуються публічно, лише якщо вона на це погодилася. Дані з позначкою «Лише мережа» бачать об’єднання, що увійшли в систему, і бюро з питань інтеграції; з позначкою «Лише бюро з питань інтеграції» – тільки бюро.
# machine-drafted
edit-person-new = Ще одна особа
# machine-drafted
edit-person-name = Ім’я
# machine-drafted
edit-person-function = Роль в об’єднанні
# machine-drafted
edit-person-visibility = Хто може бачити ці дані?
# machine-drafted
edit-person-consent = Ця особа погодилася, щоб її дані показувалися так, як вибрано. Якщо зняти позначку, згоду буде відкликано, і особу більше не показуватимуть публічно.
# machine-drafted
edit-submit-hint = Бюро з питань інтеграції перевіряє зміни, перш ніж вони стануть публічними.
# machine-drafted
edit-submit = Зберегти зміни
# machine-drafted
visibility-public = Публічно
# machine-drafted
visibility-network = Лише мережа
# machine-drafted
visibility-office = Лише бюро з питань інтеграції
# machine-drafted
form-error-required = Будь ласка, заповніть це поле.
# machine-drafted
form-error-repeated = Це поле надійшло кілька разів із різними значеннями. Усі вони показані тут разом – будь ласка, перевірте значення й надішліть форму ще раз.
# machine-drafted
form-error-too-short = Це закоротко.
# machine-drafted
form-error-too-long = Це задовго.
# machine-drafted
form-error-choose-one = Будь ласка, виберіть варіант зі списку.
# machine-drafted
form-error-year = Будь ласка, вкажіть рік від 1800 до поточного, наприклад 2015.
# machine-drafted
form-error-unknown-choice = Такого варіанта немає. Будь ласка, виберіть зі списку.
# machine-drafted
form-error-postcode = Будь ласка, вкажіть п’ятизначний поштовий індекс, наприклад 71634.
# machine-drafted
form-error-position = Будь ласка, вкажіть обидва числа, наприклад 48.8975 і 9.1920, або залиште обидва поля порожніми.
# machine-drafted
form-error-email = Будь ласка, вкажіть дійсну адресу електронної пошти, наприклад info@verein.de.
# machine-drafted
form-error-phone = Будь ласка, вкажіть номер телефону цифрами, наприклад 07141 123456.
# machine-drafted
form-error-link = Будь ласка, вкажіть повне посилання, наприклад https://www.verein.de.
# machine-drafted
form-error-too-many = Забагато записів.
# machine-drafted
diff-caption = Змінені дані
# machine-drafted
diff-field = Поле
# machine-drafted
diff-before = Було
# machine-drafted
diff-after = Стало
# machine-drafted
diff-none = Дані не змінено.
# machine-drafted
diff-yes = так
# machine-drafted
diff-no = ні
# machine-drafted
diff-field-name = Назва
# machine-drafted
diff-field-short-name = Коротка назва
# machine-drafted
diff-field-legal-form = Організаційно-правова форма
# machine-drafted
diff-field-mso = Самоорганізація мігрантів
# machine-drafted
diff-field-founded = Рік заснування
# machine-drafted
diff-field-summary = Короткий опис
# machine-drafted
diff-field-description = Опис
# machine-drafted
diff-field-categories = Сфери діяльності
# machine-drafted
diff-field-target-groups = Для кого
# machine-drafted
diff-field-languages = Мови
# machine-drafted
diff-field-origins = Походження
# machine-drafted
diff-field-address = Адреса
# machine-drafted
diff-field-district = Район
# machine-drafted
diff-field-position = Розташування
# machine-drafted
diff-field-wheelchair = Безбар’єрний доступ
# machine-drafted
diff-field-meeting-times = Час зустрічей
# machine-drafted
diff-field-contact-email = Ел. пошта
# machine-drafted
diff-field-contact-phone = Телефон
# machine-drafted
diff-field-contact-website = Вебсайт
# machine-drafted
diff-field-contact-social = Соціальні мережі
# machine-drafted
diff-field-contact-persons = Контактна особа
# machine-drafted
diff-field-contact-persons-consent = Згода контактної особи
# machine-drafted
review-title = Список на перевірку
# machine-drafted
review-intro = Зміни та рекомендації нових об’єднань, які чекають на Вашу перевірку. До схвалення відвідувачі бачать попередню версію.
# machine-drafted
review-empty = Нічого перевіряти.
# machine-drafted
review-new = Нове об’єднання
# machine-drafted
review-meta = Автор: { $author }, { $time } (версія { $number })
# machine-drafted
review-comment = Коментар
# machine-drafted
review-comment-required = Будь ласка, коротко напишіть, чому зміну не схвалено. Об’єднання отримає коментар електронною поштою.
# machine-drafted
review-approve = Схвалити
# machine-drafted
review-reject = Не схвалювати
# machine-drafted
review-done-approved = Схвалено. Зміна тепер публічна, об’єднання повідомлено електронною поштою.
# machine-drafted
review-done-rejected = Не схвалено. Об’єднання повідомлено електронною поштою разом із Вашим коментарем.
# machine-drafted
review-state-pending = очікує на перевірку
# machine-drafted
review-state-approved = схвалено
# machine-drafted
review-state-rejected = не схвалено
# machine-drafted
duplicate-heading = Можливо, вже є в довіднику:
# machine-drafted
duplicate-similar-name = схожа назва
# machine-drafted
duplicate-nearby = за { $metres } м
# machine-drafted
history-title = Версії: { $name }
# machine-drafted
history-title-short = Версії
# machine-drafted
history-version = Версія { $number }
# machine-drafted
history-current = публічна
# machine-drafted
history-restore = Відновити версію { $number }
# machine-drafted
history-archive = Архівувати
# machine-drafted
history-unarchive = Повернути з архіву
# machine-drafted
history-archived = Цей запис заархівовано, і він не видимий публічно.
# machine-drafted
history-trust = Позначити як надійне
# machine-drafted
history-untrust = Зняти позначку надійності
# machine-drafted
history-trusted = Надійне: зміни цього об’єднання публікуються одразу (і зберігаються як версії).
# machine-drafted
history-not-trusted = Зміни цього об’єднання перевіряються перед публікацією.
# machine-drafted
review-done-claim = Виконано.
# machine-drafted
edit-position-drag = Ви також можете перетягнути позначку на мапі або клацнути на мапі — числа заповняться самі.
# machine-drafted
review-comment-hint = Обов’язково, якщо Ви не схвалюєте: об’єднання отримає коментар електронною поштою.
