//! `article-explorer eval quotes FILE`: quotes and speakers scored against PolNeAR scoring
//! documents (`docs-dev.jsonl`), exactly as `../shared/data/quotes/README.md` specifies.
//!
//! - Detection: a prediction matches a gold quote when the spans overlap by at least half of the
//!   gold span; matching is one-to-one, greedy by overlap (largest first). "Exact" also requires
//!   equal spans after trimming whitespace and quote marks.
//! - Speaker accuracy, over matched quotes whose gold quote has a speaker: right when the predicted
//!   speaker span overlaps a gold speaker mention (annotated or in its coreference chain), or the
//!   predicted name equals (case-insensitively) the gold name, the annotated mention or another
//!   listed name (never for pronouns), or the last capitalized words agree.
//! - Named-speaker accuracy: the same, but a pronoun as predicted name is never right.
//! - End-to-end: matched and speaker right (a gold quote without a speaker needs none);
//!   P = right / predictions, R = right / gold.
//! - Direct / partial figures keep the global matching and ignore predictions matched to a gold
//!   quote of the other kind.
//!
//! Offsets in the file are code points; the engine's are bytes, converted with
//! [`engine::json::OffsetMap`].

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader};

use engine::json::OffsetMap;
use engine::{analyze, Options};
use serde::Deserialize;

#[derive(Deserialize)]
struct Doc {
    id: String,
    text: String,
    gold: Vec<Gold>,
}

#[derive(Deserialize, Clone, Debug, Default)]
pub(crate) struct Gold {
    pub start: usize,
    pub end: usize,
    pub kind: String,
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub speaker_mention: Option<String>,
    /// `[name, type, origin]` triples.
    #[serde(default)]
    pub speaker_names: Vec<Vec<serde_json::Value>>,
    #[serde(default)]
    pub speaker_spans: Vec<[usize; 2]>,
    #[serde(default)]
    pub speaker_coref_spans: Vec<[usize; 2]>,
}

/// One predicted quote in the scoring format (code-point offsets), plus the rule that named the
/// speaker for the sieve table.
#[derive(Clone, Debug, Default)]
pub(crate) struct Pred {
    pub start: usize,
    pub end: usize,
    pub speaker: Option<String>,
    pub speaker_span: Option<(usize, usize)>,
    pub rule: Option<&'static str>,
}

const PRONOUNS: &[&str] = &[
    "he",
    "she",
    "they",
    "it",
    "him",
    "her",
    "them",
    "we",
    "us",
    "i",
    "me",
    "you",
    "his",
    "hers",
    "its",
    "their",
    "theirs",
    "our",
    "ours",
    "my",
    "mine",
    "your",
    "yours",
    "himself",
    "herself",
    "themselves",
    "itself",
];

fn is_pronoun(s: &str) -> bool {
    PRONOUNS.contains(&s.trim().to_lowercase().as_str())
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{201C}' | '\u{201D}' | '\u{2018}' | '\u{2019}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}')
}

/// `start..end` (code points) with whitespace and quote marks trimmed from both ends.
fn trimmed(chars: &[char], start: usize, end: usize) -> (usize, usize) {
    let (mut s, mut e) = (start.min(chars.len()), end.min(chars.len()));
    while s < e && (chars[s].is_whitespace() || is_quote_mark(chars[s])) {
        s += 1;
    }
    while e > s && (chars[e - 1].is_whitespace() || is_quote_mark(chars[e - 1])) {
        e -= 1;
    }
    (s, e)
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn last_capitalized(s: &str) -> Option<&str> {
    s.split(|c: char| c.is_whitespace()).rfind(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Whether the predicted speaker is right for `gold` (which has a speaker). With `named`, a
/// pronoun as predicted name is never right.
pub(crate) fn speaker_right(pred: &Pred, gold: &Gold, named: bool) -> bool {
    let Some(name) = pred.speaker.as_deref() else {
        return false;
    };
    let pronoun = is_pronoun(name);
    if named && pronoun {
        return false;
    }
    if let Some(span) = pred.speaker_span {
        if gold.speaker_spans.iter().chain(&gold.speaker_coref_spans).any(|g| overlap(span, (g[0], g[1])) > 0) {
            return true;
        }
    }
    if pronoun {
        return false;
    }
    let listed = gold
        .speaker
        .iter()
        .chain(gold.speaker_mention.iter())
        .map(String::as_str)
        .chain(gold.speaker_names.iter().filter_map(|n| n.first().and_then(|v| v.as_str())));
    let lower = name.trim().to_lowercase();
    if listed.into_iter().any(|g| g.trim().to_lowercase() == lower) {
        return true;
    }
    match (last_capitalized(name), gold.speaker.as_deref().and_then(last_capitalized)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// Counts for one slice (all, direct, partial).
#[derive(Default, Clone, Debug, PartialEq)]
pub(crate) struct Counts {
    pub predictions: usize,
    pub gold: usize,
    pub matched: usize,
    pub exact: usize,
    /// Matched quotes whose gold quote has a speaker.
    pub with_speaker: usize,
    pub speaker_right: usize,
    pub named_right: usize,
    /// Matched, and speaker right (or no gold speaker).
    pub end_to_end: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.predictions += o.predictions;
        self.gold += o.gold;
        self.matched += o.matched;
        self.exact += o.exact;
        self.with_speaker += o.with_speaker;
        self.speaker_right += o.speaker_right;
        self.named_right += o.named_right;
        self.end_to_end += o.end_to_end;
    }
}

/// Per-rule tallies over matched quotes whose gold quote has a speaker.
#[derive(Default, Clone, Debug, PartialEq)]
pub(crate) struct Sieve {
    pub attributed: usize,
    pub right: usize,
    /// Predictions by this rule that matched no gold quote.
    pub unmatched: usize,
}

#[derive(Default, Clone, Debug, PartialEq)]
pub(crate) struct Score {
    pub all: Counts,
    pub direct: Counts,
    pub partial: Counts,
    pub sieves: BTreeMap<&'static str, Sieve>,
}

/// Scores one document's predictions against its gold quotes. `text` is needed for "exact"
/// (trimming whitespace and quote marks).
pub(crate) fn score_doc(text: &str, gold: &[Gold], preds: &[Pred]) -> Score {
    let chars: Vec<char> = text.chars().collect();
    // Candidate pairs, largest overlap first; ties by gold then prediction order.
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        let glen = g.end.saturating_sub(g.start);
        for (pi, p) in preds.iter().enumerate() {
            let o = overlap((p.start, p.end), (g.start, g.end));
            if o > 0 && 2 * o >= glen {
                pairs.push((o, gi, pi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut gold_match: Vec<Option<usize>> = vec![None; gold.len()];
    let mut pred_match: Vec<Option<usize>> = vec![None; preds.len()];
    for (_, gi, pi) in pairs {
        if gold_match[gi].is_none() && pred_match[pi].is_none() {
            gold_match[gi] = Some(pi);
            pred_match[pi] = Some(gi);
        }
    }
    let mut score = Score::default();
    for (gi, g) in gold.iter().enumerate() {
        let direct = g.kind == "direct";
        let mut c = Counts { gold: 1, ..Counts::default() };
        if let Some(pi) = gold_match[gi] {
            let p = &preds[pi];
            c.matched = 1;
            c.exact = usize::from(trimmed(&chars, p.start, p.end) == trimmed(&chars, g.start, g.end));
            if g.speaker.is_some() {
                c.with_speaker = 1;
                let right = speaker_right(p, g, false);
                c.speaker_right = usize::from(right);
                c.named_right = usize::from(speaker_right(p, g, true));
                c.end_to_end = usize::from(right);
                let sieve = score.sieves.entry(p.rule.unwrap_or("(none)")).or_default();
                sieve.attributed += 1;
                sieve.right += usize::from(right);
            } else {
                c.end_to_end = 1;
            }
        }
        score.all.add(&c);
        if direct {
            score.direct.add(&c);
        } else {
            score.partial.add(&c);
        }
    }
    for (pi, p) in preds.iter().enumerate() {
        score.all.predictions += 1;
        match pred_match[pi].map(|gi| gold[gi].kind == "direct") {
            Some(true) => score.direct.predictions += 1,
            Some(false) => score.partial.predictions += 1,
            None => {
                score.direct.predictions += 1;
                score.partial.predictions += 1;
                score.sieves.entry(p.rule.unwrap_or("(none)")).or_default().unmatched += 1;
            }
        }
    }
    score
}

/// The engine's quotes for `text` in the scoring format.
pub(crate) fn predict(text: &str) -> Vec<Pred> {
    let analysis = analyze(text, &Options::new());
    let map = OffsetMap::new(text);
    analysis
        .quotes
        .iter()
        .map(|q| Pred {
            start: map.char_offset(q.span.start),
            end: map.char_offset(q.span.end),
            speaker: q.speaker.as_ref().map(|s| s.name.clone()),
            speaker_span: q.speaker.as_ref().map(|s| (map.char_offset(s.span.start), map.char_offset(s.span.end))),
            rule: q.speaker.as_ref().map(|s| s.rule),
        })
        .collect()
}

fn prf(right: usize, predictions: usize, gold: usize) -> (f64, f64, f64) {
    let p = if predictions == 0 { 0.0 } else { right as f64 / predictions as f64 };
    let r = if gold == 0 { 0.0 } else { right as f64 / gold as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

pub(crate) fn report(score: &Score, docs: usize) -> String {
    let mut out = String::new();
    out.push_str(&format!("PolNeAR quotes: {docs} documents, {} gold quotes\n\n", score.all.gold));
    out.push_str(
        "slice     gold  pred  match | det P  det R  det F1 | exact F1 | spk acc  named acc | e2e P  e2e R  e2e F1\n",
    );
    for (label, c) in [("overall", &score.all), ("direct", &score.direct), ("partial", &score.partial)] {
        let (dp, dr, df) = prf(c.matched, c.predictions, c.gold);
        let (_, _, ef) = prf(c.exact, c.predictions, c.gold);
        let (ep, er, ee) = prf(c.end_to_end, c.predictions, c.gold);
        out.push_str(&format!(
            "{label:<8} {:>5} {:>5} {:>6} | {dp:.3}  {dr:.3}  {df:.3}  | {ef:.3}    | {:.3}    {:.3}    | {ep:.3}  {er:.3}  {ee:.3}\n",
            c.gold,
            c.predictions,
            c.matched,
            ratio(c.speaker_right, c.with_speaker),
            ratio(c.named_right, c.with_speaker),
        ));
    }
    out.push_str(&format!(
        "\nexact spans: {} of {} matched; speaker judged on {} matched quotes with a gold speaker\n",
        score.all.exact, score.all.matched, score.all.with_speaker
    ));
    out.push_str("\nsieve                 attributed  right  precision  unmatched-predictions\n");
    let mut rows: Vec<_> = score.sieves.iter().collect();
    rows.sort_by(|a, b| b.1.attributed.cmp(&a.1.attributed).then(a.0.cmp(b.0)));
    for (rule, s) in rows {
        out.push_str(&format!(
            "{rule:<21} {:>10} {:>6} {:>10.3} {:>12}\n",
            s.attributed,
            s.right,
            ratio(s.right, s.attributed),
            s.unmatched
        ));
    }
    out
}

pub fn run(file: &str) -> Result<bool, String> {
    let reader = BufReader::new(File::open(file).map_err(|e| format!("cannot read {file}: {e}"))?);
    let mut total = Score::default();
    let mut docs = 0;
    let verbose = std::env::var_os("EVAL_QUOTES_ERRORS").is_some();
    for (n, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| format!("cannot read {file}: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: Doc = serde_json::from_str(&line).map_err(|e| format!("{file}: line {}: {e}", n + 1))?;
        let preds = predict(&doc.text);
        let s = score_doc(&doc.text, &doc.gold, &preds);
        if verbose {
            print_errors(&doc, &preds);
        }
        total.all.add(&s.all);
        total.direct.add(&s.direct);
        total.partial.add(&s.partial);
        for (rule, v) in s.sieves {
            let t = total.sieves.entry(rule).or_default();
            t.attributed += v.attributed;
            t.right += v.right;
            t.unmatched += v.unmatched;
        }
        docs += 1;
    }
    print!("{}", report(&total, docs));
    Ok(true)
}

/// With `EVAL_QUOTES_ERRORS` set: each missed gold quote, false positive and wrong speaker on
/// standard error, for tuning the rules on dev.
fn print_errors(doc: &Doc, preds: &[Pred]) {
    let chars: Vec<char> = doc.text.chars().collect();
    let piece = |s: usize, e: usize| -> String {
        let s = s.min(chars.len());
        chars[s..e.clamp(s, chars.len())].iter().collect::<String>().replace('\n', " ¶ ")
    };
    let context = |s: usize, e: usize| piece(s.saturating_sub(120), (e + 80).min(chars.len()));
    for (gi, g) in doc.gold.iter().enumerate() {
        let one = score_doc(&doc.text, std::slice::from_ref(g), preds);
        // Rescoring alone can pick another prediction than the joint matching; close enough for
        // an error listing.
        let _ = gi;
        if one.all.matched == 0 {
            eprintln!("MISS {} [{}] «{}»\n    {}", doc.id, g.kind, piece(g.start, g.end), context(g.start, g.end));
        } else if g.speaker.is_some() && one.all.speaker_right == 0 {
            let p = preds.iter().find(|p| 2 * overlap((p.start, p.end), (g.start, g.end)) >= g.end - g.start);
            eprintln!(
                "SPEAKER {} [{}] gold={:?} pred={:?} rule={:?}\n    {}",
                doc.id,
                g.kind,
                g.speaker,
                p.and_then(|p| p.speaker.clone()),
                p.and_then(|p| p.rule),
                context(g.start, g.end)
            );
        }
    }
    for p in preds {
        let hit = doc.gold.iter().any(|g| 2 * overlap((p.start, p.end), (g.start, g.end)) >= (g.end - g.start).max(1));
        if !hit {
            eprintln!(
                "FALSE {} «{}» rule={:?}\n    {}",
                doc.id,
                piece(p.start, p.end),
                p.rule,
                context(p.start, p.end)
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(start: usize, end: usize, kind: &str, speaker: Option<&str>, spans: &[[usize; 2]]) -> Gold {
        Gold {
            start,
            end,
            kind: kind.to_string(),
            speaker: speaker.map(str::to_string),
            speaker_mention: speaker.map(str::to_string),
            speaker_names: vec![],
            speaker_spans: spans.to_vec(),
            speaker_coref_spans: vec![],
        }
    }

    fn pred(start: usize, end: usize, speaker: Option<&str>, span: Option<(usize, usize)>) -> Pred {
        Pred { start, end, speaker: speaker.map(str::to_string), speaker_span: span, rule: Some("test") }
    }

    // 0         1         2         3         4         5
    // 012345678901234567890123456789012345678901234567890123456789
    const TEXT: &str = "Ada Brand said: \"We will win the vote.\" She called it \"fair\".";

    #[test]
    fn overlap_must_cover_half_the_gold_span() {
        // Gold "We will win the vote." = 17..38 (21 chars).
        let g = [gold(17, 38, "direct", Some("Ada Brand"), &[[0, 9]])];
        let cases: &[(&str, Pred, usize)] = &[
            ("same span", pred(17, 38, None, None), 1),
            ("half of gold (11 of 21 chars)", pred(27, 38, None, None), 1),
            ("less than half (10 of 21)", pred(28, 38, None, None), 0),
            ("larger prediction covering all", pred(0, 60, None, None), 1),
            ("disjoint", pred(40, 50, None, None), 0),
        ];
        for (name, p, matched) in cases {
            let s = score_doc(TEXT, &g, std::slice::from_ref(p));
            assert_eq!(s.all.matched, *matched, "{name}");
        }
    }

    #[test]
    fn matching_is_one_to_one_greedy_by_overlap() {
        let g = [gold(17, 38, "direct", None, &[]), gold(55, 59, "partial", None, &[])];
        // Two predictions on the first gold quote: the larger overlap wins, the other is a false positive.
        let preds = [pred(20, 38, None, None), pred(17, 38, None, None)];
        let s = score_doc(TEXT, &g, &preds);
        assert_eq!((s.all.matched, s.all.predictions, s.all.gold), (1, 2, 2));
        // One prediction spanning both gold quotes matches only the one it overlaps more.
        let s = score_doc(TEXT, &g, &[pred(17, 58, None, None)]);
        assert_eq!(s.direct.matched, 1);
        assert_eq!(s.partial.matched, 0);
    }

    #[test]
    fn exact_ignores_whitespace_and_quote_marks() {
        let g = [gold(17, 38, "direct", None, &[])];
        assert_eq!(score_doc(TEXT, &g, &[pred(16, 39, None, None)]).all.exact, 1, "marks included");
        assert_eq!(score_doc(TEXT, &g, &[pred(17, 37, None, None)]).all.exact, 0, "final period dropped");
    }

    #[test]
    fn speaker_rules() {
        let g = Gold {
            speaker: Some("Ada Brand".into()),
            speaker_mention: Some("Brand".into()),
            speaker_names: vec![vec!["the senator".into(), "ORGANIZATION".into(), "coref".into()]],
            speaker_spans: vec![[0, 9]],
            speaker_coref_spans: vec![[40, 43]],
            ..gold(55, 59, "partial", None, &[])
        };
        let cases: &[(&str, Pred, bool, bool)] = &[
            ("span overlaps the source", pred(0, 0, Some("Someone"), Some((4, 9))), true, true),
            ("pronoun span on a coreference mention", pred(0, 0, Some("She"), Some((40, 43))), true, false),
            ("same name elsewhere", pred(0, 0, Some("ada brand"), Some((70, 79))), true, true),
            ("annotated mention", pred(0, 0, Some("Brand"), None), true, true),
            ("listed coreference name", pred(0, 0, Some("The Senator"), None), true, true),
            ("last capitalized word", pred(0, 0, Some("Senator Ada Brand"), None), true, true),
            ("pronoun string never matches", pred(0, 0, Some("she"), Some((70, 73))), false, false),
            ("other person", pred(0, 0, Some("Carl Dorn"), Some((70, 79))), false, false),
            ("no speaker", pred(0, 0, None, None), false, false),
        ];
        for (name, p, right, named) in cases {
            assert_eq!(speaker_right(p, &g, false), *right, "{name}");
            assert_eq!(speaker_right(p, &g, true), *named, "{name} (named)");
        }
    }

    #[test]
    fn end_to_end_and_kinds() {
        let g = [
            gold(17, 38, "direct", Some("Ada Brand"), &[[0, 9]]),
            gold(55, 59, "partial", Some("Ada Brand"), &[[0, 9]]),
        ];
        let preds = [
            pred(17, 38, Some("Ada Brand"), Some((0, 9))), // right
            pred(55, 59, Some("Carl Dorn"), None),         // found, wrong speaker
            pred(2, 8, None, None),                        // false positive
        ];
        let s = score_doc(TEXT, &g, &preds);
        assert_eq!(
            s.all,
            Counts {
                predictions: 3,
                gold: 2,
                matched: 2,
                exact: 2,
                with_speaker: 2,
                speaker_right: 1,
                named_right: 1,
                end_to_end: 1
            }
        );
        // Direct ignores the prediction matched to the partial gold quote, but keeps the false positive.
        assert_eq!((s.direct.predictions, s.direct.end_to_end), (2, 1));
        assert_eq!((s.partial.predictions, s.partial.end_to_end), (2, 0));
        assert_eq!(s.sieves["test"], Sieve { attributed: 2, right: 1, unmatched: 1 });
        assert_eq!(prf(1, 3, 2).2, 2.0 * (1.0 / 3.0) * 0.5 / (1.0 / 3.0 + 0.5));
    }

    #[test]
    fn gold_without_speaker_needs_none() {
        let g = [gold(55, 59, "partial", None, &[])];
        let s = score_doc(TEXT, &g, &[pred(55, 59, None, None)]);
        assert_eq!((s.all.end_to_end, s.all.with_speaker), (1, 0));
    }

    #[test]
    fn engine_offsets_become_code_points() {
        // "é" is two bytes: the quote starts at code point 23, byte 24.
        let text = "Café owner Ana Silva said: \"Open now.\"";
        let preds = predict(text);
        assert_eq!(preds.len(), 1);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[preds[0].start..preds[0].end].iter().collect::<String>(), "Open now.");
        let (s, e) = preds[0].speaker_span.unwrap();
        assert_eq!(chars[s..e].iter().collect::<String>(), "Ana Silva");
    }
}
