//! `article-explorer eval ner FILE`: the engine's name recognizer scored on a CoNLL-2003 file
//! exactly as conlleval scores it (exact span and type), plus token throughput.
//!
//! The file's own tokens are fed to the recognizer (`engine::ner::tag_tokens`), one document at
//! a time, so that spans compare token for token with the gold ones; the engine's tokenizer is
//! not involved. The recognizer predicts the four CoNLL types; the engine's GROUP/MISC split,
//! MONEY and PERCENT happen after it and are not scored here. Predictions are written in IOB1,
//! the files' scheme, so that conlleval's token accuracy compares like with like.
//!
//! With `--engine`, each document's text is rebuilt (tokens joined by single spaces, sentences
//! by line breaks) and run through [`engine::analyze`]: the engine's own tokenizer, sentence
//! splitter, rules and alias step. Mentions are mapped back to the file's tokens by byte
//! offsets; GROUP counts as MISC, MONEY and PERCENT are ignored. Throughput then covers the
//! whole analysis (time expressions and quotes too).

use std::time::Instant;

use engine::ner::{self, conll};

pub fn run(file: &str, whole_engine: bool) -> Result<bool, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let docs = conll::parse(&text).map_err(|e| format!("{file}: {e}"))?;
    // Decode the embedded model before timing: that happens once per process, not per text.
    let start = Instant::now();
    if !ner::model_loaded() {
        return Err("the embedded name model did not load".to_string());
    }
    let load = start.elapsed().as_secs_f64();
    let (score, tokens, seconds) = if whole_engine { evaluate_engine(&docs) } else { evaluate(&docs) };
    print!("{}", score.report());
    println!("model decoded in {load:.3} s (once per process)");
    println!(
        "tagged {tokens} tokens in {:.3} s: {:.0} tokens/s (features, scoring and decoding; one core)",
        seconds,
        tokens as f64 / seconds.max(1e-9)
    );
    Ok(true)
}

/// Scores every document; also returns the number of tokens and the seconds spent tagging.
pub fn evaluate(docs: &[conll::Document]) -> (conll::Score, usize, f64) {
    let mut score = conll::Score::default();
    let mut tokens = 0;
    let mut seconds = 0.0;
    for doc in docs {
        let mut words: Vec<&str> = Vec::new();
        let mut sentences = Vec::new();
        for s in &doc.sentences {
            let start = words.len();
            words.extend(s.iter().map(|(w, _)| w.as_str()));
            sentences.push(start..words.len());
        }
        let t = Instant::now();
        let names = ner::tag_tokens(&words, &sentences);
        seconds += t.elapsed().as_secs_f64();
        tokens += words.len();
        let mut names = names.into_iter().peekable();
        for (s, range) in doc.sentences.iter().zip(&sentences) {
            let mut chunks = Vec::new();
            while let Some(n) = names.next_if(|n| n.start < range.end) {
                chunks.push(conll::Chunk {
                    start: n.start - range.start,
                    end: n.end.min(range.end) - range.start,
                    kind: ner::TYPES[n.kind as usize].to_string(),
                });
            }
            let guess = conll::to_iob1(s.len(), &chunks);
            let gold: Vec<&str> = s.iter().map(|(_, t)| t.as_str()).collect();
            let guess: Vec<&str> = guess.iter().map(String::as_str).collect();
            score.add(&gold, &guess);
        }
    }
    (score, tokens, seconds)
}

/// The whole engine on each document's rebuilt text (see the module documentation).
pub fn evaluate_engine(docs: &[conll::Document]) -> (conll::Score, usize, f64) {
    let mut score = conll::Score::default();
    let mut tokens = 0;
    let mut seconds = 0.0;
    let options = engine::Options::new();
    for doc in docs {
        // Rebuild the text and remember each token's byte span and sentence.
        let mut text = String::new();
        let mut spans: Vec<(usize, usize, usize)> = Vec::new();
        for (si, s) in doc.sentences.iter().enumerate() {
            if si > 0 {
                text.push('\n');
            }
            for (k, (w, _)) in s.iter().enumerate() {
                if k > 0 {
                    text.push(' ');
                }
                spans.push((text.len(), text.len() + w.len(), si));
                text.push_str(w);
            }
        }
        let t = Instant::now();
        let analysis = engine::analyze(&text, &options);
        seconds += t.elapsed().as_secs_f64();
        tokens += spans.len();
        let mut chunks: Vec<Vec<conll::Chunk>> = vec![Vec::new(); doc.sentences.len()];
        let offsets: Vec<usize> = doc
            .sentences
            .iter()
            .scan(0, |acc, s| {
                let start = *acc;
                *acc += s.len();
                Some(start)
            })
            .collect();
        for e in &analysis.entities {
            let kind = match e.kind {
                engine::EntityType::Person => "PER",
                engine::EntityType::Org => "ORG",
                engine::EntityType::Loc => "LOC",
                engine::EntityType::Group | engine::EntityType::Misc => "MISC",
                engine::EntityType::Money | engine::EntityType::Percent => continue,
            };
            for m in &e.mentions {
                // The file's tokens the mention overlaps, cut at the end of the first one's
                // sentence.
                let first = spans.partition_point(|&(_, end, _)| end <= m.start);
                let Some(&(_, _, sentence)) = spans.get(first) else { continue };
                let mut last = first;
                while last + 1 < spans.len() && spans[last + 1].0 < m.end && spans[last + 1].2 == sentence {
                    last += 1;
                }
                if spans[first].0 >= m.end {
                    continue;
                }
                let base = offsets[sentence];
                chunks[sentence].push(conll::Chunk {
                    start: first - base,
                    end: last + 1 - base,
                    kind: kind.to_string(),
                });
            }
        }
        for (s, mut found) in doc.sentences.iter().zip(chunks) {
            found.sort();
            found.dedup_by(|b, a| b.start < a.end);
            let guess = conll::to_iob1(s.len(), &found);
            let gold: Vec<&str> = s.iter().map(|(_, t)| t.as_str()).collect();
            let guess: Vec<&str> = guess.iter().map(String::as_str).collect();
            score.add(&gold, &guess);
        }
    }
    (score, tokens, seconds)
}
