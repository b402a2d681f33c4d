//! Sentence splitting over tokens.
//!
//! A sentence ends at `.`, `!` or `?` (with any closing quote marks or brackets after it) when
//! the next token could start a sentence, unless the period ends an abbreviation ("Mr.",
//! "Sept.", "Gen.") or an initial ("John F. Kennedy"). Paragraph breaks always end a sentence; a
//! single line break does too, except inside hard-wrapped prose (a lower-case word continues
//! from a word).

use std::ops::Range;

use crate::token::{Token, TokenKind};
use crate::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// The sentence's tokens, as indices into the token list.
    pub tokens: Range<usize>,
    /// True when the sentence starts a paragraph (it follows a line break, or starts the text).
    pub starts_paragraph: bool,
}

/// Words that take a period and do not end a sentence: titles, month and weekday short forms,
/// and common Latin/business abbreviations. Kept sorted for binary search.
const ABBREVIATIONS: &[&str] = &[
    "Adm", "Apr", "Aug", "Capt", "Cmdr", "Co", "Col", "Corp", "Dec", "Dept", "Dr", "Feb", "Fig", "Fri", "Gen", "Gov",
    "Inc", "Jan", "Jr", "Jul", "Jun", "Lt", "Ltd", "Maj", "Mar", "Messrs", "Mon", "Mr", "Mrs", "Ms", "Mt", "No", "Nov",
    "Oct", "Prof", "Rep", "Rev", "Sat", "Sen", "Sep", "Sept", "Sgt", "Sr", "St", "Sun", "Thu", "Thur", "Thurs", "Tue",
    "Tues", "Wed", "approx", "cf", "e.g", "etc", "i.e", "vs",
];

/// Abbreviations after which a capitalized word is still very likely the same sentence
/// ("Mr. Kerry"), unlike "Inc." or "etc." which often end one.
fn is_title_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Gen"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Lt"
            | "Col"
            | "Capt"
            | "Maj"
            | "Sgt"
            | "Adm"
            | "Cmdr"
            | "Rev"
            | "St"
            | "Mt"
            | "Messrs"
            | "No"
            | "Fig"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "vs"
            | "cf"
            | "approx"
    )
}

fn is_closing(t: &str) -> bool {
    matches!(t, "\"" | "\u{201D}" | "\u{2019}" | "'" | ")" | "]" | "\u{00BB}")
}

/// Splits the token list into sentences.
pub fn split(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut start = 0usize;
    let mut starts_paragraph = true;
    let push = |sentences: &mut Vec<Sentence>, from: usize, to: usize, para: bool| {
        if from < to {
            sentences.push(Sentence {
                span: Span::new(tokens[from].span.start, tokens[to - 1].span.end),
                tokens: from..to,
                starts_paragraph: para,
            });
        }
    };
    let mut i = 0;
    while i < tokens.len() {
        // Line breaks before token i.
        if i > start && tokens[i].newlines_before > 0 {
            let prev = tokens[i - 1];
            let cur = tokens[i];
            let wrapped = tokens[i].newlines_before == 1
                && prev.kind == TokenKind::Word
                && cur.kind == TokenKind::Word
                && cur.text(text).chars().next().is_some_and(char::is_lowercase);
            if !wrapped {
                push(&mut sentences, start, i, starts_paragraph);
                start = i;
                starts_paragraph = true;
            }
        }
        let t = tokens[i];
        let s = t.text(text);
        if t.kind == TokenKind::Word && s.len() > 2 && s.ends_with('.') && dotted_word_ends(text, tokens, i) {
            push(&mut sentences, start, i + 1, starts_paragraph);
            start = i + 1;
            starts_paragraph = false;
            i += 1;
            continue;
        }
        let terminal = t.kind == TokenKind::Punct && (s.starts_with(['.', '!', '?']) || s == "\u{2026}");
        if terminal {
            // Take closing quotes and brackets that follow with no space.
            let mut j = i + 1;
            while j < tokens.len() && !tokens[j].space_before && is_closing(tokens[j].text(text)) {
                j += 1;
            }
            if j >= tokens.len() {
                i = j;
                continue;
            }
            if ends_here(text, tokens, i, j) {
                push(&mut sentences, start, j, starts_paragraph);
                start = j;
                starts_paragraph = tokens[j].newlines_before > 0;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push(&mut sentences, start, tokens.len(), starts_paragraph);
    sentences
}

/// Whether the terminal punctuation at `i` (closers up to `next`) ends the sentence.
fn ends_here(text: &str, tokens: &[Token], i: usize, next: usize) -> bool {
    let n = tokens[next];
    if n.newlines_before > 0 {
        return true;
    }
    if !n.space_before && next == i + 1 {
        // "3.5" is one token already; "end.Next" without a space is not a boundary we trust.
        return false;
    }
    let nt = n.text(text);
    let first = nt.chars().next().unwrap_or(' ');
    let starts_sentence = first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(nt, "\"" | "\u{201C}" | "'" | "\u{2018}" | "(" | "[" | "\u{00AB}")
        || n.kind == TokenKind::Other;
    if !starts_sentence {
        return false;
    }
    let p = tokens[i].text(text);
    if p != "." || i == 0 || tokens[i].space_before {
        return true;
    }
    let before = tokens[i - 1];
    let w = before.text(text);
    if before.kind == TokenKind::Word {
        // A single capital letter is an initial ("John F. Kennedy").
        let mut cs = w.chars();
        if cs.next().is_some_and(char::is_uppercase) && cs.next().is_none() {
            return false;
        }
        if crate::lexicon::contains(ABBREVIATIONS, w) {
            // "Sept. 22" or "Mr. Kerry" continue; "...the firm Acme Inc. The next day" ends.
            return !(is_title_abbreviation(w) || first.is_ascii_digit());
        }
    }
    true
}

/// Whether the dotted word at `i` ("p.m.", "U.S.", whose last period is inside the token)
/// also ends the sentence: "The hearing starts at 6 p.m. Written comments are welcome." A
/// capitalized word after "a.m."/"p.m." starts a new sentence unless it is a day, a month or a
/// time zone ("at 10 a.m. Tuesday", "7 p.m. Eastern"); after any other dotted word ("U.S.
/// Treasury") only a word that opens sentences and never names does.
fn dotted_word_ends(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(&next) = tokens.get(i + 1) else { return false };
    // A quotation opening with a capital: "who boarded at 5 a.m. "Now I'll get to work …""
    // (a name in quotation marks after "U.S." is rare beside a quote after a sentence).
    let opening_quote = next.space_before
        && next.newlines_before == 0
        && matches!(next.text(text), "\"" | "\u{201c}")
        && tokens.get(i + 2).is_some_and(|w| !w.space_before && w.is_capitalized(text));
    if opening_quote {
        return true;
    }
    if next.newlines_before > 0 || !next.space_before || next.kind != TokenKind::Word {
        return false;
    }
    let w = next.text(text);
    if !w.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let opener = matches!(
        w,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "But"
            | "And"
            | "In"
            | "On"
            | "At"
            | "This"
            | "That"
            | "There"
            | "These"
            | "Those"
            | "His"
            | "Her"
            | "Their"
            | "Its"
            | "Our"
            | "After"
            | "Before"
            | "When"
            | "While"
            | "Some"
            | "Many"
            | "Most"
            | "No"
            | "If"
    );
    match tokens[i].text(text).to_ascii_lowercase().as_str() {
        "a.m." | "p.m." => {
            let lower = w.to_ascii_lowercase();
            opener
                || !(crate::timex::calendar_or_zone(&lower)
                    || matches!(
                        lower.as_str(),
                        "eastern"
                            | "central"
                            | "pacific"
                            | "mountain"
                            | "local"
                            | "mdt"
                            | "mst"
                            | "pt"
                            | "ct"
                            | "today"
                            | "tomorrow"
                            | "tonight"
                            | "yesterday"
                    ))
        }
        _ => opener,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn sents(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        split(text, &tokens).iter().map(|s| s.span.text(text)).collect()
    }

    macro_rules! t {
        ($name:ident, $input:expr, $expected:expr) => {
            #[test]
            fn $name() {
                let expected: &[&str] = &$expected;
                assert_eq!(sents($input), expected);
            }
        };
    }

    // BASICS
    t!(two_sentences, "The talks ended. Both sides left.", ["The talks ended.", "Both sides left."]);
    t!(question_and_exclamation, "Why? Because! Yes.", ["Why?", "Because!", "Yes."]);
    t!(closing_quote_kept, "\"We won.\" He left.", ["\"We won.\"", "He left."]);
    t!(lowercase_continues, "It cost 3.5 million. it is odd", ["It cost 3.5 million. it is odd"]);

    // ABBREVIATIONS and initials do not end a sentence.
    t!(title_abbreviation, "Mr. Kerry arrived. He spoke.", ["Mr. Kerry arrived.", "He spoke."]);
    t!(month_abbreviation, "On Sept. 22 they met.", ["On Sept. 22 they met."]);
    t!(initial, "John F. Kennedy spoke.", ["John F. Kennedy spoke."]);
    t!(dotted_country, "The U.S. said no.", ["The U.S. said no."]);
    t!(company_abbreviation_ends, "He joined Acme Inc. The firm grew.", ["He joined Acme Inc.", "The firm grew."]);
    // DOTTED WORDS: the period inside "p.m." or "U.S." can end the sentence too.
    t!(clock_ends, "It opens at 6 p.m. Written notes follow.", ["It opens at 6 p.m.", "Written notes follow."]);
    t!(clock_then_weekday, "The vote is at 10 a.m. Tuesday in Dover.", ["The vote is at 10 a.m. Tuesday in Dover."]);
    t!(clock_then_zone, "Polls close at 8 p.m. Eastern time.", ["Polls close at 8 p.m. Eastern time."]);
    t!(
        clock_then_quote,
        "said Alicia Tran, who boarded at 5 a.m. \"Now I'll get to work.\"",
        ["said Alicia Tran, who boarded at 5 a.m.", "\"Now I'll get to work.\""]
    );
    t!(
        dotted_word_then_quote,
        "She moved to the U.S. \u{201c}It was home,\u{201d} she said.",
        ["She moved to the U.S.", "\u{201c}It was home,\u{201d} she said."]
    );
    t!(country_ends, "She moved to the U.S. The job paid well.", ["She moved to the U.S.", "The job paid well."]);
    t!(country_then_name, "The U.S. Treasury said no.", ["The U.S. Treasury said no."]);

    // LINES: paragraphs and headlines split; hard-wrapped prose does not.
    t!(headline_line, "Talks collapse\nGENEVA - The talks ended.", ["Talks collapse", "GENEVA - The talks ended."]);
    t!(wrapped_line, "The talks\nended today.", ["The talks\nended today."]);
    t!(paragraphs, "One\n\nTwo", ["One", "Two"]);
    t!(empty, "", []);
    t!(only_punct, "...!?", ["...!?"]);
}
