//! `article-explorer eval timex DIR`: time expressions scored as TempEval-3 Task A.
//!
//! Every `.tml` file under DIR (recursively) is read; its creation time (the TIMEX3 with
//! `functionInDocument="CREATION_TIME"`, outside `<TEXT>`) is the reference date; the text of
//! its `<TEXT>` element, tags stripped and entities decoded, is analysed; and the engine's
//! expressions are compared with the gold TIMEX3 elements of `<TEXT>`:
//!
//! - gold and system expressions are paired one to one as the official TempEval-3 toolkit
//!   pairs them (see [`pair`]): in text order, an expression that begins inside an unpaired
//!   one of the other side pairs with it. Relaxed: a pair (its extents overlap); strict: a
//!   pair with the same extent. Precision is pairs over system expressions, recall pairs
//!   over gold ones.
//! - type and value: exact string comparison over pairs. The official scorer reports the
//!   attribute F1 as (correct / pairs) × relaxed F1; with one-to-one pairs that is the
//!   harmonic mean of correct / system and correct / gold, which are printed as P and R.
//!
//! With the environment variable `TIMEX_ERRORS=1` every error is also printed, one per line,
//! to standard error (for development; the data never goes into the repository). With
//! `TIMEX_ERRORS=all`, system expressions that are right in extent, type and value are printed
//! too, as `correct` lines, so that a rule's precision can be counted.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use engine::{analyze, parse_date, Options, Span};

/// One time expression: its extent in the document's text (byte offsets), type and value.
#[derive(Clone, Debug, PartialEq)]
pub struct Tx {
    pub span: Span,
    pub kind: String,
    pub value: String,
}

/// A TimeML document reduced to what Task A needs.
#[derive(Debug, PartialEq)]
pub struct Doc {
    /// The creation time's date part (`1998-02-27`).
    pub dct: String,
    /// The text of `<TEXT>`, without tags, entities decoded.
    pub text: String,
    pub gold: Vec<Tx>,
}

/// Counts for the Task A figures, summed over documents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub system: usize,
    /// System expressions with an exactly matching gold one, and the converse.
    pub strict_p: usize,
    pub strict_r: usize,
    /// System expressions overlapping a gold one, and the converse.
    pub relaxed_p: usize,
    pub relaxed_r: usize,
    pub type_p: usize,
    pub type_r: usize,
    pub value_p: usize,
    pub value_r: usize,
    /// Values equal up to notation ([`same_meaning`]): a diagnostic, not the official figure.
    pub meaning: usize,
}

/// What went wrong with one expression (for the error table).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ErrorClass {
    /// A gold expression paired with no system expression (none overlaps it, or the one
    /// that does is paired with another).
    Missed,
    /// A system expression paired with no gold expression.
    Spurious,
    /// Overlapping, but not the same extent.
    Extent,
    Type,
    Value,
}

impl ErrorClass {
    fn label(self) -> &'static str {
        match self {
            ErrorClass::Missed => "missed (no pair)",
            ErrorClass::Spurious => "spurious (no pair)",
            ErrorClass::Extent => "extent differs",
            ErrorClass::Type => "type wrong",
            ErrorClass::Value => "value wrong",
        }
    }
}

/// One error: its class, the gold type it concerns (the system type for spurious ones), the
/// text, and gold/system values.
pub struct Error {
    pub class: ErrorClass,
    pub kind: String,
    pub text: String,
    pub detail: String,
    /// Up to 60 bytes of text on either side, the expression in brackets.
    pub context: String,
}

/// Pairs gold and system expressions one to one, as the official TempEval-3 toolkit does
/// (its TimeML-Normalizer gives paired expressions one id, and evaluate_entities.py then
/// compares expressions with the same id). The text is walked in order, gold before system
/// where both begin at the same place; an expression that begins while an expression of the
/// other side is open (begun earlier, or at the same place for a system expression, and not
/// yet ended) pairs with it if that one is still unpaired. So a system expression that spans
/// two gold ones pairs with the first only, and a second system expression beginning inside
/// an already paired gold one pairs with nothing. Both lists are in text order and their
/// expressions do not overlap within a list. Returns, for each gold expression, its system
/// partner.
pub fn pair(gold: &[Tx], system: &[Tx]) -> Vec<Option<usize>> {
    let mut gold_partner: Vec<Option<usize>> = vec![None; gold.len()];
    let mut system_paired = vec![false; system.len()];
    let (mut g, mut s) = (0, 0);
    while g < gold.len() || s < system.len() {
        let gold_first = s == system.len() || g < gold.len() && gold[g].span.start <= system[s].span.start;
        if gold_first {
            // A system expression begun strictly before and still open.
            let at = gold[g].span.start;
            if let Some(k) = s.checked_sub(1).filter(|&k| system[k].span.end > at && !system_paired[k]) {
                gold_partner[g] = Some(k);
                system_paired[k] = true;
            }
            g += 1;
        } else {
            // A gold expression begun before or at the same place and still open.
            let at = system[s].span.start;
            if let Some(k) = g.checked_sub(1).filter(|&k| gold[k].span.end > at && gold_partner[k].is_none()) {
                gold_partner[k] = Some(s);
                system_paired[s] = true;
            }
            s += 1;
        }
    }
    gold_partner
}

/// Drops system expressions that overlap an earlier kept one, as TimeML cannot write them
/// (of those beginning at the same place the longest is kept). Sorts by start.
pub fn drop_overlapping(system: &mut Vec<Tx>) {
    system.sort_by_key(|t| (t.span.start, std::cmp::Reverse(t.span.end)));
    let mut end = 0;
    system.retain(|t| {
        let keep = t.span.start >= end;
        if keep {
            end = t.span.end;
        }
        keep
    });
}

impl Counts {
    /// Adds one document's comparison; returns its errors. Both lists in text order, without
    /// overlaps within a list (see [`pair`]).
    pub fn add(&mut self, text: &str, gold: &[Tx], system: &[Tx]) -> Vec<Error> {
        let mut errors = Vec::new();
        self.gold += gold.len();
        self.system += system.len();
        let snippet = |s: Span| text.get(s.start..s.end).unwrap_or("").replace('\n', " ");
        let partner = pair(gold, system);
        let mut paired = vec![false; system.len()];
        for (g, k) in gold.iter().zip(&partner) {
            let Some(k) = *k else {
                errors.push(Error {
                    class: ErrorClass::Missed,
                    kind: g.kind.clone(),
                    text: snippet(g.span),
                    detail: g.value.clone(),
                    context: around(text, g.span),
                });
                continue;
            };
            paired[k] = true;
            let s = &system[k];
            // One pair counts on both sides, as the official scorer's matches do.
            self.relaxed_r += 1;
            self.relaxed_p += 1;
            let strict = usize::from(s.span == g.span);
            self.strict_r += strict;
            self.strict_p += strict;
            let same_type = usize::from(s.kind == g.kind);
            self.type_r += same_type;
            self.type_p += same_type;
            let same_value = usize::from(s.value == g.value);
            self.value_r += same_value;
            self.value_p += same_value;
            self.meaning += usize::from(same_meaning(&s.value, &g.value));
            let mut wrong = |class, detail: String| {
                errors.push(Error {
                    class,
                    kind: g.kind.clone(),
                    text: snippet(g.span),
                    detail,
                    context: around(text, g.span),
                })
            };
            if s.span != g.span {
                wrong(ErrorClass::Extent, format!("system {:?}", snippet(s.span)));
            }
            if s.kind != g.kind {
                wrong(ErrorClass::Type, format!("gold {} system {}", g.kind, s.kind));
            }
            if s.value != g.value {
                wrong(ErrorClass::Value, format!("gold {} system {}", g.value, s.value));
            }
        }
        for (s, _) in system.iter().zip(&paired).filter(|(_, &p)| !p) {
            errors.push(Error {
                class: ErrorClass::Spurious,
                kind: s.kind.clone(),
                text: snippet(s.span),
                detail: s.value.clone(),
                context: around(text, s.span),
            });
        }
        errors
    }
}

/// Whether two TIMEX3 values differ only in notation: trailing unknown parts (`1949-XX`,
/// `1997-XX-XX` and `1949`; `199X` and `199`; `19XX` and `19`), an unpadded week (`2000-W7`
/// and `2000-W07`), an hour without minutes (`T17` and `T17:00`). The two corpora write these
/// differently; the official scorer compares strings, so this only measures how much of the
/// value error is notation.
pub fn same_meaning(a: &str, b: &str) -> bool {
    fn norm(v: &str) -> String {
        let mut v = v.to_string();
        while let Some(rest) = v.strip_suffix("-XX") {
            v = rest.to_string();
        }
        if v.len() == 4 && v.ends_with('X') && v[..3].bytes().all(|c| c.is_ascii_digit()) {
            v.truncate(3);
        }
        if v.len() == 4 && v.ends_with("XX") && v[..2].bytes().all(|c| c.is_ascii_digit()) {
            v.truncate(2);
        }
        if let Some((year, week)) = v.split_once("-W") {
            if week.len() == 1 && week.bytes().all(|c| c.is_ascii_digit()) {
                v = format!("{year}-W0{week}");
            }
        }
        if let Some((day, hour)) = v.split_once('T') {
            if hour.len() == 2 && hour.bytes().all(|c| c.is_ascii_digit()) {
                v = format!("{day}T{hour}:00");
            }
        }
        v
    }
    a == b || norm(a) == norm(b)
}

/// Precision, recall and F1 in percent from correct counts on each side.
pub fn prf(correct_p: usize, system: usize, correct_r: usize, gold: usize) -> (f64, f64, f64) {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
    let p = ratio(correct_p, system);
    let r = ratio(correct_r, gold);
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

/// Reads a TimeML document. Errors name what is missing.
pub fn parse_timeml(xml: &str) -> Result<Doc, String> {
    let dct = dct_of(xml).ok_or("no TIMEX3 with functionInDocument=\"CREATION_TIME\"")?;
    let open = xml.find("<TEXT>").ok_or("no <TEXT> element")?;
    let body_start = open + "<TEXT>".len();
    let body_len = xml[body_start..].find("</TEXT>").ok_or("<TEXT> is not closed")?;
    let body = &xml[body_start..body_start + body_len];

    let mut text = String::with_capacity(body.len());
    let mut gold = Vec::new();
    // The open TIMEX3: where it starts in `text`, its type and value.
    let mut open_timex: Option<(usize, String, String)> = None;
    let mut rest = body;
    while !rest.is_empty() {
        let next = rest.find(['<', '&']).unwrap_or(rest.len());
        text.push_str(&rest[..next]);
        rest = &rest[next..];
        if rest.starts_with('&') {
            let end = rest.find(';').filter(|&e| e <= 10).ok_or_else(|| format!("bad entity near {:?}", head(rest)))?;
            text.push(decode_entity(&rest[1..end]).ok_or_else(|| format!("unknown entity {:?}", &rest[..=end]))?);
            rest = &rest[end + 1..];
        } else if rest.starts_with('<') {
            let end = rest.find('>').ok_or_else(|| format!("unclosed tag near {:?}", head(rest)))?;
            let tag = &rest[1..end];
            rest = &rest[end + 1..];
            if let Some(attrs) = tag.strip_prefix("TIMEX3") {
                if attrs.ends_with('/') {
                    // An empty TIMEX3 (an implicit time) has no extent to find.
                    continue;
                }
                if open_timex.is_some() {
                    return Err("nested TIMEX3".into());
                }
                let kind = attribute(attrs, "type").ok_or("TIMEX3 without type")?;
                let value = attribute(attrs, "value").unwrap_or_default();
                open_timex = Some((text.len(), kind, value));
            } else if tag == "/TIMEX3" {
                let (start, kind, value) = open_timex.take().ok_or("</TIMEX3> without <TIMEX3>")?;
                // The scorer counts TIMEX3 with an extent; trim spaces the annotation included.
                let (s, e) = trim_span(&text, start, text.len());
                if s < e {
                    gold.push(Tx { span: Span::new(s, e), kind, value });
                }
            }
        }
    }
    if open_timex.is_some() {
        return Err("TIMEX3 not closed before </TEXT>".into());
    }
    Ok(Doc { dct, text, gold })
}

/// The text around `span`, the span in brackets, on one line.
fn around(text: &str, span: Span) -> String {
    let mut start = span.start.saturating_sub(60);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let mut end = (span.end + 60).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let piece = |a: usize, b: usize| text.get(a..b).unwrap_or("").replace('\n', " ");
    format!("{}[{}]{}", piece(start, span.start), piece(span.start, span.end), piece(span.end, end))
}

fn head(s: &str) -> &str {
    let mut end = s.len().min(30);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn trim_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    (start + lead, (end - trail).max(start + lead))
}

fn decode_entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let n = name.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

/// The value of `name="…"` in a tag's attributes.
fn attribute(attrs: &str, name: &str) -> Option<String> {
    let mut rest = attrs;
    loop {
        let at = rest.find(name)?;
        let before_ok = at == 0 || rest.as_bytes()[at - 1].is_ascii_whitespace();
        let after = rest[at + name.len()..].trim_start();
        if before_ok {
            if let Some(after_eq) = after.strip_prefix('=') {
                let after_eq = after_eq.trim_start();
                let quote = after_eq.chars().next().filter(|&c| c == '"' || c == '\'')?;
                let value = &after_eq[1..];
                let close = value.find(quote)?;
                return Some(value[..close].to_string());
            }
        }
        rest = &rest[at + name.len()..];
    }
}

/// The creation time's date (`YYYY-MM-DD`), from the TIMEX3 marked CREATION_TIME.
fn dct_of(xml: &str) -> Option<String> {
    let mut rest = xml;
    while let Some(at) = rest.find("<TIMEX3") {
        let end = at + rest[at..].find('>')?;
        let attrs = &rest[at + "<TIMEX3".len()..end];
        if attribute(attrs, "functionInDocument").as_deref() == Some("CREATION_TIME") {
            let value = attribute(attrs, "value")?;
            return value.get(..10).map(str::to_string);
        }
        rest = &rest[end..];
    }
    None
}

fn tml_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?.path();
        if path.is_dir() {
            tml_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "tml")
            && !path.file_name().is_some_and(|n| n.to_string_lossy().starts_with("._"))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// Scores the engine on every `.tml` file under `dir`; prints the figures and an error table.
pub fn run(dir: &str) -> Result<bool, String> {
    let mut files = Vec::new();
    tml_files(Path::new(dir), &mut files)?;
    if files.is_empty() {
        return Err(format!("no .tml files under {dir}"));
    }
    files.sort();
    let show_errors = std::env::var_os("TIMEX_ERRORS").is_some();
    let show_correct = std::env::var_os("TIMEX_ERRORS").is_some_and(|v| v == "all");
    let mut counts = Counts::default();
    let mut errors: Vec<Error> = Vec::new();
    let mut bytes = 0usize;
    let mut elapsed = std::time::Duration::ZERO;
    for path in &files {
        let xml = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let doc = parse_timeml(&xml).map_err(|e| format!("{}: {e}", path.display()))?;
        let dct = parse_date(&doc.dct).map_err(|e| format!("{}: creation time: {e}", path.display()))?;
        let started = std::time::Instant::now();
        let analysis = analyze(&doc.text, &Options::new().reference_date(dct));
        elapsed += started.elapsed();
        bytes += doc.text.len();
        let mut system: Vec<Tx> = analysis
            .timexes
            .iter()
            .map(|t| Tx { span: t.span, kind: t.kind.label().to_string(), value: t.value.clone() })
            .collect();
        drop_overlapping(&mut system);
        let doc_errors = counts.add(&doc.text, &doc.gold, &system);
        if show_errors {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            for e in &doc_errors {
                eprintln!(
                    "{}\t{}\t{}\t{:?}\t{}\t(dct {})\t{}",
                    e.class.label(),
                    e.kind,
                    name,
                    e.text,
                    e.detail,
                    doc.dct,
                    e.context
                );
            }
            if show_correct {
                for s in system.iter().filter(|s| doc.gold.contains(s)) {
                    let text = s.span.text(&doc.text).replace('\n', " ");
                    eprintln!("correct\t{}\t{name}\t{text:?}\t{}\t(dct {})", s.kind, s.value, doc.dct);
                }
            }
        }
        errors.extend(doc_errors);
    }
    let mb = bytes as f64 / 1e6;
    let mut out = std::io::stdout().lock();
    write!(
        out,
        "{}\n{mb:.2} MB of text analysed (whole analysis, all steps) in {:.2} s\n",
        report(files.len(), &counts, &errors),
        elapsed.as_secs_f64()
    )
    .map_err(|e| {
        // Without Rust's " (os error 32)", so that main treats a closed pipe as the reader's choice.
        let reason = e.to_string();
        format!("cannot write output: {}", reason.split(" (os error").next().unwrap_or(&reason))
    })?;
    Ok(true)
}

/// The figures and the error table as text.
pub fn report(documents: usize, c: &Counts, errors: &[Error]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "TempEval-3 Task A over {documents} documents: {} gold, {} system timexes", c.gold, c.system);
    let _ = writeln!(out, "{:<10} {:>7} {:>7} {:>7}", "", "P", "R", "F1");
    let rows = [
        ("strict", c.strict_p, c.strict_r),
        ("relaxed", c.relaxed_p, c.relaxed_r),
        ("type", c.type_p, c.type_r),
        ("value", c.value_p, c.value_r),
    ];
    for (name, cp, cr) in rows {
        let (p, r, f) = prf(cp, c.system, cr, c.gold);
        let _ = writeln!(out, "{name:<10} {p:>7.2} {r:>7.2} {f:>7.2}");
    }
    let (p, r, f) = prf(c.meaning, c.system, c.meaning, c.gold);
    let _ = writeln!(
        out,
        "{:<10} {p:>7.2} {r:>7.2} {f:>7.2}   (values equal up to notation, 1949-XX = 1949: not an official figure)",
        "value~"
    );
    let _ = writeln!(out, "\nerrors by class and (gold) type:");
    let mut classes: Vec<(ErrorClass, &str)> = errors.iter().map(|e| (e.class, e.kind.as_str())).collect();
    classes.sort();
    let mut k = 0;
    while k < classes.len() {
        let n = classes[k..].iter().take_while(|&&x| x == classes[k]).count();
        let _ = writeln!(out, "  {:<24} {:<9} {n:>5}", classes[k].0.label(), classes[k].1);
        k += n;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-27" functionInDocument="CREATION_TIME">02/27/1998</TIMEX3></DCT>
<TEXT>
Rates <EVENT eid="e1">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-26">Thursday</TIMEX3> &amp; fell <SIGNAL sid="s1">for</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.<TIMEX3 tid="t3" type="DATE" value="PAST_REF" /> Caf&#233; &lt;ok&gt;.
</TEXT>
</TimeML>"#;

    #[test]
    fn reads_text_gold_and_dct() {
        let doc = parse_timeml(DOC).unwrap();
        assert_eq!(doc.dct, "1998-02-27");
        assert_eq!(doc.text, "\nRates rose Thursday & fell for two days. Café <ok>.\n");
        let gold: Vec<(&str, &str, &str)> =
            doc.gold.iter().map(|t| (t.span.text(&doc.text), t.kind.as_str(), t.value.as_str())).collect();
        // The DCT is outside TEXT and the empty TIMEX3 has no extent: neither is gold.
        assert_eq!(gold, [("Thursday", "DATE", "1998-02-26"), ("two days", "DURATION", "P2D")]);
    }

    #[test]
    fn reader_errors() {
        assert!(parse_timeml("<TEXT>x</TEXT>").unwrap_err().contains("CREATION_TIME"));
        let no_text = r#"<TIMEX3 type="DATE" value="1998-02-27" functionInDocument="CREATION_TIME">x</TIMEX3>"#;
        assert_eq!(parse_timeml(no_text).unwrap_err(), "no <TEXT> element");
        let unclosed = format!("{no_text}<TEXT><TIMEX3 type=\"DATE\" value=\"1998\">1998</TEXT>");
        assert!(parse_timeml(&unclosed).unwrap_err().contains("not closed"));
    }

    fn tx(start: usize, end: usize, kind: &str, value: &str) -> Tx {
        Tx { span: Span::new(start, end), kind: kind.into(), value: value.into() }
    }

    /// Gold: [0,8) DATE 1998, [10,18) DURATION P2D, [20,25) DATE 1997-05.
    /// System: exact and right; overlapping with wrong type and value; one spurious; the third
    /// gold missed.
    #[test]
    fn scorer_counts_each_side() {
        let text = "x".repeat(40);
        let gold = [tx(0, 8, "DATE", "1998"), tx(10, 18, "DURATION", "P2D"), tx(20, 25, "DATE", "1997-05")];
        let system = [tx(0, 8, "DATE", "1998"), tx(12, 18, "DATE", "P3D"), tx(30, 35, "SET", "P1W")];
        let mut c = Counts::default();
        let errors = c.add(&text, &gold, &system);
        let expected = Counts {
            gold: 3,
            system: 3,
            strict_p: 1,
            strict_r: 1,
            relaxed_p: 2,
            relaxed_r: 2,
            type_p: 1,
            type_r: 1,
            value_p: 1,
            value_r: 1,
            meaning: 1,
        };
        assert_eq!(c, expected);
        let mut classes: Vec<ErrorClass> = errors.iter().map(|e| e.class).collect();
        classes.sort();
        use ErrorClass::*;
        assert_eq!(classes, [Missed, Spurious, Extent, Type, Value]);
        let (p, r, f) = prf(c.relaxed_p, c.system, c.relaxed_r, c.gold);
        assert!((p - 66.666).abs() < 0.01 && (r - 66.666).abs() < 0.01 && (f - 66.666).abs() < 0.01);
    }

    /// Named cases of notation-only differences.
    #[test]
    fn same_meaning_cases() {
        let cases = [
            ("equal", "1998-02-27", "1998-02-27", true),
            ("unknown month", "1949-XX", "1949", true),
            ("unknown month and day", "1997-XX-XX", "1997", true),
            ("decade", "199X", "199", true),
            ("century", "19XX", "19", true),
            ("unpadded week", "2000-W7", "2000-W07", true),
            ("hour only", "1989-11-06T17", "1989-11-06T17:00", true),
            ("different year", "1949-XX", "1950", false),
            ("unknown week is not a week", "1989-WXX", "1989-W43", false),
            ("unknown quarter is not a quarter", "1988-QX", "1988-Q3", false),
            ("week is not a day", "1998-W33", "1998-08-17", false),
        ];
        for (name, a, b, want) in cases {
            assert_eq!(same_meaning(a, b), want, "case {name}");
            assert_eq!(same_meaning(b, a), want, "case {name}, swapped");
        }
    }

    /// One system expression covering two gold ones pairs with the first only, as the
    /// official toolkit's id normalization does: the second gold one is missed.
    #[test]
    fn one_system_over_two_gold() {
        let text = "x".repeat(40);
        let gold = [tx(0, 4, "DATE", "1998"), tx(5, 9, "DATE", "1999")];
        let system = [tx(0, 9, "DATE", "1998")];
        let mut c = Counts::default();
        let errors = c.add(&text, &gold, &system);
        assert_eq!((c.relaxed_p, c.relaxed_r, c.strict_p, c.strict_r), (1, 1, 0, 0));
        assert_eq!((c.value_p, c.value_r), (1, 1));
        assert!(errors.iter().any(|e| e.class == ErrorClass::Missed && e.detail == "1999"));
    }

    /// Named cases of the one-to-one pairing: (gold spans, system spans, gold partners).
    #[test]
    fn pairing_cases() {
        type Spans = &'static [(usize, usize)];
        let cases: &[(&str, Spans, Spans, &[Option<usize>])] = &[
            ("same start", &[(0, 8)], &[(0, 4)], &[Some(0)]),
            ("system begins inside gold", &[(0, 8)], &[(3, 8)], &[Some(0)]),
            ("gold begins inside system", &[(3, 8)], &[(0, 5)], &[Some(0)]),
            ("second system inside a paired gold", &[(0, 10)], &[(0, 4), (5, 10)], &[Some(0)]),
            ("two gold inside one system", &[(0, 4), (5, 9)], &[(0, 9)], &[Some(0), None]),
            ("unpaired system then gold inside the next", &[(6, 12)], &[(0, 3), (8, 12)], &[Some(1)]),
            ("adjacent, no overlap", &[(0, 4)], &[(4, 8)], &[None]),
            ("gold after a system paired with an earlier gold", &[(0, 3), (5, 9)], &[(1, 7)], &[Some(0), None]),
        ];
        for (name, gold, system, expected) in cases {
            let gold: Vec<Tx> = gold.iter().map(|&(s, e)| tx(s, e, "DATE", "1998")).collect();
            let system: Vec<Tx> = system.iter().map(|&(s, e)| tx(s, e, "DATE", "1998")).collect();
            assert_eq!(pair(&gold, &system), *expected, "{name}");
        }
    }

    #[test]
    fn overlapping_system_expressions_dropped() {
        let mut system =
            vec![tx(5, 9, "DATE", "b"), tx(0, 4, "DATE", "a"), tx(0, 6, "DATE", "c"), tx(6, 8, "DATE", "d")];
        drop_overlapping(&mut system);
        let values: Vec<&str> = system.iter().map(|t| t.value.as_str()).collect();
        assert_eq!(values, ["c", "d"]);
    }

    #[test]
    fn prf_of_nothing_is_zero() {
        assert_eq!(prf(0, 0, 0, 0), (0.0, 0.0, 0.0));
    }

    #[test]
    fn attribute_with_similar_names() {
        let attrs = r#" tid="t1" anchorTimeID="t0" type="DATE" value="1998""#;
        assert_eq!(attribute(attrs, "type").as_deref(), Some("DATE"));
        assert_eq!(attribute(attrs, "value").as_deref(), Some("1998"));
        assert_eq!(attribute(attrs, "mod"), None);
    }
}
