//! Turning what a reader pastes or opens into clean text (plain Rust, tested natively).
//!
//! Rich text (HTML from the clipboard or an .html file) is parsed by the browser's DOMParser
//! into a detached document, which runs no scripts and loads nothing, and only its text is
//! walked (`app.rs`); the walk marks block boundaries with line breaks and [`tidy`] turns those
//! into paragraphs. Nothing a reader pastes is ever inserted into the page as HTML.

/// How a file will be read, from its name and MIME type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Text,
    Html,
}

/// Files we open: .txt, .md (and .markdown, .text) as text, .html/.htm as HTML. `Err` says why not.
pub fn file_kind(name: &str, mime: &str) -> Result<FileKind, String> {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    match ext {
        "html" | "htm" | "xhtml" => Ok(FileKind::Html),
        "txt" | "text" | "md" | "markdown" => Ok(FileKind::Text),
        _ if mime == "text/html" => Ok(FileKind::Html),
        _ if mime.starts_with("text/") => Ok(FileKind::Text),
        _ => Err(format!("Could not open “{name}”: only .txt, .md and .html files can be read.")),
    }
}

/// Whether decoded file text looks like a binary file read as text (a NUL, or mostly
/// replacement characters from invalid UTF-8).
pub fn looks_binary(text: &str) -> bool {
    let sample: Vec<char> = text.chars().take(4096).collect();
    let bad = sample.iter().filter(|&&c| c == '\u{fffd}').count();
    sample.contains(&'\0') || (sample.len() >= 16 && bad * 10 > sample.len())
}

/// Cleans text walked out of HTML: whitespace runs inside a line become one space, lines are
/// trimmed, a single line break stays (a `<br>`), and two or more become one blank line (a
/// paragraph break).
pub fn tidy(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut blank_run = 0usize;
    for line in raw.split('\n') {
        let words: Vec<&str> = line.split([' ', '\t', '\r', '\u{a0}', '\u{c}']).filter(|w| !w.is_empty()).collect();
        if words.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        out.push_str(&words.join(" "));
        blank_run = 0;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_cases() {
        let cases = [
            ("empty", "", ""),
            ("blocks", "\n\nTitle\n\n\n\nFirst  para\n\ngraph.\n\n", "Title\n\nFirst para\n\ngraph."),
            ("br keeps a line", "a\nb", "a\nb"),
            ("nbsp and tabs", "a\u{a0}\u{a0}b\t c", "a b c"),
            ("only space", " \n \n\t", ""),
            ("unicode", "\n\nZoë  😀\n\n", "Zoë 😀"),
        ];
        for (name, raw, want) in cases {
            assert_eq!(tidy(raw), want, "case {name}");
        }
    }

    #[test]
    fn file_kind_cases() {
        let cases: &[(&str, &str, &str, Option<FileKind>)] = &[
            ("txt", "a.txt", "text/plain", Some(FileKind::Text)),
            ("md without type", "Notes.MD", "", Some(FileKind::Text)),
            ("html", "page.html", "text/html", Some(FileKind::Html)),
            ("htm", "page.htm", "", Some(FileKind::Html)),
            ("html by type", "download", "text/html", Some(FileKind::Html)),
            ("csv by type", "t.csv", "text/csv", Some(FileKind::Text)),
            ("pdf", "paper.pdf", "application/pdf", None),
            ("image", "x.png", "image/png", None),
        ];
        for (name, file, mime, want) in cases {
            assert_eq!(file_kind(file, mime).ok(), *want, "case {name}");
        }
        assert!(file_kind("x.png", "image/png").unwrap_err().contains("x.png"));
    }

    #[test]
    fn binary_detection() {
        assert!(looks_binary("PK\u{3}\u{4}\0\0"));
        assert!(looks_binary(&"\u{fffd}ab".repeat(20)));
        assert!(!looks_binary("A normal article, with “quotes” and é."));
        assert!(!looks_binary(""));
    }
}
