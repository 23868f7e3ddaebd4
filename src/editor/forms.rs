//! The forms: the list of notes, a note's form (its kind's fields, its mentions, its sources),
//! the polls and the article's details. Each field says whether it is required and what it
//! takes, and carries its JSON path (`data-path`), so a problem the checker reports leads to it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::{Editing, FieldProblem};
use crate::model::{ActorKind, Direction, Draft, NoteFields, NoteKind, Poll, RawSource};

/// Focuses the field at JSON path `path`, or the nearest enclosing one shown (`notes[2].anchors[0]`
/// falls back to `notes[2].anchors`, then `notes[2]`).
pub fn focus_path(path: &str) {
    let mut path = path.to_owned();
    loop {
        let selector = format!("[data-path=\"{}\"]", path.replace('\\', "\\\\").replace('"', "\\\""));
        if let Ok(Some(field)) = document().query_selector(&selector)
            && let Ok(field) = field.dyn_into::<HtmlElement>()
        {
            field.scroll_into_view();
            _ = field.focus();
            return;
        }
        match path.rfind(['.', '[']) {
            Some(at) if at > 0 => path.truncate(at),
            _ => return,
        }
    }
}

/// A getter and a setter for the optional text at `$place`, an expression over the draft `$d`:
/// an empty text is left out.
macro_rules! optional_text {
    (|$d:ident| $place:expr) => {
        (
            std::sync::Arc::new(|$d: &Draft| $place.clone()) as Reads,
            std::sync::Arc::new(|$d: &mut Draft, text: String| $place = (!text.trim().is_empty()).then_some(text))
                as Writes,
        )
    };
}

/// What a field reads and writes in the draft.
type Reads = std::sync::Arc<dyn Fn(&Draft) -> Option<String> + Send + Sync>;
type Writes = std::sync::Arc<dyn Fn(&mut Draft, String) + Send + Sync>;

/// One labelled text field bound to the draft. `required` fields keep an empty value (which the
/// checker reports); optional ones drop it.
#[component]
fn Field(
    /// What it is called.
    label: &'static str,
    /// Its JSON path, which problems name.
    path: String,
    /// What it takes, under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// Whether the format requires it.
    #[prop(optional)]
    required: bool,
    /// Several lines.
    #[prop(optional)]
    long: bool,
    /// The input's type (`text`, `url`, `number`).
    #[prop(default = "text")]
    kind: &'static str,
    get: Reads,
    set: Writes,
) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let id = format!("field-{}", path.replace(['[', ']', '.'], "-"));
    let hint_id = format!("{id}-hint");
    // What was typed, while the draft holds the same number ("6." is 6 until the next digit).
    let typed = RwSignal::new(String::new());
    let value = move || {
        let stored = editing.draft.with(|d| get(d).unwrap_or_default());
        let typed = typed.get();
        let same_number = kind == "number" && typed.trim().parse::<f64>().ok() == stored.parse::<f64>().ok();
        if same_number { typed } else { stored }
    };
    let fixing = set.clone();
    let input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        typed.set(text.clone());
        let set = set.clone();
        editing.draft.update(move |d| set(d, text));
    };
    // What the checker says of this field, beside it (the list above says it too).
    let problem_id = format!("{id}-problem");
    let problem = {
        let path = path.clone();
        Memo::new(move |_| editing.verdict.with(|v| v.problems.iter().find(|p| p.path == path).cloned()))
    };
    let invalid = move || problem.with(Option::is_some).then_some("true");
    let described = {
        let (hint_id, problem_id) = (hint.map(|_| hint_id.clone()), problem_id.clone());
        move || {
            let ids: Vec<&str> = (hint_id.as_deref().into_iter())
                .chain(problem.with(Option::is_some).then_some(problem_id.as_str()))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let fix = {
        let set = fixing;
        move |value: String| {
            let set = set.clone();
            editing.draft.update(move |d| set(d, value));
        }
    };
    let said = move || {
        problem.get().map(|FieldProblem { message, fix: better, .. }| {
            let fix = fix.clone();
            view! {
                <p class="editor__field-problem" id=problem_id.clone()>
                    <bdi>{message}</bdi>
                    {better.map(|value| {
                        let label = format!("Use {value}");
                        view! {
                            " "
                            <button type="button" class="button" on:click=move |_| fix(value.clone())>{label}</button>
                        }
                    })}
                </p>
            }
        })
    };
    let control = if long {
        view! {
            <textarea id=id.clone() data-path=path.clone() rows="3" aria-describedby=described.clone() aria-required=required.then_some("true")
                aria-invalid=invalid prop:value=value on:input=input></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() data-path=path.clone() type=kind aria-describedby=described aria-required=required.then_some("true")
                aria-invalid=invalid step=(kind == "number").then_some("any") prop:value=value on:input=input />
        }
        .into_any()
    };
    view! {
        <div class="editor__field">
            <label for=id>{label}{if required { " (required)" } else { " (optional)" }}</label>
            {hint.map(|hint| view! { <span class="editor__hint" id=hint_id>{hint}</span> })}
            {control}
            {said}
        </div>
    }
}

/// A getter and a setter for an optional text of note `index`: empty is left out.
fn note_text(index: usize, field: fn(&mut NoteFields) -> &mut Option<String>, required: bool) -> (Reads, Writes) {
    (
        std::sync::Arc::new(move |d: &Draft| {
            let mut note = d.notes.get(index)?.clone();
            field(&mut note).clone()
        }),
        std::sync::Arc::new(move |d: &mut Draft, text: String| {
            if let Some(note) = d.notes.get_mut(index) {
                *field(note) = (required || !text.trim().is_empty()).then_some(text);
            }
        }),
    )
}

/// Every note, each leading to its form.
#[component]
pub fn NoteList() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let items = move || {
        editing.draft.with(|d| {
            (d.notes.iter().enumerate())
                .map(|(index, note)| {
                    let label = format!("{}. {} ({}, {})", index + 1, note.title, kind_label(note.kind), mentions(note.anchors.len()));
                    view! {
                        <li>
                            <button
                                type="button"
                                class="button editor__note-choice"
                                aria-pressed=move || if editing.selected.get() == Some(index) { "true" } else { "false" }
                                on:click=move |_| editing.go_to(Some(index), &format!("notes[{index}].title"))
                            >
                                <bdi>{label}</bdi>
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="editor__notes" aria-labelledby="editor-notes-title">
            <h2 id="editor-notes-title">"Notes"</h2>
            {move || editing.draft.with(|d| d.notes.is_empty()).then(|| view! {
                <p class="editor__hint">"No notes yet: choose a phrase to write one."</p>
            })}
            <ul class="editor__list">{items}</ul>
        </section>
    }
}

fn kind_label(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Actor => "actor",
        NoteKind::Poll => "poll figure",
        NoteKind::Context => "context note",
    }
}

fn mentions(n: usize) -> String {
    if n == 1 { "1 anchor".to_owned() } else { format!("{n} anchors") }
}

/// The form of note `index`: its kind's fields, its anchors and its sources.
#[component]
pub fn NoteForm(
    /// The note's index in the draft.
    index: usize,
) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let Some(kind) = editing.draft.with_untracked(|d| d.notes.get(index).map(|n| n.kind)) else {
        return ().into_any();
    };
    let at = move |field: &str| format!("notes[{index}].{field}");
    let title: (Reads, Writes) = (
        std::sync::Arc::new(move |d: &Draft| d.notes.get(index).map(|n| n.title.clone())),
        std::sync::Arc::new(move |d: &mut Draft, text| {
            if let Some(n) = d.notes.get_mut(index) {
                n.title = text;
            }
        }),
    );
    let id: (Reads, Writes) = (
        std::sync::Arc::new(move |d: &Draft| d.notes.get(index).map(|n| n.id.clone())),
        std::sync::Arc::new(move |d: &mut Draft, text| {
            if let Some(n) = d.notes.get_mut(index) {
                n.id = text;
            }
        }),
    );
    let fields = match kind {
        NoteKind::Actor => {
            let (role_get, role_set) = note_text(index, |n| &mut n.role, true);
            let (summary_get, summary_set) = note_text(index, |n| &mut n.summary, true);
            let (stance_get, stance_set) = note_text(index, |n| &mut n.stance, false);
            let actor_kind = move || editing.draft.with(|d| d.notes.get(index).and_then(|n| n.actor_kind));
            let kinds = ActorKind::ALL
                .into_iter()
                .map(
                    |k| view! { <option value=k.label() selected=move || actor_kind() == Some(k)>{k.label()}</option> },
                )
                .collect_view();
            let set_kind = move |ev: leptos::ev::Event| {
                let chosen = event_target_value(&ev);
                let kind = ActorKind::ALL.into_iter().find(|k| k.label() == chosen);
                editing.draft.update(|d| {
                    if let Some(n) = d.notes.get_mut(index) {
                        n.actor_kind = kind;
                    }
                });
            };
            let kind_id = format!("field-notes-{index}-actor_kind");
            view! {
                <div class="editor__field">
                    <label for=kind_id.clone()>"Kind (required)"</label>
                    <select id=kind_id data-path=at("actor_kind") on:change=set_kind>{kinds}</select>
                </div>
                <Field label="Role" path=at("role") hint="One line: who or what this is." required=true get=role_get set=role_set />
                <Field label="Summary" path=at("summary") hint="One to three neutral sentences." required=true long=true get=summary_get set=summary_set />
                <Field label="Stance" path=at("stance") hint="Its stance in this story, where the record supports one." long=true get=stance_get set=stance_set />
            }
            .into_any()
        }
        NoteKind::Poll => {
            let (label_get, label_set) = note_text(index, |n| &mut n.label, true);
            let value: (Reads, Writes) = (
                std::sync::Arc::new(move |d: &Draft| d.notes.get(index).and_then(|n| n.value).map(number)),
                std::sync::Arc::new(move |d: &mut Draft, text: String| {
                    if let Some(n) = d.notes.get_mut(index) {
                        n.value = Some(text.trim().parse().unwrap_or(f64::NAN)).filter(|v: &f64| v.is_finite());
                    }
                }),
            );
            let poll =
                move || editing.draft.with(|d| d.notes.get(index).and_then(|n| n.poll.clone()).unwrap_or_default());
            let polls = move || {
                editing.draft.with(|d| {
                    (d.polls.iter())
                        .map(|p| {
                            let id = p.id.clone();
                            view! { <option value=p.id.clone() selected=move || poll() == id>{p.title.clone()}</option> }
                        })
                        .collect_view()
                })
            };
            let set_poll = move |ev: leptos::ev::Event| {
                let chosen = event_target_value(&ev);
                editing.draft.update(|d| {
                    if let Some(n) = d.notes.get_mut(index) {
                        n.poll = Some(chosen);
                    }
                });
            };
            let new_poll = move |_| {
                editing.draft.update(|d| {
                    let title = d.notes.get(index).map(|n| format!("Poll for {}", n.title)).unwrap_or_default();
                    let id = d.unused_id(&title);
                    d.polls.push(Poll { id: id.clone(), title, ..Poll::default() });
                    if let Some(n) = d.notes.get_mut(index) {
                        n.poll = Some(id);
                    }
                });
                let last = editing.draft.with_untracked(|d| d.polls.len() - 1);
                request_animation_frame(move || focus_path(&format!("polls[{last}].title")));
            };
            let poll_id = format!("field-notes-{index}-poll");
            view! {
                <div class="editor__field">
                    <label for=poll_id.clone()>"Poll (required)"</label>
                    <div class="editor__row">
                        <select id=poll_id data-path=at("poll") on:change=set_poll>
                            <option value="" selected=move || poll().is_empty()>"(choose a poll)"</option>
                            {polls}
                        </select>
                        <button type="button" class="button" on:click=new_poll>"New poll"</button>
                    </div>
                </div>
                <Field label="Figure, in per cent" path=at("value") hint="A number from 0 to 100." required=true kind="number" get=value.0 set=value.1 />
                <Field label="What it measures" path=at("label") hint="For example: see the EU as a partner." required=true get=label_get set=label_set />
            }
            .into_any()
        }
        NoteKind::Context => {
            let (dates_get, dates_set) = note_text(index, |n| &mut n.dates, false);
            let (summary_get, summary_set) = note_text(index, |n| &mut n.summary, true);
            let (figure_get, figure_set) = note_text(index, |n| &mut n.figure, false);
            let (record_get, record_set) = note_text(index, |n| &mut n.record, false);
            view! {
                <Field label="Dates" path=at("dates") hint="The date or dates it concerns; notes that name a year are on the timeline." get=dates_get set=dates_set />
                <Field label="Summary" path=at("summary") hint="One to three neutral sentences." required=true long=true get=summary_get set=summary_set />
                <Field label="Key figure" path=at("figure") hint="A key figure with its date." get=figure_get set=figure_set />
                <Field label="What the record shows" path=at("record") hint="Where the text's wording differs from the record." long=true get=record_get set=record_set />
            }
            .into_any()
        }
    };
    let remove = move |_| {
        editing.selected.set(None);
        editing.draft.update(|d| {
            if index < d.notes.len() {
                d.notes.remove(index);
            }
        });
    };
    view! {
        <section class="editor__form" aria-labelledby="editor-form-title" data-path=format!("notes[{index}]") tabindex="-1">
            <h2 id="editor-form-title">{move || format!("Note {}: {}", index + 1, kind_label(kind))}</h2>
            <Field label="Title" path=at("title") hint="The card's heading." required=true get=title.0 set=title.1 />
            <Field label="Id" path=at("id") hint="Used in links to the note: no spaces." required=true get=id.0 set=id.1 />
            {fields}
            <Anchors index />
            <Sources index />
            <button type="button" class="button editor__remove" on:click=remove>"Delete this note"</button>
        </section>
    }
    .into_any()
}

/// A number as a person writes it: `66` rather than `66.0`.
fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 { format!("{}", value as i64) } else { value.to_string() }
}

/// The note's anchors: the words each marks, with a button to remove it.
#[component]
fn Anchors(index: usize) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let rows = move || {
        editing.draft.with(|d| {
            let anchors = d.notes.get(index).map(|n| n.anchors.clone()).unwrap_or_default();
            (anchors.into_iter().enumerate())
                .map(|(a, anchor)| {
                    let remove = move |_| {
                        editing.draft.update(|d| {
                            if let Some(n) = d.notes.get_mut(index)
                                && a < n.anchors.len()
                            {
                                n.anchors.remove(a);
                            }
                        });
                    };
                    let how = if anchor.every { " (every occurrence)" } else { "" };
                    view! {
                        <li data-path=format!("notes[{index}].anchors[{a}]") tabindex="-1">
                            "“" <bdi>{anchor.exact}</bdi> "”" {how} " "
                            <button type="button" class="button" on:click=remove>
                                "Remove" <span class="visually-hidden">{format!(" mention {}", a + 1)}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <fieldset data-path=format!("notes[{index}].anchors") tabindex="-1">
            <legend>"Mentions (at least one)"</legend>
            <ul class="editor__list">{rows}</ul>
            <p class="editor__hint">"To add one, choose a phrase and add it as another mention of this note."</p>
        </fieldset>
    }
}

/// The note's sources: an `https` address and an optional label each.
#[component]
fn Sources(index: usize) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let count = Memo::new(move |_| editing.draft.with(|d| d.notes.get(index).map_or(0, |n| n.sources.len())));
    let add = move |_| {
        editing.draft.update(|d| {
            if let Some(n) = d.notes.get_mut(index) {
                n.sources.push(RawSource::default());
            }
        });
        let last = count.get_untracked().saturating_sub(1);
        request_animation_frame(move || focus_path(&format!("notes[{index}].sources[{last}].url")));
    };
    let rows = move || {
        (0..count.get())
            .map(|s| {
                let source = move |d: &Draft| d.notes.get(index).and_then(|n| n.sources.get(s)).cloned();
                let url: (Reads, Writes) = (
                    std::sync::Arc::new(move |d: &Draft| source(d).map(|s| s.url)),
                    std::sync::Arc::new(move |d: &mut Draft, text| {
                        if let Some(source) = d.notes.get_mut(index).and_then(|n| n.sources.get_mut(s)) {
                            source.url = text;
                        }
                    }),
                );
                let label: (Reads, Writes) = (
                    std::sync::Arc::new(move |d: &Draft| source(d).and_then(|s| s.label)),
                    std::sync::Arc::new(move |d: &mut Draft, text: String| {
                        if let Some(source) = d.notes.get_mut(index).and_then(|n| n.sources.get_mut(s)) {
                            source.label = (!text.trim().is_empty()).then_some(text);
                        }
                    }),
                );
                let remove = move |_| {
                    editing.draft.update(|d| {
                        if let Some(n) = d.notes.get_mut(index)
                            && s < n.sources.len()
                        {
                            n.sources.remove(s);
                        }
                    });
                };
                view! {
                    <li class="editor__source">
                        <Field label="Address" path=format!("notes[{index}].sources[{s}].url") hint="https:// addresses only." required=true kind="url" get=url.0 set=url.1 />
                        <Field label="Label" path=format!("notes[{index}].sources[{s}].label") hint="Left out, the address's host is shown." get=label.0 set=label.1 />
                        <button type="button" class="button" on:click=remove>
                            "Remove" <span class="visually-hidden">{format!(" source {}", s + 1)}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset data-path=format!("notes[{index}].sources") tabindex="-1">
            <legend>"Sources (at least one)"</legend>
            <ul class="editor__list">{rows}</ul>
            <button type="button" class="button" on:click=add>"Add a source"</button>
        </fieldset>
    }
}

/// The polls poll figures come from, each with its fields.
#[component]
pub fn PollForms() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let count = Memo::new(move |_| editing.draft.with(|d| d.polls.len()));
    let polls = move || {
        (0..count.get())
            .map(|p| {
                let field = |label: &'static str, name: &'static str, hint: &'static str, required: bool, pick: fn(&mut Poll) -> PollText| {
                    let get: Reads = std::sync::Arc::new(move |d: &Draft| {
                        let mut poll = d.polls.get(p)?.clone();
                        match pick(&mut poll) {
                            PollText::Required(text) => Some(text.clone()),
                            PollText::Optional(text) => text.clone(),
                        }
                    });
                    let set: Writes = std::sync::Arc::new(move |d: &mut Draft, text: String| {
                        if let Some(poll) = d.polls.get_mut(p) {
                            match pick(poll) {
                                PollText::Required(field) => *field = text,
                                PollText::Optional(field) => *field = (!text.trim().is_empty()).then_some(text),
                            }
                        }
                    });
                    view! { <Field label path=format!("polls[{p}].{name}") hint required get set /> }
                };
                view! {
                    <fieldset class="editor__poll" data-path=format!("polls[{p}]") tabindex="-1">
                        <legend>{move || editing.draft.with(|d| d.polls.get(p).map(|x| format!("Poll: {}", x.title)).unwrap_or_default())}</legend>
                        {field("Title", "title", "A short name.", true, |p| PollText::Required(&mut p.title))}
                        <PollId index=p />
                        {field("By", "by", "Who ran or commissioned it.", true, |p| PollText::Required(&mut p.by))}
                        {field("When", "when", "For example: Summer 2021.", true, |p| PollText::Required(&mut p.when))}
                        {field("Who was asked", "population", "For example: adults in Serbia.", true, |p| PollText::Required(&mut p.population))}
                        {field("Question", "question", "What was asked, as far as known.", true, |p| PollText::Required(&mut p.question))}
                        {field("Not verified", "unverified", "What is not known about the poll.", false, |p| PollText::Optional(&mut p.unverified))}
                    </fieldset>
                }
            })
            .collect_view()
    };
    view! { <div class="editor__polls">{polls}</div> }
}

/// A poll's id, which its figures refer to: renamed, they follow.
#[component]
fn PollId(
    /// The poll's index in the draft.
    index: usize,
) -> impl IntoView {
    let get: Reads = std::sync::Arc::new(move |d: &Draft| d.polls.get(index).map(|p| p.id.clone()));
    let set: Writes = std::sync::Arc::new(move |d: &mut Draft, id: String| {
        let Some(old) = d.polls.get(index).map(|p| p.id.clone()) else { return };
        for note in d.notes.iter_mut().filter(|n| n.poll.as_deref() == Some(old.as_str())) {
            note.poll = Some(id.clone());
        }
        if let Some(poll) = d.polls.get_mut(index) {
            poll.id = id;
        }
    });
    view! {
        <Field label="Id" path=format!("polls[{index}].id") hint="Poll figures refer to it: no spaces." required=true get set />
    }
}

/// A text of a poll, required or optional.
enum PollText<'a> {
    Required(&'a mut String),
    Optional(&'a mut Option<String>),
}

/// The article's details: who, when, where the original is, its language and direction.
#[component]
pub fn ArticleForm() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let article = |label: &'static str, name: &'static str, hint: &'static str, (get, set): (Reads, Writes)| {
        let path = if name == "language" { name.to_owned() } else { format!("article.{name}") };
        view! { <Field label path hint get set /> }
    };
    let direction = move || editing.draft.with(|d| d.direction);
    let set_direction = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        let direction = [Direction::Ltr, Direction::Rtl].into_iter().find(|d| d.as_str() == chosen);
        editing.draft.update(|d| d.direction = direction);
    };
    view! {
        <details class="editor__article">
            <summary>"About the text"</summary>
            {article("Publisher", "publisher", "Who published it. Not shown when it is the author.", optional_text!(|d| d.article.publisher))}
            {article("Author", "author.name", "Only a name you have checked.", optional_text!(|d| d.article.author.name))}
            {article("Published", "published", "2022, 2022-03 or 2022-03-14.", optional_text!(|d| d.article.published))}
            {article("Link to the original", "url", "https:// addresses only.", optional_text!(|d| d.article.url))}
            {article("What the link says", "url_label", "Left out: Original article.", optional_text!(|d| d.article.url_label))}
            {article("Description", "description", "For search results and link previews; left out, the first paragraph.", optional_text!(|d| d.article.description))}
            {article("Language", "language", "A language tag, such as en, sr-Latn or ar.", optional_text!(|d| d.language))}
            <div class="editor__field">
                <label for="field-direction">"Direction (optional)"</label>
                <select id="field-direction" data-path="direction" on:change=set_direction>
                    <option value="" selected=move || direction().is_none()>"As the language is written"</option>
                    <option value="ltr" selected=move || direction() == Some(Direction::Ltr)>"Left to right"</option>
                    <option value="rtl" selected=move || direction() == Some(Direction::Rtl)>"Right to left"</option>
                </select>
            </div>
        </details>
    }
}
