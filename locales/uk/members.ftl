# Machine-drafted translation (Ukrainian), awaiting review by a native speaker.
# machine-drafted
members-invite-sent-next = Воно значиться в «Відкритих запрошеннях», доки його не приймуть; там його можна надіслати знову або відкликати.
# machine-drafted
members-current-heading = Хто веде запис
# machine-drafted
members-none-yet = Ще ніхто не прийняв запрошення.
# machine-drafted
members-remove = Вилучити
# machine-drafted
members-pending-heading = Відкриті запрошення
# machine-drafted
members-pending-none = Відкритих запрошень немає.
# machine-drafted
members-pending-intro = Ці люди отримали запрошення, але ще не прийняли його.
# machine-drafted
members-pending-until = Посилання дійсне до { $date }
# machine-drafted
members-resend = Надіслати знову
# machine-drafted
members-revoke = Відкликати
# machine-drafted
members-done-resent = Запрошення надіслано знову з новим посиланням; старе посилання більше не діє.
# machine-drafted
members-done-revoked = Запрошення відкликано; його посилання більше не діє.
# machine-drafted
members-done-removed = Ця людина більше не веде запис.
# machine-drafted
members-error-gone = Цього запрошення або цієї людини тут немає (більше немає).
# machine-drafted
members-role-owner-hint = Веде запис, пропозиції й запити та запрошує інших людей.
# machine-drafted
members-role-editor-hint = Веде запис, пропозиції й запити, але нікого не запрошує.
# machine-drafted
members-role-editor-only = Ви запрошуєте людей, які ведуть запис разом із Вами: вони змінюють запис, пропозиції й запити, але нікого не запрошують.
# machine-drafted
profile-invite = Запросити представника
# machine-drafted
admin-invite-heading = Запросити когось для об’єднання
# machine-drafted
admin-invite-text = Оберіть об’єднання. На наступній сторінці Ви введете адресу електронної пошти й побачите відкриті запрошення.
# machine-drafted
admin-invite-organisation = Об’єднання
# machine-drafted
admin-invite-submit = Далі до запрошення
# machine-drafted
admin-own-account-hint = Ваш власний обліковий запис – вимкнути його може лише інший адміністратор.
# machine-drafted
account-organisations-staff = Як бюро з питань інтеграції Ви ведете кожен запис, не будучи учасником. Представників Ви запрошуєте на сторінці об’єднання («Запросити представника») або в списку облікових записів.
