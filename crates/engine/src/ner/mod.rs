//! The trained name recognizer: PER, ORG, LOC and MISC spans over tokens.
//!
//! # Why this model
//!
//! A first-order linear-chain model over hashed sparse features, trained as an averaged
//! structured perceptron (Collins 2002) and decoded with Viterbi over BIO labels. It is the
//! feature-based family that reaches the published CoNLL-2003 range without word embeddings
//! (Ratinov & Roth 2009), and it fits the budgets:
//! - **Valid output by construction.** Viterbi forbids `I-X` after anything but `B-X`/`I-X` and at
//!   a sentence start, so every span is well formed.
//! - **Fast.** Scoring a token is ~40 table reads of 18 bytes (both passes' weights at once,
//!   see [`Tagger`]) plus an 81-cell Viterbi step per pass: no floating-point matrix work, no
//!   per-token allocation (features are 64-bit hashes of the word's bytes, computed in place).
//! - **Small.** Features are hashed into a fixed table of 2^bits rows of 9 `i8` weights with one
//!   scale; the table is mostly zeros, stored as sparse rows ([`packed`]) and deflated.
//! - **Deterministic.** Training shuffles with a seeded generator; there is no other randomness.
//!
//! A neural tagger would need embeddings (megabytes) and matrix products per token; the
//! perceptron keeps the page light (333 KB for both passes, packed and deflated) and tags about two
//! million tokens per second natively on a quiet core.
//!
//! # Features
//!
//! Grouped so the trainer can measure what each group buys ([`Groups`]): the word and its
//! neighbours; shape and affixes; word clusters (hierarchical k-means paths, used as Ratinov &
//! Roth use Brown clusters); word-list hits from [`crate::lexicon`]; hits in the gazetteers
//! generated from registry packages (`tools/gazetteers/`), single words and phrases; and
//! document features (the same word elsewhere in the article, written in lower case or
//! capitalized mid-sentence). A second pass adds the first pass's labels for the same word
//! elsewhere in the document. What each group buys on CoNLL dev: README.md, "Named entities".
//!
//! The model file is trained by `crates/train` (see README.md, "Named entities") and embedded
//! with `include_bytes!`, deflated, and decoded once on first use.

pub mod conll;
pub mod packed;

use std::ops::Range;
use std::sync::OnceLock;

use crate::lexicon;

/// Number of labels: `O` and B/I for each of the four types.
pub const N_LABELS: usize = 9;

/// Labels by index: 0 is `O`; `1 + 2t` is `B-` and `2 + 2t` is `I-` of type `t` in [`TYPES`].
pub const LABELS: [&str; N_LABELS] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

/// The four CoNLL types, in label order.
pub const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

/// The label index of an IOB2 tag (`B-PER`), or `None` for an unknown tag.
pub fn label_index(tag: &str) -> Option<u8> {
    LABELS.iter().position(|&l| l == tag).map(|i| i as u8)
}

/// Whether label `cur` may follow `prev` (`None` at a sentence start): `I-X` only continues an X.
pub fn allowed(prev: Option<u8>, cur: u8) -> bool {
    if cur == 0 || cur % 2 == 1 {
        return true;
    }
    prev.is_some_and(|p| p != 0 && (p - 1) / 2 == (cur - 1) / 2)
}

/// Feature groups, as bits of a mask stored in the model file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Groups(pub u8);

impl Groups {
    /// The word, its lower case, the two words either side and the two bigrams around it.
    pub const WORD: u8 = 1;
    /// Word shape, prefixes and suffixes, sentence position, headline (all-capitals) sentences.
    pub const SHAPE: u8 = 2;
    /// Word-cluster paths of the word and its neighbours.
    pub const CLUSTER: u8 = 4;
    /// Hits in the word lists (countries, places, groups, first names, titles, organizations).
    pub const GAZETTEER: u8 = 8;
    /// The same word elsewhere in the document: in lower case, capitalized mid-sentence.
    pub const DOCUMENT: u8 = 16;
    /// Second pass only: the labels the first pass gave the same word elsewhere in the
    /// document (Ratinov & Roth's prediction history), so a name keeps one type in an article.
    pub const HISTORY: u8 = 32;
    /// Gazetteers generated from registry packages (cities, countries, given names; see
    /// tools/gazetteers/) and multi-word matches of every list ("New York", "Bosnia and
    /// Herzegovina").
    pub const GAZETTEERS: u8 = 64;
    /// Every first-pass group.
    pub const ALL: Groups = Groups(31 | 64);

    pub fn has(self, bit: u8) -> bool {
        self.0 & bit != 0
    }

    /// Parses a comma-separated list of group names (`word,shape,cluster,gazetteer,document,gazetteers`).
    pub fn parse(s: &str) -> Result<Groups, String> {
        let mut bits = 0;
        for name in s.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            bits |= match name {
                "word" => Groups::WORD,
                "shape" => Groups::SHAPE,
                "cluster" => Groups::CLUSTER,
                "gazetteer" => Groups::GAZETTEER,
                "document" => Groups::DOCUMENT,
                "gazetteers" => Groups::GAZETTEERS,
                "all" => Groups::ALL.0,
                other => return Err(format!("unknown feature group {other:?}")),
            };
        }
        Ok(Groups(bits))
    }
}

// ---------------------------------------------------------------------------------------------
// Hashing: FNV-1a over (normalized) bytes, then a SplitMix64 finalizer per feature.

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

#[inline]
fn fnv_byte(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(FNV_PRIME)
}

#[inline]
fn fnv_char(mut h: u64, c: char) -> u64 {
    if c.is_ascii() {
        return fnv_byte(h, c as u8);
    }
    let mut buf = [0u8; 4];
    for &b in c.encode_utf8(&mut buf).as_bytes() {
        h = fnv_byte(h, b);
    }
    h
}

#[inline]
fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The key of feature template `t` with value hash `v`.
#[inline]
fn key(t: u32, v: u64) -> u64 {
    mix(v ^ (t as u64).wrapping_mul(0xd6e8_feb8_6659_fd93))
}

#[inline]
fn pair(a: u64, b: u64) -> u64 {
    a.rotate_left(21) ^ b.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Typographic variants written as the ASCII the training data uses (curly quotes, dashes).
#[inline]
fn normalize_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        _ => c,
    }
}

/// Hash of a word in lower case, as the cluster table is keyed.
pub fn lower_hash(word: &str) -> u64 {
    if word.is_ascii() {
        return word.bytes().fold(FNV_OFFSET, |h, b| fnv_byte(h, b.to_ascii_lowercase()));
    }
    let mut h = FNV_OFFSET;
    for c in word.chars() {
        let c = normalize_char(c);
        if c.is_ascii() {
            h = fnv_byte(h, c.to_ascii_lowercase() as u8);
        } else {
            for l in c.to_lowercase() {
                h = fnv_char(h, l);
            }
        }
    }
    h
}

/// Hash of a word as written (typographic variants normalized), the key of the word lists.
pub fn word_hash(word: &str) -> u64 {
    hash_more(FNV_OFFSET, word)
}

/// [`word_hash`] continued over `more`: `hash_more(word_hash(a), b) == word_hash(a + b)`, so
/// the variants of a list entry ("Mr" and "Mr.") need no new string.
#[inline]
fn hash_more(h: u64, more: &str) -> u64 {
    // ASCII is its own UTF-8 and never normalized: hashing the bytes gives the same value
    // without decoding (a third of the time it takes to build the word lists' table).
    if more.is_ascii() {
        more.bytes().fold(h, fnv_byte)
    } else {
        more.chars().fold(h, |h, c| fnv_char(h, normalize_char(c)))
    }
}

/// [`word_hash`] of the word in capitals, as `word_hash(&word.to_uppercase())`.
fn upper_hash(word: &str) -> u64 {
    if word.is_ascii() {
        word.bytes().fold(FNV_OFFSET, |h, b| fnv_byte(h, b.to_ascii_uppercase()))
    } else {
        word_hash(&word.to_uppercase())
    }
}

/// An open-addressing map from 64-bit word hashes to small values: one probe in the common
/// case, where a binary search over strings costs a dozen comparisons per token.
#[derive(Clone, Debug)]
struct HashTable<V: Copy + Default> {
    /// `(key, value)`, key 0 marks an empty slot.
    slots: Vec<(u64, V)>,
    len: usize,
}

impl<V: Copy + Default> Default for HashTable<V> {
    fn default() -> Self {
        HashTable { slots: vec![(0, V::default()); 1], len: 0 }
    }
}

impl<V: Copy + Default> HashTable<V> {
    fn with_capacity(n: usize) -> Self {
        // Load factor at most 2/3 (between 1/3 and 2/3 after rounding to a power of two), where
        // linear probing still averages under two probes.
        HashTable { slots: vec![(0, V::default()); (n * 3 / 2 + 1).next_power_of_two().max(2)], len: 0 }
    }

    fn slot(&self, key: u64) -> usize {
        let key = key.max(1);
        let mask = self.slots.len() - 1;
        let mut i = (mix(key) as usize) & mask;
        while self.slots[i].0 != 0 && self.slots[i].0 != key {
            i = (i + 1) & mask;
        }
        i
    }

    /// Inserts or updates with `f(old value)`; callers insert at most the `n` they sized for.
    fn update(&mut self, key: u64, f: impl FnOnce(V) -> V) {
        let i = self.slot(key);
        if self.slots[i].0 == 0 {
            self.len += 1;
        }
        self.slots[i] = (key.max(1), f(self.slots[i].1));
    }

    fn get(&self, key: u64) -> Option<V> {
        let i = self.slot(key);
        (self.slots[i].0 != 0).then(|| self.slots[i].1)
    }
}

// ---------------------------------------------------------------------------------------------
// Word clusters.

/// Word-cluster paths (16 bits, a top-down k-means tree) keyed by the lower-case word's hash.
#[derive(Clone, Debug, Default)]
pub struct Clusters {
    table: HashTable<u16>,
}

impl Clusters {
    /// Reads `word<TAB>path` lines (path: 16 characters of `0`/`1`); all casings of a word
    /// share a path, so the first one seen is kept.
    pub fn from_tsv(text: &str) -> Clusters {
        // Byte loops rather than `lines` and `split_once`, whose general searches made this
        // the largest part of the first analysis's start-up (the table is 38,000 lines).
        let mut table = HashTable::with_capacity(text.bytes().filter(|&b| b == b'\n').count() + 1);
        for line in text.split('\n') {
            let Some(tab) = line.bytes().position(|b| b == b'\t') else { continue };
            let (word, path) = (&line[..tab], line[tab + 1..].trim());
            if let Ok(bits) = u16::from_str_radix(path, 2) {
                table.update(lower_hash(word), |old| if old == 0 { bits } else { old });
            }
        }
        Clusters { table }
    }

    /// The embedded form ([`Clusters::to_packed`]).
    pub fn from_packed(bytes: &[u8]) -> Result<Clusters, String> {
        let mut r = packed::Reader::new(bytes);
        let Some(("clusters", n)) = r.section()? else { return Err("not a cluster table".to_string()) };
        let mut hashes = Vec::with_capacity(n);
        r.words(n, |w| hashes.push(lower_hash(w)))?;
        let paths = r.take(2 * n)?;
        let mut table = HashTable::with_capacity(n);
        for (h, p) in hashes.into_iter().zip(paths.chunks_exact(2)) {
            // As `from_tsv`: of words with one hash, the first keeps its path.
            table.update(h, |old| if old == 0 { u16::from_le_bytes([p[0], p[1]]) } else { old });
        }
        Ok(Clusters { table })
    }

    /// The embedded form of `word<TAB>path` lines: one entry per lower-case word (of its
    /// casings, the smallest path), front-coded in sorted order, then the paths as two bytes
    /// each.
    pub fn to_packed(tsv: &str, header: &str) -> Vec<u8> {
        let mut pairs: Vec<(String, u16)> = tsv
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .filter_map(|(w, p)| Some((w.to_lowercase(), u16::from_str_radix(p.trim(), 2).ok()?)))
            .collect();
        pairs.sort_unstable();
        pairs.dedup_by(|b, a| a.0 == b.0);
        let mut out = Vec::new();
        for line in header.lines() {
            out.extend_from_slice(format!("# {line}\n").as_bytes());
        }
        packed::write_words(&mut out, "clusters", pairs.iter().map(|p| p.0.as_str()));
        for (_, path) in &pairs {
            out.extend_from_slice(&path.to_le_bytes());
        }
        out
    }

    /// The path of a word by its lower-case hash.
    pub fn get(&self, lower: u64) -> Option<u16> {
        self.table.get(lower)
    }

    pub fn len(&self) -> usize {
        self.table.len
    }

    pub fn is_empty(&self) -> bool {
        self.table.len == 0
    }
}

// ---------------------------------------------------------------------------------------------
// Features.

/// What the features need to know about one token, computed once.
#[derive(Clone, Copy, Default)]
struct Info {
    word: u64,
    lower: u64,
    shape: u64,
    short: u64,
    pre: [u64; 4],
    suf: [u64; 4],
    /// Number of characters (capped at 255).
    len: u8,
    cluster: Option<u16>,
    gazetteer: u16,
    first_upper: bool,
}

fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() || c.is_alphabetic() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        c
    }
}

/// What the document-level features need of every token (16 bytes); [`Info`] (100) is made a
/// sentence at a time, so a long document's tokens are not all held at full size (on 10 MB of
/// text that is 200 MB less memory to fill, and every array here stays under the size above
/// which the allocator maps fresh pages for each call).
#[derive(Clone, Copy, Default)]
struct Mark {
    lower: u64,
    first_upper: bool,
    first_lower: bool,
}

fn mark(word: &str) -> Mark {
    let first = word.chars().next().map(normalize_char);
    Mark {
        lower: lower_hash(word),
        first_upper: first.is_some_and(char::is_uppercase),
        first_lower: first.is_some_and(char::is_lowercase),
    }
}

/// The short shape of a word ("Xx" for "Kerry", "X.X." for "U.S."): the hash of its runs of
/// one character class, fed a character class at a time.
struct ShortShape {
    hash: u64,
    last: char,
}

impl ShortShape {
    fn new() -> ShortShape {
        ShortShape { hash: FNV_OFFSET, last: '\0' }
    }

    #[inline]
    fn push(&mut self, class: char) {
        if class != self.last {
            self.hash = fnv_char(self.hash, class);
            self.last = class;
        }
    }
}

fn short_shape(word: &str) -> u64 {
    let mut short = ShortShape::new();
    word.chars().for_each(|c| short.push(shape_class(normalize_char(c))));
    short.hash
}

fn info(word: &str, mark: &Mark, clusters: &Clusters) -> Info {
    let mut out = Info {
        word: FNV_OFFSET,
        shape: FNV_OFFSET,
        short: FNV_OFFSET,
        lower: mark.lower,
        first_upper: mark.first_upper,
        ..Info::default()
    };
    let mut n = 0usize;
    // The short shape in the same pass over the characters (`short_shape` is the same hash).
    let mut short = ShortShape::new();
    for c in word.chars() {
        let c = normalize_char(c);
        out.word = fnv_char(out.word, c);
        let class = shape_class(c);
        out.shape = fnv_char(out.shape, class);
        short.push(class);
        n += 1;
        if n <= 4 {
            out.pre[n - 1] = out.word;
        }
    }
    out.len = n.min(255) as u8;
    out.short = short.hash;
    // Suffixes: hash the last k characters backwards (a different but fixed function).
    let mut h = FNV_OFFSET ^ 0x5555;
    for (k, c) in word.chars().rev().take(4).enumerate() {
        h = fnv_char(h, normalize_char(c));
        out.suf[k] = h;
    }
    out.cluster = clusters.get(out.lower);
    out.gazetteer = gazetteer_bits(out.word);
    out
}

/// Whether `word` is a given name in the word lists or the generated gazetteers ("Priya",
/// "Kingsley"): far more names than [`crate::lexicon`]'s gendered lists hold, which the table
/// holds too (bit 4), so this answers for both.
pub(crate) fn is_given_name(word: &str) -> bool {
    gazetteer_bits(word_hash(word)) & (4 | 512) != 0
}

/// Whether `name` is a place in the word lists or a city or country in the generated
/// gazetteers ("Milan", "Leeds").
pub(crate) fn is_listed_place(name: &str) -> bool {
    gazetteer_bits(word_hash(name)) & (1 | 128 | 256) != 0
}

/// Word-list hits by word hash, one bit per list (see [`gazetteer`]).
fn gazetteer_bits(word: u64) -> u16 {
    gazetteer().get(word).unwrap_or(0)
}

/// The word lists of [`crate::lexicon`] as one table from a word's hash to a bit per list:
/// 1 place or country, 2 group, 4 first name, 8 title, 16 organization word, 32 known
/// organization, 64 a word that is not a name. Each entry is also there in capitals (headlines,
/// datelines: "VIENNA") and with a final period ("Mr.", "Corp."); the not-a-name words, listed
/// in lower case, also capitalized. The generated gazetteers add 128 city, 256 country,
/// 512 given name (as written and in capitals). Multi-word entries are keyed by the hash of the
/// words joined by single spaces, which [`extract`] computes incrementally.
fn gazetteer() -> &'static HashTable<u16> {
    static CELL: OnceLock<HashTable<u16>> = OnceLock::new();
    CELL.get_or_init(|| {
        let generated = inflate(GAZETTEERS_FILE, 1 << 24).unwrap_or_default();
        let lists: [(&[&str], u16); 10] = [
            (lexicon::COUNTRIES, 1),
            (lexicon::PLACES, 1),
            (lexicon::GROUPS, 2),
            (lexicon::MALE_FIRST_NAMES, 4),
            (lexicon::FEMALE_FIRST_NAMES, 4),
            (lexicon::PERSON_TITLES, 8),
            (lexicon::ORG_SUFFIXES, 16),
            (lexicon::ORG_HEADS, 16),
            (lexicon::KNOWN_ORGS, 32),
            (lexicon::NOT_NAMES, 64),
        ];
        // Keys first, merged, so the table is sized by the distinct keys (69,296: 2 MB of slots).
        let mut keys: Vec<(u64, u16)> = Vec::new();
        // A damaged table (a test checks the committed one) leaves the lists of `lexicon` only.
        let _ = read_gazetteers(&generated, |name, bit| keys.extend([(word_hash(name), bit), (upper_hash(name), bit)]));
        for (list, bit) in lists {
            for w in list {
                let h = word_hash(w);
                keys.extend([(h, bit), (fnv_byte(h, b'.'), bit), (upper_hash(w), bit)]);
                if bit == 64 {
                    let mut c = w.chars();
                    if let Some(f) = c.next() {
                        let first: String = f.to_uppercase().collect();
                        keys.push((hash_more(word_hash(&first), c.as_str()), bit));
                    }
                }
            }
        }
        keys.sort_unstable_by_key(|k| k.0);
        keys.dedup_by(|b, a| {
            let same = a.0 == b.0;
            if same {
                a.1 |= b.1;
            }
            same
        });
        let mut table = HashTable::with_capacity(keys.len());
        for (k, bits) in keys {
            table.update(k, |old| old | bits);
        }
        table
    })
}

/// Calls `f` with each name of the generated gazetteers (`tools/gazetteers/`) and its bit: one
/// front-coded section per kind ([`packed`]).
fn read_gazetteers(bytes: &[u8], mut f: impl FnMut(&str, u16)) -> Result<(), String> {
    let mut r = packed::Reader::new(bytes);
    while let Some((kind, n)) = r.section()? {
        let bit = match kind {
            "city" => 128,
            "country" => 256,
            "given" => 512,
            _ => 0,
        };
        r.words(n, |name| {
            if bit != 0 {
                f(name, bit)
            }
        })?;
    }
    Ok(())
}

/// Hashed features of a document's tokens: `ids[offsets[i]..offsets[i + 1]]` are token `i`'s
/// table rows.
#[derive(Clone, Debug, Default)]
pub struct Features {
    pub ids: Vec<u32>,
    pub offsets: Vec<u32>,
}

impl Features {
    pub fn of(&self, i: usize) -> &[u32] {
        &self.ids[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }
}

/// Computes the features of a document given as words and sentence ranges over them, hashed
/// into a table of `2^bits` rows.
///
/// `history` (the first pass's labels for the same words) is used when `groups` has
/// [`Groups::HISTORY`].
pub fn extract(
    words: &[&str],
    sentences: &[Range<usize>],
    groups: Groups,
    bits: u32,
    clusters: &Clusters,
    history: Option<&[u8]>,
) -> Features {
    let infos = TokenInfos::new(words, clusters);
    extract_from(&infos, words, sentences, groups, bits, history)
}

/// What each token contributes to features, for a whole document (the training path, which
/// keeps every document's features).
struct TokenInfos {
    marks: Vec<Mark>,
    infos: Vec<Info>,
}

impl TokenInfos {
    fn new(words: &[&str], clusters: &Clusters) -> TokenInfos {
        let marks: Vec<Mark> = words.iter().map(|w| mark(w)).collect();
        let infos = words.iter().zip(&marks).map(|(w, m)| info(w, m, clusters)).collect();
        TokenInfos { marks, infos }
    }
}

fn extract_from(
    infos: &TokenInfos,
    words: &[&str],
    sentences: &[Range<usize>],
    groups: Groups,
    bits: u32,
    history: Option<&[u8]>,
) -> Features {
    let doc = Doc::new(&infos.marks, words, sentences, groups, bits, history);
    let mut f = Features { ids: Vec::with_capacity(words.len() * 48), offsets: Vec::with_capacity(words.len() + 1) };
    f.offsets.push(0);
    for (k, s) in sentences.iter().enumerate() {
        doc.sentence(k, s.clone(), &infos.infos[s.clone()], &mut f);
    }
    f
}

/// A map keyed by 64-bit word hashes, which need only one mixing step, not std's SipHash; it
/// grows with the distinct words (a sorted vector of every occurrence cost n log n).
type PreHashedMap<V> = std::collections::HashMap<u64, V, std::hash::BuildHasherDefault<PreHashed>>;

#[derive(Default)]
struct PreHashed(u64);

impl std::hash::Hasher for PreHashed {
    fn finish(&self) -> u64 {
        mix(self.0)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = fnv_byte(self.0, b);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

/// What feature extraction needs to know about the whole document (word lists, document
/// features, the first pass's labels), so that features can then be made one sentence at a
/// time: the tagger scores each sentence's features right away instead of holding a whole
/// document's (about 200 bytes a token, most of the memory and a fifth of the time on 1 MB).
struct Doc<'a> {
    marks: &'a [Mark],
    words: &'a [&'a str],
    groups: Groups,
    mask: u64,
    caps: Vec<bool>,
    /// Per lower-case word hash: 1 if seen in lower case, 2 if seen capitalized mid-sentence.
    seen: PreHashedMap<u8>,
    history: Option<&'a [u8]>,
    counts: HashTable<[u16; 5]>,
}

impl<'a> Doc<'a> {
    fn new(
        marks: &'a [Mark],
        words: &'a [&'a str],
        sentences: &[Range<usize>],
        groups: Groups,
        bits: u32,
        history: Option<&'a [u8]>,
    ) -> Doc<'a> {
        let mask = (1u64 << bits) - 1;

        // Document features: words seen in lower case, and capitalized words seen mid-sentence in a
        // sentence that is not all capitals.
        let mut seen = PreHashedMap::default();
        let caps: Vec<bool> =
            sentences.iter().map(|s| is_caps_sentence(&marks[s.clone()], &words[s.clone()])).collect();
        if groups.has(Groups::DOCUMENT) {
            for (s, &caps) in sentences.iter().zip(&caps) {
                for i in s.clone() {
                    if marks[i].first_lower {
                        *seen.entry(marks[i].lower).or_insert(0) |= 1;
                    } else if marks[i].first_upper && i > s.start && !caps && !is_after_quote(words, s.start, i) {
                        *seen.entry(marks[i].lower).or_insert(0) |= 2;
                    }
                }
            }
        }

        // Prediction history: per capitalized word (by lower-case hash), how often the first pass
        // labelled it O, PER, ORG, LOC, MISC anywhere in the document.
        let history = history.filter(|h| groups.has(Groups::HISTORY) && h.len() == words.len());
        let mut counts: HashTable<[u16; 5]> = HashTable::default();
        if let Some(h) = history {
            // Sized by the capitalized tokens, not all of them: a tenth of the memory to clear.
            counts = HashTable::with_capacity(marks.iter().filter(|m| m.first_upper).count());
            for (i, info) in marks.iter().enumerate() {
                if info.first_upper {
                    let t = label_type(h[i]);
                    counts.update(info.lower, |mut c| {
                        c[t] = c[t].saturating_add(1);
                        c
                    });
                }
            }
        }
        Doc { marks, words, groups, mask, caps, seen, history, counts }
    }

    /// Appends the features of sentence `k` (tokens `s`, whose [`Info`]s are `infos`) to `f`,
    /// one offset per token.
    fn sentence(&self, k: usize, s: Range<usize>, infos: &[Info], f: &mut Features) {
        let Doc { words, groups, mask, ref seen, history, .. } = *self;
        let caps = self.caps[k];
        let none = Info { word: 1, lower: 1, shape: 1, short: 1, ..Info::default() };
        let phrases = if groups.has(Groups::GAZETTEERS) { phrase_hits(infos, &words[s.clone()]) } else { Vec::new() };
        for i in s.clone() {
            let at = |d: isize| -> &Info {
                let j = i as isize + d;
                if j < s.start as isize || j >= s.end as isize {
                    &none
                } else {
                    &infos[j as usize - s.start]
                }
            };
            let cur = &infos[i - s.start];
            let mut push = |t: u32, v: u64| f.ids.push((key(t, v) & mask) as u32);
            push(0, 0);
            if groups.has(Groups::WORD) {
                push(1, cur.word);
                push(2, cur.lower);
                push(3, at(-1).lower);
                push(4, at(-2).lower);
                push(5, at(1).lower);
                push(6, at(2).lower);
                push(7, pair(at(-1).lower, cur.lower));
                push(8, pair(cur.lower, at(1).lower));
            }
            if groups.has(Groups::SHAPE) {
                push(10, cur.shape);
                push(11, cur.short);
                for k in 0..4.min(cur.len as usize) {
                    push(12 + k as u32, cur.pre[k]);
                    push(16 + k as u32, cur.suf[k]);
                }
                push(20, pair(at(-1).short, cur.short));
                push(21, pair(cur.short, at(1).short));
                push(22, pair(at(-1).short, at(1).short));
                push(23, pair((i == s.start) as u64, cur.short));
                push(24, pair(at(-1).word, cur.short));
                if caps {
                    push(25, 0);
                    push(26, cur.lower);
                }
            }
            if groups.has(Groups::CLUSTER) {
                for (t, d) in [(30, 0isize), (35, -1), (40, 1)] {
                    if let Some(p) = at(d).cluster {
                        push(t, (p >> 12) as u64);
                        push(t + 1, (p >> 10) as u64);
                        push(t + 2, (p >> 6) as u64);
                        push(t + 3, p as u64);
                    } else {
                        push(t + 4, 0);
                    }
                }
            }
            if groups.has(Groups::GAZETTEER) {
                for (t, d) in [(50u32, 0isize), (58, -1), (66, 1)] {
                    let g = at(d).gazetteer;
                    for b in 0..7 {
                        if g & (1 << b) != 0 {
                            push(t + b, 0);
                        }
                    }
                }
            }
            if groups.has(Groups::GAZETTEERS) {
                for (t, d) in [(100u32, 0isize), (110, -1), (120, 1)] {
                    let g = at(d).gazetteer >> 7;
                    for b in 0..3 {
                        if g & (1 << b) != 0 {
                            push(t + b, 0);
                        }
                    }
                }
                let (bits, begins) = phrases[i - s.start];
                for b in 0..10 {
                    if bits & (1 << b) != 0 {
                        push(130 + b, begins as u64);
                    }
                }
            }
            if groups.has(Groups::DOCUMENT) && cur.first_upper {
                let bits = seen.get(&cur.lower).copied().unwrap_or(0);
                let (lower, capmid) = (bits & 1 != 0, bits & 2 != 0);
                push(80, pair(lower as u64 * 2 + capmid as u64, (i == s.start) as u64 * 2 + caps as u64));
                push(81, pair(lower as u64 * 2 + capmid as u64, cur.short));
            }
            if history.is_some() {
                self.history_features(i, &mut push);
            }
            f.offsets.push(f.ids.len() as u32);
        }
    }

    /// The prediction-history features of token `i` (second pass): what the first pass called
    /// the other occurrences of the same capitalized word.
    fn history_features(&self, i: usize, push: &mut impl FnMut(u32, u64)) {
        let cur = &self.marks[i];
        let Some(h) = self.history.filter(|_| cur.first_upper) else { return };
        // The other occurrences' labels: this token's own is taken out.
        let mut c = self.counts.get(cur.lower).unwrap_or_default();
        let own = label_type(h[i]);
        c[own] = c[own].saturating_sub(1);
        let others: u32 = c.iter().map(|&x| x as u32).sum();
        if let Some(quarters) = (entity_share(&c) * 4).checked_div(others) {
            let best = (0..5).max_by_key(|&t| (c[t], std::cmp::Reverse(t))).unwrap_or(0);
            push(90, best as u64);
            push(91, pair(best as u64, short_shape(self.words[i])));
            push(92, pair(best as u64, own as u64));
            // Share of the other occurrences that are inside a name, in quarters.
            push(93, quarters as u64);
        }
    }
}

/// Multi-word list entries (2 to 4 words) found in a sentence (its tokens' `infos` and
/// `words`): for each token, the lists' bits of the entries covering it and whether one of them
/// begins there.
fn phrase_hits(infos: &[Info], words: &[&str]) -> Vec<(u16, bool)> {
    let table = gazetteer();
    let s = 0..words.len();
    let mut out = vec![(0u16, false); s.len()];
    for i in s.clone() {
        if !infos[i].first_upper {
            continue;
        }
        let mut h = infos[i].word;
        for j in i + 1..(i + 4).min(s.end) {
            h = fnv_char(h, ' ');
            for c in words[j].chars() {
                h = fnv_char(h, normalize_char(c));
            }
            if let Some(bits) = table.get(h) {
                for (k, slot) in out[i - s.start..=j - s.start].iter_mut().enumerate() {
                    slot.0 |= bits;
                    slot.1 |= k == 0;
                }
            }
        }
    }
    out
}

/// How many of the counted occurrences are inside a name (any type).
fn entity_share(c: &[u16; 5]) -> u32 {
    c[1..].iter().map(|&x| x as u32).sum()
}

/// 0 for `O`, else 1 + the type index.
fn label_type(label: u8) -> usize {
    if label == 0 {
        0
    } else {
        1 + (label as usize - 1) / 2
    }
}

/// A headline or a dateline in capitals: at least two words with letters, none in lower case.
fn is_caps_sentence(infos: &[Mark], words: &[&str]) -> bool {
    let mut letters = 0;
    for (w, i) in words.iter().zip(infos) {
        if i.first_upper || i.first_lower {
            if w.chars().any(char::is_lowercase) {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 2
}

fn is_after_quote(words: &[&str], start: usize, i: usize) -> bool {
    i > start && matches!(words[i - 1], "\"" | "'" | "(" | ":" | "-" | "--" | "\u{201C}" | "\u{2018}")
}

// ---------------------------------------------------------------------------------------------
// The model.

/// Quantized weights: `weights[row * 9 + label] * scale` is a feature's score for a label.
#[derive(Clone, Debug)]
pub struct Model {
    pub bits: u32,
    pub groups: Groups,
    pub scale: f32,
    /// `trans[prev][cur]`, unquantized.
    pub trans: [[f32; N_LABELS]; N_LABELS],
    pub start: [f32; N_LABELS],
    pub weights: Vec<i8>,
}

/// Bytes of a stage's header in the file: bits, groups, then the scale, transitions and start
/// scores as little-endian `f32`.
const HEADER_LEN: usize = 2 + 4 * (1 + N_LABELS * N_LABELS + N_LABELS);

impl Model {
    /// The stage's header (everything but the weights).
    fn write_header(&self, out: &mut Vec<u8>) {
        out.push(self.bits as u8);
        out.push(self.groups.0);
        let floats = std::iter::once(&self.scale).chain(self.trans.iter().flatten()).chain(&self.start);
        for v in floats {
            out.extend_from_slice(&v.to_le_bytes());
        }
    }

    /// Reads a header written by [`Model::write_header`]; the weights are left empty.
    fn read_header(bytes: &[u8]) -> Result<Model, String> {
        let bytes = bytes.get(..HEADER_LEN).ok_or("model file is truncated")?;
        let bits = bytes[0] as u32;
        if !(8..=26).contains(&bits) {
            return Err(format!("model table size 2^{bits} is out of range"));
        }
        let mut floats = bytes[2..].chunks_exact(4).map(|b| f32::from_le_bytes(b.try_into().unwrap()));
        let scale = floats.next().unwrap_or(0.0);
        let mut trans = [[0.0; N_LABELS]; N_LABELS];
        for v in trans.iter_mut().flatten() {
            *v = floats.next().unwrap_or(0.0);
        }
        let start = std::array::from_fn(|_| floats.next().unwrap_or(0.0));
        Ok(Model { bits, groups: Groups(bytes[1]), scale, trans, start, weights: Vec::new() })
    }

    /// A token's score for each label: the sum of its feature rows' weights, scaled.
    fn emission(&self, rows: &[u32]) -> [f32; N_LABELS] {
        scaled(&row_sums::<N_LABELS>(&self.weights, rows), self.scale)
    }

    /// Best label sequence for each sentence of a document (labels are indices into [`LABELS`]).
    pub fn tag(&self, features: &Features, sentences: &[Range<usize>]) -> Vec<u8> {
        let n = features.offsets.len().saturating_sub(1);
        let mut labels = vec![0u8; n];
        let mut emissions: Vec<[f32; N_LABELS]> = Vec::new();
        for s in sentences {
            emissions.clear();
            for i in s.clone() {
                emissions.push(self.emission(features.of(i)));
            }
            viterbi(&emissions, &self.trans, &self.start, &mut labels[s.clone()]);
        }
        labels
    }
}

/// Constrained Viterbi: the best valid label sequence for one sentence's emission scores.
pub fn viterbi(
    emissions: &[[f32; N_LABELS]],
    trans: &[[f32; N_LABELS]; N_LABELS],
    start: &[f32; N_LABELS],
    out: &mut [u8],
) {
    if emissions.is_empty() {
        return;
    }
    const NEG: f32 = f32::NEG_INFINITY;
    let mut score = [NEG; N_LABELS];
    for l in 0..N_LABELS {
        if allowed(None, l as u8) {
            score[l] = start[l] + emissions[0][l];
        }
    }
    // Only allowed transitions are tried: `O` and `B-X` may follow anything, `I-X` only `B-X`
    // or `I-X` (53 of the 81 pairs). Previous labels are tried in ascending order and only a
    // strictly better score replaces the best, as a full search over -inf-masked pairs would.
    let mut back: Vec<[u8; N_LABELS]> = vec![[0; N_LABELS]; emissions.len()];
    for t in 1..emissions.len() {
        let mut next = [NEG; N_LABELS];
        for cur in 0..N_LABELS {
            let prevs = if cur == 0 || cur % 2 == 1 { 0..N_LABELS } else { cur - 1..cur + 1 };
            let mut best = NEG;
            let mut arg = 0u8;
            for prev in prevs {
                let v = score[prev] + trans[prev][cur];
                if v > best {
                    best = v;
                    arg = prev as u8;
                }
            }
            next[cur] = best + emissions[t][cur];
            back[t][cur] = arg;
        }
        score = next;
    }
    let mut best = 0;
    for l in 1..N_LABELS {
        if score[l] > score[best] {
            best = l;
        }
    }
    let last = emissions.len() - 1;
    out[last] = best as u8;
    for t in (1..=last).rev() {
        out[t - 1] = back[t][out[t] as usize];
    }
}

/// The file form, version 3: the stages' headers, then both passes' weights as sparse rows
/// ([`packed::write_rows`]) in the interleaved layout the tagger uses.
const TAGGER_MAGIC: &[u8; 6] = b"AENER\x03";

/// The recognizer: a first-pass model and, optionally, a second pass that also sees the first
/// pass's labels for the same words elsewhere in the document.
///
/// The second pass uses every feature of the first plus a few history features, over a table
/// of the same size, so both passes' weights are kept interleaved (row `r` holds the first
/// pass's 9 weights, then the second's): the first pass reads each feature row once for both
/// passes and keeps the second pass's sums, and the second pass then only adds the history
/// features. That halves the table reads and the feature hashing, which are most of the
/// tagger's time; the labels are exactly those of running the two models one after the other.
#[derive(Clone, Debug)]
pub struct Tagger {
    /// The stages' headers; their `weights` are empty (they live in `weights`).
    stages: Vec<Model>,
    /// `weights[(row * stages + k) * 9 + label]` is stage `k`'s weight.
    weights: Vec<i8>,
}

/// Sums of feature rows' weights stay within `i16`: a token has at most 87 features (the
/// templates in `Doc::sentence` with every word-list bit set) of at most 127 each.
type Sums<const S: usize> = [i16; S];

/// The sums of `rows` of a table with `S` weights a row.
#[inline]
fn row_sums<const S: usize>(weights: &[i8], rows: &[u32]) -> Sums<S> {
    let mut acc = [0i16; S];
    for &row in rows {
        add_row(&mut acc, &weights[row as usize * S..][..S]);
    }
    acc
}

#[inline]
fn add_row(acc: &mut [i16], row: &[i8]) {
    for (a, &w) in acc.iter_mut().zip(row) {
        *a += w as i16;
    }
}

fn scaled(sums: &[i16], scale: f32) -> [f32; N_LABELS] {
    std::array::from_fn(|l| sums[l] as f32 * scale)
}

impl Tagger {
    /// Joins one or two stages. A second stage must have the first's table size and feature
    /// groups plus [`Groups::HISTORY`] (what the trainer makes).
    pub fn new(mut stages: Vec<Model>) -> Result<Tagger, String> {
        Tagger::check(&stages)?;
        let rows = 1usize << stages[0].bits;
        if stages.iter().any(|m| m.weights.len() != rows * N_LABELS) {
            return Err("a stage's weight table does not match its size".to_string());
        }
        let n = stages.len();
        let mut weights = vec![0i8; rows * n * N_LABELS];
        for (k, m) in stages.iter_mut().enumerate() {
            for (r, w) in m.weights.chunks_exact(N_LABELS).enumerate() {
                weights[(r * n + k) * N_LABELS..][..N_LABELS].copy_from_slice(w);
            }
            m.weights = Vec::new();
        }
        Ok(Tagger { stages, weights })
    }

    /// The stages may be joined: one or two, the second like the first plus history.
    fn check(stages: &[Model]) -> Result<(), String> {
        let Some(first) = stages.first() else { return Err("a tagger needs at least one stage".to_string()) };
        if first.groups.has(Groups::HISTORY) {
            return Err("the first stage cannot use prediction history".to_string());
        }
        if let Some(second) = stages.get(1) {
            if stages.len() > 2 || second.bits != first.bits || second.groups.0 != first.groups.0 | Groups::HISTORY {
                return Err("a second stage must add only prediction history to the first".to_string());
            }
        }
        Ok(())
    }

    /// Number of stages (passes).
    pub fn stages(&self) -> usize {
        self.stages.len()
    }

    /// Stage `k` as a model of its own.
    pub fn stage(&self, k: usize) -> Model {
        let n = self.stages.len();
        let mut m = self.stages[k].clone();
        m.weights =
            self.weights.chunks_exact(n * N_LABELS).flat_map(|r| &r[k * N_LABELS..][..N_LABELS]).copied().collect();
        m
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = TAGGER_MAGIC.to_vec();
        out.push(self.stages.len() as u8);
        for m in &self.stages {
            m.write_header(&mut out);
        }
        packed::write_rows(&mut out, &self.weights, self.stages.len() * N_LABELS);
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, String> {
        if bytes.len() < 7 || &bytes[..6] != TAGGER_MAGIC {
            return Err("not a name-recognizer file of this version (bad header)".to_string());
        }
        let n = bytes[6] as usize;
        if !(1..=2).contains(&n) {
            return Err(format!("model file has {n} stages"));
        }
        let mut stages = Vec::new();
        for k in 0..n {
            stages.push(Model::read_header(&bytes[(7 + k * HEADER_LEN).min(bytes.len())..])?);
        }
        Tagger::check(&stages)?;
        let weights = packed::read_rows(&bytes[7 + n * HEADER_LEN..], 1 << stages[0].bits, n * N_LABELS)?;
        Ok(Tagger { stages, weights })
    }

    /// Labels (indices into [`LABELS`]) for a document, running every stage in turn.
    pub fn tag(&self, words: &[&str], sentences: &[Range<usize>], clusters: &Clusters) -> Vec<u8> {
        match self.stages.len() {
            1 => self.tag_with::<N_LABELS>(words, sentences, clusters),
            _ => self.tag_with::<{ 2 * N_LABELS }>(words, sentences, clusters),
        }
    }

    /// [`Tagger::tag`] with `S` = 9 × the number of stages weights per row. Features are made
    /// one sentence at a time, just before scoring, so a document's features are never all in
    /// memory (about 200 bytes a token).
    fn tag_with<const S: usize>(&self, words: &[&str], sentences: &[Range<usize>], clusters: &Clusters) -> Vec<u8> {
        let marks: Vec<Mark> = words.iter().map(|w| mark(w)).collect();
        let first = &self.stages[0];
        let doc = Doc::new(&marks, words, sentences, first.groups, first.bits, None);
        let mut infos: Vec<Info> = Vec::new();
        let mut labels = vec![0u8; words.len()];
        // The second stage's sums over the features it shares with the first, per token.
        let two = S > N_LABELS;
        let mut shared: Vec<[i16; N_LABELS]> = if two { vec![[0; N_LABELS]; words.len()] } else { Vec::new() };
        let mut emissions: Vec<[f32; N_LABELS]> = Vec::new();
        let mut f = Features { ids: Vec::new(), offsets: vec![0] };
        for (k, s) in sentences.iter().enumerate() {
            f.ids.clear();
            f.offsets.truncate(1);
            infos.clear();
            infos.extend(words[s.clone()].iter().zip(&marks[s.clone()]).map(|(w, m)| info(w, m, clusters)));
            doc.sentence(k, s.clone(), &infos, &mut f);
            emissions.clear();
            for i in 0..s.len() {
                let sums: Sums<S> = row_sums(&self.weights, f.of(i));
                emissions.push(scaled(&sums[..N_LABELS], first.scale));
                if two {
                    shared[s.start + i].copy_from_slice(&sums[N_LABELS..]);
                }
            }
            viterbi(&emissions, &first.trans, &first.start, &mut labels[s.clone()]);
        }
        let Some(second) = self.stages.get(1) else { return labels };

        // Only the history features are made here; the other groups are in `shared`.
        let doc = Doc::new(&marks, words, sentences, Groups(Groups::HISTORY), second.bits, Some(&labels));
        let mask = (1u64 << second.bits) - 1;
        let mut out = vec![0u8; words.len()];
        for s in sentences {
            emissions.clear();
            for i in s.clone() {
                let mut sums = shared[i];
                doc.history_features(i, &mut |t, v| {
                    let row = (key(t, v) & mask) as usize;
                    add_row(&mut sums, &self.weights[row * S + N_LABELS..][..N_LABELS]);
                });
                emissions.push(scaled(&sums, second.scale));
            }
            viterbi(&emissions, &second.trans, &second.start, &mut out[s.clone()]);
        }
        out
    }
}

/// Deflate-compressed files written by the trainer (`crates/train`).
static MODEL_FILE: &[u8] = include_bytes!("../../data/ner.model.deflate");
static CLUSTERS_FILE: &[u8] = include_bytes!("../../data/clusters.deflate");
static GAZETTEERS_FILE: &[u8] = include_bytes!("../../data/gazetteers.deflate");

struct Embedded {
    model: Option<Tagger>,
    clusters: Clusters,
}

fn inflate(bytes: &[u8], limit: usize) -> Option<Vec<u8>> {
    miniz_oxide::inflate::decompress_to_vec_with_limit(bytes, limit).ok()
}

fn embedded() -> &'static Embedded {
    static CELL: OnceLock<Embedded> = OnceLock::new();
    CELL.get_or_init(|| {
        let model = inflate(MODEL_FILE, 1 << 28).and_then(|b| Tagger::from_bytes(&b).ok());
        let clusters = inflate(CLUSTERS_FILE, 1 << 26).and_then(|b| Clusters::from_packed(&b).ok()).unwrap_or_default();
        Embedded { model, clusters }
    })
}

/// Whether the embedded model loaded (it always does in a correct build; checked by a test).
///
/// Also builds the word-list table, so that a caller timing the tagger can do the one-time work
/// first.
pub fn model_loaded() -> bool {
    gazetteer();
    embedded().model.is_some()
}

/// A name found by the model: tokens `start..end` of the document and its CoNLL type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Name {
    pub start: usize,
    pub end: usize,
    /// Index into [`TYPES`].
    pub kind: u8,
}

/// Tags a document given as words and sentence ranges with the embedded model and returns the
/// names found, in order. Without a usable model, finds nothing.
///
/// ```
/// let words = ["Anna", "Berg", "flew", "to", "Oslo", "."];
/// let names = engine::ner::tag_tokens(&words, &[0..6]);
/// assert!(names.iter().any(|n| n.start == 4 && engine::ner::TYPES[n.kind as usize] == "LOC"));
/// ```
pub fn tag_tokens(words: &[&str], sentences: &[Range<usize>]) -> Vec<Name> {
    let e = embedded();
    let Some(model) = &e.model else {
        return Vec::new();
    };
    // Sentence ranges out of bounds would be a caller bug; clamp instead of panicking.
    let sentences: Vec<Range<usize>> = sentences
        .iter()
        .map(|s| s.start.min(words.len())..s.end.min(words.len()).max(s.start.min(words.len())))
        .collect();
    let labels = model.tag(words, &sentences, &e.clusters);
    names_of(&labels, &sentences)
}

/// Names from IOB2 labels (valid by construction of Viterbi, but read leniently).
pub fn names_of(labels: &[u8], sentences: &[Range<usize>]) -> Vec<Name> {
    let mut out = Vec::new();
    for s in sentences {
        let mut i = s.start;
        while i < s.end {
            let l = labels[i];
            if l == 0 {
                i += 1;
                continue;
            }
            let kind = (l - 1) / 2;
            let mut end = i + 1;
            while end < s.end && labels[end] == 2 + 2 * kind {
                end += 1;
            }
            out.push(Name { start: i, end, kind });
            i = end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_model_loads() {
        assert!(model_loaded(), "crates/engine/data/ner.model.deflate did not decode");
        assert!(embedded().clusters.len() > 10_000);
    }

    // WORD LISTS: the lexicon and the generated gazetteers, single words and phrases.
    #[test]
    fn gazetteer_bits_by_list() {
        let bits = |w: &str| gazetteer_bits(word_hash(w));
        assert_eq!(bits("Austria") & 1, 1, "lexicon country");
        assert_eq!(bits("AUSTRIA") & 1, 1, "in capitals");
        assert_eq!(bits("Mr.") & 8, 8, "title with its period");
        assert_ne!(bits("Rotterdam") & 128, 0, "GeoNames city");
        assert_ne!(bits("Margaret") & 512, 0, "given name");
        // Given names from the generated lists too ("Priya", "Kingsley" are in no gendered list).
        for (name, given) in
            [("Priya", true), ("Kingsley", true), ("Naomi", true), ("Harbour", false), ("Water", false)]
        {
            assert_eq!(is_given_name(name), given, "{name}");
        }
        assert_eq!(bits("Quorvane"), 0, "made-up word");
    }

    // The hashes' byte-level fast paths must give the values of their definitions, character by
    // character, which the model and the word lists were built with.
    #[test]
    fn fast_hashes_match_their_definitions() {
        let word_def = |w: &str| {
            w.chars().fold(FNV_OFFSET, |h, c| {
                let mut buf = [0u8; 4];
                normalize_char(c).encode_utf8(&mut buf).bytes().fold(h, fnv_byte)
            })
        };
        let lower_def = |w: &str| {
            w.chars().map(normalize_char).flat_map(char::to_lowercase).fold(FNV_OFFSET, |h, c| {
                let mut buf = [0u8; 4];
                c.encode_utf8(&mut buf).bytes().fold(h, fnv_byte)
            })
        };
        let cases = [
            ("ascii name", "Rotterdam"),
            ("capitals", "VIENNA"),
            ("with a period", "Corp."),
            ("curly apostrophe", "O\u{2019}Brien"),
            ("dash", "Saint\u{2013}Denis"),
            ("accents", "Zoë Ångström"),
            ("sharp s", "Straße"),
            ("dotted capital I", "\u{130}stanbul"),
            ("cyrillic", "Москва"),
            ("emoji", "🙂ok"),
            ("empty", ""),
        ];
        for (name, w) in cases {
            assert_eq!(word_hash(w), word_def(w), "word_hash, {name}");
            assert_eq!(lower_hash(w), lower_def(w), "lower_hash, {name}");
            assert_eq!(upper_hash(w), word_def(&w.to_uppercase()), "upper_hash, {name}");
            assert_eq!(fnv_byte(word_hash(w), b'.'), word_def(&format!("{w}.")), "with a period, {name}");
            for (k, _) in w.char_indices() {
                assert_eq!(hash_more(word_hash(&w[..k]), &w[k..]), word_hash(w), "hash_more at {k}, {name}");
            }
        }
        // The cluster table read from its lines gives every line's path, and skips bad lines.
        let c = Clusters::from_tsv(
            "Oslo\t0000000000000101\r\nbad line\nx\t2\nBergen\t1000000000000000\nOSLO\t1111111111111111",
        );
        assert_eq!(c.get(lower_hash("oslo")), Some(5), "first casing kept, CRLF trimmed");
        assert_eq!(c.get(lower_hash("Bergen")), Some(0x8000));
        assert_eq!(c.get(lower_hash("x")), None, "not a binary path");
        assert_eq!(c.len(), 2);
    }

    #[test]
    fn table_sizes() {
        // Memory after start-up (16-byte slots): printed for the README's figure, and a guard
        // against a table silently growing past its budget.
        let g = gazetteer().slots.len() * 16;
        let c = embedded().clusters.table.slots.len() * 16;
        eprintln!("gazetteer table {g} bytes ({} keys), cluster table {c} bytes", gazetteer().len);
        assert!(g <= 4 << 20 && c <= 4 << 20);
    }

    #[test]
    fn phrase_hits_cover_multi_word_entries() {
        let words = ["flights", "to", "Buenos", "Aires", "resumed"];
        let infos: Vec<Info> = words.iter().map(|w| info(w, &mark(w), &Clusters::default())).collect();
        let hits = phrase_hits(&infos, &words);
        assert_eq!(hits.iter().map(|h| h.0 & 128 != 0).collect::<Vec<_>>(), [false, false, true, true, false]);
        assert!(hits[2].1 && !hits[3].1, "begins at Buenos only");
    }

    #[test]
    fn transitions_are_constrained() {
        // I-PER (2) only after B-PER (1) or I-PER (2).
        assert!(!allowed(None, 2));
        assert!(allowed(Some(1), 2));
        assert!(allowed(Some(2), 2));
        assert!(!allowed(Some(3), 2));
        assert!(!allowed(Some(0), 2));
        assert!(allowed(Some(0), 1));
    }

    #[test]
    fn viterbi_never_starts_inside() {
        // Emissions that prefer I-PER everywhere still decode to B-PER I-PER.
        let mut e = [[0.0f32; N_LABELS]; 2];
        e[0][2] = 5.0;
        e[1][2] = 5.0;
        let mut out = [0u8; 2];
        viterbi(&e, &[[0.0; N_LABELS]; N_LABELS], &[0.0; N_LABELS], &mut out);
        assert!(allowed(None, out[0]) && allowed(Some(out[0]), out[1]));
        assert_eq!(out[1], 2);
    }

    // The fused tagger (both passes' weights interleaved, the second pass adding only history
    // features to sums kept from the first) must give exactly the labels of running the two
    // models one after the other on whole-document features.
    #[test]
    fn fused_passes_match_the_models_run_in_turn() {
        let e = embedded();
        let tagger = e.model.as_ref().expect("embedded model");
        assert_eq!(tagger.stages(), 2);
        let text = "Anna Berg of Norsk Vind met Paulo Reis in Lisbon . Berg said Vind would hire . \
                    BERG , REIS AGREE ON LISBON PLANT . Reis flew home to Porto on Friday .";
        let words: Vec<&str> = text.split_whitespace().collect();
        let ends: Vec<usize> = (0..words.len()).filter(|&i| words[i] == ".").map(|i| i + 1).collect();
        let sentences: Vec<Range<usize>> =
            std::iter::once(0).chain(ends.iter().copied()).zip(ends.iter().copied()).map(|(a, b)| a..b).collect();
        let (m1, m2) = (tagger.stage(0), tagger.stage(1));
        let f1 = extract(&words, &sentences, m1.groups, m1.bits, &e.clusters, None);
        let first = m1.tag(&f1, &sentences);
        let f2 = extract(&words, &sentences, m2.groups, m2.bits, &e.clusters, Some(&first));
        let second = m2.tag(&f2, &sentences);
        assert_eq!(tagger.tag(&words, &sentences, &e.clusters), second);
        assert!(second.iter().any(|&l| l != 0), "the sample has names");
        // And the file form survives the interleaving.
        let back = Tagger::from_bytes(&tagger.to_bytes()).unwrap();
        assert_eq!(back.weights, tagger.weights);
        assert!(Tagger::new(vec![m2, m1]).is_err(), "history in the first stage");
    }

    #[test]
    fn tagger_bytes_round_trip() {
        let stage = |groups: u8, seed: usize| Model {
            bits: 8,
            groups: Groups(groups),
            scale: 0.5,
            trans: [[0.25; N_LABELS]; N_LABELS],
            start: [1.0; N_LABELS],
            // Mostly zero, as trained tables are; both signs and the extremes.
            weights: (0..256 * N_LABELS)
                .map(|i| if (i * seed).is_multiple_of(11) { (i % 255) as i8 } else { 0 })
                .collect(),
        };
        let cases = [
            ("one stage", vec![stage(Groups::WORD, 3)]),
            ("two stages", vec![stage(Groups::WORD, 3), stage(Groups::WORD | Groups::HISTORY, 7)]),
        ];
        for (name, stages) in cases {
            let tagger = Tagger::new(stages).unwrap();
            let bytes = tagger.to_bytes();
            let back = Tagger::from_bytes(&bytes).unwrap();
            assert_eq!(back.weights, tagger.weights, "{name}");
            assert_eq!(back.to_bytes(), bytes, "{name}");
            for k in 0..tagger.stages() {
                let (a, b) = (back.stage(k), tagger.stage(k));
                assert_eq!(
                    (a.bits, a.groups, a.scale, a.trans, a.start),
                    (b.bits, b.groups, b.scale, b.trans, b.start)
                );
            }
            assert!(Tagger::from_bytes(&bytes[..bytes.len() - 1]).is_err(), "{name}: truncated");
        }
        assert!(Tagger::from_bytes(b"nonsense").is_err());
        assert!(Tagger::from_bytes(b"AENER\x02\x01").is_err(), "an older version");
    }

    #[test]
    fn embedded_files_are_in_the_current_forms() {
        // The committed model is exactly what the trainer's writer writes for it.
        let raw = inflate(MODEL_FILE, 1 << 28).unwrap();
        assert_eq!(Tagger::from_bytes(&raw).unwrap().to_bytes(), raw);
        let e = embedded();
        assert_eq!(e.clusters.len(), 37_993, "cluster words");
        assert_eq!(e.clusters.get(lower_hash("Oslo")), e.clusters.get(lower_hash("oslo")));
        assert!(e.clusters.get(lower_hash("the")).is_some());
        let mut names = 0;
        read_gazetteers(&inflate(GAZETTEERS_FILE, 1 << 24).unwrap(), |_, _| names += 1).unwrap();
        assert_eq!(names, 28_269, "gazetteer names");
        // City, country and given-name bits from the generated gazetteers.
        for (name, bit) in [("Aachen", 128), ("Norway", 256), ("Ingrid", 512)] {
            assert!(gazetteer_bits(word_hash(name)) & bit != 0, "{name}");
        }
    }

    // ROBUSTNESS: pseudo-random text of mixed scripts, marks and punctuation through the whole
    // engine; every mention must stay in bounds and on character boundaries.
    #[test]
    fn random_text_through_the_engine() {
        let pool: Vec<char> =
            "Aa Bb Zz É é ß ' ’ - ‐ . , \" “ ” ( ) \n \r 1 9 $ % & Mr Dr U.S. الوزير 中文 👍🏽 \u{301} \u{200B}"
                .chars()
                .collect();
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..200 {
            let mut text = String::new();
            for _ in 0..(state % 300) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let c = pool[(state % pool.len() as u64) as usize];
                text.push(c);
                if state % 7 == 3 {
                    text.push_str(" Kerry's Anna-Lena O'Neill NEW YORK ");
                }
            }
            let analysis = crate::analyze(&text, &crate::Options::new());
            for e in &analysis.entities {
                for m in &e.mentions {
                    assert!(m.start < m.end && m.end <= text.len(), "{m:?} in {text:?}");
                    assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end), "{m:?} in {text:?}");
                }
            }
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        let words = ["\u{200B}", "👍🏽", "ÄÖÜ", "", "قال", "x"];
        let names = tag_tokens(&words, &[0..3, 3..6, 5..99]);
        assert!(names.iter().all(|n| n.start < n.end && n.end <= words.len()));
    }
}
