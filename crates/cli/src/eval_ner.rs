//! `article-explorer eval ner FILE`: the engine's name recognizer scored on a CoNLL-2003 file
//! exactly as conlleval scores it (exact span and type), plus token throughput.
//!
//! The file's own tokens are fed to the recognizer (`engine::ner::tag_tokens`), one document at
//! a time, so that spans compare token for token with the gold ones; the engine's tokenizer is
//! not involved. The recognizer predicts the four CoNLL types; the engine's GROUP/MISC split,
//! MONEY and PERCENT happen after it and are not scored here. Predictions are written in IOB1,
//! the files' scheme, so that conlleval's token accuracy compares like with like.

use std::time::Instant;

use engine::ner::{self, conll};

pub fn run(file: &str) -> Result<bool, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let docs = conll::parse(&text).map_err(|e| format!("{file}: {e}"))?;
    // Decode the embedded model before timing: that happens once per process, not per text.
    let start = Instant::now();
    if !ner::model_loaded() {
        return Err("the embedded name model did not load".to_string());
    }
    let load = start.elapsed().as_secs_f64();
    let (score, tokens, seconds) = evaluate(&docs);
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
