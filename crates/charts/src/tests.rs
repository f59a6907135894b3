use super::*;

fn sample() -> Vec<Datum> {
    vec![Datum::new("Kultur", 12), Datum::new("Bildung", 3), Datum::new("Sport", 0)]
}

type Render = fn(&Chart, &[Datum]) -> String;

fn renderers() -> [(&'static str, Render); 3] {
    [("bar", bar_chart), ("column", column_chart), ("line", line_chart)]
}

fn attribute_values(svg: &str, name: &str) -> Vec<f64> {
    let needle = format!(" {name}=\"");
    svg.match_indices(&needle)
        .map(|(i, _)| {
            let rest = &svg[i + needle.len()..];
            rest[..rest.find('"').expect("closing quote")].parse::<f64>().expect("a number")
        })
        .collect()
}

#[test]
fn every_chart_is_an_image_labelled_by_its_title_and_description() {
    let chart = Chart::new("growth", "Vereine", "Zahl der Vereine");
    for (name, render) in renderers() {
        let svg = render(&chart, &sample());
        assert!(svg.starts_with("<svg "), "{name}");
        assert!(svg.ends_with("</svg>"), "{name}");
        assert!(svg.contains(r#"role="img""#), "{name}");
        assert!(svg.contains(r#"aria-labelledby="growth-title growth-desc""#), "{name}");
        assert!(svg.contains(r#"<title id="growth-title">Vereine</title>"#), "{name}");
        assert!(svg.contains(r#"<desc id="growth-desc">Zahl der Vereine</desc>"#), "{name}");
        assert!(svg.contains("viewBox=\"0 0 480 "), "{name}");
        assert!(!svg.contains(" width=\"480\""), "{name}: sized by its viewBox only");
    }
}

#[test]
fn labels_and_values_are_written_on_the_chart() {
    let chart = Chart::new("c", "t", "d");
    for (name, render) in [("bar", bar_chart as Render), ("column", column_chart)] {
        let svg = render(&chart, &sample());
        for label in ["Kultur", "Bildung", "Sport"] {
            assert!(svg.contains(&format!(">{label}</text>")), "{name}: {label}");
        }
        for value in ["12", "3", "0"] {
            assert!(svg.contains(&format!(">{value}</text>")), "{name}: {value}");
        }
    }
    let svg = line_chart(&chart, &sample());
    assert!(svg.contains(">Kultur</text>") && svg.contains(">Sport</text>"));
}

#[test]
fn all_text_is_escaped() {
    let hostile = r#"<script>alert("x")</script> & 'y'"#;
    let chart = Chart::new(r#"a" onload="x"#, hostile, hostile);
    for (name, render) in renderers() {
        let svg = render(&chart, &[Datum::with_display(hostile, 5, hostile)]);
        assert!(!svg.contains("<script"), "{name}");
        assert!(!svg.contains(r#"a" onload"#), "{name}: the id is sanitised");
        assert!(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"), "{name}");
    }
    assert_eq!(escape("a\u{0}b\u{1b}c\nd"), "a b c\nd", "control characters XML forbids are dropped");
}

#[test]
fn an_empty_chart_says_so_and_stays_valid() {
    let chart = Chart::new("e", "t", "d").empty_text("Keine Daten");
    for (name, render) in renderers() {
        let svg = render(&chart, &[]);
        assert!(svg.contains(">Keine Daten</text></svg>"), "{name}");
        assert!(!svg.contains("NaN") && !svg.contains("inf"), "{name}");
    }
}

#[test]
fn all_zero_values_draw_no_bars_and_no_nan() {
    let chart = Chart::new("z", "t", "d");
    let zeros = vec![Datum::new("a", 0), Datum::new("b", 0)];
    for (name, render) in renderers() {
        let svg = render(&chart, &zeros);
        assert!(!svg.contains("NaN") && !svg.contains("inf"), "{name}: {svg}");
        assert!(!svg.contains("<rect"), "{name}: no bar for zero");
        assert!(svg.contains(">0</text>"), "{name}: the zero is written");
    }
    let single = line_chart(&chart, &[Datum::new("2020", 7)]);
    assert!(!single.contains("NaN") && single.contains(">7</text>"));
}

#[test]
fn bars_are_proportional_to_their_values() {
    let svg = bar_chart(&Chart::new("p", "t", "d"), &[Datum::new("a", 100), Datum::new("b", 50)]);
    let widths = attribute_values(&svg, "width");
    assert_eq!(widths.len(), 2);
    assert!((widths[0] - 2.0 * widths[1]).abs() < 0.2, "{widths:?}");
}

#[test]
fn right_to_left_mirrors_the_chart() {
    let data = vec![Datum::new("ثقافة", 10), Datum::new("تعليم", 5)];
    let ltr = bar_chart(&Chart::new("r", "t", "d"), &data);
    let rtl = bar_chart(&Chart::new("r", "t", "d").direction(Direction::Rtl), &data);
    assert!(rtl.contains(r#"direction="rtl""#));
    assert!(!ltr.contains("direction="));
    let (ltr_x, rtl_x) = (attribute_values(&ltr, "x"), attribute_values(&rtl, "x"));
    // The first label sits at the left in LTR and at the mirrored place in RTL.
    assert!((ltr_x[0] + rtl_x[0] - WIDTH).abs() < 0.01, "{ltr_x:?} {rtl_x:?}");
    // Bars grow from the right edge of their area towards the left.
    let ltr_bar = (ltr_x[1], attribute_values(&ltr, "width")[0]);
    let rtl_bar = (rtl_x[1], attribute_values(&rtl, "width")[0]);
    assert!((rtl_bar.0 + rtl_bar.1 - (WIDTH - ltr_bar.0)).abs() < 0.2);
    // Time runs right to left: the first point of a line is at the right.
    let line = line_chart(&Chart::new("l", "t", "d").direction(Direction::Rtl), &data);
    let cx = attribute_values(&line, "cx");
    assert!(cx[0] > cx[1], "{cx:?}");
}

#[test]
fn large_numbers_are_grouped_and_do_not_overflow() {
    let chart = Chart::new("big", "t", "d");
    let data = vec![Datum::new("a", u64::MAX), Datum::new("b", 1_234_567), Datum::new("c", 1)];
    for (name, render) in renderers() {
        let svg = render(&chart, &data);
        assert!(svg.contains("1\u{202F}234\u{202F}567"), "{name}");
        assert!(!svg.contains("NaN") && !svg.contains("inf"), "{name}");
    }
    assert_eq!(group_digits(1_000, Some('.')), "1.000");
    assert_eq!(group_digits(999, Some('.')), "999");
    assert_eq!(group_digits(1_234_567, None), "1234567");
    let plain = bar_chart(&chart.clone().thousands(Some('.')), &data);
    assert!(plain.contains(">1.234.567</text>"));
}

#[test]
fn long_labels_are_cut_to_fit() {
    let long = "Verband der interkulturellen Elternvereine in der Region";
    let svg = bar_chart(&Chart::new("l", "t", "d"), &[Datum::new(long, 1)]);
    assert!(!svg.contains(long));
    assert!(svg.contains(">Verband der interkul…</text>"), "{svg}");
}

#[test]
fn a_long_series_writes_some_values_and_labels_and_the_last() {
    let data: Vec<Datum> = (0..36).map(|i| Datum::new(format!("M{i}"), i * 10)).collect();
    let svg = line_chart(&Chart::new("g", "t", "d"), &data);
    assert_eq!(svg.matches("<circle").count(), 36);
    assert!(svg.contains(">M0</text>") && svg.contains(">M35</text>"));
    assert!(svg.contains(">350</text>"));
    let labels = data.iter().filter(|d| svg.contains(&format!(">{}</text>", d.label))).count();
    assert!(labels <= 9, "{labels}");
}

#[test]
fn the_table_has_the_chart_numbers() {
    let chart = Chart::new("t", "Vereine nach Art", "d");
    let data = vec![Datum::new("Verein", 1200), Datum::with_display("Quote", 875, "87,5 %")];
    let table = table(&chart, &data, "Art", "Anzahl");
    assert_eq!(table.caption, "Vereine nach Art");
    assert_eq!((table.label_heading.as_str(), table.value_heading.as_str()), ("Art", "Anzahl"));
    assert_eq!(table.rows.len(), 2);
    assert_eq!(table.rows[0], TableRow { label: "Verein".into(), value: 1200, display: "1\u{202F}200".into() });
    assert_eq!(table.rows[1].display, "87,5 %");
    let svg = bar_chart(&chart, &data);
    for row in &table.rows {
        assert!(svg.contains(&format!(">{}</text>", escape(&row.display))));
    }
}

#[test]
fn month_labels_of_a_line_chart_do_not_touch() {
    // Three years of months (2020–2022 in the funding report), and two years and a month.
    for months in [36, 25, 24, 13, 7, 2] {
        let data: Vec<Datum> = (0..months).map(|i| Datum::new(format!("{}-{:02}", 2020 + i / 12, i % 12 + 1), i * 3)).collect();
        let svg = line_chart(&Chart::new("g", "t", "d"), &data);
        let xs: Vec<f64> = data
            .iter()
            .filter_map(|d| {
                let end = svg.find(&format!(">{}</text>", d.label))?;
                let start = svg[..end].rfind("<text x=\"")? + 9;
                svg[start..].split('"').next()?.parse().ok()
            })
            .collect();
        assert!(xs.len() >= 2, "{months} months: first and last at least: {xs:?}");
        assert!(
            svg.contains(&format!(">{}</text>", data[0].label)) && svg.contains(&format!(">{}</text>", data[months as usize - 1].label))
        );
        // "2020-01" is 7 characters, about 50 units wide at the small font; centred labels
        // need that much between them, the edge ones half as much again.
        for pair in xs.windows(2) {
            assert!(pair[1] - pair[0] >= 75.0, "{months} months: labels at {xs:?} touch");
        }
    }
}

/// The boxes (left, top, right, bottom) of a chart's small texts, estimated as the chart does
/// (`text_width`), from their anchor; for a right-to-left chart "start" is the right edge.
fn text_boxes(svg: &str, rtl: bool) -> Vec<(f64, f64, f64, f64, String)> {
    svg.split("<text ")
        .skip(1)
        .filter(|t| t.contains(&format!("font-size=\"{SMALL_FONT}\"")))
        .map(|t| {
            let attr = |name: &str| t.split(&format!("{name}=\"")).nth(1).and_then(|v| v.split('"').next()).unwrap_or_default().to_owned();
            let content = t.split('>').nth(1).unwrap_or_default().split('<').next().unwrap_or_default().to_owned();
            let (x, y): (f64, f64) = (attr("x").parse().expect("x"), attr("y").parse().expect("y"));
            let w = text_width(&content, SMALL_FONT);
            let left = match (attr("text-anchor").as_str(), rtl) {
                ("middle", _) => x - w / 2.0,
                ("start", false) | ("end", true) => x,
                _ => x - w,
            };
            (left, y - SMALL_FONT * 0.75, left + w, y + SMALL_FONT * 0.25, content)
        })
        .collect()
}

#[test]
fn no_text_of_a_growth_chart_runs_into_another() {
    // The demo's growth (20 associations, then up to 44 over three years), a large network's,
    // a short series and one that starts at the axis' half-way number.
    let series: [Vec<u64>; 4] = [
        (0..36).map(|i| 20 + i * 24 / 35).collect(),
        (0..84).map(|i| 1_200 * (i + 1)).collect(),
        vec![3, 4],
        (0..13).map(|i| 50 + i * 4).collect(),
    ];
    for values in &series {
        for direction in [Direction::Ltr, Direction::Rtl] {
            let data: Vec<Datum> =
                values.iter().enumerate().map(|(i, v)| Datum::new(format!("{}-{:02}", 2020 + i / 12, i % 12 + 1), *v)).collect();
            let svg = line_chart(&Chart::new("g", "t", "d").direction(direction), &data);
            let rtl = direction == Direction::Rtl;
            let boxes = text_boxes(&svg, rtl);
            assert!(boxes.iter().any(|b| b.4 == data[0].label), "the first month is written");
            for (i, a) in boxes.iter().enumerate() {
                assert!(a.0 >= 0.0 && a.2 <= WIDTH, "{direction:?}: {a:?} inside the chart");
                for b in &boxes[i + 1..] {
                    let apart = a.2 <= b.0 || b.2 <= a.0 || a.3 <= b.1 || b.3 <= a.1;
                    assert!(apart, "{} values, {direction:?}: {a:?} and {b:?} overlap", values.len());
                }
            }
            let first_value = chart_number(values[0]);
            assert!(boxes.iter().any(|b| b.4 == first_value), "the first value is written: {first_value}");
        }
    }
}

fn chart_number(value: u64) -> String {
    Chart::new("n", "t", "d").number(value)
}
