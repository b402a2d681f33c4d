//! Time of the quote step alone (detection and attribution) over texts of several sizes, built
//! from the team's own fictional articles plus a paragraph of quote patterns written for this
//! bench. Tokens, sentences and entities are computed once outside the timed loop. Run with
//! `cargo bench -p engine --bench quotes`; divan prints the median time and bytes/s per size.
//! Linear means time per byte stays flat across sizes (cache effects aside: the 1 MB working set
//! no longer fits in cache).

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use engine::{analyze, find_quotes, sentence, token, Options};

mod common;

use common::{repeat_to, ARTICLES};

fn main() {
    divan::main();
}

/// Original sentences exercising every sieve, so the bench is not all prose without quotes.
const PATTERNS: &str = "\"We will rebuild the pier,\" Mayor Ana Ribeiro said on Monday. \"It will take a year.\"\n\n\
Port director Tomas Weller, a former engineer, said: \"The cranes are safe.\"\n\n\
He called the delay \"a small price\" and said the unions had been \u{201C}patient.\u{201D}\n\n\
\u{201C}Nobody told us,\u{201D} the union said. According to Weller, the work is \"on schedule.\"\n\n\
\u{201C}We start at dawn.\u{201D} \u{2015} Lena Ortiz\n\n\
\"KERRY: We made progress.\n\n";

/// The sample and fixture articles and the patterns repeated up to `size` bytes (cut at a space).
fn text_of(size: usize) -> String {
    repeat_to(&format!("{ARTICLES}{PATTERNS}"), size)
}

#[divan::bench(args = [5_000, 100_000, 1_000_000, 3_000_000])]
fn quote_step(bencher: Bencher, size: usize) {
    let text = text_of(size);
    let tokens = token::tokenize(&text);
    let sentences = sentence::split(&text, &tokens);
    let entities = analyze(&text, &Options::new()).entities;
    let found = find_quotes(&text, &tokens, &sentences, &entities);
    assert!(found.len() > size / 1_000, "the bench text should hold quotes: {} found", found.len());
    bencher.counter(BytesCount::of_str(&text)).bench(|| find_quotes(black_box(&text), &tokens, &sentences, &entities));
}
