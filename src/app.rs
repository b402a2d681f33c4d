//! The page: an input column, the highlighted article, quotes, timeline and entities.
//!
//! Components only render a [`Report`]; building it from the text is plain Rust
//! (`report.rs`, `highlight.rs`). All user text goes into text nodes or attribute values, which
//! Leptos escapes: nothing here uses `inner_html`.

use std::time::Duration;

use engine::{EntityType, Options};
use leptos::{html, prelude::*};
use wasm_bindgen::JsCast;

use crate::report::{short_label, type_class, ArticlePiece, Report};

pub const SAMPLE: &str = include_str!("../samples/sample-article.txt");

/// Above this many bytes, analysis waits until typing pauses: the engine is linear but a long
/// text re-analysed and re-rendered on every key press would make typing stutter.
const DEBOUNCE_ABOVE: usize = 50_000;
const DEBOUNCE: Duration = Duration::from_millis(200);

#[component]
pub fn App() -> impl IntoView {
    // `text` is what was last analysed; the textarea owns what is being typed.
    let text = RwSignal::new(SAMPLE.to_string());
    // The reference date typed by the user, `None` to let the engine find one.
    let given_date = RwSignal::new(None::<String>);
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let textarea: NodeRef<html::Textarea> = NodeRef::new();

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
    let replace_text = move |value: &str| {
        if let Some(el) = textarea.get() {
            el.set_value(value);
            let _ = el.focus();
        }
        set_text(value.to_string());
    };

    let date_error = Memo::new(move |_| given_date.get().and_then(|d| engine::parse_date(&d).err()));
    let analysed = Memo::new(move |_| {
        let mut options = Options::new();
        if let Some(date) = given_date.get().and_then(|d| engine::parse_date(&d).ok()) {
            options = options.reference_date(date);
        }
        let started = now_ms();
        let report = text.with(|t| Report::build(t, &engine::analyze(t, &options)));
        (report, now_ms() - started)
    });
    let report = Memo::new(move |_| analysed.with(|(r, _)| r.clone()));
    let took_ms = Memo::new(move |_| analysed.with(|(_, ms)| *ms));

    view! {
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
                <label class="visually-hidden" for="article-input">"Article text"</label>
                <textarea
                    id="article-input"
                    node_ref=textarea
                    spellcheck="false"
                    placeholder="Paste a news article here…"
                    prop:value=SAMPLE
                    on:input=move |ev| set_text(event_target_value(&ev))
                ></textarea>
                <div class="controls">
                    <button type="button" on:click=move |_| replace_text("")>"Clear"</button>
                    <button type="button" on:click=move |_| replace_text(SAMPLE)>
                        "Sample article"
                    </button>
                    <span class="hint">
                        {move || if text.with(|t| t == SAMPLE) {
                            "Showing the sample article (fictional)."
                        } else {
                            "Sample article (fictional)."
                        }}
                    </span>
                </div>
                <div class="refdate">
                    <label for="ref-date">"Reference date"</label>
                    <input
                        type="date"
                        id="ref-date"
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
                    </p>
                </div>
                <p class="status" id="status">
                    {move || {
                        let words = text.with(|t| t.split_whitespace().count());
                        match took_ms.get() {
                            ms if ms < 1.0 => format!("{words} words · analysed in < 1 ms"),
                            ms => format!("{words} words · analysed in {ms:.0} ms"),
                        }
                    }}
                </p>
            </section>

            <section class="panel article-panel" aria-labelledby="article-heading">
                <h2 id="article-heading">"Highlighted article"</h2>
                <Legend report />
                <div id="article" class="article">
                    {move || report.with(|r| {
                        if r.empty {
                            view! { <p class="empty">"Paste an article to begin."</p> }.into_any()
                        } else {
                            r.paragraphs
                                .iter()
                                .map(|pieces| view! { <p>{pieces.iter().map(piece_view).collect_view()}</p> })
                                .collect_view()
                                .into_any()
                        }
                    })}
                </div>
            </section>

            <section class="panel quotes-panel" aria-labelledby="quotes-heading">
                <h2 id="quotes-heading">
                    "Quotes " <span class="count">{move || report.with(|r| r.quotes.len())}</span>
                </h2>
                <QuoteList report />
            </section>

            <section class="panel timeline-panel" aria-labelledby="timeline-heading">
                <h2 id="timeline-heading">
                    "Timeline " <span class="count">{move || report.with(|r| r.timeline.len())}</span>
                </h2>
                <Timeline report />
            </section>

            <section class="panel entities-panel" aria-labelledby="entities-heading">
                <h2 id="entities-heading">"Entities"</h2>
                <EntityList report />
            </section>
        </main>
        <footer class="site-footer">
            "No data is sent anywhere: analysis is done by WebAssembly on this page."
        </footer>
    }
}

fn piece_view(p: &ArticlePiece) -> AnyView {
    let text = p.text.clone();
    if p.is_plain() {
        return text.into_any();
    }
    let (class, title, quotes, events) = (p.class.clone(), p.title.clone(), p.quotes.clone(), p.events.clone());
    match p.entity {
        Some(kind) => view! {
            <mark class=class title=title data-quote=quotes data-event=events>{text}</mark>
            {p.label.map(|label| type_label(kind, label))}
        }
        .into_any(),
        None => view! {
            <span class=class title=title data-quote=quotes data-event=events>{text}</span>
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

#[component]
fn Legend(report: Memo<Report>) -> impl IntoView {
    view! {
        <ul class="legend" aria-label="Entity types">
            {move || report.with(|r| {
                let mut items: Vec<AnyView> = r.legend.iter().map(|item| {
                    let zero = if item.mentions == 0 { " zero" } else { "" };
                    let class = format!("legend-item {}{zero}", type_class(item.kind));
                    let title = format!(
                        "{} mentions of {} {} entities",
                        item.mentions, item.entities, item.kind.label()
                    );
                    view! {
                        <li class=class title=title data-type=item.kind.label()>
                            <mark class=format!("ent {} swatch", type_class(item.kind))>
                                {type_name(item.kind)}
                            </mark>
                            {type_label(item.kind, short_label(item.kind))}
                            <span class="legend-count">{item.mentions}</span>
                        </li>
                    }.into_any()
                }).collect();
                items.push(view! {
                    <li class="legend-item legend-time" title="Time expressions">
                        <span class="tx swatch">"time"</span>
                        <span class="legend-count">{r.timex_count}</span>
                    </li>
                    <li class="legend-item legend-quote" title="Quoted words">
                        <span class="q swatch">"quote"</span>
                        <span class="legend-count">{r.quotes.len()}</span>
                    </li>
                }.into_any());
                items
            })}
        </ul>
    }
}

/// Readable type names for the legend.
fn type_name(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "person",
        EntityType::Org => "organization",
        EntityType::Loc => "place",
        EntityType::Group => "group",
        EntityType::Misc => "other",
        EntityType::Money => "money",
        EntityType::Percent => "percent",
    }
}

#[component]
fn QuoteList(report: Memo<Report>) -> impl IntoView {
    move || {
        report.with(|r| {
            if r.quotes.is_empty() {
                let msg = if r.empty { "Quotes will appear here." } else { "No quotes found." };
                return view! { <p class="empty">{msg}</p> }.into_any();
            }
            let items = r.quotes.iter().map(|q| {
            let index = q.index;
            let speaker_class = match q.speaker_type {
                Some(kind) => format!("speaker {}", type_class(kind)),
                None => "speaker".to_string(),
            };
            let kind_class = format!("badge kind-{}", q.kind.label());
            view! {
                <li>
                    <button type="button" class="item quote-item" data-quote-index=index
                        on:click=move |_| reveal("data-quote", index)>
                        <span class="quote-text">{q.text.clone()}</span>
                        <span class="meta">
                            {match q.speaker.clone() {
                                Some(name) => view! { <span class=speaker_class>{name}</span> }.into_any(),
                                None => view! { <span class="speaker unknown">"unknown speaker"</span> }.into_any(),
                            }}
                            {q.cue.clone().map(|cue| view! { <span class="cue">{cue}</span> })}
                            <span class=kind_class>{q.kind.label()}</span>
                        </span>
                    </button>
                </li>
            }
        }).collect_view();
            view! { <ol class="quote-list">{items}</ol> }.into_any()
        })
    }
}

#[component]
fn Timeline(report: Memo<Report>) -> impl IntoView {
    move || {
        report.with(|r| {
            if r.timeline.is_empty() {
                let msg = if r.empty { "Dated events will appear here." } else { "No dated events found." };
                return view! { <p class="empty">{msg}</p> }.into_any();
            }
            let items = r
                .timeline
                .iter()
                .map(|e| {
                    let index = e.index;
                    view! {
                        <li>
                            <button type="button" class="item event-item" on:click=move |_| reveal("data-event", index)>
                                <span class="event-date">
                                    <time datetime=e.date.clone()>{e.display.clone()}</time>
                                    <span class="badge">{e.precision.label()}</span>
                                </span>
                                <span class="event-label">{e.label.clone()}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! { <ol class="timeline">{items}</ol> }.into_any()
        })
    }
}

#[component]
fn EntityList(report: Memo<Report>) -> impl IntoView {
    move || {
        report.with(|r| {
            if r.entity_groups.is_empty() {
                let msg = if r.empty { "Entities will appear here." } else { "No entities found." };
                return view! { <p class="empty">{msg}</p> }.into_any();
            }
            r.entity_groups
                .iter()
                .map(|(kind, items)| {
                    let class = format!("entity-group {}", type_class(*kind));
                    view! {
                        <div class=class data-type=kind.label()>
                            <h3>{kind.label()}</h3>
                            <ul>
                                {items.iter().map(|e| view! {
                                    <li>
                                        <span class="entity-name">{e.name.clone()}</span>
                                        " "
                                        <span class="count" title="mentions">{e.mentions}</span>
                                    </li>
                                }).collect_view()}
                            </ul>
                        </div>
                    }
                })
                .collect_view()
                .into_any()
        })
    }
}

/// Scrolls the article to the first element whose `attr` lists `index`, and flashes all of them.
fn reveal(attr: &str, index: usize) {
    let Some(article) = document().get_element_by_id("article") else {
        return;
    };
    let Ok(found) = article.query_selector_all(&format!("[{attr}~=\"{index}\"]")) else {
        return;
    };
    let mut first = None;
    for i in 0..found.length() {
        let Some(el) = found.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else {
            continue;
        };
        let classes = el.class_list();
        let _ = classes.remove_1("flash");
        // Reading layout restarts the CSS animation when the same item is clicked twice.
        let _ = el.get_bounding_client_rect();
        let _ = classes.add_1("flash");
        first.get_or_insert(el);
    }
    if let Some(el) = first {
        // `behavior` stays "auto": the CSS `scroll-behavior` decides, and honours reduced motion.
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

fn now_ms() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
}
