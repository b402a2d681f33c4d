//! The JSON form of an [`Analysis`], shared by the command-line tool and the page's export.
//!
//! Offsets in JSON count Unicode scalar values (characters), end-exclusive, so that Python's
//! `text[start:end]` gives the span; internally spans are byte offsets. The schema is
//! documented in README.md.
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

use serde::Serialize;

use crate::{Analysis, ReferenceSource, Span};

/// Converts byte offsets to character offsets in O(1) amortized per lookup, with a checkpoint
/// every 256 bytes (a 10 MB text needs 40 000 checkpoints, 320 KB).
pub struct OffsetMap<'a> {
    text: &'a str,
    checkpoints: Vec<usize>,
}

const BLOCK: usize = 256;

impl<'a> OffsetMap<'a> {
    pub fn new(text: &'a str) -> OffsetMap<'a> {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0;
        for block in bytes.chunks(BLOCK) {
            checkpoints.push(count);
            count += chars_in(block);
        }
        checkpoints.push(count);
        OffsetMap { text, checkpoints }
    }

    /// The character offset of byte offset `byte` (which must be a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let block = byte / BLOCK;
        self.checkpoints[block] + chars_in(&self.text.as_bytes()[block * BLOCK..byte])
    }
}

/// Characters starting in `bytes`: every byte that is not a UTF-8 continuation byte.
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

#[derive(Serialize)]
struct Analysed<'a> {
    reference_date: Option<String>,
    reference_source: RefSource<'a>,
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

fn build<'a>(text: &'a str, a: &'a Analysis) -> Analysed<'a> {
    let map = OffsetMap::new(text);
    let off = |s: Span| Offsets { start: map.char_offset(s.start), end: map.char_offset(s.end) };
    let piece = |s: Span| Piece { start: map.char_offset(s.start), end: map.char_offset(s.end), text: s.text(text) };
    Analysed {
        reference_date: a.reference.date.map(|d| d.to_string()),
        reference_source: match a.reference.source {
            ReferenceSource::Given => RefSource { kind: "given", span: None },
            ReferenceSource::Inferred(s) => RefSource { kind: "inferred", span: Some(piece(s)) },
            ReferenceSource::None => RefSource { kind: "none", span: None },
        },
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

/// The analysis as a JSON value.
pub fn to_value(text: &str, analysis: &Analysis) -> serde_json::Value {
    serde_json::to_value(build(text, analysis)).expect("analysis serializes")
}

/// The analysis as compact JSON text (one line, as `--jsonl` writes it).
pub fn to_string(text: &str, analysis: &Analysis) -> String {
    serde_json::to_string(&build(text, analysis)).expect("analysis serializes")
}

/// The analysis as indented JSON text.
pub fn to_string_pretty(text: &str, analysis: &Analysis) -> String {
    serde_json::to_string_pretty(&build(text, analysis)).expect("analysis serializes")
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
    fn empty_text() {
        let map = OffsetMap::new("");
        assert_eq!(map.char_offset(0), 0);
        let v = to_value("", &crate::analyze("", &crate::Options::new()));
        assert_eq!(v["entities"], serde_json::json!([]));
        assert_eq!(v["reference_date"], serde_json::Value::Null);
        assert_eq!(v["reference_source"]["kind"], "none");
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
