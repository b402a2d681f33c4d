//! Exports of an analysis: CSV (entities, quotes, timeline), a Markdown summary and
//! TimelineJS-compatible JSON. The JSON export in the CLI's schema comes from `engine::json`.
//!
//! Built from the page's [`Report`], in plain Rust (tested natively).

use serde_json::{json, Value};

use crate::axis::{event_range, ymd};
use crate::report::{type_name, Report};
use engine::Precision;

/// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A leading `=`,
/// `+`, `-` or `@` is prefixed with `'` so a spreadsheet shows the text instead of running it.
fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn csv(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = header.join(",");
    out.push_str("\r\n");
    for row in rows {
        out.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

fn name_of(report: &Report, id: usize) -> String {
    report.cards.iter().find(|c| c.id == id).map(|c| c.name.clone()).unwrap_or_default()
}

pub fn entities_csv(report: &Report) -> String {
    csv(
        &["id", "type", "name", "aliases", "mentions", "quotes"],
        report.cards.iter().map(|c| {
            vec![
                c.id.to_string(),
                c.kind.label().to_string(),
                c.name.clone(),
                c.aliases.join("; "),
                c.mentions.to_string(),
                c.quotes.to_string(),
            ]
        }),
    )
}

pub fn quotes_csv(report: &Report) -> String {
    csv(
        &["index", "quote", "speaker", "speaker_entity", "speaker_words", "cue", "rule", "kind"],
        report.quotes.iter().map(|q| {
            vec![
                q.index.to_string(),
                q.text.clone(),
                q.speaker.clone().unwrap_or_default(),
                q.speaker_entity.map(|e| e.to_string()).unwrap_or_default(),
                q.speaker_words.clone().unwrap_or_default(),
                q.cue.clone().unwrap_or_default(),
                q.rule.clone().unwrap_or_default(),
                q.kind.label().to_string(),
            ]
        }),
    )
}

pub fn timeline_csv(report: &Report) -> String {
    csv(
        &["date", "end_date", "precision", "inferred", "label", "entities"],
        report.timeline.iter().map(|e| {
            vec![
                e.date.clone(),
                e.end_date.clone().unwrap_or_default(),
                e.precision.label().to_string(),
                e.inferred.to_string(),
                e.label.clone(),
                e.entities.iter().map(|&id| name_of(report, id)).collect::<Vec<_>>().join("; "),
            ]
        }),
    )
}

/// The first paragraph, shortened: the article's headline in most pasted texts.
pub fn title(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("Article");
    let mut out: String = line.chars().take(120).collect();
    if line.chars().count() > 120 {
        out.push('…');
    }
    out
}

/// Markdown text is escaped where it would otherwise turn into markup.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub fn markdown(text: &str, report: &Report) -> String {
    let mut out = format!("# {}\n\n", md(&title(text)));
    out.push_str(&format!(
        "Reference date: {} ({}).\n\n",
        report.reference.date.as_deref().unwrap_or("none"),
        md(&report.reference.note)
    ));
    out.push_str("## Entities\n\n");
    if report.cards.is_empty() {
        out.push_str("None found.\n\n");
    }
    for item in report.legend.iter().filter(|l| l.entities > 0) {
        out.push_str(&format!("### {} ({})\n\n", type_name(item.kind), item.entities));
        let mut cards: Vec<_> = report.cards.iter().filter(|c| c.kind == item.kind).collect();
        cards.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(a.first.cmp(&b.first)));
        for c in cards {
            out.push_str(&format!(
                "- **{}** — {} mention{}",
                md(&c.name),
                c.mentions,
                if c.mentions == 1 { "" } else { "s" }
            ));
            if c.quotes > 0 {
                out.push_str(&format!(", {} quote{}", c.quotes, if c.quotes == 1 { "" } else { "s" }));
            }
            if !c.aliases.is_empty() {
                out.push_str(&format!("; also “{}”", md(&c.aliases.join("”, “"))));
            }
            out.push('\n');
        }
        out.push('\n');
    }
    out.push_str("## Quotes\n\n");
    if report.quotes.is_empty() {
        out.push_str("None found.\n\n");
    }
    for q in &report.quotes {
        out.push_str(&format!("> “{}”\n>\n> — {}", md(&q.text), md(q.speaker.as_deref().unwrap_or("unknown speaker"))));
        if let Some(cue) = &q.cue {
            out.push_str(&format!(" ({})", md(cue)));
        }
        out.push_str("\n\n");
    }
    out.push_str("## Timeline\n\n");
    if report.timeline.is_empty() {
        out.push_str("None found.\n");
    }
    for e in &report.timeline {
        let inferred = if e.inferred { " (inferred)" } else { "" };
        out.push_str(&format!("- **{}**{inferred} — {}\n", md(&e.display), md(&e.label)));
    }
    out
}

/// TimelineJS 3's JSON: a title slide and one event per calendar-dated timeline entry (entries
/// without calendar days, such as `XXXX-WXX-4` or `PAST_REF`, are left out: TimelineJS cannot
/// place them). Each date keeps the precision the text gives: a year is only a year, a month has
/// no day; periods that are not a day, month or year (weeks, quarters, seasons, decades) and
/// ranges get an end date.
pub fn timelinejs(text: &str, report: &Report) -> String {
    let fields = |day: i64, precision: Precision| {
        let (y, m, d) = ymd(day);
        let mut date = serde_json::Map::new();
        date.insert("year".into(), json!(y.to_string()));
        if !matches!(precision, Precision::Year | Precision::Decade | Precision::Century) {
            date.insert("month".into(), json!(m.to_string()));
        }
        if !matches!(precision, Precision::Year | Precision::Decade | Precision::Century | Precision::Month) {
            date.insert("day".into(), json!(d.to_string()));
        }
        date
    };
    let events: Vec<Value> = report
        .timeline
        .iter()
        .filter_map(|e| {
            let (start, end) = e.days?;
            // Quarters and seasons are drawn as day ranges: TimelineJS has no such unit.
            let unit = match e.precision {
                Precision::Quarter | Precision::Half | Precision::Season | Precision::Week => Precision::Day,
                p => p,
            };
            let names: Vec<String> = e.entities.iter().map(|&id| name_of(report, id)).collect();
            let mut event = json!({
                "start_date": fields(start, unit),
                "display_date": e.display,
                "text": { "headline": e.label, "text": names.join(", ") },
            });
            // (A day, month or year covers the same days in either hemisphere.)
            let single = event_range(&e.date, None, engine::Hemisphere::North).is_some_and(|r| r == (start, end))
                && matches!(e.precision, Precision::Day | Precision::Month | Precision::Year);
            if !single {
                event["end_date"] = Value::Object(fields(end - 1, unit));
            }
            Some(event)
        })
        .collect();
    serde_json::to_string_pretty(&json!({
        "title": { "text": { "headline": title(text), "text": "Timeline made with Article Explorer" } },
        "events": events,
    }))
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Harbour vote, 2025\n\nBERGEN, May 6, 2025 - The council of Bergen voted on Monday. \
                        \"We want boats, not cars,\" said Ola Nes, who chairs it. Nes said the plan dates \
                        from 2019. \"=SUM(A1)\" was his joke, Nes added.";

    fn report() -> Report {
        Report::build(TEXT, &engine::analyze(TEXT, &engine::Options::new()))
    }

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        let cases = [
            ("plain", "Ola Nes", "Ola Nes"),
            ("comma", "boats, not cars", "\"boats, not cars\""),
            ("quote", "a \"b\"", "\"a \"\"b\"\"\""),
            ("newline", "a\nb", "\"a\nb\""),
            ("formula", "=SUM(A1)", "'=SUM(A1)"),
            ("minus", "-1", "'-1"),
        ];
        for (name, input, want) in cases {
            assert_eq!(field(input), want, "case {name}");
        }
    }

    #[test]
    fn csv_exports_have_one_row_per_item() {
        let r = report();
        let rows = |s: &str| s.split("\r\n").filter(|l| !l.is_empty()).count() - 1;
        assert_eq!(rows(&entities_csv(&r)), r.cards.len());
        assert_eq!(rows(&timeline_csv(&r)), r.timeline.len());
        // Quotes may hold line breaks inside quoted fields; count records by the index column.
        assert!(quotes_csv(&r).starts_with("index,quote,speaker,"));
        assert!(!r.cards.is_empty() && !r.timeline.is_empty(), "engine: the test text has entities and dates");
        assert!(entities_csv(&r).contains("Ola Nes"), "engine: {}", entities_csv(&r));
    }

    #[test]
    fn markdown_and_timelinejs() {
        let r = report();
        let m = markdown(TEXT, &r);
        assert!(m.starts_with("# Harbour vote, 2025\n"), "{m}");
        for heading in ["## Entities", "## Quotes", "## Timeline"] {
            assert!(m.contains(heading), "{heading} in {m}");
        }
        let tl: Value = serde_json::from_str(&timelinejs(TEXT, &r)).unwrap();
        let events = tl["events"].as_array().unwrap();
        assert!(!events.is_empty(), "engine: dated events");
        for e in events {
            assert!(e["start_date"]["year"].as_str().unwrap().len() == 4, "{e}");
            assert!(e["text"]["headline"].is_string());
        }
        assert_eq!(tl["title"]["text"]["headline"], "Harbour vote, 2025");
        // Markdown specials in names are escaped.
        assert_eq!(md("a*b_[c]"), "a\\*b\\_\\[c\\]");
    }

    // TIMELINEJS DATES: each event keeps the precision the text gives; periods and ranges get an
    // end date; values without calendar days are left out.
    #[test]
    fn timelinejs_date_cases() {
        use crate::report::EventItem;
        let cases: &[(&str, &str, Option<&str>, Precision, Value)] = &[
            (
                "day",
                "2024-03-15",
                None,
                Precision::Day,
                json!({"start_date": {"year": "2024", "month": "3", "day": "15"}}),
            ),
            ("month", "2024-03", None, Precision::Month, json!({"start_date": {"year": "2024", "month": "3"}})),
            ("year", "2024", None, Precision::Year, json!({"start_date": {"year": "2024"}})),
            (
                "day range",
                "2024-09-09",
                Some("2024-09-16"),
                Precision::Day,
                json!({"start_date": {"year": "2024", "month": "9", "day": "9"},
                       "end_date": {"year": "2024", "month": "9", "day": "16"}}),
            ),
            (
                "year range",
                "2010",
                Some("2012"),
                Precision::Year,
                json!({"start_date": {"year": "2010"}, "end_date": {"year": "2012"}}),
            ),
            (
                "quarter",
                "2016-Q3",
                None,
                Precision::Quarter,
                json!({"start_date": {"year": "2016", "month": "7", "day": "1"},
                       "end_date": {"year": "2016", "month": "9", "day": "30"}}),
            ),
            (
                "half year",
                "2016-H2",
                None,
                Precision::Half,
                json!({"start_date": {"year": "2016", "month": "7", "day": "1"},
                       "end_date": {"year": "2016", "month": "12", "day": "31"}}),
            ),
            (
                "decade",
                "199",
                None,
                Precision::Decade,
                json!({"start_date": {"year": "1990"}, "end_date": {"year": "1999"}}),
            ),
            (
                "century",
                "18",
                None,
                Precision::Century,
                json!({"start_date": {"year": "1800"}, "end_date": {"year": "1899"}}),
            ),
            ("reference left out", "PAST_REF", None, Precision::Day, Value::Null),
        ];
        for (name, date, end, precision, want) in cases {
            let mut r = report();
            r.timeline = vec![EventItem {
                index: 0,
                date: date.to_string(),
                display: date.to_string(),
                end_date: end.map(str::to_string),
                days: crate::axis::event_range(date, *end, engine::Hemisphere::North),
                precision: *precision,
                inferred: false,
                label: "x".into(),
                entities: vec![],
            }];
            let tl: Value = serde_json::from_str(&timelinejs(TEXT, &r)).unwrap();
            let got = tl["events"].get(0).map(|e| {
                let mut e = e.clone();
                e.as_object_mut().unwrap().retain(|k, _| k.ends_with("_date") && k != "display_date");
                e
            });
            assert_eq!(got.unwrap_or(Value::Null), *want, "case {name}");
        }
    }
}
