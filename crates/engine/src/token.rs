//! Splitting text into tokens: words, numbers, punctuation and other symbols, each with its span.
//!
//! Whitespace is not a token; instead each token records how many line breaks precede it, which
//! is what the sentence splitter and the quote finder (paragraph ends) need.

use crate::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes, hyphens or dotted initials ("don't",
    /// "al-Assad", "U.S.").
    Word,
    /// Starts with a digit: "2016", "1,500", "3.5", "22nd".
    Number,
    /// One punctuation character, or a run of the same one ("...", "--").
    Punct,
    /// Anything else: symbols, emoji, marks from scripts without letters we know.
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Line breaks in the whitespace before this token (capped at 255).
    pub newlines_before: u8,
    /// Whether any whitespace precedes this token (or it starts the text).
    pub space_before: bool,
}

impl Token {
    pub fn text(self, text: &str) -> &str {
        self.span.text(text)
    }

    /// True for a word whose first character is upper case ("Kerry", "ISSG", "U.S.").
    pub fn is_capitalized(self, text: &str) -> bool {
        self.kind == TokenKind::Word && self.text(text).chars().next().is_some_and(char::is_uppercase)
    }

    /// True when this token is the punctuation character `c` (or a run of it).
    pub fn is_punct(self, text: &str, c: char) -> bool {
        self.kind == TokenKind::Punct && self.text(text).starts_with(c)
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn is_hyphen(c: char) -> bool {
    c == '-' || c == '\u{2010}' || c == '\u{2011}'
}

/// Word characters: letters and digits of any script, plus combining marks so that decomposed
/// accents stay inside their word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Splits `text` into tokens.
///
/// ```
/// use engine::token::{tokenize, TokenKind};
/// let text = "Kerry's U.S. team, don't wait... 1,500 al-Assad";
/// let words: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
/// assert_eq!(words, ["Kerry", "'s", "U.S.", "team", ",", "don't", "wait", "...", "1,500", "al-Assad"]);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut newlines: u32 = 0;
    let mut space = true;
    // Characters after a lone CR count as a new line too (old Mac line ends); CRLF counts once.
    let mut prev_cr = false;
    // Each token's end is a character boundary, so the scan jumps there (walking the token's
    // characters a second time to skip them was a tenth of the time step).
    let mut start = 0;
    while let Some(c) = text[start..].chars().next() {
        if c.is_whitespace() || c == '\0' {
            if c == '\n' {
                if !prev_cr {
                    newlines += 1;
                }
            } else if c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
                newlines += 1;
            }
            prev_cr = c == '\r';
            space = true;
            start += c.len_utf8();
            continue;
        }
        prev_cr = false;
        let rest = &text[start + c.len_utf8()..];
        let possessive = is_apostrophe(c)
            && !space
            && rest.starts_with(['s', 'S'])
            && !rest[1..].chars().next().is_some_and(is_word_char);
        let end = if possessive {
            // The possessive "'s" that `word_end` split off "Kerry's".
            start + c.len_utf8() + 1
        } else if is_word_char(c) {
            word_end(text, start)
        } else if c.is_ascii_punctuation() || is_unicode_punct(c) {
            // A run of the same character ("...", "--", "!!") is one token.
            let mut end = start + c.len_utf8();
            if matches!(c, '.' | '-' | '!' | '?' | '*' | '=' | '_' | '~' | '#') {
                while text[end..].starts_with(c) {
                    end += c.len_utf8();
                }
            }
            end
        } else {
            start + c.len_utf8()
        };
        let end = end.max(start + c.len_utf8());
        let kind = if possessive {
            TokenKind::Word
        } else if c.is_ascii_digit() || c.is_numeric() && !c.is_alphabetic() {
            TokenKind::Number
        } else if is_word_char(c) {
            TokenKind::Word
        } else if c.is_ascii_punctuation() || is_unicode_punct(c) {
            TokenKind::Punct
        } else {
            TokenKind::Other
        };
        tokens.push(Token {
            span: Span::new(start, end),
            kind,
            newlines_before: newlines.min(255) as u8,
            space_before: space,
        });
        newlines = 0;
        space = false;
        start = end;
    }
    tokens
}

fn is_unicode_punct(c: char) -> bool {
    matches!(
        c,
        '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{00A1}' | '\u{00A7}' | '\u{00AB}'
            | '\u{00B6}' | '\u{00B7}' | '\u{00BB}' | '\u{00BF}' | '\u{3001}'..='\u{3003}'
            | '\u{3008}'..='\u{3011}' | '\u{FF01}'..='\u{FF0F}'
    )
}

/// End of the word or number starting at `start`.
///
/// Inner joiners are kept when a word character follows them: apostrophes ("don't", but "'s" is
/// split off so that "Kerry's" yields the name "Kerry"), hyphens ("al-Assad"), and in numbers
/// `,` `.` `:` between digits ("1,500", "3.5", "14:30"). Dotted initials ("U.S.", "a.m.") keep
/// their final period.
fn word_end(text: &str, start: usize) -> usize {
    let chars = text[start..].char_indices().map(|(i, c)| (start + i, c));
    let mut end = start;
    let mut prev: Option<char> = None;
    // Dotted-initials state: every part so far is one letter followed by a period.
    let mut dotted = true;
    let mut part_len = 0usize;
    let mut saw_dot = false;
    for (i, c) in chars {
        if is_word_char(c) {
            end = i + c.len_utf8();
            part_len += 1;
            prev = Some(c);
            continue;
        }
        let next = text[i + c.len_utf8()..].chars().next();
        let next_is_word = next.is_some_and(is_word_char);
        let p = prev.unwrap_or(' ');
        if is_apostrophe(c) && next_is_word && p.is_alphabetic() {
            // Split the possessive 's / ’s (and "s'" stays with the word below).
            let rest = &text[i + c.len_utf8()..];
            let after_s = rest.chars().nth(1);
            if rest.starts_with(['s', 'S']) && !after_s.is_some_and(is_word_char) {
                break;
            }
            end = i + c.len_utf8();
            prev = Some(c);
            dotted = false;
            continue;
        }
        if is_hyphen(c) && next_is_word && is_word_char(p) {
            end = i + c.len_utf8();
            prev = Some(c);
            dotted = false;
            part_len = 0;
            continue;
        }
        // "S&P", "AT&T", "M&S": an ampersand between capitals without spaces is inside a name
        // (CoNLL-2003, which the tagger learned from, has them as one token).
        if c == '&' && p.is_uppercase() && next.is_some_and(char::is_uppercase) {
            end = i + 1;
            prev = Some(c);
            dotted = false;
            continue;
        }
        if matches!(c, ',' | '.' | ':') && p.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()) {
            end = i + 1;
            prev = Some(c);
            continue;
        }
        if c == '.' && p.is_alphabetic() && dotted && part_len == 1 {
            // "U.S." / "a.m.": a single letter then a period; take the period if another
            // single letter follows or if we are already inside such a run.
            let next_single =
                next.is_some_and(char::is_alphabetic) && !text[i + 1..].chars().nth(1).is_some_and(is_word_char);
            if next_single || saw_dot {
                end = i + 1;
                saw_dot = true;
                part_len = 0;
                prev = Some(c);
                if next_single {
                    continue;
                }
            }
            break;
        }
        break;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    macro_rules! t {
        ($name:ident, $input:expr, $expected:expr) => {
            #[test]
            fn $name() {
                let expected: &[&str] = &$expected;
                assert_eq!(toks($input), expected);
            }
        };
    }

    // BASICS: words, numbers, punctuation.
    t!(plain_words, "The talks ended.", ["The", "talks", "ended", "."]);
    t!(possessive_split, "Kerry's plan", ["Kerry", "'s", "plan"]);
    t!(curly_possessive_split, "Kerry\u{2019}s plan", ["Kerry", "\u{2019}s", "plan"]);
    t!(contraction_kept, "don't go", ["don't", "go"]);
    t!(plural_possessive, "rebels' lines", ["rebels", "'", "lines"]);
    t!(hyphen_name, "Deir ez-Zor", ["Deir", "ez-Zor"]);
    t!(dotted_initials, "the U.S. and U.N. said", ["the", "U.S.", "and", "U.N.", "said"]);
    t!(abbreviation_period_split, "Mr. Kerry", ["Mr", ".", "Kerry"]);
    t!(initial_period_split, "John F. Kennedy", ["John", "F", ".", "Kennedy"]);
    t!(numbers, "1,500 people, 3.5% at 14:30", ["1,500", "people", ",", "3.5", "%", "at", "14:30"]);
    t!(ampersand_in_name, "S&P 500 and AT&T", ["S&P", "500", "and", "AT&T"]);
    t!(spaced_ampersand_split, "Marks & Spencer, R &D", ["Marks", "&", "Spencer", ",", "R", "&", "D"]);
    t!(ordinal, "the 22nd of", ["the", "22nd", "of"]);
    t!(ellipsis_run, "wait... now", ["wait", "...", "now"]);
    t!(quotes_are_punct, "\u{201C}Yes,\u{201D} he said", ["\u{201C}", "Yes", ",", "\u{201D}", "he", "said"]);
    t!(trailing_dash, "end -", ["end", "-"]);
    t!(dash_run_at_end, "a --", ["a", "--"]);

    // ROBUSTNESS: scripts, emoji, control characters.
    t!(arabic, "قال الوزير", ["قال", "الوزير"]);
    t!(emoji, "ok 👍🏽 yes", ["ok", "👍", "🏽", "yes"]);
    t!(nul_bytes, "a\0b", ["a", "b"]);
    t!(empty, "", []);

    #[test]
    fn newlines_counted() {
        let text = "One.\r\n\r\nTwo.\rThree";
        let t = tokenize(text);
        assert_eq!(t[2].newlines_before, 2);
        assert_eq!(t[4].newlines_before, 1);
    }
}
