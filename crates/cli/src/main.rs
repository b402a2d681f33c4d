//! `article-explorer`: the engine on the command line.
//!
//! ```text
//! article-explorer analyze [--reference-date YYYY-MM-DD] [--hemisphere north|south] [FILE|-]
//!                                                                      one text → JSON
//! article-explorer analyze --jsonl [FILE|-]                            JSONL in → JSONL out
//! ```

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use engine::{analyze, json, parse_date, Date, Hemisphere, Options};
use rayon::prelude::*;

#[derive(Parser)]
#[command(name = "article-explorer", version, about = "Entities, quotes and a timeline from a news article")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

mod eval_ner;
mod eval_quotes;
mod eval_timex;
mod progress;

#[derive(Subcommand)]
enum Command {
    /// Score the engine against annotated data (read from ../shared/data; never committed).
    Eval {
        #[command(subcommand)]
        what: Eval,
    },
    /// Analyse a text (or, with --jsonl, one JSON object per line) and print JSON.
    Analyze {
        /// The article's publication date, against which "Thursday" or "last year" resolve.
        /// In --jsonl mode it applies to lines without their own "reference_date".
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        reference_date: Option<Date>,
        /// Whose seasons the text's are ("this summer" in a Sydney story runs from December).
        /// Without it, read from the text: a dateline's place, or the places it names.
        #[arg(long, value_enum)]
        hemisphere: Option<Half>,
        /// Read one JSON object per line, {"id": …, "text": …, "reference_date": …}, and write
        /// one analysis per line with the same id.
        #[arg(long)]
        jsonl: bool,
        /// Input file; "-" or nothing reads standard input.
        #[arg(value_name = "FILE|-")]
        file: Option<String>,
    },
}

/// The hemispheres, as `--hemisphere` names them.
#[derive(Clone, Copy, ValueEnum)]
enum Half {
    North,
    South,
}

#[derive(Subcommand)]
enum Eval {
    /// Named entities over a CoNLL-2003 file, scored as conlleval does.
    Ner {
        #[arg(value_name = "FILE")]
        file: String,
        /// Run the whole engine on each document's rebuilt text (its own tokenizer, sentence
        /// splitter and rules) instead of tagging the file's tokens; GROUP counts as MISC.
        #[arg(long)]
        engine: bool,
    },
    /// Quotes and speakers over PolNeAR scoring documents (docs-*.jsonl).
    Quotes {
        #[arg(value_name = "FILE")]
        file: String,
    },
    /// Time expressions over a folder of TimeML files, scored as TempEval-3 Task A.
    Timex {
        #[arg(value_name = "DIR")]
        dir: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Eval { what: Eval::Ner { file, engine } } => eval_ner::run(&file, engine),
        Command::Eval { what: Eval::Quotes { file } } => eval_quotes::run(&file),
        Command::Eval { what: Eval::Timex { dir } } => eval_timex::run(&dir),
        Command::Analyze { reference_date, hemisphere, jsonl, file } => {
            let mut options = Options::new();
            if let Some(d) = reference_date {
                options = options.reference_date(d);
            }
            if let Some(h) = hemisphere {
                options = options.hemisphere(match h {
                    Half::North => Hemisphere::North,
                    Half::South => Hemisphere::South,
                });
            }
            if jsonl {
                analyze_jsonl(file.as_deref(), &options)
            } else {
                analyze_one(file.as_deref(), &options)
            }
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        // A closed pipe (`article-explorer analyze x | head`) is the reader's choice, not an error.
        Err(message) if message.ends_with(BROKEN_PIPE) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

const BROKEN_PIPE: &str = "Broken pipe";

fn display_name(file: Option<&str>) -> &str {
    match file {
        None | Some("-") => "standard input",
        Some(f) => f,
    }
}

fn open(file: Option<&str>) -> Result<Box<dyn Read>, String> {
    match file {
        None | Some("-") => Ok(Box::new(io::stdin().lock())),
        Some(path) => File::open(path)
            .map(|f| Box::new(f) as Box<dyn Read>)
            .map_err(|e| format!("cannot read {path}: {}", io_reason(&e))),
    }
}

/// The OS error without Rust's "(os error 2)" suffix.
fn io_reason(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn analyze_one(file: Option<&str>, options: &Options) -> Result<bool, String> {
    let mut bytes = Vec::new();
    open(file)?
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read {}: {}", display_name(file), io_reason(&e)))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!("{} is not UTF-8 text (invalid byte at offset {})", display_name(file), e.utf8_error().valid_up_to())
    })?;
    let analysis = analyze(&text, options);
    let mut out = io::stdout().lock();
    writeln!(out, "{}", json::to_string_pretty(&text, &analysis))
        .map_err(|e| format!("cannot write output: {}", io_reason(&e)))?;
    Ok(true)
}

#[derive(serde::Deserialize)]
struct Line {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    reference_date: Option<String>,
}

/// Lines analysed together: enough to keep every core busy, few enough that memory stays
/// bounded (a batch holds at most this many input lines and their answers).
const BATCH_LINES: usize = 512;
/// A batch also ends once it holds this many bytes of input, so a file of huge articles does
/// not make a huge batch.
const BATCH_BYTES: usize = 16 << 20;

/// Streams JSONL on all cores: lines are read in bounded batches, analysed in parallel
/// (rayon), and written in input order before the next batch is read, so memory stays constant
/// in the number of lines. A bad line is reported on stderr with its number and answered with
/// `{"id": …, "error": …}` so that output lines stay aligned with input lines; the exit status is
/// then non-zero. Progress goes to stderr: a bar on a terminal, a line every ten seconds
/// otherwise (for batch jobs' logs).
fn analyze_jsonl(file: Option<&str>, options: &Options) -> Result<bool, String> {
    let total_bytes = match file {
        None | Some("-") => None,
        Some(path) => std::fs::metadata(path).ok().map(|m| m.len()),
    };
    let mut reader = BufReader::new(open(file)?);
    let mut out = BufWriter::new(io::stdout().lock());
    let progress = progress::Progress::new(total_bytes);
    let mut number = 0usize;
    let mut all_ok = true;
    let mut batch: Vec<(usize, Vec<u8>)> = Vec::with_capacity(BATCH_LINES);
    let mut eof = false;
    while !eof {
        batch.clear();
        let mut bytes = 0;
        while batch.len() < BATCH_LINES && bytes < BATCH_BYTES {
            let mut buf = Vec::new();
            let n = reader
                .read_until(b'\n', &mut buf)
                .map_err(|e| format!("cannot read {}: {}", display_name(file), io_reason(&e)))?;
            if n == 0 {
                eof = true;
                break;
            }
            number += 1;
            bytes += n;
            progress.read(n as u64);
            if !trim_line_end(&buf).iter().all(u8::is_ascii_whitespace) {
                batch.push((number, buf));
            }
        }
        let answers: Vec<Result<String, (serde_json::Value, String)>> =
            batch.par_iter().map(|(_, line)| process_line(trim_line_end(line), options)).collect();
        for ((line_number, _), answer) in batch.iter().zip(answers) {
            let written = match answer {
                Ok(json) => writeln!(out, "{json}"),
                Err((id, message)) => {
                    all_ok = false;
                    progress.println(&format!("error: line {line_number}: {message}"));
                    let error = serde_json::json!({ "id": id, "error": message });
                    writeln!(out, "{error}")
                }
            };
            written.map_err(|e| format!("cannot write output: {}", io_reason(&e)))?;
            progress.done_line();
        }
        out.flush().map_err(|e| format!("cannot write output: {}", io_reason(&e)))?;
    }
    progress.finish();
    Ok(all_ok)
}

fn trim_line_end(line: &[u8]) -> &[u8] {
    let mut end = line.len();
    while end > 0 && matches!(line[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    &line[..end]
}

fn process_line(line: &[u8], options: &Options) -> Result<String, (serde_json::Value, String)> {
    let line = std::str::from_utf8(line).map_err(|e| {
        (serde_json::Value::Null, format!("not UTF-8 text (invalid byte at column {})", e.valid_up_to() + 1))
    })?;
    let parsed: Line = serde_json::from_str(line).map_err(|e| {
        // Keep the id in the error answer when the line is an object with one.
        let id = serde_json::from_str::<serde_json::Value>(line)
            .ok()
            .and_then(|v| v.get("id").cloned())
            .unwrap_or(serde_json::Value::Null);
        (id, format!("not a JSON object with a \"text\" string: {e}"))
    })?;
    // A line's own date overrides the flag's.
    let mut options = options.clone();
    if let Some(s) = parsed.reference_date.as_deref() {
        options = options.reference_date(parse_date(s).map_err(|e| (parsed.id.clone(), e))?);
    }
    let analysis = analyze(&parsed.text, &options);
    let body = json::to_string(&parsed.text, &analysis);
    // `body` is a JSON object: put the id first.
    Ok(format!("{{\"id\":{},{}", parsed.id, &body[1..]))
}
