//! The reading options' controls: which kinds of note are marked, clean reading, light or dark,
//! and text size. Their state is the app's ([`crate::components::reading_tools`]), which sets it
//! on these controls and reads their changes by `name` and `value`.

use super::{Element, el};
use crate::labels::kind_heading;
use crate::model::{Dataset, NoteKind};

/// The `name` of a kind's checkbox; its `value` is the kind's name.
pub const KIND: &str = "kind";
/// The `name` of the clean reading checkbox.
pub const CLEAN: &str = "clean";
/// The `name` of the colour radios; their values are [`THEMES`]' first members.
pub const THEME: &str = "reading-theme";
/// The colour choices: value and label.
pub const THEMES: [(&str, &str); 3] = [("auto", "Follow the system"), ("light", "Light"), ("dark", "Dark")];
/// The attribute of the text size buttons, saying by how many steps they change it.
pub const SIZE_STEP: &str = "data-step";

fn option<'a>(kind: &'static str, name: &'static str, value: &'static str, label: String) -> Element<'a> {
    let input = el("input").attr("type", kind).attr("name", name).attr("value", value);
    el("label").attr("class", "tools__option").child(input).text(label)
}

/// The controls, in their fieldsets, with the hint under them.
pub fn reading_options(dataset: &Dataset) -> [Element<'_>; 4] {
    let kinds = NoteKind::ALL.into_iter().filter_map(|kind| {
        let count = dataset.notes.iter().filter(|n| n.kind() == kind).count();
        (count > 0).then(|| option("checkbox", KIND, kind.as_str(), format!(" {} ({count})", kind_heading(kind))))
    });
    let marks = el("fieldset").child(el("legend").text("Marked notes")).children(kinds).child(option(
        "checkbox",
        CLEAN,
        "on",
        " Clean reading (no marks)".to_owned(),
    ));
    let themes = THEMES.map(|(value, label)| option("radio", THEME, value, format!(" {label}")));
    let colours = el("fieldset").child(el("legend").text("Colours")).children(themes);
    let step = |by: &'static str, label: &'static str| {
        el("button").attr("type", "button").attr("class", "button").attr(SIZE_STEP, by).text(label)
    };
    let size = el("fieldset")
        .attr("class", "tools__size")
        .child(el("legend").text("Text size"))
        .child(step("-1", "Smaller"))
        .child(el("output").attr("aria-live", "polite"))
        .child(step("1", "Larger"));
    let hint = el("p")
        .attr("class", "tools__hint")
        .text("These choices of marks are kept in the page address, so a shared link shows the same.");
    [marks, colours, size, hint]
}
