//! End-to-end tests of the `article-explorer` binary: real files, real processes, real JSON.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_article-explorer"))
}

fn repo_file(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").join(rel)
}

fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    // Feed stdin from another thread: a streaming binary writes output while it reads, and with
    // both pipes full a single-threaded writer here would deadlock against it. The binary may
    // also exit (say, on a bad flag) before reading all of its input: a closed pipe is not the
    // test's concern, the exit status and output are.
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    out
}

fn analyze_file(rel: &str, extra: &[&str]) -> Value {
    let path = repo_file(rel);
    let out = bin().arg("analyze").args(extra).arg(&path).output().unwrap();
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

fn entity<'a>(v: &'a Value, name: &str) -> &'a Value {
    v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == name)
        .unwrap_or_else(|| panic!("no entity {name:?} in {:#}", v["entities"]))
}

/// Speaker name for the quote that starts with `prefix`.
fn speaker_of(v: &Value, prefix: &str) -> String {
    let q = v["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["text"].as_str().unwrap().starts_with(prefix))
        .unwrap_or_else(|| panic!("no quote starting {prefix:?} in {:#}", v["quotes"]));
    q["speaker"]["name"].as_str().unwrap_or("<unknown>").to_string()
}

#[test]
fn fixture_article_people_places_quotes_timeline() {
    let v = analyze_file("tests/fixtures/harbour-strike.txt", &["--reference-date", "2025-10-08"]);
    for (name, kind) in [
        ("Pieter de Vries", "PERSON"),
        ("Ingrid Vos", "PERSON"),
        ("Mark Jansen", "PERSON"),
        ("Lotte Bakker", "PERSON"),
        ("FNV Havens", "ORG"),
        ("Maasvlakte Terminals", "ORG"),
        ("ING", "ORG"),
        ("Germany", "LOC"),
        ("Belgium", "LOC"),
        ("Amsterdam", "LOC"),
        ("North Sea", "LOC"),
        ("6.5 percent", "PERCENT"),
        ("$45 million", "MONEY"),
    ] {
        assert_eq!(entity(&v, name)["type"], kind, "type of {name}");
    }
    assert_eq!(speaker_of(&v, "This is a fair result"), "Pieter de Vries");
    assert_eq!(speaker_of(&v, "We moved as far"), "Ingrid Vos"); // "she said"
    assert_eq!(speaker_of(&v, "The backlog"), "Mark Jansen"); // "he said"
    assert_eq!(speaker_of(&v, "Both sides"), "Lotte Bakker");

    assert_eq!(v["reference_date"], "2025-10-08");
    assert_eq!(v["reference_source"]["kind"], "given");
    // Weekdays resolve against the given date (a Wednesday): the strike began on Monday, the
    // chief executive spoke on Tuesday, work resumed on Wednesday.
    let dates: Vec<&str> = v["timeline"].as_array().unwrap().iter().map(|e| e["date"].as_str().unwrap()).collect();
    for d in ["2025-10-06", "2025-10-07", "2025-10-08"] {
        assert!(dates.contains(&d), "timeline {dates:?} lacks {d}");
    }
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "timeline in date order");
}

#[test]
fn sample_article_infers_reference_date_from_dateline() {
    let v = analyze_file("samples/sample-article.txt", &[]);
    assert_eq!(v["reference_date"], "2024-03-15");
    assert_eq!(v["reference_source"]["kind"], "inferred");
    assert_eq!(v["reference_source"]["span"]["text"], "March 15, 2024");
    assert_eq!(entity(&v, "Katharina Berger")["mentions"].as_array().unwrap().len(), 2);
    assert_eq!(
        entity(&v, "International Commission for the Protection of the Danube River")["mentions"]
            .as_array()
            .unwrap()
            .len(),
        3,
        "ICPDR merged with its long form"
    );
    assert_eq!(speaker_of(&v, "The big cities"), "Elena Popescu");
    assert_eq!(speaker_of(&v, "Every community"), "Miklos Farkas");
}

#[test]
fn offsets_are_character_offsets() {
    let text = "Zoë Ndiaye, the café’s owner, said: \"Ça va.\"";
    let out = run_with_stdin(&["analyze", "-"], text.as_bytes());
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let q = &v["quotes"][0];
    let (s, e) = (q["start"].as_u64().unwrap() as usize, q["end"].as_u64().unwrap() as usize);
    assert_eq!(chars[s..e].iter().collect::<String>(), "Ça va.");
    assert_eq!(q["speaker"]["name"], "Zoë Ndiaye");
}

#[test]
fn jsonl_keeps_ids_order_and_survives_a_bad_line() {
    let input = concat!(
        "{\"id\": 7, \"text\": \"Ana Silva said: \\\"Yes.\\\"\"}\n",
        "{\"id\": \"broken\", \"text\": 12}\n",
        "\n",
        "{\"id\": \"x\", \"text\": \"The talks ended on Monday.\", \"reference_date\": \"2016-09-22\"}\n",
        "not json at all\n",
        "{\"id\": 9, \"text\": \"ok\", \"reference_date\": \"2016-02-30\"}\n",
    );
    let out = run_with_stdin(&["analyze", "--jsonl"], input.as_bytes());
    assert!(!out.status.success(), "bad lines make the exit status non-zero");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 5, "one answer per non-blank input line: {stdout}");
    assert_eq!(lines[0]["id"], 7);
    assert_eq!(lines[0]["quotes"][0]["speaker"]["name"], "Ana Silva");
    assert_eq!(lines[1]["id"], "broken");
    assert!(lines[1]["error"].as_str().unwrap().contains("text"));
    assert_eq!(lines[2]["id"], "x");
    assert_eq!(lines[2]["reference_date"], "2016-09-22");
    assert_eq!(lines[2]["timexes"][0]["value"], "2016-09-19");
    assert!(lines[3]["error"].is_string());
    assert_eq!(lines[4]["id"], 9);
    assert!(lines[4]["error"].as_str().unwrap().contains("2016-02-30"));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("line 2:"), "{stderr}");
    assert!(stderr.contains("line 5:"), "{stderr}");
    assert!(stderr.contains("line 6:"), "{stderr}");
}

#[test]
fn errors_are_one_clear_line() {
    let cases: &[(&str, &[&str], &[u8], &str)] = &[
        (
            "missing_file",
            &["analyze", "/nonexistent/article.txt"],
            b"",
            "cannot read /nonexistent/article.txt: No such file or directory",
        ),
        (
            "invalid_utf8",
            &["analyze", "-"],
            b"abc\xff\xfedef",
            "standard input is not UTF-8 text (invalid byte at offset 3)",
        ),
        (
            "invalid_date",
            &["analyze", "--reference-date", "2016-13-01", "-"],
            b"x",
            "reference date 2016-13-01 is not a valid date",
        ),
        ("invalid_hemisphere", &["analyze", "--hemisphere", "east", "-"], b"x", "invalid value 'east'"),
    ];
    for (name, args, stdin, expected) in cases {
        let out = run_with_stdin(args, stdin);
        assert!(!out.status.success(), "{name}: exit status");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(expected), "{name}: {stderr}");
        assert!(out.stdout.is_empty(), "{name}: nothing on stdout");
    }
}

#[test]
fn hemisphere_flag_overrides_the_text() {
    let text = b"DUNEDIN, June 2, 2026 - Snow closed roads this winter. Growers hope next summer will be drier.";
    let values = |args: &[&str]| {
        let out = run_with_stdin(args, text);
        assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        let seasons: Vec<String> =
            v["timexes"].as_array().unwrap().iter().skip(1).map(|t| t["value"].as_str().unwrap().to_string()).collect();
        (v["hemisphere"].as_str().unwrap().to_string(), seasons)
    };
    // Read from the dateline: June is winter in Dunedin, and the next summer begins this
    // December; in the north it is summer now, and the next one is next year's.
    assert_eq!(values(&["analyze", "-"]), ("south".to_string(), vec!["2026-WI".to_string(), "2026-SU".to_string()]));
    assert_eq!(
        values(&["analyze", "--hemisphere", "north", "-"]),
        ("north".to_string(), vec!["2026-WI".to_string(), "2027-SU".to_string()])
    );
}

#[test]
fn hostile_input_gives_json() {
    let mut junk: Vec<u8> = (0..=255u8).filter(|b| b.is_ascii()).collect();
    junk.extend("<script>alert(1)</script> \u{202E}مرحبا 👩‍👩‍👧 \"\"\" “ « \r\r\n\0".as_bytes());
    let out = run_with_stdin(&["analyze"], &junk);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let _: Value = serde_json::from_slice(&out.stdout).unwrap();
    let out = run_with_stdin(&["analyze"], b"");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["entities"], serde_json::json!([]));
}

#[test]
fn jsonl_parallel_batches_keep_input_order() {
    // More lines than one batch (512), with texts of different lengths so that parallel workers
    // finish out of order.
    let mut input = String::new();
    for i in 0..1300 {
        let text = format!("Ana Silva said: \"Line {i}.\" {}", "The talks went on. ".repeat(i % 37));
        input.push_str(&serde_json::json!({ "id": i, "text": text }).to_string());
        input.push('\n');
    }
    let out = run_with_stdin(&["analyze", "--jsonl", "-"], input.as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let ids: Vec<u64> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, (0..1300).collect::<Vec<u64>>());
}
