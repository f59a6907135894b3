# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# Друковані матеріали зустрічі мережі: особисті матеріали, листи столів, бейджі.

# machine-drafted
handouts-time = Час
# machine-drafted
handouts-venue = Місце
# machine-drafted
handouts-agenda = Програма
# machine-drafted
handouts-round = Раунд { $number }: { $topic }
# machine-drafted
handouts-table = Стіл
# machine-drafted
handouts-not-seated = У цьому раунді без столу
# machine-drafted
handouts-tablemates = За Вашим столом
# machine-drafted
handouts-alone = За цим столом поки нікого більше немає.
# machine-drafted
handouts-offers = Пропонує
# machine-drafted
handouts-needs = Шукає
# machine-drafted
handouts-no-name = Ім’я не оприлюднено
# machine-drafted
handouts-contacts = З ким варто поговорити
# machine-drafted
handouts-no-contacts = Цього разу для Вашого об’єднання збігів немає.
# machine-drafted
handouts-contact-offers = пропонує «{ $theirs }» – підходить до Вашої потреби «{ $yours }»
# machine-drafted
handouts-contact-needs = шукає «{ $theirs }» – підходить до Вашої пропозиції «{ $yours }»
# machine-drafted
handouts-shared-table = За Вашим столом у раунді { $rounds }
# machine-drafted
handouts-notes = Нотатки
# machine-drafted
handouts-qr = Сторінка зустрічі
# machine-drafted
handouts-sheet-title = Лист столу для модератора
# machine-drafted
handouts-moderator = Модерація
# machine-drafted
handouts-people = За столом
# machine-drafted
handouts-pairs = Зведені навмисно
# machine-drafted
handouts-pair = { $offering } пропонує «{ $offer }» – { $needing } шукає «{ $need }»
# machine-drafted
handouts-results = Результати
# machine-drafted
handouts-result-ideas = Ідеї
# machine-drafted
handouts-result-visions = Бачення
# machine-drafted
handouts-result-contacts = Налагоджені контакти
# machine-drafted
handouts-result-projects = Заплановані проєкти
# machine-drafted
handouts-project-title = Проєкт
# machine-drafted
handouts-project-partners = Партнери
# machine-drafted
handouts-project-next-step = Наступний крок
# machine-drafted
handouts-badge-round = Р{ $number }: { $table }
