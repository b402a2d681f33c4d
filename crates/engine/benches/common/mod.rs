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
