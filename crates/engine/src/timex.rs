//! Time expressions: recognition and TIMEX3 normalization.
//!
//! Rules over tokens, in three steps:
//!
//! 1. Each sentence is scanned left to right. At each token a fixed list of rules is tried; the
//!    first that matches takes its tokens and the scan goes on after them. Matches are kept in
//!    a symbolic form ([`Sem`]: "weekday 4, tense decides", "3 years back") because most
//!    values depend on the reference date, which may itself come from the text.
//! 2. The reference date is fixed: given by the caller, or read from a dateline, a
//!    "Published" line, or else the latest full date of the text.
//! 3. Each expression is normalized against the reference date, its sentence's tense and the
//!    last date mentioned before it ("the next day").
//!
//! Every rule looks at a bounded window of tokens inside one sentence, so the whole pass is
//! linear in the length of the text. All arithmetic on numbers read from the text is checked:
//! an expression whose value does not fit ("99999999999 days ago") is dropped, not wrapped.

use std::borrow::Cow;

use jiff::civil::Weekday;

use crate::sentence::Sentence;
use crate::token::{Token, TokenKind};
use crate::{Date, Hemisphere, ReferenceDate, ReferenceSource, Span, Timex, TimexType, YearlessDate};

/// What the time step found: the expressions and the reference date used.
pub(crate) struct Found {
    pub timexes: Vec<Timex>,
    pub reference: ReferenceDate,
    /// Spans that date the article rather than tell its story: a dateline prefix
    /// ("VIENNA, March 15, 2024 -") or a "Published: …" line. The timeline neither makes
    /// events from the time expressions inside them nor puts their words in labels.
    pub header: Vec<Span>,
    /// For each expression in `timexes`, whether the text states its value in full ("March 3,
    /// 2015", "1998") rather than leaving part of it to the reference date or to the last date
    /// mentioned ("Thursday", "last year", "March 3").
    pub stated: Vec<bool>,
    /// Pairs of indices into `timexes` that are the two ends of one range: "from May to July",
    /// "between 2010 and 2012", "from 9 to 16 September".
    pub ranges: Vec<(usize, usize)>,
    /// Starts implied by the age of a thing: "the five-and-a-half-year-old war" in a 2016
    /// article began about 2011. Index into `timexes` (the duration) and the start's value.
    pub starts: Vec<(usize, String)>,
    /// Dates pointed to by durations counted from the last date mentioned: "the quake struck
    /// on May 2 … three days later" points to May 5. Index into `timexes` and the date.
    pub implied: Vec<(usize, String)>,
}

/// Finds and normalizes the time expressions of `text`.
pub(crate) fn find(text: &str, tokens: &[Token], sentences: &[Sentence], options: &crate::Options) -> Found {
    let given = options.get_reference_date();
    // Most tokens are already lower case: borrow those, allocate only for the others (a
    // String per token was a tenth of the time step in malloc and free).
    let lower: Vec<Cow<str>> = tokens
        .iter()
        .map(|t| {
            let s = t.text(text);
            if s.bytes().all(|b| b.is_ascii_lowercase() || !b.is_ascii_alphabetic() && b.is_ascii()) {
                Cow::Borrowed(s)
            } else {
                Cow::Owned(s.to_lowercase())
            }
        })
        .collect();
    let mut raws = Vec::new();
    for (index, sentence) in sentences.iter().enumerate() {
        let scan = Scan { tokens, lower: &lower, start: sentence.tokens.start, end: sentence.tokens.end, text };
        scan.collect(index, &mut raws);
    }
    weekly_hours(&lower, &mut raws);
    generic_days(&lower, sentences, &mut raws);
    any_year_days(&lower, &mut raws);
    year_after_days(&lower, &mut raws);
    // Sentences that open with "Each" or "Every" tell a habit: "Each game starts at 3 p.m.".
    let each_sentence: Vec<bool> = sentences
        .iter()
        // ("Daily events include a storytelling session at 11am": every day's too.)
        .map(|s| matches!(lower.get(s.tokens.start).map(AsRef::as_ref), Some("each" | "every" | "daily")))
        .collect();
    daily_hours(&lower, &mut raws, &each_sentence);
    let span_of = |raw: &Raw| Span::new(tokens[raw.first].span.start, tokens[raw.end - 1].span.end);

    let (inferred, header, yearless) = infer_reference(text, tokens, &lower, sentences, &raws);
    let (date, source, yearless) = match (given, inferred) {
        (Some(date), _) => (Some(date), ReferenceSource::Given, None),
        (None, Some((date, raw))) => (Some(date), ReferenceSource::Inferred(span_of(&raws[raw])), None),
        (None, None) => (
            None,
            ReferenceSource::None,
            yearless.map(|(month, day, weekday, raw)| YearlessDate { month, day, weekday, span: span_of(&raws[raw]) }),
        ),
    };
    // Whose seasons these are matters only when a season is named.
    let southern = || {
        let dateline = header.first().copied().or(yearless.map(|y| y.span));
        southern_place(text, tokens, &lower, dateline)
    };
    let (hemisphere, hemisphere_from) = match options.get_hemisphere() {
        Some(given) => (given, None),
        None if raws.iter().any(|raw| matches!(raw.sem, Sem::Season { .. })) => match southern() {
            Some(from) => (Hemisphere::South, Some(from)),
            None => (Hemisphere::North, None),
        },
        None => (Hemisphere::North, None),
    };
    let reference = ReferenceDate { date, source, yearless, hemisphere, hemisphere_from };

    blog_stamps(text, tokens, &lower, sentences, &mut raws, reference.date);

    let written = match reference.source {
        ReferenceSource::Given => true,
        ReferenceSource::Inferred(span) => header.iter().any(|h| h.contains(span)),
        ReferenceSource::None => false,
    };
    let dated = weekday_dated_days(&lower, &raws, reference.date);
    let mut resolver = Resolver {
        reference: reference.date,
        south: reference.hemisphere == Hemisphere::South,
        written,
        anchor: None,
        day: None,
        latest_day: None,
        day_before: None,
        late_on: None,
        sentence: 0,
        day_sentence: 0,
        sentence_names_day: false,
        day_reported: false,
        event_day: None,
        late_clock: None,
        night: None,
        last_clock: None,
        decade: None,
        quarter: None,
        sentence_quarter: None,
        sentence_half: None,
        span: None,
        sentence_year: None,
        written_year: None,
        opening_year: None,
        deictic: false,
        story: None,
        year_run: None,
        from_story: std::cell::Cell::new(false),
        programme: None,
        programme_start: None,
        headings: false,
        weekdays: [None; 7],
        frame_days: frame_days(&frames(&dated, reference.date)),
        anchors: ahead_anchors(&dated, reference.date),
    };
    let mut timexes = Vec::with_capacity(raws.len());
    let mut stated = Vec::with_capacity(raws.len());
    let mut ranges = Vec::new();
    let mut starts = Vec::new();
    let mut implied = Vec::new();
    // The day each timex names, and the timexes told from the reference ("today", "this
    // week") with their raws: see `quoted_deictics`.
    let mut days = Vec::with_capacity(raws.len());
    let mut deictic = Vec::new();
    let mut sentence = usize::MAX;
    let mut sentence_day = None;
    // Whether the previous raw expression became a timex (a range needs both ends), and the
    // day it named.
    let mut previous_kept = false;
    let mut previous_day = None;
    for (k, raw) in raws.iter().enumerate() {
        resolver.from_story.set(false);
        if raw.sentence != sentence {
            sentence = raw.sentence;
            resolver.sentence = sentence;
            // (Each raw is looked at once more here: linear.)
            resolver.sentence_names_day =
                raws[k..].iter().take_while(|r| r.sentence == sentence).any(|r| names_day(&r.sem));
            sentence_day = None;
            resolver.sentence_year = None;
            resolver.written_year = None;
            resolver.opening_year = None;
            resolver.sentence_quarter = None;
            resolver.sentence_half = None;
        }
        if let Sem::Shift { duration, date, ahead } = &raw.sem {
            // "in ten days" points ahead only where the clause does not tell the past, nor a habit
            // in the present passive ("Its minutes are published within a week").
            let habit = raw.first >= 3
                && matches!(lower[raw.first - 3].as_ref(), "is" | "are")
                && crate::timex::ed_form(&lower[raw.first - 2])
                && !matches!(lower[raw.first - 2].as_ref(), "expected" | "scheduled" | "planned" | "slated")
                && matches!(lower[raw.first - 1].as_ref(), "within" | "in");
            // Nor what would follow under a rule: "A second offence within three years would
            // trigger a higher fine" (not reported speech: "She said the plant would close within
            // three years").
            let modal = |t: usize| lower.get(t).is_some_and(|w| matches!(w.as_ref(), "would" | "could" | "might"));
            // (The modal may stand a long object back in its clause: "A deal could lift EU car
            // exports to Indonesia by 40 per cent within five years".)
            let clause_start = (raw.first.saturating_sub(12)..raw.first)
                .rev()
                .find(|&t| {
                    matches!(lower[t].as_ref(), "," | ";" | ":")
                        || sentences.get(raw.sentence).is_some_and(|s| t < s.tokens.start)
                })
                .map_or(raw.first.saturating_sub(12), |t| t + 1);
            let near = || (raw.end..raw.end + 3).chain(clause_start..raw.first);
            // A reported "would" is a plan ("She said the plant would close within three years");
            // a reported "could" or "might" is still a maybe ("The association said on Tuesday that
            // a deal could lift car exports by a third within five years").
            let maybe = near().any(|t| lower.get(t).is_some_and(|w| matches!(w.as_ref(), "could" | "might")));
            let hypothetical = *ahead
                && near().any(modal)
                && (maybe
                    || !sentences.get(raw.sentence).is_some_and(|s| {
                        (s.tokens.start..s.tokens.end.min(s.tokens.start + 80)).any(|t| {
                            let w = lower[t].as_ref();
                            saying(w) || matches!(w, "says" | "expects" | "expected" | "predicted")
                        })
                    }));
            let date = date.as_ref().filter(|_| !ahead || !raw.tense.past && !habit && !hypothetical);
            let pointed = date.and_then(|d| resolver.resolve(d, raw.tense, sentence_day));
            if let Some((_, value, _)) = pointed.clone().filter(|(_, v, _)| !v.contains('X')) {
                implied.push((timexes.len(), value));
            }
            stated.push(true);
            timexes.push(Timex { span: span_of(raw), kind: TimexType::Duration, value: duration.clone() });
            days.push(None);
            previous_kept = true;
            // (The day it points to, for a weekday set beside it: "a day earlier, on Monday".
            // Read by `parse_date`: jiff's own parser would add 170 KB to the page's wasm.)
            previous_day = pointed.and_then(|(_, value, day)| day.or_else(|| crate::parse_date(&value).ok()));
            continue;
        }
        // "on Tuesday and Wednesday": the second weekday points the way the first does (the
        // future cue may stand too far back for the second: "expected to run about a third of
        // its schedule on Tuesday and Wednesday").
        let coordinated = k.checked_sub(1).map(|j| &raws[j]).filter(|previous| {
            matches!(previous.sem, Sem::Weekday { .. })
                && matches!(raw.sem, Sem::Weekday { .. })
                && previous.sentence == raw.sentence
                && previous.end < raw.first
                && ((previous.end..raw.first).all(|t| matches!(lower[t].as_ref(), "and" | "or" | ","))
                    // A list of amounts by day: "29C on Monday, 32C on Tuesday and 34C on
                    // Wednesday".
                    || raw.first - previous.end <= 7
                        && lower[raw.first - 1] == "on"
                        && (previous.end..raw.first).any(|t| lower[t].bytes().any(|b| b.is_ascii_digit()))
                        && (previous.end..raw.first).all(|t| {
                            let w = lower[t].as_ref();
                            matches!(w, "and" | "or" | "," | "on" | "then" | "c" | "f" | "mm" | "cm" | "%" | "degrees")
                                || w.bytes().any(|b| b.is_ascii_digit())
                        })
                    // What follows "before" and a gerund comes after it, told the same way: "host
                    // Pellham City on Tuesday night before travelling to Marston on Saturday".
                    || raw.first - previous.end <= 12
                        && (previous.end..raw.first).any(|t| {
                            lower[t] == "before" && lower.get(t + 1).is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
                        }))
        });
        // (And it comes after the first: "tickets dated Friday, Saturday or Sunday", told on
        // the Friday, are this weekend's.)
        // (Only a list in the week's order: "statements made Friday and Thursday" go back.)
        let tense = coordinated.map_or(raw.tense, |previous| {
            let ascending = match (&previous.sem, &raw.sem) {
                (Sem::Weekday { day: a, .. }, Sem::Weekday { day: b, .. }) => {
                    (1..=3).contains(&a.until(*b)) || (previous.end..raw.first).any(|t| lower[t] == "before")
                }
                _ => false,
            };
            Tense { span_end: previous.tense.span_end || ascending, ..previous.tense }
        });
        // A date named in passing, as a possessive after a date of the sentence ("In June, a
        // woman was struck a mile from Friday's crash; that driver turned himself in three
        // days later"), does not move the story's date: what counts from it counts from June.
        // Nor does the same time told again in brackets in another zone: "At 9:15 p.m. PDT
        // Tuesday (04:15 UTC Wednesday), … Around 11:30 p.m., the order was extended" is
        // Tuesday's.
        let converted = || {
            raws[k - 1].end < raw.first
                && lower[raw.first - 1] == "("
                && lower[raws[k - 1].end..raw.first - 1].iter().all(|w| matches!(w.as_ref(), "local" | "time"))
                && lower.get(raw.end).is_some_and(|w| w == ")")
        };
        let passing = k > 0
            && raws[k - 1].sentence == raw.sentence
            && previous_kept
            && (matches!(lower.get(raw.end).map(AsRef::as_ref), Some("'s" | "\u{2019}s")) || converted());
        let kept_anchor = passing.then_some((resolver.anchor, resolver.day, resolver.day_sentence));
        // A weekday set beside the day just named is that day: "on 30 September 1977, a Friday",
        // "a day earlier, on Monday". (Only when the weekdays agree.)
        let (apposed, tense) = match raw.sem {
            Sem::Weekday { day: weekday, part: None, .. } if k > 0 && raws[k - 1].sentence == raw.sentence => {
                // (After a count of days: "a day earlier, on Monday".)
                let between = &lower[raws[k - 1].end.min(raw.first)..raw.first];
                let beside = set_beside(between, &["earlier", "later", "before", "after"], &["a", "on"]);
                let day = previous_day.filter(|d| beside && d.weekday() == weekday);
                (
                    day.map(|d| Sem::Cal {
                        year: Some(d.year()),
                        month: Some(d.month()),
                        day: Some(d.day()),
                        clock: None,
                    }),
                    tense,
                )
            }
            // A clock time whose day follows a few words on: "eleven minutes before the 11pm
            // cut-off on Monday night" is Monday's 11pm, not the story's day, told in that day's
            // tense.
            // (Past the same time in another zone: "at 6:05 a.m. local time (11:05 UTC) on
            // Tuesday".)
            Sem::Clock { hour, minute } => match raws.get(k + 1).and_then(|next| {
                let bracketed = next.first > raw.end
                    && lower[next.first - 1] == "("
                    && lower.get(next.end).is_some_and(|w| w == ")");
                if bracketed {
                    raws.get(k + 2).map(|after| (after, next.end + 1))
                } else {
                    Some((next, raw.end))
                }
            }) {
                Some((next, from))
                    if next.sentence == raw.sentence
                        && next.first > from
                        && next.first <= from + 3
                        && (lower[next.first - 1] == "on"
                            || lower[next.first - 1] == "that"
                                && matches!(next.sem, Sem::Weekday { dir: Dir::Same, .. }))
                        && matches!(next.sem, Sem::Weekday { .. }) =>
                {
                    (Some(Sem::ClockOn { hour, minute, on: Box::new(next.sem.clone()) }), next.tense)
                }
                // "at 9 p.m. that night": the night's day.
                Some((next, from))
                    if next.sentence == raw.sentence
                        && next.first == from
                        && lower[next.first] == "that"
                        && matches!(next.sem, Sem::Anchored { unit: Unit::Day, offset: 0, part: Some(_) }) =>
                {
                    (Some(Sem::ClockOn { hour, minute, on: Box::new(next.sem.clone()) }), next.tense)
                }
                _ => (None, tense),
            },
            // "on 29 March that year": of the year the story was at.
            Sem::Cal { year: None, month: Some(m), day: Some(d), clock: None }
                if raws.get(k + 1).is_some_and(|next| {
                    next.first == raw.end
                        && lower[next.first] == "that"
                        && matches!(next.sem, Sem::Anchored { unit: Unit::Year, offset: 0, part: None })
                }) =>
            {
                let year = resolver.story_anchor().map(|(a, _)| a.year());
                (year.map(|y| Sem::Cal { year: Some(y), month: Some(m), day: Some(d), clock: None }), tense)
            }
            _ => (None, tense),
        };
        // The dateline's date is when the story was filed, not a day the story is at: the
        // latest day told of stays the one the text names ("finished first in Sunday's election
        // … told supporters shortly before midnight", filed on Monday, is Sunday's midnight).
        let in_header = header.iter().any(|h| h.contains(span_of(raw)));
        let latest_before = resolver.latest_day;
        let Some((kind, value, day)) = resolver.resolve(apposed.as_ref().unwrap_or(&raw.sem), tense, sentence_day)
        else {
            previous_kept = false;
            previous_day = None;
            continue;
        };
        if in_header {
            resolver.latest_day = latest_before;
        }
        // "Monday, 1 September" with no year: of the year the tense gave and the two beside it,
        // the one whose date falls on that weekday (at most one of three years in a row does).
        let named_weekday = WEEKDAYS.iter().position(|&d| d == lower[raw.first]);
        let (value, day) = match (&raw.sem, day, named_weekday) {
            (Sem::Cal { year: None, day: Some(_), clock: None, .. }, Some(d), Some(n))
                if d.weekday().to_monday_zero_offset() != n as i8 =>
            {
                let other = [-1, 1]
                    .into_iter()
                    .filter_map(|k| add(d, Unit::Year, k))
                    .find(|c| c.weekday().to_monday_zero_offset() == n as i8 && c.day() == d.day());
                match other.and_then(|c| Some((ymd(c)?, c))) {
                    Some((fixed, c)) => {
                        resolver.redate(d, c);
                        (fixed, Some(c))
                    }
                    None => (value, day),
                }
            }
            _ => (value, day),
        };
        let mut value = value;
        let mut day = day;
        // A day set beside the one just named by a comma is that day told again: "on Valentine's
        // Day, 14 February" takes the holiday's year; "next Friday, 20 June" is the 20th when
        // that is a Friday (the weekday counted from the reference may be a week out).
        let beside = k > 0 && previous_kept && raws[k - 1].sentence == raw.sentence && raws[k - 1].end < raw.first && {
            // (Or ", on" after a count of days: "it was answered six weeks later, on July 26".)
            set_beside(&lower[raws[k - 1].end..raw.first], &["later", "earlier"], &["on"])
        };
        if let (true, Some(before), Some(d)) = (beside, previous_day, day) {
            let last = timexes.len() - 1;
            match raws[k - 1].sem {
                _ if matches!(raw.sem, Sem::Cal { year: None, clock: None, .. })
                    && before != d
                    && (before.month(), before.day()) == (d.month(), d.day())
                    && value.len() == 10 =>
                {
                    if let Some(v) = ymd(before) {
                        value = v;
                        day = Some(before);
                        resolver.redate(d, before);
                    }
                }
                Sem::Weekday { day: weekday, part: None, .. }
                    if matches!(raw.sem, Sem::Cal { clock: None, .. })
                        && before != d
                        && d.weekday() == weekday
                        && timexes[last].value.len() == 10 =>
                {
                    if let Some(v) = ymd(d) {
                        timexes[last].value = v;
                    }
                }
                _ => {}
            }
        }
        // A day set beside the year or season just named is in that year: "ended in the spring
        // of 1975, on 5 May", "in 1975, on 5 May" (a year in the middle of a sentence does not
        // date its other days otherwise: see `opening_year`).
        let within = beside && matches!(raw.sem, Sem::Cal { year: None, month: Some(_), day: Some(_), clock: None });
        if let (true, Some(d)) = (within, day) {
            let last = &timexes[timexes.len() - 1].value;
            let year = last.get(..4).and_then(|y| y.parse::<i16>().ok());
            let season = last.len() == 7 && SEASONS.iter().any(|s| last.ends_with(s));
            if let Some(y) = year.filter(|&y| (last.len() == 4 || season) && y != d.year()) {
                if let Some((v, c)) = Date::new(y, d.month(), d.day()).ok().and_then(|c| Some((ymd(c)?, c))) {
                    value = v;
                    day = Some(c);
                    resolver.redate(d, c);
                }
            }
        }
        // "as of 9 a.m." tells when a report's figures stood: the day it is told on, whatever
        // day the sentence names ("had canceled 600 flights for Wednesday and Thursday as of 9
        // a.m. ET").
        // So does a clock time naming a report in a sentence that names no day: "according to
        // the 5 a.m. advisory", "the 6pm bulletin".
        let attributive = || {
            lower[raw.first - 1] == "the"
                && sentence_day.is_none()
                && lower.get(raw.end).is_some_and(|w| {
                    matches!(
                        w.as_ref(),
                        "advisory" | "update" | "bulletin" | "briefing" | "forecast" | "statement" | "report" | "news"
                    )
                })
        };
        let as_of = matches!(raw.sem, Sem::Clock { .. })
            && raw.first >= 2
            && (lower[raw.first - 2] == "as" && lower[raw.first - 1] == "of" || attributive())
            && !in_header;
        if let (true, Some(day), Some((_, clock))) =
            (as_of, reference.date.and_then(ymd), value.split_once('T').filter(|_| kind == TimexType::Time))
        {
            value = format!("{day}T{clock}");
            // The story is at that day again: "The next full advisory is due at 11 a.m."
            resolver.day = reference.date;
            resolver.day_sentence = raw.sentence;
        }
        // "strikes in August, including the bank holiday weekend at the end of the month": the
        // month its sentence has named.
        if matches!(raw.sem, Sem::EndOf { unit: Unit::Month }) {
            let sentence_start = sentences.get(raw.sentence).map_or(usize::MAX, |s| s.span.start);
            let named = timexes
                .iter()
                .rev()
                .take_while(|t| t.span.start >= sentence_start)
                .find(|t| t.kind == TimexType::Date && t.value.len() == 7 && !t.value.contains('X'));
            // (Not a month gone by for an end still to come: "was arrested in May and will be
            // sentenced at the end of the month", told in June.)
            if let Some(month) = named.filter(|m| !raw.tense.future || m.value >= value) {
                value = month.value.clone();
            }
        }
        if let Some((anchor, day, day_sentence)) = kept_anchor {
            resolver.anchor = anchor;
            resolver.day = day;
            resolver.day_sentence = day_sentence;
        }
        // A date the text leaves unknown ("between December and February" with no reference)
        // is the last date named: what counts from it ("a year earlier") is unknown too, not
        // counted from an older date.
        // (Some day of a name, "on a Saturday", is no date named: it leaves them alone.)
        let indefinite = match &raw.sem {
            Sem::Fixed { .. } => true,
            Sem::ClockOn { on, .. } => matches!(**on, Sem::Fixed { .. }),
            _ => false,
        };
        if kind != TimexType::Duration && kind != TimexType::Set && value.contains('X') && !indefinite {
            resolver.anchor = None;
            resolver.day = None;
            resolver.decade = None;
        }
        let day_before = std::mem::replace(&mut previous_day, day);
        // The day of a report is not the day of what it reports: in "ran aground late Tuesday,
        // the coastguard said on Wednesday. It struck a sandbar at 11 p.m.", the hour is
        // Tuesday's.
        let reported = sentence_day.filter(|&event| {
            day.is_some_and(|d| d > event) && {
                let before = raw.first.checked_sub(1 + usize::from(raw.first > 0 && lower[raw.first - 1] == "on"));
                before.is_some_and(|b| matches!(lower[b].as_ref(), "said" | "announced" | "reported" | "confirmed"))
            }
        });
        if let Some(event) = reported {
            resolver.day = Some(event);
            resolver.day_sentence = raw.sentence;
            resolver.event_day = Some((event, raw.sentence, None));
        }
        if let Some(d) = day.filter(|_| reported.is_none()) {
            let before = raw.first.checked_sub(1 + usize::from(raw.first > 0 && lower[raw.first - 1] == "on"));
            // (A hearing's days too: "giving evidence on Tuesday", "told the court on Monday".)
            resolver.day_reported = before.is_some_and(|b| {
                matches!(
                    lower[b].as_ref(),
                    "said"
                        | "told"
                        | "announced"
                        | "reported"
                        | "confirmed"
                        | "added"
                        | "evidence"
                        | "testified"
                        | "court"
                        | "inquest"
                        | "jury"
                        | "tribunal"
                )
            });
            if !resolver.day_reported {
                resolver.event_day = Some((d, raw.sentence, None));
            }
        }
        sentence_day = reported.or(day).or(sentence_day);
        // "the end of the year and into January": January is after that year, not in it. Nor
        // does a year in an aside between commas date the main clause: "The bridge, built in
        // 1887, closed in January".
        // (Only the 200 bytes before it are searched for the opening comma: a sentence of
        // thousands of dates must stay linear.)
        let aside = {
            let span = span_of(raw);
            let sentence_start = sentences.get(raw.sentence).map_or(0, |s| s.span.start);
            let from =
                crate::floor_char_boundary(text, sentence_start.max(span.start.saturating_sub(200)).min(span.start));
            text[span.end..].trim_start().starts_with(',') && text[from..span.start].contains(',')
        };
        // Nor does the start of a span up to now: in "the hottest summer since records began in
        // 1910, the bureau said, with the mean for December, January and February …", the
        // months are this summer's (unless a clause tells of that year: "since 2012, when a
        // limit set in early August was lifted"). (Six words back at most.)
        let when = |t: usize| lower.get(t).is_some_and(|w| w == "when");
        let since = !(when(raw.end) || lower.get(raw.end).is_some_and(|w| w == ",") && when(raw.end + 1)) && {
            let from = sentences.get(raw.sentence).map_or(0, |s| s.tokens.start).max(raw.first.saturating_sub(6));
            (from..raw.first)
                .rev()
                .take_while(|&t| !matches!(lower[t].as_ref(), "," | ";"))
                .any(|t| lower[t] == "since")
        };
        // (A full date's written year too: "Exams start on 8 May 2029 and results come out on
        // 2 August".)
        let written_day = matches!(raw.sem, Sem::Cal { year: Some(_), month: Some(_), day: Some(_), clock: None })
            && value.len() == 10;
        if written_day && !aside && !since {
            resolver.written_year = value[..4].parse().ok();
        }
        if kind == TimexType::Date && value.len() == 4 && !matches!(raw.sem, Sem::EndOf { .. }) && !aside && !since {
            resolver.sentence_year = value.parse().ok().or(resolver.sentence_year);
            // One that opens the sentence ("Last year's talks …", "In 2019 …") frames all of it.
            let opening = sentences.get(raw.sentence).is_some_and(|s| raw.first <= s.tokens.start + 1);
            if opening {
                resolver.opening_year = value.parse().ok();
            }
        }
        // "By April of that year, …, and heavy rains in May swelled the river": that year's May.
        if matches!(raw.sem, Sem::Month { dir: Dir::AnchorYear(_), .. }) && kind == TimexType::Date {
            resolver.sentence_year = value.get(..4).and_then(|y| y.parse().ok()).or(resolver.sentence_year);
        }
        // (Not from a dateline: "PORT HARLAND, Oct. 14, 2025 - Two years ago, …" is no span.)
        let from_header = timexes.last().is_some_and(|t: &Timex| header.iter().any(|h| h.contains(t.span)));
        if raw.range && previous_kept && !from_header {
            let start = timexes.len() - 1;
            // "from Tuesday to Saturday last week": a bare weekday that opens a span goes back
            // a week when it would fall after the span's end. (A range's start is the raw just
            // before it, kept.)
            let bare_weekday = matches!(raws[k - 1].sem, Sem::Weekday { dir: Dir::Tense, part: None, .. });
            if bare_weekday && value.len() == 10 && timexes[start].value.len() == 10 && timexes[start].value > value {
                if let Some(earlier) = day_before.and_then(|d| add(d, Unit::Day, -7)).and_then(ymd) {
                    timexes[start].value = earlier;
                }
            }
            // "Between 11 p.m. Wednesday and 4 a.m. Thursday", told on a Tuesday: a weekday that
            // ends a span after any other start comes after it, a week on when it would fall
            // before it.
            let weekday_end = match &raw.sem {
                Sem::Weekday { dir: Dir::Tense, .. } => true,
                Sem::ClockOn { on, .. } => matches!(**on, Sem::Weekday { dir: Dir::Tense, .. }),
                _ => false,
            };
            // (A bare clock time that opens it takes the end's day instead, below.)
            let start_names_day = !matches!(raws[k - 1].sem, Sem::Clock { .. });
            if !bare_weekday && weekday_end && start_names_day {
                let day_of = |v: &str| v.get(..10).and_then(|d| crate::parse_date(d).ok());
                if let (Some(from), Some(to)) = (day_of(&timexes[start].value), day_of(&value)) {
                    if let Some(later) = add(to, Unit::Day, 7).filter(|&later| to < from && later >= from).and_then(ymd)
                    {
                        value = format!("{later}{}", &value[10..]);
                    }
                }
            }
            // "opens between Easter and October": a month without a year that ends a span after
            // another start comes after it, a year on when it would fall before it.
            // (Not in a past clause, where the start may go back instead.)
            let yearless_start = yearless_month(&raws[k - 1].sem);
            let moves = yearless_month(&raw.sem) && !raw.tense.past && !yearless_start;
            let start_year = moves.then(|| timexes[start].value.get(..4)?.parse::<i16>().ok()).flatten();
            if let Some(start_year) = start_year {
                let shorter = value.len().min(timexes[start].value.len());
                if matches!(value.len(), 7 | 10) && value[..shorter] < timexes[start].value[..shorter] {
                    let later = [start_year, start_year + 1]
                        .into_iter()
                        .map(|y| format!("{y:04}{}", &value[4..]))
                        .find(|later| later[..shorter] >= timexes[start].value[..shorter]);
                    if let Some(later) = later {
                        value = later;
                    }
                }
            }
            // "runs from November 29 to December 14", told on Dec. 3: a month without a year that
            // opens a span is in the end's year or the one before, never after its end.
            let same_shape = timexes[start].value.len() == value.len() && matches!(value.len(), 7 | 10);
            if yearless_start && same_shape && timexes[start].value > value {
                if let (Ok(end_year), Some(rest)) = (value[..4].parse::<i16>(), timexes[start].value.get(4..)) {
                    let candidate = format!("{end_year:04}{rest}");
                    let earlier = format!("{:04}{rest}", end_year - 1);
                    timexes[start].value = if candidate <= value { candidate } else { earlier };
                }
            }
            // "between 2 a.m. and 4 a.m. on Sunday": a bare clock time opening a span is on the
            // day its end names.
            if matches!(raws[k - 1].sem, Sem::Clock { .. }) && kind == TimexType::Time {
                if let (Some((day, _)), Some((_, clock))) =
                    (value.split_once('T'), timexes[start].value.split_once('T'))
                {
                    if !day.contains('X') {
                        timexes[start].value = format!("{day}T{clock}");
                    }
                }
            }
            // "closed the road from 11 p.m. Friday until 4 a.m.": a bare clock time that ends a
            // span is on its start's day, or the next when it is not later (past midnight).
            if matches!(raw.sem, Sem::Clock { .. }) && apposed.is_none() && kind == TimexType::Time {
                if let (Some((start_day, start_clock)), Some((_, clock))) =
                    (timexes[start].value.split_once('T'), value.split_once('T'))
                {
                    let next = |day: &str| crate::parse_date(day).ok().and_then(|d| add(d, Unit::Day, 1)).and_then(ymd);
                    let day = if clock > start_clock { Some(start_day.to_string()) } else { next(start_day) };
                    let clocks = start_clock.len() == 5 && clock.len() == 5;
                    if let Some(day) = day.filter(|_| clocks && !start_day.contains('X')) {
                        value = format!("{day}T{clock}");
                    }
                }
            }
            ranges.push((start, timexes.len()));
        }
        if raw.age {
            if let Some(start) = reference.date.and_then(|r| start_before(r, &value)) {
                starts.push((timexes.len(), start));
            }
        }
        // (Dates of one year told in a row: a story told of that year, not one date in passing.)
        let year = value.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit())).and_then(|y| y.parse::<i16>().ok());
        if let (TimexType::Date | TimexType::Time, Some(y)) = (kind, year) {
            // (An anniversary's day opens a story of its year: "Fifty years ago on Monday, the
            // miners walked out. … By March, …".)
            let weight = if matches!(raw.sem, Sem::ToTheDay { weekday: Some(_), .. }) { 2 } else { 1 };
            // Only a written year starts a story of another year; a month or day whose year the
            // tense guessed ("Nobody knew it would last into May"), a date told from the
            // reference ("… in July 2025. … She will give evidence next week") or counted from
            // another leave it going. (One the story's year placed in the next carries it on.)
            let from_story = resolver.from_story.take();
            let stated = is_stated(&raw.sem) || weight == 2;
            // (The day named, else the first of the month, of the season (from its first month:
            // "the following autumn" is September's) or of the year. No parsing of a day here:
            // this runs for every expression.)
            let date = day.or_else(|| {
                let code = value.get(5..7);
                // (A winter from January: "that winter", told of 1947's storm in March, does not
                // put the story in December.)
                let season = SEASONS
                    .iter()
                    .position(|s| code == Some(*s))
                    .and_then(|i| i8::try_from(3 * i + 3).ok())
                    .map(|m| if m == 12 { 1 } else { m });
                let month = code.and_then(|m| m.parse::<i8>().ok()).or(season).unwrap_or(1);
                Date::new(y, month, 1).ok()
            });
            resolver.year_run = match (resolver.year_run, date) {
                // (Into the next year too, within half a year: "in September 1966 … by March".)
                (Some((run, n, last)), Some(d))
                    if run == y
                        || y == run + 1
                            && (from_story || stated)
                            && add(last, Unit::Month, 6).is_some_and(|end| d <= end) =>
                {
                    Some((y, n.saturating_add(weight), last.max(d)))
                }
                (Some(run), _) if !stated => Some(run),
                (_, Some(d)) => Some((y, weight, d)),
                (run, None) => run,
            };
        }
        stated.push(is_stated(&raw.sem));
        if matches!(raw.sem, Sem::Day { .. } | Sem::Relative { .. }) {
            deictic.push((timexes.len(), k));
        }
        // A part of the day told before the day it is of: "By daybreak on 5 March", "until
        // mid-morning on Thursday, February 26" (read alone, it took the day before).
        if let (Some(d), Some(before)) = (day, k.checked_sub(1).map(|j| &raws[j])) {
            if let Sem::Part { part } = before.sem {
                let on = before.sentence == raw.sentence && before.end + 1 == raw.first && lower[before.end] == "on";
                if let Some(t) = timexes.last_mut().filter(|t| on && previous_kept && t.span == span_of(before)) {
                    if let Some(date) = ymd(d) {
                        t.value = format!("{date}T{part}");
                    }
                }
            }
        }
        timexes.push(Timex { span: span_of(raw), kind, value });
        days.push(day);
        previous_kept = true;
    }
    if let Some(reference) = reference.date.filter(|_| !deictic.is_empty()) {
        quoted_deictics(text, tokens, &lower, sentences, &raws, &mut timexes, &days, &deictic, reference);
    }
    Found { timexes, reference, header, stated, ranges, starts, implied }
}

/// "today", "tomorrow" or "this week" in a quotation are the speaker's, told from the day the
/// words were said when the tag names it: in 'The minister told reporters on Tuesday: "We will
/// publish the plan tomorrow."', told on a Thursday, the plan comes out on Wednesday.
///
/// The tag is the rest of the sentence the quotation closes in, or the start of the sentence it
/// opens in; its day is one set a few words from a verb of saying, with no clause between them
/// ("said on Monday", "Speaking on Monday, she said:", "told reporters at a briefing on
/// Tuesday"; not "said of the work that began on Monday"). Only a day before the reference
/// moves them: words said on it, or said ahead, are told from it already.
/// Whether the words between two expressions set the second beside the first: a comma, and at
/// most one word of `then` after it, once one of `counts` ending a count of days is skipped
/// ("a day earlier, on Monday", "next Monday, 3 October").
fn set_beside(between: &[Cow<str>], counts: &[&str], then: &[&str]) -> bool {
    let between = match between.first() {
        Some(w) if counts.contains(&w.as_ref()) => &between[1..],
        _ => between,
    };
    matches!(between, [comma] | [comma, _] if comma == ",") && between.get(1).is_none_or(|w| then.contains(&w.as_ref()))
}

/// How far from its quotation a tag is looked for, in tokens.
const TAG_TOKENS: usize = 40;

#[allow(clippy::too_many_arguments)]
fn quoted_deictics(
    text: &str,
    tokens: &[Token],
    lower: &[Cow<str>],
    sentences: &[Sentence],
    raws: &[Raw],
    timexes: &mut [Timex],
    days: &[Option<Date>],
    deictic: &[(usize, usize)],
    reference: Date,
) {
    let quotations = crate::quotes::quotations(text, tokens);
    if quotations.is_empty() {
        return;
    }
    let sentence_of = |t: usize| sentences.partition_point(|s| s.tokens.end <= t);
    // The day said in tokens `from..to`, by a verb of saying near it.
    let said_on = |from: usize, to: usize| -> Option<Date> {
        let (start, end) = (tokens.get(from)?.span.start, tokens.get(to.checked_sub(1)?)?.span.end);
        let first = timexes.partition_point(|t| t.span.start < start);
        (first..timexes.len()).take_while(|&i| timexes[i].span.end <= end).find_map(|i| {
            let day = days[i].filter(|&d| d < reference && timexes[i].kind == TimexType::Date)?;
            let at = (from..to).find(|&t| tokens[t].span.start == timexes[i].span.start)?;
            let after = (from..to).find(|&t| tokens[t].span.start >= timexes[i].span.end).unwrap_or(to);
            let blocks = |w: &str| {
                matches!(
                    w,
                    "that"
                        | "which"
                        | "who"
                        | "when"
                        | "after"
                        | "before"
                        | "since"
                        | "of"
                        | "about"
                        | "while"
                        | "because"
                        | "where"
                        | "until"
                        | "and"
                        | ";"
                        | "\""
                )
            };
            let saying_at = |t: usize| {
                let w = lower[t].as_ref();
                saying(w)
                    || matches!(
                        w,
                        "says"
                            | "tells"
                            | "speaking"
                            | "spoke"
                            | "wrote"
                            | "insisted"
                            | "warned"
                            | "stated"
                            | "declared"
                            | "explained"
                            | "posted"
                    )
            };
            let back = (at.saturating_sub(8).max(from)..at).rev().take_while(|&t| !blocks(&lower[t])).any(saying_at);
            let ahead = (after..(after + 8).min(to)).take_while(|&t| !blocks(&lower[t])).any(saying_at);
            (back || ahead).then_some(day)
        })
    };
    let mut moved = Vec::new();
    for &(i, k) in deictic {
        let raw = &raws[k];
        let q = quotations.partition_point(|&(_, close)| close <= raw.first);
        let Some(&(open, close)) = quotations.get(q).filter(|&&(open, _)| open < raw.first) else {
            continue;
        };
        // (A tag stands within a few dozen tokens of its quotation: the bound keeps a sentence of
        // thousands of quoted "today"s linear.)
        let after = sentences
            .get(sentence_of(close))
            .map(|s| (close + 1, s.tokens.end.min(close + 1 + TAG_TOKENS)))
            .filter(|_| close < tokens.len());
        let before =
            sentences.get(sentence_of(open)).map(|s| (s.tokens.start.max(open.saturating_sub(TAG_TOKENS)), open));
        // Or a quotation that goes on from the one before it, whose tag ended the sentence before:
        // "\"…,\" she said on Monday. \"Tomorrow we vote.\"".
        let went_on = || {
            let &(_, previous) = quotations.get(q.checked_sub(1)?)?;
            let s = sentences.get(sentence_of(previous))?;
            // (Only one with no tag of its own: "\"This week is easier,\" she said" is said now.)
            let untagged = |(a, b): (usize, usize)| (a..b).all(|t| tokens[t].kind != TokenKind::Word);
            let own_tag = !after.is_none_or(untagged) || !before.is_none_or(untagged);
            (sentence_of(open) == sentence_of(previous) + 1 && tokens[open].newlines_before == 0 && !own_tag)
                .then(|| said_on(previous + 1, s.tokens.end.min(previous + 1 + TAG_TOKENS)))
                .flatten()
        };
        let Some(day) =
            after.and_then(|(a, b)| said_on(a, b)).or_else(|| before.and_then(|(a, b)| said_on(a, b))).or_else(went_on)
        else {
            continue;
        };
        let value = match raw.sem {
            Sem::Day { offset, part } => {
                add(day, Unit::Day, offset).and_then(ymd).map(|d| part.map_or(d.clone(), |p| format!("{d}T{p}")))
            }
            Sem::Relative { unit, offset } => add(day, unit, offset).and_then(|d| at_precision(d, unit)),
            _ => None,
        };
        if let Some(value) = value.filter(|_| !timexes[i].value.contains('X')) {
            moved.push((i, value));
        }
    }
    for (i, value) in moved {
        timexes[i].value = value;
    }
}

/// Whether `sem` is a month without a year, whose year a span's other end may move (see
/// `find`).
fn yearless_month(sem: &Sem) -> bool {
    matches!(sem, Sem::Month { dir: Dir::Tense, .. } | Sem::Cal { year: None, month: Some(_), .. })
}

/// Whether an expression's value is written out in full in the text.
fn is_stated(sem: &Sem) -> bool {
    match sem {
        Sem::Cal { year, .. } => year.is_some(),
        Sem::Decade(_) => true,
        Sem::Quarter { year: QuarterYear::Given(_), quarter: Some(_), back: 0, .. } => true,
        Sem::Season { year, .. } => year.is_some(),
        Sem::NthWeekday { year, .. } => year.is_some(),
        // Durations and sets do not depend on a reference either, nor does a written date
        // ("the first half of 2016" is 2016-H1, "the 19th century" 18).
        Sem::Fixed { kind, value } => {
            let digits = |n: usize| value.len() >= n && value.bytes().take(n).all(|b| b.is_ascii_digit());
            let bc = value.strip_prefix("BC").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
            *kind != TimexType::Date || digits(4) || value.len() == 2 && digits(2) || bc
        }
        _ => false,
    }
}

/// The start of something `duration` old at `reference`, at the duration's precision: "P5Y6M"
/// before 2016-09-22 is "2011" (years are counted in months, then shown as a year).
fn start_before(reference: Date, duration: &str) -> Option<String> {
    let body = duration.strip_prefix('P')?;
    if let Some(years) = body.strip_suffix("Y6M") {
        let months = years.parse::<i64>().ok()?.checked_mul(12)?.checked_add(6)?;
        return yyyy(add(reference, Unit::Month, -months)?);
    }
    let unit = body.chars().last()?;
    let number = &body[..body.len() - unit.len_utf8()];
    let (whole, half) = match number.strip_suffix(".5") {
        Some(w) => (w, true),
        None => (number, false),
    };
    let n: i64 = whole.parse().ok()?;
    let (unit, amount) = match (unit, half) {
        ('Y', _) => (Unit::Month, n.checked_mul(12)?.checked_add(if half { 6 } else { 0 })?),
        ('M', false) => (Unit::Month, n),
        ('W', false) => (Unit::Week, n),
        ('D', false) => (Unit::Day, n),
        _ => return None,
    };
    let date = add(reference, unit, -amount)?;
    match body.ends_with('Y') {
        true => yyyy(date),
        false if unit == Unit::Month => ym(date),
        false => ymd(date),
    }
}

/// The tense an expression is read in, which picks among the Thursdays or Mays it may name.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Tense {
    /// A future cue governs it ("will", "is due to") and it does not directly follow a past
    /// verb ("agreed on Thursday that they will").
    future: bool,
    /// It directly follows a past verb ("met on Tuesday", "said Tuesday").
    past_verb: bool,
    /// The nearest verb of its clause is a past form and no future cue governs it ("In
    /// January, the firm hired …", "had been due to expire Friday").
    past: bool,
    /// "since" before it puts it before the reference: "since May", "since the Oct. 23
    /// attack".
    since: bool,
    /// It ends a span ("through Friday", "from Monday to Friday"): a weekday then comes after
    /// a day named earlier in the sentence ("opens on Monday and runs through Friday").
    span_end: bool,
    /// It ends an open span: "until Sunday", "through Monday" (not "from May 3 to Thursday").
    open_end: bool,
    /// A target ("by the end of December", "extended to Nov. 16") in a past clause: not read
    /// as past, but it takes a year named earlier in the sentence.
    past_target: bool,
    /// A past clause that reached a point before or by the date: "talks broke down just
    /// before Christmas", told in June, is last Christmas (not "set a new date of Sept. 9").
    past_before: bool,
    /// The clause is past and says nothing of a plan: a weekday one day after the reference is
    /// then the one six days before.
    plain_past: bool,
    /// Future only by a past verb that looks ahead ("promised repairs in February"): a month
    /// just before the reference is then this year's, not next year's.
    reported_future: bool,
    /// A past perfect stands before it in its clause ("She had left Liverpool on 11 January"):
    /// what it tells came before the story's day.
    perfect: bool,
    /// It heads a programme's line ahead: "Saturday: The funeral Mass begins at 11am". The
    /// programme goes on after the day of the line before it.
    header: bool,
    /// It is a heading of its own line, a weekday and nothing else ("MONDAY" over a day's
    /// listings): a programme's day, ahead or back as the first such heading falls, and the
    /// days after it told without a tense are in its week (see `Resolver::programme`).
    heading: bool,
    /// What is planned for it, told by "for" or an infinitive: "originally booked for
    /// Saturday", "advised passengers not to travel on Monday". Such a day may lie ahead of a
    /// past clause.
    aimed: bool,
}

/// A recognized expression before normalization: tokens `first..end` of sentence `sentence`.
struct Raw {
    first: usize,
    end: usize,
    sentence: usize,
    /// What the verbs around it say about when it is.
    tense: Tense,
    /// Whether it closes a range opened by the previous expression ("from May to July").
    range: bool,
    /// Whether it is the age of a thing ("the two-year-old war"): its start is an event.
    age: bool,
    sem: Sem,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    /// Three months; as a date precision, `2016-Q3`.
    Quarter,
    Year,
}

/// Which occurrence of a weekday or month name is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dir {
    /// No word says: the sentence's tense decides ("on Thursday", "in May").
    Tense,
    Last,
    Next,
    This,
    /// In the reference's year plus this many: "June last year" is -1.
    Year(i16),
    /// In the reference's ISO week plus this many: "Tuesday last week" is -1.
    Week(i8),
    /// This many occurrences back, the last one being 1: "two summers ago" is 2.
    Back(i16),
    /// In the year of the last date mentioned plus this many: "May of the following year" is 1.
    AnchorYear(i16),
    /// Before or after the last day mentioned: "the previous Friday", "the following Monday".
    Before,
    After,
    /// Of the last date mentioned: "that spring".
    Same,
    /// The nearest, ahead or back: a holiday as a modifier ("Christmas travel plans").
    Near,
    /// The one of that name nearest the last day mentioned, a day of the story: "she told them
    /// on the Tuesday"; without a day mentioned, as `Tense`.
    Story,
    /// The next one after the reference, whatever the tense: the day "a week on Tuesday" counts
    /// from.
    Ahead,
}

/// The meaning of an expression, to be normalized once the reference date is known.
#[derive(Clone, Debug, PartialEq)]
enum Sem {
    /// A calendar date as written; a missing year comes from the reference date. A clock time
    /// makes it a TIME ("2016-09-22 14:30").
    Cal { year: Option<i16>, month: Option<i8>, day: Option<i8>, clock: Option<(u8, u8)> },
    /// "the 1990s": the decade's first three digits.
    Decade(i16),
    /// A month name without a year: "in May", "last May", "last Oct. 23" (with its day).
    Month { month: i8, day: Option<i8>, dir: Dir },
    /// A quarter of a year: "the third quarter", "third-quarter", "the first quarter of 2016",
    /// "the latest quarter" (no number: the quarter last mentioned, or the last one before the
    /// reference date), "the year-ago quarter" (`back` years before).
    /// `period`: named "period"; "the year-earlier period" after a span of months ("the first
    /// nine months") is that span.
    Quarter { quarter: Option<i8>, year: QuarterYear, back: i16, period: bool },
    /// A season: "last fall", "this summer", "the winter of 1994".
    Season { season: u8, dir: Dir, year: Option<i16> },
    /// A holiday: "Christmas Day", "last Thanksgiving".
    Holiday { which: Holiday, dir: Dir },
    /// A weekend: "the weekend", "next weekend".
    Weekend { dir: Dir },
    /// A clock time on a named day: "9 a.m. Tuesday", "5 p.m. EST Nov. 9".
    ClockOn { hour: u8, minute: u8, on: Box<Sem> },
    /// A half of a year given relative to the reference: "the first half of next year".
    Half { half: u8, of: Box<Sem> },
    /// A half of the year in a report of results, with no year said: "profit for the first
    /// half", "first-half sales" (the reporting year's, or the one before for a second half
    /// told early in a year).
    ReportedHalf { half: u8 },
    /// Days before or after a named day: "the day before last Tuesday" is -1 from it.
    DaysFrom { days: i64, on: Box<Sem> },
    /// "Thursday", "next Thursday evening".
    Weekday { day: Weekday, dir: Dir, part: Option<&'static str> },
    /// Days from the reference: "yesterday" is -1; "tonight" is 0 with part "NI".
    Day { offset: i64, part: Option<&'static str> },
    /// Whole units from the reference, at that unit's precision: "last week", "three years ago".
    Relative { unit: Unit, offset: i64 },
    /// "the end of the year": this one's, or in a past clause the last one's.
    EndOf { unit: Unit },
    /// "overnight": the night before the reference in a past clause, else the coming one.
    Overnight,
    /// "a year ago to the day", "ten years ago today": the reference's day that many years
    /// back; "fifty years ago this week", "a year ago this month": its week or month; "fifty
    /// years ago on Monday": the day that many years before the Monday nearest the reference.
    ToTheDay { years: i64, precision: Unit, weekday: Option<Weekday> },
    /// "this time last year", "this time next month": the reference moved by one unit, at the
    /// next finer precision (the month a year back, the day a month back).
    SameTime { unit: Unit, offset: i64 },
    /// "the new year": next year from July on, else the reference's.
    NewYear,
    /// Whole units from the last date mentioned: "the next day", "the following week"; with a
    /// part of the day, "the next morning", "that night".
    Anchored { unit: Unit, offset: i64, part: Option<&'static str> },
    /// A counted date: "three years ago" (from the reference), "a day earlier" (`anchored`:
    /// from the last date mentioned). After a quarter, "a year ago" is that quarter a year
    /// before, as financial news compares quarters.
    Counted { unit: Unit, offset: i64, anchored: bool },
    /// A duration that shifts the last date mentioned: "three days later". Its value is the
    /// duration; `date` (a [`Sem::Counted`]) is the date it points to, for the timeline.
    Shift { duration: String, date: Option<Box<Sem>>, ahead: bool },
    /// The week holding a date: "the week of March 6". A `day` of 0 or less counts back from
    /// the month's last day: "the last week of March" is the week holding March 28 (-3).
    WeekOf { year: Option<i16>, month: i8, day: i8, weekend: bool },
    /// The week before or after a day: "the week before Christmas", "the week after 3 May"
    /// (an ISO week: see the resolver).
    WeekBeside { days: i64, on: Box<Sem> },
    /// The nth weekday of a month ("the third Sunday of October"; `n` -1 for "the last").
    NthWeekday { n: i8, day: Weekday, month: i8, year: Option<i16> },
    /// The weekend of the ISO week holding a day: "the Easter weekend", "the Thanksgiving
    /// weekend".
    WeekendOf(Box<Sem>),
    /// A day of the month with no month: "on the 14th", in the reference's month or the one
    /// next to it that the tense points to.
    MonthDay { day: i8 },
    /// The century before the reference's ("the last century", TIMEX3 "19" in 2025), or the
    /// turn of the century nearest it ("the turn of the century", "2000").
    Century { turn: bool },
    /// A decade counted from the reference's: "this decade", "the end of the decade" (0), "the
    /// last decade" (-1), "the next decade" (1); TIMEX3 "202" for the 2020s. When `anchored`,
    /// counted from the last date or decade named: "the following decade", "the previous
    /// decade".
    DecadeOf { offset: i8, anchored: bool },
    /// A clock time, on the sentence's date: "2:30 p.m.", "noon".
    Clock { hour: u8, minute: u8 },
    /// A part of a day, on the sentence's date: "in the morning", "by mid afternoon".
    Part { part: &'static str },
    /// A value that needs no reference: durations, sets, PRESENT_REF.
    Fixed { kind: TimexType, value: String },
}

/// Holidays news dates events by (US and Western ones, as in the English news we read).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Holiday {
    /// On a fixed month and day.
    Fixed(i8, i8),
    /// The fourth Thursday of November.
    Thanksgiving,
    /// The Tuesday after the first Monday of November.
    ElectionDay,
    /// The `n`th weekday of a month, counted from its end when `n` is negative: Labor Day is
    /// the first Monday of September, Memorial Day the last Monday of May.
    NthWeekday(i8, i8, Weekday),
    /// Days from Easter Sunday (Western churches): Good Friday is -2, Easter Monday 1.
    Easter(i8),
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian computus, as in Meeus,
/// "Astronomical Algorithms", chapter 8).
fn easter_sunday(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as i8, day as i8).ok()
}

impl Holiday {
    fn date(self, year: i16) -> Option<Date> {
        let nth = |n: i8, day: Weekday| Date::new(year, 11, 1).ok()?.nth_weekday_of_month(n, day).ok();
        match self {
            Holiday::Fixed(m, d) => Date::new(year, m, d).ok(),
            Holiday::Thanksgiving => nth(4, Weekday::Thursday),
            Holiday::ElectionDay => nth(1, Weekday::Monday)?.checked_add(jiff::Span::new().days(1)).ok(),
            Holiday::NthWeekday(month, n, day) => Date::new(year, month, 1).ok()?.nth_weekday_of_month(n, day).ok(),
            Holiday::Easter(days) => easter_sunday(year)?.checked_add(jiff::Span::new().days(days)).ok(),
        }
    }
}

/// Which year a quarter belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum QuarterYear {
    /// Written: "the first quarter of 2016", "the 1988 quarter".
    Given(i16),
    /// The reference's year plus this: "last year's quarter" is -1, "the current quarter" 0.
    Reference(i16),
    /// Not said: the tense (or the quarter last mentioned) decides.
    Unsaid,
    /// "the latest quarter": the last full quarter before the reference date.
    Latest,
    /// Not said, before a word for its results ("fourth-quarter earnings"): as `Unsaid`, but one
    /// that would start more than half a year after the reference is last year's whatever the
    /// tense ("will discuss fourth-quarter earnings on Feb. 12"; in September they are this
    /// year's).
    Reported,
}

/// Season codes of TIMEX3 values, in calendar order from spring.
const SEASONS: [&str; 4] = ["SP", "SU", "FA", "WI"];

impl Sem {
    fn fixed(kind: TimexType, value: impl Into<String>) -> Sem {
        Sem::Fixed { kind, value: value.into() }
    }

    /// Whether the value depends on the tense of the clause (a count of years back only
    /// when it counts from a date named before: see `Resolver::resolve`).
    fn needs_tense(&self) -> bool {
        // "the next morning" told in the past cannot be after the day of writing.
        if let Sem::Anchored { offset, .. } = self {
            return *offset > 0;
        }
        // Nor years on from it: "Ten years later, it will reach Neptune" looks ahead; "Four
        // decades later, it still stands" does not.
        if let Sem::Shift { ahead: false, date: Some(date), .. } = self {
            return matches!(**date, Sem::Counted { unit: Unit::Year, offset: 2.., .. });
        }
        !matches!(
            self,
            Sem::Fixed { .. }
                | Sem::Shift { ahead: false, .. }
                | Sem::Decade(_)
                | Sem::Relative { .. }
                | Sem::Counted { anchored: false, .. }
                | Sem::ToTheDay { .. }
                | Sem::SameTime { .. }
                | Sem::Day { .. }
        )
    }
}

/// A number of units as written: "two", "5.5", "five-and-a-half", "several".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Amount {
    Whole(u64),
    /// `n` and a half.
    AndAHalf(u64),
    /// "several", "a few", "many": TIMEX3 writes X.
    Vague,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/// Short forms, with the month each stands for. "May" and "June" have no short form.
const MONTH_ABBREVIATIONS: [(&str, i8); 12] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];
/// Words after a number that show it is not counting them: "in 1887 by a company" is a year,
/// "in 1500 homes" a count.
const NOT_NOUNS_AFTER_YEAR: &[&str] =
    &["and", "are", "as", "at", "by", "for", "from", "in", "is", "on", "or", "to", "was", "were", "when", "with"];

/// The index into [`SEASONS`] of a season's name ("fall" and "autumn" alike).
fn season_index(w: &str) -> Option<u8> {
    match w {
        "spring" => Some(0),
        "summer" => Some(1),
        "fall" | "autumn" => Some(2),
        "winter" => Some(3),
        _ => None,
    }
}

/// The first day of a season of `year`: spring is March to May, …, winter December to
/// February (counted in the year of its December).
fn season_start(year: i16, season: u8) -> Option<Date> {
    Date::new(year, 3 + 3 * season as i8, 1).ok()
}

/// A place in the southern hemisphere named in the dateline, or else (unless the dateline names
/// another place the lists know) the first of the places the text names when they are mostly
/// southern (two at least, and more than twice as many as the northern ones): where "this
/// summer" runs from December. `dateline` is the span of a dateline; the rest of its line
/// before it is read too ("SYDNEY, Jan. 14 -").
fn southern_place(text: &str, tokens: &[Token], lower: &[Cow<str>], dateline: Option<Span>) -> Option<Span> {
    // The longest southern name starting at token `i` (the list is lower case, names of up to
    // three words).
    let southern_at = |i: usize| -> Option<usize> {
        let mut name = String::new();
        let mut found = None;
        for k in i..(i + 3).min(tokens.len()) {
            if tokens[k].kind != TokenKind::Word || k > i && tokens[k - 1].span.end + 1 != tokens[k].span.start {
                break;
            }
            if k > i {
                name.push(' ');
            }
            name.push_str(&lower[k]);
            if crate::lexicon::contains(crate::lexicon::SOUTHERN_PLACES, &name) {
                found = Some(k + 1);
            }
        }
        found
    };
    let capitalized = |i: usize| tokens[i].text(text).starts_with(|c: char| c.is_uppercase());
    // Another place the lists know (in a dateline's capitals too: "LONDON").
    let northern = |i: usize| {
        let word = tokens[i].text(text);
        let known = |w: &str| {
            crate::lexicon::contains(crate::lexicon::COUNTRIES, w)
                || crate::lexicon::contains(crate::lexicon::PLACES, w)
        };
        known(word)
            || word.len() > 1 && word.bytes().all(|b| b.is_ascii_uppercase()) && {
                let mut title = word[..1].to_string();
                title.push_str(&lower[i][1..]);
                known(&title)
            }
    };
    if let Some(dateline) = dateline {
        let line_start = text[..dateline.start].rfind('\n').map_or(0, |n| n + 1);
        let first = tokens.partition_point(|t| t.span.start < line_start);
        let line = first..tokens.partition_point(|t| t.span.end <= dateline.end).max(first);
        // ("PERTH, Western Australia, Jan. 14": a southern name anywhere in it.)
        for i in line.clone().filter(|&i| capitalized(i)) {
            if let Some(end) = southern_at(i) {
                return Some(Span::new(tokens[i].span.start, tokens[end - 1].span.end));
            }
        }
        // A dateline's place decides: a northern one is no southern story.
        if line.into_iter().any(|i| capitalized(i) && northern(i)) {
            return None;
        }
    }
    // Else the places the text names.
    let (mut south, mut north, mut first) = (0usize, 0usize, None);
    let mut i = 0;
    while i < tokens.len() {
        if !capitalized(i) {
            i += 1;
            continue;
        }
        if let Some(end) = southern_at(i) {
            south += 1;
            first = first.or(Some(Span::new(tokens[i].span.start, tokens[end - 1].span.end)));
            i = end;
            continue;
        }
        north += usize::from(northern(i));
        i += 1;
    }
    first.filter(|_| south >= 2 && south > 2 * north)
}

/// A regular past form by its shape ("collapsed"): a past tense or a participle.
pub(crate) fn ed_form(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed") && !NOT_PAST.contains(&w) && !un_adjective(w)
}

/// A past participle after "be": a regular "-ed" form ("used", "extended") or a common
/// irregular one ("held", "made").
fn participle(w: &str) -> bool {
    w.len() > 3 && w.ends_with("ed")
        || matches!(
            w,
            "held"
                | "made"
                | "taken"
                | "given"
                | "shown"
                | "done"
                | "run"
                | "set"
                | "put"
                | "cut"
                | "paid"
                | "built"
                | "sent"
                | "spent"
                | "kept"
                | "brought"
                | "sold"
                | "won"
                | "met"
                | "seen"
        )
}

/// "unspecified", "undisclosed", "unnamed": an "un-" word ending in "-ed" is an adjective,
/// not a past verb ("would be paid on a still unspecified date in January" is ahead), unless it
/// is one of the few verbs that begin so ("unveiled", "unsealed"; "under-" words are verbs).
fn un_adjective(w: &str) -> bool {
    w.starts_with("un") && !w.starts_with("under") && !UN_VERBS.contains(&w)
}

/// Past forms of verbs that begin with "un" (not "under"). Sorted.
const UN_VERBS: &[&str] = &[
    "unblocked",
    "uncovered",
    "unearthed",
    "unfolded",
    "unified",
    "united",
    "unleashed",
    "unloaded",
    "unlocked",
    "unmasked",
    "unpacked",
    "unplugged",
    "unraveled",
    "unravelled",
    "unrolled",
    "unsealed",
    "unseated",
    "untied",
    "unveiled",
    "unwrapped",
];

/// A listed past form ("fell", "hurt"). This runs for every word near every expression, so
/// both lists are one hashed set (two scans of the lists were a twentieth of the time step).
pub(crate) fn listed_past(w: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| PAST_VERBS.iter().chain(IRREGULAR_PAST).copied().collect()).contains(w)
}

/// A unit of length before "an hour": the expression is a speed, no time.
fn speed_unit(w: &str) -> bool {
    matches!(w, "kilometres" | "kilometers" | "km" | "miles" | "metres" | "meters" | "knots" | "feet")
}

/// A day's or month's name or short form, or a time zone, in lower case: the words a clock
/// time runs into without a new sentence starting ("at 10 a.m. Tuesday", "8 p.m. EDT").
pub(crate) fn calendar_or_zone(w: &str) -> bool {
    WEEKDAYS.contains(&w) || WEEKDAY_ABBREVIATIONS.contains(&w) || month_of(w).is_some() || TIME_ZONES.contains(&w)
}

/// "GMT", "EST", "hrs": a word that makes the number before it a clock time.
fn zone_word(w: &str) -> bool {
    TIME_ZONES.contains(&w) || w == "hrs"
}

/// Verbs after which "the summer", "the autumn" or "the winter" is a season as a subject.
const SEASON_SUBJECT_VERBS: &[&str] =
    &["brought", "could", "had", "has", "is", "may", "might", "saw", "was", "will", "would"];

pub(crate) const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
/// "on Tuesdays": a SET.
/// "Tues.", "Thurs.": agency style (`weekday_at` says when they are days).
const WEEKDAY_ABBREVIATIONS: [&str; 10] = ["fri", "mon", "sat", "sun", "thu", "thur", "thurs", "tue", "tues", "wed"];

const PLURAL_WEEKDAYS: [&str; 7] =
    ["mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"];
const ONES: [&str; 19] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// Time zones written after a clock time ("4 a.m. EDT").
// (Not the zones that are also words: "WAT", "EAT", "WET".)
const TIME_ZONES: &[&str] = &[
    "gmt", "utc", "cet", "cest", "bst", "edt", "est", "cdt", "cst", "pdt", "pst", "et", "mst", "mdt", "akst", "akdt",
    "hst", "aest", "aedt", "acst", "acdt", "awst", "nzst", "nzdt", "ist", "jst", "kst", "sgt", "hkt", "msk", "eet",
    "eest", "sast",
];

/// Words that start a rule's match, besides numbers, month and weekday names, number words,
/// units and hyphenated words (see `Scan::may_start`). Sorted for binary search; a test checks.
const STARTERS: &[&str] = &[
    "a",
    "a.d.",
    "ad",
    "an",
    "annually",
    "anzac",
    "approximately",
    "armistice",
    "around",
    "at",
    "australia",
    "autumn",
    "bastille",
    "bonfire",
    "boxing",
    "canada",
    "christmas",
    "columbus",
    "coming",
    "comparable",
    "corresponding",
    "current",
    "currently",
    "daily",
    "dawn",
    "daybreak",
    "during",
    "dusk",
    "each",
    "earlier",
    "early",
    "easter",
    "eighteenth",
    "election",
    "every",
    "fall",
    "few",
    "fewer",
    "first",
    "fiscal",
    "fourth",
    "future",
    "good",
    "half",
    "halloween",
    "hourly",
    "independence",
    "its",
    "juneteenth",
    "labor",
    "last",
    "late",
    "lately",
    "later",
    "latest",
    "less",
    "many",
    "memorial",
    "mid",
    "midday",
    "midnight",
    "mlk",
    "monthly",
    "more",
    "most-recent",
    "mothering",
    "nearly",
    "new",
    "next",
    "nightfall",
    "nightly",
    "nineteenth",
    "no",
    "noon",
    "now",
    "nowadays",
    "once",
    "over",
    "overnight",
    "past",
    "per",
    "present",
    "presently",
    "presidents",
    "q1",
    "q2",
    "q3",
    "q4",
    "quarter",
    "recent",
    "recently",
    "remembrance",
    "roughly",
    "same",
    "second",
    "several",
    "some",
    "soon",
    "spring",
    "summer",
    "sunrise",
    "sunset",
    "thanksgiving",
    "that",
    "the",
    "these",
    "third",
    "this",
    "thrice",
    "throughout",
    "today",
    "tomorrow",
    "tonight",
    "twentieth",
    "twice",
    "up",
    "valentine",
    "valentine's",
    "valentine’s",
    "veterans",
    "weekends",
    "weekly",
    "winter",
    "yearly",
    "yesterday",
];

/// Every word a rule may start on: [`STARTERS`], month and weekday names and short forms,
/// number words and unit words. Every token that is no number is looked up here, so the set
/// is hashed (FxHash: a few multiplications for a short word) rather than searched: one
/// binary search per token was a tenth of the time step's instructions (callgrind), the
/// hashed lookup is under 2%.
fn all_starters() -> &'static rustc_hash::FxHashSet<&'static str> {
    static ALL: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        let units = [
            "second",
            "seconds",
            "minute",
            "minutes",
            "hour",
            "hours",
            "day",
            "days",
            "week",
            "weeks",
            "fortnight",
            "fortnights",
            "month",
            "months",
            "quarter",
            "quarters",
            "year",
            "years",
            "decade",
            "decades",
            "century",
            "centuries",
            "millennium",
            "millennia",
        ];
        let all: Vec<&'static str> = STARTERS
            .iter()
            .chain(&MONTHS)
            .chain(MONTH_ABBREVIATIONS.iter().map(|(a, _)| a))
            .chain(&WEEKDAYS)
            .chain(&WEEKDAY_ABBREVIATIONS)
            .chain(&PLURAL_WEEKDAYS)
            .chain(&ONES)
            .chain(&TENS)
            .chain(&units)
            .copied()
            .collect();
        all.into_iter().collect()
    })
}

/// Things whose age dates their start: "the five-and-a-half-year-old war".
const EVENT_NOUNS: &[&str] = &[
    "war",
    "conflict",
    "crisis",
    "dispute",
    "truce",
    "ceasefire",
    "cease-fire",
    "siege",
    "blockade",
    "embargo",
    "strike",
    "insurgency",
    "uprising",
    "rebellion",
    "occupation",
    "standoff",
    "stand-off",
    "feud",
    "boycott",
    "lockout",
    "ban",
    "campaign",
    "civil",
    "revolt",
    "regime",
    "government",
    "coalition",
    "drought",
    "recession",
    "investigation",
    "probe",
    "trial",
    "case",
    "negotiations",
    "talks",
    "moratorium",
    "freeze",
    "protest",
    "protests",
    "movement",
];

/// How many tokens before an expression a future cue may stand ("will meet again in Vienna on
/// Monday").
const FUTURE_WINDOW: usize = 8;

/// Words right before a bare year or month name that make it a date ("in 1998", "since May").
/// Without one, "2012 people" and "May said" are not dates.
const DATE_CUES: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "before",
    "after",
    "during",
    "from",
    "through",
    "throughout",
    "into",
    "between",
    "circa",
    "fiscal",
    "year",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
];

/// Whether a word before a season makes it one: a date cue, or "over"/"for" ("over the
/// summer", "for the winter").
fn season_cue(w: &str) -> bool {
    DATE_CUES.contains(&w) || matches!(w, "over" | "for")
}

/// Nouns counted by a number: a four-digit number before them is a count, not a year
/// ("by 2000 votes").
/// What an award "of the year" is given to: "player of the year", "album of the year".
const AWARDED: &[&str] = &[
    "player",
    "players",
    "album",
    "song",
    "record",
    "book",
    "novel",
    "film",
    "movie",
    "car",
    "coach",
    "manager",
    "athlete",
    "sportsman",
    "sportswoman",
    "personality",
    "goal",
    "try",
    "team",
    "person",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "teacher",
    "artist",
    "rookie",
    "comeback",
    "pub",
    "restaurant",
    "word",
];

/// Makers of cars and motorcycles, whose names a model year stands before ("a 2019
/// Cadillac"). Sorted, for `binary_search`.
const VEHICLE_MAKES: &[&str] = &[
    "acura",
    "audi",
    "bentley",
    "bmw",
    "buick",
    "cadillac",
    "chevrolet",
    "chevy",
    "chrysler",
    "citroen",
    "dodge",
    "ducati",
    "ferrari",
    "fiat",
    "ford",
    "gmc",
    "harley-davidson",
    "honda",
    "hyundai",
    "infiniti",
    "jaguar",
    "jeep",
    "kia",
    "lamborghini",
    "lexus",
    "maserati",
    "mazda",
    "mercedes",
    "mercedes-benz",
    "mitsubishi",
    "mustang",
    "nissan",
    "oldsmobile",
    "opel",
    "peugeot",
    "plymouth",
    "pontiac",
    "porsche",
    "renault",
    "skoda",
    "subaru",
    "suzuki",
    "tesla",
    "toyota",
    "triumph",
    "vauxhall",
    "volkswagen",
    "volvo",
    "yamaha",
];

const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "percent",
    "%",
    "per",
    "times",
    "men",
    "women",
    "children",
    "troops",
    "soldiers",
    "votes",
    "points",
    "feet",
    "metres",
    "meters",
    "miles",
    "kilometres",
    "kilometers",
    "km",
    "tons",
    "tonnes",
    "dollars",
    "euros",
    "pounds",
    "yen",
    "members",
    "residents",
    "workers",
    "jobs",
    "homes",
    "cases",
    "deaths",
    "years",
    "days",
    "months",
    "weeks",
    "hours",
    "minutes",
];

/// Words ending in "s" that are not plural nouns (for the plural test after a weakly cued year).
const NOT_PLURAL: &[&str] = &[
    "was",
    "is",
    "has",
    "as",
    "this",
    "its",
    "his",
    "thus",
    "plus",
    "versus",
    "whereas",
    "always",
    "towards",
    "afterwards",
    "unless",
    "across",
    "us",
    "less",
];

/// How many tokens each side of an expression [`Scan::clause_verb`] looks for a verb.
const CLAUSE_WINDOW: usize = 12;

/// What a verb form says about the time of its clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verb {
    Past,
    Present,
    Future,
}

/// More irregular past forms, for the clause tense (not for "directly after a past verb", whose
/// list was measured on its own).
const IRREGULAR_PAST: &[&str] = &[
    "died",
    "bought",
    "sold",
    "paid",
    "led",
    "ran",
    "kept",
    "brought",
    "thought",
    "found",
    "got",
    "grew",
    "knew",
    "became",
    "broke",
    "chose",
    "drove",
    "flew",
    "fought",
    "heard",
    "meant",
    "sat",
    "stood",
    "threw",
    "understood",
    "shot",
    "fled",
    "quit",
    "began",
    "spent",
    "lent",
    "built",
    "felt",
    "caught",
    "taught",
    "sought",
    "fell",
    "forgot",
    "lit",
    "swept",
    "sank",
    "drew",
    "withdrew",
    "shook",
    "hung",
    "froze",
    "stole",
    "wore",
    "blew",
    "dealt",
    "rode",
    "tore",
    "rang",
    "sang",
    "swam",
    "woke",
    "awoke",
    "arose",
    "slept",
    "wept",
    "swung",
    "spun",
    "slid",
    "hid",
    "dug",
    "fed",
    "bled",
    "stuck",
    "strode",
    "sprang",
    "leapt",
    "crept",
    "shone",
    "oversaw",
    "overtook",
    "undertook",
    "underwent",
    "overcame",
    "upheld",
    "withheld",
    "rebuilt",
    "forgave",
    "mistook",
    // Same as the present, but a past after a singular subject: "a typhoon in late August
    // hurt retailers".
    "hurt",
    "cost",
    "shut",
    // "a record set on Aug. 6" ("is set for", "set to" are future cues first).
    "set",
];

/// Words ending in "ed" that are not past forms.
const NOT_PAST: &[&str] = &["hundred", "indeed", "speed", "proceed", "succeed", "exceed", "united", "limited"];

/// Past forms of common verbs that end in neither "ed" nor "d": a weekday right after one
/// ("met on Thursday") is in the past even in a sentence that also says "will".
const PAST_VERBS: &[&str] = &[
    "said", "told", "met", "held", "began", "went", "came", "saw", "made", "took", "gave", "left", "won", "lost",
    "spoke", "wrote", "sent", "fell", "rose", "struck", "hit", "was", "were", "did",
];

/// Verbs that move an event to a later date or stop something until one: "postponed until",
/// "pushed back to", "suspended all trips until". Sorted.
const POSTPONING: &[&str] = &[
    "adjourned",
    "banned",
    "closed",
    "defer",
    "deferred",
    "defers",
    "delay",
    "delayed",
    "delays",
    "extended",
    "grounded",
    "halted",
    "moved",
    "paused",
    "postpone",
    "postponed",
    "postpones",
    "push",
    "pushed",
    "pushes",
    "pushing",
    "put",
    "remanded",
    "rescheduled",
    "shifted",
    "shut",
    "suspended",
];

/// Present forms of verbs that news uses for a scheduled event: "The board meets Tuesday".
/// Sorted, for [`lexicon::contains`].
const SCHEDULED_VERBS: &[&str] = &[
    "air",
    "airs",
    "applies",
    "apply",
    "arrive",
    "arrives",
    "begin",
    "begins",
    "bring",
    "brings",
    "close",
    "closes",
    "conclude",
    "concludes",
    "convene",
    "convenes",
    "debate",
    "debates",
    "depart",
    "departs",
    "end",
    "ends",
    "expire",
    "expires",
    "face",
    "faces",
    "falls",
    "finish",
    "finishes",
    "flies",
    "fly",
    "follow",
    "follows",
    "gather",
    "gathers",
    "get",
    "gets",
    "go",
    "goes",
    "head",
    "heads",
    "hold",
    "holds",
    "host",
    "hosts",
    "kick",
    "kicks",
    "land",
    "lands",
    "launch",
    "launches",
    "looks",
    "meet",
    "meets",
    "open",
    "opens",
    "play",
    "plays",
    "premiere",
    "premieres",
    "race",
    "races",
    "reconvene",
    "reconvenes",
    "reopen",
    "reopens",
    "resume",
    "resumes",
    "return",
    "returns",
    "run",
    "runs",
    "sail",
    "sails",
    "sit",
    "sits",
    "start",
    "starts",
    "take",
    "takes",
    "testifies",
    "testify",
    "travel",
    "travels",
    "visit",
    "visits",
    "vote",
    "votes",
];

/// The tokens of one sentence, with the rules. Rules never look outside `start..end`.
struct Scan<'a> {
    text: &'a str,
    tokens: &'a [Token],
    lower: &'a [Cow<'a, str>],
    start: usize,
    end: usize,
}

impl Scan<'_> {
    /// The lower-case text of token `i`, or "" outside the sentence.
    fn w(&self, i: usize) -> &str {
        if (self.start..self.end).contains(&i) {
            &self.lower[i]
        } else {
            ""
        }
    }

    /// The original text of token `i`, or "" outside the sentence.
    fn orig(&self, i: usize) -> &str {
        if (self.start..self.end).contains(&i) {
            self.tokens[i].text(self.text)
        } else {
            ""
        }
    }

    fn prev(&self, i: usize) -> &str {
        i.checked_sub(1).map_or("", |p| self.w(p))
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        (self.start..self.end).contains(&i).then(|| self.tokens[i].kind)
    }

    fn capitalized(&self, i: usize) -> bool {
        self.orig(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether only punctuation (an opening quote, a dash) comes before token `i` in its sentence,
    /// or after a colon: a quotation after one opens with a capital too ("She said: \"Today is
    /// a great day.\"").
    fn sentence_initial(&self, i: usize) -> bool {
        // From the token before backwards: the nearest word or colon decides, so this is short.
        for k in (self.start..i).rev() {
            if matches!(self.kind(k), Some(TokenKind::Word | TokenKind::Number)) {
                return false;
            }
            if self.orig(k) == ":" {
                return true;
            }
        }
        true
    }

    /// Whether "last" or "final" at `i` picks the final one of a series: "the last year of the
    /// war", "2019, the last year before Covid", "the last month when prices rose".
    fn final_of_series(&self, i: usize) -> bool {
        matches!(self.w(i + 1), "day" | "week" | "month" | "year")
            && matches!(self.w(i + 2), "of" | "before" | "when" | "that")
    }

    /// Whether `first..end` is part of a title rather than a time: a word that is lower case in
    /// a time expression ("week", "today", "minutes", "noon") is capitalized inside a
    /// sentence: ABC's "This Week", "VOA Today", "60 Minutes", "High Noon". Holidays
    /// ("Election Day") are names anyway.
    fn title(&self, first: usize, end: usize) -> bool {
        !self.sentence_initial(first)
            && (first..end).any(|k| {
                let w = self.w(k);
                self.capitalized(k)
                    && (unit_of(w).is_some()
                        || part_of_day(w).is_some()
                        || matches!(w, "today" | "tonight" | "tomorrow" | "yesterday" | "noon" | "midnight" | "now"))
            })
    }

    /// True when token `i` is glued to a neighbour that makes it part of a larger string: a
    /// URL path ("x.com/2016/09"), a file name, a phone or version number. Such numbers are
    /// never dates.
    fn embedded(&self, i: usize) -> bool {
        let glued_before = i > self.start
            && !self.tokens[i].space_before
            && !matches!(self.orig(i - 1), "(" | "[" | "\"" | "\u{201C}" | "'" | "\u{2018}" | "\u{2014}" | "\u{2013}");
        let next = i + 1;
        let glued_after = next < self.end
            && !self.tokens[next].space_before
            && match self.orig(next) {
                "/" | "\\" | "-" | "_" | "=" | "+" | "#" | "@" | "&" | "?" => true,
                // "2.1.2019" is one token already; this catches "2016.x" and "2016.09". A colon
                // glued on both sides joins ("25:10"), not one that ends a phrase ("April 25: …").
                // A quote or a bracket after the period closes the sentence ("in 1990.\"").
                "." | ":" => {
                    next + 1 < self.end
                        && !self.tokens[next + 1].space_before
                        && self.orig(next + 1).starts_with(|c: char| c.is_alphanumeric())
                }
                _ => false,
            };
        glued_before || glued_after
    }

    /// Whether a future cue governs the expression at `first..end`: one in the few tokens
    /// before it, in the same clause ("will meet on Monday", "is due to open in May"), or right
    /// after it ("Monday will see"). A cue elsewhere in a long sentence usually belongs to
    /// another clause: on TimeBank+AQUAINT, a sentence-wide test sent past weekdays a week
    /// forward ("said Tuesday that … will").
    fn future_cue_near(&self, first: usize, end: usize, reported: bool) -> bool {
        let is_cue = |i: usize| {
            let w = self.w(i);
            let next = self.w(i + 1);
            // "urged members to walk out", "called on his supporters to march": an object, then
            // "to" and a verb.
            let object_to = || {
                (i + 2..(i + 6).min(first)).any(|k| {
                    self.w(k) == "to"
                        && self.kind(k + 1) == Some(TokenKind::Word)
                        && (i + 1..k).all(|m| self.kind(m) == Some(TokenKind::Word) && self.verb_at(m).is_none())
                })
            };
            // "had been scheduled to expire Friday": a plan that was overtaken, so a past day.
            // (Not an instruction: "had been told to remove the product by Friday" is ahead of
            // the telling.)
            let instruction = matches!(w, "told" | "asked" | "ordered" | "instructed" | "urged") && next == "to";
            if self.prev(i) == "been" && self.prev(i.saturating_sub(1)) == "had" && !instruction {
                return false;
            }
            // "had undergone a scheduled maintenance check on 19 February": a plan done, an
            // adjective after a past perfect ("a scheduled meeting on Friday" alone looks ahead).
            if w == "scheduled"
                && matches!(self.prev(i), "a" | "an" | "the" | "its" | "their" | "his" | "her")
                && (i.saturating_sub(6).max(self.start)..i).any(|k| self.w(k) == "had")
            {
                return false;
            }
            // A past verb that looks ahead ("warned of delays on Saturday") counts only when
            // asked for: what was promised may have fallen due already.
            // So does one asking someone to do something: "urged members to walk out on Friday"
            // (not "agreed to meet on Tuesday", which may tell when they agreed).
            // Not when the date is the telling's, its content after it: "warned both sides on
            // Wednesday afternoon that she would not tolerate delays".
            // Nor a thing pledged on a weekday, with no verb to do it: "The EU pledged 5 million
            // euros in aid on Tuesday" (not "pledged to hold talks on Tuesday").
            let pledged_on_day = matches!(w, "pledged" | "promised")
                && self.weekday_at(first).is_some()
                && !(i + 1..first).any(|k| self.w(k) == "to");
            // ("had offered to resume negotiations at any time before Wednesday evening".)
            let reported_cue = (matches!(w, "warned" | "predicted" | "vowed" | "pledged" | "promised" | "threatened")
                && !pledged_on_day
                || w == "offered" && next == "to"
                || instruction
                    && matches!(self.prev(i), "been" | "was" | "were" | "is" | "are" | "being")
                    && matches!(self.prev(first), "by" | "before" | "until" | "till" | "on")
                || matches!(w, "urged" | "asked" | "called" | "told" | "ordered") && object_to())
                && self.w(end) != "that";
            // "expected the weather to turn cooler by Monday": an expectation with its object
            // before "to" (the bare "expected to" is below).
            // ("I expect DB and the GDL to resume talks before the weekend".)
            let expects_object = || {
                (i + 2..(i + 7).min(self.end)).any(|k| {
                    self.w(k) == "to"
                        && (i + 1..k).all(|m| self.kind(m) == Some(TokenKind::Word) && self.verb_at(m).is_none())
                })
            };
            // "expects a profit in March", "forecasts growth for the first half": what is
            // expected, up to the date, has no verb of its own (not "expects sales rose in March").
            // Not "forecast", a past form too: "down from the £365m it forecast in April".
            let expected_thing = || {
                w != "forecast" && i < first && (i + 1..first).all(|m| self.verb_at(m).is_none() && self.w(m) != ",")
            };
            let expectation = match w {
                "expect" | "expects" | "forecast" | "forecasts" | "predict" | "predicts" | "anticipate"
                | "anticipates" => expects_object() || expected_thing(),
                // In the past only as reported speech, where it stands for "expect": "He said
                // crews expected …". Told as a past fact it may be an expectation that failed.
                "expected" | "predicted" => {
                    reported
                        && self.prev(i) != "had"
                        && (self.start..i).any(|k| matches!(self.w(k), "said" | "told" | "added" | "says"))
                        && expects_object()
                }
                _ => false,
            };
            // "She said a mission would deploy on Monday": the future of reported speech.
            // Not a possessive: "would look for ways around Wednesday's ruling".
            // "said the warning would run until Friday, and that a warning for ice would follow
            // through the weekend": a second "that" clause of the same saying.
            let second_that = || {
                (i.saturating_sub(12).max(self.start + 1)..i).any(|k| self.w(k) == "that" && self.prev(k) == "and")
                    && (self.start..i).any(|k| saying(self.w(k)))
            };
            let reported_would = w == "would"
                && !matches!(next, "have" | "not" | "never")
                && !matches!(self.w(end), "'s" | "\u{2019}s")
                && (self.saying_before(i) || second_that());
            matches!(w, "will" | "won't" | "shall" | "scheduled" | "tomorrow" | "upcoming" | "payable")
                // "The launch is on track for 22:14 GMT on Saturday".
                || w == "track" && self.prev(i) == "on" && matches!(next, "for" | "to")
                || reported_would
                || reported && reported_cue
                || expectation
                || w.ends_with("'ll")
                || w.ends_with("\u{2019}ll")
                || (next == "to"
                    && matches!(
                        w,
                        "due"
                            | "plans"
                            | "plan"
                            | "planning"
                            | "expected"
                            | "going"
                            | "intends"
                            | "set"
                            | "forecast"
                            | "projected"
                            | "likely"
                            | "poised"
                            | "aims"
                            | "hopes"
                            // First persons and plain forms: "We intend to break ground in
                            // the spring", "we want to finish by March".
                            | "intend"
                            | "aim"
                            | "hope"
                            | "want"
                            | "wants"
                            | "expect"
                            | "expects"
                            | "seek"
                            | "seeks"
                            | "aiming"
                            | "hoping"
                            | "seeking"
                            | "preparing"
                    ))
                // "is set for 10 a.m.", "slated for Friday"; "set sentencing for Sept. 17",
                // "scheduled a hearing for Monday", "a holiday booked for February"; a court's
                // "A confiscation hearing has been listed for 2 June".
                // (Not a plan overtaken: "the launch, originally planned for the summer".)
                || (matches!(w, "set" | "slated" | "planned" | "scheduled" | "booked" | "listed" | "fixed")
                    && !matches!(self.prev(i), "originally" | "initially")
                    && (i + 1..(i + 4).min(first)).any(|k| {
                        self.w(k) == "for"
                            && (i + 1..k).all(|m| self.kind(m) == Some(TokenKind::Word) && self.verb_at(m).is_none())
                    }))
                // "called a 24-hour strike for Wednesday", "has called a meeting for Thursday":
                // what was called for that day is still to come (not "called for calm on Monday").
                || (w == "called"
                    && first >= i + 3
                    && self.w(first - 1) == "for"
                    && (i + 1..first - 1).all(|m| self.kind(m) == Some(TokenKind::Word) || self.w(m).contains('-')))
                // "Results are expected late Tuesday" (not "were expected", a plan gone by).
                // ("Rain is likely on Saturday".)
                || (matches!(w, "expected" | "due" | "likely") && matches!(self.prev(i), "is" | "are" | "be" | "'re"))
                // "…, with the peak expected on Saturday and Sunday": a forecast set beside
                // the clause, whatever the clause's tense ("with the strongest winds likely
                // overnight into Saturday").
                || (matches!(w, "expected" | "due" | "forecast" | "likely")
                    && (i.saturating_sub(5).max(self.start)..i).any(|k| self.w(k) == "with")
                    && (i.saturating_sub(5).max(self.start)..i).all(|k| self.verb_at(k).is_none()))
                // "ahead of Saturday's final", "preparing for Sunday's election", "the run-up to
                // the vote on May 4".
                // (Not a lead: "finished 212 votes ahead of his rival in Sunday's election".)
                || (next == "of"
                    && w == "ahead"
                    && !matches!(
                        self.prev(i),
                        "votes" | "points" | "seats" | "lengths" | "seconds" | "places" | "strokes" | "goals"
                            | "finished" | "came" | "stayed" | "remained" | "well" | "far" | "narrowly"
                            | "comfortably" | "slightly"
                    ))
                || (next == "for" && matches!(w, "preparing" | "prepare" | "prepares" | "preparations"))
                // What is ruled out, up to a limit, is still to come: "did not rule out a second
                // stopgap running into January", "have not ruled out a delay until March" (not
                // "ruled out foul play in the death on Monday").
                || (w == "out"
                    && matches!(self.prev(i), "rule" | "rules" | "ruled" | "ruling")
                    && matches!(self.prev(first), "into" | "until" | "till" | "before" | "beyond"))
                || (next == "to" && matches!(w, "run-up" | "build-up" | "lead-up"))
                // An imperative opening the sentence or a quotation asks for what is still to
                // come: "Ask me again in February", "Come back on Monday".
                // So does a warning not to: "\"Don't be fooled by the sunshine on Thursday,\" she
                // added".
                || (matches!(w, "don't" | "don\u{2019}t" | "dont") || w == "do" && matches!(next, "not" | "n't"))
                    && (i == self.start || matches!(self.prev(i), "\"" | "\u{201c}" | "'" | "\u{2018}" | "``"))
                || (matches!(w, "ask" | "call" | "come" | "wait" | "watch" | "join" | "visit" | "book" | "expect")
                    && (i == self.start || matches!(self.prev(i), "\"" | "\u{201c}" | "'" | "\u{2018}" | "``")))
                // What is open or to be had is so ahead: "A backup window is available at the same
                // time on Sunday", "the museum is open on Monday".
                || (matches!(w, "available" | "open" | "closed" | "valid")
                    && matches!(self.prev(i), "is" | "are" | "remains" | "remain"))
                // "data due over the weekend", "a speech due at 3 p.m." (not "was due on Friday").
                || (w == "due"
                    && matches!(next, "at" | "on" | "in" | "by" | "over" | "within" | "later" | "next" | "this")
                    && !matches!(self.prev(i), "was" | "were" | "been" | "had"))
        };
        // A gerund after "before" or "after" shares its clause's verb, which may stand farther
        // back: "urged travelers to check with their airlines before leaving home on Wednesday".
        let gerund = (first.saturating_sub(4).max(self.start + 1)..first)
            .any(|k| matches!(self.prev(k), "before" | "after") && self.w(k).len() > 4 && self.w(k).ends_with("ing"));
        let window = if gerund { FUTURE_WINDOW + 8 } else { FUTURE_WINDOW };
        let before = (first.saturating_sub(window).max(self.start)..first)
            .rev()
            .take_while(|&i| !matches!(self.w(i), "said" | "says" | ";" | "that" | "but"))
            .any(is_cue);
        // An expectation with its object and verb reaches farther: "I expect DB and the GDL to
        // resume talks before the weekend".
        let expected = || {
            (first.saturating_sub(FUTURE_WINDOW + 4).max(self.start)..first.saturating_sub(FUTURE_WINDOW))
                .any(|i| matches!(self.w(i), "expect" | "expects") && is_cue(i))
                && (first.saturating_sub(FUTURE_WINDOW + 4).max(self.start)..first)
                    .all(|i| !matches!(self.w(i), "said" | "says" | ";" | "that" | "but" | ","))
        };
        let before = before || expected();
        // After it only in its own clause: not "returned on Sunday and will remain there".
        before || (end..(end + 2).min(self.end)).take_while(|&k| !matches!(self.w(k), "and" | "but" | ",")).any(is_cue)
    }

    /// Whether the expression at `i` directly follows a past verb, skipping "on".
    fn after_past_verb(&self, i: usize) -> bool {
        let mut p = i;
        if matches!(self.prev(p), "on" | "in") {
            p -= 1;
        }
        // Past a pronoun or a listener it took: "They told us on Tuesday it would be fine".
        if p >= 2
            && matches!(self.prev(p), "us" | "him" | "her" | "them" | "me" | "reporters" | "journalists")
            && matches!(self.prev(p - 1), "told" | "asked" | "assured" | "promised" | "warned" | "informed")
        {
            p -= 1;
        }
        let w = self.prev(p);
        // "is due to be published on Friday": a participle after "be" is not a past tense.
        // Nor after a verb like "stay" ("will stay closed overnight"): an adjective there.
        let passive = matches!(
            self.prev(p.saturating_sub(1)),
            "be" | "been"
                | "being"
                | "is"
                | "are"
                | "stay"
                | "stays"
                | "remain"
                | "remains"
                | "get"
                | "gets"
                | "keep"
                | "keeps"
        );
        // "…, with the peak expected on Saturday": a forecast beside the clause, no past.
        // Nor a plan after its noun: "change fees for flights scheduled on Tuesday".
        // Nor set off by a comma, an aside: "phase three, expected in September, will open".
        let forecast = matches!(w, "expected" | "forecast" | "scheduled" | "planned" | "slated")
            && ((p.saturating_sub(6).max(self.start)..p.saturating_sub(1)).any(|k| self.w(k) == "with")
                || self.prev(p.saturating_sub(1)) == ",")
            || matches!(w, "scheduled" | "planned" | "slated" | "booked")
                && p >= 2
                && self.kind(p - 2) == Some(TokenKind::Word)
                && self.verb_at(p - 2).is_none()
                && !matches!(self.prev(p - 1), "the" | "a" | "an");
        // ("will hit on Friday": a plain form after a modal.)
        let before = self.prev(p.saturating_sub(1));
        let modal = is_modal(before) || before == "do";
        !passive && !forecast && !modal && (w.ends_with("ed") || PAST_VERBS.contains(&w))
    }

    /// Whether the expression at `i` directly follows a present-tense verb of a scheduled event,
    /// skipping "on" or "in" and one adverb: news gives coming events in the present ("The
    /// board meets again on Tuesday", "the leaders meet separately Monday", "the law takes
    /// effect in January"). A verb after a determiner or "to" is a noun ("the visits") or an
    /// infinitive whose time is that of another verb ("agreed to meet Tuesday").
    fn after_scheduled_verb(&self, i: usize) -> bool {
        let mut p = i;
        if matches!(self.prev(p), "on" | "in" | "from" | "at") {
            p -= 1;
        }
        if matches!(self.prev(p), "again" | "separately" | "jointly" | "together" | "privately" | "formally" | "effect")
        {
            p -= 1;
        }
        // "Practice gets under way on Friday".
        if self.prev(p) == "underway" {
            p -= 1;
        } else if self.prev(p) == "way" && p >= 2 && self.prev(p - 1) == "under" {
            p -= 2;
        }
        if p < self.start + 2 {
            return false;
        }
        // A passive of the present: "The memoir is published on Thursday", "the ship is expected
        // on Friday".
        if participle(self.prev(p)) && matches!(self.prev(p - 1), "is" | "are") {
            return true;
        }
        // "Voters go to the polls on Sunday", "the club opens its doors on Monday": the verb may
        // have a short object or phrase between it and the day.
        // "follows" with no preposition takes an object: "The GM move follows Tuesday's
        // declaration" (not "Final practice follows at 12.30pm on Saturday").
        if p == i && matches!(self.prev(p), "follow" | "follows") {
            return false;
        }
        if !self.scheduled_verb_at(p - 1) {
            // Cheap tests first: this runs for every expression.
            // Or "meet again in the league on Tuesday": an adverb and a short phrase (up to five
            // words: "host Pellham United in the league on Tuesday night").
            let object = (2..=6).find(|&back| {
                p > self.start + back
                    // (Or a name: "Harbourside host Preston North End on Wednesday".)
                    && (matches!(
                        self.w(p - back + 1),
                        "to" | "the" | "a" | "an" | "its" | "their" | "his" | "her" | "again" | "in" | "at" | "on"
                    ) || self.capitalized(p - back + 1))
                    && (p - back + 1..p).all(|k| self.kind(k) == Some(TokenKind::Word))
                    && self.scheduled_verb_at(p - back)
                    && (p - back + 1..p).all(|k| self.verb_at(k).is_none())
            });
            return object.is_some();
        }
        true
    }

    /// A verb at `k` that tells a scheduled event in the present tense ("meets", "play", "is"),
    /// not a noun: "agreed to meet", "the visits", "a confidence vote", "the final vote" (but
    /// "the leaders vote", "the board meets").
    fn scheduled_verb_at(&self, k: usize) -> bool {
        // A capitalized word inside the sentence is a name: "off Skerra Head on Tuesday".
        if k < self.start + 1 || self.kind(k) != Some(TokenKind::Word) || self.capitalized(k) {
            return false;
        }
        let verb = self.w(k);
        let before = self.prev(k);
        let determiner = |w: &str| {
            matches!(
                w,
                "to" | "the"
                    | "a"
                    | "an"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
            )
        };
        // A bare form after a determiner and one singular word is a noun phrase's head. (Not
        // after "for" or "of": there the phrase ends and a plural subject's verb comes, "Ticket
        // sales for the gala open at 10am on Monday".)
        let noun_head = !verb.ends_with('s')
            && !matches!(verb, "is" | "are")
            && k >= self.start + 2
            && determiner(self.prev(k - 1))
            && !before.ends_with('s')
            && !(k >= self.start + 3 && matches!(self.prev(k - 2), "for" | "of") && self.prev(k - 1) == "the");
        // Nor one just after a past verb (not a saying's): "ruled out foul play on Monday".
        // (Looked at last: the verb test is the costly one, and this runs for every expression.)
        let after_past = || {
            !verb.ends_with('s')
                && (k.saturating_sub(3).max(self.start)..k)
                    .any(|m| self.verb_at(m) == Some(Verb::Past) && !saying(self.w(m)))
        };
        // "Her funeral is on Saturday", "the vote is Tuesday": a past one would be "was".
        !determiner(before)
            && !noun_head
            && (matches!(verb, "is" | "are") || crate::lexicon::contains(SCHEDULED_VERBS, verb))
            && !after_past()
    }

    /// The tense of the expression at `first..end`. The clause's verbs are looked at only when
    /// `needs_tense`: durations and counted dates do not depend on it, and the scan runs over
    /// up to 24 words per expression; and for a `clock` time after "by" or "until" (a deadline or not).
    fn tense(&self, first: usize, end: usize, needs_tense: bool, clock: bool) -> Tense {
        // A past form right after it counts too: "Judges on Friday rejected the plea".
        // So does one right after a date set off by commas: "The last attempt, in December,
        // collapsed" (after a comma an "-ed" form is otherwise read as a participle).
        let enclosed =
            self.w(end) == "," && (self.prev(first) == "," || first > self.start + 1 && self.prev(first - 1) == ",");
        let past_after_commas = enclosed && {
            let (k, w) = (end + 1, self.w(end + 1));
            self.kind(k) == Some(TokenKind::Word)
                && !self.capitalized(k)
                && self.w(k + 1) != "by"
                && (ed_form(w) || listed_past(w))
        };
        // Not after a planned event's infinitive: "wage talks due to conclude in mid-March
        // looked likely to …" (the past verb is the main clause's).
        let planned_before = (first.saturating_sub(5).max(self.start + 1)..first).any(|k| {
            self.w(k) == "to"
                && matches!(self.prev(k), "due" | "expected" | "set" | "scheduled" | "planned" | "slated" | "poised")
        });
        let past_verb = self.after_past_verb(first)
            || self.verb_at(end) == Some(Verb::Past) && !planned_before
            || past_after_commas;
        // The nearest verb of the clause: a modal or "is to" makes it future even when no cue
        // stands in the few tokens before ("will be named commander … for a mission in May").
        let verb = if needs_tense { self.clause_verb(first, end) } else { None };
        // A phrase of "with" and a gerund takes the tense of the clause it hangs on, however far
        // back its verb stands: "will go on sale on Feb. 26, with pre-orders opening at 10 a.m.
        // on Thursday". (Up to 40 tokens back: a long sentence must stay linear.)
        let verb = verb.or_else(|| {
            let with = (first.saturating_sub(8).max(self.start)..first).rev().find(|&k| self.w(k) == "with")?;
            (needs_tense && (with + 1..first).any(|k| self.w(k).len() > 4 && self.w(k).ends_with("ing")))
                .then(|| {
                    (with.saturating_sub(40).max(self.start)..with)
                        .rev()
                        .take_while(|&k| !matches!(self.w(k), ";" | ":" | "\""))
                        .find_map(|k| self.verb_at(k))
                })
                .flatten()
        });
        // A possessive's time is its noun's, which a modal does not move: "they would look for
        // ways around Wednesday's ruling".
        let verb = verb.filter(|&v| !(v == Verb::Future && matches!(self.w(end), "'s" | "\u{2019}s")));
        // A condition of what would happen takes its tense from that: "would suspend the action
        // if the company made an offer by Thursday" (a past form, but a day ahead).
        let verb = match verb {
            Some(Verb::Past) if self.condition_of_a_future(first) => Some(Verb::Future),
            v => v,
        };
        // A scheduled present only when no past verb follows in the clause, after a comma:
        // "after a strong start on Monday, stocks fell" uses "start" as a noun. Before a comma a
        // past form is a participle: "go to the polls on Sunday in an election called in May".
        let past_after = || {
            let window = (end..(end + CLAUSE_WINDOW).min(self.end))
                .take_while(|&k| !matches!(self.w(k), ";" | ":" | "but" | "while" | "because"));
            // A reporting tag is about the report: "The leaders meet on Tuesday, the ministry said".
            // Nor a participle after "with": "Recruitment opens in March, with 1,500 people
            // expected to take part".
            window.skip_while(|&k| self.w(k) != ",").take_while(|&k| self.w(k) != "with").any(|k| {
                self.verb_at(k) == Some(Verb::Past)
                    && !matches!(
                        self.w(k),
                        "said" | "told" | "added" | "announced" | "reported" | "confirmed" | "wrote"
                    )
            })
        };
        // The end of a span shares its start's verb: "Shops open from 9 a.m. to 5 p.m. on
        // Saturday".
        // Or, without "from", a clock time that opens the span: "run 9.30am to 12.30pm on Saturday".
        let span_start = || {
            matches!(self.prev(first), "to" | "until" | "till" | "-" | "\u{2013}")
                && (first.saturating_sub(6).max(self.start + 1)..first - 1).rev().any(|k| {
                    self.w(k) == "from" && self.after_scheduled_verb(k + 1)
                        || self.kind(k) == Some(TokenKind::Number) && self.after_scheduled_verb(k)
                })
        };
        // A weekday opening the sentence as its subject: "Sunday closes with the singalong".
        // (Or its possessive: "Thursday's service begins at 11am".)
        let subject_day = first == self.start
            && self.weekday_at(first).is_some()
            && (self.w(end).ends_with('s') && self.scheduled_verb_at(end)
                || matches!(self.w(end), "'s" | "\u{2019}s")
                    && self.kind(end + 1) == Some(TokenKind::Word)
                    && self.w(end + 2).ends_with('s')
                    && self.scheduled_verb_at(end + 2));
        // A day heading a programme's line, before a colon: "Saturday: The funeral Mass begins
        // at 11am", "Wednesday to Friday: She will lie in repose". What the line tells is ahead
        // unless it tells it in the past ("Monday: The storm reached the coast").
        let header_day = self.weekday_at(first).is_some()
            && (first == self.start && self.w(end) == ":"
                || first == self.start
                    && self.w(end) == "to"
                    && self.weekday_at(end + 1).is_some()
                    && self.w(end + 2) == ":"
                || first == self.start + 2
                    && self.prev(first) == "to"
                    && self.weekday_at(self.start).is_some()
                    && self.w(end) == ":");
        // (Or after a label: "Stage 1, Saturday: Nice - Menton, 168 km.")
        let labelled = first == self.start + 3
            && self.capitalized(self.start)
            && self.kind(self.start + 1) == Some(TokenKind::Number)
            && self.w(self.start + 2) == ","
            && matches!(self.w(end), ":" | ",");
        // (Its first verb tells: a modal, or a present of a schedule.)
        let header_verb = if header_day {
            let colon = (end..(end + 3).min(self.end)).find(|&k| self.w(k) == ":").unwrap_or(end);
            (colon + 1..(colon + 1 + 2 * CLAUSE_WINDOW).min(self.end)).find_map(|k| {
                let (w, verb) = (self.w(k), self.verb_at(k));
                // (Not a form after a preposition or an article, an adjective: "gusts of 70mph on
                // exposed coasts".)
                let adjective = matches!(
                    self.prev(k),
                    "on" | "in" | "at" | "of" | "with" | "for" | "by" | "from" | "the" | "a" | "an" | "and"
                );
                if (verb == Some(Verb::Past) || ed_form(w) || listed_past(w)) && !adjective {
                    Some(false)
                } else {
                    (verb == Some(Verb::Future) || self.scheduled_verb_at(k)).then_some(true)
                }
            })
        } else {
            None
        };
        let header_ahead = header_day && header_verb == Some(true);
        // (A line that tells no verb of either is a programme's too, in no direction of its own:
        // "Tuesday: Showery and blustery. Highs of 13C.")
        let header_plain = header_day && header_verb.is_none();
        let heading =
            self.weekday_at(first).is_some() && (first == self.start && end == self.end || labelled || header_plain);
        // A day opening the sentence before its subject and a verb of a schedule: "On Sunday the
        // elite women start at 9am" (a subject of up to four words, none a verb).
        let opening_schedule = || {
            (first == self.start || first == self.start + 1 && self.prev(first) == "on")
                && (end + 1..(end + 6).min(self.end)).any(|k| {
                    self.scheduled_verb_at(k)
                        && self.w(k).ends_with(|c: char| c != 'd')
                        && (end..k).all(|m| self.kind(m) == Some(TokenKind::Word) && self.verb_at(m).is_none())
                })
        };
        // (Its verb comes right after it: a past form later, "…, led this year by", is no bar.)
        let scheduled = (self.after_scheduled_verb(first) || span_start()) && !past_after()
            || subject_day
            || header_ahead
            || needs_tense && opening_schedule();
        let near = self.future_cue_near(first, end, true) || scheduled;
        // Only a reported cue ("promised repairs in February"): ahead of the promise, which may
        // lie weeks back.
        let reported_only = near && !scheduled && !self.future_cue_near(first, end, false);
        // "until at least Thursday", "by at least 2030": the hedge marks a forecast, and the
        // word before it is the cue.
        let hedged = self.prev(first) == "least" && self.prev(first - 1) == "at";
        let cue_at = if hedged { first - 2 } else { first };
        // (A clock time's not in a past clause: "cancelled all services until at least 2 p.m."
        // is today's, not on a day still to come named before; "was delayed until at least
        // March" looks ahead.)
        let hedged = hedged && !(clock && verb == Some(Verb::Past));
        let future = !past_verb && (near || hedged || verb == Some(Verb::Future));
        // A deadline or a payment date is a target, whatever the tense: "extended to Nov. 16",
        // "payable Dec. 15 to holders of record Nov. 15".
        let target = matches!(
            self.prev(cue_at),
            "to" | "until" | "till" | "by" | "through" | "before" | "record" | "payable" | "effective"
        ) || matches!(self.prev(first), "of" | "for")
            && matches!(self.prev(first - 1), "date" | "deadline");
        // "since May", "since shortly after the Oct. 23 attack".
        let since = (first.saturating_sub(4).max(self.start)..first).any(|k| self.w(k) == "since");
        // "postponed the trial until after the summer", "the vote was pushed back to Friday":
        // the new date lies ahead of the postponing.
        // (The cheap test first: most expressions have no "until" or "to" just before them.)
        let moved_to = |from: usize| (from..first).any(|m| matches!(self.w(m), "until" | "till" | "to"));
        let postponed = moved_to(first.saturating_sub(2).max(self.start))
            && (first.saturating_sub(CLAUSE_WINDOW).max(self.start)..first).any(|k| {
                crate::lexicon::contains(POSTPONING, self.w(k)) && moved_to(first.saturating_sub(2).max(k + 1))
            });
        let future = (future || postponed) && !since;
        // A deadline in a clause that is not in the past lies ahead: "have until midnight
        // Friday", "last until the end of March".
        // (A clock time needs no tense otherwise, so its clause's verb is looked for here only:
        // "All were taken ashore by 9.30pm" is no deadline.)
        // (A start just declared lies ahead too: "have declared three days of mourning starting
        // Thursday".)
        let perfect_start = matches!(self.prev(cue_at), "starting" | "beginning")
            && (cue_at.saturating_sub(8).max(self.start)..cue_at).any(|k| matches!(self.w(k), "has" | "have" | "'ve"));
        // So does a start that ends its clause: "Owners can check on the company's website from
        // Friday" (not a baseline: "up 4% from Monday").
        let from_on = self.prev(cue_at) == "from"
            && (end >= self.end || matches!(self.w(end), "." | "," | ";" | "onwards" | "onward"))
            && cue_at >= self.start + 2
            && self.kind(cue_at - 2) == Some(TokenKind::Word)
            && !matches!(
                self.w(cue_at - 2),
                "up" | "down" | "percent" | "cent" | "higher" | "lower" | "back" | "away" | "ago" | "since"
            );
        let deadline = (matches!(self.prev(cue_at), "until" | "till" | "by" | "starting" | "beginning" | "beyond")
            || from_on)
            && !past_verb
            && !since
            && (perfect_start || !matches!(if clock { self.clause_verb(first, end) } else { verb }, Some(Verb::Past)));
        // A clock time a report says was expected is ahead of the report, not on a day named
        // before it: "A vote was expected shortly after midnight, aides said".
        let expected_clock = clock
            && (first.saturating_sub(5).max(self.start + 1)..first)
                .any(|k| self.w(k) == "expected" && matches!(self.prev(k), "was" | "were"))
            && (self.start..self.end).any(|k| saying(self.w(k)));
        // What is booked or run for a day lies ahead of the booking or the cancelling:
        // "had canceled more than 600 flights for Wednesday and Thursday".
        // ("flights in and out of New Orleans for Wednesday": a few words may stand between.)
        let booked_for = self.prev(first) == "for"
            && (first.saturating_sub(8).max(self.start)..first - 1)
                .rev()
                .take_while(|&k| self.verb_at(k).is_none())
                .any(|k| {
                    matches!(
                        self.w(k),
                        "flights"
                            | "trains"
                            | "services"
                            | "sailings"
                            | "departures"
                            | "tickets"
                            | "bookings"
                            | "reservations"
                            | "appointments"
                            // A forecast's chance for a day: "a 70% chance of favourable
                            // conditions for Saturday's window".
                            | "chance"
                            | "odds"
                    )
                });
        // The next of a series is still to come, unless the clause tells it as past: "is on bail
        // until his next appearance on Monday" (not "made his next appearance on Monday").
        let next_of_series = verb != Some(Verb::Past)
            && (first.saturating_sub(4).max(self.start + 1)..first).any(|k| {
                self.w(k) == "next"
                    && matches!(self.prev(k), "his" | "her" | "its" | "their" | "the" | "our" | "my" | "your")
                    && self.kind(k + 1) == Some(TokenKind::Word)
                    && unit_of(self.w(k + 1)).is_none()
                    && (k + 1..first).all(|m| self.kind(m) == Some(TokenKind::Word) && self.verb_at(m).is_none())
            });
        // A weekday in a sentence told in the present of "be", with no past and no saying in
        // it, is ahead: "The forecast is highs of 31C on Tuesday, 34C on Wednesday".
        // (Looked at within 40 tokens each side: a sentence of thousands of days stays linear.)
        let near = first.saturating_sub(40).max(self.start)..(end + 40).min(self.end);
        let present_day = || {
            self.weekday_at(first).is_some()
                && verb == Some(Verb::Present)
                && near.clone().any(|k| matches!(self.w(k), "is" | "are"))
                && !near.clone().any(|k| {
                    saying(self.w(k))
                        || matches!(self.w(k), "has" | "have" | "'s")
                        || self.verb_at(k) == Some(Verb::Past)
                        || ed_form(self.w(k))
                        || listed_past(self.w(k))
                })
                // (Not what came before it: "He is in hospital after a crash on Sunday"; nor a
                // baseline, "Sales are up 4% from Monday".)
                && !(near.start..first).any(|k| {
                    matches!(
                        self.w(k),
                        "after" | "since" | "following" | "during" | "up" | "down" | "higher" | "lower"
                    )
                })
        };
        let future = future
            || deadline
            || expected_clock
            || (booked_for || next_of_series) && !past_verb && !since
            || needs_tense && !past_verb && !since && present_day();
        let past = since || past_verb || !future && !target && verb == Some(Verb::Past);
        // "Last year there were only two by the end of December": a target in a past clause.
        let past_target = target && !future && verb == Some(Verb::Past);
        let past_before = past_target && matches!(self.prev(cue_at), "before" | "by");
        let span_end = match self.prev(cue_at) {
            "through" | "thru" | "until" | "till" => true,
            // A demand's deadline comes after the day the demand was made: "posted a message
            // on Wednesday demanding payment by Sunday".
            "by" => (first.saturating_sub(6).max(self.start)..cue_at).any(|k| {
                matches!(self.w(k), "demanding" | "demanded" | "demands" | "demand" | "ultimatum" | "deadline")
            }),
            // "Wednesday night into Thursday morning".
            "into" => (cue_at.saturating_sub(4).max(self.start)..cue_at - 1).any(|k| self.weekday_at(k).is_some()),
            // "from Monday to Friday", and "Tuesday to Sunday" without "from".
            "to" | "-" | "\u{2013}" => {
                (first.saturating_sub(6).max(self.start)..first).any(|k| self.w(k) == "from")
                    || cue_at >= 2 && self.weekday_at(cue_at - 2).is_some()
            }
            _ => false,
        };
        // A past clause that tells no plan: "smoke was seen in the early hours of Saturday"
        // (not "protesters planned a march on Saturday", "would be ready by Tuesday").
        let plain_past = verb == Some(Verb::Past)
            && !(first.saturating_sub(CLAUSE_WINDOW).max(self.start)..first).any(|k| {
                matches!(
                    self.w(k),
                    "planning"
                        | "plans"
                        | "expected"
                        | "due"
                        | "set"
                        | "going"
                        | "intended"
                        | "hoped"
                        | "aimed"
                        | "was"
                        | "were"
                ) && matches!(self.w(k + 1), "to" | "a" | "an" | "the" | "be" | "for" | "on")
                    || matches!(self.w(k), "planned" | "would" | "ready" | "scheduled")
            });
        let reported_future = future && reported_only && verb != Some(Verb::Future);
        let open_end = matches!(self.prev(cue_at), "through" | "thru" | "until" | "till")
            && !(first.saturating_sub(8).max(self.start)..first).any(|k| self.w(k) == "from");
        let aimed = self.prev(first) == "for"
            || self.prev(first) == "on"
                && first >= self.start + 3
                && self.w(first - 3) == "to"
                && self.kind(first - 2) == Some(TokenKind::Word)
                && !self.capitalized(first - 2);
        let perfect = (first.saturating_sub(CLAUSE_WINDOW).max(self.start)..first)
            .rev()
            .take_while(|&k| !matches!(self.w(k), ";" | ":" | "," | "but" | "and"))
            .any(|k| self.w(k) == "had" && self.w(k + 1) != "been");
        Tense {
            future,
            past_verb,
            past,
            since,
            span_end,
            open_end,
            past_target,
            past_before,
            plain_past,
            reported_future,
            perfect,
            header: header_ahead || heading,
            heading,
            aimed,
        }
    }

    /// The nearest verb form of the clause around `first..end` that tells a tense: up to
    /// [`CLAUSE_WINDOW`] tokens each side, not across a clause boundary, the left one first at
    /// equal distance.
    fn clause_verb(&self, first: usize, end: usize) -> Option<Verb> {
        // ("if", "unless": a condition's tense is not its clause's: "The oil could reach the
        // islands by Tuesday if winds continued".)
        let boundary = |i: usize| {
            matches!(self.w(i), ";" | ":" | "but" | "while" | "whereas" | "although" | "because" | "if" | "unless")
        };
        let mut left = (first.saturating_sub(CLAUSE_WINDOW).max(self.start)..first).rev();
        // A date opening the sentence before a comma has its verb after the subject, which may
        // be long: "But on Thursday afternoon, a batch job run by a large customer every hour on
        // the hour pushed …".
        let opening = first <= self.start + 2 && self.w(end) == ",";
        let mut right = end..(end + if opening { 2 * CLAUSE_WINDOW } else { CLAUSE_WINDOW }).min(self.end);
        let in_relative = (first.saturating_sub(CLAUSE_WINDOW).max(self.start)..first)
            .rev()
            .take_while(|&k| self.w(k) != ",")
            .any(|k| matches!(self.w(k), "which" | "who"));
        let (mut left_open, mut right_open, mut left_blocked) = (true, true, false);
        while left_open || right_open {
            if left_open {
                match left.next() {
                    Some(i) if boundary(i) => (left_open, left_blocked) = (false, true),
                    // A tag set in the sentence between commas is the report's, and the clause
                    // goes on past it: "Further strikes could be called after Easter, she added,
                    // possibly in the week of 20 April".
                    Some(i)
                        if saying(self.w(i)) && self.w(i + 1) == "," && i >= self.start + 2 && {
                            let subject = i - 1;
                            (self.capitalized(subject) || matches!(self.w(subject), "he" | "she" | "they" | "we"))
                                && self.prev(subject) == ","
                        } => {}
                    // A verb of saying is the report's, not the reported clause's: "He said fleets
                    // know where they stand in January" (a present the verb test cannot see).
                    // Only past a word that opens a clause: "told a news conference on Tuesday
                    // that …" dates the telling.
                    Some(i)
                        if saying(self.w(i))
                            && (i + 1..first).any(|k| {
                                matches!(
                                    self.w(k),
                                    "that"
                                        | "it"
                                        | "he"
                                        | "she"
                                        | "they"
                                        | "we"
                                        | "i"
                                        | "you"
                                        | "where"
                                        | "when"
                                        | "what"
                                        | "how"
                                )
                            }) =>
                    {
                        left_open = false
                    }
                    // A participle before "by" that the date follows is its verb: "under
                    // plans announced by the Education Secretary on Tuesday". Not when "by"
                    // opens the date: "must be approved by Friday" is a deadline, its tense the
                    // modal's.
                    Some(i) if ed_form(self.w(i)) && self.w(i + 1) == "by" && i + 2 < first && !self.capitalized(i) => {
                        return Some(Verb::Past)
                    }
                    Some(i) => {
                        if let Some(v) = self.verb_at(i) {
                            return Some(v);
                        }
                    }
                    None => left_open = false,
                }
            }
            if right_open {
                match right.next() {
                    // "returned to the site on Sunday and will remain there": the verb after
                    // "and" is another clause's.
                    // Nor a verb after "that": "told a radio station on Tuesday that he would
                    // stay" (the date is the telling's).
                    // Nor after ", and" and a pronoun, a new clause with its own subject: "We got
                    // the report on Friday evening, and we are supposed to digest it by Tuesday".
                    Some(i)
                        if boundary(i)
                            // The comma that ends a relative clause holding the date ends its
                            // clause: "The seat, which fell vacant after the MP's death in
                            // August, will be filled" (not "will").
                            || in_relative && self.w(i) == ","
                            || self.w(i) == "and" && self.verb_at(i + 1).is_some()
                            // Nor after ", and" at all: "The plans were announced on Tuesday,
                            // and schools must comply" (the date is the announcing's).
                            || self.w(i) == "and" && self.prev(i) == ","
                            // A quotation mark ends a clause in the present: "\"If this
                            // weekend goes well,\" he said" (the quotation's "goes", not
                            // "said"; the verb test cannot see a present).
                            || matches!(self.w(i), "\"" | "\u{201C}" | "\u{201D}" | "``" | "''")
                                && ((end..i).any(|k| matches!(self.w(k), "is" | "are" | "am" | "goes" | "does" | "has" | "have"))
                                    // (Or when the date stands inside the quotation: "\"We expect
                                    // calmer conditions by the weekend,\" she said" is the
                                    // speaker's, not the saying's.)
                                    || (self.start..first).any(|k| matches!(self.w(k), "\"" | "\u{201C}" | "``")))
                            || self.w(i) == "that"
                            // A reporting tag after a comma is the report's: "We must read it by
                            // Tuesday, she said" (the quotation's own verb is "must"); not when
                            // no verb comes before the date: "By Monday afternoon, officials said
                            // 197 people had been rescued" dates the saying.
                            || saying(self.w(i))
                                && (end..i).any(|k| self.w(k) == ",")
                                && ((first.saturating_sub(CLAUSE_WINDOW).max(self.start)..first)
                                    .any(|k| self.verb_at(k).is_some())
                                    // (Or a tag that ends the sentence, the clause's verb
                                    // farther back: "Ontario will begin offering a new (RSV)
                                    // vaccine to adults from January 12, the ministry said.")
                                    || i + 1 >= self.end
                                    || matches!(self.w(i + 1), "." | "," | ";" | "on" | "in" | "late" | "early")) =>
                    {
                        right_open = false
                    }
                    Some(i) => {
                        if let Some(v) = self.verb_at(i) {
                            return Some(v);
                        }
                    }
                    None => right_open = false,
                }
            }
        }
        // No verb near: a long verbless stretch still belongs to the verb before it ("will
        // include free entry on Saturday, and a talk by the historian Alasdair Reid on Sunday
        // afternoon").
        if left_blocked {
            return None;
        }
        let far = first.saturating_sub(2 * CLAUSE_WINDOW).max(self.start)..first.saturating_sub(CLAUSE_WINDOW);
        far.rev().take_while(|&i| !boundary(i) && self.w(i) != ".").find_map(|i| self.verb_at(i))
    }

    /// Whether a verb of saying stands in the 12 tokens before `i`: what follows is reported
    /// speech ("She said a mission would deploy …", "said it expected to run …").
    fn saying_before(&self, i: usize) -> bool {
        (i.saturating_sub(12).max(self.start)..i).any(|k| saying(self.w(k)))
    }

    /// Whether a "that" clause of a past verb holds `i`: "were warned that …", "estimated
    /// that …" (within 12 tokens).
    fn past_that_before(&self, i: usize) -> bool {
        (i.saturating_sub(12).max(self.start + 1)..i).any(|k| {
            self.w(k) == "that" && (ed_form(self.prev(k)) || listed_past(self.prev(k))) && !self.capitalized(k - 1)
        })
    }

    /// Whether a reporting tag follows `i` in its sentence: a comma within 16 tokens, then a
    /// verb of saying within four ("…, a spokesman said").
    fn tag_after(&self, i: usize) -> bool {
        (i + 1..(i + 16).min(self.end))
            .filter(|&k| self.w(k) == ",")
            .any(|k| (k + 1..(k + 5).min(self.end)).any(|m| saying(self.w(m))))
    }

    /// Whether the comma at `comma` closes an aside that a comma opened after the sentence's
    /// subject: a second comma within 12 tokens, with no verb of the clause before the first.
    fn closes_aside(&self, comma: usize) -> bool {
        let from = comma.saturating_sub(12).max(self.start);
        let Some(open) = (from..comma).rev().find(|&k| self.w(k) == ",") else { return false };
        // The subject before the aside: a few words opening the sentence, none a verb.
        open > self.start
            && open - self.start <= 5
            && (self.start..open)
                .all(|k| self.kind(k) == Some(TokenKind::Word) && !ed_form(self.w(k)) && !listed_past(self.w(k)))
            && !matches!(self.w(self.start), "after" | "before" | "when" | "in" | "on" | "at" | "as" | "since" | "if")
    }

    /// Whether the expression at `first` stands in an "if" or "unless" clause, without a
    /// perfect ("if they had known"), after a "would" or "will" in its sentence.
    fn condition_of_a_future(&self, first: usize) -> bool {
        let Some(c) = (first.saturating_sub(CLAUSE_WINDOW).max(self.start)..first)
            .rev()
            .take_while(|&k| !matches!(self.w(k), ";" | ":" | "."))
            .find(|&k| matches!(self.w(k), "if" | "unless"))
        else {
            return false;
        };
        !(c..first).any(|k| matches!(self.w(k), "had" | "was" | "were"))
            && (c.saturating_sub(CLAUSE_WINDOW).max(self.start)..c)
                .any(|k| matches!(self.w(k), "would" | "will" | "'ll" | "\u{2019}ll"))
    }

    /// What token `i` says about tense, if it is a verb form that tells one.
    fn verb_at(&self, i: usize) -> Option<Verb> {
        let w = self.w(i);
        if self.kind(i) != Some(TokenKind::Word) {
            return None;
        }
        match w {
            // "May" capitalized is the month ("from May to July"), not the modal.
            "may" if self.capitalized(i) => return None,
            // "adults aged 75 and over": an adjective of age, no past.
            "aged" => return None,
            "will" | "won't" | "shall" | "may" | "might" | "should" | "must" => return Some(Verb::Future),
            // "so that they can come into force on 1 September": a plain verb after "can" is
            // ahead (not "can be", "can have", "can not").
            // ("Tickets can be used on Tuesday instead": a passive after "can" is ahead too.)
            "can"
                if self.kind(i + 1) == Some(TokenKind::Word)
                    && !self.capitalized(i + 1)
                    && !matches!(self.w(i + 1), "have" | "not" | "n't" | "also" | "only" | "still" | "now")
                    && !self.w(i + 1).ends_with("ed")
                    && !self.w(i + 1).ends_with("ing") =>
            {
                return Some(Verb::Future)
            }
            // "Up to 30cm could fall on Friday": a possibility ahead; "could be located
            // Wednesday", "could have emerged" tell the past.
            "could" if !matches!(self.w(i + 1), "have" | "not" | "be" | "never" | "only" | "n't") => {
                return Some(Verb::Future)
            }
            // "We could be looking at early elections in the autumn".
            "could" if self.w(i + 1) == "be" && self.w(i + 2).len() > 4 && self.w(i + 2).ends_with("ing") => {
                return Some(Verb::Future)
            }
            // "tickets could be used on Tuesday instead", "the January action could be
            // extended": a passive possibility ahead, unless it places what happened ("the car
            // could be traced to Wednesday", "could be seen on Monday").
            "could"
                if self.w(i + 1) == "be"
                    && participle(self.w(i + 2))
                    && !matches!(
                        self.w(i + 2),
                        "located"
                            | "traced"
                            | "seen"
                            | "spotted"
                            | "identified"
                            | "placed"
                            | "dated"
                            | "heard"
                            | "linked"
                            | "tied"
                            | "pinpointed"
                            | "confirmed"
                            | "established"
                    ) =>
            {
                return Some(Verb::Future)
            }
            // "She said the fund would push for new directors before the meeting in May": the
            // future of reported speech, however far from the date.
            // So is "She would decide over the weekend, a spokesman said".
            // (Or a second "would" of the report: "The board said invitations would be posted
            // in March, and people would be able to book online from 1 April".)
            // (Or of a past verb and "that": "Drivers were warned that motorways would be
            // busiest on Monday evening", "The RAC estimated that trips would be made …".)
            "would"
                if !matches!(self.w(i + 1), "have" | "not" | "never" | "n't")
                    && (self.saying_before(i)
                        || self.tag_after(i)
                        || self.past_that_before(i)
                        || (i.saturating_sub(30).max(self.start)..i).any(|k| saying(self.w(k)))
                            && (i.saturating_sub(30).max(self.start)..i)
                                .any(|k| self.w(k) == "would" && self.saying_before(k))) =>
            {
                return Some(Verb::Future)
            }
            // A plan in the present progressive of coming and going: "we are driving to
            // Montana for the summer", "the team is flying out on Friday".
            "is" | "are" | "am" | "'re" | "'m"
                if matches!(
                    self.w(i + 1),
                    "going"
                        | "driving"
                        | "flying"
                        | "heading"
                        | "travelling"
                        | "traveling"
                        | "moving"
                        | "leaving"
                        | "returning"
                        | "coming"
                        | "sailing"
                ) =>
            {
                return Some(Verb::Future)
            }
            // A plan set beside the clause: "announced a buyback, to be carried out between
            // Nov. 10 and March 31".
            "be" if self.prev(i) == "to"
                && i >= self.start + 2
                && self.prev(i - 1) == ","
                && participle(self.w(i + 1)) =>
            {
                return Some(Verb::Future)
            }
            "is" | "are" | "am" | "says" | "say" | "has" | "have" | "would" | "could" | "can" => {
                // "is to resume Tuesday", "are expected to", "is set to": future.
                // (An adverb may stand between: "is widely expected to".)
                let adverb = usize::from(self.w(i + 1).len() > 4 && self.w(i + 1).ends_with("ly"));
                let next = self.w(i + 1 + adverb);
                let next2 = self.w(i + 2 + adverb);
                return if next == "to"
                    || next2 == "to"
                        && matches!(next, "due" | "expected" | "scheduled" | "set" | "slated" | "likely" | "going")
                {
                    Some(Verb::Future)
                } else {
                    Some(Verb::Present)
                };
            }
            "was" | "were" | "had" | "did" => return Some(Verb::Past),
            _ => {}
        }
        if w.ends_with("'ll") || w.ends_with("\u{2019}ll") {
            return Some(Verb::Future);
        }
        // "the league plans to hold a news conference": a plan in the present looks ahead.
        if matches!(w, "plans" | "intends" | "aims" | "hopes" | "expects" | "wants" | "seeks") && self.w(i + 1) == "to"
        {
            return Some(Verb::Future);
        }
        // (And its plain form after a subject: "Classmates plan to march … on Sunday evening";
        // not the noun, "the plan to march".)
        // (Not "want to", "hope to": "Police want to hear from anyone there between 2 a.m. and 4
        // a.m. on Sunday" asks of a night gone by.)
        if matches!(w, "plan" | "intend" | "aim" | "expect")
            && self.w(i + 1) == "to"
            && !matches!(
                self.prev(i),
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "your" | "this" | "that" | "no"
            )
        {
            return Some(Verb::Future);
        }
        // "said it expected to run a third of its flights on Tuesday": a plan reported in the
        // past looks ahead of the saying.
        if matches!(w, "expected" | "planned" | "hoped" | "intended" | "aimed")
            && self.w(i + 1) == "to"
            && self.prev(i) != "had"
            && self.saying_before(i)
        {
            return Some(Verb::Future);
        }
        // "-ed" forms: a past tense, unless a form of "be" or "have" before it makes it a
        // participle of another tense ("is expected", "has risen").
        if ed_form(w) && !self.capitalized(i) {
            // After "be" it is a participle of another tense ("is expected"); after a
            // determiner an adjective ("the preferred shares").
            // Before "by" it is a passive participle ("economists polled by the paper
            // expect …"), which says nothing of the clause's tense.
            if self.w(i + 1) == "by" {
                return None;
            }
            return match self.prev(i) {
                // After the comma that closes an aside it is the main verb: "An earlier truce,
                // brokered by Turkey last October, collapsed within a week".
                "," if self.closes_aside(i - 1) => Some(Verb::Past),
                "is" | "are" | "be" | "being" | "will" | "to" | "the" | "a" | "an" | "its" | "their" | "his"
                | "her" | "our" | "this" | "these" | "those" | "of" | "and" | "or" | "," => None,
                // "as planned", "as expected": a comparison, no verb of the clause ("will keep
                // the singles finals on Sunday, as planned").
                "as" => None,
                "newly" | "my" | "your" => None,
                // "is widely expected", "was roundly criticised": a participle after an adverb
                // after "be".
                p if p.len() > 4
                    && p.ends_with("ly")
                    && i >= 2
                    && matches!(self.w(i - 2), "is" | "are" | "be" | "been" | "being" | "was" | "were") =>
                {
                    None
                }
                // "the first backdated payment", "a newly merged company", "with a provincially
                // appointed mediator" (not "first noticed").
                p if (matches!(p, "first" | "second" | "third" | "last" | "latest" | "new")
                    || p.len() > 4 && p.ends_with("ly"))
                    && i >= 2
                    && matches!(
                        self.w(i - 2),
                        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this"
                    ) =>
                {
                    None
                }
                _ => Some(Verb::Past),
            };
        }
        // "The SNB cut its policy rate to zero in June": a past after a name or a pronoun (the
        // present would be "cuts"; "a rate cut in June" is a noun, "will cut" another tense).
        if w == "cut" {
            let p = i.checked_sub(1).filter(|&p| p >= self.start);
            let subject = p.is_some_and(|p| {
                // (Not a month's: "a September cut" is the noun.)
                self.capitalized(p)
                    && self.kind(p) == Some(TokenKind::Word)
                    && p > self.start
                    && !is_modal(self.w(p))
                    && self.month_at(p).is_none()
                    || matches!(self.w(p), "he" | "she" | "it" | "they" | "we" | "also" | "then")
            });
            return subject.then_some(Verb::Past);
        }
        // After a present form of "be" an irregular past is a participle too ("exams are held in
        // December"); after "to" it is an infinitive ("cleared the way for the owner to shut the
        // site by the end of June").
        // ("a late set from the duo", "the opening set": the noun.)
        let set_noun = w == "set"
            && matches!(
                self.prev(i),
                "a" | "an"
                    | "the"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "late"
                    | "early"
                    | "short"
                    | "final"
                    | "opening"
                    | "closing"
                    | "first"
                    | "second"
                    | "full"
                    | "new"
                    | "acoustic"
                    | "headline"
                    | "dj"
                    | "live"
            );
        // (A capital inside the sentence makes a name: "the Met Office's forecast".)
        // (Asked last: this runs for most words a scan looks at, and few are listed pasts.)
        let name = || self.capitalized(i) && !self.sentence_initial(i);
        // (After a modal it is the plain form: "will cost $1,299", "could hit the coast".)
        let after_modal = || {
            matches!(
                self.prev(i),
                "will"
                    | "would"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "must"
                    | "should"
                    | "shall"
                    | "did"
                    | "does"
                    | "do"
            )
        };
        (listed_past(w)
            && !set_noun
            && !name()
            && !after_modal()
            && !matches!(self.prev(i), "is" | "are" | "be" | "being" | "to"))
        .then_some(Verb::Past)
    }

    /// Scans the sentence, appending what it finds to `out`.
    fn collect(&self, sentence: usize, out: &mut Vec<Raw>) {
        let first_of_sentence = out.len();
        let mut i = self.start;
        while i < self.end {
            if !self.may_start(i) {
                i += 1;
                continue;
            }
            // A connector right after the previous expression continues a range: "from May to
            // July", "between 2010 and 2012".
            let range = out.len() > first_of_sentence
                && out.last().is_some_and(|r| r.end + 1 == i)
                && matches!(self.prev(i), "to" | "and" | "or" | "through" | "until" | "-" | "\u{2013}");
            // A range needs an opener for "to"/"and" ("from May to July", "between 2010 and
            // 2012"); "through" and a dash are ranges by themselves.
            let opened = range
                && out.last().is_some_and(|r| {
                    // (Past a hedge: "between about 3am and 10am on Saturday".)
                    let opener = match self.prev(r.first) {
                        "about" | "around" | "approximately" | "roughly" => self.prev(r.first - 1),
                        opener => opener,
                    };
                    match self.prev(i) {
                        // Two clock times need none: "run 9.30am to 12.30pm".
                        // Not a move from one date to another: "moved the hearing from Feb. 3
                        // to March 17", "postponed the vote from May to June".
                        "to" | "until" => {
                            // (Stopping verbs tell a span: "closed the road from 11 p.m. Friday
                            // to 4 a.m.", "banned from May to July".)
                            let moved = opener == "from"
                                && (r.first.saturating_sub(8).max(self.start)..r.first).any(|k| {
                                    crate::lexicon::contains(POSTPONING, self.w(k))
                                        && !matches!(
                                            self.w(k),
                                            "banned" | "closed" | "grounded" | "halted" | "paused" | "shut" | "suspended"
                                        )
                                        || matches!(
                                            self.w(k),
                                            "move" | "moves" | "moving" | "push" | "pushes" | "pushing" | "brought"
                                                | "bring" | "brings" | "shift" | "shifts" | "delay" | "delays"
                                                | "switched" | "changed"
                                        )
                                });
                            !moved && matches!(opener, "from" | "between")
                                || !moved && matches!(r.sem, Sem::Clock { .. }) && self.kind(i) == Some(TokenKind::Number)
                                // "for 3 to 10 December" (see `day_before_range`).
                                || matches!(opener, "for" | "on") && r.end == r.first + 1 && self.day_at(r.first).is_some()
                        }
                        "and" => opener == "between",
                        "or" => false,
                        _ => true,
                    }
                });
            // "April 24 and 25": a bare day right after a date takes its month and year.
            let last = out.last().filter(|r| out.len() > first_of_sentence && r.end + 1 == i);
            // It shares the first date's tense too, so both end in the same year.
            if let Some((tense, (end, sem))) = last.and_then(|r| Some((r.tense, self.day_after_date(i, &r.sem)?))) {
                out.push(Raw { first: i, end, sentence, tense, range: opened, age: false, sem });
                i = end;
                continue;
            }
            // "every Tuesday and Friday": the second weekday is a set too.
            let weekly = last.is_some_and(|r| {
                matches!(self.w(r.first), "every" | "each")
                    && matches!(&r.sem, Sem::Fixed { kind: TimexType::Set, value } if value.starts_with("XXXX-WXX-"))
            });
            if let Some(day) = self.weekday_at(i).filter(|_| weekly && matches!(self.prev(i), "and" | "or")) {
                let sem = Sem::fixed(TimexType::Set, format!("XXXX-WXX-{}", day.to_monday_one_offset()));
                out.push(Raw {
                    first: i,
                    end: i + 1,
                    sentence,
                    tense: Tense::default(),
                    range: false,
                    age: false,
                    sem,
                });
                i += 1;
                continue;
            }
            let in_list = last.is_some_and(|r| r.end == r.first + 1 && self.day_at(r.first).is_some());
            if let Some((end, sem)) = self.day_in_list(i, in_list) {
                let tense = self.tense(i, end, true, false);
                out.push(Raw { first: i, end, sentence, tense, range: false, age: false, sem });
                i = end;
                continue;
            }
            if let Some((end, sem)) = self.day_before_range(i) {
                let tense = self.tense(i, end, true, false);
                out.push(Raw { first: i, end, sentence, tense, range: false, age: false, sem });
                i = end;
                continue;
            }
            // The next item of a list: "in November, December and February", "in 1786, 1823,
            // 1860 and 1897" (a month or a year after one, with no cue of its own).
            let listed = last.is_some_and(|r| {
                matches!(self.prev(i), "," | "and" | "or")
                    && match r.sem {
                        Sem::Month { day: None, .. } => self.month_at(i).is_some_and(|(_, j)| j == i + 1),
                        Sem::Cal { year: Some(_), month: None, day: None, .. } => self.year_at(i).is_some(),
                        _ => false,
                    }
            });
            match self.modified(i).or_else(|| self.core(i, range || listed)) {
                Some((end, sem))
                    if self.title(i, end)
                        && !matches!(sem, Sem::Holiday { .. })
                        && !matches!(&sem, Sem::WeekendOf(day) if matches!(**day, Sem::Holiday { .. })) =>
                {
                    i = end
                }
                Some((end, _)) if self.idiom(i, end) => i = end,
                Some((end, sem)) => {
                    // (The day in "the week before Christmas" takes the tense of its own place,
                    // after "before".)
                    let at = if matches!(sem, Sem::WeekBeside { .. }) { i + 3 } else { i };
                    let tense = self.tense(at, end, sem.needs_tense(), matches!(sem, Sem::Clock { .. }));
                    let age = self.w(end - 1).ends_with("-old") && end - 1 == i;
                    out.push(Raw { first: i, end, sentence, tense, range: opened, age, sem });
                    i = end;
                }
                None => i += 1,
            }
        }
    }

    /// Words that read as a time but are none: "until the last minute" (at the latest
    /// moment), "revived the midnight walk" (an event's name; not "the midnight deadline").
    fn idiom(&self, i: usize, end: usize) -> bool {
        let span = (self.w(i), self.w(i + 1), self.w(i + 2));
        let last_minute =
            span == ("the", "last", "minute") && end == i + 3 && matches!(self.prev(i), "until" | "till" | "to");
        let midnight_noun = self.w(i) == "midnight"
            && end == i + 1
            && matches!(self.prev(i), "the" | "a")
            && self.kind(i + 1) == Some(TokenKind::Word)
            && !self.capitalized(i + 1)
            && !matches!(
                self.w(i + 1),
                "deadline"
                    | "hour"
                    | "curfew"
                    | "cut-off"
                    | "cutoff"
                    | "start"
                    | "on"
                    | "in"
                    | "at"
                    | "and"
                    | "or"
                    | "tonight"
                    | "today"
                    | "tomorrow"
                    | "local"
                    | "gmt"
                    | "bst"
                    | "utc"
            )
            && self.verb_at(i + 1).is_none();
        // "falls on the same day of the week as the disaster did".
        let same_weekday = (self.w(i), self.w(i + 1), self.w(i + 2)) == ("the", "same", "day")
            && (self.w(end), self.w(end + 1), self.w(end + 2)) == ("of", "the", "week");
        last_minute || midnight_noun || same_weekday
    }

    /// A date after a modifier that TimeML keeps in the span without changing the value:
    /// "the end of 2025", "the early 1990s", "earlier Sunday", and approximate amounts
    /// ("nearly two years", "more than a week ago", "around 7 p.m.").
    ///
    /// Whether any rule could match at `i`: a number, a hyphenated word, or one of the words a
    /// rule starts with. Most tokens are none of these; skipping them without trying ~25
    /// rules doubles the time step's throughput.
    fn may_start(&self, i: usize) -> bool {
        if self.kind(i) == Some(TokenKind::Number) {
            return true;
        }
        let w = self.w(i);
        w.as_bytes().contains(&b'-')
            || all_starters().contains(w)
            || w == "as" && self.w(i + 1) == "soon"
            || fiscal_year_token(w).is_some()
            // ("the fourteenth and fifteenth centuries": the second, spelled, has no "the".)
            || self.w(i + 1) == "centuries" && ordinal_number(w).is_some()
    }

    /// The bare second day of a pair or range after a full date: "April 24 and 25", "May 3 to
    /// 5", "Oct. 9-11". It takes the first date's month and year; it must come later in the
    /// month, and no noun may follow it ("on May 3 and 25 people were hurt").
    fn day_after_date(&self, i: usize, first: &Sem) -> Option<(usize, Sem)> {
        if !matches!(self.prev(i), "and" | "or" | "to" | "through" | "-" | "\u{2013}") {
            return None;
        }
        let day = self.day_at(i)?;
        let next_ok = self.kind(i + 1) != Some(TokenKind::Word)
            || matches!(self.w(i + 1), "in" | "at" | "on" | "for" | "and" | "when" | "that" | "as");
        if !next_ok {
            return None;
        }
        match *first {
            Sem::Cal { year, month: Some(month), day: Some(d), clock: None }
                if day > d && valid_day(year, month, day) =>
            {
                Some((i + 1, Sem::Cal { year, month: Some(month), day: Some(day), clock: None }))
            }
            Sem::Month { month, day: Some(d), dir } if day > d && valid_day(None, month, day) => {
                Some((i + 1, Sem::Month { month, day: Some(day), dir }))
            }
            _ => None,
        }
    }

    /// A bare day in a list of days whose month comes after the last: "on 3, 5 and 9 December",
    /// "for the 2nd, 9th and 16th of May". The day takes the last item's month and year. The
    /// list opens after "on" or "for", or goes on from the bare day before it (`in_list`).
    fn day_in_list(&self, i: usize, in_list: bool) -> Option<(usize, Sem)> {
        let day = self.day_at(i)?;
        let opens = matches!(self.prev(i), "on" | "for");
        let goes_on = in_list && matches!(self.prev(i), "," | "and" | "or");
        if !opens && !goes_on {
            return None;
        }
        // The items after it: ", 5", ", 12" … then ", and" or "and" and the dated last one.
        // (A dozen items at most: the scan stays short.)
        let mut j = i + 1;
        while self.w(j) == "," && self.day_at(j + 1).is_some() && j < i + 24 {
            j += 2;
        }
        j += usize::from(self.w(j) == "," && matches!(self.w(j + 1), "and" | "or"));
        if !matches!(self.w(j), "and" | "or") {
            return None;
        }
        match self.day_first(j + 1)? {
            (_, Sem::Cal { year, month: Some(month), day: Some(last), clock: None })
                if last != day && valid_day(year, month, day) =>
            {
                Some((i + 1, Sem::Cal { year, month: Some(month), day: Some(day), clock: None }))
            }
            (_, Sem::Month { month, day: Some(last), dir }) if last != day && valid_day(None, month, day) => {
                Some((i + 1, Sem::Month { month, day: Some(day), dir }))
            }
            _ => None,
        }
    }

    /// The bare first day of a range whose month comes after the second: "from 9 to 16
    /// September 2016", "between 3 and 5 May". The day takes the second end's month and year.
    fn day_before_range(&self, i: usize) -> Option<(usize, Sem)> {
        let day = self.day_at(i)?;
        // ("for 3 to 10 December" too; "on 3 and 5 May" is a list, see `day_in_list`.)
        let ranged = match self.w(i + 1) {
            "to" | "-" | "\u{2013}" => matches!(self.prev(i), "from" | "between" | "for" | "on"),
            "and" => self.prev(i) == "between",
            _ => false,
        };
        if !ranged {
            return None;
        }
        match self.day_first(i + 2)? {
            (_, Sem::Cal { year, month: Some(month), day: Some(_), .. }) if valid_day(year, month, day) => {
                Some((i + 1, Sem::Cal { year, month: Some(month), day: Some(day), clock: None }))
            }
            // "from 9 to 16 August next year".
            (_, Sem::Month { month, day: Some(_), dir }) if valid_day(None, month, day) => {
                Some((i + 1, Sem::Month { month, day: Some(day), dir }))
            }
            _ => None,
        }
    }

    /// Which qualifiers belong to the extent follows TimeBank+AQUAINT, where "early",
    /// "late", "earlier", "nearly", "more than", "at least" are mostly inside the TIMEX3 and
    /// "about", "over", "almost", "within" mostly outside.
    fn modified(&self, i: usize) -> Option<(usize, Sem)> {
        if let Some(found) = self.approximate(i) {
            return Some(found);
        }
        // "the week of March 6": the ISO week holding that day.
        if let ("the", "week", "of") = (self.w(i), self.w(i + 1), self.w(i + 2)) {
            if let Some((end, Sem::Cal { year, month: Some(month), day: Some(day), clock: None })) =
                self.month_first(i + 3, true).or_else(|| self.day_first(i + 3))
            {
                return Some((end, Sem::WeekOf { year, month, day, weekend: false }));
            }
        }
        // "the third Sunday of October", "the last Friday in May 2027": that day.
        if let ("the", nth, "of" | "in") = (self.w(i), self.w(i + 1), self.w(i + 3)) {
            let n = match nth {
                "first" => 1,
                "second" => 2,
                "third" => 3,
                "fourth" => 4,
                "last" | "final" => -1,
                _ => 0,
            };
            if let (true, Some(day), Some((month, j))) = (n != 0, self.weekday_at(i + 2), self.month_at(i + 4)) {
                // "… every year": once a year.
                if let ("every" | "each", "year") = (self.w(j), self.w(j + 1)) {
                    return Some((j + 2, Sem::fixed(TimexType::Set, "P1Y")));
                }
                let year = self.year_at(j);
                return Some((j + usize::from(year.is_some()), Sem::NthWeekday { n, day, month, year }));
            }
        }
        // "the second week of December", "the last week of March 2016": the ISO week holding
        // the middle day of those seven (the 11th, the month's last day minus 3), so that a
        // week straddling two months goes to the month holding most of it.
        if let ("the", nth, "week", "of") = (self.w(i), self.w(i + 1), self.w(i + 2), self.w(i + 3)) {
            let day = match nth {
                "first" => 4,
                "second" => 11,
                "third" => 18,
                "fourth" => 25,
                "last" | "final" => -3,
                _ => 0,
            };
            if day != 0 {
                if let Some((month, mut end)) = self.month_at(i + 4) {
                    let year = self.year_at(end);
                    if year.is_some() {
                        end += 1;
                    }
                    return Some((end, Sem::WeekOf { year, month, day, weekend: false }));
                }
            }
        }
        // "the first half of 2016" is 2016-H1; a half of anything else keeps that thing's value
        // ("the last half of the '80s").
        if let ("the", "first" | "second" | "last" | "latter", "half", "of") =
            (self.w(i), self.w(i + 1), self.w(i + 2), self.w(i + 3))
        {
            // "the second half of fiscal 2026": the fiscal year's half.
            let at = if self.w(i + 4) == "fiscal" && self.year_at(i + 5).is_some() { i + 5 } else { i + 4 };
            let (end, sem) = self.core(at, true)?;
            let half = if self.w(i + 1) == "first" { 1 } else { 2 };
            return match sem {
                Sem::Cal { year: Some(y), month: None, .. } => {
                    Some((end, Sem::fixed(TimexType::Date, format!("{y:04}-H{half}"))))
                }
                // "the first half of next year": a half of a year worked out from the reference.
                Sem::Relative { unit: Unit::Year, .. } => Some((end, Sem::Half { half, of: Box::new(sem) })),
                // ("the second half of June" is June: TimeML has no halves of months.)
                Sem::Cal { .. } | Sem::Decade(_) | Sem::Relative { .. } | Sem::Month { day: None, .. } => {
                    Some((end, sem))
                }
                _ => None,
            };
        }
        let j = match self.w(i) {
            // ("the rest of the week" is the week it is in, as "the week" is.)
            "the"
                if matches!(
                    self.w(i + 1),
                    "end" | "beginning" | "start" | "middle" | "turn" | "close" | "rest" | "remainder"
                ) && self.w(i + 2) == "of" =>
            {
                i + 3
            }
            "the" if matches!(self.w(i + 1), "early" | "late" | "mid") => i + 2,
            "early" | "late" | "mid" => i + 1,
            "earlier" | "later" if matches!(self.w(i + 1), "this" | "last" | "next") => i + 1,
            "fiscal" if self.year_at(i + 1).is_some() => i + 1,
            "earlier" | "later"
                if self.weekday_at(i + 1).is_some()
                    || matches!(self.w(i + 1), "that" | "today" | "yesterday" | "tonight") =>
            {
                i + 1
            }
            _ => return None,
        };
        // "the end of the year" means this year, unless the clause is past: then the end that
        // has come, last year's.
        // "for the rest of the day", "by the end of the day": the day of the report (not the
        // last day named, which may be one still to come: "until Wednesday evening. … advised
        // passengers not to travel for the rest of the day").
        if (self.w(j), self.w(j + 1)) == ("the", "day") && j == i + 3 && self.w(j + 2) != "'s" {
            return Some((j + 2, Sem::Day { offset: 0, part: None }));
        }
        if self.w(j) == "the" {
            // ("by the end of the calendar year".)
            let u = j + 1 + usize::from(self.w(j + 1) == "calendar" && self.w(j + 2) == "year");
            if let Some(unit) = calendar_unit(self.w(u)) {
                if matches!(self.w(i + 1), "end" | "close") && j == i + 3 {
                    return Some((u + 1, Sem::EndOf { unit }));
                }
                return Some((u + 1, Sem::Relative { unit, offset: 0 }));
            }
        }
        let (end, sem) = self.core(j, true)?;
        match sem {
            Sem::Anchored { .. } if self.w(j) == "that" => Some((end, sem)),
            Sem::Fixed { .. } | Sem::Clock { .. } | Sem::Anchored { .. } | Sem::Counted { .. } | Sem::Shift { .. } => {
                None
            }
            _ => Some((end, sem)),
        }
    }

    /// "nearly two years", "more than a week ago", "at least 30 days", "around Nov. 1",
    /// "about 7:15 p.m.": the approximation is part of the extent, the value is the amount's.
    fn approximate(&self, i: usize) -> Option<(usize, Sem)> {
        let j = match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("more" | "less" | "fewer", "than", _) => i + 2,
            ("at", "least" | "most", _) => i + 2,
            ("up", "to", _) => i + 2,
            ("no", "more" | "less", "than") => i + 3,
            ("nearly" | "around" | "approximately" | "roughly", _, _) => i + 1,
            _ => return None,
        };
        // Only before a number ("nearly two years"), except that "around" also qualifies a date
        // or a clock time.
        let counted = self.amount_at(j).is_some_and(|(_, _, _)| self.w(j) != "some" && self.w(j) != "many");
        let (end, sem) = self.core(j, true)?;
        let ok = match &sem {
            Sem::Fixed { kind: TimexType::Duration, .. } | Sem::Shift { .. } => counted,
            Sem::Fixed { value, .. } => counted && (value == "PAST_REF" || value == "FUTURE_REF"),
            // "around year end" qualifies a date, "nearly a year ago" an amount.
            Sem::Relative { .. } if !counted => matches!(self.w(i), "around" | "approximately" | "roughly"),
            Sem::Relative { .. } | Sem::Anchored { .. } | Sem::Counted { .. } => counted,
            Sem::Cal { .. } | Sem::Clock { .. } | Sem::ClockOn { .. } => {
                matches!(self.w(i), "around" | "approximately" | "roughly")
            }
            _ => false,
        };
        ok.then_some((end, sem))
    }

    /// The rules, most specific first. `cued` says a date cue precedes (a preposition, a
    /// modifier, or a range connector).
    /// Whether the words `i..end` stand inside a title's name: after "the" or a capitalized word
    /// and before another ("The Weekend Quiz", "Harbour Lights Christmas Special", "the Boxing
    /// Day Test"), in a sentence not set in title case.
    fn inside_name(&self, i: usize, end: usize) -> bool {
        let before = self.w(i) == "the"
            || i > self.start
                && self.kind(i - 1) == Some(TokenKind::Word)
                && (matches!(self.w(i - 1), "the") || self.capitalized(i - 1) && i - 1 > self.start);
        let after = end < self.end
            && self.kind(end) == Some(TokenKind::Word)
            && self.capitalized(end)
            && self.weekday_at(end).is_none()
            && self.month_at(end).is_none()
            && !TIME_ZONES.contains(&self.w(end));
        // (The time word itself capitalized: "The Weekend Quiz", not "the weekend Police said".)
        before
            && after
            && self.capitalized(end - 1)
            // (Looked for in the words around, past the sentence: a listing's title line is all
            // capitals.)
            && (i.saturating_sub(40)..(end + 40).min(self.tokens.len())).any(|k| {
                let token = &self.tokens[k];
                let word = token.text(self.text);
                token.kind == TokenKind::Word && word.len() > 3 && word.starts_with(|c: char| c.is_lowercase())
            })
    }

    /// "a week on Tuesday", "a fortnight on Saturday": a week or two after the coming day of
    /// that name, one expression (British usage).
    fn week_on(&self, i: usize) -> Option<(usize, Sem)> {
        let days = match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("a", "week", "on") => 7,
            ("a", "fortnight", "on") => 14,
            _ => return None,
        };
        let day = self.weekday_at(i + 3)?;
        let on = Sem::Weekday { day, dir: Dir::Ahead, part: None };
        Some((i + 4, Sem::DaysFrom { days, on: Box::new(on) }))
    }

    fn core(&self, i: usize, cued: bool) -> Option<(usize, Sem)> {
        // "for January" dates a month ("the figures for January"), and so does "to" ("delayed
        // to October", "backdated to April"), but "for May" and "to May" are as often the name
        // ("a blow for May", "talked to May").
        // ("We have to March forward": after "to", a month followed by a direction is the verb.)
        let verb_after_to = self.prev(i) == "to"
            && matches!(
                self.w(i + 1),
                "forward" | "on" | "ahead" | "back" | "through" | "into" | "past" | "toward" | "towards"
            );
        // "until at least March", "by at most June": the hedge between the cue and the month.
        let hedged = i >= self.start + 3
            && matches!(self.prev(i), "least" | "most")
            && self.prev(i - 1) == "at"
            && DATE_CUES.contains(&self.prev(i - 2));
        let cued = cued
            || hedged
            || DATE_CUES.contains(&self.prev(i))
            || matches!(self.prev(i), "for" | "to") && self.w(i) != "may" && !verb_after_to;
        self.week_on(i)
            .or_else(|| self.era_year(i))
            .or_else(|| {
                let year = fiscal_year_token(self.w(i))?;
                Some((i + 1, Sem::Cal { year: Some(year), month: None, day: None, clock: None }))
            })
            .or_else(|| self.iso(i))
            .or_else(|| self.bank_holiday(i))
            .or_else(|| self.weekday(i))
            .or_else(|| self.spoken_year(i))
            .or_else(|| self.month_of_that_year(i))
            .or_else(|| self.month_first(i, cued))
            .or_else(|| self.day_first(i))
            .or_else(|| self.mid_token(i))
            .or_else(|| self.decade(i))
            .or_else(|| self.quarter(i))
            .or_else(|| self.reported_half(i))
            .or_else(|| self.year(i, cued))
            .or_else(|| self.week_beside(i))
            .or_else(|| self.holiday(i).filter(|&(end, _)| !self.inside_name(i, end)))
            .or_else(|| self.season(i))
            .or_else(|| self.weekend(i).filter(|&(end, _)| !self.inside_name(i, end)))
            .or_else(|| self.the_year(i))
            .or_else(|| self.day_word(i))
            .or_else(|| self.this_next_last(i))
            .or_else(|| self.anchored_month(i))
            .or_else(|| self.anchored(i))
            .or_else(|| self.set(i))
            .or_else(|| self.named_period(i))
            .or_else(|| self.amount_phrase(i))
            .or_else(|| self.compound_duration(i))
            .or_else(|| self.bare_units(i))
            .or_else(|| self.race_time(i))
            .or_else(|| self.clock(i, cued))
            .or_else(|| self.part_alone(i))
            .or_else(|| self.reference_word(i))
    }

    // ---- Calendar dates ----

    /// A capitalized month name or short form at `i` (with its period), and where it ends.
    fn month_at(&self, i: usize) -> Option<(i8, usize)> {
        if !self.capitalized(i) {
            return None;
        }
        let (m, short) = month_of(self.w(i))?;
        let dotted = short && self.w(i + 1) == "." && !self.tokens[i + 1].space_before;
        Some((m, if dotted { i + 2 } else { i + 1 }))
    }

    /// A day of the month: "22", "22nd".
    fn day_at(&self, i: usize) -> Option<i8> {
        if self.kind(i) != Some(TokenKind::Number) || self.embedded(i) {
            return None;
        }
        let w = self.w(i);
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        if digits.is_empty() || digits.len() > 2 || !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
            return None;
        }
        let day: i8 = digits.parse().ok()?;
        (1..=31).contains(&day).then_some(day)
    }

    /// The two sides of a number token joined by a hyphen or an en dash ("18-19", "1939–45").
    fn number_span(&self, i: usize) -> Option<(&str, &str)> {
        if self.kind(i) != Some(TokenKind::Number) || self.embedded(i) {
            return None;
        }
        self.w(i).split_once(['-', '\u{2013}'])
    }

    /// The first year of "2019/20" or "2019/2020" (three tokens, glued): consecutive years.
    fn slash_years_at(&self, i: usize) -> Option<i16> {
        let glued = |k: usize| k < self.end && !self.tokens[k].space_before;
        if self.kind(i) != Some(TokenKind::Number)
            || self.w(i + 1) != "/"
            || !glued(i + 1)
            || !glued(i + 2)
            || glued(i + 3) && !matches!(self.w(i + 3), "," | "." | ";" | ":" | ")" | "'s")
            || i > self.start && glued(i) && !matches!(self.orig(i - 1), "(" | "\"" | "\u{201C}")
        {
            return None;
        }
        let (a, b) = (self.w(i), self.w(i + 2));
        if a.len() != 4 || !matches!(b.len(), 2 | 4) || !a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit()) {
            return None;
        }
        let first: i16 = a.parse().ok()?;
        let second: i16 = b.parse().ok()?;
        let next = first + 1;
        let consecutive = if b.len() == 2 { second == next % 100 } else { second == next };
        ((1000..=2999).contains(&first) && consecutive).then_some(first)
    }

    /// The first day of a span of days written as one token: "18-19", "9–11".
    fn day_span_at(&self, i: usize) -> Option<i8> {
        let (from, to) = self.number_span(i)?;
        let digits = |d: &str| (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit());
        if !digits(from) || !digits(to) {
            return None;
        }
        let (from, to): (i8, i8) = (from.parse().ok()?, to.parse().ok()?);
        (1 <= from && from < to && to <= 31).then_some(from)
    }

    /// The first year of a span of years written as one token: "1939-1945", "2010-12",
    /// "1918–19"; the second must come after the first.
    fn year_span_at(&self, i: usize) -> Option<i16> {
        self.number_span(i)?;
        year_span(self.w(i)).map(|(first, _)| first)
    }

    /// A year with its era: "44 BC" (TIMEX3 `BC0044`), "AD 79", "79 A.D." (`0079`).
    fn era_year(&self, i: usize) -> Option<(usize, Sem)> {
        let era = |k: usize| era_of(self.orig(k));
        let number = |k: usize| {
            let w = self.w(k);
            (self.kind(k) == Some(TokenKind::Number)
                && (1..=4).contains(&w.len())
                && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse::<u16>().ok())
            .flatten()
            .filter(|&n| n > 0)
        };
        let (year, bc, end) = if let (Some(n), Some(bc)) = (number(i), era(i + 1)) {
            (n, bc, i + 2)
        } else if let (Some(false), Some(n)) = (era(i), number(i + 1)) {
            (n, false, i + 2)
        } else if let (true, Some(n), Some(_), Some(bc)) = (
            // "between 3100 and 2900 BC", "from 300 to 250 BC": the era after the second year
            // is the first's too.
            matches!(self.prev(i), "between" | "from") && matches!(self.w(i + 1), "and" | "to" | "-" | "\u{2013}"),
            number(i),
            number(i + 2),
            era(i + 3),
        ) {
            (n, bc, i + 1)
        } else {
            return None;
        };
        let value = if bc { format!("BC{year:04}") } else { format!("{year:04}") };
        Some((end, Sem::fixed(TimexType::Date, value)))
    }

    /// A four-digit year as part of a date.
    fn year_at(&self, i: usize) -> Option<i16> {
        let w = self.w(i);
        if self.kind(i) != Some(TokenKind::Number) || w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i16 = w.parse().ok()?;
        ((1000..=2999).contains(&year) && !self.embedded(i)).then_some(year)
    }

    /// "2016-09-22", "2016-09-22T14:30", "2016-09-22 14:30".
    fn iso(&self, i: usize) -> Option<(usize, Sem)> {
        let w = self.w(i);
        let b = w.as_bytes();
        let shape = b.len() >= 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b[..10].iter().enumerate().all(|(k, c)| k == 4 || k == 7 || c.is_ascii_digit());
        if let Some(found) = self.slash_date(i) {
            return Some(found);
        }
        if self.kind(i) != Some(TokenKind::Number) || self.embedded(i) {
            return None;
        }
        if !shape {
            // "4.3.2025", "04.03.2025": day, month and year with dots, as continental Europe
            // writes them (slashes stay unread: 03/04 is March or April by country).
            let mut parts = w.split('.');
            let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
            let short = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
            if parts.next().is_some()
                || !short(d)
                || !short(m)
                || y.len() != 4
                || !y.bytes().all(|c| c.is_ascii_digit())
            {
                return None;
            }
            // Only where a date is expected: "version 2.1.2019" is a number.
            if !(DATE_CUES.contains(&self.prev(i)) || matches!(self.prev(i), "on" | "dated" | "of" | "," | "")) {
                return None;
            }
            let (year, month, day): (i16, i8, i8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
            Date::new(year, month, day).ok()?;
            return Some((i + 1, Sem::Cal { year: Some(year), month: Some(month), day: Some(day), clock: None }));
        }
        let (year, month, day) = (w[..4].parse().ok()?, w[5..7].parse().ok()?, w[8..10].parse().ok()?);
        Date::new(year, month, day).ok()?;
        let (clock, end) = match &w[10..] {
            "" => match parse_clock(self.w(i + 1)) {
                Some((h, m, None)) => (Some((h, m)), i + 2),
                _ => (None, i + 1),
            },
            rest => match parse_clock(iso_clock(rest.strip_prefix('t')?)?) {
                Some((h, m, None)) => (Some((h, m)), i + 1),
                _ => return None,
            },
        };
        Some((end, Sem::Cal { year: Some(year), month: Some(month), day: Some(day), clock }))
    }

    /// "09/09/2025", "25/09/2025", "11/20/2025": day, month and year with slashes, where the
    /// order is plain (a part over 12, or both the same) or a time zone after it says the
    /// country ("09/10/2025 18:30 BST" is 9 October, "… EDT" September 10). Only after a date
    /// cue, a colon or at the start of a line: "3/4/2025" in running text is left alone.
    fn slash_date(&self, i: usize) -> Option<(usize, Sem)> {
        let glued = |k: usize| k < self.end && !self.tokens[k].space_before;
        let digits = |k: usize, n: std::ops::RangeInclusive<usize>| {
            self.kind(k) == Some(TokenKind::Number)
                && n.contains(&self.w(k).len())
                && self.w(k).bytes().all(|c| c.is_ascii_digit())
        };
        let shape = digits(i, 1..=2)
            && self.w(i + 1) == "/"
            && digits(i + 2, 1..=2)
            && self.w(i + 3) == "/"
            && digits(i + 4, 4..=4)
            && (i + 1..=i + 4).all(glued)
            && (!glued(i + 5) || matches!(self.w(i + 5), "," | "." | ";" | ")"))
            && !(i > self.start && glued(i));
        if !shape || !(DATE_CUES.contains(&self.prev(i)) || matches!(self.prev(i), "on" | "dated" | ":" | "|" | "")) {
            return None;
        }
        let (a, b, year): (i8, i8, i16) =
            (self.w(i).parse().ok()?, self.w(i + 2).parse().ok()?, self.w(i + 4).parse().ok()?);
        // The zone of a clock time right after it, if any.
        let zone = (i + 5..(i + 8).min(self.end)).map(|k| self.w(k)).find(|w| zone_word(w));
        let day_first = match zone {
            Some(
                "bst" | "gmt" | "cet" | "cest" | "eet" | "eest" | "ist" | "aest" | "aedt" | "nzst" | "nzdt" | "sast",
            ) => Some(true),
            Some("edt" | "est" | "cdt" | "cst" | "pdt" | "pst" | "et" | "mst" | "mdt") => Some(false),
            _ => None,
        };
        let (month, day) = match day_first {
            _ if a > 12 || a == b => (b, a),
            _ if b > 12 => (a, b),
            Some(true) => (b, a),
            Some(false) => (a, b),
            None => return None,
        };
        Date::new(year, month, day).ok()?;
        Some((i + 5, Sem::Cal { year: Some(year), month: Some(month), day: Some(day), clock: None }))
    }

    /// "Thursday", "Thursday evening", "Thursday, Sept. 22"; as a SET, "Tuesdays", "Tuesday
    /// nights", and "Monday" in "Monday and Tuesday nights".
    fn weekday(&self, i: usize) -> Option<(usize, Sem)> {
        let plural_part = |k: usize| -> Option<&'static str> { part_of_day(self.w(k).strip_suffix('s')?) };
        let every = |day: Weekday, part: Option<&str>| {
            let part = part.map_or(String::new(), |p| format!("T{p}"));
            Sem::fixed(TimexType::Set, format!("XXXX-WXX-{}{part}", day.to_monday_one_offset()))
        };
        if let Some(day) = PLURAL_WEEKDAYS.iter().position(|&d| d == self.w(i)) {
            if self.capitalized(i) {
                let day = Weekday::from_monday_zero_offset(day as i8).ok()?;
                return Some((i + 1, every(day, None)));
            }
        }
        let day = self.weekday_at(i)?;
        if let Some(part) = plural_part(i + 1) {
            return Some((i + 2, every(day, Some(part))));
        }
        // "every day except Sunday": a day left out of a habit.
        if matches!(self.prev(i), "except" | "excluding")
            && (i.saturating_sub(5).max(self.start)..i).any(|k| matches!(self.w(k), "every" | "each" | "daily"))
        {
            return Some((i + 1, every(day, None)));
        }
        // "the opening night, a Friday,", "It was a Friday.": some day of that name, not a date
        // (not "attended a Sunday night memorial service", the service's article).
        // (After a date it restates that date: "on 30 September 1977, a Friday".)
        let after_date = i >= self.start + 3 && self.prev(i - 1) == "," && self.kind(i - 3) == Some(TokenKind::Number);
        // Or "your Tuesday lie-in": anyone's, any week's.
        if self.prev(i) == "your" && self.kind(i + 1) == Some(TokenKind::Word) {
            return Some((i + 1, some_day_named(day)));
        }
        // (Or before a verb: "a drop of whisky on a Sunday does no harm".)
        let verb_after = self.kind(i + 1) == Some(TokenKind::Word)
            && (self.verb_at(i + 1).is_some()
                || matches!(
                    self.w(i + 1),
                    "does" | "did" | "is" | "was" | "will" | "would" | "can" | "could" | "never" | "always" | "should"
                ));
        if self.prev(i) == "a" && (self.kind(i + 1) != Some(TokenKind::Word) || verb_after) && !after_date {
            return Some((i + 1, some_day_named(day)));
        }
        // So is one with its part of the day, ending the clause: "For us it was a Thursday
        // morning."
        if let Some(part) = part_of_day(self.w(i + 1))
            .filter(|_| self.prev(i) == "a" && self.kind(i + 2) != Some(TokenKind::Word) && !after_date)
        {
            let value = format!("XXXX-WXX-{}T{part}", day.to_monday_one_offset());
            return Some((i + 2, Sem::fixed(TimexType::Time, value)));
        }
        // "the Queen Square Sunday Book Fair": a word of a name (not in a headline in title case,
        // "Harbour Reopens Sunday After Storm").
        if i > self.start + 1
            && self.capitalized(i - 1)
            && self.kind(i - 1) == Some(TokenKind::Word)
            && self.capitalized(i + 1)
            && self.kind(i + 1) == Some(TokenKind::Word)
            && self.weekday_at(i + 1).is_none()
            && self.month_at(i + 1).is_none()
            && (self.start..self.end)
                .any(|k| self.kind(k) == Some(TokenKind::Word) && self.w(k).len() > 3 && !self.capitalized(k))
        {
            return None;
        }
        if matches!(self.w(i + 1), "and" | "or") && self.weekday_at(i + 2).is_some() {
            if let Some(part) = plural_part(i + 3) {
                return Some((i + 1, every(day, Some(part))));
            }
        }
        // "Tuesday matinees", "Friday prayers": what happens on every such day; also after one
        // more noun ("its Saturday flu clinics", "Sunday bus services"; not "on Sunday church
        // services were held").
        let regular = |w: &str| {
            matches!(
                w,
                "matinees"
                    | "meetings"
                    | "sessions"
                    | "services"
                    | "classes"
                    | "lessons"
                    | "markets"
                    | "prayers"
                    | "briefings"
                    | "rehearsals"
                    | "shifts"
                    | "lectures"
                    | "screenings"
                    | "broadcasts"
                    | "editions"
                    | "clinics"
                    | "surgeries"
            )
        };
        if regular(self.w(i + 1)) {
            return Some((i + 1, every(day, None)));
        }
        if let Some(part) = part_of_day(self.w(i + 1)).filter(|_| regular(self.w(i + 2))) {
            return Some((i + 2, every(day, Some(part))));
        }
        if regular(self.w(i + 2))
            && self.kind(i + 1) == Some(TokenKind::Word)
            && !self.capitalized(i + 1)
            && !matches!(self.prev(i), "on" | "since" | "until" | "by" | "last" | "next" | "this" | "from")
        {
            return Some((i + 1, every(day, None)));
        }
        // "on a Saturday", "on a Monday night in March": some day of that name, not a date
        // ("attended a Sunday night memorial service" is a service's).
        let part = part_of_day(self.w(i + 1));
        let end = i + 1 + usize::from(part.is_some());
        // So is a bare one the sentence sets beside it: "If you turned up on a Tuesday with no
        // money, by Friday you were at a loom".
        let some_day = |k: usize| self.prev(k) == "a" && k >= self.start + 2 && self.prev(k - 1) == "on";
        let after_some_day = matches!(self.prev(i), "by" | "on" | "until" | "till")
            && (i.saturating_sub(16).max(self.start + 2)..i).any(|k| some_day(k) && self.weekday_at(k).is_some());
        if some_day(i)
            && (self.kind(end) != Some(TokenKind::Word)
                || matches!(self.w(end), "in" | "at" | "when" | "and" | "or" | "with" | "after" | "before" | "if"))
            || after_some_day
        {
            let kind = if part.is_some() { TimexType::Time } else { TimexType::Date };
            let suffix = part.map_or(String::new(), |p| format!("T{p}"));
            let value = format!("XXXX-WXX-{}{suffix}", day.to_monday_one_offset());
            return Some((end, Sem::fixed(kind, value)));
        }
        // "one Sunday a month": some Sundays, a set.
        if part.is_none()
            && self.prev(i) == "one"
            && matches!(self.w(end), "a" | "per")
            && unit_of(self.w(end + 1)).is_some()
        {
            let value = format!("XXXX-WXX-{}", day.to_monday_one_offset());
            return Some((end + 2, Sem::fixed(TimexType::Set, value)));
        }
        // "The first Saturday market will be on 13 June": a weekday naming a kind of thing, no
        // day (not "the first Saturday of the month", "the first Saturday in June").
        if part.is_none()
            && matches!(self.prev(i), "first" | "second" | "third" | "new")
            && self.kind(end) == Some(TokenKind::Word)
            && !self.capitalized(end)
            && !matches!(
                self.w(end),
                "of" | "in"
                    | "and"
                    | "or"
                    | "to"
                    | "through"
                    | "after"
                    | "before"
                    | "at"
                    | "when"
                    | "since"
                    | "for"
                    | "was"
                    | "is"
                    | "will"
                    | "that"
                    | "this"
                    | "next"
                    | "last"
            )
        {
            return None;
        }
        // "Thurs., Nov. 5": the abbreviation's period comes first.
        let next = if self.w(i + 1) == "." && !WEEKDAYS.contains(&self.w(i)) { i + 2 } else { i + 1 };
        let after_comma = if self.w(next) == "," { next + 1 } else { next };
        if let Some((end, sem @ Sem::Cal { day: Some(_), .. })) =
            self.month_first(after_comma, true).or_else(|| self.day_first(after_comma))
        {
            return Some((end, sem));
        }
        // "Tuesday week" (British): a week after the coming Tuesday.
        if self.w(end) == "week" && part.is_none() && !matches!(self.w(end + 1), "'s" | "\u{2019}s") {
            let on = Sem::Weekday { day, dir: Dir::Next, part: None };
            return Some((end + 1, Sem::DaysFrom { days: 7, on: Box::new(on) }));
        }
        // "Friday before last", "Tuesday after next": a week beyond the last or next one.
        if part.is_none() {
            let beyond = match (self.w(end), self.w(end + 1)) {
                ("before", "last") => Some((-7, Dir::Last)),
                ("after", "next") => Some((7, Dir::Next)),
                _ => None,
            };
            if let Some((days, dir)) = beyond {
                let on = Sem::Weekday { day, dir, part: None };
                return Some((end + 2, Sem::DaysFrom { days, on: Box::new(on) }));
            }
        }
        // "Tuesday last week", "Friday next week": that day of the week named.
        if self.w(end + 1) == "week" {
            let weeks = match self.w(end) {
                "last" => Some(-1),
                "this" => Some(0),
                "next" => Some(1),
                _ => None,
            };
            if let Some(weeks) = weeks {
                return Some((end + 2, Sem::Weekday { day, dir: Dir::Week(weeks), part }));
            }
        }
        // "on that Saturday", "at about 11:15 that Saturday night": the one of the story, on or
        // before the last day named (not "said that Saturday would decide it", a clause).
        let that = self.prev(i) == "that"
            && i >= self.start + 2
            && (self.kind(i - 2) == Some(TokenKind::Number)
                || matches!(
                    self.prev(i - 1),
                    "on" | "by" | "until" | "till" | "from" | "of" | "since" | "before" | "after" | "later" | "earlier"
                ));
        // "told them on the Tuesday", "the Monday night", "on the Friday of that week": a day of
        // the story, the one of that name nearest the last day named. Not "the Monday before
        // the vote", "the Monday and Tuesday after the break", nor a noun's kind of day, "the
        // Sunday improvements".
        let follows = self.w(end);
        let of_that_week = follows == "of" && self.w(end + 1) == "that" && self.w(end + 2) == "week";
        let story = self.prev(i) == "the"
            && (self.kind(end) != Some(TokenKind::Word)
                || of_that_week
                || matches!(
                    follows,
                    "when"
                        | "that"
                        | "as"
                        | "in"
                        | "at"
                        | "he"
                        | "she"
                        | "they"
                        | "we"
                        | "it"
                        | "was"
                        | "were"
                        | "had"
                        | "and"
                        | "or"
                ))
            && !(matches!(follows, "and" | "or")
                && self.weekday_at(end + 1).is_some()
                && matches!(self.w(end + 2), "before" | "after"));
        // "on the Saturday before", "the Tuesday after": before or after the last day named
        // (not "the Monday before the vote", which its event dates).
        let around = self.prev(i) == "the"
            && matches!(follows, "before" | "after")
            && (self.kind(end + 1) != Some(TokenKind::Word)
                || matches!(self.w(end + 1), "to" | "and" | "when" | "as" | "so" | "but" | "in" | "at"));
        if around {
            let dir = if follows == "before" { Dir::Before } else { Dir::After };
            return Some((end + 1, Sem::Weekday { day, dir, part }));
        }
        let end = if story && of_that_week { end + 3 } else { end };
        let dir = if that {
            Dir::Same
        } else if story {
            Dir::Story
        } else {
            Dir::Tense
        };
        Some((end, Sem::Weekday { day, dir, part }))
    }

    fn weekday_at(&self, i: usize) -> Option<Weekday> {
        if !self.capitalized(i) {
            return None;
        }
        let n = match WEEKDAYS.iter().position(|&d| d == self.w(i)) {
            Some(n) => n,
            // Agency style abbreviates: "said Tues. that", "on Thurs., Nov. 5". "Mon.", "Wed.",
            // "Sat." and "Sun." are also other words, so they need a date word around them.
            None if self.w(i + 1) == "." => {
                let dated = || {
                    matches!(self.prev(i), "on" | "since" | "until" | "by" | "last" | "next" | "this")
                        || self.w(i + 2) == "," && self.month_at(i + 3).is_some()
                };
                match self.w(i) {
                    "mon" if dated() => 0,
                    "tue" | "tues" => 1,
                    "wed" if dated() => 2,
                    "thu" | "thur" | "thurs" => 3,
                    "fri" => 4,
                    "sat" if dated() => 5,
                    "sun" if dated() => 6,
                    _ => return None,
                }
            }
            None => return None,
        };
        Weekday::from_monday_zero_offset(n as i8).ok()
    }

    /// Month first: "September 22, 2016", "Sept. 9", "September 2023", and a bare month after a
    /// cue ("in May").
    fn month_first(&self, i: usize, cued: bool) -> Option<(usize, Sem)> {
        let (month, j) = self.month_at(i)?;
        // "March 18-19": a span of days in one token is dated by its first day.
        if let Some(day) = self.day_at(j).or_else(|| self.day_span_at(j)) {
            let (year, end) = match (self.w(j + 1), self.year_at(j + 1), self.year_at(j + 2)) {
                (_, Some(y), _) => (Some(y), j + 2),
                (",", None, Some(y)) => (Some(y), j + 3),
                _ => (None, j + 1),
            };
            // "August 16 next year".
            if let Some((offset, end)) = self.year_offset_at(j + 1).filter(|_| year.is_none()) {
                if self.day_at(j).is_some() && valid_day(None, month, day) {
                    return Some((end, Sem::Month { month, day: Some(day), dir: Dir::Year(offset) }));
                }
            }
            return valid_day(year, month, day)
                .then_some((end, Sem::Cal { year, month: Some(month), day: Some(day), clock: None }));
        }
        if let Some(year) = self.year_at(j) {
            return Some((j + 1, Sem::Cal { year: Some(year), month: Some(month), day: None, clock: None }));
        }
        // "June last year", "March next year", "March of last year".
        if let Some((offset, end)) = self.year_offset_at(j) {
            return Some((end, Sem::Month { month, day: None, dir: Dir::Year(offset) }));
        }
        // A month naming the time of a thing: "the October attack", "a June agreement" ("the May
        // government" is a person's).
        let adjective = matches!(self.prev(i), "the" | "a" | "an" | "this" | "that" | "its" | "their" | "his" | "her")
            && j == i + 1
            && self.w(i) != "may"
            && self.kind(j) == Some(TokenKind::Word)
            && !self.capitalized(j);
        // "most recently in May", "as recently as March": the latest such month.
        let recent = self.prev(i) == "in" && matches!(self.prev(i - 1), "recently" | "lately")
            || self.prev(i) == "as" && self.prev(i - 1) == "recently";
        let dir = if recent { Dir::Last } else { Dir::Tense };
        // "the warmest October on record", "its busiest December": a superlative before it.
        let superlative = i >= self.start + 2
            && self.w(i) != "may"
            && self.prev(i).len() > 4
            && self.prev(i).ends_with("est")
            && matches!(self.prev(i - 1), "the" | "its" | "their");
        (cued || adjective || recent || superlative).then_some((j, Sem::Month { month, day: None, dir }))
    }

    /// Day first: "22 September 2016", "9 Sept", "the 22nd of September".
    fn day_first(&self, i: usize) -> Option<(usize, Sem)> {
        let the = self.w(i) == "the";
        let at = i + usize::from(the);
        // "12-15 June": a span of days before the month is dated by its first day.
        if !the && self.w(at).contains('-') {
            if let (Some((month, j)), Some(day)) = (self.month_at(at + 1), self.day_span_at(at)) {
                let year = self.year_at(j);
                let end = j + usize::from(year.is_some());
                return valid_day(year, month, day)
                    .then_some((end, Sem::Cal { year, month: Some(month), day: Some(day), clock: None }));
            }
        }
        let day = self.day_at(at)?;
        let of = self.w(at + 1) == "of";
        let ordinal = self.w(at).ends_with(|c: char| c.is_ascii_alphabetic());
        if the && !ordinal {
            return None;
        }
        if the && !of && self.month_at(at + 1).is_some() {
            return None;
        }
        let Some((month, j)) = self.month_at(at + 1 + usize::from(of)) else {
            // "Inspectors return on the 14th": the day of this month or a month next to it.
            // (`the` here means an ordinal: "the 14th".)
            let alone = the
                && !of
                && matches!(self.prev(i), "on" | "by" | "until" | "till" | "since" | "before" | "after")
                && (self.kind(at + 1) != Some(TokenKind::Word)
                    || matches!(self.w(at + 1), "to" | "and" | "or" | "at" | "when" | "but" | "with"));
            return alone.then_some((at + 1, Sem::MonthDay { day }));
        };
        let year = self.year_at(j);
        // "16 August next year".
        if let Some((offset, end)) = self.year_offset_at(j).filter(|_| year.is_none()) {
            return valid_day(None, month, day)
                .then_some((end, Sem::Month { month, day: Some(day), dir: Dir::Year(offset) }));
        }
        let end = j + usize::from(year.is_some());
        valid_day(year, month, day).then_some((end, Sem::Cal { year, month: Some(month), day: Some(day), clock: None }))
    }

    /// One token starting with "mid-", "late-" or "early-": "mid-May", "late-2016",
    /// "early-1990s".
    fn mid_token(&self, i: usize) -> Option<(usize, Sem)> {
        let w = self.w(i);
        let rest = w.strip_prefix("mid-").or_else(|| w.strip_prefix("late-")).or_else(|| w.strip_prefix("early-"))?;
        // The prefix is ASCII, so the byte after it is a boundary in the original text too.
        let capital =
            self.orig(i).get(w.len() - rest.len()..).and_then(|s| s.chars().next()).is_some_and(char::is_uppercase);
        let sem = if let Some(m) = MONTHS.iter().position(|&name| name == rest).filter(|_| capital) {
            Sem::Month { month: m as i8 + 1, day: None, dir: Dir::Tense }
        } else if let Some(decade) = decade_of(rest) {
            Sem::Decade(decade)
        } else if rest.len() == 4 && rest.bytes().all(|b| b.is_ascii_digit()) {
            Sem::Cal { year: Some(rest.parse().ok()?), month: None, day: None, clock: None }
        } else {
            return None;
        };
        Some((i + 1, sem))
    }

    /// "the 1990s", "1990s".
    fn decade(&self, i: usize) -> Option<(usize, Sem)> {
        let at = i + usize::from(self.w(i) == "the");
        if self.kind(at) != Some(TokenKind::Number) || self.embedded(at) {
            return None;
        }
        Some((at + 1, Sem::Decade(decade_of(self.w(at))?)))
    }

    /// A bare year, 1900–2099: "in 1998", "a 1996 law", "both 1990 and 1991", "2016's". Not
    /// a count ("2012 people", "by 2000 votes", "the 2000 runners": a plural noun or a counted
    /// noun follows without a preposition cue), nor an amount ("$2016", "about 1990").
    fn year(&self, i: usize, cued: bool) -> Option<(usize, Sem)> {
        // "in 2019/20", "the 2019/20 season": a fiscal year or a season, dated by its first
        // year; only consecutive years, so "2019/2021" or a path stays unread.
        if let Some(first) = self.slash_years_at(i) {
            let cue = cued || self.prev(i) == "the";
            return cue.then_some((i + 3, Sem::Cal { year: Some(first), month: None, day: None, clock: None }));
        }
        // "1939-1945", "the 2010-12 drought": a span of years in one token is dated by its
        // first year, after a cue or before a noun.
        if let Some(first) = self.year_span_at(i) {
            let noun_after = self.kind(i + 1) == Some(TokenKind::Word)
                && !self.capitalized(i + 1)
                && !NOT_NOUNS_AFTER_YEAR.contains(&self.w(i + 1));
            // "2010-12" alone may be December 2010 (ISO 8601): a span only before a noun.
            let month_like = self.w(i).len() == 7 && self.w(i)[5..].parse::<u8>().is_ok_and(|m| (1..=12).contains(&m));
            // (Consecutive years after a preposition of time are a season, as prose writes
            // them: "has coached the side since 2011-12".)
            let consecutive = self.w(i)[5..].parse::<i16>().is_ok_and(|y| y == (first + 1) % 100);
            let season =
                consecutive && matches!(self.prev(i), "since" | "in" | "during" | "from" | "until" | "through");
            if month_like && !noun_after && !season {
                return None;
            }
            return (cued || noun_after || self.prev(i) == ",")
                .then_some((i + 1, Sem::Cal { year: Some(first), month: None, day: None, clock: None }));
        }
        let year = self.year_at(i)?;
        // "Vision 2030", "Windows 2000", "Agenda 2063": a year after a name inside a sentence is
        // part of the name. Not after a month, a season or a holiday ("Christmas 2019"), which
        // the other rules read, nor "FY 2025".
        if i > self.start
            && self.kind(i - 1) == Some(TokenKind::Word)
            && self.capitalized(i - 1)
            && !self.sentence_initial(i - 1)
            && self.month_at(i - 1).is_none()
            && !matches!(
                self.w(i - 1),
                "spring"
                    | "summer"
                    | "autumn"
                    | "fall"
                    | "winter"
                    | "christmas"
                    | "easter"
                    | "thanksgiving"
                    | "fy"
                    | "fiscal"
                    | "q1"
                    | "q2"
                    | "q3"
                    | "q4"
                    | "h1"
                    | "h2"
                    | "ad"
                    | "a.d."
                    | "bc"
                    | "b.c."
            )
        {
            return None;
        }
        let next = self.w(i + 1);
        // "2052 GMT" is a clock time.
        if COUNT_NOUNS.contains(&next) || zone_word(next) {
            return None;
        }
        // "a stolen 2019 Cadillac", "his 1967 Mustang": a model year names the car, not a time
        // of the story.
        // ("In 1974 Ford pardoned Nixon": after a date cue the year is a time.)
        if self.capitalized(i + 1)
            && VEHICLE_MAKES.binary_search(&next).is_ok()
            && !DATE_CUES.contains(&self.prev(i))
            && self.prev(i) != ","
        {
            return None;
        }
        // "made around 1640", "about 1990, when": a year given roughly, when no noun follows
        // (not "about 2000 people").
        let rough = matches!(self.prev(i), "about" | "around" | "approximately" | "roughly" | "circa")
            && (self.kind(i + 1) != Some(TokenKind::Word) || NOT_NOUNS_AFTER_YEAR.contains(&next));
        // Years before 1900 or after 2099 are as often counts: only after a date cue ("in
        // 1898", "since 1815"), and not before a noun ("in 1500 homes").
        // (A function word or a name opens the clause instead: "a flood in 1786 that washed
        // away a mill", "In 1850 the church burned".)
        let noun_after = self.kind(i + 1) == Some(TokenKind::Word)
            && !NOT_NOUNS_AFTER_YEAR.contains(&next)
            && !self.capitalized(i + 1)
            && !matches!(
                next,
                "the"
                    | "a"
                    | "an"
                    | "that"
                    | "which"
                    | "who"
                    | "there"
                    | "it"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "after"
                    | "before"
                    | "during"
                    | "until"
                    | "but"
                    | "while"
            );
        // (Or the next of a list of years: "in 1786, 1823 and 1860".)
        let cue_before = DATE_CUES.contains(&self.prev(i)) || matches!(self.prev(i), "," | "and" | "or");
        if !(1900..=2099).contains(&year) && (!cued || !cue_before || noun_after) && !rough {
            return None;
        }
        let prev = self.prev(i);
        let amount_before = i > self.start && self.kind(i - 1) == Some(TokenKind::Number)
            || matches!(
                prev,
                "$" | "€"
                    | "£"
                    | "#"
                    | "no"
                    | "no."
                    | "number"
                    | "about"
                    | "some"
                    | "nearly"
                    | "almost"
                    | "than"
                    | "approximately"
                    | "roughly"
                    | "around"
                    | "only"
                    | "just"
            )
            // "page 2012", "room 1912", "Flight 2019": a number that names a thing.
            || matches!(
                prev,
                "page"
                    | "pages"
                    | "room"
                    | "flight"
                    | "route"
                    | "platform"
                    | "gate"
                    | "seat"
                    | "bus"
                    | "item"
                    | "section"
                    | "chapter"
                    | "version"
                    | "model"
                    | "suite"
                    | "apartment"
                    | "form"
                    | "lot"
                    | "box"
            );
        // "February 30, 2016": the year of an invalid date is not a year on its own.
        let after_day = prev == "," && i >= self.start + 2 && self.day_at(i - 2).is_some();
        if amount_before && !rough || after_day {
            return None;
        }
        let possessive = next == "'s" || next == "\u{2019}s";
        let plural = next.ends_with('s') && !NOT_PLURAL.contains(&next);
        let counted = self.kind(i + 1) == Some(TokenKind::Word) && !self.capitalized(i + 1) && plural;
        // "below 2019 levels", "the 2019 figures": a year that says which ones (not "the 2000
        // runners", a count).
        let attributive = matches!(prev, "the" | "below" | "above" | "its" | "their")
            && matches!(
                next,
                "levels"
                    | "figures"
                    | "results"
                    | "accounts"
                    | "numbers"
                    | "data"
                    | "prices"
                    | "rates"
                    | "totals"
                    | "statistics"
                    | "estimates"
                    | "elections"
                    | "games"
                    | "championships"
            );
        (cued || possessive || !counted || attributive)
            .then_some((i + 1, Sem::Cal { year: Some(year), month: None, day: None, clock: None }))
    }

    /// Quarters, as financial news names them: "the third quarter", "third-quarter profit",
    /// "the first quarter of 2016", "this year's third quarter", "the 1988 period", "the
    /// latest quarter", "the year-earlier quarter", "the current quarter", "year-ago".
    fn quarter(&self, i: usize) -> Option<(usize, Sem)> {
        let ordinal =
            |w: &str| ["first", "second", "third", "fourth"].iter().position(|&o| o == w).map(|n| n as i8 + 1);
        let mut k = i;
        let mut year = QuarterYear::Unsaid;
        let mut back = 0;
        // Whether a word before the head makes "quarter"/"period" a date ("the", "latest"…).
        let mut determined = false;
        let mut specific = false;
        let mut latest = false;
        if let ("this" | "last" | "next", "year", "'s" | "\u{2019}s") = (self.w(k), self.w(k + 1), self.w(k + 2)) {
            let offset = match self.w(k) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            year = QuarterYear::Reference(offset);
            (determined, specific) = (true, true);
            k += 3;
        } else if self.w(k) == "the" && !self.w(k + 1).ends_with("-quarter")
            || matches!(self.w(k), "this" | "that") && self.w(k + 1) == "quarter"
        {
            // TimeBank leaves "its" out, and "the" before a "third-quarter" adjective.
            if self.w(k) == "this" {
                year = QuarterYear::Reference(0);
                specific = true;
            }
            determined = true;
            k += 1;
        }
        if determined {
            if let Some(y) = self.year_at(k) {
                year = QuarterYear::Given(y);
                specific = true;
                k += 1;
            }
        }
        loop {
            match self.w(k) {
                "fiscal" | "comparable" | "corresponding" | "same" => {}
                "latest" | "most-recent" => {
                    latest = true;
                    specific = true;
                }
                "current" => {
                    year = QuarterYear::Reference(0);
                    specific = true;
                }
                "year-earlier" | "year-ago" => {
                    back = 1;
                    specific = true;
                }
                _ => break,
            }
            k += 1;
        }
        // "the year-earlier nine months": the same stretch a year before, a duration.
        if back == 1 {
            if let Some((Amount::Whole(n), j, false)) = self.amount_at(k) {
                if self.w(j) == "months" {
                    return Some((j + 1, Sem::fixed(TimexType::Duration, format!("P{n}M"))));
                }
            }
        }
        let w = self.w(k);
        // "Q3", "Q3 2024": a capital Q and the number, before a year or after a date cue
        // (not a model name: "the Audi Q3").
        let q_form = (w.len() == 2 && w.starts_with('q') && self.orig(k).starts_with('Q'))
            .then(|| w[1..].parse::<i8>().ok().filter(|q| (1..=4).contains(q)))
            .flatten();
        if let Some(q) = q_form {
            if let Some(y) = self.year_at(k + 1) {
                return Some((
                    k + 2,
                    Sem::Quarter { quarter: Some(q), year: QuarterYear::Given(y), back: 0, period: false },
                ));
            }
            // Or opening the sentence, compared, or before results: "Q4 will be softer than Q3",
            // "Q2 sales".
            let results = matches!(self.w(k + 1), "results" | "earnings" | "sales" | "revenue" | "profit" | "loss")
                && !(k > self.start && self.capitalized(k - 1));
            if matches!(
                self.prev(k),
                "in" | "for" | "during" | "of" | "the" | "this" | "last" | "next" | "than" | "versus" | "vs"
            ) || k == self.start
                || results
            {
                let year = match self.prev(k) {
                    "this" => QuarterYear::Reference(0),
                    _ => year,
                };
                return Some((k + 1, Sem::Quarter { quarter: Some(q), year, back, period: false }));
            }
            return None;
        }
        // "the October-December quarter", "the July-September period": a calendar quarter.
        let month_span = w.split_once('-').and_then(|(from, to)| {
            let ((from, _), (to, _)) = (month_of(from)?, month_of(to)?);
            (from % 3 == 1 && to == from + 2).then_some((from + 2) / 3)
        });
        let (quarter, end) = if let Some(q) = month_span.filter(|_| matches!(self.w(k + 1), "quarter" | "period")) {
            (Some(q), k + 2)
        } else if let Some(q) = w.strip_suffix("-quarter").and_then(ordinal) {
            (Some(q), k + 1)
        } else if let Some(q) = ordinal(w).filter(|_| self.w(k + 1) == "quarter") {
            // "the third quarter in a row" counts quarters: no quarter of a year.
            if (self.w(k + 2), self.w(k + 3), self.w(k + 4)) == ("in", "a", "row") {
                return None;
            }
            (Some(q), k + 2)
        } else if matches!(w, "last" | "final")
            && determined
            && self.w(k + 1) == "quarter"
            && self.w(k + 2) == "of"
            && self.year_at(k + 3).is_some()
        {
            // "the final quarter of 2024" is its fourth ("last quarter" alone is the one before
            // this).
            (Some(4), k + 2)
        } else if w == "quarter" && (determined || specific) || w == "period" && specific {
            (None, k + 1)
        } else if matches!(self.w(i), "year-earlier" | "year-ago") {
            // Alone, as an adjective: "from year-earlier levels", a year before the reporting
            // period (the reference), not before the last date named.
            return Some((i + 1, Sem::Counted { unit: Unit::Year, offset: -1, anchored: false }));
        } else {
            return None;
        };
        let mut end = end;
        if self.w(end) == "of" {
            if let Some(y) = self.year_at(end + 1) {
                year = QuarterYear::Given(y);
                end += 2;
            } else if let Some((offset, after)) = self.year_offset_at(end) {
                // "the second quarter of next year" is one expression: that year's quarter.
                year = QuarterYear::Reference(offset);
                end = after;
            }
        }
        match (self.w(end), self.w(end + 1), self.w(end + 2)) {
            ("a", "year", "ago" | "earlier") => {
                back += 1;
                end += 3;
            }
            ("last", "year", _) => {
                back += 1;
                end += 2;
            }
            _ => {}
        }
        // "the latest quarter" is the last one before the reference date, whatever was named.
        let year = if latest && quarter.is_none() && year == QuarterYear::Unsaid { QuarterYear::Latest } else { year };
        let results = matches!(
            self.w(end),
            "earnings" | "results" | "profit" | "profits" | "revenue" | "revenues" | "sales" | "loss" | "losses"
        );
        let year =
            if results && quarter.is_some() && year == QuarterYear::Unsaid { QuarterYear::Reported } else { year };
        let period = w == "period";
        Some((end, Sem::Quarter { quarter, year, back, period }))
    }

    /// "the first half", "first-half profit", "the second half" (a half of the year with no
    /// year said), only in a sentence about a business's or an economy's figures: a match has
    /// halves too ("scored early in the second half").
    fn reported_half(&self, i: usize) -> Option<(usize, Sem)> {
        let half = |w: &str| match w {
            "first" => Some(1),
            "second" => Some(2),
            _ => None,
        };
        let (half, end) = match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("the", h, "half") if self.w(i + 3) != "of" => (half(h)?, i + 3),
            (w, ..) => (half(w.strip_suffix("-half")?)?, i + 1),
        };
        let words = || (self.start..self.end).map(|k| self.w(k));
        let figures = words().any(|w| {
            matches!(
                w,
                "profit"
                    | "profits"
                    | "sales"
                    | "revenue"
                    | "revenues"
                    | "earnings"
                    | "loss"
                    | "losses"
                    | "results"
                    | "turnover"
                    | "dividend"
                    | "margin"
                    | "margins"
                    | "output"
                    | "growth"
                    | "economy"
                    | "gdp"
                    | "inflation"
            )
        });
        let game = words().any(|w| {
            matches!(
                w,
                "match"
                    | "game"
                    | "goal"
                    | "goals"
                    | "scored"
                    | "penalty"
                    | "minute"
                    | "minutes"
                    | "half-time"
                    | "halftime"
            )
        });
        (figures && !game).then_some((end, Sem::ReportedHalf { half }))
    }

    /// "last year", "this year", "next year" at `k`, with an "of" before them ("March of next
    /// year"): the reference's year plus the offset, and where the words end.
    fn year_offset_at(&self, k: usize) -> Option<(i16, usize)> {
        let k = if self.w(k) == "of" { k + 1 } else { k };
        let offset = match (self.w(k), self.w(k + 1)) {
            ("last", "year") => -1,
            ("this", "year") => 0,
            ("next", "year") => 1,
            _ => return None,
        };
        // "The fall of last year's government" is no season.
        (!matches!(self.w(k + 2), "'s" | "\u{2019}s")).then_some((offset, k + 2))
    }

    /// A year in words: "nineteen ninety-six", "two thousand", "two thousand and four".
    fn spoken_year_at(&self, i: usize) -> Option<(i16, usize)> {
        let (year, end) = match (self.w(i), self.w(i + 1)) {
            ("two", "thousand") => match (self.w(i + 2), number_word(self.w(i + 3))) {
                ("and", Some(n)) if n < 100 => (2000 + n as i16, i + 4),
                _ => match number_word(self.w(i + 2)).filter(|&n| n < 100) {
                    Some(n) => (2000 + n as i16, i + 3),
                    None => (2000, i + 2),
                },
            },
            (century @ ("eighteen" | "nineteen" | "twenty"), rest) => {
                let n = number_word(rest).filter(|&n| (10..100).contains(&n))?;
                let hundreds = if century == "eighteen" {
                    1800
                } else if century == "nineteen" {
                    1900
                } else {
                    2000
                };
                (hundreds + n as i16, i + 2)
            }
            _ => return None,
        };
        (!COUNT_NOUNS.contains(&self.w(end))).then_some((year, end))
    }

    /// "nineteen ninety-six", "the year two thousand", "January nineteen ninety-seven".
    fn spoken_year(&self, i: usize) -> Option<(usize, Sem)> {
        if let Some((month, j)) = self.month_at(i) {
            let (year, end) = self.spoken_year_at(j)?;
            return Some((end, Sem::Cal { year: Some(year), month: Some(month), day: None, clock: None }));
        }
        let (year, end) = self.spoken_year_at(i)?;
        Some((end, Sem::Cal { year: Some(year), month: None, day: None, clock: None }))
    }

    /// Holidays: "Christmas Day", "New Year's Eve", "Thanksgiving", "Election Day", with an
    /// optional "last"/"next"/"this" ("last Thanksgiving").
    /// "the week before Christmas", "the week after 3 May": the week seven days from a
    /// holiday or a full day.
    fn week_beside(&self, i: usize) -> Option<(usize, Sem)> {
        if (self.w(i), self.w(i + 1)) != ("the", "week") {
            return None;
        }
        let days = match self.w(i + 2) {
            "before" => -7,
            "after" => 7,
            _ => return None,
        };
        let k = i + 3;
        let (end, on) = self.holiday(k).filter(|(_, sem)| matches!(sem, Sem::Holiday { .. })).or_else(|| {
            self.month_first(k, true)
                .or_else(|| self.day_first(k))
                .filter(|(_, sem)| matches!(sem, Sem::Cal { day: Some(_), .. }))
        })?;
        Some((end, Sem::WeekBeside { days, on: Box::new(on) }))
    }

    /// Bank holidays of England and Wales, on a Monday (facts): "the August bank holiday" (the
    /// last Monday of August), "the spring bank holiday" (the last of May), "the early May bank
    /// holiday" (the first of May). Read before the month and the season would take the word.
    fn bank_holiday(&self, i: usize) -> Option<(usize, Sem)> {
        let k = i + usize::from(self.w(i) == "early");
        if (self.w(k + 1), self.w(k + 2)) != ("bank", "holiday") {
            return None;
        }
        let which = match self.w(k) {
            "august" | "summer" => Holiday::NthWeekday(8, -1, Weekday::Monday),
            "spring" => Holiday::NthWeekday(5, -1, Weekday::Monday),
            "may" => Holiday::NthWeekday(5, 1, Weekday::Monday),
            _ => return None,
        };
        let sem = Sem::Holiday { which, dir: Dir::Tense };
        // "over the bank holiday weekend" is its weekend.
        if self.w(k + 3) == "weekend" {
            return Some((k + 4, Sem::WeekendOf(Box::new(sem))));
        }
        Some((k + 3, sem))
    }

    fn holiday(&self, i: usize) -> Option<(usize, Sem)> {
        // "since the New Year", "over the New Year": the first of January, where a date is
        // expected ("the New Year's Eve party" and "a New Year message" are other things).
        if (self.w(i), self.w(i + 1), self.w(i + 2)) == ("the", "new", "year")
            && self.capitalized(i + 1)
            && self.capitalized(i + 2)
            && matches!(self.prev(i), "since" | "after" | "before" | "over" | "until" | "around" | "by" | "at")
            && !self.w(i + 3).starts_with(['\'', '\u{2019}'])
        {
            return Some((i + 3, Sem::Holiday { which: Holiday::Fixed(1, 1), dir: Dir::Tense }));
        }
        let (dir, k) = match self.w(i) {
            "last" => (Dir::Last, i + 1),
            "next" => (Dir::Next, i + 1),
            "this" => (Dir::This, i + 1),
            _ => (Dir::Tense, i),
        };
        if !self.capitalized(k) {
            return None;
        }
        let (which, end) = match (self.w(k), self.w(k + 1), self.w(k + 2)) {
            ("christmas", "eve", _) => (Holiday::Fixed(12, 24), k + 2),
            ("christmas", "day", _) => (Holiday::Fixed(12, 25), k + 2),
            // "the Christmas market", "a Christmas tree" are things, not the day ("the
            // Christmas holidays" still dates).
            ("christmas", next, _)
                if matches!(self.prev(i), "the" | "a" | "an" | "its" | "their" | "our" | "his" | "her")
                    && self.kind(k + 1) == Some(TokenKind::Word)
                    && !self.capitalized(k + 1)
                    && !matches!(
                        next,
                        "holiday" | "holidays" | "period" | "season" | "week" | "weekend" | "break" | "recess"
                    ) =>
            {
                return None
            }
            ("christmas", _, _) => (Holiday::Fixed(12, 25), k + 1),
            ("new", "year's" | "year\u{2019}s", "day") => (Holiday::Fixed(1, 1), k + 3),
            ("new", "year's" | "year\u{2019}s", "eve") => (Holiday::Fixed(12, 31), k + 3),
            // The tokenizer splits the possessive off: "New" "Year" "'s" "Eve".
            ("new", "year", "'s" | "\u{2019}s") if self.w(k + 3) == "day" => (Holiday::Fixed(1, 1), k + 4),
            ("new", "year", "'s" | "\u{2019}s") if self.w(k + 3) == "eve" => (Holiday::Fixed(12, 31), k + 4),
            ("good", "friday", _) if self.capitalized(k + 1) => (Holiday::Easter(-2), k + 2),
            // Mother's Day in Britain, the fourth Sunday of Lent.
            ("mothering", "sunday", _) if self.capitalized(k) => (Holiday::Easter(-21), k + 2),
            ("easter", "sunday", _) => (Holiday::Easter(0), k + 2),
            ("easter", "monday", _) => (Holiday::Easter(1), k + 2),
            // Bare "Easter" is the feast only where a date is expected ("at Easter", "last
            // Easter", "the Easter holidays"), not in "Easter Island" or "the Easter Rising".
            ("easter", next, _)
                if (dir != Dir::Tense
                    || matches!(next, "weekend" | "holiday" | "holidays" | "break" | "recess")
                    || matches!(
                        self.prev(i),
                        "at" | "over"
                            | "before"
                            | "after"
                            | "since"
                            | "until"
                            | "by"
                            | "on"
                            | "around"
                            | "during"
                            | "till"
                            | "between"
                            | "from"
                            | "to"
                    ))
                    && !self.capitalized(k + 1)
                    && !matches!(next, "island" | "rising") =>
            {
                (Holiday::Easter(0), k + 1)
            }
            ("independence", "day", _) => (Holiday::Fixed(7, 4), k + 2),
            ("halloween", _, _) => (Holiday::Fixed(10, 31), k + 1),
            ("valentine's" | "valentine\u{2019}s", "day", _) => (Holiday::Fixed(2, 14), k + 2),
            ("valentine", "'s" | "\u{2019}s", "day") => (Holiday::Fixed(2, 14), k + 3),
            ("boxing", "day", _) if self.capitalized(k + 1) => (Holiday::Fixed(12, 26), k + 2),
            ("bonfire", "night", _) if self.capitalized(k + 1) => (Holiday::Fixed(11, 5), k + 2),
            ("armistice" | "remembrance" | "veterans", "day", _) if self.capitalized(k + 1) => {
                (Holiday::Fixed(11, 11), k + 2)
            }
            ("thanksgiving", "day", _) => (Holiday::Thanksgiving, k + 2),
            ("thanksgiving", _, _) => (Holiday::Thanksgiving, k + 1),
            ("election", "day", _) => (Holiday::ElectionDay, k + 2),
            // United States federal holidays on a weekday of their month (facts).
            ("labor", "day", _) if self.capitalized(k + 1) => (Holiday::NthWeekday(9, 1, Weekday::Monday), k + 2),
            ("memorial", "day", _) if self.capitalized(k + 1) => (Holiday::NthWeekday(5, -1, Weekday::Monday), k + 2),
            ("columbus", "day", _) if self.capitalized(k + 1) => (Holiday::NthWeekday(10, 2, Weekday::Monday), k + 2),
            ("presidents", "day", _) if self.capitalized(k + 1) => (Holiday::NthWeekday(2, 3, Weekday::Monday), k + 2),
            ("presidents", "'" | "\u{2019}", "day") if self.capitalized(k + 2) => {
                (Holiday::NthWeekday(2, 3, Weekday::Monday), k + 3)
            }
            ("mlk", "day", _) if self.capitalized(k + 1) => (Holiday::NthWeekday(1, 3, Weekday::Monday), k + 2),
            ("juneteenth", _, _) => (Holiday::Fixed(6, 19), k + 1),
            // National days on a fixed date (facts).
            ("canada", "day", _) if self.capitalized(k + 1) => (Holiday::Fixed(7, 1), k + 2),
            ("bastille", "day", _) if self.capitalized(k + 1) => (Holiday::Fixed(7, 14), k + 2),
            ("australia", "day", _) if self.capitalized(k + 1) => (Holiday::Fixed(1, 26), k + 2),
            ("anzac", "day", _) if self.capitalized(k + 1) => (Holiday::Fixed(4, 25), k + 2),
            _ => return None,
        };
        // "the Good Friday Agreement", "the Easter Rising": a name of what happened, not the day.
        if self.capitalized(end)
            && matches!(
                self.w(end),
                "agreement"
                    | "agreements"
                    | "accord"
                    | "accords"
                    | "treaty"
                    | "truce"
                    | "rising"
                    | "uprising"
                    | "offensive"
                    | "massacre"
                    | "bombing"
                    | "bombings"
                    | "attack"
                    | "attacks"
                    | "tsunami"
                    | "earthquake"
                    | "island"
                    | "islands"
                    | "act"
            )
        {
            return None;
        }
        // "the Easter weekend", "over the Thanksgiving weekend".
        if self.w(end) == "weekend" {
            return Some((end + 1, Sem::WeekendOf(Box::new(Sem::Holiday { which, dir }))));
        }
        // "threatening Christmas travel plans", "Christmas sales": the season around the nearest
        // one, whatever the tense of the clause ("said on Thursday, threatening …" in November).
        if dir == Dir::Tense
            && matches!(
                self.w(end),
                "travel"
                    | "shopping"
                    | "sales"
                    | "plans"
                    | "season"
                    | "rush"
                    | "trading"
                    | "getaway"
                    | "markets"
                    | "market"
            )
        {
            return Some((end, Sem::Holiday { which, dir: Dir::Near }));
        }
        // "Christmas 2019", "Easter 2020": that year's.
        if let (Dir::Tense, Some(year)) = (dir, self.year_at(end)) {
            let date = which.date(year)?;
            let (month, day) = (date.month(), date.day());
            return Some((end + 1, Sem::Cal { year: Some(year), month: Some(month), day: Some(day), clock: None }));
        }
        Some((end, Sem::Holiday { which, dir }))
    }

    /// Seasons: "last fall", "this summer", "this past spring", "the winter of 1994", "in
    /// summer". A bare season needs a date cue before it; "fall" also needs a determiner, as it
    /// is more often a verb or a noun ("the fall of the wall").
    fn season(&self, i: usize) -> Option<(usize, Sem)> {
        // "since the start of the summer", "at the end of winter": a part of the season dates
        // it as the season does.
        let part_of = self.prev(i) == "of"
            && i >= self.start + 2
            && matches!(
                self.prev(i - 1),
                "start"
                    | "end"
                    | "beginning"
                    | "middle"
                    | "close"
                    | "height"
                    | "peak"
                    | "rest"
                    | "remainder"
                    | "period"
            );
        // "pushed it back to the summer" (not "spring" or "fall", other nouns after "to").
        let to_season = self.prev(i) == "to" && matches!(self.w(i + 1), "summer" | "autumn" | "winter");
        let cued = season_cue(self.prev(i)) || part_of || to_season;
        let (dir, k) = match (self.w(i), self.w(i + 1)) {
            ("last", _) => (Dir::Last, i + 1),
            ("this", "past") => (Dir::Last, i + 2),
            // "the coming winter", "this coming summer": the next one.
            ("the" | "this", "coming" | "upcoming") => (Dir::Next, i + 2),
            ("this", _) => (Dir::This, i + 1),
            ("next", _) => (Dir::Next, i + 1),
            // Counted from the last date named: "In 2009 a trust formed. Work began the
            // following spring", "the previous winter", "later that summer".
            ("the", "following" | "next") => (Dir::After, i + 2),
            ("the", "previous" | "preceding") => (Dir::Before, i + 2),
            // (Or ending a clause: "The owners sued the builder that spring, and …"; not "fall",
            // a verb after "that" as often.)
            ("that", w)
                if season_cue(self.prev(i))
                    || matches!(self.prev(i), "later" | "earlier" | ",")
                    || self.sentence_initial(i)
                    || w != "fall"
                        && season_index(w).is_some()
                        && matches!(self.w(i + 2), "," | "." | ";" | "and" | "but" | "when") =>
            {
                (Dir::Same, i + 1)
            }
            ("the", _) if cued => (Dir::Tense, i + 1),
            // A season as the subject of a verb: "the autumn would be hard", "the summer was
            // dry" ("spring" and "fall" are also other nouns: "the spring was dry" is a well).
            ("the", "summer" | "autumn" | "winter") if SEASON_SUBJECT_VERBS.contains(&self.w(i + 2)) => {
                (Dir::Tense, i + 1)
            }
            // "first to the autumn of 2023": with its year it needs no cue.
            ("the", w)
                if season_index(w).is_some()
                    && self.w(i + 2) == "of"
                    && (self.year_at(i + 3).is_some()
                        || self.year_span_at(i + 3).is_some()
                        || self.year_offset_at(i + 3).is_some()) =>
            {
                (Dir::Tense, i + 1)
            }
            _ if cued => (Dir::Tense, i),
            _ => return None,
        };
        // "the early summer": the modifier stays in the span.
        let k = k + usize::from(self.w(i) == "the" && matches!(self.w(k), "early" | "late"));
        // A bare "fall" is more often a verb or a noun: only after a determiner or cue word.
        let season = season_index(self.w(k)).filter(|_| self.w(k) != "fall" || k > i)?;
        let spoken = if self.w(k + 1) == "of" { self.spoken_year_at(k + 2) } else { None };
        // "the winter of 2016-2017" is dated by the year it starts in.
        let year_at = |j: usize| self.year_at(j).or_else(|| self.year_span_at(j));
        // "the summer of next year": the season of the reference's year plus the offset.
        if let Some((offset, end)) = self.year_offset_at(k + 1).filter(|_| self.w(k + 1) == "of") {
            return Some((end, Sem::Season { season, dir: Dir::Year(offset), year: None }));
        }
        // "fixed it in the summer of that year": that summer, of the year last named.
        if (self.w(k + 1), self.w(k + 2), self.w(k + 3)) == ("of", "that", "year") && self.w(i) == "the" {
            return Some((k + 4, Sem::Season { season, dir: Dir::Same, year: None }));
        }
        let (year, end) = match (self.w(k + 1), year_at(k + 1), year_at(k + 2)) {
            (_, Some(y), _) => (Some(y), k + 2),
            ("of", _, Some(y)) => (Some(y), k + 3),
            // "the winter of nineteen ninety-four".
            ("of", _, None) if spoken.is_some() => spoken.map(|(y, end)| (Some(y), end))?,
            // "the fall of the regime" is not a season, nor is "the spring melt" (a thing).
            // (But "planned for the spring in London": a cue, then a place.)
            ("in", _, None) if self.w(i) == "the" && cued && self.capitalized(k + 2) => (None, k + 1),
            ("of" | "in", _, None) if self.w(i) == "the" => return None,
            (next, _, None)
                if self.w(i) == "the"
                    && !matches!(dir, Dir::After | Dir::Before | Dir::Next)
                    && self.kind(k + 1) == Some(TokenKind::Word)
                    // (A preposition opens no compound: "planned for the spring at the
                    // Konzerthaus", "back here in the fall with harder choices".)
                    // (Nor does a subject after it: "By the spring we expect to see a difference".)
                    && !matches!(
                        next,
                        "and" | "or" | "when" | "before" | "after" | "to" | "as" | "until" | "at" | "with" | "for" | "on" | "from" | "but" | "amid"
                            | "we" | "i" | "you" | "he" | "she" | "they" | "it" | "there"
                    )
                    && !(k == i + 1 && SEASON_SUBJECT_VERBS.contains(&next))
                    // ("had warned in the spring that …"; not "the fall that killed him".)
                    && !(next == "that" && cued && self.w(k) != "fall") =>
            {
                return None
            }
            _ => (None, k + 1),
        };
        Some((end, Sem::Season { season, dir, year }))
    }

    /// "the weekend", "this weekend", "last weekend", "over the weekend".
    fn weekend(&self, i: usize) -> Option<(usize, Sem)> {
        let (dir, k) = match (self.w(i), self.w(i + 1)) {
            ("the" | "this", "past") => (Dir::Last, i + 2),
            ("this" | "the", "coming" | "upcoming") => (Dir::This, i + 2),
            // Counted from the last day named: "the following weekend", "the previous weekend".
            ("the", "following") => (Dir::After, i + 2),
            ("the", "previous" | "preceding") => (Dir::Before, i + 2),
            ("the", _) => (Dir::Tense, i + 1),
            ("this", _) => (Dir::This, i + 1),
            ("last", _) => (Dir::Last, i + 1),
            ("next", _) => (Dir::Next, i + 1),
            _ => return None,
        };
        if self.w(k) != "weekend" {
            return None;
        }
        // "the weekend of 12-13 December", "the weekend of March 6": the weekend of that week.
        if (dir, self.w(k + 1)) == (Dir::Tense, "of") {
            if let Some((end, Sem::Cal { year, month: Some(month), day: Some(day), clock: None })) =
                self.month_first(k + 2, true).or_else(|| self.day_first(k + 2))
            {
                return Some((end, Sem::WeekOf { year, month, day, weekend: true }));
            }
            // "the weekend of 14 and 15 March": the first day, then the second with the month.
            let first_day = self.w(k + 2).parse::<i8>().ok().filter(|d| (1..=31).contains(d));
            if let (Some(day), "and" | "&") = (first_day, self.w(k + 3)) {
                if let Some((end, Sem::Cal { year, month: Some(month), day: Some(_), clock: None })) =
                    self.day_first(k + 4)
                {
                    return Some((end, Sem::WeekOf { year, month, day, weekend: true }));
                }
            }
        }
        // "the weekend before last", "the weekend after next": a week beyond last or next.
        match (dir, self.w(k + 1), self.w(k + 2)) {
            (Dir::Tense, "before", "last") => Some((k + 3, Sem::Weekend { dir: Dir::Week(-2) })),
            (Dir::Tense, "after", "next") => Some((k + 3, Sem::Weekend { dir: Dir::Week(2) })),
            _ => Some((k + 1, Sem::Weekend { dir })),
        }
    }

    /// "the year", "the current year", "the fiscal year", "the full year": this year as a date,
    /// or as a duration when it is spanned ("over the year", "the full year").
    fn the_year(&self, i: usize) -> Option<(usize, Sem)> {
        if self.w(i) != "the" {
            return None;
        }
        // "early in the new year": the coming year late in a year, else this one. ("New
        // Year's Day" is a holiday, capitalized.)
        if (self.w(i + 1), self.w(i + 2)) == ("new", "year")
            && !self.capitalized(i + 1)
            && !self.w(i + 3).starts_with('\'')
        {
            return Some((i + 3, Sem::NewYear));
        }
        let mut k = i + 1;
        let mut whole = false;
        while matches!(self.w(k), "current" | "full" | "latest" | "fiscal" | "financial" | "entire" | "whole") {
            whole |= matches!(self.w(k), "entire" | "whole");
            k += 1;
        }
        if self.w(k) != "year" {
            return None;
        }
        // "the year 2000" is a year; "the year before" is counted from the last date.
        if let Some(y) = self.year_at(k + 1) {
            return Some((k + 2, Sem::Cal { year: Some(y), month: None, day: None, clock: None }));
        }
        if let Some((y, end)) = self.spoken_year_at(k + 1) {
            return Some((end, Sem::Cal { year: Some(y), month: None, day: None, clock: None }));
        }
        if matches!(self.w(k + 1), "before" | "after" | "earlier" | "later" | "ago") {
            return None;
        }
        // "young player of the year", "album of the year": an award's name.
        if k == i + 1 && self.prev(i) == "of" && i >= self.start + 2 && AWARDED.contains(&self.prev(i - 1)) {
            return None;
        }
        // "in 1991, the year the pier was rebuilt": an apposition names the year just given.
        if k == i + 1 && self.prev(i) == "," && i >= self.start + 2 {
            if let Some(y) = self.year_at(i - 2) {
                return Some((k + 1, Sem::Cal { year: Some(y), month: None, day: None, clock: None }));
            }
        }
        // "the year ended June 30" is a twelve-month period, and "over the year", "throughout
        // the year" span it: durations. "For the year, profit rose", "in the year", "the
        // year's" date it (the calendar or fiscal year).
        let ended = matches!(self.w(k + 1), "ended" | "ending" | "ends" | "to" | "through");
        if whole || ended || matches!(self.prev(i), "over" | "throughout" | "during") {
            return Some((k + 1, Sem::fixed(TimexType::Duration, "P1Y")));
        }
        Some((k + 1, Sem::Relative { unit: Unit::Year, offset: 0 }))
    }

    // ---- Relative dates ----

    /// "today", "yesterday morning", "tonight".
    fn day_word(&self, i: usize) -> Option<(usize, Sem)> {
        // "mid-afternoon yesterday": the part of the day first.
        if let Some(part) = part_of_day(self.w(i)) {
            let offset = match self.w(i + 1) {
                "today" => 0,
                "yesterday" => -1,
                "tomorrow" => 1,
                _ => return None,
            };
            return Some((i + 2, Sem::Day { offset, part: Some(part) }));
        }
        let offset = match self.w(i) {
            "tonight" => return Some((i + 1, Sem::Day { offset: 0, part: Some("NI") })),
            // "swept across Spain overnight", "overnight losses in New York"; not "famous
            // almost overnight" (suddenly) or "an overnight bag".
            "overnight" => {
                let sudden = matches!(self.prev(i), "almost" | "virtually" | "literally" | "seemingly" | "nearly");
                let next = self.w(i + 1);
                let noun_after = self.kind(i + 1) == Some(TokenKind::Word)
                    && !matches!(
                        next,
                        "and"
                            | "or"
                            | "but"
                            | "in"
                            | "on"
                            | "at"
                            | "to"
                            | "from"
                            | "into"
                            | "as"
                            | "after"
                            | "before"
                            | "while"
                            | "when"
                            | "with"
                            | "losses"
                            | "gains"
                            | "trading"
                            | "session"
                            | "rally"
                    );
                // "overnight on Saturday": that day's night, one expression.
                if let Some(day) = self.weekday_at(i + 2).filter(|_| next == "on" && !sudden) {
                    return Some((i + 3, Sem::Weekday { day, dir: Dir::Tense, part: Some("NI") }));
                }
                // "overnight on 12 March 1925": the night of a day named right after it, which
                // dates it; not the night before the reference.
                let dated = next == "on"
                    && (self.month_first(i + 2, true).or_else(|| self.day_first(i + 2)))
                        .is_some_and(|(_, sem)| matches!(sem, Sem::Cal { day: Some(_), .. }));
                return (!sudden && !noun_after && !dated).then_some((i + 1, Sem::Overnight));
            }
            "today" => 0,
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => return None,
        };
        let part = part_of_day(self.w(i + 1));
        Some((i + 1 + usize::from(part.is_some()), Sem::Day { offset, part }))
    }

    /// "this week", "last month", "next year", "next Thursday", "last May", "this morning",
    /// "last night".
    fn this_next_last(&self, i: usize) -> Option<(usize, Sem)> {
        let (dir, step) = match self.w(i) {
            "this" => (Dir::This, 0),
            "last" => (Dir::Last, -1),
            "next" => (Dir::Next, 1),
            _ => return None,
        };
        // "worked until the very last week": the last of some weeks, not last week.
        if self.prev(i) == "very" && i >= self.start + 2 && matches!(self.prev(i - 1), "the" | "her" | "his" | "their")
        {
            return None;
        }
        // Nor "the last year of the war" (see `Scan::final_of_series`).
        if self.w(i) == "last" && self.prev(i) == "the" && self.final_of_series(i) {
            return None;
        }
        // "The finals take place on the last Sunday": the final one of some run of days, no
        // date told (not "the last Monday of May", a rule's day).
        if self.w(i) == "last" && self.prev(i) == "the" && !matches!(self.w(i + 2), "of" | "in") {
            if let Some(day) = self.weekday_at(i + 1) {
                return Some((i + 2, some_day_named(day)));
            }
        }
        let j = i + 1;
        // "this time last year", "this time next week".
        if let ("this", "time", "last" | "next") = (self.w(i), self.w(j), self.w(j + 1)) {
            if let Some(unit @ (Unit::Year | Unit::Month | Unit::Week)) = calendar_unit(self.w(j + 2)) {
                let offset = if self.w(j + 1) == "last" { -1 } else { 1 };
                return Some((j + 3, Sem::SameTime { unit, offset }));
            }
        }
        if let Some(unit) = calendar_unit(self.w(j)) {
            return Some((j + 1, Sem::Relative { unit, offset: step }));
        }
        // "next fiscal year", "last financial year", "this calendar year".
        if matches!(self.w(j), "fiscal" | "financial" | "calendar") && self.w(j + 1) == "year" {
            return Some((j + 2, Sem::Relative { unit: Unit::Year, offset: step }));
        }
        if let Some(part) = part_of_day(self.w(j)) {
            // "this morning" is today; "last night" is yesterday's; "next morning" is not said.
            return (step <= 0).then_some((j + 1, Sem::Day { offset: step, part: Some(part) }));
        }
        if let Some(day) = self.weekday_at(j) {
            let part = part_of_day(self.w(j + 1));
            return Some((j + 1 + usize::from(part.is_some()), Sem::Weekday { day, dir, part }));
        }
        // "this coming Sunday" is the next one, "this past Sunday" the last one.
        if let ("this", "coming" | "past", Some(day)) = (self.w(i), self.w(j), self.weekday_at(j + 1)) {
            let dir = if self.w(j) == "coming" { Dir::Next } else { Dir::Last };
            let part = part_of_day(self.w(j + 2));
            return Some((j + 2 + usize::from(part.is_some()), Sem::Weekday { day, dir, part }));
        }
        let (month, end) = self.month_at(j)?;
        // "last Oct. 23": the latest Oct. 23 before the reference.
        if let Some(day) = self.day_at(end).filter(|&d| valid_day(None, month, d)) {
            return Some((end + 1, Sem::Month { month, day: Some(day), dir }));
        }
        Some((end, Sem::Month { month, day: None, dir }))
    }

    /// "April of that year", "in May of the following year": in the year of the last date
    /// named, or the one after or before it.
    fn month_of_that_year(&self, i: usize) -> Option<(usize, Sem)> {
        // (The cheap test first: this runs for every word.)
        if self.w(i + 1) != "of" {
            return None;
        }
        let (month, j) = self.month_at(i)?;
        let k = j + 1 + usize::from(matches!(self.w(j + 1), "that" | "the"));
        let (dir, end) = match (self.w(j), self.w(j + 1), self.w(k), self.w(k + 1)) {
            ("of", "that", "year", _) => (Dir::AnchorYear(0), k + 1),
            ("of", "that" | "the", "same", "year") => (Dir::AnchorYear(0), k + 2),
            ("of", "the", "following" | "next", "year") => (Dir::AnchorYear(1), k + 2),
            ("of", "the", "previous" | "preceding", "year") => (Dir::AnchorYear(-1), k + 2),
            _ => return None,
        };
        Some((end, Sem::Month { month, day: None, dir }))
    }

    /// A month counted from the last date mentioned: "In 2021 … that November", "set for 2031
    /// … planned for the following January", "the previous May".
    fn anchored_month(&self, i: usize) -> Option<(usize, Sem)> {
        let (dir, j) = match (self.w(i), self.w(i + 1)) {
            ("that", _) => (Dir::Same, i + 1),
            ("the", "following" | "next") => (Dir::After, i + 2),
            ("the", "previous" | "preceding") => (Dir::Before, i + 2),
            _ => return None,
        };
        let (month, end) = self.month_at(j).filter(|&(_, end)| end == j + 1)?;
        // "He said that November was the worst": a conjunction before the month as a subject.
        if dir == Dir::Same && (self.verb_at(end).is_some() || saying(self.prev(i)) || self.prev(i) == "so") {
            return None;
        }
        Some((end, Sem::Month { month, day: None, dir }))
    }

    /// Dates counted from the last date mentioned: "the previous day", "the following week",
    /// "the day before", "the same day", "that day".
    fn anchored(&self, i: usize) -> Option<(usize, Sem)> {
        let w = self.w(i);
        // "the week after next", "the year before last": two units from the reference.
        if w == "the" {
            if let (Some(unit), "after" | "before", "next" | "last") =
                (calendar_unit(self.w(i + 1)), self.w(i + 2), self.w(i + 3))
            {
                if (self.w(i + 2) == "after") == (self.w(i + 3) == "next") {
                    let offset = if self.w(i + 2) == "after" { 2 } else { -2 };
                    return Some((i + 4, Sem::Relative { unit, offset }));
                }
            }
        }
        // "Earlier in the day", "later in the year": the day or year the story is at.
        if let ("earlier" | "later", "in", "the") = (w, self.w(i + 1), self.w(i + 2)) {
            let unit = match self.w(i + 3) {
                "day" => Unit::Day,
                other => calendar_unit(other)?,
            };
            return Some((i + 4, Sem::Anchored { unit, offset: 0, part: None }));
        }
        if w == "that" {
            // "that same year", "that same day".
            let k = i + usize::from(self.w(i + 1) == "same");
            // "that morning", "that night": a part of the last day named.
            if let Some(part) = part_of_day(self.w(k + 1)) {
                return Some((k + 2, Sem::Anchored { unit: Unit::Day, offset: 0, part: Some(part) }));
            }
            let unit = calendar_unit(self.w(k + 1)).or((self.w(k + 1) == "day").then_some(Unit::Day))?;
            return Some((k + 2, Sem::Anchored { unit, offset: 0, part: None }));
        }
        if w != "the" {
            return None;
        }
        // "the day before yesterday", "the day after tomorrow".
        match (self.w(i + 1), self.w(i + 2), self.w(i + 3)) {
            ("day", "before", "yesterday") => return Some((i + 4, Sem::Day { offset: -2, part: None })),
            ("day", "after", "tomorrow") => return Some((i + 4, Sem::Day { offset: 2, part: None })),
            _ => {}
        }
        // "the previous Friday", "the following Monday": counted from the last day named.
        if let ("previous" | "preceding" | "following", Some(day)) = (self.w(i + 1), self.weekday_at(i + 2)) {
            let dir = if self.w(i + 1) == "following" { Dir::After } else { Dir::Before };
            return Some((i + 3, Sem::Weekday { day, dir, part: None }));
        }
        // "up from 71 the year before", "the month after.": counted from the last date named
        // (not "the week after the vote", counted from an event).
        if let (Some(unit), "before" | "after") = (calendar_unit(self.w(i + 1)), self.w(i + 2)) {
            if self.kind(i + 3) != Some(TokenKind::Word) {
                let offset = if self.w(i + 2) == "after" { 1 } else { -1 };
                return Some((i + 3, Sem::Anchored { unit, offset, part: None }));
            }
        }
        let offset = match (self.w(i + 1), self.w(i + 2)) {
            ("day", "before") => -1,
            ("day", "after") => 1,
            ("previous" | "preceding", _) => -1,
            ("following", _) => 1,
            ("next", "day") => 1,
            ("next", w) if part_of_day(w).is_some() => 1,
            // "the council voted the next year to sell": a date counted from the last one; "over
            // the next year", "the next year or so" are spans of time.
            ("next", "year" | "month" | "week")
                if !matches!(
                    self.prev(i),
                    "over" | "in" | "within" | "during" | "for" | "throughout" | "of" | "through" | "into"
                ) && !matches!(self.w(i + 3), "or" | "and") =>
            {
                1
            }
            ("same", _) => 0,
            _ => return None,
        };
        if self.w(i + 1) == "day" {
            if self.kind(i + 3) != Some(TokenKind::Word) {
                return Some((i + 3, Sem::Anchored { unit: Unit::Day, offset, part: None }));
            }
            // "the day after Christmas", "the day before last Tuesday('s hearing)": a day
            // counted from the named one. "The day before the vote" has no date to count from.
            let (end, on) = self.core(i + 3, true)?;
            let named_day = match &on {
                Sem::Cal { day, .. } | Sem::Month { day, .. } => day.is_some(),
                Sem::Weekday { part: None, .. } | Sem::Holiday { .. } | Sem::Day { part: None, .. } => true,
                _ => false,
            };
            return named_day.then(|| (end, Sem::DaysFrom { days: offset, on: Box::new(on) }));
        }
        // "the next morning", "the previous evening", "the same night": a part of the day
        // before, after or of the last day named.
        if let Some(part) = part_of_day(self.w(i + 2)) {
            return Some((i + 3, Sem::Anchored { unit: Unit::Day, offset, part: Some(part) }));
        }
        let unit = match self.w(i + 2) {
            "day" => Unit::Day,
            w => calendar_unit(w)?,
        };
        // "rose 4% on the same month last year", "the same quarter a year earlier": that month
        // or quarter of the year before, one expression.
        if self.w(i + 1) == "same" {
            let year_back = match (self.w(i + 3), self.w(i + 4), self.w(i + 5)) {
                ("last", "year", _) => Some(i + 5),
                ("a", "year", "earlier" | "ago" | "before") => Some(i + 6),
                _ => None,
            };
            let back = match unit {
                Unit::Month => Some(-12),
                Unit::Quarter => Some(-4),
                _ => None,
            };
            if let Some((end, offset)) = year_back.zip(back) {
                return Some((end, Sem::Anchored { unit, offset, part: None }));
            }
        }
        Some((i + 3, Sem::Anchored { unit, offset, part: None }))
    }

    // ---- Sets ----

    /// "every Monday", "every two years", "twice a year", "$5 million a year", "annually",
    /// "daily".
    fn set(&self, i: usize) -> Option<(usize, Sem)> {
        let set = |end, value: String| Some((end, Sem::Fixed { kind: TimexType::Set, value }));
        let w = self.w(i);
        let nth = |k: usize| matches!(self.w(k), "first" | "second" | "third" | "fourth" | "last");
        // "first and third": one or more days of the month by their rank.
        let nths = |k: usize| match (nth(k), self.w(k + 1), nth(k + 2)) {
            (true, "and" | "or", true) => Some(k + 3),
            (true, ..) => Some(k + 1),
            _ => None,
        };
        // "the second Monday of every month", "the first and third Tuesday of each month":
        // once a month (no one day of the calendar).
        // ("the first Monday of the month", with no month named, is each month's too.)
        if let Some(j) = nths(i + 1).filter(|_| w == "the") {
            if let (Some(_), "of", "every" | "each" | "the", "month") =
                (self.weekday_at(j), self.w(j + 1), self.w(j + 2), self.w(j + 3))
            {
                return set(j + 4, "P1M".to_string());
            }
        }
        // "Shops close on weekends", "at weekends": every weekend.
        if w == "weekends" && matches!(self.prev(i), "on" | "at" | "over") {
            return set(i + 1, "XXXX-WXX-WE".to_string());
        }
        if matches!(w, "every" | "each") {
            // ("every single Sunday", "each and every Monday": the same.)
            let j = i + 1 + usize::from(matches!(self.w(i + 1), "single"));
            // "every half hour".
            if (self.w(j), self.w(j + 1)) == ("half", "hour") {
                return set(j + 2, "PT30M".to_string());
            }
            if let Some(day) = self.weekday_at(j) {
                // "every Thursday at 10am": the hour of each one, not a time on some day.
                if let Some((end, Sem::Clock { hour, minute })) =
                    (self.w(j + 1) == "at").then(|| self.clock(j + 2, true)).flatten()
                {
                    let day = day.to_monday_one_offset();
                    return set(end, format!("XXXX-WXX-{day}T{hour:02}:{minute:02}"));
                }
                return set(j + 1, format!("XXXX-WXX-{}", day.to_monday_one_offset()));
            }
            // "every first and third Tuesday of the month": those weekdays of each month; "every
            // first Monday of the month", one of them, once a month.
            if let Some(k) = nths(j).filter(|&k| k > j + 1 || self.w(j) == "first") {
                if let Some(day) = self.weekday_at(k) {
                    let end = match (self.w(k + 1), self.w(k + 2), self.w(k + 3)) {
                        ("of", "the" | "each" | "every", "month") => k + 4,
                        _ => k + 1,
                    };
                    if k == j + 1 {
                        return set(end, "P1M".to_string());
                    }
                    return set(end, format!("XXXX-WXX-{}", day.to_monday_one_offset()));
                }
            }
            // "every other Tuesday", "every second Thursday": that weekday, one week in two
            // (or three).
            if let Some(day) =
                self.weekday_at(j + 1).filter(|_| matches!(self.w(j), "other" | "second" | "third" | "fourth"))
            {
                return set(j + 2, format!("XXXX-WXX-{}", day.to_monday_one_offset()));
            }
            if let Some(part) = part_of_day(self.w(j)) {
                return set(j + 1, format!("XXXX-XX-XXT{part}"));
            }
            // "each July": that month of every year.
            if let Some((month, end)) = self.month_at(j).filter(|_| self.w(j) != "may") {
                return set(end, format!("XXXX-{month:02}"));
            }
            // "every summer", "each spring": that season of every year; "every weekend".
            if let Some(season) = season_index(self.w(j)) {
                return set(j + 1, format!("XXXX-{}", SEASONS[usize::from(season)]));
            }
            if self.w(j) == "weekend" {
                return set(j + 1, "XXXX-WXX-WE".to_string());
            }
            let (amount, k) = if self.w(j) == "other" {
                (Amount::Whole(2), j + 1)
            } else {
                match self.amount_at(j) {
                    Some((amount, k, false)) => (amount, k),
                    _ => (Amount::Whole(1), j),
                }
            };
            let (unit, factor) = unit_of(self.w(k))?;
            return set(k + 1, duration_value(amount, unit, factor)?);
        }
        let per = |j: usize| -> Option<(usize, String)> {
            if !matches!(self.w(j), "a" | "an" | "per" | "each" | "every") {
                return None;
            }
            let (unit, factor) = unit_of(self.w(j + 1)).filter(|_| !self.w(j + 1).ends_with('s'))?;
            // "$5 million a year earlier" is a counted date, not a rate.
            if matches!(self.w(j + 2), "earlier" | "later" | "ago" | "before" | "after") {
                return None;
            }
            Some((j + 2, duration_value(Amount::Whole(1), unit, factor)?))
        };
        match w {
            "once" | "twice" | "thrice" => return per(i + 1).and_then(|(end, v)| set(end, v)),
            "a" | "an" | "per" => {
                // Only after a number or an amount of money: "$5 million a year", "10 percent a
                // year", "1,450 bikes an hour". After a verb, "a year" is a duration ("spent a
                // year").
                let prev = self.prev(i);
                // Or after a counted plural: "four flights a week", "two meals a day", "300
                // serious games a year" (not a unit: "12 years a slave").
                let number = |k: usize| self.kind(k) == Some(TokenKind::Number) || number_word(self.w(k)).is_some();
                // (Not a speed: "90 kilometres an hour", "30 miles per hour".)
                let counted_noun = i > self.start + 1
                    && prev.len() > 2
                    // (Or a plural without an "s": "2,000 people a day".)
                    && (prev.ends_with('s') || matches!(prev, "people" | "children" | "men" | "women" | "staff"))
                    && !speed_unit(prev)
                    && self.kind(i - 1) == Some(TokenKind::Word)
                    && unit_of(prev).is_none()
                    && (number(i - 2)
                        || i > self.start + 2
                            && number(i - 3)
                            && self.kind(i - 2) == Some(TokenKind::Word)
                            && !self.capitalized(i - 2)
                            // A machine's speed: "15 million instructions per second".
                            && self.w(i + 1) != "second");
                let counted = i > self.start && self.kind(i - 1) == Some(TokenKind::Number)
                    || counted_noun
                    || matches!(prev, "million" | "billion" | "thousand" | "percent" | "%" | "dollars" | "euros")
                    // "2.5 per cent a year".
                    || prev == "cent" && self.prev(i - 1) == "per";
                return if counted { per(i).and_then(|(end, v)| set(end, v)) } else { None };
            }
            "annually" => return set(i + 1, "P1Y".into()),
            _ => {}
        }
        // "three times a week".
        if let Some((_, j, false)) = self.amount_at(i) {
            if self.w(j) == "times" {
                return per(j + 1).and_then(|(end, v)| set(end, v));
            }
            // "four days a week", "two hours a day": so much of each longer unit.
            let rank = |w: &str| {
                unit_of(w).map(|(unit, factor)| match unit {
                    Unit::Second => 0,
                    Unit::Minute => 1,
                    Unit::Hour => 2,
                    Unit::Day => 3,
                    Unit::Week => 4,
                    Unit::Month => 5,
                    Unit::Quarter => 6,
                    Unit::Year => 7 + u8::from(factor > 1),
                })
            };
            if let (Some(part), Some(whole)) = (rank(self.w(j)), rank(self.w(j + 2))) {
                if part < whole && matches!(self.w(j + 1), "a" | "an" | "per" | "each" | "every") {
                    return per(j + 1).and_then(|(end, v)| set(end, v));
                }
            }
            // "six hours a night": each night's.
            if rank(self.w(j)).is_some_and(|part| part < 3)
                && matches!(self.w(j + 1), "a" | "per" | "each" | "every")
                && self.w(j + 2) == "night"
            {
                return set(j + 3, "P1D".into());
            }
        }
        let value = match w {
            "daily" | "nightly" | "once-daily" | "twice-daily" => "P1D",
            "weekly" => "P1W",
            "monthly" => "P1M",
            "yearly" => "P1Y",
            "hourly" => "PT1H",
            _ => return None,
        };
        // A newspaper: "the Gazeta Krakowska daily", "a weekly." (a noun after a name, or
        // after an article with nothing to qualify).
        let named_before = i > self.start + 1 && self.capitalized(i - 1) && self.kind(i - 1) == Some(TokenKind::Word);
        let noun_after_article =
            matches!(self.prev(i), "the" | "a") && self.kind(i + 1) != Some(TokenKind::Word) && i + 1 < self.end;
        // Or its own name, capitalized inside a sentence: "The Daily Courier's editor".
        let name = i > self.start && self.capitalized(i) && self.capitalized(i + 1);
        if named_before || noun_after_article || name {
            return None;
        }
        // Before a noun too: "a daily rally", "his weekly address", "hourly earnings" say how
        // often the thing happens. TimeBank leaves some of these out ("daily volume"), AQUAINT
        // tags nearly all; tagged is the more frequent reading in the two together.
        Some((i + 1, Sem::fixed(TimexType::Set, value)))
    }

    // ---- Durations, and counted dates ("two days ago") ----

    /// A number at `i`: digits, number words, "a"/"an", "a few", "several". Returns the amount,
    /// where it ends, and whether it was an article ("a day").
    fn amount_at(&self, i: usize) -> Option<(Amount, usize, bool)> {
        // "five and a half hours": the half comes before the unit.
        match self.plain_amount_at(i)? {
            (Amount::Whole(n), end, false)
                if (self.w(end), self.w(end + 1), self.w(end + 2)) == ("and", "a", "half") =>
            {
                Some((Amount::AndAHalf(n), end + 3, false))
            }
            found => Some(found),
        }
    }

    fn plain_amount_at(&self, i: usize) -> Option<(Amount, usize, bool)> {
        let w = self.w(i);
        match w {
            "a" | "an" => {
                return Some(match (self.w(i + 1), self.w(i + 2)) {
                    ("few", _) => (Amount::Vague, i + 2, false),
                    ("hundred", _) => (Amount::Whole(100), i + 2, false),
                    ("thousand", _) => (Amount::Whole(1000), i + 2, false),
                    ("couple", "of") => (Amount::Whole(2), i + 3, false),
                    _ => (Amount::Whole(1), i + 1, true),
                })
            }
            "several" | "many" | "some" | "few" => return Some((Amount::Vague, i + 1, false)),
            "couple" if self.w(i + 1) == "of" => return Some((Amount::Whole(2), i + 2, false)),
            _ => {}
        }
        if self.kind(i) == Some(TokenKind::Number) {
            if self.embedded(i) {
                return None;
            }
            if let Some(whole) = w.strip_suffix(".5") {
                return Some((Amount::AndAHalf(parse_digits(whole)?), i + 1, false));
            }
            let n = parse_digits(w)?;
            // "2 1/2 years", "2½ years".
            let glued = |k: usize| k < self.end && !self.tokens[k].space_before;
            if (self.w(i + 1), self.w(i + 2), self.w(i + 3)) == ("1", "/", "2") && glued(i + 2) && glued(i + 3) {
                return Some((Amount::AndAHalf(n), i + 4, false));
            }
            if self.w(i + 1) == "\u{bd}" {
                return Some((Amount::AndAHalf(n), i + 2, false));
            }
            return Some((Amount::Whole(n), i + 1, false));
        }
        let n = number_word(w)?;
        // "twenty four hours" in two words.
        if n >= 20 && n % 10 == 0 {
            if let Some(ones) = number_word(self.w(i + 1)).filter(|o| (1..=9).contains(o)) {
                return Some((Amount::Whole(n + ones), i + 2, false));
            }
        }
        // "two hundred years", "two thousand years".
        match self.w(i + 1) {
            "hundred" => Some((Amount::Whole(n.checked_mul(100)?), i + 2, false)),
            "thousand" => Some((Amount::Whole(n.checked_mul(1000)?), i + 2, false)),
            _ => Some((Amount::Whole(n), i + 1, false)),
        }
    }

    /// "two days", "the past three months", "several years", "a year and a half", and the
    /// counted dates "three years ago", "two weeks from now", "a day earlier".
    fn amount_phrase(&self, i: usize) -> Option<(usize, Sem)> {
        // "a quarter past four" is a clock time (see `clock`), not a quarter of a year.
        let hour = |w: &str| number_word(w).or_else(|| w.parse().ok()).is_some_and(|n| (1..=12).contains(&n));
        if self.w(i) == "a"
            && self.w(i + 1) == "quarter"
            && matches!(self.w(i + 2), "past" | "to")
            && hour(self.w(i + 3))
        {
            return None;
        }
        // A speed's "an hour": "90 kilometres an hour", "30 miles per hour".
        if matches!(self.w(i), "a" | "an" | "per") && speed_unit(self.prev(i)) {
            return None;
        }
        // "a week from Friday", "three days from Monday": a day counted from a named one.
        if let Some((Amount::Whole(n), j, _)) = self.amount_at(i) {
            let days = match self.w(j) {
                "day" | "days" => Some(1),
                "week" | "weeks" => Some(7),
                _ => None,
            };
            if let (Some(per), "from") = (days, self.w(j + 1)) {
                if let Some(day) = self.weekday_at(j + 2) {
                    let days = i64::try_from(n).ok()?.checked_mul(per)?;
                    let on = Sem::Weekday { day, dir: Dir::Tense, part: None };
                    return Some((j + 3, Sem::DaysFrom { days, on: Box::new(on) }));
                }
            }
        }
        // "he hopes he one day follows", "One day, she said, …": someday, not a duration.
        if (self.w(i), self.w(i + 1)) == ("one", "day")
            && (matches!(
                self.prev(i),
                "he" | "she" | "they" | "we" | "i" | "you" | "it" | "would" | "will" | "could" | "might"
            ) || self.sentence_initial(i) && self.w(i + 2) == ",")
        {
            return None;
        }
        // "on the final day", "the first day of the trial": a day, of what the text says (one
        // of the four in TimeBank+AQUAINT, "his first day in office", is a DATE), not a span of
        // one day.
        if (self.w(i), self.w(i + 2)) == ("the", "day") && matches!(self.w(i + 1), "first" | "final") {
            return Some((i + 3, Sem::fixed(TimexType::Date, "XXXX-XX-XX")));
        }
        // "the last decade of the fourth century BC", "the last decade when …": an ordinal
        // within a longer period, not a span back from now.
        if self.w(i) == "the"
            && matches!(self.w(i + 1), "last" | "first" | "final")
            && matches!(self.w(i + 2), "decade" | "century" | "millennium")
            && matches!(self.w(i + 3), "of" | "when" | "that" | "before")
        {
            return None;
        }
        // "two summers ago": a season so many back. "A generation ago": some time past.
        // (The cheap test first: this runs for every word that may start an amount.)
        let seasons_after =
            (i + 1..=i + 2).any(|k| matches!(self.w(k), "summers" | "winters" | "springs" | "autumns" | "falls"));
        if let Some((Amount::Whole(n @ 2..=99), j, _)) = seasons_after.then(|| self.amount_at(i)).flatten() {
            let season = self.w(j).strip_suffix('s').and_then(season_index);
            if let (Some(season), "ago") = (season, self.w(j + 1)) {
                return Some((j + 2, Sem::Season { season, dir: Dir::Back(i16::try_from(n).ok()?), year: None }));
            }
        }
        if (self.w(i), self.w(i + 1), self.w(i + 2)) == ("a", "generation", "ago") {
            return Some((i + 3, Sem::fixed(TimexType::Date, "PAST_REF")));
        }
        // "half an hour", "half a century" (it was "an hour").
        if self.w(i) == "half" && matches!(self.w(i + 1), "a" | "an") {
            if let Some(half) = half_of(self.w(i + 2)) {
                return Some((i + 3, Sem::fixed(TimexType::Duration, half)));
            }
        }
        // "backed down at the last minute", "a deal at the eleventh hour": idioms, no time.
        if self.prev(i) == "at"
            && self.w(i) == "the"
            && matches!(self.w(i + 1), "last" | "final")
            && matches!(self.w(i + 2), "minute" | "moment" | "second")
        {
            return None;
        }
        // "the last year of the war": no span from now (nor last year: `Scan::this_next_last`).
        if self.w(i) == "the" && matches!(self.w(i + 1), "last" | "final") && self.final_of_series(i + 1) {
            return None;
        }
        let lead = if self.w(i) == "the"
            && matches!(
                self.w(i + 1),
                "past" | "last" | "next" | "coming" | "previous" | "following" | "first" | "final"
            ) {
            Some(i + 2)
        } else if matches!(self.w(i), "past" | "last" | "next" | "coming" | "the")
            && self.amount_at(i + 1).is_some_and(|(_, _, article)| !article)
            // "may last two weeks": the verb.
            && !(self.w(i) == "last" && is_modal(self.prev(i)))
        {
            // "the nine months": TimeBank keeps the article in a duration's extent.
            Some(i + 1)
        } else {
            None
        };
        let (amount, j, article) = match (lead, lead.and_then(|l| self.amount_at(l))) {
            (_, Some(found)) => found,
            // "the past year" is dated as last year on TimeBank (both times it occurs; AQUAINT
            // has neither), unlike "the past week" or "the past three years" (durations).
            (Some(l), None)
                if self.w(l) == "year"
                    && matches!(self.w(i + 1), "past" | "last")
                    && self.w(l + 1) != "of"
                    && self.w(l + 1) != "or" =>
            {
                return Some((l + 1, Sem::Relative { unit: Unit::Year, offset: -1 }));
            }
            // "the past week": one unit; "the first hours": some.
            (Some(l), None) if self.w(l).ends_with('s') => (Amount::Vague, l, false),
            (Some(l), None) => (Amount::Whole(1), l, false),
            (None, None) => self.amount_at(i)?,
        };
        // "two more weeks", "eight trading days", "an additional year"; not after a bare lead
        // ("the first trading day" is an ordinal).
        let counted = lead.is_none_or(|l| l < j);
        let j = if counted
            && matches!(
                self.w(j),
                "more"
                    | "additional"
                    | "further"
                    | "extra"
                    | "trading"
                    | "business"
                    | "working"
                    | "straight"
                    | "consecutive"
            )
            && unit_of(self.w(j + 1)).is_some()
        {
            j + 1
        } else {
            j
        };
        let (unit, factor) = unit_of(self.w(j))?;
        // "a second round" is an ordinal; "52 years old" an age.
        if article && unit == Unit::Second || self.w(j + 1) == "old" {
            return None;
        }
        // "Sales rose by a quarter", "cut by three quarters", "fell by nearly a quarter", "by
        // more than a quarter": a fraction.
        let by_before = || {
            (i.saturating_sub(3).max(self.start)..i)
                .rev()
                .take_while(|&k| {
                    matches!(
                        self.w(k),
                        "by" | "nearly"
                            | "almost"
                            | "about"
                            | "roughly"
                            | "around"
                            | "more"
                            | "less"
                            | "than"
                            | "over"
                            | "just"
                            | "under"
                    )
                })
                .any(|k| self.w(k) == "by")
        };
        if unit == Unit::Quarter && by_before() && self.w(j + 1) != "of" {
            return None;
        }
        // "a quarter of the market" is a fraction; "a quarter of a century" 25 years.
        // "several quarters of losses" stays a duration.
        if unit == Unit::Quarter && self.w(j + 1) == "of" && matches!(amount, Amount::Whole(1..=3)) {
            return match (amount, self.w(j + 2), self.w(j + 3)) {
                (Amount::Whole(1), "a", "century") => Some((j + 4, Sem::fixed(TimexType::Duration, "P25Y"))),
                (Amount::Whole(1), "an", "hour") => Some((j + 4, Sem::fixed(TimexType::Duration, "PT15M"))),
                (Amount::Whole(3), "an", "hour") => Some((j + 4, Sem::fixed(TimexType::Duration, "PT45M"))),
                _ => None,
            };
        }
        let mut end = j + 1;
        let mut amount = amount;
        if (self.w(end), self.w(end + 1), self.w(end + 2)) == ("and", "a", "half") {
            amount = match amount {
                Amount::Whole(n) => Amount::AndAHalf(n),
                other => other,
            };
            end += 3;
        }
        // "a week or so ago", "the next two years or so": the hedge is part of the extent.
        if (self.w(end), self.w(end + 1)) == ("or", "so") {
            end += 2;
        }
        if lead.is_none() {
            let direction = match (self.w(end), self.w(end + 1)) {
                // "two years earlier than Germany had asked for": a comparison of two dates, by
                // an amount of time.
                ("earlier" | "later" | "sooner", "than") => None,
                // "a year ago to the day", "five years ago to the day": that very day.
                ("ago", _) if (self.w(end + 1), self.w(end + 2), self.w(end + 3)) == ("to", "the", "day") => {
                    if let (Unit::Year, Amount::Whole(n)) = (unit, amount) {
                        let years = i64::try_from(n.checked_mul(factor)?).ok()?;
                        return Some((end + 4, Sem::ToTheDay { years, precision: Unit::Day, weekday: None }));
                    }
                    Some((-1, end + 1, false))
                }
                ("ago", "today" | "this") if unit == Unit::Year && matches!(amount, Amount::Whole(_)) => {
                    let (precision, after) = match (self.w(end + 1), self.w(end + 2)) {
                        ("today", _) => (Unit::Day, end + 2),
                        ("this", "week") => (Unit::Week, end + 3),
                        ("this", "month") => (Unit::Month, end + 3),
                        _ => (Unit::Year, end + 1),
                    };
                    if precision == Unit::Year {
                        Some((-1, end + 1, false))
                    } else {
                        let Amount::Whole(n) = amount else { return None };
                        let years = i64::try_from(n.checked_mul(factor)?).ok()?;
                        return Some((after, Sem::ToTheDay { years, precision, weekday: None }));
                    }
                }
                ("ago", "on") if unit == Unit::Year && self.weekday_at(end + 2).is_some() => {
                    let Amount::Whole(n) = amount else { return None };
                    let years = i64::try_from(n.checked_mul(factor)?).ok()?;
                    let weekday = self.weekday_at(end + 2)?;
                    return Some((end + 3, Sem::ToTheDay { years, precision: Unit::Day, weekday: Some(weekday) }));
                }
                ("ago", _) => Some((-1, end + 1, false)),
                ("from", "now" | "today") => Some((1, end + 2, false)),
                ("earlier", _) => Some((-1, end + 1, true)),
                ("later", _) => Some((1, end + 1, true)),
                ("before", _) if self.kind(end + 1) != Some(TokenKind::Word) => Some((-1, end + 1, true)),
                ("after", _) if self.kind(end + 1) != Some(TokenKind::Word) => Some((1, end + 1, true)),
                _ => None,
            };
            if let Some((sign, after, anchored)) = direction {
                // "three days later", "two weeks before": TimeML reads the amount as a duration
                // and the adverb as a signal outside it, so the extent stops before the adverb;
                // the date it points to is kept for the timeline. "A year earlier" in a
                // comparison is dated as a whole ("up from $5 million a year earlier").
                let comparison = self.w(end) == "earlier" && unit == Unit::Year;
                if anchored && !comparison {
                    let duration = duration_value(amount, unit, factor)?;
                    let date = counted_date(amount, unit, factor, sign, anchored)?;
                    let date = matches!(date, Sem::Counted { .. }).then_some(Box::new(date));
                    return Some((end, Sem::Shift { duration, date, ahead: false }));
                }
                return counted_date(amount, unit, factor, sign, anchored).map(|sem| (after, sem));
            }
            // "in ten days", "within two weeks", "in two weeks' time": TimeML keeps a duration;
            // the day it points to, counted from the reference date, is kept for the timeline
            // when the clause looks ahead.
            // Not after a superlative: "the driest spring in 50 years", "the first rise in
            // ten months" look back over the span.
            // (Ten words back: "the most consistent results we have seen in a decade"; "first"
            // and "only" six.)
            let superlative = || {
                i >= self.start + 2
                    && (i.saturating_sub(10).max(self.start)..i - 1).any(|k| {
                        let w = self.w(k);
                        (w.len() > 4
                            && w.ends_with("est")
                            && !matches!(w, "interest" | "request" | "protest" | "harvest" | "contest" | "forest"))
                            || matches!(w, "best" | "worst" | "most" | "least")
                            // ("its second recall in three years".)
                            || matches!(w, "first" | "only" | "second" | "third" | "fourth" | "fifth") && k + 6 >= i
                    })
            };
            // Nor after a present perfect: "results we have seen from an oral drug in a decade"
            // (not "has said it will close the plant in a year").
            let perfect = || {
                (i.saturating_sub(12).max(self.start)..i - 1).any(|k| {
                    matches!(self.w(k), "have" | "has" | "'ve" | "\u{2019}ve")
                        && self.w(k + 1) != "to"
                        && (k + 1..i).all(|m| !matches!(self.w(m), "will" | "would" | "to" | "said" | "that" | ","))
                })
            };
            // Nor when it counts from another event: "within 180 days of the law taking effect".
            if matches!(self.prev(i), "in" | "within")
                && matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year)
                && matches!(amount, Amount::Whole(_))
                && !superlative()
                && !(self.prev(i) == "in" && perfect())
                && !matches!(self.w(end), "of" | "after" | "from")
            {
                let duration = duration_value(amount, unit, factor)?;
                let date = counted_date(amount, unit, factor, 1, false).map(Box::new);
                return Some((end, Sem::Shift { duration, date, ahead: true }));
            }
        }
        let value = duration_value(amount, unit, factor)?;
        // "five years and four months", "two hours and 15 minutes": one span, a smaller unit
        // after the larger ("P5Y4M"), unless a direction follows to count a date from it.
        // (Or with no "and": "in 2 hours 9 minutes 14 seconds", "two hours, nine minutes and 14
        // seconds".)
        if !matches!(amount, Amount::Whole(_)) || unit == Unit::Week || value.contains('.') {
            return Some((end, Sem::fixed(TimexType::Duration, value)));
        }
        let (mut value, mut unit, mut end_of_all) = (value, unit, end);
        for _ in 0..3 {
            let at = match self.w(end_of_all) {
                "and" => end_of_all + 1,
                "," if self.kind(end_of_all + 1) == Some(TokenKind::Number) => end_of_all + 1,
                _ if self.kind(end_of_all) == Some(TokenKind::Number) => end_of_all,
                _ => break,
            };
            let Some((Amount::Whole(n), k, false)) = self.amount_at(at) else { break };
            let Some((smaller, factor)) = unit_of(self.w(k)).filter(|&(u, _)| (u as u8) < (unit as u8)) else { break };
            let direction = matches!(self.w(k + 1), "ago" | "earlier" | "later" | "before" | "after" | "from");
            if direction || smaller == Unit::Quarter {
                break;
            }
            let more = duration_value(Amount::Whole(n), smaller, factor)?;
            // The time part keeps its "T" once: P2D and PT3H are P2DT3H, PT2H and PT15M
            // PT2H15M.
            let more = more.trim_start_matches('P');
            let more = if value.contains('T') { more.trim_start_matches('T') } else { more };
            value = format!("{value}{more}");
            (unit, end_of_all) = (smaller, k + 1);
        }
        Some((end_of_all, Sem::fixed(TimexType::Duration, value)))
    }

    /// One hyphenated token: "two-day", "10-year", "five-and-a-half-year", "24-hour",
    /// "month-long". Ages ("38-year-old") are not time expressions in TimeML.
    fn compound_duration(&self, i: usize) -> Option<(usize, Sem)> {
        let w = self.w(i);
        if !w.contains('-') || self.embedded(i) {
            return None;
        }
        let pieces: Vec<&str> = w.split('-').collect();
        let unit_at = match pieces.as_slice() {
            [.., u, "long"] if unit_of(u).is_some() => pieces.len() - 2,
            // The age of a war or a truce is a duration whose start is an event; a person's age
            // ("a 6-year-old boy") is not a time expression in TimeML.
            [.., u, "old"] if unit_of(u).is_some() && EVENT_NOUNS.contains(&self.w(i + 1)) => pieces.len() - 2,
            // "three-quarters of the vote" is a fraction, not nine months.
            [_, "quarters"] => return None,
            // "a half-hour delay".
            ["half", u] => return half_of(u).map(|half| (i + 1, Sem::fixed(TimexType::Duration, half))),
            [.., u] if unit_of(u).is_some() => pieces.len() - 1,
            _ => return None,
        };
        let (unit, factor) = unit_of(pieces[unit_at])?;
        let amount = amount_of_pieces(&pieces[..unit_at])?;
        Some((i + 1, Sem::fixed(TimexType::Duration, duration_value(amount, unit, factor)?)))
    }

    /// A finishing time: "4h12m33s", "2h09m", and "in 2:09:44" (after "in": "at 14:20:05" is
    /// a clock).
    fn race_time(&self, i: usize) -> Option<(usize, Sem)> {
        if self.kind(i) != Some(TokenKind::Number) || self.embedded(i) {
            return None;
        }
        let w = self.w(i);
        let mut parts = [None::<u32>; 3];
        if let Some((h, rest)) = w.split_once(':').filter(|_| self.prev(i) == "in") {
            let (m, sec) = rest.split_once(':')?;
            parts = [Some(h.parse().ok()?), Some(m.parse().ok()?), Some(sec.parse().ok()?)];
            if m.len() != 2 || sec.len() != 2 {
                return None;
            }
        } else {
            // Each number followed by its unit letter, in the order h, m, s.
            let mut rest = w;
            for (slot, letter) in parts.iter_mut().zip(['h', 'm', 's']) {
                let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                if digits == 0 || !rest[digits..].starts_with(letter) {
                    continue;
                }
                *slot = Some(rest[..digits].parse().ok()?);
                rest = &rest[digits + 1..];
            }
            // Two parts at least ("4h" alone is a bare hour, "30s" a decade or seconds).
            if !rest.is_empty() || parts.iter().flatten().count() < 2 {
                return None;
            }
        }
        if parts[1].is_some_and(|m| m > 59) || parts[2].is_some_and(|s| s > 59) {
            return None;
        }
        let mut value = "PT".to_string();
        for (n, letter) in parts.iter().zip(['H', 'M', 'S']) {
            if let Some(n) = n.filter(|&n| n > 0) {
                value.push_str(&format!("{n}{letter}"));
            }
        }
        (value.len() > 2).then(|| (i + 1, Sem::fixed(TimexType::Duration, value)))
    }

    /// A plural unit with no number, after "for"/"within"/"in": "for years" is PXY.
    fn bare_units(&self, i: usize) -> Option<(usize, Sem)> {
        let w = self.w(i);
        if !(w.ends_with('s') || matches!(w, "centuries" | "millennia"))
            || !matches!(self.prev(i), "for" | "within" | "in")
        {
            return None;
        }
        let (unit, factor) = unit_of(w)?;
        Some((i + 1, Sem::fixed(TimexType::Duration, duration_value(Amount::Vague, unit, factor)?)))
    }

    // ---- Clock times ----

    /// "2:30 p.m.", "2pm", "noon", and a 24-hour "14:30" after a cue ("at 14:30") or before a
    /// time zone.
    fn clock(&self, i: usize, cued: bool) -> Option<(usize, Sem)> {
        let (hour, minute, end) = match self.w(i) {
            // "at half past nine", "by quarter to five": after a cue, an hour of 1–12.
            // (Or "after a quarter past four".)
            "half" | "quarter"
                if clock_cue(self.prev(i)) || i >= 2 && self.prev(i) == "a" && clock_cue(self.prev(i - 1)) =>
            {
                let (after, to) = match (self.w(i), self.w(i + 1)) {
                    ("half", "past") => (30, false),
                    ("quarter", "past") => (15, false),
                    ("quarter", "to") => (45, true),
                    _ => return None,
                };
                let n = number_word(self.w(i + 2))
                    .or_else(|| self.w(i + 2).parse().ok())
                    .filter(|n| (1..=12).contains(n))?;
                let hour = if to { (n + 10) % 12 + 1 } else { n } as u8;
                let (hour, end) = match self.w(i + 3) {
                    "p.m." | "pm" => (hour % 12 + 12, i + 4),
                    "a.m." | "am" => (hour % 12, i + 4),
                    _ => (hour, i + 3),
                };
                (hour, after, end)
            }
            "noon" | "midday" => (12, 0, i + 1),
            // "since midnight" is the one that began the day, not the one that ends it.
            "midnight" if self.prev(i) == "since" => (0, 0, i + 1),
            // So is one that starts a span of small hours: "videos from between midnight and
            // 3 a.m." (the night the story began, not the one after it).
            "midnight"
                if matches!(self.w(i + 1), "and" | "to" | "until" | "till" | "-" | "\u{2013}")
                    && self.small_hour(i + 2) =>
            {
                (0, 0, i + 1)
            }
            "midnight" => (24, 0, i + 1),
            // "at five in the morning", "by nine o'clock": a spelled hour after a cue, with what
            // makes it a time.
            w if self.kind(i) == Some(TokenKind::Word) && (clock_cue(self.prev(i)) || is_oclock(self.w(i + 1))) => {
                let n = number_word(w).filter(|n| (1..=12).contains(n))? as u8;
                match (self.w(i + 1), self.w(i + 2), self.w(i + 3)) {
                    ("in", "the", "morning") => (n % 12, 0, i + 4),
                    ("in", "the", "afternoon" | "evening") => (n % 12 + 12, 0, i + 4),
                    (oclock, _, _) if is_oclock(oclock) => self.after_oclock(n, i + 2),
                    _ => return None,
                }
            }
            _ => self.clock_digits(i, cued)?,
        };
        // "closing at 9 p.m. instead of the usual 5 p.m.": every day's hour, no day's.
        if matches!(self.prev(i), "usual" | "normal" | "regular" | "customary") {
            return Some((end, no_day(hour, minute)));
        }
        if self.stamp(i) {
            // The stamp dates its entry on the day of the page, not the last day named.
            return Some((end, Sem::ClockOn { hour, minute, on: Box::new(Sem::Day { offset: 0, part: None }) }));
        }
        self.clock_on(hour, minute, end)
    }

    /// The hour of "ten o'clock" (ending at `end`) with what may follow it: "in the morning",
    /// "at night", "p.m.".
    fn after_oclock(&self, hour: u8, end: usize) -> (u8, u8, usize) {
        let (pm, len) = match (self.w(end), self.w(end + 1), self.w(end + 2)) {
            ("in", "the", "morning") => (Some(false), 3),
            ("in", "the", "afternoon" | "evening") => (Some(true), 3),
            ("at", "night", _) => (Some(true), 2),
            ("a.m." | "am", _, _) => (Some(false), 1),
            ("p.m." | "pm", _, _) => (Some(true), 1),
            // "4 o'clock yesterday afternoon": the day and its part come next (`clock_on`).
            ("yesterday" | "today" | "tomorrow", "afternoon" | "evening" | "night", _) => (Some(true), 0),
            ("yesterday" | "today" | "tomorrow", "morning", _) => (Some(false), 0),
            _ => (None, 0),
        };
        let hour = match pm {
            Some(pm) => hour % 12 + if pm { 12 } else { 0 },
            None => hour,
        };
        (hour, 0, end + len)
    }

    /// A live blog's entry stamp: "16:05 - Union leaders arrived …" opening a line.
    fn stamp(&self, i: usize) -> bool {
        (i == 0 || self.tokens.get(i).is_some_and(|t| t.newlines_before > 0))
            && self.w(i).contains(':')
            && (matches!(self.w(i + 1), "-" | "\u{2013}" | "\u{2014}" | "|" | ":")
                // (Or alone on its line, over the entry: "14:52".)
                || self.tokens.get(i + 1).is_none_or(|t| t.newlines_before > 0))
    }

    /// "2:30 p.m.", "2pm", "14:30" (after a cue): hour, minute and where it ends.
    fn clock_digits(&self, i: usize, cued: bool) -> Option<(u8, u8, usize)> {
        if self.kind(i) != Some(TokenKind::Number) || self.embedded(i) {
            return None;
        }
        // "2052 GMT", "0630 hrs": a 24-hour time without a colon, before a time zone.
        let w = self.w(i);
        if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) {
            let zone = zone_word(self.w(i + 1));
            let (hour, minute): (u8, u8) = (w[..2].parse().ok()?, w[2..].parse().ok()?);
            return (zone && hour <= 23 && minute <= 59).then_some((hour, minute, i + 1));
        }
        let (hour, minute, meridiem) = parse_clock(self.w(i))?;
        // "at around 10 o'clock": the words make it a time, whatever stands before.
        if meridiem.is_none() && minute == 0 && (1..=12).contains(&hour) && is_oclock(self.w(i + 1)) {
            return Some(self.after_oclock(hour, i + 2));
        }
        let (pm, end) = match meridiem {
            Some(pm) => (Some(pm), i + 1),
            None => match (self.w(i + 1), self.w(i + 2), self.w(i + 3)) {
                ("a.m." | "a.m" | "am", _, _) => (Some(false), i + 2),
                ("p.m." | "p.m" | "pm", _, _) => (Some(true), i + 2),
                // "at 4 in the morning", "at 6:30 in the evening".
                ("in", "the", "morning") => (Some(false), i + 4),
                ("in", "the", "afternoon" | "evening") => (Some(true), i + 4),
                _ => (self.span_start_half(i, hour), i + 1),
            },
        };
        // "2.30" alone is a number; "2.30pm", "2.30 p.m." and "09.15 BST" are times.
        let zone = TIME_ZONES.contains(&self.w(i + 1));
        // "won in 2:03:41", "a time of 2:19:58": hours, minutes and seconds are a race's time
        // unless a clock word says otherwise ("at 14:30:05", "14:30:05 GMT").
        let seconds = self.w(i).bytes().filter(|&b| b == b':').count() == 2;
        if seconds && pm.is_none() && !zone && !clock_cue(self.prev(i)) && !matches!(self.w(i + 1), "local" | "hrs") {
            return None;
        }
        if pm.is_none() && !self.w(i).contains(':') && self.w(i).contains('.') && !zone {
            return None;
        }
        let hour = match pm {
            Some(pm) if (1..=12).contains(&hour) => hour % 12 + if pm { 12 } else { 0 },
            Some(_) => return None,
            None => {
                let cue = cued
                    || self.stamp(i)
                    || matches!(self.prev(i), "at" | "around" | "about" | "to" | "and")
                    || TIME_ZONES.contains(&self.w(i + 1))
                    || matches!(self.w(i + 1), "local" | "hrs" | "hours")
                    // "a cut-off of 18:00 on Friday", "The deadline is 18:00 today": two digits
                    // each side of the colon, and a day after it.
                    || self.w(i).len() == 5
                        && self.w(i).as_bytes()[2] == b':'
                        && (self.w(i + 1) == "on" && (self.weekday_at(i + 2).is_some() || self.month_at(i + 2).is_some())
                            || matches!(self.w(i + 1), "today" | "tomorrow" | "tonight" | "yesterday"));
                if !(self.w(i).contains(':') || self.w(i).contains('.') && zone) || !cue {
                    return None;
                }
                hour
            }
        };
        Some((hour, minute, end))
    }

    /// Whether a clock time of the small hours (1 to 5 a.m.) starts at `i`: "3 a.m.", "4:30am".
    fn small_hour(&self, i: usize) -> bool {
        let Some((hour, _, meridiem)) = parse_clock(self.w(i)) else { return false };
        let am = meridiem.map_or(matches!(self.w(i + 1), "a.m." | "a.m" | "am"), |pm| !pm);
        am && (1..=5).contains(&hour)
    }

    /// The half of the day of a bare hour that starts a span whose end gives it: "from 6 to
    /// 7.30 p.m." and "between 2 and 4 p.m." are afternoon hours, "from 11 to 1 p.m." starts
    /// before noon, "from 9 to 11 a.m." is all morning. `None` when nothing says.
    fn span_start_half(&self, i: usize, hour: u8) -> Option<bool> {
        if !matches!(self.prev(i), "from" | "between")
            || !matches!(self.w(i + 1), "to" | "and" | "-" | "\u{2013}")
            || !(1..=12).contains(&hour)
        {
            return None;
        }
        let (end, _, meridiem) = parse_clock(self.w(i + 2))?;
        let pm = meridiem.or(match self.w(i + 3) {
            "a.m." | "a.m" | "am" => Some(false),
            "p.m." | "p.m" | "pm" => Some(true),
            _ => None,
        })?;
        match (pm, hour) {
            (true, 12) => Some(true),
            (true, h) => Some(end != 12 && h <= end),
            (false, 12) => None,
            (false, h) => (h <= end).then_some(false),
        }
    }

    /// A part of the day without a day word, on the day the sentence is about: "in the
    /// morning", "during the evening", "by mid afternoon", "at mid-morning". Not "in the
    /// morning of May 3" (the date rule's) nor a habit without a preposition.
    fn part_alone(&self, i: usize) -> Option<(usize, Sem)> {
        // "until dawn", "by nightfall": the edges of the day, after a preposition of time.
        // ("first light" is two words.)
        let (edge, j) = match (self.w(i), self.w(i + 1)) {
            ("dawn" | "daybreak" | "sunrise", _) => (Some("MO"), i + 1),
            ("dusk" | "nightfall" | "sunset", _) => (Some("EV"), i + 1),
            ("first", "light") => (Some("MO"), i + 2),
            _ => (None, i + 1),
        };
        if let Some(part) = edge {
            let cued = matches!(self.prev(i), "at" | "by" | "until" | "till" | "before" | "after" | "since" | "from");
            // "before dawn on Thursday", "at nightfall Sunday": that day's dawn, one expression.
            if let Some(day) = self.weekday_at(j + 1).filter(|_| cued && self.w(j) == "on") {
                return Some((j + 2, Sem::Weekday { day, dir: Dir::Tense, part: Some(part) }));
            }
            if let Some(day) = self.weekday_at(j).filter(|_| cued) {
                return Some((j + 1, Sem::Weekday { day, dir: Dir::Tense, part: Some(part) }));
            }
            // "By dawn the next day", "at dusk the previous day": that day's, one expression.
            let offset = match (self.w(j), self.w(j + 1), self.w(j + 2)) {
                ("the", "next" | "following", "day") => Some(1),
                ("the", "previous" | "preceding", "day") => Some(-1),
                ("that", "day", _) => Some(0),
                _ => None,
            };
            if let Some(offset) = offset.filter(|_| cued) {
                let end = if offset == 0 { j + 2 } else { j + 3 };
                return Some((end, Sem::Anchored { unit: Unit::Day, offset, part: Some(part) }));
            }
            return (cued && self.w(j) != "of").then_some((j, Sem::Part { part }));
        }
        let at_the = self.w(i) == "the" && matches!(self.prev(i), "in" | "during" | "through" | "throughout");
        // "suspended from early morning until mid-afternoon": the start of the morning, after a
        // preposition of time.
        if (self.w(i), self.w(i + 1)) == ("early", "morning")
            && matches!(self.prev(i), "from" | "since" | "until" | "till" | "by" | "in")
            && self.w(i + 2) != "of"
        {
            return Some((i + 2, Sem::Part { part: "MO" }));
        }
        let k = i + usize::from(at_the);
        let part = part_of_day(self.w(k))?;
        // ("through the night", "throughout the night": the night the story is at; "in the
        // night" is as often no night in particular.)
        // (It is read as "overnight" is: told in the past, the night before the story's day.)
        let through_night = self.w(k) == "night" && matches!(self.prev(i), "through" | "throughout") && at_the;
        if through_night && self.w(k + 1) != "of" {
            return Some((k + 1, Sem::Overnight));
        }
        if self.w(k) == "night" || self.w(k + 1) == "of" {
            return None;
        }
        let cued = at_the
            || self.prev(k) == "mid"
            || self.w(k).starts_with("mid")
                && matches!(self.prev(k), "by" | "at" | "in" | "until" | "around" | "since");
        cued.then_some((k + 1, Sem::Part { part }))
    }

    /// A clock time ending at `end`, extended by a time zone and a day: "4 a.m. EDT Thursday",
    /// "5 p.m. EST, Nov. 9", "noon yesterday".
    fn clock_on(&self, hour: u8, minute: u8, end: usize) -> Option<(usize, Sem)> {
        let mut end = end;
        if zone_word(self.w(end)) {
            end += 1;
        } else if matches!(
            (self.w(end), self.w(end + 1)),
            ("local" | "eastern" | "central" | "mountain" | "pacific" | "atlantic", "time")
        ) {
            // "4:52 a.m. local time on Wednesday", "8 p.m. Eastern time".
            end += 2;
        }
        let k = end + usize::from(self.w(end) == ",");
        // "10 a.m. on Wednesday", "midnight on 31 December 2026": the day after "on" too.
        // (Or a day of a year counted from the reference: "3pm on 23 January next year".)
        let full_day = |k: usize| {
            self.month_first(k, true).or_else(|| self.day_first(k)).filter(|(_, sem)| {
                matches!(sem, Sem::Cal { day: Some(_), .. } | Sem::Month { day: Some(_), dir: Dir::Year(_), .. })
            })
        };
        // "9am to 5pm, Monday to Friday": opening hours, not a time on Monday (see
        // `weekly_hours`).
        if self.w(end) == ","
            && self.weekday_at(end + 1).is_some()
            && matches!(self.w(end + 2), "to" | "through" | "-" | "\u{2013}")
            && self.weekday_at(end + 3).is_some()
        {
            return Some((end, Sem::Clock { hour, minute }));
        }
        // "nine o'clock on a Friday night": an hour the clock leaves open is the night's.
        // (So is one written "11:15" with no "a.m." or "p.m.": "at about 11:15 that Saturday
        // night".)
        let last = self.w(end - 1);
        let open = matches!(last, "o'clock" | "o\u{2019}clock")
            || last.starts_with(|c: char| c.is_ascii_digit())
                && last.contains([':', '.'])
                && !last.ends_with("am")
                && !last.ends_with("pm");
        let evening =
            |day_end: usize| open && (1..=11).contains(&hour) && matches!(self.w(day_end), "night" | "evening");
        // "at 11:42 p.m. on a Saturday": the hour of some Saturday.
        if let Some(day) = self.weekday_at(k + 2).filter(|_| (self.w(k), self.w(k + 1)) == ("on", "a")) {
            let on = some_day_named(day);
            if evening(k + 3) {
                return Some((k + 4, Sem::ClockOn { hour: hour + 12, minute, on: Box::new(on) }));
            }
            return Some((k + 3, Sem::ClockOn { hour, minute, on: Box::new(on) }));
        }
        // ("11:15 that Saturday night": the story's Saturday, see `weekday`.)
        let that = self.w(k) == "that" && self.weekday_at(k + 1).is_some();
        let k = k + usize::from(
            that || self.w(k) == "on" && (self.weekday_at(k + 1).is_some() || full_day(k + 1).is_some()),
        );
        if let Some(day) = self.weekday_at(k).filter(|_| evening(k + 1)) {
            let on = Sem::Weekday { day, dir: if that { Dir::Same } else { Dir::Tense }, part: None };
            return Some((k + 2, Sem::ClockOn { hour: hour + 12, minute, on: Box::new(on) }));
        }
        let on = if let Some(day) = self.weekday_at(k) {
            // "2:40 p.m. on Thursday, March 12": the date the weekday stands before (the comma
            // may be left out: "3pm on Saturday 7 August").
            let dated = full_day(k + 1 + usize::from(self.w(k + 1) == ","));
            dated.or(Some((k + 1, Sem::Weekday { day, dir: Dir::Tense, part: None })))
        } else if let Some(offset) = match self.w(k) {
            // ("from 8pm tonight": tonight's hour, one expression.)
            "today" | "tonight" => Some(0),
            "yesterday" => Some(-1),
            "tomorrow" => Some(1),
            _ => None,
        } {
            // "yesterday afternoon" after the hour: the part of the day is the hour's.
            let part = usize::from(part_of_day(self.w(k + 1)).is_some());
            Some((k + 1 + part, Sem::Day { offset, part: None }))
        } else if self.w(k) == "this" && part_of_day(self.w(k + 1)).is_some() {
            // "at 9.40am this morning".
            Some((k + 2, Sem::Day { offset: 0, part: None }))
        } else if self.prev(k) == "on" {
            full_day(k)
        } else if let Some((e, sem @ Sem::Anchored { unit: Unit::Day, part: None, .. })) =
            self.anchored(k).filter(|_| matches!(self.w(k), "the" | "that"))
        {
            // "11:30 the same day", "9 a.m. the next day".
            Some((e, sem))
        } else {
            self.month_first(k, true).filter(|(_, sem)| matches!(sem, Sem::Cal { day: Some(_), .. }))
        };
        Some(match on {
            Some((end, on)) => (end, Sem::ClockOn { hour, minute, on: Box::new(on) }),
            None => (end, Sem::Clock { hour, minute }),
        })
    }

    /// Periods named by a phrase of their own: "year-end" (this year's end, or last year's
    /// after "since"), "the 20th century" (TIMEX3 "19"), "the nineties" and "the '80s" (the
    /// reference's century), "the near term" and "in coming months" (the future).
    fn named_period(&self, i: usize) -> Option<(usize, Sem)> {
        let w = self.w(i);
        let year_end = match (w, self.w(i + 1), self.w(i + 2)) {
            ("year-end", _, _) => Some(i + 1),
            ("year", "end", _) => Some(i + 2),
            ("year", "'s" | "\u{2019}s", "end") => Some(i + 3),
            _ => None,
        };
        if let Some(end) = year_end {
            let offset = if self.prev(i) == "since" { -1 } else { 0 };
            return Some((end, Sem::Relative { unit: Unit::Year, offset }));
        }
        // "will one day be": some day ahead, not a day's length. So is "one day" closing a
        // clause that looks ahead: "That place is going to go up one day."
        let closing_ahead = || {
            matches!(self.w(i + 2), "." | "," | "" | "\"" | "\u{201D}" | "'" | "\u{2019}")
                && !matches!(
                    self.prev(i),
                    "for" | "in" | "within" | "after" | "than" | "a" | "the" | "only" | "just" | "by" | "over"
                        | "of" | "per" | "every" | "each" | "about" | "nearly" | "almost"
                        // "will take one day", "will last one day": how long.
                        | "take" | "takes" | "last" | "lasts" | "need" | "needs" | "require" | "requires"
                        | "spend" | "wait" | "stay" | "remain" | "be" | "run" | "runs"
                )
                && (i.saturating_sub(FUTURE_WINDOW).max(self.start)..i)
                    .any(|k| matches!(self.w(k), "will" | "going" | "'ll" | "\u{2019}ll") || self.w(k).ends_with("'ll"))
        };
        // Or opening a clause with a modal just after: "She thought: one day that will be me".
        let opening_ahead = || {
            (i == self.start
                || matches!(self.prev(i), ":" | "\"" | "\u{201c}" | "\u{2014}" | "-" | ";")
                || self.sentence_initial(i))
                && (i + 2..(i + 6).min(self.end)).any(|k| {
                    matches!(self.w(k), "will" | "would" | "shall")
                        || self.w(k).ends_with("'ll")
                        || self.w(k).ends_with("\u{2019}ll")
                })
        };
        if (w, self.w(i + 1)) == ("one", "day") && (is_modal(self.prev(i)) || closing_ahead() || opening_ahead()) {
            return Some((i + 2, Sem::fixed(TimexType::Date, "FUTURE_REF")));
        }
        let the = w == "the";
        let k = i + usize::from(the);
        // "the worst flood of the last century" (not "over the last century", a span), "at the
        // turn of the century".
        if the
            && matches!(self.w(k), "last" | "previous")
            && self.w(k + 1) == "century"
            && !matches!(self.prev(i), "over" | "for" | "throughout" | "during")
        {
            return Some((k + 2, Sem::Century { turn: false }));
        }
        if (the, self.w(k), self.w(k + 1), self.w(k + 2)) == (true, "turn", "of", "the")
            && matches!(self.w(k + 3), "century" | "millennium")
        {
            return Some((k + 4, Sem::Century { turn: true }));
        }
        // "by the end of the decade", "this decade", "in the last decade" (not "over the last
        // decade", a span).
        let spanned = matches!(self.prev(i), "over" | "for" | "throughout" | "during" | "within");
        match (w, self.w(i + 1), self.w(i + 2), self.w(i + 3), self.w(i + 4)) {
            ("the", "end" | "start" | "beginning" | "middle", "of", "the", "decade") => {
                return Some((i + 5, Sem::DecadeOf { offset: 0, anchored: false }));
            }
            ("this", "decade", ..) => return Some((i + 2, Sem::DecadeOf { offset: 0, anchored: false })),
            // Counted from the last date named: "By the 1980s it drew crowds, but numbers fell
            // in the following decade".
            ("the", "following" | "previous" | "preceding", "decade", ..) if !spanned => {
                let offset = if self.w(i + 1) == "following" { 1 } else { -1 };
                return Some((i + 3, Sem::DecadeOf { offset, anchored: true }));
            }
            // Not the final one: "the last decade of the fourth century BC", "the last decade
            // when a town like that still believed".
            ("the", "last", "decade", next, _) if !spanned && !matches!(next, "of" | "when" | "that" | "before") => {
                return Some((i + 3, Sem::DecadeOf { offset: -1, anchored: false }));
            }
            ("the", "next" | "coming", "decade", ..) if !spanned && self.prev(i) != "in" => {
                return Some((i + 3, Sem::DecadeOf { offset: 1, anchored: false }));
            }
            _ => {}
        }
        // "the 14th and 15th centuries", "from the 14th to the 16th century": the first
        // ordinal shares the noun (and its era) with the second; the second, plural, takes
        // "centuries" only after such a first.
        let ordinal_century = |at: usize| ordinal_number(self.w(at)).filter(|n| (1..=99).contains(n));
        let century_value = |n: u64, noun: usize| match era_of(self.orig(noun + 1)) {
            Some(true) => format!("BC{:02}", n - 1),
            _ => format!("{:02}", n - 1),
        };
        if let (Some(n), "and" | "or" | "to") = (ordinal_century(k), self.w(k + 1)) {
            let second = k + 2 + usize::from(self.w(k + 2) == "the");
            if ordinal_century(second).is_some() && matches!(self.w(second + 1), "century" | "centuries") {
                return Some((k + 1, Sem::fixed(TimexType::Date, century_value(n, second + 1))));
            }
        }
        if let (Some(n), "centuries") = (ordinal_century(k), self.w(k + 1)) {
            let first = k.checked_sub(2).filter(|&f| f >= self.start);
            if matches!(self.prev(k), "and" | "or") && first.is_some_and(|f| ordinal_century(f).is_some()) {
                let end = k + 2 + usize::from(era_of(self.orig(k + 2)) == Some(true));
                return Some((end, Sem::fixed(TimexType::Date, century_value(n, k + 1))));
            }
        }
        // "the 20th century", "20th-century" as an adjective is left out (a style, not a time).
        if self.w(k + 1) == "century" {
            if let Some(n) = ordinal_number(self.w(k)).filter(|n| (1..=99).contains(n)) {
                // "the 1st century BC" counts back from year 1.
                if era_of(self.orig(k + 2)) == Some(true) {
                    return Some((k + 3, Sem::fixed(TimexType::Date, format!("BC{:02}", n - 1))));
                }
                return Some((k + 2, Sem::fixed(TimexType::Date, format!("{:02}", n - 1))));
            }
        }
        if the {
            let decade_word = |w: &str| match w {
                "twenties" => Some(2),
                "thirties" => Some(3),
                "forties" => Some(4),
                "fifties" => Some(5),
                "sixties" => Some(6),
                "seventies" => Some(7),
                "eighties" => Some(8),
                "nineties" => Some(9),
                _ => None,
            };
            // "the nineteen-eighties", "the eighteen nineties": the century is spelled out.
            let spelled = |w: &str| match w {
                "eighteen" => Some(180),
                "nineteen" => Some(190),
                _ => None,
            };
            let w = self.w(k);
            let decade = if let Some((century, d)) = w.split_once('-') {
                spelled(century).zip(decade_word(d)).map(|(c, d)| (c + d, k + 1))
            } else if let Some(c) = spelled(w) {
                decade_word(self.w(k + 1)).map(|d| (c + d, k + 2))
            } else if matches!(w, "'" | "\u{2019}") && !self.tokens.get(k + 1).is_some_and(|t| t.space_before) {
                let d = self.w(k + 1).strip_suffix('s').filter(|d| d.len() == 2 && d.ends_with('0'));
                d.and_then(|d| d[..1].parse::<i16>().ok()).map(|d| (190 + d, k + 2))
            } else {
                // Of the reference's century, which the resolver does not know here: news
                // decades are the 1900s' until the 2020s come round ("the twenties" is then
                // ambiguous; we keep the 1900s).
                decade_word(w).map(|d| (190 + d, k + 1))
            };
            if let Some((decade, end)) = decade {
                return Some((end, Sem::Decade(decade)));
            }
            if matches!(self.w(k), "near" | "short" | "long") && self.w(k + 1) == "term" {
                return Some((k + 2, Sem::fixed(TimexType::Date, "FUTURE_REF")));
            }
        }
        // "in coming months", "the coming weeks": an unspecified stretch ahead.
        if self.w(k) == "coming" && self.w(k + 1).ends_with('s') && unit_of(self.w(k + 1)).is_some() {
            return Some((k + 2, Sem::fixed(TimexType::Date, "FUTURE_REF")));
        }
        None
    }

    // ---- Present, past and future references ----

    fn reference_word(&self, i: usize) -> Option<(usize, Sem)> {
        let date = |end, value| Some((end, Sem::fixed(TimexType::Date, value)));
        match self.w(i) {
            // "Now, he says, …" opening a sentence is a discourse marker, not a time.
            "now" if self.w(i + 1) == "," && self.sentence_initial(i) => None,
            "now" | "currently" | "nowadays" | "presently" => date(i + 1, "PRESENT_REF"),
            "recently" | "lately" => date(i + 1, "PAST_REF"),
            // "current" and "recent" as adjectives: "the current crisis", "recent years".
            "current" if self.kind(i + 1) == Some(TokenKind::Word) => date(i + 1, "PRESENT_REF"),
            "recent" => match unit_of(self.w(i + 1)).filter(|_| self.w(i + 1).ends_with('s')) {
                Some((Unit::Year, 1)) => date(i + 2, "PAST_REF"),
                Some((unit, factor)) => {
                    Some((i + 2, Sem::fixed(TimexType::Duration, duration_value(Amount::Vague, unit, factor)?)))
                }
                None if self.kind(i + 1) == Some(TokenKind::Word) => date(i + 1, "PAST_REF"),
                None => None,
            },
            "present" if self.prev(i) == "at" => date(i + 1, "PRESENT_REF"),
            // "future quarters", "in past years": unspecified times ahead or behind, as "recent
            // years" is.
            "future" if self.w(i + 1).ends_with('s') && unit_of(self.w(i + 1)).is_some() => date(i + 2, "FUTURE_REF"),
            "past" if self.prev(i) == "in" && self.w(i + 1) == "years" => date(i + 2, "PAST_REF"),
            // "at a later date", "at an earlier time".
            "a" | "an" if matches!(self.w(i + 2), "date" | "time") => match self.w(i + 1) {
                "later" => date(i + 3, "FUTURE_REF"),
                "earlier" => date(i + 3, "PAST_REF"),
                _ => None,
            },
            "as" if (self.w(i + 1), self.w(i + 2), self.w(i + 3)) == ("soon", "as", "possible") => {
                date(i + 4, "FUTURE_REF")
            }
            // "will soon move", "hopes to soon grow", "soon will": some time ahead. Not "as soon
            // as the talks end", "soon after", nor a past "was soon released".
            "soon" => {
                let ahead = is_modal(self.prev(i))
                    || matches!(self.prev(i), "to" | "enough")
                    || matches!(self.w(i + 1), "will" | "to" | "'ll");
                let linked = self.prev(i) == "as"
                    || matches!(self.w(i + 1), "after" | "afterward" | "afterwards" | "as" | "thereafter");
                (ahead && !linked).then(|| (i + 1, Sem::fixed(TimexType::Date, "FUTURE_REF")))
            }
            "these" if self.w(i + 1) == "days" => date(i + 2, "PRESENT_REF"),
            // "in the weeks ahead", "over the years": an unspecified stretch.
            "the"
                if self.w(i + 1).ends_with('s')
                    && unit_of(self.w(i + 1)).is_some()
                    && (self.w(i + 2) == "ahead" || matches!(self.prev(i), "over" | "through" | "throughout")) =>
            {
                let (unit, factor) = unit_of(self.w(i + 1))?;
                let end = i + 2 + usize::from(self.w(i + 2) == "ahead");
                Some((end, Sem::fixed(TimexType::Duration, duration_value(Amount::Vague, unit, factor)?)))
            }
            "the" => {
                // "in the past", "in the near future", "in the distant past"; "the future" is
                // the future after other words too ("the future that awaits them"), but not "the
                // future of the plant" (a prospect) nor a bare "the past" ("the past decade").
                let j = i + 1 + usize::from(matches!(self.w(i + 1), "near" | "distant" | "recent" | "foreseeable"));
                match self.w(j) {
                    "past" if self.prev(i) == "in" => date(j + 1, "PAST_REF"),
                    "future" if self.prev(i) == "in" || self.w(j + 1) != "of" => date(j + 1, "FUTURE_REF"),
                    _ => None,
                }
            }
            _ => None,
        }
    }
}

/// The expression's TIMEX3 value for a counted date: "three years ago" (from the reference)
/// or "a day earlier" (from the last date mentioned).
fn counted_date(amount: Amount, unit: Unit, factor: u64, sign: i64, anchored: bool) -> Option<Sem> {
    let n = match amount {
        Amount::Whole(n) => i64::try_from(n.checked_mul(factor)?).ok()?,
        // "a few days ago", "a year and a half ago": no single calendar value.
        _ => return Some(Sem::fixed(TimexType::Date, if sign < 0 { "PAST_REF" } else { "FUTURE_REF" })),
    };
    if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
        return Some(Sem::fixed(TimexType::Time, if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }));
    }
    Some(Sem::Counted { unit, offset: n * sign, anchored })
}

/// A modal or "to" before a verb: "may last two weeks", "to last a month".
/// The first and last year of a span of years written as one token: "1939-1945", "2010-12",
/// "1918–19"; the second must come after the first, within a century.
pub(crate) fn year_span(w: &str) -> Option<(i16, i16)> {
    let (from, to) = w.split_once(['-', '\u{2013}'])?;
    if from.len() != 4 || !matches!(to.len(), 2 | 4) || !from.bytes().chain(to.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let first: i16 = from.parse().ok()?;
    let second: i16 = if to.len() == 2 { first / 100 * 100 + to.parse::<i16>().ok()? } else { to.parse().ok()? };
    ((1000..=2999).contains(&first) && first < second && second - first <= 100).then_some((first, second))
}

/// "o'clock", with either apostrophe.
fn is_oclock(w: &str) -> bool {
    matches!(w, "o'clock" | "o\u{2019}clock")
}

/// A word after which a spelled clock time may stand: "at half past nine", "by ten o'clock".
fn clock_cue(w: &str) -> bool {
    matches!(w, "at" | "by" | "until" | "till" | "around" | "from" | "before" | "after")
}

/// "FY2025", "FY25" (in lower case): a fiscal year, dated by the year it is named for.
fn fiscal_year_token(w: &str) -> Option<i16> {
    let digits = w.strip_prefix("fy")?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match digits.len() {
        4 => digits.parse().ok().filter(|y| (1900..2100).contains(y)),
        2 => digits.parse::<i16>().ok().map(|y| 2000 + y),
        _ => None,
    }
}

fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "should"
            | "must"
            | "to"
            | "did"
            | "does"
            | "didn't"
            | "won't"
            | "not"
    )
}

/// "20th", "21st", "twentieth": the number of an ordinal.
fn ordinal_number(w: &str) -> Option<u64> {
    let digits = w
        .strip_suffix("th")
        .or_else(|| w.strip_suffix("st"))
        .or_else(|| w.strip_suffix("nd"))
        .or_else(|| w.strip_suffix("rd"));
    if let Some(d) = digits.filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())) {
        return d.parse().ok();
    }
    const ORDINALS: [&str; 21] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "twenty-first",
    ];
    ORDINALS.iter().position(|&o| o == w).map(|n| n as u64 + 1)
}

/// The month a lower-case name or short form names, and whether it is the short form.
fn month_of(w: &str) -> Option<(i8, bool)> {
    if let Some(m) = MONTHS.iter().position(|&name| name == w) {
        return Some((m as i8 + 1, false));
    }
    MONTH_ABBREVIATIONS.iter().find(|(short, _)| *short == w).map(|&(_, m)| (m, true))
}

/// Whether an era marker follows a year: `Some(true)` for "BC", "B.C.", "BCE", `Some(false)`
/// for "AD", "A.D.", "CE" (as written: "ad" is also a word).
fn era_of(orig: &str) -> Option<bool> {
    match orig.trim_end_matches('.') {
        "BC" | "B.C" | "BCE" | "B.C.E" => Some(true),
        "AD" | "A.D" | "CE" | "C.E" => Some(false),
        _ => None,
    }
}

fn calendar_unit(w: &str) -> Option<Unit> {
    match w {
        "week" => Some(Unit::Week),
        "month" => Some(Unit::Month),
        "quarter" => Some(Unit::Quarter),
        "year" => Some(Unit::Year),
        _ => None,
    }
}

/// A unit word and how many of it one stands for ("decade" is 10 years).
/// Half of one unit, written in a smaller unit as TimeML does ("a minute and a half" is PT1M30S
/// on TimeBank): "half an hour" is PT30M.
fn half_of(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "minute" => "PT30S",
        "hour" => "PT30M",
        "day" => "PT12H",
        "year" => "P6M",
        "decade" => "P5Y",
        "century" => "P50Y",
        _ => return None,
    })
}

fn unit_of(w: &str) -> Option<(Unit, u64)> {
    Some(match w {
        "second" | "seconds" => (Unit::Second, 1),
        "minute" | "minutes" => (Unit::Minute, 1),
        "hour" | "hours" => (Unit::Hour, 1),
        "day" | "days" => (Unit::Day, 1),
        "week" | "weeks" => (Unit::Week, 1),
        "fortnight" | "fortnights" => (Unit::Week, 2),
        "month" | "months" => (Unit::Month, 1),
        "quarter" | "quarters" => (Unit::Quarter, 1),
        "year" | "years" => (Unit::Year, 1),
        "decade" | "decades" => (Unit::Year, 10),
        "century" | "centuries" => (Unit::Year, 100),
        "millennium" | "millennia" | "millenniums" => (Unit::Year, 1000),
        _ => return None,
    })
}

fn part_of_day(w: &str) -> Option<&'static str> {
    match w {
        "morning" | "mid-morning" | "midmorning" => Some("MO"),
        "afternoon" | "mid-afternoon" | "midafternoon" => Some("AF"),
        "evening" => Some("EV"),
        "night" => Some("NI"),
        _ => None,
    }
}

fn number_word(w: &str) -> Option<u64> {
    if let Some(n) = ONES.iter().position(|&x| x == w) {
        return Some(n as u64 + 1);
    }
    if let Some(n) = TENS.iter().position(|&x| x == w) {
        return Some(20 + 10 * n as u64);
    }
    let (tens, ones) = w.split_once('-')?;
    let tens = 20 + 10 * TENS.iter().position(|&x| x == tens)? as u64;
    let ones = 1 + ONES[..9].iter().position(|&x| x == ones)? as u64;
    Some(tens + ones)
}

/// Digits, possibly grouped with commas ("1,500"); `None` if it does not fit in a u64.
pub(crate) fn parse_digits(s: &str) -> Option<u64> {
    // Without collecting the digits into a string first: this runs for every number token.
    let (mut n, mut any) = (0u64, false);
    for b in s.bytes().filter(|&b| b != b',') {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
        any = true;
    }
    any.then_some(n)
}

/// The number in the pieces of a hyphenated word before its unit: [] is one ("month-long"),
/// ["five", "and", "a", "half"] is 5.5, ["twenty", "four"] is 24.
fn amount_of_pieces(pieces: &[&str]) -> Option<Amount> {
    let one = |s: &str| parse_digits(s).or_else(|| number_word(s));
    match pieces {
        [] => Some(Amount::Whole(1)),
        ["several" | "many" | "multi"] => Some(Amount::Vague),
        [n] => one(n).map(Amount::Whole),
        [rest @ .., "and", "a", "half"] if !rest.is_empty() => match amount_of_pieces(rest)? {
            Amount::Whole(n) => Some(Amount::AndAHalf(n)),
            _ => None,
        },
        [tens, ones] => number_word(&format!("{tens}-{ones}")).map(Amount::Whole),
        _ => None,
    }
}

/// A TIMEX3 duration: "P2D", "PT2H", "P5Y6M", "PXY". A decade counts as ten years, except a
/// vague number of them, which TIMEX3 writes "PXDE".
fn duration_value(amount: Amount, unit: Unit, factor: u64) -> Option<String> {
    let (time, letter) = match unit {
        Unit::Second => ("T", "S"),
        Unit::Minute => ("T", "M"),
        Unit::Hour => ("T", "H"),
        Unit::Day => ("", "D"),
        Unit::Week => ("", "W"),
        Unit::Month => ("", "M"),
        Unit::Quarter => ("", "Q"),
        Unit::Year => ("", "Y"),
    };
    let number = match amount {
        Amount::Whole(n) => n.checked_mul(factor)?.to_string(),
        Amount::AndAHalf(n) => {
            let halves = n.checked_mul(2)?.checked_add(1)?.checked_mul(factor)?;
            let whole = halves / 2;
            if halves % 2 == 0 {
                whole.to_string()
            } else {
                // The half in the next smaller unit, as TimeBank writes it: "2 1/2 years" is
                // P2Y6M, "5 1/2 hours" PT5H30M; units without an exact half keep a fraction.
                let half = match unit {
                    Unit::Year => "6M",
                    Unit::Day => "T12H",
                    Unit::Hour => "30M",
                    Unit::Minute => "30S",
                    _ => return Some(format!("P{time}{whole}.5{letter}")),
                };
                return Some(match whole {
                    0 if unit == Unit::Day => "PT12H".to_string(),
                    0 => format!("P{time}{half}"),
                    _ => format!("P{time}{whole}{letter}{half}"),
                });
            }
        }
        Amount::Vague => match factor {
            10 => return Some("PXDE".into()),
            100 => return Some("PXCE".into()),
            _ => "X".into(),
        },
    };
    Some(format!("P{time}{number}{letter}"))
}

/// "1990s" → 199.
fn decade_of(w: &str) -> Option<i16> {
    let digits = w.strip_suffix('s')?;
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) || !digits.ends_with('0') {
        return None;
    }
    digits[..3].parse().ok()
}

/// The hours and minutes of an ISO 8601 time after its "T", without seconds and offset:
/// "08:00:00z", "14:30:15.250" → "08:00", "14:30".
fn iso_clock(rest: &str) -> Option<&str> {
    let (clock, tail) = (rest.get(..5)?, &rest[5..]);
    let tail = tail.strip_prefix(':').map_or(tail, |t| t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.'));
    // (An offset such as "+02:00" is a token of its own: the caller sees it glued and skips.)
    matches!(tail, "" | "z").then_some(clock)
}

/// "14:30", "2:30", "2", with an optional glued "pm"/"a.m." (then `Some(is_pm)`).
fn parse_clock(w: &str) -> Option<(u8, u8, Option<bool>)> {
    let (digits, meridiem) = if let Some(d) = w.strip_suffix("pm").or_else(|| w.strip_suffix("p.m.")) {
        (d, Some(true))
    } else if let Some(d) = w.strip_suffix("am").or_else(|| w.strip_suffix("a.m.")) {
        (d, Some(false))
    } else {
        (w, None)
    };
    // "9.30am" (British): a dot only with its "am"/"pm" (the caller checks a separate one).
    let (h, m) = match digits.split_once(':').or_else(|| digits.split_once('.')) {
        Some((h, m)) if m.len() == 2 => (h, m.parse().ok()?),
        // "14:30:00": keep hours and minutes.
        Some((h, rest)) => match rest.split_once(':') {
            Some((m, s)) if m.len() == 2 && s.len() == 2 => (h, m.parse().ok()?),
            _ => return None,
        },
        None if meridiem.is_some() || digits.len() <= 2 => (digits, 0),
        None => return None,
    };
    if h.is_empty() || h.len() > 2 || !h.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hour: u8 = h.parse().ok()?;
    (hour <= 24 && m <= 59).then_some((hour, m, meridiem))
}

/// Whether `day` exists in `month` (of `year`, or of some leap year when the year is unknown).
fn valid_day(year: Option<i16>, month: i8, day: i8) -> bool {
    Date::new(year.unwrap_or(2000), month, day).is_ok()
}

// ---- The reference date ----

/// Finds the reference date in the text (with the index of the expression it comes from),
/// and the header spans (dateline, "Published" line).
///
/// In order: a dateline with a full date; a "Published"/"Updated"/"Posted" line; a dateline
/// without a year, which takes its year from the latest full date; the latest full date.
/// A dateline's month and day without its year, the weekday the story reports on, and the
/// expression's index.
type YearlessDay = (i8, i8, Option<Weekday>, usize);

fn infer_reference(
    text: &str,
    tokens: &[Token],
    lower: &[Cow<str>],
    sentences: &[Sentence],
    raws: &[Raw],
) -> (Option<(Date, usize)>, Vec<Span>, Option<YearlessDay>) {
    // (A time on a full date too: "9:42 a.m. ET, Sunday, October 11, 2026".)
    let full_date = |raw: &Raw| {
        let sem = match &raw.sem {
            Sem::ClockOn { on, .. } => on.as_ref(),
            sem => sem,
        };
        match *sem {
            Sem::Cal { year: Some(y), month: Some(m), day: Some(d), .. } => Date::new(y, m, d).ok(),
            _ => None,
        }
    };
    let mut header = Vec::new();

    // The dateline comes in the first lines (after a headline, maybe a byline).
    let dateline = raws
        .iter()
        .enumerate()
        .take_while(|(_, raw)| raw.sentence < 4)
        .find_map(|(k, raw)| dateline_end(text, tokens, lower, &sentences[raw.sentence], raw).map(|end| (k, end)));
    if let Some((k, end)) = dateline {
        let start = tokens[sentences[raws[k].sentence].tokens.start].span.start;
        header.push(Span::new(start, end));
        if let Some(date) = full_date(&raws[k]) {
            return (Some((date, k)), header, None);
        }
    }

    // A line of dates and times alone in the first lines: "Wed 7 May 2025 09.15 BST",
    // "Tuesday, 18 November 2025 | 14:20". Its expressions date the article.
    // (Looked for only when no dateline was found.)
    let first_lines = if dateline.is_none() { sentences.len().min(4) } else { 0 };
    let date_line = (0..first_lines).find_map(|n| {
        let s = &sentences[n];
        // A date line is short; the bound also keeps a first sentence of thousands of dates
        // linear.
        if s.tokens.len() > 30 {
            return None;
        }
        let in_line: Vec<usize> = (0..raws.len()).filter(|&k| raws[k].sentence == n).collect();
        let dated = in_line.iter().find(|&&k| full_date(&raws[k]).is_some())?;
        let covered = |t: usize| in_line.iter().any(|&k| (raws[k].first..raws[k].end).contains(&t));
        let filler = |t: usize| {
            let w = lower[t].as_ref();
            WEEKDAYS.contains(&w)
                || TIME_ZONES.contains(&w)
                // "14:20" without a cue is no expression of its own, but fits the line.
                || w.contains(':') && parse_clock(w).is_some()
                || WEEKDAY_ABBREVIATIONS.contains(&w)
                || matches!(w, "at" | "," | "|" | "-" | "\u{2013}" | "\u{2014}" | "\u{b7}" | "(" | ")" | ".")
        };
        (s.tokens.clone().all(|t| covered(t) || filler(t))).then_some((*dated, s))
    });
    if let Some((k, s)) = date_line {
        header.push(Span::new(tokens[s.tokens.start].span.start, tokens[s.tokens.end - 1].span.end));
        return (full_date(&raws[k]).map(|d| (d, k)), header, None);
    }

    // A line that opens with "Published" (or "Last updated") and gives a full date within its
    // first dozen tokens: "Published 9:40 a.m. ET Saturday, April 13, 2024", "Updated
    // Tuesday, 11 November 2025, 18:05 GMT". The header runs to the end of the last
    // expression in those tokens, so that the clock time is part of it too.
    // Or after a byline and a bar: "By Nora Lindqvist | Updated 9:42 a.m. ET, Sunday, …".
    let cue_at = |k: usize| match (lower.get(k).map(AsRef::as_ref), lower.get(k + 1).map(AsRef::as_ref)) {
        (Some("last" | "first"), Some(w)) | (Some(w), _) => matches!(w, "published" | "updated" | "posted"),
        _ => false,
    };
    let published_start = |raw: &Raw| {
        let s = &sentences[raw.sentence];
        let start = if cue_at(s.tokens.start) {
            Some(s.tokens.start)
        } else {
            (s.tokens.start + 1..raw.first.min(s.tokens.start + 8))
                .find(|&k| matches!(lower[k].as_ref(), "|" | "\u{b7}" | "\u{2014}" | "\u{2013}") && cue_at(k + 1))
                .map(|k| k + 1)
        };
        // Or a byline's date, before or after a bar: "By Laura Kessler, Staff Writer | May 18,
        // 2027", "October 21, 2026 | By Dana Whitfield".
        let bar = |k: usize| matches!(lower.get(k).map(AsRef::as_ref), Some("|" | "\u{b7}"));
        let byline = || {
            let after_bar = lower[s.tokens.start] == "by" && raw.first > s.tokens.start && bar(raw.first - 1);
            let before_bar =
                raw.first == s.tokens.start && bar(raw.end) && lower.get(raw.end + 1).is_some_and(|w| w == "by");
            (after_bar || before_bar).then_some(s.tokens.start)
        };
        start.or_else(byline).filter(|&start| raw.first - start <= 12)
    };
    // The first such line dates the article; a second ("Published: …" then "Updated: …") is
    // header too, not an event of the story.
    let span_of = |raw: &Raw| Span::new(tokens[raw.first].span.start, tokens[raw.end - 1].span.end);
    let mut published = None;
    for (k, raw) in raws.iter().enumerate() {
        let Some(start) = published_start(raw) else { continue };
        if full_date(raw).is_none() || header.iter().any(|h| h.contains(span_of(raw))) {
            continue;
        }
        let start = tokens[start].span.start;
        // (And a time after a second cue on the line: "Published: Wednesday, April 12, 2028 at
        // 9:30 a.m. | Updated 11:15 a.m.", which the sentence splitter may cut off.)
        let line_end = text[start..].find('\n').map_or(text.len(), |n| start + n);
        let cued = |r: &Raw| r.first > 0 && (cue_at(r.first - 1) || r.first > 1 && cue_at(r.first - 2));
        let last = raws[k..]
            .iter()
            .take_while(|r| {
                r.sentence == raw.sentence && published_start(r).is_some() || span_of(r).end <= line_end && cued(r)
            })
            .last()
            .map_or(raw.end, |r| r.end);
        header.push(Span::new(start, tokens[last - 1].span.end));
        published = published.or(full_date(raw).map(|d| (d, k)));
    }
    if published.is_some() {
        return (published, header, None);
    }

    // The latest full date, because a news report is written after the events it reports: the
    // latest date is the closest to publication we can see. Dates in future-tense sentences
    // ("the summit will open on Oct. 3, 2025") are scheduled events, after publication, so
    // they are left out.
    let latest = raws
        .iter()
        .enumerate()
        .filter(|(_, raw)| !raw.tense.future)
        .filter_map(|(k, raw)| full_date(raw).map(|d| (d, k)))
        .fold(None, |best: Option<(Date, usize)>, (d, k)| match best {
            Some((b, _)) if b >= d => best,
            _ => Some((d, k)),
        });

    // A year-less dateline ("BEIRUT, Sept. 22 (Reuters) -") takes its year from the dates the
    // story tells: the latest full date told in the past, else the first one told in the
    // present or ahead ("the window closes on Monday, Feb. 1, 2027" under "Jan. 22"; "the
    // contract expires on July 1, 2027" under "Oct. 23" is 2026's), which comes after it. A
    // year alone is no evidence: "This is not 2013", "spent 210 million euros in 2025" may be
    // any year's story. When nothing gives the year, the day is kept to ask for it.
    let mut yearless = None;
    if let Some((k, _)) = dateline {
        if let Sem::Cal { year: None, month: Some(m), day: Some(d), .. } = raws[k].sem {
            let told = |raw: &&Raw| raw.tense.past || raw.tense.past_verb;
            let past = raws.iter().filter(told).filter_map(full_date).max();
            let ahead = || {
                let first = raws.iter().filter(|raw| !told(raw)).find_map(full_date)?;
                (-1i16..=0)
                    .rev()
                    .filter_map(|dy| Date::new(first.year().checked_add(dy)?, m, d).ok())
                    .find(|&candidate| candidate <= first)
            };
            if let Some(date) = past.and_then(|date| dateline_year(date, m, d)).or_else(ahead) {
                return (Some((date, k)), header, None);
            }
            let lead = lead_weekdays(lower, raws, raws[k].sentence);
            // A weekday told with a day anywhere in the story ("said in a statement on Friday,
            // Oct. 10") fixes the year as well: it must fit too.
            let pairs = weekday_dates(lower, raws);
            let fits = |date: Date| {
                (lead.is_empty() || lead.contains(&date.weekday()))
                    && pairs.iter().all(|&(pm, pd, weekday)| {
                        dateline_year(date, pm, pd).is_some_and(|pair| pair.weekday() == weekday)
                    })
            };
            if let Some(date) = year_near_named(raws, m, d, fits).filter(|_| !(lead.is_empty() && pairs.is_empty())) {
                return (Some((date, k)), header, None);
            }
            yearless = Some((m, d, one_weekday(&lead), k));
        }
    }
    // Not a date the story has long left behind: an obituary's "Born on May 2, 1935", with
    // "in 2011" and "died in 2009" told after it, is no date of writing. A year told in the
    // past after the latest full date leaves the reference unknown. (Not a year ahead: "would
    // go on display in 2027", "a plan that runs through 2030".)
    let later_year = raws.iter().any(|raw| {
        raw.tense.past
            && !raw.tense.future
            && !matches!(lower[raw.first.saturating_sub(1)].as_ref(), "through" | "until" | "till" | "by" | "to")
            && matches!(raw.sem, Sem::Cal { year: Some(y), .. } if latest.is_some_and(|(d, _)| i32::from(y) > i32::from(d.year())))
    });
    if later_year {
        return (None, header, yearless);
    }
    // No full date and no dateline: a report dated by weekday and day, "Orbitane said on Monday,
    // March 9, that …", in the year near those named when March 9 was a Monday.
    if latest.is_none() && dateline.is_none() {
        let reported = raws.iter().enumerate().take_while(|(_, r)| r.sentence < 4).find_map(|(k, r)| {
            let (m, d) = match r.sem {
                Sem::Cal { year: None, month: Some(m), day: Some(d), clock: None } => (m, d),
                Sem::Month { month, day: Some(d), dir: Dir::Tense } => (month, d),
                _ => return None,
            };
            let weekday = WEEKDAYS.iter().position(|&w| w == lower[r.first].as_ref())?;
            let weekday = Weekday::from_monday_zero_offset(i8::try_from(weekday).ok()?).ok()?;
            reported_on(lower, r).then_some((m, d, weekday, k))
        });
        if let Some((m, d, weekday, k)) = reported {
            if let Some(date) = year_by_weekday(raws, &[weekday], m, d) {
                return (Some((date, k)), header, None);
            }
            return (None, header, Some((m, d, Some(weekday), k)));
        }
    }
    let yearless = if latest.is_none() { yearless } else { None };
    (latest, header, yearless)
}

/// Whether `raw` dates a report: "said on Friday", "published on Thursday", "Friday, the
/// ministry said".
fn reported_on(lower: &[Cow<str>], raw: &Raw) -> bool {
    let before = raw.first.checked_sub(1 + usize::from(raw.first > 0 && lower[raw.first - 1] == "on"));
    let saying = |w: &str| {
        matches!(
            w,
            "said" | "says" | "announced" | "reported" | "confirmed" | "told" | "added" | "published" | "released"
        )
    };
    before.is_some_and(|b| saying(&lower[b])) || lower.get(raw.end).is_some_and(|w| saying(w))
}

/// The weekdays the first lines of a story say it was told on, which a year-less dateline's day
/// is (a report is dated the day it is made; the day of an event, "ran aground late Tuesday",
/// may be the day before). With the years the story names they give the dateline its year
/// ([`year_by_weekday`]): "SAN JOSE, Feb. 21 - … the company said on Friday" with "by the end
/// of 2025" is 2025-02-21, the one year near those named when Feb. 21 was a Friday.
fn lead_weekdays(lower: &[Cow<str>], raws: &[Raw], dateline_sentence: usize) -> Vec<Weekday> {
    let reported = |r: &Raw| reported_on(lower, r);
    let weekday_of = |sem: &Sem| match sem {
        Sem::Weekday { day, dir: Dir::Tense, .. } => Some(*day),
        Sem::ClockOn { on, .. } => match **on {
            Sem::Weekday { day, dir: Dir::Tense, .. } => Some(day),
            _ => None,
        },
        _ => None,
    };
    // (Not a day ahead: "staff will get notices on Tuesday".)
    let lead: Vec<Weekday> = raws
        .iter()
        .take_while(|r| r.sentence <= dateline_sentence + 2)
        .filter(|r| !r.tense.future && reported(r))
        .filter_map(|r| weekday_of(&r.sem))
        .collect();
    lead
}

/// The weekday of a report, if its first lines agree on one.
fn one_weekday(lead: &[Weekday]) -> Option<Weekday> {
    let first = *lead.first()?;
    lead.iter().all(|&w| w == first).then_some(first)
}

/// The date of `month` and `day` in a year near those the story names (or two years after
/// the latest of them) when it was one of `weekdays`: the nearest to the latest year
/// named outside a future clause.
fn year_by_weekday(raws: &[Raw], weekdays: &[Weekday], month: i8, day: i8) -> Option<Date> {
    year_near_named(raws, month, day, |date| weekdays.contains(&date.weekday()))
}

/// The weekdays told with a day and month and no year ("on Friday, Oct. 10"), at most the
/// first 20 (they must all fit one year).
fn weekday_dates(lower: &[Cow<str>], raws: &[Raw]) -> Vec<(i8, i8, Weekday)> {
    raws.iter()
        .filter_map(|r| {
            let Sem::Cal { year: None, month: Some(m), day: Some(d), .. } = r.sem else { return None };
            let weekday = WEEKDAYS.iter().position(|&w| w == lower[r.first].as_ref())?;
            Some((m, d, Weekday::from_monday_zero_offset(i8::try_from(weekday).ok()?).ok()?))
        })
        .take(20)
        .collect()
}

/// The days ahead that the story names with their weekdays ("runs from Friday, July 11 to Sunday,
/// July 13", "from the evening of Sunday, February 22"), within four weeks of the reference,
/// and the days between two of them told in one sentence a week apart at most. A writer who
/// has dated the days of an event to come goes on to name them by their weekdays alone: "The
/// last act on Sunday is now due to finish at 10.30pm", "Saturday: The main stage opens at 1pm"
/// (see [`Resolver::frame_day`]). At most 32, so that each weekday looks at a few.
fn frames(dated: &[Dated], reference: Option<Date>) -> Vec<(Date, Date)> {
    let Some(end) = reference.and_then(|r| add(r, Unit::Day, 28)) else { return Vec::new() };
    let days: Vec<(usize, Date)> = dated
        .iter()
        .filter(|d| reference.is_some_and(|r| d.date > r) && d.date < end)
        .map(|d| (d.sentence, d.date))
        .take(32)
        .collect();
    let mut frames: Vec<(Date, Date)> = days.iter().map(|&(_, d)| (d, d)).collect();
    for pair in days.windows(2) {
        let ((s1, a), (s2, b)) = (pair[0], pair[1]);
        if s1 == s2 && a < b && add(a, Unit::Day, 7).is_some_and(|week| b <= week) {
            frames.push((a, b));
        }
    }
    frames
}

/// The date of a day the text tells with its weekday ("Sunday, February 22", "10pm on Sunday,
/// February 22"), in the year near `r` that has that weekday when none is written; not a
/// holiday's name ("from Black Friday, November 28", a day picked for its name).
fn weekday_dated(lower: &[Cow<str>], raw: &Raw, r: Date) -> Option<Date> {
    let sem = match &raw.sem {
        Sem::ClockOn { on, .. } => on.as_ref(),
        sem => sem,
    };
    let Sem::Cal { year, month: Some(month), day: Some(day), .. } = *sem else { return None };
    let weekday = (raw.first..raw.end)
        .find(|&t| WEEKDAYS.contains(&lower[t].as_ref()))
        .filter(|&t| {
            t == 0 || !matches!(lower[t - 1].as_ref(), "black" | "good" | "holy" | "cyber" | "easter" | "palm")
        })
        .and_then(|t| WEEKDAYS.iter().position(|&w| w == lower[t].as_ref()))
        .and_then(|w| Weekday::from_monday_zero_offset(i8::try_from(w).ok()?).ok())?;
    let years = match year {
        Some(y) => y..=y,
        None => r.year() - 1..=r.year() + 1,
    };
    years
        .filter_map(|y| Date::new(y, month, day).ok())
        .filter(|d| d.weekday() == weekday)
        // (Days counted by `day_number`: jiff's `until` would add its span arithmetic to the page.)
        .min_by_key(|&d| (day_number(d) - day_number(r)).abs())
}

/// The days within a year ahead that the text tells with their weekdays and no year (at most
/// 32): a season's programme ("Previews begin on Wednesday 12 February", told in November),
/// whose other days without a year are near them (see `Resolver::near_ahead`).
fn ahead_anchors(dated: &[Dated], reference: Option<Date>) -> Vec<Date> {
    let Some(end) = reference.and_then(|r| add(r, Unit::Day, 366)) else { return Vec::new() };
    dated
        .iter()
        .filter(|d| d.yearless && reference.is_some_and(|r| d.date > r) && d.date < end)
        .map(|d| d.date)
        .take(32)
        .collect()
}

/// A day the text tells with its weekday (see [`weekday_dated`]): its sentence, and whether it
/// is a bare date without a year (not a clock time's).
struct Dated {
    sentence: usize,
    date: Date,
    yearless: bool,
}

/// The days the text tells with their weekdays, in text order, which [`frames`] and
/// [`ahead_anchors`] choose from: each expression is looked at once.
fn weekday_dated_days(lower: &[Cow<str>], raws: &[Raw], reference: Option<Date>) -> Vec<Dated> {
    let Some(r) = reference else { return Vec::new() };
    raws.iter()
        .filter_map(|raw| {
            let date = weekday_dated(lower, raw, r)?;
            let yearless = matches!(raw.sem, Sem::Cal { year: None, .. });
            Some(Dated { sentence: raw.sentence, date, yearless })
        })
        .collect()
}

/// The date of `month` and `day` for which `fits` holds, in a year near those the story names
/// (or two years after the latest of them): the nearest to the latest year named outside a
/// future clause.
fn year_near_named(raws: &[Raw], month: i8, day: i8, fits: impl Fn(Date) -> bool) -> Option<Date> {
    let year_of = |r: &Raw| match r.sem {
        Sem::Cal { year: Some(y), .. } | Sem::Season { year: Some(y), .. } => Some(y),
        Sem::Quarter { year: QuarterYear::Given(y), .. } => Some(y),
        _ => None,
    };
    let years: std::collections::BTreeSet<i16> = raws.iter().filter_map(year_of).collect();
    let told = raws.iter().filter(|r| !r.tense.future).filter_map(year_of).max().or(years.last().copied())?;
    // And two years after the latest told: a story looks back at years before its own
    // ("flagged in an inspection report as early as 2019 … since 2024" in a story of 2026).
    years
        .iter()
        .flat_map(|&y| [y.saturating_sub(1), y, y.saturating_add(1)])
        .chain([told.saturating_add(2)])
        .filter_map(|y| Date::new(y, month, day).ok())
        .filter(|&date| fits(date))
        .min_by_key(|date| ((i32::from(date.year()) - i32::from(told)).abs(), std::cmp::Reverse(date.year())))
}

/// Days since 1970-01-01 of `date`: cheaper in the page than jiff's span arithmetic, which a
/// date difference would otherwise link in.
fn day_number(date: Date) -> i64 {
    crate::days_from_civil(i64::from(date.year()), i64::from(date.month()), i64::from(date.day()))
}

/// The date of a year-less dateline (`month`, `day`) in a story that tells of `date`: in the
/// year that puts the dateline closest after it, unless one puts it much closer before it (a
/// story reports what happened and looks a little ahead).
fn dateline_year(date: Date, month: i8, day: i8) -> Option<Date> {
    (-1i16..=1).filter_map(|dy| Date::new(date.year().checked_add(dy)?, month, day).ok()).min_by_key(|&candidate| {
        let days = day_number(candidate) - day_number(date);
        // A day before counts as three after.
        if days >= 0 {
            days
        } else {
            -3 * days
        }
    })
}

/// If `raw` is a dateline's date ("VIENNA, March 15, 2024 -", "BEIRUT, Sept. 22 (Reuters) -",
/// or a date alone on its line), the byte offset where the dateline ends.
fn dateline_end(text: &str, tokens: &[Token], lower: &[Cow<str>], s: &Sentence, raw: &Raw) -> Option<usize> {
    if !matches!(raw.sem, Sem::Cal { month: Some(_), day: Some(_), .. }) {
        return None;
    }
    // Or the date in brackets after the place: "LONDON (Sept. 28) -".
    let bracketed =
        raw.first > s.tokens.start && lower[raw.first - 1] == "(" && lower.get(raw.end).is_some_and(|w| w == ")");
    // Or after a dash: "KESRA, Veltara — Wednesday, October 21, 2026".
    let dashed = !bracketed
        && raw.first > s.tokens.start + 1
        && matches!(lower[raw.first - 1].as_ref(), "-" | "--" | "\u{2013}" | "\u{2014}");
    let place = s.tokens.start..raw.first - usize::from(bracketed || dashed);
    if !place.is_empty() {
        // A place in capitals or title case, then a comma: "WASHINGTON, D.C.,".
        let comma_before = lower[raw.first - 1] == "," || bracketed || dashed;
        let place_like = tokens[place.clone()]
            .iter()
            .all(|t| t.is_capitalized(text) || t.is_punct(text, ',') || t.is_punct(text, '.'));
        if place.len() > 8 || !comma_before || !place_like || !tokens[place.start].is_capitalized(text) {
            return None;
        }
    }
    let mut k = raw.end + usize::from(bracketed);
    // A news agency in brackets: "(Reuters)".
    if k < s.tokens.end && lower[k] == "(" {
        let close = (k + 1..s.tokens.end.min(k + 6)).find(|&t| lower[t] == ")")?;
        k = close + 1;
    }
    if k == s.tokens.end {
        return Some(tokens[k - 1].span.end);
    }
    let dash = matches!(lower[k].as_ref(), "-" | "--" | "\u{2013}" | "\u{2014}" | "\u{2015}" | ":");
    dash.then_some(tokens[k].span.end)
}

/// The verbs of saying that make what follows reported speech (see `Scan::saying_before`).
fn saying(w: &str) -> bool {
    matches!(w, "said" | "told" | "announced" | "added")
}

/// Every day's hours: "to stop between 2 p.m. and 7 p.m. each day", "would close at 6 p.m.
/// daily", "The daily bulletin is published at 10 a.m.": a clock time with no day of its own
/// within eight tokens of a set, or in a sentence opening with "Each" or "Every", is no day's,
/// and off the timeline. Likewise hours that a present habit or a rule gives: "The museum is
/// open from 10am to 5pm", "Customers can call between 8 a.m. and 8 p.m.", "a ban on night
/// flights between 11.30pm and 6am".
fn daily_hours(lower: &[Cow<str>], raws: &mut [Raw], each_sentence: &[bool]) {
    // (Or of every such weekday: "watered only on Tuesdays and Saturdays, between 8 p.m. and
    // 6 a.m."; or "seven days a week", "every 20 minutes".)
    let daily = |r: &Raw| matches!(&r.sem, Sem::Fixed { kind: TimexType::Set, value } if value == "P1D" || value.starts_with("XXXX-WXX-"));
    // (Other sets only in the clock time's clause: not "after a quarter past four, and buses
    // run every half hour".)
    let other_set = |r: &Raw| matches!(&r.sem, Sem::Fixed { kind: TimexType::Set, .. });
    let same_clause = |a: &Raw, b: &Raw| {
        let (from, to) = if a.end <= b.first { (a.end, b.first) } else { (b.end, a.first) };
        lower[from..to.max(from)].iter().all(|w| !matches!(w.as_ref(), "," | ";" | "and" | "but"))
    };
    let near =
        |a: &Raw, b: &Raw| a.sentence == b.sentence && (a.first.abs_diff(b.end) <= 8 || b.first.abs_diff(a.end) <= 8);
    // The nearest expressions each side are enough: a set farther off has others between.
    let hours: Vec<usize> = (0..raws.len())
        .filter(|&k| matches!(raws[k].sem, Sem::Clock { .. }))
        .filter(|&k| {
            // (Or of days in the plural: "between 9 a.m. and 5 p.m. on weekdays".)
            // (Or before it: "The first weekday departure will move from 5.52am to 5.45am".)
            let plural_days = (raws[k].end..(raws[k].end + 8).min(lower.len()))
                .take_while(|&t| lower[t] != ".")
                .any(|t| matches!(lower[t].as_ref(), "weekdays" | "weekends" | "weeknights"))
                || (raws[k].first.saturating_sub(12)..raws[k].first)
                    .rev()
                    .take_while(|&t| lower[t] != ".")
                    .any(|t| matches!(lower[t].as_ref(), "weekday" | "weekdays" | "weekends" | "weeknights"));
            raws[k.saturating_sub(3)..(k + 4).min(raws.len())]
                .iter()
                .any(|r| near(r, &raws[k]) && (daily(r) || other_set(r) && same_clause(r, &raws[k])))
                || each_sentence.get(raws[k].sentence).copied().unwrap_or(false)
                || plural_days
                || habitual_hours(lower, raws, k)
                || generic_hour(lower, &raws[k])
        })
        .collect();
    for k in hours {
        // (And the other end of its span: "every 20 minutes between 8am and midnight".)
        let partner = if raws.get(k + 1).is_some_and(|r| r.range) { Some(k + 1) } else { None };
        for j in std::iter::once(k).chain(partner) {
            if let Sem::Clock { hour, minute } = raws[j].sem {
                raws[j].sem = no_day(hour, minute);
            }
        }
    }
    // A part of the day in a set's clause is every day's too: "Trains will run every 20
    // minutes in the evening".
    for k in 0..raws.len() {
        if let Sem::Part { part } = raws[k].sem {
            let near_set = raws[k.saturating_sub(2)..(k + 3).min(raws.len())]
                .iter()
                .any(|r| other_set(r) && near(r, &raws[k]) && same_clause(r, &raws[k]));
            if near_set {
                raws[k].sem = Sem::fixed(TimexType::Time, format!("XXXX-XX-XXT{part}"));
            }
        }
    }
}

/// Whether an expression names a day: a weekday, "yesterday", a date with its day, a clock time
/// on a day.
fn names_day(sem: &Sem) -> bool {
    matches!(
        sem,
        Sem::Weekday { .. }
            | Sem::Day { .. }
            | Sem::Cal { day: Some(_), .. }
            | Sem::Month { day: Some(_), .. }
            | Sem::MonthDay { .. }
            | Sem::ClockOn { .. }
    )
}

/// Whether a clock time is in a saying about any night: "Nothing good happens after 1 a.m.",
/// "Everything changes after midnight" (a pronoun for anything as the subject, a present
/// verb of what happens, then the hour), not the story's night.
fn generic_hour(lower: &[Cow<str>], clock: &Raw) -> bool {
    let before = clock.first.saturating_sub(6)..clock.first;
    let subject = before.clone().any(|t| {
        matches!(lower[t].as_ref(), "nothing" | "nobody" | "everything" | "everyone" | "everybody" | "anything")
    });
    let verb = before.clone().any(|t| matches!(lower[t].as_ref(), "happens" | "happen" | "changes"));
    let hour_after = matches!(clock.first.checked_sub(1).map(|t| lower[t].as_ref()), Some("after" | "before" | "past"));
    subject && verb && hour_after && !clock.tense.past && !clock.tense.past_verb && !clock.tense.future
}

/// Whether the clock time `raws[k]` opens or closes a span of hours ("from 10am to 5pm",
/// "between 8 a.m. and 8 p.m.") that a habit or a rule gives: a word for opening hours, "can"
/// or a ban within four words before it, no past or future verb there, and no day named in the
/// sentence.
fn habitual_hours(lower: &[Cow<str>], raws: &[Raw], k: usize) -> bool {
    let clock =
        |j: usize| raws.get(j).is_some_and(|r| matches!(r.sem, Sem::Clock { .. }) && r.sentence == raws[k].sentence);
    let start = if raws[k].range && clock(k.wrapping_sub(1)) {
        k - 1
    } else if raws.get(k + 1).is_some_and(|r| r.range) && clock(k + 1) {
        k
    } else {
        return false;
    };
    let first = &raws[start];
    if !matches!(first.first.checked_sub(1).map(|t| lower[t].as_ref()), Some("from" | "between")) {
        return false;
    }
    // (Ten words back: "Residents can call the hotline on 0800 555 0142 between 8 a.m. and 10
    // p.m.")
    let before = first.first.saturating_sub(10)..first.first - 1;
    // ("closed" only after "is" or "are": "Police closed the road from 11 p.m." is one night.)
    let cue = before.clone().any(|t| {
        matches!(
            lower[t].as_ref(),
            "open" | "opens" | "closes" | "operates" | "staffed" | "available" | "can" | "ban" | "curfew"
        ) || lower[t] == "closed" && t > 0 && matches!(lower[t - 1].as_ref(), "is" | "are")
    });
    let tense = first.tense;
    // (Not the future flag: a present tense there reads as a plan, "is open from 10am".)
    let tensed = tense.past
        || tense.past_verb
        || before
            .clone()
            .any(|t| matches!(lower[t].as_ref(), "was" | "were" | "had" | "will" | "would" | "did" | "could"));
    // (Only the sentence's own expressions, found around `start`: raws are in text order.)
    let sentence = first.sentence;
    let from = raws[..start].iter().rposition(|r| r.sentence != sentence).map_or(0, |j| j + 1);
    let day_named = || raws[from..].iter().take_while(|r| r.sentence == sentence).any(|r| names_day(&r.sem));
    cue && !tensed && !day_named()
}

/// A live blog's stamps: clock times opening a line before a colon or a dash ("9.42pm: Labour
/// sources …", "22:15 — Verification has finished"), or alone on it. The first is on the
/// reference day, or on the day a heading above it names ("Saturday 13 September 2025" alone
/// on its line), each next on the day of the one before, or the day after when its time is
/// earlier (past midnight). A weekday told inside an entry ("more bullish on Wednesday") does not move them.
fn blog_stamps(
    text: &str,
    tokens: &[Token],
    lower: &[Cow<str>],
    sentences: &[Sentence],
    raws: &mut [Raw],
    reference: Option<Date>,
) {
    let Some(mut day) = reference else { return };
    let line_start = |raw: &Raw| {
        let start = tokens[raw.first].span.start;
        text[..start].trim_end_matches([' ', '\t']).ends_with('\n') || start == 0
    };
    let line_end = |raw: &Raw| {
        let end = tokens[raw.end - 1].span.end;
        let rest = text[end..].trim_start_matches([' ', '\t']);
        rest.is_empty() || rest.starts_with(['\n', '\r'])
    };
    let stamp = |raw: &Raw| {
        let (hour, minute) = match &raw.sem {
            Sem::Clock { hour, minute } => (*hour, *minute),
            Sem::ClockOn { hour, minute, on } if matches!(**on, Sem::Day { offset: 0, part: None }) => (*hour, *minute),
            _ => return None,
        };
        let opens = sentences.get(raw.sentence).is_some_and(|s| s.tokens.start == raw.first);
        let mark = matches!(lower.get(raw.end).map(AsRef::as_ref), Some(":" | "-" | "\u{2013}" | "\u{2014}"));
        // (Or alone on its line: "16:42 BST" over the entry.)
        (opens && line_start(raw) && (mark || line_end(raw))).then_some((hour, minute))
    };
    // A day's heading: a full date alone on its line ("Sunday 14 September 2025"), which the
    // stamps under it are on.
    let heading = |raw: &Raw| match raw.sem {
        Sem::Cal { year: Some(year), month: Some(month), day: Some(day), clock: None }
            if line_start(raw) && line_end(raw) =>
        {
            Date::new(year, month, day).ok()
        }
        _ => None,
    };
    // Two stamps at least make a blog. It runs forward, or newest first ("16:05 - …", then
    // "14:30 - …"): then the first is on the reference day, and a later time goes a day back.
    let times: Vec<(u8, u8)> = raws.iter().filter_map(stamp).collect();
    if times.len() < 2 {
        return;
    }
    let backward = times.windows(2).filter(|w| w[1] < w[0]).count() > times.windows(2).filter(|w| w[1] > w[0]).count();
    let mut last: Option<(u8, u8)> = None;
    // Days from the heading's day, not from the reference: "We will be back from 9am tomorrow"
    // under "Saturday 13 September 2025" is Sunday's.
    // (And a time told in an entry with no day of its sentence is on the heading's day: "avoid
    // the area until at least 8pm", under Saturday's, is no time of the reference day.)
    // (Sorted, as raws are: looked up by binary search.)
    let day_sentences: Vec<usize> = raws.iter().filter(|r| names_day(&r.sem)).map(|r| r.sentence).collect();
    let mut shift = 0;
    for raw in raws.iter_mut() {
        if let Some(date) = heading(raw) {
            day = date;
            last = None;
            shift = reference.map_or(0, |r| day_number(date) - day_number(r));
            continue;
        }
        let Some((hour, minute)) = stamp(raw) else {
            let sem = match &mut raw.sem {
                Sem::ClockOn { on, .. } => on.as_mut(),
                sem => sem,
            };
            if let Sem::Day { offset, .. } = sem {
                *offset += shift;
            }
            if let Sem::Clock { hour, minute } = raw.sem {
                if shift != 0 && last.is_some() && day_sentences.binary_search(&raw.sentence).is_err() {
                    let on = Sem::Cal {
                        year: Some(day.year()),
                        month: Some(day.month()),
                        day: Some(day.day()),
                        clock: None,
                    };
                    raw.sem = Sem::ClockOn { hour, minute, on: Box::new(on) };
                }
            }
            continue;
        };
        let turned = last.is_some_and(|l| if backward { (hour, minute) > l } else { (hour, minute) < l });
        if turned {
            let Some(next) = add(day, Unit::Day, if backward { -1 } else { 1 }) else { return };
            day = next;
        }
        last = Some((hour, minute));
        let on = Sem::Cal { year: Some(day.year()), month: Some(day.month()), day: Some(day.day()), clock: None };
        raw.sem = Sem::ClockOn { hour, minute, on: Box::new(on) };
    }
}

/// A year told after the days it dates: "will run from 8 May to 16 June in 2029", "on 3 and 4
/// March in 2027". The days before "in" and the year (and the range or pair they end) take it.
fn year_after_days(lower: &[Cow<str>], raws: &mut [Raw]) {
    let yearless_day = |r: &Raw| {
        matches!(
            r.sem,
            Sem::Cal { year: None, month: Some(_), day: Some(_), .. }
                | Sem::Month { day: Some(_), dir: Dir::Tense, .. }
        )
    };
    for k in 1..raws.len() {
        let Sem::Cal { year: Some(year), month: None, day: None, .. } = raws[k].sem else { continue };
        let day = &raws[k - 1];
        let told_after = day.sentence == raws[k].sentence
            && day.end + 1 == raws[k].first
            && lower[day.end] == "in"
            && yearless_day(day);
        if !told_after {
            continue;
        }
        // The day and those joined to it by one word ("to", "and", a dash): a range or a
        // pair.
        let mut start = k - 1;
        while start > 0
            && raws[start - 1].sentence == raws[start].sentence
            && raws[start - 1].end + 1 == raws[start].first
            && yearless_day(&raws[start - 1])
        {
            start -= 1;
        }
        for raw in &mut raws[start..k] {
            let (month, d) = match raw.sem {
                Sem::Cal { month: Some(m), day: Some(d), .. } | Sem::Month { month: m, day: Some(d), .. } => (m, d),
                _ => continue,
            };
            raw.sem = Sem::Cal { year: Some(year), month: Some(month), day: Some(d), clock: None };
        }
    }
}

/// A clock time of no day in particular ("every day at 10 a.m.", opening hours).
/// Some day of that name, no date: "on a Saturday", "your Tuesday lie-in".
fn some_day_named(day: Weekday) -> Sem {
    Sem::fixed(TimexType::Date, format!("XXXX-WXX-{}", day.to_monday_one_offset()))
}

fn no_day(hour: u8, minute: u8) -> Sem {
    Sem::fixed(TimexType::Time, format!("XXXX-XX-XXT{hour:02}:{minute:02}"))
}

/// Days and months a rule gives for every year are no year's: "No trees may be felled between
/// 1 March and 31 August in any year", "The reserve closes from 1 May to 30 June each year".
fn any_year_days(lower: &[Cow<str>], raws: &mut [Raw]) {
    for k in 0..raws.len() {
        let end = raws[k].end;
        let yearly = |at: usize| match (lower.get(at), lower.get(at + 1), lower.get(at + 2)) {
            (Some(a), Some(b), _) if matches!(a.as_ref(), "each" | "every") && b == "year" => true,
            (Some(a), Some(b), Some(c)) => a == "in" && matches!(b.as_ref(), "any" | "every") && c == "year",
            _ => false,
        };
        if !yearly(end) {
            continue;
        }
        // The expression before it, and the one opening its range.
        let from = if raws[k].range && k > 0 { k - 1 } else { k };
        for raw in &mut raws[from..=k] {
            if let Sem::Cal { year: None, month: Some(m), day, clock: None } | Sem::Month { month: m, day, .. } =
                raw.sem
            {
                let value = match day {
                    Some(d) => format!("XXXX-{m:02}-{d:02}"),
                    None => format!("XXXX-{m:02}"),
                };
                raw.sem = Sem::fixed(TimexType::Date, value);
            }
        }
    }
}

/// A weekday that opens its sentence as the subject of a habit is every week's: "Sunday is
/// the busiest day at the harbour", "Tuesday is usually quiet" (not "Sunday is the deadline",
/// one day).
fn generic_days(lower: &[Cow<str>], sentences: &[Sentence], raws: &mut [Raw]) {
    for raw in raws.iter_mut() {
        let Sem::Weekday { day, dir: Dir::Tense, part: None } = raw.sem else { continue };
        let opens = sentences.get(raw.sentence).is_some_and(|s| s.tokens.start == raw.first);
        if !opens || lower.get(raw.end).is_none_or(|w| w != "is") {
            continue;
        }
        let after: Vec<&str> = lower[raw.end + 1..]
            .iter()
            .take(5)
            .map(AsRef::as_ref)
            .take_while(|w| w.chars().all(char::is_alphanumeric))
            .collect();
        let adverb = after.first().is_some_and(|w| {
            matches!(*w, "usually" | "normally" | "typically" | "always" | "often" | "generally" | "traditionally")
        });
        // "the busiest day", "the most popular day", "the quietest night".
        let superlative = after.first() == Some(&"the")
            && after.iter().any(|w| matches!(*w, "day" | "night" | "time"))
            && after.iter().any(|w| {
                w.len() > 4 && w.ends_with("est") && !matches!(*w, "interest" | "request" | "protest")
                    || matches!(*w, "most" | "least" | "best" | "worst")
            });
        if adverb || superlative {
            raw.sem = Sem::fixed(TimexType::Set, format!("XXXX-WXX-{}", day.to_monday_one_offset()));
        }
    }
}

/// Opening hours: "between 9am and 5pm, Monday to Friday", "Monday to Saturday, 10am to 4pm".
/// A span of weekdays with no word before it that picks one week ("from", "on", "next"), next
/// to clock times, is every week's: the days are sets and the hours no day's.
fn weekly_hours(lower: &[Cow<str>], raws: &mut [Raw]) {
    let weekday = |r: &Raw| matches!(r.sem, Sem::Weekday { dir: Dir::Tense, part: None, .. });
    let clock = |r: &Raw| matches!(r.sem, Sem::Clock { .. });
    // Two expressions of one sentence with one word between them ("to", "and", a dash).
    let joined = |a: &Raw, b: &Raw| a.sentence == b.sentence && a.end + 1 == b.first;
    for k in 0..raws.len().saturating_sub(1) {
        let (first, second) = (&raws[k], &raws[k + 1]);
        // "from 8 a.m. to 8 p.m. Eastern time Monday through Friday": the closing hour took the
        // first day; both are every week's.
        if let (Sem::ClockOn { hour, minute, on }, true) = (&first.sem, weekday(second) && joined(first, second)) {
            let opening = k.checked_sub(1).filter(|&j| clock(&raws[j]) && joined(&raws[j], first));
            if let (Sem::Weekday { dir: Dir::Tense, part: None, .. }, Some(j), "through" | "to" | "-" | "\u{2013}") =
                (on.as_ref(), opening, lower[first.end].as_ref())
            {
                let (hour, minute) = (*hour, *minute);
                raws[k].sem = no_day(hour, minute);
                if let Sem::Clock { hour, minute } = raws[j].sem {
                    raws[j].sem = no_day(hour, minute);
                }
                if let Sem::Weekday { day, .. } = raws[k + 1].sem {
                    raws[k + 1].sem = Sem::fixed(TimexType::Set, format!("XXXX-WXX-{}", day.to_monday_one_offset()));
                }
                continue;
            }
        }
        let (first, second) = (&raws[k], &raws[k + 1]);
        let span = weekday(first)
            && weekday(second)
            && joined(first, second)
            && matches!(lower[first.end].as_ref(), "to" | "through" | "-" | "\u{2013}")
            && first.first > 0
            && matches!(lower[first.first - 1].as_ref(), "," | "open" | "opens" | "closed" | "closes");
        if !span {
            continue;
        }
        // The hours stand right before the comma, or right after the span and a comma. Or
        // there are none, and the days are a habit by the present tense: "The office is open
        // Monday through Friday" (not "was closed Monday through Friday", one week).
        let before = |n: usize| first.first.checked_sub(n).map_or("", |j| lower[j].as_ref());
        let habitual = matches!(before(1), "opens" | "closes")
            || matches!(before(1), "open" | "closed") && matches!(before(2), "is" | "are");
        // (Or with a zone between: "between 8 a.m. and 8 p.m. Eastern, Monday through Saturday".)
        let zoned = |a: &Raw, b: &Raw| {
            a.sentence == b.sentence
                && b.first > a.end
                && b.first - a.end <= 3
                && lower[a.end..b.first].iter().all(|w| {
                    matches!(w.as_ref(), "," | "eastern" | "central" | "pacific" | "mountain" | "local" | "time")
                        || TIME_ZONES.contains(&w.as_ref())
                })
        };
        let hours = if k > 0 && clock(&raws[k - 1]) && (joined(&raws[k - 1], first) || zoned(&raws[k - 1], first)) {
            let opening = k.checked_sub(2).filter(|&j| clock(&raws[j]) && joined(&raws[j], &raws[k - 1]));
            [Some(k - 1), opening]
        } else if raws.get(k + 2).is_some_and(|r| clock(r) && joined(second, r)) {
            let closing = Some(k + 3).filter(|&j| raws.get(j).is_some_and(|r| clock(r) && joined(&raws[k + 2], r)));
            [Some(k + 2), closing]
        } else if habitual {
            [None, None]
        } else {
            continue;
        };
        for j in [k, k + 1] {
            if let Sem::Weekday { day, .. } = raws[j].sem {
                raws[j].sem = Sem::fixed(TimexType::Set, format!("XXXX-WXX-{}", day.to_monday_one_offset()));
            }
        }
        for j in hours.into_iter().flatten() {
            if let Sem::Clock { hour, minute } = raws[j].sem {
                raws[j].sem = no_day(hour, minute);
            }
        }
    }
}

// ---- Normalization ----

struct Resolver {
    reference: Option<Date>,
    /// The seasons are the southern hemisphere's: summer runs from December.
    south: bool,
    /// The reference is the day the text was written: given, or read from a dateline or a
    /// "Published" line (not the latest date the text names, which may be an event's).
    written: bool,
    /// The last date mentioned, and its precision, for "the next day" and "a year earlier".
    anchor: Option<(Date, Unit)>,
    /// The last day named, kept when a coarser date comes after it ("on Saturday … since 2022.
    /// The match kicked off at 8:30 p.m." is Saturday's).
    day: Option<Date>,
    /// The day and hour of the last clock time told without a day of its sentence, when it was
    /// late in the evening: a night's story runs past midnight ("at 11 p.m., and police began
    /// going door to door shortly after 1 a.m.").
    late_clock: Option<(String, u8)>,
    /// The day whose night or evening was named last, and its sentence: "A fire broke out on
    /// Tuesday night. … Residents were evacuated overnight" is that night.
    night: Option<(Date, usize)>,
    /// The sentence and the minute of the day of the last clock time that kept the story on the
    /// last day named: a later time soon after goes on with that day ("the first mayday call at
    /// 2:14 a.m. … By 3:30 a.m., the tanker was listing").
    last_clock: Option<(usize, u16)>,
    /// The sentence being resolved, and the one `day` was named in.
    sentence: usize,
    day_sentence: usize,
    /// Whether the sentence names a day somewhere ("at 10:35 a.m. (0735 GMT) Friday").
    sentence_names_day: bool,
    /// Whether `day` was named as the date of a report ("the agency said last Thursday"):
    /// in passing, not where the story is.
    day_reported: bool,
    /// The last day named that is not a report's, and the sentence that last told of it: where
    /// a story told between a hearing's days is ("leaving a bar at 11.40pm on 3 August. …," said
    /// his friend, giving evidence on Tuesday. … shortly after midnight"), and the hour of a
    /// late clock time told on it (an early hour after it is the next day's).
    event_day: Option<(Date, usize, Option<u8>)>,
    /// The latest day named that is not after the reference: the day the story is at, which
    /// "overnight" counts back from ("battling a fire on Saturday that broke out on Thursday
    /// night. … told to leave overnight" is Friday night).
    latest_day: Option<Date>,
    /// The last day named before [`Resolver::day`], for a past "that morning" told after a day
    /// still to come.
    day_before: Option<Date>,
    /// A late clock time on a day, and its sentence: "start at 11.30pm on 15 May and end
    /// shortly after 1am" ends on the 16th.
    late_on: Option<(usize, Date)>,
    /// The decade named last, when no other date came after it ("the 1980s … the following
    /// decade").
    decade: Option<i16>,
    /// The first day of the quarter last named, for "the quarter" and "the latest period".
    quarter: Option<Date>,
    /// The first day of the quarter named in the current sentence, if any.
    sentence_quarter: Option<Date>,
    /// The half of a year the sentence named ("profit for the first half"): "a year earlier"
    /// in it is that half a year before.
    sentence_half: Option<(i16, u8)>,
    /// The span of months last named ("the first nine months": "P9M"), unless a quarter was
    /// named after it, for "the year-earlier period".
    span: Option<String>,
    /// The year last named in the current sentence ("In 2019 … in March", "Last year … in
    /// June"): a month without a year later in the sentence is in it.
    sentence_year: Option<i16>,
    /// The same, when the year opens the sentence: a full day without its year is in it too
    /// ("Last year's talks ran until Dec. 19"; but not "Under a program approved in 1987 …,
    /// Nashua had bought shares through Sept. 29").
    opening_year: Option<i16>,
    /// The year of the last full day written out in the current sentence ("Exams start on 8
    /// May 2029 and results come out on 2 August"): a later day ahead without its year is in
    /// it.
    written_year: Option<i16>,
    /// Whether the anchor is a day told from the reference ("on Sunday", "today"), and the
    /// anchor before it: "that year", "April of that year", "the following spring" look back to
    /// a year the story named, not to the week it is told in ("On the night of June 21, 1976,
    /// … On Sunday, exactly 50 years later, residents gathered … By April of that year").
    deictic: bool,
    story: Option<(Date, Unit)>,
    /// The year of the last dates told, and how many were told in a row in it: a month
    /// without a year goes on in a story of an earlier year (see `told_in`), not after one
    /// date in passing ("the Dec. 21, 1988, bombing … agreed in April", told in 1999).
    /// (With the latest date of them, which a month told after it follows.)
    year_run: Option<(i16, u8, Date)>,
    /// Whether the last expression took its year from such a story (`told_in`, `told_on`),
    /// not from the tense alone.
    from_story: std::cell::Cell<bool>,
    /// The day of the last line of a programme ("Friday: …"), which the next line's day follows.
    programme: Option<Date>,
    /// The day of its first line: a weekday told under the programme is in the week from it.
    programme_start: Option<Date>,
    /// The last date each weekday named without a direction took (Monday first): a programme's
    /// first line is on the day the story named before it ("will start the race on Saturday.
    /// … Stage 1, Saturday: Nice - Menton").
    weekdays: [Option<Date>; 7],
    /// Whether that line was a weekday heading alone ("MONDAY"): a weekday told under it
    /// without a tense is in the programme's week ("Inside the Kitchen, Tuesday, BBC Two, 8pm",
    /// "repeated Friday at 9am").
    headings: bool,
    /// The one day of each weekday, Monday first, among those ahead that the story dates with
    /// their weekdays and the spans between two of them in one sentence: see [`frames`] and
    /// [`frame_days`].
    frame_days: [Option<(Date, bool)>; 7],
    /// The days within a year ahead told with their weekdays and no year: see [`ahead_anchors`].
    anchors: Vec<Date>,
}

impl Resolver {
    /// The anchor of a year counted back to: the last one named before days told from the
    /// reference.
    fn story_anchor(&self) -> Option<(Date, Unit)> {
        if self.deictic {
            self.story.or(self.anchor)
        } else {
            self.anchor
        }
    }

    /// A day just named is another: what counts from it counts from the other.
    fn redate(&mut self, wrong: Date, right: Date) {
        if self.anchor == Some((wrong, Unit::Day)) {
            self.anchor = Some((right, Unit::Day));
        }
        if self.day == Some(wrong) {
            self.day = Some(right);
        }
        if self.latest_day == Some(wrong) && self.reference.is_none_or(|r| right <= r) {
            self.latest_day = Some(right);
        }
    }

    /// The last day named, even when a coarser date came after it: "the previous Friday" and
    /// "the following weekend" count from it.
    fn last_day(&self) -> Option<Date> {
        self.day
    }

    /// A day without its year that the tense put months back, moved a year on when that brings
    /// it nearer to the days ahead the text told with their weekdays: "runs from 12 February to
    /// 5 April. Previews begin on Wednesday 12 February", told in November, is next February's.
    /// (Not in a past clause: "When the coronation came on June 2".)
    fn near_ahead(&self, date: Date, r: Date, tense: Tense) -> Date {
        if self.anchors.is_empty() || tense.past || tense.past_verb || tense.perfect || tense.since {
            return date;
        }
        let distance = |d: Date| self.anchors.iter().map(|&a| (day_number(a) - day_number(d)).abs()).min();
        let Some(later) = add(date, Unit::Year, 1).filter(|_| add(r, Unit::Day, -60).is_some_and(|back| date < back))
        else {
            return date;
        };
        match (distance(date), distance(later)) {
            (Some(now), Some(next)) if next < now => later,
            _ => date,
        }
    }

    /// The one day of `weekday` in the story's frames ([`frames`]), if there is one, and whether
    /// it lies in a span of several days (looked up once per text, see [`frame_days`]).
    fn frame_day(&self, weekday: Weekday) -> Option<(Date, bool)> {
        self.frame_days[usize::from(weekday.to_monday_zero_offset().unsigned_abs())]
    }
}

/// [`Resolver::frame_day`] for each weekday, Monday first.
fn frame_days(frames: &[(Date, Date)]) -> [Option<(Date, bool)>; 7] {
    let mut days = [None; 7];
    for (k, slot) in days.iter_mut().enumerate() {
        let Some(weekday) = i8::try_from(k).ok().and_then(|k| Weekday::from_monday_zero_offset(k).ok()) else {
            continue;
        };
        *slot = frame_of(frames, weekday);
    }
    days
}

fn frame_of(frames: &[(Date, Date)], weekday: Weekday) -> Option<(Date, bool)> {
    let mut found: Option<(Date, bool)> = None;
    for &(start, end) in frames {
        let date = add(start, Unit::Day, i64::from(start.weekday().until(weekday)))?;
        if date <= end {
            match found {
                Some((other, _)) if other != date => return None,
                _ => found = Some((date, found.is_some_and(|(_, span)| span) || start < end)),
            }
        }
    }
    found
}

impl Resolver {
    /// `day`, or the next one when an `early` hour follows a late clock time told on it.
    fn past_midnight(&mut self, day: String, early: bool) -> String {
        match self.late_clock.take() {
            Some((late, _)) if early && late == day => {
                // (`parse_date` reads it by hand: jiff's parser would add 100 KB to the page.)
                let Some(next) = crate::parse_date(&day).ok().and_then(|d| add(d, Unit::Day, 1)) else { return day };
                // The story is on the next day now: "By dawn, crews had moved 4,000 people."
                self.day = Some(next);
                self.day_sentence = self.sentence;
                ymd(next).unwrap_or(day)
            }
            late => {
                self.late_clock = late;
                day
            }
        }
    }

    /// The day a day and month without a year name when a story told of an earlier year goes
    /// on in it: "The inrush came on 24 April 1975. The last body was recovered on 3 May" (a
    /// past clause, the day named in its sentence or the one before, or up to ten back with
    /// no date since, and the first such day after it, within half a year).
    fn told_on(&self, month: i8, day: i8, tense: Tense) -> Option<Date> {
        let (a, r) = self.day.zip(self.reference)?;
        // (Further on only while no other date has been named: "… 24 April 1975. [Two
        // sentences of hours and days.] The last body was recovered on 3 May".)
        // (Or a date told from the reference since, a report's: "… on 2 March 2024. The
        // prosecutor told jurors last week that … Police found him on 13 March".)
        // (Or while the dates told since are all of its year: "Fifty years ago on Monday, the
        // miners walked out. … By March, … The group marched on 22 March", see `told_in`.)
        let run =
            self.year_run.filter(|&(y, n, _)| n >= 2 && (y == a.year() || y == a.year() + 1)).map(|(_, _, last)| last);
        let near = self.sentence <= self.day_sentence + 1
            || self.sentence <= self.day_sentence + 10
                && (self.anchor == Some((a, Unit::Day))
                    || self.deictic && self.story == Some((a, Unit::Day))
                    || run.is_some());
        if !(tense.past || tense.past_verb) || tense.future || !near || a.year() >= r.year() {
            return None;
        }
        // (A past perfect goes back before it: "On the night of 23 January 1867 the barque struck
        // the reef. She had left Liverpool on 11 January".)
        if tense.perfect {
            let before = |y: i16| Date::new(y, month, day).ok().filter(|&x| x < a);
            let date = before(a.year()).or_else(|| before(a.year() - 1))?;
            return (date >= add(a, Unit::Month, -6)?).then_some(date);
        }
        let a = run.map_or(a, |last| last.max(a));
        let after = |y: i16| Date::new(y, month, day).ok().filter(|&x| x > a);
        let date = after(a.year()).or_else(|| after(a.year() + 1))?;
        let date = (date <= add(a, Unit::Month, 6)?).then_some(date);
        self.from_story.set(date.is_some());
        date
    }

    /// The year a month without one names when a story told of an earlier year goes on in it:
    /// "On 3 March 2024 … A week later detectives recovered a can. Forensic tests in April
    /// found his fingerprints" (a past clause, the story's day named in its sentence or up to
    /// ten back, the last dates told all in that year, two at least, but for months the tense
    /// guessed, and the first such month from the latest of them, within half a year).
    fn told_in(&self, month: i8, tense: Tense) -> Option<i16> {
        let (year, told, last) = self.year_run?;
        let (day, r) = self.day.zip(self.reference)?;
        if !(tense.past || tense.past_verb || tense.past_target)
            || tense.future
            || told < 2
            || day.year() != year
            || year >= r.year()
            // (Further while three dates or more have been told in a row in it: a long feature
            // on a year gone by.)
            || self.sentence > self.day_sentence + 10 && told < 3
        {
            return None;
        }
        let last = last.max(day);
        // A past perfect goes back in it, or to the year before: "On the night of 4 March 1947 …
        // The government had cut supplies in February" is 1947's.
        if tense.perfect {
            let year = if month <= last.month() { year } else { year - 1 };
            self.from_story.set(true);
            return Some(year);
        }
        let start = Date::new(year, last.month(), 1).ok()?;
        let from = |y: i16| Date::new(y, month, 1).ok().filter(|&x| x >= start);
        let date = from(year).or_else(|| from(year + 1))?;
        let year = (date <= add(start, Unit::Month, 6)?).then_some(date.year());
        self.from_story.set(year.is_some());
        year
    }

    /// The day a clock time or a part of the day without a day word is on: the sentence's, else
    /// the last day named, else the reference; unknown without any.
    fn clock_day(&self, sentence_day: Option<Date>) -> Option<String> {
        sentence_day.or(self.last_day()).or(self.reference).map_or(Some("XXXX-XX-XX".to_string()), ymd)
    }

    /// Whether a date told ahead (`future`) in `year`, which its sentence names, is in that year:
    /// one after the reference's ("The 2027 edition will start in Tangier on 12 May", told in
    /// 2026).
    fn later_year(&self, year: i16, future: bool) -> bool {
        future && self.reference.is_some_and(|r| year > r.year())
    }

    /// The northern season whose months a season of the text has ([`SEASONS`]' index): in the
    /// south, summer has the months of the north's winter.
    fn months_of(&self, season: u8) -> u8 {
        if self.south {
            (season + 2) % 4
        } else {
            season
        }
    }

    /// The TIMEX3 type and value of `sem`, and the day it names (for clock times later in the
    /// sentence). `None` drops the expression: its value does not fit the calendar.
    fn resolve(
        &mut self,
        sem: &Sem,
        tense: Tense,
        sentence_day: Option<Date>,
    ) -> Option<(TimexType, String, Option<Date>)> {
        use TimexType::{Date as D, Time as T};
        let Tense { future, past_verb: past, .. } = tense;
        let reference = self.reference;
        let (kind, value, named) = match *sem {
            Sem::Fixed { kind, ref value } => {
                let months = value.strip_prefix('P').and_then(|v| v.strip_suffix('M'));
                if kind == TimexType::Duration
                    && months.is_some_and(|m| !m.is_empty() && m.bytes().all(|b| b.is_ascii_digit()))
                {
                    self.span = Some(value.clone());
                }
                return Some((kind, value.clone(), None));
            }
            Sem::Shift { ref duration, .. } => return Some((TimexType::Duration, duration.clone(), None)),
            Sem::NthWeekday { n, day, month, year } => {
                let named = self.sentence_year.filter(|_| tense.past || tense.past_target);
                let Some(y) = year.or(named).or_else(|| Some(infer_year(reference?, month, tense))) else {
                    return Some((D, "XXXX-XX-XX".to_string(), None));
                };
                let date = Date::new(y, month, 1).ok()?.nth_weekday_of_month(n, day).ok()?;
                (D, ymd(date)?, Some((date, Unit::Day)))
            }
            Sem::WeekOf { year, month, day, weekend } => {
                // In a past clause, the year named before it in the sentence: "since 2018, when
                // a ban was lifted in the last week of October".
                let named = self.sentence_year.filter(|_| tense.past || tense.past_target);
                let year = year.or(named).or_else(|| Some(infer_year(reference?, month, tense)));
                let Some(y) = year else {
                    let unknown = if weekend { "XXXX-WXX-WE" } else { "XXXX-WXX" };
                    return Some((D, unknown.to_string(), None));
                };
                let date = if day > 0 {
                    Date::new(y, month, day).ok()?
                } else {
                    let first = Date::new(y, month, 1).ok()?;
                    add(first.last_of_month(), Unit::Day, i64::from(day))?
                };
                let week = at_precision(date, Unit::Week)?;
                return Some((D, if weekend { format!("{week}-WE") } else { week }, None));
            }
            // "the 1500s" is a century (`15`): the round hundreds before 1900 name their century
            // ("the 1900s" and "the 2000s" are as often the first decade).
            Sem::Decade(decade) if decade % 10 == 0 && (10..190).contains(&decade) => {
                return Some((D, format!("{:02}", decade / 10), None));
            }
            Sem::Decade(decade) => {
                self.decade = Some(decade);
                return Some((D, format!("{decade:03}"), None));
            }
            Sem::Cal { year, month, day, clock } => {
                // In a past clause, a day without its year takes the year that opens the
                // sentence, as a bare month takes one named before it: "Last year's talks ran
                // until Dec. 19".
                // Ahead too, in a later year (see `later_year`).
                let named = self
                    .opening_year
                    .filter(|&y| (tense.past || tense.past_target || self.later_year(y, future)) && month.is_some())
                    // A later year named before it in the sentence, in a clause not in the past:
                    // "Exams start on 8 May 2029 and results come out on 2 August".
                    .or(self.written_year.filter(|&y| self.later_year(y, !tense.past) && month.is_some()));
                let told_on = || month.zip(day).and_then(|(m, d)| self.told_on(m, d, tense)).map(|date| date.year());
                let year = year.or(named).or_else(told_on).or_else(|| match day {
                    Some(d) => {
                        let (r, m) = (reference?, month?);
                        let y = infer_day_year(r, m, d, tense);
                        Some(Date::new(y, m, d).ok().map_or(y, |date| self.near_ahead(date, r, tense).year()))
                    }
                    None => Some(infer_year(reference?, month?, tense)),
                });
                match (year, month, day) {
                    (Some(y), Some(m), Some(d)) => {
                        let date = Date::new(y, m, d).ok()?;
                        match clock {
                            Some((h, min)) => (T, format!("{}T{h:02}:{min:02}", ymd(date)?), Some((date, Unit::Day))),
                            None => (D, ymd(date)?, Some((date, Unit::Day))),
                        }
                    }
                    (None, Some(m), Some(d)) => (D, format!("XXXX-{m:02}-{d:02}"), None),
                    (Some(y), Some(m), None) => {
                        let date = Date::new(y, m, 1).ok()?;
                        (D, ym(date)?, Some((date, Unit::Month)))
                    }
                    (Some(y), None, _) => {
                        let date = Date::new(y, 1, 1).ok()?;
                        (D, yyyy(date)?, Some((date, Unit::Year)))
                    }
                    _ => return None,
                }
            }
            // "In 2019 the firm moved in March": in a past clause, a bare month takes the year
            // named before it in the sentence ("The law, passed in 2019, takes effect in March"
            // is not past, and keeps the reference's year).
            // A season too: "Two decades ago the boats ran only in the summer".
            // (Not a later year than the reference's: "will apply from the 2026-27 academic year,
            // and follow a consultation that ran through the summer", told in 2025.)
            Sem::Season { season, dir: Dir::Tense, year: None }
                if self.sentence_year.is_some_and(|y| reference.is_none_or(|r| y <= r.year()))
                    && (tense.past || tense.past_target) =>
            {
                let year = self.sentence_year?;
                return Some((D, format!("{year:04}-{}", SEASONS[usize::from(season)]), None));
            }
            // Ahead too, in a later year the sentence names (see `later_year`).
            Sem::Month { month, day, dir: Dir::Tense }
                if self
                    .sentence_year
                    .is_some_and(|y| tense.past || tense.past_target || self.later_year(y, future)) =>
            {
                let date = Date::new(self.sentence_year?, month, day.unwrap_or(1)).ok()?;
                match day {
                    Some(_) => (D, ymd(date)?, Some((date, Unit::Day))),
                    None => (D, at_precision(date, Unit::Month)?, Some((date, Unit::Month))),
                }
            }
            Sem::Month { month, day: None, dir: dir @ (Dir::Same | Dir::After | Dir::Before | Dir::AnchorYear(_)) } => {
                // In the year of the last date named, or the one after or before it. (With none
                // named, as the tense says.)
                let year = match (self.story_anchor(), dir) {
                    (Some((a, _)), Dir::Same) => a.year(),
                    (Some((a, _)), Dir::AnchorYear(n)) => a.year().checked_add(n)?,
                    (Some((a, unit)), Dir::After) if unit == Unit::Year || month <= a.month() => {
                        a.year().checked_add(1)?
                    }
                    (Some((a, unit)), Dir::Before) if unit == Unit::Year || month >= a.month() => {
                        a.year().checked_sub(1)?
                    }
                    (Some((a, _)), _) => a.year(),
                    (None, _) => match reference {
                        Some(r) => infer_year(r, month, tense),
                        None => return Some((D, format!("XXXX-{month:02}"), None)),
                    },
                };
                let date = Date::new(year, month, 1).ok()?;
                (D, ym(date)?, Some((date, Unit::Month)))
            }
            Sem::Month { month, day, dir } => match reference {
                None => match day {
                    Some(d) => (D, format!("XXXX-{month:02}-{d:02}"), None),
                    None => (D, format!("XXXX-{month:02}"), None),
                },
                Some(r) => {
                    let y = r.year();
                    // Compared at the precision written: "last May" in May is last year's.
                    let (named, now) = match day {
                        Some(d) => ((month, d), (r.month(), r.day())),
                        None => ((month, 0), (r.month(), 0)),
                    };
                    // A text dated only by a day it tells of (a history with no dateline) goes on
                    // past it: "The dam broke on 3 November 1911. The inquest met in December."
                    let story_goes_on = !self.written
                        && day.is_none()
                        && (tense.past || tense.past_verb)
                        && self.anchor.is_some_and(|(a, _)| a.year() == y && month >= a.month());
                    let year = match dir {
                        Dir::Tense if story_goes_on => y,
                        Dir::Tense => match day {
                            // (A story told of an earlier year goes on in it: see `told_on`.)
                            Some(d) => self.told_on(month, d, tense).map_or_else(
                                || {
                                    let y = infer_day_year(r, month, d, tense);
                                    Date::new(y, month, d).ok().map_or(y, |date| self.near_ahead(date, r, tense).year())
                                },
                                |date| date.year(),
                            ),
                            None => self.told_in(month, tense).unwrap_or_else(|| infer_year(r, month, tense)),
                        },
                        Dir::This => y,
                        Dir::Last if named < now => y,
                        Dir::Last => y.checked_sub(1)?,
                        Dir::Next if named > now => y,
                        Dir::Next => y.checked_add(1)?,
                        Dir::Year(offset) => y.checked_add(offset)?,
                        // Not made for month names.
                        Dir::Before
                        | Dir::After
                        | Dir::Same
                        | Dir::Story
                        | Dir::Week(_)
                        | Dir::Near
                        | Dir::Back(_)
                        | Dir::Ahead
                        | Dir::AnchorYear(_) => y,
                    };
                    match day {
                        Some(d) => {
                            let date = Date::new(year, month, d).ok()?;
                            (D, ymd(date)?, Some((date, Unit::Day)))
                        }
                        None => {
                            let date = Date::new(year, month, 1).ok()?;
                            (D, ym(date)?, Some((date, Unit::Month)))
                        }
                    }
                }
            },
            Sem::Quarter { quarter, year, back, period } => {
                // Only "the year-earlier period": "the latest period", "the 1988 period" are
                // still read as quarters.
                if let (true, None, QuarterYear::Unsaid, 1.., Some(span)) = (period, quarter, year, back, &self.span) {
                    return Some((TimexType::Duration, span.clone(), None));
                }
                if quarter.is_some() {
                    self.span = None;
                }
                // A quarter of another year than the story's ("the third quarter of 1990" as a
                // forecast, "the 1988 period" as a comparison) does not become the quarter the
                // story reports on: "the quarter" and "the year-ago period" still mean that one.
                // The story's year is the reference's, or the one before in a first quarter.
                let story_year =
                    |y: i16| reference.is_none_or(|r| y == r.year() || r.month() <= 3 && y == r.year() - 1);
                if let (Some(q), QuarterYear::Given(y), 0) = (quarter, year, back) {
                    let date = Date::new(y, 3 * q - 2, 1).ok()?;
                    if story_year(y) {
                        self.quarter = Some(date);
                        self.sentence_quarter = Some(date);
                    }
                    // (What counts from it counts from it, though: "in the final quarter of
                    // 2024, up from a year earlier" is 2023's.)
                    self.anchor = Some((date, Unit::Quarter));
                    return Some((D, at_precision(date, Unit::Quarter)?, None));
                }
                let Some(r) = reference else {
                    let q = quarter.map_or("X".to_string(), |q| q.to_string());
                    return Some((D, format!("XXXX-Q{q}"), None));
                };
                let reference_quarter = (r.month() - 1) / 3 + 1;
                // Without a number, the quarter last named; else the last one before the
                // reference date (a company reports a quarter after it ends).
                let named = self.quarter.map(|d| ((d.month() - 1) / 3 + 1, d.year()));
                let previous =
                    if reference_quarter == 1 { (4, r.year() - 1) } else { (reference_quarter - 1, r.year()) };
                let (q, y) = match (quarter, year) {
                    (Some(q), QuarterYear::Given(y)) => (q, y),
                    (Some(q), QuarterYear::Reference(k)) => (q, r.year().checked_add(k)?),
                    // A past quarter that would start after the reference month is last year's.
                    (Some(q), QuarterYear::Unsaid | QuarterYear::Reported) if !future && 3 * q - 2 > r.month() => {
                        (q, r.year().checked_sub(1)?)
                    }
                    (Some(q), QuarterYear::Reported) if 3 * q - 2 - r.month() > 6 => (q, r.year().checked_sub(1)?),
                    // Ahead, a quarter two or more before the reference's is next year's: "will
                    // see a busier pipeline in the first quarter", told in October. (Not the one
                    // just ended, whose results are still to come: "will report third-quarter
                    // results on Nov. 5".)
                    (Some(q), QuarterYear::Unsaid) if future && q + 2 <= reference_quarter => {
                        (q, r.year().checked_add(1)?)
                    }
                    (Some(q), QuarterYear::Unsaid | QuarterYear::Reported) => (q, r.year()),
                    (None, QuarterYear::Given(y)) => (named.unwrap_or(previous).0, y),
                    (None, QuarterYear::Reference(0)) => (reference_quarter, r.year()),
                    (None, QuarterYear::Reference(k)) => (named.unwrap_or(previous).0, r.year().checked_add(k)?),
                    (None, QuarterYear::Unsaid | QuarterYear::Reported) => named.unwrap_or(previous),
                    (_, QuarterYear::Latest) => previous,
                };
                let date = Date::new(y.checked_sub(back)?, 3 * q - 2, 1).ok()?;
                let other_year = matches!(year, QuarterYear::Given(g) if !story_year(g));
                if back == 0 && !other_year {
                    self.quarter = Some(date);
                    self.sentence_quarter = Some(date);
                } else {
                    // A comparison with the year before does not move the story's anchor.
                    return Some((D, at_precision(date, Unit::Quarter)?, None));
                }
                (D, at_precision(date, Unit::Quarter)?, Some((date, Unit::Quarter)))
            }
            // "the following spring", "that summer": counted from the last date named.
            Sem::Season { season, dir: dir @ (Dir::After | Dir::Before | Dir::Same), year: None }
                if self.anchor.is_some() =>
            {
                let (base, precision) = self.story_anchor()?;
                let code = SEASONS[usize::from(season)];
                let months = self.months_of(season);
                let start = |year: i16| season_start(year, months);
                // A year alone ("in 2009") is anchored on its first day: its following spring
                // is the next year's. A season or month is anchored on its first day too, and
                // the following season is the first to start after it.
                let whole_year = precision == Unit::Year && base.month() == 1;
                let y = base.year();
                let year = match dir {
                    Dir::After if whole_year => y.checked_add(1)?,
                    Dir::After if start(y)? > base => y,
                    Dir::After => y.checked_add(1)?,
                    Dir::Before if whole_year => y.checked_sub(1)?,
                    Dir::Before if start(y)?.checked_add(jiff::Span::new().months(3)).ok()? <= base => y,
                    Dir::Before => y.checked_sub(1)?,
                    // "that winter" of a January is the winter that began the December before.
                    // (In the south it is the summer.)
                    _ if months == 3 && base.month() <= 2 && !whole_year => y.checked_sub(1)?,
                    _ => y,
                };
                if let Some(first) = start(year) {
                    self.anchor = Some((first, Unit::Year));
                }
                return Some((D, format!("{}-{code}", yyyy(Date::new(year, 1, 1).ok()?)?), None));
            }
            Sem::Season { season, dir, year } => {
                let code = SEASONS[usize::from(season)];
                let months = self.months_of(season);
                // The season anchors years counted from it: "opened in the spring of 2019 and
                // was sold two years later" is 2021 (at a year's precision: a season is not a
                // month).
                let Some(r) = reference.filter(|_| year.is_none()) else {
                    if let Some(start) = year.and_then(|y| season_start(y, months)) {
                        self.anchor = Some((start, Unit::Year));
                    }
                    return Some((
                        D,
                        format!("{}-{code}", year.map_or("XXXX".to_string(), |y| format!("{y:04}"))),
                        None,
                    ));
                };
                // With no date named before, "the following spring" is the next one.
                let dir = match dir {
                    Dir::After => Dir::Next,
                    Dir::Before => Dir::Last,
                    Dir::Same => Dir::Tense,
                    dir => dir,
                };
                // Spring is March to May, …, winter December to February (counted in the year of
                // its December): the seasons' months in the north, which `months` is in.
                let current = (((r.month() + 9) % 12) / 3) as u8;
                // In January and February it is still the winter that began the year before.
                let y = if r.month() <= 2 { r.year().checked_sub(1)? } else { r.year() };
                // (A story told of an earlier year goes on in it: "By daybreak on 5 March [1947]
                // … The winter had already been hard", see `told_in`; a winter by its January, as
                // "that winter" is.)
                let first_month = if months == 3 { 1 } else { 3 * months as i8 + 3 };
                // (Or the one under way in that year, or just gone: "The winter had been hard".)
                let story = if dir == Dir::Tense {
                    self.told_in(first_month, tense).or_else(|| {
                        let (run, _, _) = self.year_run?;
                        self.told_in(first_month, Tense { perfect: true, ..tense }).filter(|&y| y == run)
                    })
                } else {
                    None
                };
                let year = match dir {
                    Dir::Tense if story.is_some() => story?,
                    Dir::Year(offset) => r.year().checked_add(offset)?,
                    Dir::Last if months < current => y,
                    Dir::Last => y.checked_sub(1)?,
                    // "two summers ago": the summer before last.
                    Dir::Back(n) => {
                        let last = if months < current { y } else { y.checked_sub(1)? };
                        last.checked_sub(n.checked_sub(1)?)?
                    }
                    Dir::Next if months > current => y,
                    Dir::Next => y.checked_add(1)?,
                    Dir::Tense if !future && months > current => y.checked_sub(1)?,
                    Dir::Tense if future && months < current => y.checked_add(1)?,
                    // "this summer" told in January is the one of this year, not of the winter's.
                    Dir::This if months != current => r.year(),
                    _ => y,
                };
                if let Some(start) = season_start(year, months) {
                    self.anchor = Some((start, Unit::Year));
                }
                return Some((D, format!("{}-{code}", yyyy(Date::new(year, 1, 1).ok()?)?), None));
            }
            Sem::Holiday { which, dir } => {
                let Some(r) = reference else {
                    let value = match which {
                        Holiday::Fixed(m, d) => format!("XXXX-{m:02}-{d:02}"),
                        Holiday::Easter(_) => "XXXX-XX-XX".to_string(),
                        Holiday::NthWeekday(m, _, _) => format!("XXXX-{m:02}-XX"),
                        Holiday::Thanksgiving | Holiday::ElectionDay => "XXXX-11-XX".to_string(),
                    };
                    return Some((D, value, None));
                };
                let this_year = which.date(r.year())?;
                // (A story told of an earlier year goes on in it: "On the night of 4 March 1947 …
                // the road was not reopened until the week before Easter", see `told_in`.)
                let story = if dir == Dir::Tense { self.told_in(this_year.month(), tense) } else { None };
                let year = match dir {
                    Dir::Tense if story.is_some() => story?,
                    Dir::This => r.year(),
                    Dir::Last if this_year < r => r.year(),
                    Dir::Last => r.year().checked_sub(1)?,
                    Dir::Next if this_year > r => r.year(),
                    Dir::Next => r.year().checked_add(1)?,
                    Dir::Near => {
                        let other = if this_year > r { r.year().checked_sub(1)? } else { r.year().checked_add(1)? };
                        let days = |d: Date| (day_number(d) - day_number(r)).abs();
                        if which.date(other).is_some_and(|d| days(d) < days(this_year)) {
                            other
                        } else {
                            r.year()
                        }
                    }
                    // A feast is no deadline: in a past clause it has been ("shops were busy on
                    // Boxing Day", told in November).
                    _ if tense.past && !tense.future && this_year > r => r.year().checked_sub(1)?,
                    _ => infer_year(r, this_year.month(), tense),
                };
                let date = which.date(year)?;
                (D, ymd(date)?, Some((date, Unit::Day)))
            }
            Sem::Weekend { dir: dir @ (Dir::After | Dir::Before) } => {
                let last_day = self.last_day();
                let Some(base) = last_day.or(reference) else { return Some((D, "XXXX-WXX-WE".into(), None)) };
                let on_weekend = matches!(base.weekday(), Weekday::Saturday | Weekday::Sunday);
                // After a weekday, its own week's weekend; after a weekend day, the next one.
                let weeks = match dir {
                    Dir::After => i64::from(on_weekend),
                    _ => -1,
                };
                let date = add(base, Unit::Week, weeks)?;
                return Some((D, format!("{}-WE", at_precision(date, Unit::Week)?), None));
            }
            Sem::Weekend { dir } => {
                let Some(r) = reference else { return Some((D, "XXXX-WXX-WE".into(), None)) };
                let on_weekend = matches!(r.weekday(), Weekday::Saturday | Weekday::Sunday);
                let weeks = match dir {
                    Dir::Last => -1,
                    Dir::Next => 1,
                    Dir::Week(n) => i64::from(n),
                    Dir::Tense if !future && !on_weekend => -1,
                    // Told early in the week in the past, "this weekend" is the one just gone:
                    // "The team won 24-17 at home this weekend" on a Monday.
                    Dir::This if tense.past && !future && matches!(r.weekday(), Weekday::Monday | Weekday::Tuesday) => {
                        -1
                    }
                    _ => 0,
                };
                let date = add(r, Unit::Week, weeks)?;
                return Some((D, format!("{}-WE", at_precision(date, Unit::Week)?), None));
            }
            Sem::Counted { unit, offset, anchored } => {
                // "The ship sank on March 3. A week later, divers found the wreck": that day a
                // week on, not the week's number (and "two days later" then counts from it).
                let (unit, offset) = match (unit, anchored, self.anchor) {
                    (Unit::Week, true, Some((_, Unit::Day))) => (Unit::Day, offset.checked_mul(7)?),
                    _ => (unit, offset),
                };
                // "third-quarter revenue of $412 million on Monday, up 38% from a year
                // earlier": a day in the week up to the reference is when the figures came
                // out; the comparison is with the quarter the sentence named. (A day further
                // back may be the one the quarter ended on: "the quarter ended Sept. 30".)
                let reporting_day = match self.anchor {
                    Some((day, Unit::Day)) => {
                        reference.is_some_and(|r| day <= r && add(r, Unit::Day, -7).is_some_and(|w| day >= w))
                    }
                    _ => false,
                };
                if let (Unit::Year, true, Some((year, half))) = (unit, anchored, self.sentence_half) {
                    let year = Date::new(year, 1, 1).ok().and_then(|d| add(d, Unit::Year, offset))?;
                    return Some((D, format!("{}-H{half}", yyyy(year)?), None));
                }
                if let (Unit::Year, true, true, Some(quarter)) = (unit, anchored, reporting_day, self.sentence_quarter)
                {
                    return Some((D, at_precision(add(quarter, Unit::Year, offset)?, Unit::Quarter)?, None));
                }
                if let (Unit::Year, Some((date, Unit::Quarter))) = (unit, self.anchor) {
                    return Some((D, at_precision(add(date, Unit::Year, offset)?, Unit::Quarter)?, None));
                }
                // "sales last month, up from a year earlier": the same month a year before; a
                // count of years from a day or a month keeps its precision.
                // Years on from a day named before a decade are from the decade, which gives no
                // year: "born on 9 March 1944 … in the late 1960s. Two years later, a producer
                // heard her" is not 1946.
                if unit == Unit::Year && anchored && offset > 0 && self.decade.is_some() {
                    return Some((D, unknown(Unit::Year).to_string(), None));
                }
                if let (Unit::Year, true, Some((date, precision @ (Unit::Month | Unit::Day)))) =
                    (unit, anchored, self.anchor)
                {
                    let (base, date) = (date, add(date, Unit::Year, offset)?);
                    // (Years on from a day near the reference, in a clause that does not look
                    // ahead: "Nearly four decades later, the lighthouse still stands" after a day
                    // of this week is not in the 2060s.)
                    let near_reference = reference.is_some_and(|r| base.year() <= r.year() + 1);
                    if offset > 1 && !future && near_reference && reference.is_some_and(|r| date.year() > r.year() + 1)
                    {
                        return Some((D, unknown(Unit::Year).to_string(), None));
                    }
                    // (Decades on from a day or a month are a year at most: "reported in November
                    // 1976 … The colliery closed a decade later" is not November 1986.)
                    // Nor are two years or more on from a day that day: "The strike ended on 3
                    // March 1985 … closed two years later" is 1987.
                    let precision = if offset.abs() >= 10 || offset.abs() >= 2 && precision == Unit::Day {
                        Unit::Year
                    } else {
                        precision
                    };
                    // A count forward moves the story there: "closed two years later, in the same
                    // year as three other pits" is 1987's year.
                    if offset > 0 {
                        self.anchor = Some((date, precision));
                    }
                    return Some((D, at_precision(date, precision)?, None));
                }
                // "… close the factory by the end of next year. A year earlier, the company
                // reported a rise": what a past clause says happened years before a year still
                // to come is counted from the reference.
                let ahead = |(date, _): (Date, Unit)| reference.is_some_and(|r| date.year() > r.year());
                let anchored =
                    anchored && !(unit == Unit::Year && offset < 0 && tense.past && self.anchor.is_some_and(ahead));
                let sem =
                    if anchored { Sem::Anchored { unit, offset, part: None } } else { Sem::Relative { unit, offset } };
                // Looking back ("a year ago", "a year earlier") is mostly a comparison with the
                // period the story is about, and the next comparison counts from that period
                // too ("up from a year ago … compared with a year earlier"), so only a count
                // forward ("a year later") moves the anchor.
                let anchor = self.anchor;
                let found = self.resolve(&sem, tense, sentence_day);
                if offset < 0 {
                    self.anchor = anchor;
                }
                return found;
            }
            Sem::SameTime { unit, offset } => {
                let Some(r) = reference else { return Some((D, unknown(unit).to_string(), None)) };
                let finer = if unit == Unit::Year { Unit::Month } else { Unit::Day };
                return Some((D, at_precision(add(r, unit, offset)?, finer)?, None));
            }
            Sem::ToTheDay { years, precision, weekday } => {
                let Some(r) = reference else { return Some((D, unknown(precision).to_string(), None)) };
                let Some(weekday) = weekday else {
                    return Some((D, at_precision(add(r, Unit::Year, -years)?, precision)?, None));
                };
                // The anniversary's Monday is the one nearest the day written on, before or
                // after: an anniversary is written of in the days around it. It opens a story
                // of its year, as a day named.
                let ahead = (weekday.to_monday_zero_offset() - r.weekday().to_monday_zero_offset()).rem_euclid(7);
                let offset = if ahead <= 3 { ahead } else { ahead - 7 };
                let date = add(add(r, Unit::Day, i64::from(offset))?, Unit::Year, -years)?;
                (D, ymd(date)?, Some((date, Unit::Day)))
            }
            // Not a day named: it does not become the anchor of "the previous Friday".
            Sem::Overnight => {
                // The night before the day the story is at (the sentence's, or the last one
                // named), as news dates what happened "overnight" from the day it reports.
                let offset = if tense.past || tense.past_target { -1 } else { 0 };
                // A day named weeks before is the background of the story, not where it is; nor
                // is one still to come ("landfall late Wednesday … opened 14 shelters
                // overnight", told on Tuesday, is Monday night's).
                let recent = self
                    .latest_day
                    .filter(|&d| reference.is_none_or(|r| add(r, Unit::Day, -7).is_some_and(|w| d >= w) && d <= r));
                // A night named a few sentences back is the one told of (also after a clock time
                // past its midnight: "on Tuesday night. … under control by 2am. … overnight"),
                // unless a later day was named since ("fought the fire on Tuesday that broke out
                // on Sunday night. … overnight" is Monday night).
                // (Not tonight's, told of before it came: "leave tonight. … opened 14 shelters
                // overnight" is last night's.)
                let night = self.night.filter(|&(day, at)| {
                    offset < 0
                        && sentence_day.is_none()
                        && reference.is_none_or(|r| day < r)
                        && self.sentence <= at + NIGHT_SENTENCES
                        && self.latest_day.is_none_or(|l| add(day, Unit::Day, 1).is_some_and(|next| l <= next))
                });
                if let Some((day, _)) = night {
                    return Some((T, format!("{}TNI", ymd(day)?), None));
                }
                // Ahead, the night of a day still to come that the sentence names: "snow would
                // begin on Tuesday evening … and fall most heavily overnight".
                let ahead = sentence_day.filter(|&d| reference.is_none_or(|r| d >= r));
                let base = if offset < 0 { sentence_day.or(recent).or(reference) } else { ahead.or(reference) };
                let value = match base {
                    Some(r) => format!("{}TNI", ymd(add(r, Unit::Day, offset)?)?),
                    None => "XXXX-XX-XXTNI".to_string(),
                };
                return Some((T, value, None));
            }
            Sem::NewYear => {
                // (From the second half of a year on: "a date in the new year was more likely",
                // said in September, is next year.)
                let offset = i64::from(reference.is_some_and(|r| r.month() >= 7));
                return self.resolve(&Sem::Relative { unit: Unit::Year, offset }, tense, sentence_day);
            }
            Sem::EndOf { unit } => {
                let offset = if tense.past && !tense.since { -1 } else { 0 };
                return self.resolve(&Sem::Relative { unit, offset }, tense, sentence_day);
            }
            Sem::ReportedHalf { half } => {
                let Some(r) = reference else { return Some((D, format!("XXXX-H{half}"), None)) };
                // Told in the first months of a year, a second half not looked ahead to is the
                // last year's; looked ahead to late in a year, a first half is the next year's.
                let year = match half {
                    2 if !future && r.month() <= 6 => r.year().checked_sub(1)?,
                    1 if future && r.month() > 6 => r.year().checked_add(1)?,
                    _ => r.year(),
                };
                let first = Date::new(year, 1, 1).ok()?;
                self.sentence_half = Some((year, half));
                return Some((D, format!("{}-H{half}", yyyy(first)?), None));
            }
            Sem::Half { half, ref of } => {
                let (kind, value, _) = self.resolve(of, tense, sentence_day)?;
                // Without a reference the year stays unknown ("XXXX"), and so does its half.
                if let Ok(year) = value.parse::<i16>() {
                    self.sentence_half = Some((year, half));
                }
                let value = if value.bytes().all(|b| b.is_ascii_digit()) { format!("{value}-H{half}") } else { value };
                return Some((kind, value, None));
            }
            Sem::DaysFrom { days, ref on } => {
                let (_, value, day) = self.resolve(on, tense, sentence_day)?;
                let Some(day) = day else { return Some((D, value, None)) };
                let date = add(day, Unit::Day, days)?;
                (D, ymd(date)?, Some((date, Unit::Day)))
            }
            Sem::DecadeOf { offset, anchored } => {
                // "She trained there in the early 1950s and spent most of the next decade
                // copying old pieces": told in the past after a decade, "the next decade" is
                // the one after it, not the one after the reference.
                let anchored = anchored || offset == 1 && tense.past && self.decade.is_some();
                let named = if anchored { self.decade.or(self.anchor.map(|(d, _)| d.year() / 10)) } else { None };
                let base = named.or(reference.map(|r| r.year() / 10));
                let Some(decade) = base else { return Some((D, "XXX".to_string(), None)) };
                let decade = decade + i16::from(offset);
                self.decade = Some(decade);
                return Some((D, format!("{decade:03}"), None));
            }
            Sem::Century { turn } => {
                let Some(r) = reference else { return Some((D, if turn { "XXXX" } else { "XX" }.to_string(), None)) };
                let y = r.year();
                let value = if turn { format!("{:04}", (y + 50) / 100 * 100) } else { format!("{:02}", y / 100 - 1) };
                return Some((D, value, None));
            }
            Sem::WeekBeside { days, ref on } => {
                let (_, _, date) = self.resolve(on, tense, sentence_day)?;
                let Some(date) = date else { return Some((D, "XXXX-WXX".to_string(), None)) };
                // Before: the week holding the middle of the seven days up to it ("the week
                // before Christmas", a Friday, is the week of Monday the 21st). After: the next
                // calendar week ("the week after 3 May", a Wednesday, starts on the 8th).
                let week = add(date, Unit::Day, if days < 0 { -4 } else { days })?;
                return Some((D, at_precision(week, Unit::Week)?, None));
            }
            Sem::WeekendOf(ref day) => {
                let (_, _, date) = self.resolve(day, tense, sentence_day)?;
                let Some(date) = date else { return Some((D, "XXXX-WXX-WE".to_string(), None)) };
                // A Monday holiday's weekend is the one it ends ("the Labor Day weekend").
                let date = if date.weekday() == Weekday::Monday { add(date, Unit::Day, -1)? } else { date };
                return Some((D, format!("{}-WE", at_precision(date, Unit::Week)?), None));
            }
            Sem::MonthDay { day } => {
                let Some(r) = reference else { return Some((D, format!("XXXX-XX-{day:02}"), None)) };
                let this = Date::new(r.year(), r.month(), day).ok();
                let months = match this {
                    Some(d) if future && d < r => 1,
                    Some(d) if !future && d > r => -1,
                    Some(_) => 0,
                    // The 31st of a 30-day month: the month the tense points to.
                    None => i64::from(future) * 2 - 1,
                };
                let first = add(Date::new(r.year(), r.month(), 1).ok()?, Unit::Month, months)?;
                let date = Date::new(first.year(), first.month(), day).ok()?;
                (D, ymd(date)?, Some((date, Unit::Day)))
            }
            Sem::ClockOn { hour, minute, ref on } => {
                let (_, value, day) = self.resolve(on, tense, sentence_day)?;
                // ("leaving a bar at 11.40pm on 3 August": the story's day, late in it.)
                if let Some(d) = day {
                    self.event_day = Some((d, self.sentence, (hour >= 20).then_some(hour)));
                    if (20..24).contains(&hour) {
                        self.late_on = Some((self.sentence, d));
                    }
                }
                let day = match day {
                    Some(d) => ymd(d)?,
                    None => value,
                };
                return Some((T, format!("{day}T{hour:02}:{minute:02}"), None));
            }
            Sem::Weekday { day, dir, part } => {
                let kind = if part.is_some() { T } else { D };
                let suffix = part.map_or(String::new(), |p| format!("T{p}"));
                // "the previous Friday" counts from the last day named, else from the reference.
                // (Of the story, not of the report's days told from the reference: "Earlier on
                // Thursday the jury heard … The car was found two days later, on the Sunday
                // afternoon" is the story's Sunday.)
                let story_day = self
                    .story
                    .filter(|&(_, unit)| {
                        self.deictic && matches!(unit, Unit::Day | Unit::Week) && matches!(dir, Dir::Story | Dir::Same)
                    })
                    .map(|(d, _)| d);
                let last_day = story_day.or(self.last_day());
                // (A day still to come is no day of a story told before the reference: "Ticket
                // holders for the Monday will be refunded", after "agreed the changes on 15 May".)
                let before_reference = last_day.zip(reference).is_some_and(|(d, r)| d < r);
                let dir = if dir == Dir::Story && (last_day.is_none() || future && before_reference) {
                    Dir::Tense
                } else {
                    dir
                };
                let base = match dir {
                    Dir::Before | Dir::After | Dir::Same | Dir::Story => last_day.or(reference),
                    _ => reference,
                };
                match base {
                    None => (kind, format!("XXXX-WXX-{}{suffix}", day.to_monday_one_offset()), None),
                    Some(r) => {
                        let back = i64::from(r.weekday().since(day));
                        let ahead = i64::from(r.weekday().until(day));
                        let offset = match dir {
                            Dir::Last | Dir::Before if back == 0 => -7,
                            Dir::Next | Dir::After if ahead == 0 => 7,
                            // "next Wednesday" said on a Tuesday is not tomorrow (which would be
                            // "tomorrow" or "on Wednesday"), but the one a week on.
                            Dir::Next if ahead == 1 => 8,
                            Dir::After => ahead,
                            Dir::Next => ahead,
                            // (Ahead or back, whichever is nearer: "The trial opened on Tuesday 12
                            // October. … by that Friday", "On Monday, Nov. 3, … at 11:15 that
                            // Saturday night".)
                            // (Not past the reference in a clause that does not look ahead:
                            // "Someone saw something on that Saturday", told on a Friday.)
                            Dir::Same | Dir::Story
                                if ahead < back
                                    && (future
                                        || add(r, Unit::Day, ahead)
                                            .zip(reference)
                                            .is_some_and(|(d, reference)| d <= reference)) =>
                            {
                                ahead
                            }
                            // "this Saturday": that day of the reference's week (Monday to
                            // Sunday), before or after the reference; "Tuesday last week" of the
                            // week before.
                            Dir::This | Dir::Week(_) => {
                                let weeks = if let Dir::Week(weeks) = dir { i64::from(weeks) } else { 0 };
                                7 * weeks + i64::from(day.to_monday_zero_offset() - r.weekday().to_monday_zero_offset())
                            }
                            Dir::Tense if future => ahead,
                            Dir::Ahead if ahead == 0 => 7,
                            Dir::Ahead => ahead,
                            // Tomorrow's weekday without a past verb before it is more often
                            // tomorrow than six days ago: on TimeBank+AQUAINT, bare weekdays one
                            // day after the creation date outnumber those six days before 9 to 2.
                            Dir::Tense if ahead == 1 && !past && !tense.plain_past => 1,
                            // "kept a warning in force until 8 a.m. Sunday", told on Saturday: a
                            // span's end in a past clause is the nearer such day, ahead or back
                            // ("the road was closed until Tuesday", told on Thursday, is gone).
                            Dir::Tense if tense.open_end && ahead > 0 && ahead < back => ahead,
                            // News reports past events: "on Thursday" is the latest Thursday,
                            // the reference day itself included.
                            _ => -back,
                        };
                        let mut date = add(r, Unit::Day, offset)?;
                        // A weekday of an event to come whose days the story has dated is one of
                        // them: "runs from Friday, July 11 to Sunday, July 13 … The last act on
                        // Sunday is now due to finish at 10.30pm" (not the Sunday before, nor the
                        // next). (Not a day told by a past verb: "Talks collapsed on Thursday".)
                        let in_programme = tense.header && self.programme.is_some();
                        if dir == Dir::Tense && !tense.past_verb && !tense.perfect && !tense.since && !in_programme {
                            if let Some(frame) = self.frame_day(day).filter(|&(f, _)| f > date) {
                                let (f, span) = frame;
                                // Told of the past only where a plan is told: "originally booked
                                // for Saturday" (not "The fire was first reported on Thursday").
                                let back = date <= r
                                    && (tense.aimed || !past && !tense.plain_past)
                                    && add(r, Unit::Day, 14).is_some_and(|end| f <= end);
                                // Ahead, only a day of an event of several days, the week after:
                                // "Sunday will be a party" (not "in time for Saturday's home
                                // game" beside "the cup tie on Saturday 8 February").
                                let ahead = date > r && span && add(date, Unit::Day, 7) == Some(f);
                                if back || ahead {
                                    date = f;
                                }
                            }
                        }
                        // A programme goes on: "Wednesday to Friday: She will lie in repose. …
                        // Saturday: The funeral Mass begins" is the Saturday after.
                        // (After the day of the line before, a programme's too.)
                        let seen = &mut self.weekdays[usize::from(day.to_monday_zero_offset().unsigned_abs())];
                        if tense.header && dir == Dir::Tense {
                            if let Some(before) = self.programme.filter(|&d| date < d) {
                                date = add(before, Unit::Day, i64::from(before.weekday().until(day)).max(1))?;
                            } else if let Some(named) = seen.filter(|&d| self.programme.is_none() && d >= r) {
                                date = named;
                            }
                            self.programme = Some(date);
                            self.programme_start.get_or_insert(date);
                            self.headings |= tense.heading;
                        } else if let Some(line) = self.programme_start.filter(|_| {
                            self.headings
                                && dir == Dir::Tense
                                && !past
                                && !tense.plain_past
                                && !tense.past_verb
                                && !tense.perfect
                                && !tense.since
                        }) {
                            date = add(line, Unit::Day, i64::from(line.weekday().until(day)))?;
                        } else if dir == Dir::Tense {
                            *seen = Some(date);
                        }
                        // The end of a span never comes before its start ("opens on Monday and
                        // runs through Friday"): then it is the first such day after the start,
                        // unless that is later than the reference in a past clause.
                        if let Some(start) =
                            sentence_day.filter(|&start| dir == Dir::Tense && tense.span_end && date < start)
                        {
                            let after = add(start, Unit::Day, i64::from(start.weekday().until(day)).max(1))?;
                            // (A span or list that has reached the reference day goes on after
                            // it whatever the tense.)
                            if !(tense.past && after > r && start < r) {
                                date = after;
                            }
                        }
                        (kind, format!("{}{suffix}", ymd(date)?), Some((date, Unit::Day)))
                    }
                }
            }
            Sem::Day { offset, part } => {
                let kind = if part.is_some() { T } else { D };
                let suffix = part.map_or(String::new(), |p| format!("T{p}"));
                match reference {
                    None => (kind, format!("XXXX-XX-XX{suffix}"), None),
                    Some(r) => {
                        let date = add(r, Unit::Day, offset)?;
                        (kind, format!("{}{suffix}", ymd(date)?), Some((date, Unit::Day)))
                    }
                }
            }
            Sem::Relative { unit, offset } => match reference {
                None => (D, unknown(unit).to_string(), None),
                Some(r) => {
                    let date = add(r, unit, offset)?;
                    (D, at_precision(date, unit)?, Some((date, unit)))
                }
            },
            Sem::Anchored { unit: Unit::Day, part, .. }
                if self.anchor.is_some_and(|(_, precision)| precision == Unit::Month) =>
            {
                // "In December a trawler drifted onto rocks; its crew were rescued the following
                // morning": some day of that month (2016-12-XXTMO), no more precise than the text.
                let (month, _) = self.anchor?;
                let day = format!("{}-XX", at_precision(month, Unit::Month)?);
                return Some(match part {
                    Some(part) => (T, format!("{day}T{part}"), None),
                    None => (D, day, None),
                });
            }
            Sem::Anchored { unit, offset, part } => {
                // The anchor must be at least as precise as the unit: "in 2010 … a month later"
                // has no month to count from, so the reference date is used instead.
                let anchor = if unit == Unit::Year { self.story_anchor() } else { self.anchor };
                // A coarser period named after a day, and later than it, is what the day is for,
                // not where the story went: "will meet on Dec. 16 to set quotas for 2025. …
                // could slip to the following week" counts from the meeting.
                let anchor = match (anchor, self.day) {
                    (Some((date, p)), Some(day))
                        if (p as u8) > (unit as u8)
                            && self.sentence <= self.day_sentence + 1
                            && start_of(date, p).is_some_and(|start| start > day) =>
                    {
                        Some((day, Unit::Day))
                    }
                    _ => anchor,
                };
                // Told in the past, a day still to come that was named last is no anchor for
                // "that morning": "must return to a police station on 3 November. Two
                // firefighters were discharged later that morning" is the fire's morning.
                let past_day = self.day_before.filter(|&d| reference.is_some_and(|r| d <= r)).or(self.latest_day);
                let anchor = match (anchor, past_day, reference) {
                    (Some((date, _)), Some(latest), Some(r))
                        if unit == Unit::Day
                            && offset == 0
                            && tense.past
                            && !future
                            && add(r, Unit::Day, 1).is_some_and(|next| date > next)
                            && latest <= r =>
                    {
                        Some((latest, Unit::Day))
                    }
                    _ => anchor,
                };
                let precise = |precision: Unit| {
                    precision == Unit::Day || precision == unit || precision == Unit::Month && unit == Unit::Year
                };
                // A coarser anchor still dates the count when its whole period lands in one
                // period of its own size ("in March 2025 … a day later" may be April: unknown;
                // "in 2010 … a week later" is 2010 or 2011). Not the reference: the story is at
                // the anchor, not at the day it was written.
                if let Some((date, precision)) = anchor.filter(|&(_, p)| (p as u8) > (unit as u8) && offset != 0) {
                    let first = start_of(date, precision)?;
                    let last = add(add(first, precision, 1)?, Unit::Day, -1)?;
                    let (a, b) = (add(first, unit, offset)?, add(last, unit, offset)?);
                    let (a, b) = (at_precision(a, precision)?, at_precision(b, precision)?);
                    return Some(if a == b { (D, a, None) } else { (D, unknown(unit).to_string(), None) });
                }
                let base = anchor.filter(|&(_, p)| precise(p)).map(|(date, _)| date).or(reference);
                // Told in the past, a day counted past the one the text was written on is no
                // day the text can mean: "A helicopter reached them the next morning" with no
                // date before it but the publication's. (Counted from a date after the
                // reference, the text tells of later times than the reference: left alone.)
                let written = self.written;
                let after_writing = |base: Date, date: Date| {
                    offset > 0
                        && written
                        && (tense.past || tense.past_target)
                        && !future
                        && reference.is_some_and(|r| base <= r && date > r)
                        // Nor, unless the clause looks ahead, years on past the reference's
                        // next year ("Four decades later, the lighthouse still stands").
                        || offset > 1
                            && unit == Unit::Year
                            && !future
                            && reference.is_some_and(|r| base.year() <= r.year() + 1 && date.year() > r.year() + 1)
                };
                match base {
                    None => (D, unknown(unit).to_string(), None),
                    Some(base) => {
                        let date = add(base, unit, offset)?;
                        match part {
                            Some(part) if after_writing(base, date) => (T, format!("XXXX-XX-XXT{part}"), None),
                            None if after_writing(base, date) => (D, unknown(unit).to_string(), None),
                            Some(part) => (T, format!("{}T{part}", ymd(date)?), Some((date, Unit::Day))),
                            None => (D, at_precision(date, unit)?, Some((date, unit))),
                        }
                    }
                }
            }
            Sem::Clock { hour, minute } => {
                // A time still to come with no day in its sentence is not on a day already past:
                // "Prices fell late Wednesday. A speech is due at 3:15 p.m." is today's.
                // Nor on a day named in passing days before the one the story is at: "the Fed
                // held rates on Wednesday … the Labor Department said last Thursday … Stocks
                // rose by 3 p.m." is Wednesday's. (A day an event is told on is where the story
                // has gone back to: "saw a truck speed away on March 3. She was letting her dog
                // out at about 11 p.m.")
                let background = |last: Date| {
                    self.day_reported
                        && self.latest_day.is_some_and(|latest| add(last, Unit::Day, 3).is_some_and(|d| d < latest))
                };
                // Nor is one told in the past on a day still to come: "The museum will reopen on
                // Tuesday. Police appealed for witnesses who saw a scooter at 5:30 a.m." is on
                // the latest day named up to the reference.
                let told_past = (tense.past || tense.past_target) && !future;
                // Nor on a day named paragraphs back, in another part of the story: "…for the
                // quarter ended Sept. 30. … [later] Aasen told analysts on a call at 9 a.m." is
                // on the story's day.
                let minute_of_day = u16::from(hour) * 60 + u16::from(minute);
                let goes_on = self
                    .last_clock
                    .is_some_and(|(at, earlier)| self.sentence <= at + CLOCK_RUN_SENTENCES && minute_of_day >= earlier);
                let stale =
                    self.sentence > self.day_sentence + STALE_DAY_SENTENCES && !self.sentence_names_day && !goes_on;
                let story_day = self.latest_day.or(reference);
                // The last day named was a report's, and an earlier day was told of a few
                // sentences back: the story goes on there.
                let told_before = |last: Date| {
                    self.day_reported
                        && self.sentence <= self.day_sentence + EVENT_DAY_SENTENCES
                        && self.event_day.is_some_and(|(event, at, _)| {
                            event < last && at < self.day_sentence && self.day_sentence <= at + EVENT_DAY_SENTENCES
                        })
                };
                let day = match (future, sentence_day, reference, self.last_day(), self.latest_day) {
                    (true, None, Some(r), Some(last), _) if last < r => ymd(r)?,
                    (false, None, Some(r), Some(last), latest) if told_past && last > r => ymd(latest.unwrap_or(r))?,
                    (false, None, _, Some(last), _) if background(last) => ymd(self.latest_day?)?,
                    (false, None, _, Some(last), _) if told_past && told_before(last) => {
                        let (event, _, late) = self.event_day?;
                        self.day = Some(event);
                        self.day_sentence = self.sentence;
                        self.day_reported = false;
                        self.late_clock = late.and_then(|h| Some((ymd(event)?, h)));
                        ymd(event)?
                    }
                    (_, None, _, Some(last), _) if stale && story_day.is_some_and(|d| d > last) => ymd(story_day?)?,
                    _ => self.clock_day(sentence_day)?,
                };
                // A clock time on the last day keeps the story there: "set off at 4 a.m. on
                // Saturday. By 11:15 a.m. … At about 2:30 p.m. … called for help at 3:40 p.m."
                // (And one told with its day: "watching television on the evening of Friday 13
                // September when she heard voices at about 11.40pm. [Three sentences of quotes.]
                // She said she rang 999 at 11.47pm.")
                if self.last_day().and_then(ymd).is_some_and(|last| last == day) {
                    if sentence_day.is_none() {
                        self.day_sentence = self.sentence;
                    }
                    self.last_clock = Some((self.sentence, minute_of_day));
                }
                // (Ahead too, for the small hours: "expects a declaration some time after 3
                // a.m.", posted at 11:40 p.m., is the next morning.)
                let day = if sentence_day.is_none() && (!future || hour < 6 && !tense.span_end && !tense.open_end) {
                    self.past_midnight(day, hour < 6)
                } else {
                    day
                };
                // The small hours after a late hour on the sentence's day are the next day's; so
                // are those told in the next sentence with no day of its own ("Polls closed at
                // 10pm on Thursday. The result was declared shortly after 3am").
                let day = match self.late_on {
                    Some((at, late))
                        if (at == self.sentence || at + 1 == self.sentence && sentence_day.is_none())
                            && hour < 6
                            && ymd(late).as_deref() == Some(day.as_str()) =>
                    {
                        ymd(add(late, Unit::Day, 1)?)?
                    }
                    _ => day,
                };
                self.late_clock = (sentence_day.is_none() && hour >= 20).then(|| (day.clone(), hour));
                // The story is on that day still (or the next, past midnight).
                if sentence_day.is_none() && !self.day_reported {
                    if let Some(d) = self.day.filter(|d| ymd(*d).as_deref() == Some(day.as_str())) {
                        self.event_day = Some((d, self.sentence, (hour >= 20).then_some(hour)));
                    }
                }
                return Some((T, format!("{day}T{hour:02}:{minute:02}"), None));
            }
            Sem::Part { part } => {
                let day = self.clock_day(sentence_day)?;
                let day = if sentence_day.is_none() && !future { self.past_midnight(day, part == "MO") } else { day };
                return Some((T, format!("{day}T{part}"), None));
            }
        };
        // A year a state has lasted since is no time the story is at: "Frank Dale, who has
        // lived in the village since 1969, … That winter" is not 1969's.
        let named = named.filter(|&(_, unit)| !(tense.since && unit == Unit::Year && self.anchor.is_some()));
        // Nor is a day a past perfect goes back to, more than a week before the story's: "On 23
        // January 1867 the barque struck the reef. She had left Liverpool on 11 January. By dawn
        // the next day …" is the 24th. (A few days back the story goes on there: "Rescuers
        // brought two climbers down on Tuesday. The pair had set off at 4 a.m. on Saturday. By
        // 11:15 a.m. …")
        // (Nor "that Saturday", a day of the story told of again: "On Monday, Nov. 3, police got
        // her phone records, which showed it was last used at 11:15 that Saturday night. Two
        // days later, divers searched the river" is the 5th.)
        let told_again = matches!(sem, Sem::Weekday { dir: Dir::Same | Dir::Story, .. });
        let background = |d: Date| {
            (tense.perfect && self.day.and_then(|day| add(day, Unit::Day, -7)).is_some_and(|week| d < week))
                || told_again && self.day.is_some_and(|day| d < day)
        };
        let named = named.filter(|&(d, unit)| !(unit == Unit::Day && background(d)));
        if let Some(named) = named {
            // (And "last week", "this week": not "last year", which "that year" may point back to.)
            let deictic = matches!(
                sem,
                Sem::Day { .. }
                    | Sem::Weekday { dir: Dir::Tense | Dir::Last | Dir::Next | Dir::This | Dir::Week(_), .. }
                    | Sem::Relative { unit: Unit::Week | Unit::Day, .. }
            );
            if deictic && !self.deictic {
                self.story = self.anchor;
            }
            self.deictic = deictic;
            self.anchor = Some(named);
            self.decade = None;
            if named.1 == Unit::Day {
                if self.day != Some(named.0) {
                    self.day_before = self.day;
                }
                self.day = Some(named.0);
                self.day_sentence = self.sentence;
                // "On Monday night …, shortly before 1 a.m.": a night runs past midnight too.
                self.late_clock = value.ends_with("TNI").then(|| (value[..value.len() - 3].to_string(), 22));
                if value.ends_with("TNI") || value.ends_with("TEV") {
                    self.night = Some((named.0, self.sentence));
                }
                if self.reference.is_none_or(|r| named.0 <= r) {
                    self.latest_day = self.latest_day.max(Some(named.0));
                }
            }
        }
        let day = named.filter(|&(_, unit)| unit == Unit::Day).map(|(date, _)| date);
        Some((kind, value, day))
    }
}

/// How many sentences after the one that named it the last day named still dates a clock time
/// without a day of its own.
const STALE_DAY_SENTENCES: usize = 2;

/// How many sentences a report's day may come after the story's day was last told of, and a
/// clock time after the report's day, for the clock time to be on the story's day (see
/// `Resolver::event_day`).
const EVENT_DAY_SENTENCES: usize = 5;

/// How many sentences after a clock time on the story's day a later clock time still goes on
/// with that day.
const CLOCK_RUN_SENTENCES: usize = 6;

/// How many sentences after a night is named "overnight" in a past clause is still that night.
const NIGHT_SENTENCES: usize = 3;

/// The year of a year-less date in `month`: the reference's year, unless that puts a
/// past event more than six months after the reference (in March, "October" means the previous
/// one), or a future event more than six months before it. A month more than seven months
/// before the reference is next year's even without a future cue: in a late-autumn article,
/// "January" is almost always the coming one (TimeBank's business news: "payable Jan. 2"),
/// unless a past verb governs it ("the bank was founded in January"). A past verb also sends
/// a month more than [`PAST_AHEAD`] months after the reference to last year.
fn infer_year(reference: Date, month: i8, tense: Tense) -> i16 {
    let ahead = month - reference.month();
    let y = reference.year();
    match (tense.future, ahead) {
        (false, a) if tense.since && a > 0 => y.saturating_sub(1),
        (false, a) if tense.past && a > PAST_AHEAD => y.saturating_sub(1),
        // Right after a past verb ("the plant closed on March 4", told in February) it has been.
        (false, a) if tense.past_verb && a > 0 => y.saturating_sub(1),
        // A target in a past clause: "talks broke down just before Christmas", told in June.
        (false, a) if tense.past_before && a > PAST_AHEAD => y.saturating_sub(1),
        (false, a) if a > 6 => y.saturating_sub(1),
        (_, a) if a < -7 && !tense.past => y.saturating_add(1),
        (true, a) if a < 0 && !(tense.reported_future && a >= -PAST_AHEAD) => y.saturating_add(1),
        _ => y,
    }
}
/// The year of a day and month without one: as [`infer_year`] says, but a day still to come
/// earlier in the reference's month is next year's ("The meeting will be held on 5 November",
/// told on 12 November).
fn infer_day_year(reference: Date, month: i8, day: i8, tense: Tense) -> i16 {
    let y = infer_year(reference, month, tense);
    // (Three days back at least: a deadline just past is still told in the future, "ordered
    // to return the boy by Jan. 14", told on Jan. 15.)
    let earlier_this_month = y == reference.year() && month == reference.month() && day + 3 <= reference.day();
    if earlier_this_month && tense.future && !tense.reported_future && !tense.past {
        y.saturating_add(1)
    } else {
        y
    }
}

/// How many months after the reference a date in a past clause may be and still be this
/// year's: dates just ahead in a clause read as past are mostly deadlines the verb test misreads
/// ("the offer was extended to Nov. 16"), farther ones last year's ("the strike began in July",
/// said in March).
const PAST_AHEAD: i8 = 2;

/// `date` moved by `n` units, with jiff's calendar arithmetic; `None` when out of range.
pub(crate) fn add(date: Date, unit: Unit, n: i64) -> Option<Date> {
    let span = jiff::Span::new();
    let span = match unit {
        Unit::Day => span.try_days(n),
        Unit::Week => span.try_weeks(n),
        Unit::Month => span.try_months(n),
        Unit::Quarter => span.try_months(n.checked_mul(3)?),
        Unit::Year => span.try_years(n),
        Unit::Hour | Unit::Minute | Unit::Second => return None,
    };
    date.checked_add(span.ok()?).ok()
}

/// A date as a TIMEX3 value at a unit's precision: day, ISO week, month or year.
fn at_precision(date: Date, unit: Unit) -> Option<String> {
    match unit {
        Unit::Week => {
            let week = date.iso_week_date();
            (0..=9999).contains(&week.year()).then(|| format!("{:04}-W{:02}", week.year(), week.week()))
        }
        Unit::Month => ym(date),
        Unit::Quarter => Some(format!("{}-Q{}", yyyy(date)?, (date.month() - 1) / 3 + 1)),
        // "5,800 years ago" counts back past year 1: a year BC, as "3800 BC" is written (no
        // year zero: 1 BC comes right before AD 1).
        Unit::Year if date.year() <= 0 => Some(format!("BC{:04}", 1 - i32::from(date.year()))),
        Unit::Year => yyyy(date),
        _ => ymd(date),
    }
}

/// The first day of the month, quarter or year a date falls in (other units: the day itself).
fn start_of(date: Date, unit: Unit) -> Option<Date> {
    let month = match unit {
        Unit::Month => date.month(),
        Unit::Quarter => (date.month() - 1) / 3 * 3 + 1,
        Unit::Year => 1,
        _ => return Some(date),
    };
    Date::new(date.year(), month, 1).ok()
}

/// The X placeholder for a relative date without a reference date.
fn unknown(unit: Unit) -> &'static str {
    match unit {
        Unit::Week => "XXXX-WXX",
        Unit::Month => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        Unit::Year => "XXXX",
        _ => "XXXX-XX-XX",
    }
}

/// TIMEX3 years have four digits; dates outside 0–9999 have no value.
fn yyyy(date: Date) -> Option<String> {
    (0..=9999).contains(&date.year()).then(|| format!("{:04}", date.year()))
}

fn ym(date: Date) -> Option<String> {
    Some(format!("{}-{:02}", yyyy(date)?, date.month()))
}

fn ymd(date: Date) -> Option<String> {
    Some(format!("{}-{:02}-{:02}", yyyy(date)?, date.month(), date.day()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentence::split;
    use crate::token::tokenize;

    fn run(text: &str, reference: Option<&str>) -> Found {
        let tokens = tokenize(text);
        let sentences = split(text, &tokens);
        let mut options = crate::Options::new();
        if let Some(r) = reference {
            options = options.reference_date(crate::parse_date(r).unwrap());
        }
        find(text, &tokens, &sentences, &options)
    }

    /// `t!(name, text, reference, [(span text, type, value)])`.
    macro_rules! t {
        ($name:ident, $text:expr, $reference:expr, $expected:expr) => {
            #[test]
            fn $name() {
                let text = $text;
                let found = run(text, $reference);
                let got: Vec<(&str, &str, &str)> =
                    found.timexes.iter().map(|t| (t.span.text(text), t.kind.label(), t.value.as_str())).collect();
                let expected: &[(&str, &str, &str)] = &$expected;
                assert_eq!(got, expected, "in {text:?}");
            }
        };
    }

    // 2016-09-22 is a Thursday, in ISO week 38.
    const REF: Option<&str> = Some("2016-09-22");

    // HEMISPHERES: in the south summer runs from December, and a season's value names the year
    // it begins in (as the north's winter does).
    #[test]
    fn southern_seasons() {
        // (text, hemisphere read from the text, the place it came from, the seasons' values)
        type Case = (&'static str, &'static str, Hemisphere, Option<&'static str>, &'static [&'static str]);
        let cases: &[Case] = &[
            (
                "dateline in the south, told in January",
                "HOBART, Jan. 14, 2027 - This summer is the hottest yet. Last winter was dry, and the coming \
                 autumn may be too. The spring of 2025 was wet.",
                Hemisphere::South,
                Some("HOBART"),
                &["2026-SU", "2026-WI", "2027-FA", "2025-SP"],
            ),
            (
                "dateline in the south, told in July",
                "CAPE TOWN, July 3, 2026 - Snow fell this winter for the first time since last summer.",
                Hemisphere::South,
                Some("CAPE TOWN"),
                &["2026-WI", "2025-SU"],
            ),
            (
                "the same text with a northern dateline",
                "LONDON, Jan. 14, 2027 - This summer is the hottest yet. Last winter was dry, and the coming \
                 autumn may be too. The spring of 2025 was wet.",
                Hemisphere::North,
                None,
                &["2027-SU", "2025-WI", "2027-FA", "2025-SP"],
            ),
            (
                "a northern dateline wins over southern places",
                "LONDON, Jan. 14, 2027 - Farmers in Australia and New Zealand said last summer was dry.",
                Hemisphere::North,
                None,
                &["2026-SU"],
            ),
            (
                "no dateline: mostly southern places",
                "Published 14 January 2027. Growers in Chile and Argentina expect the coming winter to be \
                 mild, while Peru braces for floods.",
                Hemisphere::South,
                Some("Chile"),
                &["2027-WI"],
            ),
            (
                "no dateline: one southern place among northern ones",
                "Published 14 January 2027. Buyers in France, Spain and Chile expect the coming winter to \
                 be mild.",
                Hemisphere::North,
                None,
                &["2027-WI"],
            ),
            (
                "no season named: nothing to decide",
                "SYDNEY, Jan. 14, 2027 - The harbour bridge closed on Tuesday.",
                Hemisphere::North,
                None,
                &[],
            ),
        ];
        for (name, text, hemisphere, from, seasons) in cases {
            let found = run(text, None);
            assert_eq!(found.reference.hemisphere, *hemisphere, "case {name}");
            assert_eq!(found.reference.hemisphere_from.map(|s| s.text(text)), *from, "case {name}");
            let got: Vec<&str> = found
                .timexes
                .iter()
                .map(|t| t.value.as_str())
                .filter(|v| v.len() == 7 && v.as_bytes()[5].is_ascii_uppercase())
                .collect();
            assert_eq!(got, *seasons, "case {name}");
        }
    }

    #[test]
    fn hemisphere_given_wins() {
        let text = "HOBART, Jan. 14, 2027 - This summer is the hottest yet.";
        let tokens = tokenize(text);
        let sentences = split(text, &tokens);
        let options = crate::Options::new().hemisphere(Hemisphere::North);
        let found = find(text, &tokens, &sentences, &options);
        assert_eq!(found.reference.hemisphere, Hemisphere::North);
        assert_eq!(found.reference.hemisphere_from, None);
        assert_eq!(found.timexes.iter().map(|t| t.value.as_str()).collect::<Vec<_>>(), ["2027-01-14", "2027-SU"]);
        // And a text with no place at all can be given the south.
        let text = "This summer was hot.";
        let tokens = tokenize(text);
        let options = crate::Options::new()
            .hemisphere(Hemisphere::South)
            .reference_date(crate::parse_date("2027-01-14").unwrap());
        let found = find(text, &tokens, &split(text, &tokens), &options);
        assert_eq!(found.timexes[0].value, "2026-SU");
    }

    // EXPLICIT DATES: the common orders, month + year, ISO; numeric d/m orders are skipped.
    t!(
        day_month_year,
        "The treaty was signed on 22 September 2016 in Bonn.",
        None,
        [("22 September 2016", "DATE", "2016-09-22")]
    );
    t!(
        month_day_year,
        "The treaty was signed on September 22, 2016, in Bonn.",
        None,
        [("September 22, 2016", "DATE", "2016-09-22")]
    );
    t!(abbreviated_month, "Voting closed on Sept. 9, 2012.", None, [("Sept. 9, 2012", "DATE", "2012-09-09")]);
    t!(
        abbreviation_without_period,
        "The bridge reopened on Sept 9 after repairs.",
        REF,
        [("Sept 9", "DATE", "2016-09-09")]
    );
    t!(day_then_short_month, "Talks resumed on 9 Sept after a pause.", REF, [("9 Sept", "DATE", "2016-09-09")]);
    t!(ordinal_of_month, "Polls opened on the 3rd of May.", REF, [("the 3rd of May", "DATE", "2016-05-03")]);
    t!(
        second_day_of_pair,
        "The summit meets on April 24 and 25 in Rome.",
        REF,
        // A scheduled event (present tense) next April; the bare day shares the date's year.
        [("April 24", "DATE", "2017-04-24"), ("25", "DATE", "2017-04-25")]
    );
    t!(
        second_day_of_range,
        "Strikes closed the ports from Sept. 9 to 11.",
        REF,
        [("Sept. 9", "DATE", "2016-09-09"), ("11", "DATE", "2016-09-11")]
    );
    t!(
        count_after_date_is_no_day,
        "Shelling began on May 3 and 25 people died.",
        REF,
        [("May 3", "DATE", "2016-05-03")]
    );
    t!(iso_date, "The memo is dated 2016-09-22 in the archive.", None, [("2016-09-22", "DATE", "2016-09-22")]);
    t!(
        year_after_a_range_of_days,
        "The exam season will run from 8 May to 16 June in 2029, and the talks are on 3 and 4 March in 2027.",
        REF,
        [
            ("8 May", "DATE", "2029-05-08"),
            ("16 June", "DATE", "2029-06-16"),
            ("2029", "DATE", "2029"),
            ("3", "DATE", "2027-03-03"),
            ("4 March", "DATE", "2027-03-04"),
            ("2027", "DATE", "2027")
        ]
    );
    t!(
        later_year_of_a_full_date_before,
        "Exams start on 8 May 2029 and results come out on 2 August.",
        REF,
        [("8 May 2029", "DATE", "2029-05-08"), ("2 August", "DATE", "2029-08-02")]
    );
    t!(
        day_ahead_earlier_in_the_month,
        "The meeting will be held on 5 September. The court ordered the boy returned by Sept. 21.",
        REF,
        [("5 September", "DATE", "2017-09-05"), ("Sept. 21", "DATE", "2016-09-21")]
    );
    t!(
        clock_on_weekday_and_day_without_comma,
        "Rosslyn v Kilmarnock kicks off at 3pm on Saturday 7 August.",
        REF,
        [("3pm on Saturday 7 August", "TIME", "2016-08-07T15:00")]
    );
    t!(
        iso_time_with_seconds_and_zulu,
        "Posted 2025-11-20T08:00:00Z and edited 2025-11-20T14:30:15.250 by staff.",
        None,
        [("2025-11-20T08:00:00Z", "TIME", "2025-11-20T08:00"), ("2025-11-20T14:30:15.250", "TIME", "2025-11-20T14:30")]
    );
    t!(
        slash_dates_plain_or_by_zone,
        "Updated: 25/09/2025. Filed on 11/20/2025. Posted: 09/10/2025 18:30 BST. Sent: 09/10/2025 6:30 p.m. EDT.",
        None,
        [
            ("25/09/2025", "DATE", "2025-09-25"),
            ("11/20/2025", "DATE", "2025-11-20"),
            ("09/10/2025", "DATE", "2025-10-09"),
            ("18:30 BST", "TIME", "2025-10-09T18:30"),
            ("09/10/2025", "DATE", "2025-09-10"),
            ("6:30 p.m. EDT", "TIME", "2025-09-10T18:30")
        ]
    );
    t!(
        slash_dates_left_alone,
        "The ratio was 3/4/2025 in the table, see example.com/09/09/2025 and the date 09/10/2025 with no zone.",
        None,
        []
    );
    t!(
        iso_date_and_time,
        "The memo was filed 2016-09-22 14:30 by a clerk.",
        None,
        [("2016-09-22 14:30", "TIME", "2016-09-22T14:30")]
    );
    t!(
        iso_joined_time,
        "Logged at 2016-09-22T08:05 by the server.",
        None,
        [("2016-09-22T08:05", "TIME", "2016-09-22T08:05")]
    );
    t!(numeric_day_month_by_country_skipped, "The form dated 03/04/2016 was lost.", None, []);
    t!(
        month_and_year,
        "The floods of September 2023 ruined the harvest.",
        None,
        [("September 2023", "DATE", "2023-09")]
    );
    t!(
        weekday_and_date,
        "The vote on Tuesday, Nov. 8, 2016, drew crowds.",
        None,
        [("Tuesday, Nov. 8, 2016", "DATE", "2016-11-08")]
    );
    t!(invalid_day_skipped, "The deadline of February 30, 2016 was a typo.", None, []);
    t!(upper_case_month, "MADRID, MARCH 4, 2019 - Rain fell.", None, [("MARCH 4, 2019", "DATE", "2019-03-04")]);

    // YEARS AND MONTHS: bare years and month names need a cue; modifiers join the span.
    t!(year_after_preposition, "The institute was founded in 1998.", None, [("1998", "DATE", "1998")]);
    t!(end_of_year, "The dam will be finished by the end of 2025.", None, [("the end of 2025", "DATE", "2025")]);
    t!(early_year, "Exports slumped in early 2009 and recovered.", None, [("early 2009", "DATE", "2009")]);
    t!(mid_year_token, "Prices peaked in mid-2016 before falling.", None, [("mid-2016", "DATE", "2016")]);
    t!(year_range, "Output doubled between 2010 and 2012.", None, [("2010", "DATE", "2010"), ("2012", "DATE", "2012")]);
    t!(year_before_noun, "He lost the 2016 election narrowly.", None, [("2016", "DATE", "2016")]);
    t!(year_possessive, "The panel reviewed 2015's figures.", None, [("2015", "DATE", "2015")]);
    t!(decade, "Prices fell in the 1990s and rose later.", None, [("the 1990s", "DATE", "199")]);
    t!(bare_month_takes_reference_year, "Rainfall in May was low.", REF, [("May", "DATE", "2016-05")]);
    t!(month_after_for, "The figures for January were weak.", REF, [("January", "DATE", "2016-01")]);
    t!(may_after_for_is_a_name, "It was a blow for May and her party.", REF, []);
    t!(month_before_noun, "Police reopened the March shooting case.", REF, [("March", "DATE", "2016-03")]);
    t!(month_before_noun_after_a, "Both sides kept to a June truce.", REF, [("June", "DATE", "2016-06")]);
    t!(may_before_noun_is_a_name, "Critics of the May government spoke.", REF, []);
    t!(year_after_into, "Growth should continue into 2017.", REF, [("2017", "DATE", "2017")]);
    t!(old_year_after_cue, "The harbour was dug in 1868, before the railway.", None, [("1868", "DATE", "1868")]);
    t!(old_year_count_before_noun, "Floods reached 1868 homes in the valley.", None, []);
    t!(old_year_count_in_noun_phrase, "The fund was spread over 1500 accounts.", None, []);
    t!(slash_fiscal_year, "Repairs were carried out in 2019/20.", None, [("2019/20", "DATE", "2019")]);
    t!(slash_season, "The 2019/2020 season ended early.", None, [("2019/2020", "DATE", "2019")]);
    t!(slash_years_not_consecutive, "The ratio moved in 2019/2021 terms.", None, []);
    t!(slash_years_in_a_path, "See example.org/2019/20/report for more.", None, []);
    t!(year_in_a_name, "Saudi Arabia's Vision 2030 plan targets tourism.", None, []);
    t!(year_in_a_product_name, "Users of Office 2019 were told to update.", None, []);
    t!(year_after_season_name, "It opened in Spring 2020.", None, [("Spring 2020", "DATE", "2020-SP")]);
    t!(number_naming_a_room, "He stayed in room 1912 on the top floor.", None, []);
    t!(number_naming_a_flight, "Flight 2019 landed late.", None, []);
    t!(number_naming_a_page, "See page 2012 of the report.", None, []);
    t!(old_year_before_by, "Built in 1887 by a company, it stood.", None, [("1887", "DATE", "1887")]);
    t!(old_year_before_and, "The state took it over in 1891 and kept it.", None, [("1891", "DATE", "1891")]);
    t!(old_year_count_in_homes, "Power failed in 1500 homes.", None, []);
    t!(year_before_closing_quote, "\"We expect growth in 2017.\"", REF, [("2017", "DATE", "2017")]);
    t!(over_the_summer, "Rivals cut prices over the summer.", REF, [("the summer", "DATE", "2016-SU")]);
    // NAMED PERIODS: year-end, centuries, decades in words, the near term, coming months.
    t!(year_end, "The deal should close by year-end.", REF, [("year-end", "DATE", "2016")]);
    t!(since_year_end, "The index is up 4% since year-end.", REF, [("year-end", "DATE", "2015")]);
    t!(years_end, "Rules take effect by year's end.", REF, [("year's end", "DATE", "2016")]);
    t!(century, "It was the worst flood of the 20th century.", REF, [("the 20th century", "DATE", "19")]);
    t!(century_words, "The abbey dates from the twelfth century.", REF, [("the twelfth century", "DATE", "11")]);
    t!(century_adjective, "A 12th century abbey burned.", REF, [("12th century", "DATE", "11")]);
    t!(the_nineties, "Prices doubled in the nineties.", REF, [("the nineties", "DATE", "199")]);
    t!(the_apostrophe_decade, "Sales grew in the '80s.", REF, [("the '80s", "DATE", "198")]);
    t!(one_day_ahead, "Rivers may one day run dry.", REF, [("one day", "DATE", "FUTURE_REF")]);
    t!(one_day_closing_ahead, "That plant is going to blow up one day.", REF, [("one day", "DATE", "FUTURE_REF")]);
    t!(one_day_of_work_ahead, "The repairs will take one day.", REF, [("one day", "DURATION", "P1D")]);
    t!(one_day_length, "The strike lasted one day.", REF, [("one day", "DURATION", "P1D")]);
    t!(near_term, "Profits will suffer in the near term.", REF, [("the near term", "DATE", "FUTURE_REF")]);
    t!(coming_months, "Rates may fall in coming months.", REF, [("coming months", "DATE", "FUTURE_REF")]);
    t!(the_coming_weeks, "Talks resume in the coming weeks.", REF, [("the coming weeks", "DATE", "FUTURE_REF")]);
    t!(around_year_end, "The sale should close around year end.", REF, [("around year end", "DATE", "2016")]);
    t!(half_of_year, "Sales slowed in the second half of 2015.", REF, [("the second half of 2015", "DATE", "2015-H2")]);
    t!(
        half_of_month,
        "Rainfall in the second half of June was twice the average.",
        REF,
        [("the second half of June", "DATE", "2016-06")]
    );
    t!(
        seasons_ago,
        "Wolves raised cubs there two summers ago and three winters ago.",
        REF,
        // Told in September 2016: last summer is 2016's, last winter the one from December 2015.
        [("two summers ago", "DATE", "2015-SU"), ("three winters ago", "DATE", "2013-WI")]
    );
    t!(
        a_generation_ago,
        "A generation ago the valley flooded each spring.",
        REF,
        [("A generation ago", "DATE", "PAST_REF"), ("each spring", "SET", "XXXX-SP")]
    );
    t!(
        coordinated_centuries,
        "The walls date from the 14th and 15th centuries; the tower from the fourteenth and fifteenth centuries.",
        None,
        [
            ("the 14th", "DATE", "13"),
            ("15th centuries", "DATE", "14"),
            ("the fourteenth", "DATE", "13"),
            ("fifteenth centuries", "DATE", "14")
        ]
    );
    t!(
        centuries_range,
        "Coins from the 5th to the 3rd century BC were found, and from the 5th and 4th centuries BC.",
        None,
        [
            ("the 5th", "DATE", "BC04"),
            ("the 3rd century BC", "DATE", "BC02"),
            ("the 5th", "DATE", "BC04"),
            ("4th centuries BC", "DATE", "BC03")
        ]
    );
    t!(
        more_irregular_pasts,
        "The alarm rang on Sunday. The choir sang on Monday.",
        REF,
        [("Sunday", "DATE", "2016-09-18"), ("Monday", "DATE", "2016-09-19")]
    );
    t!(
        set_as_a_noun_is_no_past,
        "The headliner is on at Friday 8pm, followed by a late set from the duo at 10.15pm.",
        REF,
        [
            ("Friday", "DATE", "2016-09-23"),
            ("8pm", "TIME", "2016-09-23T20:00"),
            ("10.15pm", "TIME", "2016-09-23T22:15")
        ]
    );
    t!(the_very_last_week, "She worked until the very last week, the gallery said.", REF, []);
    t!(
        spelled_hour_at_night,
        "I miss the grill at nine o'clock on a Friday night. We met at ten o'clock on Saturday night.",
        REF,
        [
            ("nine o'clock on a Friday night", "TIME", "XXXX-WXX-5T21:00"),
            ("ten o'clock on Saturday night", "TIME", "2016-09-17T22:00")
        ]
    );
    t!(
        early_year_before_a_clause,
        "Records describe a flood in 1786 that washed away a mill. In 1850 the church burned. They built 1500 homes.",
        None,
        [("1786", "DATE", "1786"), ("1850", "DATE", "1850")]
    );
    t!(
        attributive_year,
        "Numbers are still below 2019 levels, and the 2019 figures were worse. Some 2012 people came.",
        None,
        [("2019", "DATE", "2019"), ("2019", "DATE", "2019")]
    );
    t!(
        present_in_a_quotation_before_its_tag,
        // Told on a Tuesday: the quotation's "goes" looks ahead; the tag's "said" is the telling.
        "\"If this weekend goes well,\" he said. The club celebrated this weekend, she said.",
        Some("2016-09-20"),
        [("this weekend", "DATE", "2016-W38-WE"), ("this weekend", "DATE", "2016-W37-WE")]
    );
    t!(
        hedged_fraction_is_no_quarter,
        "Uptake fell by nearly a quarter, and sales by more than a quarter in the fourth quarter.",
        REF,
        // (Told in the past in September 2016: the last fourth quarter.)
        [("the fourth quarter", "DATE", "2015-Q4")]
    );
    t!(
        time_in_another_zone_leaves_the_day,
        "At 9:15 p.m. PDT Tuesday (04:15 UTC Wednesday), the sheriff upgraded the order. Around 11:30 p.m., \
         the order was extended.",
        REF,
        [
            ("9:15 p.m. PDT Tuesday", "TIME", "2016-09-20T21:15"),
            ("04:15 UTC Wednesday", "TIME", "2016-09-21T04:15"),
            ("Around 11:30 p.m.", "TIME", "2016-09-20T23:30")
        ]
    );
    t!(
        past_form_in_a_name_is_no_verb,
        "Britain faces a wet winter, with a risk of floods in January, according to the Met Office's forecast.",
        Some("2026-12-01"),
        [("January", "DATE", "2027-01")]
    );
    t!(
        clock_day_after_a_time_in_brackets,
        "A 5.2 aftershock struck at 6:05 a.m. local time (11:05 UTC) on Tuesday.",
        REF,
        [
            ("6:05 a.m. local time", "TIME", "2016-09-20T06:05"),
            ("11:05 UTC", "TIME", "2016-09-20T11:05"),
            ("Tuesday", "DATE", "2016-09-20")
        ]
    );
    t!(ordinals_without_centuries, "She was 14th and 15th in the two heats.", None, []);
    t!(
        compound_durations,
        "He served five years and four months; the climb took two hours and 15 minutes; the storm, two days and three hours.",
        None,
        [
            ("five years and four months", "DURATION", "P5Y4M"),
            ("two hours and 15 minutes", "DURATION", "PT2H15M"),
            ("two days and three hours", "DURATION", "P2DT3H")
        ]
    );
    t!(
        compound_duration_stops_at_a_count,
        "She worked there 10 years and 2,000 people came; it took three weeks and two days.",
        None,
        [("10 years", "DURATION", "P10Y"), ("three weeks", "DURATION", "P3W"), ("two days", "DURATION", "P2D")]
    );
    t!(
        race_times,
        "Quinn won in 4h12m33s, Berg was 7m48s down, and Ola ran in 2:09:44 at 14:20.",
        None,
        [
            ("4h12m33s", "DURATION", "PT4H12M33S"),
            ("7m48s", "DURATION", "PT7M48S"),
            ("2:09:44", "DURATION", "PT2H9M44S"),
            ("14:20", "TIME", "XXXX-XX-XXT14:20")
        ]
    );
    t!(
        half_of_decade,
        "Prices fell in the last half of the 1990s.",
        REF,
        [("the last half of the 1990s", "DATE", "199")]
    );
    t!(week_or_so_ago, "The pact was signed a week or so ago.", REF, [("a week or so ago", "DATE", "2016-W37")]);
    t!(bare_month_without_reference, "The plant closed in September.", None, [("September", "DATE", "XXXX-09")]);
    t!(
        counted_from_an_unknown_date_is_unknown,
        "The hall opened in 2019. It closed in September. A year earlier it had 300 members.",
        None,
        [("2019", "DATE", "2019"), ("September", "DATE", "XXXX-09"), ("A year earlier", "DATE", "XXXX")]
    );
    t!(
        month_range,
        "The river was high from May to July.",
        REF,
        [("May", "DATE", "2016-05"), ("July", "DATE", "2016-07")]
    );
    // A past event more than six months after the reference month is last year's.
    t!(past_month_is_last_year, "The plant closed in November.", Some("2016-03-10"), [("November", "DATE", "2015-11")]);
    t!(
        past_date_is_last_year,
        "The fire broke out on Dec. 28.",
        Some("2016-02-10"),
        [("Dec. 28", "DATE", "2015-12-28")]
    );
    t!(
        future_date_is_next_year,
        "The court will rule on Jan. 12.",
        Some("2016-11-20"),
        [("Jan. 12", "DATE", "2017-01-12")]
    );
    // TENSE OF THE CLAUSE: a past verb sends a month well after the reference to last year and
    // keeps a month well before it in this year; a payment date is ahead.
    t!(past_clause_month_last_year, "The strike began in July.", Some("2016-03-10"), [("July", "DATE", "2015-07")]);
    t!(
        past_clause_month_this_year,
        "The bank was founded in January.",
        Some("2016-11-20"),
        [("January", "DATE", "2016-01")]
    );
    t!(
        relative_clause_verb_is_past,
        "Police sought a man for attacks that wounded two guards in November.",
        Some("2016-05-10"),
        [("November", "DATE", "2015-11")]
    );
    t!(
        past_clause_near_month_stays,
        "The offer was extended to April 20.",
        Some("2016-03-10"),
        [("April 20", "DATE", "2016-04-20")]
    );
    t!(last_month_day, "He was shot last Oct. 23 at home.", REF, [("last Oct. 23", "DATE", "2015-10-23")]);
    t!(next_month_day, "The vote is next Feb. 2.", REF, [("next Feb. 2", "DATE", "2017-02-02")]);
    t!(since_is_past, "Police have searched since the Nov. 20 attack.", REF, [("Nov. 20", "DATE", "2015-11-20")]);
    t!(
        far_modal_is_future,
        "She will be named head of the crew for a mission in February.",
        Some("2016-09-22"),
        [("February", "DATE", "2017-02")]
    );
    t!(
        overtaken_plan_is_past,
        "The offer had been scheduled to expire Friday.",
        Some("2016-09-26"),
        [("Friday", "DATE", "2016-09-23")]
    );
    t!(payable_is_future, "The dividend is payable Jan. 3.", REF, [("Jan. 3", "DATE", "2017-01-03")]);
    t!(
        weekday_date_before_colon,
        "The paper said on Monday, April 25: rain.",
        Some("2016-04-24"),
        [("Monday, April 25", "DATE", "2016-04-25")]
    );
    t!(
        weekday_picks_the_year_of_its_date,
        "A spokesman added that the campaign would start on Monday, 1 September. The fair closed on \
         Sunday, 1 September.",
        Some("2025-08-27"),
        [("Monday, 1 September", "DATE", "2025-09-01"), ("Sunday, 1 September", "DATE", "2024-09-01")]
    );
    t!(quarter, "Profit rose in the third quarter.", Some("2016-11-02"), [("the third quarter", "DATE", "2016-Q3")]);
    t!(quarter_adjective, "Fourth-quarter sales fell.", Some("2016-08-02"), [("Fourth-quarter", "DATE", "2015-Q4")]);
    t!(quarter_code_and_year, "Growth in Q3 2024 was revised.", None, [("Q3 2024", "DATE", "2024-Q3")]);
    t!(quarter_code_after_cue, "Sales fell in Q2.", Some("2016-11-02"), [("Q2", "DATE", "2016-Q2")]);
    t!(quarter_code_as_model_name, "He drove an Audi Q3 home.", None, []);
    t!(
        quarter_as_month_span,
        "The economy grew in the October-December quarter.",
        Some("2025-02-20"),
        [("the October-December quarter", "DATE", "2024-Q4")]
    );
    t!(month_span_not_a_quarter, "Sales rose in the June-August period.", None, []);
    t!(
        quarter_of_year,
        "Sales fell in the first quarter of 2014.",
        None,
        [("the first quarter of 2014", "DATE", "2014-Q1")]
    );
    t!(month_last_year, "Output fell in June last year.", REF, [("June last year", "DATE", "2015-06")]);
    // "of" + "last/this/next year" joins the expression before it: one value, not two.
    t!(
        quarter_of_next_year,
        "Building starts in the second quarter of next year.",
        REF,
        [("the second quarter of next year", "DATE", "2017-Q2")]
    );
    t!(
        quarter_of_last_year,
        "Losses narrowed in the fourth quarter of last year.",
        REF,
        [("the fourth quarter of last year", "DATE", "2015-Q4")]
    );
    t!(month_of_last_year, "She retired in March of last year.", REF, [("March of last year", "DATE", "2015-03")]);
    t!(
        season_of_next_year,
        "The bridge reopens in the summer of next year.",
        REF,
        [("the summer of next year", "DATE", "2017-SU")]
    );
    t!(
        season_of_this_year_without_reference,
        "The trial ended in the spring of this year.",
        None,
        [("the spring of this year", "DATE", "XXXX-SP")]
    );
    t!(
        season_of_last_years_thing,
        "The fall of last year's cabinet surprised few.",
        REF,
        [("last year", "DATE", "2015")]
    );
    t!(
        last_and_next_month_name,
        "Sales fell last May and will recover next May.",
        REF,
        [("last May", "DATE", "2016-05"), ("next May", "DATE", "2017-05")]
    );

    // RELATIVE: day words, this/last/next, "ago", anchored phrases.
    t!(
        day_words,
        "He resigned yesterday, leaves today and is replaced tomorrow.",
        REF,
        [("yesterday", "DATE", "2016-09-21"), ("today", "DATE", "2016-09-22"), ("tomorrow", "DATE", "2016-09-23"),]
    );
    t!(tonight, "The results come in tonight.", REF, [("tonight", "TIME", "2016-09-22TNI")]);
    t!(this_morning, "Troops left the town this morning.", REF, [("this morning", "TIME", "2016-09-22TMO")]);
    t!(last_night, "Shelling resumed last night.", REF, [("last night", "TIME", "2016-09-21TNI")]);
    t!(
        yesterday_afternoon,
        "The convoy arrived yesterday afternoon.",
        REF,
        [("yesterday afternoon", "TIME", "2016-09-21TAF")]
    );
    t!(
        weeks,
        "Sales rose this week after falling last week and may rise next week.",
        REF,
        [("this week", "DATE", "2016-W38"), ("last week", "DATE", "2016-W37"), ("next week", "DATE", "2016-W39"),]
    );
    t!(
        months,
        "Prices rose this month, fell last month and should settle next month.",
        REF,
        [("this month", "DATE", "2016-09"), ("last month", "DATE", "2016-08"), ("next month", "DATE", "2016-10"),]
    );
    t!(
        years,
        "Exports grew this year after a slump last year; next year is uncertain.",
        REF,
        [("this year", "DATE", "2016"), ("last year", "DATE", "2015"), ("next year", "DATE", "2017"),]
    );
    t!(weeks_ago, "The strike began two weeks ago.", REF, [("two weeks ago", "DATE", "2016-W36")]);
    t!(years_ago, "The mine closed three years ago.", REF, [("three years ago", "DATE", "2013")]);
    t!(days_ago, "The ship sank 5 days ago.", REF, [("5 days ago", "DATE", "2016-09-17")]);
    t!(a_month_ago, "The law passed a month ago.", REF, [("a month ago", "DATE", "2016-08")]);
    t!(from_now, "The bridge opens two years from now.", REF, [("two years from now", "DATE", "2018")]);
    t!(earlier_this_month, "The union struck earlier this month.", REF, [("earlier this month", "DATE", "2016-09")]);
    t!(earlier_weekday, "Earlier Sunday, the rebels withdrew.", REF, [("Earlier Sunday", "DATE", "2016-09-18")]);
    t!(end_of_next_year, "It should run by the end of next year.", REF, [("the end of next year", "DATE", "2017")]);
    t!(end_of_the_year, "It should run by the end of the year.", REF, [("the end of the year", "DATE", "2016")]);
    // The rest of a calendar unit is in that unit: the week it is.
    t!(
        rest_of_the_week,
        "Showers are forecast for the rest of the week.",
        REF,
        [("the rest of the week", "DATE", "2016-W38")]
    );
    t!(
        remainder_of_a_month,
        "Prices held for the remainder of August.",
        REF,
        [("the remainder of August", "DATE", "2016-08")]
    );
    t!(rest_of_something_else, "Talks with the rest of the world stalled.", REF, []);
    // "the coming winter" is the next one, whatever the verb ("would be" is no bar).
    t!(
        coming_season,
        "Forecasters said the coming winter would be drier than usual.",
        REF,
        [("the coming winter", "DATE", "2016-WI")]
    );
    t!(
        this_coming_season,
        "The team hopes to tour this coming spring.",
        REF,
        [("this coming spring", "DATE", "2017-SP")]
    );
    t!(
        anchored_on_last_date,
        "The quake struck on March 3, 2015. Rescuers came the next day and troops a day later.",
        REF,
        [("March 3, 2015", "DATE", "2015-03-03"), ("the next day", "DATE", "2015-03-04"), ("a day", "DURATION", "P1D")]
    );

    /// "a day later" is a duration in TimeML, but the date it points to is kept for the timeline.
    #[test]
    fn shift_keeps_the_date_it_points_to() {
        let text = "The quake struck on March 3, 2015. Rescuers came the next day and troops a day later.";
        let found = run(text, REF);
        assert_eq!(found.implied, [(2, "2015-03-05".to_string())]);
        let text = "The war ended in 1995. A year later the border reopened. Three weeks after, it shut.";
        let found = run(text, None);
        let got: Vec<(&str, &str)> = found.timexes.iter().map(|t| (t.span.text(text), t.value.as_str())).collect();
        assert_eq!(got, [("1995", "1995"), ("A year", "P1Y"), ("Three weeks", "P3W")]);
        assert_eq!(found.implied, [(1, "1996".to_string())]);
    }

    /// "a week later" after a day is that day a week on (not the week's number), and the next
    /// count goes on from it.
    #[test]
    fn weeks_after_a_day_point_to_a_day() {
        let text = "The ship sank on March 3. A week later, divers found it. Two days later, the owners \
                    apologised. A fortnight later the inquiry opened.";
        let found = run(text, Some("2016-03-20"));
        let got: Vec<(&str, &str)> = found.timexes.iter().map(|t| (t.span.text(text), t.value.as_str())).collect();
        assert_eq!(got, [("March 3", "2016-03-03"), ("A week", "P1W"), ("Two days", "P2D"), ("A fortnight", "P2W")]);
        let implied: Vec<(usize, &str)> = found.implied.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(implied, [(1, "2016-03-10"), (2, "2016-03-12"), (3, "2016-03-26")]);
    }

    /// A count finer than the date it follows points to a day only when the whole of that
    /// date's period would land in one period of its own size; never to the reference's week.
    #[test]
    fn counts_finer_than_their_anchor() {
        let cases = [
            // (text, reference, implied: (index, value))
            ("The quay opened in March 2025. Two weeks later, a crane collapsed.", "2025-09-02", vec![]),
            ("The quay opened in March 2025. Two years later, it will close.", "2025-09-02", vec![(1, "2027-03")]),
            (
                "The dam was finished in 1985. Nearly four decades later, it still stands.",
                "2025-09-02",
                vec![(1, "2025")],
            ),
            ("The quay opened in the spring of 2021. A month later, it flooded.", "2025-09-02", vec![]),
        ];
        for (text, reference, want) in cases {
            let found = run(text, Some(reference));
            let got: Vec<(usize, &str)> = found.implied.iter().map(|(k, v)| (*k, v.as_str())).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// Decades on from a day near the reference, in a clause that does not look ahead, is no
    /// date in the text's future.
    #[test]
    fn decades_later_in_the_present_is_no_future_date() {
        let text = "Ferries run until Friday. Nearly four decades later, the lighthouse still stands.";
        let found = run(text, Some("2025-09-02"));
        assert_eq!(found.implied, []);
        // (Ahead it is a date, to the year: ten years on from a day is not that day.)
        let text = "The probe launches on Friday. Ten years later, it will reach Neptune.";
        let found = run(text, Some("2025-09-02"));
        assert_eq!(found.implied, [(1, "2035".to_string())]);
    }

    #[test]
    fn within_days_of_another_event_points_nowhere() {
        let text = "Owners must sell within 180 days of the law taking effect. The port reopens within ten days.";
        let found = run(text, REF);
        let got: Vec<(&str, &str)> = found.timexes.iter().map(|t| (t.span.text(text), t.value.as_str())).collect();
        assert_eq!(got, [("180 days", "P180D"), ("ten days", "P10D")]);
        assert_eq!(found.implied, [(1, "2016-10-02".to_string())]);
    }

    t!(
        anchored_falls_back_to_reference,
        "Police said the suspect fled the previous day.",
        REF,
        [("the previous day", "DATE", "2016-09-21")]
    );
    t!(
        the_next_year_counts_from_the_last,
        "A storm hit in 1987. The council voted the next year to sell the site.",
        REF,
        [("1987", "DATE", "1987"), ("the next year", "DATE", "1988")]
    );
    t!(
        over_the_next_year_is_a_span,
        "Prices will rise over the next year.",
        REF,
        [("the next year", "DURATION", "P1Y")]
    );
    t!(
        the_next_year_or_so_is_a_span,
        "Prices will rise in the next year or so.",
        REF,
        [("the next year or so", "DURATION", "P1Y")]
    );
    t!(
        year_earlier_in_a_past_clause_after_a_year_to_come,
        "The firm will close a plant by the end of next year. A year earlier, it reported a rise in profit.",
        REF,
        [("the end of next year", "DATE", "2017"), ("A year earlier", "DATE", "2015")]
    );
    t!(
        year_earlier_after_a_past_year,
        "The plant opened in 2010. A year earlier, the firm bought the land.",
        REF,
        [("2010", "DATE", "2010"), ("A year earlier", "DATE", "2009")]
    );
    t!(
        year_earlier_than_a_year_to_come,
        "The plant will open in 2019. A year earlier, the firm will buy the land.",
        REF,
        [("2019", "DATE", "2019"), ("A year earlier", "DATE", "2018")]
    );
    t!(
        imperative_in_a_quote_looks_ahead,
        "\"Ask me again in February,\" she said.",
        REF,
        [("February", "DATE", "2017-02")]
    );
    t!(
        imperative_opening_a_sentence_looks_ahead,
        "Come back on Monday for the results.",
        REF,
        [("Monday", "DATE", "2016-09-26")]
    );
    t!(other_imperatives_do_not, "Look at what happened in February.", REF, [("February", "DATE", "2016-02")]);
    t!(
        millennia_counted,
        "The comet has travelled for four millennia; the ice took two millennia to form.",
        REF,
        [("four millennia", "DURATION", "P4000Y"), ("two millennia", "DURATION", "P2000Y")]
    );
    t!(millennia_alone, "The rock has stood for millennia.", REF, [("millennia", "DURATION", "PXY")]);
    t!(month_after_to, "The pay rise is backdated to April.", REF, [("April", "DATE", "2016-04")]);
    t!(delayed_to_a_month, "The vote was delayed to October.", REF, [("October", "DATE", "2016-10")]);
    t!(to_may_is_a_name, "Ministers talked to May on Friday.", REF, [("Friday", "DATE", "2016-09-16")]);
    t!(to_march_forward_is_a_verb, "\"We have to March forward, not back,\" he said.", REF, []);
    t!(
        start_of_a_season,
        "Fires have burned since the start of the summer.",
        REF,
        [("the start of the summer", "DATE", "2016-SU")]
    );
    t!(end_of_a_season_bare, "Work stopped at the end of winter.", REF, [("the end of winter", "DATE", "2015-WI")]);
    t!(part_of_a_season_thing, "The end of the spring melt came late.", REF, []);
    t!(on_a_weekday_is_no_date, "He was born on a Tuesday.", REF, [("Tuesday", "DATE", "XXXX-WXX-2")]);
    t!(
        clock_on_a_weekday,
        "The team answered at 11:42 p.m. on a Saturday.",
        REF,
        [("11:42 p.m. on a Saturday", "TIME", "XXXX-WXX-6T23:42")]
    );
    t!(
        weekday_before_a_noun_after_a,
        "About 500 people attended a Sunday night memorial service.",
        REF,
        [("Sunday night", "TIME", "2016-09-18TNI")]
    );
    t!(
        on_a_weekday_leaves_the_anchor,
        "The dam failed on March 3, 2015, on a Tuesday. Rescuers came the next day.",
        REF,
        [
            ("March 3, 2015", "DATE", "2015-03-03"),
            ("Tuesday", "DATE", "XXXX-WXX-2"),
            ("the next day", "DATE", "2015-03-04")
        ]
    );
    t!(
        opening_hours_before_the_days,
        "Users can call the help line between 9am and 5pm, Monday to Friday.",
        REF,
        [
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5")
        ]
    );
    t!(
        opening_hours_with_a_zone_before_the_days,
        "Customers can call between 8 a.m. and 8 p.m. Eastern, Monday through Saturday.",
        REF,
        [
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Saturday", "SET", "XXXX-WXX-6")
        ]
    );
    t!(
        hours_of_a_habit_or_a_rule,
        "The museum is open from 10am to 5pm. The helpline runs from 8am to 10pm seven days a week. The airport has a ban on flights between 11.30pm and 6am.",
        REF,
        [
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("seven days a week", "SET", "P1W"),
            ("11.30pm", "TIME", "XXXX-XX-XXT23:30"),
            ("6am", "TIME", "XXXX-XX-XXT06:00")
        ]
    );
    t!(
        the_final_one_of_a_series,
        "The rate was 25.5% in 2019, the last year before Covid. It was the last year of the war.",
        REF,
        [("2019", "DATE", "2019")]
    );
    t!(
        a_demands_deadline_after_the_day_it_was_made,
        "The group posted a message on Wednesday demanding payment by midnight on Sunday.",
        Some("2025-09-19"),
        [("Wednesday", "DATE", "2025-09-17"), ("midnight on Sunday", "TIME", "2025-09-21T24:00")]
    );
    t!(
        part_of_the_day_in_a_sets_clause,
        "Trains will run every 20 minutes in the evening.",
        REF,
        [("every 20 minutes", "SET", "PT20M"), ("the evening", "TIME", "XXXX-XX-XXTEV")]
    );
    t!(
        hours_of_one_night,
        "Police closed the road from 11 p.m. until 4 a.m. The museum will be open from 10am to 5pm.",
        REF,
        [
            ("11 p.m.", "TIME", "2016-09-22T23:00"),
            ("4 a.m.", "TIME", "2016-09-23T04:00"),
            ("10am", "TIME", "2016-09-22T10:00"),
            ("5pm", "TIME", "2016-09-22T17:00")
        ]
    );
    t!(
        opening_hours_after_the_days,
        "The office is open Monday to Saturday, 10am to 4pm.",
        REF,
        [
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Saturday", "SET", "XXXX-WXX-6"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00")
        ]
    );
    t!(
        days_of_one_week_without_hours,
        "The festival runs Monday to Friday.",
        REF,
        [("Monday", "DATE", "2016-09-26"), ("Friday", "DATE", "2016-09-30")]
    );
    t!(
        hours_of_one_day,
        "Talks ran from 9am to 5pm on Monday.",
        REF,
        [("9am", "TIME", "2016-09-19T09:00"), ("5pm on Monday", "TIME", "2016-09-19T17:00")]
    );
    t!(
        the_year_before_counts_from_the_last,
        "The firm scored 87 in 2015, up from 71 the year before.",
        REF,
        [("2015", "DATE", "2015"), ("the year before", "DATE", "2014")]
    );
    t!(
        the_month_after_counts_from_the_last,
        "Sales rose in March and fell the month after.",
        REF,
        [("March", "DATE", "2016-03"), ("the month after", "DATE", "2016-04")]
    );
    t!(the_week_after_an_event, "Prices fell the week after the vote.", REF, []);
    t!(
        this_time_last_year,
        "This time last year the firm was struggling; this time next month it opens a plant.",
        REF,
        [("This time last year", "DATE", "2015-09"), ("this time next month", "DATE", "2016-10-22")]
    );
    t!(
        could_looks_ahead,
        "Up to 30cm could fall from Thursday night into Friday morning.",
        REF,
        [("Thursday night", "TIME", "2016-09-22TNI"), ("Friday morning", "TIME", "2016-09-23TMO")]
    );
    t!(
        could_be_found_tells_the_past,
        "Neither of them could be located Wednesday in their home town.",
        REF,
        [("Wednesday", "DATE", "2016-09-21")]
    );
    t!(
        second_that_clause_of_a_saying,
        "Forecasters said the warning would run until Friday, and that a warning for ice would follow through \
         the weekend.",
        REF,
        [("Friday", "DATE", "2016-09-23"), ("the weekend", "DATE", "2016-W38-WE")]
    );
    t!(
        overnight_on_a_weekday,
        "Looters struck overnight on Saturday; temperatures could drop overnight on Saturday too.",
        REF,
        [("overnight on Saturday", "TIME", "2016-09-17TNI"), ("overnight on Saturday", "TIME", "2016-09-24TNI")]
    );
    t!(
        following_morning_after_a_month,
        "In August a barge sank off the pier. Its crew were found the following morning.",
        REF,
        [("August", "DATE", "2016-08"), ("the following morning", "TIME", "2016-08-XXTMO")]
    );
    t!(
        same_day_after_a_month,
        "The dam gates were opened in May. The road flooded that same day.",
        REF,
        [("May", "DATE", "2016-05"), ("that same day", "DATE", "2016-05-XX")]
    );
    t!(
        following_spring_after_a_year,
        "A trust formed in 2009. Work began the following spring.",
        REF,
        [("2009", "DATE", "2009"), ("the following spring", "DATE", "2010-SP")]
    );
    t!(
        following_winter_after_a_season,
        "The hall opened in the spring of 2019. The following winter it flooded.",
        REF,
        [("the spring of 2019", "DATE", "2019-SP"), ("The following winter", "DATE", "2019-WI")]
    );
    t!(
        following_spring_after_a_month_in_spring,
        "The hall opened in March 2019. The following spring it flooded.",
        REF,
        [("March 2019", "DATE", "2019-03"), ("The following spring", "DATE", "2020-SP")]
    );
    t!(
        previous_summer,
        "The hall opened in May 2019. The previous summer it had flooded.",
        REF,
        [("May 2019", "DATE", "2019-05"), ("The previous summer", "DATE", "2018-SU")]
    );
    t!(
        that_summer,
        "The hall opened in 2019. Later that summer it flooded.",
        REF,
        [("2019", "DATE", "2019"), ("Later that summer", "DATE", "2019-SU")]
    );
    t!(
        that_winter_of_a_january,
        "The hall opened on Jan. 5, 2019. That winter it flooded.",
        REF,
        [("Jan. 5, 2019", "DATE", "2019-01-05"), ("That winter", "DATE", "2018-WI")]
    );
    t!(that_as_conjunction_before_season, "He said that summer was hot.", REF, []);
    t!(
        month_of_that_year,
        "The dam failed on June 21, 1976. By April of that year the ground was soaked, and rains in May \
         swelled the river. In March of the following year a report blamed the owners.",
        REF,
        [
            ("June 21, 1976", "DATE", "1976-06-21"),
            ("April of that year", "DATE", "1976-04"),
            ("May", "DATE", "1976-05"),
            ("March of the following year", "DATE", "1977-03")
        ]
    );
    t!(
        that_year_skips_days_told_from_today,
        // "Sunday" is told from the reference; "that year" and "that June" go back to 1976.
        "The river rose on June 21, 1976. On Sunday, residents gathered. That June, a storm had stalled \
         over the valley, and the following year the dam was rebuilt.",
        REF,
        [
            ("June 21, 1976", "DATE", "1976-06-21"),
            ("Sunday", "DATE", "2016-09-18"),
            ("That June", "DATE", "1976-06"),
            ("the following year", "DATE", "1977")
        ]
    );
    t!(
        that_day_still_counts_from_today,
        "Crews arrived on Sunday. The next day, the road reopened.",
        REF,
        [("Sunday", "DATE", "2016-09-18"), ("The next day", "DATE", "2016-09-19")]
    );
    t!(
        following_spring_without_a_date,
        "Work will begin the following spring.",
        REF,
        [("the following spring", "DATE", "2017-SP")]
    );
    t!(
        comparisons_count_from_the_same_period,
        "Output rose from a year ago and costs fell from a year earlier.",
        REF,
        [("a year ago", "DATE", "2015"), ("a year earlier", "DATE", "2015")]
    );
    t!(
        relative_without_reference,
        "The talks ended yesterday and resume next year.",
        None,
        [("yesterday", "DATE", "XXXX-XX-XX"), ("next year", "DATE", "XXXX"),]
    );

    // WEEKDAYS: the latest such day in the past; the next one in a future sentence.
    t!(past_weekday, "The ministers met on Monday.", REF, [("Monday", "DATE", "2016-09-19")]);
    t!(same_weekday_is_reference, "Officials spoke on Thursday.", REF, [("Thursday", "DATE", "2016-09-22")]);
    t!(future_weekday, "The ministers will meet on Monday.", REF, [("Monday", "DATE", "2016-09-26")]);
    t!(tomorrows_weekday, "Voters go to the polls Friday.", REF, [("Friday", "DATE", "2016-09-23")]);
    t!(tomorrows_weekday_after_past_verb, "Rebels attacked Friday.", REF, [("Friday", "DATE", "2016-09-16")]);
    // News gives a scheduled event in the present tense.
    t!(scheduled_present, "The board meets again on Tuesday.", REF, [("Tuesday", "DATE", "2016-09-27")]);
    t!(scheduled_plural_present, "The two leaders meet separately Monday.", REF, [("Monday", "DATE", "2016-09-26")]);
    t!(scheduled_month, "The new law takes effect in March.", REF, [("March", "DATE", "2017-03")]);
    t!(
        scheduled_verb_as_noun_in_past_clause,
        "After a strong start on Monday, stocks fell.",
        REF,
        [("Monday", "DATE", "2016-09-19")]
    );
    t!(scheduled_verb_with_object, "Voters go to the polls on Sunday.", REF, [("Sunday", "DATE", "2016-09-25")]);
    t!(
        scheduled_verb_before_a_participle,
        "Voters go to the polls on Sunday in an election called five weeks ago.",
        REF,
        [("Sunday", "DATE", "2016-09-25"), ("five weeks ago", "DATE", "2016-W33")]
    );
    t!(
        scheduled_word_as_noun_head,
        "The coalition lost a confidence vote in late January.",
        REF,
        [("late January", "DATE", "2016-01")]
    );
    t!(
        scheduled_word_after_adjective,
        "They held the final vote on Tuesday.",
        REF,
        [("Tuesday", "DATE", "2016-09-20")]
    );
    t!(
        scheduled_verb_after_plural_subject,
        "The minister said the leaders vote on Tuesday.",
        REF,
        [("Tuesday", "DATE", "2016-09-27")]
    );
    t!(
        promised_month_just_past,
        "The firm had promised repairs by mid-August.",
        REF,
        [("mid-August", "DATE", "2016-08")]
    );
    t!(promised_month_ahead, "The firm promised repairs in November.", REF, [("November", "DATE", "2016-11")]);
    t!(
        scheduled_verb_before_at,
        "Polls close at 9 p.m. on Sunday.",
        REF,
        [("9 p.m. on Sunday", "TIME", "2016-09-25T21:00")]
    );
    t!(
        clock_on_a_full_date,
        "The licence expires at midnight on 31 December 2026.",
        REF,
        [("midnight on 31 December 2026", "TIME", "2026-12-31T24:00")]
    );
    t!(
        day_of_month_alone_ahead,
        "Inspectors will return on the 14th to check the supports.",
        REF,
        [("the 14th", "DATE", "2016-10-14")]
    );
    t!(day_of_month_alone_past, "The deal closed on the 2nd.", REF, [("the 2nd", "DATE", "2016-09-02")]);
    t!(day_of_month_in_next_month, "Talks resume on the 3rd.", REF, [("the 3rd", "DATE", "2016-10-03")]);
    t!(ordinal_before_noun_is_no_day, "He finished on the 14th hole.", REF, []);
    t!(
        clock_on_the_same_day,
        "The line closed at 06:45 on Saturday and reopened at 11:30 the same day.",
        REF,
        [("06:45 on Saturday", "TIME", "2016-09-17T06:45"), ("11:30 the same day", "TIME", "2016-09-17T11:30")]
    );
    t!(
        military_time_before_zone,
        "The quake struck at 4:52 a.m. local time on Thursday (2052 GMT Wednesday).",
        REF,
        [
            ("4:52 a.m. local time on Thursday", "TIME", "2016-09-22T04:52"),
            ("2052 GMT Wednesday", "TIME", "2016-09-21T20:52")
        ]
    );
    t!(military_time_hrs, "Troops moved at 0630 hrs.", REF, [("0630 hrs", "TIME", "2016-09-22T06:30")]);
    t!(
        edges_of_the_day,
        "Rescuers worked until dawn. By nightfall, 11 deaths were confirmed.",
        REF,
        [("dawn", "TIME", "2016-09-22TMO"), ("nightfall", "TIME", "2016-09-22TEV")]
    );
    t!(dawn_without_preposition_is_no_time, "As dawn broke, crowds came to the dawn of a new era.", REF, []);
    t!(
        edge_of_a_named_day,
        "The search stopped at nightfall Sunday and resumed at first light Monday. He came first, in light rain.",
        Some("2026-02-09"),
        [("nightfall Sunday", "TIME", "2026-02-08TEV"), ("first light Monday", "TIME", "2026-02-09TMO")]
    );
    t!(
        through_the_morning,
        "Aftershocks continued through the morning.",
        REF,
        [("the morning", "TIME", "2016-09-22TMO")]
    );
    t!(
        date_between_commas_takes_the_verb_after,
        "The last attempt at a deal, in December, collapsed within hours.",
        REF,
        [("December", "DATE", "2015-12"), ("hours", "DURATION", "PTXH")]
    );
    t!(
        comparison_by_an_amount_is_a_span,
        "The rules may be revisited in 2028, two years earlier than Germany had asked for.",
        REF,
        [("2028", "DATE", "2028"), ("two years", "DURATION", "P2Y")]
    );
    t!(
        weekend_before_last,
        "They met the weekend before last.",
        REF,
        [("the weekend before last", "DATE", "2016-W36-WE")]
    );
    t!(
        weekend_after_next,
        "They meet the weekend after next.",
        REF,
        [("the weekend after next", "DATE", "2016-W40-WE")]
    );
    t!(weekday_before_last, "They met on Friday before last.", REF, [("Friday before last", "DATE", "2016-09-09")]);
    t!(weekday_after_next, "They meet on Monday after next.", REF, [("Monday after next", "DATE", "2016-10-03")]);
    t!(
        weeks_from_today,
        "The law takes effect three weeks from today.",
        REF,
        [("three weeks from today", "DATE", "2016-W41")]
    );
    t!(the_last_century, "It was the worst flood of the last century.", REF, [("the last century", "DATE", "19")]);
    t!(
        over_the_last_century_is_a_span,
        "Temperatures rose over the last century.",
        REF,
        [("the last century", "DURATION", "P100Y")]
    );
    t!(
        turn_of_the_century,
        "It was built at the turn of the century.",
        REF,
        [("the turn of the century", "DATE", "2000")]
    );
    t!(
        turn_of_the_millennium,
        "By the turn of the millennium it had 45 shops.",
        REF,
        [("the turn of the millennium", "DATE", "2000")]
    );
    t!(ahead_of_points_ahead, "Ahead of Saturday's final, fans gathered.", REF, [("Saturday", "DATE", "2016-09-24")]);
    t!(
        preparing_for_points_ahead,
        "Voters are preparing for Sunday's election.",
        REF,
        [("Sunday", "DATE", "2016-09-25")]
    );
    t!(
        run_up_to_points_ahead,
        "In the run-up to Sunday's vote, rallies grew.",
        REF,
        [("Sunday", "DATE", "2016-09-25")]
    );
    t!(
        beginning_points_ahead,
        "Beginning Monday, trains run hourly.",
        REF,
        [("Monday", "DATE", "2016-09-26"), ("hourly", "SET", "PT1H")]
    );
    t!(
        beginning_in_the_past,
        "Beginning Monday, trains ran hourly.",
        REF,
        [("Monday", "DATE", "2016-09-19"), ("hourly", "SET", "PT1H")]
    );
    t!(apply_from_points_ahead, "The new rules apply from Monday.", REF, [("Monday", "DATE", "2016-09-26")]);
    t!(sails_on_friday, "The ferry sails on Friday.", REF, [("Friday", "DATE", "2016-09-23")]);
    t!(
        most_recently_in_a_month,
        "The launch, first planned for 2014, has been delayed three times, most recently in May.",
        REF,
        [("2014", "DATE", "2014"), ("recently", "DATE", "PAST_REF"), ("May", "DATE", "2016-05")]
    );
    t!(
        as_recently_as_a_month,
        "Prices rose as recently as October.",
        REF,
        [("recently", "DATE", "PAST_REF"), ("October", "DATE", "2015-10")]
    );
    t!(
        year_in_an_aside_does_not_date_the_clause,
        "The bridge, built in 1887, closed in January.",
        REF,
        [("1887", "DATE", "1887"), ("January", "DATE", "2016-01")]
    );
    t!(
        year_a_span_starts_at_does_not_date_the_clause,
        "It was the wettest winter since records began in 1900, the agency said, with rain in July and August.",
        REF,
        [("1900", "DATE", "1900"), ("July", "DATE", "2016-07"), ("August", "DATE", "2016-08")]
    );
    t!(
        year_before_the_clause_dates_it,
        "In 2019, the firm moved in March.",
        REF,
        [("2019", "DATE", "2019"), ("March", "DATE", "2019-03")]
    );
    t!(
        span_end_shares_the_scheduled_verb,
        "Shops open from 9 a.m. to 5 p.m. on Saturday.",
        REF,
        [("9 a.m.", "TIME", "2016-09-24T09:00"), ("5 p.m. on Saturday", "TIME", "2016-09-24T17:00")]
    );
    t!(
        span_end_in_a_past_clause,
        "Shops opened from 9 a.m. to 5 p.m. on Saturday.",
        REF,
        [("9 a.m.", "TIME", "2016-09-17T09:00"), ("5 p.m. on Saturday", "TIME", "2016-09-17T17:00")]
    );
    t!(
        that_same_year,
        "The mine closed in 2009. That same year the council launched a plan.",
        REF,
        [("2009", "DATE", "2009"), ("That same year", "DATE", "2009")]
    );
    t!(
        end_of_the_decade,
        "The council wants 300 homes by the end of the decade.",
        REF,
        [("the end of the decade", "DATE", "201")]
    );
    t!(in_the_last_decade, "Wages fell in the last decade.", REF, [("the last decade", "DATE", "200")]);
    t!(
        over_the_last_decade_is_a_span,
        "Wages rose over the last decade.",
        REF,
        [("the last decade", "DURATION", "P10Y")]
    );
    t!(the_next_decade_as_subject, "The next decade will be hard.", REF, [("The next decade", "DATE", "202")]);
    t!(
        in_the_next_decade_is_a_span,
        "Growth will slow in the next decade.",
        REF,
        [("the next decade", "DURATION", "P10Y")]
    );
    t!(
        beyond_a_day_ahead,
        "Doctors who stay away beyond Friday will lose a month's pay.",
        REF,
        [("Friday", "DATE", "2016-09-23"), ("a month", "DURATION", "P1M")]
    );
    t!(beyond_a_day_in_the_past, "The strike went on beyond Friday.", REF, [("Friday", "DATE", "2016-09-16")]);
    t!(
        dotted_clock_times_as_a_span,
        "Drop-in sessions run 9.30am to 12.30pm on Saturday.",
        REF,
        [("9.30am", "TIME", "2016-09-24T09:30"), ("12.30pm on Saturday", "TIME", "2016-09-24T12:30")]
    );
    t!(
        dotted_clock_with_spaced_meridiem,
        "The bus left at 7.15 p.m.",
        REF,
        [("7.15 p.m.", "TIME", "2016-09-22T19:15")]
    );
    t!(dotted_number_is_no_clock, "Prices hit 12.30 on Friday.", REF, [("Friday", "DATE", "2016-09-16")]);
    t!(half_past_nine, "We met at half past nine.", REF, [("half past nine", "TIME", "2016-09-22T09:30")]);
    t!(quarter_to_five, "The train left at quarter to five.", REF, [("quarter to five", "TIME", "2016-09-22T04:45")]);
    t!(quarter_past_with_pm, "Come by quarter past 3 pm.", REF, [("quarter past 3 pm", "TIME", "2016-09-22T15:15")]);
    t!(half_past_without_cue, "Half past nine is late.", REF, []);
    t!(
        live_blog_stamps,
        "16:05 - Union leaders arrived.\n\n14:30 - Talks ended late last night.\n\n12:10 - Trains ran. It ended 3-1.",
        REF,
        [
            ("16:05", "TIME", "2016-09-22T16:05"),
            ("14:30", "TIME", "2016-09-22T14:30"),
            ("late last night", "TIME", "2016-09-21TNI"),
            ("12:10", "TIME", "2016-09-22T12:10")
        ]
    );
    t!(
        spelled_hours,
        "She baked at five in the morning, shut at six in the evening and slept by ten o'clock.",
        REF,
        [
            ("five in the morning", "TIME", "2016-09-22T05:00"),
            ("six in the evening", "TIME", "2016-09-22T18:00"),
            ("ten o'clock", "TIME", "2016-09-22T10:00")
        ]
    );
    t!(
        digit_hours_oclock,
        "The wind turned at around 10 o'clock, the crews were back by 6 o\u{2019}clock in the morning and it was eleven o'clock at night before anyone slept.",
        REF,
        [
            ("around 10 o'clock", "TIME", "2016-09-22T10:00"),
            ("6 o\u{2019}clock in the morning", "TIME", "2016-09-22T06:00"),
            ("eleven o'clock at night", "TIME", "2016-09-22T23:00")
        ]
    );
    t!(a_score_of_ten_is_no_hour, "The ten o-ring seals and 10 clocks were fine.", REF, []);
    t!(spelled_number_is_no_hour_without_a_time_word, "She arrived at five and left by nine.", REF, []);
    t!(by_a_quarter_is_a_fraction, "Sales rose by a quarter.", REF, []);
    t!(the_coming_weekend, "They meet the coming weekend.", REF, [("the coming weekend", "DATE", "2016-W38-WE")]);
    t!(
        month_in_a_later_year_named_before,
        "The 2017 edition will start in Tangier on 12 November. The 2016 race ends on 2 October.",
        REF,
        [
            ("2017", "DATE", "2017"),
            ("12 November", "DATE", "2017-11-12"),
            ("2016", "DATE", "2016"),
            ("2 October", "DATE", "2016-10-02")
        ]
    );
    #[test]
    fn this_weekend_told_early_in_the_week() {
        // (text, reference, value): 2026-05-18 is a Monday, 2026-05-21 a Thursday.
        let cases = [
            (
                "past on a Monday: the weekend just gone",
                "The team won at home this weekend.",
                "2026-05-18",
                "2026-W20-WE",
            ),
            ("ahead on a Monday: the coming one", "The team plays at home this weekend.", "2026-05-18", "2026-W21-WE"),
            ("past on a Thursday: this week's", "The team trained hard this weekend.", "2026-05-21", "2026-W21-WE"),
        ];
        for (name, text, reference, want) in cases {
            let found = run(text, Some(reference));
            assert_eq!(found.timexes[0].value, want, "case {name}");
        }
    }
    t!(
        round_hundreds_are_centuries,
        "Ledgers from the 1500s and the mid-1800s survive, with prints from the 1900s and the 1990s.",
        REF,
        [
            ("the 1500s", "DATE", "15"),
            ("mid-1800s", "DATE", "18"),
            ("the 1900s", "DATE", "190"),
            ("the 1990s", "DATE", "199")
        ]
    );
    t!(every_summer, "Ferries run every summer.", REF, [("every summer", "SET", "XXXX-SU")]);
    t!(each_spring, "The market opens each spring.", REF, [("each spring", "SET", "XXXX-SP")]);
    t!(on_weekends, "Shops close on weekends.", REF, [("weekends", "SET", "XXXX-WXX-WE")]);
    t!(weekends_as_subject, "Weekends are busy.", REF, []);
    t!(dotted_clock_before_zone, "The vote closed at 09.15 BST.", REF, [("09.15 BST", "TIME", "2016-09-22T09:15")]);
    t!(
        zones_east_and_south,
        "Gates opened at 11.20am AEST and the draw was at 9pm IST.",
        REF,
        [("11.20am AEST", "TIME", "2016-09-22T11:20"), ("9pm IST", "TIME", "2016-09-22T21:00")]
    );
    t!(
        copula_on_weekday,
        "Her funeral is on Saturday at 11 a.m.",
        REF,
        [("Saturday", "DATE", "2016-09-24"), ("11 a.m.", "TIME", "2016-09-24T11:00")]
    );
    t!(copula_past_on_weekday, "Her funeral was on Saturday.", REF, [("Saturday", "DATE", "2016-09-17")]);
    t!(infinitive_is_not_scheduled, "They agreed to meet on Tuesday.", REF, [("Tuesday", "DATE", "2016-09-20")]);
    // A hearing's days are not the story's: the night told before them goes on after them.
    t!(
        story_night_goes_on_after_a_hearing_day,
        "Cameras saw him leave the bar at 11.40pm on 3 August. \"He was fine,\" said a friend, giving evidence \
         on Tuesday. At 12.27am he sent his last message.",
        REF,
        [
            ("11.40pm on 3 August", "TIME", "2016-08-03T23:40"),
            ("Tuesday", "DATE", "2016-09-20"),
            ("12.27am", "TIME", "2016-08-04T00:27")
        ]
    );
    t!(
        clock_after_a_report_day_alone,
        "The minister resigned, the party said on Tuesday. She left the building at 9pm.",
        REF,
        [("Tuesday", "DATE", "2016-09-20"), ("9pm", "TIME", "2016-09-20T21:00")]
    );
    t!(
        scheduled_adjective_after_past_perfect,
        "The airline said the jet had undergone a scheduled check on 19 August.",
        REF,
        [("19 August", "DATE", "2016-08-19")]
    );
    t!(
        scheduled_adjective_ahead,
        "There is a scheduled inspection on 19 October.",
        REF,
        [("19 October", "DATE", "2016-10-19")]
    );
    t!(verb_form_as_noun, "The visits Tuesday drew crowds.", REF, [("Tuesday", "DATE", "2016-09-20")]);
    // A postponed event and a new date lie ahead.
    t!(
        postponed_until_season,
        "A judge on Friday postponed the trial until after the summer.",
        REF,
        [("Friday", "DATE", "2016-09-16"), ("the summer", "DATE", "2017-SU")]
    );
    t!(
        future_clock_is_today,
        "Rebels attacked on Monday. The minister will speak at 3 p.m.",
        REF,
        [("Monday", "DATE", "2016-09-19"), ("3 p.m.", "TIME", "2016-09-22T15:00")]
    );
    t!(hedged_deadline, "Storms shut the port until at least Monday.", REF, [("Monday", "DATE", "2016-09-26")]);
    t!(
        rest_of_the_day,
        "Power may be out until Saturday evening. LNER advised passengers not to travel for the rest of \
         the day.",
        REF,
        [("Saturday evening", "TIME", "2016-09-24TEV"), ("the rest of the day", "DATE", "2016-09-22")]
    );
    t!(
        through_the_night_and_early_morning,
        "Crews will keep working through the night. Police worked through the night. Trains were \
         suspended from early morning until mid-afternoon.",
        REF,
        [
            ("the night", "TIME", "2016-09-22TNI"),
            ("the night", "TIME", "2016-09-21TNI"),
            ("early morning", "TIME", "2016-09-22TMO"),
            ("mid-afternoon", "TIME", "2016-09-22TAF")
        ]
    );
    t!(
        second_would_of_a_report,
        "The board said the first invitations would be posted in the spring, and people would be able \
         to book online from 1 April.",
        Some("2025-08-27"),
        [("the spring", "DATE", "2026-SP"), ("1 April", "DATE", "2026-04-01")]
    );
    t!(
        next_weekday_is_not_tomorrow,
        "The council will vote next Friday and the board next Monday.",
        REF,
        [("next Friday", "DATE", "2016-09-30"), ("next Monday", "DATE", "2016-09-26")]
    );
    t!(
        weekend_of_two_days,
        "Ties will be played over the weekend of 14 and 15 March.",
        Some("2026-02-21"),
        [("the weekend of 14 and 15 March", "DATE", "2026-W11-WE")]
    );
    t!(
        weekday_of_no_date,
        "Tickets for the opening night, a Friday, sold out. The Queen Square Sunday Book Fair will move. \
         Parking is free every day except Sunday. About 500 people attended a Sunday night service.",
        REF,
        [
            ("Friday", "DATE", "XXXX-WXX-5"),
            ("every day", "SET", "P1D"),
            ("Sunday", "SET", "XXXX-WXX-7"),
            ("Sunday night", "TIME", "2016-09-18TNI")
        ]
    );
    t!(
        usual_hour_is_no_days,
        "The trail will close at 9 p.m. on Friday instead of the usual 5 p.m.",
        REF,
        [("9 p.m. on Friday", "TIME", "2016-09-23T21:00"), ("5 p.m.", "TIME", "XXXX-XX-XXT17:00")]
    );
    t!(
        season_of_that_year,
        "Engineers found the fault in 2024 and fixed it in the summer of that year.",
        REF,
        [("2024", "DATE", "2024"), ("the summer of that year", "DATE", "2024-SU")]
    );
    t!(award_of_the_year_is_no_date, "She was named young player of the year.", REF, []);
    t!(
        fixture_with_a_five_word_object,
        "Harborough host Pellham United in the league on Tuesday night before travelling to Crewe.",
        REF,
        [("Tuesday night", "TIME", "2016-09-27TNI")]
    );
    t!(
        dateline_day_is_not_where_the_story_is,
        "SANTIAGO, Monday 17 November 2025 - Vargas won the vote on Sunday and will face Reyes on \
         December 14. She told supporters at a rally shortly before midnight that she would win.",
        None,
        [
            ("Monday 17 November 2025", "DATE", "2025-11-17"),
            ("Sunday", "DATE", "2025-11-16"),
            ("December 14", "DATE", "2025-12-14"),
            ("midnight", "TIME", "2025-11-16T24:00")
        ]
    );
    t!(
        hedged_clock_in_a_past_clause,
        "Power may be out until Saturday evening. The operator cancelled trains until at least 2 p.m.",
        REF,
        [("Saturday evening", "TIME", "2016-09-24TEV"), ("2 p.m.", "TIME", "2016-09-22T14:00")]
    );
    t!(
        season_ends_ahead,
        "The season began on Sept. 1 and ends in May.",
        REF,
        [("Sept. 1", "DATE", "2016-09-01"), ("May", "DATE", "2017-05")]
    );
    t!(
        target_in_past_clause_takes_named_year,
        "Last year there were only two by the end of December.",
        REF,
        [("Last year", "DATE", "2015"), ("the end of December", "DATE", "2015-12")]
    );
    t!(
        end_of_year_in_past_clause,
        "Sales recovered at the end of the year.",
        Some("2025-02-20"),
        [("the end of the year", "DATE", "2024")]
    );
    t!(
        end_of_year_ahead,
        "Rates will rise by the end of the year.",
        Some("2025-02-20"),
        [("the end of the year", "DATE", "2025")]
    );
    t!(
        overnight_past,
        "The storm swept across Spain overnight, cutting power.",
        REF,
        [("overnight", "TIME", "2016-09-21TNI")]
    );
    t!(
        overnight_before_the_day_reported,
        "Shares fell on Friday. They were hurt by overnight losses in New York.",
        REF,
        [("Friday", "DATE", "2016-09-16"), ("overnight", "TIME", "2016-09-15TNI")]
    );
    t!(
        clock_after_a_reported_day_is_the_event_day,
        "A ferry ran aground late Tuesday, the coastguard said on Wednesday. It struck a sandbar at 11 p.m.",
        REF,
        [
            ("late Tuesday", "DATE", "2016-09-20"),
            ("Wednesday", "DATE", "2016-09-21"),
            ("11 p.m.", "TIME", "2016-09-20T23:00")
        ]
    );
    t!(
        same_month_of_the_year_before,
        "Admissions rose 4% on the same month last year, and sales on the same quarter a year earlier.",
        REF,
        [("the same month last year", "DATE", "2015-09"), ("the same quarter a year earlier", "DATE", "2015-Q2")]
    );
    t!(
        holiday_naming_what_happened,
        "She spoke after the Good Friday Agreement was signed, and the Easter Rising is remembered on Easter Monday.",
        REF,
        [("Easter Monday", "DATE", "2017-04-17")]
    );
    // A clock time told with its day goes on after sentences of quotes, past an earlier hour of
    // the reference's day.
    t!(
        clock_run_from_a_clock_told_with_its_day,
        "A woman told a jury on Thursday that she heard a scream shortly before midnight. She had been \
         watching television on the evening of Friday 2 September when she heard voices at about 11.40pm. \
         \"I went to the window,\" she said. \"Then there were two bangs. I saw a man run.\" She said she \
         rang 999 at 11.47pm.",
        REF,
        [
            ("Thursday", "DATE", "2016-09-22"),
            ("midnight", "TIME", "2016-09-22T24:00"),
            ("Friday 2 September", "DATE", "2016-09-02"),
            ("11.40pm", "TIME", "2016-09-02T23:40"),
            ("11.47pm", "TIME", "2016-09-02T23:47")
        ]
    );
    t!(hedged_month_after_a_cue, "The vote was delayed until at least March.", REF, [("March", "DATE", "2017-03")]);
    t!(
        every_second_weekday,
        "The committee will meet every second Thursday, and the club every third Monday.",
        REF,
        [("every second Thursday", "SET", "XXXX-WXX-4"), ("every third Monday", "SET", "XXXX-WXX-1")]
    );
    t!(
        half_year_of_a_report,
        "Profit for the first half fell 8% from a year earlier. First-half sales rose, and the firm \
         expects growth in the second half.",
        Some("2023-08-03"),
        [
            ("the first half", "DATE", "2023-H1"),
            ("a year earlier", "DATE", "2022-H1"),
            ("First-half", "DATE", "2023-H1"),
            ("the second half", "DATE", "2023-H2")
        ]
    );
    t!(
        second_half_reported_early_in_a_year,
        "Profit for the second half fell.",
        Some("2024-02-20"),
        [("the second half", "DATE", "2023-H2")]
    );
    t!(
        half_of_a_match_is_no_date,
        "Osei scored in the second half, and the club's sales rose after the match.",
        REF,
        []
    );
    t!(
        years_ago_this_week_or_today,
        "Fifty years ago this week, the river burst its banks. Ten years ago today the wall opened, \
         and a year ago this month it was tested.",
        Some("2025-10-14"),
        [
            ("Fifty years ago this week", "DATE", "1975-W42"),
            ("Ten years ago today", "DATE", "2015-10-14"),
            ("a year ago this month", "DATE", "2024-10")
        ]
    );
    t!(
        date_inside_a_quotation_is_the_speakers,
        "\"We expect calmer, colder conditions by the weekend,\" she said.",
        REF,
        [("the weekend", "DATE", "2016-W38-WE")]
    );
    // A day of a story in an earlier year, told again after a week told from the reference:
    // the story's year.
    t!(
        story_year_past_a_week_told_from_the_reference,
        "He was snatched on 2 March 2015. The prosecutor told jurors last week that he had been \
         chained. Police found him on 13 March.",
        REF,
        [("2 March 2015", "DATE", "2015-03-02"), ("last week", "DATE", "2016-W37"), ("13 March", "DATE", "2015-03-13")]
    );
    // (REF is Thursday 22 September 2016.)
    // The small hours told in the sentence after a late hour on a day are the next day's.
    t!(
        small_hours_after_a_late_hour_the_sentence_before,
        "Polls closed at 10pm on Wednesday. The result was declared shortly after 3am.",
        REF,
        [("10pm on Wednesday", "TIME", "2016-09-21T22:00"), ("3am", "TIME", "2016-09-22T03:00")]
    );
    // A hedge does not hide a span's opener: both hours are Saturday's.
    t!(
        hedged_span_of_hours,
        "The worst of the wind will come between about 3am and 10am on Saturday.",
        REF,
        [("3am", "TIME", "2016-09-24T03:00"), ("10am on Saturday", "TIME", "2016-09-24T10:00")]
    );
    // A plural subject's verb after "for the …": a schedule, so ahead.
    t!(
        schedule_after_a_phrase_of_for,
        "Ticket sales for the gala open at 10am on Monday, via the website.",
        REF,
        [("10am on Monday", "TIME", "2016-09-26T10:00")]
    );
    // "likely" looks ahead, after "is" or beside the clause after "with".
    t!(
        likely_looks_ahead,
        "Rain is likely on Saturday. Gusts are expected on the coast, with the strongest winds likely \
         overnight into Sunday.",
        REF,
        [("Saturday", "DATE", "2016-09-24"), ("overnight", "TIME", "2016-09-22TNI"), ("Sunday", "DATE", "2016-09-25")]
    );
    // A bare weekday the sentence sets after "on a Tuesday" is some such day too.
    t!(
        weekday_beside_some_day,
        "If you turned up on a Tuesday with no money, by Friday you were at a loom.",
        REF,
        [("Tuesday", "DATE", "XXXX-WXX-2"), ("Friday", "DATE", "XXXX-WXX-5")]
    );
    // Hours in a sentence that opens with "Daily", and both ends of a span in a set's clause.
    t!(
        hours_of_every_day,
        "Daily events include a storytelling session for children at 11am. Buses will run every 20 \
         minutes between 8am and midnight.",
        REF,
        [
            ("Daily", "SET", "P1D"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("every 20 minutes", "SET", "PT20M"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("midnight", "TIME", "XXXX-XX-XXT24:00")
        ]
    );
    // Days a rule gives for every year.
    t!(
        days_of_any_year,
        "No trees may be felled between 1 March and 31 August in any year.",
        REF,
        [("1 March", "DATE", "XXXX-03-01"), ("31 August", "DATE", "XXXX-08-31")]
    );
    t!(rate_of_people, "The unit saw an average of 2,000 people a day.", REF, [("a day", "SET", "P1D")]);
    t!(quarters_in_a_row, "This is the third quarter in a row that the firm has beaten forecasts.", REF, []);
    t!(newspaper_named_daily, "He wrote to The Daily Courier's editor.", REF, []);
    t!(
        mothering_sunday,
        "The line closes on Mothering Sunday. We met on Mothering Sunday.",
        REF,
        [("Mothering Sunday", "DATE", "2017-03-26"), ("Mothering Sunday", "DATE", "2016-03-06")]
    );

    // "that year", "that night" after a day or an hour: the story's.
    t!(
        day_of_that_year_and_hour_of_that_night,
        "Ashcombe was charged in March 2015. He was arrested on 29 March that year. Fire broke out on \
         Tuesday. The order came at 9 p.m. that night.",
        REF,
        [
            ("March 2015", "DATE", "2015-03"),
            ("29 March", "DATE", "2015-03-29"),
            ("that year", "DATE", "2015"),
            ("Tuesday", "DATE", "2016-09-20"),
            ("9 p.m.", "TIME", "2016-09-20T21:00"),
            ("that night", "TIME", "2016-09-20TNI")
        ]
    );
    // A plan overtaken looks back as its clause does (REF is in September).
    t!(
        plan_overtaken,
        "Shortages would delay the launch, originally planned for the summer.",
        REF,
        [("the summer", "DATE", "2016-SU")]
    );
    // Days of no week in particular: the last of a run, anyone's.
    t!(
        days_of_no_week,
        "The doubles finals take place on the last Sunday. Why your Tuesday lie-in might matter.",
        REF,
        [("last Sunday", "DATE", "XXXX-WXX-7"), ("Tuesday", "DATE", "XXXX-WXX-2")]
    );
    // A service's hours, its "can" ten words back.
    t!(
        hours_of_a_hotline,
        "Residents can call the hotline on 0800 555 0142 between 8 a.m. and 10 p.m.",
        REF,
        [("8 a.m.", "TIME", "XXXX-XX-XXT08:00"), ("10 p.m.", "TIME", "XXXX-XX-XXT22:00")]
    );
    // A story told of an earlier year goes on in it: a month without a year after dates of
    // that year told in a row (REF is 22 September 2016).
    t!(
        story_year_goes_on_to_a_month,
        "On 1 March 2015, a Sunday, the two men left the pub. A week later detectives found a can. \
         Tests in April found prints on it. The following month a friend told police. She handed over \
         the message in August.",
        REF,
        [
            ("1 March 2015", "DATE", "2015-03-01"),
            ("Sunday", "DATE", "2015-03-01"),
            ("A week", "DURATION", "P1W"),
            ("April", "DATE", "2015-04"),
            ("The following month", "DATE", "2015-05"),
            ("August", "DATE", "2015-08")
        ]
    );
    // Not after one date in passing: "the 12 March 2015 fire" is background to this year's news.
    t!(
        one_past_date_is_no_story,
        "Two men charged over the 12 March 2015 fire were freed after a judge ruled in April.",
        REF,
        [("12 March 2015", "DATE", "2015-03-12"), ("April", "DATE", "2016-04")]
    );
    // Nor past the half year after the story's last day: the vote on 14 November 2015, then
    // a hearing "in July" is this year's.
    t!(
        story_year_ends_half_a_year_on,
        "A revised plan was filed in January 2015 and approved the following autumn. The vote was \
         on 14 November last year. A hearing took place in July.",
        REF,
        [
            ("January 2015", "DATE", "2015-01"),
            ("the following autumn", "DATE", "2015-FA"),
            ("14 November last year", "DATE", "2015-11-14"),
            ("July", "DATE", "2016-07")
        ]
    );
    // A day set beside a year or season just named is in it.
    t!(
        day_beside_its_year,
        "The strike ended in the spring of 1975, on 5 May. The ban was lifted in 1981, on 2 June.",
        REF,
        [
            ("the spring of 1975", "DATE", "1975-SP"),
            ("5 May", "DATE", "1975-05-05"),
            ("1981", "DATE", "1981"),
            ("2 June", "DATE", "1981-06-02")
        ]
    );
    // An anniversary on a weekday: the weekday nearest the reference, that many years back; it
    // opens a story of its year (REF is a Thursday: Monday the 19th, Sunday the 25th).
    t!(
        anniversary_on_a_weekday,
        "Fifty years ago on Monday, the miners walked out. By March the hall was serving meals, and \
         they marched on 22 March. Thirty years ago on Sunday the pit closed.",
        REF,
        [
            ("Fifty years ago on Monday", "DATE", "1966-09-19"),
            ("March", "DATE", "1967-03"),
            ("22 March", "DATE", "1967-03-22"),
            ("Thirty years ago on Sunday", "DATE", "1986-09-25")
        ]
    );
    t!(
        past_verb_and_its_listener_before_a_day,
        "They told us on Tuesday it would be fine. The launch is on track for 22:14 GMT on Saturday, \
         the agency said on Tuesday.",
        REF,
        [
            ("Tuesday", "DATE", "2016-09-20"),
            ("22:14 GMT on Saturday", "TIME", "2016-09-24T22:14"),
            ("Tuesday", "DATE", "2016-09-20"),
        ]
    );
    // A schedule told in the present: "gets under way", "follows at" (not "follows Tuesday's").
    t!(
        schedule_in_the_present_looks_ahead,
        "Practice gets under way on Friday. Final practice follows at 12.30pm on Saturday. The move \
         follows Tuesday's declaration.",
        REF,
        [
            ("Friday", "DATE", "2016-09-23"),
            ("12.30pm on Saturday", "TIME", "2016-09-24T12:30"),
            ("Tuesday", "DATE", "2016-09-20"),
        ]
    );
    // A day set beside another by a comma is the same day told again.
    t!(
        weekday_beside_its_date_is_that_date,
        "The series starts at Headingley next Monday, 3 October.",
        REF,
        [("next Monday", "DATE", "2016-10-03"), ("3 October", "DATE", "2016-10-03")]
    );
    t!(
        date_beside_a_count_of_days_is_its_day,
        "A councillor wrote on 14 June 1965; it was answered six weeks later, on July 26. An \
         inquiry opened the following January.",
        REF,
        [
            ("14 June 1965", "DATE", "1965-06-14"),
            ("six weeks", "DURATION", "P6W"),
            ("July 26", "DATE", "1965-07-26"),
            ("the following January", "DATE", "1966-01"),
        ]
    );
    t!(
        date_beside_a_holiday_takes_its_year,
        "A one-off test begins on Valentine's Day, 14 February.",
        REF,
        [("Valentine's Day", "DATE", "2017-02-14"), ("14 February", "DATE", "2017-02-14")]
    );
    // Plans whose future cue stands far back, past an aside, a tag or a long object.
    t!(
        plan_past_an_age_a_bracket_and_a_closing_tag,
        "The agency will begin offering a new respiratory syncytial virus (RSV) vaccine to adults \
         aged 75 and over from January 12, the ministry said.",
        REF,
        [("January 12", "DATE", "2017-01-12")]
    );
    t!(
        expected_set_off_by_commas_is_no_past,
        "Phase three, expected in March, will open the shots.",
        REF,
        [("March", "DATE", "2017-03")]
    );
    t!(
        clause_goes_on_past_a_tag_between_commas,
        "Further strikes could be called after Christmas, she added, possibly in the week of 9 January.",
        REF,
        [("Christmas", "DATE", "2016-12-25"), ("the week of 9 January", "DATE", "2017-W02")]
    );
    t!(
        start_ending_its_clause_lies_ahead_not_a_baseline,
        "Owners can check whether their vehicle is affected by entering their 17-digit vehicle \
         identification number on the company's website from Monday. Sales are up 4% from Monday.",
        REF,
        [("Monday", "DATE", "2016-09-26"), ("Monday", "DATE", "2016-09-19")]
    );
    // A quotation's "today" and "tomorrow" are told from the day its words were said, when
    // its tag names that day (told on Thursday 22 September).
    t!(
        quoted_tomorrow_from_the_day_said_after_a_colon,
        "The minister told reporters on Tuesday: \"We will publish the plan tomorrow.\"",
        REF,
        [("Tuesday", "DATE", "2016-09-20"), ("tomorrow", "DATE", "2016-09-21")]
    );
    t!(
        quoted_today_from_the_tag_after_it,
        "\"We expect a decision today,\" the spokesman said on Monday.",
        REF,
        [("today", "DATE", "2016-09-19"), ("Monday", "DATE", "2016-09-19")]
    );
    t!(
        quoted_yesterday_after_a_participle_tag,
        "Speaking on Monday, she said: \"Yesterday was the worst day of my life.\"",
        REF,
        [("Monday", "DATE", "2016-09-19"), ("Yesterday", "DATE", "2016-09-18")]
    );
    t!(
        quoted_week_from_a_day_of_the_last_week,
        "\"This week has been hard,\" she said last Friday. \"This week is easier,\" she said.",
        REF,
        [("This week", "DATE", "2016-W37"), ("last Friday", "DATE", "2016-09-16"), ("This week", "DATE", "2016-W38")]
    );
    t!(
        quoted_tonight_said_yesterday,
        "\"We go to the polls tonight,\" he said yesterday, across two sentences. \"It is \
         tomorrow,\" he told reporters at a briefing on Tuesday.",
        REF,
        [
            ("tonight", "TIME", "2016-09-21TNI"),
            ("yesterday", "DATE", "2016-09-21"),
            ("tomorrow", "DATE", "2016-09-21"),
            ("Tuesday", "DATE", "2016-09-20"),
        ]
    );
    t!(
        quoted_tomorrow_going_on_from_a_tagged_quotation,
        "\"We finished the asphalt two weeks early,\" she said on Monday. \"Tomorrow we run the checks.\"",
        REF,
        [("two weeks", "DURATION", "P2W"), ("Monday", "DATE", "2016-09-19"), ("Tomorrow", "DATE", "2016-09-20")]
    );
    // Not a day of another verb ("began"), nor one the words are said ahead of.
    t!(
        quoted_today_stays_when_the_day_is_not_the_sayings,
        "\"We will finish tomorrow,\" he said of the work that began on Monday. \"Today is the \
         day,\" she will tell the rally on Saturday.",
        REF,
        [
            ("tomorrow", "DATE", "2016-09-23"),
            ("Monday", "DATE", "2016-09-19"),
            ("Today", "DATE", "2016-09-22"),
            ("Saturday", "DATE", "2016-09-24"),
        ]
    );
    t!(
        condition_of_a_future_looks_ahead,
        "The union would suspend the strike if the company made \"a serious offer\" by Monday. The \
         union said it would have gone on strike if the company had cut pay by Monday.",
        REF,
        [("Monday", "DATE", "2016-09-26"), ("Monday", "DATE", "2016-09-19")]
    );
    t!(
        two_digit_clock_before_its_day,
        "Talks will resume, with a new cut-off of 18:00 on Friday. The score was 10:30 on aggregate.",
        REF,
        [("18:00 on Friday", "TIME", "2016-09-23T18:00")]
    );
    t!(
        model_year_is_no_date,
        "Police found a stolen 2019 Cadillac and his 1967 Mustang. In 1974 Ford pardoned Nixon.",
        REF,
        [("1974", "DATE", "1974")]
    );
    t!(
        ranked_weekdays_of_each_month,
        "The market is held every first and third Tuesday of the month, and the club meets on the \
         second and fourth Friday of each month.",
        REF,
        [
            ("every first and third Tuesday of the month", "SET", "XXXX-WXX-2"),
            ("the second and fourth Friday of each month", "SET", "P1M")
        ]
    );
    t!(
        weekday_as_the_subject_of_a_habit,
        "Sunday is the busiest day at the harbour. Tuesday is usually quiet. Friday is the deadline.",
        REF,
        [("Sunday", "SET", "XXXX-WXX-7"), ("Tuesday", "SET", "XXXX-WXX-2"), ("Friday", "DATE", "2016-09-23")]
    );
    t!(
        at_the_last_minute_is_no_time,
        "The government backed down at the last minute. In the last minute of the game, Osei scored.",
        REF,
        [("the last minute", "DURATION", "PT1M")]
    );
    t!(
        future_quarter_two_before_the_reference_is_next_years,
        "We expect a busier pipeline in the first quarter. Vantor will report third-quarter results on Nov. 5.",
        REF,
        [
            ("the first quarter", "DATE", "2017-Q1"),
            ("third-quarter", "DATE", "2016-Q3"),
            ("Nov. 5", "DATE", "2016-11-05")
        ]
    );
    t!(
        first_person_plans_look_ahead,
        "We intend to break ground in the spring, and we want to finish by March. She had a holiday booked for February.",
        REF,
        [("the spring", "DATE", "2017-SP"), ("March", "DATE", "2017-03"), ("February", "DATE", "2017-02")]
    );
    t!(
        clock_sentences_after_a_day_is_on_the_story_day,
        "Veltra reported results on Thursday. Its quarter ended on Aug. 31. Sales rose 8%. Costs fell. Margins \
         widened. The chief executive spoke to analysts at 9 a.m.",
        REF,
        [("Thursday", "DATE", "2016-09-22"), ("Aug. 31", "DATE", "2016-08-31"), ("9 a.m.", "TIME", "2016-09-22T09:00")]
    );
    t!(
        clock_times_keep_the_story_on_their_day,
        "Rescuers brought two climbers down on Tuesday. The pair had set off at 4 a.m. on Saturday. By 11:15 a.m. \
         they had reached the ridge. At about 2:30 p.m. the wind rose. Snow began to fall. One of them called for \
         help at 3:40 p.m.",
        REF,
        [
            ("Tuesday", "DATE", "2016-09-20"),
            ("4 a.m. on Saturday", "TIME", "2016-09-17T04:00"),
            ("11:15 a.m.", "TIME", "2016-09-17T11:15"),
            ("2:30 p.m.", "TIME", "2016-09-17T14:30"),
            ("3:40 p.m.", "TIME", "2016-09-17T15:40")
        ]
    );
    t!(
        clock_after_a_report_alone_is_on_its_day,
        "The coastguard said on Wednesday that a ferry had run aground. It struck a sandbar at 11 p.m.",
        REF,
        [("Wednesday", "DATE", "2016-09-21"), ("11 p.m.", "TIME", "2016-09-21T23:00")]
    );
    t!(
        overnight_before_the_latest_day_named,
        "Crews fought the fire on Tuesday that broke out late on Sunday night. Hundreds left their homes overnight.",
        REF,
        [
            ("Tuesday", "DATE", "2016-09-20"),
            ("Sunday night", "TIME", "2016-09-18TNI"),
            ("overnight", "TIME", "2016-09-19TNI")
        ]
    );
    t!(overnight_ahead, "The port will stay closed overnight.", REF, [("overnight", "TIME", "2016-09-22TNI")]);
    t!(
        overnight_after_a_night_named,
        "A fire broke out at the depot on Tuesday night. Residents were evacuated overnight.",
        REF,
        [("Tuesday night", "TIME", "2016-09-20TNI"), ("overnight", "TIME", "2016-09-20TNI")]
    );
    t!(
        overnight_after_a_night_and_its_small_hours,
        "A fire broke out on Monday night. Crews had it under control by 2am. Residents were evacuated overnight.",
        REF,
        [
            ("Monday night", "TIME", "2016-09-19TNI"),
            ("2am", "TIME", "2016-09-20T02:00"),
            ("overnight", "TIME", "2016-09-19TNI")
        ]
    );
    t!(overnight_as_suddenly, "She became famous almost overnight.", REF, []);
    t!(overnight_bag, "He packed an overnight bag.", REF, []);
    t!(one_day_as_someday, "She hopes she one day flies. One day, he said, it will end.", REF, []);
    t!(one_day_as_duration, "The strike lasted one day.", REF, [("one day", "DURATION", "P1D")]);
    t!(
        past_clause_weekday_after_reference,
        "Smoke was seen in the early hours of Friday.",
        REF,
        [("Friday", "DATE", "2016-09-16")]
    );
    t!(
        planned_weekday_after_reference,
        "Protesters planned a march on Friday.",
        REF,
        [("Friday", "DATE", "2016-09-23")]
    );
    t!(extended_deadline, "The agency extended its deadline until Friday.", REF, [("Friday", "DATE", "2016-09-23")]);
    t!(
        the_new_year_late_in_a_year,
        "The bill will be debated early in the new year.",
        Some("2025-11-24"),
        [("the new year", "DATE", "2026")]
    );
    t!(the_new_year_in_january, "Prices rose in the new year.", Some("2026-01-20"), [("the new year", "DATE", "2026")]);
    t!(
        the_new_year_in_september,
        "A date in the new year was more likely, he said.",
        Some("2024-09-26"),
        [("the new year", "DATE", "2025")]
    );
    t!(
        end_of_the_month_its_sentence_named,
        "Strikes are planned in December, including a rally at the end of the month.",
        REF,
        [("December", "DATE", "2016-12"), ("the end of the month", "DATE", "2016-12")]
    );
    t!(
        end_of_the_month_still_to_come,
        "He was arrested in August and will be sentenced at the end of the month.",
        REF,
        [("August", "DATE", "2016-08"), ("the end of the month", "DATE", "2016-09")]
    );
    t!(
        overnight_past_is_not_a_night_to_come,
        "Landfall is due late Friday. \"Leave tonight,\" she said. Officials opened 14 shelters overnight.",
        REF,
        [
            ("late Friday", "DATE", "2016-09-23"),
            ("tonight", "TIME", "2016-09-22TNI"),
            ("overnight", "TIME", "2016-09-21TNI")
        ]
    );
    t!(
        clock_naming_a_report,
        "The storm will hit on Friday. It was 300 miles away, according to the 5 a.m. advisory.",
        REF,
        [("Friday", "DATE", "2016-09-23"), ("5 a.m.", "TIME", "2016-09-22T05:00")]
    );
    t!(
        counted_from_a_season,
        "The hall opened in the spring of 2019 and was sold two years later.",
        REF,
        [("the spring of 2019", "DATE", "2019-SP"), ("two years", "DURATION", "P2Y")]
    );
    t!(
        month_after_end_of_year,
        "Sales recovered at the end of the year and into January.",
        Some("2025-02-20"),
        [("the end of the year", "DATE", "2024"), ("January", "DATE", "2025-01")]
    );
    t!(scheduled_match, "Porto play again on Wednesday.", REF, [("Wednesday", "DATE", "2016-09-28")]);
    t!(
        clock_on_last_day_after_a_year,
        "Porto won on Saturday, their first win since 2012. The match kicked off at 8:30 p.m.",
        REF,
        [("Saturday", "DATE", "2016-09-17"), ("2012", "DATE", "2012"), ("8:30 p.m.", "TIME", "2016-09-17T20:30")]
    );
    t!(
        set_as_past_participle,
        "The index is near the record set on Aug. 6.",
        Some("1998-02-06"),
        [("Aug. 6", "DATE", "1997-08-06")]
    );
    t!(set_for_is_future, "The vote is set for Aug. 6.", Some("1998-02-06"), [("Aug. 6", "DATE", "1998-08-06")]);
    t!(
        earlier_in_the_day,
        "The quake struck on March 3, 2015. Earlier in the day, a tremor was felt.",
        None,
        [("March 3, 2015", "DATE", "2015-03-03"), ("Earlier in the day", "DATE", "2015-03-03")]
    );
    t!(later_in_the_year, "The plant will reopen later in the year.", REF, [("later in the year", "DATE", "2016")]);
    t!(
        week_after_next,
        "They meet the week after next; the strike was the year before last.",
        REF,
        [("the week after next", "DATE", "2016-W40"), ("the year before last", "DATE", "2014")]
    );
    t!(
        week_from_a_weekday,
        "The union will strike a week from Friday.",
        REF,
        [("a week from Friday", "DATE", "2016-09-30")]
    );
    t!(weekday_week, "A deal could come on Tuesday week.", REF, [("Tuesday week", "DATE", "2016-10-04")]);
    t!(warned_of_coming_day, "Police warned of delays on Saturday.", REF, [("Saturday", "DATE", "2016-09-24")]);
    t!(vowed_on_a_day, "He vowed on Monday to fight on.", REF, [("Monday", "DATE", "2016-09-19")]);
    t!(due_over_weekend, "Jobs data are due over the weekend.", REF, [("the weekend", "DATE", "2016-W38-WE")]);
    t!(was_due_is_past, "The payment was due on Monday.", REF, [("Monday", "DATE", "2016-09-19")]);
    t!(
        month_before_same_form_past,
        "A typhoon in late August hurt retailers.",
        Some("2025-02-20"),
        [("late August", "DATE", "2024-08")]
    );
    t!(weekday_before_past_verb, "Judges on Friday rejected the plea.", REF, [("Friday", "DATE", "2016-09-16")]);
    t!(pushed_back_to_weekday, "The vote was pushed back to Tuesday.", REF, [("Tuesday", "DATE", "2016-09-27")]);
    t!(new_date_of, "The judge set a new date of Sept. 9.", Some("2024-04-13"), [("Sept. 9", "DATE", "2024-09-09")]);
    // The end of a span is never before its start.
    t!(
        span_end_after_its_start,
        "A tea auction opens on Monday and runs through Friday.",
        REF,
        [("Monday", "DATE", "2016-09-26"), ("Friday", "DATE", "2016-09-30")]
    );
    // A night told hour by hour stays on its day, paragraphs after the day was named, while the
    // clock runs on.
    t!(
        clock_times_running_on_through_a_night,
        "Crews pulled 21 sailors from the sea after two ships collided early Sunday, officials said Monday. \
         The ships collided shortly after 2 a.m. on Sunday. The coastguard received the first mayday call at \
         2:14 a.m. Within 20 minutes, two lifeboats had been launched. A helicopter was airborne soon after. \
         Winds were strong. By 3:30 a.m., the tanker was listing.",
        Some("2026-02-09"),
        [
            ("early Sunday", "DATE", "2026-02-08"),
            ("Monday", "DATE", "2026-02-09"),
            ("2 a.m. on Sunday", "TIME", "2026-02-08T02:00"),
            ("2:14 a.m.", "TIME", "2026-02-08T02:14"),
            ("20 minutes", "DURATION", "PT20M"),
            ("3:30 a.m.", "TIME", "2026-02-08T03:30")
        ]
    );
    t!(
        next_items_of_a_list,
        "Rates were held in November, December and in early February. Eclipses came in 1786, 1823 and 1860. \
         She spoke to May and April Jones.",
        Some("2016-03-01"),
        [
            ("November", "DATE", "2015-11"),
            ("December", "DATE", "2015-12"),
            ("early February", "DATE", "2016-02"),
            ("1786", "DATE", "1786"),
            ("1823", "DATE", "1823"),
            ("1860", "DATE", "1860")
        ]
    );
    t!(
        that_season_ending_a_clause,
        "The firm was founded in 2013. The owners sued the builder that spring, and settled that autumn. \
         Prices that fall, rise again.",
        None,
        [("2013", "DATE", "2013"), ("that spring", "DATE", "2013-SP"), ("that autumn", "DATE", "2013-FA")]
    );
    t!(
        relative_clause_keeps_its_own_past,
        "The seat, which fell vacant after the death of the sitting member in August, will be filled in a by-election.",
        Some("2025-10-09"),
        [("August", "DATE", "2025-08")]
    );
    t!(
        weekday_night_into_the_next_morning,
        "Wednesday night into Thursday morning is the period we fear most.",
        Some("2025-08-26"),
        [("Wednesday night", "TIME", "2025-08-27TNI"), ("Thursday morning", "TIME", "2025-08-28TMO")]
    );
    t!(
        weekday_span_without_from,
        "The show runs Tuesday to Sunday.",
        Some("2024-06-30"),
        [("Tuesday", "DATE", "2024-07-02"), ("Sunday", "DATE", "2024-07-07")]
    );
    t!(
        scheduled_span,
        "Schools close from Wednesday until Monday.",
        REF,
        [("Wednesday", "DATE", "2016-09-28"), ("Monday", "DATE", "2016-10-03")]
    );
    t!(
        span_end_long_after_its_start,
        "Traders bought shares from Sept. 14 to Thursday.",
        REF,
        [("Sept. 14", "DATE", "2016-09-14"), ("Thursday", "DATE", "2016-09-22")]
    );
    t!(
        weekday_of_named_week,
        "The ministers met on Tuesday last week and meet again on Friday next week.",
        REF,
        [("Tuesday last week", "DATE", "2016-09-13"), ("Friday next week", "DATE", "2016-09-30")]
    );
    t!(
        span_start_goes_back_a_week,
        "The show ran from Tuesday to Saturday last week.",
        REF,
        [("Tuesday", "DATE", "2016-09-13"), ("Saturday last week", "DATE", "2016-09-17")]
    );
    t!(due_to_is_future, "The report is due to be published on Friday.", REF, [("Friday", "DATE", "2016-09-23")]);
    t!(next_weekday, "The court sits again next Thursday.", REF, [("next Thursday", "DATE", "2016-09-29")]);
    t!(last_weekday, "Rebels attacked the base last Thursday.", REF, [("last Thursday", "DATE", "2016-09-15")]);
    // "this coming" and "this past" name the direction whatever the tense.
    t!(
        this_coming_weekday,
        "The fair opened, and it closes this coming Sunday.",
        REF,
        [("this coming Sunday", "DATE", "2016-09-25")]
    );
    t!(
        this_past_weekday,
        "Pickers began the harvest this past Monday.",
        REF,
        [("this past Monday", "DATE", "2016-09-19")]
    );
    t!(weekday_evening, "Crowds gathered on Thursday evening.", REF, [("Thursday evening", "TIME", "2016-09-22TEV")]);
    t!(weekday_without_reference, "Crowds gathered on Thursday.", None, [("Thursday", "DATE", "XXXX-WXX-4")]);
    t!(
        past_verb_beats_future_cue,
        "Ministers agreed on Tuesday that they will meet again.",
        REF,
        [("Tuesday", "DATE", "2016-09-20")]
    );
    t!(
        future_verb_far_before_a_verbless_stretch,
        "The open weekend will include free tours of the mill, and a lecture by the engineer Ruth Caine on Sunday afternoon.",
        REF,
        [("Sunday afternoon", "TIME", "2016-09-25TAF")]
    );
    t!(
        far_verb_not_taken_across_a_clause_boundary,
        "Tours of the mill will be open to visitors of all ages and from all towns; a lecture by Ruth Caine on Sunday afternoon.",
        REF,
        [("Sunday afternoon", "TIME", "2016-09-18TAF")]
    );
    t!(
        target_in_a_past_clause_looks_back,
        "Talks broke down just before Easter, and the deal was struck by the end of December.",
        REF,
        [("Easter", "DATE", "2016-03-27"), ("the end of December", "DATE", "2015-12")]
    );
    t!(
        expectation_with_object_looks_ahead,
        "Forecasters expect the storm to reach the coast by Saturday.",
        REF,
        [("Saturday", "DATE", "2016-09-24")]
    );
    t!(
        reported_expectation_with_object_looks_ahead,
        "The agency said crews expected the weather to turn cooler by Monday.",
        REF,
        [("Monday", "DATE", "2016-09-26")]
    );
    t!(
        past_expectation_told_as_fact_stays_past,
        "Crews had expected the weather to turn cooler on Monday.",
        REF,
        [("Monday", "DATE", "2016-09-19")]
    );

    // TIMES: clock times and parts of days, on the sentence's date or the reference date.
    t!(twenty_four_hour, "The polls close at 14:30 sharp.", REF, [("14:30", "TIME", "2016-09-22T14:30")]);
    t!(pm_time, "The blast came at 2:30 p.m. near the port.", REF, [("2:30 p.m.", "TIME", "2016-09-22T14:30")]);
    t!(glued_pm, "Doors open at 7pm for the vote.", REF, [("7pm", "TIME", "2016-09-22T19:00")]);
    t!(
        hour_in_the_morning,
        "The convoy left at 4 in the morning and came back at 6:30 in the evening.",
        REF,
        [("4 in the morning", "TIME", "2016-09-22T04:00"), ("6:30 in the evening", "TIME", "2016-09-22T18:30")]
    );
    t!(noon, "The vote ended at noon.", None, [("noon", "TIME", "XXXX-XX-XXT12:00")]);
    t!(
        time_on_weekday,
        "The raid began on Monday at 9 a.m. in the north.",
        REF,
        [("Monday", "DATE", "2016-09-19"), ("9 a.m.", "TIME", "2016-09-19T09:00"),]
    );
    t!(
        clock_on_last_day_named,
        "The quake hit on March 3, 2015. Rescuers arrived at 6 a.m. to dig.",
        REF,
        [("March 3, 2015", "DATE", "2015-03-03"), ("6 a.m.", "TIME", "2015-03-03T06:00")]
    );
    t!(
        previous_weekday,
        "Shares fell on Friday, down 4% from the previous Friday.",
        REF,
        [("Friday", "DATE", "2016-09-16"), ("the previous Friday", "DATE", "2016-09-09")]
    );
    t!(
        day_before_yesterday,
        "He left the day before yesterday.",
        REF,
        [("the day before yesterday", "DATE", "2016-09-20")]
    );
    t!(
        day_before_named_day,
        "The day before last Tuesday's vote, rebels fled; they returned the day after Christmas.",
        REF,
        [("The day before last Tuesday", "DATE", "2016-09-19"), ("the day after Christmas", "DATE", "2015-12-26")]
    );
    t!(day_before_an_event_is_no_date, "The day before the vote, rebels fled.", REF, []);
    t!(day_span_in_one_token, "Ministers meet on March 18-19 in Oslo.", REF, [("March 18-19", "DATE", "2017-03-18")]);
    t!(day_span_with_year, "Talks ran Oct. 9-11, 2015, in Paris.", None, [("Oct. 9-11, 2015", "DATE", "2015-10-09")]);
    t!(day_span_backwards_is_no_date, "The vote was March 19-18 in error.", REF, []);
    t!(
        years_with_era,
        "The town was founded in 44 BC and destroyed in AD 79; the arch dates from 1200 B.C.",
        None,
        [("44 BC", "DATE", "BC0044"), ("AD 79", "DATE", "0079"), ("1200 B.C.", "DATE", "BC1200")]
    );
    t!(century_bc, "Its walls date from the 1st century BC.", None, [("the 1st century BC", "DATE", "BC00")]);
    t!(ad_as_a_word, "The ad ran 30 times.", None, []);
    t!(
        year_span_in_one_token,
        "During the war years, 1939-1945, the mill closed.",
        None,
        [("1939-1945", "DATE", "1939")]
    );
    t!(short_year_span_before_noun, "The 2010-12 drought cut yields.", None, [("2010-12", "DATE", "2010")]);
    t!(year_and_month_is_no_span, "The file is dated 2010-12 in the log.", None, []);
    t!(week_of, "Talks resume the week of March 6.", Some("2017-02-24"), [("the week of March 6", "DATE", "2017-W10")]);
    // The nth week of a month is the ISO week holding the middle of its seven days.
    t!(
        second_week_of_month,
        "Exams are held in the second week of December.",
        REF,
        [("the second week of December", "DATE", "2016-W49")]
    );
    t!(
        last_week_of_month_with_year,
        "The last week of February 2016 was wet.",
        None,
        [("The last week of February 2016", "DATE", "2016-W08")]
    );
    t!(
        first_week_of_month_with_year,
        "Sales rose in the first week of March 2015.",
        None,
        [("the first week of March 2015", "DATE", "2015-W10")]
    );
    t!(
        first_week_alone_is_a_duration,
        "The first week was the hardest.",
        None,
        [("The first week", "DURATION", "P1W")]
    );
    t!(
        next_morning_and_that_night,
        "The quake struck on March 3, 2015. Rescuers arrived the next morning and left that night.",
        None,
        [
            ("March 3, 2015", "DATE", "2015-03-03"),
            ("the next morning", "TIME", "2015-03-04TMO"),
            ("that night", "TIME", "2015-03-04TNI")
        ]
    );
    t!(
        edge_of_the_day_on_a_weekday,
        "Burglars forced the door before dawn on Tuesday.",
        REF,
        [("dawn on Tuesday", "TIME", "2016-09-20TMO")]
    );
    t!(
        past_clock_not_on_a_day_to_come,
        "Burglars forced the door on Tuesday. The shop will reopen on Monday. A neighbour saw a van at 5:30 a.m.",
        REF,
        [
            ("Tuesday", "DATE", "2016-09-20"),
            ("Monday", "DATE", "2016-09-26"),
            ("5:30 a.m.", "TIME", "2016-09-20T05:30")
        ]
    );
    t!(
        future_clock_after_a_day_to_come,
        "The shop will reopen on Monday. Doors will open at 9 a.m.",
        REF,
        [("Monday", "DATE", "2016-09-26"), ("9 a.m.", "TIME", "2016-09-26T09:00")]
    );
    t!(
        urged_to_act_on_a_weekday,
        "The union urged members to walk out on Monday.",
        REF,
        [("Monday", "DATE", "2016-09-26")]
    );
    t!(
        voted_on_a_weekday_to_act,
        "The council voted on Monday to close the pool.",
        REF,
        [("Monday", "DATE", "2016-09-19")]
    );
    t!(
        weekday_of_every_month,
        "Board meetings are held on the second Monday of every month and are streamed.",
        REF,
        [("the second Monday of every month", "SET", "P1M")]
    );
    t!(rough_year, "The chapel was built around 1640 by monks.", REF, [("around 1640", "DATE", "1640")]);
    t!(rough_count_is_no_year, "About 2000 people marched.", REF, []);
    t!(
        adjective_ed_form_is_no_past,
        "Staff will get the first backdated payment this month and a bonus in December.",
        REF,
        [("this month", "DATE", "2016-09"), ("December", "DATE", "2016-12")]
    );
    t!(
        set_something_for_a_date,
        "The judge set sentencing for Nov. 4 and released the banker on bail.",
        REF,
        [("Nov. 4", "DATE", "2016-11-04")]
    );
    t!(
        future_in_the_next_clause_is_not_this_ones,
        "Divers went back to the wreck on Monday and will stay there for a week.",
        REF,
        [("Monday", "DATE", "2016-09-19"), ("a week", "DURATION", "P1W")]
    );
    t!(
        nth_weekday_of_a_month,
        "The marathon is run on the third Sunday of October, and the vote was on the last Friday in May 2015.",
        REF,
        [("the third Sunday of October", "DATE", "2016-10-16"), ("the last Friday in May 2015", "DATE", "2015-05-29")]
    );
    t!(
        nth_weekday_of_a_month_every_year,
        "The race is held on the third Sunday of October every year.",
        REF,
        [("the third Sunday of October every year", "SET", "P1Y")]
    );
    t!(
        oclock_yesterday_afternoon,
        "He had waited since 4 o'clock yesterday afternoon.",
        REF,
        [("4 o'clock yesterday afternoon", "TIME", "2016-09-21T16:00")]
    );
    t!(
        since_midnight,
        "Crews have rebooked 9,000 passengers since midnight.",
        REF,
        [("midnight", "TIME", "2016-09-22T00:00")]
    );
    t!(until_midnight, "Crews worked until midnight.", REF, [("midnight", "TIME", "2016-09-22T24:00")]);
    #[test]
    fn words_that_read_as_times() {
        // (name, text, what is found: text and value)
        type Case = (&'static str, &'static str, &'static [(&'static str, &'static str)]);
        let cases: &[Case] = &[
            ("at the latest moment", "The door is open until the last minute.", &[]),
            ("an event's name", "They revived the midnight walk.", &[]),
            ("a deadline", "Talks went past the midnight deadline.", &[("midnight", "2016-09-22T24:00")]),
            ("some day ahead", "She thought: one day that will be me.", &[("one day", "FUTURE_REF")]),
            ("a day's length", "The strike lasted one day.", &[("one day", "P1D")]),
            ("a day's count", "It closed for one day.", &[("one day", "P1D")]),
        ];
        for (name, text, expected) in cases {
            let found = run(text, REF);
            let got: Vec<(&str, &str)> = found.timexes.iter().map(|t| (t.span.text(text), t.value.as_str())).collect();
            assert_eq!(got, *expected, "{name}: {text:?}");
        }
    }

    t!(
        story_of_an_earlier_year_goes_on,
        "The dam broke at 6 a.m. on 24 April 1975. Crews dug for four days. The last body was found on 3 May. \
         A new dam will open on 12 October.",
        REF,
        [
            ("6 a.m. on 24 April 1975", "TIME", "1975-04-24T06:00"),
            ("four days", "DURATION", "P4D"),
            ("3 May", "DATE", "1975-05-03"),
            ("12 October", "DATE", "2016-10-12")
        ]
    );

    t!(
        that_morning_of_a_past_day,
        "A fire broke out on Monday. Three men must report to police on 3 October. Two firefighters were \
         discharged later that morning.",
        REF,
        [
            ("Monday", "DATE", "2016-09-19"),
            ("3 October", "DATE", "2016-10-03"),
            ("later that morning", "TIME", "2016-09-19TMO")
        ]
    );

    t!(
        small_hours_after_a_late_hour,
        "The walk will start at 11.30pm on 1 October and end shortly after 1am.",
        REF,
        [("11.30pm on 1 October", "TIME", "2016-10-01T23:30"), ("1am", "TIME", "2016-10-02T01:00")]
    );
    t!(
        some_weekday_morning,
        "For us it was a Thursday morning. It falls on the same day of the week as the flood did.",
        REF,
        [("Thursday morning", "TIME", "XXXX-WXX-4TMO")]
    );

    t!(
        timetable_hours_of_weekdays,
        "The first weekday departure will move from 5.52am to 5.45am. The last train leaves at 11.10pm.",
        REF,
        [
            ("5.52am", "TIME", "XXXX-XX-XXT05:52"),
            ("5.45am", "TIME", "XXXX-XX-XXT05:45"),
            ("11.10pm", "TIME", "2016-09-22T23:10")
        ]
    );

    #[test]
    fn what_years_later_counts_from() {
        // (name, text, the values)
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "not a year a state has lasted since",
                "In the summer of 1984 the pit still worked. Dale, who has lived here since 1969, recalls it. \
                 That winter, families burned furniture.",
                &["1984-SU", "1969", "1984-WI"],
            ),
            (
                "years on from a day are a year, and the story goes there",
                "The strike ended on 3 March 1985. The pit closed two years later, in the same year as three others.",
                &["1985-03-03", "P2Y", "1987"],
            ),
            (
                "not from a day named before a decade",
                "She was born on 9 March 1944 and moved south in the late 1960s. Two years later, a producer \
                 heard her.",
                &["1944-03-09", "196", "P2Y"],
            ),
        ];
        for (name, text, values) in cases {
            let found = run(text, REF);
            let got: Vec<&str> = found.timexes.iter().map(|t| t.value.as_str()).collect();
            assert_eq!(got, *values, "{name}: {text:?}");
        }
        let found = run("The strike ended on 3 March 1985. The pit closed two years later.", REF);
        assert_eq!(found.implied.iter().map(|(_, v)| v.as_str()).collect::<Vec<_>>(), ["1987"]);
        let found =
            run("She was born on 9 March 1944 and moved south in the late 1960s. Two years later, she sang.", REF);
        assert!(found.implied.is_empty(), "{:?}", found.implied);
    }

    t!(
        overnight_of_a_day_ahead,
        "Forecasters said snow would begin on Monday evening and fall most heavily overnight.",
        REF,
        [("Monday evening", "TIME", "2016-09-26TEV"), ("overnight", "TIME", "2016-09-26TNI")]
    );

    t!(
        hour_of_tonight_and_this_morning,
        "Buses will run every 20 minutes from 8pm tonight. The fault began at 9.40am this morning.",
        REF,
        [
            ("every 20 minutes", "SET", "PT20M"),
            ("8pm tonight", "TIME", "2016-09-22T20:00"),
            ("9.40am this morning", "TIME", "2016-09-22T09:40")
        ]
    );

    t!(
        season_of_two_years_after_since,
        "He has coached the side since 2011-12. The file is dated 2011-12.",
        REF,
        [("2011-12", "DATE", "2011")]
    );

    t!(
        small_hours_ahead_after_a_late_hour,
        "Counting began at 11:40 p.m. The returning officer expects a declaration some time after 3 a.m.",
        REF,
        [("11:40 p.m.", "TIME", "2016-09-22T23:40"), ("3 a.m.", "TIME", "2016-09-23T03:00")]
    );

    t!(
        past_season_not_in_a_later_year,
        "The changes, which apply from the 2017-18 school year, follow a consultation that ran through the summer.",
        REF,
        [("2017-18", "DATE", "2017"), ("the summer", "DATE", "2016-SU")]
    );

    t!(
        bank_holidays_of_england,
        "Trains will be busy over the August bank holiday. Work is planned for the early May bank holiday.",
        REF,
        [("August bank holiday", "DATE", "2017-08-28"), ("the early May bank holiday", "DATE", "2017-05-01")]
    );

    // Forms that look ahead under a past verb or a passive.
    #[test]
    fn ahead_under_a_past_or_passive() {
        // (name, text, the values in order)
        let cases: &[(&str, &str, &[&str])] = &[
            ("a warning not to", "\"Don't be fooled by the sunshine on Monday,\" she added.", &["2016-09-26"]),
            (
                "a gerund's clause",
                "Police urged drivers to check the roads before leaving home on Monday.",
                &["2016-09-26"],
            ),
            (
                "a plan after its noun",
                "Airlines waived fees for flights scheduled on Monday and Tuesday.",
                &["2016-09-26", "2016-09-27"],
            ),
            ("a plan told as past", "The flights were scheduled on Monday.", &["2016-09-19"]),
            ("a possessive weekday's service", "Monday's service begins at 11am.", &["2016-09-26", "2016-09-26T11:00"]),
            ("an instruction's deadline", "Shops had been told to clear the shelves by Monday.", &["2016-09-26"]),
            (
                "before a gerund",
                "They host Ashby on Monday night before travelling to Leigh on Saturday.",
                &["2016-09-26TNI", "2016-10-01"],
            ),
            (
                "a past before a gerund",
                "They beat Ashby on Monday before travelling to Leigh on Wednesday.",
                &["2016-09-19", "2016-09-21"],
            ),
            ("passive after can", "Tickets can be used on Monday instead.", &["2016-09-26"]),
            ("passive after could", "She said tickets could be used on Monday instead.", &["2016-09-26"]),
            ("could that places a past", "The car could be traced to a garage on Monday.", &["2016-09-19"]),
            (
                "would of a warning",
                "Drivers were warned that roads would be busiest on Monday evening.",
                &["2016-09-26TEV"],
            ),
            (
                "would of an estimate",
                "The RAC estimated that trips would be made between Friday and Monday.",
                &["2016-09-23", "2016-09-26"],
            ),
            (
                "an offer's deadline",
                "Kelly said the union had offered to talk at any time before Tuesday.",
                &["2016-09-27"],
            ),
            ("going and coming", "Then my husband and I are driving to Montana for the summer.", &["2017-SU"]),
            (
                "a plan set beside",
                "It announced a buyback, to be carried out between Nov. 10 and March 31.",
                &["2016-11-10", "2017-03-31"],
            ),
            (
                "a list from the reference day",
                "Tickets dated Thursday, Friday or Saturday were valid.",
                &["2016-09-22", "2016-09-23", "2016-09-24"],
            ),
            ("a list in the past", "Police made arrests on Monday and Tuesday.", &["2016-09-19", "2016-09-20"]),
            ("a court's listing", "A costs hearing has been listed for 3 October.", &["2016-10-03"]),
            ("as planned is no verb", "We will keep the final on Sunday, as planned.", &["2016-09-25"]),
            (
                "booked for a day",
                "Airlines had cancelled 400 flights in and out of Tampa for Monday and Tuesday.",
                &["2016-09-26", "2016-09-27"],
            ),
            ("the next of a series", "He is on bail until his next appearance on Monday.", &["2016-09-26"]),
            ("the next of a series told as past", "He made his next appearance on Monday.", &["2016-09-19"]),
            (
                "a with phrase takes its clause's tense",
                "The set will cost $99 and go on sale on Oct. 6, with pre-orders opening at 10 a.m. on Monday.",
                &["2016-10-06", "2016-09-26T10:00"],
            ),
            (
                "a with phrase in the past",
                "The fair opened on Sept. 9, with crowds queuing from 7 a.m. on Monday.",
                &["2016-09-09", "2016-09-19T07:00"],
            ),
            (
                "a weekday ending a span comes after its start",
                "Between 11 p.m. Friday and 4 a.m. Monday: landfall near the river mouth.",
                &["2016-09-23T23:00", "2016-09-26T04:00"],
            ),
            (
                "an adverb before expected to",
                "The Bank is widely expected to leave rates unchanged at 4.5 per cent on Monday.",
                &["2016-09-26"],
            ),
            ("an adverb before a passive in the past", "The plan was widely criticised on Monday.", &["2016-09-19"]),
            (
                "that weekday of the story",
                "She was last seen on Saturday, Sept. 10. On Monday, Sept. 12, police found her phone, which \
                 was last used at about 11:15 that Saturday night. \"Someone saw something on that Saturday,\" \
                 the chief said.",
                &["2016-09-10", "2016-09-12", "2016-09-10T23:15", "2016-09-10"],
            ),
            ("that as a clause is no weekday's", "He said that Saturday would decide it.", &["2016-09-24"]),
            (
                "the weekday of a story told of an earlier year, ahead or back",
                "The trial opened on Tuesday 14 October 2014. By that Friday jurors had 38 files. \"This is \
                 about trust,\" she told them on the Tuesday.",
                &["2014-10-14", "2014-10-17", "2014-10-14"],
            ),
            (
                "the weekday of the story, not of the report's day told since",
                "The fire began on the afternoon of Thursday, Sept. 8. By the time it was declared under control \
                 on Tuesday, it had burned 31,000 hectares. On the Saturday night, the village was evacuated.",
                &["2016-09-08", "2016-09-20", "2016-09-10TNI"],
            ),
            (
                "the weekday of that week",
                "The judge rejected it on 16 December 2014, and on the Friday of that week he sent the jury home.",
                &["2014-12-16", "2014-12-19"],
            ),
            (
                "the weekday still to come is no day of a story told before",
                "The committee agreed the changes on 15 September. Ticket holders for the Monday will be refunded.",
                &["2016-09-15", "2016-09-26"],
            ),
            (
                "the weekday as a noun's kind of day is no day of the story",
                "The trial opened on 14 October 2014. He said the Sunday improvements were overdue.",
                &["2014-10-14", "2016-09-18"],
            ),
            ("a passive of the present", "The memoir is published on Tuesday.", &["2016-09-27"]),
            (
                "weekdays in a sentence told in the present of be",
                "The forecast is highs of 31C on Tuesday, 34C on Wednesday and 35C on Thursday.",
                &["2016-09-27", "2016-09-28", "2016-09-29"],
            ),
            (
                "a list of amounts by day in a past clause",
                "Temperatures reached 31C on Saturday and 33C on Sunday.",
                &["2016-09-17", "2016-09-18"],
            ),
            (
                "a day opening the sentence before a schedule's verb",
                "On Sunday the elite women start at 9am.",
                &["2016-09-25", "2016-09-25T09:00"],
            ),
            ("a forecast's verb", "Tuesday evening brings thunderstorms.", &["2016-09-27TEV"]),
            ("a day opening the sentence before a past", "On Sunday the police closed the road.", &["2016-09-18"]),
            (
                "days heading a programme's lines",
                "Wednesday to Friday: She will lie in repose in the hall.\n\nSaturday: The funeral Mass begins at \
                 11am.\n\nMonday: The storm reached the coast.",
                &["2016-09-28", "2016-09-30", "2016-10-01", "2016-10-01T11:00", "2016-09-19"],
            ),
            (
                "that weekday is no new day of the story",
                "On Monday, Sept. 12, police found her phone, last used on that Saturday. The next day, divers searched.",
                &["2016-09-12", "2016-09-10", "2016-09-13"],
            ),
            (
                "a past perfect in a story of an earlier year",
                "On the night of 23 January 1867 the barque struck the reef. She had left Liverpool on 11 January. \
                 Only nine were alive the next day.",
                &["1867-01-23", "1867-01-11", "1867-01-24"],
            ),
            ("a plan's plain form", "Classmates plan to march to City Hall on Sunday evening.", &["2016-09-25TEV"]),
            ("a plan as a noun", "The plan to march on Sunday was dropped.", &["2016-09-18"]),
            ("what is available is ahead", "A backup window is available at the same time on Monday.", &["2016-09-26"]),
            (
                "a forecast's chance for a day (the day after is still read as past)",
                "Forecasters gave a 70% chance of good weather for Saturday's window, falling to 55% on Sunday.",
                &["2016-09-24", "2016-09-18"],
            ),
            (
                "as of a clock is the telling's day",
                "Airlines had cancelled 400 flights for Monday as of 9 a.m., a tracker said.",
                &["2016-09-26", "2016-09-22T09:00"],
            ),
        ];
        for (name, text, values) in cases {
            let found = run(text, REF);
            let got: Vec<&str> = found.timexes.iter().map(|t| t.value.as_str()).collect();
            assert_eq!(got, *values, "{name}: {text:?}");
        }
    }
    // The weekdays of an event to come whose days the story has dated (REF is Thursday
    // 2016-09-22).
    #[test]
    fn days_of_an_event_the_story_dated() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "a day of the event, not the one before",
                "The festival runs from Friday, Sept. 30 to Sunday, Oct. 2. The last act on Sunday is due to finish \
                 at 10.30pm.",
                &["2016-09-30", "2016-10-02", "2016-10-02", "2016-10-02T22:30"],
            ),
            (
                "a programme's header",
                "The festival runs from Friday, Sept. 30 to Sunday, Oct. 2.\n\nFriday: The gates open at noon.",
                &["2016-09-30", "2016-10-02", "2016-09-30", "2016-09-30T12:00"],
            ),
            (
                "a day between two the sentence dated",
                "The strike runs from Sunday, Sept. 25 until Thursday, Sept. 29. The company advised staff not to \
                 travel on Tuesday.",
                &["2016-09-25", "2016-09-29", "2016-09-27"],
            ),
            (
                "what a past clause booked for a day",
                "The fair opens on Saturday, Oct. 1. The singer, originally booked for Saturday, now closes it.",
                &["2016-10-01", "2016-10-01", "PRESENT_REF"],
            ),
            (
                "the week after, in an event of several days",
                "The festival runs from Friday, Sept. 30 to Sunday, Oct. 2. Saturday will be a party.",
                &["2016-09-30", "2016-10-02", "2016-10-01"],
            ),
            (
                "not what a plain past clause tells",
                "The fair opens on Wednesday, Sept. 28. The fire was first reported at 3pm on Wednesday.",
                &["2016-09-28", "2016-09-21T15:00"],
            ),
            (
                "not a day told by a past verb",
                "The fair opens on Wednesday, Sept. 28. Talks collapsed on Wednesday.",
                &["2016-09-28", "2016-09-21"],
            ),
            (
                "not the week after one day dated",
                "City hope to be ready for Saturday's home game. The cup tie is on Saturday, Oct. 1.",
                &["2016-09-24", "2016-10-01"],
            ),
            (
                "the weekday before or after the day named",
                "The race is on Sunday, Oct. 2. Roads close from 10pm on the Saturday before to allow barriers \
                 to be built, and reopen on the Monday after.",
                &["2016-10-02", "2016-10-02T22:00", "2016-10-01", "2016-10-03"],
            ),
            (
                "a week or a fortnight after the coming day of that name",
                "Town travel to Aldercombe a week on Tuesday, and the replay is a fortnight on Thursday.",
                &["2016-10-04", "2016-10-13"],
            ),
            (
                "a weekday of a habit: after 'every single', or 'a' before a verb",
                "She tells them every single Sunday that a drop of whisky on a Sunday does no harm.",
                &["XXXX-WXX-7", "XXXX-WXX-7"],
            ),
            (
                "time words inside a title's name, and not a date after 'on' before a name",
                "The Weekend Quiz returns, after the Harbour Lights Christmas Special and the Boxing Day Test. On \
                 Christmas Day Trump spoke.",
                &["2015-12-25"],
            ),
            (
                "a part of the day before the day it is of",
                "Services will not be back until mid-morning on Thursday, Sept. 29.",
                &["2016-09-29TMO", "2016-09-29"],
            ),
            (
                "not three weeks after",
                "Drivers will strike from Monday, Oct. 10 until Friday, Oct. 14. The union would call it off if an \
                 offer came by Friday.",
                &["2016-10-10", "2016-10-14", "2016-09-23"],
            ),
        ];
        for (name, text, values) in cases {
            let found = run(text, REF);
            let got: Vec<&str> = found.timexes.iter().map(|t| t.value.as_str()).collect();
            assert_eq!(got, *values, "{name}: {text:?}");
        }
    }
    // Weekdays heading their own lines, as in a week's listings (REF is Thursday 2016-09-22).
    #[test]
    fn weekday_headings_of_a_programme() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "each heading after the one before, and a day under it in its week",
                "THURSDAY\n\nQuiz Night, BBC One, 8pm\n\nMONDAY\n\nThe Frost Line, Channel 4, 9pm\n\nTUESDAY\n\n\
                 Inside the Kitchen, Tuesday, BBC Two, 8pm\n\nCall to take part before 5pm on Wednesday.",
                &[
                    "2016-09-22",
                    "2016-09-22T20:00",
                    "2016-09-26",
                    "2016-09-26T21:00",
                    "2016-09-27",
                    "2016-09-27",
                    "2016-09-27T20:00",
                    "2016-09-28T17:00",
                ],
            ),
            (
                "a week gone by keeps its days, and a past clause under them",
                "MONDAY\n\nThe storm reached the coast.\n\nTUESDAY\n\nThe ferries stopped on Monday.",
                &["2016-09-19", "2016-09-20", "2016-09-19"],
            ),
            (
                "labelled lines, from the day the story named, and a day told under them",
                "The race starts on Saturday.\n\nStage 1, Saturday: Nice - Menton, 168 km.\n\nStage 2, Sunday: Menton - \
                 Sospel.\n\nStage 3, Tuesday: Sospel - Turini.\n\nStages 4 and 5, on Wednesday and Thursday, go \
                 over the passes. The final stage on Saturday, Oct. 1, ends in Nice.",
                &["2016-09-24", "2016-09-24", "2016-09-25", "2016-09-27", "2016-09-28", "2016-09-29", "2016-10-01"],
            ),
            (
                "a forecast's lines without verbs, and days told under them in the week from the first",
                "Friday: Wet and windy, with gusts of 70mph on exposed coasts.\n\nSaturday: Showery and blustery.\n\n\
                 Monday: Frost could form.\n\nLater: Sunday looks dry. Gardeners should act before Saturday night.",
                &["2016-09-23", "2016-09-24", "2016-09-26", "2016-09-25", "2016-09-24TNI"],
            ),
            (
                "a weekday that is not alone on its line is no heading",
                "Monday was quiet.\n\nTuesday\n\nShe spoke on Friday.",
                &["2016-09-19", "2016-09-20", "2016-09-16"],
            ),
        ];
        for (name, text, values) in cases {
            let found = run(text, REF);
            let got: Vec<&str> = found.timexes.iter().map(|t| t.value.as_str()).collect();
            assert_eq!(got, *values, "{name}: {text:?}");
        }
    }
    // A live page's days: each heading's stamps, and what its entries tell from their day
    // (REF is Thursday 2016-09-22).
    #[test]
    fn live_page_with_day_headings() {
        let text = "Thursday 22 September 2016\n\n16:42 BST\nAbout 4,000 people are now gathered.\n\n09:20 BST\n\
                    Good morning.\n\nWednesday 21 September 2016\n\n22:47 BST\nWe are pausing our coverage for \
                    tonight. We will be back from 9am tomorrow.\n\n17:35 BST\nDrivers should avoid the area until \
                    at least 8pm.\n\n14:02 BST\nThe march has set off.";
        let found = run(text, REF);
        let got: Vec<&str> = found.timexes.iter().map(|t| t.value.as_str()).collect();
        assert_eq!(
            got,
            [
                "2016-09-22",
                "2016-09-22T16:42",
                "PRESENT_REF",
                "2016-09-22T09:20",
                "2016-09-21",
                "2016-09-21T22:47",
                "2016-09-21TNI",
                "2016-09-22T09:00",
                "2016-09-21T17:35",
                "2016-09-21T20:00",
                "2016-09-21T14:02"
            ]
        );
    }
    // A feature on a year long gone keeps to it: months told in the past perfect, seasons and
    // holidays (REF is Thursday 2016-09-22).
    #[test]
    fn a_year_gone_by_goes_on() {
        let text = "On the night of 4 March 1947, a blizzard swept across the Pennines. By daybreak on 5 March, \
                    drifts had buried the lane. The winter had already been hard. The government had cut supplies in \
                    February. The road was not reopened until the week before Easter.";
        let found = run(text, REF);
        let got: Vec<&str> = found.timexes.iter().map(|t| t.value.as_str()).collect();
        assert_eq!(got, ["1947-03-04", "1947-03-05TMO", "1947-03-05", "1947-WI", "1947-02", "1947-W14"]);
    }
    // A season announced months ahead: days without a year near those told with their
    // weekdays (REF is Thursday 2016-09-22).
    #[test]
    fn a_season_announced_ahead() {
        let text = "The play runs in the main house from 12 February to 5 April. Previews begin on Wednesday 15 \
                    February. When the theatre opened on 2 March, crowds queued.";
        let found = run(text, REF);
        let got: Vec<&str> = found.timexes.iter().map(|t| t.value.as_str()).collect();
        assert_eq!(got, ["2017-02-12", "2017-04-05", "2017-02-15", "2016-03-02"]);
    }
    // A live page's bare stamps alone on their lines are its entries' times; a bare hour inside
    // a sentence is not (REF is Thursday 2016-09-22).
    #[test]
    fn bare_stamps_alone_on_their_lines() {
        let text = "Wednesday 21 September 2016\n\n14:52\nThat is the last result for now.\n\n14:31\nLabour held \
                    Ashvale. The score was 14:31 in the end.";
        let found = run(text, REF);
        let got: Vec<&str> = found.timexes.iter().map(|t| t.value.as_str()).collect();
        assert_eq!(got, ["2016-09-21", "2016-09-21T14:52", "PRESENT_REF", "2016-09-21T14:31"]);
    }
    // Seasons, holidays and durations missed or split before (REF is Thursday 2016-09-22).
    #[test]
    fn seasons_holidays_and_durations_of_news() {
        // (name, text, the expressions found: span text, type, value)
        type Case = (&'static str, &'static str, &'static [(&'static str, &'static str, &'static str)]);
        let cases: &[Case] = &[
            (
                "a season after a move",
                "Traders think the bank could push the cut back to the summer.",
                &[("the summer", "DATE", "2017-SU")],
            ),
            (
                "a season's busiest period",
                "Strikes hit the busiest period of the summer.",
                &[("the summer", "DATE", "2016-SU")],
            ),
            (
                "a season before its clause's subject",
                "By the spring we expect a change.",
                &[("the spring", "DATE", "2017-SP")],
            ),
            ("a spring to walk to is water", "They walked to the spring to fetch water.", &[]),
            (
                "a span's month after its start",
                "Gates open from Christmas to January.",
                &[("Christmas", "DATE", "2016-12-25"), ("January", "DATE", "2017-01")],
            ),
            (
                "a finishing time in words",
                "He won in 2 hours 9 minutes 14 seconds.",
                &[("2 hours 9 minutes 14 seconds", "DURATION", "PT2H9M14S")],
            ),
            (
                "a duration then a count from an event",
                "It lasted two hours, 30 minutes after the blast.",
                &[("two hours", "DURATION", "PT2H"), ("30 minutes", "DURATION", "PT30M")],
            ),
        ];
        for (name, text, expected) in cases {
            let found = run(text, REF);
            let got: Vec<(&str, &str, &str)> =
                found.timexes.iter().map(|t| (t.span.text(text), t.kind.label(), t.value.as_str())).collect();
            assert_eq!(got, *expected, "{name}: {text:?}");
        }
    }

    t!(
        edge_of_a_day_counted_from_the_last,
        "The ship sank on 23 January 1867. By dawn the next day, only nine were alive. They left at dusk that day.",
        REF,
        [
            ("23 January 1867", "DATE", "1867-01-23"),
            ("dawn the next day", "TIME", "1867-01-24TMO"),
            ("dusk that day", "TIME", "1867-01-24TEV")
        ]
    );
    t!(
        some_weekdays_a_month,
        "People kept telling us one Sunday a month was not enough.",
        REF,
        [("Sunday a month", "SET", "XXXX-WXX-7")]
    );
    t!(
        weekday_naming_a_kind_of_thing,
        "The first Saturday market will be on Oct. 8. The first Saturday of the month is free.",
        REF,
        [("Oct. 8", "DATE", "2016-10-08"), ("The first Saturday of the month", "SET", "P1M")]
    );
    t!(
        clock_on_a_day_of_next_year,
        "A service will be held at 3pm on 23 January next year.",
        REF,
        [("3pm on 23 January next year", "TIME", "2017-01-23T15:00")]
    );
    t!(
        span_from_a_holiday_to_a_month,
        "The chapel opens between Easter and October.",
        Some("2017-03-01"),
        [("Easter", "DATE", "2017-04-16"), ("October", "DATE", "2017-10")]
    );
    t!(
        span_from_a_holiday_to_a_month_in_the_past,
        "The chapel opened between Easter and October.",
        Some("2017-03-01"),
        [("Easter", "DATE", "2016-03-27"), ("October", "DATE", "2016-10")]
    );
    t!(
        following_week_of_a_day_not_of_a_later_year,
        "Ministers will meet on Dec. 12 to set quotas for 2017. The meeting could slip to the following week.",
        REF,
        [("Dec. 12", "DATE", "2016-12-12"), ("2017", "DATE", "2017"), ("the following week", "DATE", "2016-W51")]
    );
    t!(
        hour_of_a_saying,
        "Police were called on Monday. \"Nothing good happens after 1 a.m.,\" the owner said.",
        REF,
        [("Monday", "DATE", "2016-09-19"), ("1 a.m.", "TIME", "XXXX-XX-XXT01:00")]
    );
    t!(
        hour_of_what_happened,
        "Police were called on Monday. Nothing happened after 1 a.m., the owner said.",
        REF,
        [("Monday", "DATE", "2016-09-19"), ("1 a.m.", "TIME", "2016-09-19T01:00")]
    );
    t!(
        ruled_out_up_to_a_month,
        "Leaders did not rule out a second stopgap running into January, and police ruled out foul play on Monday.",
        REF,
        [("January", "DATE", "2017-01"), ("Monday", "DATE", "2016-09-19")]
    );
    t!(
        midnight_starting_small_hours,
        "Police made two arrests early Thursday. They asked for videos taken between midnight and 3 a.m.",
        REF,
        [
            ("early Thursday", "DATE", "2016-09-22"),
            ("midnight", "TIME", "2016-09-22T00:00"),
            ("3 a.m.", "TIME", "2016-09-22T03:00")
        ]
    );
    t!(
        midnight_ending_an_evening_span,
        "The bar was open from 8 p.m. to midnight on Thursday.",
        REF,
        [("8 p.m.", "TIME", "2016-09-22T20:00"), ("midnight on Thursday", "TIME", "2016-09-22T24:00")]
    );
    #[test]
    fn bare_hour_starting_a_span() {
        // (name, text, the span's start as found)
        let cases = [
            ("afternoon from its end", "The talk runs from 6 to 7.30 p.m. on Friday.", Some("2016-09-23T18:00")),
            ("between, with minutes", "The road was shut between 2.15 and 4 p.m. today.", Some("2016-09-22T14:15")),
            ("morning", "The office opens from 9 to 11 a.m. on Saturday.", Some("2016-09-24T09:00")),
            ("across noon", "Lunch is served from 11 to 1 p.m. today.", Some("2016-09-22T11:00")),
            ("noon start", "Visits run from 12 to 2 p.m. today.", Some("2016-09-22T12:00")),
            ("a score is no time", "They won from 6 to 2 down on Friday.", None),
            ("an end with no half of the day", "The shop opens from 9 to 5 on Saturday.", None),
        ];
        for (name, text, start) in cases {
            let found = run(text, REF);
            let first = found.timexes.first().filter(|t| t.kind == TimexType::Time && t.span.text(text).len() <= 4);
            assert_eq!(first.map(|t| t.value.as_str()), start, "{name}: {text:?}");
        }
    }
    t!(
        expected_clock_is_ahead_of_the_report,
        "The cuts were added on Monday. A vote was expected shortly after midnight, aides said.",
        REF,
        [("Monday", "DATE", "2016-09-19"), ("midnight", "TIME", "2016-09-22T24:00")]
    );
    t!(
        expected_clock_without_a_report_stays_on_the_day,
        "The cuts were added on Monday. A vote was expected at 9 p.m. but was put off.",
        REF,
        [("Monday", "DATE", "2016-09-19"), ("9 p.m.", "TIME", "2016-09-19T21:00")]
    );
    t!(
        quarter_results_ahead_this_year,
        "The company will discuss fourth-quarter earnings in January.",
        REF,
        [("fourth-quarter", "DATE", "2016-Q4"), ("January", "DATE", "2017-01")]
    );
    t!(
        quarter_results_told_early_in_the_year,
        "The company will discuss fourth-quarter earnings on Feb. 12.",
        Some("2017-01-20"),
        [("fourth-quarter", "DATE", "2016-Q4"), ("Feb. 12", "DATE", "2017-02-12")]
    );
    t!(days_a_week, "The court sat four days a week.", REF, [("four days a week", "SET", "P1W")]);
    t!(
        open_on_weekdays_is_a_habit,
        "The office is open Monday through Friday.",
        REF,
        [("Monday", "SET", "XXXX-WXX-1"), ("Friday", "SET", "XXXX-WXX-5")]
    );
    t!(
        hotline_hours_in_a_named_zone,
        "Customers can call between 8 a.m. and 8 p.m. Eastern time, Monday through Friday.",
        REF,
        [
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("8 p.m. Eastern time", "TIME", "XXXX-XX-XXT20:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5")
        ]
    );
    t!(
        race_time_is_no_clock,
        "Wanjiru won in 2:21:07 and Tola was second in 2:22:40.",
        REF,
        // A finishing time is how long the race took.
        [("2:21:07", "DURATION", "PT2H21M7S"), ("2:22:40", "DURATION", "PT2H22M40S")]
    );
    t!(
        clock_with_seconds_after_at,
        "The alarm sounded at 14:30:05 on Monday.",
        REF,
        [("14:30:05 on Monday", "TIME", "2016-09-19T14:30")]
    );
    t!(
        day_and_month_next_year,
        "The finals take place from 9 to 16 August next year, and the draw on March 3 next year.",
        REF,
        [
            ("9", "DATE", "2017-08-09"),
            ("16 August next year", "DATE", "2017-08-16"),
            ("March 3 next year", "DATE", "2017-03-03")
        ]
    );
    t!(
        hours_of_weekdays,
        "Call the line between 9 a.m. and 5 p.m. on weekdays.",
        REF,
        [("9 a.m.", "TIME", "XXXX-XX-XXT09:00"), ("5 p.m.", "TIME", "XXXX-XX-XXT17:00")]
    );
    t!(
        superlative_far_before_a_span,
        "These are the most consistent results we have seen in a decade.",
        REF,
        [("a decade", "DURATION", "P10Y")]
    );
    // A live blog's stamps follow each other past midnight; a weekday told in an entry does
    // not move the next stamp.
    t!(
        blog_stamps_roll_over_midnight,
        "11.58pm: The candidate has arrived.\n\n00:30 — A recount was requested.\n\n1.10am: The chair was bullish on Wednesday.\n\n2.34am: Here is the result.",
        REF,
        [
            ("11.58pm", "TIME", "2016-09-22T23:58"),
            ("00:30", "TIME", "2016-09-23T00:30"),
            ("1.10am", "TIME", "2016-09-23T01:10"),
            ("Wednesday", "DATE", "2016-09-21"),
            ("2.34am", "TIME", "2016-09-23T02:34")
        ]
    );
    // A month counted from the last date named.
    t!(
        that_month_in_the_year_named_before,
        "In 2021 the board hired her. It called in auditors that November.",
        REF,
        [("2021", "DATE", "2021"), ("that November", "DATE", "2021-11")]
    );
    t!(
        that_as_conjunction_before_month,
        "He said that November was the worst month.",
        REF,
        [("November", "DATE", "2015-11")]
    );
    t!(
        following_month_after_a_year,
        "The launch is set for 2031. A second burn is planned for the following January.",
        REF,
        [("2031", "DATE", "2031"), ("the following January", "DATE", "2032-01")]
    );
    t!(
        previous_month_before_a_month,
        "The pact was signed in March 2019. The previous May, talks had collapsed.",
        REF,
        [("March 2019", "DATE", "2019-03"), ("The previous May", "DATE", "2018-05")]
    );
    t!(
        clock_before_its_day_in_the_phrase,
        "The papers were lodged eleven minutes before the 11pm cut-off on Monday night.",
        REF,
        [
            ("eleven minutes", "DURATION", "PT11M"),
            ("11pm", "TIME", "2016-09-19T23:00"),
            ("Monday night", "TIME", "2016-09-19TNI")
        ]
    );
    // A weekday set beside the day just named is that day.
    t!(
        weekday_beside_a_full_date,
        "The mill closed on 30 September 1977, a Friday. He left that afternoon.",
        REF,
        [
            ("30 September 1977", "DATE", "1977-09-30"),
            ("Friday", "DATE", "1977-09-30"),
            ("that afternoon", "TIME", "1977-09-30TAF")
        ]
    );
    t!(
        weekday_beside_a_counted_day,
        "Talks open on October 4. Aides will meet a day earlier, on Monday, in Geneva.",
        REF,
        [("October 4", "DATE", "2016-10-04"), ("a day", "DURATION", "P1D"), ("Monday", "DATE", "2016-10-03")]
    );
    t!(
        this_season_told_in_january,
        "Roads will be resurfaced this summer.",
        Some("2026-01-14"),
        [("this summer", "DATE", "2026-SU")]
    );
    t!(
        season_before_a_place,
        "A memorial is planned for the spring in London.",
        REF,
        [("the spring", "DATE", "2017-SP")]
    );
    t!(
        season_before_that,
        "Managers had warned in the spring that sales would slow.",
        REF,
        [("the spring", "DATE", "2016-SP")]
    );
    t!(fall_before_that_is_a_fall, "He died in the fall that broke his hip.", REF, []);
    t!(next_fiscal_year, "The city will cut spending next fiscal year.", REF, [("next fiscal year", "DATE", "2017")]);
    t!(
        end_of_the_calendar_year,
        "They must be hired by the end of the calendar year.",
        REF,
        [("the end of the calendar year", "DATE", "2016")]
    );
    t!(
        opening_date_before_a_long_subject,
        "But on Monday afternoon, a batch job run by a large customer every hour on the hour pushed the nodes past the limit.",
        REF,
        [("Monday afternoon", "TIME", "2016-09-19TAF"), ("every hour", "SET", "PT1H")]
    );
    t!(
        opening_date_before_a_plan,
        "On Tuesday, the National Council of Growers plans to hold a news conference to show an advertisement made last week.",
        REF,
        [("Tuesday", "DATE", "2016-09-27"), ("last week", "DATE", "2016-W37")]
    );
    t!(
        participle_before_by_dates_the_weekday,
        "Parents will face fines from next September, under plans announced by the minister on Tuesday.",
        REF,
        [("next September", "DATE", "2017-09"), ("Tuesday", "DATE", "2016-09-20")]
    );
    // The clause a weekday stands in sets its direction.
    t!(
        and_after_a_comma_ends_the_clause,
        "The plans were announced on Tuesday, and schools must comply.",
        REF,
        [("Tuesday", "DATE", "2016-09-20")]
    );
    t!(
        thing_pledged_on_a_weekday,
        "The EU pledged 5 million euros in aid on Tuesday, and Japan sent a team.",
        REF,
        [("Tuesday", "DATE", "2016-09-20")]
    );
    t!(
        pledged_to_act_on_a_weekday,
        "The union pledged to strike on Tuesday.",
        REF,
        [("Tuesday", "DATE", "2016-09-27")]
    );
    t!(
        start_just_declared,
        "Authorities have declared three days of mourning starting Saturday.",
        REF,
        [("three days", "DURATION", "P3D"), ("Saturday", "DATE", "2016-09-24")]
    );
    t!(
        start_told_in_the_past,
        "The strike ran for a week starting Monday.",
        REF,
        [("a week", "DURATION", "P1W"), ("Monday", "DATE", "2016-09-19")]
    );
    t!(
        plain_verb_after_can,
        "The rules must pass so that they can come into force on 1 March.",
        REF,
        [("1 March", "DATE", "2017-03-01")]
    );
    t!(
        weekday_as_subject,
        "Sunday closes with a singalong, led this year by a choir.",
        REF,
        [("Sunday", "DATE", "2016-09-25"), ("this year", "DATE", "2016")]
    );
    t!(
        expectation_with_a_long_object,
        "I expect the union and the rail firm to resume talks before the weekend.",
        REF,
        [("the weekend", "DATE", "2016-W38-WE")]
    );
    t!(
        hours_of_weekdays_after_a_closing_time,
        "Callers can ring from 8 a.m. to 8 p.m. Eastern time Monday through Friday.",
        REF,
        [
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("8 p.m. Eastern time Monday", "TIME", "XXXX-XX-XXT20:00"),
            ("Friday", "SET", "XXXX-WXX-5")
        ]
    );
    // A list of bare days takes the month and year of its last item.
    t!(
        list_of_days_before_the_month,
        "Drivers will strike on 3, 5 and 9 October.",
        REF,
        [("3", "DATE", "2016-10-03"), ("5", "DATE", "2016-10-05"), ("9 October", "DATE", "2016-10-09")]
    );
    t!(
        list_of_two_days_after_for,
        "Seats were held for 12 and 14 September 2017.",
        REF,
        [("12", "DATE", "2017-09-12"), ("14 September 2017", "DATE", "2017-09-14")]
    );
    t!(
        numbers_before_a_date_not_after_on_or_for,
        "Rooms 3, 5 and 9 October were let.",
        REF,
        [("9 October", "DATE", "2015-10-09")]
    );
    t!(
        range_of_days_after_for,
        "Tickets booked for 3 to 10 October will be refunded.",
        REF,
        [("3", "DATE", "2016-10-03"), ("10 October", "DATE", "2016-10-10")]
    );
    t!(
        weekend_of_a_day_span,
        "Unions called a strike for the weekend of 15-16 October.",
        REF,
        [("the weekend of 15-16 October", "DATE", "2016-W41-WE")]
    );
    t!(
        weekend_of_a_date,
        "The fair is on the weekend of October 1.",
        REF,
        [("the weekend of October 1", "DATE", "2016-W39-WE")]
    );
    // Told in the past with no date before it, "the next morning" is no day after the one the
    // text was written on.
    t!(
        next_morning_in_the_past_without_a_date,
        "A helicopter reached them the next morning. It took until the following afternoon to clear the road.",
        REF,
        [("the next morning", "TIME", "XXXX-XX-XXTMO"), ("the following afternoon", "TIME", "XXXX-XX-XXTAF")]
    );
    t!(
        next_morning_after_the_day_before,
        "The boat sank on Sept. 21. Rescuers arrived the next morning.",
        REF,
        [("Sept. 21", "DATE", "2016-09-21"), ("the next morning", "TIME", "2016-09-22TMO")]
    );
    t!(
        next_morning_ahead,
        "Rescuers will return the next morning.",
        REF,
        [("the next morning", "TIME", "2016-09-23TMO")]
    );
    t!(bare_clock_needs_cue, "The ratio was 3:30 overall.", REF, []);

    // DURATIONS
    t!(days, "The siege lasted two days.", None, [("two days", "DURATION", "P2D")]);
    t!(ten_years, "We have spent ten years on this.", None, [("ten years", "DURATION", "P10Y")]);
    t!(hours, "The warning came two hours late.", None, [("two hours", "DURATION", "PT2H")]);
    t!(
        fractional_compound,
        "He got a five-and-a-half-year sentence.",
        None,
        [("five-and-a-half-year", "DURATION", "P5Y6M")]
    );
    t!(decade_is_ten_years, "It took a decade to build.", None, [("a decade", "DURATION", "P10Y")]);
    t!(hundred_years, "The bridge stood for a hundred years.", None, [("a hundred years", "DURATION", "P100Y")]);
    t!(
        two_thousand_years,
        "The craft has lasted two thousand years.",
        None,
        [("two thousand years", "DURATION", "P2000Y")]
    );
    t!(vague_years, "Talks dragged on for several years.", None, [("several years", "DURATION", "PXY")]);
    t!(past_months, "Prices rose over the past three months.", REF, [("the past three months", "DURATION", "P3M")]);
    t!(
        two_word_number,
        "Stocks fell in the last twenty four hours.",
        REF,
        [("the last twenty four hours", "DURATION", "PT24H")]
    );
    t!(fraction_half, "The talks lasted 2 1/2 years.", None, [("2 1/2 years", "DURATION", "P2Y6M")]);
    t!(half_hours, "The flight took five and a half hours.", None, [("five and a half hours", "DURATION", "PT5H30M")]);
    t!(and_a_half, "The trial lasted a year and a half.", None, [("a year and a half", "DURATION", "P1Y6M")]);
    t!(hyphenated_hours, "Unions called a 24-hour strike.", None, [("24-hour", "DURATION", "PT24H")]);
    t!(bare_plural_unit, "The town has been empty for years.", None, [("years", "DURATION", "PXY")]);
    t!(more_weeks, "The strike may last two more weeks.", None, [("two more weeks", "DURATION", "P2W")]);
    t!(trading_days, "Shares fell for eight trading days.", None, [("eight trading days", "DURATION", "P8D")]);
    t!(additional_year, "The loan runs an additional year.", None, [("an additional year", "DURATION", "P1Y")]);
    t!(
        next_couple_of,
        "Rates rise over the next couple of years.",
        REF,
        [("the next couple of years", "DURATION", "P2Y")]
    );
    t!(several_year, "A several-year delay is likely.", None, [("several-year", "DURATION", "PXY")]);
    t!(quarter_of_the_market, "Funds hold more than a quarter of the market.", None, []);
    t!(quarter_century, "He ruled for a quarter of a century.", None, [("a quarter of a century", "DURATION", "P25Y")]);
    t!(
        halves_and_quarters_of_an_hour,
        "The ferry left a quarter of an hour late and the crossing took three quarters of an hour, then \
         half an hour more after a half-hour wait. The strike lasted half a day; the dispute, half a century.",
        None,
        [
            ("a quarter of an hour", "DURATION", "PT15M"),
            ("three quarters of an hour", "DURATION", "PT45M"),
            ("half an hour", "DURATION", "PT30M"),
            ("half-hour", "DURATION", "PT30M"),
            ("half a day", "DURATION", "PT12H"),
            ("half a century", "DURATION", "P50Y")
        ]
    );
    // "half the year" and "a quarter of the vote" are shares, not spans.
    t!(half_the_share, "Half the town voted, and a quarter of the vote went to her.", None, []);
    t!(fraction_quarters, "Three-quarters of the vote was counted.", None, []);
    t!(late_month_token, "The vote slipped to late-November.", REF, [("late-November", "DATE", "2016-11")]);
    t!(couple_of, "The plan needs a couple of years.", None, [("a couple of years", "DURATION", "P2Y")]);
    t!(the_past_week, "Fighting eased over the past week.", REF, [("the past week", "DURATION", "P1W")]);
    t!(the_past_year, "Hiring slowed over the past year.", REF, [("the past year", "DATE", "2015")]);
    t!(
        the_first_hours,
        "Looting spread in the first hours of the blackout.",
        REF,
        [("the first hours", "DURATION", "PTXH")]
    );

    // SETS
    t!(every_weekday, "The market opens every Monday.", None, [("every Monday", "SET", "XXXX-WXX-1")]);
    t!(
        plural_weekdays,
        "The club meets on Tuesdays, and buses leave on Friday and Saturday nights.",
        REF,
        [
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Friday", "SET", "XXXX-WXX-5TNI"),
            ("Saturday nights", "SET", "XXXX-WXX-6TNI")
        ]
    );
    t!(annually, "The prize is awarded annually.", None, [("annually", "SET", "P1Y")]);
    t!(every_year, "The river floods every year.", None, [("every year", "SET", "P1Y")]);
    t!(every_month_name, "Pilgrims arrive each August by bus.", None, [("each August", "SET", "XXXX-08")]);
    t!(every_two_years, "Elections are held every two years.", None, [("every two years", "SET", "P2Y")]);
    t!(daily_adverb, "The ferry runs daily.", None, [("daily", "SET", "P1D")]);
    t!(daily_newspaper, "He told the Gazeta Krakowska daily, and later a weekly, that he would go on.", None, []);
    t!(twice_a_year, "The board meets twice a year.", None, [("twice a year", "SET", "P1Y")]);
    t!(times_a_week, "Trains run three times a week.", None, [("three times a week", "SET", "P1W")]);
    t!(counted_with_a_word_between, "She plays about 300 serious games a year.", None, [("a year", "SET", "P1Y")]);
    t!(per_cent_a_year, "Pay rises 2.5 per cent a year.", None, [("a year", "SET", "P1Y")]);
    #[test]
    fn a_possessive_date_does_not_move_the_anchor() {
        let text =
            "In June, a woman was struck a mile from Friday's crash; that driver turned himself in three days later.";
        let found = run(text, Some("2026-10-11"));
        // Three days after some day in June: no day the text gives (it was Oct. 12).
        assert_eq!(found.implied, []);
        let text = "Friday's crash closed the road. The driver turned himself in three days later.";
        let found = run(text, Some("2026-10-11"));
        assert_eq!(found.implied, [(1, "2026-10-12".to_string())]);
    }
    t!(
        clock_on_a_weekday_and_date,
        "The helicopter lifted them off at 2:40 p.m. on Thursday, March 12, and the vote is at 10 a.m. on Friday, March 13, 2026.",
        Some("2026-03-22"),
        [
            ("2:40 p.m. on Thursday, March 12", "TIME", "2026-03-12T14:40"),
            ("10 a.m. on Friday, March 13, 2026", "TIME", "2026-03-13T10:00")
        ]
    );
    t!(
        next_decade_in_a_past_story_of_a_decade,
        "She trained there in the early 1950s and spent most of the next decade copying old pieces. The next decade will bring more.",
        Some("2026-11-01"),
        [("the early 1950s", "DATE", "195"), ("the next decade", "DATE", "196"), ("The next decade", "DATE", "203")]
    );
    t!(a_machine_speed_is_no_set, "The chip runs 15 million instructions per second.", None, []);
    t!(money_a_year, "The fund pays $5 million a year.", None, [("a year", "SET", "P1Y")]);
    t!(
        count_an_hour,
        "Volunteers counted 1,450 bikes an hour; tickets sold out within an hour.",
        None,
        [("an hour", "SET", "PT1H"), ("an hour", "DURATION", "PT1H")]
    );
    t!(money_a_year_earlier, "Profit was $5 million a year earlier.", REF, [("a year earlier", "DATE", "2015")]);
    t!(
        year_earlier_keeps_month,
        "Exporters got 108 shillings a dollar in September 2021, up from 99 a year earlier.",
        None,
        [("September 2021", "DATE", "2021-09"), ("a year earlier", "DATE", "2020-09")]
    );
    t!(
        year_earlier_keeps_day,
        "The index closed at 412 on March 3, 2015, against 380 a year earlier.",
        None,
        [("March 3, 2015", "DATE", "2015-03-03"), ("a year earlier", "DATE", "2014-03-03")]
    );
    t!(days_later_is_a_duration, "A few days later, talks resumed.", REF, [("A few days", "DURATION", "PXD")]);

    // REFERENCES: now, recently, the past, the future.
    t!(
        now_and_currently,
        "Now the town is calm, and shops are currently open.",
        None,
        [("Now", "DATE", "PRESENT_REF"), ("currently", "DATE", "PRESENT_REF"),]
    );
    t!(recently, "The rules were recently changed.", None, [("recently", "DATE", "PAST_REF")]);
    t!(
        unspecified_ahead_and_behind,
        "Losses will shrink in future years; in past years they grew, and in the months ahead they may vanish.",
        None,
        [
            ("future years", "DATE", "FUTURE_REF"),
            ("past years", "DATE", "PAST_REF"),
            ("the months ahead", "DURATION", "PXM")
        ]
    );
    t!(
        later_date,
        "The rest will be sold at a later date, as the firm said over the years.",
        None,
        [("a later date", "DATE", "FUTURE_REF"), ("the years", "DURATION", "PXY")]
    );
    t!(
        now_as_discourse_marker,
        "Now, the mayor said, the bridge is shut. \"Now, listen.\" It is shut now, and for now.",
        None,
        [("now", "DATE", "PRESENT_REF"), ("now", "DATE", "PRESENT_REF")]
    );
    t!(
        soon_ahead,
        "The mill will soon close, and the owners hope to reopen it as soon as possible.",
        None,
        [("soon", "DATE", "FUTURE_REF"), ("as soon as possible", "DATE", "FUTURE_REF")]
    );
    t!(
        soon_linked_or_past,
        "He was soon freed, and will call as soon as he lands, soon after noon.",
        None,
        [("noon", "TIME", "XXXX-XX-XXT12:00")]
    );
    t!(in_the_past, "Such floods were rare in the past.", None, [("the past", "DATE", "PAST_REF")]);
    t!(in_the_near_future, "A deal may come in the near future.", None, [("the near future", "DATE", "FUTURE_REF")]);
    t!(the_future, "Nobody knows what the future holds.", None, [("the future", "DATE", "FUTURE_REF")]);
    t!(future_of_a_thing, "Talks on the future of the plant stalled.", None, []);

    // QUARTERS (reference 2016-09-22, in Q3): numbered, unnumbered, compared with a year before.
    t!(latest_quarter, "Profit rose in the latest quarter.", REF, [("the latest quarter", "DATE", "2016-Q2")]);
    t!(
        the_quarter_is_the_last_named,
        "Sales grew in the third quarter. In the quarter, costs fell.",
        REF,
        [("the third quarter", "DATE", "2016-Q3"), ("the quarter", "DATE", "2016-Q3")]
    );
    t!(
        year_earlier_quarter,
        "Third-quarter profit fell from the year-earlier quarter.",
        REF,
        [("Third-quarter", "DATE", "2016-Q3"), ("the year-earlier quarter", "DATE", "2015-Q3")]
    );
    t!(
        a_year_ago_after_quarter,
        "Revenue in the second quarter rose 5% from a year ago.",
        REF,
        [("the second quarter", "DATE", "2016-Q2"), ("a year ago", "DATE", "2015-Q2")]
    );
    t!(
        year_earlier_quarter_after_the_reporting_day,
        "Second-quarter sales rose on Tuesday, up 9% from a year earlier.",
        REF,
        [
            ("Second-quarter", "DATE", "2016-Q2"),
            ("Tuesday", "DATE", "2016-09-20"),
            ("a year earlier", "DATE", "2015-Q2")
        ]
    );
    t!(
        year_earlier_day_a_month_back_is_not_the_reporting_day,
        "In the second quarter, ended Aug. 31, sales rose 9% from a year earlier.",
        REF,
        [
            ("the second quarter", "DATE", "2016-Q2"),
            ("Aug. 31", "DATE", "2016-08-31"),
            ("a year earlier", "DATE", "2015-08-31")
        ]
    );
    t!(
        year_earlier_adjective,
        "Second-quarter margins beat year-earlier levels.",
        REF,
        [("Second-quarter", "DATE", "2016-Q2"), ("year-earlier", "DATE", "2015-Q2")]
    );
    t!(
        current_quarter,
        "The firm expects growth in the current quarter.",
        REF,
        [("the current quarter", "DATE", "2016-Q3")]
    );
    t!(
        last_years_quarter,
        "Sales matched last year's fourth quarter.",
        REF,
        [("last year's fourth quarter", "DATE", "2015-Q4")]
    );
    t!(
        quarters_duration,
        "Orders fell over the past two quarters.",
        REF,
        [("the past two quarters", "DURATION", "P2Q")]
    );
    t!(
        year_earlier_months,
        "In the first nine months, net rose from the year-earlier nine months.",
        REF,
        [("the first nine months", "DURATION", "P9M"), ("the year-earlier nine months", "DURATION", "P9M")]
    );
    t!(
        period_after_months,
        "In the first nine months, net rose. In the year-earlier period, it fell.",
        REF,
        [("the first nine months", "DURATION", "P9M"), ("the year-earlier period", "DURATION", "P9M")]
    );
    t!(
        year_ago_adjective_counts_from_reference,
        "The plant opened in 2010. The year-ago results were restated.",
        REF,
        [("2010", "DATE", "2010"), ("year-ago", "DATE", "2015")]
    );
    t!(year_period, "Net income in the 2014 period was flat.", REF, [("the 2014 period", "DATE", "2014-Q2")]);
    t!(
        quarter_of_another_year_is_no_anchor,
        "Profit rose in the second quarter. Losses may last through the third quarter of 2017. In the \
         year-ago period, profit was flat; in the 2015 period it fell. The quarter was good.",
        REF,
        [
            ("the second quarter", "DATE", "2016-Q2"),
            ("the third quarter of 2017", "DATE", "2017-Q3"),
            ("the year-ago period", "DATE", "2015-Q2"),
            ("the 2015 period", "DATE", "2015-Q2"),
            ("The quarter", "DATE", "2016-Q2")
        ]
    );

    // SEASONS (reference 2016-09-22, in autumn).
    t!(last_fall, "Talks collapsed last fall.", REF, [("last fall", "DATE", "2015-FA")]);
    t!(last_fall_in_january, "Talks collapsed last fall.", Some("2017-01-10"), [("last fall", "DATE", "2016-FA")]);
    t!(this_summer, "Crops failed this summer.", REF, [("this summer", "DATE", "2016-SU")]);
    t!(next_spring, "The dam should open next spring.", REF, [("next spring", "DATE", "2017-SP")]);
    t!(winter_of_year, "Floods hit in the winter of 2010.", None, [("the winter of 2010", "DATE", "2010-WI")]);
    t!(
        spelled_decades,
        "By the nineteen-eighties the mill was silent; in the eighteen nineties it had employed 400.",
        None,
        [("the nineteen-eighties", "DATE", "198"), ("the eighteen nineties", "DATE", "189")]
    );
    t!(
        following_decade_after_a_decade,
        "By the 1980s the hall drew crowds, but numbers fell in the following decade.",
        REF,
        [("the 1980s", "DATE", "198"), ("the following decade", "DATE", "199")]
    );
    t!(
        previous_decade_after_a_year,
        "The hall opened in 1962. In the previous decade it was a grain store.",
        REF,
        [("1962", "DATE", "1962"), ("the previous decade", "DATE", "195")]
    );
    t!(
        over_the_following_decade_is_a_span,
        "The hall opened in 1962. Over the following decade it grew.",
        REF,
        [("1962", "DATE", "1962"), ("the following decade", "DURATION", "P10Y")]
    );
    t!(
        season_of_year_without_a_cue,
        "The opening slipped twice, first to the autumn of 2023 and then to the spring of 2024.",
        None,
        [("the autumn of 2023", "DATE", "2023-FA"), ("the spring of 2024", "DATE", "2024-SP")]
    );
    t!(season_of_something_is_not_a_date, "The fall of the regime came to the spring of hope.", None, []);
    t!(
        winter_of_spoken_year,
        "Ice closed the port in the winter of nineteen eighty-seven.",
        None,
        [("the winter of nineteen eighty-seven", "DATE", "1987-WI")]
    );
    t!(this_past_spring, "Rents rose this past spring.", REF, [("this past spring", "DATE", "2016-SP")]);

    // WEEKENDS: the last one in a past sentence (reference is a Thursday).
    t!(over_the_weekend, "Protesters gathered over the weekend.", REF, [("the weekend", "DATE", "2016-W37-WE")]);
    t!(this_weekend, "Voting ends this weekend.", REF, [("this weekend", "DATE", "2016-W38-WE")]);
    t!(
        this_coming_weekend,
        "Fans gathered to plan a march this coming weekend.",
        REF,
        [("this coming weekend", "DATE", "2016-W38-WE")]
    );
    t!(
        this_past_weekend,
        "Crowds filled the square this past weekend.",
        REF,
        [("this past weekend", "DATE", "2016-W37-WE")]
    );

    // CLOCK TIMES ON A DAY
    t!(clock_weekday, "The polls closed at 9 p.m. Tuesday.", REF, [("9 p.m. Tuesday", "TIME", "2016-09-20T21:00")]);
    t!(
        clock_zone_date,
        "Bids are due by 5 p.m. EST, Oct. 3.",
        REF,
        [("5 p.m. EST, Oct. 3", "TIME", "2016-10-03T17:00")]
    );
    t!(
        part_of_day_alone,
        "Rebels attacked on Monday. Shelling eased in the morning and stopped by mid afternoon.",
        REF,
        [
            ("Monday", "DATE", "2016-09-19"),
            ("the morning", "TIME", "2016-09-19TMO"),
            ("mid afternoon", "TIME", "2016-09-19TAF")
        ]
    );
    t!(part_of_day_habit, "She swims every day, mostly mornings, never at night.", REF, [("every day", "SET", "P1D")]);
    t!(noon_yesterday, "The ferry left at noon yesterday.", REF, [("noon yesterday", "TIME", "2016-09-21T12:00")]);
    t!(
        part_of_day_before_day_word,
        "Shares were up by mid-afternoon yesterday and fell at mid-morning today.",
        REF,
        [("mid-afternoon yesterday", "TIME", "2016-09-21TAF"), ("mid-morning today", "TIME", "2016-09-22TMO")]
    );

    // APPROXIMATE AMOUNTS: the qualifier is part of the extent.
    t!(nearly_years, "The siege lasted nearly two years.", None, [("nearly two years", "DURATION", "P2Y")]);
    t!(more_than_decade, "The ban ran for more than a decade.", None, [("more than a decade", "DURATION", "P10Y")]);
    t!(
        nearly_weeks_ago,
        "The ship sank nearly three weeks ago.",
        REF,
        [("nearly three weeks ago", "DATE", "2016-W35")]
    );
    t!(about_left_out, "The talks took about two days.", None, [("two days", "DURATION", "P2D")]);
    t!(at_least_days, "Inspectors need at least 30 days.", None, [("at least 30 days", "DURATION", "P30D")]);
    t!(around_date, "The vote is set for around Nov. 1, 2016.", None, [("around Nov. 1, 2016", "DATE", "2016-11-01")]);

    // YEARS without a preposition, "the year", fiscal years.
    t!(year_as_adjective, "A 1996 law banned the trade.", None, [("1996", "DATE", "1996")]);
    t!(
        year_list,
        "Profits grew in 1994, 1995 and 1997.",
        None,
        [("1994", "DATE", "1994"), ("1995", "DATE", "1995"), ("1997", "DATE", "1997")]
    );
    t!(fiscal_year, "Sales in fiscal 2015 fell.", None, [("fiscal 2015", "DATE", "2015")]);
    t!(
        fiscal_year_tokens,
        "Sales in FY2015 fell and will rise in FY17.",
        None,
        [("FY2015", "DATE", "2015"), ("FY17", "DATE", "2017")]
    );
    t!(fy_word_is_no_year, "The FYI note and FY123 code.", None, []);
    t!(spoken_year, "The farm was sold in nineteen ninety-six.", None, [("nineteen ninety-six", "DATE", "1996")]);
    t!(
        spoken_month_year,
        "It flooded in January nineteen ninety-seven.",
        None,
        [("January nineteen ninety-seven", "DATE", "1997-01")]
    );
    t!(two_thousand, "He spoke of the year two thousand.", None, [("the year two thousand", "DATE", "2000")]);
    t!(spoken_count_is_no_year, "Nineteen twenty people came.", None, []);

    // HOLIDAYS (reference 2016-09-22).
    t!(last_thanksgiving, "The family met last Thanksgiving.", REF, [("last Thanksgiving", "DATE", "2015-11-26")]);
    t!(christmas_day, "Shops close on Christmas Day.", REF, [("Christmas Day", "DATE", "2016-12-25")]);
    t!(
        more_fixed_feasts,
        "Shops will open late on Halloween and close on Boxing Day. Florists sold out on Valentine's Day.",
        REF,
        [
            ("Halloween", "DATE", "2016-10-31"),
            ("Boxing Day", "DATE", "2016-12-26"),
            ("Valentine's Day", "DATE", "2016-02-14")
        ]
    );
    t!(
        week_of_month_in_the_year_named_before,
        "It was the first ban since 2012, when a limit set in early August was lifted in the last week of October.",
        REF,
        [
            ("2012", "DATE", "2012"),
            ("early August", "DATE", "2012-08"),
            ("the last week of October", "DATE", "2012-W43")
        ]
    );
    t!(
        dotted_day_month_year,
        "The contract was signed on 4.3.2025 in Graz and filed on 04.03.2025; version 1.2.2025 is a number.",
        None,
        [("4.3.2025", "DATE", "2025-03-04"), ("04.03.2025", "DATE", "2025-03-04")]
    );
    t!(impossible_dotted_date, "The score was 31.2.2025 points.", None, []);
    t!(
        day_span_before_month,
        "The festival runs 12-15 June, and scored 12-15 points.",
        REF,
        [("12-15 June", "DATE", "2017-06-12")]
    );
    t!(
        day_just_ahead_after_a_past_verb_has_been,
        "The plant closed on October 4. Workers struck in November. Its offer was extended to October 14.",
        REF,
        [("October 4", "DATE", "2015-10-04"), ("November", "DATE", "2015-11"), ("October 14", "DATE", "2016-10-14")]
    );
    t!(
        present_passive_is_no_past_verb,
        "The deal, which is expected in October, was approved.",
        REF,
        [("October", "DATE", "2016-10")]
    );
    t!(
        overnight_on_a_named_day_is_that_day,
        "The water rose overnight on 12 March 1925.",
        REF,
        [("12 March 1925", "DATE", "1925-03-12")]
    );
    t!(
        anniversary_falls_on_a_coming_day,
        "The anniversary falls on Saturday.",
        REF,
        [("Saturday", "DATE", "2016-09-24")]
    );
    t!(
        coordinated_weekdays_point_the_same_way,
        "The airline said it expected to run about a third of its schedule on Monday and Tuesday.",
        REF,
        [("Monday", "DATE", "2016-09-26"), ("Tuesday", "DATE", "2016-09-27")]
    );
    t!(
        coordinated_weekdays_in_the_past,
        "Flights were cancelled on Monday and Tuesday.",
        REF,
        [("Monday", "DATE", "2016-09-19"), ("Tuesday", "DATE", "2016-09-20")]
    );
    t!(
        coordinated_weekday_after_a_scheduled_verb,
        "The leaders meet on Tuesday and Wednesday, the ministry said.",
        REF,
        [("Tuesday", "DATE", "2016-09-27"), ("Wednesday", "DATE", "2016-09-28")]
    );
    t!(
        scheduled_verb_with_adverb_and_phrase,
        "The two sides meet again in the league on Tuesday night. They met in the cup on Saturday.",
        REF,
        [("Tuesday night", "TIME", "2016-09-27TNI"), ("Saturday", "DATE", "2016-09-17")]
    );
    t!(
        opening_year_dates_a_day,
        "Last year's talks ran until Dec. 19. Under a plan approved in 2011 that set no limit, the firm bought shares through Sept. 9.",
        REF,
        [("Last year", "DATE", "2015"), ("Dec. 19", "DATE", "2015-12-19"), ("2011", "DATE", "2011"), ("Sept. 9", "DATE", "2016-09-09")]
    );
    t!(
        reported_present_is_not_the_saying,
        "He said fleets know where they stand in January. She said the plant closed in March.",
        Some("2025-12-02"),
        [("January", "DATE", "2026-01"), ("March", "DATE", "2025-03")]
    );
    t!(
        saying_with_its_own_day,
        "He told reporters on Tuesday that the talks had failed.",
        Some("2025-12-04"),
        [("Tuesday", "DATE", "2025-12-02")]
    );
    t!(
        half_of_a_fiscal_year,
        "Growth will slow in the second half of fiscal 2026.",
        REF,
        [("the second half of fiscal 2026", "DATE", "2026-H2")]
    );
    t!(
        first_or_final_day_is_a_day,
        "Lines were long on the final day. Over the last day the river rose.",
        REF,
        [("the final day", "DATE", "XXXX-XX-XX"), ("the last day", "DURATION", "P1D")]
    );
    t!(
        present_passive_expected,
        "Results are expected late Tuesday or early Wednesday. The verdict was expected Friday.",
        REF,
        [
            ("late Tuesday", "DATE", "2016-09-27"),
            ("early Wednesday", "DATE", "2016-09-28"),
            ("Friday", "DATE", "2016-09-16")
        ]
    );
    t!(
        expectation_of_a_thing,
        "The firm expects a small profit in March. It expects sales fell in August. It beat what it forecast in May.",
        REF,
        [("March", "DATE", "2017-03"), ("August", "DATE", "2016-08"), ("May", "DATE", "2016-05")]
    );
    t!(
        scheduled_verb_with_on_phrase,
        "Tickets go on sale on Monday. The fans queued on Tuesday.",
        REF,
        [("Monday", "DATE", "2016-09-26"), ("Tuesday", "DATE", "2016-09-20")]
    );
    t!(
        scheduled_return,
        "Holders Kelby, who lost in August, return to league action on Tuesday night.",
        REF,
        [("August", "DATE", "2016-08"), ("Tuesday night", "TIME", "2016-09-27TNI")]
    );
    t!(return_as_a_noun, "She filed a tax return on Tuesday.", REF, [("Tuesday", "DATE", "2016-09-20")]);
    t!(
        would_in_reported_speech_looks_ahead,
        "She said a team of 40 officers would deploy on Monday.",
        REF,
        [("Monday", "DATE", "2016-09-26")]
    );
    t!(
        would_before_a_possessive_date_does_not,
        "Lawyers said they would look for ways around Tuesday's ruling.",
        REF,
        [("Tuesday", "DATE", "2016-09-20")]
    );
    t!(
        verb_after_an_aside_is_the_main_verb,
        "The old bridge, closed for repairs, reopened to traffic in December.",
        REF,
        [("December", "DATE", "2015-12")]
    );
    t!(
        ordinal_before_a_span_looks_back,
        "It is Brennar's second recall in three years.",
        REF,
        [("three years", "DURATION", "P3Y")]
    );
    t!(
        month_after_the_only_date_of_a_history,
        "The dam broke on 3 November 1911. The inquest met in December. The following spring, the men struck.",
        None,
        [
            ("3 November 1911", "DATE", "1911-11-03"),
            ("December", "DATE", "1911-12"),
            ("The following spring", "DATE", "1912-SP")
        ]
    );
    t!(
        week_before_a_holiday_or_day,
        "The mission flies in the week before Christmas, and talks resume the week after 3 May.",
        REF,
        [("the week before Christmas", "DATE", "2016-W51"), ("the week after 3 May", "DATE", "2017-W19")]
    );
    t!(
        quarter_past_after_an_article_and_every_half_hour,
        "She was last seen after a quarter past four, and buses run every half hour.",
        REF,
        [("quarter past four", "TIME", "2016-09-22T04:15"), ("every half hour", "SET", "PT30M")]
    );
    t!(
        scheduled_verb_before_a_named_object,
        "Harbourside host Preston North End on Monday.",
        REF,
        [("Monday", "DATE", "2016-09-26")]
    );
    t!(month_before_the_noun_cut, "The market will start to doubt a March cut.", REF, [("March", "DATE", "2017-03")]);
    t!(month_after_a_superlative, "Sales fell in the warmest August on record.", REF, [("August", "DATE", "2016-08")]);
    t!(
        years_ago_to_the_day,
        "A year ago to the day, the firm raised its forecast.",
        REF,
        [("A year ago to the day", "DATE", "2015-09-22")]
    );
    t!(feast_in_a_past_clause_has_been, "Shops were busy on Boxing Day.", REF, [("Boxing Day", "DATE", "2015-12-26")]);
    t!(boxing_as_a_sport_is_no_feast, "The boxing day drew crowds.", REF, []);
    // The tokenizer splits "Year's" into "Year" "'s"; the holiday is still found.
    t!(new_years_eve, "The bridge closes on New Year's Eve.", REF, [("New Year's Eve", "DATE", "2016-12-31")]);
    t!(
        new_years_day_curly,
        "Fireworks lit the sky on New Year\u{2019}s Day.",
        REF,
        [("New Year\u{2019}s Day", "DATE", "2016-01-01")]
    );
    t!(
        since_the_new_year,
        "The ward has treated 14 children since the New Year.",
        REF,
        [("the New Year", "DATE", "2016-01-01")]
    );
    t!(over_the_new_year, "Shops will close over the New Year.", REF, [("the New Year", "DATE", "2017-01-01")]);
    t!(new_year_message_is_no_date, "The king gave his New Year message.", REF, []);
    t!(
        the_new_years_eve_party,
        "They met at the New Year's Eve party.",
        REF,
        [("New Year's Eve", "DATE", "2015-12-31")]
    );
    t!(christmas_market_is_no_date, "The Christmas market opens on Nov. 28.", REF, [("Nov. 28", "DATE", "2016-11-28")]);
    t!(
        christmas_holidays_date,
        "Trains were packed during the Christmas holidays.",
        REF,
        [("Christmas", "DATE", "2015-12-25")]
    );
    t!(
        planned_infinitive_before_a_past_main_verb,
        "He said wage talks due to conclude in mid-March looked likely to deliver rises.",
        Some("2027-01-19"),
        [("mid-March", "DATE", "2027-03")]
    );
    // An adverb and a participle after an article make an adjective, not the clause's past:
    // On a Sunday: the talks resume on the coming Thursday.
    t!(
        participle_after_an_adverb_is_no_past,
        "Talks are scheduled to resume with a provincially appointed mediator on Thursday. The newly \
         elected mayor was sworn in on Monday.",
        Some("2024-11-17"),
        [("Thursday", "DATE", "2024-11-21"), ("Monday", "DATE", "2024-11-11")]
    );
    t!(
        clock_by_in_a_past_clause,
        "The boat sank on Tuesday evening. All were taken ashore by 9.30pm. Tugs will arrive by 6pm.",
        Some("2026-08-05"),
        [
            ("Tuesday evening", "TIME", "2026-08-04TEV"),
            ("9.30pm", "TIME", "2026-08-04T21:30"),
            ("6pm", "TIME", "2026-08-05T18:00")
        ]
    );
    t!(
        clock_after_a_background_day,
        "Rates were held on Wednesday. Prices rose, the agency said last Thursday. Stocks rose by 3 p.m.",
        Some("2026-07-09"),
        [
            ("Wednesday", "DATE", "2026-07-08"),
            ("last Thursday", "DATE", "2026-07-02"),
            ("3 p.m.", "TIME", "2026-07-08T15:00")
        ]
    );
    t!(
        every_weekday_at_a_clock_time,
        "The group meets every Thursday at 10am at the library.",
        Some("2026-03-04"),
        [("every Thursday at 10am", "SET", "XXXX-WXX-4T10:00")]
    );
    t!(
        era_after_a_span_of_years,
        "The circle dates to between 3100 and 2900 BC; the hut to between 1200 and 1100, a later phase.",
        None,
        // Without an era the years stay AD (the second, after a year, is the next of a list).
        [("3100", "DATE", "BC3100"), ("2900 BC", "DATE", "BC2900"), ("1200", "DATE", "1200"), ("1100", "DATE", "1100")]
    );
    t!(
        abbreviated_weekdays,
        "Officials said Tues. that counting ended. A review opens on Thurs., Nov. 5, and ends on Sat. The Sun. paper and Wed. plans were not dates.",
        Some("2026-11-04"),
        [("Tues", "DATE", "2026-11-03"), ("Thurs., Nov. 5", "DATE", "2026-11-05"), ("Sat", "DATE", "2026-11-07")]
    );
    t!(
        suspended_until_a_weekday,
        "The operator said it had suspended all trips until Friday while the boat was inspected.",
        Some("2026-08-05"),
        [("Friday", "DATE", "2026-08-07")]
    );
    t!(
        capitalized_word_is_no_scheduled_verb,
        "People were rescued from a boat that ran aground off Skerra Head on Tuesday evening.",
        Some("2026-08-05"),
        [("Tuesday evening", "TIME", "2026-08-04TEV")]
    );
    t!(
        easter_holidays_date,
        "Nurses will visit every school before the Easter holidays.",
        Some("2027-01-22"),
        [("Easter", "DATE", "2027-03-28")]
    );
    t!(
        clock_span_takes_the_day_of_its_end,
        "Police want to hear from anyone there between 2 a.m. and 4 a.m. on Sunday.",
        REF,
        [("2 a.m.", "TIME", "2016-09-18T02:00"), ("4 a.m. on Sunday", "TIME", "2016-09-18T04:00")]
    );
    t!(holiday_with_its_year, "Sales rose at Christmas 2019.", REF, [("Christmas 2019", "DATE", "2019-12-25")]);
    t!(easter_with_its_year, "The shrine reopened at Easter 2021.", REF, [("Easter 2021", "DATE", "2021-04-04")]);
    t!(
        easter_weekend,
        "A full timetable will not return before the Easter weekend.",
        Some("2025-03-04"),
        [("Easter weekend", "DATE", "2025-W16-WE")]
    );
    t!(
        thanksgiving_weekend,
        "Traffic will be heavy over the Thanksgiving weekend.",
        REF,
        [("Thanksgiving weekend", "DATE", "2016-W47-WE")]
    );
    // Easter moves: 27 March in 2016.
    t!(
        easter_sunday_named,
        "Pilgrims filled the square on Easter Sunday.",
        REF,
        [("Easter Sunday", "DATE", "2016-03-27")]
    );
    t!(good_friday, "The talks broke down on Good Friday.", REF, [("Good Friday", "DATE", "2016-03-25")]);
    t!(easter_monday, "The ferries stopped on Easter Monday.", REF, [("Easter Monday", "DATE", "2016-03-28")]);
    t!(
        bare_easter_after_cue,
        "The family visited at Easter and again last Easter.",
        REF,
        [("Easter", "DATE", "2016-03-27"), ("last Easter", "DATE", "2016-03-27")]
    );
    t!(easter_island_is_a_place, "The survey ship reached Easter Island and the Easter Rising museum.", REF, []);
    // A future clause about a month already past this year means next year's (three months
    // back here); the same month stays this year's.
    t!(future_month_behind_reference, "Fares will rise again in June.", REF, [("June", "DATE", "2017-06")]);
    t!(future_month_same_as_reference, "Fares will rise again in September.", REF, [("September", "DATE", "2016-09")]);
    // Deadlines in a clause not in the past lie ahead (REF is Thursday 22 September 2016).
    t!(
        deadline_weekday,
        "Lawmakers have until midnight Monday to act.",
        REF,
        [("midnight Monday", "TIME", "2016-09-26T24:00")]
    );
    t!(deadline_month, "The cuts last until the end of March.", REF, [("the end of March", "DATE", "2017-03")]);
    t!(past_deadline_stays_past, "The strike lasted until March.", REF, [("March", "DATE", "2016-03")]);
    t!(
        weekday_before_two_nouns,
        "The surgery cut its Saturday flu clinics in 2024.",
        REF,
        [("Saturday", "SET", "XXXX-WXX-6"), ("2024", "DATE", "2024")]
    );
    t!(
        weekday_night_before_noun,
        "Tuesday night classes will resume.",
        REF,
        [("Tuesday night", "SET", "XXXX-WXX-2TNI")]
    );
    t!(
        weekday_after_on_before_two_nouns,
        "On Sunday church services were held outdoors.",
        REF,
        [("Sunday", "DATE", "2016-09-18")]
    );
    t!(
        clock_span_past_midnight,
        "Police closed the road from 11 p.m. Friday until 4 a.m.",
        REF,
        [("11 p.m. Friday", "TIME", "2016-09-16T23:00"), ("4 a.m.", "TIME", "2016-09-17T04:00")]
    );
    t!(
        clock_span_same_day,
        "The bridge will close between 9 p.m. Saturday and 11:30 p.m.",
        REF,
        [("9 p.m. Saturday", "TIME", "2016-09-24T21:00"), ("11:30 p.m.", "TIME", "2016-09-24T23:30")]
    );
    t!(passive_deadline, "The bill must be approved by Friday.", REF, [("Friday", "DATE", "2016-09-23")]);
    t!(
        passive_deadline_past,
        "The bill was approved by Friday, a day early.",
        REF,
        [("Friday", "DATE", "2016-09-16"), ("a day", "DURATION", "P1D")]
    );
    t!(
        the_year_in_apposition,
        "He took the wheel in 1991, the year the pier was rebuilt.",
        REF,
        [("1991", "DATE", "1991"), ("the year", "DATE", "1991")]
    );
    t!(
        following_weekend,
        "The rally is this Saturday and another one the following weekend.",
        REF,
        [("this Saturday", "DATE", "2016-09-24"), ("the following weekend", "DATE", "2016-W39-WE")]
    );
    // "this <weekday>" is that day of the reference's week (REF is Thursday 22 September).
    t!(
        this_weekday_in_reference_week,
        "The union plans a rally this Saturday; the last one was this Monday.",
        REF,
        [("this Saturday", "DATE", "2016-09-24"), ("this Monday", "DATE", "2016-09-19")]
    );
    // In a past clause a bare month takes the year named earlier in the sentence.
    t!(
        season_in_named_year,
        "Two decades ago, she said, the boats ran only in the summer.",
        REF,
        [("Two decades ago", "DATE", "1996"), ("the summer", "DATE", "1996-SU")]
    );
    t!(
        month_in_named_year,
        "In 2009 the firm moved to Lyon in March, and last year it closed in June.",
        REF,
        [
            ("2009", "DATE", "2009"),
            ("March", "DATE", "2009-03"),
            ("last year", "DATE", "2015"),
            ("June", "DATE", "2015-06")
        ]
    );
    #[test]
    fn month_not_in_past_clause_ignores_named_year() {
        // Not past: the month is read from the reference date (which year is the tense
        // rules' business), never from the year of the law's passing.
        let text = "The law, passed in 2009, takes effect in March.";
        let found = run(text, REF);
        let march = found.timexes.iter().find(|t| t.span.text(text) == "March").expect("March");
        assert!(!march.value.starts_with("2009"), "{}", march.value);
    }
    t!(
        forecast_to_is_future,
        "Temperatures are forecast to reach 44C on Saturday.",
        REF,
        [("Saturday", "DATE", "2016-09-24")]
    );
    // "polled by" is a passive participle, not the clause's past tense.
    t!(
        participle_before_by,
        "Economists polled by the paper expect a rate rise by spring.",
        REF,
        [("spring", "DATE", "2017-SP")]
    );
    // "set for" is a plan; "on" joins the clock time to its day.
    t!(
        set_for_clock_on_day,
        "The hearing is set for 10 a.m. on Monday.",
        REF,
        [("10 a.m. on Monday", "TIME", "2016-09-26T10:00")]
    );
    t!(
        every_other_weekday,
        "The market opens every other Tuesday.",
        REF,
        [("every other Tuesday", "SET", "XXXX-WXX-2")]
    );
    t!(
        half_of_next_year,
        "Output will fall in the first half of next year.",
        REF,
        [("the first half of next year", "DATE", "2017-H1")]
    );
    t!(
        half_of_this_year,
        "Output fell in the second half of this year.",
        REF,
        [("the second half of this year", "DATE", "2016-H2")]
    );

    #[test]
    fn easter_dates() {
        // Known Easter Sundays, including the earliest (22 March) and latest (25 April) possible.
        for (year, month, day) in [
            (1818, 3, 22),
            (1943, 4, 25),
            (2000, 4, 23),
            (2016, 3, 27),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2038, 4, 25),
        ] {
            assert_eq!(easter_sunday(year), Date::new(year, month, day).ok(), "{year}");
        }
    }
    t!(election_day, "Polls open on Election Day.", Some("2016-10-01"), [("Election Day", "DATE", "2016-11-08")]);
    t!(
        holidays_on_a_weekday_of_their_month,
        "Rides are free through Labor Day. Crowds came on Memorial Day. Schools shut for Presidents' Day.",
        Some("2025-08-17"),
        [
            ("Labor Day", "DATE", "2025-09-01"),
            ("Memorial Day", "DATE", "2025-05-26"),
            ("Presidents' Day", "DATE", "2025-02-17")
        ]
    );
    t!(
        holiday_of_a_weekday_without_a_year,
        "Rides are free through Labor Day.",
        None,
        [("Labor Day", "DATE", "XXXX-09-XX")]
    );
    t!(
        national_days,
        "Fireworks are planned for Canada Day, Bastille Day and Juneteenth.",
        Some("2025-03-01"),
        [
            ("Canada Day", "DATE", "2025-07-01"),
            ("Bastille Day", "DATE", "2025-07-14"),
            ("Juneteenth", "DATE", "2025-06-19")
        ]
    );
    t!(
        a_holidays_weekend_inside_a_sentence,
        "Traffic was heavy over the Labor Day weekend and the Boxing Day weekend.",
        Some("2025-09-17"),
        [("Labor Day weekend", "DATE", "2025-W35-WE"), ("Boxing Day weekend", "DATE", "2024-W52-WE")]
    );
    t!(holiday_needs_capital, "The election day was calm.", REF, []);
    // TITLES: time words capitalized inside a sentence name a programme or a film.
    t!(
        programme_titles,
        "She spoke on \"This Week\" and on NBC's \"Today\", then watched \"High Noon\" and \"48 Hours\".",
        REF,
        []
    );
    t!(title_case_at_sentence_start, "\"Today we vote,\" he said.", REF, [("Today", "DATE", "2016-09-22")]);
    t!(
        capital_after_a_colon_opens_a_clause,
        "The bill passed. She said: \"Today is a good day. In 2022 we were struggling.\"",
        REF,
        [("Today", "DATE", "2016-09-22"), ("2022", "DATE", "2022")]
    );
    t!(
        the_year_to_month,
        "Sales rose in the year to June.",
        REF,
        [("the year", "DURATION", "P1Y"), ("June", "DATE", "2016-06")]
    );
    t!(
        the_year_ended,
        "Profit for the year ended June 30 doubled.",
        REF,
        [("the year", "DURATION", "P1Y"), ("June 30", "DATE", "2016-06-30")]
    );
    t!(for_the_year, "For the year, profit was flat.", REF, [("the year", "DATE", "2016")]);
    // ORDINALS WITHIN A PERIOD, SEASONS BEFORE A PREPOSITION, QUARTERS, RATES, HABITS.
    t!(
        last_decade_of_a_century,
        "The coins were minted in the last decade of the fourth century BC.",
        REF,
        [("the fourth century BC", "DATE", "BC03")]
    );
    t!(last_decade_when, "That was the last decade when the town believed in itself.", REF, []);
    t!(
        season_before_a_preposition,
        "A concert is planned for the spring at the Konzerthaus.",
        REF,
        [("the spring", "DATE", "2017-SP")]
    );
    t!(
        quarters_compared,
        "Q4 will be a little softer than Q3. Audi Q3 sales rose.",
        REF,
        [("Q4", "DATE", "2016-Q4"), ("Q3", "DATE", "2016-Q3")]
    );
    t!(
        speeds_and_tablets,
        "Winds reached 90 kilometres an hour. Patients took a once-daily tablet.",
        REF,
        [("once-daily", "SET", "P1D")]
    );
    t!(hours_a_night, "Adults who sleep six hours a night face risks.", REF, [("six hours a night", "SET", "P1D")]);
    t!(weekday_habit, "There are concessions at Tuesday matinees.", REF, [("Tuesday", "SET", "XXXX-WXX-2")]);
    t!(
        called_for_a_day_ahead,
        "The union called a 24-hour strike for Wednesday. Crowds called for calm on Monday.",
        REF,
        [("24-hour", "DURATION", "PT24H"), ("Wednesday", "DATE", "2016-09-28"), ("Monday", "DATE", "2016-09-19")]
    );
    t!(
        span_start_not_after_its_end,
        "The 14-game match runs from November 29 to December 14.",
        Some("2016-12-03"),
        [("November 29", "DATE", "2016-11-29"), ("December 14", "DATE", "2016-12-14")]
    );
    t!(
        holiday_as_a_modifier_is_the_nearest,
        "The union said on Thursday it would strike, threatening Christmas travel plans.",
        Some("2016-11-24"),
        [("Thursday", "DATE", "2016-11-24"), ("Christmas", "DATE", "2016-12-25")]
    );
    t!(
        holiday_as_a_modifier_just_past,
        "Retailers reported weak Christmas sales.",
        Some("2017-01-20"),
        [("Christmas", "DATE", "2016-12-25")]
    );

    #[test]
    fn within_a_week_as_a_habit_points_nowhere() {
        let text = "Its minutes are published within a week. A ruling is expected within 90 days.";
        let found = run(text, REF);
        assert_eq!(found.implied, [(1, "2016-12-21".to_string())]);
    }

    // CLOCK TIMES: on the day the story has gone back to, past midnight, every day's.
    t!(
        clock_on_the_day_told_back_to,
        "A neighbor testified on Tuesday that she saw a truck speed away on March 3. She was letting her dog out at about 11 p.m.",
        REF,
        [("Tuesday", "DATE", "2016-09-20"), ("March 3", "DATE", "2016-03-03"), ("11 p.m.", "TIME", "2016-03-03T23:00")]
    );
    t!(
        clock_past_midnight,
        "The river rose all day Friday. Sirens sounded at 11 p.m., and police began going door to door shortly after 1 a.m. By dawn, crews had moved 4,000 people.",
        REF,
        [
            ("Friday", "DATE", "2016-09-16"),
            ("11 p.m.", "TIME", "2016-09-16T23:00"),
            ("1 a.m.", "TIME", "2016-09-17T01:00"),
            ("dawn", "TIME", "2016-09-17TMO")
        ]
    );
    t!(
        clock_past_midnight_after_a_named_night,
        "Rescuers worked on Monday night. The first miner reached the surface shortly before 1 a.m.",
        REF,
        [("Monday night", "TIME", "2016-09-19TNI"), ("1 a.m.", "TIME", "2016-09-20T01:00")]
    );
    t!(
        clock_early_without_a_late_one_before,
        "The river rose all day Friday. Police began going door to door shortly after 1 a.m.",
        REF,
        [("Friday", "DATE", "2016-09-16"), ("1 a.m.", "TIME", "2016-09-16T01:00")]
    );
    t!(
        each_sentence_hours,
        "The match opened on Friday. Each game starts at 3 p.m. local time.",
        REF,
        [("Friday", "DATE", "2016-09-16"), ("3 p.m. local time", "TIME", "XXXX-XX-XXT15:00")]
    );
    t!(
        every_weekdays_hours,
        "Lawns may be watered only on Tuesdays and Saturdays, between 8 p.m. and 6 a.m.",
        REF,
        [
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00")
        ]
    );
    t!(
        every_days_hours,
        "Farm work must stop between 2 p.m. and 7 p.m. each day. The park would close at 6 p.m. daily.",
        REF,
        [
            ("2 p.m.", "TIME", "XXXX-XX-XXT14:00"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("each day", "SET", "P1D"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("daily", "SET", "P1D")
        ]
    );

    // FORECASTS, CONDITIONS AND OPEN SPANS beside a past clause.
    t!(
        forecast_beside_the_clause,
        "Forecasters said the heat would stay, with the peak expected on Saturday.",
        REF,
        [("Saturday", "DATE", "2016-09-24")]
    );
    t!(
        participle_after_with_is_no_past,
        "Recruitment opens in March, with 1,500 people expected to take part.",
        REF,
        [("March", "DATE", "2017-03")]
    );
    t!(
        condition_has_its_own_tense,
        "The oil could reach the islands by Tuesday if winds continued.",
        REF,
        [("Tuesday", "DATE", "2016-09-27")]
    );
    t!(
        reported_would_far_from_the_date,
        "She said the fund would push for two new independent directors before the annual meeting in May.",
        REF,
        [("May", "DATE", "2017-05")]
    );
    t!(
        reported_would_not_a_possessive,
        "Relatives said they would look for ways around Wednesday's ruling.",
        REF,
        [("Wednesday", "DATE", "2016-09-21")]
    );
    t!(
        and_a_pronoun_opens_a_new_clause,
        "We got the report on Friday evening, and we are supposed to digest it by Tuesday.",
        REF,
        [("Friday evening", "TIME", "2016-09-16TEV"), ("Tuesday", "DATE", "2016-09-27")]
    );
    t!(
        warned_that_dates_the_warning,
        "The judge warned both sides on Wednesday afternoon that she would not tolerate delays. The union warned of strikes on Wednesday.",
        REF,
        [("Wednesday afternoon", "TIME", "2016-09-21TAF"), ("Wednesday", "DATE", "2016-09-28")]
    );
    t!(
        ahead_of_a_rival_is_no_plan,
        "Lindqvist finished just 212 votes ahead of his rival in Sunday's regional election. Shares rose ahead of Sunday's vote.",
        REF,
        [("Sunday", "DATE", "2016-09-18"), ("Sunday", "DATE", "2016-09-25")]
    );
    t!(
        reporting_tag_after_the_clause,
        "We must read it by Tuesday, she said. By Monday afternoon, officials said 197 people had been rescued.",
        REF,
        [("Tuesday", "DATE", "2016-09-27"), ("Monday afternoon", "TIME", "2016-09-19TAF")]
    );
    t!(
        cut_after_a_name_is_past,
        "The SNB cut its policy rate to zero in June. Markets expect a rate cut in July. The bank Must cut costs in May.",
        Some("2017-03-05"),
        [("June", "DATE", "2016-06"), ("July", "DATE", "2017-07"), ("May", "DATE", "2017-05")]
    );
    t!(
        infinitive_is_no_past,
        "The ruling clears the way for owner Meridale Group to shut the site by the end of June.",
        Some("2017-03-05"),
        [("the end of June", "DATE", "2017-06")]
    );
    t!(
        could_be_doing_looks_ahead,
        "\"We could be looking at early elections in the autumn,\" he said.",
        Some("2017-03-05"),
        [("the autumn", "DATE", "2017-FA")]
    );
    t!(
        open_span_end_nearer_ahead,
        "The weather service kept a warning in force until Saturday.",
        REF,
        [("Saturday", "DATE", "2016-09-24")]
    );
    t!(
        open_span_end_nearer_back,
        "The warning stayed in force until Tuesday.",
        REF,
        [("Tuesday", "DATE", "2016-09-20")]
    );
    t!(
        closed_span_end_stays_back,
        "Shares were bought from Sept. 14 to Monday.",
        REF,
        [("Sept. 14", "DATE", "2016-09-14"), ("Monday", "DATE", "2016-09-19")]
    );
    t!(
        un_adjective_no_past,
        "The split would be paid on a still unspecified date in January.",
        REF,
        [("January", "DATE", "2017-01")]
    );
    t!(un_verb_past, "Police unveiled the memorial in January.", REF, [("January", "DATE", "2016-01")]);
    t!(in_the_year, "Costs rose in the year.", REF, [("the year", "DATE", "2016")]);
    t!(the_whole_year, "Margins held over the whole year.", REF, [("the whole year", "DURATION", "P1Y")]);
    t!(the_full_year, "Sales in the full year should rise.", REF, [("the full year", "DATE", "2016")]);

    // PRESENT AND PAST AS ADJECTIVES
    t!(
        current_adjective,
        "The current crisis began in 2014.",
        None,
        [("current", "DATE", "PRESENT_REF"), ("2014", "DATE", "2014")]
    );
    t!(recent_years, "Prices fell in recent years.", None, [("recent years", "DATE", "PAST_REF")]);
    t!(recent_weeks, "Recent weeks brought rain.", None, [("Recent weeks", "DURATION", "PXW")]);

    // FALSE POSITIVES: numbers and names that are not time expressions.
    t!(count_not_year, "2012 people were hurt in the blast.", None, []);
    t!(count_after_preposition, "He won by 2000 votes.", None, []);
    t!(count_after_the, "The 2000 runners set off at dawn.", None, [("dawn", "TIME", "XXXX-XX-XXTMO")]);
    t!(name_may, "May said the plan was sound.", None, []);
    t!(verb_may, "Prices may rise again.", None, []);
    t!(name_march, "March organizers said nothing.", None, []);
    t!(version_number, "Install version 2.1.2019 first.", None, []);
    t!(url_path, "See http://x.com/2016/09/page for details.", None, []);
    t!(phone_number, "Call 555-2016 for tickets.", None, []);
    t!(score, "The home side won 3-2 in Lyon.", None, []);
    t!(ordinal_second, "A second round is planned.", None, []);
    t!(
        two_weekdays_after_every,
        "A steamer called every Tuesday and Friday.",
        REF,
        [("every Tuesday", "SET", "XXXX-WXX-2"), ("Friday", "SET", "XXXX-WXX-5")]
    );
    t!(rate_after_counted_noun, "The airline runs four flights a week.", None, [("a week", "SET", "P1W")]);
    t!(unit_before_a_is_no_rate, "He served 12 years a prisoner.", None, [("12 years", "DURATION", "P12Y")]);
    t!(adjective_daily, "Crowds joined the daily vigil outside.", None, [("daily", "SET", "P1D")]);
    t!(adjective_weekly, "She gave her weekly briefing early.", None, [("weekly", "SET", "P1W")]);
    t!(adjective_hourly, "Average hourly pay went up.", None, [("hourly", "SET", "PT1H")]);
    t!(pronoun_one, "One official said no.", None, []);
    t!(age_compound, "A 6-year-old boy was rescued.", None, []);
    t!(age_words, "The driver, 52 years old, was unhurt.", None, []);
    t!(money_year_like, "The bill came to $2016 in fees.", None, []);
    t!(approximate_count, "The hall has room for nearly 2000.", None, []);
    t!(fall_as_noun, "The fall in prices worried traders.", None, []);
    t!(fall_of_regime, "Looting spread after the fall of the regime.", None, []);
    t!(spring_as_noun, "Spring water is sold here.", None, []);
    t!(season_as_adjective, "Dams fill before the spring melt.", None, []);
    t!(weekend_as_adjective, "She runs a weekend market.", None, []);
    t!(
        season_of_a_year_span,
        "The strike, in the winter of 2016-2017, lasted 100 days.",
        REF,
        [("the winter of 2016-2017", "DATE", "2016-WI"), ("100 days", "DURATION", "P100D")]
    );
    t!(spring_as_subject_is_a_well, "The spring was dry.", None, []);
    t!(
        season_as_subject,
        "We said in July that the autumn would be hard.",
        REF,
        [("July", "DATE", "2016-07"), ("the autumn", "DATE", "2016-FA")]
    );
    t!(winter_as_subject_past, "The winter brought floods.", REF, [("The winter", "DATE", "2015-WI")]);

    // ROBUSTNESS: empty text, other scripts, numbers too big for the calendar.
    t!(empty, "", None, []);
    t!(only_spaces, "  \n\n ", REF, []);
    t!(emoji, "🎉 on Monday 👍🏽 2016", REF, [("Monday", "DATE", "2016-09-19"), ("2016", "DATE", "2016")]);
    t!(right_to_left, "قال الوزير يوم الخميس", REF, []);
    t!(huge_days_ago, "It happened 99999999999 days ago.", REF, []);
    t!(huge_duration_overflow, "It lasted 99999999999999999999999 years.", None, []);
    t!(huge_duration_fits, "It lasted 99999999999 years.", None, [("99999999999 years", "DURATION", "P99999999999Y")]);
    t!(huge_decades_overflow, "It lasted 9999999999999999999 decades.", None, []);
    t!(years_ago_past_calendar, "That was 20000 years ago.", REF, []);
    t!(
        years_ago_before_year_one,
        "Barley was grown here about 5,800 years ago, and wheat 2,016 years ago.",
        REF,
        [("5,800 years ago", "DATE", "BC3785"), ("2,016 years ago", "DATE", "BC0001")]
    );

    /// Every span is in bounds and on char boundaries, on every prefix of a mixed text.
    #[test]
    fn spans_on_char_boundaries_for_every_prefix() {
        let text = "BEIRUT, Sept. 22 (Reuters) - Ça a commencé le 3 mai 🎉 2016; مرحبا on Thursday \
                    evening, two-and-a-half-year 12:30 p.m. «mid-May» the 1990s every Monday 日本 2016-09-22T14:30";
        for (end, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let prefix = &text[..end];
            for reference in [None, REF] {
                let found = run(prefix, reference);
                for t in &found.timexes {
                    assert!(prefix.is_char_boundary(t.span.start) && prefix.is_char_boundary(t.span.end));
                    assert!(t.span.start < t.span.end && t.span.end <= prefix.len());
                }
            }
        }
    }

    // REFERENCE DATE: given, dateline, "Published" line, latest full date, none.
    fn reference_of(text: &str) -> (Option<String>, Option<&str>) {
        let found = run(text, None);
        let source = match found.reference.source {
            ReferenceSource::Inferred(span) => Some(span.text(text)),
            _ => None,
        };
        (found.reference.date.map(|d| d.to_string()), source)
    }

    #[test]
    fn reference_given_wins() {
        let found = run("VIENNA, March 15, 2024 - Talks ended.", REF);
        assert_eq!(found.reference.source, ReferenceSource::Given);
        assert_eq!(found.reference.date.unwrap().to_string(), "2016-09-22");
    }

    #[test]
    fn reference_from_dateline() {
        let text = "Flood talks end\n\nVIENNA, March 15, 2024 - Ministers agreed on Thursday.";
        assert_eq!(reference_of(text), (Some("2024-03-15".into()), Some("March 15, 2024")));
        let found = run(text, None);
        assert_eq!(found.timexes[1].value, "2024-03-14");
        assert_eq!(found.header.len(), 1);
        assert_eq!(found.header[0].text(text), "VIENNA, March 15, 2024 -");
    }

    #[test]
    fn reference_from_yearless_dateline_and_other_date() {
        let text = "BEIRUT, Sept. 22 (Reuters) - The truce agreed on Sept. 9, 2016 collapsed.";
        assert_eq!(reference_of(text), (Some("2016-09-22".into()), Some("Sept. 22")));
        assert_eq!(run(text, None).header[0].text(text), "BEIRUT, Sept. 22 (Reuters) -");
    }

    #[test]
    fn yearless_dateline_alone_gives_no_reference() {
        let text = "BEIRUT, Sept. 22 (Reuters) - The truce collapsed on Monday.";
        assert_eq!(reference_of(text), (None, None));
        let found = run(text, None);
        assert_eq!(found.timexes[1].value, "XXXX-WXX-1");
    }

    #[test]
    fn yearless_dateline_after_latest_date_crosses_year() {
        let text = "KABUL, Jan. 2 (AP) - The attack on Dec. 30, 2015 killed four.";
        assert_eq!(reference_of(text).0.as_deref(), Some("2016-01-02"));
    }

    #[test]
    fn yearless_dateline_before_a_date_ahead() {
        // The story's only full date is a deadline ten days on: the dateline is that year's.
        let text = "MANCHESTER, England, Jan. 22 (AFP) - The club raised its offer on Friday. The \
                    window closes at 11 p.m. on Monday, Feb. 1, 2027.";
        assert_eq!(reference_of(text), (Some("2027-01-22".into()), Some("Jan. 22")));
        // The latest date told in the past: the dateline closest after it, not a year on.
        let text = "SEATTLE, Oct 28 (Reuters) - Profit for the three months ended Sept. 30, 2025 rose.";
        assert_eq!(reference_of(text).0.as_deref(), Some("2025-10-28"));
        // A date told in the present is ahead too: the dateline comes before it.
        let text = "SEATTLE, Oct. 23 (Reuters) - The union's contract expires on July 1, 2027.";
        assert_eq!(reference_of(text).0.as_deref(), Some("2026-10-23"));
        // A year alone is no evidence.
        let text = "PASSAU, Germany, Sept. 6 (AP) - Crews worked overnight. \"This is not 2013,\" he said.";
        assert_eq!(reference_of(text), (None, None));
    }

    #[test]
    fn yearless_dateline_by_the_day_of_the_report() {
        // Feb. 21 was a Friday in 2025 (not 2024 or 2026): the year the story names it was told.
        let text = "SAN JOSE, Calif., Feb. 21 - Corvane will cut 1,900 jobs, the company said on Friday, \
                    in a plan to save $410 million a year by the end of 2025.";
        assert_eq!(reference_of(text), (Some("2025-02-21".into()), Some("Feb. 21")));
        // An event's day is no evidence: it may be the day before the report.
        let text = "NANTES, France, Jan. 9 (Reuters) - Thieves broke into a museum before dawn on Thursday. \
                    The museum reopened in 2019.";
        assert_eq!(reference_of(text), (None, None));
    }

    #[test]
    fn yearless_dateline_by_a_weekday_told_with_a_day() {
        // Oct. 10 was a Friday in 2025 (not in 2018-2020 or 2024-2027): the dateline is 2025's.
        let text = "ARDENNE, Oct 16 (Reuters) - Lawmakers on Thursday delayed the vote. A delegation said in a \
                    statement on Friday, Oct. 10, that delays were costly. The crisis began in 2019, and aid \
                    runs until June 2026.";
        assert_eq!(reference_of(text), (Some("2025-10-16".into()), Some("Oct 16")));
        // Two such days that no one year fits: no reference.
        let text = "ARDENNE, Oct 16 (Reuters) - A delegation said on Friday, Oct. 10, and again on Friday, \
                    Oct. 14, that delays were costly. The crisis began in 2019.";
        assert_eq!(reference_of(text), (None, None));
    }

    #[test]
    fn dateline_with_the_date_in_brackets() {
        let text = "LONDON (Sept. 28) - House prices fell 1.9 percent in the third quarter of 2023, figures \
                    published on Thursday showed.";
        assert_eq!(reference_of(text), (Some("2023-09-28".into()), Some("Sept. 28")));
        assert_eq!(run(text, None).header[0].text(text), "LONDON (Sept. 28) -");
    }

    #[test]
    fn day_numbers() {
        let d = |y, m, d| day_number(Date::new(y, m, d).unwrap());
        assert_eq!(d(1970, 1, 1), 0);
        assert_eq!(d(2000, 3, 1) - d(2000, 2, 28), 2, "a leap day");
        assert_eq!(d(2027, 1, 22) - d(2027, 2, 1), -10);
        assert_eq!(d(0, 1, 1), -719_528);
    }

    #[test]
    fn report_dated_by_weekday_and_day() {
        // No dateline and no full date: March 9 was a Monday in 2020 and 2026; 2025 is named.
        let text = "Cargo launch slips\n\nBy Priya Nandakumar\n\nOrbitane said on Monday, March 9, that it \
                    would delay the launch. It won the contract in 2025.";
        assert_eq!(reference_of(text), (Some("2026-03-09".into()), Some("Monday, March 9")));
        // Two years after the latest year named.
        let text = "Orbitane said on Monday, March 9, that it would delay the launch. It won the contract in 2024.";
        assert_eq!(reference_of(text), (Some("2026-03-09".into()), Some("Monday, March 9")));
        // No year named near such a Monday (2011 to 2014): no reference.
        let text = "Orbitane said on Monday, March 9, that it would delay the launch. It was founded in 2012.";
        assert_eq!(reference_of(text), (None, None));
    }

    #[test]
    fn byline_date_is_header() {
        let text = "Council passes budget\nBy Laura Kessler, Staff Writer | May 18, 2027\nThe council voted \
                    on Monday for a plan that runs through 2030.";
        assert_eq!(reference_of(text), (Some("2027-05-18".into()), Some("May 18, 2027")));
        let found = run(text, None);
        assert_eq!(found.header[0].text(text), "By Laura Kessler, Staff Writer | May 18, 2027");
        let text = "Heaters recalled\nOctober 21, 2026 | By Dana Whitfield\nThe firm said on Monday it would act.";
        assert_eq!(run(text, None).header[0].text(text), "October 21, 2026");
        // After a dash too.
        let text = "Storks\nWords by Elena Marchetti \u{2014} Published 2 April 2027\nThe birds set off in mid-August.";
        assert_eq!(run(text, None).header[0].text(text), "Published 2 April 2027");
    }

    #[test]
    fn later_year_ahead_keeps_the_latest_date() {
        // A year after the latest full date vetoes it only when told in the past (an obituary's
        // later years), not a plan's.
        let text = "SOFIA (AP) - The ministry said in a statement dated May 21, 2026, that the mound \
                    was guarded. The objects would go on display in 2027.";
        assert_eq!(reference_of(text).0.as_deref(), Some("2026-05-21"));
        let text = "Ada Lind was born on May 2, 1935. She won the prize in 1961 and retired in 2009.";
        assert_eq!(reference_of(text), (None, None));
    }

    #[test]
    fn reference_from_published_line() {
        let text = "Storm hits coast\nPublished: 22 September 2016\nThe storm struck on Tuesday.";
        assert_eq!(reference_of(text), (Some("2016-09-22".into()), Some("22 September 2016")));
        let found = run(text, None);
        assert_eq!(found.timexes.last().unwrap().value, "2016-09-20");
        assert_eq!(found.header[0].text(text), "Published: 22 September 2016");
    }

    #[test]
    fn published_then_updated_line() {
        let text = "Fees go up\nPublished: June 3, 2025\nUpdated: June 4, 2025\nThe council met on Monday.";
        let found = run(text, None);
        assert_eq!(reference_of(text), (Some("2025-06-03".into()), Some("June 3, 2025")));
        let header: Vec<&str> = found.header.iter().map(|h| h.text(text)).collect();
        assert_eq!(header, ["Published: June 3, 2025", "Updated: June 4, 2025"]);
    }

    #[test]
    fn reference_from_updated_line_with_time() {
        let text = "Updated 2016-09-22 14:30\nThe storm struck on Tuesday.";
        assert_eq!(reference_of(text).0.as_deref(), Some("2016-09-22"));
    }

    #[test]
    fn a_birth_date_is_no_date_of_writing() {
        let text = "Vera Lind died on Sunday. Born on May 2, 1935, she opened her studio in 1968 and retired in 2011.";
        let found = run(text, None);
        assert_eq!(found.reference.date, None);
        assert_eq!(found.timexes[0].value, "XXXX-WXX-7");
        // The latest full date, with no later year, still dates the story.
        let found = run("The plant closed in 1998 and reopened on May 2, 2001. It was sold on Monday.", None);
        assert_eq!(found.reference.date.map(|d| d.to_string()).as_deref(), Some("2001-05-02"));
    }

    #[test]
    fn updated_after_a_byline() {
        let text =
            "By Nora Lindqvist | Updated 9:42 a.m. ET, Sunday, October 11, 2026\n\nThe crash happened late Friday.";
        let found = run(text, None);
        let header: Vec<&str> = found.header.iter().map(|h| h.text(text)).collect();
        assert_eq!(header, ["Updated 9:42 a.m. ET, Sunday, October 11, 2026"]);
        assert_eq!(found.reference.date.map(|d| d.to_string()).as_deref(), Some("2026-10-11"));
        assert_eq!(found.timexes.last().unwrap().value, "2026-10-09");
    }

    #[test]
    fn published_line_with_clock_and_weekday() {
        let text = "Published 9:40 a.m. ET Saturday, April 13, 2024\n\nA judge on Friday delayed the trial.";
        let found = run(text, None);
        assert_eq!(found.reference.date.map(|d| d.to_string()).as_deref(), Some("2024-04-13"));
        assert_eq!(found.header[0].text(text), "Published 9:40 a.m. ET Saturday, April 13, 2024");
        assert_eq!(found.timexes.last().unwrap().value, "2024-04-12");
        let text = "Updated Tuesday, 11 November 2025, 18:05 GMT\n\nThe port closed on Monday.";
        let found = run(text, None);
        assert_eq!(found.header[0].text(text), "Updated Tuesday, 11 November 2025, 18:05 GMT");
        assert_eq!(found.timexes.last().unwrap().value, "2025-11-10");
    }

    #[test]
    fn date_line_alone_is_header() {
        for (text, line, monday) in [
            (
                "Wed 7 May 2025 09.15 BST\n\nThe council said on Monday it would act.",
                "Wed 7 May 2025 09.15 BST",
                "2025-05-05",
            ),
            (
                "Tuesday, 18 November 2025 | 14:20\n\nThe council said on Monday it would act.",
                "Tuesday, 18 November 2025 | 14:20",
                "2025-11-17",
            ),
        ] {
            let found = run(text, None);
            assert_eq!(found.header[0].text(text), line, "{text}");
            assert_eq!(found.timexes.last().unwrap().value, monday, "{text}");
        }
        // A sentence with words of its own is not a date line.
        let text = "Prices fell on 7 May 2025.\n\nThe council said on Monday it would act.";
        assert!(run(text, None).header.is_empty());
    }

    #[test]
    fn reference_from_latest_past_date() {
        let text = "The dam was approved on May 2, 2014. Work began on June 9, 2015. It will open on Jan. 1, 2030.";
        assert_eq!(reference_of(text), (Some("2015-06-09".into()), Some("June 9, 2015")));
    }

    #[test]
    fn no_reference() {
        assert_eq!(reference_of("Ministers met on Thursday in 1998."), (None, None));
        assert_eq!(run("", None).reference.source, ReferenceSource::None);
    }

    #[test]
    fn starters_sorted() {
        assert!(STARTERS.windows(2).all(|w| w[0] < w[1]));
        assert!(SCHEDULED_VERBS.windows(2).all(|w| w[0] < w[1]));
        assert!(POSTPONING.windows(2).all(|w| w[0] < w[1]));
        // Every unit word `unit_of` knows is a starter ("for years").
        for w in ["second", "days", "fortnight", "quarters", "decades", "centuries", "millennia"] {
            assert!(unit_of(w).is_some() && all_starters().contains(w), "{w}");
        }
    }

    #[test]
    fn digits_parse() {
        let cases: &[(&str, &str, Option<u64>)] = &[
            ("plain", "2016", Some(2016)),
            ("grouped", "1,500", Some(1500)),
            ("leading zero", "07", Some(7)),
            ("empty", "", None),
            ("commas only", ",,", None),
            ("suffix", "22nd", None),
            ("decimal", "3.5", None),
            ("sign", "+5", None),
            ("non-ascii digit", "\u{0663}", None),
            ("largest", "18446744073709551615", Some(u64::MAX)),
            ("overflow", "18446744073709551616", None),
        ];
        for &(name, s, expected) in cases {
            assert_eq!(parse_digits(s), expected, "{name}");
        }
    }

    /// Each rule looks at a bounded window, so a long text is scanned in linear time; this
    /// would take minutes if a rule rescanned the sentence or the text.
    #[test]
    fn long_text_is_fast() {
        let sentence = "On Monday, 22 September 2016, ministers met for two days and agreed to meet every year ";
        let text = sentence.repeat(5_000);
        let started = std::time::Instant::now();
        let found = run(&text, None);
        // "Monday, 22 September 2016" is one expression.
        assert_eq!(found.timexes.len(), 3 * 5_000);
        assert!(started.elapsed().as_secs() < 5);
    }
}
