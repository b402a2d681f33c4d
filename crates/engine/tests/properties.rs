//! Properties that must hold for any input, and named pathological inputs that must go through.
//!
//! For every text: `analyze` does not panic, every span is in bounds and on character
//! boundaries, the output is the same on a second run, and the JSON form parses with character
//! and UTF-16 offsets that slice the same text (`common/invariants.rs`, shared with the fuzz
//! target). Timing is not checked here (tests do not time); the benchmarks in benches/ measure
//! speed and linearity.

use engine::{analyze, Options};
use proptest::prelude::*;

mod common {
    pub mod invariants;
}

/// The benches' texts (for `distinct_names`).
#[path = "../benches/common/mod.rs"]
#[allow(dead_code)]
mod texts;

fn check(text: &str) {
    let options = Options::new();
    let a = analyze(text, &options);
    common::invariants::check(text, &a);
    assert_eq!(a, analyze(text, &options), "same text, same analysis");
}

/// Text made of pieces that exercise the extractors: names, quote marks of every kind, dates,
/// numbers, punctuation, other scripts and control characters, glued in any order.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("John Kerry".to_string()),
        Just(" said ".to_string()),
        Just("\"".to_string()),
        Just("\u{201C}".to_string()),
        Just("\u{201D}".to_string()),
        Just("'".to_string()),
        Just("\u{00AB}".to_string()),
        Just("Thursday".to_string()),
        Just("Sept. 22, 2016".to_string()),
        Just(" 2012 ".to_string()),
        Just("$5 million".to_string()),
        Just("35%".to_string()),
        Just("U.S.".to_string()),
        Just("Mr.".to_string()),
        Just(". ".to_string()),
        Just(", ".to_string()),
        Just("\n\n".to_string()),
        Just("\r".to_string()),
        Just("\0".to_string()),
        Just("مرحبا".to_string()),
        Just("東京".to_string()),
        Just("👩\u{200D}👩\u{200D}👧".to_string()),
        Just("e\u{301}".to_string()),
        Just(" he ".to_string()),
        Just("ISSG".to_string()),
        Just("(".to_string()),
        "\\PC{0,8}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode(text in "\\PC{0,300}") {
        check(&text);
    }

    #[test]
    fn any_chars_including_controls(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn news_like_pieces(text in newsish()) {
        check(&text);
    }
}

// PATHOLOGICAL: inputs a person can paste; each must go through with valid output. Sizes are
// about 1 MB so the debug-build test suite stays quick; the benchmarks run the 10 MB versions.

macro_rules! pathological {
    ($name:ident, $text:expr) => {
        #[test]
        fn $name() {
            let text: String = $text;
            check(&text);
        }
    };
}

const MB: usize = 1 << 20;

pathological!(quote_marks_100k, "\"".repeat(100_000));
pathological!(curly_quotes_alternating, "\u{201C}a\u{201D} ".repeat(50_000));
pathological!(no_spaces_1mb, "abcdefghij".repeat(MB / 10));
pathological!(
    deeply_nested_quotes,
    format!("{}x{}", "\u{201C}\u{2018}\"'".repeat(10_000), "\u{201D}\u{2019}\"'".repeat(10_000))
);
pathological!(many_numbers, (0..150_000).map(|n| n.to_string()).collect::<Vec<_>>().join(" "));
pathological!(only_punctuation, ".,;:!?-()[]{}\"'".repeat(MB / 16));
pathological!(right_to_left, "قال الوزير إن المحادثات انتهت يوم الخميس. ".repeat(5_000));
pathological!(cjk, "東京で会談が行われた。外務大臣は「合意した」と述べた。".repeat(5_000));
pathological!(emoji_joiners_combining, "👩\u{200D}👩\u{200D}👧 e\u{301}\u{302} 🇸🇾 ".repeat(20_000));
pathological!(crlf_and_lone_cr, "Line one said Kerry.\r\nLine two\rline three\r\n\r\n".repeat(10_000));
pathological!(nul_bytes, "Kerry\0said\0\"yes\0\"\0".repeat(30_000));
pathological!(single_long_line, "John Kerry said on Thursday that \"talks\" would resume in Geneva, ".repeat(MB / 64));
pathological!(capitalized_run, "Alpha Beta Gamma Delta ".repeat(MB / 23));
pathological!(dates_everywhere, "on Thursday, Sept. 22, 2016, and 2017 and next month ".repeat(15_000));
// One sentence of nothing but dates: the date-line and aside checks must stay linear.
pathological!(dates_alone_one_sentence, "Sept. 22, 2016, 14:20 | ".repeat(MB / 24));
pathological!(html, "<script>alert(1)</script><p class=\"x\">Kerry &amp; Lavrov</p>".repeat(10_000));
// Nearly every name new: the alias step must not compare each with every entity so far.
pathological!(distinct_names, texts::distinct_names(MB / 4));
pathological!(empty, String::new());
pathological!(whitespace_only, " \n\t\r ".repeat(10_000));
