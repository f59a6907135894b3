# Machine-drafted translation (Farsi), awaiting review by a native speaker.
# machine-drafted
introductions-unlinked = حساب شما هنوز به هیچ انجمنی وصل نیست. درخواست‌ها به انجمن شما پس از آنکه دفتر ادغام تأیید کند نمایندهٔ آن هستید اینجا دیده می‌شوند: انجمن خود را در فهرست پیدا کنید و آنجا «این انجمن ماست» را انتخاب کنید.
# machine-drafted
introductions-unlinked-find = یافتن انجمن خود در فهرست
# machine-drafted
claims-waiting =
    { $count ->
        [one] یک درخواست آشنایی منتظر این انجمن است، از:
       *[other] { $count } درخواست آشنایی منتظر این انجمن است، از:
    }
