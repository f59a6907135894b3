# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
home-title = الرئيسية
# machine-drafted
home-heading = جمعيات ومبادرات من أجل الاندماج في { $city }
# machine-drafted
home-intro = تربط منصة Knotenpunkt جمعيات المدينة والمنظمات الذاتية للمهاجرين والمبادرات المحلية بمكتب الاندماج في المدينة. تجدون هنا العروض وجهات الاتصال وفرص التعاون.
# machine-drafted
home-count = { $count ->
    [zero] لا توجد جمعيات أو مبادرات في الشبكة
    [one] جمعية أو مبادرة واحدة في الشبكة
    [two] اثنتان من الجمعيات والمبادرات في الشبكة
    [few] { $count } جمعيات ومبادرات في الشبكة
    [many] { $count } جمعية ومبادرة في الشبكة
   *[other] { $count } جمعية ومبادرة في الشبكة
}
# machine-drafted
home-browse-all = إظهار الكل
# machine-drafted
home-fields = مجالات النشاط
# machine-drafted
home-office-heading = مكتب الاندماج
# machine-drafted
home-office-text = هل لديكم أفكار أو شواغل أو أسئلة؟ يمكنكم التواصل مع { $office } في كل ما يتعلق بالشبكة.
# machine-drafted
home-office-link = تواصلوا معنا
