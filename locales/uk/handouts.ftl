# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# Друковані матеріали зустрічі мережі: особисті матеріали, листи столів, бейджі.

handouts-time = Час
handouts-venue = Місце
handouts-agenda = Програма
handouts-round = Раунд { $number }: { $topic }
handouts-table = Стіл
handouts-not-seated = У цьому раунді без столу
handouts-tablemates = За вашим столом
handouts-alone = За цим столом поки нікого більше немає.
handouts-offers = Пропонує
handouts-needs = Шукає
handouts-no-name = Ім’я не оприлюднено
handouts-contacts = З ким варто поговорити
handouts-no-contacts = Цього разу для вашого об’єднання пропозицій немає.
handouts-contact-offers = пропонує «{ $theirs }» – підходить до вашого запиту «{ $yours }»
handouts-contact-needs = шукає «{ $theirs }» – підходить до вашої пропозиції «{ $yours }»
handouts-shared-table = За вашим столом у раунді { $rounds }
handouts-notes = Нотатки
handouts-qr = Сторінка зустрічі
handouts-sheet-title = Лист столу для модератора
handouts-moderator = Модерація
handouts-people = За столом
handouts-pairs = Зведені навмисно
handouts-pair = { $offering } пропонує «{ $offer }» – { $needing } шукає «{ $need }»
handouts-results = Результати
handouts-result-ideas = Ідеї
handouts-result-visions = Бачення
handouts-result-contacts = Налагоджені контакти
handouts-result-projects = Заплановані проєкти
handouts-project-title = Проєкт
handouts-project-partners = Партнери
handouts-project-next-step = Наступний крок
handouts-badge-round = Р{ $number }: { $table }
