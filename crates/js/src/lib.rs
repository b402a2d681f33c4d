//! Article Explorer's engine for JavaScript: `analyze(text, {referenceDate, hemisphere})` returns the same
//! JSON schema as the command-line tool (README.md, "JSON schema"), as a plain object, with
//! offsets in UTF-16 code units so that `text.slice(start, end)` gives each span.
//!
//! Built by `scripts/build-js.sh` into `target/js/` (wasm-bindgen `--target web`, then
//! wasm-opt); `article-explorer.js` there is the module to import. See README.md,
//! "JavaScript API". This crate is only the boundary: checking what JavaScript passes in and
//! handing the engine's JSON back. Everything else lives in the engine and is tested natively.

use engine::{json, Date, Hemisphere, Options};
use js_sys::{Reflect, JSON};
use wasm_bindgen::prelude::*;

/// Analyses `text` and returns the analysis as a JavaScript object (the CLI's JSON schema,
/// offsets in UTF-16 code units).
///
/// `options` may be omitted, `undefined` or `null`, or an object whose `referenceDate` is a
/// `"YYYY-MM-DD"` string, a `Date` (its calendar date in the local time zone, as the user sees
/// it), or `undefined`/`null` (then the engine looks for a date in the text), and whose
/// `hemisphere` is `"north"` or `"south"` (whose seasons the text's are) or `undefined`/`null`
/// (then the engine reads it from the text). Throws a `TypeError` when `text` is not a string
/// or `options` is not an object, and an `Error` for a reference date that is not a valid date
/// or a hemisphere that is neither.
#[wasm_bindgen(js_name = analyze)]
pub fn analyze(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let text = text
        .as_string()
        .ok_or_else(|| type_error(&format!("analyze: text must be a string, not {}", describe(&text))))?;
    let options = read_options(&options)?;
    let analysis = engine::analyze(&text, &options);
    // One JSON string across the boundary and one JSON.parse: faster than building the object
    // field by field through wasm-bindgen, and it is exactly the CLI's schema by construction.
    JSON::parse(&json::to_string_with(&text, &analysis, json::Unit::Utf16))
}

/// The number of tokens (words, numbers, punctuation, symbols) the engine splits `text` into:
/// the unit of the throughput figures (tokens per second). Throws a `TypeError` when `text` is
/// not a string.
#[wasm_bindgen(js_name = tokenCount)]
pub fn token_count(text: JsValue) -> Result<usize, JsValue> {
    let text = text
        .as_string()
        .ok_or_else(|| type_error(&format!("tokenCount: text must be a string, not {}", describe(&text))))?;
    Ok(engine::token::tokenize(&text).len())
}

/// Logs a Rust panic's message to the console instead of a bare "unreachable" (the engine
/// promises not to panic; if it ever does, the message is what a bug report needs).
#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

fn read_options(options: &JsValue) -> Result<Options, JsValue> {
    let mut result = Options::new();
    if options.is_undefined() || options.is_null() {
        return Ok(result);
    }
    if !options.is_object() {
        return Err(type_error(&format!("analyze: options must be an object, not {}", describe(options))));
    }
    let date = Reflect::get(options, &JsValue::from_str("referenceDate"))?;
    if let Some(date) = reference_date(&date)? {
        result = result.reference_date(date);
    }
    let hemisphere = Reflect::get(options, &JsValue::from_str("hemisphere"))?;
    if !hemisphere.is_undefined() && !hemisphere.is_null() {
        result = result.hemisphere(match hemisphere.as_string().as_deref().and_then(Hemisphere::from_label) {
            Some(h) => h,
            None => {
                let given = hemisphere.as_string().map_or_else(|| describe(&hemisphere), |s| format!("{s:?}"));
                return Err(js_sys::Error::new(&format!(
                    "analyze: hemisphere must be \"north\" or \"south\", not {given}"
                ))
                .into());
            }
        });
    }
    Ok(result)
}

fn reference_date(value: &JsValue) -> Result<Option<Date>, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    if let Some(s) = value.as_string() {
        return engine::parse_date(&s).map(Some).map_err(|e| js_sys::Error::new(&e).into());
    }
    if let Some(d) = value.dyn_ref::<js_sys::Date>() {
        if d.get_time().is_nan() {
            return Err(js_sys::Error::new("reference date is an invalid Date").into());
        }
        let (y, m, day) = (d.get_full_year(), d.get_month() + 1, d.get_date());
        // Years outside 1..=9999 do not fit the engine's dates.
        return i16::try_from(y)
            .ok()
            .and_then(|y| Date::new(y, m as i8, day as i8).ok())
            .map(Some)
            .ok_or_else(|| js_sys::Error::new(&format!("reference date with year {y} is out of range")).into());
    }
    Err(type_error(&format!(
        "analyze: referenceDate must be a \"YYYY-MM-DD\" string or a Date, not {}",
        describe(value)
    )))
}

fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}

/// A short description of a value for error messages: its `typeof`, or "null"/"an array".
fn describe(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(value) {
        "an array".into()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}
