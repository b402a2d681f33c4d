//! Throughput of the time step alone (tokens, sentences, time expressions), over the team's
//! own fictional articles repeated to several sizes, and over a date-dense text written for
//! this bench. Run with `cargo bench -p engine --bench timex`; divan prints the median time and
//! bytes/s per size. Equal bytes/s across sizes shows the step is linear in text length.

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use engine::{time_expressions, Date, Options};

mod common;

use common::{repeat_to, ARTICLES};

fn main() {
    divan::main();
}

/// A paragraph written for this bench, dense in time expressions of every kind.
const DENSE: &str = "BERLIN, March 4, 2019 - The two-year-old dispute flared again on Thursday evening, \
    three weeks after talks held from 9 to 16 February collapsed. Output fell in the fourth quarter \
    and was flat a year earlier; between 2010 and 2012 it grew nearly 5% annually. Ministers will \
    meet next Monday at 9 a.m. and again in the spring, officials said, after a meeting last fall \
    and another earlier this month. The plant, closed since 1998, reopened in the 1990s for a \
    five-and-a-half-year trial. Every Monday the market opens at noon; prices are currently high.\n\n";

fn options() -> Options {
    Options::new().reference_date(Date::new(2019, 3, 4).unwrap())
}

#[divan::bench(args = [10_000, 1_000_000, 4_000_000])]
fn articles_time_step(bencher: Bencher, size: usize) {
    let text = repeat_to(ARTICLES, size);
    let options = options();
    bencher.counter(BytesCount::of_str(&text)).bench(|| time_expressions(black_box(&text), &options));
}

#[divan::bench(args = [10_000, 1_000_000, 4_000_000])]
fn dense_time_step(bencher: Bencher, size: usize) {
    let text = repeat_to(DENSE, size);
    let options = options();
    bencher.counter(BytesCount::of_str(&text)).bench(|| time_expressions(black_box(&text), &options));
}

/// Tokens and sentences only: what the time step costs beyond segmentation is the difference.
#[divan::bench(args = [1_000_000])]
fn segmentation_only(bencher: Bencher, size: usize) {
    let text = repeat_to(ARTICLES, size);
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        let tokens = engine::token::tokenize(black_box(&text));
        engine::sentence::split(&text, &tokens).len()
    });
}
