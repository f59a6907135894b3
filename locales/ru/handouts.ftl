# Machine-drafted translation (Russian), awaiting review by a native speaker.
# Печатные материалы встречи сети: личные материалы, листы столов, бейджи.

handouts-time = Время
handouts-venue = Место
handouts-agenda = Программа
handouts-round = Раунд { $number }: { $topic }
handouts-table = Стол
handouts-not-seated = В этом раунде без стола
handouts-tablemates = За вашим столом
handouts-alone = За этим столом пока больше никого нет.
handouts-offers = Предлагает
handouts-needs = Ищет
handouts-no-name = Имя не раскрыто
handouts-contacts = С кем стоит поговорить
handouts-no-contacts = В этот раз для вашего объединения предложений нет.
handouts-contact-offers = предлагает «{ $theirs }» – подходит к вашему запросу «{ $yours }»
handouts-contact-needs = ищет «{ $theirs }» – подходит к вашему предложению «{ $yours }»
handouts-shared-table = За вашим столом в раунде { $rounds }
handouts-notes = Заметки
handouts-qr = Страница встречи
handouts-sheet-title = Лист стола для модератора
handouts-moderator = Модерация
handouts-people = За столом
handouts-pairs = Сведены намеренно
handouts-pair = { $offering } предлагает «{ $offer }» – { $needing } ищет «{ $need }»
handouts-results = Результаты
handouts-result-ideas = Идеи
handouts-result-visions = Видение
handouts-result-contacts = Установленные контакты
handouts-result-projects = Запланированные проекты
handouts-project-title = Проект
handouts-project-partners = Партнёры
handouts-project-next-step = Следующий шаг
handouts-badge-round = Р{ $number }: { $table }
