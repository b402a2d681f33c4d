//! Quotations and who said them.
//!
//! Detection pairs double quote marks (straight, curly, low-9 and guillemets) within a
//! paragraph, deciding whether a straight mark opens or closes from the spaces around it; a quote
//! still open at the end of its paragraph is closed there. A quote is *direct* when it stands as
//! a statement of its own (it starts its sentence, or follows a colon or a cue verb), *partial*
//! when its words sit inside the writer's own sentence.
//!
//! Attribution runs named rules in order and stops at the first that finds a speaker; the rule's
//! name travels with the speaker so the page can say why:
//! 1. `cue after quote` — `"…," X said` / `"…," said X`;
//! 2. `cue before quote` — `X said: "…"`, `X told reporters, "…"`, and for partial quotes the
//!    subject of the sentence's cue verb (`officials described it as "…"`);
//! 3. `according to` — `according to X` in the quote's sentence;
//! 4. `continuation` — a direct quote with no cue right after an attributed one keeps its
//!    speaker.
//!
//! A speaker written as a pronoun resolves to the last named person (or group, for "they") of a
//! compatible gender; a nominal ("the ministry") to the last organization whose name has that
//! head word. With no evidence the speaker stays unknown.

use crate::lexicon::{self, Gender};
use crate::sentence::Sentence;
use crate::token::{Token, TokenKind};
use crate::{Entity, EntityType, Quote, QuoteKind, Span, Speaker};

/// Verb forms that introduce or close a quotation.
const CUE_VERBS: &[&str] = &[
    "acknowledged",
    "added",
    "adds",
    "admitted",
    "announced",
    "argued",
    "asked",
    "asks",
    "insisted",
    "called",
    "claimed",
    "commented",
    "complained",
    "concluded",
    "confirmed",
    "continued",
    "declared",
    "denied",
    "described",
    "emphasised",
    "emphasized",
    "explained",
    "explains",
    "insists",
    "maintained",
    "noted",
    "notes",
    "observed",
    "pledged",
    "predicted",
    "promised",
    "recalled",
    "remarked",
    "replied",
    "reported",
    "responded",
    "said",
    "say",
    "saying",
    "says",
    "stated",
    "stressed",
    "suggested",
    "tells",
    "told",
    "tweeted",
    "urged",
    "vowed",
    "warned",
    "warns",
    "wrote",
    "writes",
];

/// Nouns that name an organization generically ("the ministry said").
const ORG_NOUNS: &[&str] = &[
    "agency",
    "alliance",
    "army",
    "authority",
    "bank",
    "board",
    "coalition",
    "commission",
    "committee",
    "company",
    "council",
    "court",
    "department",
    "firm",
    "government",
    "group",
    "institute",
    "ministry",
    "monitor",
    "movement",
    "office",
    "organisation",
    "organization",
    "party",
    "police",
    "secretariat",
    "union",
    "university",
];

fn is_cue(word: &str) -> bool {
    CUE_VERBS.contains(&word.to_lowercase().as_str())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    /// A straight `"`: which one it is depends on the spaces around it.
    Either,
}

fn mark(s: &str) -> Option<Mark> {
    match s {
        "\u{201C}" | "\u{201E}" | "\u{00AB}" => Some(Mark::Open),
        "\u{201D}" | "\u{00BB}" => Some(Mark::Close),
        "\"" => Some(Mark::Either),
        _ => None,
    }
}

/// A pair of quote marks found in the text: token indices of the first and last quoted token.
struct Found {
    /// Index of the opening mark's token.
    open: usize,
    /// Index of the closing mark's token, or one past the paragraph's last token when the quote
    /// was never closed.
    close: usize,
}

/// Finds quotations and attributes them.
pub(crate) fn find(text: &str, tokens: &[Token], sentences: &[Sentence], entities: &[Entity]) -> Vec<Quote> {
    let pairs = pair_marks(text, tokens);
    let mentions = MentionIndex::new(entities);
    let mut sentence_of = vec![0usize; tokens.len()];
    for (n, s) in sentences.iter().enumerate() {
        for i in s.tokens.clone() {
            sentence_of[i] = n;
        }
    }
    let ctx = Context { text, tokens, sentences, sentence_of: &sentence_of, mentions: &mentions, entities };
    let mut quotes: Vec<Quote> = Vec::new();
    let mut previous: Option<(usize, Option<Speaker>)> = None; // (close token, speaker)
    for pair in pairs {
        let first = pair.open + 1;
        let last = pair.close; // exclusive
        if first >= last {
            continue;
        }
        let span = Span::new(tokens[first].span.start, tokens[last - 1].span.end);
        let kind = quote_kind(&ctx, &pair);
        let mut attribution = attribute(&ctx, &pair, kind);
        if attribution.is_none() && kind == QuoteKind::Direct && !has_cue(&ctx, &pair) {
            // Continuation: no cue of its own, and the previous quote ended at most one sentence
            // before this one starts.
            if let Some((prev_close, Some(speaker))) = &previous {
                let prev_sentence = sentence_of[(*prev_close).min(tokens.len() - 1)];
                if sentence_of[pair.open] <= prev_sentence + 1 {
                    let mut s = speaker.clone();
                    s.rule = "continuation";
                    attribution = Some((s, None));
                }
            }
        }
        let words = (first..last).filter(|&k| tokens[k].kind == TokenKind::Word).count();
        // One or two quoted words with nobody saying them are titles, nicknames or scare quotes.
        if kind == QuoteKind::Partial && words <= 2 && attribution.is_none() {
            continue;
        }
        let (speaker, cue) = match attribution {
            Some((s, c)) => (Some(s), c),
            None => (None, None),
        };
        previous = Some((pair.close, speaker.clone()));
        quotes.push(Quote { span, kind, speaker, cue });
    }
    quotes
}

/// Pairs quote marks within each paragraph.
fn pair_marks(text: &str, tokens: &[Token]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for i in 0..tokens.len() {
        if tokens[i].newlines_before > 0 {
            if let Some(o) = open.take() {
                out.push(Found { open: o, close: i });
            }
        }
        let t = tokens[i];
        let Some(m) = (if t.kind == TokenKind::Punct { mark(t.text(text)) } else { None }) else {
            continue;
        };
        let next_attached = tokens.get(i + 1).is_some_and(|n| !n.space_before && n.newlines_before == 0);
        let opens = match m {
            Mark::Open => true,
            Mark::Close => false,
            // Opening when a word follows it directly and a space or the line start precedes it.
            Mark::Either => open.is_none() && next_attached && (t.space_before || i == 0),
        };
        match (opens, open) {
            (true, None) => open = Some(i),
            // Nested opening marks of the same kind are not supported yet: keep the outer one.
            (true, Some(_)) => {}
            (false, Some(o)) => {
                out.push(Found { open: o, close: i });
                open = None;
            }
            (false, None) => {}
        }
    }
    if let Some(o) = open {
        out.push(Found { open: o, close: tokens.len() });
    }
    out
}

struct Context<'a> {
    text: &'a str,
    tokens: &'a [Token],
    sentences: &'a [Sentence],
    sentence_of: &'a [usize],
    mentions: &'a MentionIndex,
    entities: &'a [Entity],
}

impl Context<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map(|t| t.text(self.text)).unwrap_or("")
    }
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

    /// Mentions that start before `pos`, latest first.
    fn before(&self, pos: usize) -> impl Iterator<Item = &(Span, usize)> {
        let i = self.all.partition_point(|(s, _)| s.start < pos);
        self.all[..i].iter().rev()
    }
}

fn quote_kind(ctx: &Context, pair: &Found) -> QuoteKind {
    let sentence = &ctx.sentences[ctx.sentence_of[pair.open]];
    let start = sentence.tokens.start;
    if pair.open == start {
        return QuoteKind::Direct;
    }
    // Several sentences inside the marks make a statement of its own.
    let close = pair.close.min(ctx.tokens.len() - 1);
    if ctx.sentence_of[close] != ctx.sentence_of[pair.open] && pair.close < ctx.tokens.len() {
        return QuoteKind::Direct;
    }
    let prev = ctx.word(pair.open - 1);
    if prev == ":" {
        return QuoteKind::Direct;
    }
    // `X said, "…"` or `said X, "…"`: a cue verb among the few words before the comma.
    if prev == "," && (start..pair.open).rev().take(8).any(|k| is_cue(ctx.word(k))) {
        return QuoteKind::Direct;
    }
    // A dateline or a "- " dash before it still starts the statement.
    if matches!(prev, "-" | "--" | "\u{2013}" | "\u{2014}") {
        return QuoteKind::Direct;
    }
    QuoteKind::Partial
}

/// Whether the sentences around the quote hold any cue verb outside the quote: then a failed
/// attribution is a pattern we do not know, and continuation would be a guess.
fn has_cue(ctx: &Context, pair: &Found) -> bool {
    let first = &ctx.sentences[ctx.sentence_of[pair.open]];
    let last = &ctx.sentences[ctx.sentence_of[pair.close.min(ctx.tokens.len() - 1)]];
    (first.tokens.start..pair.open).chain(pair.close..last.tokens.end).any(|k| is_cue(ctx.word(k)))
}

type Attribution = (Speaker, Option<Span>);

fn attribute(ctx: &Context, pair: &Found, kind: QuoteKind) -> Option<Attribution> {
    after_quote(ctx, pair).or_else(|| before_quote(ctx, pair, kind)).or_else(|| according_to(ctx, pair))
}

/// `"…," X said` / `"…," said X` / `"…" X told reporters`.
fn after_quote(ctx: &Context, pair: &Found) -> Option<Attribution> {
    let mut i = pair.close + 1;
    if pair.close >= ctx.tokens.len() {
        return None;
    }
    if matches!(ctx.word(i), "," | "\u{2014}" | "-" | "--") {
        i += 1;
    }
    if i >= ctx.tokens.len() || ctx.tokens[i].newlines_before > 0 {
        return None;
    }
    if is_cue(ctx.word(i)) {
        let cue = ctx.tokens[i].span;
        let speaker = speaker_at(ctx, i + 1, pair.open, "cue after quote")?;
        return Some((speaker, Some(cue)));
    }
    // Speaker first: a name, pronoun or nominal, then the cue verb (adverbs like "later" may
    // sit between). A job description may precede the name: "union negotiator Pieter de Vries
    // told", "Transport Minister Lotte Bakker said".
    let (speaker, after) = (i..i + 4)
        .filter(|&k| k < ctx.tokens.len() && ctx.tokens[k].kind == TokenKind::Word)
        .take_while(|&k| k == i || ctx.tokens[k - 1].kind == TokenKind::Word)
        .find_map(|k| {
            let found = speaker_span_at(ctx, k)?;
            // Past the first word only a named mention will do.
            (k == i || ctx.mentions.starting_at(found.0.start).is_some()).then_some(found)
        })?;
    let mut c = after;
    while matches!(ctx.word(c), "also" | "later" | "then" | "again" | "has" | "had" | "have") {
        c += 1;
    }
    if !is_cue(ctx.word(c)) {
        return None;
    }
    let cue = ctx.tokens[c].span;
    Some((resolve(ctx, speaker, pair.open, "cue after quote"), Some(cue)))
}

/// `X said: "…"`, `X told reporters, "…"`, and the subject of a partial quote's cue verb.
fn before_quote(ctx: &Context, pair: &Found, kind: QuoteKind) -> Option<Attribution> {
    let sentence = &ctx.sentences[ctx.sentence_of[pair.open]];
    let start = sentence.tokens.start;
    // The nearest cue verb before the quote in its sentence; for a direct quote it must be close
    // (the introduction), for a partial one anywhere in the clause.
    let reach = if kind == QuoteKind::Direct { 6 } else { 40 };
    let c = (start..pair.open).rev().take(reach).find(|&k| is_cue(ctx.word(k)))?;
    let cue = ctx.tokens[c].span;
    let mut j = c;
    // Auxiliaries and adverbs between subject and verb: "has said", "had described", "also said".
    while j > start
        && matches!(
            ctx.word(j - 1),
            "also" | "later" | "then" | "again" | "has" | "had" | "have" | "previously" | "earlier" | "once"
        )
    {
        j -= 1;
    }
    // Appositive: "Elena Popescu, a hydrologist at the university, said" names the speaker
    // before the commas; "Its chief executive, Ingrid Vos, said" names them between.
    if j > start && ctx.word(j - 1) == "," {
        if let Some(k) = (start..j - 1).rev().find(|&k| ctx.word(k) == ",") {
            let between = Span::new(ctx.tokens[k + 1].span.start, ctx.tokens[j - 2].span.end);
            let named = ctx.mentions.starting_at(between.start).filter(|(s, _)| *s == between);
            if named.is_some() {
                let speaker = resolve(ctx, between, pair.open, "cue before quote");
                return Some((speaker, Some(cue)));
            }
            j = k;
        }
    }
    let speaker = speaker_span_ending(ctx, start, j)?;
    Some((resolve(ctx, speaker, pair.open, "cue before quote"), Some(cue)))
}

/// "according to X" in the quote's sentence.
fn according_to(ctx: &Context, pair: &Found) -> Option<Attribution> {
    let sentence = &ctx.sentences[ctx.sentence_of[pair.open.min(ctx.tokens.len() - 1)]];
    let k =
        sentence.tokens.clone().find(|&k| ctx.word(k).eq_ignore_ascii_case("according") && ctx.word(k + 1) == "to")?;
    let speaker = speaker_at(ctx, k + 2, pair.open, "according to")?;
    Some((speaker, Some(Span::new(ctx.tokens[k].span.start, ctx.tokens[k + 1].span.end))))
}

/// The speaker words starting at token `i`: a mention, a pronoun or a nominal phrase.
fn speaker_span_at(ctx: &Context, i: usize) -> Option<(Span, usize)> {
    let t = ctx.tokens.get(i)?;
    if let Some((span, _)) = ctx.mentions.starting_at(t.span.start) {
        let end = (i..ctx.tokens.len()).find(|&k| ctx.tokens[k].span.end >= span.end).map_or(i + 1, |k| k + 1);
        return Some((span, end));
    }
    let w = ctx.word(i).to_lowercase();
    if matches!(w.as_str(), "he" | "she" | "they" | "it") {
        return Some((t.span, i + 1));
    }
    // "the ministry", "a spokesman for the army", "officials": determiner + up to three words.
    let (mut k, det) = if matches!(w.as_str(), "the" | "a" | "an" | "its" | "his" | "her" | "their") {
        (i + 1, true)
    } else {
        (i, false)
    };
    let from = k;
    while k < ctx.tokens.len() && k < from + 3 && ctx.tokens[k].kind == TokenKind::Word && !is_cue(ctx.word(k)) {
        k += 1;
    }
    if k == from || (!det && k - from > 1) {
        return None;
    }
    Some((Span::new(t.span.start, ctx.tokens[k - 1].span.end), k))
}

/// The speaker words ending just before token `end` (exclusive), not before `start`.
fn speaker_span_ending(ctx: &Context, start: usize, end: usize) -> Option<Span> {
    if end == 0 || end <= start {
        return None;
    }
    let last = ctx.tokens[end - 1];
    if let Some((span, _)) = ctx.mentions.ending_at(last.span.end) {
        return Some(span);
    }
    let w = last.text(ctx.text).to_lowercase();
    if matches!(w.as_str(), "he" | "she" | "they" | "it") {
        return Some(last.span);
    }
    if last.kind != TokenKind::Word {
        return None;
    }
    // A nominal: up to three words back to a determiner, or one bare plural ("officials").
    let from = end.saturating_sub(4).max(start);
    if let Some(d) = (from..end - 1)
        .rev()
        .find(|&k| matches!(ctx.word(k).to_lowercase().as_str(), "the" | "a" | "an" | "its" | "his" | "her" | "their"))
    {
        if (d + 1..end).all(|k| ctx.tokens[k].kind == TokenKind::Word) {
            return Some(Span::new(ctx.tokens[d].span.start, last.span.end));
        }
    }
    if w.ends_with('s') && w.len() > 3 && w.chars().all(char::is_lowercase) {
        return Some(last.span);
    }
    None
}

fn speaker_at(ctx: &Context, i: usize, quote_open: usize, rule: &'static str) -> Option<Speaker> {
    let (span, _) = speaker_span_at(ctx, i)?;
    Some(resolve(ctx, span, quote_open, rule))
}

/// Turns speaker words into a speaker: a mention's entity, a pronoun's antecedent, a nominal's
/// organization, or the words themselves when nothing matches.
fn resolve(ctx: &Context, span: Span, quote_open: usize, rule: &'static str) -> Speaker {
    let words = span.text(ctx.text);
    let lower = words.to_lowercase();
    let quote_pos = ctx.tokens[quote_open.min(ctx.tokens.len() - 1)].span.start;
    let before = span.start.min(quote_pos);
    let entity = if let Some((_, id)) = ctx.mentions.starting_at(span.start).filter(|(s, _)| *s == span) {
        Some(id)
    } else {
        match lower.as_str() {
            "he" => last_person(ctx, before, Some(Gender::Male)),
            "she" => last_person(ctx, before, Some(Gender::Female)),
            "they" => last_of(ctx, before, &[EntityType::Group, EntityType::Org]),
            "it" => last_of(ctx, before, &[EntityType::Org]),
            _ => {
                let head = lower.rsplit(' ').next().unwrap_or("");
                if ORG_NOUNS.contains(&head) {
                    // "the commission": the last organization with that word in its name, else
                    // the last organization.
                    ctx.mentions
                        .before(before)
                        .map(|&(_, id)| &ctx.entities[id])
                        .find(|e| e.kind == EntityType::Org && e.name.to_lowercase().contains(head))
                        .map(|e| e.id)
                        .or_else(|| last_of(ctx, before, &[EntityType::Org]))
                } else {
                    None
                }
            }
        }
    };
    let name = match entity {
        Some(id) => ctx.entities[id].name.clone(),
        None => words.split_whitespace().collect::<Vec<_>>().join(" "),
    };
    Speaker { span, name, entity, rule }
}

/// The last person mentioned before `pos` whose gender (from the first name) is known to fit,
/// else the last one whose gender is unknown; a person known to have the other gender never
/// matches.
fn last_person(ctx: &Context, pos: usize, gender: Option<Gender>) -> Option<usize> {
    let mut unknown = None;
    for e in ctx.mentions.before(pos).map(|&(_, id)| &ctx.entities[id]) {
        if e.kind != EntityType::Person {
            continue;
        }
        let first = e.name.split(' ').next().unwrap_or("");
        match (gender, lexicon::first_name_gender(first)) {
            (Some(want), Some(have)) if want == have => return Some(e.id),
            (Some(_), Some(_)) => {}
            _ => {
                unknown.get_or_insert(e.id);
            }
        }
    }
    unknown
}

fn last_of(ctx: &Context, pos: usize, kinds: &[EntityType]) -> Option<usize> {
    ctx.mentions.before(pos).map(|&(_, id)| &ctx.entities[id]).find(|e| kinds.contains(&e.kind)).map(|e| e.id)
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Options};

    /// (quoted words, kind, speaker name or "-", cue or "-") for each quote.
    fn quotes(text: &str) -> Vec<(String, &'static str, String, String)> {
        let a = analyze(text, &Options::new());
        a.quotes
            .iter()
            .map(|q| {
                (
                    q.span.text(text).to_string(),
                    q.kind.label(),
                    q.speaker.as_ref().map_or("-".to_string(), |s| s.name.clone()),
                    q.cue.map_or("-".to_string(), |c| c.text(text).to_string()),
                )
            })
            .collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, $expected:expr) => {
            #[test]
            fn $name() {
                let expected: Vec<(String, &str, String, String)> = $expected
                    .iter()
                    .map(|(q, k, s, c): &(&str, &str, &str, &str)| (q.to_string(), *k, s.to_string(), c.to_string()))
                    .collect();
                assert_eq!(quotes($text), expected, "in {:?}", $text);
            }
        };
    }

    // CUE AFTER THE QUOTE
    t!(
        name_said,
        "\u{201C}We will rebuild,\u{201D} Elena Popescu said.",
        [("We will rebuild,", "direct", "Elena Popescu", "said")]
    );
    t!(
        said_name,
        "\"We will rebuild,\" said Elena Popescu, a hydrologist.",
        [("We will rebuild,", "direct", "Elena Popescu", "said")]
    );
    t!(told_reporters, "\"It is done,\" Berger told reporters.", [("It is done,", "direct", "Berger", "told")]);

    // CUE BEFORE THE QUOTE
    t!(
        colon_intro,
        "Katharina Berger said: \"The money is there.\"",
        [("The money is there.", "direct", "Katharina Berger", "said")]
    );
    t!(
        appositive,
        "Elena Popescu, a hydrologist at the University of Bucharest, said: \"Nobody asked us.\"",
        [("Nobody asked us.", "direct", "Elena Popescu", "said")]
    );
    t!(
        partial_with_subject,
        "Katharina Berger described the deal as \"a promise kept\" on the radio.",
        [("a promise kept", "partial", "Katharina Berger", "described")]
    );

    // PRONOUNS AND NOMINALS resolve to earlier names.
    t!(
        he_said,
        "Miklos Farkas arrived late. \"The river does not wait,\" he said.",
        [("The river does not wait,", "direct", "Miklos Farkas", "said")]
    );
    t!(
        she_skips_male,
        "Elena Popescu met Miklos Farkas. \"We disagree,\" she said.",
        [("We disagree,", "direct", "Elena Popescu", "said")]
    );
    t!(
        nominal_org,
        "The European Investment Bank approved the loan. \"It is sound,\" the bank said.",
        [("It is sound,", "direct", "European Investment Bank", "said")]
    );
    t!(
        according_to,
        "The work will take \"at least three summers,\" according to Katharina Berger.",
        [("at least three summers,", "partial", "Katharina Berger", "according to")]
    );

    // CONTINUATION, UNKNOWN SPEAKERS AND SCARE QUOTES
    t!(
        continuation,
        "\"We start now,\" Katharina Berger said.\n\"There is no other way.\"",
        [
            ("We start now,", "direct", "Katharina Berger", "said"),
            ("There is no other way.", "direct", "Katharina Berger", "-")
        ]
    );
    t!(no_evidence_unknown, "\"Nobody knows.\"", [("Nobody knows.", "direct", "-", "-")]);
    t!(scare_quote_dropped, "The so-called \"ceasefire\" held.", []);
    t!(unclosed_quote, "Berger said: \"We will see\n\nNext paragraph.", [("We will see", "direct", "Berger", "said")]);
    t!(apostrophes_are_not_quotes, "The rebels' view, '90s style, isn't new.", []);
    t!(stray_closing_mark, "It rained\u{201D} all day.", []);
}
