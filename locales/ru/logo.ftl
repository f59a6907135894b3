# Machine-drafted translation (Russian), awaiting review by a native speaker.
# machine-drafted
logo-heading = Логотип
# machine-drafted
logo-none = Логотипа пока нет.
# machine-drafted
logo-none-short = без логотипа
# machine-drafted
logo-alt = Логотип: { $name }
# machine-drafted
logo-current-alt = Текущий логотип: { $name }
# machine-drafted
logo-waiting = Этот логотип ждёт проверки бюро по интеграции. До тех пор посетители видят прежний.
# machine-drafted
logo-removal-waiting = Удаление логотипа ждёт проверки бюро по интеграции. До тех пор посетители видят прежний логотип.
# machine-drafted
logo-choose = Выберите изображение для логотипа
# machine-drafted
logo-choose-other = Выберите другое изображение для логотипа
# machine-drafted
logo-hint = Изображение в формате PNG, JPEG (JPG) или WebP размером не более 2 МБ. Мы уменьшаем его максимум до 512 × 512 пикселей и удаляем скрытые данные, например камеру или место съёмки.
# machine-drafted
logo-separate-hint = Логотип сохраняется отдельно. Если Вы что-то изменили в профиле ниже, сначала сохраните это.
# machine-drafted
logo-upload = Загрузить логотип
# machine-drafted
logo-remove = Удалить логотип
# machine-drafted
logo-error-nothing-changed = Ничего не изменено. Пожалуйста, выберите другое изображение.
# machine-drafted
logo-error-empty = Пожалуйста, сначала выберите изображение.
# machine-drafted
logo-error-too-big = Файл слишком большой: логотип может быть не больше { $megabytes } МБ. Совет: уменьшите изображение или сделайте его снимок экрана.
# machine-drafted
logo-error-not-an-image = Этот файл не является изображением в формате PNG, JPEG или WebP или повреждён.
# machine-drafted
logo-error-too-large = В изображении слишком много пикселей: возможно не более { $pixels } × { $pixels } пикселей. Пожалуйста, уменьшите изображение.
# machine-drafted
logo-error-quota = Ваше объединение уже сохранило { $logos } изображений, больше невозможно. Изображения, которые больше не показывает ни один профиль, удаляются через { $days } дней после загрузки; после этого снова появится место. Ваш текущий логотип остаётся.
# machine-drafted
edit-saved-logo-pending = Новый логотип сохранён. Бюро по интеграции его проверит; до тех пор посетители видят прежний.
# machine-drafted
edit-saved-logo-published = Новый логотип сохранён и виден всем.
# machine-drafted
edit-saved-logo-removed-pending = Сохранено. Логотип будет удалён, как только бюро по интеграции согласится.
# machine-drafted
edit-saved-logo-removed-published = Логотип удалён.
# machine-drafted
edit-saved-logo-unchanged = Менять было нечего: логотип уже такой.
# machine-drafted
diff-field-logo = Логотип
# machine-drafted
diff-logo-before = Прежний логотип
# machine-drafted
diff-logo-after = Новый логотип
# machine-drafted
error-too-large-title = Слишком много данных за раз
# machine-drafted
error-too-large-text = Файл или форма слишком большие. Логотип может быть не больше 2 МБ. Пожалуйста, вернитесь и выберите файл поменьше.
