//! The JSON form of an [`Analysis`], shared by the command-line tool, the page's export and the
//! JavaScript API.
//!
//! Offsets in JSON count Unicode scalar values (characters), end-exclusive, so that Python's
//! `text[start:end]` gives the span; internally spans are byte offsets. The JavaScript API asks
//! for UTF-16 code units instead ([`Unit::Utf16`]), so that JavaScript's `text.slice(start, end)`
//! gives the span. The schema is documented in README.md.
//!
//! ```
//! use engine::{analyze, json, Options};
//! let text = "Café owner Ana Silva said: \"Open.\"";
//! let value = json::to_value(text, &analyze(text, &Options::new()));
//! let quote = &value["quotes"][0];
//! assert_eq!(quote["text"], "Open.");
//! // "é" is one character: offsets are in characters, not bytes.
//! assert_eq!(quote["start"], 28);
//! ```
//!
//! # Example: UTF-16 offsets
//!
//! ```
//! use engine::{analyze, json, Options};
//! let text = "😀 Ana Silva said: \"Open.\"";
//! let value = json::to_value_with(text, &analyze(text, &Options::new()), json::Unit::Utf16);
//! // "😀" is one character but two UTF-16 code units.
//! assert_eq!(value["quotes"][0]["start"], 20);
//! assert_eq!(json::to_value(text, &analyze(text, &Options::new()))["quotes"][0]["start"], 19);
//! ```

use serde::Serialize;

use crate::{Analysis, ReferenceSource, Span};

/// What JSON offsets count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Unit {
    /// Unicode scalar values (Python's `str` indices, Rust's `chars()`): the CLI's default.
    #[default]
    Chars,
    /// UTF-16 code units (JavaScript's and Java's string indices): a character outside the
    /// Basic Multilingual Plane (most emoji, "𝔸", "𠀋") counts two.
    Utf16,
}

impl Unit {
    /// How many of this unit the UTF-8 bytes `bytes` hold (counted where each character starts).
    fn count(self, bytes: &[u8]) -> usize {
        // A character starts at every byte that is not a continuation byte (0b10xx_xxxx); a
        // 4-byte sequence (lead byte 0xF0..=0xF4) is exactly a character above U+FFFF, which
        // UTF-16 writes as a surrogate pair. Branch-free so the compiler vectorizes it.
        let starts = bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
        match self {
            Unit::Chars => starts,
            Unit::Utf16 => starts + bytes.iter().filter(|&&b| b >= 0xF0).count(),
        }
    }
}

/// Converts byte offsets to character (or UTF-16) offsets in O(1) amortized per lookup, with a
/// checkpoint every 256 bytes (a 10 MB text needs 40 000 checkpoints, 320 KB).
pub struct OffsetMap<'a> {
    text: &'a str,
    unit: Unit,
    checkpoints: Vec<usize>,
}

const BLOCK: usize = 256;

impl<'a> OffsetMap<'a> {
    /// A map to character offsets.
    pub fn new(text: &'a str) -> OffsetMap<'a> {
        OffsetMap::with_unit(text, Unit::Chars)
    }

    /// A map to offsets counted in `unit`.
    pub fn with_unit(text: &'a str, unit: Unit) -> OffsetMap<'a> {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / BLOCK + 2);
        let mut count = 0;
        for block in bytes.chunks(BLOCK) {
            checkpoints.push(count);
            count += unit.count(block);
        }
        checkpoints.push(count);
        OffsetMap { text, unit, checkpoints }
    }

    /// The offset, in this map's unit, of byte offset `byte` (which must be a char boundary).
    pub fn offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let block = byte / BLOCK;
        self.checkpoints[block] + self.unit.count(&self.text.as_bytes()[block * BLOCK..byte])
    }

    /// The character offset of byte offset `byte`, for a map made with [`OffsetMap::new`]
    /// (the same as [`OffsetMap::offset`] there).
    pub fn char_offset(&self, byte: usize) -> usize {
        debug_assert_eq!(self.unit, Unit::Chars, "char_offset on a map that counts {:?}", self.unit);
        self.offset(byte)
    }
}

#[derive(Serialize)]
struct Analysed<'a> {
    reference_date: Option<String>,
    reference_source: RefSource<'a>,
    /// "north" or "south": whose seasons "this summer" is counted in.
    hemisphere: &'static str,
    /// Where "south" was read from (a dateline's place, or the first place named).
    #[serde(skip_serializing_if = "Option::is_none")]
    hemisphere_from: Option<Piece<'a>>,
    sentences: Vec<Offsets>,
    entities: Vec<EntityJson<'a>>,
    quotes: Vec<QuoteJson<'a>>,
    timexes: Vec<TimexJson<'a>>,
    timeline: Vec<EventJson<'a>>,
}

#[derive(Serialize)]
struct Offsets {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct Piece<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct RefSource<'a> {
    /// "given", "inferred" or "none".
    kind: &'static str,
    /// Where an inferred date was read from.
    #[serde(skip_serializing_if = "Option::is_none")]
    span: Option<Piece<'a>>,
    /// With kind "none": a dateline's day written without its year, for a caller to ask which
    /// year it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    yearless: Option<YearlessJson<'a>>,
}

#[derive(Serialize)]
struct YearlessJson<'a> {
    month: i8,
    day: i8,
    /// "Monday" … "Sunday": the day the story's first lines report on, or null.
    weekday: Option<&'static str>,
    span: Piece<'a>,
}

#[derive(Serialize)]
struct EntityJson<'a> {
    id: usize,
    name: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    mentions: Vec<Piece<'a>>,
}

#[derive(Serialize)]
struct QuoteJson<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    kind: &'static str,
    speaker: Option<SpeakerJson<'a>>,
    cue: Option<Piece<'a>>,
}

#[derive(Serialize)]
struct SpeakerJson<'a> {
    name: &'a str,
    entity: Option<usize>,
    start: usize,
    end: usize,
    text: &'a str,
    rule: &'static str,
}

#[derive(Serialize)]
struct TimexJson<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    value: &'a str,
}

#[derive(Serialize)]
struct EventJson<'a> {
    date: &'a str,
    /// The end of a range, or null.
    end_date: Option<&'a str>,
    precision: &'static str,
    /// Worked out (from the reference date, an earlier date or an age) rather than written.
    inferred: bool,
    label: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    sentence: Offsets,
}

fn weekday_name(day: jiff::civil::Weekday) -> &'static str {
    use jiff::civil::Weekday::*;
    match day {
        Monday => "Monday",
        Tuesday => "Tuesday",
        Wednesday => "Wednesday",
        Thursday => "Thursday",
        Friday => "Friday",
        Saturday => "Saturday",
        Sunday => "Sunday",
    }
}

fn build<'a>(text: &'a str, a: &'a Analysis, unit: Unit) -> Analysed<'a> {
    let map = OffsetMap::with_unit(text, unit);
    let off = |s: Span| Offsets { start: map.offset(s.start), end: map.offset(s.end) };
    let piece = |s: Span| Piece { start: map.offset(s.start), end: map.offset(s.end), text: s.text(text) };
    Analysed {
        reference_date: a.reference.date.map(|d| d.to_string()),
        reference_source: match a.reference.source {
            ReferenceSource::Given => RefSource { kind: "given", span: None, yearless: None },
            ReferenceSource::Inferred(s) => RefSource { kind: "inferred", span: Some(piece(s)), yearless: None },
            ReferenceSource::None => RefSource {
                kind: "none",
                span: None,
                yearless: a.reference.yearless.map(|y| YearlessJson {
                    month: y.month,
                    day: y.day,
                    weekday: y.weekday.map(weekday_name),
                    span: piece(y.span),
                }),
            },
        },
        hemisphere: a.reference.hemisphere.label(),
        hemisphere_from: a.reference.hemisphere_from.map(piece),
        sentences: a.sentences.iter().map(|&s| off(s)).collect(),
        entities: a
            .entities
            .iter()
            .map(|e| EntityJson {
                id: e.id,
                name: &e.name,
                kind: e.kind.label(),
                mentions: e.mentions.iter().map(|&m| piece(m)).collect(),
            })
            .collect(),
        quotes: a
            .quotes
            .iter()
            .map(|q| {
                let p = piece(q.span);
                QuoteJson {
                    start: p.start,
                    end: p.end,
                    text: p.text,
                    kind: q.kind.label(),
                    speaker: q.speaker.as_ref().map(|s| {
                        let p = piece(s.span);
                        SpeakerJson {
                            name: &s.name,
                            entity: s.entity,
                            start: p.start,
                            end: p.end,
                            text: p.text,
                            rule: s.rule,
                        }
                    }),
                    cue: q.cue.map(piece),
                }
            })
            .collect(),
        timexes: a
            .timexes
            .iter()
            .map(|t| {
                let p = piece(t.span);
                TimexJson { start: p.start, end: p.end, text: p.text, kind: t.kind.label(), value: &t.value }
            })
            .collect(),
        timeline: a
            .timeline
            .iter()
            .map(|e| {
                let p = piece(e.span);
                EventJson {
                    date: &e.date,
                    end_date: e.end_date.as_deref(),
                    precision: e.precision.label(),
                    inferred: e.inferred,
                    label: &e.label,
                    start: p.start,
                    end: p.end,
                    text: p.text,
                    sentence: off(e.sentence),
                }
            })
            .collect(),
    }
}

/// The analysis as a JSON value (offsets in characters).
pub fn to_value(text: &str, analysis: &Analysis) -> serde_json::Value {
    to_value_with(text, analysis, Unit::Chars)
}

/// The analysis as a JSON value, offsets counted in `unit`.
pub fn to_value_with(text: &str, analysis: &Analysis, unit: Unit) -> serde_json::Value {
    serde_json::to_value(build(text, analysis, unit)).expect("analysis serializes")
}

/// The analysis as compact JSON text (one line, as `--jsonl` writes it; offsets in characters).
pub fn to_string(text: &str, analysis: &Analysis) -> String {
    to_string_with(text, analysis, Unit::Chars)
}

/// The analysis as compact JSON text, offsets counted in `unit`.
pub fn to_string_with(text: &str, analysis: &Analysis, unit: Unit) -> String {
    serde_json::to_string(&build(text, analysis, unit)).expect("analysis serializes")
}

/// The analysis as indented JSON text (offsets in characters).
pub fn to_string_pretty(text: &str, analysis: &Analysis) -> String {
    serde_json::to_string_pretty(&build(text, analysis, Unit::Chars)).expect("analysis serializes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_cross_blocks() {
        // Multi-byte characters straddling the 256-byte checkpoints.
        let text = "é😀a".repeat(200);
        let map = OffsetMap::new(&text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(map.char_offset(byte), chars);
        }
        assert_eq!(map.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn utf16_offsets_cross_blocks() {
        // Characters of 1, 2, 3 and 4 UTF-8 bytes (the last two UTF-16 units) straddling the
        // 256-byte checkpoints.
        let text = "a\u{e9}\u{20ac}\u{1F600}\u{20000}".repeat(100);
        let map = OffsetMap::with_unit(&text, Unit::Utf16);
        let mut units = 0;
        for (byte, c) in text.char_indices() {
            assert_eq!(map.offset(byte), units, "at byte {byte}");
            units += c.len_utf16();
        }
        assert_eq!(map.offset(text.len()), text.encode_utf16().count());
    }

    #[test]
    fn utf16_spans_slice_by_code_units() {
        let text = "\u{1F30D}\u{1F469}\u{200D}\u{1F52C} Dr. Ana Silva said: \"\u{1D538} is \u{1F600}.\" \
                    She spoke in Lisbon on Monday, March 3, 2025.";
        let a = crate::analyze(text, &crate::Options::new());
        let v = to_value_with(text, &a, Unit::Utf16);
        let units: Vec<u16> = text.encode_utf16().collect();
        let slice = |item: &serde_json::Value| {
            let (s, e) = (item["start"].as_u64().unwrap() as usize, item["end"].as_u64().unwrap() as usize);
            String::from_utf16(&units[s..e]).unwrap()
        };
        let mut checked = 0;
        for e in v["entities"].as_array().unwrap() {
            for m in e["mentions"].as_array().unwrap() {
                assert_eq!(slice(m), m["text"].as_str().unwrap());
                checked += 1;
            }
        }
        for item in v["quotes"].as_array().unwrap().iter().chain(v["timexes"].as_array().unwrap()) {
            assert_eq!(slice(item), item["text"].as_str().unwrap());
            checked += 1;
        }
        assert!(checked >= 4, "expected entities, a quote and dates in {v}");
    }

    #[test]
    fn timeline_range_and_inferred() {
        let text = "Output fell between 2010 and 2012. It rose on Monday.";
        let options = crate::Options::new().reference_date(crate::Date::new(2016, 9, 22).unwrap());
        let v = to_value(text, &crate::analyze(text, &options));
        let events = v["timeline"].as_array().unwrap();
        assert_eq!(events[0]["date"], "2010");
        assert_eq!(events[0]["end_date"], "2012");
        assert_eq!(events[0]["inferred"], false);
        assert_eq!(events[0]["text"], "2010 and 2012");
        assert_eq!(events[1]["date"], "2016-09-19");
        assert_eq!(events[1]["end_date"], serde_json::Value::Null);
        assert_eq!(events[1]["inferred"], true);
    }

    #[test]
    fn hemisphere_and_where_it_came_from() {
        let text = "AUCKLAND, Jan. 14, 2027 - Last summer was wet.";
        let v = to_value(text, &crate::analyze(text, &crate::Options::new()));
        assert_eq!(v["hemisphere"], "south");
        assert_eq!(v["hemisphere_from"]["text"], "AUCKLAND");
        assert_eq!(v["timexes"][1]["value"], "2025-SU");
        let v = to_value(text, &crate::analyze(text, &crate::Options::new().hemisphere(crate::Hemisphere::North)));
        assert_eq!(v["hemisphere"], "north");
        assert_eq!(v.get("hemisphere_from"), None);
    }

    #[test]
    fn empty_text() {
        let map = OffsetMap::new("");
        assert_eq!(map.char_offset(0), 0);
        let v = to_value("", &crate::analyze("", &crate::Options::new()));
        assert_eq!(v["entities"], serde_json::json!([]));
        assert_eq!(v["reference_date"], serde_json::Value::Null);
        assert_eq!(v["reference_source"]["kind"], "none");
        assert_eq!(v["reference_source"].get("yearless"), None);
    }

    #[test]
    fn yearless_dateline() {
        let text = "PENSACOLA, Fla., Sept. 12 (AP) - The storm reached the coast early on Thursday, officials said on Thursday.";
        let v = to_value(text, &crate::analyze(text, &crate::Options::new()));
        assert_eq!(v["reference_date"], serde_json::Value::Null);
        let yearless = &v["reference_source"]["yearless"];
        assert_eq!(yearless["month"], 9);
        assert_eq!(yearless["day"], 12);
        assert_eq!(yearless["weekday"], "Thursday");
        assert_eq!(yearless["span"]["text"], "Sept. 12");
    }

    #[test]
    fn spans_slice_by_characters() {
        let text = "Der Bürgermeister Jürgen Özdemir sagte: \"Ja.\" Danach sprach Katharina Berger.";
        let a = crate::analyze(text, &crate::Options::new());
        let v = to_value(text, &a);
        let chars: Vec<char> = text.chars().collect();
        for e in v["entities"].as_array().unwrap() {
            for m in e["mentions"].as_array().unwrap() {
                let (s, t) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
                let slice: String = chars[s..t].iter().collect();
                assert_eq!(slice, m["text"].as_str().unwrap());
            }
        }
        assert!(!v["entities"].as_array().unwrap().is_empty());
    }
}
