//! Exports of an analysis: CSV (entities, quotes, timeline), a Markdown summary and
//! TimelineJS-compatible JSON. The JSON export in the CLI's schema comes from `engine::json`.
//!
//! Built from the page's [`Report`], in plain Rust (tested natively).

use serde_json::{json, Value};

use crate::axis::date_range;
use crate::report::{type_name, Report};

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
        &["date", "precision", "label", "entities"],
        report.timeline.iter().map(|e| {
            vec![
                e.date.clone(),
                e.precision.label().to_string(),
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
        out.push_str(&format!("- **{}** — {}\n", md(&e.display), md(&e.label)));
    }
    out
}

/// TimelineJS 3's JSON: a title slide and one event per calendar-dated timeline entry (entries
/// without a calendar date, such as weeks, are left out: TimelineJS cannot place them).
pub fn timelinejs(text: &str, report: &Report) -> String {
    let events: Vec<Value> = report
        .timeline
        .iter()
        .filter(|e| date_range(&e.date).is_some())
        .map(|e| {
            let mut start = serde_json::Map::new();
            for (key, part) in ["year", "month", "day"].iter().zip(e.date.split('-')) {
                let n: i64 = part.parse().unwrap_or(0);
                start.insert(key.to_string(), json!(n.to_string()));
            }
            let names: Vec<String> = e.entities.iter().map(|&id| name_of(report, id)).collect();
            json!({
                "start_date": start,
                "display_date": e.display,
                "text": { "headline": e.label, "text": names.join(", ") },
            })
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
}
