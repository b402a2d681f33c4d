//! Share links without a server: the text, deflate-compressed and base64url-encoded, in the
//! URL fragment (`#t=…`), which browsers never send to any server.
//!
//! Plain Rust, tested natively. Decoding never panics: a damaged link gives an error to show.

use engine::Hemisphere;
use miniz_oxide::{deflate::compress_to_vec, inflate::decompress_to_vec_with_limit};

/// The fragment key for the text; `d` carries a reference date the reader typed, `h` the
/// hemisphere they chose for the seasons (`n` or `s`).
const TEXT_KEY: &str = "t=";
const DATE_KEY: &str = "d=";
const HEMISPHERE_KEY: &str = "h=";
/// Chromium refuses URLs over 2 MB (2,097,152 characters); stay clear of it.
pub const MAX_FRAGMENT: usize = 2_000_000;
/// A share link never unpacks to more than this (a hostile link cannot exhaust memory).
const MAX_TEXT: usize = 64 << 20;
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    pub text: String,
    pub date: Option<String>,
    pub hemisphere: Option<Hemisphere>,
}

/// Base64url without padding (RFC 4648 §5).
pub fn b64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

pub fn b64_decode(s: &str) -> Option<Vec<u8>> {
    let value = |c: u8| ALPHABET.iter().position(|&a| a == c).map(|v| v as u32);
    let bytes = s.as_bytes();
    if bytes.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3 + 2);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

/// The fragment (without `#`) that carries `text`, an optional reference date and hemisphere,
/// or why not.
pub fn encode(text: &str, date: Option<&str>, hemisphere: Option<Hemisphere>) -> Result<String, String> {
    // Level 9 searches hard and takes many seconds on megabytes of text that will not fit
    // anyway; above 256 KB the fast level 1 is used (a few percent larger).
    let level = if text.len() > 256 * 1024 { 1 } else { 9 };
    let packed = b64_encode(&compress_to_vec(text.as_bytes(), level));
    let mut fragment = format!("{TEXT_KEY}{packed}");
    if let Some(d) = date.filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit() || b == b'-')) {
        fragment = format!("{DATE_KEY}{d}&{fragment}");
    }
    if let Some(h) = hemisphere {
        let h = if h == Hemisphere::South { "s" } else { "n" };
        fragment = format!("{HEMISPHERE_KEY}{h}&{fragment}");
    }
    if fragment.len() > MAX_FRAGMENT {
        return Err(format!(
            "This text is too long for a link ({} KB even compressed; browsers accept about 2,000 KB). \
             Export it instead.",
            fragment.len() / 1000
        ));
    }
    Ok(fragment)
}

/// Reads a fragment (with or without `#`): `None` when it is not a share link at all, else the
/// text or a message saying what is wrong with the link.
pub fn decode(fragment: &str) -> Option<Result<Shared, String>> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut text = None;
    let mut date = None;
    let mut hemisphere = None;
    for part in fragment.split('&') {
        if let Some(v) = part.strip_prefix(TEXT_KEY) {
            text = Some(v);
        } else if let Some(v) = part.strip_prefix(DATE_KEY) {
            date = Some(v.to_string()).filter(|d| engine::parse_date(d).is_ok());
        } else if let Some(v) = part.strip_prefix(HEMISPHERE_KEY) {
            hemisphere = match v {
                "n" => Some(Hemisphere::North),
                "s" => Some(Hemisphere::South),
                _ => None,
            };
        }
    }
    let packed = text?;
    let damaged = "This share link is damaged (it was probably cut short when copied), so its text cannot be \
                   restored. Ask for the link again.";
    let Some(bytes) = b64_decode(packed) else {
        return Some(Err(damaged.to_string()));
    };
    let Ok(raw) = decompress_to_vec_with_limit(&bytes, MAX_TEXT) else {
        return Some(Err(damaged.to_string()));
    };
    Some(match String::from_utf8(raw) {
        Ok(text) => Ok(Shared { text, date, hemisphere }),
        Err(_) => Err(damaged.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_every_length() {
        let data: Vec<u8> = (0..=255u8).collect();
        for n in 0..40 {
            let enc = b64_encode(&data[..n]);
            assert!(enc.bytes().all(|b| ALPHABET.contains(&b)), "url-safe, no padding");
            assert_eq!(b64_decode(&enc).as_deref(), Some(&data[..n]), "length {n}");
        }
        assert_eq!(b64_encode(b"hi?"), "aGk_");
    }

    #[test]
    fn share_round_trip_cases() {
        type Case<'a> = (&'a str, &'a str, Option<&'a str>, Option<Hemisphere>);
        let cases: &[Case] = &[
            ("empty", "", None, None),
            ("plain", "VIENNA, March 15, 2024 - Talks ended.", Some("2024-03-15"), None),
            ("unicode", "Zoë said \"héllo 😀\". مرحبا \u{0}\u{202e}", None, None),
            ("html stays text", "<script>alert(1)</script>", None, None),
            ("southern seasons", "SYDNEY - A hot summer.", None, Some(Hemisphere::South)),
            ("northern seasons and a date", "A hot summer.", Some("2024-01-10"), Some(Hemisphere::North)),
        ];
        for (name, text, date, hemisphere) in cases {
            let fragment = encode(text, *date, *hemisphere).unwrap();
            let back = decode(&format!("#{fragment}")).expect("a share link").expect("intact");
            assert_eq!(back.text, *text, "case {name}");
            assert_eq!(back.date.as_deref(), *date, "case {name}");
            assert_eq!(back.hemisphere, *hemisphere, "case {name}");
        }
        // Repetitive text compresses well.
        let long = "The council met on Tuesday. ".repeat(4000);
        assert!(encode(&long, None, None).unwrap().len() < long.len() / 20);
    }

    #[test]
    fn damaged_and_foreign_fragments() {
        let good = encode("A text long enough to be cut somewhere in the middle of it.", None, None).unwrap();
        let cases: &[(&str, &str, Option<bool>)] = &[
            ("not a share link", "#section-2", None),
            ("empty", "", None),
            ("cut short", &good[..good.len() / 2], Some(false)),
            ("bad characters", "t=%%%%", Some(false)),
            ("impossible length", "t=A", Some(false)),
            ("not deflate", "t=aGVsbG8", Some(false)),
            ("intact", &good, Some(true)),
        ];
        for (name, fragment, want) in cases {
            assert_eq!(decode(fragment).map(|r| r.is_ok()), *want, "case {name}");
        }
        // A bad date is ignored, the text still opens.
        let with_bad_date = format!("d=2024-99-99&{good}");
        assert_eq!(decode(&with_bad_date).unwrap().unwrap().date, None);
        // So is a hemisphere that is neither.
        assert_eq!(decode(&format!("h=x&{good}")).unwrap().unwrap().hemisphere, None);
    }

    #[test]
    fn too_long_says_so() {
        // Random-looking text does not compress: about 3 MB of it cannot fit in a link.
        let mut seed = 7u64;
        let noise: String = (0..3_000_000)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                (b'!' + (seed % 90) as u8) as char
            })
            .collect();
        let err = encode(&noise, None, None).unwrap_err();
        assert!(err.contains("too long"), "{err}");
    }
}
