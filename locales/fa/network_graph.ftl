# Machine-drafted translation (Persian), awaiting review by a native speaker.

# machine-drafted
nav-graph = تصویر شبکه
# machine-drafted
graph-title = تصویر شبکه
# machine-drafted
graph-intro = کدام انجمن‌ها با هم آشنا شده‌اند: سر یک میز در دیدار شبکه، از راه یک درخواست تماس توافق‌شده یا در یک پروژهٔ همکاری مشترک. انجمن‌هایی که هیچ پیوندی ندارند در لیست آمده‌اند – گفت‌وگو با آن‌ها ارزشمند است.
# machine-drafted
graph-from = از (تاریخ)
# machine-drafted
graph-to = تا (تاریخ)
# machine-drafted
graph-date-hint = تاریخ به شکل ⁨YYYY-MM-DD⁩، مثلاً ⁨2020-01-31⁩. برای «از آغاز» یا «تا امروز» خالی بگذارید.
# machine-drafted
graph-kinds = پیوندها
# machine-drafted
graph-kind-met = سر یک میز دیدار کردند (خط پیوسته)
# machine-drafted
graph-kind-introduction = درخواست تماس توافق‌شده (خط‌چین)
# machine-drafted
graph-kind-project = پروژهٔ همکاری مشترک (خط نقطه‌چین)
# machine-drafted
graph-show = نمایش
# machine-drafted
graph-reset = بازنشانی صافی‌ها
# machine-drafted
graph-summary = { $associations } انجمن، { $edges } پیوند، { $isolated } بی‌پیوند.
# machine-drafted
graph-isolated = انجمن‌های بی‌پیوند
# machine-drafted
graph-isolated-intro = این انجمن‌ها در دورهٔ برگزیده هیچ‌یک از پیوندهای برگزیده را نداشتند. نام به نمایه می‌برد.
# machine-drafted
graph-isolated-none = هر انجمن دست‌کم یک پیوند دارد.
# machine-drafted
graph-activity = { $count ->
    [one] { $count } فعالیت
   *[other] { $count } فعالیت
}
# machine-drafted
graph-drawing = شبکه به شکل تصویر
# machine-drafted
graph-zoom-in = بزرگ‌نمایی
# machine-drafted
graph-zoom-out = کوچک‌نمایی
# machine-drafted
graph-zoom-reset = کل تصویر
# machine-drafted
graph-zoom-hint = برای جابه‌جایی تصویر بکشید، با چرخ موس بزرگ کنید.
# machine-drafted
graph-legend = راهنمای نشانه‌ها
# machine-drafted
graph-legend-size = هرچه نشانه بزرگ‌تر باشد، انجمن فعال‌تر است (دیدارهای شبکه، درخواست‌های تماس، پروژه‌های همکاری در این دوره). رنگ و شکل نخستین حوزهٔ فعالیت را نشان می‌دهند:
# machine-drafted
graph-export = بارگیری
# machine-drafted
graph-export-intro = همین داده‌ها با همین صافی‌ها، مثلاً برای Gephi.
# machine-drafted
graph-export-graphml = شبکه به قالب GraphML
# machine-drafted
graph-export-csv = پیوندها به شکل لیست CSV
# machine-drafted
graph-node-title = { $name } – { $field } – فعالیت‌ها: { $activity }، پیوندها: { $degree }
# machine-drafted
graph-field-none = بدون حوزهٔ فعالیت
# machine-drafted
form-error-graph-period-order = تاریخ پایان پیش از تاریخ آغاز است.
