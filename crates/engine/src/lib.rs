//! Article Explorer's engine: reads a news article and finds its entities, its quotations with
//! their speakers, and its time expressions, from which it draws a timeline.
//!
//! The engine is plain Rust with no web dependency; the Leptos app and the command-line tool are
//! thin layers over [`analyze`].
//!
//! # Example
//!
//! ```
//! use engine::{analyze, Options, EntityType};
//!
//! let text = "GENEVA, Sept. 22 - John Kerry met Sergei Lavrov on Thursday. \
//!             \"We made progress,\" Kerry said.";
//! let analysis = analyze(text, &Options::new());
//!
//! let kerry = analysis.entities.iter().find(|e| e.name == "John Kerry").unwrap();
//! assert_eq!(kerry.kind, EntityType::Person);
//! assert_eq!(kerry.mentions.len(), 2);
//!
//! let quote = &analysis.quotes[0];
//! assert_eq!(quote.span.text(text), "We made progress,");
//! assert_eq!(quote.speaker.as_ref().unwrap().name, "John Kerry");
//! ```
//!
//! Every extracted item carries the [`Span`] (byte offsets into the input) it came from. The JSON
//! form ([`json`]) converts them to character offsets.
//!
//! # Design
//!
//! Each step is its own module so that a later, measured model can replace it without touching
//! the others: [`token`] and [`sentence`] segment the text, `entities` finds and types names,
//! `alias` groups mentions into entities, `quotes` finds quotations and attributes them,
//! `timex` finds and normalizes time expressions, `timeline` turns them into dated events.

mod alias;
mod entities;
pub mod json;
mod lexicon;
pub mod ner;
mod quotes;
pub mod sentence;
mod timeline;
mod timex;
pub mod token;

pub use jiff::civil::Date;

/// A half-open byte range `start..end` into the analysed text.
///
/// Spans always fall on UTF-8 character boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// The text this span covers.
    ///
    /// Panics if the span is out of bounds for `text`, which only happens when a span is used
    /// with a text other than the one it was found in.
    pub fn text(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Settings for [`analyze`].
///
/// ```
/// use engine::{Options, Date};
/// let options = Options::new().reference_date(Date::new(2016, 9, 22).unwrap());
/// assert_eq!(options.get_reference_date(), Some(Date::new(2016, 9, 22).unwrap()));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Options {
    reference_date: Option<Date>,
    hemisphere: Option<Hemisphere>,
}

impl Options {
    pub fn new() -> Options {
        Options::default()
    }

    /// The article's publication date, against which "Thursday" or "last year" are resolved.
    /// Without it the engine looks for one in the text (a dateline, a "Published" line).
    pub fn reference_date(mut self, date: Date) -> Options {
        self.reference_date = Some(date);
        self
    }

    pub fn get_reference_date(&self) -> Option<Date> {
        self.reference_date
    }

    /// Whose seasons the article's are ("this summer" in a Sydney story runs from December).
    /// Without it the engine reads it from the text: the place of a dateline, or the places the
    /// text names.
    pub fn hemisphere(mut self, hemisphere: Hemisphere) -> Options {
        self.hemisphere = Some(hemisphere);
        self
    }

    pub fn get_hemisphere(&self) -> Option<Hemisphere> {
        self.hemisphere
    }
}

/// The half of the world whose seasons an article's are. In the north summer runs from June to
/// August and winter from December (`2016-WI` is December 2016 to February 2017); in the south
/// summer runs from December (`2016-SU` is December 2016 to February 2017) and winter from June.
/// A season's value names the year it begins in, either way.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Hemisphere {
    #[default]
    North,
    South,
}

impl Hemisphere {
    /// The month a season begins in (`season` as in TIMEX3 values: `SP`, `SU`, `FA` or `AU`,
    /// `WI`), or `None` for anything else.
    pub fn season_month(self, season: &str) -> Option<i8> {
        let north = match season {
            "SP" => 3,
            "SU" => 6,
            "FA" | "AU" => 9,
            "WI" => 12,
            _ => return None,
        };
        Some(match self {
            Hemisphere::North => north,
            Hemisphere::South => (north + 5) % 12 + 1,
        })
    }

    pub fn label(self) -> &'static str {
        match self {
            Hemisphere::North => "north",
            Hemisphere::South => "south",
        }
    }

    /// The hemisphere a [`label`](Hemisphere::label) names: `"north"` or `"south"`.
    pub fn from_label(label: &str) -> Option<Hemisphere> {
        match label {
            "north" => Some(Hemisphere::North),
            "south" => Some(Hemisphere::South),
            _ => None,
        }
    }
}

/// Parses a `YYYY-MM-DD` date, as given on the command line or in the UI.
///
/// ```
/// assert!(engine::parse_date("2016-09-22").is_ok());
/// assert_eq!(
///     engine::parse_date("2016-13-01").unwrap_err(),
///     "reference date 2016-13-01 is not a valid date (expected YYYY-MM-DD)"
/// );
/// ```
pub fn parse_date(s: &str) -> Result<Date, String> {
    let s = s.trim();
    let bad = || format!("reference date {s} is not a valid date (expected YYYY-MM-DD)");
    let parts: Vec<&str> = s.split('-').collect();
    if parts.len() != 3
        || parts[0].len() != 4
        || parts[1].len() != 2
        || parts[2].len() != 2
        || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(bad());
    }
    let y: i16 = parts[0].parse().map_err(|_| bad())?;
    let m: i8 = parts[1].parse().map_err(|_| bad())?;
    let d: i8 = parts[2].parse().map_err(|_| bad())?;
    Date::new(y, m, d).map_err(|_| bad())
}

/// Days since 1970-01-01 of a proleptic Gregorian date, years counted astronomically (1 BC is
/// year 0): Howard Hinnant's `days_from_civil`. The engine and the page's timeline axis count
/// days with it rather than with jiff's span arithmetic, which would add about 100 KB to the page.
///
/// ```
/// assert_eq!(engine::days_from_civil(1970, 1, 1), 0);
/// assert_eq!(engine::days_from_civil(2000, 3, 1) - engine::days_from_civil(2000, 2, 28), 2);
/// ```
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Entity types shown to readers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityType {
    Person,
    Org,
    Loc,
    /// Nationalities, religious and political groups ("Syrians", "Republicans").
    Group,
    /// Events, works, products and other names.
    Misc,
    Money,
    Percent,
}

impl EntityType {
    pub const ALL: [EntityType; 7] = [
        EntityType::Person,
        EntityType::Org,
        EntityType::Loc,
        EntityType::Group,
        EntityType::Misc,
        EntityType::Money,
        EntityType::Percent,
    ];

    /// The upper-case label used in JSON and in the legend (`PERSON`, `ORG`, …).
    pub fn label(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Group => "GROUP",
            EntityType::Misc => "MISC",
            EntityType::Money => "MONEY",
            EntityType::Percent => "PERCENT",
        }
    }
}

/// One entity: all mentions of the same person, organization, place… merged.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Index of this entity in [`Analysis::entities`].
    pub id: usize,
    /// The canonical name: the fullest mention ("John Kerry" for "Kerry", "Mr. Kerry").
    pub name: String,
    pub kind: EntityType,
    /// Spans of every mention, in text order.
    pub mentions: Vec<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteKind {
    /// A whole statement between quote marks.
    Direct,
    /// Quoted words inside the writer's own sentence (`described it as "a land offensive"`).
    Partial,
}

impl QuoteKind {
    pub fn label(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
        }
    }
}

/// Who said a quote.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The words naming the speaker where the quote is attributed ("Kerry", "he", "the ministry").
    pub span: Span,
    /// The speaker's name for readers: the entity's canonical name when resolved, else the
    /// words themselves.
    pub name: String,
    /// The entity the speaker resolves to, an index into [`Analysis::entities`].
    pub entity: Option<usize>,
    /// Which rule found the speaker (for the UI to say why).
    pub rule: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The quoted words, without the quote marks.
    pub span: Span,
    pub kind: QuoteKind,
    pub speaker: Option<Speaker>,
    /// The cue verb ("said", "told", "added").
    pub cue: Option<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn label(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// A time expression with its TIMEX3 value (`2016-09-22`, `2016-09`, `P7D`, `XXXX-WXX-4`).
#[derive(Clone, Debug, PartialEq)]
pub struct Timex {
    pub span: Span,
    pub kind: TimexType,
    pub value: String,
}

/// How precisely a timeline event is dated: only as precisely as the text says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Day,
    Month,
    Year,
    /// An ISO week (`2016-W38`) or its weekend (`2016-W38-WE`).
    Week,
    /// A quarter of a year (`2016-Q3`).
    Quarter,
    /// A half of a year (`2016-H1`).
    Half,
    /// A season (`2016-SU`; winter `WI` runs from the December of its year).
    Season,
    /// A decade (`199` for the 1990s).
    Decade,
    /// A century (`19` for the 20th century, 1900–1999).
    Century,
}

impl Precision {
    pub fn label(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Week => "week",
            Precision::Quarter => "quarter",
            Precision::Half => "half year",
            Precision::Season => "season",
            Precision::Decade => "decade",
            Precision::Century => "century",
        }
    }
}

/// A dated event of the story.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineEvent {
    /// The date as a TIMEX3 value, as precise as the text allows (`2016-09-22`, `2016-09`).
    /// For a range, its start.
    pub date: String,
    /// For a range ("from May to July", "between 2010 and 2012"), its end as a TIMEX3 value.
    pub end_date: Option<String>,
    pub precision: Precision,
    /// Whether the date was worked out rather than written in full: resolved against the
    /// reference date or an earlier date ("on Thursday", "last year", "the next day"), or the
    /// start implied by an age ("the five-year-old war"). A reader should check these.
    pub inferred: bool,
    /// A short clause from the sentence saying what happened.
    pub label: String,
    /// The time expression that dates the event.
    pub span: Span,
    /// The sentence the event comes from.
    pub sentence: Span,
}

/// Where the reference date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReferenceSource {
    /// Given by the caller ([`Options::reference_date`]).
    Given,
    /// Read from this span of the text (a dateline or a "Published" line).
    Inferred(Span),
    /// Nothing gave one: relative dates stay relative.
    None,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReferenceDate {
    pub date: Option<Date>,
    pub source: ReferenceSource,
    /// When no date was found but a dateline gives the day without its year ("PENSACOLA,
    /// Fla., Sept. 12 (AP) -"): that day, for a caller to ask which year it is. Relative dates
    /// stay relative meanwhile.
    pub yearless: Option<YearlessDate>,
    /// Whose seasons the text's are: given ([`Options::hemisphere`]), or read from the text.
    pub hemisphere: Hemisphere,
    /// The place the southern hemisphere was read from (a dateline's "SYDNEY", or the first of
    /// the places named), when it was read from the text.
    pub hemisphere_from: Option<Span>,
}

/// A day the article is dated by, written without its year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearlessDate {
    /// 1 to 12.
    pub month: i8,
    /// 1 to 31.
    pub day: i8,
    /// The weekday the story's first lines report on ("… said on Thursday"), which a dateline's
    /// day is: it narrows the years the day can be in.
    pub weekday: Option<jiff::civil::Weekday>,
    /// Where the day is written.
    pub span: Span,
}

/// Everything [`analyze`] finds in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub sentences: Vec<Span>,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub timexes: Vec<Timex>,
    pub timeline: Vec<TimelineEvent>,
    pub reference: ReferenceDate,
}

impl Analysis {
    /// The entity a span of text was recognised as, if any (for highlighting).
    pub fn entity_at(&self, span: Span) -> Option<&Entity> {
        self.entities.iter().find(|e| e.mentions.contains(&span))
    }

    /// All entity mentions as `(span, entity id)`, sorted by position.
    pub fn mentions(&self) -> Vec<(Span, usize)> {
        let mut all: Vec<(Span, usize)> =
            self.entities.iter().flat_map(|e| e.mentions.iter().map(move |&m| (m, e.id))).collect();
        all.sort();
        all
    }
}

/// The quote step alone, over tokens, sentences and entities already found (for the quote
/// benchmark; [`analyze`] is the way to get quotes).
#[doc(hidden)]
pub fn find_quotes(
    text: &str,
    tokens: &[token::Token],
    sentences: &[sentence::Sentence],
    entities: &[Entity],
) -> Vec<Quote> {
    quotes::find(text, tokens, sentences, entities)
}

/// Only the time step: the time expressions of `text` and the reference date they were resolved
/// against (tokenizing and sentence splitting included, entities and quotes skipped).
///
/// ```
/// use engine::{time_expressions, Options, Date};
/// let options = Options::new().reference_date(Date::new(2016, 9, 22).unwrap());
/// let (timexes, _reference) = time_expressions("Talks resume next week.", &options);
/// assert_eq!(timexes[0].value, "2016-W39");
/// ```
pub fn time_expressions(text: &str, options: &Options) -> (Vec<Timex>, ReferenceDate) {
    let tokens = token::tokenize(text);
    let sentences = sentence::split(text, &tokens);
    let found = timex::find(text, &tokens, &sentences, options);
    (found.timexes, found.reference)
}

/// Analyses `text`: sentences, entities, quotes, time expressions and the timeline.
///
/// Never panics on any input; an empty text gives an empty analysis.
pub fn analyze(text: &str, options: &Options) -> Analysis {
    let tokens = token::tokenize(text);
    let sentences = sentence::split(text, &tokens);
    let time = steps::time(text, &tokens, &sentences, options);
    let entities = steps::entities(text, &tokens, &sentences, &time);
    let quotes = steps::quotes(text, &tokens, &sentences, &entities);
    let timeline = steps::timeline(text, &tokens, &sentences, &time, &entities, &quotes);
    let found = time.0;
    Analysis {
        sentences: sentences.iter().map(|s| s.span).collect(),
        entities,
        quotes,
        timexes: found.timexes,
        timeline,
        reference: found.reference,
    }
}

/// The steps of [`analyze`] one at a time, in its order, each over what the steps before it
/// found: for the per-step benchmarks (`benches/analyze.rs`), not part of the API. [`analyze`]
/// calls exactly these, so the steps' times add up to its time.
#[doc(hidden)]
pub mod steps {
    use crate::sentence::Sentence;
    use crate::token::Token;
    use crate::{alias, entities, quotes, timeline, timex, Entity, Options, Quote, TimelineEvent};

    /// What the time step found (time expressions, reference date, ranges…).
    pub struct Time(pub(crate) timex::Found);

    impl Time {
        pub fn timexes(&self) -> &[crate::Timex] {
            &self.0.timexes
        }
    }

    /// Time expressions and the reference date.
    pub fn time(text: &str, tokens: &[Token], sentences: &[Sentence], options: &Options) -> Time {
        Time(timex::find(text, tokens, sentences, options))
    }

    /// Names (the tagging model and the rules around it), money, percentages, merged into
    /// entities.
    pub fn entities(text: &str, tokens: &[Token], sentences: &[Sentence], time: &Time) -> Vec<Entity> {
        alias::group(text, entities::find(text, tokens, sentences, &time.0.timexes))
    }

    /// Quotations and their speakers.
    pub fn quotes(text: &str, tokens: &[Token], sentences: &[Sentence], entities: &[Entity]) -> Vec<Quote> {
        quotes::find(text, tokens, sentences, entities)
    }

    /// Dated events, a label's "he" or "she" named, and a label quoting someone headed by who
    /// said it.
    pub fn timeline(
        text: &str,
        tokens: &[Token],
        sentences: &[Sentence],
        time: &Time,
        entities: &[Entity],
        quotes: &[Quote],
    ) -> Vec<TimelineEvent> {
        let mut events = timeline::build(text, sentences, &time.0);
        timeline::name_pronouns(text, sentences, &mut events, |pronouns| {
            quotes::people(text, tokens, sentences, entities, pronouns)
                .into_iter()
                .zip(pronouns)
                .map(|(id, &(pos, _))| {
                    // A "she" inside a quotation is someone the speaker talks of, whom the
                    // pronoun step (which reads the story's own sentences) cannot name.
                    let k = quotes.partition_point(|q| q.span.end <= pos);
                    if quotes.get(k).is_some_and(|q| q.span.start <= pos) {
                        return None;
                    }
                    let e = &entities[id?];
                    let last = e.mentions.iter().map(|m| m.start).filter(|&start| start < pos).max()?;
                    Some((e.name.as_str(), last))
                })
                .collect()
        });
        timeline::name_speakers(&mut events, quotes);
        timeline::name_reports(text, &time.0.header, &mut events, quotes);
        events
    }
}

/// The largest char boundary of `text` at or before `i` (`str::floor_char_boundary` is not
/// stable yet).
pub(crate) fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
