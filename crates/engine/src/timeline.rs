//! The timeline: one dated event per calendar date the story mentions.
//!
//! Each DATE expression whose value is a calendar date at day, month or year precision
//! (`2016-09-22`, `2016-09`, `2016`) becomes an event, labelled with a short clause of its
//! sentence. Weeks, decades and references like PRESENT_REF are left out: they do not place an
//! event on a calendar a reader can scan. Expressions in the header (dateline, "Published"
//! line) date the article, not the story, and are left out too; when the story says something
//! happened on that day ("on Friday"), that mention makes the event.

use std::collections::HashSet;

use crate::sentence::Sentence;
use crate::timex::Found;
use crate::{Precision, Span, TimelineEvent, TimexType};

/// Labels longer than this many words are cut at a word boundary with "…".
const LABEL_WORDS: usize = 12;

/// Words that open a new clause after a comma; a label starting with one drops it.
const CLAUSE_OPENERS: &[&str] = &[
    "when", "where", "while", "whereas", "and", "but", "after", "before", "because", "as", "although", "though",
    "which", "who", "so", "then", "since", "until", "or", "that",
];

pub(crate) fn build(text: &str, sentences: &[Sentence], found: &Found) -> Vec<TimelineEvent> {
    let mut events = Vec::new();
    let mut seen = HashSet::new();
    for timex in &found.timexes {
        if timex.kind != TimexType::Date || found.header.iter().any(|h| h.contains(timex.span)) {
            continue;
        }
        let Some(precision) = calendar_precision(&timex.value) else { continue };
        // Timexes come in text order: the first mention of a date gives its event.
        if !seen.insert(timex.value.as_str()) {
            continue;
        }
        let k = sentences.partition_point(|s| s.span.end <= timex.span.start);
        let Some(sentence) = sentences.get(k).filter(|s| s.span.contains(timex.span)) else { continue };
        events.push(TimelineEvent {
            date: timex.value.clone(),
            precision,
            label: label(text, sentence.span, timex.span, &found.header),
            span: timex.span,
            sentence: sentence.span,
        });
    }
    // Values are zero-padded with four-digit years, so text order is date order, and a
    // coarser date sorts before the finer dates inside it ("2024-03" before "2024-03-14").
    events.sort_by(|a, b| a.date.cmp(&b.date).then(a.span.start.cmp(&b.span.start)));
    events
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the precision; anything else: `None`.
fn calendar_precision(value: &str) -> Option<Precision> {
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    match b.len() {
        4 if digits(0..4) => Some(Precision::Year),
        7 if digits(0..4) && b[4] == b'-' && digits(5..7) => Some(Precision::Month),
        10 if digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10) => Some(Precision::Day),
        _ => None,
    }
}

/// A piece of the sentence between clause punctuation, as byte offsets into the text, with
/// whether a comma (rather than `;`, `:` or a dash) comes before it.
#[derive(Clone, Copy)]
struct Segment {
    span: Span,
    after_comma: bool,
}

/// A short clause of the sentence saying what happened: the clause holding the time
/// expression, without the dateline, leading conjunctions, or non-restrictive "who"/"which"
/// clauses, cut to [`LABEL_WORDS`] words.
fn label(text: &str, sentence: Span, timex: Span, header: &[Span]) -> String {
    let start = header
        .iter()
        .filter(|h| sentence.contains(**h) && h.end <= timex.start)
        .map(|h| h.end)
        .max()
        .unwrap_or(sentence.start);
    // Only the text near the expression matters; bounding it keeps a huge sentence with many
    // dates linear. 400 bytes is far more than a 12-word clause.
    let start = floor_boundary(text, start.max(timex.start.saturating_sub(400)));
    let end = floor_boundary(text, sentence.end.min(timex.end + 400)).max(timex.end);
    let segments = segments(text, Span::new(start, end));

    // Group segments into clauses: a new clause starts after `;`, `:` or a dash, at a segment
    // opening with a conjunction, or at a quote mark (a quotation opens or closes). Other
    // comma-separated segments (lists, appositions, "March 3, 1999") stay in their clause, as
    // one span of the original text. An enclosed segment opening with "who"/"which" is
    // dropped.
    let mut clauses: Vec<Vec<Span>> = Vec::new();
    let mut dropped = false;
    for (k, seg) in segments.iter().enumerate() {
        let seg_text = seg.span.text(text).trim_start();
        let first = first_word(seg_text);
        let enclosed = seg.after_comma && segments.get(k + 1).is_some_and(|next| next.after_comma);
        if enclosed && matches!(first.as_str(), "who" | "which" | "whose") && !seg.span.overlaps(timex) {
            dropped = true;
            continue;
        }
        let quote = seg_text.starts_with(['"', '\u{201C}', '\u{201D}']);
        let opens = !seg.after_comma || quote || CLAUSE_OPENERS.contains(&first.as_str());
        match clauses.last_mut() {
            Some(clause) if !opens => match clause.last_mut() {
                Some(last) if !dropped => last.end = seg.span.end,
                _ => clause.push(seg.span),
            },
            _ => clauses.push(vec![seg.span]),
        }
        dropped = false;
    }
    let Some(at) = clauses.iter().position(|c| c.iter().any(|s| s.end > timex.start)) else {
        return String::new();
    };
    let mut words = clause_words(text, &clauses[at]);
    // A long clause whose date sits past the label's length ("…accepted a pay offer, ending a
    // strike that began on Monday"): the comma segment holding the date says what happened then.
    let before_date = clauses[at]
        .iter()
        .filter(|s| s.start < timex.start)
        .map(|s| Span::new(s.start, s.end.min(timex.end)).text(text).split_whitespace().count());
    if before_date.sum::<usize>() > LABEL_WORDS {
        if let Some(seg) = segments.iter().find(|seg| seg.span.contains(timex)) {
            let seg_words = clause_words(text, &[seg.span]);
            if seg_words.len() >= 4 {
                words = seg_words;
            }
        }
    }
    // Too short to say anything ("In 1998"): take the next clause too.
    if words.len() < 4 {
        if let Some(next) = clauses.get(at + 1) {
            words.extend(clause_words(text, next));
        }
    }
    while words.first().is_some_and(|w| CLAUSE_OPENERS.contains(&w.to_lowercase().as_str())) && words.len() > 1 {
        words.remove(0);
    }
    finish(words)
}

/// Splits `span` at commas, semicolons, colons and dashes.
fn segments(text: &str, span: Span) -> Vec<Segment> {
    let s = span.text(text);
    let mut out = Vec::new();
    let mut from = 0;
    let mut after_comma = false;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let spaced = |j: usize| s[..j].ends_with(' ') && s[j + c.len_utf8()..].starts_with(' ');
        let cut = match c {
            ',' => Some(true),
            ';' | ':' | '\u{2014}' | '\u{2013}' => Some(false),
            '-' if spaced(i) => Some(false),
            _ => None,
        };
        // A comma inside a number ("1,500") is not a cut, nor a colon in "14:30".
        let in_number = i > 0
            && s[..i].ends_with(|p: char| p.is_ascii_digit())
            && chars.peek().is_some_and(|&(_, n)| n.is_ascii_digit());
        if let Some(comma) = cut.filter(|_| !in_number) {
            out.push(Segment { span: Span::new(span.start + from, span.start + i), after_comma });
            from = i + c.len_utf8();
            after_comma = comma;
        }
    }
    out.push(Segment { span: Span::new(span.start + from, span.end), after_comma });
    out.retain(|seg| !seg.span.text(text).trim().is_empty());
    out
}

/// The largest char boundary at or before `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn first_word(s: &str) -> String {
    let word = s.split_whitespace().next().unwrap_or("");
    word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

fn clause_words<'t>(text: &'t str, clause: &[Span]) -> Vec<&'t str> {
    clause.iter().flat_map(|s| s.text(text).split_whitespace()).collect()
}

/// Joins the words, cuts at [`LABEL_WORDS`], strips quote marks and end punctuation, and
/// capitalizes the first letter.
fn finish(words: Vec<&str>) -> String {
    let long = words.len() > LABEL_WORDS;
    let mut label = words[..words.len().min(LABEL_WORDS)].join(" ");
    // Quote marks rarely pair up inside a clause: drop them all rather than show half a pair.
    label.retain(|c| !matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}'));
    // A quote mark that stood alone between spaces leaves two spaces behind.
    let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
    let trimmed =
        label.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '-' | '\'' | '(' | ')'));
    let mut out = String::with_capacity(trimmed.len() + 3);
    let mut chars = trimmed.chars();
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        out.push_str(chars.as_str());
    }
    if long && !out.is_empty() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentence::split;
    use crate::timex::find;
    use crate::token::tokenize;

    fn events(text: &str, reference: Option<&str>) -> Vec<TimelineEvent> {
        let tokens = tokenize(text);
        let sentences = split(text, &tokens);
        let found = find(text, &tokens, &sentences, reference.map(|r| crate::parse_date(r).unwrap()));
        build(text, &sentences, &found)
    }

    /// `t!(name, text, reference, [(date, precision, label)])`.
    macro_rules! t {
        ($name:ident, $text:expr, $reference:expr, $expected:expr) => {
            #[test]
            fn $name() {
                let got: Vec<(String, &str, String)> =
                    events($text, $reference).into_iter().map(|e| (e.date, e.precision.label(), e.label)).collect();
                let expected: Vec<(String, &str, String)> =
                    $expected.iter().map(|&(d, p, l): &(&str, &str, &str)| (d.to_string(), p, l.to_string())).collect();
                assert_eq!(got, expected);
            }
        };
    }

    const REF: Option<&str> = Some("2016-09-22");

    // ORDER: by date, coarser first within the same period, then by position.
    t!(
        sorted_by_date,
        "The bridge opened in 2001. It was closed on March 3, 1999. Repairs began in May 1999.",
        None,
        [
            ("1999-03-03", "day", "It was closed on March 3, 1999"),
            ("1999-05", "month", "Repairs began in May 1999"),
            ("2001", "year", "The bridge opened in 2001"),
        ]
    );
    t!(
        coarser_first,
        "Repairs began on May 4, 1999. Work resumed in May 1999.",
        None,
        [("1999-05", "month", "Work resumed in May 1999"), ("1999-05-04", "day", "Repairs began on May 4, 1999"),]
    );

    // MERGE: one event per date; the first mention gives the label.
    t!(
        same_date_merged,
        "The port was shelled on Monday. Aid ships left on Sept. 19, 2016.",
        REF,
        [("2016-09-19", "day", "The port was shelled on Monday"),]
    );

    // KINDS: weeks, durations, references, sets and times make no event.
    t!(only_calendar_dates, "Prices rose last week, for two days, recently, every Monday and at noon.", REF, []);
    t!(unresolved_skipped, "Crowds gathered on Thursday in September.", None, []);

    // LABELS: the clause with the date, without dateline, openers, asides; cut at 12 words.
    t!(
        dateline_dropped,
        "VIENNA, March 15, 2024 - Ministers agreed on Thursday to act.",
        None,
        [("2024-03-14", "day", "Ministers agreed on Thursday to act"),]
    );
    t!(dateline_alone_is_no_event, "VIENNA, March 15, 2024 - Ministers agreed to act.", None, []);
    t!(
        clause_opener_dropped,
        "Its office is in Vienna, where the commission was founded in 1998.",
        None,
        [("1998", "year", "The commission was founded in 1998"),]
    );
    t!(
        aside_dropped,
        "Katharina Berger, who chaired the talks, said work would start in 2025.",
        None,
        [("2025", "year", "Katharina Berger said work would start in 2025"),]
    );
    t!(
        short_clause_extended,
        "In 1998, the commission was founded.",
        None,
        [("1998", "year", "In 1998, the commission was founded"),]
    );
    t!(
        long_label_cut,
        "Ministers from six countries along the Danube agreed on Thursday to build a shared network.",
        REF,
        [("2016-09-22", "day", "Ministers from six countries along the Danube agreed on Thursday to build…"),]
    );
    t!(
        quotes_removed,
        "\"The floods of May 2010 were the worst,\" she said.",
        None,
        [("2010-05", "month", "The floods of May 2010 were the worst"),]
    );
    t!(
        number_commas_kept,
        "Some 12,000 people fled in September 2023.",
        None,
        [("2023-09", "month", "Some 12,000 people fled in September 2023"),]
    );

    /// The sample article: reference date from the dateline, and its events in order.
    #[test]
    fn sample_article() {
        let text = include_str!("../../../samples/sample-article.txt");
        let tokens = tokenize(text);
        let sentences = split(text, &tokens);
        let found = find(text, &tokens, &sentences, None);
        assert_eq!(found.reference.date.map(|d| d.to_string()).as_deref(), Some("2024-03-15"));
        let values: Vec<(&str, &str)> = found.timexes.iter().map(|t| (t.span.text(text), t.value.as_str())).collect();
        for expected in [
            ("Thursday", "2024-03-14"),
            ("two days", "P2D"),
            ("the end of 2025", "2025"),
            ("ten years", "P10Y"),
            ("September 2023", "2023-09"),
            ("two hours", "PT2H"),
            ("May", "2024-05"),
            ("Friday", "2024-03-15"),
            ("next month", "2024-04"),
            ("the end of next year", "2025"),
            ("1998", "1998"),
        ] {
            assert!(values.contains(&expected), "{expected:?} not in {values:?}");
        }
        let timeline = build(text, &sentences, &found);
        let dates: Vec<&str> = timeline.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(dates, ["1998", "2023-09", "2024-03-14", "2024-03-15", "2024-04", "2024-05", "2025"]);
        for event in &timeline {
            assert!(event.sentence.contains(event.span));
            assert!(event.label.split_whitespace().count() <= LABEL_WORDS, "{}", event.label);
            println!("{} {:5} {}", event.date, event.precision.label(), event.label);
        }
    }
}
