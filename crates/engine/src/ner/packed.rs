//! The compact forms of the embedded tables: front-coded word lists and sparse weight rows.
//! Each file is deflated on top of this; the point of both forms is to hand deflate something
//! it can shrink further than plain text or a dense table.
//!
//! # Word lists
//!
//! A file is a few `#` comment lines (the generator's "do not edit" header), then sections. A
//! section is a line `@name count`, then `count` front-coded words: sorted words share long
//! prefixes ("Aachen", "Aalborg"), so each entry is one byte saying how many bytes it shares
//! with the word before, the rest of the word, and a newline. Measured on the committed tables
//! (deflated sizes): the 38,000 cluster words 67 KB against 105 KB as a plain list, and the
//! gazetteers 103 KB against 132 KB as `name<TAB>kind` lines. A section may be followed by
//! fixed-size values (the cluster paths, two bytes a word), which its reader takes.
//!
//! # Weight rows
//!
//! The recognizer's weight table is 2^18 rows of 18 `i8` weights (both passes), three quarters
//! of the rows all zero and most of the rest partly zero. The sparse form is a bitmap of the
//! rows with any weight, then for each such row a bitmap of its weights that are not zero, then
//! those weights in order. Deflated, that is 332 KB against 460 KB for the dense table, and it
//! decodes in one pass.

/// Appends a section of front-coded words: `@name count`, then the entries.
pub fn write_words<'a>(out: &mut Vec<u8>, name: &str, words: impl ExactSizeIterator<Item = &'a str>) {
    out.extend_from_slice(format!("@{name} {}\n", words.len()).as_bytes());
    let mut prev: &[u8] = &[];
    for w in words {
        let w = w.as_bytes();
        debug_assert!(!w.contains(&b'\n'), "a word with a newline cannot be front-coded");
        let shared = w.iter().zip(prev).take(255).take_while(|(a, b)| a == b).count();
        out.push(shared as u8);
        out.extend_from_slice(&w[shared..]);
        out.push(b'\n');
        prev = w;
    }
}

/// A reader of sections, from the start of a file.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    word: Vec<u8>,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0, word: Vec::new() }
    }

    /// The next section's name and word count, after any comment lines; `None` at the end.
    pub fn section(&mut self) -> Result<Option<(&'a str, usize)>, String> {
        loop {
            let rest = &self.bytes[self.at..];
            if rest.is_empty() {
                return Ok(None);
            }
            let end = rest.iter().position(|&b| b == b'\n').ok_or("table: a line without its end")?;
            let line = &rest[..end];
            self.at += end + 1;
            match line.first() {
                Some(b'#') => continue,
                Some(b'@') => {
                    let line = std::str::from_utf8(&line[1..]).map_err(|_| "table: a section name is not UTF-8")?;
                    let (name, count) = line.split_once(' ').ok_or("table: a section line without a count")?;
                    let count = count.parse().map_err(|_| format!("table: section {name:?} has a bad count"))?;
                    return Ok(Some((name, count)));
                }
                _ => return Err("table: expected a section line".to_string()),
            }
        }
    }

    /// Calls `f` with each of the section's `count` words, in order.
    pub fn words(&mut self, count: usize, mut f: impl FnMut(&str)) -> Result<(), String> {
        self.word.clear();
        for _ in 0..count {
            let rest = &self.bytes[self.at..];
            let (&shared, rest) = rest.split_first().ok_or("table: a section ends early")?;
            let end = rest.iter().position(|&b| b == b'\n').ok_or("table: a section ends early")?;
            if shared as usize > self.word.len() {
                return Err("table: an entry shares more than the word before has".to_string());
            }
            self.word.truncate(shared as usize);
            self.word.extend_from_slice(&rest[..end]);
            self.at += 1 + end + 1;
            f(std::str::from_utf8(&self.word).map_err(|_| "table: a word is not UTF-8")?);
        }
        Ok(())
    }

    /// The next `n` bytes (values that follow a section).
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let b = self.bytes.get(self.at..self.at + n).ok_or("table: values end early")?;
        self.at += n;
        Ok(b)
    }
}

/// The sparse form of a table of `width`-weight rows (`width` at most 32).
pub fn write_rows(out: &mut Vec<u8>, weights: &[i8], width: usize) {
    assert!((1..=32).contains(&width) && weights.len().is_multiple_of(width));
    let rows = weights.len() / width;
    let mut present = vec![0u8; rows.div_ceil(8)];
    let mut masks = Vec::new();
    let mut values = Vec::new();
    for (r, row) in weights.chunks_exact(width).enumerate() {
        let mask = row.iter().enumerate().filter(|(_, &w)| w != 0).fold(0u32, |m, (i, _)| m | 1 << i);
        if mask != 0 {
            present[r / 8] |= 1 << (r % 8);
            masks.extend_from_slice(&mask.to_le_bytes()[..width.div_ceil(8)]);
            values.extend(row.iter().filter(|&&w| w != 0).map(|&w| w as u8));
        }
    }
    out.extend_from_slice(&present);
    out.extend_from_slice(&masks);
    out.extend_from_slice(&values);
}

/// Reads [`write_rows`]'s form of `rows` rows back into a dense table; `bytes` must hold
/// exactly that.
pub fn read_rows(bytes: &[u8], rows: usize, width: usize) -> Result<Vec<i8>, String> {
    let short = || "weights: the table ends early".to_string();
    let mask_len = width.div_ceil(8);
    let present = bytes.get(..rows.div_ceil(8)).ok_or_else(short)?;
    let used: usize = present.iter().map(|b| b.count_ones() as usize).sum();
    let masks = bytes.get(present.len()..present.len() + used * mask_len).ok_or_else(short)?;
    let mut values = bytes[present.len() + masks.len()..].iter();
    let mut weights = vec![0i8; rows * width];
    let mut masks = masks.chunks_exact(mask_len);
    for r in 0..rows {
        if present[r / 8] & (1 << (r % 8)) == 0 {
            continue;
        }
        let mut m = [0u8; 4];
        m[..mask_len].copy_from_slice(masks.next().ok_or_else(short)?);
        let mask = u32::from_le_bytes(m);
        if mask == 0 || mask >> width != 0 {
            return Err("weights: a row's mask is out of range".to_string());
        }
        for (i, w) in weights[r * width..][..width].iter_mut().enumerate() {
            if mask & (1 << i) != 0 {
                *w = *values.next().ok_or_else(short)? as i8;
            }
        }
    }
    if values.next().is_some() {
        return Err("weights: bytes left after the table".to_string());
    }
    Ok(weights)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip() {
        let cases: [(&str, &[&str]); 5] = [
            ("empty section", &[]),
            ("one word", &["Oslo"]),
            ("shared prefixes", &["Aachen", "Aalborg", "Aalen", "Aarhus", "Ab"]),
            ("a word that is a prefix of the next", &["Ada", "Adam", "Adams"]),
            ("multi-byte characters split by the shared bytes", &["Århus", "Åsane", "Évian", "Èze"]),
        ];
        for (name, words) in cases {
            let mut out = b"# a header line\n".to_vec();
            write_words(&mut out, "list", words.iter().copied());
            let mut r = Reader::new(&out);
            assert_eq!(r.section().unwrap(), Some(("list", words.len())), "{name}");
            let mut back = Vec::new();
            r.words(words.len(), |w| back.push(w.to_string())).unwrap();
            assert_eq!(back, *words, "{name}");
            assert_eq!(r.section().unwrap(), None, "{name}: nothing after");
        }
    }

    #[test]
    fn long_shared_prefix_is_capped() {
        // More than 255 shared bytes: the count byte caps, the rest is written out.
        let a = "x".repeat(300);
        let b = format!("{a}y");
        let mut out = Vec::new();
        write_words(&mut out, "long", [a.as_str(), b.as_str()].into_iter());
        let mut back = Vec::new();
        let mut r = Reader::new(&out);
        r.section().unwrap();
        r.words(2, |w| back.push(w.to_string())).unwrap();
        assert_eq!(back, [a, b]);
    }

    #[test]
    fn bad_word_lists_are_errors() {
        let cases: [(&str, &[u8], usize); 5] = [
            ("no section line", b"Oslo\n", 0),
            ("a count that is no number", b"@list many\n", 0),
            ("fewer entries than counted", b"@list 2\n\x00Oslo\n", 2),
            ("sharing more than the word before", b"@list 1\n\x05Oslo\n", 1),
            ("an entry without its newline", b"@list 1\n\x00Oslo", 1),
        ];
        for (name, bytes, count) in cases {
            let mut r = Reader::new(bytes);
            let got = r.section().and_then(|s| {
                s.ok_or("no section".to_string())?;
                r.words(count, |_| {})
            });
            assert!(got.is_err(), "{name}");
        }
    }

    #[test]
    fn rows_round_trip() {
        let cases: [(&str, usize, Vec<i8>); 4] = [
            ("all zero", 9, vec![0; 9 * 20]),
            ("dense", 3, (0..30).map(|i| (i as i8) - 15).collect()),
            ("sparse, width 18 over three mask bytes", 18, {
                let mut w = vec![0i8; 18 * 64];
                for (k, i) in [0usize, 17, 18 * 5 + 9, 18 * 63 + 17, 18 * 40].into_iter().enumerate() {
                    w[i] = [-127, 127, 1, -1, 42][k];
                }
                w
            }),
            ("rows not a multiple of eight", 9, (0..9 * 13).map(|i| if i % 7 == 0 { 3 } else { 0 }).collect()),
        ];
        for (name, width, weights) in cases {
            let mut out = Vec::new();
            write_rows(&mut out, &weights, width);
            assert_eq!(read_rows(&out, weights.len() / width, width).unwrap(), weights, "{name}");
            // Any byte less is an error, as is one more.
            assert!(read_rows(&out[..out.len() - 1], weights.len() / width, width).is_err(), "{name}: a byte short");
            let mut more = out.clone();
            more.push(1);
            assert!(read_rows(&more, weights.len() / width, width).is_err(), "{name}: a byte too many");
        }
    }
}
