//! Reading keys from keyboard events, by `key`, with the one exception engines force on us.

use web_sys::KeyboardEvent;

/// Whether the event is Tab (with or without Shift). WebKitGTK reports Shift+Tab (GTK's
/// `ISO_Left_Tab`) with `key` "Unidentified", so its `code` decides there.
pub fn is_tab(ev: &KeyboardEvent) -> bool {
    match ev.key().as_str() {
        "Tab" => true,
        "Unidentified" => ev.code() == "Tab",
        _ => false,
    }
}
