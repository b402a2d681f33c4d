//! Throughput of `analyze` over texts of several sizes, built from the team's own fictional
//! articles (samples/ and tests/fixtures/). Run with `cargo bench -p engine`; divan prints the
//! median time and bytes/s per size.

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use engine::{analyze, Options};

fn main() {
    divan::main();
}

/// The sample and fixture articles repeated up to `size` bytes (cut at a space).
fn text_of(size: usize) -> String {
    let base = concat!(
        include_str!("../../../samples/sample-article.txt"),
        "\n\n",
        include_str!("../../../tests/fixtures/harbour-strike.txt"),
        "\n\n"
    );
    let mut text = base.repeat(size / base.len() + 1);
    let mut cut = size.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(text[..cut].rfind(' ').unwrap_or(cut));
    text
}

#[divan::bench(args = [1_000, 5_000, 1_000_000])]
fn analyze_text(bencher: Bencher, size: usize) {
    let text = text_of(size);
    let options = Options::new();
    bencher.counter(BytesCount::of_str(&text)).bench(|| analyze(black_box(&text), &options));
}

#[divan::bench(args = [5_000, 1_000_000])]
fn analyze_and_serialize(bencher: Bencher, size: usize) {
    let text = text_of(size);
    let options = Options::new();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| engine::json::to_string(&text, &analyze(black_box(&text), &options)));
}
