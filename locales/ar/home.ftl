# Machine-drafted translation (Arabic), awaiting review by a native speaker.
home-title = الرئيسية
home-heading = جمعيات ومبادرات من أجل الاندماج في { $city }
home-intro = تربط منصة Knotenpunkt جمعيات المدينة والمنظمات الذاتية للمهاجرين والمبادرات المحلية بمكتب تنسيق شؤون الاندماج. تجدون هنا العروض وجهات الاتصال وفرص التعاون.
home-count = { $count ->
    [zero] لا توجد جمعيات أو مبادرات في الشبكة
    [one] جمعية أو مبادرة واحدة في الشبكة
    [two] اثنتان من الجمعيات والمبادرات في الشبكة
    [few] { $count } جمعيات ومبادرات في الشبكة
    [many] { $count } جمعية ومبادرة في الشبكة
   *[other] { $count } جمعية ومبادرة في الشبكة
}
home-browse-all = عرض الكل
home-fields = مجالات النشاط
home-office-heading = مكتب التنسيق
home-office-text = هل لديكم أفكار أو طلبات أو أسئلة؟ يمكنكم التواصل مع { $office } في كل ما يتعلق بالشبكة.
home-office-link = تواصلوا معنا
