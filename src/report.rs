//! What the page shows, computed from a text and its [`engine::Analysis`] in plain Rust.
//!
//! The Leptos components only turn these structs into elements, so everything that can go
//! wrong with user input (odd spans, odd dates, empty text) is handled and tested here.

use std::ops::Range;
use std::sync::Arc;

use engine::{Analysis, EntityType, Hemisphere, Precision, QuoteKind, ReferenceSource, Span};
use serde::{Deserialize, Serialize};

use crate::highlight::{self, slice};

/// What covers a piece of the article view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Mark {
    /// The sentence of a timeline event (index into [`Report::timeline`]'s `index`).
    Event(usize),
    /// A quote (index into `Analysis::quotes`).
    Quote(usize),
    /// A time expression (index into `Analysis::timexes`).
    Timex(usize),
    /// An entity mention (entity id).
    Entity(usize),
    /// The date words of a timeline event (index into `Analysis::timeline`).
    EventDate(usize),
}

/// A highlight: a byte span of the text and what covers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarkSpan {
    pub start: usize,
    pub end: usize,
    pub mark: Mark,
}

/// Everything the page shows about one text. It is built where the text is analysed (the page,
/// or the Web Worker for long texts, which sends it over as JSON); the article's pieces are cut
/// only for the paragraphs on screen ([`Report::pieces`]), so a long text costs little to show.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The analysed text (not sent by the worker: the page has it already).
    #[serde(skip)]
    pub text: Arc<str>,
    /// True when there is nothing but whitespace to analyse.
    pub empty: bool,
    /// Byte spans of the paragraphs (see [`highlight::paragraphs`]).
    pub paras: Vec<(usize, usize)>,
    /// Every highlight, for cutting paragraphs into pieces. The worker sends these apart, as
    /// a flat `Uint32Array` ([`Report::flat_marks`]): hundreds of thousands of them as JSON would
    /// cost the page a long parse.
    #[serde(skip)]
    pub marks: Vec<MarkSpan>,
    /// Tooltip of each time expression ("DATE 2024-03-15"), by index.
    pub timex_titles: Vec<String>,
    /// Position in `cards` of each entity id.
    pub by_id: Vec<usize>,
    /// Every entity type, with its number of mentions and of distinct entities.
    pub legend: Vec<LegendItem>,
    /// Number of time expressions highlighted.
    pub timex_count: usize,
    /// One card per entity, in order of first appearance (the page groups and sorts them).
    pub cards: Vec<EntityCard>,
    pub quotes: Vec<QuoteItem>,
    /// Timeline events in date order.
    pub timeline: Vec<EventItem>,
    pub reference: ReferenceInfo,
}

/// One flat piece of the article view; see [`highlight`] for why pieces are flat.
#[derive(Clone, Debug, PartialEq)]
pub struct ArticlePiece {
    pub text: String,
    /// `Some` when the piece is inside an entity mention: rendered as `<mark>`.
    pub entity: Option<EntityType>,
    /// Space-separated classes (`ent ent-person q end` …); empty for plain text.
    pub class: String,
    /// Tooltip: type and canonical name of the entity, the speaker of a quote, a date value.
    pub title: Option<String>,
    /// The short type label shown after the last piece of a mention.
    pub label: Option<&'static str>,
    /// Space-separated quote indices, for `[data-quote~="i"]` look-ups.
    pub quotes: Option<String>,
    /// Space-separated event indices, for `[data-event~="i"]` look-ups.
    pub events: Option<String>,
    /// Event indices whose date words these are (hovering them points at the event).
    pub event_dates: Option<String>,
    /// The innermost entity mention covering the piece (entity id), for `[data-ent="id"]`.
    pub ent: Option<usize>,
}

impl ArticlePiece {
    /// Whether the piece needs an element at all (else it is a bare text node).
    pub fn is_plain(&self) -> bool {
        self.class.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LegendItem {
    #[serde(with = "labels::kind")]
    pub kind: EntityType,
    pub mentions: usize,
    pub entities: usize,
}

/// One person, organization, place… with what the text says about it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityCard {
    /// The entity id, as in the article's `data-ent`.
    pub id: usize,
    pub name: String,
    #[serde(with = "labels::kind")]
    pub kind: EntityType,
    /// The distinct ways the text names it, other than the canonical name, in text order.
    pub aliases: Vec<String>,
    pub mentions: usize,
    /// Quotes attributed to it.
    pub quotes: usize,
    /// Byte offset of its first mention (to sort by first appearance).
    pub first: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteItem {
    /// Index into `Analysis::quotes`, as used by the article's `data-quote`.
    pub index: usize,
    pub text: String,
    pub speaker: Option<String>,
    #[serde(with = "labels::opt_kind")]
    pub speaker_type: Option<EntityType>,
    /// The entity the speaker resolves to (for linking to its card).
    pub speaker_entity: Option<usize>,
    /// The words in the text naming the speaker ("he", "the ministry"), when they differ from
    /// the name.
    pub speaker_words: Option<String>,
    /// The attribution rule ("sieve") that found the speaker.
    pub rule: Option<String>,
    pub cue: Option<String>,
    #[serde(with = "labels::quote_kind")]
    pub kind: QuoteKind,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventItem {
    /// Index into `Analysis::timeline`, as used by the article's `data-event`.
    pub index: usize,
    /// The TIMEX3 value (`2024-03-15`), for `<time datetime>` and ordering.
    pub date: String,
    /// The date for people (`15 Mar 2024`).
    pub display: String,
    /// The end of a range ("from 9 to 16 September"), as a TIMEX3 value.
    pub end_date: Option<String>,
    /// The days covered, `[start, end)` as days since 1970-01-01 (a season's in the text's
    /// hemisphere), or `None` for a value off the calendar.
    pub days: Option<(i64, i64)>,
    #[serde(with = "labels::precision")]
    pub precision: Precision,
    /// Whether the date was worked out (against the reference date, an earlier date or an age)
    /// rather than written in full: the page marks these so a reader can check them.
    pub inferred: bool,
    pub label: String,
    /// Entities mentioned in the event's sentence (ids, ascending, no repeats).
    pub entities: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceInfo {
    /// `YYYY-MM-DD`, as an `<input type="date">` wants it.
    pub date: Option<String>,
    /// Where the date came from, for people.
    pub note: String,
    /// When none was found but a dateline gives the day without its year: that day, so the
    /// page can ask which year it is.
    pub yearless: Option<Yearless>,
    /// Whose seasons the text's seasons were counted in, when it names one (else `None`: the
    /// page says nothing of hemispheres).
    pub seasons: Option<Seasons>,
}

/// The hemisphere the text's seasons were counted in, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seasons {
    pub south: bool,
    /// For people: `southern hemisphere, from 'SYDNEY'`.
    pub note: String,
}

/// A dateline's day written without its year ("PENSACOLA, Fla., Sept. 12 (AP) -").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Yearless {
    /// The words as written: `Sept. 12`.
    pub words: String,
    pub month: u8,
    pub day: u8,
    /// The weekday the story reports on (0 = Monday), when its first lines say.
    pub weekday: Option<u8>,
}

impl Yearless {
    /// The dates it may be, latest first: the days with its month and day (on its weekday, when
    /// known) up to two days after `today` (an article is read on the day it is dated, maybe in an
    /// earlier time zone), in the last 40 years; at most `n`. `YYYY-MM-DD`.
    pub fn candidates(&self, today: (i64, i64, i64), n: usize) -> Vec<String> {
        let latest = engine::days_from_civil(today.0, today.1, today.2) + 2;
        (today.0 - 40..=today.0)
            .rev()
            .filter_map(|y| {
                let z = engine::days_from_civil(y, i64::from(self.month), i64::from(self.day));
                // No 29 February outside leap years: `days` would roll over to 1 March.
                (crate::axis::ymd(z) == (y, i64::from(self.month), i64::from(self.day))).then_some((y, z))
            })
            .filter(|&(_, z)| z <= latest)
            .filter(|&(_, z)| self.weekday.is_none_or(|w| crate::axis::weekday(z) == i64::from(w)))
            .take(n)
            .map(|(y, _)| format!("{y:04}-{:02}-{:02}", self.month, self.day))
            .collect()
    }
}

/// Short label shown after each mention; the legend spells out the full type.
pub fn short_label(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "PER",
        EntityType::Org => "ORG",
        EntityType::Loc => "LOC",
        EntityType::Group => "GRP",
        EntityType::Misc => "MISC",
        EntityType::Money => "MONEY",
        EntityType::Percent => "PCT",
    }
}

/// Readable type names for people (legend, cards, summaries).
pub fn type_name(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "person",
        EntityType::Org => "organization",
        EntityType::Loc => "place",
        EntityType::Group => "group",
        EntityType::Misc => "other",
        EntityType::Money => "money",
        EntityType::Percent => "percent",
    }
}

/// The CSS class for a type: `ent-person`, `ent-org`, …
pub fn type_class(kind: EntityType) -> String {
    format!("ent-{}", kind.label().to_ascii_lowercase())
}

/// Formats a TIMEX3 calendar value for people: `2024-03-15` → `15 Mar 2024`, `2024-03` →
/// `Mar 2024`, `2024` → `2024`, `2024-W11` → `week of 11 Mar 2024`, `2024-Q3` → `Q3 2024`,
/// `2024-SU` → `summer 2024` (in the south, where it runs from December, `summer 2024/25`),
/// `199` → `1990s`. Anything else (`XXXX-…`, references) is returned as is.
pub fn format_date(value: &str, hemisphere: Hemisphere) -> String {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let parts: Vec<&str> = value.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let month = |s: &str| s.parse::<usize>().ok().filter(|m| (1..=12).contains(m)).map(|m| MONTHS[m - 1]);
    let day_of = |v: &str| {
        crate::axis::date_range(v, hemisphere).map(|(start, _)| {
            let (y, m, d) = crate::axis::ymd(start);
            format!("{d} {} {y}", MONTHS[(m - 1) as usize])
        })
    };
    let ordinal = |n: u32| {
        let suffix = match (n % 10, n % 100) {
            (_, 11..=13) => "th",
            (1, _) => "st",
            (2, _) => "nd",
            (3, _) => "rd",
            _ => "th",
        };
        format!("{n}{suffix}")
    };
    // Before Christ: `BC0300` is 300 BC, `BC030` the 300s BC, `BC03` the 4th century BC.
    if let Some(bc) = value.strip_prefix("BC").filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())) {
        let n: u32 = bc.parse().unwrap_or(0);
        return match bc.len() {
            4 => format!("{n} BC"),
            3 => format!("{n}0s BC"),
            2 => format!("{} century BC", ordinal(n + 1)),
            _ => value.to_string(),
        };
    }
    match parts.as_slice() {
        [c] if digits(c, 2) => format!("{} century", ordinal(c.parse::<u32>().unwrap_or(0) + 1)),
        [d] if digits(d, 3) => format!("{d}0s"),
        // "0026" (from "some 2,000 years ago") reads "AD 26".
        [y] if digits(y, 4) && y.starts_with('0') && *y != "0000" => format!("AD {}", y.trim_start_matches('0')),
        [y] if digits(y, 4) => y.to_string(),
        [y, w] if digits(y, 4) && w.len() == 3 && w.starts_with('W') => match day_of(value) {
            Some(monday) => format!("week of {monday}"),
            None => value.to_string(),
        },
        [y, w, we] if digits(y, 4) && w.starts_with('W') && *we == "WE" => match day_of(value) {
            Some(saturday) => format!("weekend of {saturday}"),
            None => value.to_string(),
        },
        [y, q] if digits(y, 4) && crate::axis::date_range(value, hemisphere).is_some() && !digits(q, 2) => {
            // The season that runs into the next year is named by both.
            let across = |name: &str| format!("{name} {y}/{:02}", (y.parse::<u32>().unwrap_or(0) + 1) % 100);
            match (*q, hemisphere) {
                ("SP", _) => format!("spring {y}"),
                ("SU", Hemisphere::North) => format!("summer {y}"),
                ("SU", Hemisphere::South) => across("summer"),
                ("FA" | "AU", _) => format!("autumn {y}"),
                ("WI", Hemisphere::North) => across("winter"),
                ("WI", Hemisphere::South) => format!("winter {y}"),
                _ => format!("{q} {y}"),
            }
        }
        [y, m] if digits(y, 4) && digits(m, 2) => match month(m) {
            Some(m) => format!("{m} {y}"),
            None => value.to_string(),
        },
        [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => match (month(m), d.parse::<u32>()) {
            (Some(m), Ok(d)) if (1..=31).contains(&d) => format!("{d} {m} {y}"),
            _ => value.to_string(),
        },
        _ => value.to_string(),
    }
}

/// Formats a range of two TIMEX3 values, sharing what both ends share: `9–16 Sep 2024`,
/// `Sep – Nov 2024`, `2010 – 2012`; anything else as `start – end`.
pub fn format_range(start: &str, end: &str, hemisphere: Hemisphere) -> String {
    let (a, b) = (format_date(start, hemisphere), format_date(end, hemisphere));
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    let calendar = |v: &str| v.len() >= 4 && v.bytes().take(4).all(|c| c.is_ascii_digit()) && !v.contains('W');
    if !(calendar(start) && calendar(end)) || wa.len() != wb.len() {
        return format!("{a} – {b}");
    }
    match (wa.as_slice(), wb.as_slice()) {
        ([d1, m1, y1], [d2, m2, y2]) if m1 == m2 && y1 == y2 => format!("{d1}–{d2} {m1} {y1}"),
        ([d1, m1, y1], [d2, m2, y2]) if y1 == y2 => format!("{d1} {m1} – {d2} {m2} {y1}"),
        ([m1, y1], [m2, y2]) if y1 == y2 => format!("{m1} – {m2} {y1}"),
        _ => format!("{a} – {b}"),
    }
}

/// Explains the reference date: `given`, `inferred from 'March 15, 2024'`, or none found.
pub fn reference_info(text: &str, analysis: &Analysis) -> ReferenceInfo {
    let date = analysis.reference.date.map(|d| d.to_string());
    let note = match (analysis.reference.source, &date) {
        (ReferenceSource::Given, _) => "given".to_string(),
        (ReferenceSource::Inferred(span), Some(_)) => {
            let words = one_line(slice(text, span));
            if words.is_empty() {
                "inferred from the text".to_string()
            } else {
                format!("inferred from '{words}'")
            }
        }
        _ => match analysis.reference.yearless {
            Some(y) => format!("'{}' gives no year — relative dates stay relative", one_line(slice(text, y.span))),
            None => "none found — relative dates stay relative".to_string(),
        },
    };
    let yearless = analysis.reference.yearless.filter(|_| date.is_none()).map(|y| Yearless {
        words: one_line(slice(text, y.span)),
        month: y.month.unsigned_abs(),
        day: y.day.unsigned_abs(),
        weekday: y.weekday.map(|w| w.to_monday_zero_offset().unsigned_abs()),
    });
    // Said only when the text names a season ("this summer", "every winter").
    let named = analysis.timexes.iter().any(|t| {
        let v = t.value.as_bytes();
        v.len() == 7 && v[4] == b'-' && Hemisphere::North.season_month(&t.value[5..]).is_some()
    });
    let seasons = named.then(|| {
        let south = analysis.reference.hemisphere == Hemisphere::South;
        let half = if south { "southern" } else { "northern" };
        let note = match analysis.reference.hemisphere_from {
            Some(span) => format!("{half} hemisphere, from '{}'", one_line(slice(text, span))),
            None => format!("{half} hemisphere"),
        };
        Seasons { south, note }
    });
    ReferenceInfo { date, note, yearless, seasons }
}

/// Collapses runs of whitespace (line breaks included) to single spaces.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Report {
    pub fn build(text: &str, analysis: &Analysis) -> Report {
        let empty = text.trim().is_empty();

        let mentions = analysis.mentions();
        // Entities mentioned inside `span`: mentions are sorted, so a binary search finds the first.
        let entities_in = |span: Span| {
            let from = mentions.partition_point(|(m, _)| m.start < span.start);
            let mut ids: Vec<usize> = mentions[from..]
                .iter()
                .take_while(|(m, _)| m.start < span.end)
                .filter(|(m, _)| m.end <= span.end)
                .map(|&(_, id)| id)
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        };

        let hemisphere = analysis.reference.hemisphere;
        // Timeline in date order; `index` keeps the link to the article's `data-event`.
        let mut timeline: Vec<EventItem> = analysis
            .timeline
            .iter()
            .enumerate()
            .map(|(index, e)| EventItem {
                index,
                date: e.date.clone(),
                display: match &e.end_date {
                    Some(end) => format_range(&e.date, end, hemisphere),
                    None => format_date(&e.date, hemisphere),
                },
                days: crate::axis::event_range(&e.date, e.end_date.as_deref(), hemisphere),
                end_date: e.end_date.clone(),
                precision: e.precision,
                inferred: e.inferred,
                label: one_line(&e.label),
                entities: entities_in(e.sentence),
            })
            .collect();
        // By the first day covered (a quarter sorts with its first month, not after "2016-12"),
        // the wider period first, then by place in the text; undated values go last.
        let start_of = |i: usize| analysis.timeline[i].span.start;
        let key = |e: &EventItem| (e.days.is_none(), e.days.map(|r| (r.0, -r.1)), e.date.clone(), start_of(e.index));
        timeline.sort_by_cached_key(key);

        let mut marks: Vec<(Span, Mark)> = mentions.iter().map(|&(s, id)| (s, Mark::Entity(id))).collect();
        marks.extend(analysis.quotes.iter().enumerate().map(|(i, q)| (q.span, Mark::Quote(i))));
        marks.extend(analysis.timexes.iter().enumerate().map(|(i, t)| (t.span, Mark::Timex(i))));
        marks.extend(analysis.timeline.iter().enumerate().map(|(i, e)| (e.sentence, Mark::Event(i))));
        marks.extend(analysis.timeline.iter().enumerate().map(|(i, e)| (e.span, Mark::EventDate(i))));

        let mut marks: Vec<MarkSpan> = marks
            .into_iter()
            .filter_map(|(span, mark)| {
                highlight::clean_span(text, span).map(|s| MarkSpan { start: s.start, end: s.end, mark })
            })
            .collect();
        marks.sort_by_key(|m| (m.start, m.end, m.mark));
        marks.dedup();
        let timex_titles = analysis.timexes.iter().map(|t| format!("{} {}", t.kind.label(), t.value)).collect();

        let legend = EntityType::ALL
            .iter()
            .map(|&kind| {
                let of_kind = analysis.entities.iter().filter(|e| e.kind == kind);
                LegendItem {
                    kind,
                    mentions: of_kind.clone().map(|e| e.mentions.len()).sum(),
                    entities: of_kind.count(),
                }
            })
            .collect();

        let mut cards: Vec<EntityCard> = analysis
            .entities
            .iter()
            .map(|e| {
                let name = one_line(&e.name);
                let mut aliases: Vec<String> = Vec::new();
                for &m in &e.mentions {
                    let words = one_line(slice(text, m));
                    if !words.is_empty() && words != name && !aliases.contains(&words) {
                        aliases.push(words);
                    }
                }
                EntityCard {
                    id: e.id,
                    name,
                    kind: e.kind,
                    aliases,
                    mentions: e.mentions.len(),
                    quotes: analysis
                        .quotes
                        .iter()
                        .filter(|q| q.speaker.as_ref().and_then(|s| s.entity) == Some(e.id))
                        .count(),
                    first: e.mentions.iter().map(|m| m.start).min().unwrap_or(usize::MAX),
                }
            })
            .collect();
        cards.sort_by_key(|c| (c.first, c.id));
        let mut by_id = vec![usize::MAX; analysis.entities.len()];
        for (pos, c) in cards.iter().enumerate() {
            if let Some(slot) = by_id.get_mut(c.id) {
                *slot = pos;
            }
        }

        let quotes = analysis
            .quotes
            .iter()
            .enumerate()
            .map(|(index, q)| QuoteItem {
                index,
                text: one_line(slice(text, q.span)),
                speaker: q.speaker.as_ref().map(|s| one_line(&s.name)).filter(|s| !s.is_empty()),
                speaker_type: q
                    .speaker
                    .as_ref()
                    .and_then(|s| s.entity)
                    .and_then(|id| analysis.entities.get(id))
                    .map(|e| e.kind),
                speaker_entity: q.speaker.as_ref().and_then(|s| s.entity),
                speaker_words: q.speaker.as_ref().and_then(|s| {
                    let words = one_line(slice(text, s.span));
                    (!words.is_empty() && words != one_line(&s.name)).then_some(words)
                }),
                rule: q.speaker.as_ref().map(|s| s.rule.to_string()).filter(|r| !r.is_empty()),
                cue: q.cue.map(|c| one_line(slice(text, c))).filter(|c| !c.is_empty()),
                kind: q.kind,
            })
            .collect();

        Report {
            text: Arc::from(text),
            empty,
            paras: highlight::paragraphs(text).into_iter().map(|p| (p.start, p.end)).collect(),
            marks,
            timex_titles,
            by_id,
            legend,
            timex_count: analysis.timexes.len(),
            cards,
            quotes,
            timeline,
            reference: reference_info(text, analysis),
        }
    }
}

impl Report {
    /// The article's paragraphs `range` (indices into `paras`) cut into pieces for display.
    pub fn pieces(&self, range: Range<usize>) -> Vec<Vec<ArticlePiece>> {
        let paras = self.paras.get(range).unwrap_or(&[]);
        let (Some(first), Some(last)) = (paras.first(), paras.last()) else {
            return Vec::new();
        };
        let (a, b) = (first.0, last.1);
        let Some(sub) = self.text.get(a..b) else {
            return Vec::new();
        };
        // Work on the slice alone: marks are moved to its coordinates (and cut at its ends).
        let local: Vec<(Span, Mark)> = self
            .marks
            .iter()
            .filter(|m| m.start < b && m.end > a)
            .map(|m| (Span::new(m.start.max(a) - a, m.end.min(b) - a), m.mark))
            .collect();
        highlight::layout(sub, &local)
            .into_iter()
            .map(|p| p.pieces.iter().map(|piece| self.article_piece(sub, piece)).collect())
            .collect()
    }

    /// The marks as `[start, end, kind, index]` quadruples (offsets above 4 GB cannot occur:
    /// the page refuses files over 64 MB).
    #[allow(dead_code)] // used by the worker binary and the tests
    pub fn flat_marks(&self) -> Vec<u32> {
        let mut out = Vec::with_capacity(self.marks.len() * 4);
        for m in &self.marks {
            let (kind, i) = match m.mark {
                Mark::Event(i) => (0, i),
                Mark::Quote(i) => (1, i),
                Mark::Timex(i) => (2, i),
                Mark::Entity(i) => (3, i),
                Mark::EventDate(i) => (4, i),
            };
            out.extend([m.start as u32, m.end as u32, kind, i as u32]);
        }
        out
    }

    /// Inverse of [`Report::flat_marks`]; unknown kinds and a ragged end are skipped.
    pub fn marks_from_flat(flat: &[u32]) -> Vec<MarkSpan> {
        flat.chunks_exact(4)
            .filter_map(|c| {
                let i = c[3] as usize;
                let mark = match c[2] {
                    0 => Mark::Event(i),
                    1 => Mark::Quote(i),
                    2 => Mark::Timex(i),
                    3 => Mark::Entity(i),
                    4 => Mark::EventDate(i),
                    _ => return None,
                };
                Some(MarkSpan { start: c[0] as usize, end: c[1] as usize, mark })
            })
            .collect()
    }

    fn card(&self, id: usize) -> Option<&EntityCard> {
        self.by_id.get(id).and_then(|&pos| self.cards.get(pos))
    }

    fn article_piece(&self, text: &str, piece: &highlight::Piece<Mark>) -> ArticlePiece {
        let mut classes: Vec<String> = Vec::new();
        let mut titles: Vec<String> = Vec::new();
        let mut quotes: Vec<String> = Vec::new();
        let mut events: Vec<String> = Vec::new();
        let mut event_dates: Vec<String> = Vec::new();
        // With nested mentions the innermost (shortest) one is shown; others go in the title.
        let mut entity: Option<(Span, &EntityCard)> = None;
        let mut timex = false;
        for &(span, mark) in &piece.marks {
            match mark {
                Mark::Entity(id) => {
                    let Some(e) = self.card(id) else {
                        continue;
                    };
                    titles.push(format!("{}: {}", e.kind.label(), e.name));
                    if entity.is_none_or(|(s, _)| span.len() < s.len()) {
                        entity = Some((span, e));
                    }
                }
                Mark::Quote(i) => {
                    quotes.push(i.to_string());
                    let speaker = self.quotes.get(i).and_then(|q| q.speaker.as_ref());
                    titles.push(match speaker {
                        Some(name) => format!("Quote: {name}"),
                        None => "Quote: unknown speaker".to_string(),
                    });
                }
                Mark::Timex(i) => {
                    if let Some(t) = self.timex_titles.get(i) {
                        timex = true;
                        titles.push(t.clone());
                    }
                }
                Mark::Event(i) => events.push(i.to_string()),
                Mark::EventDate(i) => event_dates.push(i.to_string()),
            }
        }
        let mut label = None;
        if let Some((span, e)) = entity {
            classes.push("ent".into());
            classes.push(type_class(e.kind));
            if piece.closes(span) {
                classes.push("end".into());
                label = Some(short_label(e.kind));
            }
        }
        if !quotes.is_empty() {
            classes.push("q".into());
        }
        if timex {
            classes.push("tx".into());
        }
        if !events.is_empty() {
            classes.push("ev".into());
        }
        if !event_dates.is_empty() {
            classes.push("evd".into());
        }
        let join = |v: Vec<String>, sep: &str| (!v.is_empty()).then(|| v.join(sep));
        ArticlePiece {
            text: slice(text, piece.span).to_string(),
            entity: entity.map(|(_, e)| e.kind),
            class: classes.join(" "),
            title: join(titles, "\n"),
            label,
            quotes: join(quotes, " "),
            events: join(events, " "),
            event_dates: join(event_dates, " "),
            ent: entity.map(|(_, e)| e.id),
        }
    }
}

/// Engine enums travel between the worker and the page as their labels.
mod labels {
    macro_rules! by_label {
        ($name:ident, $opt:ident, $ty:ty, $all:expr) => {
            pub mod $name {
                use serde::{de::Error, Deserialize, Deserializer, Serializer};
                pub fn serialize<S: Serializer>(v: &$ty, s: S) -> Result<S::Ok, S::Error> {
                    s.serialize_str(v.label())
                }
                pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<$ty, D::Error> {
                    let label = String::deserialize(d)?;
                    $all.into_iter()
                        .find(|k| k.label() == label)
                        .ok_or_else(|| D::Error::custom(format!("unknown label {label}")))
                }
            }
            #[allow(dead_code)]
            pub mod $opt {
                use serde::{Deserialize, Deserializer, Serializer};
                pub fn serialize<S: Serializer>(v: &Option<$ty>, s: S) -> Result<S::Ok, S::Error> {
                    match v {
                        Some(v) => s.serialize_some(v.label()),
                        None => s.serialize_none(),
                    }
                }
                pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<$ty>, D::Error> {
                    let label = Option::<String>::deserialize(d)?;
                    Ok(label.and_then(|l| $all.into_iter().find(|k| k.label() == l)))
                }
            }
        };
    }
    by_label!(kind, opt_kind, engine::EntityType, engine::EntityType::ALL);
    by_label!(
        precision,
        opt_precision,
        engine::Precision,
        [
            engine::Precision::Day,
            engine::Precision::Week,
            engine::Precision::Month,
            engine::Precision::Quarter,
            engine::Precision::Half,
            engine::Precision::Season,
            engine::Precision::Year,
            engine::Precision::Decade,
            engine::Precision::Century,
        ]
    );
    by_label!(quote_kind, opt_quote_kind, engine::QuoteKind, [engine::QuoteKind::Direct, engine::QuoteKind::Partial]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::{Entity, Options, Quote, ReferenceDate, Speaker, TimelineEvent, Timex, TimexType};

    fn format_date(value: &str) -> String {
        super::format_date(value, Hemisphere::North)
    }

    fn format_range(start: &str, end: &str) -> String {
        super::format_range(start, end, Hemisphere::North)
    }

    #[test]
    fn southern_seasons_are_named_by_both_years() {
        let cases = [
            ("summer runs into the next year", "2026-SU", "summer 2026/27"),
            ("winter is in its year", "2026-WI", "winter 2026"),
            ("autumn", "2027-FA", "autumn 2027"),
            ("other values as in the north", "2026-07", "Jul 2026"),
        ];
        for (name, value, want) in cases {
            assert_eq!(super::format_date(value, Hemisphere::South), want, "case {name}");
        }
    }

    // DATES: calendar values become readable; everything else passes through untouched.
    #[test]
    fn format_date_cases() {
        let cases = [
            ("day", "2024-03-15", "15 Mar 2024"),
            ("day, leading zero", "2023-09-05", "5 Sep 2023"),
            ("month", "2023-09", "Sep 2023"),
            ("year", "1998", "1998"),
            ("week", "2024-W11", "week of 11 Mar 2024"),
            ("weekend", "2024-W11-WE", "weekend of 16 Mar 2024"),
            ("impossible week passes", "2021-W53", "2021-W53"),
            ("quarter", "2016-Q3", "Q3 2016"),
            ("half year", "2016-H1", "H1 2016"),
            ("summer", "2016-SU", "summer 2016"),
            ("winter spans the new year", "2016-WI", "winter 2016/17"),
            ("decade", "199", "1990s"),
            ("century", "19", "20th century"),
            ("21st century", "20", "21st century"),
            ("11th century", "10", "11th century"),
            ("year of the first millennium", "0026", "AD 26"),
            ("year zero passes", "0000", "0000"),
            ("year BC", "BC0300", "300 BC"),
            ("decade BC", "BC030", "300s BC"),
            ("century BC", "BC03", "4th century BC"),
            ("first century BC", "BC00", "1st century BC"),
            ("reference passes", "PAST_REF", "PAST_REF"),
            ("unknown year passes", "XXXX-03-15", "XXXX-03-15"),
            ("bad month passes", "2024-13", "2024-13"),
            ("empty", "", ""),
            ("junk", "😀-\u{0}", "😀-\u{0}"),
        ];
        for (name, value, want) in cases {
            assert_eq!(format_date(value), want, "case {name}");
        }
    }

    #[test]
    fn format_range_cases() {
        let cases = [
            ("days of one month", "2024-09-09", "2024-09-16", "9–16 Sep 2024"),
            ("days across months", "2024-09-28", "2024-10-02", "28 Sep – 2 Oct 2024"),
            ("days across years", "2024-12-28", "2025-01-02", "28 Dec 2024 – 2 Jan 2025"),
            ("months", "2024-09", "2024-11", "Sep – Nov 2024"),
            ("months across years", "2024-11", "2025-02", "Nov 2024 – Feb 2025"),
            ("years", "2010", "2012", "2010 – 2012"),
            ("mixed precision", "2024-09", "2024-10-02", "Sep 2024 – 2 Oct 2024"),
            ("weeks stay whole", "2024-W11", "2024-W13", "week of 11 Mar 2024 – week of 25 Mar 2024"),
            ("relative stays whole", "XXXX-09-09", "XXXX-09-16", "XXXX-09-09 – XXXX-09-16"),
        ];
        for (name, a, b, want) in cases {
            assert_eq!(format_range(a, b), want, "case {name}");
        }
    }

    fn s(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// A hand-made analysis of a short text, independent of the extractors' progress.
    fn sample() -> (&'static str, Analysis) {
        let text = "OSLO, May 2, 2024 - \"We will win,\" Ana Lind said.\n\nIn 2020 Lind moved.";
        let find = |w: &str| {
            let i = text.find(w).unwrap();
            s(i, i + w.len())
        };
        let analysis = Analysis {
            sentences: vec![s(0, 50), find("In 2020 Lind moved.")],
            entities: vec![
                Entity {
                    id: 0,
                    name: "Ana Lind".into(),
                    kind: EntityType::Person,
                    mentions: vec![find("Ana Lind"), s(find("Lind moved").start, find("Lind moved").start + 4)],
                },
                Entity { id: 1, name: "Oslo".into(), kind: EntityType::Loc, mentions: vec![find("OSLO")] },
            ],
            quotes: vec![Quote {
                span: find("We will win,"),
                kind: QuoteKind::Direct,
                speaker: Some(Speaker {
                    span: find("Ana Lind"),
                    name: "Ana Lind".into(),
                    entity: Some(0),
                    rule: "test",
                }),
                cue: Some(find("said")),
            }],
            timexes: vec![
                Timex { span: find("May 2, 2024"), kind: TimexType::Date, value: "2024-05-02".into() },
                Timex { span: find("2020"), kind: TimexType::Date, value: "2020".into() },
            ],
            timeline: vec![
                TimelineEvent {
                    date: "2024-05-02".into(),
                    precision: Precision::Day,
                    label: "Lind said".into(),
                    span: find("May 2, 2024"),
                    sentence: s(0, 50),
                    end_date: None,
                    inferred: false,
                },
                TimelineEvent {
                    date: "2020".into(),
                    precision: Precision::Year,
                    label: "Lind moved".into(),
                    span: find("2020"),
                    sentence: find("In 2020 Lind moved."),
                    end_date: None,
                    inferred: false,
                },
            ],
            reference: ReferenceDate {
                date: Some(engine::Date::new(2024, 5, 2).unwrap()),
                source: ReferenceSource::Inferred(find("May 2, 2024")),
                yearless: None,
                hemisphere: Hemisphere::North,
                hemisphere_from: None,
            },
        };
        (text, analysis)
    }

    #[test]
    fn report_of_a_hand_made_analysis() {
        let (text, analysis) = sample();
        let r = Report::build(text, &analysis);
        assert!(!r.empty);
        let paragraphs = r.pieces(0..r.paras.len());
        assert_eq!(paragraphs.len(), 2);
        // Pieces rebuild each paragraph.
        let first: String = paragraphs[0].iter().map(|p| p.text.as_str()).collect();
        assert_eq!(first, "OSLO, May 2, 2024 - \"We will win,\" Ana Lind said.");
        // The mention of Ana Lind is a PERSON mark, labelled once, and carries no quote.
        let lind: Vec<&ArticlePiece> = paragraphs[0].iter().filter(|p| p.text == "Ana Lind").collect();
        assert_eq!(lind.len(), 1);
        assert_eq!(lind[0].entity, Some(EntityType::Person));
        assert_eq!(lind[0].label, Some("PER"));
        assert_eq!(lind[0].class, "ent ent-person end ev");
        assert_eq!(lind[0].quotes, None);
        // The quote is marked, with its speaker in the title.
        let quote = paragraphs[0].iter().find(|p| p.text == "We will win,").unwrap();
        assert_eq!(quote.quotes.as_deref(), Some("0"));
        assert!(quote.title.as_deref().unwrap().contains("Quote: Ana Lind"));
        // Timeline sorted by date, with the article's event indices kept.
        let dates: Vec<(&str, usize)> = r.timeline.iter().map(|e| (e.display.as_str(), e.index)).collect();
        assert_eq!(dates, [("2020", 1), ("2 May 2024", 0)]);
        // Quote list.
        assert_eq!(r.quotes[0].speaker.as_deref(), Some("Ana Lind"));
        assert_eq!(r.quotes[0].cue.as_deref(), Some("said"));
        assert_eq!(r.quotes[0].speaker_type, Some(EntityType::Person));
        // Legend and groups.
        let person = r.legend.iter().find(|l| l.kind == EntityType::Person).unwrap();
        assert_eq!((person.mentions, person.entities), (2, 1));
        let names: Vec<(&str, usize, usize)> =
            r.cards.iter().map(|c| (c.name.as_str(), c.mentions, c.quotes)).collect();
        assert_eq!(names, [("Oslo", 1, 0), ("Ana Lind", 2, 1)], "cards in order of first appearance");
        assert_eq!(r.cards[1].aliases, ["Lind"]);
        assert_eq!(r.quotes[0].speaker_entity, Some(0));
        assert_eq!(r.quotes[0].rule.as_deref(), Some("test"));
        assert_eq!(r.quotes[0].speaker_words, None, "the words are the name itself");
        // Each event knows the entities of its sentence.
        assert_eq!(r.timeline[0].entities, [0], "2020: Lind moved");
        assert_eq!(r.timeline[1].entities, [0, 1], "May 2: Oslo dateline, Ana Lind");
        assert_eq!(lind[0].ent, Some(0));
        assert_eq!(r.reference.date.as_deref(), Some("2024-05-02"));
        assert_eq!(r.reference.note, "inferred from 'May 2, 2024'");
    }

    // LAZY PIECES: cutting a range of paragraphs gives the same pieces as cutting them all.
    #[test]
    fn pieces_of_a_range_match_the_whole() {
        let text = "GENEVA, Sept. 22, 2016 - John Kerry met Sergei Lavrov.\n\n\"We made progress,\" Kerry said \
                    on Thursday.\n\nLavrov left for Moscow.";
        let r = Report::build(text, &engine::analyze(text, &Options::new()));
        let all = r.pieces(0..r.paras.len());
        assert_eq!(all.len(), 3);
        for i in 0..3 {
            assert_eq!(r.pieces(i..i + 1), all[i..i + 1], "paragraph {i}");
        }
        assert_eq!(r.pieces(1..3), all[1..3]);
        assert!(r.pieces(5..9).is_empty(), "out of range is empty, not a panic");
    }

    // WORKER: a report survives the trip through JSON (the page then puts the text back).
    #[test]
    fn report_round_trips_through_json() {
        let (text, analysis) = sample();
        let r = Report::build(text, &analysis);
        let mut back: Report = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        assert_eq!(&*back.text, "");
        assert!(back.marks.is_empty(), "marks travel apart");
        back.text = Arc::from(text);
        back.marks = Report::marks_from_flat(&r.flat_marks());
        assert_eq!(back, r);
    }

    // ROBUSTNESS: spans that do not fit the text (a stale analysis) degrade, never panic.
    #[test]
    fn report_survives_spans_that_do_not_fit() {
        let (_, analysis) = sample();
        for text in ["", "short", "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀", "<script>alert(1)</script>"]
        {
            let r = Report::build(text, &analysis);
            let joined: String = r.pieces(0..r.paras.len()).iter().flatten().map(|p| p.text.as_str()).collect();
            assert_eq!(joined, text.trim());
        }
    }

    #[test]
    fn report_of_real_engine_output_on_odd_input_never_panics() {
        let inputs = [
            "",
            "   \n\n ",
            "<script>alert(1)</script><b>bold</b>",
            "\u{0}\u{1}\u{7f}\u{fffd}\u{feff} \u{202e}abc",
            "مرحبا بالعالم. \"قال\" أحمد.",
            "😀 \"🙂🙂\" said 😀 on 😀 15 😀 March 2024.",
            "\"\"\"\"\" said said said \" \"",
        ];
        for text in inputs {
            let analysis = engine::analyze(text, &engine::Options::new());
            let r = Report::build(text, &analysis);
            assert_eq!(r.empty, text.trim().is_empty());
        }
        assert_eq!(
            Report::build("", &engine::analyze("", &engine::Options::new())).reference.note,
            "none found — relative dates stay relative"
        );
    }

    #[test]
    fn yearless_candidates() {
        let day = |month, day, weekday| Yearless { words: String::new(), month, day, weekday };
        let today = (2026, 11, 27);
        let cases: [(&str, Yearless, usize, &[&str]); 5] = [
            ("the weekday narrows the years", day(9, 12, Some(3)), 3, &["2024-09-12", "2019-09-12", "2013-09-12"]),
            ("no weekday: this year's, then last year's", day(9, 12, None), 2, &["2026-09-12", "2025-09-12"]),
            ("not later than today", day(12, 20, None), 2, &["2025-12-20", "2024-12-20"]),
            ("two days' grace for time zones", day(11, 29, None), 1, &["2026-11-29"]),
            ("29 February only in leap years", day(2, 29, None), 2, &["2024-02-29", "2020-02-29"]),
        ];
        for (name, yearless, n, want) in cases {
            assert_eq!(yearless.candidates(today, n), want, "{name}");
        }
    }

    #[test]
    fn yearless_dateline_note() {
        let text = "PENSACOLA, Fla., Sept. 12 (AP) - The storm came ashore before dawn, the governor said on Thursday.";
        let r = Report::build(text, &engine::analyze(text, &engine::Options::new()));
        assert_eq!(r.reference.date, None);
        assert_eq!(r.reference.note, "'Sept. 12' gives no year — relative dates stay relative");
        let yearless = r.reference.yearless.expect("the dateline's day");
        assert_eq!(
            (yearless.words.as_str(), yearless.month, yearless.day, yearless.weekday),
            ("Sept. 12", 9, 12, Some(3))
        );
    }
}
