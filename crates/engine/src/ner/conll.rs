//! Reading CoNLL-2003 files and scoring entity spans exactly as `conlleval` does.
//!
//! Used by `article-explorer eval ner` and by the trainer; the data itself is read at run time
//! from `../shared/data` and never committed.

use std::collections::BTreeMap;

/// One document: its sentences, each a list of `(word, gold tag)`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    pub sentences: Vec<Vec<(String, String)>>,
}

/// Parses a CoNLL file (word first, NER tag last on each line; blank lines end sentences;
/// `-DOCSTART-` lines start documents). Tags are kept as written (IOB1 or IOB2).
///
/// Lines with fewer than two columns are an error naming the line, so a wrong file is not
/// silently scored as empty.
pub fn parse(text: &str) -> Result<Vec<Document>, String> {
    let mut docs: Vec<Document> = Vec::new();
    let mut sentence: Vec<(String, String)> = Vec::new();
    let flush = |docs: &mut Vec<Document>, sentence: &mut Vec<(String, String)>| {
        if !sentence.is_empty() {
            if docs.is_empty() {
                docs.push(Document::default());
            }
            docs.last_mut().unwrap().sentences.push(std::mem::take(sentence));
        }
    };
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() {
            flush(&mut docs, &mut sentence);
            continue;
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols[0] == "-DOCSTART-" {
            flush(&mut docs, &mut sentence);
            docs.push(Document::default());
            continue;
        }
        if cols.len() < 2 {
            return Err(format!("line {}: expected `word … tag`, found {line:?}", n + 1));
        }
        sentence.push((cols[0].to_string(), cols[cols.len() - 1].to_string()));
    }
    flush(&mut docs, &mut sentence);
    docs.retain(|d| !d.sentences.is_empty());
    Ok(docs)
}

/// An entity span over token indices `start..end` of one sentence.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Chunk {
    pub start: usize,
    pub end: usize,
    pub kind: String,
}

fn split_tag(tag: &str) -> (&str, &str) {
    match tag.split_once('-') {
        Some((p, t)) => (p, t),
        None => ("O", ""),
    }
}

/// Entity spans of a tag sequence by conlleval's rule: a chunk starts at `B-X`, or at `I-X`
/// after a token that is not inside an X chunk; it goes on while `I-X` follows. Reads IOB1 and
/// IOB2 alike.
pub fn chunks(tags: &[&str]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let (prefix, kind) = split_tag(tag);
        let continues = prefix == "I" && open.is_some_and(|(_, k)| k == kind);
        if !continues {
            if let Some((s, k)) = open.take() {
                out.push(Chunk { start: s, end: i, kind: k.to_string() });
            }
            if prefix == "B" || prefix == "I" {
                open = Some((i, kind));
            }
        }
    }
    if let Some((s, k)) = open {
        out.push(Chunk { start: s, end: tags.len(), kind: k.to_string() });
    }
    out
}

/// Writes chunks as IOB1 tags (`I-X`, and `B-X` only right after another X chunk), the scheme
/// of the CoNLL-2003 files, so that token accuracy compares like with like.
pub fn to_iob1(len: usize, chunks: &[Chunk]) -> Vec<String> {
    let mut tags = vec!["O".to_string(); len];
    let mut prev: Option<&Chunk> = None;
    for c in chunks {
        for (i, tag) in tags.iter_mut().enumerate().take(c.end.min(len)).skip(c.start) {
            let b = i == c.start && prev.is_some_and(|p| p.end == c.start && p.kind == c.kind);
            *tag = format!("{}-{}", if b { "B" } else { "I" }, c.kind);
        }
        prev = Some(c);
    }
    tags
}

/// Counts for precision and recall.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Chunks in the gold tags.
    pub gold: usize,
    /// Chunks predicted.
    pub found: usize,
    /// Predicted chunks with the same span and type as a gold chunk.
    pub correct: usize,
}

impl Counts {
    pub fn precision(self) -> f64 {
        if self.found == 0 {
            0.0
        } else {
            100.0 * self.correct as f64 / self.found as f64
        }
    }
    pub fn recall(self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            100.0 * self.correct as f64 / self.gold as f64
        }
    }
    pub fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// A conlleval score: token accuracy, and chunk counts overall and per type.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Score {
    pub tokens: usize,
    pub correct_tags: usize,
    pub overall: Counts,
    pub by_type: BTreeMap<String, Counts>,
}

impl Score {
    /// Adds one sentence: gold and predicted tags, token by token (any IOB scheme).
    pub fn add(&mut self, gold: &[&str], guess: &[&str]) {
        debug_assert_eq!(gold.len(), guess.len());
        self.tokens += gold.len();
        self.correct_tags += gold.iter().zip(guess).filter(|(g, p)| g == p).count();
        let gold_chunks = chunks(gold);
        let guess_chunks = chunks(guess);
        for c in &gold_chunks {
            self.overall.gold += 1;
            self.by_type.entry(c.kind.clone()).or_default().gold += 1;
        }
        for c in &guess_chunks {
            self.overall.found += 1;
            let t = self.by_type.entry(c.kind.clone()).or_default();
            t.found += 1;
            if gold_chunks.binary_search(c).is_ok() {
                t.correct += 1;
                self.overall.correct += 1;
            }
        }
    }

    pub fn accuracy(&self) -> f64 {
        if self.tokens == 0 {
            0.0
        } else {
            100.0 * self.correct_tags as f64 / self.tokens as f64
        }
    }

    /// The report in conlleval's exact format.
    pub fn report(&self) -> String {
        let o = self.overall;
        let mut s = format!(
            "processed {} tokens with {} phrases; found: {} phrases; correct: {}.\n",
            self.tokens, o.gold, o.found, o.correct
        );
        if self.tokens > 0 {
            s += &format!(
                "accuracy: {:6.2}%; precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}\n",
                self.accuracy(),
                o.precision(),
                o.recall(),
                o.f1()
            );
        }
        for (kind, c) in &self.by_type {
            s += &format!(
                "{:>17}: precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}  {}\n",
                kind,
                c.precision(),
                c.recall(),
                c.f1(),
                c.found
            );
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(tags: &[&str]) -> Vec<(usize, usize, String)> {
        chunks(tags).into_iter().map(|c| (c.start, c.end, c.kind)).collect()
    }

    // CHUNK RULE: conlleval's start and end of chunk, IOB1 and IOB2.
    #[test]
    fn iob1_and_iob2_read_alike() {
        let iob1 = ["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"];
        let iob2 = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-ORG"];
        let expected = vec![
            (0, 2, "PER".to_string()),
            (3, 4, "LOC".to_string()),
            (4, 5, "LOC".to_string()),
            (5, 6, "ORG".to_string()),
        ];
        assert_eq!(kinds(&iob1), expected);
        assert_eq!(kinds(&iob2), expected);
    }

    #[test]
    fn stray_i_after_other_type_starts_a_chunk() {
        assert_eq!(kinds(&["I-PER", "I-ORG", "I-ORG"]), vec![(0, 1, "PER".into()), (1, 3, "ORG".into())]);
    }

    #[test]
    fn iob1_round_trip() {
        let tags = ["I-PER", "B-PER", "O", "I-LOC", "I-ORG"];
        let written = to_iob1(tags.len(), &chunks(&tags));
        assert_eq!(written, tags);
    }

    #[test]
    fn parse_documents_and_sentences() {
        let text = "-DOCSTART- -X- O O\n\nAnna NNP I-NP I-PER\nran VBD I-VP O\n\nOslo NNP I-NP I-LOC\n\n\
                    -DOCSTART- -X- O O\n\nYes UH O O\n";
        let docs = parse(text).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].sentences.len(), 2);
        assert_eq!(docs[0].sentences[0][0], ("Anna".to_string(), "I-PER".to_string()));
        assert_eq!(docs[1].sentences[0][0].1, "O");
        assert!(parse("lonely\n").is_err());
    }

    // SCORING: a hand-made sentence pair with counts worked out by hand.
    // Gold: [Anna Berg]PER ran [Oslo]LOC to [Nordvik Bank]ORG , [Dane]MISC (4 chunks).
    #[test]
    fn score_matches_hand_counts() {
        let gold = ["I-PER", "I-PER", "O", "I-LOC", "O", "I-ORG", "I-ORG", "O", "I-MISC"];
        let guess = ["I-PER", "I-PER", "I-PER", "I-ORG", "O", "I-ORG", "O", "O", "O"];
        let mut s = Score::default();
        s.add(&gold, &guess);
        // "ran" extends Anna Berg to a 3-token PER, so even PER is wrong: PER(0..3), ORG(3..4),
        // ORG(5..6).
        assert_eq!(s.overall, Counts { gold: 4, found: 3, correct: 0 });
        let mut s = Score::default();
        // [Anna Berg]PER correct; [Oslo]ORG wrong type; [Nordvik]ORG wrong span; [,]PER
        // spurious; Dane missed: found 4, correct 1.
        let guess = ["I-PER", "I-PER", "O", "I-ORG", "O", "I-ORG", "O", "I-PER", "O"];
        s.add(&gold, &guess);
        assert_eq!(s.overall, Counts { gold: 4, found: 4, correct: 1 });
        assert_eq!(s.by_type["PER"], Counts { gold: 1, found: 2, correct: 1 });
        assert_eq!(s.by_type["ORG"], Counts { gold: 1, found: 2, correct: 0 });
        assert_eq!(s.by_type["MISC"], Counts { gold: 1, found: 0, correct: 0 });
        // Equal tags at positions 0, 1, 2, 4 and 5: 5 of 9.
        assert_eq!(s.correct_tags, 5);
        let report = s.report();
        assert_eq!(report.lines().next().unwrap(), "processed 9 tokens with 4 phrases; found: 4 phrases; correct: 1.");
        assert_eq!(
            report.lines().nth(1).unwrap(),
            "accuracy:  55.56%; precision:  25.00%; recall:  25.00%; FB1:  25.00"
        );
        assert_eq!(
            report.lines().nth(5).unwrap(),
            "              PER: precision:  50.00%; recall: 100.00%; FB1:  66.67  2"
        );
    }
}
