//! Throughput of `analyze` and of each of its steps, over texts of several sizes built from the
//! team's own fictional articles (samples/ and tests/fixtures/), in English and mixed with
//! paragraphs in other scripts written for this bench. Run with
//!
//! ```sh
//! cargo bench -p engine --bench analyze
//! ```
//!
//! divan prints the median (and fastest) time per call, with bytes/s and tokens/s ("items/s",
//! tokens as `engine::token::tokenize` counts them). Linear time means equal throughput at every
//! size: time(10 MB) / time(1 MB) ≈ 10 (the issue's budget is ≤ 11). README.md, "Speed and
//! size", has the figures.

use divan::counter::{BytesCount, ItemsCount};
use divan::{black_box, Bencher};
use engine::{analyze, json, sentence, steps, token, Options};

mod common;

use common::{repeat_to, ARTICLES};

fn main() {
    divan::main();
}

/// Paragraphs written for this bench in Arabic, Hebrew (right to left), Chinese and Japanese (no
/// spaces between words), and English crowded with emoji (joiners, skin tones, flags, variation
/// selectors), to go between the English articles.
const OTHER_SCRIPTS: &str = "\
أعلن مجلس المدينة يوم الاثنين خطة لإعادة فتح الميناء في الربيع. وقالت رئيسة البلدية إن العمل سيبدأ قريبا، وإن الصيادين سيعودون إلى الرصيف القديم.

מועצת העיר הודיעה ביום שני על תוכנית לפתוח מחדש את הנמל באביב. ראש העירייה אמרה שהעבודה תתחיל בקרוב ושהדייגים יחזרו לרציף הישן.

市议会周一宣布了在春季重新开放港口的计划。市长说，工程将很快开始，渔民们会回到旧码头。

市議会は月曜日、春に港を再開する計画を発表した。市長は「工事はまもなく始まる」と述べた。

🚢⚓️ The harbour 🌊 reopens in May 🎉 and the families 👨‍👩‍👧‍👦 of the crew 👩🏽‍🔧👨🏿‍✈️ wave 👋🏼 from the pier 🇵🇹🇯🇵🏳️‍🌈. \"It feels like home 🏠❤️,\" said Lena Ortiz 🙂.

";

/// English: the articles repeated up to `size` bytes.
fn english(size: usize) -> String {
    repeat_to(ARTICLES, size)
}

/// Mixed scripts: the articles and the other-script paragraphs in turn (about 40 % of the bytes
/// in other scripts) up to `size` bytes.
fn mixed(size: usize) -> String {
    repeat_to(&format!("{ARTICLES}{OTHER_SCRIPTS}"), size)
}

fn tokens(text: &str) -> ItemsCount {
    ItemsCount::new(token::tokenize(text).len())
}

const KB: usize = 1_000;
const MB: usize = 1_000_000;

/// The whole analysis, English, short texts (many samples).
#[divan::bench(args = [KB, 5 * KB])]
fn analyze_english(bencher: Bencher, size: usize) {
    let text = english(size);
    let options = Options::new();
    bencher.counter(BytesCount::of_str(&text)).counter(tokens(&text)).bench(|| analyze(black_box(&text), &options));
}

/// The whole analysis, English, long and very long texts (10 samples of one call each).
#[divan::bench(args = [MB, 10 * MB], sample_count = 10, sample_size = 1)]
fn analyze_english_long(bencher: Bencher, size: usize) {
    let text = english(size);
    let options = Options::new();
    bencher.counter(BytesCount::of_str(&text)).counter(tokens(&text)).bench(|| analyze(black_box(&text), &options));
}

/// The whole analysis, mixed scripts.
#[divan::bench(args = [5 * KB])]
fn analyze_mixed(bencher: Bencher, size: usize) {
    let text = mixed(size);
    let options = Options::new();
    bencher.counter(BytesCount::of_str(&text)).counter(tokens(&text)).bench(|| analyze(black_box(&text), &options));
}

#[divan::bench(args = [MB, 10 * MB], sample_count = 10, sample_size = 1)]
fn analyze_mixed_long(bencher: Bencher, size: usize) {
    let text = mixed(size);
    let options = Options::new();
    bencher.counter(BytesCount::of_str(&text)).counter(tokens(&text)).bench(|| analyze(black_box(&text), &options));
}

/// Analysis and JSON as the CLI writes it (character offsets) and as the JavaScript API does
/// (UTF-16 offsets).
#[divan::bench(args = [5 * KB, MB], sample_count = 20)]
fn analyze_and_serialize(bencher: Bencher, size: usize) {
    let text = english(size);
    let options = Options::new();
    bencher
        .counter(BytesCount::of_str(&text))
        .counter(tokens(&text))
        .bench(|| json::to_string(&text, &analyze(black_box(&text), &options)));
}

#[divan::bench(args = [5 * KB, MB], sample_count = 20)]
fn analyze_and_serialize_utf16(bencher: Bencher, size: usize) {
    let text = mixed(size);
    let options = Options::new();
    bencher
        .counter(BytesCount::of_str(&text))
        .counter(tokens(&text))
        .bench(|| json::to_string_with(&text, &analyze(black_box(&text), &options), json::Unit::Utf16));
}

/// Each step of `analyze` alone over a 1 MB text, given what the steps before it found (computed
/// outside the timed loop): where the time goes. Counters are the whole text's bytes and tokens,
/// so the steps' times add up to `analyze`'s.
mod step {
    use super::*;

    const SIZES: [usize; 2] = [MB, 10 * MB];

    struct Prepared {
        text: String,
        tokens: Vec<token::Token>,
        sentences: Vec<sentence::Sentence>,
        time: steps::Time,
        entities: Vec<engine::Entity>,
        quotes: Vec<engine::Quote>,
        options: Options,
    }

    fn prepare(size: usize) -> Prepared {
        let text = english(size);
        let options = Options::new();
        let tokens = token::tokenize(&text);
        let sentences = sentence::split(&text, &tokens);
        let time = steps::time(&text, &tokens, &sentences, &options);
        let entities = steps::entities(&text, &tokens, &sentences, &time);
        let quotes = steps::quotes(&text, &tokens, &sentences, &entities);
        Prepared { text, tokens, sentences, time, entities, quotes, options }
    }

    fn counted<'a, 'b>(bencher: Bencher<'a, 'b>, p: &Prepared) -> Bencher<'a, 'b> {
        bencher.counter(BytesCount::of_str(&p.text)).counter(ItemsCount::new(p.tokens.len()))
    }

    #[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
    fn tokenize(bencher: Bencher, size: usize) {
        let p = prepare(size);
        counted(bencher, &p).bench(|| token::tokenize(black_box(&p.text)));
    }

    #[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
    fn sentences(bencher: Bencher, size: usize) {
        let p = prepare(size);
        counted(bencher, &p).bench(|| sentence::split(black_box(&p.text), &p.tokens));
    }

    #[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
    fn timex(bencher: Bencher, size: usize) {
        let p = prepare(size);
        counted(bencher, &p).bench(|| steps::time(black_box(&p.text), &p.tokens, &p.sentences, &p.options));
    }

    /// The tagging model, the rules around it, money and percentages, and merging into entities.
    #[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
    fn entities(bencher: Bencher, size: usize) {
        let p = prepare(size);
        counted(bencher, &p).bench(|| steps::entities(black_box(&p.text), &p.tokens, &p.sentences, &p.time));
    }

    #[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
    fn quotes(bencher: Bencher, size: usize) {
        let p = prepare(size);
        counted(bencher, &p).bench(|| steps::quotes(black_box(&p.text), &p.tokens, &p.sentences, &p.entities));
    }

    #[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
    fn timeline(bencher: Bencher, size: usize) {
        let p = prepare(size);
        counted(bencher, &p)
            .bench(|| steps::timeline(black_box(&p.text), &p.tokens, &p.sentences, &p.time, &p.entities, &p.quotes));
    }
}

/// The pathological inputs of tests/properties.rs at 1 MB and 10 MB (the tests run them at about
/// 1 MB in a debug build and do not time them): time(10 MB) / time(1 MB) ≈ 10 shows each stays
/// linear.
mod pathological {
    use super::*;

    const SIZES: [usize; 2] = [MB, 10 * MB];

    fn bench(bencher: Bencher, unit: &str, size: usize) {
        let text = repeat_to(unit, size);
        let options = Options::new();
        bencher.counter(BytesCount::of_str(&text)).counter(tokens(&text)).bench(|| analyze(black_box(&text), &options));
    }

    #[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
    fn single_long_line(bencher: Bencher, size: usize) {
        bench(bencher, "John Kerry said on Thursday that \"talks\" would resume in Geneva, ", size);
    }

    #[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
    fn no_spaces(bencher: Bencher, size: usize) {
        // repeat_to cuts at a space: keep one at the very end.
        bench(bencher, &format!("{} ", "abcdefghij".repeat(size / 10)), size + 1);
    }

    #[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
    fn quote_marks(bencher: Bencher, size: usize) {
        bench(bencher, "\" ", size);
    }

    #[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
    fn capitalized_run(bencher: Bencher, size: usize) {
        bench(bencher, "Alpha Beta Gamma Delta ", size);
    }

    #[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
    fn dates_everywhere(bencher: Bencher, size: usize) {
        bench(bencher, "on Thursday, Sept. 22, 2016, and 2017 and next month ", size);
    }

    #[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
    fn dates_alone(bencher: Bencher, size: usize) {
        bench(bencher, "Sept. 22, 2016, 14:20 | ", size);
    }

    /// Every name new: the alias step must find a name's group without looking at every group
    /// so far (it did: 1 MB took 8 s, 2 MB 54 s).
    #[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
    fn distinct_names(bencher: Bencher, size: usize) {
        let text = common::distinct_names(size);
        let options = Options::new();
        bencher.counter(BytesCount::of_str(&text)).counter(tokens(&text)).bench(|| analyze(black_box(&text), &options));
    }
}
