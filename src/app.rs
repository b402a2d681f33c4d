//! The page: input, the highlighted article, entity cards, quotes, timeline, export and share.
//!
//! Components only render a [`Report`]; building it from the text is plain Rust
//! (`report.rs`, `highlight.rs`, `axis.rs`). All user text goes into text nodes or attribute
//! values, which Leptos escapes: nothing here uses `inner_html`.
//!
//! Linked views cost no re-rendering: every element that stands for an entity, a quote or an
//! event carries `data-ent` / `data-quote` / `data-event` (and `data-ents` for the entities of an
//! event's sentence, `data-speaker` for a quote's speaker), and hovering or selecting writes a
//! few CSS rules keyed on those attributes into one `<style>` element. The browser restyles;
//! the thousands of article pieces are never touched.

use std::sync::Arc;
use std::time::Duration;

use engine::{EntityType, Hemisphere, Options};
use leptos::{ev, html, prelude::*, task::spawn_local};
use wasm_bindgen::{JsCast, JsValue};

use crate::axis;
use crate::export;
use crate::input::{self, FileKind};
use crate::report::{format_date, short_label, type_class, type_name, ArticlePiece, EntityCard, Report};
use crate::share;

const WEEKDAY_SHORT: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const WEEKDAY_LONG: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

pub const SAMPLE: &str = include_str!("../samples/sample-article.txt");

/// Above this many bytes, analysis waits until typing pauses: the engine is linear but a long
/// text re-analysed and re-rendered on every key press would make typing stutter.
const DEBOUNCE_ABOVE: usize = 50_000;
const DEBOUNCE: Duration = Duration::from_millis(200);
/// Above this many bytes the text is analysed by the Web Worker (`src/bin/worker.rs`), so the
/// page keeps answering while it runs (about 150 ms of engine time on the page at this size).
const WORKER_ABOVE: usize = 200_000;
/// Bytes of article rendered before "Show more": a multi-megabyte text would otherwise mean
/// hundreds of thousands of elements created at once.
const RENDER_FIRST: usize = 60_000;
/// Longest text kept in local storage.
const KEEP_AT_MOST: usize = 2_000_000;
/// A text this long is not put in the text box: laying out megabytes in a `<textarea>` blocks
/// the browser for seconds. It is analysed and shown all the same.
const TOO_LONG_TO_EDIT: usize = 1_000_000;
/// Items drawn in a list before "Show all" (quotes, events, cards of one type).
const LIST_FIRST: usize = 200;
/// Where the text is kept between visits (this browser only).
const STORAGE_KEY: &str = "article-explorer.text";
/// Legend toggles beyond the entity types (bits 0–6 are `EntityType::ALL`).
const QUOTES_BIT: u16 = 1 << 7;
const TIME_BIT: u16 = 1 << 8;

/// What the pointer or keyboard focus is on: its counterparts light up everywhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Focus {
    Entity(usize),
    Quote(usize),
    Event(usize),
}

/// A message for the reader (file errors, share links, copies).
#[derive(Clone, Debug, PartialEq)]
struct Notice {
    error: bool,
    text: String,
}

/// The page's shared state, passed to components (all fields are `Copy` handles).
#[derive(Clone, Copy)]
struct Ui {
    report: RwSignal<Report>,
    given_date: RwSignal<Option<String>>,
    /// The hemisphere the reader chose for the seasons (else the engine reads it from the text).
    given_hemisphere: RwSignal<Option<Hemisphere>>,
    selected: RwSignal<Option<usize>>,
    hovered: RwSignal<Option<Focus>>,
    /// Bit set of hidden highlight kinds (entity types, quotes, time).
    hidden: RwSignal<u16>,
    /// Bytes of the article rendered so far.
    limit: RwSignal<usize>,
    notice: RwSignal<Option<Notice>>,
    /// Which mention of the selected entity was revealed last.
    mention_cursor: StoredValue<usize>,
    /// The analysis worker, once started and listening (long texts' JSON export runs there too).
    worker: StoredValue<Option<web_sys::Worker>, LocalStorage>,
    worker_ready: StoredValue<bool>,
    /// A JSON export the worker is preparing: `Some(true)` to copy, `Some(false)` to download.
    pending_export: StoredValue<Option<bool>>,
}

impl Ui {
    fn say(&self, text: impl Into<String>) {
        self.notice.set(Some(Notice { error: false, text: text.into() }));
    }
    fn warn(&self, text: impl Into<String>) {
        self.notice.set(Some(Notice { error: true, text: text.into() }));
    }
    fn options(&self) -> Options {
        options_for(self.given_date.get_untracked(), self.given_hemisphere.get_untracked())
    }
    /// Selects an entity (or clears with `None`) and shows its first mention.
    fn select(&self, id: Option<usize>) {
        self.selected.set(id);
        self.mention_cursor.set_value(0);
        if let Some(id) = id {
            reveal(*self, &format!("data-ent=\"{id}\""), 0, false);
        }
    }
    /// Moves to the next (`step` 1) or previous (`step` -1) mention of the selected entity.
    fn step_mention(&self, step: isize) {
        let Some(id) = self.selected.get_untracked() else { return };
        let count = self.report.with_untracked(|r| r.cards.iter().find(|c| c.id == id).map_or(0, |c| c.mentions));
        if count == 0 {
            return;
        }
        let next = (self.mention_cursor.get_value() as isize + step).rem_euclid(count as isize) as usize;
        self.mention_cursor.set_value(next);
        reveal(*self, &format!("data-ent=\"{id}\""), next, false);
    }
}

/// The engine's options for a reference date the reader typed (ignored unless valid) and a
/// hemisphere they chose.
fn options_for(date: Option<String>, hemisphere: Option<Hemisphere>) -> Options {
    let mut options = Options::new();
    if let Some(date) = date.and_then(|d| engine::parse_date(&d).ok()) {
        options = options.reference_date(date);
    }
    if let Some(h) = hemisphere {
        options = options.hemisphere(h);
    }
    options
}

/// Sets the reference date and hemisphere the reader chose on a message to the worker.
fn set_choices(message: &js_sys::Object, date: Option<&str>, hemisphere: Option<Hemisphere>) {
    if let Some(d) = date {
        let _ = js_sys::Reflect::set(message, &"date".into(), &JsValue::from_str(d));
    }
    if let Some(h) = hemisphere {
        let _ = js_sys::Reflect::set(message, &"hemisphere".into(), &JsValue::from_str(h.label()));
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

#[component]
pub fn App() -> impl IntoView {
    let notice = RwSignal::new(None::<Notice>);
    // The text to start with: a share link wins, then what this browser kept, then the sample.
    let mut first_text = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    let mut first_date = None;
    let mut first_hemisphere = None;
    match share::decode(&window().location().hash().unwrap_or_default()) {
        Some(Ok(shared)) => {
            first_text = Some(shared.text);
            first_date = shared.date;
            first_hemisphere = shared.hemisphere;
            notice.set(Some(Notice { error: false, text: "Opened the text carried by the link.".into() }));
            forget_fragment();
        }
        Some(Err(message)) => {
            notice.set(Some(Notice { error: true, text: message }));
            forget_fragment();
        }
        None => {}
    }
    let first_text = first_text.unwrap_or_else(|| SAMPLE.to_string());

    // `text` is what was last analysed; the textarea owns what is being typed.
    let text = RwSignal::new(first_text.clone());
    let given_date = RwSignal::new(first_date.clone());
    let given_hemisphere = RwSignal::new(first_hemisphere);
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let textarea: NodeRef<html::Textarea> = NodeRef::new();

    let date_error = Memo::new(move |_| given_date.get().and_then(|d| engine::parse_date(&d).err()));
    let analyse_here = move |t: &str, date: Option<String>, hemisphere: Option<Hemisphere>| {
        let started = now_ms();
        let report = Report::build(t, &engine::analyze(t, &options_for(date, hemisphere)));
        (report, now_ms() - started)
    };
    // A short first text is analysed before the first paint; a long one goes to the worker.
    let (first_report, first_ms) = if first_text.len() <= WORKER_ABOVE {
        analyse_here(&first_text, first_date.clone(), first_hemisphere)
    } else {
        analyse_here("", None, None)
    };
    let report = RwSignal::new(first_report);
    let took_ms = RwSignal::new(first_ms);
    // The worker's job in progress: (job id, stage, bytes).
    let busy = RwSignal::new(None::<(u64, &'static str, usize)>);
    let job = StoredValue::new(0u64);
    let worker = StoredValue::new_local(None::<web_sys::Worker>);
    // The worker drops messages sent before its WebAssembly is running: the job waits here
    // until it says it is ready.
    let worker_ready = StoredValue::new(false);
    let worker_failed = StoredValue::new(false);
    let queued = StoredValue::new_local(None::<js_sys::Object>);
    let pending_export = StoredValue::new(None::<bool>);
    // The page state, for replies that need it (set once `ui` exists, below).
    let ui_slot = StoredValue::new(None::<Ui>);
    let on_reply = move |ev: web_sys::MessageEvent| {
        let data = ev.data();
        let get = |key: &str| js_sys::Reflect::get(&data, &JsValue::from_str(key)).ok();
        if let Some(json) = get("json").and_then(|v| v.as_string()) {
            if let (Some(copy), Some(ui)) = (pending_export.get_value(), ui_slot.get_value()) {
                pending_export.set_value(None);
                deliver_json(ui, copy, json);
            }
            return;
        }
        if let Some(why) = get("failed").and_then(|v| v.as_string()) {
            // The worker could not load the WebAssembly: analyse on the page from now on (it
            // may pause while doing so, but the reader gets a result).
            worker_failed.set_value(true);
            if let Some(w) = worker.get_value() {
                w.terminate();
            }
            worker.set_value(None);
            queued.set_value(None);
            busy.set(None);
            let (r, ms) =
                analyse_here(&text.get_untracked(), given_date.get_untracked(), given_hemisphere.get_untracked());
            report.set(r);
            took_ms.set(ms);
            notice.set(Some(Notice {
                error: true,
                text: format!("Long texts are analysed on the page (the background worker failed: {why})."),
            }));
            return;
        }
        if get("ready").and_then(|v| v.as_bool()) == Some(true) {
            worker_ready.set_value(true);
            if let (Some(w), Some(message)) = (worker.get_value(), queued.get_value()) {
                queued.set_value(None);
                let _ = w.post_message(&message);
            }
            return;
        }
        let id = get("id").and_then(|v| v.as_f64()).unwrap_or(-1.0) as u64;
        if id != job.get_value() {
            return; // an answer for a text that has changed since
        }
        if let Some(stage) = get("stage").and_then(|v| v.as_string()) {
            let stage = if stage == "preparing" { "preparing the view" } else { "analysing" };
            busy.update(|b| {
                if let Some(b) = b {
                    b.1 = stage;
                }
            });
            return;
        }
        let json = get("report").and_then(|v| v.as_string()).unwrap_or_default();
        match serde_json::from_str::<Report>(&json) {
            Ok(mut r) => {
                r.text = text.with_untracked(|t| Arc::from(t.as_str()));
                let flat = get("marks").and_then(|v| v.dyn_into::<js_sys::Uint32Array>().ok());
                r.marks = flat.map(|a| Report::marks_from_flat(&a.to_vec())).unwrap_or_default();
                report.set(r);
                took_ms.set(get("ms").and_then(|v| v.as_f64()).unwrap_or(0.0));
            }
            Err(e) => notice.set(Some(Notice { error: true, text: format!("The analysis could not be read: {e}") })),
        }
        busy.set(None);
    };
    // Starts the worker on first use; `None` if the browser refuses (then the page analyses).
    let get_worker = move || -> Option<web_sys::Worker> {
        if let Some(w) = worker.get_value() {
            return Some(w);
        }
        if worker_failed.get_value() {
            return None;
        }
        // The worker loads the page's own JavaScript and WebAssembly, whose hashed names
        // boot.js keeps in `articleExplorerFiles`.
        let files = js_sys::Reflect::get(&js_sys::global(), &"articleExplorerFiles".into()).ok()?;
        if !files.is_object() {
            return None;
        }
        let options = web_sys::WorkerOptions::new();
        options.set_type(web_sys::WorkerType::Module);
        let w = web_sys::Worker::new_with_options("./analysis-worker.js", &options).ok()?;
        w.post_message(&files).ok()?;
        let handler = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MessageEvent)>::new(on_reply);
        w.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        handler.forget(); // lives as long as the page
        worker.set_value(Some(w.clone()));
        Some(w)
    };
    let skip_first = StoredValue::new(first_text.len() <= WORKER_ABOVE);
    Effect::new(move |_| {
        let date = given_date.get();
        let hemisphere = given_hemisphere.get();
        text.with(|t| {
            if skip_first.get_value() {
                skip_first.set_value(false); // analysed above, before the first paint
                return;
            }
            job.update_value(|j| *j += 1);
            if t.len() > WORKER_ABOVE {
                if let Some(w) = get_worker() {
                    let message = js_sys::Object::new();
                    let _ = js_sys::Reflect::set(&message, &"id".into(), &JsValue::from_f64(job.get_value() as f64));
                    let _ = js_sys::Reflect::set(&message, &"text".into(), &JsValue::from_str(t));
                    set_choices(&message, date.as_deref(), hemisphere);
                    let sent = if worker_ready.get_value() {
                        w.post_message(&message).is_ok()
                    } else {
                        queued.set_value(Some(message));
                        true
                    };
                    if sent {
                        busy.set(Some((job.get_value(), "starting", t.len())));
                        return;
                    }
                }
            }
            busy.set(None);
            let (r, ms) = analyse_here(t, date, hemisphere);
            report.set(r);
            took_ms.set(ms);
        })
    });

    let ui = Ui {
        report,
        given_date,
        given_hemisphere,
        selected: RwSignal::new(None),
        hovered: RwSignal::new(None),
        hidden: RwSignal::new(0),
        limit: RwSignal::new(RENDER_FIRST),
        notice,
        mention_cursor: StoredValue::new(0),
        worker,
        worker_ready,
        pending_export,
    };
    ui_slot.set_value(Some(ui));

    // Keep the text in this browser only, so a reload or a closed tab loses nothing.
    Effect::new(move |_| {
        text.with(|t| {
            let Some(store) = storage() else { return };
            // Browsers allow about 5 MB per site, counted in UTF-16: don't even try beyond 2 MB
            // (a failing write of a huge string still blocks the page for a moment).
            let kept = if t == SAMPLE || t.is_empty() {
                store.remove_item(STORAGE_KEY)
            } else if t.len() > KEEP_AT_MOST {
                let _ = store.remove_item(STORAGE_KEY);
                Err(JsValue::NULL)
            } else {
                store.set_item(STORAGE_KEY, t)
            };
            if kept.is_err() {
                ui.warn("This text is too large for the browser's storage: it will not survive a reload.");
            }
        })
    });
    // A new analysis: the old selection and hover mean nothing any more.
    Effect::new(move |_| {
        report.track();
        ui.selected.set(None);
        ui.hovered.set(None);
        ui.limit.set(RENDER_FIRST);
    });

    let set_text = move |value: String| {
        if let Some(handle) = pending.get_value() {
            handle.clear();
            pending.set_value(None);
        }
        if value.len() <= DEBOUNCE_ABOVE {
            text.set(value);
        } else {
            let handle = set_timeout_with_handle(move || text.set(value), DEBOUNCE).ok();
            pending.set_value(handle);
        }
    };
    // Size of a text too long for the box, while it is the current text.
    let too_long = RwSignal::new((first_text.len() > TOO_LONG_TO_EDIT).then_some(first_text.len()));
    let first_in_box = if first_text.len() > TOO_LONG_TO_EDIT { String::new() } else { first_text.clone() };
    let replace_text = move |value: &str| {
        if let Some(el) = textarea.get() {
            if value.len() > TOO_LONG_TO_EDIT {
                el.set_value("");
                too_long.set(Some(value.len()));
            } else {
                el.set_value(value);
                too_long.set(None);
                let _ = el.focus();
            }
        }
        set_text(value.to_string());
    };
    let open_file = move |file: web_sys::File| {
        let name = file.name();
        let kind = match input::file_kind(&name, &file.type_()) {
            Ok(kind) => kind,
            Err(message) => return ui.warn(message),
        };
        if file.size() > 64.0 * 1024.0 * 1024.0 {
            return ui.warn(format!("Could not open “{name}”: it is larger than 64 MB."));
        }
        spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(value) => {
                    let raw = value.as_string().unwrap_or_default();
                    if input::looks_binary(&raw) {
                        return ui.warn(format!("Could not open “{name}”: it does not look like a text file."));
                    }
                    let clean = match kind {
                        FileKind::Html => html_to_text(&raw).unwrap_or_default(),
                        FileKind::Text => raw,
                    };
                    replace_text(&clean);
                    ui.say(format!("Opened “{name}”."));
                }
                Err(err) => ui.warn(format!("Could not read “{name}”: {}", js_error(&err))),
            }
        });
    };
    let on_paste = move |ev: web_sys::ClipboardEvent| {
        let Some(data) = ev.clipboard_data() else { return };
        let plain = data.get_data("text/plain").unwrap_or_default();
        if plain.len() > TOO_LONG_TO_EDIT {
            ev.prevent_default();
            return replace_text(&plain);
        }
        let html = data.get_data("text/html").unwrap_or_default();
        if html.trim().is_empty() {
            return; // plain text: the browser pastes it and fires `input`
        }
        let Some(clean) = html_to_text(&html) else { return };
        ev.prevent_default();
        if let Some(el) = textarea.get() {
            let _ = el.set_range_text_with_start_and_end_and_mode(
                &clean,
                el.selection_start().ok().flatten().unwrap_or(0),
                el.selection_end().ok().flatten().unwrap_or(0),
                "end",
            );
            set_text(el.value());
        }
    };
    let dragging = RwSignal::new(false);

    // Escape clears the selection and any highlight, wherever the focus is.
    let _ = window_event_listener(ev::keydown, move |ev| {
        if ev.key() == "Escape" && (ui.selected.get_untracked().is_some() || ui.hovered.get_untracked().is_some()) {
            ui.selected.set(None);
            ui.hovered.set(None);
        }
    });
    // A share link opened in this tab while the page is open.
    let _ = window_event_listener(ev::hashchange, move |_| {
        match share::decode(&window().location().hash().unwrap_or_default()) {
            Some(Ok(shared)) => {
                ui.given_date.set(shared.date);
                ui.given_hemisphere.set(shared.hemisphere);
                replace_text(&shared.text);
                ui.say("Opened the text carried by the link.");
                forget_fragment();
            }
            Some(Err(message)) => {
                ui.warn(message);
                forget_fragment();
            }
            None => {}
        }
    });

    view! {
        <style>{move || link_css(ui)}</style>
        <header class="site-header">
            <h1>"Article Explorer"</h1>
            <p class="tagline">
                "Entities, quotes and a timeline from any news article. "
                <strong>"Everything runs in your browser: the text never leaves your device."</strong>
            </p>
        </header>
        <main class="layout">
            <section class="panel input-panel" aria-labelledby="input-heading">
                <h2 id="input-heading">"Article text"</h2>
                {move || ui.notice.get().map(|n| {
                    let role = if n.error { "alert" } else { "status" };
                    view! {
                        <div class=if n.error { "notice error" } else { "notice" } role=role id="notice">
                            <span>{n.text}</span>
                            <button type="button" class="small" aria-label="Dismiss message"
                                on:click=move |_| ui.notice.set(None)>"×"</button>
                        </div>
                    }
                })}
                <label class="visually-hidden" for="article-input">"Article text"</label>
                <textarea
                    id="article-input"
                    class:dragging=move || dragging.get()
                    node_ref=textarea
                    spellcheck="false"
                    placeholder="Paste a news article here, or drop a .txt, .md or .html file…"
                    prop:value=first_in_box
                    on:input=move |ev| {
                        too_long.set(None);
                        set_text(event_target_value(&ev))
                    }
                    on:paste=on_paste
                    on:dragover=move |ev: web_sys::DragEvent| {
                        ev.prevent_default();
                        dragging.set(true);
                    }
                    on:dragleave=move |_| dragging.set(false)
                    on:drop=move |ev: web_sys::DragEvent| {
                        dragging.set(false);
                        let file = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0));
                        if let Some(file) = file {
                            ev.prevent_default();
                            open_file(file);
                        }
                    }
                ></textarea>
                {move || too_long.get().map(|bytes| view! {
                    <p class="notice" id="too-long" role="status">
                        {format!(
                            "A {:.1} MB text is loaded and shown on the right. It is too long to edit in this box \
                             (the browser would freeze); typing or pasting here replaces it.",
                            bytes as f64 / 1e6
                        )}
                    </p>
                })}
                <div class="controls">
                    <button type="button" id="clear-btn" on:click=move |_| {
                        if let Some(store) = storage() {
                            let _ = store.remove_item(STORAGE_KEY);
                        }
                        ui.notice.set(None);
                        replace_text("");
                    }>"Clear"</button>
                    <button type="button" id="sample-btn" on:click=move |_| replace_text(SAMPLE)>
                        "Sample article"
                    </button>
                    <label class="button file-button">
                        "Open file…"
                        <input
                            type="file"
                            id="file-input"
                            class="visually-hidden"
                            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
                            on:change=move |ev| {
                                let target: web_sys::HtmlInputElement = event_target(&ev);
                                if let Some(file) = target.files().and_then(|f| f.get(0)) {
                                    open_file(file);
                                }
                                target.set_value("");
                            }
                        />
                    </label>
                    <span class="hint">
                        {move || if text.with(|t| t == SAMPLE) {
                            "Showing the sample article (fictional)."
                        } else {
                            "The sample is a fictional article."
                        }}
                    </span>
                </div>
                <p class="hint privacy-note">
                    "Your text stays on this device. It is kept only in this browser's local storage so a reload \
                     loses nothing; the Clear button removes it."
                </p>
                <div class="refdate">
                    <label for="ref-date">"Reference date"</label>
                    <input
                        type="date"
                        id="ref-date"
                        aria-describedby="ref-note"
                        prop:value=move || {
                            given_date.get().or_else(|| report.with(|r| r.reference.date.clone())).unwrap_or_default()
                        }
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            given_date.set((!value.trim().is_empty()).then_some(value));
                        }
                    />
                    <Show when=move || given_date.with(Option::is_some)>
                        <button type="button" class="small" on:click=move |_| given_date.set(None)>
                            "Find in text"
                        </button>
                    </Show>
                    <p class="ref-note" id="ref-note">
                        {move || match date_error.get() {
                            Some(err) => err,
                            None => report.with(|r| r.reference.note.clone()),
                        }}
                        <span class="muted">" · every relative date (“Thursday”, “last year”) is resolved against it"</span>
                    </p>
                    {move || {
                        // Only a text that names a season says whose seasons they are.
                        let seasons = report.with(|r| r.reference.seasons.clone())?;
                        let chosen = given_hemisphere.with(Option::is_some);
                        let (other, switch) = if seasons.south {
                            (Hemisphere::North, "Use northern seasons")
                        } else {
                            (Hemisphere::South, "Use southern seasons")
                        };
                        let note = if chosen { format!("{} (chosen)", seasons.note) } else { seasons.note };
                        Some(view! {
                            <p class="ref-seasons" id="ref-seasons">
                                {format!("Seasons: {note} ")}
                                <button type="button" class="small" on:click=move |_| given_hemisphere.set(Some(other))>
                                    {switch}
                                </button>
                                {chosen.then(|| view! {
                                    <button type="button" class="small" on:click=move |_| given_hemisphere.set(None)>
                                        "Find in text"
                                    </button>
                                })}
                            </p>
                        })
                    }}
                    {move || {
                        // A dateline's day without its year: offer the years it may be, one click each.
                        let yearless = report.with(|r| r.reference.yearless.clone()).filter(|_| given_date.with(Option::is_none))?;
                        let now = js_sys::Date::new_0();
                        let today = (i64::from(now.get_full_year()), i64::from(now.get_month()) + 1, i64::from(now.get_date()));
                        let n = if yearless.weekday.is_some() { 3 } else { 2 };
                        let buttons = yearless
                            .candidates(today, n)
                            .into_iter()
                            .map(|date| {
                                let shown = match yearless.weekday {
                                    // (Days: no season, whichever hemisphere.)
                                    Some(w) => format!("{} {}", WEEKDAY_SHORT[usize::from(w) % 7], format_date(&date, Hemisphere::North)),
                                    None => format_date(&date, Hemisphere::North),
                                };
                                view! {
                                    <button type="button" class="small" on:click=move |_| given_date.set(Some(date.clone()))>
                                        {shown}
                                    </button>
                                }
                            })
                            .collect_view();
                        let told = yearless.weekday.map(|w| format!(" (the story reports on a {})", WEEKDAY_LONG[usize::from(w) % 7]));
                        Some(view! {
                            <p class="ref-ask" id="ref-ask">
                                {format!("Which year is ‘{}’{}? ", yearless.words, told.unwrap_or_default())}
                                {buttons}
                                " or pick the date above."
                            </p>
                        })
                    }}
                </div>
                <p class="status" id="status" aria-live="polite">
                    {move || {
                        let words = report.with(|r| r.text.split_whitespace().count());
                        let place = if report.with(|r| r.text.len() > WORKER_ABOVE) { " in the background" } else { "" };
                        match took_ms.get() {
                            ms if ms < 1.0 => format!("{words} words · analysed in < 1 ms"),
                            ms => format!("{words} words · analysed{place} in {ms:.0} ms"),
                        }
                    }}
                </p>
                {move || busy.get().map(|(_, stage, bytes)| {
                    let what = format!("{:.1} MB: {stage}…", bytes as f64 / 1e6);
                    let step = match stage { "starting" => "1", "analysing" => "2", _ => "3" };
                    view! {
                        <div class="progress" id="progress" role="status">
                            <span>"Working in the background on " {what} " (step " {step} " of 3). The page stays usable."</span>
                            <span class="bar" role="progressbar" aria-label="Analysis progress" aria-valuemin="0" aria-valuemax="3" aria-valuenow=step>
                                <span class=format!("fill step{step}")></span>
                            </span>
                        </div>
                    }
                })}
            </section>

            <section class="panel article-panel" aria-labelledby="article-heading">
                <h2 id="article-heading">"Highlighted article"</h2>
                <Legend ui />
                <SelectionBar ui />
                <Article ui />
            </section>

            <section class="panel entities-panel" aria-labelledby="entities-heading">
                <EntityCards ui />
            </section>

            <section class="panel quotes-panel" aria-labelledby="quotes-heading">
                <QuoteList ui />
            </section>

            <section class="panel timeline-panel" aria-labelledby="timeline-heading">
                <h2 id="timeline-heading">
                    "Timeline " <span class="count">{move || report.with(|r| r.timeline.len())}</span>
                </h2>
                <Timeline ui />
            </section>

            <section class="panel export-panel" aria-labelledby="export-heading">
                <h2 id="export-heading">"Export and share"</h2>
                <Export ui />
            </section>
        </main>
        <footer class="site-footer">
            "No data is sent anywhere: analysis is done by WebAssembly on this page, which also works offline \
             after the first visit. Hover or focus an item to see its counterparts; click a name to select it; \
             Escape clears."
        </footer>
    }
}

/// The CSS rules that light up what is hovered or selected, and hide toggled-off highlights.
fn link_css(ui: Ui) -> String {
    let mut css = String::new();
    if let Some(focus) = ui.hovered.get() {
        let sel = match focus {
            Focus::Entity(e) => format!("[data-ent=\"{e}\"],[data-speaker=\"{e}\"],[data-ents~=\"{e}\"]"),
            Focus::Quote(q) => format!("[data-quote~=\"{q}\"]"),
            Focus::Event(k) => format!("[data-event~=\"{k}\"]"),
        };
        css.push_str(&format!(
            ":is({sel}):not(svg *){{background-color:var(--hl)!important;box-shadow:0 0 0 2px var(--hl-line)}}\
             svg :is({sel}){{stroke:var(--hl-line)!important;stroke-width:3px!important}}"
        ));
    }
    if let Some(e) = ui.selected.get() {
        css.push_str(&format!(
            "#article mark[data-ent=\"{e}\"]{{outline:2px solid var(--ink);outline-offset:1px;\
             background-color:color-mix(in srgb,var(--c) 40%,transparent)}}\
             .event-list li:not([data-ents~=\"{e}\"]),.axis .axis-mark:not([data-ents~=\"{e}\"]){{opacity:.3}}"
        ));
    }
    let hidden = ui.hidden.get();
    for (bit, kind) in EntityType::ALL.iter().enumerate() {
        if hidden & (1 << bit) != 0 {
            let class = type_class(*kind);
            css.push_str(&format!(
                "#article mark.{class}{{background:none;text-decoration:none;outline:none}}\
                 #article .lbl.{class}{{display:none}}"
            ));
        }
    }
    if hidden & QUOTES_BIT != 0 {
        css.push_str("#article .q{background:none}");
    }
    if hidden & TIME_BIT != 0 {
        css.push_str("#article .tx{border-bottom:0}");
    }
    css
}

/// The article: rendered up to `ui.limit` bytes, then "Show more". Pointer and click handling is
/// delegated to the container (one listener, not one per mention).
#[component]
fn Article(ui: Ui) -> impl IntoView {
    let focus_at = |target: Option<web_sys::EventTarget>| -> Option<Focus> {
        let el = target?.dyn_into::<web_sys::Element>().ok()?;
        let attr = |sel: &str, name: &str| {
            el.closest(sel)
                .ok()
                .flatten()
                .and_then(|e| e.get_attribute(name))
                .and_then(|v| v.split(' ').next().and_then(|n| n.parse::<usize>().ok()))
        };
        attr("[data-ent]", "data-ent")
            .map(Focus::Entity)
            .or_else(|| attr("[data-evdate]", "data-evdate").map(Focus::Event))
            .or_else(|| attr("[data-quote]", "data-quote").map(Focus::Quote))
    };
    view! {
        <div
            id="article"
            class="article"
            role="document"
            aria-label="The article with highlights"
            on:mouseover=move |ev| {
                let focus = focus_at(ev.target());
                if ui.hovered.get_untracked() != focus {
                    ui.hovered.set(focus);
                }
            }
            on:mouseleave=move |_| ui.hovered.set(None)
            on:click=move |ev| {
                if let Some(Focus::Entity(id)) = focus_at(ev.target()) {
                    let same = ui.selected.get_untracked() == Some(id);
                    ui.selected.set((!same).then_some(id));
                    ui.mention_cursor.set_value(0);
                }
            }
        >
            {move || {
                let limit = ui.limit.get();
                ui.report.with(|r| {
                    if r.empty {
                        return view! { <p class="empty">"Paste an article to begin."</p> }.into_any();
                    }
                    // Draw paragraphs until `limit` bytes of text are on screen.
                    let mut used = 0;
                    let mut count = 0;
                    for &(a, b) in &r.paras {
                        if used >= limit {
                            break;
                        }
                        used += b - a;
                        count += 1;
                    }
                    // A paragraph can itself be megabytes long (a text without line breaks):
                    // cut inside it too, at a piece boundary.
                    let mut paras = r.pieces(0..count);
                    let mut budget = limit;
                    let mut drawn = 0;
                    for pieces in paras.iter_mut() {
                        let keep = pieces
                            .iter()
                            .take_while(|p| {
                                let fits = budget > 0;
                                budget = budget.saturating_sub(p.text.len());
                                fits
                            })
                            .count();
                        pieces.truncate(keep);
                        drawn += pieces.iter().map(|p| p.text.len()).sum::<usize>();
                    }
                    paras.retain(|p| !p.is_empty());
                    let shown: Vec<_> = paras
                        .iter()
                        .map(|pieces| view! { <p>{pieces.iter().map(piece_view).collect_view()}</p> })
                        .collect();
                    let total: usize = r.paras.iter().map(|&(a, b)| b - a).sum();
                    let rest = total.saturating_sub(drawn);
                    let more = (rest > 0).then(|| view! {
                        <div class="show-more" role="group" aria-label="More of the article">
                            <span>{format!(
                                "{} KB of {} KB drawn; the rest waits, to keep the page fast.",
                                drawn.div_ceil(1000),
                                total.div_ceil(1000)
                            )}</span>
                            <button type="button" id="show-more" on:click=move |_| ui.limit.update(|l| *l = l.saturating_mul(4))>
                                "Show more"
                            </button>
                            <button type="button" on:click=move |_| ui.limit.set(usize::MAX)>"Show all"</button>
                        </div>
                    });
                    view! { {shown} {more} }.into_any()
                })
            }}
        </div>
    }
}

fn piece_view(p: &ArticlePiece) -> AnyView {
    let text = p.text.clone();
    if p.is_plain() {
        return text.into_any();
    }
    let (class, title, quotes, events, dates) =
        (p.class.clone(), p.title.clone(), p.quotes.clone(), p.events.clone(), p.event_dates.clone());
    match (p.entity, p.ent) {
        (Some(kind), Some(id)) => view! {
            <mark class=class title=title data-ent=id data-quote=quotes data-event=events data-evdate=dates>{text}</mark>
            {p.label.map(|label| type_label(kind, label))}
        }
        .into_any(),
        _ => view! {
            <span class=class title=title data-quote=quotes data-event=events data-evdate=dates>{text}</span>
        }
        .into_any(),
    }
}

/// The short type label after a mention. It is a sibling of the `<mark>`, not inside it, so the
/// mark's underline does not run under it, and its text comes from CSS (`::before`) so that
/// copying the article copies the article only.
fn type_label(kind: EntityType, label: &'static str) -> impl IntoView {
    view! { <span class=format!("lbl {}", type_class(kind)) data-label=label aria-hidden="true"></span> }
}

/// Legend with a toggle per highlight kind: pressed means shown.
#[component]
fn Legend(ui: Ui) -> impl IntoView {
    let toggle = move |bit: u16| {
        let shown = move || (ui.hidden.get() & bit == 0).to_string();
        let flip = move |_| ui.hidden.update(|h| *h ^= bit);
        (shown, flip)
    };
    view! {
        <ul class="legend" aria-label="Highlight types: press to show or hide">
            {move || ui.report.with(|r| {
                let mut items: Vec<AnyView> = r.legend.iter().enumerate().map(|(i, item)| {
                    let zero = if item.mentions == 0 { " zero" } else { "" };
                    let class = format!("legend-item {}{zero}", type_class(item.kind));
                    let title = format!(
                        "{} mentions of {} {} entities — press to show or hide",
                        item.mentions, item.entities, type_name(item.kind)
                    );
                    let (shown, flip) = toggle(1 << i);
                    view! {
                        <li class=class data-type=item.kind.label()>
                            <button type="button" class="legend-toggle" title=title aria-pressed=shown on:click=flip>
                                <mark class=format!("ent {} swatch", type_class(item.kind))>
                                    {type_name(item.kind)}
                                </mark>
                                {type_label(item.kind, short_label(item.kind))}
                                <span class="legend-count">{item.mentions}</span>
                            </button>
                        </li>
                    }.into_any()
                }).collect();
                let (time_shown, time_flip) = toggle(TIME_BIT);
                let (quote_shown, quote_flip) = toggle(QUOTES_BIT);
                items.push(view! {
                    <li class="legend-item legend-time">
                        <button type="button" class="legend-toggle" title="Time expressions — press to show or hide"
                            aria-pressed=time_shown on:click=time_flip>
                            <span class="tx swatch">"time"</span>
                            <span class="legend-count">{r.timex_count}</span>
                        </button>
                    </li>
                    <li class="legend-item legend-quote">
                        <button type="button" class="legend-toggle" title="Quoted words — press to show or hide"
                            aria-pressed=quote_shown on:click=quote_flip>
                            <span class="q swatch">"quote"</span>
                            <span class="legend-count">{r.quotes.len()}</span>
                        </button>
                    </li>
                }.into_any());
                items
            })}
        </ul>
    }
}

/// Says what is selected, with buttons to step through its mentions.
#[component]
fn SelectionBar(ui: Ui) -> impl IntoView {
    let card = Memo::new(move |_| {
        let id = ui.selected.get()?;
        ui.report.with(|r| r.cards.iter().find(|c| c.id == id).cloned())
    });
    move || {
        card.get().map(|c| {
            let class = format!("selection-bar {}", type_class(c.kind));
            view! {
                <div class=class role="status" id="selection">
                    <span>
                        "Selected: " <strong class="sel-name">{c.name.clone()}</strong>
                        {format!(" ({}) · {} mentions · {} quotes", type_name(c.kind), c.mentions, c.quotes)}
                    </span>
                    <span class="sel-buttons">
                        <button type="button" class="small" aria-label="Previous mention" on:click=move |_| ui.step_mention(-1)>"‹ prev"</button>
                        <button type="button" class="small" aria-label="Next mention" on:click=move |_| ui.step_mention(1)>"next ›"</button>
                        <button type="button" class="small" id="clear-selection" on:click=move |_| ui.select(None)>
                            "Clear selection (Esc)"
                        </button>
                    </span>
                </div>
            }
        })
    }
}

/// Hover and keyboard focus on a list item light up its counterparts.
macro_rules! hover_attrs {
    ($ui:expr, $focus:expr) => {{
        let ui = $ui;
        let focus = $focus;
        (
            move |_: web_sys::MouseEvent| ui.hovered.set(Some(focus)),
            move |_: web_sys::MouseEvent| ui.hovered.set(None),
            move |_: web_sys::FocusEvent| ui.hovered.set(Some(focus)),
            move |_: web_sys::FocusEvent| ui.hovered.set(None),
        )
    }};
}

#[component]
fn EntityCards(ui: Ui) -> impl IntoView {
    let by_first = RwSignal::new(false);
    let all = RwSignal::new(false);
    let groups = move || {
        let cap = if all.get() { usize::MAX } else { LIST_FIRST };
        let hidden = ui.hidden.get();
        let by_first = by_first.get();
        ui.report.with(|r| {
            if r.cards.is_empty() {
                let msg = if r.empty { "Entities will appear here." } else { "No entities found." };
                return view! { <p class="empty">{msg}</p> }.into_any();
            }
            EntityType::ALL
                .iter()
                .enumerate()
                .filter(|(bit, _)| hidden & (1 << bit) == 0)
                .filter_map(|(_, &kind)| {
                    let mut cards: Vec<&EntityCard> = r.cards.iter().filter(|c| c.kind == kind).collect();
                    if cards.is_empty() {
                        return None;
                    }
                    if !by_first {
                        cards.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(a.first.cmp(&b.first)));
                    }
                    let class = format!("entity-group {}", type_class(kind));
                    let heading = format!("{}s", type_name(kind));
                    let label = heading.clone();
                    let count = cards.len();
                    let more = count.saturating_sub(cap);
                    Some(view! {
                        <div class=class data-type=kind.label() role="group" aria-label=label>
                            <h3>{heading} " " <span class="count">{count}</span></h3>
                            <ul role="list">{cards.into_iter().take(cap).map(|c| entity_card(ui, c)).collect_view()}</ul>
                            {show_all_button(all, more, "entities")}
                        </div>
                    })
                })
                .collect_view()
                .into_any()
        })
    };
    view! {
        <div class="panel-head">
            <h2 id="entities-heading">
                "Entities " <span class="count">{move || ui.report.with(|r| r.cards.len())}</span>
            </h2>
            <label class="sort">
                "Sort "
                <select id="entity-sort" on:change=move |ev| by_first.set(event_target_value(&ev) == "first")>
                    <option value="freq" selected>"most mentioned"</option>
                    <option value="first">"first appearance"</option>
                </select>
            </label>
        </div>
        {groups}
    }
}

fn entity_card(ui: Ui, c: &EntityCard) -> impl IntoView {
    let id = c.id;
    let (enter, leave, focus, blur) = hover_attrs!(ui, Focus::Entity(id));
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let stats = format!("{} · {}", plural(c.mentions, "mention"), plural(c.quotes, "quote"));
    let aliases = (!c.aliases.is_empty()).then(|| format!("also “{}”", c.aliases.join("”, “")));
    view! {
        <li>
            <button
                type="button"
                class="entity-card"
                data-ent=id
                aria-pressed=move || (ui.selected.get() == Some(id)).to_string()
                on:mouseenter=enter
                on:mouseleave=leave
                on:focus=focus
                on:blur=blur
                on:click=move |_| {
                    if ui.selected.get_untracked() == Some(id) {
                        ui.step_mention(1);
                    } else {
                        ui.select(Some(id));
                    }
                }
            >
                <span class="entity-name">{c.name.clone()}</span>
                <span class="entity-stats">{stats}</span>
                {aliases.map(|a| view! { <span class="aliases">{a}</span> })}
            </button>
        </li>
    }
}

#[component]
fn QuoteList(ui: Ui) -> impl IntoView {
    let speaker_name = Memo::new(move |_| {
        let id = ui.selected.get()?;
        ui.report.with(|r| r.cards.iter().find(|c| c.id == id).map(|c| c.name.clone()))
    });
    let all = RwSignal::new(false);
    let list = move || {
        let only = ui.selected.get();
        let cap = if all.get() { usize::MAX } else { LIST_FIRST };
        ui.report.with(|r| {
            let quotes: Vec<_> = r.quotes.iter().filter(|q| only.is_none() || q.speaker_entity == only).collect();
            let more = quotes.len().saturating_sub(cap);
            if quotes.is_empty() {
                let msg = match (r.empty, only) {
                    (true, _) => "Quotes will appear here.",
                    (false, Some(_)) => "No quotes attributed to the selected entity.",
                    (false, None) => "No quotes found.",
                };
                return view! { <p class="empty">{msg}</p> }.into_any();
            }
            let items = quotes.into_iter().take(cap).map(|q| {
                let index = q.index;
                let (enter, leave, focus, blur) = hover_attrs!(ui, Focus::Quote(index));
                let kind_class = format!("badge kind-{}", q.kind.label());
                let speaker = match (q.speaker.clone(), q.speaker_entity) {
                    (Some(name), Some(id)) => {
                        let class = format!("speaker speaker-link {}", q.speaker_type.map(type_class).unwrap_or_default());
                        let label = format!("Select {name} and show all their quotes");
                        view! {
                            <button type="button" class=class data-speaker=id aria-label=label
                                on:click=move |ev| {
                                    ev.stop_propagation();
                                    ui.select(Some(id));
                                }>{name}</button>
                        }.into_any()
                    }
                    (Some(name), None) => view! { <span class="speaker">{name}</span> }.into_any(),
                    (None, _) => view! { <span class="speaker unknown">"unknown speaker"</span> }.into_any(),
                };
                view! {
                    <li class="quote-item" data-quote=index.to_string() data-quote-index=index
                        on:click=move |_| reveal(ui, &format!("data-quote~=\"{index}\""), 0, true)>
                        <button type="button" class="quote-text" aria-label="Show this quote in the article"
                            on:mouseenter=enter on:mouseleave=leave on:focus=focus on:blur=blur>
                            {q.text.clone()}
                        </button>
                        <span class="meta">
                            {speaker}
                            {q.speaker_words.clone().map(|w| view! { <span class="speaker-words" title="the words naming the speaker">{format!("(“{w}”)")}</span> })}
                            {q.cue.clone().map(|cue| view! { <span class="cue" title="cue">{cue}</span> })}
                            {q.rule.clone().map(|rule| view! { <span class="badge rule" title="the attribution rule (sieve) that found the speaker">{rule}</span> })}
                            <span class=kind_class>{q.kind.label()}</span>
                        </span>
                    </li>
                }
            }).collect_view();
            view! {
                <ol class="quote-list" aria-label="Quotes">{items}</ol>
                {show_all_button(all, more, "quotes")}
            }.into_any()
        })
    };
    view! {
        <div class="panel-head">
            <h2 id="quotes-heading">
                {move || match speaker_name.get() {
                    Some(name) => format!("Quotes by {name} "),
                    None => "Quotes ".to_string(),
                }}
                <span class="count">{move || {
                    let only = ui.selected.get();
                    ui.report.with(|r| r.quotes.iter().filter(|q| only.is_none() || q.speaker_entity == only).count())
                }}</span>
            </h2>
            <Show when=move || ui.selected.with(Option::is_some)>
                <button type="button" class="small" id="all-quotes" on:click=move |_| ui.select(None)>"Show all quotes"</button>
            </Show>
        </div>
        {list}
    }
}

#[component]
fn Timeline(ui: Ui) -> impl IntoView {
    // The axis is drawn 1:1 in pixels: its width follows the panel's.
    let width = RwSignal::new(420.0);
    let holder: NodeRef<html::Div> = NodeRef::new();
    let measure = move || {
        if let Some(el) = holder.get_untracked() {
            let w = el.client_width() as f64;
            if w > 0.0 && (w - width.get_untracked()).abs() > 1.0 {
                width.set(w);
            }
        }
    };
    Effect::new(move |_| {
        holder.track();
        measure();
    });
    let _ = window_event_listener(ev::resize, move |_| measure());

    let axis = Memo::new(move |_| {
        let w = width.get();
        ui.report.with(|r| {
            let dates: Vec<_> = r.timeline.iter().map(|e| (e.days, e.precision)).collect();
            axis::layout(&dates, w)
        })
    });
    let svg = move || {
        let axis = axis.get()?;
        ui.report.with(|r| {
            let describe = format!(
                "Timeline axis, scale in {}s, {} events; the list below has each event.",
                axis.unit,
                axis.marks.len()
            );
            let n = axis.ticks.len();
            let ticks = axis.ticks.iter().enumerate().map(|(i, t)| {
                let anchor = if i == 0 && t.label_x < 40.0 {
                    "start"
                } else if i + 1 == n && t.label_x > axis.width - 40.0 {
                    "end"
                } else {
                    "middle"
                };
                let x = if anchor == "start" { t.label_x.min(t.x.max(2.0)) } else { t.label_x };
                view! {
                    <line class="tick" x1=t.x x2=t.x y1=axis.line_y - 3.0 y2=axis.line_y + 4.0></line>
                    <text class=if t.major { "tick-label major" } else { "tick-label" } x=x y=axis.line_y + 17.0 text-anchor=anchor>
                        {t.label.clone()}
                    </text>
                }
            }).collect_view();
            // Marks drawn at the same place would hide each other: draw each place once (a long
            // text can have thousands of events on a few dates).
            let mut seen = std::collections::HashSet::new();
            let marks = axis.marks.iter().filter(|m| seen.insert(((m.x0 * 2.0) as i64, (m.x1 * 2.0) as i64, m.y as i64))).filter_map(|m| {
                let e = r.timeline.get(m.item)?;
                let index = e.index;
                let ents = e.entities.iter().map(|id| id.to_string()).collect::<Vec<_>>().join(" ");
                let (enter, leave, _, _) = hover_attrs!(ui, Focus::Event(index));
                let go = move |_| reveal(ui, &format!("data-event~=\"{index}\""), 0, true);
                Some(if m.dot {
                    view! {
                        <circle class="axis-mark dot" cx=m.x0 cy=m.y r=axis::DOT data-event=index data-ents=ents
                            on:mouseenter=enter on:mouseleave=leave on:click=go></circle>
                    }.into_any()
                } else {
                    view! {
                        <rect class="axis-mark band" x=m.x0 y=m.y - 4.0 width=(m.x1 - m.x0).max(4.0) height=8.0 rx=3.0
                            data-event=index data-ents=ents on:mouseenter=enter on:mouseleave=leave on:click=go></rect>
                    }.into_any()
                })
            }).collect_view();
            Some(view! {
                <svg class="axis" width=axis.width height=axis.height viewBox=format!("0 0 {} {}", axis.width, axis.height)
                    role="img" aria-label=describe>
                    <line class="axis-line" x1=0 x2=axis.width y1=axis.line_y y2=axis.line_y></line>
                    {ticks}
                    {marks}
                </svg>
            })
        })
    };
    let all = RwSignal::new(false);
    let list = move || {
        let cap = if all.get() { usize::MAX } else { LIST_FIRST };
        ui.report.with(|r| {
            let more = r.timeline.len().saturating_sub(cap);
            if r.timeline.is_empty() {
                // Relative dates with no reference date to place them against: say what to do.
                let msg = if r.empty {
                    "Dated events will appear here.".to_string()
                } else if r.reference.date.is_none() && r.timex_count > 0 {
                    format!(
                        "No dated events: the text gives no date to count from, so its {} time expression{} stay relative. Set the reference date above to place them.",
                        r.timex_count,
                        if r.timex_count == 1 { "" } else { "s" }
                    )
                } else {
                    "No dated events found.".to_string()
                };
                return view! { <p class="empty">{msg}</p> }.into_any();
            }
            let items = r
                .timeline
                .iter()
                .take(cap)
                .map(|e| {
                    let index = e.index;
                    let (enter, leave, focus, blur) = hover_attrs!(ui, Focus::Event(index));
                    let ents = e.entities.iter().map(|id| id.to_string()).collect::<Vec<_>>().join(" ");
                    view! {
                        <li data-event=index data-ents=ents>
                            <button type="button" class="item event-item"
                                on:mouseenter=enter on:mouseleave=leave on:focus=focus on:blur=blur
                                on:click=move |_| reveal(ui, &format!("data-event~=\"{index}\""), 0, true)>
                                <span class="event-date">
                                    <time datetime=e.date.clone()>{e.display.clone()}</time>
                                    <span class="badge">{e.precision.label()}</span>
                                    {e.inferred.then(|| view! {
                                        <span class="badge inferred" title="Worked out from the reference date or an earlier date, not written in full: check it against the text">"inferred"</span>
                                    })}
                                </span>
                                <span class="event-label">{e.label.clone()}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <ol class="timeline event-list" aria-label="Dated events, in date order">{items}</ol>
                {show_all_button(all, more, "events")}
            }
            .into_any()
        })
    };
    view! {
        <div class="axis-holder" node_ref=holder>{svg}</div>
        {list}
    }
}

#[component]
fn Export(ui: Ui) -> impl IntoView {
    let link = RwSignal::new(String::new());
    // Exports describe what is on screen: the last analysed text.
    let json = move || {
        let text = ui.report.with_untracked(|r| r.text.clone());
        engine::json::to_string_pretty(&text, &engine::analyze(&text, &ui.options()))
    };
    let with_report = move |f: fn(&str, &Report) -> String| ui.report.with_untracked(|r| f(&r.text, r));
    let save = move |name: &'static str, mime: &'static str, content: String| save_file(ui, name, mime, &content);
    let copy = move |what: &'static str, content: String| copy_text(ui, what, content);
    // The JSON export analyses the text again: a long one goes to the worker, so the page does
    // not freeze; the file (or the copy) follows when it answers.
    let json_export = move |copy: bool| {
        let big = ui.report.with_untracked(|r| r.text.len() > WORKER_ABOVE);
        if big && ui.worker_ready.get_value() {
            if let Some(w) = ui.worker.get_value() {
                let message = js_sys::Object::new();
                let text = ui.report.with_untracked(|r| r.text.clone());
                let _ = js_sys::Reflect::set(&message, &"export".into(), &JsValue::TRUE);
                let _ = js_sys::Reflect::set(&message, &"text".into(), &JsValue::from_str(&text));
                set_choices(&message, ui.given_date.get_untracked().as_deref(), ui.given_hemisphere.get_untracked());
                if w.post_message(&message).is_ok() {
                    ui.pending_export.set_value(Some(copy));
                    ui.say("Preparing the JSON in the background…");
                    return;
                }
            }
        }
        deliver_json(ui, copy, json());
    };
    let share = move |_| {
        let text = ui.report.with_untracked(|r| r.text.clone());
        match share::encode(&text, ui.given_date.get_untracked().as_deref(), ui.given_hemisphere.get_untracked()) {
            Ok(fragment) => {
                let href = window().location().href().unwrap_or_default();
                let base = href.split('#').next().unwrap_or_default().to_string();
                let url = format!("{base}#{fragment}");
                link.set(url.clone());
                copy_text(ui, "share link", url);
            }
            Err(message) => {
                link.set(String::new());
                ui.warn(message);
            }
        }
    };
    view! {
        <div class="export-rows">
            <div class="export-row" role="group" aria-labelledby="exp-json">
                <span id="exp-json" class="export-name">"JSON" <small>" (the command-line tool's schema)"</small></span>
                <button type="button" id="dl-json" on:click=move |_| json_export(false)>"Download"</button>
                <button type="button" id="copy-json" on:click=move |_| json_export(true)>"Copy"</button>
            </div>
            <div class="export-row" role="group" aria-labelledby="exp-csv">
                <span id="exp-csv" class="export-name">"CSV"</span>
                <button type="button" id="dl-csv-entities" on:click=move |_| save("entities.csv", "text/csv", with_report(|_, r| export::entities_csv(r)))>"Entities"</button>
                <button type="button" id="dl-csv-quotes" on:click=move |_| save("quotes.csv", "text/csv", with_report(|_, r| export::quotes_csv(r)))>"Quotes"</button>
                <button type="button" id="dl-csv-timeline" on:click=move |_| save("timeline.csv", "text/csv", with_report(|_, r| export::timeline_csv(r)))>"Timeline"</button>
            </div>
            <div class="export-row" role="group" aria-labelledby="exp-md">
                <span id="exp-md" class="export-name">"Markdown summary"</span>
                <button type="button" id="dl-md" on:click=move |_| save("summary.md", "text/markdown", with_report(export::markdown))>"Download"</button>
                <button type="button" id="copy-md" on:click=move |_| copy("Markdown", with_report(export::markdown))>"Copy"</button>
            </div>
            <div class="export-row" role="group" aria-labelledby="exp-tl">
                <span id="exp-tl" class="export-name">"TimelineJS" <small>" (JSON)"</small></span>
                <button type="button" id="dl-timelinejs" on:click=move |_| save("timelinejs.json", "application/json", with_report(export::timelinejs))>"Download"</button>
            </div>
        </div>
        <div class="share">
            <button type="button" id="share-btn" on:click=share>"Copy share link"</button>
            <label class="visually-hidden" for="share-link">"Share link"</label>
            <input id="share-link" type="text" readonly placeholder="The link appears here" prop:value=move || link.get()
                on:focus=move |ev| { let el: web_sys::HtmlInputElement = event_target(&ev); el.select(); } />
            <p class="hint">
                "The link carries the whole text, compressed, after the “#”: browsers never send that part to any \
                 server, but anyone you give the link to can read the text."
            </p>
        </div>
    }
}

/// "Show all" under a list cut at [`LIST_FIRST`] items; nothing when `more` is 0.
fn show_all_button(all: RwSignal<bool>, more: usize, what: &'static str) -> Option<impl IntoView> {
    (more > 0).then(|| {
        view! {
            <button type="button" class="small show-all" on:click=move |_| all.set(true)>
                {format!("Show {more} more {what}")}
            </button>
        }
    })
}

/// Scrolls the article to the `nth` element matching `[sel]` and flashes it (or all of them
/// when `all`). Draws the rest of a long article first if the target is not drawn yet.
fn reveal(ui: Ui, sel: &str, nth: usize, all: bool) {
    let sel = sel.to_string();
    let found = find_in_article(&sel);
    if found.len() > nth || ui.limit.get_untracked() == usize::MAX {
        flash_and_scroll(found, nth, all);
        return;
    }
    ui.limit.set(usize::MAX);
    // Leptos updates the DOM synchronously, but let layout settle before scrolling.
    request_animation_frame(move || flash_and_scroll(find_in_article(&sel), nth, all));
}

fn find_in_article(sel: &str) -> Vec<web_sys::Element> {
    let Some(article) = document().get_element_by_id("article") else { return Vec::new() };
    let Ok(list) = article.query_selector_all(&format!("[{sel}]")) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok())).collect()
}

fn flash_and_scroll(found: Vec<web_sys::Element>, nth: usize, all: bool) {
    let Some(target) = found.get(nth).or(found.first()).cloned() else { return };
    let flash: Vec<&web_sys::Element> = if all { found.iter().collect() } else { vec![&target] };
    for el in flash {
        let classes = el.class_list();
        let _ = classes.remove_1("flash");
        // Reading layout restarts the CSS animation when the same item is clicked twice.
        let _ = el.get_bounding_client_rect();
        let _ = classes.add_1("flash");
    }
    // `behavior` stays "auto": the CSS `scroll-behavior` decides, and honours reduced motion.
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    target.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Clean text from HTML: parsed into a detached document (no scripts run, nothing loads), then
/// only its text is walked, with line breaks at block boundaries.
fn html_to_text(html: &str) -> Option<String> {
    let parser = web_sys::DomParser::new().ok()?;
    let doc = parser.parse_from_string(html, web_sys::SupportedType::TextHtml).ok()?;
    let body = doc.body()?;
    let mut out = String::new();
    walk(&body, &mut out, false);
    Some(input::tidy(&out))
}

fn walk(node: &web_sys::Node, out: &mut String, pre: bool) {
    match node.node_type() {
        web_sys::Node::TEXT_NODE => {
            let t = node.text_content().unwrap_or_default();
            if pre {
                out.push_str(&t);
            } else {
                // HTML collapses source line breaks into spaces.
                out.push_str(&t.replace(['\n', '\r'], " "));
            }
        }
        web_sys::Node::ELEMENT_NODE => {
            let name = node.node_name().to_ascii_lowercase();
            if matches!(
                name.as_str(),
                "script"
                    | "style"
                    | "noscript"
                    | "template"
                    | "head"
                    | "svg"
                    | "iframe"
                    | "object"
                    | "button"
                    | "select"
                    | "nav"
                    | "form"
            ) {
                return;
            }
            if name == "br" {
                out.push('\n');
                return;
            }
            let block = matches!(
                name.as_str(),
                "p" | "div"
                    | "h1"
                    | "h2"
                    | "h3"
                    | "h4"
                    | "h5"
                    | "h6"
                    | "li"
                    | "blockquote"
                    | "section"
                    | "article"
                    | "header"
                    | "footer"
                    | "tr"
                    | "pre"
                    | "figcaption"
                    | "dd"
                    | "dt"
                    | "ul"
                    | "ol"
                    | "table"
                    | "aside"
                    | "main"
                    | "figure"
                    | "address"
                    | "hr"
                    | "caption"
            );
            if block {
                out.push_str("\n\n");
            } else if matches!(name.as_str(), "td" | "th") {
                out.push(' ');
            }
            let children = node.child_nodes();
            for i in 0..children.length() {
                if let Some(child) = children.item(i) {
                    walk(&child, out, pre || name == "pre");
                }
            }
            if block {
                out.push_str("\n\n");
            }
        }
        _ => {}
    }
}

/// Saves `content` as a file through a temporary object URL (nothing leaves the device).
fn download(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(&format!("{mime};charset=utf-8"));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|e| js_error(&e))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| js_error(&e))?;
    let a: web_sys::HtmlAnchorElement = document()
        .create_element("a")
        .map_err(|e| js_error(&e))?
        .dyn_into()
        .map_err(|_| "no link element".to_string())?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    set_timeout(move || drop(web_sys::Url::revoke_object_url(&url)), Duration::from_secs(10));
    Ok(())
}

fn save_file(ui: Ui, name: &str, mime: &str, content: &str) {
    match download(name, mime, content) {
        Ok(()) => ui.say(format!("Saved {name}.")),
        Err(e) => ui.warn(format!("Could not save {name}: {e}")),
    }
}

fn deliver_json(ui: Ui, copy: bool, json: String) {
    if copy {
        copy_text(ui, "JSON", json);
    } else {
        save_file(ui, "article.json", "application/json", &json);
    }
}

/// Copies to the clipboard (`navigator.clipboard.writeText`, looked up at run time because
/// web-sys lists the Clipboard API as unstable) and says whether it worked.
fn copy_text(ui: Ui, what: &'static str, content: String) {
    let call = || -> Result<js_sys::Promise, JsValue> {
        let clipboard = js_sys::Reflect::get(&window().navigator(), &"clipboard".into())?;
        let write: js_sys::Function = js_sys::Reflect::get(&clipboard, &"writeText".into())?.dyn_into()?;
        write.call1(&clipboard, &JsValue::from_str(&content))?.dyn_into()
    };
    match call() {
        Ok(promise) => spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => ui.say(format!("Copied the {what} to the clipboard.")),
                Err(e) => ui.warn(format!("Could not copy the {what}: {}", js_error(&e))),
            }
        }),
        Err(e) => ui.warn(format!("Could not copy the {what}: {}", js_error(&e))),
    }
}

/// Drops `#t=…` from the address bar once read, so that a reload shows the text as edited.
fn forget_fragment() {
    let location = window().location();
    let url = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

fn js_error(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}

fn now_ms() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
}
