# Machine-drafted translation (Russian), awaiting review by a native speaker.
# Печатные материалы встречи сети: личные материалы, листы столов, бейджи.

# machine-drafted
handouts-time = Время
# machine-drafted
handouts-venue = Место
# machine-drafted
handouts-agenda = Программа
# machine-drafted
handouts-round = Раунд { $number }: { $topic }
# machine-drafted
handouts-table = Стол
# machine-drafted
handouts-not-seated = В этом раунде без стола
# machine-drafted
handouts-tablemates = За Вашим столом
# machine-drafted
handouts-alone = За этим столом пока больше никого нет.
# machine-drafted
handouts-offers = Предлагает
# machine-drafted
handouts-needs = Ищет
# machine-drafted
handouts-no-name = Имя не раскрыто
# machine-drafted
handouts-contacts = С кем стоит поговорить
# machine-drafted
handouts-no-contacts = В этот раз для Вашего объединения совпадений нет.
# machine-drafted
handouts-contact-offers = предлагает «{ $theirs }» – подходит к Вашей потребности «{ $yours }»
# machine-drafted
handouts-contact-needs = ищет «{ $theirs }» – подходит к Вашему предложению «{ $yours }»
# machine-drafted
handouts-shared-table = За Вашим столом в раунде { $rounds }
# machine-drafted
handouts-notes = Заметки
# machine-drafted
handouts-qr = Страница встречи
# machine-drafted
handouts-sheet-title = Лист стола для модератора
# machine-drafted
handouts-moderator = Модерация
# machine-drafted
handouts-people = За столом
# machine-drafted
handouts-pairs = Сведены намеренно
# machine-drafted
handouts-pair = { $offering } предлагает «{ $offer }» – { $needing } ищет «{ $need }»
# machine-drafted
handouts-results = Результаты
# machine-drafted
handouts-result-ideas = Идеи
# machine-drafted
handouts-result-visions = Видение
# machine-drafted
handouts-result-contacts = Установленные контакты
# machine-drafted
handouts-result-projects = Запланированные проекты
# machine-drafted
handouts-project-title = Проект
# machine-drafted
handouts-project-partners = Партнёры
# machine-drafted
handouts-project-next-step = Следующий шаг
# machine-drafted
handouts-badge-round = Р{ $number }: { $table }
