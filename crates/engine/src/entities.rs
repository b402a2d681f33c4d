//! Entity mentions: names of people, organizations, places, groups and other things, plus
//! amounts of money and percentages.
//!
//! This first recognizer is rule-based. Names are runs of capitalized words ("chunks"), joined
//! across "of"/"for the" inside organization names and across particles inside person names
//! ("Charles de Gaulle"). Each chunk is typed from, in order of trust: the word lists in
//! [`crate::lexicon`] (known organizations, countries, places, nationality words), the shape of
//! the name (a title before it, an organization or place word at its end, a known first name at
//! its start), then the words around it ("in X", "X said"), and finally the rest of the
//! document (a surname seen before in a full name keeps that name's type). Money and percentages
//! come from number patterns. A trained sequence model replaces the name part in a later issue;
//! it only has to produce the same [`Mention`] list.

use std::collections::{HashMap, HashSet};

use crate::lexicon::{self, contains};
use crate::sentence::Sentence;
use crate::token::{Token, TokenKind};
use crate::{EntityType, Span, Timex};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mention {
    pub span: Span,
    pub kind: EntityType,
}

/// How sure the typing of a chunk is: document-level consistency lets strong evidence for a
/// name override weak guesses made for the same name elsewhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Evidence {
    /// No evidence at all: typed by the document pass or dropped.
    None,
    /// Context or shape guesses ("X said", two unknown capitalized words).
    Weak,
    /// Word lists or unambiguous name parts (a title, "Ministry", a first name).
    Strong,
}

struct Candidate {
    span: Span,
    kind: Option<EntityType>,
    evidence: Evidence,
    /// The chunk starts a sentence or clause, so its capital letter says little.
    clause_initial: bool,
    /// Number of words in the name.
    words: usize,
}

/// Titles that name an office by themselves; the rest of PERSON_TITLES ("Foreign", "Deputy")
/// only modify one, so "Foreign Ministry" is not "a title followed by the name Ministry".
fn is_core_title(word: &str) -> bool {
    contains(lexicon::PERSON_TITLES, word)
        && !matches!(
            word,
            "Foreign"
                | "Defence"
                | "Defense"
                | "Interior"
                | "Finance"
                | "State"
                | "Vice"
                | "Deputy"
                | "Prime"
                | "Crown"
                | "Chief"
        )
}

/// Last words that make a multi-word name a place ("Danube River", "Golan Heights").
const PLACE_SUFFIXES: &[&str] = &[
    "Airport",
    "Bay",
    "Canyon",
    "City",
    "Coast",
    "County",
    "Desert",
    "District",
    "Gulf",
    "Heights",
    "Hills",
    "Island",
    "Islands",
    "Lake",
    "Mountain",
    "Mountains",
    "Ocean",
    "Peninsula",
    "Province",
    "Region",
    "River",
    "Sea",
    "Square",
    "Strait",
    "Street",
    "Valley",
];

/// First words of place names followed by "of" ("Gulf of Aden", "Republic of Korea").
const PLACE_HEADS: &[&str] = &["Bay", "Cape", "Gulf", "Isle", "Kingdom", "Port", "Republic", "Sea", "Strait"];

/// Last words that make a multi-word name an event, a work or a document (MISC).
const MISC_SUFFIXES: &[&str] = &[
    "Accord",
    "Accords",
    "Act",
    "Agreement",
    "Award",
    "Awards",
    "Championship",
    "Championships",
    "Conference",
    "Convention",
    "Cup",
    "Festival",
    "Games",
    "Olympics",
    "Prize",
    "Protocol",
    "Summit",
    "Treaty",
    "War",
];

/// Lower-case particles inside person names ("Charles de Gaulle", "Ursula von der Leyen").
const NAME_PARTICLES: &[&str] = &[
    "abu", "al", "bin", "bint", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "el", "ibn", "la", "le",
    "van", "von",
];

/// Verbs that, right after a name, mark it as a person or an organization speaking.
const SPEECH_VERBS: &[&str] = &[
    "added",
    "announced",
    "argued",
    "asked",
    "claimed",
    "declared",
    "explained",
    "insisted",
    "noted",
    "replied",
    "said",
    "says",
    "stated",
    "told",
    "tweeted",
    "warned",
    "wrote",
];

/// Prepositions after which an unknown single name is most often a place.
const PLACE_PREPOSITIONS: &[&str] = &[
    "across", "around", "entered", "from", "in", "inside", "into", "near", "outside", "reached", "through", "toward",
    "towards", "visited",
];

/// Month and weekday names: never a name on their own (the time step claims them when they are
/// dates; "May" the verb or the surname needs more than one capital letter to be a name).
const CALENDAR_WORDS: &[&str] = &[
    "Apr",
    "April",
    "Aug",
    "August",
    "Dec",
    "December",
    "Feb",
    "February",
    "Fri",
    "Friday",
    "Jan",
    "January",
    "Jul",
    "July",
    "Jun",
    "June",
    "Mar",
    "March",
    "May",
    "Mon",
    "Monday",
    "Nov",
    "November",
    "Oct",
    "October",
    "Sat",
    "Saturday",
    "Sep",
    "Sept",
    "September",
    "Sun",
    "Sunday",
    "Thu",
    "Thur",
    "Thurs",
    "Thursday",
    "Tue",
    "Tues",
    "Tuesday",
    "Wed",
    "Wednesday",
];

/// Lower-case nouns that, right before or after an unknown name, make it an organization
/// ("the FNV union", "port operator Maasvlakte Terminals").
const ORG_CONTEXT_NOUNS: &[&str] = &[
    "agency",
    "airline",
    "bank",
    "broadcaster",
    "carrier",
    "charity",
    "club",
    "company",
    "conglomerate",
    "firm",
    "group",
    "insurer",
    "lender",
    "manufacturer",
    "militia",
    "movement",
    "newspaper",
    "operator",
    "organisation",
    "organization",
    "party",
    "publisher",
    "retailer",
    "startup",
    "union",
];

const CURRENCY_WORDS: &[&str] = &[
    "cents", "dinar", "dinars", "dirhams", "dollar", "dollars", "euro", "euros", "francs", "lira", "liras", "naira",
    "pence", "peso", "pesos", "pounds", "rand", "real", "reals", "riyal", "riyals", "roubles", "rubles", "rupee",
    "rupees", "shekels", "yen", "yuan",
];
const CURRENCY_CODES: &[&str] = &["AUD", "CAD", "CHF", "CNY", "EUR", "GBP", "INR", "JPY", "RUB", "USD"];
const CURRENCY_SYMBOLS: &[&str] = &["$", "£", "¥", "₹", "€"];
const SCALE_WORDS: &[&str] = &["billion", "bln", "bn", "k", "m", "million", "mln", "thousand", "trillion"];
const NUMBER_WORDS: &[&str] = &[
    "eight",
    "eighteen",
    "eighty",
    "eleven",
    "fifteen",
    "fifty",
    "five",
    "forty",
    "four",
    "fourteen",
    "half",
    "hundred",
    "nine",
    "nineteen",
    "ninety",
    "one",
    "seven",
    "seventeen",
    "seventy",
    "six",
    "sixteen",
    "sixty",
    "ten",
    "thirteen",
    "thirty",
    "three",
    "twelve",
    "twenty",
    "two",
];

/// Finds entity mentions, sorted by position and never overlapping each other or a time
/// expression.
pub(crate) fn find(text: &str, tokens: &[Token], sentences: &[Sentence], timexes: &[Timex]) -> Vec<Mention> {
    let blocked = tokens_in_timexes(tokens, timexes);
    let mut taken = vec![false; tokens.len()];
    let mut mentions = amounts(text, tokens, &blocked, &mut taken);

    let doc = DocumentWords::new(text, tokens);
    let mut candidates = Vec::new();
    for sentence in sentences {
        let headline = sentence.starts_paragraph && is_headline(text, &tokens[sentence.tokens.clone()]);
        let mut i = sentence.tokens.start;
        while i < sentence.tokens.end {
            if taken[i] || blocked[i] || !is_name_word(text, tokens, i) {
                i += 1;
                continue;
            }
            let end = chunk_end(text, tokens, i, sentence.tokens.end, &blocked, &taken);
            if headline {
                headline_names(text, tokens, i, end, &mut candidates);
            } else {
                classify_chunk(text, tokens, sentence, i, end, &mut candidates);
            }
            i = end;
        }
    }
    resolve_by_document(text, &doc, &mut candidates);
    mentions.extend(candidates.into_iter().filter_map(|c| c.kind.map(|kind| Mention { span: c.span, kind })));
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    mentions.dedup_by(|b, a| a.span.overlaps(b.span));
    mentions
}

/// Marks tokens that overlap a time expression ("Thursday", "May" in "in May").
fn tokens_in_timexes(tokens: &[Token], timexes: &[Timex]) -> Vec<bool> {
    let mut spans: Vec<Span> = timexes.iter().map(|t| t.span).collect();
    spans.sort();
    let mut blocked = vec![false; tokens.len()];
    let mut j = 0;
    for (i, t) in tokens.iter().enumerate() {
        while j < spans.len() && spans[j].end <= t.span.start {
            j += 1;
        }
        blocked[i] = spans[j..].iter().take_while(|s| s.start < t.span.end).any(|s| s.overlaps(t.span));
    }
    blocked
}

/// Words seen in the document, for telling names from capitalized ordinary words.
struct DocumentWords<'a> {
    /// Words that appear starting with a lower-case letter somewhere ("ministers").
    lowercase: HashSet<&'a str>,
}

impl<'a> DocumentWords<'a> {
    fn new(text: &'a str, tokens: &[Token]) -> DocumentWords<'a> {
        let lowercase = tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.text(text))
            .filter(|w| w.starts_with(char::is_lowercase))
            .collect();
        DocumentWords { lowercase }
    }

    fn appears_lowercase(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.lowercase.contains(lower.as_str())
    }
}

/// True when token `i` starts a clause where any word is capitalized: after an opening quote
/// mark, a colon, a dash or a line break.
fn is_clause_start(text: &str, tokens: &[Token], i: usize) -> bool {
    if i == 0 || tokens[i].newlines_before > 0 {
        return true;
    }
    matches!(
        tokens[i - 1].text(text),
        "\"" | "\u{201C}" | "\u{2018}" | "'" | ":" | "-" | "--" | "\u{2013}" | "\u{2014}" | "(" | "\u{00AB}"
    )
}

fn is_name_word(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = tokens[i];
    if t.kind != TokenKind::Word {
        return false;
    }
    let w = t.text(text);
    if w.starts_with(char::is_uppercase) {
        return true;
    }
    // "al-Assad", "ez-Zor": a short lower-case particle joined to a capitalized name.
    if let Some((prefix, rest)) = w.split_once('-') {
        return prefix.len() <= 3 && rest.starts_with(char::is_uppercase);
    }
    false
}

/// Whether the title word at `i` takes a period ("Mr.", "Gen.") that stays inside the chunk.
fn abbreviation_period(text: &str, tokens: &[Token], i: usize) -> bool {
    let w = tokens[i].text(text);
    let single_initial = w.chars().count() == 1 && w.starts_with(char::is_uppercase);
    single_initial || (contains(lexicon::PERSON_TITLES, w) && w.len() <= 5)
}

/// End (exclusive token index) of the name chunk starting at `start`.
fn chunk_end(text: &str, tokens: &[Token], start: usize, limit: usize, blocked: &[bool], taken: &[bool]) -> usize {
    let ok = |k: usize| k < limit && !blocked[k] && !taken[k] && is_name_word(text, tokens, k);
    let mut end = start + 1;
    loop {
        let j = end;
        if j >= limit {
            break;
        }
        let t = tokens[j];
        let word = t.text(text);
        // "Mr. Kerry", "John F. Kennedy".
        if word == "." && !t.space_before && abbreviation_period(text, tokens, j - 1) && ok(j + 1) {
            end = j + 2;
            continue;
        }
        if tokens[j].newlines_before > 0 {
            break;
        }
        if ok(j) {
            end = j + 1;
            continue;
        }
        // "AT & T", "Johnson & Johnson".
        if word == "&" && ok(j + 1) {
            end = j + 2;
            continue;
        }
        // Lower-case joiners: at most three ("of the", "von der").
        let mut k = j;
        while k < limit
            && k < j + 3
            && tokens[k].kind == TokenKind::Word
            && tokens[k].text(text).starts_with(char::is_lowercase)
        {
            k += 1;
        }
        if k > j && ok(k) && joiners_allowed(text, tokens, start, end, j, k) {
            end = k + 1;
            continue;
        }
        break;
    }
    end
}

/// Whether the lower-case words `j..k` may join the chunk `start..end` to the name at `k`.
fn joiners_allowed(text: &str, tokens: &[Token], start: usize, end: usize, j: usize, k: usize) -> bool {
    let joiners: Vec<&str> = (j..k).map(|x| tokens[x].text(text)).collect();
    let chunk_words: Vec<&str> = (start..end).map(|x| tokens[x].text(text)).collect();
    if joiners.iter().all(|w| contains(NAME_PARTICLES, w)) {
        // Person-name particles: only inside a short name.
        return chunk_words.len() <= 2;
    }
    let org_like = chunk_words
        .iter()
        .any(|w| contains(lexicon::ORG_SUFFIXES, w) || contains(lexicon::ORG_HEADS, w) || contains(PLACE_HEADS, w));
    let title_like = chunk_words.last().is_some_and(|w| is_core_title(w));
    match joiners.as_slice() {
        ["of"] | ["of", "the"] | ["for"] | ["for", "the"] | ["on"] | ["on", "the"] => org_like || title_like,
        // "Bosnia and Herzegovina": only when the whole is a known country.
        ["and"] => {
            let phrase = format!("{} and {}", chunk_words.join(" "), tokens[k].text(text));
            contains(lexicon::COUNTRIES, &phrase) || contains(lexicon::KNOWN_ORGS, &phrase)
        }
        _ => false,
    }
}

/// A headline in title case ("Danube Flood Talks End") capitalizes every word, so only names
/// found in the word lists are trusted there.
fn is_headline(text: &str, tokens: &[Token]) -> bool {
    // Headlines carry no final period; a sentence that has one is prose, however capitalized.
    if tokens.last().is_some_and(|t| t.kind == TokenKind::Punct && matches!(t.text(text), "." | "!" | "?")) {
        return false;
    }
    let words: Vec<&str> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.text(text))
        .filter(|w| w.chars().count() > 3)
        .collect();
    words.len() >= 4 && words.iter().filter(|w| w.starts_with(char::is_uppercase)).count() * 10 >= words.len() * 8
}

/// Longest known names inside a headline chunk.
fn headline_names(text: &str, tokens: &[Token], start: usize, end: usize, out: &mut Vec<Candidate>) {
    let mut i = start;
    while i < end {
        let mut found = None;
        for j in (i + 1..=end.min(i + 5)).rev() {
            let span = Span::new(tokens[i].span.start, tokens[j - 1].span.end);
            if let Some(kind) = lookup(&normalize(span.text(text))) {
                found = Some((j, span, kind));
                break;
            }
        }
        match found {
            Some((j, span, kind)) => {
                out.push(Candidate {
                    span,
                    kind: Some(kind),
                    evidence: Evidence::Strong,
                    clause_initial: true,
                    words: j - i,
                });
                i = j;
            }
            None => i += 1,
        }
    }
}

/// Collapses runs of whitespace so that "John\n Kerry" looks up as "John Kerry".
fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (n, part) in s.split_whitespace().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

/// The type the word lists give a whole name, if any.
fn lookup(name: &str) -> Option<EntityType> {
    let direct = |n: &str| {
        if contains(lexicon::KNOWN_ORGS, n) {
            Some(EntityType::Org)
        } else if contains(lexicon::COUNTRIES, n) || contains(lexicon::PLACES, n) {
            Some(EntityType::Loc)
        } else if contains(lexicon::GROUPS, n) {
            Some(EntityType::Group)
        } else {
            None
        }
    };
    direct(name).or_else(|| {
        let all_caps = name.chars().any(char::is_alphabetic) && !name.chars().any(char::is_lowercase);
        // Acronyms stay as they are ("NATO" is in the list as such); only longer all-caps words
        // are tried in title case, so "US" never becomes "Us".
        if all_caps && name.chars().filter(|c| c.is_alphabetic()).count() > 4 {
            direct(&crate::alias::title_case(name))
        } else {
            None
        }
    })
}

fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters) && word.chars().all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
}

/// Types one chunk of capitalized words, splitting off a title and a leading nationality word.
fn classify_chunk(
    text: &str,
    tokens: &[Token],
    sentence: &Sentence,
    start: usize,
    end: usize,
    out: &mut Vec<Candidate>,
) {
    let mut start = start;
    // Drop capitalized function words that begin the chunk ("The ICPDR", "But Kerry").
    while start < end && tokens[start].kind == TokenKind::Word {
        let w = tokens[start].text(text);
        let lower = w.to_lowercase();
        let clause_initial = start == sentence.tokens.start || is_clause_start(text, tokens, start);
        // All-capital words are acronyms ("WHO", "IT"), not the function words they spell.
        let acronym = w.chars().count() > 1 && !w.chars().any(char::is_lowercase);
        if !acronym && contains(lexicon::NOT_NAMES, &lower) && (clause_initial || lower != "the") {
            start += 1;
        } else {
            break;
        }
    }
    // Skip a dangling period or lower-case joiner left at the front.
    while start < end && !is_name_word(text, tokens, start) {
        start += 1;
    }
    if start >= end {
        return;
    }
    let words: Vec<usize> = (start..end).filter(|&k| tokens[k].kind == TokenKind::Word).collect();

    // A known name as a whole wins over everything else.
    let whole = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
    let clause_initial = start == sentence.tokens.start || is_clause_start(text, tokens, start);
    if let Some(kind) = lookup(&normalize(whole.text(text))) {
        out.push(Candidate {
            span: whole,
            kind: Some(kind),
            evidence: Evidence::Strong,
            clause_initial,
            words: words.len(),
        });
        return;
    }

    // Title split: "Austrian Environment Minister Katharina Berger" → GROUP "Austrian", PERSON
    // "Katharina Berger"; "Mr. Kerry" → PERSON "Kerry".
    if let Some(t) = words.iter().rposition(|&k| is_core_title(tokens[k].text(text))) {
        let after: Vec<usize> = words[t + 1..].to_vec();
        let after_is_name = !after.is_empty()
            && !after.iter().any(|&k| contains(lexicon::PERSON_TITLES, tokens[k].text(text)))
            && !contains(lexicon::ORG_SUFFIXES, tokens[*after.last().unwrap()].text(text));
        let title_start =
            words[..=t].iter().position(|&k| contains(lexicon::PERSON_TITLES, tokens[k].text(text))).unwrap_or(t);
        if after_is_name || after.is_empty() {
            // Whatever precedes the title words may name a country or a group ("U.S.", "Russian").
            if title_start > 0 {
                let pre_end = words[title_start - 1];
                classify_chunk(text, tokens, sentence, start, pre_end + 1, out);
            }
            if after_is_name {
                let span = Span::new(tokens[after[0]].span.start, tokens[*after.last().unwrap()].span.end);
                out.push(Candidate {
                    span,
                    kind: Some(EntityType::Person),
                    evidence: Evidence::Strong,
                    clause_initial: false,
                    words: after.len(),
                });
            }
            return;
        }
    }

    let first = tokens[words[0]].text(text);
    let last = tokens[*words.last().unwrap()].text(text);
    let n = words.len();
    // "Syrian Observatory" is an organization, but "Russian Sergei Lavrov" is two names: split a
    // leading nationality word when what follows stands as a name of its own.
    if n >= 2
        && contains(lexicon::GROUPS, first)
        && !contains(lexicon::ORG_SUFFIXES, last)
        && !contains(PLACE_SUFFIXES, last)
    {
        out.push(Candidate {
            span: tokens[words[0]].span,
            kind: Some(EntityType::Group),
            evidence: Evidence::Strong,
            clause_initial,
            words: 1,
        });
        classify_chunk(text, tokens, sentence, words[1], end, out);
        return;
    }

    // In "International Commission for the Protection of the Danube River" the part before the
    // first joiner says what the whole is.
    let head_end = (start..end)
        .find(|&k| tokens[k].kind == TokenKind::Word && tokens[k].text(text).starts_with(char::is_lowercase))
        .unwrap_or(end);
    let head_last = (start..head_end)
        .rev()
        .find(|&k| tokens[k].kind == TokenKind::Word)
        .map(|k| tokens[k].text(text))
        .unwrap_or(last);
    let (kind, evidence) = if n >= 2
        && (contains(lexicon::ORG_SUFFIXES, last)
            || contains(lexicon::ORG_SUFFIXES, head_last)
            || contains(lexicon::ORG_HEADS, first))
    {
        (Some(EntityType::Org), Evidence::Strong)
    } else if n >= 2 && (contains(PLACE_SUFFIXES, last) || contains(PLACE_HEADS, first)) {
        (Some(EntityType::Loc), Evidence::Strong)
    } else if n >= 2 && contains(MISC_SUFFIXES, last) {
        (Some(EntityType::Misc), Evidence::Strong)
    } else if n >= 2 && lexicon::is_first_name(first) {
        (Some(EntityType::Person), Evidence::Strong)
    } else if (start..end).any(|k| tokens[k].text(text) == "&") {
        (Some(EntityType::Org), Evidence::Strong)
    } else if n == 1 && is_acronym(first) {
        (Some(EntityType::Org), Evidence::Weak)
    } else {
        context_type(text, tokens, start, end, n, clause_initial)
    };
    out.push(Candidate { span: whole, kind, evidence, clause_initial, words: n });
}

/// Types a name with no evidence of its own from the words around it.
fn context_type(
    text: &str,
    tokens: &[Token],
    start: usize,
    end: usize,
    n: usize,
    clause_initial: bool,
) -> (Option<EntityType>, Evidence) {
    let prev = start.checked_sub(1).map(|k| tokens[k].text(text).to_lowercase());
    let next = tokens.get(end).map(|t| t.text(text));
    let next2 = tokens.get(end + 1).map(|t| t.text(text));
    // A lone capitalized word opening a sentence before such a noun is more likely a modifier
    // ("Port operator X") than a name.
    let lone_initial = n == 1 && clause_initial;
    if !lone_initial && next.is_some_and(|w| contains(ORG_CONTEXT_NOUNS, w))
        || prev.as_deref().is_some_and(|w| contains(ORG_CONTEXT_NOUNS, w))
    {
        return (Some(EntityType::Org), Evidence::Weak);
    }
    // "X, which employs…": people take "who".
    if next == Some(",") && next2 == Some("which") {
        return (Some(EntityType::Org), Evidence::Weak);
    }
    if next.is_some_and(|w| contains(SPEECH_VERBS, w)) {
        return (Some(EntityType::Person), Evidence::Weak);
    }
    // Appositive: "Elena Popescu, a hydrologist".
    if next == Some(",") && next2.is_some_and(|w| matches!(w, "a" | "an" | "the" | "who" | "whose")) {
        return (Some(EntityType::Person), Evidence::Weak);
    }
    if n == 1 && prev.as_deref().is_some_and(|p| contains(PLACE_PREPOSITIONS, p)) {
        return (Some(EntityType::Loc), Evidence::Weak);
    }
    if n >= 2 {
        // Two or three unknown capitalized words are most often a person's name in news.
        return (Some(EntityType::Person), Evidence::Weak);
    }
    (None, Evidence::None)
}

/// Document-level pass: the same name gets the same type across the article, a surname takes
/// the type of the full name it belongs to, and capitalized sentence-initial words with no
/// evidence are dropped when the article also uses them in lower case.
fn resolve_by_document(text: &str, doc: &DocumentWords, candidates: &mut [Candidate]) {
    let mut best: HashMap<String, (Evidence, EntityType)> = HashMap::new();
    let mut person_parts: HashSet<String> = HashSet::new();
    // Names written capitalized where a capital says something (not at a clause start).
    let mut inside: HashSet<String> = HashSet::new();
    for c in candidates.iter() {
        let key = normalize(c.span.text(text));
        if !c.clause_initial {
            inside.insert(key.clone());
        }
        if let Some(kind) = c.kind {
            let entry = best.entry(key.clone()).or_insert((c.evidence, kind));
            if c.evidence > entry.0 {
                *entry = (c.evidence, kind);
            }
        }
        if c.kind == Some(EntityType::Person) && c.words >= 2 {
            for part in key.split(' ') {
                person_parts.insert(part.to_string());
            }
        }
    }
    for c in candidates.iter_mut() {
        let key = normalize(c.span.text(text));
        if c.evidence < Evidence::Strong {
            if let Some(&(evidence, kind)) = best.get(&key) {
                if evidence > c.evidence {
                    c.kind = Some(kind);
                    c.evidence = evidence;
                }
            }
        }
        if c.words == 1 && c.evidence < Evidence::Strong && person_parts.contains(&key) {
            c.kind = Some(EntityType::Person);
            c.evidence = Evidence::Strong;
        }
        if c.words == 1 && c.evidence < Evidence::Strong && contains(CALENDAR_WORDS, &key) {
            c.kind = None;
            continue;
        }
        if c.kind.is_none() {
            // A lone capitalized word with no evidence: a name when the article also writes it
            // capitalized inside sentences; an ordinary word ("Ministers", "Officials") when it
            // only ever appears capitalized at a sentence start or also in lower case.
            if !doc.appears_lowercase(&key) && (!c.clause_initial || inside.contains(&key)) {
                c.kind = Some(EntityType::Misc);
            }
        }
    }
}

/// Money and percentages: "$180 million", "240 million euros", "EUR 5", "35 percent", "3.5%".
fn amounts(text: &str, tokens: &[Token], blocked: &[bool], taken: &mut [bool]) -> Vec<Mention> {
    let mut out = Vec::new();
    let word = |k: usize| tokens.get(k).map(|t| t.text(text)).unwrap_or("");
    let is_number = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Number && t.text(text).bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
                || t.kind == TokenKind::Word && contains(NUMBER_WORDS, &t.text(text).to_lowercase())
        })
    };
    let mut i = 0;
    while i < tokens.len() {
        if blocked[i] {
            i += 1;
            continue;
        }
        let w = word(i);
        let mut found: Option<(usize, usize, EntityType)> = None;
        // Currency before the number: "$180 million", "US$ 5", "EUR 240".
        let symbol_len = if CURRENCY_SYMBOLS.contains(&w) || contains(CURRENCY_CODES, w) {
            1
        } else if matches!(w, "US" | "A" | "C" | "HK" | "NZ" | "S") && word(i + 1) == "$" && !tokens[i + 1].space_before
        {
            2
        } else {
            0
        };
        if symbol_len > 0 && is_number(i + symbol_len) {
            let mut end = i + symbol_len + 1;
            while contains(SCALE_WORDS, &word(end).to_lowercase()) || is_number(end) && word(end - 1) == "-" {
                end += 1;
            }
            found = Some((i, end, EntityType::Money));
        } else if is_number(i) {
            let mut end = i + 1;
            // "one hundred", "two and a half": several number words in a row.
            while is_number(end) && tokens[end].kind == TokenKind::Word {
                end += 1;
            }
            while contains(SCALE_WORDS, &word(end).to_lowercase()) {
                end += 1;
            }
            let unit = word(end).to_lowercase();
            if contains(CURRENCY_WORDS, &unit) || contains(CURRENCY_CODES, word(end)) {
                found = Some((i, end + 1, EntityType::Money));
            } else if word(end) == "%" || unit == "percent" || unit == "pct" {
                found = Some((i, end + 1, EntityType::Percent));
            } else if unit == "per" && word(end + 1) == "cent" {
                found = Some((i, end + 2, EntityType::Percent));
            }
            // Number words alone are not amounts: "two days" stays out of here.
            if found.is_some()
                && tokens[i].kind == TokenKind::Word
                && end == i + 1
                && word(end) != "%"
                && unit != "percent"
                && unit != "per"
            {
                found = found.filter(|_| contains(CURRENCY_WORDS, &unit));
            }
        }
        match found {
            Some((s, e, kind)) if (s..e).all(|k| !blocked[k]) => {
                out.push(Mention { span: Span::new(tokens[s].span.start, tokens[e - 1].span.end), kind });
                for t in &mut taken[s..e] {
                    *t = true;
                }
                i = e;
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{sentence, token};

    fn mentions(text: &str) -> Vec<(String, &'static str)> {
        let tokens = token::tokenize(text);
        let sentences = sentence::split(text, &tokens);
        find(text, &tokens, &sentences, &[])
            .into_iter()
            .map(|m| (m.span.text(text).to_string(), m.kind.label()))
            .collect()
    }

    macro_rules! t {
        ($name:ident, $input:expr, $expected:expr) => {
            #[test]
            fn $name() {
                let expected: Vec<(String, &str)> =
                    $expected.iter().map(|(a, b): &(&str, &str)| (a.to_string(), *b)).collect();
                assert_eq!(mentions($input), expected, "in {:?}", $input);
            }
        };
    }

    // WORD LISTS: known countries, places, organizations and nationality words.
    t!(country, "Talks resumed in Hungary on Monday.", [("Hungary", "LOC")]);
    t!(city_and_country, "Flights from Vienna to Serbia were cut.", [("Vienna", "LOC"), ("Serbia", "LOC")]);
    t!(known_org, "Officials at NATO declined to comment.", [("NATO", "ORG")]);
    t!(nationality, "The Austrian delegation left early.", [("Austrian", "GROUP")]);
    t!(dateline_caps, "VIENNA - The talks ended.", [("VIENNA", "LOC")]);

    // NAME SHAPES: titles, organization and place words, first names.
    t!(title_person, "Environment Minister Katharina Berger spoke first.", [("Katharina Berger", "PERSON")]);
    t!(
        title_with_nationality,
        "Austrian Environment Minister Katharina Berger spoke.",
        [("Austrian", "GROUP"), ("Katharina Berger", "PERSON")]
    );
    t!(mr_title, "The plan came from Mr. Lindqvist yesterday.", [("Lindqvist", "PERSON")]);
    t!(org_suffix, "The European Investment Bank will lend the money.", [("European Investment Bank", "ORG")]);
    t!(org_with_of, "She teaches at the University of Bucharest now.", [("University of Bucharest", "ORG")]);
    t!(
        long_org_name,
        "A statement from the International Commission for the Protection of the Danube River followed.",
        [("International Commission for the Protection of the Danube River", "ORG")]
    );
    t!(place_suffix, "Boats sank on the Orlov River last week.", [("Orlov River", "LOC")]);
    t!(first_name_person, "Elena Popescu disagreed.", [("Elena Popescu", "PERSON")]);
    t!(particle_name, "A speech by Charles de Gaulle was replayed.", [("Charles de Gaulle", "PERSON")]);
    t!(possessive_split_from_name, "Hungary's minister spoke.", [("Hungary", "LOC")]);

    // CONTEXT AND DOCUMENT: unknown names typed from their surroundings and from the article.
    t!(
        surname_after_full_name,
        "Tomas Wendt arrived late. Later Wendt apologized.",
        [("Tomas Wendt", "PERSON"), ("Wendt", "PERSON")]
    );
    t!(speaker_cue, "The decision is final, Okonkwo said.", [("Okonkwo", "PERSON")]);
    t!(place_preposition, "The convoy reached Qaryatain at dawn.", [("Qaryatain", "LOC")]);
    t!(sentence_initial_word_dropped, "Ministers met. The ministers agreed.", []);
    t!(acronym, "The ICPDR said it would act.", [("ICPDR", "ORG")]);

    // AMOUNTS: money and percentages.
    t!(dollars, "Damage reached $180 million last year.", [("$180 million", "MONEY")]);
    t!(euros_after, "The bank will lend 240 million euros.", [("240 million euros", "MONEY")]);
    t!(percent_word, "They cover 35 percent of the cost.", [("35 percent", "PERCENT")]);
    t!(percent_sign, "Prices rose 3.5% in a year.", [("3.5%", "PERCENT")]);
    t!(per_cent, "Turnout was 61 per cent.", [("61 per cent", "PERCENT")]);
    t!(number_alone_is_not_money, "Some 12,000 people fled.", []);

    // ROBUSTNESS: nothing to find, odd input.
    t!(empty, "", []);
    t!(lowercase_only, "nothing here is a name.", []);
    t!(emoji_and_rtl, "👍 قال الوزير 🇸🇾", []);
}
