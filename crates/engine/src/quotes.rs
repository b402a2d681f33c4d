//! Quotations and who said them.
//!
//! **Detection** pairs quote marks within a paragraph: straight and curly double quotes, „low-9“
//! and «guillemets» (either way round), 「corner brackets」, and single quotes (‘…’, '…', ‹…›)
//! as quotes of their own or nested inside double ones. Marks nest: a quote inside a quote is part
//! of the outer one and is not listed again. A straight mark opens or closes depending on the
//! spaces around it; a mark of the wrong shape (`“no evidence"`, `“False.“`) still closes the
//! quote it ends. An apostrophe is never a quote mark (`don't`, `rebels'`, `'90s`). A quote still
//! open at the end of its paragraph is closed there; when the next paragraph starts with a new
//! opening mark, the quote runs on (the convention for multi-paragraph quotes) and keeps its
//! speaker. Quoted titles, nicknames and scare quotes — short or title-cased quotes that nobody
//! is said to say, title-cased quotes after "of", "on" or a possessive — are not listed, nor are
//! single-quoted stretches without a cue of their own (headings) or bracketed asides.
//!
//! A quote is *direct* when it stands as a statement of its own (it starts its sentence, or
//! follows a colon or a cue verb), *partial* when its words sit inside the writer's sentence.
//!
//! **Attribution** runs named sieves in order and stops at the first that finds a speaker; the
//! sieve's name travels with the speaker so the page can say why:
//! 1. `transcript label` — `"KERRY: We made progress."`;
//! 2. `cue after quote` — `"…," X said`, `"…," said X`, `"…?" X asked`, `"…" X told reporters`;
//!    `dash signature` — `"…" ― X` alone at the end of the paragraph;
//! 3. `cue before quote` — `X said: "…"`, `X told reporters, "…"`, `X said — "…"`, and
//!    participles (`X rejected the plan, saying, "…"`);
//! 4. `colon introduction` — `X continued:` ending the paragraph before the quote, or a named
//!    subject and a colon (`X had one message: "…"`);
//! 5. `sentence cue` — the subject of a cue verb or cue noun elsewhere in the quote's sentence
//!    (`officials described it as "…"`, `Kerry's claim that "…"`, `"…" for now, she said`);
//! 6. `according to` — `according to X` in the quote's sentence;
//! 7. `continuation` — a quote with no cue of its own right after an attributed one (same or next
//!    paragraph), a later paragraph of a run-on quote, or a quote opening the sentence after an
//!    attributed paraphrase (`X said the delay was political. "The other reason is money."`).
//!
//! The words a sieve finds are then resolved, and a more specific name replaces the sieve's when
//! resolution decided: `appositive` (`Hugh Hill, a doctor at the clinic, said`), `title`
//! (`Transport Minister Lotte Bakker said`), `pronoun` (he, she → the last person of a compatible
//! gender, known from the first name or from an earlier he/she about them; they → the last group
//! or organization), `nominal` (`the ministry` → the last organization with that head word; `the
//! mayor` → the last person introduced with that title; a relative `who` is a `pronoun` for the
//! person before it). A name resolves to its entity's
//! canonical name; with no evidence the speaker stays unknown rather than guessed.
//!
//! Everything is linear in the text: one pass pairs the marks, one pass learns genders and
//! titles, and each sieve looks at a bounded window of tokens around its quote.

use std::collections::HashMap;

use crate::lexicon::{self, contains, Gender};
use crate::sentence::Sentence;
use crate::token::{Token, TokenKind};
use crate::{Entity, EntityType, Quote, QuoteKind, Span, Speaker};

/// Verbs of saying, as lemmas; [`is_cue`] accepts their regular inflections. Sorted.
const CUE_LEMMAS: &[&str] = &[
    "accuse",
    "acknowledge",
    "add",
    "admit",
    "advise",
    "agree",
    "allege",
    "announce",
    "answer",
    "argue",
    "ask",
    "assert",
    "assure",
    "attack",
    "beg",
    "bemoan",
    "blame",
    "blast",
    "boast",
    "brag",
    "brand",
    "call",
    "caution",
    "chant",
    "characterize",
    "charge",
    "chide",
    "cite",
    "claim",
    "comment",
    "compare",
    "complain",
    "concede",
    "conclude",
    "condemn",
    "confirm",
    "contend",
    "continue",
    "counter",
    "criticise",
    "criticize",
    "cry",
    "declare",
    "decry",
    "demand",
    "denounce",
    "deny",
    "describe",
    "dismiss",
    "dub",
    "email",
    "emphasise",
    "emphasize",
    "estimate",
    "exclaim",
    "explain",
    "groan",
    "grumble",
    "hail",
    "insist",
    "interject",
    "interrupt",
    "joke",
    "label",
    "lament",
    "laud",
    "liken",
    "maintain",
    "mention",
    "mock",
    "mutter",
    "note",
    "observe",
    "opine",
    "plead",
    "pledge",
    "post",
    "praise",
    "predict",
    "proclaim",
    "promise",
    "protest",
    "quip",
    "rate",
    "recall",
    "recount",
    "reiterate",
    "remark",
    "remind",
    "repeat",
    "reply",
    "report",
    "respond",
    "retort",
    "reveal",
    "rule",
    "scoff",
    "scold",
    "scream",
    "shout",
    "slam",
    "snap",
    "state",
    "stress",
    "suggest",
    "tease",
    "term",
    "testify",
    "text",
    "thunder",
    "tout",
    "tweet",
    "urge",
    "vow",
    "warn",
    "whisper",
    "wonder",
    "yell",
];

/// Irregular forms of verbs of saying. Sorted.
const CUE_IRREGULAR: &[&str] = &[
    "reads", "said", "sang", "say", "saying", "says", "sing", "singing", "sings", "spoke", "swore", "tell", "telling",
    "tells", "told", "write", "writes", "writing", "written", "wrote",
];

/// Nouns that carry a quote after a possessive (`Kerry's claim that "…"`). Sorted.
const CUE_NOUNS: &[&str] = &[
    "accusation",
    "allegation",
    "answer",
    "argument",
    "assertion",
    "claim",
    "comment",
    "comments",
    "description",
    "insistence",
    "letter",
    "message",
    "pledge",
    "promise",
    "reference",
    "references",
    "remark",
    "remarks",
    "response",
    "speech",
    "statement",
    "suggestion",
    "tweet",
    "tweets",
    "warning",
    "words",
];

/// Cue lemmas whose -s form is usually a plural noun ("late-night tweets", "his remarks"). Sorted.
const NOUN_LIKE_CUES: &[&str] = &[
    "answer",
    "brand",
    "call",
    "charge",
    "claim",
    "comment",
    "email",
    "label",
    "note",
    "pledge",
    "post",
    "promise",
    "remark",
    "reply",
    "report",
    "rule",
    "statement",
    "text",
    "tweet",
];

/// Words between a subject and its verb ("has also said", "repeatedly called"). Sorted.
const AUXILIARIES: &[&str] = &[
    "again",
    "already",
    "also",
    "always",
    "am",
    "are",
    "did",
    "does",
    "earlier",
    "even",
    "had",
    "has",
    "have",
    "is",
    "just",
    "later",
    "never",
    "not",
    "now",
    "often",
    "once",
    "previously",
    "recently",
    "reportedly",
    "still",
    "then",
    "was",
    "were",
    "will",
    "would",
];

/// Words that start a noun phrase naming a speaker ("the ministry", "several officials").
const DETERMINERS: &[&str] = &[
    "a", "all", "an", "another", "both", "her", "his", "its", "many", "most", "multiple", "my", "one", "other", "our",
    "several", "some", "the", "their", "these", "those", "two", "your",
];

/// Words that are never a speaker or part of one. Sorted.
const NOT_SPEAKER: &[&str] = &[
    "after", "also", "although", "and", "as", "at", "because", "before", "but", "by", "for", "from", "how", "if", "in",
    "into", "nor", "of", "on", "or", "since", "so", "than", "that", "then", "this", "though", "to", "unless", "until",
    "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "with", "yet",
];

/// Organization nouns that name a kind of body no other organization stands in for: "the
/// ministry said" is no earlier company's or parliament's.
const STRICT_ORG_NOUNS: &[&str] =
    &["army", "court", "department", "hospital", "ministry", "museum", "office", "police", "union", "university"];

/// Nouns that name an organization generically ("the ministry said").
const ORG_NOUNS: &[&str] = &[
    "administration",
    "agency",
    "alliance",
    "army",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "campaign",
    "club",
    "coalition",
    "commission",
    "committee",
    "company",
    "council",
    "court",
    "department",
    "federation",
    "firm",
    "foundation",
    "fund",
    "government",
    "group",
    "hospital",
    "institute",
    "label",
    "league",
    "ministry",
    "monitor",
    "movement",
    "museum",
    "network",
    "newspaper",
    "office",
    "organisation",
    "organization",
    "paper",
    "party",
    "police",
    "secretariat",
    "service",
    "trust",
    "union",
    "university",
];

fn lower(word: &str) -> String {
    word.to_lowercase()
}

/// Whether `word` is a verb of saying: an irregular form or a lemma with a regular ending
/// ("warns", "warned", "warning", "admitted", "denies", "described").
fn is_cue(word: &str) -> bool {
    if word.len() > 20 || !word.chars().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    let w = word.to_ascii_lowercase();
    if contains(CUE_IRREGULAR, &w) || contains(CUE_LEMMAS, &w) {
        return true;
    }
    let stem_ok = |stem: &str| {
        contains(CUE_LEMMAS, stem)
            || contains(CUE_LEMMAS, &format!("{stem}e"))
            // "admitted", "snapping": a doubled final consonant.
            || (stem.len() > 2 && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2]
                && contains(CUE_LEMMAS, &stem[..stem.len() - 1]))
            // "denied", "denies", "replies": y → i.
            || (stem.ends_with('i') && contains(CUE_LEMMAS, &format!("{}y", &stem[..stem.len() - 1])))
    };
    for suffix in ["ing", "ed", "es", "s", "d"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if !stem.is_empty() && stem_ok(stem) {
                return true;
            }
        }
    }
    false
}

fn is_pronoun(lower: &str) -> bool {
    matches!(lower, "he" | "she" | "they" | "it" | "we" | "i")
}

/// Quote mark shapes, for pairing.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Style {
    /// Straight `"`.
    Straight,
    /// Curly “ ” (and the low-9 „ that they close).
    Curly,
    /// « » (or » «).
    Guillemet,
    GuillemetReversed,
    /// 「 」 and 『 』.
    Corner,
    /// Curly or straight single quotes, and ‹ ›.
    Single,
    StraightSingle,
}

impl Style {
    fn double(self) -> bool {
        !matches!(self, Style::Single | Style::StraightSingle)
    }
}

/// A top-level quote found in the text.
#[derive(Clone, Copy, Debug)]
struct Found {
    /// Index of the opening mark's token.
    open: usize,
    /// Index of the closing mark's token, or of the first token after the paragraph when the
    /// quote was left open (possibly `tokens.len()`).
    close: usize,
    style: Style,
    /// The paragraph ended with this quote open and the next one starts a new quote: it runs on.
    runs_on: bool,
}

impl Found {
    fn closed_by_mark(&self, tokens: &[Token]) -> bool {
        self.close < tokens.len() && tokens[self.close].newlines_before == 0 && self.close > self.open
    }
}

const MAX_DEPTH: usize = 8;

/// Pairs quote marks within each paragraph, keeping only the outermost quotes.
fn pair_marks(text: &str, tokens: &[Token]) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut stack: Vec<(usize, Style)> = Vec::new();
    for i in 0..tokens.len() {
        let t = tokens[i];
        if t.newlines_before > 0 && !stack.is_empty() {
            out.push(Found { open: stack[0].0, close: i, style: stack[0].1, runs_on: false });
            stack.clear();
        }
        if t.kind != TokenKind::Punct {
            continue;
        }
        let s = t.text(text);
        let next = tokens.get(i + 1).filter(|n| !n.space_before && n.newlines_before == 0);
        let next_word = next.is_some_and(|n| n.kind == TokenKind::Word);
        // Opening position: after a space, a line start or an opening bracket, before a word.
        // Or after a tag of pasted HTML: `<p>"We have moved the stage," …` (where nothing
        // closes).
        let prev_opener =
            i > 0 && !t.space_before && matches!(tokens[i - 1].text(text), "(" | "[" | "\u{2014}" | "\u{2013}");
        let after_tag = i > 0 && !t.space_before && tokens[i - 1].text(text) == ">";
        let looks_open = (t.space_before || i == 0 || prev_opener || after_tag) && next.is_some();
        let looks_close = !t.space_before && i > 0 && !after_tag;
        let top = stack.last().map(|&(_, st)| st);
        let depth_top = stack.len().saturating_sub(1);
        let innermost_double = stack.iter().rposition(|&(_, st)| st.double());
        let close_at = |stack: &mut Vec<(usize, Style)>, depth: usize, out: &mut Vec<Found>| {
            if depth == 0 {
                out.push(Found { open: stack[0].0, close: i, style: stack[0].1, runs_on: false });
            }
            stack.truncate(depth);
        };
        match s {
            "\"" => {
                if top == Some(Style::Straight) {
                    close_at(&mut stack, depth_top, &mut out);
                } else if looks_open && !looks_close {
                    stack.push((i, Style::Straight));
                } else if let (true, Some(d)) = (looks_close, innermost_double) {
                    // `“no evidence"`: a straight mark ends a curly quote.
                    close_at(&mut stack, d, &mut out);
                }
            }
            "\u{201C}" => {
                if top == Some(Style::Curly) && looks_close && !next_word {
                    // `“Mostly False.“`: an opening shape used to close.
                    close_at(&mut stack, depth_top, &mut out);
                } else {
                    stack.push((i, Style::Curly));
                }
            }
            "\u{201E}" => stack.push((i, Style::Curly)),
            "\u{201D}" => {
                if let Some(d) = innermost_double {
                    close_at(&mut stack, d, &mut out);
                } else if looks_open && !looks_close {
                    // `”like women in combat`: a closing shape used to open.
                    stack.push((i, Style::Curly));
                }
            }
            "\u{00AB}" => {
                if top == Some(Style::GuillemetReversed) {
                    close_at(&mut stack, depth_top, &mut out);
                } else {
                    stack.push((i, Style::Guillemet));
                }
            }
            "\u{00BB}" => {
                if let Some(d) = stack.iter().rposition(|&(_, st)| st == Style::Guillemet) {
                    close_at(&mut stack, d, &mut out);
                } else if looks_open && !looks_close {
                    stack.push((i, Style::GuillemetReversed));
                }
            }
            "\u{300C}" | "\u{300E}" => stack.push((i, Style::Corner)),
            "\u{300D}" | "\u{300F}" => {
                if let Some(d) = stack.iter().rposition(|&(_, st)| st == Style::Corner) {
                    close_at(&mut stack, d, &mut out);
                }
            }
            // Single quotes open only before a letter (not `'90s`) and never after one.
            "\u{2018}" | "\u{201A}" | "\u{2039}" if next_word && !looks_close => stack.push((i, Style::Single)),
            // Otherwise an apostrophe (`rebels’`).
            "\u{2019}" | "\u{203A}" if top == Some(Style::Single) && looks_close => {
                close_at(&mut stack, depth_top, &mut out)
            }
            "'" => {
                if top == Some(Style::StraightSingle) && looks_close {
                    close_at(&mut stack, depth_top, &mut out);
                } else if looks_open && !looks_close && next_word {
                    stack.push((i, Style::StraightSingle));
                }
            }
            _ => {}
        }
        // Real quotes nest two or three deep; a cap keeps every step bounded on hostile input.
        stack.truncate(MAX_DEPTH);
    }
    if let Some(&(o, st)) = stack.first() {
        out.push(Found { open: o, close: tokens.len(), style: st, runs_on: false });
    }
    // A quote left open at a paragraph end runs on when the next paragraph opens with a quote.
    for k in 0..out.len().saturating_sub(1) {
        let (a, b) = (out[k], out[k + 1]);
        if !a.closed_by_mark(tokens) && b.open == a.close && a.style.double() == b.style.double() {
            out[k].runs_on = true;
        }
    }
    out
}

/// The outermost quotations of `text` as token indices of their opening mark and closing mark
/// (or of the token after the paragraph when none closes it), in order.
pub(crate) fn quotations(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    pair_marks(text, tokens).into_iter().map(|f| (f.open, f.close)).collect()
}

/// The titles of works in quotation marks, as spans of the words inside: see [`quoted_title`].
pub(crate) fn quoted_titles(text: &str, tokens: &[Token]) -> Vec<Span> {
    titles_among(text, tokens, &pair_marks(text, tokens)).into_iter().flatten().collect()
}

/// For each quotation of `pairs`, the span of the title inside it if it is a work's title (see
/// [`quoted_title`]); or the same words as one, quoted again anywhere ("The BBC has optioned
/// \"Salt Lines\"" after "won the prize for \"Salt Lines\"").
fn titles_among(text: &str, tokens: &[Token], pairs: &[Found]) -> Vec<Option<Span>> {
    let inner = |p: &Found| {
        if p.close >= tokens.len() || p.close <= p.open + 1 {
            return None;
        }
        let last = (p.open + 1..p.close).rev().find(|&k| !matches!(tokens[k].text(text), "," | "." | "?" | "!"))?;
        Some(Span::new(tokens[p.open + 1].span.start, tokens[last].span.end))
    };
    let mut titles: Vec<Option<Span>> =
        pairs.iter().map(|p| inner(p).filter(|_| quoted_title(text, tokens, p.open, p.close))).collect();
    let known: std::collections::HashSet<&str> = titles.iter().flatten().map(|s| s.text(text)).collect();
    if !known.is_empty() {
        for (title, p) in titles.iter_mut().zip(pairs) {
            if title.is_none() {
                *title = inner(p).filter(|s| known.contains(s.text(text)));
            }
        }
    }
    titles
}

/// Nouns for works whose titles news sets in quotation marks.
const WORK_NOUNS: &[&str] = &[
    "album",
    "book",
    "canvas",
    "comedy",
    "documentary",
    "drama",
    "ep",
    "exhibition",
    "film",
    "memoir",
    "movie",
    "musical",
    "novel",
    "novella",
    "opera",
    "painting",
    "play",
    "podcast",
    "poem",
    "portrait",
    "programme",
    "sculpture",
    "series",
    "show",
    "single",
    "sitcom",
    "song",
    "thriller",
    "track",
];

/// Whether the quotation from token `open` to `close` is a work's title, not words anyone said:
/// a short name in title case ("Rivers of Chalk", "The Harbourmaster's Wife") after a noun for a
/// work a few words back ("the Kenyan documentary", "her fourth novel,"), or after "for" when it
/// has two words or more ("won the prize for \"Salt Lines\"").
fn quoted_title(text: &str, tokens: &[Token], open: usize, close: usize) -> bool {
    if close >= tokens.len() || close <= open + 1 || close - open > 12 || tokens[close].newlines_before > 0 {
        return false;
    }
    let mut end = close;
    while end > open + 1 && matches!(tokens[end - 1].text(text), "," | "." | "?" | "!") {
        end -= 1;
    }
    let inner = &tokens[open + 1..end];
    let small = |w: &str| {
        matches!(
            w,
            "of" | "the" | "a" | "an" | "and" | "in" | "on" | "to" | "with" | "for" | "at" | "by" | "from" | "or"
        )
    };
    let title_case = inner.first().is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalized(text))
        && inner.iter().all(|t| {
            let w = t.text(text);
            match t.kind {
                TokenKind::Word => t.is_capitalized(text) || small(w) || matches!(w, "'s" | "\u{2019}s"),
                TokenKind::Number => true,
                _ => matches!(w, "'" | "\u{2019}" | "-" | ":" | "&"),
            }
        });
    if !title_case {
        return false;
    }
    let words = inner.iter().filter(|t| t.kind == TokenKind::Word).count();
    let before = |k: usize| open.checked_sub(k).map(|i| tokens[i].text(text).to_lowercase());
    let after_work = (1..=4)
        .map_while(before)
        .take_while(|w| !matches!(w.as_str(), "." | ";" | ":" | "\""))
        .any(|w| WORK_NOUNS.binary_search(&w.as_str()).is_ok());
    // ("for" after a prize won, not a cheer: "the crowd cheered for \"President Bernie Sanders.\"")
    let prized = || {
        (2..=8).map_while(before).take_while(|w| !matches!(w.as_str(), "." | ";" | "\"")).any(|w| {
            matches!(
                w.as_str(),
                "won"
                    | "win"
                    | "wins"
                    | "award"
                    | "awarded"
                    | "prize"
                    | "nominated"
                    | "nomination"
                    | "shortlisted"
                    | "known"
                    | "famous"
                    | "praised"
                    | "acclaimed"
            )
        })
    };
    after_work || words >= 2 && before(1).as_deref() == Some("for") && prized()
}

/// Whether the quotation from token `open` to `close` gives a name: one to three capitalized
/// words (or an initial, "J.") after "as" or "only" that a word of naming comes a little before
/// ("identified only as", "known as", "she calls only").
fn quoted_name(text: &str, tokens: &[Token], open: usize, close: usize) -> bool {
    if open == 0 || close >= tokens.len() || close <= open + 1 || close - open > 5 {
        return false;
    }
    let inner = &tokens[open + 1..close];
    let words: Vec<&Token> = inner.iter().filter(|t| t.kind == TokenKind::Word).collect();
    // (Not after "called" or "dubbed": a name someone gave is their words, "called him \"Little
    // Marco\"".)
    let named = matches!(tokens[open - 1].text(text), "as" | "only")
        && (2..=6).any(|k| {
            open.checked_sub(k).is_some_and(|i| {
                matches!(tokens[i].text(text), "identified" | "named" | "known" | "calls" | "called" | "listed")
            })
        });
    named
        && !words.is_empty()
        && words.len() <= 3
        && words.iter().all(|t| t.is_capitalized(text))
        && inner.iter().all(|t| t.kind == TokenKind::Word || matches!(t.text(text), "." | "," | "-"))
}

/// Entity mentions by position.
struct MentionIndex {
    /// (span, entity id), sorted by span.
    all: Vec<(Span, usize)>,
}

impl MentionIndex {
    fn new(entities: &[Entity]) -> MentionIndex {
        let mut all: Vec<(Span, usize)> =
            entities.iter().flat_map(|e| e.mentions.iter().map(move |&m| (m, e.id))).collect();
        all.sort();
        MentionIndex { all }
    }

    fn starting_at(&self, pos: usize) -> Option<(Span, usize)> {
        let i = self.all.partition_point(|(s, _)| s.start < pos);
        self.all.get(i).filter(|(s, _)| s.start == pos).copied()
    }

    fn ending_at(&self, pos: usize) -> Option<(Span, usize)> {
        // Mentions never overlap, so their ends are sorted like their starts.
        let i = self.all.partition_point(|(s, _)| s.end < pos);
        self.all.get(i).filter(|(s, _)| s.end == pos).copied()
    }

    /// The mention covering byte `pos`, if any.
    fn covering(&self, pos: usize) -> Option<(Span, usize)> {
        let i = self.all.partition_point(|(s, _)| s.start <= pos);
        i.checked_sub(1).map(|k| self.all[k]).filter(|(s, _)| s.end > pos)
    }

    /// The first mention lying wholly inside `span`.
    fn first_inside(&self, span: Span) -> Option<usize> {
        let i = self.all.partition_point(|(s, _)| s.start < span.start);
        self.all.get(i).filter(|(s, _)| s.end <= span.end).map(|&(_, id)| id)
    }

    /// Mentions that start before `pos`, latest first.
    fn before(&self, pos: usize) -> impl Iterator<Item = &(Span, usize)> {
        let i = self.all.partition_point(|(s, _)| s.start < pos);
        self.all[..i].iter().rev()
    }
}

/// How far back (in mentions) pronoun and name resolution look: keeps each lookup bounded.
const LOOKBACK: usize = 60;

struct Context<'a> {
    text: &'a str,
    tokens: &'a [Token],
    sentences: &'a [Sentence],
    // u32 halves the memory these take on long texts (a 4 GB text is beyond any page).
    sentence_of: Vec<u32>,
    paragraph_of: Vec<u32>,
    /// Whether each token lies inside a (top-level) quote, marks included.
    quoted: Vec<bool>,
    mentions: MentionIndex,
    entities: &'a [Entity],
    /// Genders learned from "he"/"she" right after a person of unknown gender.
    gender: HashMap<usize, Gender>,
    /// Lower-case title words seen right before a person's mentions ("mayor" → [de Blasio]).
    titles: HashMap<String, Vec<(usize, usize)>>,
}

impl Context<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map(|t| t.text(self.text)).unwrap_or("")
    }

    fn lower(&self, i: usize) -> String {
        lower(self.word(i))
    }

    fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    fn sentence(&self, i: usize) -> &Sentence {
        &self.sentences[self.sentence_of[i.min(self.tokens.len() - 1)] as usize]
    }

    fn capitalized(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is_capitalized(self.text))
    }

    /// Whether token `i` is a verb of saying here: outside quotes, not a capitalized word
    /// inside a sentence ("the United States"), and for forms that are also nouns ("claims",
    /// "comment", "remarks") not after a determiner or a possessive.
    fn cue(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else { return false };
        let w = t.text(self.text);
        // "as Velvet Kaye puts it in her memoir, \"…\"", "as one trader put it: \"…\"".
        if matches!(w, "puts" | "put") && self.lower(i + 1) == "it" && !self.quoted[i] {
            return (i.saturating_sub(6)..i).any(|k| self.lower(k) == "as");
        }
        if t.kind != TokenKind::Word || self.quoted[i] || !is_cue(w) {
            return false;
        }
        let starts_sentence = self.sentence(i).tokens.start == i;
        if self.capitalized(i) && !starts_sentence {
            return false;
        }
        let lw = lower(w);
        // After a modal "continue" is no saying: "interviews would continue \"over the coming
        // weeks\"", "the eruption could continue \"for days\"" ("he continued", "continued his
        // attack: \"…\"" are).
        if lw.starts_with("continu")
            && i > 0
            && matches!(
                self.lower(i - 1).as_str(),
                "would" | "will" | "could" | "can" | "may" | "might" | "must" | "should"
            )
        {
            return false;
        }
        // After a determiner or a possessive an "-ing" form is a noun: "the ruling", "a warning",
        // "the court's ruling" (not "He's claiming": "is").
        if lw.ends_with("ing") && i > 0 {
            let p = self.lower(i - 1);
            let possessive = (p == "'s" || p == "\u{2019}s")
                && i > 1
                && !is_pronoun(&self.lower(i - 2))
                && !matches!(self.lower(i - 2).as_str(), "it" | "that" | "there" | "who" | "what" | "here");
            if DETERMINERS.contains(&p.as_str()) || possessive {
                return false;
            }
        }
        if lw.ends_with("ed") || lw.ends_with("ing") || contains(CUE_IRREGULAR, &lw) || i == 0 {
            return true;
        }
        let p = self.lower(i - 1);
        if DETERMINERS.contains(&p.as_str()) || p == "'s" || p == "\u{2019}s" {
            return false;
        }
        if contains(CUE_LEMMAS, &lw) {
            // A bare form is a verb after a plural or pronoun subject or a modal: "officials say".
            return matches!(
                p.as_str(),
                "they"
                    | "we"
                    | "i"
                    | "you"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "must"
                    | "should"
                    | "did"
                    | "do"
                    | "does"
                    | "to"
                    | "not"
                    | "also"
                    | "often"
            // (Not after a noun in "-ss": "warned in its progress report that …".)
            ) || (p.len() > 3 && p.ends_with('s') && !p.ends_with("ss") && !self.capitalized(i - 1))
                // `Obama and Clinton call them "…"`.
                || (self.named_before(i) && (i.saturating_sub(5)..i).any(|k| self.lower(k) == "and"));
        }
        // Forms that are as often plural nouns ("tweets", "comments", "claims") need a name, a
        // pronoun or an adverb before them.
        if let Some(stem) = lw.strip_suffix('s') {
            if contains(NOUN_LIKE_CUES, stem) {
                return self.named_before(i) || is_pronoun(&p) || contains(AUXILIARIES, &p) || p.ends_with("ly");
            }
        }
        // A third-person form ("claims", "says") after a name, a pronoun or a plain word; not
        // after an adjective of nationality or party ("Republican claims") or a number.
        if self.capitalized(i - 1) && !self.named_before(i) {
            return self.sentence(i - 1).tokens.start == i - 1 && is_pronoun(&p);
        }
        self.tokens[i - 1].kind == TokenKind::Word
    }

    /// Whether a person or organization mention ends right before token `i`.
    fn named_before(&self, i: usize) -> bool {
        i > 0
            && self
                .mentions
                .ending_at(self.tokens[i - 1].span.end)
                .is_some_and(|(_, id)| matches!(self.entities[id].kind, EntityType::Person | EntityType::Org))
    }
}

/// The subject of a participle (`Trump attacked Clinton, saying, "…"`): the subject of the
/// nearest finite cue verb before it in the sentence, else the subject that opens the clause.
fn participle_subject(ctx: &Context, c: usize, start: usize) -> Option<Words> {
    if !(ctx.lower(c).ends_with("ing") || c > 0 && ctx.lower(c - 1) == "to") {
        return None;
    }
    let from = start.max(c.saturating_sub(30));
    for k in (from..c).rev() {
        if ctx.cue(k) && !ctx.lower(k).ends_with("ing") && (k == 0 || ctx.lower(k - 1) != "to") {
            if let Some(words) = subject_before(ctx, k, start) {
                return Some(words);
            }
        }
    }
    let k = clause_start(ctx, start, c);
    if ctx.quoted[k] {
        return None;
    }
    subject_at(ctx, k)
}

/// Finds quotations and attributes them.
pub(crate) fn find(text: &str, tokens: &[Token], sentences: &[Sentence], entities: &[Entity]) -> Vec<Quote> {
    if tokens.is_empty() || sentences.is_empty() {
        return Vec::new();
    }
    // A work's title in quotation marks is a name, not words anyone said.
    let pairs = pair_marks(text, tokens);
    let titles = titles_among(text, tokens, &pairs);
    // Nor is a name given in them: "a photographer she calls only \"J.\"", "identified in the
    // report only as \"Mateo\"".
    let pairs: Vec<Found> = pairs
        .into_iter()
        .zip(titles)
        .filter(|(p, title)| title.is_none() && !quoted_name(text, tokens, p.open, p.close))
        .map(|(p, _)| p)
        .collect();
    let ctx = context(text, tokens, sentences, entities, &pairs);
    let mut quotes = attribute_all(&ctx, &pairs);
    interview_answers(text, entities, &mut quotes);
    named_turns(text, entities, &mut quotes);
    quotes
}

/// An interview printed as questions and answers ("Q: …" then "A: …" opening lines): each
/// answer is a direct quote of the person interviewed, the person the text names most (not the
/// interviewer of an "Interview by …" or "By …" line), and an "I" who speaks inside an answer
/// is that person too.
fn interview_answers(text: &str, entities: &[Entity], quotes: &mut Vec<Quote>) {
    // Lines that open with a label, "A:" or "Q:" (or "A." …, then a space): the answers' words,
    // and whether a question was asked. (One pass over the text.)
    let mut answers = Vec::new();
    let mut asked = false;
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_start();
        let lead = line.len() - body.len();
        let mut chars = body.chars();
        let label = chars.next();
        if matches!(label, Some('A' | 'Q')) && matches!(chars.next(), Some(':' | '.')) && chars.next() == Some(' ') {
            asked |= label == Some('Q');
            let words = body[3..].trim_start();
            let from = start + lead + (body.len() - words.len());
            let to = start + line.trim_end().len();
            if label == Some('A') && to > from {
                answers.push(Span::new(from, to));
            }
        }
        start += line.len();
    }
    if answers.len() < 2 || !asked {
        return;
    }
    // The interviewer: a person named right after "by" at the start of a line ("By Ann Vale",
    // "Interview by Ann Vale"). (Forty bytes back at most: a long line stays linear.)
    let interviewer = |e: &Entity| {
        e.mentions.iter().any(|m| {
            let from = crate::floor_char_boundary(text, m.start.saturating_sub(40));
            let window = &text[from..m.start];
            let line = window.rsplit('\n').next().unwrap_or("").trim().to_lowercase();
            (from == 0 || window.contains('\n')) && (line == "by" || line.ends_with(" by"))
        })
    };
    let Some(person) = entities
        .iter()
        .filter(|e| e.kind == EntityType::Person && !interviewer(e))
        .max_by_key(|e| (e.mentions.len(), std::cmp::Reverse(e.mentions.first().map_or(0, |m| m.start))))
    else {
        return;
    };
    // (The label's letter names the speaker: the "A" before the colon.)
    let turns: Vec<(Span, Span, usize)> = answers
        .into_iter()
        .map(|answer| {
            let label = text[..answer.start].trim_end().trim_end_matches([':', '.']);
            (answer, Span::new(label.len().saturating_sub(1), label.len()), person.id)
        })
        .collect();
    let first_person = |w: &str| matches!(w, "I" | "me" | "we" | "We");
    give_turns(text, entities, quotes, &turns, first_person, "interview answer");
}

/// Gives each turn of an interview (its words, the label naming its speaker, and that person,
/// in text order and not overlapping) to its person as a direct quote, unless a quote already
/// has those words, and a quote inside a turn whose speaker is an unresolved first person
/// (`first_person` of the speaker's words) to the same person.
fn give_turns(
    text: &str,
    entities: &[Entity],
    quotes: &mut Vec<Quote>,
    turns: &[(Span, Span, usize)],
    first_person: impl Fn(&str) -> bool,
    rule: &'static str,
) {
    // (The turn a quote is in, by search: a text of thousands of turns stays linear.)
    for quote in quotes.iter_mut() {
        let k = turns.partition_point(|t| t.0.end < quote.span.end);
        let Some(&(_, _, person)) = turns.get(k).filter(|t| t.0.contains(quote.span)) else {
            continue;
        };
        if let Some(speaker) = quote.speaker.as_mut().filter(|s| s.entity.is_none() && first_person(s.span.text(text)))
        {
            speaker.name = entities[person].name.clone();
            speaker.entity = Some(person);
            speaker.rule = rule;
        }
    }
    let quoted: std::collections::HashSet<Span> = quotes.iter().map(|q| q.span).collect();
    for &(words, label, person) in turns {
        if quoted.contains(&words) {
            continue;
        }
        quotes.push(Quote {
            span: words,
            kind: QuoteKind::Direct,
            speaker: Some(Speaker { span: label, name: entities[person].name.clone(), entity: Some(person), rule }),
            cue: None,
        });
    }
    quotes.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
}

/// An interview or a transcript printed as turns, each line opening with the speaker's name and a
/// colon ("Holloway: All of it, and none of it.", "MERCER: Does that bother you?"): each turn,
/// quote marks or not, is a direct quote of the person named, and an unresolved "I" quoted inside
/// it is that person too. Someone must speak twice, so a caption or a list ("Clinton: Win in a
/// walk.", "Trump: 1,769.") is left alone.
/// Also a headline's quotation that a name follows after a colon ("\"I write about the people
/// who stay\": Beatrix Holloway on her new novel").
fn named_turns(text: &str, entities: &[Entity], quotes: &mut Vec<Quote>) {
    use std::collections::{HashMap, HashSet};
    // People's mentions by span and by start, and their names and surnames in capitals, made
    // once and only when a line asks: a text of many labelled lines stays linear.
    let people = std::cell::OnceCell::new();
    let people = || {
        people.get_or_init(|| {
            let mut spans: HashMap<Span, usize> = HashMap::new();
            let mut starts: HashMap<usize, (usize, Span)> = HashMap::new();
            let mut names: HashMap<String, usize> = HashMap::new();
            // The words a person was introduced with ("presenter Joanna Pryce"), for role labels.
            let mut roles: HashMap<String, usize> = HashMap::new();
            for (id, e) in entities.iter().enumerate().filter(|(_, e)| e.kind == EntityType::Person) {
                names.entry(e.name.to_uppercase()).or_insert(id);
                names.entry(e.name.rsplit(' ').next().unwrap_or("").to_uppercase()).or_insert(id);
                for &m in &e.mentions {
                    spans.entry(m).or_insert(id);
                    starts.entry(m.start).or_insert((id, m));
                    let from = crate::floor_char_boundary(text, m.start.saturating_sub(32));
                    for w in text[from..m.start].split_whitespace().rev().take(3) {
                        roles.entry(w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase()).or_insert(id);
                    }
                }
            }
            (spans, starts, names, roles)
        })
    };
    // The person a label names: a mention of theirs, or (in capitals, which the name model does
    // not read) their name or surname, or a role the text gave a person ("PRESENTER:" after
    // "presenter Joanna Pryce", "MINISTER:" after "Housing Minister Daniel Ashworth").
    let labelled = |label: Span| {
        let (spans, _, names, roles) = people();
        spans.get(&label).copied().or_else(|| {
            let words = label.text(text);
            if words.chars().any(char::is_lowercase) {
                return None;
            }
            names.get(words).copied().or_else(|| {
                let role = words.to_lowercase();
                role_noun(&role)?;
                roles.get(&role).copied()
            })
        })
    };
    let mut turns: Vec<(Span, Span, usize)> = Vec::new(); // the words, the label, the person
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_start();
        let lead = start + line.len() - body.len();
        start += line.len();
        // A label of one to four capitalized words, no digits, then ": " (40 bytes at most).
        let head = &body[..crate::floor_char_boundary(body, 42)];
        let Some(colon) = head.find(": ") else {
            continue;
        };
        let label = &body[..colon];
        let words: Vec<&str> = label.split(' ').collect();
        let name_like = words.len() <= 4
            && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && !label.chars().any(|c| c.is_ascii_digit());
        if !name_like {
            continue;
        }
        let Some(person) = labelled(Span::new(lead, lead + colon)) else {
            continue;
        };
        let said = body[colon + 1..].trim();
        if !said.chars().any(char::is_alphabetic) {
            continue;
        }
        let from = lead + colon + 1 + (body[colon + 1..].len() - body[colon + 1..].trim_start().len());
        turns.push((Span::new(from, from + said.len()), Span::new(lead, lead + colon), person));
    }
    // A conversation: someone speaks twice. (Not a list of who scored what, or of each
    // candidate's goal: "Clinton: Win in a walk." once each.)
    let mut speakers = HashSet::new();
    let again = turns.iter().any(|t| !speakers.insert(t.2));
    if again {
        give_turns(text, entities, quotes, &turns, |w| w == "I", "interview turn");
    }
    // A headline: the quotation opens its line, and a name follows its closing mark and a colon.
    let first_word = text.find(char::is_alphanumeric).unwrap_or(text.len());
    for quote in quotes.iter_mut().filter(|q| q.speaker.is_none()) {
        let Some(close) = text[quote.span.end..].chars().next() else {
            continue;
        };
        let after = &text[quote.span.end + close.len_utf8()..];
        let Some(rest) = after.strip_prefix(": ") else {
            continue;
        };
        if !matches!(close, '"' | '\u{201D}' | '\u{00BB}' | '\u{2019}' | '\'') {
            continue;
        }
        // (Back over the opening marks only, to the line's start or the text's.)
        let opens_line = quote.span.start <= first_word
            || text[..quote.span.start].trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\n').ends_with('\n');
        let at = text.len() - rest.len();
        if let (true, Some(&(e, mention))) = (opens_line, people().1.get(&at)) {
            quote.speaker =
                Some(Speaker { span: mention, name: entities[e].name.clone(), entity: Some(e), rule: "headline" });
        }
    }
}

/// The person each "he" or "she" refers to (its byte offset, and whether it is "she"), by the
/// rules that resolve a quote's speaker: for timeline labels that open with one ("She would
/// decide over the weekend").
pub(crate) fn people(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    entities: &[Entity],
    pronouns: &[(usize, bool)],
) -> Vec<Option<usize>> {
    if tokens.is_empty() || sentences.is_empty() || pronouns.is_empty() {
        return vec![None; pronouns.len()];
    }
    let pairs = pair_marks(text, tokens);
    let ctx = context(text, tokens, sentences, entities, &pairs);
    pronouns
        .iter()
        .map(|&(pos, she)| {
            let gender = if she { Gender::Female } else { Gender::Male };
            sentence_subject_person(&ctx, pos, gender).or_else(|| last_person(&ctx, pos, Some(gender)))
        })
        .collect()
}

/// A person opening the sentence of a pronoun at byte `pos` inside it, when the gender fits:
/// "Ekwueme has scored 14 goals, including both in Sunday's win over Deportivo Almansa, and he
/// also scored in December" is Ekwueme's (not the last name before it).
fn sentence_subject_person(ctx: &Context, pos: usize, gender: Gender) -> Option<usize> {
    let here = token_at(ctx, pos)?;
    let sentence = ctx.sentence(here);
    if here < sentence.tokens.start + 3 {
        return None;
    }
    opening_person(ctx, sentence, pos).filter(|&id| gender_of(ctx, id).is_none_or(|g| g == gender))
}

/// The person whose name opens `sentence` (within its first three tokens: "Former Mayor Jo
/// Ruiz"), when that is the sentence's first mention before byte `before`; not a possessive
/// ("Ruiz's deputy, Ana Vela, said …").
fn opening_person(ctx: &Context, sentence: &Sentence, before: usize) -> Option<usize> {
    let first = ctx.tokens[sentence.tokens.start].span.start;
    // (Bounded: a sentence of a megabyte with no full stop has as many mentions.)
    let &(span, id) = ctx.mentions.before(before).take(LOOKBACK).take_while(|(s, _)| s.start >= first).last()?;
    // (Or after a clause set before the subject: "Asked whether his position was under threat,
    // Petts said …", "When the whistle went, Okafor ran …".)
    let fronted = |k: usize| {
        let opener = ctx.lower(sentence.tokens.start);
        k > sentence.tokens.start + 2
            && ctx.word(k - 1) == ","
            && (verb_form(&opener)
                || matches!(
                    opener.as_str(),
                    "when" | "after" | "before" | "while" | "although" | "as" | "if" | "since"
                ))
    };
    let opens = token_at(ctx, span.start).is_some_and(|k| k < sentence.tokens.start + 3 || fronted(k));
    let possessive = matches!(token_at_or_after(ctx, span.end).map(|k| ctx.word(k)), Some("'s" | "\u{2019}s"));
    (ctx.entities[id].kind == EntityType::Person && opens && !possessive).then_some(id)
}

/// What attribution needs to know of the text: sentences and paragraphs of tokens, quoted
/// tokens, mentions, and the genders and titles the text gives its people.
fn context<'a>(
    text: &'a str,
    tokens: &'a [Token],
    sentences: &'a [Sentence],
    entities: &'a [Entity],
    pairs: &[Found],
) -> Context<'a> {
    let mut sentence_of = vec![0u32; tokens.len()];
    for (n, s) in sentences.iter().enumerate() {
        for i in s.tokens.clone() {
            if i < tokens.len() {
                sentence_of[i] = n as u32;
            }
        }
    }
    let mut paragraph_of = vec![0u32; tokens.len()];
    let mut p = 0;
    for (i, t) in tokens.iter().enumerate() {
        if t.newlines_before > 0 && i > 0 {
            p += 1;
        }
        paragraph_of[i] = p;
    }
    let mut quoted = vec![false; tokens.len()];
    for f in pairs {
        let end = if f.closed_by_mark(tokens) { f.close + 1 } else { f.close };
        for q in &mut quoted[f.open..end.min(tokens.len())] {
            *q = true;
        }
    }
    let mut ctx = Context {
        text,
        tokens,
        sentences,
        sentence_of,
        paragraph_of,
        quoted,
        mentions: MentionIndex::new(entities),
        entities,
        gender: HashMap::new(),
        titles: HashMap::new(),
    };
    learn_genders_and_titles(&mut ctx);
    ctx
}

/// Every quotation of `pairs` with its speaker.
fn attribute_all(ctx: &Context, pairs: &[Found]) -> Vec<Quote> {
    let tokens = ctx.tokens;
    let mut quotes: Vec<Quote> = Vec::new();
    // For continuation: the previous listed quote's closing token and speaker.
    let mut previous: Option<(usize, Option<Speaker>, bool)> = None;
    let mut run_start: Option<usize> = None; // index in `quotes` where the current run-on quote began
    for pair in pairs {
        let first = pair.open + 1;
        let last = pair.close; // exclusive
        let words = (first..last).filter(|&k| tokens[k].kind == TokenKind::Word).count();
        if first >= last || words == 0 {
            previous = None;
            continue;
        }
        let span = Span::new(tokens[first].span.start, tokens[last - 1].span.end);
        let kind = quote_kind(ctx, pair);
        let continues_run = previous.as_ref().is_some_and(|(_, _, runs_on)| *runs_on);
        let mut attribution = attribute(ctx, pair, kind);
        if attribution.is_none() && kind == QuoteKind::Direct {
            attribution = gesture_before(ctx, pair);
        }
        if attribution.is_none() {
            if let Some((prev_close, Some(speaker), runs_on)) = &previous {
                let prev_para = ctx.paragraph_of[(*prev_close).min(tokens.len() - 1)];
                let para = ctx.paragraph_of[pair.open];
                let starts_para = tokens[pair.open].newlines_before > 0;
                let near = para == prev_para || (para == prev_para + 1 && starts_para);
                if *runs_on || (near && kind == QuoteKind::Direct && !has_cue(ctx, pair)) {
                    let mut s = speaker.clone();
                    s.rule = "continuation";
                    attribution = Some((s, None));
                }
            }
        }
        if attribution.is_none() && kind == QuoteKind::Direct && !has_cue(ctx, pair) {
            attribution = after_paraphrase(ctx, pair);
        }
        // `"…," the ministry said. "…," it added.`: an "it" or "they" that found no entity is
        // the unnamed body that spoke just before (same or next paragraph).
        if let (Some((s, _)), Some((prev_close, Some(prev), _))) = (attribution.as_mut(), &previous) {
            let unresolved = s.entity.is_none() && s.rule == "pronoun";
            let pronoun = matches!(lower(s.span.text(ctx.text)).as_str(), "it" | "they");
            let near = ctx.paragraph_of[pair.open] <= ctx.paragraph_of[(*prev_close).min(tokens.len() - 1)] + 1;
            if unresolved && pronoun && near && prev.entity.is_none() && prev.rule == "nominal" {
                s.name = prev.name.clone();
            }
        }
        // A title-cased quote after "of", "on", "titled", a possessive…: a title, whoever is around.
        let before = ctx.lower(pair.open.saturating_sub(1));
        let title_cased = (first..last).filter(|&k| ctx.is_word(k)).all(|k| {
            ctx.capitalized(k) || matches!(ctx.word(k), "of" | "the" | "and" | "a" | "in" | "on" | "for" | "to")
        });
        if kind == QuoteKind::Partial
            && title_cased
            && words <= 6
            && pair.open > 0
            && matches!(
                before.as_str(),
                "of" | "on"
                    | "in"
                    | "titled"
                    | "called"
                    | "named"
                    | "dubbed"
                    | "'s"
                    | "\u{2019}s"
                    | "the"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
            )
        {
            continue;
        }
        // A title-cased name in quotes that only follows someone's quote is a title, not more of
        // what they said: "\"The Salt Road,\" a spare drama about two sisters, won the Golden
        // Lion" after a director's words in the paragraph before. (In the same paragraph it
        // goes on with them: "\"Here he comes,\" she said. \"The Big Man.\"")
        let after_other_paragraph = previous.as_ref().is_none_or(|(prev_close, _, _)| {
            ctx.paragraph_of[(*prev_close).min(tokens.len() - 1)] != ctx.paragraph_of[pair.open]
        });
        // (A question or a cry is said: "Mr. Dunne?", "Ted! Ted!")
        if title_cased
            && after_other_paragraph
            && (2..=6).contains(&words)
            && (first..last).all(|k| !matches!(ctx.word(k), "?" | "!"))
            && attribution.as_ref().is_none_or(|(s, _)| s.rule == "continuation")
            && !continues_run
            && !pair.runs_on
            && !has_cue(ctx, pair)
        {
            previous = None;
            continue;
        }
        // A single-quoted stretch counts only with a cue of its own (news uses them for headlines
        // and nested quotes), and a bracketed aside ("(CROSSTALK.)") is nobody's statement.
        let pattern = attribution.as_ref().is_some_and(|(s, _)| s.rule != "continuation");
        // British news quotes everything in single marks: a whole sentence right after a quote
        // in the same paragraph goes on with it ("'…,' said Martin Hale. 'This will finish
        // some of them off.'").
        let same_paragraph = previous.as_ref().is_some_and(|(prev_close, _, _)| {
            ctx.paragraph_of[(*prev_close).min(tokens.len() - 1)] == ctx.paragraph_of[pair.open]
        });
        let pattern = pattern
            || attribution.is_some() && same_paragraph && kind == QuoteKind::Direct && words >= 4 && !title_cased;
        let bracketed = ctx.word(first) == "(" && (ctx.word(last - 1) == ")" || ctx.word(last - 2) == ")");
        if (!pair.style.double() && (!pattern || title_cased)) || bracketed {
            previous = None;
            continue;
        }
        // Titles, nicknames and scare quotes: short or title-cased, nobody says them.
        if attribution.is_none()
            && !continues_run
            && !pair.runs_on
            && kind == QuoteKind::Partial
            && (words <= 2 || (title_cased && words <= 6))
        {
            previous = None;
            continue;
        }
        // A quote that ran on from the paragraphs before takes the speaker found here.
        if let (Some(start), Some((s, _))) = (run_start, attribution.as_ref()) {
            for q in &mut quotes[start..] {
                if q.speaker.is_none() {
                    let mut s = s.clone();
                    s.rule = "continuation";
                    q.speaker = Some(s);
                }
            }
            // Every earlier part now has a speaker: later parts need not look back at them.
            run_start = Some(quotes.len());
        }
        if pair.runs_on && run_start.is_none() {
            run_start = Some(quotes.len());
        } else if !pair.runs_on {
            run_start = None;
        }
        let (speaker, cue) = match attribution {
            Some((s, c)) => (Some(s), c),
            None => (None, None),
        };
        previous = Some((pair.close, speaker.clone(), pair.runs_on));
        quotes.push(Quote { span, kind, speaker, cue });
    }
    quotes
}

/// One pass over pronouns and mentions: "he"/"she" right after a person of unknown gender tells
/// that person's gender; a lower-case or title word right before a person's mention
/// ("mayor Bill de Blasio", "Sen. Warren") lets "the mayor" find them later.
fn learn_genders_and_titles(ctx: &mut Context) {
    let mut last_person: Option<(usize, u32)> = None; // (entity, sentence)
    let mut m = 0;
    let all = &ctx.mentions.all;
    for (i, t) in ctx.tokens.iter().enumerate() {
        while m < all.len() && all[m].0.start < t.span.start {
            m += 1;
        }
        if let Some(&(span, id)) = all.get(m).filter(|(s, _)| s.start == t.span.start) {
            if ctx.entities[id].kind == EntityType::Person {
                last_person = Some((id, ctx.sentence_of[i]));
                // "Mr. Tully", "Ms Okafor": the title says the gender, and outranks a pronoun.
                let honorific = if i >= 2 && ctx.word(i - 1) == "." { i - 2 } else { i.saturating_sub(1) };
                let titled = match ctx.word(honorific) {
                    "Mr" | "Mr." => Some(Gender::Male),
                    "Mrs" | "Mrs." | "Ms" | "Ms." | "Miss" => Some(Gender::Female),
                    _ => None,
                };
                if let Some(g) = titled.filter(|_| honorific < i) {
                    ctx.gender.insert(id, g);
                }
                // Title words just before the mention.
                for k in i.saturating_sub(3)..i {
                    if ctx.tokens[k].kind == TokenKind::Word {
                        let w = lower(ctx.word(k)).trim_end_matches('.').to_string();
                        // ("Mrs Justice Farrington" is a judge: "the judge told him".)
                        let judge = w == "justice"
                            && k > 0
                            && matches!(ctx.word(k - 1), "Mr" | "Mrs" | "Ms" | "Lord" | "Lady" | "Dame" | "Sir");
                        if let Some(role) = role_noun(&w).or(judge.then_some("judge")) {
                            ctx.titles.entry(role.to_string()).or_default().push((span.start, id));
                        }
                    }
                }
            }
        }
        // (Not a pronoun inside a quotation: in "Ann Reilly laid a wreath. \"He was gone half
        // a century,\" she said", the "He" is her father.)
        if t.kind != TokenKind::Word || ctx.quoted[i] {
            continue;
        }
        let g = match ctx.word(i) {
            "he" | "He" | "his" | "His" | "him" => Gender::Male,
            "she" | "She" | "her" | "Her" | "hers" => Gender::Female,
            _ => continue,
        };
        if let Some((id, sentence)) = last_person {
            let first = ctx.entities[id].name.split(' ').next().unwrap_or("");
            if ctx.sentence_of[i] <= sentence + 1 && lexicon::first_name_gender(first).is_none() {
                ctx.gender.entry(id).or_insert(g);
            }
        }
    }
}

/// Titles and roles by which news refers back to a person ("the mayor", "the senator"), with
/// the abbreviations that introduce them ("Sen. Warren" → "the senator").
pub(crate) fn role_noun(word: &str) -> Option<&'static str> {
    // With the relatives by whom a story refers back to someone it introduced so ("His
    // daughter, Ada Obi, said …", later "his daughter said").
    const ROLES: &[&str] = &[
        "activist",
        "actor",
        "actress",
        "adviser",
        "advisor",
        "agronomist",
        "aide",
        "ambassador",
        "analyst",
        "anchor",
        "archaeologist",
        "architect",
        "assistant",
        "astronaut",
        "astronomer",
        "attorney",
        "auditor",
        "author",
        "banker",
        "billionaire",
        "biologist",
        "bishop",
        "brother",
        "businessman",
        "businesswoman",
        "campaigner",
        "candidate",
        "captain",
        "ceo",
        "chair",
        "chairman",
        "chairwoman",
        "champion",
        "chancellor",
        "chemist",
        "chief",
        "climatologist",
        "co-author",
        "coach",
        "colleague",
        "colonel",
        "columnist",
        "commander",
        "commissioner",
        "composer",
        "congressman",
        "congresswoman",
        "consultant",
        "coroner",
        "councillor",
        "councilor",
        "counterpart",
        "critic",
        "curator",
        "customer",
        "daughter",
        "deputy",
        "detective",
        "developer",
        "diplomat",
        "director",
        "doctor",
        "driver",
        "ecologist",
        "economist",
        "editor",
        "employee",
        "engineer",
        "envoy",
        "epidemiologist",
        "executive",
        "fan",
        "farmer",
        "father",
        "firefighter",
        "fisherman",
        "forecaster",
        "founder",
        "general",
        "geologist",
        "governor",
        "grandmaster",
        "head",
        "headteacher",
        "historian",
        "host",
        "husband",
        "hydrologist",
        "inspector",
        "investor",
        "journalist",
        "judge",
        "lawmaker",
        "lawyer",
        "leader",
        "manager",
        "mayor",
        "mediator",
        "member",
        "meteorologist",
        "midwife",
        "minister",
        "moderator",
        "mother",
        "negotiator",
        "neighbor",
        "neighbour",
        "nominee",
        "novelist",
        "nurse",
        "officer",
        "official",
        "organiser",
        "organizer",
        "owner",
        "paramedic",
        "parent",
        "partner",
        "passenger",
        "pathologist",
        "patient",
        "pharmacist",
        "physician",
        "physicist",
        "pilot",
        "predecessor",
        "presenter",
        "president",
        "priest",
        "principal",
        "professor",
        "prosecutor",
        "reporter",
        "representative",
        "researcher",
        "resident",
        "scientist",
        "secretary",
        "seismologist",
        "senator",
        "sergeant",
        "sheriff",
        "shopper",
        "sister",
        "skipper",
        "son",
        "speaker",
        "spokesman",
        "spokesperson",
        "spokeswoman",
        "statistician",
        "strategist",
        "student",
        "successor",
        "superintendent",
        "supporter",
        "surgeon",
        "teacher",
        "trader",
        "treasurer",
        "trustee",
        "veterinarian",
        "volcanologist",
        "volunteer",
        "voter",
        "widow",
        "widower",
        "wife",
        "witness",
        "worker",
    ];
    match word {
        "sen" => Some("senator"),
        "gov" => Some("governor"),
        "rep" => Some("congressman"),
        "gen" => Some("general"),
        "dr" => Some("doctor"),
        "prof" => Some("professor"),
        "envoy" => Some("ambassador"),
        _ => ROLES.binary_search(&word).ok().map(|i| ROLES[i]),
    }
}

fn gender_of(ctx: &Context, id: usize) -> Option<Gender> {
    let e = &ctx.entities[id];
    let first = e.name.split(' ').next().unwrap_or("");
    lexicon::first_name_gender(first)
        .or_else(|| lexicon::clashing_first_name(first))
        .or_else(|| ctx.gender.get(&id).copied())
}

fn quote_kind(ctx: &Context, pair: &Found) -> QuoteKind {
    let sentence = ctx.sentence(pair.open);
    let start = sentence.tokens.start;
    if pair.open == start || ctx.tokens[pair.open].newlines_before > 0 {
        return QuoteKind::Direct;
    }
    // Several sentences inside the marks make a statement of its own.
    let close = pair.close.min(ctx.tokens.len() - 1);
    if ctx.sentence_of[close] != ctx.sentence_of[pair.open] && pair.closed_by_mark(ctx.tokens) {
        return QuoteKind::Direct;
    }
    let prev = ctx.word(pair.open - 1);
    if prev == ":" {
        return QuoteKind::Direct;
    }
    // `X said, "…"` or `said X, "…"`: a cue verb among the few words before the comma.
    if prev == "," && (start..pair.open).rev().take(8).any(|k| ctx.cue(k)) {
        return QuoteKind::Direct;
    }
    // A dateline or a "- " dash before it still starts the statement.
    if matches!(prev, "-" | "--" | "\u{2013}" | "\u{2014}") {
        return QuoteKind::Direct;
    }
    // So does a tag of pasted HTML that opens the sentence: `<p>"We have moved …`.
    let tags_only = || {
        pair.open - start <= 12 && (start..pair.open).all(|k| matches!(ctx.word(k), "<" | ">" | "/") || ctx.is_word(k))
    };
    if prev == ">" && ctx.word(start) == "<" && tags_only() {
        return QuoteKind::Direct;
    }
    QuoteKind::Partial
}

/// Whether the sentences around the quote hold a cue verb outside quotes: then a failed
/// attribution is a pattern we do not know, and continuation would be a guess.
fn has_cue(ctx: &Context, pair: &Found) -> bool {
    let first = ctx.sentence(pair.open).tokens.clone();
    let last = ctx.sentence(pair.close).tokens.clone();
    (first.start..pair.open).chain(pair.close.min(ctx.tokens.len())..last.end).take(80).any(|k| ctx.cue(k))
}

type Attribution = (Speaker, Option<Span>);

fn attribute(ctx: &Context, pair: &Found, kind: QuoteKind) -> Option<Attribution> {
    // "according to" right after the quote names its source before any verb earlier in the
    // sentence: `Apps written for it can be ported "with minimal changes," according to a
    // developer guide` (not "Apps", by "written").
    let after = pair.close + 1 + usize::from(ctx.word(pair.close + 1) == ",");
    let according = ctx.lower(after) == "according" && ctx.lower(after + 1) == "to";
    transcript_label(ctx, pair)
        .or_else(|| after_quote(ctx, pair))
        .or_else(|| according.then(|| according_to(ctx, pair)).flatten())
        .or_else(|| before_quote(ctx, pair))
        .or_else(|| colon_introduction(ctx, pair))
        .or_else(|| sentence_cue(ctx, pair, kind))
        .or_else(|| according_to(ctx, pair))
}

/// Speaker words found by a sieve, before resolution.
#[derive(Clone, Copy)]
struct Words {
    span: Span,
    /// How the words were found, when that says more than the sieve: "appositive", "title".
    how: Option<&'static str>,
}

/// `"KERRY: We made progress."` — an upper-case name and a colon open the quote.
fn transcript_label(ctx: &Context, pair: &Found) -> Option<Attribution> {
    let first = pair.open + 1;
    let mut k = first;
    while k < pair.close && k < first + 3 && ctx.is_word(k) {
        let w = ctx.word(k);
        if !(w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '-')) {
            return None;
        }
        k += 1;
    }
    if k == first || ctx.word(k) != ":" {
        return None;
    }
    let span = Span::new(ctx.tokens[first].span.start, ctx.tokens[k - 1].span.end);
    Some((resolve(ctx, Words { span, how: None }, pair.open, "transcript label"), None))
}

/// `"…," X said` / `"…," said X` / `"…" X told reporters` / `"…," White House spokesman Josh
/// Earnest (D) said`.
fn after_quote(ctx: &Context, pair: &Found) -> Option<Attribution> {
    if !pair.closed_by_mark(ctx.tokens) {
        return None;
    }
    let mut i = pair.close + 1;
    let dash = matches!(ctx.word(i), "\u{2015}" | "\u{2014}" | "\u{2013}" | "-" | "--");
    if dash || ctx.word(i) == "," {
        i += 1;
    }
    if i >= ctx.tokens.len() || ctx.tokens[i].newlines_before > 0 {
        return None;
    }
    if dash {
        if let Some(found) = dash_signature(ctx, i, pair.open) {
            return Some(found);
        }
    }
    // After a quote ending in a period, a new sentence starts: `"…." Gov. Pat McCrory said it
    // would be…` is not the attribution, unless the cue ends it (`"…." Trump said.`). A quote
    // ending in "?" or "!" does not end the writer's sentence (`"…?" Graham asked.`).
    let period = pair.close > 0 && ctx.word(pair.close - 1) == ".";
    // `"…," Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said`.
    if let Some((span, id)) = ctx.mentions.starting_at(ctx.tokens[i].span.start) {
        let after = (i..ctx.tokens.len().min(i + 8)).find(|&k| ctx.tokens[k].span.start >= span.end).unwrap_or(i + 1);
        if ctx.entities[id].kind == EntityType::Person && ctx.word(after) == "," {
            let sentence_end = ctx.sentence(i).tokens.end;
            if let Some(c) = (after..sentence_end.min(after + 30)).find(|&k| ctx.cue(k)) {
                if ctx.word(c - 1) == "," {
                    let words = Words { span, how: Some("appositive") };
                    return Some((resolve(ctx, words, pair.open, "cue after quote"), Some(ctx.tokens[c].span)));
                }
            }
        }
    }
    // (Not a participle: in `dismissed them as "pointless," saying Russian exports rose` the
    // word after "saying" begins what was said; the speaker is the sentence's, found later.)
    if ctx.cue(i) && !ctx.lower(i).ends_with("ing") {
        let words = subject_after(ctx, i + 1)?;
        return Some((resolve(ctx, words, pair.open, "cue after quote"), Some(ctx.tokens[i].span)));
    }
    // Speaker first: find the cue within a short stretch of words (titles, a parenthesis, an
    // appositive between commas).
    let mut c = i;
    let mut commas = 0;
    while c < ctx.tokens.len() && c < i + 20 {
        let t = ctx.tokens[c];
        if t.newlines_before > 0 && c > i || ctx.quoted[c] || (c > i && w_is_sentence_end(ctx, c)) {
            return None;
        }
        let w = t.text(ctx.text);
        if c > i && ctx.cue(c) {
            break;
        }
        match w {
            "," => commas += 1,
            "(" | ")" | "." | "-" | "'s" | "\u{2019}s" => {}
            // `the 23-year-old said`.
            _ if t.kind == TokenKind::Word || t.kind == TokenKind::Number => {}
            _ => return None,
        }
        if commas > 2 {
            return None;
        }
        c += 1;
    }
    if c >= ctx.tokens.len() || c >= i + 20 || !ctx.cue(c) {
        return None;
    }
    if period && !matches!(ctx.word(c + 1), "." | "," | ";" | "") {
        return None;
    }
    let words = subject_before(ctx, c, i)?;
    let first = token_at(ctx, words.span.start).unwrap_or(i);
    if (i..first).any(|k| contains(NOT_SPEAKER, &ctx.lower(k))) {
        // `"…," when Clinton blasted him`: a new clause, not the attribution.
        return None;
    }
    if words.span.start != ctx.tokens[i].span.start && ctx.mentions.covering(words.span.start).is_none() {
        // A nominal or pronoun must stand right after the quote.
        if !ctx.capitalized(token_at(ctx, words.span.start)?) {
            return None;
        }
    }
    Some((resolve(ctx, words, pair.open, "cue after quote"), Some(ctx.tokens[c].span)))
}

/// `"…" ― Karen Lopez`: a name after a dash, alone up to the end of the paragraph or sentence.
fn dash_signature(ctx: &Context, i: usize, quote_open: usize) -> Option<Attribution> {
    let mut k = i;
    while k < ctx.tokens.len() && k < i + 5 && ctx.capitalized(k) && (k == i || ctx.tokens[k].newlines_before == 0) {
        k += 1;
        // Initials: "Oscar P. Quintero".
        if ctx.word(k) == "." && ctx.capitalized(k + 1) && ctx.word(k - 1).chars().count() == 1 {
            k += 1;
        }
    }
    if k == i {
        return None;
    }
    let ends = k >= ctx.tokens.len() || ctx.tokens[k].newlines_before > 0 || matches!(ctx.word(k), "." | ",");
    if !ends {
        return None;
    }
    let span = Span::new(ctx.tokens[i].span.start, ctx.tokens[k - 1].span.end);
    Some((resolve(ctx, Words { span, how: None }, quote_open, "dash signature"), None))
}

/// Whether token `c` starts a new sentence (the splitter's decision), unless only a title
/// abbreviation ended the previous one.
fn w_is_sentence_end(ctx: &Context, c: usize) -> bool {
    ctx.sentence(c).tokens.start == c && !matches!(ctx.word(c.saturating_sub(1)), "?" | "!" | "\u{201D}" | "\"")
}

/// The token index starting at byte `pos` (binary search).
fn token_at(ctx: &Context, pos: usize) -> Option<usize> {
    let i = ctx.tokens.partition_point(|t| t.span.start < pos);
    (i < ctx.tokens.len() && ctx.tokens[i].span.start == pos).then_some(i)
}

/// `X said: "…"`, `X told reporters, "…"`, `X said "…"`, `X, a doctor, said: "…"`.
fn before_quote(ctx: &Context, pair: &Found) -> Option<Attribution> {
    let start = ctx.sentence(pair.open).tokens.start;
    let mut j = pair.open;
    if j > start && matches!(ctx.word(j - 1), "," | ":" | "\u{2014}" | "\u{2013}" | "-" | "--") {
        j -= 1;
    }
    // The nearest cue verb among the few words before.
    let Some(c) = (start.max(j.saturating_sub(8))..j).rev().find(|&k| ctx.cue(k)) else {
        // `President Obama is rolling out a new message: "…"`: a named subject and a colon.
        if j < pair.open && ctx.word(j) == ":" {
            let k = clause_start(ctx, start, j);
            if !ctx.quoted[k] && ctx.mentions.starting_at(ctx.tokens[k].span.start).is_some() {
                let words = subject_at(ctx, k)?;
                return Some((resolve(ctx, words, pair.open, "colon introduction"), None));
            }
        }
        return None;
    };
    let cue = Some(ctx.tokens[c].span);
    if let Some(words) = subject_before(ctx, c, start) {
        // `He said the party's own sampling of ballot papers suggested it had "…"`: what
        // suggests or shows is no speaker (no name, no pronoun, no role or body), and the one
        // who said so before it speaks.
        let first = token_at(ctx, words.span.start).unwrap_or(c);
        let head = words.span.text(ctx.text).rsplit(' ').next().unwrap_or("").to_lowercase();
        let evidence = matches!(
            ctx.lower(c).as_str(),
            "suggested"
                | "suggests"
                | "showed"
                | "shows"
                | "indicated"
                | "indicates"
                | "found"
                | "finds"
                | "revealed"
                | "reveals"
        );
        let thing = evidence
            && ctx.mentions.covering(words.span.start).is_none()
            && !is_pronoun(&ctx.lower(first))
            && role_noun(&head).is_none()
            && !contains(ORG_NOUNS, &head)
            && !ctx.capitalized(first);
        let outer = (start..first)
            .rev()
            .find(|&k| matches!(ctx.lower(k).as_str(), "said" | "says" | "told" | "added"))
            .and_then(|k| Some((k, subject_before(ctx, k, start)?)))
            .filter(|(_, w)| {
                let f = token_at(ctx, w.span.start).unwrap_or(0);
                ctx.mentions.covering(w.span.start).is_some() || is_pronoun(&ctx.lower(f))
            });
        if let Some((k, outer)) = outer.filter(|_| thing) {
            return Some((resolve(ctx, outer, pair.open, "cue before quote"), Some(ctx.tokens[k].span)));
        }
        return Some((resolve(ctx, words, pair.open, "cue before quote"), cue));
    }
    // `said White House spokesman Josh Earnest: "…"`.
    // Only verbs that invert take their subject after them ("blasted Clinton" names the target).
    let inverts =
        matches!(ctx.lower(c).as_str(), "said" | "says" | "added" | "adds" | "asked" | "asks" | "wrote" | "writes");
    if let Some(words) = subject_after(ctx, c + 1).filter(|w| inverts && ctx.mentions.covering(w.span.start).is_some())
    {
        return Some((resolve(ctx, words, pair.open, "cue before quote"), cue));
    }
    // `…, saying, "…"`: the subject of the sentence.
    let words = participle_subject(ctx, c, start)?;
    Some((resolve(ctx, words, pair.open, "cue before quote"), cue))
}

/// Skips an opening phrase ending in a comma ("On Tuesday, …") when the sentence has one early.
fn clause_start(ctx: &Context, start: usize, limit: usize) -> usize {
    let mut k = dateline_end(ctx, start, limit).unwrap_or(start);
    if !is_subject_start(ctx, k) {
        // "On July 6, 2015, Sanders …": after the first comma that a subject follows.
        let limit = limit.min(start + 14);
        if let Some(c) = (start..limit).find(|&x| ctx.word(x) == "," && x + 1 < limit && is_subject_start(ctx, x + 1)) {
            k = c + 1;
        }
    }
    k
}

/// The token after a dateline that opens the sentence at `start` ("LONDON, June 11, 2026 (AP)
/// -", "WASHINGTON (AP) —"): a word in capitals, then only capitalized words, numbers, commas
/// and brackets up to a dash, within 16 tokens and before `limit`. A dateline's place is no
/// speaker.
fn dateline_end(ctx: &Context, start: usize, limit: usize) -> Option<usize> {
    let first = ctx.word(start);
    if first.chars().filter(|c| c.is_alphabetic()).count() < 2 || first.chars().any(char::is_lowercase) {
        return None;
    }
    let dash = (start + 1..(start + 16).min(limit))
        .find(|&k| matches!(ctx.word(k), "-" | "--" | "\u{2013}" | "\u{2014}") && ctx.tokens[k].newlines_before == 0)?;
    let header = (start..dash).all(|k| !ctx.is_word(k) || ctx.capitalized(k));
    (header && dash + 1 < limit).then_some(dash + 1)
}

fn is_subject_start(ctx: &Context, k: usize) -> bool {
    ctx.mentions.starting_at(ctx.tokens[k].span.start).is_some()
        || is_pronoun(&ctx.lower(k))
        || DETERMINERS.contains(&ctx.lower(k).as_str())
}

/// `Caddell continued:` / `He said:` ending the paragraph before the quote.
fn colon_introduction(ctx: &Context, pair: &Found) -> Option<Attribution> {
    let t = ctx.tokens[pair.open];
    if t.newlines_before == 0 || pair.open == 0 {
        return None;
    }
    let k = pair.open - 1;
    if !matches!(ctx.word(k), ":" | "\u{2014}" | "-" | "--" | ",") {
        return None;
    }
    let start = ctx.sentence(k).tokens.start;
    let c = (start.max(k.saturating_sub(12))..k).rev().find(|&x| ctx.cue(x));
    let (words, cue) = match c {
        Some(c) => (subject_before(ctx, c, start).or_else(|| subject_after(ctx, c + 1))?, Some(ctx.tokens[c].span)),
        // `Donald Trump on Twitter:` — a name leading the introduction.
        None if ctx.word(k) == ":" => {
            let words = subject_at(ctx, clause_start(ctx, start, k))?;
            let named =
                ctx.mentions.covering(words.span.start).is_some() || is_pronoun(&lower(words.span.text(ctx.text)));
            (Some(words).filter(|_| named)?, None)
        }
        None => return None,
    };
    Some((resolve(ctx, words, pair.open, "colon introduction"), cue))
}

/// The subject of a cue verb or cue noun elsewhere in the quote's sentence: first before the
/// quote (the nearest), then after it.
fn sentence_cue(ctx: &Context, pair: &Found, kind: QuoteKind) -> Option<Attribution> {
    let mut sentence = ctx.sentence(pair.open).tokens.clone();
    // A live blog's stamp opening the sentence is no subject: "9.42pm: Labour sources are
    // conceding that the seat is "too close to call"".
    if sentence.len() > 2
        && ctx.word(sentence.start).bytes().any(|b| b.is_ascii_digit())
        && matches!(ctx.word(sentence.start + 1), ":" | "-" | "\u{2013}" | "\u{2014}")
    {
        sentence.start += 2;
    }
    let reach = if kind == QuoteKind::Direct { 25 } else { 45 };
    for c in (sentence.start.max(pair.open.saturating_sub(reach))..pair.open).rev() {
        if ctx.quoted[c] {
            continue;
        }
        let w = ctx.word(c);
        if ctx.cue(c) {
            let words = subject_before(ctx, c, sentence.start).or_else(|| participle_subject(ctx, c, sentence.start));
            if let Some(words) = words {
                return Some((resolve(ctx, words, pair.open, "sentence cue"), Some(ctx.tokens[c].span)));
            }
        } else if contains(CUE_NOUNS, &lower(w))
            && (c + 1 == pair.open || matches!(ctx.word(c + 1), "that" | ":"))
            && c >= 2
            && matches!(ctx.word(c - 1), "'s" | "\u{2019}s" | "'" | "\u{2019}")
        {
            // `Trump's claim that "…"`.
            if let Some(words) = phrase_ending(ctx, c - 1, sentence.start) {
                return Some((resolve(ctx, words, pair.open, "sentence cue"), Some(ctx.tokens[c].span)));
            }
        }
    }
    // After the quote: `"…" for criminal behavior, she said.`
    let last = ctx.sentence(pair.close).tokens.clone();
    if !pair.closed_by_mark(ctx.tokens) {
        return None;
    }
    let from = pair.close + 1;
    for c in from..last.end.min(from + 25) {
        if ctx.quoted[c] {
            continue;
        }
        if ctx.cue(c) {
            // `apologised "unreservedly" and said the delay had been necessary`: the second verb
            // of the clause the quote stands in, whose subject opened it (what follows "said" is
            // what was said, not who).
            if c == from + 1 && ctx.lower(from) == "and" {
                // (The subject of the verb before the quote, with its appositive: `the bank's
                // chief executive, Graham Oyelaran, apologised "…" and said`.)
                let verb = pair.open.checked_sub(1).filter(|&v| v > sentence.start && ctx.lower(v).ends_with("ed"));
                let words = verb
                    .and_then(|v| subject_before(ctx, v, sentence.start))
                    .or_else(|| subject_before(ctx, c, sentence.start))?;
                return Some((resolve(ctx, words, pair.open, "sentence cue"), Some(ctx.tokens[c].span)));
            }
            let words = subject_before(ctx, c, from).or_else(|| subject_after(ctx, c + 1))?;
            return Some((resolve(ctx, words, pair.open, "sentence cue"), Some(ctx.tokens[c].span)));
        }
    }
    None
}

/// The tokens of the sentence before a quote that opens its sentence, in the same paragraph or
/// ending the one before.
fn sentence_before_quote(ctx: &Context, pair: &Found) -> Option<std::ops::Range<usize>> {
    let sentence = ctx.sentence(pair.open);
    if sentence.tokens.start != pair.open || pair.open == 0 {
        return None;
    }
    let prev = ctx.sentence(pair.open - 1).tokens.clone();
    (ctx.paragraph_of[prev.start] + 1 >= ctx.paragraph_of[pair.open]).then_some(prev)
}

/// `Carraway laughed. "May is everything I was afraid of becoming."`: a person's gesture, the
/// last words of the sentence before a quote that opens its sentence, introduces what they say
/// (even after "Asked whether …,"), before any run of the last speaker's quotes ("\"…,\" Ffion
/// interrupts. Carys nods. \"And we'd have …\"" is Carys).
fn gesture_before(ctx: &Context, pair: &Found) -> Option<Attribution> {
    // (Or before a colon in the quote's sentence: "Asked about the injury, the Bath coach
    // shrugged: \"Ask me after the scan.\"")
    let colon = pair.open >= 2 && ctx.word(pair.open - 1) == ":";
    let prev =
        if colon { ctx.sentence(pair.open).tokens.start..pair.open - 1 } else { sentence_before_quote(ctx, pair)? };
    let end = if ctx.word(prev.end - 1) == "." { prev.end - 1 } else { prev.end };
    let gesture = end >= 2 + prev.start
        && matches!(
            ctx.lower(end - 1).as_str(),
            "laughed" | "smiled" | "shrugged" | "sighed" | "grinned" | "paused" | "nodded" | "winced" | "chuckled"
                // (A profile's present: "Carys nods. \"And we'd have nothing to do.\"")
                | "laughs" | "smiles" | "shrugs" | "sighs" | "grins" | "pauses" | "nods" | "winces" | "chuckles"
        );
    if gesture {
        let who = end - 2;
        let person = ctx
            .mentions
            .ending_at(ctx.tokens[who].span.end)
            .filter(|&(_, id)| ctx.entities[id].kind == EntityType::Person)
            .map(|(span, _)| span)
            .or_else(|| matches!(ctx.lower(who).as_str(), "he" | "she").then_some(ctx.tokens[who].span));
        if let Some(span) = person {
            let sieve = if colon { "colon introduction" } else { "continuation" };
            return Some((resolve(ctx, Words { span, how: None }, pair.open, sieve), None));
        }
        // ("the Bath coach shrugged:": a role, which resolves to the person introduced with it.)
        if colon {
            let words = phrase_ending(ctx, end - 1, prev.start)?;
            let first = lower(words.span.text(ctx.text).split(' ').next().unwrap_or(""));
            if DETERMINERS.contains(&first.as_str()) {
                return Some((resolve(ctx, words, pair.open, "colon introduction"), None));
            }
        }
    }
    None
}

/// `Schiff said the delay was political. "The other factor is …"`: a quote opening a sentence,
/// with no cue of its own, right after a sentence whose cue verb names a speaker (in the same
/// paragraph, or ending the previous one) continues that speaker. (A gesture there was looked
/// at first: see `gesture_before`.)
fn after_paraphrase(ctx: &Context, pair: &Found) -> Option<Attribution> {
    let prev = sentence_before_quote(ctx, pair)?;
    let from = prev.start.max(prev.end.saturating_sub(60));
    for c in (from..prev.end).rev() {
        if ctx.cue(c) {
            let words = subject_before(ctx, c, prev.start).or_else(|| participle_subject(ctx, c, prev.start))?;
            return Some((resolve(ctx, words, pair.open, "continuation"), None));
        }
    }
    None
}

/// "according to X" in the quote's sentence.
fn according_to(ctx: &Context, pair: &Found) -> Option<Attribution> {
    let first = ctx.sentence(pair.open).tokens.clone();
    let last = ctx.sentence(pair.close).tokens.clone();
    let k = (first.start..last.end)
        .take(200)
        .find(|&k| !ctx.quoted[k] && ctx.word(k).eq_ignore_ascii_case("according") && ctx.word(k + 1) == "to")?;
    let words = subject_at(ctx, k + 2)?;
    Some((
        resolve(ctx, words, pair.open, "according to"),
        Some(Span::new(ctx.tokens[k].span.start, ctx.tokens[k + 1].span.end)),
    ))
}

/// The subject of the cue verb at `c`, looking back no further than `start`: skips auxiliaries
/// and adverbs, a parenthesis (`(D-Wis.)`), and an appositive between commas.
fn subject_before(ctx: &Context, c: usize, start: usize) -> Option<Words> {
    // `footage of Hillary Clinton asking, "…"`: the participle's subject is the name before it.
    if c > start && ctx.lower(c).ends_with("ing") {
        if let Some((span, id)) = ctx.mentions.ending_at(ctx.tokens[c - 1].span.end) {
            if ctx.entities[id].kind == EntityType::Person {
                return Some(Words { span, how: None });
            }
        }
    }
    // `…, saying` / `tweets early Friday saying` / `took to Twitter to accuse`: a participle or
    // an infinitive has the clause's subject (see participle_subject); `is saying` does not.
    if c > start {
        let p = ctx.lower(c - 1);
        let progressive = matches!(p.as_str(), "is" | "was" | "are" | "were" | "been" | "be" | "am");
        if (ctx.lower(c).ends_with("ing") && !progressive) || p == "to" {
            return None;
        }
    }
    let mut j = c;
    // `He paused, then added`, `She smiled and then said`: the first verb of a pair too.
    if j > start + 3
        && ctx.lower(j - 1) == "then"
        && matches!(ctx.word(j - 2), "," | "and")
        && ctx.lower(j - 3).ends_with("ed")
        && !ctx.capitalized(j - 3)
    {
        j -= 3;
    }
    // `I laughed and said`: skip the first verb of a pair; `Trump bemoaned the unrest and said`:
    // the clause's subject.
    if j > start + 2 && ctx.lower(j - 1) == "and" && ctx.lower(j - 2).ends_with("ed") && !ctx.capitalized(j - 2) {
        j -= 2;
    } else if j > start + 1 && ctx.lower(j - 1) == "and" {
        let k = clause_start(ctx, start, j);
        // (Or a name after capitalized title words: `Education Secretary Bridget Lowell
        // congratulated students and said`.)
        let titled = || {
            (k + 1..(k + 4).min(j))
                .find(|&t| {
                    ctx.mentions
                        .starting_at(ctx.tokens[t].span.start)
                        .is_some_and(|(_, id)| ctx.entities[id].kind == EntityType::Person)
                })
                .is_some_and(|t| (k..t).all(|x| ctx.is_word(x) && ctx.capitalized(x)))
        };
        if ctx.quoted[k] || !(is_subject_start(ctx, k) || titled()) {
            return None;
        }
        return subject_at(ctx, k);
    }
    while j > start {
        let w = ctx.lower(j - 1);
        if contains(AUXILIARIES, &w) || (w.len() > 4 && w.ends_with("ly") && !ctx.capitalized(j - 1)) {
            j -= 1;
        } else {
            break;
        }
    }
    // A relative clause's verb: `the Climate Change Committee, which warned …` is the name's.
    if j >= start + 3 && matches!(ctx.lower(j - 1).as_str(), "who" | "which") && ctx.word(j - 2) == "," {
        let named = ctx
            .mentions
            .ending_at(ctx.tokens[j - 3].span.end)
            .filter(|&(_, id)| matches!(ctx.entities[id].kind, EntityType::Person | EntityType::Org));
        if let Some((span, _)) = named {
            return Some(Words { span, how: Some("appositive") });
        }
    }
    // `Rep. Gwen Moore (D-Wis.) said`.
    if j > start && ctx.word(j - 1) == ")" {
        let open = (start.max(j.saturating_sub(10))..j - 1).rev().find(|&k| ctx.word(k) == "(")?;
        j = open;
    }
    // Appositive: `Elena Popescu, a hydrologist at the university, said` names the speaker before
    // the commas; `Its chief executive, Ingrid Vos, said` between them.
    if j > start && ctx.word(j - 1) == "," {
        let mut k = (start.max(j.saturating_sub(30))..j - 1).rev().find(|&k| ctx.word(k) == ",")?;
        if j - 1 > k + 1 {
            let between = Span::new(ctx.tokens[k + 1].span.start, ctx.tokens[j - 2].span.end);
            // An organization's name, after "the" and with its acronym: `The employers' group,
            // the Harbour Terminal Operators Association (HTOA), said`.
            let first = k + 1 + usize::from(ctx.lower(k + 1) == "the");
            if let Some((s, id)) = ctx.tokens.get(first).and_then(|t| ctx.mentions.starting_at(t.span.start)) {
                let after = ctx.tokens.partition_point(|t| t.span.start < s.end);
                let rest_is_acronym = after == j - 1
                    || ctx.word(after) == "("
                        && after + 2 < j
                        && ctx.word(j - 2) == ")"
                        && ctx.mentions.starting_at(ctx.tokens[after + 1].span.start).is_some_and(|(_, a)| a == id);
                if ctx.entities[id].kind == EntityType::Org && rest_is_acronym {
                    return Some(Words { span: s, how: Some("appositive") });
                }
            }
            // A role and the name: `Their owner, the American investor Carl Whitford, said`.
            if let Some((s, id)) = ctx.mentions.ending_at(between.end) {
                let name_first = token_at(ctx, s.start).unwrap_or(k + 1);
                // (Or with no article: `Lindqvist's second, Danish grandmaster Per Holm, said`.)
                // (Or a title: `the union's council chairman, Capt. Luis Serrano, said`.)
                if ctx.entities[id].kind == EntityType::Person
                    && name_first > k + 1
                    && name_first <= k + 5
                    && (role_noun(&ctx.lower(name_first - 1)).is_some() || title_before(ctx, name_first))
                {
                    return Some(Words { span: s, how: Some("appositive") });
                }
            }
            if let Some((s, id)) = ctx.mentions.starting_at(between.start) {
                // The name alone, or with where the person is from: `His manager, Peter Ochieng
                // of Rift Athletic Management, said`.
                let of = || {
                    let after = ctx.tokens.partition_point(|t| t.span.start < s.end);
                    matches!(ctx.lower(after).as_str(), "of" | "from")
                        && ctx.tokens.get(after + 1).and_then(|t| ctx.mentions.starting_at(t.span.start)).is_some_and(
                            |(o, org)| {
                                o.end == between.end
                                    && matches!(ctx.entities[org].kind, EntityType::Org | EntityType::Loc)
                            },
                        )
                };
                if ctx.entities[id].kind == EntityType::Person && (s == between || of()) {
                    return Some(Words { span: s, how: Some("appositive") });
                }
            }
        }
        // `Marko Brajovic, 46, a former mayor of Niksic, said`: the age between commas too.
        if k > start + 2 && ctx.tokens[k - 1].kind == TokenKind::Number && ctx.word(k - 2) == "," {
            k -= 2;
        }
        // `Rep. Jim Jordan (R-Ohio), an oversight panel member, said`.
        if k > start && ctx.word(k - 1) == ")" {
            k = (start.max(k.saturating_sub(10))..k - 1).rev().find(|&x| ctx.word(x) == "(")?;
        }
        let words = phrase_ending(ctx, k, start)?;
        return Some(Words { how: Some("appositive"), ..words });
    }
    phrase_ending(ctx, j, start)
}

/// The speaker phrase ending just before token `end` (exclusive), not before `start`: a name
/// (with any title before it), a pronoun, or a noun phrase ("the ministry", "several officials").
fn phrase_ending(ctx: &Context, end: usize, start: usize) -> Option<Words> {
    if end == 0 || end <= start {
        return None;
    }
    let mut last = end - 1;
    if ctx.quoted[last] {
        return None;
    }
    // `Trump's campaign said`: keep the possessive inside the phrase; `Trump's` alone is the
    // possessor of a cue noun and names the speaker.
    if matches!(ctx.word(last), "'s" | "\u{2019}s")
        && last > start
        && end < ctx.tokens.len()
        && contains(CUE_NOUNS, &ctx.lower(end))
    {
        last -= 1;
    }
    let lt = ctx.tokens[last];
    if let Some((span, id)) = ctx.mentions.ending_at(lt.span.end) {
        // `Senator Paul Greer of Idaho, who voted against, said`: the person from the place;
        // `Oskar Lindqvist of Baltrum Capital said`: the person of the organization.
        // (`Raymond Quist of the group PatientFirst said`: "the" and a lower-case noun may stand
        // between "of" and the name.)
        let place_first = token_at(ctx, span.start).unwrap_or(last);
        let of = (place_first.saturating_sub(3).max(start + 1)..place_first).rev().find(|&k| {
            matches!(ctx.lower(k).as_str(), "of" | "from")
                && (k + 1..place_first).all(|j| ctx.lower(j) == "the" || ctx.is_word(j) && !ctx.capitalized(j))
        });
        let from_place = of
            .filter(|&k| matches!(ctx.entities[id].kind, EntityType::Loc | EntityType::Org) && k > start)
            .and_then(|k| ctx.mentions.ending_at(ctx.tokens[k - 1].span.end))
            .filter(|&(_, person)| ctx.entities[person].kind == EntityType::Person);
        let named = match from_place {
            Some(person) => Some(person),
            // A place or an event is not a speaker ("in Iowa said"): fall through to nominals.
            None if matches!(ctx.entities[id].kind, EntityType::Loc | EntityType::Misc) => None,
            None => Some((span, id)),
        };
        if let Some((span, _)) = named {
            let first = token_at(ctx, span.start).unwrap_or(last);
            let titled = first > start && title_before(ctx, first);
            return Some(Words { span, how: titled.then_some("title") });
        }
    }
    // `Judge Miriam Castellanos of the Eastern District said`: the person the capitalized "of"
    // phrase follows (the court, the agency, whatever the name model made of it).
    {
        let mut k = last;
        while k > start + 1 && last - k < 6 && (ctx.tokens[k].is_capitalized(ctx.text) || ctx.lower(k) == "the") {
            k -= 1;
        }
        if k < last && k > start && ctx.lower(k) == "of" && ctx.tokens[last].is_capitalized(ctx.text) {
            let person = ctx
                .mentions
                .ending_at(ctx.tokens[k - 1].span.end)
                .filter(|&(_, id)| ctx.entities[id].kind == EntityType::Person);
            if let Some((span, _)) = person {
                let first = token_at(ctx, span.start).unwrap_or(k - 1);
                let titled = first > start && title_before(ctx, first);
                return Some(Words { span, how: titled.then_some("title") });
            }
        }
    }
    let w = ctx.lower(last);
    // `McConnell, the majority leader, who in 2010 said`: the person the relative clause follows.
    if w == "who" {
        let found = (start.max(last.saturating_sub(14))..last).rev().find_map(|k| {
            ctx.mentions
                .ending_at(ctx.tokens[k].span.end)
                .filter(|&(_, id)| ctx.entities[id].kind == EntityType::Person)
        })?;
        return Some(Words { span: found.0, how: Some("pronoun") });
    }
    // A ranking stands for the person: `the world No. 1 told reporters`.
    if lt.kind == TokenKind::Number && last >= start + 2 {
        let no = if ctx.lower(last - 1) == "." { last - 2 } else { last - 1 };
        if matches!(ctx.lower(no).as_str(), "no" | "no.") {
            if let Some(the) = (no.saturating_sub(2).max(start)..no).find(|&k| ctx.lower(k) == "the") {
                return Some(Words { span: Span::new(ctx.tokens[the].span.start, lt.span.end), how: None });
            }
        }
    }
    // An age stands for the person: `the 23-year-old said`.
    let age = is_age(ctx, last);
    // (A cue's form after a determiner is a noun: "The label said", "the answer".)
    let noun = last > start && DETERMINERS.contains(&ctx.lower(last - 1).as_str()) && !w.ends_with("ed");
    if lt.kind != TokenKind::Word && !age || contains(NOT_SPEAKER, &w) || is_cue(&w) && !noun {
        return None;
    }
    if is_pronoun(&w) {
        return Some(Words { span: lt.span, how: None });
    }
    // One of people the text just named: "Two former members said they had raised concerns. One
    // said …".
    if matches!(w.as_str(), "one" | "another") && ctx.sentence(last).tokens.start == last {
        return Some(Words { span: lt.span, how: None });
    }
    // A run of capitalized words the recognizer missed: "Caddell", "PolitiFact" (not a day).
    if ctx.capitalized(last) {
        if is_calendar_word(ctx.word(last)) {
            return None;
        }
        let mut k = last;
        while k > start && k + 4 > last && ctx.capitalized(k - 1) && !is_sentence_word(ctx, k - 1) {
            k -= 1;
        }
        if is_sentence_word(ctx, k) && k == last {
            return None;
        }
        return Some(Words { span: Span::new(ctx.tokens[k].span.start, lt.span.end), how: None });
    }
    // A noun phrase back to its determiner (at most six words), or a bare plural ("officials").
    let from = start.max(end.saturating_sub(11));
    let mut k = last;
    while k > from {
        let p = ctx.lower(k - 1);
        // `the 34-year-old mother of three`, `the former secretary of state and current nominee`.
        let inner = ctx.tokens[k - 1].kind == TokenKind::Number || p == "of" || p == "and";
        if !(ctx.is_word(k - 1) || p == "'s" || p == "\u{2019}s" || p == "-" || inner)
            || (contains(NOT_SPEAKER, &p) && !inner)
            || is_cue(&p)
        {
            break;
        }
        k -= 1;
        if DETERMINERS.contains(&p.as_str()) || p == "'s" || p == "\u{2019}s" {
            // Keep a possessor: "Trump's campaign manager".
            if (p == "'s" || p == "\u{2019}s") && k > from {
                if let Some((span, _)) = ctx.mentions.ending_at(ctx.tokens[k - 1].span.end) {
                    return Some(Words { span: Span::new(span.start, lt.span.end), how: None });
                }
                // A possessor that is no name: back to its own determiner ("the company's chief
                // executive", not "'s chief executive").
                continue;
            }
            // "a person familiar with the deal", "people close to the talks": the source, not
            // the matter it knows about.
            let source = k >= from + 3
                && matches!(
                    (ctx.lower(k - 2).as_str(), ctx.lower(k - 1).as_str()),
                    ("familiar", "with") | ("close", "to") | ("briefed", "on") | ("knowledgeable", "about")
                );
            if source {
                let head = (from.max(k.saturating_sub(6))..k - 2).rev().find(|&j| {
                    DETERMINERS.contains(&ctx.lower(j).as_str())
                        || matches!(ctx.lower(j).as_str(), "people" | "sources")
                });
                if let Some(j) = head {
                    return Some(Words { span: Span::new(ctx.tokens[j].span.start, lt.span.end), how: None });
                }
            }
            // The object of a preposition in the subject's own phrase: "a senior official
            // involved in the talks said", "Police searching for a girl who went missing at
            // the weekend say" (the subject opens the clause).
            // Or a noun's: "officials on both sides said", "A spokeswoman for the embassy said".
            if k > start + 1
                && matches!(ctx.lower(k - 1).as_str(), "in" | "for" | "at" | "from" | "with" | "on" | "about")
            {
                let noun = k - 2;
                let w = ctx.lower(noun);
                let common = ctx.is_word(noun)
                    && !ctx.capitalized(noun)
                    && !verb_form(&w)
                    && !contains(NOT_SPEAKER, &w)
                    && !is_cue(&w);
                // (Not an amount, nor a thing the subject acted on: "accused of siphoning more
                // than £4 million from a charity", "accused of taking money from a charity".)
                let amount = |words: &Words| !words.span.text(ctx.text).starts_with(char::is_alphabetic);
                let acted_on = (start.max(noun.saturating_sub(6))..noun)
                    .rev()
                    .map(|j| (j, ctx.lower(j)))
                    .take_while(|(_, w)| !clause_break(w))
                    .any(|(j, w)| !ctx.capitalized(j) && (w.ends_with("ing") || w.ends_with("ed")));
                let found = (common && !acted_on)
                    .then(|| phrase_ending(ctx, noun + 1, start))
                    .flatten()
                    .filter(|words| !amount(words))
                    .map(|words| Words { span: Span::new(words.span.start, lt.span.end), how: None })
                    .or_else(|| opening_head(ctx, start, k - 1, last));
                if found.is_some() {
                    return found;
                }
            }
            return Some(Words { span: Span::new(ctx.tokens[k].span.start, lt.span.end), how: None });
        }
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && k == last {
        return Some(Words { span: lt.span, how: None });
    }
    // No determiner: a short run of words ending in a capitalized or plural head.
    if k < last && (ctx.capitalized(k) || w.ends_with('s')) {
        return Some(Words { span: Span::new(ctx.tokens[k].span.start, lt.span.end), how: None });
    }
    None
}

/// The noun phrase that opens a clause (from `start`, after a quotation and its comma) and
/// that a post-modifier follows up to the preposition at `prep`: "a senior Nigerian official
/// [involved in the talks]", "Police [searching for …]", "A former finance director [accused
/// of …]". A phrase of a preposition alone ("A spokeswoman for the Brazilian embassy") is kept
/// whole, to `last`. At most six words; a determiner, a capital or a plural opens it.
fn opening_head(ctx: &Context, start: usize, prep: usize, last: usize) -> Option<Words> {
    let first = (start..prep).find(|&k| !ctx.quoted[k] && ctx.is_word(k))?;
    if (start..first).any(|k| !ctx.quoted[k] && !matches!(ctx.word(k), "," | "\"" | "\u{201D}" | "'" | "\u{2019}")) {
        return None;
    }
    // One clause: no comma or conjunction on the way.
    if (first..prep).any(|k| clause_break(&ctx.lower(k))) {
        return None;
    }
    let modifier = |k: usize| {
        let w = ctx.lower(k);
        k > first
            && (contains(NOT_SPEAKER, &w)
                || !ctx.capitalized(k) && verb_form(&w)
                || matches!(w.as_str(), "accused" | "charged" | "who" | "which" | "that"))
    };
    let end = (first..=prep).find(|&k| modifier(k) || !ctx.is_word(k))?;
    let words = end - first;
    let opener = ctx.lower(first);
    let plausible = (1..=6).contains(&words)
        && (DETERMINERS.contains(&opener.as_str()) || ctx.capitalized(first) || opener.ends_with('s'))
        && !is_pronoun(&opener)
        && !is_cue(&opener);
    if !plausible {
        return None;
    }
    // "A spokeswoman for the Brazilian embassy": the preposition right after the head, and
    // nothing but its object to the cue.
    let whole = end == prep;
    let to = if whole { last } else { end - 1 };
    Some(Words { span: Span::new(ctx.tokens[first].span.start, ctx.tokens[to].span.end), how: None })
}

/// Whether a lower-case word has the form of a participle or a past: "involved", "searching",
/// "told".
fn verb_form(w: &str) -> bool {
    w.ends_with("ed") || w.ends_with("ing") || crate::timex::listed_past(w)
}

/// Whether a lower-case token ends a clause within a sentence: a comma or a conjunction.
fn clause_break(w: &str) -> bool {
    matches!(w, "," | "and" | "but" | "though" | "although" | "while")
}

/// An age standing for a person: "the 23-year-old" (one number token).
fn is_age(ctx: &Context, k: usize) -> bool {
    ctx.tokens[k].kind == TokenKind::Number && ctx.lower(k).ends_with("-old")
}

fn is_calendar_word(w: &str) -> bool {
    matches!(
        w,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
    )
}

/// Capitalized words that start sentences but are not names.
fn is_sentence_word(ctx: &Context, k: usize) -> bool {
    let w = ctx.lower(k);
    contains(NOT_SPEAKER, &w) || DETERMINERS.contains(&w.as_str()) || is_cue(&w) || contains(AUXILIARIES, &w)
}

/// Whether a title precedes the name starting at token `first`: a capitalized word that is not
/// itself a name ("Secretary of State John Kerry", "Rep. Moore", "press secretary Josh Earnest").
fn title_before(ctx: &Context, first: usize) -> bool {
    let mut p = first - 1;
    // "Sen. Dana Ruiz": the abbreviation's period.
    if ctx.word(p) == "." && p > 0 && ctx.capitalized(p - 1) {
        p -= 1;
    }
    ctx.is_word(p)
        && ctx.mentions.covering(ctx.tokens[p].span.start).is_none()
        && !is_sentence_word(ctx, p)
        && (ctx.capitalized(p) || ctx.titles.contains_key(&ctx.lower(p)))
}

/// The speaker phrase starting at token `i` (after an inverted cue, "according to", or at the
/// start of a clause): a name, with any title words before it, a pronoun or a noun phrase.
fn subject_at(ctx: &Context, i: usize) -> Option<Words> {
    let t = ctx.tokens.get(i)?;
    if t.kind != TokenKind::Word && t.kind != TokenKind::Number {
        return None;
    }
    // A name, possibly after a few title words: `White House press secretary Josh Earnest`.
    for k in i..(i + 6).min(ctx.tokens.len()) {
        if let Some((span, id)) = ctx.mentions.starting_at(ctx.tokens[k].span.start) {
            // `Britain's housing minister` (with no name after it): the role, not the country.
            if k == i && ctx.entities[id].kind != EntityType::Person {
                if let Some(role) = possessive_role(ctx, span) {
                    return Some(Words { span: Span::new(span.start, role.end), how: None });
                }
            }
            // A place or nationality is a title word before a name ("Dutch lawmaker Annelies
            // Vermeer"), also when it comes first.
            let modifier = matches!(ctx.entities[id].kind, EntityType::Loc | EntityType::Misc | EntityType::Group);
            if modifier && k > i {
                continue;
            }
            if modifier
                && (k + 1..(k + 4).min(ctx.tokens.len())).any(|j| {
                    ctx.mentions
                        .starting_at(ctx.tokens[j].span.start)
                        .is_some_and(|(_, p)| ctx.entities[p].kind == EntityType::Person)
                })
            {
                continue;
            }
            return Some(Words { span, how: (k > i).then_some("title") });
        }
        let title_part =
            ctx.is_word(k) || ctx.tokens[k].kind == TokenKind::Number || matches!(ctx.word(k), "/" | "-" | ".");
        if !title_part || (k > i && contains(NOT_SPEAKER, &ctx.lower(k))) || (k > i && is_cue(ctx.word(k))) {
            break;
        }
    }
    let w = ctx.lower(i);
    if is_pronoun(&w) {
        return Some(Words { span: t.span, how: None });
    }
    if contains(NOT_SPEAKER, &w) || is_cue(&w) {
        return None;
    }
    // A noun phrase up to four words, or a capitalized run. (Not past a verb and its object:
    // "The judge rejected that, saying …" is the judge.)
    let det = DETERMINERS.contains(&w.as_str());
    let verb_and_object = |k: usize| {
        let v = ctx.lower(k);
        v.len() > 4
            && v.ends_with("ed")
            && matches!(
                ctx.lower(k + 1).as_str(),
                "that" | "the" | "a" | "an" | "it" | "this" | "his" | "her" | "their" | "its" | "him" | "them"
            )
    };
    let mut k = i + 1;
    while k < ctx.tokens.len()
        && k < i + 5
        && (ctx.is_word(k) || is_age(ctx, k))
        && ctx.tokens[k].newlines_before == 0
        && !contains(NOT_SPEAKER, &ctx.lower(k))
        && !is_cue(ctx.word(k))
        && !contains(AUXILIARIES, &ctx.lower(k))
        && !verb_and_object(k)
    {
        k += 1;
    }
    if !det && !ctx.capitalized(i) && k - i > 1 {
        return None;
    }
    if det && k == i + 1 {
        return None;
    }
    Some(Words { span: Span::new(t.span.start, ctx.tokens[k - 1].span.end), how: None })
}

/// The role after a place's or body's possessive, `Britain's housing minister`, when no name
/// follows it (`Norway's fisheries minister, Ingrid Halvorsen` is hers): the span of the words
/// after the possessive, up to four lower-case words ending in a role noun.
fn possessive_role(ctx: &Context, name: Span) -> Option<Span> {
    let after = ctx.tokens.partition_point(|t| t.span.start < name.end);
    if !matches!(ctx.word(after), "'s" | "\u{2019}s") {
        return None;
    }
    // A place's body too: `Belgium's foreign ministry` (an organization's, `Trump's campaign`,
    // is the organization's own voice).
    let place = ctx
        .mentions
        .covering(name.start)
        .is_some_and(|(_, id)| matches!(ctx.entities[id].kind, EntityType::Loc | EntityType::Group));
    let end = (after + 1..(after + 5).min(ctx.tokens.len()))
        .take_while(|&k| ctx.is_word(k) && !ctx.capitalized(k) && ctx.tokens[k].newlines_before == 0)
        .filter(|&k| role_noun(&ctx.lower(k)).is_some() || place && ORG_NOUNS.contains(&ctx.lower(k).as_str()))
        .last()?;
    // A name right after (or after a comma) is the speaker instead.
    let next = if ctx.word(end + 1) == "," { end + 2 } else { end + 1 };
    let named = ctx
        .tokens
        .get(next)
        .and_then(|t| ctx.mentions.starting_at(t.span.start))
        .is_some_and(|(_, id)| ctx.entities[id].kind == EntityType::Person);
    (!named).then(|| ctx.tokens[end].span)
}

/// `said X` right after a cue verb: only a name, a pronoun or "the …".
fn subject_after(ctx: &Context, i: usize) -> Option<Words> {
    let t = ctx.tokens.get(i)?;
    if t.newlines_before > 0 {
        return None;
    }
    let w = ctx.lower(i);
    // `said one of the organisers, Javier Prats, 41.`: the name in apposition.
    if w == "one" && ctx.lower(i + 1) == "of" {
        let comma = (i + 2..(i + 7).min(ctx.tokens.len()))
            .take_while(|&k| ctx.word(k) == "," || ctx.is_word(k) && !ctx.capitalized(k))
            .find(|&k| ctx.word(k) == ",")?;
        let (span, id) = ctx.tokens.get(comma + 1).and_then(|t| ctx.mentions.starting_at(t.span.start))?;
        return (ctx.entities[id].kind == EntityType::Person).then_some(Words { span, how: Some("appositive") });
    }
    // A lower-case title before a name too: `said captain Sean Flaherty`.
    if ctx.capitalized(i)
        || is_pronoun(&w)
        || DETERMINERS.contains(&w.as_str())
        || ctx.tokens[i].kind == TokenKind::Number
        || role_noun(&w).is_some()
        || role_before_name(ctx, i)
    {
        let words = subject_at(ctx, i)?;
        // `told reporters`, `said Friday`: not a speaker.
        let head = words.span.text(ctx.text).rsplit(' ').next().unwrap_or("");
        if is_calendar_word(head) {
            return None;
        }
        // `said Norway's fisheries minister, Ingrid Halvorsen,`, `said Trump's campaign manager
        // Kellyanne Conway`: the person whose role the name before qualifies.
        // Or without the possessive: `said Delmar analyst Priya Raman` (whatever the model
        // took "Delmar" for: a role noun and a person's name follow).
        if let Some((span, _)) = ctx.mentions.covering(words.span.start) {
            let after = ctx.tokens.partition_point(|t| t.span.start < span.end);
            let start = if matches!(ctx.word(after), "'s" | "\u{2019}s") {
                Some(after + 1)
            } else {
                (ctx.is_word(after) && !ctx.capitalized(after)).then_some(after)
            };
            // `said Deloitte's Martin Crowe`: the person right after the possessive.
            let possessed = (matches!(ctx.word(after), "'s" | "\u{2019}s"))
                .then(|| ctx.tokens.get(after + 1).and_then(|t| ctx.mentions.starting_at(t.span.start)))
                .flatten()
                .filter(|&(_, p)| ctx.entities[p].kind == EntityType::Person);
            if let Some((span, _)) = possessed {
                return Some(Words { span, how: Some("appositive") });
            }
            if let Some(start) = start {
                let role = (start..(start + 5).min(ctx.tokens.len()))
                    .take_while(|&k| ctx.tokens[k].newlines_before == 0)
                    .find_map(|k| {
                        // Lower-case words ending in a role noun, then a comma or not, then the name
                        // (maybe after a title: `said the LGA's chairman, Sir Keith Mallory`).
                        let mut name_at = k;
                        while name_at > start + 1 && k - name_at < 3 && title_before(ctx, name_at) {
                            name_at -= 1;
                            if ctx.word(name_at) == "." {
                                name_at -= 1;
                            }
                        }
                        // (Or "of" a field after the role noun: `said Leicester's director of
                        // rugby, Marcus Redfern`.)
                        // (The role noun may be what looked like a title: `said Unite regional
                        // officer Gurpreet Sandhu`.)
                        let role_to = |name_at: usize| {
                            let role_end = if ctx.word(name_at - 1) == "," { name_at - 1 } else { name_at };
                            role_end > start
                                && (start..role_end).all(|j| ctx.is_word(j) && !ctx.capitalized(j))
                                && (role_noun(&ctx.lower(role_end - 1)).is_some()
                                    || (start..role_end)
                                        .any(|j| role_noun(&ctx.lower(j)).is_some() && ctx.lower(j + 1) == "of"))
                        };
                        // (A capitalized title between the role and the name: `said Halcyon
                        // project scientist Dr Mei-Ling Zhou`.)
                        let mut titled_at = k;
                        while titled_at > start + 1
                            && k - titled_at < 3
                            && title_before(ctx, titled_at)
                            && ctx.capitalized(titled_at - 1 - usize::from(ctx.word(titled_at - 1) == "."))
                        {
                            titled_at -= 1 + usize::from(ctx.word(titled_at - 1) == ".");
                        }
                        let role =
                            role_to(name_at) || name_at != k && role_to(k) || titled_at != k && role_to(titled_at);
                        ctx.mentions
                            .starting_at(ctx.tokens[k].span.start)
                            .filter(|&(_, p)| role && ctx.entities[p].kind == EntityType::Person)
                    });
                if let Some((span, _)) = role {
                    return Some(Words { span, how: Some("appositive") });
                }
            }
            // `said Mission Manager Teresa Okonkwo`, `said Harbour Authority Chief Executive
            // Ann Dale`: a capitalized title ending in a role noun between the name the model
            // found and a person's.
            let titled = (after..(after + 3).min(ctx.tokens.len()))
                .take_while(|&k| ctx.is_word(k) && ctx.capitalized(k) && ctx.tokens[k].newlines_before == 0)
                .filter(|&k| role_noun(&ctx.lower(k)).is_some())
                .find_map(|k| {
                    let next = ctx.tokens.get(k + 1)?;
                    ctx.mentions
                        .starting_at(next.span.start)
                        .filter(|&(_, p)| ctx.entities[p].kind == EntityType::Person)
                });
            if let Some((span, _)) = titled {
                return Some(Words { span, how: Some("appositive") });
            }
        }
        // `said its operations director, Fiona Gallagher.`: the name in apposition. Also after
        // an "of" phrase and with a title: `said its head of research, Dr Fiona Gallacher.`
        if ctx.mentions.covering(words.span.start).is_none() {
            let mut after = ctx.tokens.partition_point(|t| t.span.start < words.span.end);
            // (Or of a body with a name: `said the shadow Leader of the House, Martin Cole.`)
            if ctx.word(after) == "of" {
                after = (after + 1..(after + 6).min(ctx.tokens.len()))
                    .take_while(|&k| ctx.word(k) == "," || ctx.is_word(k) && ctx.tokens[k].newlines_before == 0)
                    .find(|&k| ctx.word(k) == ",")
                    .unwrap_or(after);
            }
            if ctx.word(after) == "," {
                let mut name = after + 1;
                // (Or a title with its article: `said the church's pastor, the Rev. Samuel
                // Ortiz.`)
                if ctx.lower(name) == "the" && ctx.capitalized(name + 1) {
                    name += 1;
                }
                let titled = |k: usize| {
                    role_noun(&ctx.lower(k)).is_some() || title_before(ctx, k + 1 + usize::from(ctx.word(k + 1) == "."))
                };
                if ctx.capitalized(name)
                    && ctx.mentions.starting_at(ctx.tokens[name].span.start).is_none()
                    && titled(name)
                {
                    name += 1 + usize::from(ctx.word(name + 1) == ".");
                }
                if let Some((span, id)) = ctx.tokens.get(name).and_then(|t| ctx.mentions.starting_at(t.span.start)) {
                    let next = ctx.tokens.partition_point(|t| t.span.start < span.end);
                    let ends = matches!(ctx.word(next), "." | "," | "") || ctx.tokens[next].newlines_before > 0;
                    if ctx.entities[id].kind == EntityType::Person && ends {
                        return Some(Words { span, how: Some("appositive") });
                    }
                }
            }
        }
        return Some(words);
    }
    None
}

/// `said agency spokesman Rui Matos`, `said regional civil protection chief Marco Salvi`: up to
/// four lower-case words, then a role noun, then a name the tagger found. Or, before a person's
/// name, any words that are not function words: `said lifeboat helm Niall Doherty`, `said
/// singer Jane Martin`.
fn role_before_name(ctx: &Context, i: usize) -> bool {
    // (One word too: `said frontwoman May Martin`.)
    (i..(i + 5).min(ctx.tokens.len())).any(|k| {
        if !(i..k).all(|j| ctx.is_word(j) && !ctx.capitalized(j) && ctx.tokens[j].newlines_before == 0) {
            return false;
        }
        let Some((_, id)) = ctx.mentions.starting_at(ctx.tokens.get(k + 1).map_or(usize::MAX, |t| t.span.start)) else {
            return false;
        };
        role_noun(&ctx.lower(k)).is_some()
            || ctx.entities[id].kind == EntityType::Person
                && ctx.is_word(k)
                && !ctx.capitalized(k)
                && (i..=k).all(|j| !crate::lexicon::contains(crate::lexicon::NOT_NAMES, &ctx.lower(j)))
    })
}

/// "The memo" or "A report" opening the sentence before the one holding the byte `at`, when that
/// sentence's subject is a document.
fn document_before(ctx: &Context, at: usize) -> Option<Span> {
    const DOCUMENTS: &[&str] = &[
        "document",
        "email",
        "filing",
        "letter",
        "memo",
        "note",
        "paper",
        "report",
        "review",
        "ruling",
        "statement",
        "study",
        "survey",
    ];
    opening_subject_before(ctx, at, DOCUMENTS)
}

/// The subject opening the sentence before the one at byte `at`, when it is a determiner and,
/// within three words, one of `nouns`: "The memo", "A leaked internal report", "The ministry".
fn opening_subject_before(ctx: &Context, at: usize, nouns: &[&str]) -> Option<Span> {
    let previous = sentence_before(ctx, at)?;
    let k = previous.tokens.start;
    if !matches!(ctx.word(k), "The" | "A" | "An" | "Its" | "Their") {
        return None;
    }
    let head = (k + 1..(k + 4).min(previous.tokens.end)).find(|&j| nouns.contains(&ctx.lower(j).as_str()))?;
    Some(Span::new(ctx.tokens[k].span.start, ctx.tokens[head].span.end))
}

/// The subject of a reporting tag after the last comma of the sentence before the one at
/// `at`, when it is a body named by a noun ("…, the council said in a statement."): "the"
/// and an organization noun, with at most one word between.
fn reporter_before(ctx: &Context, at: usize) -> Option<Span> {
    let previous = sentence_before(ctx, at)?;
    let tokens = previous.tokens.clone();
    let comma = tokens.clone().rev().find(|&k| ctx.word(k) == "," && !ctx.quoted[k])?;
    let the = comma + 1;
    if ctx.lower(the) != "the" {
        return None;
    }
    let head = (the + 1..(the + 3).min(tokens.end)).find(|&j| ORG_NOUNS.contains(&ctx.lower(j).as_str()))?;
    (head + 1 < tokens.end && ctx.cue(head + 1))
        .then(|| Span::new(ctx.tokens[the].span.start, ctx.tokens[head].span.end))
}

/// The sentence before the one holding byte `at`.
fn sentence_before<'c>(ctx: &'c Context, at: usize) -> Option<&'c Sentence> {
    let i = ctx.tokens.partition_point(|t| t.span.start < at);
    let here = ctx.sentence_of[i.min(ctx.tokens.len() - 1)] as usize;
    ctx.sentences.get(here.checked_sub(1)?)
}

/// The role opening the sentence before the one at `at`: "The minister", "The company's chief
/// executive" (a determiner and a role noun within its first four words).
fn opening_role_before(ctx: &Context, at: usize) -> Option<Span> {
    let (k, head) = role_opening_before(ctx, at, &["The"])?;
    // Named after a comma, the name is who it is: "The Indian external affairs minister,
    // Subrahmanyam Jaishankar, struck a middle path" (not the minister named before).
    if let Some(s) = named_after_comma(ctx, head) {
        return Some(s);
    }
    Some(Span::new(ctx.tokens[k].span.start, ctx.tokens[head].span.end))
}

/// The person named after a comma that follows token `end`: "The Chinese foreign minister,
/// Wang Yi, …".
fn named_after_comma(ctx: &Context, end: usize) -> Option<Span> {
    if ctx.word(end + 1) != "," {
        return None;
    }
    let start = ctx.tokens.get(end + 2)?.span.start;
    let (s, id) = ctx.mentions.covering(start)?;
    (ctx.entities[id].kind == EntityType::Person && s.start == start).then_some(s)
}

/// The first token and the role noun of the sentence before the one at `at`, when it opens with
/// one of `openers` and a role noun stands within its first four words after it (not a
/// possessor's role: "The minister's aide").
fn role_opening_before(ctx: &Context, at: usize, openers: &[&str]) -> Option<(usize, usize)> {
    let previous = sentence_before(ctx, at)?;
    let mut k = previous.tokens.start;
    // (After a conjunction that opens it: "But a senior officer, who asked not to be named,
    // said …".)
    if matches!(ctx.word(k), "But" | "And" | "Yet") && k + 1 < previous.tokens.end {
        k += 1;
        if !openers.iter().any(|o| o.to_lowercase() == ctx.word(k)) {
            return None;
        }
    } else if !openers.contains(&ctx.word(k)) {
        return None;
    }
    // (Or any noun that "One" or "Another" opens before a "who" clause: "One handler, who
    // asked not to be named, said".)
    let unnamed = |j: usize| {
        j == k + 1
            && matches!(ctx.word(k), "One" | "Another")
            && !ctx.capitalized(j)
            && ctx.word(j + 1) == ","
            && ctx.lower(j + 2) == "who"
    };
    let head = (k + 1..(k + 5).min(previous.tokens.end)).find(|&j| role_noun(&ctx.lower(j)).is_some() || unnamed(j))?;
    if matches!(ctx.word(head + 1), "'s" | "\u{2019}s") {
        return None;
    }
    Some((k, head))
}

/// The role opening the sentence before the one at `at` with an indefinite article, "One" or
/// "Another":
/// "A spokeswoman for Caledonian Property Trust", "One employee" (a role noun within its first
/// four words, not a possessor's), when its gender, if the noun says one, is `gender`.
fn indefinite_role_before(ctx: &Context, at: usize, gender: Gender) -> Option<Span> {
    let (k, head) = role_opening_before(ctx, at, &["A", "An", "One", "Another"])?;
    let noun = ctx.lower(head);
    let said = if noun.ends_with("woman") {
        Some(Gender::Female)
    } else if noun.ends_with("man") {
        Some(Gender::Male)
    } else {
        relative_gender(&noun)
    };
    if said.is_some_and(|g| g != gender) {
        return None;
    }
    // With what names it: "A spokeswoman for Caledonian Property Trust".
    let mut end = head;
    if matches!(ctx.lower(head + 1).as_str(), "for" | "at" | "of") {
        if let Some((s, _)) = ctx.mentions.covering(ctx.tokens.get(head + 2)?.span.start) {
            end = ctx.tokens.partition_point(|t| t.span.end <= s.end).saturating_sub(1).max(head);
        }
    }
    // Named after a comma, the name is who it is: "A Calderon spokesman, Mark Feld, said".
    if let Some(s) = named_after_comma(ctx, end) {
        return Some(s);
    }
    Some(Span::new(ctx.tokens[k].span.start, ctx.tokens[end].span.end))
}

/// Turns speaker words into a speaker: a mention's entity, a pronoun's antecedent, a nominal's
/// organization or titled person, or the words themselves when nothing matches.
fn resolve(ctx: &Context, words: Words, quote_open: usize, sieve: &'static str) -> Speaker {
    let span = words.span;
    // A role named after a comma is that person: "The Chinese foreign minister, Wang Yi, called
    // for \"restraint\" and said …" (not the last foreign minister named).
    let role = ctx.mentions.covering(span.start).is_none()
        && token_at(ctx, span.start).is_some_and(|k| matches!(ctx.word(k), "The" | "the"));
    let last = ctx.tokens.partition_point(|t| t.span.end <= span.end).checked_sub(1);
    if let Some(named) = last.filter(|_| role).and_then(|end| named_after_comma(ctx, end)) {
        return resolve(ctx, Words { span: named, how: words.how }, quote_open, sieve);
    }
    let text = span.text(ctx.text);
    let lowered = lower(text);
    // "Mr Hosseini-Bell's family": the family, not the man it is named for.
    let kin = ["family", "relatives", "parents", "children", "loved ones"];
    if (lowered.contains("'s ") || lowered.contains("\u{2019}s ")) && kin.iter().any(|k| lowered.ends_with(k)) {
        let name = text.split_whitespace().collect::<Vec<_>>().join(" ");
        return Speaker { span, name, entity: None, rule: words.how.unwrap_or(sieve) };
    }
    let quote_pos = ctx.tokens[quote_open.min(ctx.tokens.len() - 1)].span.start;
    let before = span.start.min(quote_pos);
    let mut rule = words.how.unwrap_or(sieve);
    // "Analyst Tom Ridley at Brackwell Securities called …": the person, not the firm they are
    // at (the subject's last name is the firm's).
    // (Of the firm's name, the words may be only its head: "Hospital" of "St Bride's Hospital".)
    let firm = ctx.mentions.covering(span.start).filter(|&(_, id)| ctx.entities[id].kind != EntityType::Person);
    let at = firm
        .and_then(|(s, _)| token_at(ctx, s.start))
        .filter(|&k| k >= 2 && matches!(ctx.word(k - 1), "at" | "from" | "of"));
    if let Some(k) = at {
        let person = ctx
            .mentions
            .covering(ctx.tokens[k - 2].span.start)
            .filter(|&(s, id)| ctx.entities[id].kind == EntityType::Person && s.end == ctx.tokens[k - 2].span.end);
        if let Some((s, _)) = person {
            return resolve(ctx, Words { span: s, how: words.how }, quote_open, sieve);
        }
    }
    // `Britain's housing minister`: a role, not the place (an organization's role speaks for it:
    // `Apple's chief executive`).
    if let Some((_, id)) = ctx.mentions.covering(span.start).filter(|&(s, id)| {
        s.end < span.end && ctx.entities[id].kind != EntityType::Person && possessive_role(ctx, s).is_some()
    }) {
        let name = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let entity = (ctx.entities[id].kind == EntityType::Org).then_some(id);
        return Speaker { span, name, entity, rule: "nominal" };
    }
    // "…," the statement said: whoever issued it ("Belgium's foreign ministry said in a
    // statement that …").
    if matches!(lowered.as_str(), "the statement" | "the ministry's statement" | "that statement") {
        if let Some(issuer) = statement_issuer(ctx, before) {
            return Speaker { span, rule: "nominal", ..resolve(ctx, issuer, quote_open, sieve) };
        }
    }
    // "…," the Italian said; "the Frenchman said": a nationality for the person last named
    // (not the group; nor a plural, which is the group: "The Conservatives … accused").
    let nationality = token_at(ctx, span.start).is_some_and(|k| k > 0 && ctx.lower(k - 1) == "the")
        && !text.contains(' ')
        && !lowered.ends_with('s')
        && ctx
            .mentions
            .covering(span.start)
            .is_some_and(|(s, id)| s == span && matches!(ctx.entities[id].kind, EntityType::Group | EntityType::Misc));
    if nationality {
        let gender = if lowered.ends_with("woman") {
            Some(Gender::Female)
        } else if lowered.ends_with("man") {
            Some(Gender::Male)
        } else {
            None
        };
        if let Some(id) = last_person(ctx, before, gender) {
            return Speaker { span, name: ctx.entities[id].name.clone(), entity: Some(id), rule: "nominal" };
        }
    }
    let entity = if let Some((_, id)) = ctx.mentions.covering(span.start).filter(|(s, _)| s.end <= span.end) {
        Some(id)
    } else if let Some((_, id)) = ctx.mentions.ending_at(span.end).filter(|(s, _)| s.start >= span.start) {
        // "Trump's campaign manager Kellyanne Conway" ends with the name.
        Some(id)
    } else if is_pronoun(&lowered) {
        rule = "pronoun";
        match lowered.as_str() {
            "he" | "she" => {
                let gender = if lowered == "he" { Gender::Male } else { Gender::Female };
                // "His lawyer, Sunita Rao, said he had warned the bridge \"at least three
                // times\"": the words are the sayer's, who tells what "he" did.
                if let Some(k) = token_at(ctx, span.start) {
                    let verb = k.checked_sub(1 + usize::from(k > 0 && ctx.lower(k - 1) == "that"));
                    let start = ctx.sentence(k).tokens.start;
                    let sayer = verb
                        .filter(|&v| v > start && matches!(ctx.lower(v).as_str(), "said" | "says"))
                        .and_then(|v| subject_before(ctx, v, start))
                        .filter(|w| {
                            ctx.mentions
                                .covering(w.span.start)
                                .is_some_and(|(_, id)| ctx.entities[id].kind == EntityType::Person)
                        });
                    if let Some(sayer) = sayer {
                        return Speaker { span, rule: "pronoun", ..resolve(ctx, sayer, quote_open, sieve) };
                    }
                }
                // "The minister insisted the policy was about children. \"…,\" she said": the
                // role that opened the sentence before, when it names a person of that gender
                // (not the last woman named, who may be someone the minister answered).
                // "A spokeswoman for the trust said … \"…,\" she said": someone the sentence
                // before brought in by a role alone, of that gender or none said ("One employee,
                // who asked not to be named, said …"), not the last woman named.
                if let Some(subject) = indefinite_role_before(ctx, span.start, gender) {
                    return Speaker {
                        span,
                        rule: "pronoun",
                        ..resolve(ctx, Words { span: subject, how: None }, quote_open, sieve)
                    };
                }
                let role = opening_role_before(ctx, span.start).and_then(|subject| {
                    let speaker = resolve(ctx, Words { span: subject, how: None }, quote_open, sieve);
                    speaker.entity.filter(|&id| {
                        ctx.entities[id].kind == EntityType::Person && gender_of(ctx, id).is_none_or(|g| g == gender)
                    })
                });
                role.or_else(|| last_person(ctx, before, Some(gender)))
            }
            "they" => last_of(ctx, before, &[EntityType::Group, EntityType::Org]),
            "it" => {
                // "The memo, dated …, was sent to her office. It said …": a document that opened
                // the sentence before is what "it" is.
                if let Some(document) = document_before(ctx, span.start) {
                    let name = document.text(ctx.text).to_string();
                    return Speaker { span, name, entity: None, rule };
                }
                // "The ministry defended the plan on Wednesday. \"…,\" it said": the body that
                // opened the sentence before; an organization with that word in its name, else
                // the words themselves (the last organization named may be its opponent).
                // Or the body whose saying ended the sentence before: "Residents can comment
                // until 31 October, the council said in a statement. \"…,\" it added."
                if let Some(subject) =
                    reporter_before(ctx, span.start).or_else(|| opening_subject_before(ctx, span.start, ORG_NOUNS))
                {
                    let words = subject.text(ctx.text);
                    let entity = org_with_word(ctx, before, &lower(words.rsplit(' ').next().unwrap_or("")));
                    let name = entity.map_or_else(|| words.to_string(), |id| ctx.entities[id].name.clone());
                    return Speaker { span, name, entity, rule: "nominal" };
                }
                last_of(ctx, before, &[EntityType::Org])
            }
            _ => None,
        }
    } else {
        let head = lowered.rsplit(' ').next().unwrap_or("").to_string();
        let capitalized = text.chars().next().is_some_and(char::is_uppercase);
        if capitalized && !DETERMINERS.contains(&lowered.split(' ').next().unwrap_or("")) {
            // An unrecognized name: an earlier entity whose name ends with the same word.
            let last = text.rsplit(' ').next().unwrap_or("");
            ctx.mentions
                .before(before)
                .take(LOOKBACK)
                .map(|&(_, id)| &ctx.entities[id])
                .find(|e| e.name.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(last)))
                .map(|e| e.id)
        } else if ORG_NOUNS.contains(&head.as_str()) {
            rule = "nominal";
            // "the commission": the last organization with that word in its name, else the last
            // organization; but "the ministry", "the court" are no company or parliament named
            // before ("\"…,\" the ministry said" after "The Senate passed the bill"): unresolved.
            org_with_word(ctx, before, &head).or_else(|| {
                (!STRICT_ORG_NOUNS.contains(&head.as_str())).then(|| last_of(ctx, before, &[EntityType::Org])).flatten()
            })
        } else if lowered.starts_with("the ")
            && (lowered.split(' ').any(|w| w.ends_with("-old"))
                || lowered.split(' ').rev().nth(1).is_some_and(|w| matches!(w, "no." | "no")))
        {
            // "the 23-year-old", "the 29-year-old singer", "the world No. 1": the last person
            // named.
            rule = "nominal";
            last_person(ctx, before, None)
        } else if ["the ", "his ", "her ", "their "].iter().any(|d| lowered.starts_with(d))
            && !head.ends_with('s')
            // "the prime minister's official spokesperson" is another person's, not the
            // spokesperson of a party introduced before ("the company's chief executive" is
            // the company's).
            && !lowered.split(' ').any(|w| {
                w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")).is_some_and(|p| role_noun(p).is_some())
            })
        {
            // "the mayor", "his daughter": the last person introduced with that title ("the
            // envoy" with an ambassador's). "The Russian envoy": the last one introduced with
            // that word too, if one was ("Russian Ambassador Vassily Nebenzia", not the British
            // ambassador named since).
            rule = "nominal";
            let role = role_noun(&head).unwrap_or(&head);
            let told: Vec<&str> = text
                .split_whitespace()
                .skip(1)
                .filter(|w| w.starts_with(char::is_uppercase) && !w.eq_ignore_ascii_case(&head))
                .collect();
            // Sorted by position: a binary search keeps this bounded on long texts.
            ctx.titles.get(role).and_then(|seen| {
                let seen = &seen[..seen.partition_point(|(pos, _)| *pos < before)];
                let with_word = |&&(pos, _): &&(usize, usize)| {
                    let from = pos.saturating_sub(40);
                    let lead = ctx.text.get(from..pos).unwrap_or("");
                    told.iter().all(|w| lead.split_whitespace().rev().take(4).any(|x| x == *w))
                };
                let found = if told.is_empty() { None } else { seen.iter().rev().take(8).find(with_word) };
                found.or(seen.last()).map(|&(_, id)| id)
            })
        } else {
            None
        }
    };
    // "a Caldwell spokesman", "a White House official": someone speaking for the organization
    // named inside the words, which links the quote to it; the words stay the name.
    if entity.is_none() && role_noun(lowered.rsplit(' ').next().unwrap_or("")).is_some() {
        let inner = ctx.mentions.first_inside(span).filter(|&id| ctx.entities[id].kind == EntityType::Org);
        if let Some(id) = inner {
            let name = text.split_whitespace().collect::<Vec<_>>().join(" ");
            return Speaker { span, name, entity: Some(id), rule: "nominal" };
        }
    }
    let name = match entity {
        Some(id) => ctx.entities[id].name.clone(),
        None => text.split_whitespace().collect::<Vec<_>>().join(" "),
    };
    Speaker { span, name, entity, rule }
}

/// Who issued the statement named before byte `pos` in this or the previous sentence: the
/// subject of "said in a statement", "issued a statement".
fn statement_issuer(ctx: &Context, pos: usize) -> Option<Words> {
    let here = token_at_or_after(ctx, pos)?.min(ctx.tokens.len() - 1);
    let sentence = ctx.sentence_of[here] as usize;
    let from = ctx.sentences[sentence.saturating_sub(1)].tokens.start.max(here.saturating_sub(80));
    let k = (from.max(1)..here)
        .rev()
        .find(|&k| ctx.lower(k) == "statement" && ctx.lower(k - 1) == "a" && !ctx.quoted[k])?;
    // "read a statement outside court on behalf of Mr Hosseini-Bell's family": those it speaks
    // for, up to the end of their clause.
    let sentence_end = ctx.sentence(k).tokens.end;
    let behalf = (k + 1..(k + 8).min(sentence_end))
        .find(|&j| ctx.lower(j) == "behalf" && ctx.lower(j + 1) == "of" && j + 2 < sentence_end);
    if let Some(j) = behalf {
        let end = (j + 2..sentence_end).find(|&e| !ctx.is_word(e) && !matches!(ctx.word(e), "'s" | "\u{2019}s" | "-"));
        let last = end.unwrap_or(sentence_end) - 1;
        if last >= j + 2 {
            return Some(Words { span: Span::new(ctx.tokens[j + 2].span.start, ctx.tokens[last].span.end), how: None });
        }
    }
    let cue = (k.saturating_sub(5)..k).rev().find(|&c| ctx.cue(c) || ctx.lower(c) == "issued")?;
    subject_before(ctx, cue, ctx.sentence(cue).tokens.start)
}

/// The last organization mentioned before `pos` with `word` (in lower case) in its name: "the
/// commission", "The ministry … it said".
fn org_with_word(ctx: &Context, pos: usize, word: &str) -> Option<usize> {
    // Or one the text introduced by that word: "the drivers' union Aslef", "Aslef, the
    // drivers' union,".
    let described = |span: Span| {
        let before = ctx.text[..span.start].trim_end_matches([' ', ',']);
        let after = ctx.text.get(span.end..(span.end + 48).min(ctx.text.len())).unwrap_or("");
        let after = after.strip_prefix(", the ").or_else(|| after.strip_prefix(", a ")).unwrap_or("");
        let apposed = after.split([',', '.']).next().unwrap_or("");
        before.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(word))
            || apposed.split(' ').any(|w| w.eq_ignore_ascii_case(word))
    };
    ctx.mentions
        .before(pos)
        .take(LOOKBACK)
        .find(|&&(span, id)| {
            let e = &ctx.entities[id];
            e.kind == EntityType::Org && (e.name.to_lowercase().contains(word) || described(span))
        })
        .map(|&(_, id)| id)
}

/// The last person mentioned before `pos` whose gender fits, else the last one whose gender is
/// unknown; a person known to have the other gender never matches. When that person stands in
/// an earlier sentence whose subject is another person who fits, the subject: "Mishra
/// congratulated Deshpande within minutes. \"Welcome to the club,\" he wrote." is Mishra's.
fn last_person(ctx: &Context, pos: usize, gender: Option<Gender>) -> Option<usize> {
    let fits = |id: usize| match (gender, gender_of(ctx, id)) {
        (Some(want), Some(have)) => want == have,
        _ => true,
    };
    let mut unknown = None;
    let mut found = None;
    for &(span, id) in ctx.mentions.before(pos).take(LOOKBACK) {
        if ctx.entities[id].kind != EntityType::Person || bylined(ctx.text, &ctx.entities[id]) {
            continue;
        }
        // A name inside a quotation is someone the speaker talked about: `"Without Daniel we
        // would have lost," he said. "…," he added` is still the coach's.
        if token_at(ctx, span.start).is_some_and(|k| ctx.quoted[k]) {
            continue;
        }
        // A name after "a" modifies a thing, nobody who acts: "he heard a Duke Ellington record".
        // (Over a title the tagger left out: "a Duke Ellington record".)
        let modifier = token_at(ctx, span.start).is_some_and(|k| {
            let before = (k.saturating_sub(3)..k).rev().find(|&j| !ctx.capitalized(j)).unwrap_or(k);
            before < k && matches!(ctx.lower(before).as_str(), "a" | "an")
        });
        if modifier || played_or_kin(ctx, span, gender) {
            continue;
        }
        match (gender, gender_of(ctx, id)) {
            (Some(want), Some(have)) if want == have => {
                found = Some((span, id));
                break;
            }
            (Some(_), Some(_)) => {}
            _ => {
                unknown.get_or_insert((span, id));
            }
        }
    }
    // A person of unknown gender who is the subject of the sentence right before outranks one
    // of the right gender named earlier: "The former finance chief, Sunita Ramaswamy, pleaded
    // guilty. She told jurors …" (not the judge named two sentences up).
    if let (Some((known, _)), Some((unknown_span, unknown_id))) = (found, unknown) {
        let previous_subject = token_at_or_after(ctx, pos).and_then(|here| {
            let current = ctx.sentence_of[here.min(ctx.tokens.len() - 1)] as usize;
            let previous = &ctx.sentences[current.checked_sub(1)?];
            let at = token_at(ctx, unknown_span.start)?;
            let first_person = ctx
                .mentions
                .before(unknown_span.start + 1)
                .take(LOOKBACK)
                .take_while(|(s, _)| s.start >= ctx.tokens[previous.tokens.start].span.start)
                .filter(|&&(_, p)| ctx.entities[p].kind == EntityType::Person)
                .last()
                .map(|&(_, p)| p);
            (known.start < ctx.tokens[previous.tokens.start].span.start
                && previous.tokens.contains(&at)
                && at < previous.tokens.start + 6
                && first_person == Some(unknown_id)
                && !matches!(token_at_or_after(ctx, unknown_span.end).map(|k| ctx.word(k)), Some("'s" | "\u{2019}s")))
            .then_some(unknown_id)
        });
        if previous_subject.is_some() {
            return previous_subject;
        }
    }
    let (span, id) = found.or(unknown)?;
    let (Some(at), Some(here)) = (token_at(ctx, span.start), token_at_or_after(ctx, pos)) else { return Some(id) };
    let sentence = ctx.sentence(at);
    if ctx.sentence_of[here.min(ctx.tokens.len() - 1)] == ctx.sentence_of[at] {
        return Some(id);
    }
    // A sentence opened by "he" or "she" of that gender is about whom that pronoun is, not a
    // person named later in it: "He said he had watched Okonkwo's win. \"He serves like …,\" he
    // said." (One hop back: the pronoun's own person is the last before it.)
    let opener = ctx.lower(sentence.tokens.start);
    let pronoun_opens = match gender {
        Some(Gender::Male) => opener == "he",
        Some(Gender::Female) => opener == "she",
        None => false,
    };
    if pronoun_opens && at > sentence.tokens.start {
        let before = ctx.tokens[sentence.tokens.start].span.start;
        let earlier = ctx
            .mentions
            .before(before)
            .take(LOOKBACK)
            .filter(|&&(s, p)| {
                ctx.entities[p].kind == EntityType::Person
                    && fits(p)
                    && gender_of(ctx, p).is_some()
                    && !token_at(ctx, s.start).is_some_and(|k| ctx.quoted[k])
            })
            .map(|&(_, p)| p)
            .next();
        if let Some(other) = earlier.filter(|&other| other != id) {
            return Some(other);
        }
    }
    // The sentence's subject, when it is another person who fits.
    opening_person(ctx, sentence, span.start).filter(|&other| other != id && fits(other)).or(Some(id))
}

/// The gender a word for a relative says: "mother", "widower".
fn relative_gender(noun: &str) -> Option<Gender> {
    match noun {
        "mother" | "wife" | "daughter" | "sister" | "widow" => Some(Gender::Female),
        "father" | "husband" | "son" | "brother" | "widower" => Some(Gender::Male),
        _ => None,
    }
}

/// Whether the name at `span` is a part someone plays ("Her performance as Morag Dunn",
/// "starring as Ed Hale") or a relative named after a possessive of `gender` ("Her father,
/// Eamon, was a bus driver; her mother, Rosemary, worked nights": "she says" next is the one
/// "her" is) or of the other gender: someone told of, not whom "she says" next means. (But
/// "His widow, Margaret, paid tribute. \"…,\" she said" is the widow.)
fn played_or_kin(ctx: &Context, span: Span, gender: Option<Gender>) -> bool {
    let Some(k) = token_at(ctx, span.start) else { return false };
    let played = k >= 2
        && ctx.lower(k - 1) == "as"
        && matches!(
            ctx.lower(k - 2).as_str(),
            "performance"
                | "role"
                | "turn"
                | "plays"
                | "played"
                | "playing"
                | "starring"
                | "stars"
                | "starred"
                | "cast"
        );
    if played {
        return true;
    }
    if k < 3 || ctx.word(k - 1) != "," || !matches!(ctx.lower(k - 3).as_str(), "her" | "his" | "their") {
        return false;
    }
    let noun = ctx.lower(k - 2);
    let grandparent = match noun.as_str() {
        "grandmother" => Some(Gender::Female),
        "grandfather" => Some(Gender::Male),
        _ => None,
    };
    let Some(kin) = relative_gender(&noun).or(grandparent) else { return false };
    // (Not one who speaks there: "Outside court, his wife, Gillian Macklin, said …".)
    let after = token_at_or_after(ctx, span.end).unwrap_or(k);
    let speaks =
        ctx.word(after) == "," && matches!(ctx.lower(after + 1).as_str(), "said" | "says" | "told" | "added" | "wrote");
    let owner = if ctx.lower(k - 3) == "her" {
        Some(Gender::Female)
    } else {
        (ctx.lower(k - 3) == "his").then_some(Gender::Male)
    };
    // (Nor one opening the sentence, its subject: "Her mother, Julie Coulter, spoke briefly
    // outside the family home. \"…,\" she said.")
    let opens = ctx.sentence(k).tokens.start + 3 == k;
    gender.is_some_and(|g| g != kin) || !speaks && !opens && owner.is_some() && owner == gender
}

/// The first token starting at or after byte `pos`.
fn token_at_or_after(ctx: &Context, pos: usize) -> Option<usize> {
    let i = ctx.tokens.partition_point(|t| t.span.start < pos);
    (i < ctx.tokens.len()).then_some(i)
}

///
/// News agencies are skipped: named in the dateline ("(Reuters) -") or as the one being told
/// ("told Reuters"), they are the reporter, not "the ministry" or "it" of the story.
fn last_of(ctx: &Context, pos: usize, kinds: &[EntityType]) -> Option<usize> {
    ctx.mentions
        .before(pos)
        .take(LOOKBACK)
        .map(|&(_, id)| &ctx.entities[id])
        .find(|e| kinds.contains(&e.kind) && !contains(NEWS_AGENCIES, &e.name) && !credited(ctx.text, e))
        .map(|e| e.id)
}

/// Whether every mention of `e` opens a byline ("By Ruth Okonjo"): the reporter, who is not
/// the "she" of the story.
fn bylined(text: &str, e: &Entity) -> bool {
    e.mentions.iter().all(|m| {
        let from = crate::floor_char_boundary(text, m.start.saturating_sub(8));
        let before = &text[from..m.start];
        // The line start must lie inside the few bytes looked at (or be the text's start).
        let line = match before.rfind('\n') {
            Some(k) => &before[k + 1..],
            None if from == 0 => before,
            None => return false,
        };
        matches!(line.trim(), "By" | "By:" | "BY" | "by")
    })
}

/// Whether every mention of `e` is a credit in parentheses before a dash, as a dateline
/// names the agency that filed the story ("SEOUL, July 8 (Wire) —"), whatever its name.
fn credited(text: &str, e: &Entity) -> bool {
    e.mentions.iter().all(|m| {
        let after = text[m.end..].strip_prefix(')').map(str::trim_start);
        text[..m.start].ends_with('(') && after.is_some_and(|a| a.starts_with(['-', '\u{2013}', '\u{2014}']))
    })
}

/// Wire services and broadcasters that news copy credits (facts; sorted).
const NEWS_AGENCIES: &[&str] = &[
    "AFP",
    "ANSA",
    "AP",
    "Agence France-Presse",
    "Associated Press",
    "BBC",
    "Bloomberg",
    "CNN",
    "EFE",
    "Interfax",
    "Kyodo",
    "PTI",
    "Reuters",
    "TASS",
    "The Associated Press",
    "UPI",
    "Xinhua",
    "Yonhap",
    "dpa",
];

#[cfg(test)]
mod tests {
    use crate::{analyze, Options};

    /// (quoted words, kind, speaker name or "-", sieve or "-", cue or "-") for each quote.
    fn quotes(text: &str) -> Vec<(String, &'static str, String, &'static str, String)> {
        let a = analyze(text, &Options::new());
        a.quotes
            .iter()
            .map(|q| {
                (
                    q.span.text(text).to_string(),
                    q.kind.label(),
                    q.speaker.as_ref().map_or("-".to_string(), |s| s.name.clone()),
                    q.speaker.as_ref().map_or("-", |s| s.rule),
                    q.cue.map_or("-".to_string(), |c| c.text(text).to_string()),
                )
            })
            .collect()
    }

    type Row<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str);

    macro_rules! t {
        ($name:ident, $text:expr, $expected:expr) => {
            #[test]
            fn $name() {
                let expected: &[Row] = &$expected;
                let expected: Vec<(String, &str, String, &str, String)> = expected
                    .iter()
                    .map(|&(q, k, s, r, c)| (q.to_string(), k, s.to_string(), r, c.to_string()))
                    .collect();
                assert_eq!(quotes($text), expected, "in {:?}", $text);
            }
        };
    }

    // SPEAKERS: roles with the name after them, a dateline, a statement's issuer, a gesture.
    t!(
        it_after_a_body_that_said,
        "The Thornbury Chamber of Trade opposed the plan. Residents can comment until 31 October, the \
         council said in a statement. \"We want to hear from everyone,\" it added.",
        [("We want to hear from everyone,", "direct", "the council", "nominal", "added")]
    );
    t!(
        pronoun_inside_a_quotation_says_no_gender,
        "Linda Okonkwo spoke first. \"I still dream about the water,\" she said. Ann Reilly laid a wreath. \
         \"He was gone half a century,\" she said.",
        [
            ("I still dream about the water,", "direct", "Linda Okonkwo", "pronoun", "said"),
            ("He was gone half a century,", "direct", "Ann Reilly", "pronoun", "said")
        ]
    );
    t!(
        source_familiar_with_a_matter,
        "\"Demand was broad-based,\" a person familiar with the deal said. \"It is over,\" people close to the \
         talks said.",
        [
            ("Demand was broad-based,", "direct", "a person familiar with the deal", "cue after quote", "said"),
            ("It is over,", "direct", "people close to the talks", "cue after quote", "said")
        ]
    );
    t!(
        subject_before_a_modifier_with_a_preposition,
        "\"We are close,\" a senior official involved in the talks said. A spokeswoman for the embassy said it \
         would \"listen to all concerns\". Police searching for a girl who went missing at the weekend say they \
         are \"increasingly concerned\".",
        [
            ("We are close,", "direct", "a senior official", "cue after quote", "said"),
            ("listen to all concerns", "partial", "A spokeswoman for the embassy", "cue before quote", "said"),
            ("increasingly concerned", "partial", "Police", "cue before quote", "say")
        ]
    );
    t!(
        subject_before_an_object_with_a_preposition,
        "A former director accused of taking money from a housing charity told a jury she was \"following \
         instructions\". A nurse accused of stealing £40,000 from the hospital said she was \"innocent\".",
        [
            ("following instructions", "partial", "A former director", "cue before quote", "told"),
            ("innocent", "partial", "A nurse", "cue before quote", "said")
        ]
    );
    t!(
        subject_noun_with_its_preposition,
        "The round in Jakarta ended without agreement, though officials on both sides said it had narrowed the \
         differences \"considerably\".",
        [("considerably", "partial", "officials on both sides", "cue before quote", "said")]
    );
    t!(
        pronoun_for_the_subject_after_a_fronted_clause,
        "Asked whether his job was under threat, Petts said he had spoken to chairman Martin Keel on Saturday.\n\n\
         \"The chairman has been brilliant,\" he said.",
        [("The chairman has been brilliant,", "direct", "Petts", "pronoun", "said")]
    );
    t!(
        ranking_for_the_person_last_named,
        "Ana Ferreyra won the final on Sunday.\n\n\"She was better today,\" the world No. 1 told reporters.",
        [("She was better today,", "direct", "Ana Ferreyra", "nominal", "told")]
    );
    t!(
        participle_after_a_quote_is_no_inversion,
        "Kremlin spokesman Artyom Belikov dismissed the measures as \"illegal and pointless,\" saying Russian oil \
         exports had risen.",
        [("illegal and pointless,", "partial", "Artyom Belikov", "title", "dismissed")]
    );
    t!(
        role_and_name_in_apposition_before,
        "Their owner, the American investor Carl Whitford, said he would \"back the manager.\"",
        [("back the manager.", "partial", "Carl Whitford", "appositive", "said")]
    );
    t!(
        possessors_role_and_name_between_commas,
        "Lindqvist's second, Danish grandmaster Per Holm, said the team would \"look at everything again.\"",
        [("look at everything again.", "partial", "Per Holm", "appositive", "said")]
    );
    t!(
        one_of_the_role_and_name_after,
        "\"He is the only reason we are still here,\" said one of the organisers, Javier Prats, 41.",
        [("He is the only reason we are still here,", "direct", "Javier Prats", "appositive", "said")]
    );
    t!(
        role_and_titled_name_with_its_article_after,
        "\"She could have sung anywhere,\" said the church's pastor, the Rev. Samuel Ortiz.",
        [("She could have sung anywhere,", "direct", "Samuel Ortiz", "appositive", "said")]
    );
    t!(
        sayer_of_what_a_thing_suggested,
        "Her agent, Tom Drury, spoke next. He said the party's own sampling of ballot papers suggested it had \
         \"run them very close\".",
        [("run them very close", "partial", "Tom Drury", "pronoun", "said")]
    );
    t!(
        possessors_deputy_and_name_after,
        "\"We were luckier,\" said Markova's deputy, Nikolai Stoev.",
        [("We were luckier,", "direct", "Nikolai Stoev", "appositive", "said")]
    );
    t!(
        role_of_a_field_and_titled_name_after,
        "\"Speak to your GP,\" said its head of research, Dr Fiona Gallacher.",
        [("Speak to your GP,", "direct", "Fiona Gallacher", "appositive", "said")]
    );
    t!(
        dateline_place_is_no_speaker,
        "LONDON, June 11, 2026 (AP) - Caroline Ashdown on Thursday denied misleading lawmakers, telling an \
         inquiry that she had \"acted on advice.\"",
        [("acted on advice.", "partial", "Caroline Ashdown", "cue before quote", "telling")]
    );
    t!(
        a_countrys_role_is_not_the_country,
        "Britain's housing minister on Thursday denied misleading lawmakers, telling an inquiry that she had \
         \"acted on advice.\"",
        [("acted on advice.", "partial", "Britain's housing minister", "nominal", "telling")]
    );
    t!(
        the_statement_is_its_issuers,
        "Belgium's foreign ministry said in a statement that the workers were safe. \"We thank all who \
         helped,\" the statement said.",
        [("We thank all who helped,", "direct", "Belgium's foreign ministry", "nominal", "said")]
    );
    t!(
        gesture_before_a_quote,
        "Asked whether the role is based on herself, Niamh Carraway laughed. \"It is everything I feared.\"",
        [("It is everything I feared.", "direct", "Niamh Carraway", "continuation", "-")]
    );
    t!(
        honorific_gives_the_gender,
        "Ana Ruiz met Mr. Tully once. \"It was brief,\" she said.",
        [("It was brief,", "direct", "Ana Ruiz", "pronoun", "said")]
    );
    t!(
        noun_rules_is_no_cue,
        "Ana Ruiz said the government would publish a review of procurement rules \"before the recess.\"",
        [("before the recess.", "partial", "Ana Ruiz", "sentence cue", "said")]
    );

    // SPEAKERS: the person of an organization, in apposition, by age or by a role word.
    t!(
        person_of_an_organization,
        "Ines Haldor of Brightwater Securities said the board had been \"far too timid\" all year.",
        [("far too timid", "partial", "Ines Haldor", "cue before quote", "said")]
    );
    t!(
        appositive_person_of_an_organization,
        "Her agent, Tomas Rieck of Northwind Sports Management, said she would \"take a long rest.\"",
        [("take a long rest.", "partial", "Tomas Rieck", "appositive", "said")]
    );
    t!(
        age_between_commas_before_an_appositive,
        "Lidia Moreno, 52, a former judge in Vigo, said the count was \"clean from start to finish.\"",
        [("clean from start to finish.", "partial", "Lidia Moreno", "appositive", "said")]
    );
    t!(
        the_age_said,
        "Amara Ndlovu won the title. \"I still have a lot to learn,\" the 19-year-old said.",
        [("I still have a lot to learn,", "direct", "Amara Ndlovu", "nominal", "said")]
    );
    t!(
        said_the_age,
        "Amara Ndlovu won the title. \"I still have a lot to learn,\" said the 19-year-old.",
        [("I still have a lot to learn,", "direct", "Amara Ndlovu", "nominal", "said")]
    );
    t!(
        said_role_word_and_name,
        "\"Nobody asked us,\" said parent Olga Brandt.",
        [("Nobody asked us,", "direct", "Olga Brandt", "title", "said")]
    );
    t!(
        ing_noun_after_a_determiner_is_no_cue,
        "According to Pavel Rusnak, an economist at Hradec Bank, the ruling \"changes every contract signed since 2020.\"",
        [("changes every contract signed since 2020.", "partial", "Pavel Rusnak", "according to", "According to")]
    );
    t!(
        the_federation_said,
        "The Lakeland Builders' Federation asked for a delay. \"Every month costs us,\" the federation said.",
        [("Every month costs us,", "direct", "Lakeland Builders' Federation", "nominal", "said")]
    );

    t!(
        she_after_a_subject_of_unknown_gender,
        "Judge Maria Lindqvist heard the case. The former finance chief, Zelindra Haask, pleaded guilty. She told jurors that the founder had instructed her to \"make the numbers work.\"",
        [("make the numbers work.", "partial", "Zelindra Haask", "pronoun", "told")]
    );
    t!(
        appositive_organization_with_its_acronym,
        "The shippers' lobby, the Northern Freight Owners Association (NFOA), said the plan was \"costly but fair.\"",
        [("costly but fair.", "partial", "Northern Freight Owners Association", "appositive", "said")]
    );
    t!(
        person_of_the_group_name,
        "Patient advocate Ruth Ekwueme of the charity HeartWatch said officials had been \"far too slow\" to act.",
        [("far too slow", "partial", "Ruth Ekwueme", "cue before quote", "said")]
    );
    t!(
        continue_is_no_saying_away_from_its_quote,
        "Inspector Lena Marsh said the search would continue \"for as long as it takes.\"",
        [("for as long as it takes.", "partial", "Lena Marsh", "title", "said")]
    );

    // DETECTION: quote marks of every style.
    t!(
        straight_marks,
        "\"We will rebuild,\" Elena Popescu said.",
        [("We will rebuild,", "direct", "Elena Popescu", "cue after quote", "said")]
    );
    t!(
        curly_marks,
        "\u{201C}We will rebuild,\u{201D} Elena Popescu said.",
        [("We will rebuild,", "direct", "Elena Popescu", "cue after quote", "said")]
    );
    t!(
        low_nine_marks,
        "\u{201E}We will rebuild,\u{201C} Elena Popescu said.",
        [("We will rebuild,", "direct", "Elena Popescu", "cue after quote", "said")]
    );
    t!(
        guillemets,
        "\u{00AB}We will rebuild,\u{00BB} Elena Popescu said.",
        [("We will rebuild,", "direct", "Elena Popescu", "cue after quote", "said")]
    );
    t!(
        reversed_guillemets,
        "\u{00BB}We will rebuild,\u{00AB} Elena Popescu said.",
        [("We will rebuild,", "direct", "Elena Popescu", "cue after quote", "said")]
    );
    t!(
        corner_brackets,
        "\u{300C}We will rebuild,\u{300D} Elena Popescu said.",
        [("We will rebuild,", "direct", "Elena Popescu", "cue after quote", "said")]
    );
    t!(
        curly_single_with_cue,
        "\u{2018}We will rebuild,\u{2019} Elena Popescu said.",
        [("We will rebuild,", "direct", "Elena Popescu", "cue after quote", "said")]
    );
    t!(
        straight_single_with_cue,
        "'We will rebuild,' Elena Popescu said.",
        [("We will rebuild,", "direct", "Elena Popescu", "cue after quote", "said")]
    );
    t!(
        straight_single_continuation,
        "'Traders are on their knees,' said Martin Hale. 'This will finish some of them off.'",
        [
            ("Traders are on their knees,", "direct", "Martin Hale", "cue after quote", "said"),
            ("This will finish some of them off.", "direct", "Martin Hale", "continuation", "-")
        ]
    );
    t!(
        name_after_a_is_no_antecedent,
        "Arvid Lindholm grew up in Malmo. In 1948, he heard a Duke Ellington record on a neighbor's radio, an experience he later called \"the day my ears opened.\"",
        [("the day my ears opened.", "partial", "Arvid Lindholm", "pronoun", "called")]
    );
    t!(
        nationality_for_the_person_last_named,
        "Marco Benedetti won the stage on Sunday.\n\n\"It was the hardest day of my life,\" the Italian said.",
        [("It was the hardest day of my life,", "direct", "Marco Benedetti", "nominal", "said")]
    );
    t!(
        role_of_an_organization_then_a_titled_name,
        "The Local Government Association (LGA) wants more money. \"Planning teams have shrunk,\" said the LGA's chairman, Sir Keith Mallory.",
        [("Planning teams have shrunk,", "direct", "Keith Mallory", "appositive", "said")]
    );
    t!(
        partial_quote_then_and_said,
        "In a letter on Thursday, the bank's chief executive, Graham Oyelaran, apologised \"unreservedly\" and said the delay had been necessary.",
        [("unreservedly", "partial", "Graham Oyelaran", "appositive", "said")]
    );
    t!(
        titled_subject_of_two_verbs,
        "Education Secretary Bridget Lowell congratulated students and said the results showed \"a system that is fair\".",
        [("a system that is fair", "partial", "Bridget Lowell", "title", "said")]
    );
    t!(
        noun_in_ss_before_a_cue_lemma_is_no_subject,
        "The plan goes to the Climate Change Committee, which warned in its progress report in June that expansion was \"not compatible\" with the targets.",
        [("not compatible", "partial", "Climate Change Committee", "appositive", "warned")]
    );
    t!(
        name_inside_a_quote_is_no_antecedent,
        "Coach Mark Ellis praised his striker. \"Without Daniel we would have lost,\" he said. \"We must improve,\" he added.",
        [
            ("Without Daniel we would have lost,", "direct", "Mark Ellis", "pronoun", "said"),
            ("We must improve,", "direct", "Mark Ellis", "pronoun", "added")
        ]
    );
    t!(
        according_to_right_after_the_quote,
        "Apps written for the old system can be ported \"with minimal changes,\" according to a developer guide.",
        [("with minimal changes,", "partial", "a developer guide", "according to", "according to")]
    );
    t!(
        plural_group_is_no_person,
        "Tom Ashdown said the bill was wrong. The Conservatives, who voted against it as a bloc, accused the government of \"bulldozing the green belt\".",
        [("bulldozing the green belt", "partial", "Conservatives", "appositive", "accused")]
    );
    t!(
        capitalized_title_before_the_name,
        "\"We will not fly until we understand this valve,\" said Mission Manager Teresa Okonkwo at a briefing.",
        [("We will not fly until we understand this valve,", "direct", "Teresa Okonkwo", "appositive", "said")]
    );
    t!(
        the_ministry_is_no_parliament,
        "The Senate passed the pension bill on Tuesday.\n\n\"This reform guarantees the system for decades,\" the ministry said.",
        [("This reform guarantees the system for decades,", "direct", "the ministry", "nominal", "said")]
    );
    t!(
        title_after_a_quote_in_the_paragraph_before,
        "\"I wanted silence on screen,\" said Marta Quiroga.\n\n\"The Salt Road,\" a spare drama about two sisters, won the top prize.\n\n\"Is It Over?\"",
        [
            ("I wanted silence on screen,", "direct", "Marta Quiroga", "cue after quote", "said"),
            // (Kept, a question; no continuation across the title.)
            ("Is It Over?", "direct", "-", "-", "-")
        ]
    );
    t!(
        single_quoted_heading_after_a_quote_dropped,
        "'Traders are on their knees,' said Martin Hale.\n\n'A Long Winter Ahead'\n\nThe cranes stood still.",
        [("Traders are on their knees,", "direct", "Martin Hale", "cue after quote", "said")]
    );
    t!(
        single_quoted_heading_dropped,
        "Harbour Works Resume.\n\n\u{2018}A Long Winter Ahead\u{2019}\n\nThe cranes stood still.",
        []
    );
    t!(
        mixed_marks_close,
        "Katharina Berger said there was \u{201C}no deal yet\" on the pier.",
        [("no deal yet", "partial", "Katharina Berger", "cue before quote", "said")]
    );
    t!(
        nested_single_inside_double,
        "\"He told me 'never again' and meant it,\" Elena Popescu said.",
        [("He told me 'never again' and meant it,", "direct", "Elena Popescu", "cue after quote", "said")]
    );
    t!(
        nested_curly_inside_straight,
        "\"They called it \u{201C}a farce\u{201D} twice,\" Elena Popescu said.",
        [("They called it \u{201C}a farce\u{201D} twice,", "direct", "Elena Popescu", "cue after quote", "said")]
    );
    t!(
        multi_paragraph_intro_first,
        "Katharina Berger said: \"The first part is done.\n\n\"The second part starts in May.\"",
        [
            ("The first part is done.", "direct", "Katharina Berger", "cue before quote", "said"),
            ("The second part starts in May.", "direct", "Katharina Berger", "continuation", "-")
        ]
    );
    t!(
        multi_paragraph_cue_last,
        "\"The first part is done.\n\n\"The second part starts in May,\" Katharina Berger said.",
        [
            ("The first part is done.", "direct", "Katharina Berger", "continuation", "-"),
            ("The second part starts in May,", "direct", "Katharina Berger", "cue after quote", "said")
        ]
    );
    t!(
        unclosed_quote,
        "Berger said: \"We will see\n\nNext paragraph.",
        [("We will see", "direct", "Berger", "cue before quote", "said")]
    );
    t!(
        apostrophes_are_not_quotes,
        "The rebels' view, '90s style, isn't new and rock \u{2019}n\u{2019} roll lives.",
        []
    );
    t!(
        curly_apostrophes_are_not_quotes,
        "The rebels\u{2019} view isn\u{2019}t new, says nobody in the \u{2019}90s.",
        []
    );
    t!(stray_closing_mark, "It rained\u{201D} all day.", []);
    t!(scare_quote_dropped, "The so-called \"ceasefire\" held.", []);
    t!(nickname_dropped, "Marco \u{201C}The Hammer\u{201D} Rossi won the race.", []);
    t!(title_dropped, "The interview aired on \u{201C}The Late Evening Hour With Friends\u{201D} last week.", []);
    t!(bracketed_aside_dropped, "\"(APPLAUSE)\"\n\nThe hall emptied.", []);

    // ATTRIBUTION: cue after the quote.
    t!(
        said_name,
        "\"We will rebuild,\" said Elena Popescu, a hydrologist.",
        [("We will rebuild,", "direct", "Elena Popescu", "cue after quote", "said")]
    );
    t!(
        told_reporters,
        "\"It is done,\" Berger told reporters.",
        [("It is done,", "direct", "Berger", "cue after quote", "told")]
    );
    t!(
        question_then_cue,
        "\"Who pays for it?\" Katharina Berger asked.",
        [("Who pays for it?", "direct", "Katharina Berger", "cue after quote", "asked")]
    );
    t!(
        title_after_quote,
        "\"The trains will run,\" Transport Minister Lotte Bakker said.",
        [("The trains will run,", "direct", "Lotte Bakker", "title", "said")]
    );
    t!(
        party_in_brackets,
        "\"The vote is Tuesday,\" Sen. Dana Ruiz (D-Ore.) said on Friday.",
        [("The vote is Tuesday,", "direct", "Dana Ruiz", "title", "said")]
    );
    t!(
        appositive_after_quote,
        "\"Nobody slept,\" Hugh Hill, a doctor at the clinic on Dock Street, said.",
        [("Nobody slept,", "direct", "Hugh Hill", "appositive", "said")]
    );
    t!(
        new_sentence_is_not_attribution,
        "Elena Popescu wants \"a full and public audit.\" Katharina Berger said it would be costly.",
        [("a full and public audit.", "partial", "-", "-", "-")]
    );

    // "she" after a sentence opened by a role is that role's person, not the last woman named.
    t!(
        pronoun_after_an_opening_role,
        "Health Minister Elena Popescu announced the plan on Monday. Campaigner Katharina Berger called it unfair. \
         The minister insisted the policy was about children. \"This is not about punishing parents,\" she said.",
        [("This is not about punishing parents,", "direct", "Elena Popescu", "pronoun", "said")]
    );
    // "she" after a sentence opened by someone brought in by a role alone ("A spokeswoman for …",
    // "One employee") is that someone; a name apposed to the role is the person.
    t!(
        pronoun_after_an_indefinite_role,
        "Chef Juno Bristow will close her bistro. A spokeswoman for Harrow Estates said the rent was fair. \
         \"We are sorry to see it go,\" she said. One worker, who asked not to be named, said staff were \
         angry. \"Nobody told us,\" she said. A Harrow spokesman, Mark Feld, said talks had ended. \
         \"We tried,\" he said.",
        [
            ("We are sorry to see it go,", "direct", "Harrow Estates", "pronoun", "said"),
            ("Nobody told us,", "direct", "One worker", "pronoun", "said"),
            ("We tried,", "direct", "Mark Feld", "pronoun", "said"),
        ]
    );
    t!(
        pronoun_after_another_role,
        "Brian Coxhill backed the deal. Another supporter disagreed. \"Loyalty works both ways,\" he said.",
        [("Loyalty works both ways,", "direct", "Another supporter", "pronoun", "said")]
    );
    // A role named after a comma is that person, as the subject of a cue and before "he said".
    t!(
        role_named_after_a_comma,
        "The Saudi delegation, led by Foreign Minister Prince Faisal bin Farhan, objected. The Chinese foreign \
         minister, Wang Yi, called for calm and said Beijing opposed \"unilateral actions\". The Indian external \
         affairs minister, Subrahmanyam Jaishankar, struck a middle path. \"We need the lanes open,\" he said.",
        [
            ("unilateral actions", "partial", "Wang Yi", "cue before quote", "said"),
            ("We need the lanes open,", "direct", "Subrahmanyam Jaishankar", "pronoun", "said"),
        ]
    );
    // "she says" in a profile: not a part she plays, nor a relative named after "her" inside a
    // sentence; but a relative who opens the sentence or speaks in it.
    t!(
        pronoun_past_a_part_and_relatives,
        "The actress Nell Harper is late, and she is sorry. Her performance as Morag Dunn has been nominated. \"People keep saying it,\" \
         she says. Harper grew up in Paisley. Her father, Eamon, drove buses; her mother, Rosemary, worked \
         nights. Acting, she says, \"was not for people like us.\" Her mother, Julie Coulter, spoke briefly. \
         \"We want to know why,\" she said.",
        [
            ("People keep saying it,", "direct", "Nell Harper", "pronoun", "says"),
            ("was not for people like us.", "direct", "Nell Harper", "pronoun", "says"),
            ("We want to know why,", "direct", "Julie Coulter", "pronoun", "said"),
        ]
    );
    // A pronoun that a saying verb stands before tells of whom the sayer spoke: the words are
    // the sayer's.
    t!(
        pronoun_after_said_is_the_sayers,
        "The pilot, James Chesterfield, had boarded early. His lawyer, Sunita Rao, said he had warned the \
         bridge \"at least three times\" that the ship was too fast.",
        [("at least three times", "partial", "Sunita Rao", "pronoun", "warned")]
    );
    // Roles told back: a judge by "Mrs Justice", an envoy by an ambassador's title and the
    // country's word, an epithet of age, and a statement read for a family.
    t!(
        roles_told_back,
        "Mrs Justice Farrington adjourned sentencing. \"The only question is the term,\" the judge told him. \
         Russian Ambassador Vassily Nebenzia spoke first. British Ambassador Barbara Woodward backed a longer \
         mandate. The Russian envoy later accused members of \"colonial nostalgia\". Marisol Vance is eating \
         a sandwich. \"I have to go and lie down,\" the 29-year-old singer says. An officer read a statement \
         on behalf of Mr Hosseini-Bell's family. \"Amir was the loudest laugh in every room,\" the statement \
         said.",
        [
            ("The only question is the term,", "direct", "Farrington", "nominal", "told"),
            ("colonial nostalgia", "partial", "Vassily Nebenzia", "nominal", "accused"),
            ("I have to go and lie down,", "direct", "Marisol Vance", "nominal", "says"),
            ("Amir was the loudest laugh in every room,", "direct", "Mr Hosseini-Bell's family", "nominal", "said"),
        ]
    );
    // A person "at" a firm is the speaker, not the firm (whose head the subject ends with).
    t!(
        person_at_a_firm_speaks,
        "Analyst Tom Ridley at Brackwell Securities called the figures \"a strong set\". Consultant Aidan \
         Reilly at St Bride's Hospital said the timing was \"brutal\".",
        [
            ("a strong set", "partial", "Tom Ridley", "cue before quote", "called"),
            ("brutal", "partial", "Aidan Reilly", "cue before quote", "said"),
        ]
    );
    // A work's title in quotation marks is no quote: after a noun for a work, after "for" a
    // prize was won for, and the same title again; a cheer "for" someone stays a quote.
    t!(
        titles_of_works_are_not_quotes,
        "Beatrix Holloway's fourth novel, \"The Harbourmaster's Wife\", is out. She won a prize in 2021 for \
         \"Salt Lines\". The BBC has optioned \"Salt Lines\". \"I'll take it,\" she said. The crowd chanted and cheered for \
         \"Four More Years.\"",
        [
            ("I'll take it,", "direct", "Beatrix Holloway", "pronoun", "said"),
            ("Four More Years.", "partial", "The crowd", "nominal", "chanted"),
        ]
    );
    // An interview in questions and answers: each answer is the interviewee's.
    t!(
        interview_answers_are_the_interviewees,
        "Elena Popescu on rivers\nInterview by Katharina Berger\n\nElena Popescu has studied the Danube for years.\n\n\
         Q: When did you start?\nA: In 2016. My teacher said \"Go.\" I wrote: \"Done.\"\n\n\
         Q: And now?\nA: Now I teach.",
        [
            ("In 2016. My teacher said \"Go.\" I wrote: \"Done.\"", "direct", "Elena Popescu", "interview answer", "-"),
            ("Go.", "partial", "My teacher", "cue before quote", "said"),
            ("Done.", "direct", "Elena Popescu", "interview answer", "wrote"),
            ("Now I teach.", "direct", "Elena Popescu", "interview answer", "-")
        ]
    );
    // From the judged articles of stop 31.
    t!(
        role_after_an_organization_after_said,
        "The union Unite called the strike. \"Our members keep this airport moving,\" said Unite \
         regional officer Gurpreet Sandhu. \"Jack is the player we wanted,\" said Leicester's director \
         of rugby, Marcus Redfern.",
        [
            ("Our members keep this airport moving,", "direct", "Gurpreet Sandhu", "appositive", "said"),
            ("Jack is the player we wanted,", "direct", "Marcus Redfern", "appositive", "said")
        ]
    );
    t!(
        interrupting_and_a_nod_in_the_present,
        "Ffion Pritchard and Carys Pritchard run the bakery. \"She was being dramatic,\" Ffion Pritchard \
         interrupts. Carys Pritchard nods. \"And we'd have nothing to do.\"",
        [
            ("She was being dramatic,", "direct", "Ffion Pritchard", "cue after quote", "interrupts"),
            ("And we'd have nothing to do.", "direct", "Carys Pritchard", "continuation", "-")
        ]
    );
    t!(
        he_of_a_sentence_opened_by_he,
        "Luka Marjanovic reached the final on Tuesday. He said he had watched Daniel Okonkwo's win. \
         \"He serves like he wants it over in an hour,\" he said.",
        [("He serves like he wants it over in an hour,", "direct", "Luka Marjanovic", "pronoun", "said")]
    );
    t!(
        cue_word_as_a_noun_after_a_determiner,
        "Cinderpath Records released the album. The label, now part of a larger group, said in a \
         statement that \"all matters were resolved\".",
        [("all matters were resolved", "partial", "Cinderpath Records", "nominal", "said")]
    );
    t!(
        gesture_before_a_colon,
        "Bath coach Rhys Pengelly watched. Asked about the injury, the Bath coach shrugged: \"Ask me \
         after the scan.\"",
        [("Ask me after the scan.", "direct", "Rhys Pengelly", "nominal", "-")]
    );
    t!(
        as_someone_puts_it,
        "The band fell apart, as Velvet Kaye puts it in her memoir, \"the way a windscreen cracks.\"",
        [("the way a windscreen cracks.", "direct", "Velvet Kaye", "cue before quote", "puts")]
    );
    t!(
        one_of_people_just_named,
        "Two former members of his group said they had raised concerns. One said the response was \
         \"a shrug\".",
        [("a shrug", "partial", "One", "cue before quote", "said")]
    );
    // A name given in quotation marks is no quote; a name someone called another is theirs.
    t!(
        name_given_in_quotation_marks,
        "One man, a student identified in the report only as \"Mateo\", said he was held. Trump called \
         him \"Little Marco\".",
        [("Little Marco", "partial", "Trump", "cue before quote", "called")]
    );
    t!(
        role_of_a_named_body_then_the_name,
        "\"We will keep pressing,\" said the shadow Leader of the House, Martin Cole.",
        [("We will keep pressing,", "direct", "Martin Cole", "appositive", "said")]
    );
    t!(
        role_and_a_capitalized_title_before_the_name,
        "\"The probe is healthy,\" said Halcyon project scientist Dr Mei-Ling Zhou.",
        [("The probe is healthy,", "direct", "Mei-Ling Zhou", "appositive", "said")]
    );
    t!(
        unnamed_role_after_a_conjunction,
        "Craig Dunmore has been charged. But a senior officer, who asked not to be named, said there had \
         been failures.\n\n\"Everyone on that team knew her name,\" he said.",
        [("Everyone on that team knew her name,", "direct", "a senior officer", "pronoun", "said")]
    );
    t!(
        unnamed_one_before_a_who_clause,
        "Gurpreet Sandhu spoke first. One handler, who asked not to be named, said he worked two jobs. \
         \"I load bags at five,\" he said.",
        [("I load bags at five,", "direct", "One handler", "pronoun", "said")]
    );
    t!(
        subject_stops_before_a_verb_and_its_object,
        "Judge Helena Stroud sat alone. The judge rejected that, saying there was \"not a shred of \
         evidence\". Dana Whitcombe said the two firms would keep separate brands for \"at least two years\".",
        [
            ("not a shred of evidence", "partial", "Helena Stroud", "nominal", "saying"),
            ("at least two years", "partial", "Dana Whitcombe", "sentence cue", "said")
        ]
    );
    // An interview printed as turns under the speakers' names: each turn is the named person's.
    t!(
        interview_turns_are_the_named_speakers,
        "Elena Popescu spoke to Katharina Berger in Vienna.\n\nBerger: When did you start?\n\n\
         Popescu: In 2016. My teacher said \"Go.\" I wrote back, \"Done.\"\n\nBerger: And now?",
        [
            ("When did you start?", "direct", "Katharina Berger", "interview turn", "-"),
            (
                "In 2016. My teacher said \"Go.\" I wrote back, \"Done.\"",
                "direct",
                "Elena Popescu",
                "interview turn",
                "-"
            ),
            ("Go.", "partial", "My teacher", "cue before quote", "said"),
            ("Done.", "direct", "Elena Popescu", "interview turn", "wrote"),
            ("And now?", "direct", "Katharina Berger", "interview turn", "-")
        ]
    );
    t!(
        transcript_turns_in_capitals,
        "Elena Popescu debated Katharina Berger on Tuesday.\n\nPOPESCU: The bridge stays open.\nBERGER: Not at that price.\n\
         POPESCU: At any price.",
        [
            ("The bridge stays open.", "direct", "Elena Popescu", "interview turn", "-"),
            ("Not at that price.", "direct", "Katharina Berger", "interview turn", "-"),
            ("At any price.", "direct", "Elena Popescu", "interview turn", "-")
        ]
    );
    // Labels by role, for the people the text introduced with it.
    t!(
        transcript_turns_by_role,
        "An interview between presenter Joanna Pryce and Housing Minister Daniel Ashworth.\n\n\
         PRESENTER: Isn't that a failure?\nMINISTER: No.\nPRESENTER: Why not?",
        [
            ("Isn't that a failure?", "direct", "Joanna Pryce", "interview turn", "-"),
            ("No.", "direct", "Daniel Ashworth", "interview turn", "-"),
            ("Why not?", "direct", "Joanna Pryce", "interview turn", "-")
        ]
    );
    // One labelled line is a caption or a heading, not a conversation; a label must be a person's.
    t!(one_turn_is_no_interview, "Elena Popescu arrived.\n\nPopescu: in Vienna on Tuesday.", []);
    t!(
        a_list_under_names_is_no_conversation,
        "Elena Popescu and Katharina Berger both ran.\n\nPopescu: Win the city.\nBerger: Hold the coast.\nBerger: 1,204.",
        []
    );
    t!(labels_must_be_people, "Update: the bridge is open.\nCorrection: it opened on Monday.", []);
    // A headline's quotation with the speaker's name after a colon.
    t!(
        headline_quotation_then_name,
        "\"I write about the people who stay\": Elena Popescu on her new novel\n\nElena Popescu has a new book.",
        [("I write about the people who stay", "direct", "Elena Popescu", "headline", "-")]
    );
    t!(answers_need_questions, "A: This is a list item.\nA: So is this.", []);
    // A live blog's stamp before the subject is none of it.
    t!(
        blog_stamp_is_no_speaker,
        "Katharina Berger spoke.\n\n9.42pm: Elena Popescu is privately conceding that the seat, which her party has \
         held since 1997, is \"too close to call\".",
        [("too close to call", "partial", "Elena Popescu", "sentence cue", "conceding")]
    );

    // Cue before the quote.
    t!(
        colon_intro,
        "Katharina Berger said: \"The money is there.\"",
        [("The money is there.", "direct", "Katharina Berger", "cue before quote", "said")]
    );
    t!(
        comma_intro,
        "Katharina Berger told reporters, \"The money is there.\"",
        [("The money is there.", "direct", "Katharina Berger", "cue before quote", "told")]
    );
    t!(
        dash_intro,
        "Katharina Berger said \u{2014} \"The money is there.\"",
        [("The money is there.", "direct", "Katharina Berger", "cue before quote", "said")]
    );
    t!(
        person_of_a_place_before_a_relative_clause,
        "Senator Paul Greer of Idaho, who voted against, said the bill \"punishes success\".",
        [("punishes success", "partial", "Paul Greer", "appositive", "said")]
    );
    t!(
        role_of_a_country_after_the_cue,
        "\"We are not there yet,\" said Norway's fisheries minister, Ingrid Halvorsen, as she left.",
        [("We are not there yet,", "direct", "Ingrid Halvorsen", "appositive", "said")]
    );
    t!(
        role_of_a_company_after_the_cue_without_comma,
        "\"It was a hard year,\" said Vantor's chief executive Orla Brennan.",
        [("It was a hard year,", "direct", "Orla Brennan", "appositive", "said")]
    );
    t!(
        after_an_html_tag,
        "<p>\"We have moved the stage inland,\" director Yusuf Amin said.</p>",
        [("We have moved the stage inland,", "direct", "Yusuf Amin", "title", "said")]
    );
    t!(
        said_org_role_name,
        "\"They have seen this before,\" said Delmar analyst Priya Raman.",
        [("They have seen this before,", "direct", "Priya Raman", "appositive", "said")]
    );
    t!(
        said_org_scientist_name,
        "\"The night never cooled,\" said Tasman Weather meteorologist Ruth Okafor.",
        [("The night never cooled,", "direct", "Ruth Okafor", "appositive", "said")]
    );
    t!(
        said_one_word_role_name,
        "\"We have been here for the muddy years,\" said frontwoman Mae Martin, 63.",
        [("We have been here for the muddy years,", "direct", "Mae Martin", "title", "said")]
    );
    t!(
        union_named_by_its_description,
        "Drivers at the rail union Aslef voted to strike. Thornbury Holdings declined to comment. \
         \"The offer is an insult,\" the union said.",
        [("The offer is an insult,", "direct", "Aslef", "nominal", "said")]
    );
    t!(
        department_is_no_other_organization,
        "Thornbury Athletic won on Saturday. \"We are aware of the video,\" the department said.",
        [("We are aware of the video,", "direct", "the department", "nominal", "said")]
    );
    t!(
        said_possessive_then_name,
        "\"It was a record window,\" said Deloitte's Martin Crowe.",
        [("It was a record window,", "direct", "Martin Crowe", "appositive", "said")]
    );
    t!(
        said_co_author_name,
        "\"We found water, not an ocean,\" said co-author Emil Varga of the Szeged observatory.",
        [("We found water, not an ocean,", "direct", "Emil Varga", "title", "said")]
    );
    t!(
        relative_named_before,
        "His daughter, Ada Obi, said he died at home. \"He never stopped working,\" his daughter said.",
        [("He never stopped working,", "direct", "Ada Obi", "nominal", "said")]
    );
    t!(
        person_of_an_institution,
        "Judge Miriam Castellanos of the Eastern District said the firm had \"run out the clock\".",
        [("run out the clock", "partial", "Miriam Castellanos", "title", "said")]
    );
    t!(
        appositive_before,
        "Elena Popescu, a hydrologist at the University of Bucharest, said: \"Nobody asked us.\"",
        [("Nobody asked us.", "direct", "Elena Popescu", "appositive", "said")]
    );
    t!(
        long_relative_clause_appositive,
        "Dana Ruiz, who has led the harbour board since the old director retired last spring, blasted the \
         council as \"a club of sleepers\" on Monday.",
        [("a club of sleepers", "partial", "Dana Ruiz", "appositive", "blasted")]
    );
    t!(
        object_after_cue_is_not_speaker,
        "On Monday the board blasted Dana Ruiz as \"a dreamer with a budget.\"",
        [("a dreamer with a budget.", "partial", "the board", "nominal", "blasted")]
    );
    t!(
        appositive_name_between_commas,
        "Its chief executive, Ingrid Vos, said: \"Nobody asked us.\"",
        [("Nobody asked us.", "direct", "Ingrid Vos", "appositive", "said")]
    );
    t!(
        participle_takes_clause_subject,
        "Katharina Berger rejected the plan on Monday, saying, \"It will fail.\"",
        [("It will fail.", "direct", "Katharina Berger", "cue before quote", "saying")]
    );
    t!(
        colon_after_previous_paragraph,
        "Katharina Berger continued:\n\n\"The pier will open in June.\"",
        [("The pier will open in June.", "direct", "Katharina Berger", "colon introduction", "continued")]
    );
    t!(
        first_verb_of_a_pair_with_then,
        "Stephen Akande was on the first engine. He paused, then added: \"You never forget the quiet.\"",
        [("You never forget the quiet.", "direct", "Stephen Akande", "pronoun", "added")]
    );
    t!(
        colon_after_named_subject,
        "Katharina Berger had a short answer for the council: \"Build it.\"",
        [("Build it.", "direct", "Katharina Berger", "colon introduction", "-")]
    );
    t!(
        transcript_label,
        "\"BERGER: We start on Monday.",
        [("BERGER: We start on Monday.", "direct", "BERGER", "transcript label", "-")]
    );
    t!(
        dash_signature,
        "\u{201C}The river does not wait for anyone.\u{201D} \u{2015} Miklos Farkas",
        [("The river does not wait for anyone.", "direct", "Miklos Farkas", "dash signature", "-")]
    );

    // Partial quotes: the cue elsewhere in the sentence.
    t!(
        partial_with_subject,
        "Katharina Berger described the deal as \"a promise kept\" on the radio.",
        [("a promise kept", "partial", "Katharina Berger", "cue before quote", "described")]
    );
    t!(
        partial_cue_after,
        "A clerk who \"moved a few coins\" was fired, Katharina Berger said.",
        [("moved a few coins", "partial", "Katharina Berger", "cue after quote", "said")]
    );
    t!(
        cue_noun,
        "Katharina Berger's claim that \"every bridge pays for itself\" drew laughter.",
        [("every bridge pays for itself", "partial", "Katharina Berger", "sentence cue", "claim")]
    );
    t!(
        according_to,
        "The work will take \"at least three summers,\" according to Katharina Berger.",
        [("at least three summers,", "partial", "Katharina Berger", "according to", "according to")]
    );

    // PRONOUNS AND NOMINALS resolve to earlier names.
    t!(
        he_said,
        "Miklos Farkas arrived late. \"The river does not wait,\" he said.",
        [("The river does not wait,", "direct", "Miklos Farkas", "pronoun", "said")]
    );
    t!(
        she_skips_male,
        "Elena Popescu met Miklos Farkas. \"We disagree,\" she said.",
        [("We disagree,", "direct", "Elena Popescu", "pronoun", "said")]
    );
    t!(
        it_is_the_body_that_opened_the_sentence_before,
        "The Tamsin Party attacked the plan. The ministry defended it on Wednesday. \"The deficit would grow,\" it said.",
        [("The deficit would grow,", "direct", "The ministry", "nominal", "said")]
    );
    t!(
        it_is_the_named_body_with_that_word,
        "The Finance Ministry of Tamsin spoke first. The ministry defended it on Wednesday. \"The deficit would grow,\" it said.",
        [("The deficit would grow,", "direct", "Finance Ministry of Tamsin", "nominal", "said")]
    );
    t!(
        she_is_may,
        "Dr. Amina Bukar spoke first. May Okafor, a teacher, said she was tired. \"We queue for hours,\" she said.",
        [("We queue for hours,", "direct", "May Okafor", "pronoun", "said")]
    );
    t!(
        the_reporter_is_no_she,
        "By Ruth Okonjo\n\nOne of the climbers, an engineer from Leeds, said she was cold. \"I never sent it,\" she said.",
        [("I never sent it,", "direct", "she", "pronoun", "said")]
    );
    t!(
        he_is_the_last_sentence_subject,
        "Tomas Rehak, now 17, congratulated Aarav Deshpande within minutes. \"Welcome to the club,\" he wrote.",
        [("Welcome to the club,", "direct", "Tomas Rehak", "pronoun", "wrote")]
    );
    t!(
        a_possessive_role_before_the_cue,
        "Chief executive Rebecca Lindqvist said demand was strong. \"We are full,\" the company's chief \
         executive added. \"Our pilots earned this,\" the union's council chairman, Capt. Luis Serrano, said.",
        [
            ("We are full,", "direct", "Rebecca Lindqvist", "nominal", "added"),
            ("Our pilots earned this,", "direct", "Luis Serrano", "appositive", "said")
        ]
    );
    t!(
        a_persons_spokesperson_is_not_another_spokesperson,
        "The party's spokesperson, Sarah Quayle, spoke first. The prime minister's official spokesperson said \
         the vote was \"a clear mandate\".",
        [("a clear mandate", "partial", "The prime minister's official spokesperson", "cue before quote", "said")]
    );
    t!(
        relative_who_after_a_name,
        "Tomas Rehak called Aarav Deshpande, who said he was \"very tired\" after the game.",
        [("very tired", "partial", "Aarav Deshpande", "appositive", "said")]
    );
    t!(
        a_possessive_is_no_subject,
        "Tomas Rehak's coach, Vidit Rane, said the boy slept well. \"He was calm,\" he said.",
        [("He was calm,", "direct", "Vidit Rane", "pronoun", "said")]
    );
    t!(
        he_in_the_same_sentence_is_the_last_person,
        "Tomas Rehak called Aarav Deshpande after the game, and he said he was \"very tired\".",
        [("very tired", "partial", "Aarav Deshpande", "pronoun", "said")]
    );
    t!(
        gender_learned_from_earlier_pronoun,
        "Dr. Okonkwo Vale spoke first and he was brief. Then Dr. Ilse Marr spoke and she was not. \
         \"We lost a year,\" he said.",
        [("We lost a year,", "direct", "Okonkwo Vale", "pronoun", "said")]
    );
    t!(
        nominal_org,
        "The European Investment Bank approved the loan. \"It is sound,\" the bank said.",
        [("It is sound,", "direct", "European Investment Bank", "nominal", "said")]
    );
    // The wire service in the dateline is the reporter, not "the ministry": with no ministry
    // among the entities, the speaker stays the words themselves.
    t!(
        nominal_org_skips_news_agency,
        "TEMA, Aug. 14 (Reuters) - Ghana's health ministry said the outbreak was over. \
         \"Cases have fallen,\" the ministry said.",
        [("Cases have fallen,", "direct", "the ministry", "nominal", "said")]
    );
    t!(
        nominal_org_skips_any_credited_agency,
        "SEOUL, July 8 (Wire) \u{2014} Lumora Semiconductor will build a plant. \
         A fortnight ago the company had said it was \"reviewing options\".",
        [("reviewing options", "partial", "Lumora Semiconductor", "nominal", "said")]
    );
    t!(
        it_after_unnamed_nominal,
        "TEMA, Aug. 14 (Reuters) - Ghana's health ministry reported progress. \
         \"Cases have fallen,\" the ministry said. \"Keep boiling water,\" it added.",
        [
            ("Cases have fallen,", "direct", "the ministry", "nominal", "said"),
            ("Keep boiling water,", "direct", "the ministry", "pronoun", "added")
        ]
    );
    t!(
        lowercase_title_after_cue,
        "\"My father drove this boat before me,\" said captain Rory Breen, 58.",
        [("My father drove this boat before me,", "direct", "Rory Breen", "title", "said")]
    );
    t!(
        lowercase_modifier_and_title_after_cue,
        "\"The fire jumped the road,\" said agency spokesman Rui Matos.",
        [("The fire jumped the road,", "direct", "Rui Matos", "title", "said")]
    );
    t!(
        role_after_three_lowercase_words,
        "\"We hope to hold it by Sunday,\" said regional civil protection chief Marco Salvi.",
        [("We hope to hold it by Sunday,", "direct", "Marco Salvi", "title", "said")]
    );
    t!(
        job_words_before_a_person_after_cue,
        "\"Another hour and it would have sunk,\" said lifeboat helm Niall Doherty.",
        [("Another hour and it would have sunk,", "direct", "Niall Doherty", "title", "said")]
    );
    t!(
        function_words_before_a_person_are_no_title,
        "Ann Berg met Niall Doherty at the pier. \"It is over,\" said to him only Niall Doherty's aide.",
        // Not Niall Doherty: "to him only" are no words of a title.
        [("It is over,", "direct", "-", "-", "-")]
    );
    t!(
        spokesman_of_a_named_organization,
        "Caldwell Homes lost the case. \"We accept the decision,\" a Caldwell spokesman said.",
        [("We accept the decision,", "direct", "a Caldwell spokesman", "nominal", "said")]
    );
    t!(
        it_after_a_document,
        "The memo, dated 14 June, was sent to her office. It said the cladding was \"a disaster waiting to happen\".",
        [("a disaster waiting to happen", "partial", "The memo", "pronoun", "said")]
    );
    t!(
        nationality_before_title_and_name,
        "\"The box is open,\" said Dutch lawmaker Annelies Vermeer.",
        [("The box is open,", "direct", "Annelies Vermeer", "title", "said")]
    );
    t!(
        nominal_after_cue_then_name_in_apposition,
        "\"We will work through the night,\" said its operations director, Fiona Gallagher.",
        [("We will work through the night,", "direct", "Fiona Gallagher", "appositive", "said")]
    );
    t!(
        lowercase_words_after_cue_without_a_name_are_not_a_speaker,
        "\"The fire jumped the road,\" said early reports.",
        [("The fire jumped the road,", "direct", "-", "-", "-")]
    );
    t!(
        nominal_title,
        "Mayor Ana Ribeiro opened the pier. \"It belongs to everyone,\" the mayor said.",
        [("It belongs to everyone,", "direct", "Ana Ribeiro", "nominal", "said")]
    );

    // CONTINUATION, UNKNOWN SPEAKERS
    t!(
        continuation,
        "\"We start now,\" Katharina Berger said.\n\"There is no other way.\"",
        [
            ("We start now,", "direct", "Katharina Berger", "cue after quote", "said"),
            ("There is no other way.", "direct", "Katharina Berger", "continuation", "-")
        ]
    );
    t!(
        quote_after_paraphrase,
        "Katharina Berger said the delay was political.\n\n\"The other reason is money.\"",
        [("The other reason is money.", "direct", "Katharina Berger", "continuation", "-")]
    );
    t!(
        relative_pronoun,
        "The plan came from Katharina Berger, the port director, who once said it was \"the only way out.\"",
        [("the only way out.", "partial", "Katharina Berger", "pronoun", "said")]
    );
    t!(no_evidence_unknown, "\"Nobody knows.\"", [("Nobody knows.", "direct", "-", "-", "-")]);
    t!(
        far_quote_not_continued,
        "\"We start now,\" Katharina Berger said.\n\nThe pier is old.\n\nThe weather was bad.\n\n\"Nobody knows.\"",
        [
            ("We start now,", "direct", "Katharina Berger", "cue after quote", "said"),
            ("Nobody knows.", "direct", "-", "-", "-")
        ]
    );

    #[test]
    fn cue_forms() {
        let cases: &[(&str, &str, bool)] = &[
            ("irregular past", "said", true),
            ("regular past", "warned", true),
            ("doubled consonant", "admitted", true),
            ("y to ied", "denied", true),
            ("e dropped before ing", "describing", true),
            ("third person", "insists", true),
            ("not a verb of saying", "walked", false),
            ("non-letters", "said2", false),
            ("empty", "", false),
        ];
        for (name, word, want) in cases {
            assert_eq!(super::is_cue(word), *want, "{name}: {word}");
        }
    }

    #[test]
    fn word_lists_are_sorted() {
        for list in [
            super::CUE_LEMMAS,
            super::CUE_IRREGULAR,
            super::CUE_NOUNS,
            super::AUXILIARIES,
            super::NOT_SPEAKER,
            super::NOUN_LIKE_CUES,
            super::NEWS_AGENCIES,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    /// Random texts from pieces that stress the rules (marks, cues, names, pronouns, commas,
    /// line breaks): nothing may panic and every span must fall inside the text.
    #[test]
    fn random_pieces_never_panic() {
        const PIECES: &[&str] = &[
            "\"",
            "\u{201C}",
            "\u{201D}",
            "\u{2018}",
            "\u{2019}",
            "'",
            "\u{00AB}",
            "\u{00BB}",
            "\u{201E}",
            "\u{300C}",
            "\u{300D}",
            "\u{2015}",
            " ",
            " ",
            "\n",
            "\n\n",
            ",",
            ".",
            ":",
            "?",
            "(",
            ")",
            "said",
            "told",
            "saying",
            "according to",
            "he",
            "she",
            "they",
            "who",
            "and",
            "the ministry",
            "the mayor",
            "Katharina Berger",
            "Berger",
            "Mayor",
            "Sen.",
            "KERRY:",
            "claims",
            "'s",
            "\u{2019}s",
            "a",
            "of",
            "\u{00E9}",
            "\u{1F600}",
            "\u{0301}",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..1500 {
            let mut text = String::new();
            for _ in 0..(seed % 40) {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                text.push_str(PIECES[(seed >> 33) as usize % PIECES.len()]);
                text.push(' ');
            }
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            let a = analyze(&text, &Options::new());
            for q in &a.quotes {
                assert!(q.span.end <= text.len() && text.is_char_boundary(q.span.start), "{text:?}");
                if let Some(s) = &q.speaker {
                    let _ = s.span.text(&text);
                }
            }
        }
    }

    #[test]
    fn hostile_input_does_not_panic_and_stays_fast() {
        let texts = [
            "\"".repeat(10_000),
            "\u{201C}".repeat(10_000),
            "\u{2018}a ".repeat(6_000),
            "\"a\" said ".repeat(6_000),
            "\u{00BB}\u{00AB}\u{300C}\u{300F}'\"\u{201E}".repeat(2_000),
            "said, \"".repeat(6_000) + "\n\n",
            "\u{1F600}\"\u{0301}\u{202E}\"".repeat(2_000),
        ];
        for text in &texts {
            let start = std::time::Instant::now();
            let a = analyze(text, &Options::new());
            for q in &a.quotes {
                let _ = q.span.text(text);
            }
            // Generous: a debug build on a shared machine; quadratic behaviour would take minutes.
            assert!(start.elapsed().as_secs() < 20, "{} bytes took {:?}", text.len(), start.elapsed());
        }
    }
}
