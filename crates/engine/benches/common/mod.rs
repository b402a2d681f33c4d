//! Texts shared by the benches: the team's own fictional articles, repeated to any size.

/// The sample article and a test fixture (fictional, written by the team).
pub const ARTICLES: &str = concat!(
    include_str!("../../../../samples/sample-article.txt"),
    "\n\n",
    include_str!("../../../../tests/fixtures/harbour-strike.txt"),
    "\n\n"
);

/// `base` repeated up to `size` bytes (cut at a space).
pub fn repeat_to(base: &str, size: usize) -> String {
    let mut text = base.repeat(size / base.len() + 1);
    let mut cut = size.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(text[..cut].rfind(' ').unwrap_or(cut));
    text
}

/// About `size` bytes of sentences in which nearly every name is new: "Kalomi Renvel met Dorsa
/// Tunbri of Zopaquin Holdings. Therul said no." Names are made of syllables counting up, so they
/// are distinct and the same on every run.
#[allow(dead_code)] // the analyze bench and the property tests use it, not every bench
pub fn distinct_names(size: usize) -> String {
    const SYLLABLES: [&str; 16] =
        ["ka", "lo", "mi", "ren", "dor", "sa", "vel", "tun", "bri", "zo", "pa", "quin", "ther", "ul", "yan", "gro"];
    let mut next = 0usize;
    let mut name = || {
        next += 1;
        let mut n = next;
        let mut word = String::new();
        while n > 0 {
            word.push_str(SYLLABLES[n % 16]);
            n /= 16;
        }
        let mut chars = word.chars();
        let first = chars.next().unwrap().to_ascii_uppercase();
        format!("{first}{}", chars.as_str())
    };
    let mut text = String::with_capacity(size + 100);
    while text.len() < size {
        let line =
            format!("{} {} met {} {} of {} Holdings. {} said no.\n", name(), name(), name(), name(), name(), name());
        text.push_str(&line);
    }
    text
}
