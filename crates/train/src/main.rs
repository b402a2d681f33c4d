//! Trainer for the engine's name recognizer (`engine::ner`). Not part of the runtime build.
//!
//! ```text
//! cargo run --release -p train -- ner --train ../shared/data/conll2003/train.txt \
//!     --dev ../shared/data/conll2003/dev.txt \
//!     --clusters ../shared/data/word-clusters/clusters-50k.tsv \
//!     --out crates/engine/data/ner.model.deflate \
//!     --clusters-out crates/engine/data/clusters.deflate --seed 1
//! ```
//!
//! An averaged structured perceptron: each epoch visits the training sentences in an order
//! shuffled by a seeded generator, decodes with the same constrained Viterbi as the engine, and
//! on a mistake adds the gold sequence's features and subtracts the predicted one's. After each
//! epoch the averaged weights are scored on dev; the best epoch is kept (that is the tuning on
//! dev), quantized to `i8` with one scale, scored again through the engine's own decoder, and
//! written deflated. Same inputs and seed give the same bytes.

use std::collections::BTreeMap;
use std::ops::Range;
use std::process::ExitCode;
use std::time::Instant;

use engine::ner::{self, conll, Clusters, Features, Groups, Model, N_LABELS};

struct Args {
    train: String,
    dev: String,
    clusters: Option<String>,
    out: Option<String>,
    clusters_out: Option<String>,
    seed: u64,
    epochs: usize,
    bits: u32,
    groups: Groups,
    /// Share of non-zero weights (per million) allowed to clamp when quantizing.
    clamp_ppm: u64,
    /// 1: first pass only; 2: add the document-level second pass.
    passes: usize,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    if it.next().as_deref() != Some("ner") {
        return Err(
            "usage: train ner --train FILE --dev FILE [--clusters TSV] [--out FILE] [--clusters-out FILE] \
                    [--seed N] [--epochs N] [--bits N] [--passes 1|2] [--groups word,shape,cluster,gazetteer,document]"
                .into(),
        );
    }
    let mut map: BTreeMap<String, String> = BTreeMap::new();
    while let Some(k) = it.next() {
        let v = it.next().ok_or(format!("{k} needs a value"))?;
        map.insert(k.trim_start_matches("--").to_string(), v);
    }
    let num = |k: &str, d: u64| -> Result<u64, String> {
        map.get(k).map_or(Ok(d), |v| v.parse().map_err(|_| format!("--{k} {v:?} is not a number")))
    };
    Ok(Args {
        train: map.get("train").cloned().ok_or("--train is required")?,
        dev: map.get("dev").cloned().ok_or("--dev is required")?,
        clusters: map.get("clusters").cloned(),
        out: map.get("out").cloned(),
        clusters_out: map.get("clusters-out").cloned(),
        seed: num("seed", 1)?,
        epochs: num("epochs", 16)? as usize,
        bits: num("bits", 18)? as u32,
        clamp_ppm: num("clamp-ppm", 0)?,
        passes: num("passes", 2)? as usize,
        groups: map.get("groups").map_or(Ok(Groups::ALL), |g| Groups::parse(g))?,
    })
}

/// One document ready for training: words, sentence ranges, gold IOB2 labels, the gold tags as
/// written (for conlleval scoring) and the features of the stage being trained.
struct Doc {
    words: Vec<String>,
    sentences: Vec<Range<usize>>,
    gold: Vec<u8>,
    tags: Vec<String>,
    features: Features,
}

impl Doc {
    fn words(&self) -> Vec<&str> {
        self.words.iter().map(String::as_str).collect()
    }
}

fn load(path: &str) -> Result<Vec<Doc>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let docs = conll::parse(&text)?;
    Ok(docs
        .iter()
        .map(|d| {
            let mut words = Vec::new();
            let mut tags = Vec::new();
            let mut sentences = Vec::new();
            let mut gold = Vec::new();
            for s in &d.sentences {
                let start = words.len();
                let sent_tags: Vec<&str> = s.iter().map(|(_, t)| t.as_str()).collect();
                let mut labels = vec![0u8; s.len()];
                for c in conll::chunks(&sent_tags) {
                    let t = ner::TYPES.iter().position(|&t| t == c.kind).unwrap_or(3) as u8;
                    labels[c.start] = 1 + 2 * t;
                    for l in &mut labels[c.start + 1..c.end] {
                        *l = 2 + 2 * t;
                    }
                }
                gold.extend(labels);
                for (w, t) in s {
                    words.push(w.clone());
                    tags.push(t.clone());
                }
                sentences.push(start..words.len());
            }
            Doc { words, sentences, gold, tags, features: Features::default() }
        })
        .collect())
}

fn featurize(docs: &mut [Doc], groups: Groups, bits: u32, clusters: &Clusters, history: Option<&[Vec<u8>]>) {
    for (k, d) in docs.iter_mut().enumerate() {
        let h = history.map(|h| h[k].as_slice());
        d.features = ner::extract(&d.words(), &d.sentences, groups, bits, clusters, h);
    }
}

/// Float weights during training.
struct Weights {
    w: Vec<f32>,
    trans: [[f32; N_LABELS]; N_LABELS],
    start: [f32; N_LABELS],
}

impl Weights {
    fn zeros(rows: usize) -> Weights {
        Weights { w: vec![0.0; rows * N_LABELS], trans: [[0.0; N_LABELS]; N_LABELS], start: [0.0; N_LABELS] }
    }

    fn decode(&self, f: &Features, s: &Range<usize>, out: &mut [u8]) {
        let emissions: Vec<[f32; N_LABELS]> = s
            .clone()
            .map(|i| {
                let mut e = [0.0f32; N_LABELS];
                for &row in f.of(i) {
                    let w = &self.w[row as usize * N_LABELS..row as usize * N_LABELS + N_LABELS];
                    for l in 0..N_LABELS {
                        e[l] += w[l];
                    }
                }
                e
            })
            .collect();
        ner::viterbi(&emissions, &self.trans, &self.start, out);
    }

    fn tag(&self, d: &Doc) -> Vec<u8> {
        let mut labels = vec![0u8; d.gold.len()];
        for r in &d.sentences {
            self.decode(&d.features, r, &mut labels[r.clone()]);
        }
        labels
    }
}

/// Deterministic xorshift64* generator for shuffling.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

fn score(docs: &[Doc], mut tag: impl FnMut(&Doc) -> Vec<u8>) -> conll::Score {
    let mut score = conll::Score::default();
    for d in docs {
        let labels = tag(d);
        for s in &d.sentences {
            let all = 0..s.len();
            let whole = std::slice::from_ref(&all);
            let names = ner::names_of(&labels[s.clone()], whole);
            let chunks: Vec<conll::Chunk> = names
                .iter()
                .map(|n| conll::Chunk { start: n.start, end: n.end, kind: ner::TYPES[n.kind as usize].to_string() })
                .collect();
            let guess = conll::to_iob1(s.len(), &chunks);
            let gold: Vec<&str> = d.tags[s.clone()].iter().map(String::as_str).collect();
            let guess: Vec<&str> = guess.iter().map(String::as_str).collect();
            score.add(&gold, &guess);
        }
    }
    score
}

/// Trains one stage for `epochs` epochs. With a dev set, returns the averaged weights of the
/// epoch that scores best on it; without, those of the last epoch.
fn train_stage(train: &[&Doc], dev: &[Doc], epochs: usize, seed: u64, bits: u32, t0: Instant) -> (Weights, usize, f64) {
    let rows = 1usize << bits;
    let mut cur = Weights::zeros(rows);
    // Averaging by the usual trick: acc holds sum(c * update); average = w - acc / c.
    let mut acc = Weights::zeros(rows);
    let mut c: f32 = 1.0;
    let mut order: Vec<(usize, usize)> =
        train.iter().enumerate().flat_map(|(d, doc)| (0..doc.sentences.len()).map(move |s| (d, s))).collect();
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let mut best: Option<(Weights, usize, f64)> = None;
    let mut pred = Vec::new();
    for epoch in 1..=epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let mut mistakes = 0usize;
        for &(d, s) in &order {
            let doc = train[d];
            let range = doc.sentences[s].clone();
            pred.clear();
            pred.resize(range.len(), 0u8);
            cur.decode(&doc.features, &range, &mut pred);
            let gold = &doc.gold[range.clone()];
            if pred != gold {
                mistakes += 1;
                for (k, i) in range.clone().enumerate() {
                    let (g, p) = (gold[k] as usize, pred[k] as usize);
                    if g != p {
                        for &row in doc.features.of(i) {
                            let r = row as usize * N_LABELS;
                            cur.w[r + g] += 1.0;
                            cur.w[r + p] -= 1.0;
                            acc.w[r + g] += c;
                            acc.w[r + p] -= c;
                        }
                    }
                    let (gp, pp) =
                        if k == 0 { (None, None) } else { (Some(gold[k - 1] as usize), Some(pred[k - 1] as usize)) };
                    if (gp, g) != (pp, p) {
                        match gp {
                            Some(gp) => {
                                cur.trans[gp][g] += 1.0;
                                acc.trans[gp][g] += c;
                            }
                            None => {
                                cur.start[g] += 1.0;
                                acc.start[g] += c;
                            }
                        }
                        match pp {
                            Some(pp) => {
                                cur.trans[pp][p] -= 1.0;
                                acc.trans[pp][p] -= c;
                            }
                            None => {
                                cur.start[p] -= 1.0;
                                acc.start[p] -= c;
                            }
                        }
                    }
                }
            }
            c += 1.0;
        }
        if dev.is_empty() {
            if epoch == epochs {
                best = Some((average(&cur, &acc, c), epoch, 0.0));
            }
            continue;
        }
        let avg = average(&cur, &acc, c);
        let f1 = score(dev, |d| avg.tag(d)).overall.f1();
        eprintln!(
            "  epoch {epoch}: {mistakes} sentences wrong of {}; dev F1 {f1:.2} ({:.0}s)",
            order.len(),
            t0.elapsed().as_secs_f64()
        );
        if best.as_ref().is_none_or(|b| f1 > b.2) {
            best = Some((avg, epoch, f1));
        }
    }
    best.unwrap_or_else(|| (Weights::zeros(rows), 0, 0.0))
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let t0 = Instant::now();
    let clusters = match &args.clusters {
        Some(p) => {
            let text = std::fs::read_to_string(p).map_err(|e| format!("cannot read {p}: {e}"))?;
            if let Some(out) = &args.clusters_out {
                write_clusters(&text, p, out)?;
            }
            Clusters::from_tsv(&text)
        }
        None => Clusters::default(),
    };
    let mut train = load(&args.train)?;
    let mut dev = load(&args.dev)?;
    let groups1 = Groups(args.groups.0 & !Groups::HISTORY);
    featurize(&mut train, groups1, args.bits, &clusters, None);
    featurize(&mut dev, groups1, args.bits, &clusters, None);
    eprintln!("features extracted in {:.1}s; clusters: {} words", t0.elapsed().as_secs_f64(), clusters.len());

    eprintln!("first pass:");
    let all: Vec<&Doc> = train.iter().collect();
    let (w1, epochs1, f1) = train_stage(&all, &dev, args.epochs, args.seed, args.bits, t0);
    eprintln!("first pass: best epoch {epochs1}, dev F1 {f1:.2} (float weights)");
    let m1 = quantize(&w1, args.bits, groups1, args.clamp_ppm);
    let mut stages = vec![m1];

    if args.passes >= 2 {
        // Training labels for the second pass come from models that did not see the document
        // (5-fold jackknife), so the history is as noisy as the first pass is on new text.
        const FOLDS: usize = 5;
        let mut history: Vec<Vec<u8>> = vec![Vec::new(); train.len()];
        for fold in 0..FOLDS {
            let rest: Vec<&Doc> = train.iter().enumerate().filter(|(k, _)| k % FOLDS != fold).map(|(_, d)| d).collect();
            let (w, _, _) = train_stage(&rest, &[], epochs1, args.seed + 1 + fold as u64, args.bits, t0);
            for (k, d) in train.iter().enumerate().filter(|(k, _)| k % FOLDS == fold) {
                history[k] = w.tag(d);
            }
            eprintln!("  jackknife fold {} done ({:.0}s)", fold + 1, t0.elapsed().as_secs_f64());
        }
        let dev_history: Vec<Vec<u8>> = dev.iter().map(|d| stages[0].tag(&d.features, &d.sentences)).collect();
        let groups2 = Groups(groups1.0 | Groups::HISTORY);
        featurize(&mut train, groups2, args.bits, &clusters, Some(&history));
        featurize(&mut dev, groups2, args.bits, &clusters, Some(&dev_history));
        eprintln!("second pass:");
        let all: Vec<&Doc> = train.iter().collect();
        let (w2, epochs2, f2) = train_stage(&all, &dev, args.epochs, args.seed, args.bits, t0);
        eprintln!("second pass: best epoch {epochs2}, dev F1 {f2:.2} (float weights)");
        stages.push(quantize(&w2, args.bits, groups2, args.clamp_ppm));
    }

    let tagger = ner::Tagger::new(stages)?;
    let raw = tagger.to_bytes();
    let packed = miniz_oxide::deflate::compress_to_vec(&raw, 10);
    let unpacked = miniz_oxide::inflate::decompress_to_vec(&packed).map_err(|e| format!("{e:?}"))?;
    let reloaded = ner::Tagger::from_bytes(&unpacked)?;
    let s = score(&dev, |d| reloaded.tag(&d.words(), &d.sentences, &clusters));
    eprintln!(
        "quantized model: {} bytes raw, {} deflated; dev F1 {:.2}; training took {:.0}s",
        raw.len(),
        packed.len(),
        s.overall.f1(),
        t0.elapsed().as_secs_f64()
    );
    print!("{}", s.report());
    if let Some(out) = &args.out {
        std::fs::write(out, &packed).map_err(|e| format!("cannot write {out}: {e}"))?;
        eprintln!("wrote {out}");
    }
    Ok(())
}

fn average(cur: &Weights, acc: &Weights, c: f32) -> Weights {
    let mut avg = Weights::zeros(0);
    avg.w = cur.w.iter().zip(&acc.w).map(|(w, a)| w - a / c).collect();
    for p in 0..N_LABELS {
        for l in 0..N_LABELS {
            avg.trans[p][l] = cur.trans[p][l] - acc.trans[p][l] / c;
        }
        avg.start[p] = cur.start[p] - acc.start[p] / c;
    }
    avg
}

/// `i8` weights with one scale, by default the largest magnitude. Clamping the largest weights
/// to get a finer step for the rest (`--clamp-ppm`) was measured and loses: on dev, clamping
/// 10 per million of the weights gave 91.22 F1, 100 gave 90.30, 1000 gave 86.19, against 91.46
/// for none (float weights: 91.37). Weights that round to zero, most of the table, are what
/// makes it deflate well.
fn quantize(w: &Weights, bits: u32, groups: Groups, clamp_ppm: u64) -> Model {
    let mut mags: Vec<f32> = w.w.iter().map(|v| v.abs()).filter(|&v| v > 0.0).collect();
    mags.sort_unstable_by(f32::total_cmp);
    let q = mags
        .get(mags.len().saturating_sub(1 + (mags.len() as u64 * clamp_ppm / 1_000_000) as usize))
        .copied()
        .unwrap_or(1.0)
        .max(1e-6);
    let scale = q / 127.0;
    let weights = w.w.iter().map(|v| (v / scale).round().clamp(-127.0, 127.0) as i8).collect();
    Model { bits, groups, scale, trans: w.trans, start: w.start, weights }
}

/// The cluster table the engine embeds (see `Clusters::to_packed`), deflated.
fn write_clusters(tsv: &str, source: &str, out: &str) -> Result<(), String> {
    let name = std::path::Path::new(source).file_name().map_or(source.into(), |n| n.to_string_lossy());
    let header = format!(
        "generated by crates/train from word-clusters/{name} (spaCy en_core_web_md 3.8.0 vectors, MIT) - do not edit"
    );
    let raw = Clusters::to_packed(tsv, &header);
    let packed = miniz_oxide::deflate::compress_to_vec(&raw, 10);
    std::fs::write(out, &packed).map_err(|e| format!("cannot write {out}: {e}"))?;
    eprintln!("wrote {out}: {} bytes raw, {} deflated", raw.len(), packed.len());
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
