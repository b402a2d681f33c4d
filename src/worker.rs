//! The Web Worker that analyses long texts off the page's thread.
//!
//! The worker runs the page's own WebAssembly (one binary, so the embedded name model is
//! downloaded and cached once): `analysis-worker.js` is a module worker that the page sends the
//! file names of its JavaScript and WebAssembly; it loads them, and `main` finds itself outside
//! a window and calls [`start`] instead of mounting the page.
//!
//! Protocol: once listening, the worker posts `{ready: true}` (the page holds its first job until
//! then). Per job, the page posts `{id, text, date, hemisphere}` (`date` a `YYYY-MM-DD` string
//! or absent, `hemisphere` `"north"`, `"south"` or absent); the worker answers `{id, stage}` as it goes ("analysing",
//! "preparing") and finally `{id, report, marks, ms}` with the page's [`Report`] as JSON (without
//! the text, which the page has), its highlights as a `Uint32Array` and the time taken.
//! `{export: true, text, date, hemisphere}` asks for the JSON export instead, answered by `{json}`.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::report;

/// Listens for jobs in a dedicated worker's scope.
pub fn start() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let data = ev.data();
        let get = |key: &str| js_sys::Reflect::get(&data, &JsValue::from_str(key)).ok();
        let id = get("id").and_then(|v| v.as_f64()).unwrap_or(0.0);
        let text = get("text").and_then(|v| v.as_string()).unwrap_or_default();
        let date = get("date").and_then(|v| v.as_string());
        let hemisphere = get("hemisphere").and_then(|v| v.as_string());
        let post = |fields: &[(&str, JsValue)]| {
            let out = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&out, &"id".into(), &JsValue::from_f64(id));
            for (k, v) in fields {
                let _ = js_sys::Reflect::set(&out, &JsValue::from_str(k), v);
            }
            let _ = reply.post_message(&out);
        };
        let started = js_sys::Date::now();
        let mut options = engine::Options::new();
        if let Some(d) = date.and_then(|d| engine::parse_date(&d).ok()) {
            options = options.reference_date(d);
        }
        if let Some(h) = hemisphere.as_deref().and_then(engine::Hemisphere::from_label) {
            options = options.hemisphere(h);
        }
        if get("export").is_some_and(|v| v.is_truthy()) {
            // A JSON export in the command-line tool's schema.
            let json = engine::json::to_string_pretty(&text, &engine::analyze(&text, &options));
            return post(&[("json", json.into())]);
        }
        post(&[("stage", "analysing".into())]);
        let analysis = engine::analyze(&text, &options);
        post(&[("stage", "preparing".into())]);
        let report = report::Report::build(&text, &analysis);
        let json = serde_json::to_string(&report).unwrap_or_default();
        let marks = js_sys::Uint32Array::from(report.flat_marks().as_slice());
        post(&[
            ("report", json.into()),
            ("marks", marks.into()),
            ("ms", JsValue::from_f64(js_sys::Date::now() - started)),
        ]);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    // Messages posted before the WebAssembly was ready are lost: tell the page we listen now.
    let ready = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&ready, &"ready".into(), &JsValue::TRUE);
    let _ = scope.post_message(&ready);
}
