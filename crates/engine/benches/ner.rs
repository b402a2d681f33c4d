//! Throughput of the entity step alone (`engine::ner::tag_tokens`: features, scoring, Viterbi)
//! over the team's fictional articles, in tokens. Run with `cargo bench -p engine --bench ner`.

use divan::counter::ItemsCount;
use divan::{black_box, Bencher};

fn main() {
    divan::main();
}

#[divan::bench(args = [1_000, 100_000])]
fn tag_tokens(bencher: Bencher, n: usize) {
    let base = concat!(
        include_str!("../../../samples/sample-article.txt"),
        "\n\n",
        include_str!("../../../tests/fixtures/harbour-strike.txt"),
    );
    let tokens = engine::token::tokenize(base);
    let words: Vec<&str> = tokens.iter().map(|t| t.text(base)).cycle().take(n).collect();
    let sentences: Vec<std::ops::Range<usize>> = (0..n).step_by(25).map(|s| s..(s + 25).min(n)).collect();
    engine::ner::tag_tokens(&words, &sentences);
    bencher.counter(ItemsCount::new(n)).bench(|| engine::ner::tag_tokens(black_box(&words), black_box(&sentences)));
}
