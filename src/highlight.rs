//! Cutting a text and a set of possibly overlapping spans into flat pieces for display.
//!
//! Entity mentions, quotes, time expressions and event sentences overlap and nest (a name inside
//! a quote, a quote spanning two sentences). Rather than building a tree of elements, which
//! breaks as soon as two spans cross, we cut the text at every span boundary and give each
//! piece the set of spans that cover it. The view then renders one flat element per piece with
//! classes for every covering span: crossing spans cost nothing and can never unbalance tags.
//!
//! Everything here is plain Rust, tested natively, and never panics: spans out of bounds or
//! inside a UTF-8 character are clamped and widened to character boundaries first.

use engine::Span;

/// A paragraph of the text (one non-blank line) cut into pieces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph<K> {
    pub span: Span,
    pub pieces: Vec<Piece<K>>,
}

/// A run of text covered by the same set of marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece<K> {
    pub span: Span,
    /// The marks covering this piece, with their full (cleaned) spans, sorted.
    pub marks: Vec<(Span, K)>,
}

impl<K> Piece<K> {
    /// Whether `mark`'s span ends where this piece ends (to label a mention once, at its end).
    pub fn closes(&self, mark: Span) -> bool {
        mark.end == self.span.end
    }
}

/// The paragraphs of `text`: each line with some non-whitespace content, without its line
/// break and its leading and trailing whitespace.
///
/// Articles pasted from the web use either blank lines or single line breaks between
/// paragraphs; treating every line break as a paragraph break keeps both readable.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let is_break = |c: char| matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}');
    let mut push = |start: usize, end: usize| {
        let line = &text[start..end];
        let trimmed = line.trim_start();
        let lead = line.len() - trimmed.len();
        let trimmed = trimmed.trim_end();
        if !trimmed.is_empty() {
            out.push(Span::new(start + lead, start + lead + trimmed.len()));
        }
    };
    for (i, c) in text.char_indices() {
        if is_break(c) {
            push(line_start, i);
            line_start = i + c.len_utf8();
        }
    }
    push(line_start, text.len());
    out
}

/// Clamps `span` to `text` and widens it to character boundaries; `None` if nothing is left.
pub fn clean_span(text: &str, span: Span) -> Option<Span> {
    let len = text.len();
    let mut start = span.start.min(len);
    let mut end = span.end.min(len);
    if start >= end {
        return None;
    }
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    Some(Span::new(start, end))
}

/// The text of `span`, or `""` if the span does not fit the text (never panics).
pub fn slice(text: &str, span: Span) -> &str {
    text.get(span.start..span.end).unwrap_or("")
}

/// Cuts `text` into paragraphs of pieces, each piece carrying the marks that cover it.
///
/// Marks may overlap, nest, repeat, cross paragraph breaks or be invalid; invalid ones are
/// cleaned with [`clean_span`] or dropped. Joining the pieces of a paragraph gives back the
/// paragraph's text exactly.
pub fn layout<K: Copy + Ord>(text: &str, marks: &[(Span, K)]) -> Vec<Paragraph<K>> {
    let mut marks: Vec<(Span, K)> =
        marks.iter().filter_map(|&(span, key)| clean_span(text, span).map(|s| (s, key))).collect();
    marks.sort();
    marks.dedup();

    let mut next = 0; // first mark not yet opened
    let mut active: Vec<(Span, K)> = Vec::new();
    let mut out = Vec::new();
    for para in paragraphs(text) {
        // Every mark boundary strictly inside the paragraph is a cut.
        let mut cuts = vec![para.start, para.end];
        let inside = |p: usize| para.start < p && p < para.end;
        let upcoming = marks[next..].iter().take_while(|m| m.0.start < para.end);
        for (span, _) in active.iter().chain(upcoming) {
            for p in [span.start, span.end] {
                if inside(p) {
                    cuts.push(p);
                }
            }
        }
        cuts.sort_unstable();
        cuts.dedup();

        let mut pieces = Vec::with_capacity(cuts.len() - 1);
        for w in cuts.windows(2) {
            let (a, b) = (w[0], w[1]);
            active.retain(|m| m.0.end > a);
            while next < marks.len() && marks[next].0.start <= a {
                if marks[next].0.end > a {
                    active.push(marks[next]);
                }
                next += 1;
            }
            let mut covering = active.clone();
            covering.sort();
            pieces.push(Piece { span: Span::new(a, b), marks: covering });
        }
        out.push(Paragraph { span: para, pieces });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Renders a layout as `[text|keys]` pieces and ` / ` between paragraphs, for compact tests.
    fn render(text: &str, marks: &[(Span, u32)]) -> String {
        layout(text, marks)
            .iter()
            .map(|p| {
                p.pieces
                    .iter()
                    .map(|piece| {
                        let t = slice(text, piece.span);
                        if piece.marks.is_empty() {
                            t.to_string()
                        } else {
                            let keys: Vec<String> = piece.marks.iter().map(|m| m.1.to_string()).collect();
                            format!("[{t}|{}]", keys.join(","))
                        }
                    })
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join(" / ")
    }

    // PARAGRAPHS: line breaks of every kind split; blank and whitespace-only lines vanish.
    #[test]
    fn paragraphs_split_at_line_breaks() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("empty", "", &[]),
            ("blank", " \n\t\n", &[]),
            ("one", "One line.", &["One line."]),
            ("blank line", "A.\n\nB.", &["A.", "B."]),
            ("crlf", "A.\r\n\r\nB.\r\n", &["A.", "B."]),
            ("trim", "  A. \n B.", &["A.", "B."]),
            ("unicode sep", "A.\u{2029}B.", &["A.", "B."]),
        ];
        for (name, text, want) in cases {
            let got: Vec<&str> = paragraphs(text).iter().map(|s| slice(text, *s)).collect();
            assert_eq!(&got, want, "case {name}");
        }
    }

    // LAYOUT: nesting, crossing, duplicates and paragraph-crossing marks.
    #[test]
    fn layout_cases() {
        /// (name, text, marks, expected rendering)
        type Case<'a> = (&'a str, &'a str, &'a [(Span, u32)], &'a str);
        let cases: &[Case] = &[
            ("no marks", "Hello world", &[], "Hello world"),
            ("one mark", "Hello world", &[(sp(6, 11), 1)], "Hello [world|1]"),
            ("nested", "He said it was fine.", &[(sp(3, 19), 1), (sp(8, 10), 2)], "He [said |1][it|1,2][ was fine|1]."),
            ("crossing", "abcdef", &[(sp(0, 4), 1), (sp(2, 6), 2)], "[ab|1][cd|1,2][ef|2]"),
            ("duplicate", "abc", &[(sp(0, 3), 1), (sp(0, 3), 1)], "[abc|1]"),
            ("same span, two keys", "abc", &[(sp(0, 3), 2), (sp(0, 3), 1)], "[abc|1,2]"),
            ("across paragraphs", "ab\n\ncd", &[(sp(1, 5), 1)], "a[b|1] / [c|1]d"),
            ("mark in the gap only", "ab\n\ncd", &[(sp(2, 4), 1)], "ab / cd"),
            ("empty and inverted", "abc", &[(sp(1, 1), 1), (sp(2, 1), 2)], "abc"),
            ("out of bounds", "abc", &[(sp(1, 99), 1), (sp(50, 60), 2)], "a[bc|1]"),
        ];
        for (name, text, marks, want) in cases {
            assert_eq!(render(text, marks), *want, "case {name}");
        }
    }

    // UTF-8: spans inside a character are widened, never sliced.
    #[test]
    fn layout_never_cuts_inside_a_character() {
        let text = "né 😀 שלום";
        // 2 falls inside "é" (bytes 1..3), 6 inside the emoji (bytes 4..8).
        let out = render(text, &[(sp(2, 6), 1)]);
        assert_eq!(out, "n[é 😀|1] שלום");
    }

    // PROPERTY: for arbitrary marks on a mixed-script text, pieces rebuild each paragraph,
    // lie on character boundaries, and carry exactly the marks overlapping them.
    #[test]
    fn layout_property_pieces_rebuild_paragraphs() {
        let text = "Zoë said \"héllo 😀\".\n\nمرحبا <b>x</b>\r\n\u{0}\u{7f} end";
        let n = text.len();
        let mut seed = 0x2545_f491_u64;
        let mut rand = |m: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % (m as u64 + 1)) as usize
        };
        for _ in 0..300 {
            let marks: Vec<(Span, u32)> = (0..rand(6)).map(|k| (sp(rand(n + 3), rand(n + 3)), k as u32)).collect();
            let cleaned: Vec<(Span, u32)> =
                marks.iter().filter_map(|&(s, k)| clean_span(text, s).map(|s| (s, k))).collect();
            for para in layout(text, &marks) {
                let joined: String = para.pieces.iter().map(|p| slice(text, p.span)).collect();
                assert_eq!(joined, slice(text, para.span));
                for piece in &para.pieces {
                    assert!(text.is_char_boundary(piece.span.start));
                    assert!(text.is_char_boundary(piece.span.end));
                    assert!(piece.span.start < piece.span.end);
                    let mut want: Vec<(Span, u32)> =
                        cleaned.iter().copied().filter(|m| m.0.overlaps(piece.span)).collect();
                    want.sort();
                    want.dedup();
                    assert_eq!(piece.marks, want, "marks {marks:?}");
                    for m in &piece.marks {
                        assert!(m.0.contains(piece.span));
                    }
                }
            }
        }
    }
}
