//! The timeline: the dated events of the story, one for each calendar date it mentions and up
//! to three more on a date when other sentences tell something else then (see `another_event`).
//!
//! Each DATE expression whose value is a calendar period (a day, ISO week or weekend, month,
//! season, quarter, half year, year, decade or century: `2016-09-22`, `2016-W38-WE`, `2016-09`,
//! `2016-SU`, `2016-Q3`, `2016-H1`, `2016`, `199`, `19`) becomes an event, labelled with a short
//! clause of its sentence (the clause that says what happened then: see [`label`]); a
//! TIME expression on a known day ("Thursday evening", "2:30 p.m. Wednesday") dates that day.
//! Two expressions joined as a range ("from May to July", "between 2010 and 2012", "from 9 to
//! 16 September") make one event with an end date. The age of a thing ("the
//! five-and-a-half-year-old war") makes an inferred event at its start, and a duration counted
//! from the last date ("three days later") or ahead from the reference date in a clause that
//! does not tell the past ("The minister will decide in ten days") one at the day it points
//! to. Each event says whether its date was written in full or worked out (`inferred`), so the
//! UI can mark the latter. References like PRESENT_REF and values with X are left out: they do
//! not place an event on a calendar. Expressions in the header (dateline, "Published" line, a
//! line of dates alone) date the article, not the story, and are left out too; when the story
//! says something happened on that day ("on Friday"), that mention makes the event.

use std::collections::{HashMap, HashSet};

use crate::sentence::Sentence;
use crate::timex::Found;
use crate::{Date, Precision, Span, TimelineEvent, Timex, TimexType};

/// Labels longer than this many words are cut at a word boundary with "…".
const LABEL_WORDS: usize = 12;

/// Words that open a new clause after a comma; a label starting with one drops it.
const CLAUSE_OPENERS: &[&str] = &[
    "when", "where", "while", "whereas", "and", "but", "after", "before", "because", "as", "although", "though",
    "which", "who", "so", "then", "since", "until", "or", "that",
];

pub(crate) fn build(text: &str, sentences: &[Sentence], found: &Found) -> Vec<TimelineEvent> {
    let mut events: Vec<(Date, TimelineEvent)> = Vec::new();
    let mut per_date: HashMap<DateKey, DateEvents> = HashMap::new();
    let range_end: HashMap<usize, usize> = found.ranges.iter().copied().collect();
    let range_ends: HashSet<usize> = found.ranges.iter().map(|&(_, end)| end).collect();
    let starts: HashMap<usize, &str> = found.starts.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let implied: HashMap<usize, &str> = found.implied.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let sentence_of = |span: Span| {
        let k = sentences.partition_point(|s| s.span.end <= span.start);
        sentences.get(k).filter(|s| s.span.contains(span))
    };
    for (k, timex) in found.timexes.iter().enumerate() {
        if found.header.iter().any(|h| h.contains(timex.span)) {
            continue;
        }
        // "less than three weeks ago, on January 23": the day restates the week, one event.
        if restated_by_next(text, found, k) {
            continue;
        }
        // "on 29 March that year": the year the day just named is in, one event.
        if k > 0 && restated_day_before(text, found, k) {
            continue;
        }
        // "At 9:15 p.m. PDT Tuesday (04:15 UTC Wednesday)": the same moment in another zone.
        if k > 0 && converted(text, found.timexes[k - 1].span, timex.span) {
            continue;
        }
        // The age of a thing: its start, worked out from the reference date.
        if let Some(&start) = starts.get(&k) {
            let Some((precision, at)) = calendar_precision(start, found.reference.hemisphere) else { continue };
            let Some(sentence) = sentence_of(timex.span) else { continue };
            let date = per_date.entry((start.to_string(), None)).or_default();
            if date.events.is_empty() {
                let label = start_label(text, sentence.span, timex.span);
                date.events.push((sentence.span, label.clone()));
                let event = TimelineEvent {
                    date: start.to_string(),
                    end_date: None,
                    precision,
                    inferred: true,
                    label,
                    span: timex.span,
                    sentence: sentence.span,
                };
                events.push((at, event));
            }
            continue;
        }
        // The end of a range is shown with its start.
        if range_ends.contains(&k) {
            continue;
        }
        // A time of day ("Thursday evening", "2:30 p.m.") dates its day; "three days later"
        // the day it points to.
        let value = match (timex.kind, implied.get(&k)) {
            (_, Some(&date)) => date,
            (TimexType::Date, None) => timex.value.as_str(),
            (TimexType::Time, None) => timex.value.split_once('T').map_or("", |(day, _)| day),
            _ => continue,
        };
        // A day of a known month ("2016-12-XX", "the following morning" after "in December")
        // is shown as the month: the text says no more.
        let (value, day_of_month) = match value.strip_suffix("-XX") {
            Some(month) if month.len() == 7 => (month, true),
            _ => (value, false),
        };
        let Some((precision, at)) = calendar_precision(value, found.reference.hemisphere)
            .filter(|_| timex.kind != TimexType::Time || value.len() == 10 || day_of_month)
        else {
            continue;
        };
        let end = range_end.get(&k).map(|&e| &found.timexes[e]);
        // (A time's day: "from Friday evening until Monday morning" runs to Monday.)
        let end_date = end
            .map(|e| e.value.split_once('T').map_or(e.value.as_str(), |(day, _)| day))
            .filter(|&v| v != value && calendar_precision(v, found.reference.hemisphere).is_some())
            .map(str::to_string)
            .or_else(|| last_year_of_span(timex.span.text(text), value));
        // A date that only says which thing is meant ("the 2026 event", "second-quarter
        // results") is no event of its own beside another date of its sentence: "Early-bird
        // tickets for the 2026 event go on sale on August 14" is an event of August 14.
        if premodifier(text, timex.span) {
            let sentence = sentence_of(timex.span).map(|s| s.span);
            let other = |j: usize| {
                found.timexes.get(j).is_some_and(|o| {
                    sentence.is_some_and(|s| s.contains(o.span))
                        && !premodifier(text, o.span)
                        && calendar_precision(&o.value, found.reference.hemisphere).is_some()
                })
            };
            if (k > 0 && other(k - 1)) || other(k + 1) {
                continue;
            }
        }
        // Timexes come in text order: the first mention of a date gives its event; a later one
        // another event of that date only if it tells something new (see `another_event`).
        let date = per_date.entry((value.to_string(), end_date.clone())).or_default();
        let earlier = !date.events.is_empty();
        let Some(sentence) = sentence_of(timex.span) else { continue };
        // A date on a line of its own ("Friday 24 April 2026" under a byline) dates the text,
        // and tells no event.
        // (No copy: a sentence of a megabyte is compared in its length first.)
        let not_word = |c: char| !c.is_alphanumeric();
        let alone = sentence.span.text(text).trim_matches(not_word) == timex.span.text(text).trim_matches(not_word);
        if alone || byline(text, sentence.span, timex.span) {
            continue;
        }
        // "the biggest gain since March 2024": a point of comparison, no event; nor what
        // happens most years ("Seal hunting usually carries on into late June").
        if compared_since(text, sentence.span, timex.span) || habitual(text, sentence.span, timex.span) {
            continue;
        }
        // (A label is made for a later mention only after the cheap checks, and for at most
        // `LABEL_TRIES` of a date's mentions: a text repeating one date stays fast.)
        // A live blog's entry past the date's last place takes it from the entry before: the
        // last entry of a night is most often its outcome ("3:41 a.m. - Result: …").
        let full = date.events.len() >= EVENTS_PER_DATE;
        let entry = stamp(text, timex.span);
        if earlier {
            date.tries += 1;
            if full && !(entry && date.last.is_some_and(|j| stamp(text, events[j].1.span)))
                || date.tries > LABEL_TRIES
                || date.events.iter().any(|(s, _)| *s == sentence.span)
                || restates(text, timex.span)
                || quoted(text, sentence, timex.span)
            {
                continue;
            }
        }
        // A date in a list ("on 3, 5 and 9 December") is labelled as the list's first item: one
        // clause. (Dates of one precision joined by nothing but commas, "and" or "or".)
        let listed = |a: &Timex, b: &Timex| {
            a.kind == TimexType::Date
                && b.kind == TimexType::Date
                && a.value.len() == b.value.len()
                && sentence.span.contains(a.span)
                && sentence.span.contains(b.span)
                && text.get(a.span.end..b.span.start).is_some_and(|between| {
                    between.split(|c: char| c.is_whitespace() || c == ',').all(|w| matches!(w, "" | "and" | "or"))
                })
        };
        let mut first_item = k;
        while first_item > 0
            && k - first_item < 12
            && listed(&found.timexes[first_item - 1], &found.timexes[first_item])
        {
            first_item -= 1;
        }
        let mut last_item = k;
        while last_item + 1 < found.timexes.len()
            && last_item - first_item < 12
            && listed(&found.timexes[last_item], &found.timexes[last_item + 1])
        {
            last_item += 1;
        }
        // The date named before it in the sentence, for a label of its own conjunct.
        let previous = first_item.checked_sub(1).map(|j| found.timexes[j].span).filter(|p| sentence.span.contains(*p));
        let inferred = implied.contains_key(&k)
            || !found.stated.get(k).copied().unwrap_or(false)
            || end.is_some()
                && end_date.is_some()
                && !range_end.get(&k).is_some_and(|&e| found.stated.get(e).copied().unwrap_or(false));
        // The event's span covers the whole range ("from May to July").
        let span = match end.filter(|_| end_date.is_some()) {
            Some(e) => Span::new(timex.span.start, e.span.end),
            None => timex.span,
        };
        let labelled = if first_item < k || last_item > k {
            Span::new(found.timexes[first_item].span.start, found.timexes[last_item].span.end.max(span.end))
        } else {
            span
        };
        let mut label = label(text, sentence.span, labelled, &found.header, previous);
        if let Some(headed) = date_heading(text, sentence.span, labelled) {
            label = headed;
        }
        if entry && label.split_whitespace().count() <= 2 {
            if let Some(headed) = entry_heading(text, sentence.span, timex.span) {
                label = headed;
            }
        }
        // (A condition's date is the only mention of a date so far: "If no candidate wins, a
        // runoff will be held on Nov. 18" stays.)
        if aside(&label, earlier) || earlier && !another_event(&date.events, &label) {
            continue;
        }
        let event = TimelineEvent {
            date: value.to_string(),
            end_date,
            precision,
            inferred,
            label: label.clone(),
            span,
            sentence: sentence.span,
        };
        match date.last.filter(|_| full) {
            Some(j) => {
                events[j] = (at, event);
                if let Some(e) = date.events.last_mut() {
                    *e = (sentence.span, label);
                }
            }
            None => {
                date.events.push((sentence.span, label));
                date.last = Some(events.len());
                events.push((at, event));
            }
        }
    }
    // By start date; at the same start a coarser period first ("2024-03" before "2024-03-14"),
    // then by position.
    events.sort_by(|(a, x), (b, y)| {
        a.cmp(b).then(y.precision_rank().cmp(&x.precision_rank())).then(x.span.start.cmp(&y.span.start))
    });
    events.into_iter().map(|(_, e)| e).collect()
}

/// A timeline date: its value and, for a range, its end.
type DateKey = (String, Option<String>);

/// A date's events so far (the sentence and label of each) and how many of its later mentions
/// were looked at.
#[derive(Default)]
struct DateEvents {
    events: Vec<(Span, String)>,
    tries: usize,
    /// Where in the timeline its last event went, for a live blog's later entry to take it.
    last: Option<usize>,
}

/// Later mentions of one date whose label is made to see whether they tell another event.
const LABEL_TRIES: usize = 12;

/// Events one date can hold: a story's busiest day keeps its main events without listing
/// every restatement.
const EVENTS_PER_DATE: usize = 4;

/// Whether a timex is a live blog's entry stamp: a clock time opening its line, then a dash or
/// a colon ("3:41 a.m. - Result: …", "22:15 — Verification has finished").
fn stamp(text: &str, timex: Span) -> bool {
    let line_start = text[..timex.start].rfind('\n').map_or(0, |n| n + 1);
    let after = text[timex.end..].trim_start_matches([' ', '\t']);
    text[line_start..timex.start].trim().is_empty()
        && timex.text(text).bytes().any(|b| b.is_ascii_digit())
        && ["-", "\u{2013}", "\u{2014}", ":", "|"].iter().any(|d| after.starts_with(d))
}

/// The label of a live blog's entry that opens with a heading: "3:41 a.m. - Result: Hannah
/// Iqbal (Green) 11,204; Owen Treharne …" is "Result: Hannah Iqbal (Green) 11,204" (the
/// heading, up to two words, and what follows its colon up to a semicolon, at most
/// `LABEL_WORDS` words).
fn entry_heading(text: &str, sentence: Span, timex: Span) -> Option<String> {
    let rest = text.get(timex.end..sentence.end.max(timex.end))?;
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '\u{2013}' | '\u{2014}' | '|'));
    let (heading, body) = rest.split_once(':')?;
    let heading = heading.trim();
    if heading.is_empty() || heading.split_whitespace().count() > 2 {
        return None;
    }
    Some(format!("{heading}: {}", after_colon(body)?))
}

/// What follows a heading's colon, as a label: up to a semicolon, at most `LABEL_WORDS` words
/// (then "…"); `None` when it is empty.
fn after_colon(body: &str) -> Option<String> {
    let body = body.split(';').next()?.trim().trim_end_matches('.');
    let words: Vec<&str> = body.split_whitespace().collect();
    if words.is_empty() {
        return None;
    }
    let mut label = words[..words.len().min(LABEL_WORDS)].join(" ");
    if words.len() > LABEL_WORDS {
        label.push('\u{2026}');
    }
    Some(label)
}

/// The label of a line that a date heads before a colon, as a schedule's items are written:
/// "- Between 11 p.m. Wednesday and 4 a.m. Thursday: landfall, most likely near the river" is
/// "Landfall, most likely near the river" (what follows the colon up to a semicolon, at most
/// `LABEL_WORDS` words).
fn date_heading(text: &str, sentence: Span, span: Span) -> Option<String> {
    let bullet = |c: char| c.is_whitespace() || matches!(c, '-' | '\u{2013}' | '\u{2014}' | '\u{2022}' | '*');
    let before = text.get(sentence.start..span.start)?.trim_matches(bullet);
    let opener = ["between", "from", "by", "until", "on", "at"].iter().any(|w| before.eq_ignore_ascii_case(w));
    if !(before.is_empty() || opener) {
        return None;
    }
    let body = text.get(span.end..sentence.end.max(span.end))?.trim_start().strip_prefix(':')?;
    let label = after_colon(body)?;
    let first = label.chars().next()?;
    Some(first.to_uppercase().chain(label[first.len_utf8()..].chars()).collect())
}

/// Whether a later mention of a date names an event told already: "since the Oct. 23 attack",
/// "the Aug. 7 bombings", "after Sunday's vote" (the date modifies a noun or follows a
/// preposition of sequence), rather than dating a clause of its own ("On Saturday, fans
/// protested outside the ground").
fn restates(text: &str, timex: Span) -> bool {
    let before = text[..timex.start].trim_end();
    let prev = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_lowercase();
    let possessive = text[timex.end..].starts_with("'s") || text[timex.end..].starts_with("\u{2019}s");
    // ("By 3 a.m. Wednesday, 1,400 firefighters had been assigned": a state reached by then,
    // told in a past perfect after the fronted phrase, is an event of that day; 80 bytes on at
    // most. "They would vote by Friday, and the speaker had promised it" is a deadline.)
    let reached = || {
        if !before.ends_with("By") {
            return false;
        }
        let after = &text[timex.end..crate::floor_char_boundary(text, (timex.end + 80).min(text.len()))];
        after.split(['.', ';']).next().is_some_and(|clause| clause.contains(" had "))
    };
    possessive
        || matches!(
            prev.as_str(),
            "the" | "since" | "after" | "before" | "until" | "following" | "of" | "from" | "through"
        )
        || prev == "by" && !reached()
}

/// Whether a date modifies the noun after it: a year or a quarter after an article or a
/// possessive ("the 2026 event", "its 2025 budget"), or a hyphenated one ("second-quarter
/// results", "year-end bonuses").
fn premodifier(text: &str, timex: Span) -> bool {
    let written = timex.text(text);
    let prev = text[..timex.start].trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let after = &text[timex.end..];
    let next = after.trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let noun = after.starts_with(' ')
        && next.len() > 2
        && next.starts_with(char::is_lowercase)
        && !matches!(
            next,
            "and"
                | "or"
                | "to"
                | "of"
                | "in"
                | "on"
                | "at"
                | "for"
                | "from"
                | "with"
                | "was"
                | "were"
                | "is"
                | "are"
                | "will"
                | "when"
                | "after"
                | "before"
                | "through"
                | "until"
                | "that"
                | "which"
                | "the"
        );
    let determiner = matches!(prev, "the" | "The" | "its" | "Its" | "their" | "Their" | "his" | "her" | "our" | "this");
    let year_or_quarter = written.len() == 4 && written.bytes().all(|b| b.is_ascii_digit()) || written.contains('-');
    noun && year_or_quarter && (determiner || written.contains('-'))
}

/// Whether the date stands inside a quotation of its sentence (an odd number of double quote
/// marks before it): what someone says of a day already dated ("\"Today a judge looked at the
/// evidence,\" she said") is their view of it, not another event.
fn quoted(text: &str, s: &Sentence, timex: Span) -> bool {
    // (Within the 400 bytes a label looks at: a huge sentence with many dates stays linear.)
    let from = crate::floor_char_boundary(text, s.span.start.max(timex.start.saturating_sub(400)));
    let before = &text[from..timex.start.max(from)];
    before.chars().filter(|c| matches!(c, '"' | '\u{201C}' | '\u{201D}')).count() % 2 == 1
}

/// Whether a label (from a sentence none of the date's events came from) tells another event of
/// a date whose events so far are `earlier` (sentence, label): saying something (not only who
/// told it: "An FTC spokesman said Tuesday"), and not mostly the words of one already there.
fn another_event(earlier: &[(Span, String)], label: &str) -> bool {
    let words = content_words(label);
    let lower: Vec<String> =
        label.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
    // "Rao told a news conference on Monday night": a telling, no other verb.
    let reporting_only =
        lower.iter().any(|w| is_reporting_verb(w)) && !lower.iter().any(|w| !is_reporting_verb(w) && is_verb(w));
    !words.is_empty()
        && !reporting_only
        && earlier.iter().all(|(_, l)| {
            let other = content_words(l);
            let shared = words.intersection(&other).count();
            shared * 2 < words.len().min(other.len()).max(1)
        })
}

/// Whether a label tells a comparison's date, no event: "Up from 8.9 meters at 9 p.m. on
/// Friday", "Compared with 2.1 billion crowns in the same period last year"; with
/// `conditions`, a condition's too: "If prices fall on Monday, …".
fn aside(label: &str, conditions: bool) -> bool {
    let mut words = label.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
    let first = words.next().unwrap_or_default();
    let second = words.next().unwrap_or_default();
    matches!((first.as_str(), second.as_str()), ("up" | "down", "from") | ("compared", "with" | "to") | ("than", _))
        || conditions && matches!(first.as_str(), "if" | "unless")
}

/// Whether a date is the point a record or a first is counted from, not an event: "the biggest
/// one-day gain since March 2024", "the third deal to fail since 2023", "for the first time
/// since 2009", or where records start, "records dating back to January 2021". (What happened
/// since a date is told by its own clause: "has grown since 2019" keeps its event.)
fn compared_since(text: &str, sentence: Span, timex: Span) -> bool {
    // "still below 2019 levels", "back to pre-crisis 2008 levels": a baseline.
    let after = text.get(timex.end..sentence.end).unwrap_or("");
    if after.starts_with(" levels") || after.starts_with(" level ") {
        return true;
    }
    // (The 120 bytes before the date: a huge sentence of dates stays linear.)
    let from = crate::floor_char_boundary(text, sentence.start.max(timex.start.saturating_sub(120)));
    // "…, up from 1.2 billion crowns in 2015", "…, compared with 8 billion a year earlier": a
    // baseline.
    let window = &text[from..timex.start.max(from)];
    // (A comma in a number, "up from 71,300 a year earlier", is no clause break.)
    let cut = [", ", ";", "("].iter().filter_map(|p| window.rfind(p).map(|at| at + p.len())).max().unwrap_or(0);
    let clause = window[cut..].trim_start();
    if ["up from ", "down from ", "compared with ", "compared to ", "from a ", "versus "]
        .iter()
        .any(|p| clause.get(..p.len()).is_some_and(|head| head.eq_ignore_ascii_case(p)))
    {
        return true;
    }
    // "…, up 12 percent from last year", "rose 4.2% to $1.1 billion from a year earlier": a
    // change measured from the date (not "fell 3% on Friday", the day it happened).
    let lower = clause.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let change = lower.contains('%') || lower.contains("percent") || lower.contains("per cent");
    if change && matches!(words.last(), Some(&("from" | "than" | "over"))) {
        return true;
    }
    // "faster than at this point in 2022", "more than at the same point four years ago".
    if let Some(than) = words.iter().rposition(|w| *w == "than") {
        if words.len() - than <= 6 && words[than + 1..].iter().any(|w| matches!(*w, "at" | "in" | "on")) {
            return true;
        }
    }
    // "Not on Thanksgiving", "fixed this year, not in 2030": a date denied.
    if matches!(words.as_slice(), [.., "not" | "never", "on" | "in" | "by"] | [.., "not" | "never"]) {
        return true;
    }
    // "…, against 58.9% twelve months ago": a figure set against the date's.
    if clause.get(..8).is_some_and(|head| head.eq_ignore_ascii_case("against "))
        && clause[8..].starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '\u{a3}' | '\u{20ac}'))
    {
        return true;
    }
    // "…rose 18% compared with the same period of 2024": the baseline, in the middle of a clause.
    let tail = window.trim_end().to_lowercase();
    if ["compared with the same", "compared to the same", "from the same", "than the same"]
        .iter()
        .any(|p| tail.rsplit_once(p).is_some_and(|(_, rest)| rest.split_whitespace().count() <= 3))
    {
        return true;
    }
    // Most dates follow none of "since", "the" or "to": done, without the word list below.
    let last = window.trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    if !["since", "the", "to"].iter().any(|w| last.eq_ignore_ascii_case(w)) {
        return false;
    }
    // (Commas are words here: a record word in another clause does not count.)
    let before = window.to_lowercase().replace(',', " , ");
    let words: Vec<&str> =
        before.split(|c: char| !c.is_alphanumeric() && c != '-' && c != ',').filter(|w| !w.is_empty()).collect();
    let Some(at) = words.iter().rposition(|w| matches!(*w, "since" | "back")) else { return false };
    // Only "the" may stand between the word and the date ("since the summer of 2019"), and "to"
    // after "back".
    let between = &words[at + 1..];
    if words[at] == "back" {
        // Records, not a dispute's start: "The feud dates back to 2014" is an event.
        let dating = at > 0 && matches!(words[at - 1], "dating" | "going");
        let records = words[at.saturating_sub(5)..at]
            .iter()
            .any(|w| matches!(*w, "records" | "data" | "figures" | "archives" | "statistics"));
        return dating && records && matches!(between, ["to"] | ["to", "the"]);
    }
    // The record word close before "since", in its phrase: not a fraction ("has fallen by a
    // third since 2015"), nor a habit's ("his second serve every day since July"), nor in an
    // aside ("The race, first held in 1986, has grown since the late 2000s").
    // (Ten words: "the most by a Dalton player in a single campaign since 2011-12".) A negation
    // says the same: "has not finished in the top half since 2011-12" (the last time it did).
    let near = &words[at.saturating_sub(10)..at];
    let record = near.iter().enumerate().any(|(k, w)| {
        (RECORD_WORDS.contains(w) || matches!(*w, "not" | "never" | "t"))
            && !(k > 0 && matches!(near[k - 1], "a" | "an" | "one" | "two"))
            && !near[k..].iter().any(|w| matches!(*w, "every" | "each" | ","))
    });
    between.iter().all(|w| *w == "the") && record
}

/// Whether the date's sentence tells what usually happens, not an event: "Seal hunting usually
/// carries on into late June", "In a normal year, the ice breaks up in the first week of July".
fn habitual(text: &str, sentence: Span, timex: Span) -> bool {
    // (Near the date only: a huge sentence of dates stays linear.)
    let from = crate::floor_char_boundary(text, sentence.start.max(timex.start.saturating_sub(200)));
    let to = crate::floor_char_boundary(text, sentence.end.min(timex.end + 60)).max(from);
    let near = &text[from..to];
    // (Every word looked for holds one of these: most sentences are done here.)
    if !near.contains("ally") && !near.contains("year") && !near.contains("used to") {
        return false;
    }
    let is = |w: &str, any: &[&str]| any.iter().any(|x| w.eq_ignore_ascii_case(x));
    let mut words = near.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
    let (mut a, mut b) = ("", "");
    words.any(|w| {
        let found = is(w, &["usually", "normally", "typically", "customarily", "traditionally"])
            || is(a, &["a"]) && is(b, &["normal", "typical", "usual", "good"]) && is(w, &["year"])
            // "Each year, volunteers survey the meadows in early September" (not "every year
            // since 2020", a trend); "We used to run
            // them every Saturday from October to December".
            || is(b, &["each"]) && is(w, &["year"])
            || is(a, &["we", "i", "they", "he", "she", "it", "you"]) && is(b, &["used"]) && is(w, &["to"]);
        (a, b) = (b, w);
        found
    })
}

/// Superlatives and ordinals that make a date after "since" the point a record is counted from.
const RECORD_WORDS: &[&str] = &[
    "best",
    "biggest",
    "deepest",
    "fastest",
    "first",
    "highest",
    "largest",
    "least",
    "longest",
    "lowest",
    "most",
    "second",
    "sharpest",
    "shortest",
    "slowest",
    "smallest",
    "steepest",
    "strongest",
    "third",
    "warmest",
    "coldest",
    "weakest",
    "worst",
    "wettest",
    "driest",
    "fourth",
    "fifth",
];

/// The lower-case words of more than three letters of a label, for comparing two labels.
fn content_words(label: &str) -> HashSet<String> {
    label.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() > 3).map(str::to_lowercase).collect()
}

/// Names the person a label's opening "He" or "She" stands for ("She would decide over the
/// weekend" → "Anneke de Wit would decide over the weekend"), as `resolve` finds them from the
/// pronouns' byte offsets and genders (true for "she"): a name and where it was last mentioned.
/// Only a person named in this sentence or the one before replaces the pronoun (a name the
/// tagger missed in between may be the one meant); otherwise it stays.
pub(crate) fn name_pronouns<'n>(
    text: &str,
    sentences: &[Sentence],
    events: &mut [TimelineEvent],
    resolve: impl FnOnce(&[(usize, bool)]) -> Vec<Option<(&'n str, usize)>>,
) {
    // The pronoun in the sentence: a "he"/"she" followed by the label's next word.
    let at: Vec<(usize, usize, bool)> = events
        .iter()
        .enumerate()
        .filter_map(|(k, e)| {
            let mut words = e.label.split_whitespace();
            let she = match words.next()? {
                "He" => false,
                "She" => true,
                _ => return None,
            };
            let next = words.next()?;
            // Near the date, where its label comes from (bounded, so that a huge sentence with
            // many such labels stays linear).
            let from = crate::floor_char_boundary(text, e.sentence.start.max(e.span.start.saturating_sub(450)));
            let to = crate::floor_char_boundary(text, e.sentence.end.min(e.span.end + 450)).max(from);
            let sentence = &text[from..to];
            let pronoun = if she { "she" } else { "he" };
            let pos = sentence.char_indices().filter(|(_, c)| c.is_alphabetic()).map(|(i, _)| i).find(|&start| {
                let word_start = !sentence[..start].ends_with(|c: char| c.is_alphanumeric());
                let mut rest = sentence[start..].split_whitespace();
                word_start && rest.next().is_some_and(|w| w.eq_ignore_ascii_case(pronoun)) && rest.next() == Some(next)
            })?;
            Some((k, from + pos, she))
        })
        .collect();
    if at.is_empty() {
        return;
    }
    let pronouns: Vec<(usize, bool)> = at.iter().map(|&(_, pos, she)| (pos, she)).collect();
    for ((k, _, she), found) in at.into_iter().zip(resolve(&pronouns)) {
        let here = sentences.partition_point(|s| s.span.end <= events[k].sentence.start);
        let window = sentences.get(here.saturating_sub(1)).map_or(0, |s| s.span.start);
        if let Some((name, _)) = found.filter(|&(_, last)| last >= window) {
            let label = &mut events[k].label;
            let cut = if she { 3 } else { 2 };
            *label = format!("{name}{}", &label[cut..]);
        }
    }
}

/// A label made of a direct quotation's words is headed by who said it: "Rajiv Kapoor: Our
/// observers will be on the ground from Monday", not the words alone, as if the story told it.
/// (`quotes` in text order, as the quote step gives them.)
pub(crate) fn name_speakers(events: &mut [TimelineEvent], quotes: &[crate::Quote]) {
    for e in events.iter_mut() {
        let k = quotes.partition_point(|q| q.span.end <= e.span.start);
        let Some(q) = quotes.get(k).filter(|q| q.span.contains(e.span) && q.kind == crate::QuoteKind::Direct) else {
            continue;
        };
        let Some(speaker) = &q.speaker else { continue };
        // A name or a short role ("A spokesperson"); not a pronoun left unresolved.
        let words = speaker.name.split_whitespace().count();
        if words == 0 || words > 6 || is_pronoun(&speaker.name) || e.label.is_empty() {
            continue;
        }
        // What was said, without the tag after it: a single closing quote mark is no clause
        // break for the label (it may be an apostrophe), but after punctuation it ends the words.
        if let Some(cut) = [",\u{2019}", ".\u{2019}", "?\u{2019}", "!\u{2019}", ",'", ".'"]
            .iter()
            .filter_map(|close| e.label.find(close))
            .min()
        {
            e.label.truncate(cut);
        }
        let mut name = speaker.name.clone();
        if let Some(first) = name.chars().next() {
            name.replace_range(..first.len_utf8(), &first.to_uppercase().collect::<String>());
        }
        e.label = format!("{name}: {}", e.label);
    }
}

/// A row labelled by a report's tag alone ("He said on Wednesday", "The province's health
/// ministry said on Monday") is labelled by what was said: the quotation of its sentence, headed
/// by who said it ("Owen Rees: We put a good offer on the table…"), or else the words reported
/// before the tag ("The province's health ministry said Ontario will begin offering…").
pub(crate) fn name_reports(text: &str, header: &[Span], events: &mut [TimelineEvent], quotes: &[crate::Quote]) {
    for e in events.iter_mut() {
        let date = e.span.text(text);
        let Some(rest) = e.label.strip_suffix(date) else { continue };
        let tag: Vec<&str> = rest.split_whitespace().collect();
        let tag = match tag.as_slice() {
            [head @ .., "on" | "at"] => head,
            all => all,
        };
        if tag.len() > 6 || !tag.last().is_some_and(|w| matches!(*w, "said" | "says" | "added" | "told" | "announced"))
        {
            continue;
        }
        // (Only the text near the date, as for any label: a huge sentence stays linear.)
        let sentence = Span::new(
            crate::floor_char_boundary(text, e.sentence.start.max(e.span.start.saturating_sub(400))),
            crate::floor_char_boundary(text, e.sentence.end.min(e.span.end + 400)).max(e.span.end),
        );
        let k = quotes.partition_point(|q| q.span.end <= sentence.start);
        let quoted = quotes[k..].iter().take_while(|q| q.span.start < sentence.end).find(|q| {
            q.kind == crate::QuoteKind::Direct
                && q.speaker.as_ref().is_some_and(|s| !is_pronoun(&s.name) && s.name.split_whitespace().count() <= 6)
        });
        // (At most as many words in all as any label.)
        let short = |words: &str, head: usize| {
            let keep = LABEL_WORDS.saturating_sub(head).max(4);
            let words: Vec<&str> = words.split_whitespace().collect();
            let mut out = words[..words.len().min(keep)].join(" ");
            out.retain(|c| !matches!(c, '"' | '\u{201C}' | '\u{201D}'));
            let out = out.trim_end_matches([',', '.', ';', ':']).to_string();
            if words.len() > keep {
                out + "…"
            } else {
                out
            }
        };
        if let Some(q) = quoted {
            let speaker = q.speaker.as_ref().map_or("", |s| s.name.as_str());
            let mut name = speaker.to_string();
            if let Some(first) = name.chars().next() {
                name.replace_range(..first.len_utf8(), &first.to_uppercase().collect::<String>());
            }
            e.label = format!("{name}: {}", short(q.span.text(text), name.split_whitespace().count()));
            continue;
        }
        // The words before ", the ministry said on Monday".
        // (After a dateline: "LONDON, 21 January 2025 - A bill to ban …".)
        let from = header.iter().filter(|h| sentence.contains(**h)).map(|h| h.end).max().unwrap_or(sentence.start);
        let from = text[from..].find(|c: char| c.is_alphanumeric() || c == '"').map_or(from, |i| from + i);
        let before = &text[from.min(e.span.start)..e.span.start.max(from)];
        let subject = tag.first().map(|w| w.to_lowercase()).unwrap_or_default();
        let Some(comma) = before
            .rmatch_indices(", ")
            .map(|(i, _)| i)
            .find(|&i| before[i + 2..].split_whitespace().next().is_some_and(|w| w.to_lowercase() == subject))
        else {
            continue;
        };
        let mut reported = before[..comma].trim();
        // (Past a dateline with no date: "MANCHESTER (Wire) - Bus drivers …".)
        if let Some((place, after)) = [" - ", " \u{2014} ", " \u{2013} "].iter().find_map(|d| reported.split_once(d)) {
            let first = place.split_whitespace().next().unwrap_or("");
            if place.split_whitespace().count() <= 5 && first.len() > 1 && !first.chars().any(char::is_lowercase) {
                reported = after.trim();
            }
        }
        if reported.split_whitespace().count() >= 3 && !reported.contains(['"', '\u{201C}', '\u{201D}']) {
            let mut first = reported.chars();
            let lowered = match first.next() {
                // (Not a name's capital: "Ontario will begin …".)
                Some(c) if reported.split_whitespace().next().is_some_and(|w| is_determiner(&w.to_lowercase())) => {
                    c.to_lowercase().chain(first).collect::<String>()
                }
                _ => reported.to_string(),
            };
            e.label = format!("{} {}", tag.join(" "), short(&lowered, tag.len()));
        }
    }
}

/// The last year of a span of years written as one token, which the time step dates by its
/// first ("the 1991-2020 average", "the 2010-12 drought", "1918–19"): the event spans them.
fn last_year_of_span(written: &str, first: &str) -> Option<String> {
    let Some((from, to)) = crate::timex::year_span(written) else { return last_day_of_span(written, first) };
    (format!("{from:04}") == first).then(|| format!("{to:04}"))
}

/// The last day of a span of days written in one expression, dated by its first day: "8-11
/// July 2027" (2027-07-08) ends on 2027-07-11, "Dec. 5-7, 2025" on 2025-12-07.
fn last_day_of_span(written: &str, first: &str) -> Option<String> {
    let day: u8 = first.get(8..).filter(|_| first.len() == 10)?.parse().ok()?;
    let span = written.split_whitespace().find_map(|w| {
        let (a, b) = w.trim_end_matches([',', '.']).split_once(['-', '\u{2013}'])?;
        let number = |d: &str| (1..=2).contains(&d.len()).then(|| d.parse::<u8>().ok()).flatten();
        Some((number(a)?, number(b)?))
    });
    match span {
        Some((from, to)) if from == day && to > from => {
            let end = format!("{}{to:02}", &first[..8]);
            // (A day: no season, whichever hemisphere.)
            calendar_precision(&end, crate::Hemisphere::North).is_some().then_some(end)
        }
        _ => None,
    }
}

/// A byline with the date near the top: "Health Correspondent Daniel Osei | Thursday 14 May
/// 2026", "Words by Elena Marchetti — Published 2 April 2027", "Thursday 18 February 2027 | Arts
/// | By Oskar Lindqvist". Short, in the first lines, and nothing but names, the date and a few
/// small words: no verb, no event.
fn byline(text: &str, sentence: Span, timex: Span) -> bool {
    const SMALL: &[&str] = &[
        "and",
        "at",
        "by",
        "de",
        "in",
        "last",
        "of",
        "on",
        "posted",
        "published",
        "the",
        "updated",
        "van",
        "von",
        "words",
    ];
    // (A byline is short: a long sentence of dates is not read for every date in it.)
    if sentence.start > BYLINE_WITHIN || sentence.end - sentence.start > BYLINE_LENGTH {
        return false;
    }
    let (Some(before), Some(after)) = (text.get(sentence.start..timex.start), text.get(timex.end..sentence.end)) else {
        return false;
    };
    let words: Vec<&str> = before
        .split_whitespace()
        .chain(after.split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    // (A byline's marks: a title-case headline with a date is no byline.)
    let marked = sentence.text(text).contains(['|', '\u{00B7}', '\u{2022}'])
        || words.iter().any(|w| matches!(w.to_lowercase().as_str(), "by" | "published" | "updated" | "posted"));
    marked
        && words.len() <= 12
        && !sentence.text(text).trim().contains('\n')
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || w.starts_with(|c: char| c.is_ascii_digit())
                || SMALL.contains(&w.to_lowercase().as_str())
        })
}

/// How far into the text (bytes) a line can be a byline, and how long it can be.
const BYLINE_WITHIN: usize = 600;
const BYLINE_LENGTH: usize = 200;

/// Whether the expression after timex `k`, set right after it ("…, on January 23"), names a day
/// inside the coarser period `k` names.
fn restated_by_next(text: &str, found: &Found, k: usize) -> bool {
    let (Some(this), Some(next)) = (found.timexes.get(k), found.timexes.get(k + 1)) else { return false };
    let Some(gap) = text.get(this.span.end..next.span.start) else { return false };
    // Set off right after it ("…, on January 23"), or a few words on in the same clause ("Next
    // month's budget is due on April 9").
    let apposed = matches!(gap.trim(), "," | ", on" | ", in" | "on" | "(" | "\u{2014}" | "\u{2014} on" | "- on");
    let same_clause =
        gap.split_whitespace().count() <= 6 && !gap.contains(|c: char| ",.;:!?()\"\u{201C}\u{201D}".contains(c));
    if !apposed && !same_clause {
        return false;
    }
    let hemisphere = found.reference.hemisphere;
    let Some((precision, start)) = calendar_precision(&this.value, hemisphere) else { return false };
    let Some((Precision::Day, day)) = next.value.get(..10).and_then(|v| calendar_precision(v, hemisphere)) else {
        return false;
    };
    // The time step's own date arithmetic: jiff's panicking span builders would add 36 KB
    // (gzip) of error formatting to the page.
    use crate::timex::{add, Unit};
    let (unit, n) = match precision {
        Precision::Day => return false,
        Precision::Week if this.value.ends_with("-WE") => (Unit::Day, 2),
        Precision::Week => (Unit::Week, 1),
        Precision::Month => (Unit::Month, 1),
        Precision::Season | Precision::Quarter => (Unit::Month, 3),
        Precision::Half => (Unit::Month, 6),
        Precision::Year => (Unit::Year, 1),
        Precision::Decade => (Unit::Year, 10),
        Precision::Century => (Unit::Year, 100),
    };
    add(start, unit, n).is_some_and(|end| start <= day && day < end)
}

/// Whether timex `k` is a coarser period ("that year") written right after a day inside it
/// ("on 29 March that year").
fn restated_day_before(text: &str, found: &Found, k: usize) -> bool {
    let (Some(before), Some(this)) = (found.timexes.get(k - 1), found.timexes.get(k)) else { return false };
    if !text.get(before.span.end..this.span.start).is_some_and(|gap| gap.trim().is_empty()) {
        return false;
    }
    let hemisphere = found.reference.hemisphere;
    let Some((Precision::Year | Precision::Month, start)) = calendar_precision(&this.value, hemisphere) else {
        return false;
    };
    let Some((Precision::Day, day)) = before.value.get(..10).and_then(|v| calendar_precision(v, hemisphere)) else {
        return false;
    };
    day.year() == start.year() && (this.value.len() == 4 || day.month() == start.month())
}

trait Rank {
    fn precision_rank(&self) -> u8;
}

impl Rank for TimelineEvent {
    /// Longer periods rank higher.
    fn precision_rank(&self) -> u8 {
        match self.precision {
            Precision::Day => 0,
            Precision::Week => 1,
            Precision::Month => 2,
            Precision::Season => 3,
            Precision::Quarter => 4,
            Precision::Half => 5,
            Precision::Year => 6,
            Precision::Decade => 7,
            Precision::Century => 8,
        }
    }
}

/// The precision of a calendar value and the day it starts on: `YYYY-MM-DD`, `YYYY-MM`,
/// `YYYY`, `YYYY-Www` (and its weekend `-WE`), `YYYY-Qn`, `YYYY-Hn`, `YYYY-SU`, `YYY` (a decade),
/// `YY` (a century). A season starts in the month it starts in the `hemisphere`.
/// Anything else (durations, PRESENT_REF, values with X) is no calendar date: `None`.
fn calendar_precision(value: &str, hemisphere: crate::Hemisphere) -> Option<(Precision, Date)> {
    // Before Christ: `BC0300` the year 300 BC, `BC030` the decade 309-300 BC, `BC03` the
    // century 399-300 BC (jiff counts years astronomically: 1 BC is year 0).
    if let Some(bc) = value.strip_prefix("BC") {
        if bc.is_empty() || !bc.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let n: i16 = bc.parse().ok()?;
        let (precision, first) = match bc.len() {
            4 => (Precision::Year, n),
            3 => (Precision::Decade, n.checked_mul(10)?.checked_add(9)?),
            2 => (Precision::Century, n.checked_mul(100)?.checked_add(99)?),
            _ => return None,
        };
        return Some((precision, Date::new(1 - first, 1, 1).ok()?));
    }
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    let num = |r: std::ops::Range<usize>| value.get(r).and_then(|s| s.parse::<i16>().ok());
    let year = || num(0..4);
    if b.len() == 2 && digits(0..2) {
        return Some((Precision::Century, Date::new(num(0..2)? * 100, 1, 1).ok()?));
    }
    if !digits(0..3) {
        return None;
    }
    if b.len() == 3 {
        return Some((Precision::Decade, Date::new(num(0..3)? * 10, 1, 1).ok()?));
    }
    if !digits(0..4) {
        return None;
    }
    match (b.len(), b.get(4), b.get(5)) {
        (4, _, _) => Some((Precision::Year, Date::new(year()?, 1, 1).ok()?)),
        (7, Some(b'-'), _) if digits(5..7) => Some((Precision::Month, Date::new(year()?, num(5..7)? as i8, 1).ok()?)),
        (10, Some(b'-'), _) if digits(5..7) && b[7] == b'-' && digits(8..10) => {
            Some((Precision::Day, Date::new(year()?, num(5..7)? as i8, num(8..10)? as i8).ok()?))
        }
        (7, Some(b'-'), Some(b'Q')) if (b'1'..=b'4').contains(&b[6]) => {
            let q = (b[6] - b'0') as i8;
            Some((Precision::Quarter, Date::new(year()?, 3 * q - 2, 1).ok()?))
        }
        (7, Some(b'-'), Some(b'H')) if (b'1'..=b'2').contains(&b[6]) => {
            let h = (b[6] - b'0') as i8;
            Some((Precision::Half, Date::new(year()?, 6 * h - 5, 1).ok()?))
        }
        (7, Some(b'-'), _) => {
            let month = hemisphere.season_month(&value[5..])?;
            Some((Precision::Season, Date::new(year()?, month, 1).ok()?))
        }
        (8 | 11, Some(b'-'), Some(b'W')) if digits(6..8) && (b.len() == 8 || &value[8..] == "-WE") => {
            // A week starts on its Monday, its weekend on the Saturday.
            let first = if b.len() == 8 { jiff::civil::Weekday::Monday } else { jiff::civil::Weekday::Saturday };
            let week = jiff::civil::ISOWeekDate::new(year()?, num(6..8)? as i8, first).ok()?;
            Some((Precision::Week, week.date()))
        }
        _ => None,
    }
}

/// "Start of the five-and-a-half-year-old war": the age's words and the noun after them.
fn start_label(text: &str, sentence: Span, age: Span) -> String {
    let rest = &text[age.end..sentence.end];
    let noun = rest.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    format!("Start of the {} {noun}", age.text(text)).trim_end().to_string()
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
fn label(text: &str, sentence: Span, timex: Span, header: &[Span], previous: Option<Span>) -> String {
    let start = header
        .iter()
        .filter(|h| sentence.contains(**h) && h.end <= timex.start)
        .map(|h| h.end)
        .max()
        .unwrap_or(sentence.start);
    // Only the text near the expression matters; bounding it keeps a huge sentence with many
    // dates linear. 400 bytes is far more than a 12-word clause.
    let start = crate::floor_char_boundary(text, start.max(timex.start.saturating_sub(400)));
    let end = crate::floor_char_boundary(text, sentence.end.min(timex.end + 400)).max(timex.end);
    let segments = segments(text, Span::new(start, end));
    if let Some(words) = relative_clause(text, &segments, timex) {
        return finish(text, words, timex);
    }
    if let Some(mut words) = reported_before_tag(text, &segments, timex).filter(|_| previous.is_none()) {
        // (Cut here: the date, after these words, would make `finish` keep them all.)
        let long = words.len() > LABEL_WORDS + DATE_OVERRUN;
        words.truncate(LABEL_WORDS.max(words.len() * usize::from(!long)));
        let mut label = finish(text, words, timex);
        if long {
            label.push('…');
        }
        return label;
    }

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
        // After a participle phrase opening the sentence ("Born in a village in 1938, Dube
        // trained as a draughtsman in the 1950s"), the main clause is a clause of its own.
        let after_participle = k == 1 && start == sentence.start && {
            let opening = first_word(segments[0].span.text(text).trim_start());
            opening == "born" || crate::timex::ed_form(&opening) || crate::timex::listed_past(&opening)
        };
        let opens = !seg.after_comma || quote || after_participle || CLAUSE_OPENERS.contains(&first.as_str());
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
    // A participle aside after a report's subject: "Police said a 19-year-old woman, arrested on Thursday in Leeds,
    // had been released on bail" → "A 19-year-old woman was arrested on Thursday in Leeds".
    if let [first, aside, next, ..] = segments.as_slice() {
        let participle = || {
            let opening = first_word(aside.span.text(text));
            crate::timex::ed_form(&opening) || crate::timex::listed_past(&opening)
        };
        // (The cheap tests first: this runs for every label.)
        if first.span.start == sentence.start
            && aside.after_comma
            && next.after_comma
            && aside.span.contains(timex)
            && participle()
        {
            let lead = clause_words(text, &[first.span]);
            let said = lead.iter().position(|w| matches!(*w, "said" | "says" | "told" | "announced" | "confirmed"));
            let subject = said.map(|k| {
                let from = k + 1 + usize::from(lead.get(k + 1) == Some(&"that"));
                &lead[from.min(lead.len())..]
            });
            let subject = subject.filter(|subject| {
                (2..=6).contains(&subject.len())
                    && (is_determiner(subject[0])
                        || subject[0].starts_with(char::is_uppercase)
                        || subject[0].starts_with(|c: char| c.is_ascii_digit())
                        || matches!(subject[0], "two" | "three" | "four" | "five" | "several" | "his" | "her" | "this"))
                    && !subject.iter().any(|w| is_verb(w) || w.contains(['"', '\u{201C}', '\u{201D}']))
            });
            if let Some(subject) = subject {
                let mut words = subject.to_vec();
                let plural = subject.last().is_some_and(|w| {
                    w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s")
                        || matches!(*w, "men" | "women" | "people" | "children" | "police")
                });
                words.push(if plural { "were" } else { "was" });
                words.extend(clause_words(text, &[aside.span]));
                return finish(text, words, timex);
            }
        }
    }
    // A date in an aside after the subject that opens the sentence ("Fjordlink, founded in
    // 1989, carried 2.1 million passengers last year"): the subject and the aside tell what
    // happened then, not the main clause.
    if let [first, aside, next, ..] = segments.as_slice() {
        let opening = first_word(aside.span.text(text));
        let participle = opening == "born" || crate::timex::ed_form(&opening) || crate::timex::listed_past(&opening);
        let subject = clause_words(text, &[first.span]);
        if first.span.start == sentence.start
            && aside.after_comma
            && next.after_comma
            && aside.span.contains(timex)
            && participle
            && (1..=5).contains(&subject.len())
            && subject.first().is_some_and(|w| w.starts_with(char::is_uppercase))
        {
            let mut words = subject;
            words.extend(clause_words(text, &[aside.span]));
            return finish(text, words, timex);
        }
    }
    // A participle phrase opening the sentence tells of the main clause's subject: "Born in
    // Lagos on 2 June 1934, Okonjo-Hale moved to Britain …" → "Okonjo-Hale was born in Lagos on
    // 2 June 1934"; "Founded in 1989, the ferry line …" → "The ferry line was founded in 1989".
    if let [first, next, ..] = segments.as_slice() {
        let participle = || {
            let opening = first_word(first.span.text(text));
            // (A participle before a preposition or the date: "Founded in 1989", "Elected last
            // year"; not an adjective before its noun, "Reported robberies in the region rose
            // 18% in 2025, the ministry said".)
            let second = first.span.text(text).split_whitespace().nth(1).unwrap_or("");
            let phrase = matches!(
                second.to_lowercase().as_str(),
                "in" | "on"
                    | "at"
                    | "by"
                    | "for"
                    | "from"
                    | "as"
                    | "after"
                    | "before"
                    | "during"
                    | "last"
                    | "this"
                    | "with"
                    | "to"
                    | "under"
                    | "into"
                    | "over"
                    | "early"
                    | "late"
                    | "earlier"
                    | "since"
                    | "between"
                    | "whether"
                    | "about"
                    | "if"
            ) || second.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase());
            phrase && (opening == "born" || crate::timex::ed_form(&opening) || crate::timex::listed_past(&opening))
        };
        if first.span.start == sentence.start && first.span.contains(timex) && next.after_comma && participle() {
            let main = clause_words(text, &[next.span]);
            let verb = main.iter().position(|w| opens_with_verb(w)).filter(|&k| (1..=4).contains(&k));
            let subject = verb.map(|k| &main[..k]).filter(|subject| {
                let head = bare_lower(subject[0]);
                (subject[0].starts_with(char::is_uppercase) || matches!(head.as_str(), "the" | "she" | "he" | "they"))
                    && !subject.iter().any(|w| w.contains(['"', '\u{201C}', '\u{201D}']))
            });
            if let Some(subject) = subject {
                let mut words = subject.to_vec();
                let plural = subject.len() == 1 && bare_lower(subject[0]) == "they";
                let be = if plural { "were" } else { "was" };
                words.push(be);
                let phrase = clause_words(text, &[first.span]);
                let written = phrase.first().copied().unwrap_or_default();
                words.extend(phrase);
                // The participle no longer opens the sentence: "… was born in Lagos".
                let label = finish(text, words, timex);
                let capital = format!(" {be} {written}");
                return match label.find(&capital) {
                    Some(at) => {
                        let lower = format!(" {be} {}", written.to_lowercase());
                        format!("{}{lower}{}", &label[..at], &label[at + capital.len()..])
                    }
                    None => label,
                };
            }
        }
    }
    let mut words = clause_words(text, &clauses[at]);
    // A subject set off from its verb by an apposition: "Tomas Brandt, 20, a student at the
    // city's university, died in hospital on Tuesday" → "Tomas Brandt died in hospital on
    // Tuesday".
    let dated = segments.iter().position(|s| s.span.end > timex.start);
    // (The cheap tests first: this runs for every label.)
    let apposed = |j: usize, first: &Segment, clause: &Span| {
        j >= 2
            && first.span.start == sentence.start
            && clause.start == sentence.start
            && segments[1..=j].iter().all(|s| s.after_comma)
    };
    if let Some((j, first_seg)) =
        dated.zip(segments.first()).zip(clauses[at].first()).filter(|&((j, f), c)| apposed(j, f, c)).map(|(jf, _)| jf)
    {
        let subject = clause_words(text, &[first_seg.span]);
        let verb_first = clause_words(text, &[segments[j].span]).first().is_some_and(|w| opens_with_verb(w));
        // (Not verbs joined before the date: "Two men, aged 41 and 56, were arrested and will
        // appear before a judge on Friday" is labelled by the second, below.)
        let joined_before = text
            .get(segments[j].span.start..timex.start)
            .is_some_and(|t| t.split_whitespace().any(|w| matches!(w, "and" | "but")));
        if verb_first
            && !joined_before
            && (1..=5).contains(&subject.len())
            && subject[0].starts_with(char::is_uppercase)
            && !subject.iter().any(|w| w.contains(['"', '\u{201C}', '\u{201D}']))
        {
            let end = clauses[at].last().map_or(segments[j].span.end, |s| s.end);
            // A name set beside "his main challenger" says more: "His main challenger, Labour
            // leader Katrina Boyd, will publish …" → "Labour leader Katrina Boyd will publish …".
            let apposition = clause_words(text, &[segments[1].span]);
            let possessive = matches!(bare_lower(subject[0]).as_str(), "his" | "her" | "its" | "their");
            let named = j == 2
                && (2..=6).contains(&apposition.len())
                && apposition.last().is_some_and(|w| w.starts_with(char::is_uppercase));
            let subject = if possessive && named { apposition } else { subject };
            let mut joined = subject;
            joined.extend(clause_words(text, &[Span::new(segments[j].span.start, end)]));
            words = joined;
        }
    }
    // A verb after a dash-set aside takes back the subject before it: "The workers — two
    // Malians and a Belgian engineer — were seized on Aug. 21" → "The workers were seized …".
    let dash_before = |at: usize| text[sentence.start..at].trim_end().ends_with(['\u{2014}', '\u{2013}', '-']);
    if let (Some(first_seg), Some(clause_start)) = (segments.first(), clauses[at].first()) {
        let subject = clause_words(text, &[first_seg.span]);
        let opens_with_verb = words.first().is_some_and(|w| is_verb(w));
        let subject_then_dash = first_seg.span.start == sentence.start
            && segments.get(1).is_some_and(|next| dash_before(next.span.start))
            && (1..=5).contains(&subject.len())
            && subject.first().is_some_and(|w| w.starts_with(char::is_uppercase));
        if at > 0 && opens_with_verb && dash_before(clause_start.start) && subject_then_dash {
            let mut joined = subject;
            joined.append(&mut words);
            words = joined;
        }
    }
    let offset = |w: &str| offset_in(text, w);
    // Reported speech: a date in what was said is labelled by the report, not by the saying
    // ("The ministry said on Wednesday that a second round would begin next Monday" → "A second
    // round would begin next Monday"). The saying's own date stays with the saying.
    if let Some(at_date) = date_start(text, &words, timex) {
        if let Some((verb, cut)) = complement_start(&words[..at_date]) {
            if words.len() - cut >= 4 {
                // The report's subject stands for the pronoun that repeats it ("The trust said it
                // had received 412 complaints" → "The trust had received …"), so that the label
                // names who acted.
                // (Without the saying's auxiliaries and adverbs: "Ministers have said they want
                // …" is "Ministers want …".)
                let mut end = verb;
                while end > 1
                    && matches!(
                        bare_lower(words[end - 1]).as_str(),
                        "have" | "has" | "had" | "also" | "already" | "repeatedly" | "previously" | "publicly"
                    )
                {
                    end -= 1;
                }
                let subject = &words[..end];
                // ("it" only for a subject that is not plural: "Officials said that it ended".)
                let plural = subject.last().is_some_and(|w| w.ends_with('s') && !w.ends_with("ss"));
                let repeats = (words[cut] == "they" || words[cut] == "it" && !plural)
                    && (1..=5).contains(&subject.len())
                    && (subject[0].starts_with(char::is_uppercase) || subject[0] == "the")
                    && !subject.iter().any(|w| is_verb(w) || w.ends_with(',') || is_pronoun(w));
                if repeats {
                    let subject = subject.to_vec();
                    words.splice(..=cut, subject);
                } else {
                    words.drain(..cut);
                }
            }
        }
    }
    // A long clause whose date sits past the label's length ("…accepted a pay offer, ending a
    // strike that began on Monday"): the comma segment holding the date says what happened then.
    if date_end(text, &words, timex) > LABEL_WORDS + DATE_OVERRUN {
        if let Some(seg) = segments.iter().find(|seg| seg.span.contains(timex)) {
            let seg_words = clause_words(text, &[seg.span]);
            // Only a shorter start: what was said may already start after the segment does.
            let later = words.first().is_none_or(|w| seg_words.first().is_some_and(|s| offset(s) > offset(w)));
            // And it must say something: "in October and again just before Christmas", dates
            // after a preposition and no verb, does not ("up from 99 a year earlier" does).
            // Nor does "most recently last October", an adverb and a date.
            let preposition = seg_words.first().is_some_and(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "in" | "on" | "at" | "by" | "from" | "during" | "until" | "since" | "most" | "again"
                )
            });
            let tells = !preposition || seg_words.iter().any(|w| is_verb(w) || is_gerund(w));
            // A reporting tag ending the sentence (", the company said on Monday.") says only
            // who told it: what was told, the start of the clause, is the event.
            let tag = seg_words.len() <= 8
                && seg_words.iter().any(|w| is_reporting_verb(w))
                && text[seg.span.end..sentence.end]
                    .trim_matches(|c: char| c.is_whitespace() || ".!?\"'\u{201D}\u{2019})".contains(c))
                    .is_empty();
            let told = words.iter().take_while(|w| offset(w) < seg.span.start).count();
            if tag && told >= 3 {
                words.truncate(told);
                return finish(text, words, timex);
            }
            if seg_words.len() >= 4 && later && tells && !tag {
                // A verb after an aside takes the subject before the aside back: "The truce,
                // agreed late on Wednesday after …, began at 6 a.m. on Thursday" → "The truce
                // began at 6 a.m. on Thursday".
                let subject = segments
                    .iter()
                    .position(|s| s.span.contains(timex))
                    .filter(|&k| k >= 2 && seg_words.first().is_some_and(|w| is_verb(w)))
                    .map(|k| {
                        let from = segments[..k].iter().rposition(|s| !s.after_comma).unwrap_or(0);
                        let subject = clause_words(text, &[segments[from].span]);
                        // Or a clause of its own before the aside: "…, while the remaining 54
                        // constituencies, mostly in the west, will go to the polls on November 19".
                        let own = clause_words(text, &[segments[k - 2].span]);
                        match own.split_first() {
                            Some((opener, rest))
                                if subject.len() > 5
                                    && matches!(*opener, "while" | "whereas" | "and" | "but")
                                    && rest.first().is_some_and(|w| is_determiner(w)) =>
                            {
                                rest.to_vec()
                            }
                            _ => subject,
                        }
                    })
                    .filter(|subject| {
                        (1..=5).contains(&subject.len())
                            && !subject.iter().any(|w| is_verb(w))
                            && subject.first().is_some_and(|w| w.starts_with(char::is_uppercase) || is_determiner(w))
                    });
                words = match subject {
                    Some(mut subject) => {
                        subject.extend(seg_words);
                        subject
                    }
                    None => seg_words,
                };
            }
        }
    }
    // Still past the label's length with no comma before it ("The new owner planned repairs by
    // mid-2024 and spent heavily in the first half of 2022"): the conjunct holding the date.
    if let Some(at_date) = date_start(text, &words, timex) {
        let date_words = timex.text(text).split_whitespace().count();
        if at_date + date_words > LABEL_WORDS {
            let cut = words[..at_date].iter().rposition(|w| matches!(w.to_lowercase().as_str(), "and" | "but"));
            // Only between clauses: the conjunct opens with a lower-case word that is not an
            // article ("and had not seen", not "at 10:30 a.m. and 6 p.m.", "and the").
            // And holds a verb before the date: not "in October and again just before Christmas".
            let opens_clause = |c: usize| {
                words.get(c + 1).is_some_and(|w| w.starts_with(|ch: char| ch.is_lowercase()) && !is_determiner(w))
                    && words
                        .get(c + 1..at_date)
                        .unwrap_or(&[])
                        .iter()
                        // A present form ends in "s"; a capitalized word is a name ("and in the
                        // United States and Europe by the end of June").
                        .any(|w| is_verb(w) || w.ends_with('s') && w.starts_with(char::is_lowercase))
            };
            // And says something before the date: "and spent heavily in the first half of
            // 2022", not "in 2014 and again last year".
            let says = |c: usize| at_date >= c + 3;
            // Or a subordinate clause with a subject of its own ("a wildfire that had burned
            // 3,000 hectares since it broke out late on Thursday night").
            let subordinate = words[..at_date].iter().rposition(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "since" | "after" | "when" | "before" | "because" | "until" | "unless" | "if"
                )
            });
            // A subject, then a verb before the date: not "since the early hours of Thursday".
            // (Or a bare plural noun: "unless talks scheduled for a week from Tuesday are brought
            // forward".)
            let has_subject = |c: usize| {
                words.get(c + 1).is_some_and(|w| {
                    matches!(*w, "it" | "he" | "she" | "they" | "we" | "I" | "the" | "a" | "an" | "its" | "their" | "his" | "her")
                        || w.len() > 3 && w.ends_with('s') && w.starts_with(char::is_lowercase) && !is_verb(w)
                }) && words.get(c + 2..at_date).unwrap_or(&[]).iter().any(|w| is_verb(w))
                    // Or a gerund: "worked as a nurse for a decade before opening her first
                    // shop in April 1967".
                    || c + 2 < at_date && words.get(c + 1).is_some_and(|w| is_gerund(w))
            };
            // Or the "and" after another date of the sentence: "a final investment decision by
            // the end of 2026 and first copper production in 2029" (each date its conjunct).
            // (Only when the whole would not fit: "The offer includes a 5.5% rise backdated to
            // April and a further 3% from January 2027" is shown whole.)
            let whole_fits = date_end(text, &words, timex) <= LABEL_WORDS + DATE_OVERRUN;
            // And a thing of its own named before the date ("first copper production"; not
            // "and again just before Christmas", "and Europe by the end of June").
            let names_a_thing = |c: usize| {
                words.get(c + 1..at_date).unwrap_or(&[]).iter().any(|w| {
                    w.len() >= 4
                        && w.starts_with(char::is_lowercase)
                        && !matches!(
                            *w,
                            "again"
                                | "just"
                                | "then"
                                | "also"
                                | "later"
                                | "earlier"
                                | "before"
                                | "after"
                                | "until"
                                | "since"
                                | "during"
                                | "shortly"
                                | "around"
                                | "about"
                                | "only"
                                | "once"
                                | "twice"
                                | "early"
                                | "late"
                                | "from"
                                | "into"
                                | "through"
                                | "with"
                                | "more"
                                | "than"
                        )
                })
            };
            let after_other_date =
                |c: usize| !whole_fits && previous.is_some_and(|p| p.end <= offset(words[c])) && names_a_thing(c);
            // The later of the two: the one nearer the date.
            let cut = cut
                .filter(|&c| words.len() - (c + 1) >= 4 && (opens_clause(c) || after_other_date(c)) && says(c))
                .max(subordinate.filter(|&c| words.len() - (c + 1) >= 4 && has_subject(c) && says(c)));
            if let Some(cut) = cut {
                words.drain(..=cut);
            }
        }
    }
    // Too far in behind a subject's relative clause ("Two rival drugs that clear amyloid from
    // the brain were approved in 2023"): the subject and its verb, without the clause.
    if date_end(text, &words, timex) > LABEL_WORDS + DATE_OVERRUN {
        let date_start = date_start(text, &words, timex).unwrap_or(0);
        let lower = |k: usize| words[k].to_lowercase();
        let relative = (1..words.len().min(6)).find(|&k| matches!(lower(k).as_str(), "that" | "who" | "which"));
        let subject = words.first().is_some_and(|w| w.starts_with(char::is_uppercase))
            && relative.is_some_and(|k| (0..k).all(|j| !is_verb(words[j])));
        if let Some(k) = relative.filter(|_| subject) {
            let verb = (k + 2..date_start).find(|&j| {
                matches!(lower(j).as_str(), "was" | "were" | "is" | "are" | "has" | "have" | "had" | "will" | "would")
            });
            if let Some(verb) = verb {
                words.drain(k..verb);
            }
        }
    }
    // Still too far in ("Voters in the coastal state of Marrow go to the polls on Sunday in a
    // snap election called only five weeks ago"): a noun phrase that tells its own event ("a snap
    // election called …", "a lecture is planned for …"), from a determiner at most 12 words
    // before the date's end. Without a verb of its own ("the early hours of Saturday", "the
    // Black Sea by the end of 2025") it would name a thing, not an event.
    let date_end = date_end(text, &words, timex);
    let date_start = date_start(text, &words, timex).unwrap_or(0);
    if date_end > LABEL_WORDS + DATE_OVERRUN {
        let lower = |k: usize| words[k].to_lowercase();
        // (A capitalized word is a name, not a verb: "the United States".)
        let tells = |from: usize| {
            (from + 1..date_start).any(|k| {
                let w = lower(k);
                (w.ends_with("ed") && words[k].starts_with(char::is_lowercase))
                    || matches!(w.as_str(), "is" | "are" | "was" | "were" | "be" | "been")
            })
        };
        let start = (date_end - LABEL_WORDS..date_start.saturating_sub(1))
            .find(|&k| matches!(lower(k).as_str(), "a" | "an" | "the" | "its" | "his" | "her" | "their") && tells(k));
        if let Some(start) = start {
            words.drain(..start);
        }
    }
    // Too short to say anything ("In 1998"), or pointing at what the next clause says ("That
    // changed in 2009, when …"): take the next clause too.
    let points_on = words.len() <= 5 && matches!(words.first(), Some(&("That" | "This")));
    // A date standing alone before a dash ("16:05 - Union leaders arrived …", a live blog's
    // stamp) is labelled by what follows it.
    let alone = words.iter().all(|w| timex.contains(Span::new(offset(w), offset(w) + w.len())));
    if alone {
        if let Some(next) = clauses.get(at + 1) {
            words = clause_words(text, next);
        }
    } else if words.len() < 4 || points_on {
        if let Some(next) = clauses.get(at + 1) {
            // The comma between the clauses stays: "That changed in 2009, when …".
            if let Some(last) = words.last_mut() {
                let end = offset(last) + last.len();
                if text[end..].starts_with(',') {
                    *last = &text[offset(last)..end + 1];
                }
            }
            words.extend(clause_words(text, next));
        }
    }
    // Leading conjunctions go, and a reporting verb left over after a quotation ("said Omar
    // Keane, whose firm lost the bid in 2016"); a preposition that governs the date stays
    // ("Since the 1990s the city has …").
    while words.len() > 1 {
        // A closing quote mark may stand before the verb ("…this," said Omar Keane).
        let first = words[0].trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if first.is_empty() {
            words.remove(0);
            continue;
        }
        let governs_date = matches!(first.as_str(), "since" | "until" | "after" | "before" | "as")
            && (timex.start..timex.end).contains(&offset(words[1]))
            // Nor a word of the date itself: "Then, that June, a stalled storm …".
            || (timex.start..timex.end).contains(&offset(words[0]));
        // "That changed in 2009": a sentence opening with "That" opens with a pronoun.
        let pronoun = first == "that" && words[0].starts_with('T');
        let opener = CLAUSE_OPENERS.contains(&first.as_str()) && !governs_date && !pronoun;
        if !opener && !matches!(first.as_str(), "said" | "says" | "added" | "adds") {
            break;
        }
        words.remove(0);
    }
    // A prepositional or absolute opener names no actor. Before a comma and the clause with
    // the date it goes whole ("Under the union's plan, the rotation would repeat …"); holding
    // the date, only its first words go ("with liftoff now scheduled for November 9",
    // "including a peak of 47.3C on January 19", "according to results presented on Saturday").
    if words.len() > 3 {
        let opener = match bare_lower(words[0]).as_str() {
            "with" | "including" | "under" => 1,
            "according" if bare_lower(words[1]) == "to" => 2,
            _ => 0,
        };
        if opener > 0 {
            let comma = words.iter().position(|w| w.ends_with(','));
            match comma {
                Some(c) if offset(words[c]) + words[c].len() <= timex.start && c + 1 < words.len() => {
                    words.drain(..=c);
                }
                _ => {
                    words.drain(..opener);
                    // (Up to the comma after the date: "according to figures published last
                    // month, 19.4% of pupils …" is "Figures published last month".)
                    if let Some(c) = words.iter().position(|w| w.ends_with(',') && offset(w) + w.len() >= timex.end) {
                        words.truncate(c + 1);
                    }
                }
            }
        }
    }
    // A reporting tag right after the date ("…to finish by late 2029, the authority's chair,
    // Denise Arbogast, told reporters after the vote"): who told it is not what happened.
    let rest = &text[timex.end..sentence.end];
    let tag = rest.trim_start().starts_with(',') && {
        let rest_words: Vec<&str> = rest.split_whitespace().take(13).collect();
        let verb = rest_words.iter().position(|w| is_reporting_verb(w.trim_matches(|c: char| !c.is_alphanumeric())));
        verb.is_some_and(|v| {
            rest_words.len() < 13
                && !rest_words[..v].iter().any(|w| matches!(*w, "and" | "but" | "which" | "while" | "who" | "when"))
        })
    };
    let end = self::date_end(text, &words, timex);
    if tag && end >= 4 {
        words.truncate(end);
    }
    // A label opening with a verb lost its subject to an aside or a coordination: "Two men,
    // aged 41 and 56, were arrested and will appear before a judge on Friday", "The council
    // meets twice a year and is next due to convene in June".
    // (Not a participle after a comma, "…, compared with a profit of €71 million a year
    // earlier", which has no subject to take back.)
    let participle = words.first().is_some_and(|w| {
        let before = text[..offset(w)].trim_end();
        crate::timex::ed_form(w) && before.ends_with(',')
    });
    if words.first().is_some_and(|w| opens_with_verb(w)) && !participle {
        let subject = report_subject(text, sentence, offset(words[0]))
            .or_else(|| sentence_subject(text, &segments, sentence, offset(words[0])));
        if let Some(mut subject) = subject {
            subject.append(&mut words);
            words = subject;
        }
    }
    finish(text, words, timex)
}

/// The subject of what a sentence reports, for a verb coordinated with its first one: "A
/// spokesman said the company was in contact with the families and would fly relatives to the
/// Netherlands later this week" is "The company would fly …"; "PG&E said it had shut off power
/// … and could expand the shutoffs on Wednesday" is "PG&E could expand …" (a lone "it" stands
/// for the name that said it). At most seven words, with no comma, quote or verb among them.
fn report_subject(text: &str, sentence: Span, before: usize) -> Option<Vec<&str>> {
    let head = text.get(sentence.start..before)?;
    let words: Vec<&str> = head.split_whitespace().collect();
    // Only a verb joined by "and" or "but": what the label lost is the reported clause's subject.
    let last = words.last()?.to_lowercase();
    if !matches!(last.as_str(), "and" | "but") || words.len() > 60 {
        return None;
    }
    let (verb, start) = complement_start(&words[..words.len() - 1])?;
    let end = (start..words.len() - 1).find(|&k| {
        let w = bare_lower(words[k]);
        opens_with_verb(words[k])
            || matches!(w.as_str(), "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "would")
            || words[k].ends_with(',')
    })?;
    let subject = &words[start..end];
    let quoted = |w: &&str| w.contains(['"', '\u{201C}', '\u{201D}']);
    if subject.is_empty() || subject.len() > 7 || subject.iter().any(quoted) || words[end].ends_with(',') {
        return None;
    }
    // "it" is the name that said it, when that opens the sentence: "Pacific Gas and Electric
    // said it …".
    if subject.len() == 1 && bare_lower(subject[0]) == "it" {
        let sayer = &words[..verb];
        let named = !sayer.is_empty()
            && sayer.len() <= 5
            && sayer.iter().all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "and" | "of" | "&"))
            && !sayer.iter().any(quoted);
        return named.then(|| sayer.to_vec());
    }
    if subject.len() == 1 && is_pronoun(&bare_lower(subject[0])) {
        return None;
    }
    Some(subject.to_vec())
}

/// A verb form that cannot open a clause with its subject: a past form, an auxiliary or a
/// modal.
/// What a long sentence reports when its date stands in the reporting tag that ends it:
/// "Brennar Home is recalling about 180,000 kettles … after reports that the base can
/// overheat, the Office for Product Safety and Standards (OPSS) said on Wednesday" is labelled
/// by the recall, not by the saying. Only a tag of a subject, a verb of saying and the date
/// ("in a statement" at most besides), after a report of six words or more; a sentence with a
/// date of its own before the tag is left to the other rules (the caller checks).
fn reported_before_tag<'t>(text: &'t str, segments: &[Segment], timex: Span) -> Option<Vec<&'t str>> {
    let (tag, before) = segments.split_last()?;
    if !tag.after_comma || !tag.span.contains(timex) || before.is_empty() {
        return None;
    }
    let head = text.get(tag.span.start..timex.start)?;
    let words: Vec<&str> = head.split_whitespace().collect();
    let verb = words.iter().position(|w| matches!(*w, "said" | "announced" | "confirmed" | "reported"))?;
    let subject = &words[..verb];
    let between = words[verb + 1..].join(" ");
    let after = text.get(timex.end..tag.span.end)?.trim().trim_end_matches(['.', '"', '\u{201D}']).trim();
    let tag_only = (1..=10).contains(&subject.len())
        && !subject.iter().any(|w| is_verb(w) || w.contains(['"', '\u{201C}', '\u{201D}']))
        && matches!(between.as_str(), "" | "on" | "late" | "early" | "in a statement on" | "in a statement")
        && matches!(after, "" | "in a statement");
    // (From the last colon, semicolon or dash on: "DAYTON — A Miamisburg company is recalling …".)
    let from = before.iter().rposition(|s| !s.after_comma).unwrap_or(0);
    let report = clause_words(text, &[Span::new(before[from].span.start, before[before.len() - 1].span.end)]);
    (tag_only && report.len() >= 6 && !report.iter().any(|w| w.contains(['"', '\u{201C}', '\u{201D}'])))
        .then_some(report)
}

fn opens_with_verb(word: &str) -> bool {
    is_verb(word)
        || matches!(
            word.to_lowercase().as_str(),
            "can" | "could" | "may" | "might" | "must" | "should" | "shall" | "been" | "be"
        )
}

/// The subject opening the sentence, when it ends before byte `before`: a short noun phrase
/// (at most five words, capitalized, no verb), either the whole first comma segment ("The
/// work, \"The Merry Tavern,\" was found …") or the words before the first verb ("The
/// council meets twice a year and is …", a present form in "-s" after a noun).
fn sentence_subject<'t>(text: &'t str, segments: &[Segment], sentence: Span, before: usize) -> Option<Vec<&'t str>> {
    const NOT_SUBJECT: &[&str] = &[
        "after",
        "also",
        "and",
        "as",
        "at",
        "before",
        "but",
        "by",
        "during",
        "earlier",
        "for",
        "from",
        "however",
        "if",
        "in",
        "it",
        "last",
        "later",
        "meanwhile",
        "next",
        "on",
        "since",
        "still",
        "that",
        "then",
        "there",
        "this",
        "when",
        "while",
        "with",
        "yesterday",
    ];
    let first = segments.first().filter(|s| s.span.start == sentence.start)?;
    let words = clause_words(text, &[first.span]);
    let head = words.first()?;
    let starts_well = head.starts_with(char::is_uppercase)
        && !NOT_SUBJECT.contains(&head.to_lowercase().as_str())
        && !head.starts_with(['"', '\u{201C}', '\'']);
    if !starts_well {
        return None;
    }
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let verb_at = (1..words.len()).find(|&k| {
        opens_with_verb(words[k])
            || lower[k].len() > 3
                && lower[k].ends_with('s')
                && !lower[k].ends_with("'s")
                && !lower[k].ends_with("ss")
                && words[k].starts_with(char::is_lowercase)
                // After a name, a verb only before a lower-case word ("Corvane plans to", not
                // "German champions FC Rheinau").
                && (words[k - 1].starts_with(char::is_lowercase)
                    || words.get(k + 1).is_some_and(|n| n.starts_with(char::is_lowercase)))
                && !matches!(lower[k - 1].as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "of" | "and")
    });
    let subject: Vec<&str> = match verb_at {
        Some(k) => words[..k].to_vec(),
        // The whole segment, set off by the comma of an aside.
        None if segments.len() > 1 => words,
        None => return None,
    };
    let subject_end = subject.last().map_or(usize::MAX, |w| offset_in(text, w) + w.len());
    // Not a subject whose words were reported ("Officials said the river would not fall …":
    // the label's subject is the river) nor a dateline's place in capitals, nor a bare article.
    let between = text.get(subject_end..before).unwrap_or("");
    // ("Harlow reported revenue of $2.9 billion …" reports figures, not what someone said.)
    let figures = |w: &str| {
        let after = between.split_once(w).map_or("", |(_, rest)| rest).split_whitespace().next().unwrap_or("");
        matches!(after, "revenue" | "revenues" | "sales" | "profit" | "profits" | "earnings" | "net" | "losses")
    };
    let reported = between.split(|c: char| !c.is_alphanumeric()).any(|w| {
        is_reporting_verb(w) && !(w == "reported" && figures(w)) || matches!(w, "say" | "expects" | "expected")
    });
    // A relative clause's verb takes the subject only when the clause follows it ("Delacroix,
    // who won the title in 2024"); after another noun that noun is its subject ("a second
    // season, which is expected to end in late September").
    let relative = |w: &str| matches!(w.to_lowercase().as_str(), "which" | "who" | "that");
    let before_label = text[..before].trim_end();
    let last_word = before_label.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    // (An age may stand between: "Delacroix, 31, who won …".)
    let aside = between.trim_matches(|c: char| c == ',' || c.is_whitespace() || c.is_ascii_digit());
    let other_antecedent = relative(last_word) && !relative(aside);
    let capitals = subject.first().is_some_and(|w| w.len() > 1 && !w.chars().any(char::is_lowercase));
    let article = subject.last().is_some_and(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an"));
    ((1..=5).contains(&subject.len())
        && subject_end <= before
        && !reported
        && !other_antecedent
        && !capitals
        && !article
        && !subject.iter().any(|w| w.contains(['"', '\u{201C}', '\u{201D}'])))
    .then_some(subject)
}

/// A verb that reports who told something: a tag like ", the company said on Monday" names no
/// event of its own.
fn is_reporting_verb(word: &str) -> bool {
    matches!(word, "said" | "says" | "announced" | "reported" | "confirmed" | "told" | "added" | "wrote")
}

/// A past form or an auxiliary: what tells that words make a clause.
fn is_verb(word: &str) -> bool {
    let w = word.to_lowercase();
    crate::timex::ed_form(&w)
        || crate::timex::listed_past(&w)
        || matches!(w.as_str(), "is" | "are" | "was" | "were" | "has" | "had" | "will" | "would")
}

/// An "-ing" form ("opening", "ending"); not a short word such as "thing" or "king".
fn is_gerund(word: &str) -> bool {
    word.len() > 5 && word.ends_with("ing")
}

/// Verbs that report what someone said or thought; a "that" shortly after one opens what was
/// said. Sorted: looked up by binary search.
const REPORTING_VERBS: &[&str] = &[
    "acknowledged",
    "added",
    "adding",
    "admitted",
    "agreed",
    "announced",
    "argue",
    "argued",
    "argues",
    "believe",
    "believed",
    "believes",
    "claim",
    "claimed",
    "claims",
    "conceded",
    "confirmed",
    "decided",
    "denied",
    "emphasised",
    "emphasized",
    "estimate",
    "estimated",
    "estimates",
    "expect",
    "expects",
    "explained",
    "fear",
    "fears",
    "found",
    "indicated",
    "insist",
    "insisted",
    "insists",
    "learned",
    "noted",
    "noting",
    "pointed",
    "predict",
    "predicted",
    "predicts",
    "promised",
    "reported",
    "revealed",
    "ruled",
    "said",
    "say",
    "saying",
    "says",
    "showed",
    "stated",
    "stressed",
    "suggested",
    "thinks",
    "thought",
    "told",
    "warn",
    "warned",
    "warns",
    "wrote",
];

/// Reporting verbs that take what was said without "that" ("said on Tuesday the government had
/// ignored warnings"). Sorted.
const SAYING_VERBS: &[&str] = &["added", "announced", "said", "says", "warned"];

/// Where what was said begins, given the words before the date: after the "that" of a reporting
/// verb ("said on Wednesday that …", "told reporters on Monday that …"), or right after a saying
/// verb and the saying's own day when a subject follows ("said on Tuesday the government …"):
/// the verb's index and that start.
fn complement_start(words: &[&str]) -> Option<(usize, usize)> {
    let verb = words.iter().rposition(|w| REPORTING_VERBS.binary_search(&bare_lower(w).as_str()).is_ok())?;
    // A quotation or clause break right after the verb ends what it reports.
    if words[verb].ends_with(|c: char| !c.is_alphanumeric()) {
        return None;
    }
    // Up to seven words between ("said in a statement issued on Monday that").
    if let Some(that) = (verb + 1..words.len().min(verb + 9)).find(|&j| bare_lower(words[j]) == "that") {
        return Some((verb, that + 1));
    }
    if SAYING_VERBS.binary_search(&bare_lower(words[verb]).as_str()).is_err() {
        return None;
    }
    // The saying's own day: "on Tuesday", "late Monday", "yesterday".
    let mut j = verb + 1;
    while j < words.len() {
        let w = bare_lower(words[j]);
        let day = matches!(w.as_str(), "on" | "late" | "early" | "yesterday" | "today")
            || crate::timex::WEEKDAYS.contains(&w.as_str());
        if !day {
            break;
        }
        j += 1;
    }
    let next = words.get(j)?;
    // ("warned her on Monday that …": "her" is the object when no noun follows it.)
    let object = bare_lower(next) == "her"
        && words.get(j + 1).is_none_or(|w| {
            matches!(bare_lower(w).as_str(), "on" | "in" | "at" | "that" | "last" | "this" | "yesterday" | "today")
                || crate::timex::WEEKDAYS.contains(&bare_lower(w).as_str())
        });
    let subject = !object
        && matches!(
            bare_lower(next).as_str(),
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "he" | "she" | "it" | "they" | "we" | "there"
        );
    // A name only after the saying's day: "said Omar Keane" is the speaker, not the report.
    let name = j > verb + 1 && next.starts_with(char::is_uppercase);
    // A subject of one or two words before an auxiliary: "said members would meet".
    let auxiliary = |k: usize| {
        words.get(k).is_some_and(|w| {
            matches!(
                bare_lower(w).as_str(),
                "would" | "will" | "could" | "had" | "has" | "have" | "was" | "were" | "is" | "are"
            )
        })
    };
    let clause = !next.starts_with(char::is_uppercase) && (auxiliary(j + 1) || auxiliary(j + 2));
    (subject || name || clause).then_some((verb, j))
}

/// A word without the punctuation around it, in lower case ("said," is "said").
fn bare_lower(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

/// An article or a possessive that opens a noun phrase ("the", "its").
fn is_determiner(word: &str) -> bool {
    matches!(word, "the" | "a" | "an" | "its" | "their")
}

/// A personal pronoun, which a label cannot stand on for its subject.
fn is_pronoun(word: &str) -> bool {
    matches!(word.to_lowercase().as_str(), "it" | "they" | "he" | "she" | "we" | "i" | "you")
}

/// A date in a relative clause between commas is labelled by the clause with its antecedent put
/// back ("The first round, which started on Jan. 20, reached …" → "The first round started on
/// Jan. 20"), when the antecedent is a short noun phrase opening the sentence or clause.
fn relative_clause<'t>(text: &'t str, segments: &[Segment], timex: Span) -> Option<Vec<&'t str>> {
    let first = segments.iter().position(|s| s.span.overlaps(timex))?;
    let last = segments.iter().rposition(|s| s.span.overlaps(timex))?;
    let seg = segments[first];
    let opener = first_word(seg.span.text(text).trim_start());
    let enclosed = seg.after_comma && segments.get(last + 1).is_some_and(|next| next.after_comma);
    // One span, so a comma inside the date stays ("Jan. 20, 2016").
    let clause = Span::new(seg.span.start, segments[last].span.end);
    if first == 0 || !seg.after_comma {
        return None;
    }
    // "…, said former council leader Joan Pryce, who retired in 2018": the name before "who",
    // also when the aside ends the sentence.
    let closes = segments.get(last + 1).is_none_or(|next| next.after_comma);
    if opener == "who" && closes {
        let before = clause_words(text, &[segments[first - 1].span]);
        let capital =
            |w: &&&str| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || "'.-".contains(c));
        let run = before.iter().rev().take_while(capital).count();
        // (The name alone after a title with "of": "U.S. Secretary of State Laura Kimball, who
        // spoke …" is "Laura Kimball spoke …", not "State Laura Kimball".)
        let titled = run >= 3 && before.len() > run && before[before.len() - run - 1] == "of";
        let name = if titled { 2 } else { run.min(3) };
        // Else "…approved by national ministers, who are expected to sign it on June 27": a
        // plural noun and up to two words before it, back to a preposition.
        let plain = |w: &&&str| w.chars().all(|c| c.is_lowercase() || c == '-');
        let stop = |w: &&str| {
            matches!(*w, "by" | "of" | "to" | "for" | "with" | "from" | "among" | "and" | "the" | "said" | "says")
        };
        let plural = before.last().is_some_and(|w| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"));
        let noun = || before.iter().rev().take_while(|w| plain(w) && !stop(w)).count().min(3);
        let antecedent = Some(name).filter(|&n| n >= 1).or_else(|| Some(noun()).filter(|&n| n >= 1 && plural));
        // (The whole segment when it is a name set off by commas: "for the former presiding
        // officer, Sir James Kerr, who died last Saturday".)
        // (Not one who said something: "…, Peter Lisle, who said he had raised concerns as early
        // as 2018" is labelled by what he said.)
        let says = clause_words(text, &[clause]).get(1).is_some_and(|w| is_reporting_verb(w));
        let apposed = segments[first - 1].after_comma && name == before.len() && !says;
        if let Some(n) = antecedent.filter(|&n| n < before.len() || apposed) {
            let mut words = before[before.len() - n..].to_vec();
            words.extend(clause_words(text, &[clause]).into_iter().skip(1));
            return (words.len() >= 4).then_some(words);
        }
    }
    // "…has attended every day of the trial, which began Oct. 13.": the noun phrase before a
    // "which" that ends the sentence.
    // (Only a short clause whose verb follows "which": not "which the judge denied the following
    // Monday", nor a long one whose date belongs to a clause of its own.)
    if opener == "which" && closes && !enclosed {
        let relative = clause_words(text, &[clause]);
        // (A modal or a present form also opens one: "a committee, which must finish its
        // scrutiny by 12 June", "the summer recess, which begins on 22 July".)
        let verb = relative.get(1).is_some_and(|w| {
            is_verb(w)
                || matches!(*w, "must" | "can" | "could" | "should" | "may" | "might" | "shall")
                || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && w.starts_with(char::is_lowercase)
        });
        // (Or a long one dated by its first words: "the Court of Appeal, which ruled on Wednesday
        // that the trial judge had wrongly admitted evidence".)
        let dated_early = clause_words(text, &[Span::new(clause.start, timex.start)]).len() <= 4;
        let short = relative.len() <= 6
            || relative.len() <= 10 && !relative.iter().any(|w| matches!(*w, "and" | "but" | "while" | "after"))
            || dated_early;
        if short && verb {
            let before = clause_words(text, &[segments[first - 1].span]);
            let det = antecedent_start(&before, segments[first - 1].after_comma)?;
            let mut words = before[det..].to_vec();
            words.extend(relative.into_iter().skip(1));
            return (words.len() >= 4).then_some(words);
        }
    }
    if !enclosed || !matches!(opener.as_str(), "which" | "who") {
        return None;
    }
    let antecedent = segments[first - 1];
    let mut words = clause_words(text, &[antecedent.span]);
    let preposition = matches!(
        first_word(antecedent.span.text(text)).as_str(),
        "in" | "on" | "at" | "by" | "for" | "from" | "since" | "after" | "before" | "during" | "until" | "as"
    );
    if antecedent.after_comma || preposition || words.is_empty() {
        return None;
    }
    // A longer segment ends with the antecedent: "Ferrante said the order, which takes effect at
    // midnight on Wednesday, would …" → "the order".
    if words.len() > 5 {
        // Not when the clause has its own subject ("the cottage, which it hopes to open by …").
        let second = clause_words(text, &[clause]).get(1).map(|w| w.to_lowercase());
        if second.is_some_and(|w| is_pronoun(&w)) {
            return None;
        }
        let det = antecedent_start(&words, false)?;
        words.drain(..det);
    }
    words.extend(clause_words(text, &[clause]).into_iter().skip(1));
    (words.len() >= 4).then_some(words)
}

/// Where the antecedent of a relative clause starts among `before`, the words up to its comma:
/// a noun phrase from a determiner ("the Rhine Valley Bird Observatory", "the Puri Lok Sabha
/// seat": up to five words); with none, a name set off as an apposition ("a failed system,
/// Northbrook Connect 2.0, which was scrapped in 2024"), or the words after the last
/// preposition ("available at all libraries, which will keep …", "revenue in fiscal 2025,
/// which ended in September": up to three, no verb, not a name).
fn antecedent_start(before: &[&str], apposed: bool) -> Option<usize> {
    if let Some(det) = before.iter().rposition(|w| is_determiner(w) || *w == "this") {
        return (2..=5).contains(&(before.len() - det)).then_some(det);
    }
    if apposed && (1..=4).contains(&before.len()) && before[0].starts_with(char::is_uppercase) {
        return Some(0);
    }
    // A short subject opening the sentence: "The hearing at Pontypridd Coroner's Court, which
    // opened on Monday".
    if (2..=6).contains(&before.len()) && matches!(before[0], "The" | "A" | "An" | "Its" | "Their") {
        return Some(0);
    }
    let preposition = before
        .iter()
        .rposition(|w| matches!(*w, "in" | "at" | "of" | "for" | "from" | "by" | "to" | "on" | "with" | "across"))?;
    let rest = &before[preposition + 1..];
    // (A name there is more often a place the noun before is at: "The hearing at Pontypridd
    // Coroner's Court, which opened on Monday".)
    let plain = rest.first().is_some_and(|w| !w.starts_with(char::is_uppercase))
        && rest.iter().all(|w| !is_verb(w) && w.chars().all(|c| c.is_alphanumeric() || "-'.".contains(c)));
    ((1..=3).contains(&rest.len()) && plain).then_some(preposition + 1)
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
        // A double hyphen set off by spaces is a dash too: "(Science Desk) -- Arctic sea ice".
        let double = c == '-' && s[..i].ends_with(' ') && s[i..].starts_with("-- ");
        let cut = match c {
            ',' => Some(true),
            ';' | ':' | '\u{2014}' | '\u{2013}' => Some(false),
            '-' if spaced(i) || double => Some(false),
            _ => None,
        };
        // A comma inside a number ("1,500") is not a cut, nor a colon in "14:30", nor the
        // comma before a date's year ("March 14, 1938").
        let after_digit = i > 0 && s[..i].ends_with(|p: char| p.is_ascii_digit());
        let in_number = after_digit && chars.peek().is_some_and(|&(_, n)| n.is_ascii_digit());
        let year_after = after_digit && c == ',' && {
            let rest = s[i + 1..].strip_prefix(' ').unwrap_or("");
            rest.len() >= 4
                && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                && !rest.as_bytes().get(4).is_some_and(u8::is_ascii_digit)
        };
        if let Some(comma) = cut.filter(|_| !in_number && !year_after) {
            out.push(Segment { span: Span::new(span.start + from, span.start + i), after_comma });
            from = i + c.len_utf8() + usize::from(double);
            if double {
                chars.next();
            }
            after_comma = comma;
        }
    }
    out.push(Segment { span: Span::new(span.start + from, span.end), after_comma });
    out.retain(|seg| !seg.span.text(text).trim().is_empty());
    out
}

fn first_word(s: &str) -> String {
    let word = s.split_whitespace().next().unwrap_or("");
    word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

fn clause_words<'t>(text: &'t str, clause: &[Span]) -> Vec<&'t str> {
    clause.iter().flat_map(|s| s.text(text).split_whitespace()).collect()
}

/// Where `word`, a slice of `text`, starts in it.
fn offset_in(text: &str, word: &str) -> usize {
    word.as_ptr() as usize - text.as_ptr() as usize
}

/// The index of the first of `words` (slices of `text`, in order) that reaches into `timex`.
fn date_start(text: &str, words: &[&str], timex: Span) -> Option<usize> {
    words.iter().position(|w| offset_in(text, w) + w.len() > timex.start)
}

/// How many of `words` start before the end of `timex`: the date's last word and those before.
fn date_end(text: &str, words: &[&str], timex: Span) -> usize {
    words.iter().rposition(|w| offset_in(text, w) < timex.end).map_or(0, |k| k + 1)
}

/// Words a label may run past [`LABEL_WORDS`] to end with its date rather than cut it in half.
const DATE_OVERRUN: usize = 4;

/// Whether `this` stands in brackets right after `previous`, the same time told again in
/// another zone: "9:15 p.m. PDT Tuesday (04:15 UTC Wednesday)", "6:05 a.m. local time (11:05
/// UTC)".
fn converted(text: &str, previous: Span, this: Span) -> bool {
    let between = text.get(previous.end..this.start).unwrap_or("");
    between.len() <= 16
        && between.trim_end().ends_with('(')
        && !between.contains(')')
        && text.get(this.end..).is_some_and(|rest| rest.trim_start().starts_with(')'))
}

/// Drops the date phrase that opens a clause too long to show whole, up to its comma: "At
/// 9:15 p.m. PDT Tuesday (04:15 UTC Wednesday), the Shasta County Sheriff's Office upgraded
/// Lakehead and Antlers to a mandatory evacuation" is labelled by what the office did (the
/// timeline shows the date beside it).
fn drop_fronted_date(text: &str, words: &mut Vec<&str>, timex: Span) {
    if words.len() <= LABEL_WORDS + 1 || offset_in(text, words[0]) > timex.start {
        return;
    }
    let Some(comma) = words.iter().take(9).position(|w| w.ends_with(',')) else { return };
    let comma_end = offset_in(text, words[comma]) + words[comma].len();
    // The phrase opens with the date or a preposition or adverb before it ("At", "In", "Early
    // on", "Last"), holds no verb ("The deployment will begin on October 25, nearly …" is a
    // clause), and what follows is a clause of its own, at least six words.
    let opener = offset_in(text, words[0]) == timex.start
        || matches!(
            words[0].to_lowercase().as_str(),
            "at" | "on"
                | "in"
                | "by"
                | "from"
                | "between"
                | "throughout"
                | "during"
                | "until"
                | "early"
                | "late"
                | "earlier"
                | "later"
                | "last"
                | "this"
                | "next"
        );
    let verbless = words[..=comma].iter().all(|w| !is_verb(w.trim_end_matches(',')));
    // (At most five words besides the date and a bracket: "Today roughly a third stay in
    // southern Spain, feeding on …" is a clause.)
    let inside = |w: &&str| timex.contains(Span::new(offset_in(text, w), offset_in(text, w) + w.len()));
    let mut bracket = false;
    let besides = words[..=comma]
        .iter()
        .filter(|w| {
            let counted = !bracket && !w.starts_with('(') && !inside(w);
            bracket = (bracket || w.starts_with('(')) && !w.contains(')');
            counted
        })
        .count();
    // Nor the subject of a verb after an aside: "Last winter, by contrast, was the wettest",
    // "The winter of 1962-63, the coldest of the 20th century, began with …".
    let rest = &words[comma + 1..];
    let subject = rest.iter().position(|w| is_verb(w)).is_some_and(|v| v > 0 && rest[v - 1].ends_with(','));
    if opener && verbless && besides <= 5 && !subject && comma_end >= timex.end && rest.len() >= 6 {
        words.drain(..=comma);
    }
}

/// Drops a time or sum told again in brackets from the label's words: "At 9:15 p.m. PDT
/// Tuesday (04:15 UTC Wednesday), the sheriff's office …", "11.4 billion crowns ($1.7
/// billion)": up to six words with a digit, not holding the label's own date ("The Open Room
/// (1988)").
fn drop_conversions(text: &str, words: &mut Vec<&str>, timex: Span) {
    if !words.iter().any(|w| w.starts_with('(')) {
        return;
    }
    let mut k = 0;
    while k < words.len() {
        let close = (k..words.len().min(k + 6)).find(|&j| words[j].contains(')'));
        let bracket = close.filter(|&j| {
            let from = offset_in(text, words[k]);
            let to = offset_in(text, words[j]) + words[j].len();
            words[k].starts_with('(')
                && words[k..=j].iter().any(|w| w.contains(|c: char| c.is_ascii_digit()))
                && !Span::new(from, to).overlaps(timex)
        });
        match bracket {
            Some(j) => drop(words.drain(k..=j)),
            None => k += 1,
        }
    }
}

/// Joins the words, cuts at [`LABEL_WORDS`] (or at the end of the date, when that comes a few
/// words later: "…heavy rain in the last week of January…", not "…in the last week of…"),
/// strips a fronted date and times in brackets (see above), quote marks and end punctuation,
/// and capitalizes the first letter.
fn finish(text: &str, mut words: Vec<&str>, timex: Span) -> String {
    drop_fronted_date(text, &mut words, timex);
    drop_conversions(text, &mut words, timex);
    let date_end = date_end(text, &words, timex);
    let keep = if date_end <= LABEL_WORDS + DATE_OVERRUN { LABEL_WORDS.max(date_end) } else { LABEL_WORDS };
    // An ellipsis for one word left over ("… in 2023 and…" of "… in 2023 and 2024") hides no
    // more than the word would take: the word instead.
    let keep = if words.len() == keep + 1 { keep + 1 } else { keep };
    let long = words.len() > keep;
    let mut label = words[..words.len().min(keep)].join(" ");
    // Quote marks rarely pair up inside a clause: drop them all rather than show half a pair.
    label.retain(|c| !matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}'));
    // A quote mark that stood alone between spaces leaves two spaces behind.
    let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
    let trimmed =
        // (And a single opening quote mark: "‘Families who want to swim …".)
        label.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '-' | '\'' | '(' | ')' | '\u{2018}'));
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
        let mut options = crate::Options::new();
        if let Some(r) = reference {
            options = options.reference_date(crate::parse_date(r).unwrap());
        }
        let found = find(text, &tokens, &sentences, &options);
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

    #[test]
    fn span_of_parts_of_days() {
        let cases = [
            ("The line will close from Friday evening until Monday morning.", Some("2016-09-26")),
            ("Crews worked from 9 a.m. to 5 p.m. on Friday.", None),
        ];
        for (text, end) in cases {
            let got = events(text, REF);
            assert_eq!(got.len(), 1, "{text}");
            assert_eq!(got[0].end_date.as_deref(), end, "{text}");
        }
    }

    // A live blog: a date's last place goes to its latest entry, and an entry with a heading is
    // labelled with what follows it.
    t!(
        live_blog_keeps_its_last_entry,
        "Count night\n\n9:10 p.m. - Boxes are arriving at the hall.\n\n9:40 p.m. - The first bundles are being \
         sorted.\n\n10:05 p.m. - Turnout is put at 41 per cent.\n\n10:30 p.m. - The Green candidate has arrived.\n\n\
         11:15 p.m. - A recount has been requested.\n\n11:50 p.m. - Result: Ana Reyes (Green) 9,120; Tom Hale 8,877.",
        REF,
        [
            ("2016-09-22", "day", "Boxes are arriving at the hall"),
            ("2016-09-22", "day", "The first bundles are being sorted"),
            ("2016-09-22", "day", "Turnout is put at 41 per cent"),
            ("2016-09-22", "day", "Result: Ana Reyes (Green) 9,120")
        ]
    );

    // ORDER: by date, coarser first within the same period, then by position.
    // LABELS headed by their subject.
    t!(
        report_with_an_auxiliary_gives_its_subject,
        "Ministers have said they want the first new towns to be built by 2029.",
        REF,
        [("2029", "year", "Ministers want the first new towns to be built by 2029")]
    );
    t!(
        name_after_a_title_with_of,
        "The truce held. U.S. Secretary of State Laura Kimball, who spoke to both sides on Sunday, welcomed it.",
        REF,
        [("2016-09-18", "day", "Laura Kimball spoke to both sides on Sunday")]
    );
    t!(
        opening_participle_tells_of_the_subject,
        "Born in Tarnow on 4 May 1931, Halina Wrobel studied chemistry in Krakow.",
        None,
        [("1931-05-04", "day", "Halina Wrobel was born in Tarnow on 4 May 1931")]
    );
    t!(
        opening_participle_with_an_article,
        "Founded in 1989, the ferry line carried 2.1 million passengers.",
        None,
        [("1989", "year", "The ferry line was founded in 1989")]
    );
    t!(
        opening_adjective_is_no_participle,
        "Reported robberies rose 18% in 2025 compared with the same period of 2024, the ministry said.",
        None,
        [("2025", "year", "Reported robberies rose 18% in 2025 compared with the same period of 2024")]
    );
    t!(
        subject_before_a_long_apposition,
        "Ilse Marten, the engineer whose bridges carried half the valley's traffic, died on Tuesday at her \
         home.",
        REF,
        [("2016-09-20", "day", "Ilse Marten died on Tuesday at her home")]
    );
    t!(
        who_after_an_apposed_name,
        "The council paused its meeting for the former mayor, Sir Tom Eade, who died last Saturday.",
        REF,
        [("2016-09-17", "day", "Sir Tom Eade died last Saturday")]
    );
    t!(
        long_which_clause_dated_early,
        "The ban was lifted by the appeals court, which ruled on Wednesday that the regulator had \
         overstepped its powers.",
        REF,
        [("2016-09-21", "day", "The appeals court ruled on Wednesday that the regulator had overstepped its powers")]
    );
    t!(
        southern_seasons_sorted_by_their_months,
        "PERTH, Western Australia, Jan. 14, 2027 - Fires broke out on Tuesday. Last winter was the driest \
         on record. Crews hope the autumn will bring rain. Last summer was mild.",
        None,
        [
            // December 2025 to February 2026, June to August 2026, then this January and March.
            ("2025-SU", "season", "Last summer was mild"),
            ("2026-WI", "season", "Last winter was the driest on record"),
            ("2027-01-12", "day", "Fires broke out on Tuesday"),
            ("2027-FA", "season", "Crews hope the autumn will bring rain"),
        ]
    );
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

    t!(
        subject_relative_clause_dropped_when_long,
        "Two rival drugs that clear amyloid plaques from the brain were approved in the United States in 2023.",
        None,
        [("2023", "year", "Two rival drugs were approved in the United States in 2023")]
    );
    t!(
        short_relative_clause_kept,
        "The company that built the bridge was sold in 2019.",
        None,
        [("2019", "year", "The company that built the bridge was sold in 2019")]
    );
    t!(
        participle_phrase_ending_in_a_full_date,
        "Born in Enugu on March 14, 1938, Okonkwo studied in London in the late 1950s.",
        None,
        [
            ("1938-03-14", "day", "Okonkwo was born in Enugu on March 14, 1938"),
            ("195", "decade", "Okonkwo studied in London in the late 1950s")
        ]
    );
    t!(
        day_after_a_month_is_in_that_month,
        "In August a barge sank off the pier. Divers reached it the next day. The coastguard named them on Tuesday.",
        REF,
        [
            ("2016-08", "month", "In August a barge sank off the pier"),
            ("2016-08", "month", "Divers reached it the next day"),
            ("2016-09-20", "day", "The coastguard named them on Tuesday"),
        ]
    );
    t!(
        participle_phrase_opening_the_sentence,
        "Born in a village near Eshowe in 1938, Nia Dube trained as a draughtsman in the 1950s.",
        None,
        [
            ("1938", "year", "Nia Dube was born in a village near Eshowe in 1938"),
            ("195", "decade", "Nia Dube trained as a draughtsman in the 1950s")
        ]
    );
    t!(
        short_participle_phrase_takes_the_main_clause,
        "Founded in 1850, the mill closed in 1990.",
        None,
        [("1850", "year", "The mill was founded in 1850"), ("1990", "year", "The mill closed in 1990")]
    );

    // POINTS OF COMPARISON are no events.
    t!(
        record_since_a_date,
        "Shares of Veltra rose 6% in 2016, the biggest gain since March 2011. It was the first strike at the plant \
         since 2004, and the third deal to fail since 2009.",
        None,
        [("2016", "year", "Shares of Veltra rose 6% in 2016, the biggest gain since March 2011")]
    );
    t!(
        record_or_last_time_since_a_season,
        "His goal was the most by a Dalton player in a single campaign since 2011-12. The club has not \
         finished in the top half since 2012.",
        None,
        []
    );
    t!(
        since_a_date_without_a_record_is_an_event,
        "Enrollment has fallen by a third since 2011. The race, first held in 1986, has grown rapidly since 2005. \
         He has worked on his second serve every day since 2014.",
        None,
        [
            ("1986", "year", "The race, first held in 1986, has grown rapidly since 2005"),
            ("2005", "year", "The race has grown rapidly since 2005"),
            ("2011", "year", "Enrollment has fallen by a third since 2011"),
            ("2014", "year", "He has worked on his second serve every day since 2014")
        ]
    );
    t!(
        where_records_start,
        "Investigators asked for records dating back to January 2014. The feud dates back to 2009.",
        None,
        [("2009", "year", "The feud dates back to 2009")]
    );
    t!(
        comparison_baselines,
        "Net profit rose to 1.4 billion crowns in 2016, up from 1.2 billion crowns in 2015. Sales were 9 billion in \
         2016, compared with 8 billion in 2014.",
        None,
        [
            ("2016", "year", "Net profit rose to 1.4 billion crowns in 2016, up from 1.2…"),
            ("2016", "year", "Sales were 9 billion in 2016, compared with 8 billion in 2014")
        ]
    );
    t!(
        baselines_with_thousands_and_against,
        "Visitors reached 78,900 in 2016, up from 71,300 in 2015. Only 54.2% passed in 2016, against 58.9% in \
         2014. About 42,000 came, down from 46,500 in 2013. Protesters marched against a 2012 law.",
        None,
        [
            ("2012", "year", "Protesters marched against a 2012 law"),
            ("2016", "year", "Visitors reached 78,900 in 2016, up from 71,300 in 2015"),
            ("2016", "year", "Only 54.2% passed in 2016, against 58.9% in 2014")
        ]
    );
    t!(
        a_schedule_line_headed_by_its_date,
        "The storm's timeline:\n\n- 2 p.m. Friday: winds reach the coast.\n- Between 11 p.m. Friday and 4 a.m. \
         Saturday: landfall, most likely near the river mouth.",
        REF,
        [
            ("2016-09-23", "day", "Winds reach the coast"),
            ("2016-09-23", "day", "Landfall, most likely near the river mouth")
        ]
    );
    t!(
        changes_from_a_date_and_dates_denied,
        "Prize money rose to $2.8 million in 2016, up 12 percent from 2015. Cases rose faster than at this \
         point in 2014. Shares fell 3% in 2013. \"Fix them in 2016, not in 2030.\" Not in 2012, though.",
        None,
        [
            ("2013", "year", "Shares fell 3% in 2013"),
            ("2016", "year", "Prize money rose to $2.8 million in 2016, up 12 percent from 2015")
        ]
    );
    t!(
        what_usually_happens_is_no_event,
        "Seal hunting usually carries on into late June. In a normal year, the ice breaks up in the first week \
         of July. This year it was gone by June 11.",
        REF,
        [("2016-06-11", "day", "This year it was gone by June 11")]
    );

    t!(
        names_in_a_conjunct_are_no_verbs,
        "Hanmi will start selling the laptop in Korea on April 20 and in the United States and Europe by the end of June, the company said.",
        Some("2026-04-02"),
        [
            ("2026-04-20", "day", "Hanmi will start selling the laptop in Korea on April 20 and…"),
            // The date stands past the label's length, but no shorter clause tells the event.
            ("2026-06", "month", "Hanmi will start selling the laptop in Korea on April 20 and…")
        ]
    );
    t!(
        adverb_and_date_segment_says_nothing,
        "Hanmi showed a prototype at a fair in Las Vegas but delayed its launch twice, most recently last October.",
        Some("2026-04-02"),
        [("2025-10", "month", "Hanmi delayed its launch twice, most recently last October")]
    );

    t!(
        which_clause_after_a_long_segment,
        "Gov. Lucia Ferrante said the order, which takes effect at midnight on Wednesday, would give engineers time.",
        Some("2026-10-06"),
        [("2026-10-07", "day", "The order takes effect at midnight on Wednesday")]
    );

    t!(
        which_clause_with_its_own_subject,
        "The trust plans a small museum in the old keeper's cottage, which it hopes to open by the summer of 2027, in time for the anniversary.",
        None,
        [("2027-SU", "season", "It hopes to open by the summer of 2027, in time for…")]
    );

    // SUBJECT: a label opening with a verb takes back the sentence's subject.
    t!(
        subject_taken_back,
        "The work, \"The Merry Tavern,\" was found on Tuesday in a storage unit. Two men, aged 41 and 56, were \
         arrested and will appear before a judge on Friday. The council meets twice a year and is next due to \
         convene in June. Delacroix, 31, who won the title in 2024, was gracious.",
        REF,
        [
            ("2016-09-20", "day", "The work was found on Tuesday in a storage unit"),
            ("2016-09-23", "day", "Two men will appear before a judge on Friday"),
            ("2017-06", "month", "The council is next due to convene in June"),
            ("2024", "year", "Delacroix won the title in 2024, was gracious"),
        ]
    );
    t!(
        subject_not_taken_back,
        "The deal must be approved by the competition authority, which blocked a merger in 2018. The team \
         returned for a second season, which is expected to end in late September. Profit rose, helped by \
         a sale in 2015.",
        REF,
        [
            ("2015", "year", "Profit rose, helped by a sale in 2015"),
            // (Not "The team is expected to end …".)
            ("2016-09", "month", "A second season is expected to end in late September"),
            // (The relative clause's own antecedent, not "The deal blocked …".)
            ("2018", "year", "The competition authority blocked a merger in 2018"),
        ]
    );

    t!(
        report_before_its_tag,
        "DAYTON \u{2014} A Miamisburg company is recalling about 310,000 space heaters after reports that they can \
         overheat and catch fire, the Consumer Product Safety Commission said on Wednesday. Four people died, police \
         said Tuesday.",
        REF,
        [
            ("2016-09-20", "day", "Four people died, police said Tuesday"),
            ("2016-09-21", "day", "A Miamisburg company is recalling about 310,000 space heaters after reports that…")
        ]
    );

    // MERGE: a date's first mention gives its event; a later one another event only when it
    // tells something new in a clause of its own (at most four a date).
    t!(
        same_date_two_events,
        "The port was shelled on Monday. Aid ships left on Sept. 19, 2016.",
        REF,
        [
            ("2016-09-19", "day", "The port was shelled on Monday"),
            ("2016-09-19", "day", "Aid ships left on Sept. 19, 2016"),
        ]
    );
    t!(
        same_date_restated_merged,
        "The port was shelled on Monday. Since the Monday attack, no ship has docked. \"Monday was the worst day,\" she said. \
         The mayor told reporters on Monday. Officials said the port was shelled again on Monday. \
         Up from 40 on Monday, the toll rose to 52.",
        REF,
        [("2016-09-19", "day", "The port was shelled on Monday")]
    );

    // KINDS: weeks, durations, references, sets and times make no event.
    t!(only_calendar_dates, "Prices rose for two days, recently and every Monday.", REF, []);
    t!(
        time_dates_its_day,
        "Shells fell on Tuesday evening. Sirens sounded at 2:30 p.m. Wednesday.",
        REF,
        [
            ("2016-09-20", "day", "Shells fell on Tuesday evening"),
            ("2016-09-21", "day", "Sirens sounded at 2:30 p.m. Wednesday")
        ]
    );
    t!(time_without_day_is_no_event, "Sirens sounded at noon.", None, []);
    t!(unresolved_skipped, "Crowds gathered on Thursday in September.", None, []);

    // LABELS: the clause with the date, without dateline, openers, asides; cut at 12 words.
    t!(
        dateline_dropped,
        "VIENNA, March 15, 2024 - Ministers agreed on Thursday to act.",
        None,
        [("2024-03-14", "day", "Ministers agreed on Thursday to act"),]
    );
    t!(dateline_alone_is_no_event, "VIENNA, March 15, 2024 - Ministers agreed to act.", None, []);
    // A span of days written in one expression is a range; a list of days is one clause.
    t!(
        span_of_days_is_a_range,
        "The summit ran on Dec. 5-7, 2025. Trials follow on 8-11 July 2027.",
        None,
        [
            ("2025-12-05", "day", "The summit ran on Dec. 5-7, 2025"),
            ("2027-07-08", "day", "Trials follow on 8-11 July 2027")
        ]
    );
    // (A date that ends a paragraph is no list with the one opening the next.)
    t!(
        list_stops_at_the_sentence,
        "The fair opened in 2012\n\n2014 was quiet.",
        None,
        [("2012", "year", "The fair opened in 2012"), ("2014", "year", "2014 was quiet")]
    );
    t!(
        days_of_a_list_share_the_clause,
        "Drivers will stop work on 3, 5 and 9 December 2026, the union said.",
        None,
        [
            ("2026-12-03", "day", "Drivers will stop work on 3, 5 and 9 December 2026"),
            ("2026-12-05", "day", "Drivers will stop work on 3, 5 and 9 December 2026"),
            ("2026-12-09", "day", "Drivers will stop work on 3, 5 and 9 December 2026")
        ]
    );
    // A prepositional or absolute opener goes: whole before the clause with the date, its
    // first words when it holds the date.
    t!(
        opener_before_the_clause_goes,
        "Under the union's plan, the rotation would repeat the following week. According to the team, the next dimming should begin in late 2045.",
        Some("2026-01-14"),
        [
            ("2026-W04", "week", "The rotation would repeat the following week"),
            ("2045", "year", "The next dimming should begin in late 2045")
        ]
    );
    t!(
        opener_holding_the_date_loses_its_first_words,
        "Engineers have given the final go-ahead for the launch of Tern, a spacecraft built to relay data from \
         landers, with liftoff now scheduled for November 9. According to figures published last month, 19% of \
         pupils were absent. A drug cut migraines, according to results presented on Saturday.",
        Some("2026-10-21"),
        [
            ("2026-09", "month", "Figures published last month"),
            ("2026-10-17", "day", "A drug cut migraines, according to results presented on Saturday"),
            ("2026-11-09", "day", "Liftoff now scheduled for November 9")
        ]
    );
    t!(
        object_pronoun_is_no_subject,
        "The judge warned her on Monday that new accounts must be disclosed.",
        Some("2025-12-09"),
        [("2025-12-08", "day", "The judge warned her on Monday that new accounts must be disclosed")]
    );
    // A verb joined by "and" to a reported clause takes that clause's subject; a lone "it" the
    // name that said it.
    t!(
        coordinated_verb_takes_the_reported_subject,
        "A spokesman said the company was in close contact with the families and would fly relatives to Manila on Friday.",
        Some("2026-02-11"),
        [("2026-02-13", "day", "The company would fly relatives to Manila on Friday")]
    );
    t!(
        coordinated_verb_after_it_takes_the_name,
        "Pacific Gas and Electric said it had shut off power to 18,000 customers and could expand the shutoffs on Friday.",
        Some("2026-02-11"),
        [("2026-02-13", "day", "Pacific Gas and Electric could expand the shutoffs on Friday")]
    );
    t!(
        coordinated_verb_after_pointed_out,
        "Observers pointed out that the party had won only 23 seats in 2020 but had pushed its share up in 2024.",
        None,
        [
            ("2020", "year", "The party had won only 23 seats in 2020 but had pushed…"),
            ("2024", "year", "The party had pushed its share up in 2024")
        ]
    );
    // A span looked back over is no date ahead.
    t!(
        span_after_a_perfect_looks_back,
        "These are the most consistent results we have seen from an oral drug in a decade. The plant will close in two years.",
        Some("2026-01-14"),
        [("2028", "year", "The plant will close in two years")]
    );
    // What would follow under a rule is no event; what is said will follow is.
    t!(
        shift_under_a_rule_is_no_event,
        "A second offence within three years would trigger a higher fine. She said the plant would close within two years.",
        Some("2026-01-14"),
        [("2028", "year", "The plant would close within two years")]
    );
    // A maybe is no event, reported or not, with its modal a long object back.
    t!(
        maybe_far_back_is_no_event,
        "The growers' association said on Tuesday that a deal could lift wine exports to Japan by a third \
         within five years. A levy could rise within two years. The mill will close within a year.",
        Some("2026-01-14"),
        [
            ("2026-01-13", "day", "The growers' association said on Tuesday that a deal could lift wine…"),
            ("2027", "year", "The mill will close within a year")
        ]
    );
    t!(
        byline_with_a_date_is_no_event,
        "Ferry fares to rise\n\nTransport Correspondent Ana Ruiz | Thursday 14 May 2026\n\nFares rose on Monday.",
        None,
        [("2026-05-11", "day", "Fares rose on Monday")]
    );
    t!(
        title_case_headline_with_a_date_stays,
        "Ferry Fares Rise On 11 May 2026\n\nFares rose again.",
        None,
        [("2026-05-11", "day", "Ferry Fares Rise On 11 May 2026")]
    );
    t!(
        dateline_after_a_dash_is_no_event,
        "Flood waters recede\n\nORVAL, Norland — Monday, June 8, 2026\n\nThe river fell on Sunday.",
        None,
        [("2026-06-07", "day", "The river fell on Sunday")]
    );
    t!(
        date_on_a_line_of_its_own_is_no_event,
        "The choir sang on Friday.\n\nInterview by Ann Vale\nSaturday 14 March 2026\n\nShe laughed.",
        None,
        [("2026-03-13", "day", "The choir sang on Friday")]
    );
    t!(
        updated_line_is_no_event,
        "Published: June 3, 2025\nUpdated: June 4, 2025\nThe council met on Monday.",
        None,
        [("2025-06-02", "day", "The council met on Monday")]
    );
    t!(
        clause_opener_dropped,
        "Its office is in Vienna, where the commission was founded in 1998.",
        None,
        [("1998", "year", "The commission was founded in 1998"),]
    );
    t!(
        aside_dropped,
        "Katharina Berger, who chaired the talks, left the commission in 2025.",
        None,
        [("2025", "year", "Katharina Berger left the commission in 2025"),]
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
        preposition_of_the_date_kept,
        "Since the 1990s the city has changed its rules four times.",
        None,
        [("199", "decade", "Since the 1990s the city has changed its rules four times"),]
    );
    t!(
        reporting_verb_after_quote_dropped,
        "\"We waited,\" said Omar Keane, whose firm lost the bid in 2016.",
        None,
        [("2016", "year", "Omar Keane, whose firm lost the bid in 2016"),]
    );
    t!(
        reported_date_labelled_by_report,
        "The ministry said on Wednesday that a second round of vaccinations would begin next Monday.",
        REF,
        [
            ("2016-09-21", "day", "The ministry said on Wednesday that a second round of vaccinations would…"),
            ("2016-09-26", "day", "A second round of vaccinations would begin next Monday"),
        ]
    );
    t!(
        reported_without_that,
        "Opposition leader Rui Marques said on Tuesday the government had ignored warnings issued in May.",
        REF,
        [
            ("2016-05", "month", "The government had ignored warnings issued in May"),
            ("2016-09-20", "day", "Opposition leader Rui Marques said on Tuesday the government had ignored warnings…"),
        ]
    );
    t!(
        present_reporting_verb,
        "Forecasters expect calmer weather, but warn that another band of heavy rain could arrive by the weekend.",
        REF,
        [("2016-W38-WE", "week", "Another band of heavy rain could arrive by the weekend"),]
    );
    t!(
        reporting_tag_after_the_event,
        "Rescuers pulled four fishermen from the cold water near the mouth of the harbour, the coastguard said on Tuesday.",
        REF,
        [("2016-09-20", "day", "Rescuers pulled four fishermen from the cold water near the mouth of the harbour")]
    );
    t!(
        reporting_tag_after_the_date,
        "The new pier should open to ferries by late 2019, the port's director, Ana Lisboa, told reporters.",
        REF,
        [("2019", "year", "The new pier should open to ferries by late 2019")]
    );
    t!(
        each_date_its_conjunct,
        "The mine expects a final permit by the end of 2017 and its first shipments of copper ore in 2020.",
        REF,
        [
            ("2017", "year", "The mine expects a final permit by the end of 2017 and…"),
            ("2020", "year", "Its first shipments of copper ore in 2020")
        ]
    );
    t!(
        which_clause_ending_the_sentence,
        "Karen Bell has attended every day of the trial, which began Oct. 13. His lawyers filed a motion for \
         a new trial, which the judge denied on Monday.",
        REF,
        [("2015-10-13", "day", "The trial began Oct. 13"), ("2016-09-19", "day", "The judge denied on Monday")]
    );
    t!(
        which_clause_with_a_modal_or_present_ending_the_sentence,
        "The bill now goes to a select committee, which must finish its scrutiny by Oct. 12. Ministers want \
         it passed before the winter recess, which begins on Dec. 20.",
        REF,
        [
            ("2016-10-12", "day", "A select committee must finish its scrutiny by Oct. 12"),
            ("2016-12-20", "day", "The winter recess begins on Dec. 20")
        ]
    );
    t!(
        relative_clause_after_a_long_subject_takes_its_noun,
        "The by-election to the Harlow North county seat, which fell vacant in August, will be held in March.",
        REF,
        [
            ("2016-08", "month", "The Harlow North county seat fell vacant in August"),
            ("2017-03", "month", "The by-election to the Harlow North county seat will be held in March")
        ]
    );
    t!(
        participle_report_and_a_subject_after_while,
        "She asked why, adding that her party would file a complaint on Oct. 1. The minister told a press \
         conference in the capital that the first phase would be held on Oct. 4, while the remaining 54 \
         constituencies, mostly in the tribal western belt, will go to the polls on Oct. 12. The first round is on \
         Oct. 2 in the north and the east of the state, while the remaining 54 seats, mostly in the west, \
         will vote on Oct. 9.",
        REF,
        [
            ("2016-10-01", "day", "Her party would file a complaint on Oct. 1"),
            ("2016-10-02", "day", "The first round is on Oct. 2 in the north and the…"),
            ("2016-10-04", "day", "The first phase would be held on Oct. 4"),
            // (A short clause after "while" keeps its aside.)
            ("2016-10-09", "day", "The remaining 54 seats, mostly in the west, will vote on Oct. 9"),
            // (A long one takes the subject before its aside.)
            ("2016-10-12", "day", "The remaining 54 constituencies will go to the polls on Oct. 12")
        ]
    );
    t!(
        a_modifying_date_is_no_event_beside_another,
        "Tickets for the 2017 festival go on sale on Oct. 3. The firm will report third-quarter results on \
         Oct. 27. The 2017 festival will be held in Porto.",
        REF,
        [
            ("2016-10-03", "day", "Tickets for the 2017 festival go on sale on Oct. 3"),
            ("2016-10-27", "day", "The firm will report third-quarter results on Oct. 27"),
            // (Alone in its sentence, the modifying year is the event's date.)
            ("2017", "year", "The 2017 festival will be held in Porto")
        ]
    );
    t!(
        report_subject_for_its_pronoun,
        "The water board said it would review its flood warnings next month. Harlow Mining said \
         they had struck copper at a second site in August. Councillors said the mayor would decide on Friday. \
         Officials said that it ended in 2014.",
        REF,
        [
            // (Not "Officials ended in 2014": "it" is not a plural subject.)
            ("2014", "year", "It ended in 2014"),
            ("2016-08", "month", "Harlow Mining had struck copper at a second site in August"),
            ("2016-09-23", "day", "The mayor would decide on Friday"),
            ("2016-10", "month", "The water board would review its flood warnings next month")
        ]
    );
    t!(
        report_subject_not_for_a_pronoun_after_a_long_subject,
        "The head of the regional water board, Ines Moreau, said it would review its flood warnings next month.",
        REF,
        [("2016-10", "month", "It would review its flood warnings next month")]
    );
    t!(
        subject_before_a_dash_aside,
        "The workers \u{2014} two Malians and a Belgian engineer \u{2014} were seized on Aug. 21 when gunmen stopped them.",
        REF,
        [("2016-08-21", "day", "The workers were seized on Aug. 21 when gunmen stopped them")]
    );
    t!(
        participle_aside_after_the_subject,
        "Harbour Ferries, founded in 1962, carried 800,000 passengers last year.",
        REF,
        [
            ("1962", "year", "Harbour Ferries founded in 1962"),
            ("2015", "year", "Harbour Ferries carried 800,000 passengers last year")
        ]
    );
    t!(
        credit_before_a_double_hyphen,
        "(Weather Desk) -- The last hard frost in the valley came in 1961.",
        REF,
        [("1961", "year", "The last hard frost in the valley came in 1961")]
    );
    t!(
        weekend_after_the_days_of_its_week,
        "The council said on Thursday that the town would stay on alert through the weekend.",
        REF,
        [
            ("2016-09-22", "day", "The council said on Thursday that the town would stay on alert…"),
            ("2016-W38-WE", "week", "The town would stay on alert through the weekend"),
        ]
    );
    t!(
        told_reporters_that,
        "Clara Valente told reporters in Lisbon that the campaign would end in March.",
        REF,
        [("2017-03", "month", "The campaign would end in March"),]
    );
    t!(
        long_report_keeps_its_start,
        "Chief executive Ingrid Solheim said the company expected rates to recover in the first half of 2017, once new ships were absorbed.",
        REF,
        [("2017-H1", "half year", "The company expected rates to recover in the first half of 2017…"),]
    );
    t!(
        date_just_past_the_length_keeps_the_clause,
        "We were promised a new contract in 2012, in 2014 and again last year, he said.",
        REF,
        [
            ("2012", "year", "We were promised a new contract in 2012, in 2014 and again…"),
            ("2014", "year", "We were promised a new contract in 2012, in 2014 and again…"),
            // (", he said" after the date is who said it, left out.)
            ("2015", "year", "We were promised a new contract in 2012, in 2014 and again last year"),
        ]
    );
    t!(
        date_far_past_the_length_takes_its_segment,
        "Dock workers at the three biggest ports in the country finally accepted a pay offer, ending a strike that began on Monday.",
        REF,
        [("2016-09-19", "day", "Ending a strike that began on Monday"),]
    );
    t!(
        sentence_opening_that_is_a_pronoun,
        "That changed in 2009, when a trust bought the tower.",
        None,
        [("2009", "year", "That changed in 2009, when a trust bought the tower"),]
    );
    t!(
        date_far_in_takes_its_noun_phrase,
        "Voters in the coastal state of Marrow go to the polls on Sunday in a snap election called only five weeks ago.",
        REF,
        [("2016-W33", "week", "A snap election called only five weeks ago"), ("2016-09-25", "day", "Voters in the coastal state of Marrow go to the polls on Sunday…")]
    );
    t!(
        noun_phrase_without_a_verb_is_no_label,
        "The new network would link more than 400 river gauges from Germany to the Black Sea by the end of 2025.",
        None,
        [("2025", "year", "The new network would link more than 400 river gauges from Germany…")]
    );
    t!(
        who_clause_takes_the_name_before_it,
        "\"Two years on, we had 40 firms,\" said former council leader Joan Pryce, who retired in 2012.",
        None,
        [("2012", "year", "Joan Pryce retired in 2012"),]
    );
    t!(
        reported_subject_before_auxiliary,
        "Union chairman Peter Wanjala said members would meet on Wednesday to decide on a wider strike.",
        REF,
        [("2016-09-28", "day", "Members would meet on Wednesday to decide on a wider strike")]
    );
    #[test]
    fn verb_lists_sorted() {
        // Looked up by binary search.
        assert!(REPORTING_VERBS.windows(2).all(|w| w[0] < w[1]));
        assert!(SAYING_VERBS.windows(2).all(|w| w[0] < w[1]));
    }

    t!(
        told_takes_an_object,
        "The mayor told a radio station on Tuesday that he would stay.",
        REF,
        [("2016-09-20", "day", "The mayor told a radio station on Tuesday that he would stay"),]
    );
    t!(
        speaker_after_said_kept,
        "\"We waited,\" said Omar Keane, whose firm lost the bid in 2016.",
        None,
        [("2016", "year", "Omar Keane, whose firm lost the bid in 2016"),]
    );
    t!(report_after_that, "Officials said that it ended in 2014.", None, [("2014", "year", "It ended in 2014"),]);
    t!(
        report_too_short_kept_whole,
        "Officials said that in 2014.",
        None,
        [("2014", "year", "Officials said that in 2014"),]
    );
    t!(
        relative_clause_takes_its_antecedent,
        "The first round, which started on Jan. 20, 2016, reached 72 percent of the children.",
        None,
        [("2016-01-20", "day", "The first round started on Jan. 20, 2016"),]
    );
    t!(
        relative_clause_after_a_preposition_left_alone,
        "In the end, which came in March 2015, the plan failed.",
        None,
        [("2015-03", "month", "Came in March 2015, the plan failed"),]
    );
    t!(
        date_not_cut_in_half,
        "Officials blamed the long shortfall on very heavy rain in the last week of January 2025, which closed clinics.",
        None,
        [("2025-W05", "week", "Officials blamed the long shortfall on very heavy rain in the last week of January 2025"),]
    );
    t!(
        number_commas_kept,
        "Some 12,000 people fled in September 2023.",
        None,
        [("2023-09", "month", "Some 12,000 people fled in September 2023"),]
    );

    /// `r!(name, text, reference, [(date, end_date, precision, inferred)])`.
    macro_rules! r {
        ($name:ident, $text:expr, $reference:expr, $expected:expr) => {
            #[test]
            fn $name() {
                let got: Vec<(String, Option<String>, &str, bool)> = events($text, $reference)
                    .into_iter()
                    .map(|e| (e.date, e.end_date, e.precision.label(), e.inferred))
                    .collect();
                let expected: Vec<(String, Option<String>, &str, bool)> = $expected
                    .iter()
                    .map(|&(d, e, p, i): &(&str, Option<&str>, &str, bool)| {
                        (d.to_string(), e.map(str::to_string), p, i)
                    })
                    .collect();
                assert_eq!(got, expected);
            }
        };
    }

    // STATED OR INFERRED: a full date is stated; one resolved against the reference is not.
    r!(
        stated_and_inferred,
        "The plant closed on March 3, 2015. It reopened on Monday.",
        REF,
        [("2015-03-03", None, "day", false), ("2016-09-19", None, "day", true)]
    );
    r!(yearless_is_inferred, "The plant closed on March 3.", REF, [("2016-03-03", None, "day", true)]);
    r!(
        before_christ_sorted_by_first_year,
        "The tomb dates to around 300 BC. Coins were minted in the fourth century BC. Looters came in 1990.",
        REF,
        [("BC03", None, "century", false), ("BC0300", None, "year", false), ("1990", None, "year", false)]
    );

    // RANGES: one event with an end date.
    r!(
        day_range,
        "Talks ran from 9 to 16 September 2016 in Geneva.",
        None,
        [("2016-09-09", Some("2016-09-16"), "day", false)]
    );
    r!(year_range, "Output fell between 2010 and 2012.", None, [("2010", Some("2012"), "year", false)]);
    r!(month_range, "The strike lasted from May to July.", REF, [("2016-05", Some("2016-07"), "month", true)]);
    r!(
        years_in_one_token,
        "It was warmer than the 1991-2020 average. The 2010-12 drought cut yields.",
        None,
        [("1991", Some("2020"), "year", false), ("2010", Some("2012"), "year", false)]
    );
    r!(
        a_move_from_one_date_to_another_is_no_range,
        "The judge moved the hearing from 3 February 2017 to 17 March 2017.",
        REF,
        [("2017-02-03", None, "day", false), ("2017-03-17", None, "day", false)]
    );
    r!(
        and_without_between_is_no_range,
        "Output fell in 2010 and 2012.",
        None,
        [("2010", None, "year", false), ("2012", None, "year", false)]
    );

    // AGES: the start of a thing of a given age is an inferred event.
    r!(age_of_war, "The five-and-a-half-year-old war has killed thousands.", REF, [("2011", None, "year", true)]);
    r!(
        shift_dates_its_day,
        "The quake struck on March 3, 2015. Three days later, rescuers found a boy.",
        REF,
        [("2015-03-03", None, "day", false), ("2015-03-06", None, "day", true)]
    );
    r!(
        century_is_an_event,
        "The lighthouse has stood since the late 19th century.",
        None,
        [("18", None, "century", false)]
    );
    r!(in_ten_days_points_ahead, "The minister will decide in ten days.", REF, [("2016-10-02", None, "day", true)]);
    r!(in_ten_days_in_the_past_is_a_span, "The court ruled in 10 days.", REF, []);
    r!(
        in_years_after_a_superlative_looks_back,
        "Bans will follow the driest spring in 50 years and the first rise in ten months.",
        REF,
        []
    );
    r!(
        within_a_week_after_an_aside_is_a_span,
        "An earlier truce, brokered by Turkey, collapsed within a week.",
        REF,
        []
    );
    r!(within_months_points_ahead, "The plant will reopen within six months.", REF, [("2017-03", None, "month", true)]);
    r!(
        first_sentence_after_a_dateline_dash,
        "PORT HARLAND, Oct. 14, 2025 - Two years ago, the river burst its banks.",
        None,
        [("2023", None, "year", true)]
    );
    r!(
        shift_from_a_season,
        "The hall opened in the spring of 2019 and was sold two years later.",
        REF,
        [("2019-SP", None, "season", false), ("2021", None, "year", true)]
    );
    r!(
        span_end_after_its_start,
        "A tea auction opens on Monday and runs through Friday.",
        REF,
        [("2016-09-26", None, "day", true), ("2016-09-30", None, "day", true)]
    );
    r!(
        week_restated_by_its_day,
        "A storm hit the same coast less than three weeks ago, on September 1.",
        REF,
        [("2016-09-01", None, "day", true)]
    );
    r!(
        month_restated_by_its_day_in_the_same_clause,
        "Next month's budget is due on October 9.",
        REF,
        [("2016-10-09", None, "day", true)]
    );
    r!(
        year_right_after_its_day_is_no_event_of_its_own,
        "He was charged in March 2015 and arrested on 29 March that year.",
        REF,
        [("2015-03-29", None, "day", true)]
    );
    r!(
        day_outside_the_period_is_its_own_event,
        "The storm hit in 2015 and again on September 5.",
        REF,
        [("2015", None, "year", false), ("2016-09-05", None, "day", true)]
    );
    r!(half_year, "Sales doubled in the first half of 2022.", None, [("2022-H1", None, "half year", false)]);
    t!(
        conjunct_holding_the_date,
        "The new owner planned repairs by mid-2024 and spent heavily in the first half of 2022.",
        None,
        [
            ("2022-H1", "half year", "The new owner spent heavily in the first half of 2022"),
            ("2024", "year", "The new owner planned repairs by mid-2024 and spent heavily in the…")
        ]
    );
    t!(
        subordinate_clause_holding_the_date,
        "Crews were still fighting a blaze on Saturday that had burned 3,000 hectares since it broke out late on Thursday night.",
        REF,
        [
            ("2016-09-17", "day", "Crews were still fighting a blaze on Saturday that had burned 3,000…"),
            ("2016-09-22", "day", "It broke out late on Thursday night")
        ]
    );
    t!(
        unless_clause_with_a_plural_subject,
        "The stoppage at the northern ports will resume at noon on Friday unless talks scheduled for a week from Monday are brought forward.",
        REF,
        [
            ("2016-09-23", "day", "The stoppage at the northern ports will resume at noon on Friday…"),
            ("2016-10-03", "day", "Talks scheduled for a week from Monday are brought forward")
        ]
    );
    t!(
        and_without_a_verb_is_no_clause,
        "Talks between the parliament and the governments broke down twice, in October and again just before Christmas.",
        REF,
        [
            ("2015-12-25", "day", "Talks between the parliament and the governments broke down twice, in October…"),
            ("2016-10", "month", "Talks between the parliament and the governments broke down twice, in October…")
        ]
    );
    t!(
        verb_after_an_aside_takes_its_subject,
        "The truce, agreed late on Wednesday after eleven days of talks in Geneva, began at 6 a.m. on Thursday.",
        REF,
        [
            ("2016-09-21", "day", "The truce agreed late on Wednesday after eleven days of talks in Geneva"),
            ("2016-09-22", "day", "The truce began at 6 a.m. on Thursday")
        ]
    );
    t!(
        live_blog_stamp_labelled_by_its_entry,
        "Talks resumed.\n\n16:05 - Union leaders arrived at the ministry for a second round.",
        REF,
        [("2016-09-22", "day", "Union leaders arrived at the ministry for a second round")]
    );
    t!(
        who_after_a_plural_noun,
        "The law must still be approved by national ministers, who are expected to sign it off on Tuesday.",
        REF,
        [("2016-09-27", "day", "National ministers are expected to sign it off on Tuesday")]
    );
    t!(
        gerund_after_a_subordinator,
        "She moved to Leeds and worked as a nurse for a decade before opening her first shop in April 1967.",
        None,
        [("1967-04", "month", "Opening her first shop in April 1967")]
    );
    t!(
        subordinate_word_governing_the_date_is_no_clause,
        "Crews have been fighting blazes across the dry southern hills of the province since the early hours of Thursday.",
        REF,
        [("2016-09-22", "day", "Crews have been fighting blazes across the dry southern hills of the…")]
    );
    t!(
        and_between_times_is_no_clause,
        "Boats leave the island at 10:30 a.m. and 6 p.m. every day until the end of September 2019.",
        None,
        [("2019-09", "month", "Boats leave the island at 10:30 a.m. and 6 p.m. every day…")]
    );
    t!(
        which_after_an_apposed_name,
        "The council blamed a failed IT system, Northbrook Connect 2.0, which was scrapped in 2024 after two years of delays.",
        None,
        [("2024", "year", "Northbrook Connect 2.0 was scrapped in 2024 after two years of delays")]
    );
    t!(
        which_after_a_preposition,
        "Paper copies are available at all libraries, which will keep their hours until at least April 2027.",
        None,
        [("2027-04", "month", "All libraries will keep their hours until at least April 2027")]
    );
    t!(
        which_after_a_subject_with_a_place,
        // The antecedent is the hearing, not the court it is at.
        "The hearing at Pontypridd Coroner's Court, which opened in May 2025, was told of the crash.",
        None,
        [("2025-05", "month", "The hearing at Pontypridd Coroner's Court opened in May 2025")]
    );
    t!(
        which_aside_and_a_coordinated_verb,
        "Harlow reported revenue of $2.9 billion in fiscal 2025, which ended in September 2025, and has forecast growth of 8% in fiscal 2026.",
        None,
        [
            ("2025", "year", "Harlow reported revenue of $2.9 billion in fiscal 2025"),
            ("2025-09", "month", "Fiscal 2025 ended in September 2025"),
            ("2026", "year", "Harlow has forecast growth of 8% in fiscal 2026")
        ]
    );
    t!(
        time_told_again_in_brackets,
        "At 9:15 p.m. PDT on Sept. 20, 2016 (04:15 UTC Sept. 21), the sheriff's office ordered evacuations. \
         The Open Room (1988) was rebuilt.",
        None,
        [
            ("1988", "year", "The Open Room (1988) was rebuilt"),
            ("2016-09-20", "day", "At 9:15 p.m. PDT on Sept. 20, 2016 the sheriff's office ordered evacuations")
        ]
    );
    t!(
        year_of_a_baseline_level,
        "Passenger numbers are still below 2019 levels. The line reopened in 2021.",
        None,
        [("2021", "year", "The line reopened in 2021")]
    );
    t!(
        fronted_date_of_a_long_clause,
        "At a hearing in August 2025, Osei had rejected an earlier plea deal as too lenient for the charges.",
        None,
        [("2025-08", "month", "Osei had rejected an earlier plea deal as too lenient for the charges")]
    );
    t!(
        fronted_date_of_a_short_clause_stays,
        "In March 2024, two ships collided off Dover.",
        None,
        [("2024-03", "month", "In March 2024, two ships collided off Dover")]
    );
    t!(
        fronted_date_that_is_the_subject_stays,
        "The winter of 1962, the coldest of the century in the north, began with weather much like this one.",
        None,
        [("1962-WI", "season", "The winter of 1962, the coldest of the century in the north…")]
    );
    t!(
        fronted_clause_with_a_date_stays,
        "In 2027 roughly a third of the storks stay in southern Spain, feeding on rubbish dumps and rice fields.",
        None,
        [("2027", "year", "In 2027 roughly a third of the storks stay in southern Spain…")]
    );
    r!(
        each_year_and_used_to_are_habits,
        "Each year, volunteers survey the meadows in the second half of June. We used to run clinics every Saturday \
         from October to December. Numbers have risen every year since 2020.",
        REF,
        [("2020", None, "year", false)]
    );
    t!(
        participle_aside_after_a_report,
        "Police said a 19-year-old woman, arrested on Thursday afternoon in Leeds, had been released on bail. \
         Officials said two men, detained on Monday, were charged. He said that the budget, published in \
         March 2016, was late.",
        REF,
        [
            ("2016-03", "month", "The budget was published in March 2016"),
            ("2016-09-19", "day", "Two men were detained on Monday"),
            ("2016-09-22", "day", "A 19-year-old woman was arrested on Thursday afternoon in Leeds")
        ]
    );
    t!(
        opener_of_the_date_stays,
        "The flood came in 1976. Then, that June, a stalled storm dropped eight inches of rain.",
        None,
        [
            ("1976", "year", "The flood came in 1976"),
            ("1976-06", "month", "That June, a stalled storm dropped eight inches of rain")
        ]
    );
    t!(
        deadline_by_a_day_told_again,
        "Lawmakers must vote on the bill on Friday. The speaker said they would vote by Friday, and he had \
         promised it.",
        REF,
        [("2016-09-23", "day", "Lawmakers must vote on the bill on Friday")]
    );
    t!(
        state_reached_by_a_day_told_again,
        "The fire jumped the road on Wednesday, officials said. By 3 a.m. Wednesday, some 1,400 firefighters had been \
         assigned to the blaze.",
        REF,
        [
            ("2016-09-21", "day", "The fire jumped the road on Wednesday"),
            ("2016-09-21", "day", "By 3 a.m. Wednesday, some 1,400 firefighters had been assigned to the blaze")
        ]
    );
    r!(age_of_person_is_not_an_event, "A 6-year-old boy was rescued.", REF, []);
    r!(span_after_an_ordinal_is_no_event, "It is Brennar's second recall in three years.", REF, []);
    t!(
        age_label,
        "Envoys met to end the two-year-old dispute.",
        REF,
        [("2014", "year", "Start of the two-year-old dispute")]
    );

    // PRECISIONS: weeks, quarters, seasons and decades are events, sorted by their start.
    r!(
        coarse_periods,
        "Sales slumped in the 1990s, fell last fall, rose in the second quarter and slowed last week.",
        REF,
        [
            ("199", None, "decade", false),
            ("2015-FA", None, "season", true),
            ("2016-Q2", None, "quarter", true),
            ("2016-W37", None, "week", true),
        ]
    );

    /// The sample article: reference date from the dateline, and its events in order.
    #[test]
    fn sample_article() {
        let text = include_str!("../../../samples/sample-article.txt");
        let tokens = tokenize(text);
        let sentences = split(text, &tokens);
        let found = find(text, &tokens, &sentences, &crate::Options::new());
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
            assert!(event.label.split_whitespace().count() <= LABEL_WORDS + DATE_OVERRUN, "{}", event.label);
            println!("{} {:5} {}", event.date, event.precision.label(), event.label);
        }
    }
}

/// Labels' pronouns named, through the whole analysis (entities and the quote step's rules).
#[cfg(test)]
mod pronoun_tests {
    use crate::{analyze, Date, Options};

    fn labels(text: &str) -> Vec<String> {
        let options = Options::new().reference_date(Date::new(2025, 10, 2).unwrap());
        analyze(text, &options).timeline.into_iter().map(|e| e.label).collect()
    }

    #[test]
    fn she_and_he_named() {
        let text = "Mayor Anneke de Wit said she had read the report. She would decide over the weekend, a \
                    spokesman said. Tomas Ekwueme has scored 14 goals, including both in Sunday's win over \
                    Deportivo Almansa, and he also scored in the draw in December.";
        assert_eq!(
            labels(text),
            [
                "Tomas Ekwueme has scored 14 goals, including both in Sunday's win over…",
                "Anneke de Wit would decide over the weekend",
                // (Not "Deportivo Almansa", the last name before "he".)
                "Tomas Ekwueme also scored in the draw in December",
            ]
        );
    }

    /// A row labelled by a report's tag alone is labelled by what was said: the quotation, or the
    /// words reported before the tag.
    #[test]
    fn report_tags_labelled_by_what_was_said() {
        let text = "Owen Rees leads the employers. \"We put a good offer on the table,\" he said on Wednesday. \
                    Ontario will begin offering a new vaccine to adults from January 12, the province's \
                    health ministry said on Monday, in the first phase of a rollout that officials expect \
                    to last until the fall of 2026.";
        assert_eq!(
            labels(text),
            [
                // (It was "The province's health ministry said on Monday".)
                "The province's health ministry said Ontario will begin offering a new vaccine…",
                // (It was "He said on Wednesday".)
                "Owen Rees: We put a good offer on the table",
                "Ontario will begin offering a new vaccine to adults from January 12…",
                "Ontario will begin offering a new vaccine to adults from January 12…",
            ]
        );
    }

    /// A "she" inside a quotation is someone the speaker talks of: left as it is.
    #[test]
    fn she_inside_a_quotation_left_alone() {
        let text = "Her daughter, Frances Aldous-Reid, spoke at the funeral. \"She was working on sketches \
                    until last month,\" she said.";
        assert_eq!(labels(text), ["Frances Aldous-Reid: She was working on sketches until last month"]);
    }

    #[test]
    fn quoted_words_headed_by_their_speaker() {
        let text = "Water minister Helen Ashdown spoke at the port. \u{2018}Families who swim here this \
                    summer deserve clean water,\u{2019} she said. \"Our crews will start on Monday,\" the \
                    minister added.";
        assert_eq!(
            labels(text),
            [
                // (The single quote mark that closes the words ends the label.)
                "Helen Ashdown: Families who swim here this summer deserve clean water",
                "Helen Ashdown: Our crews will start on Monday",
            ]
        );
    }

    #[test]
    fn pronoun_kept_without_a_person_near() {
        // "Ferrer" is no entity the tagger found here; de Wit is two sentences back.
        let text = "Mayor Anneke de Wit said she had read the report. The council met. Officials in Ferrer's \
                    team met union leaders. She said on Wednesday that talks would resume.";
        assert!(labels(text).iter().any(|l| l.starts_with("She said on Wednesday")), "{:?}", labels(text));
    }
}
