# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
introductions-unlinked = حسابكم غير مرتبط بأي جمعية بعد. ستظهر هنا الطلبات الموجّهة إلى جمعيتكم بعد أن يؤكد مكتب الاندماج أنكم تمثلونها: ابحثوا عن جمعيتكم في الدليل واختاروا هناك «هذه جمعيتنا».
# machine-drafted
introductions-unlinked-find = البحث عن جمعيتكم في الدليل
# machine-drafted
claims-waiting =
    { $count ->
        [one] طلب تعارف واحد ينتظر هذه الجمعية، من:
       *[other] { $count } طلبات تعارف تنتظر هذه الجمعية، من:
    }
