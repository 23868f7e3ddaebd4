//! Browser tests: the app mounted into a fresh container in headless Chromium, driven by the
//! events a reader's hover, keyboard and clicks produce, and checked by role and ARIA state.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::{document, window};
use reading_companion::app;
use reading_companion::data;
use reading_companion::i18n;
use reading_companion::launch;
use reading_companion::model::Dataset;
use reading_companion::model::in_page::to_page_json;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{
    Element, HtmlElement, KeyboardEvent, KeyboardEventInit, MouseEvent, MouseEventInit, PointerEvent, PointerEventInit,
};

wasm_bindgen_test_configure!(run_in_browser);

/// The app mounted in its own container; unmounts and removes the container when dropped.
struct Mounted {
    container: HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.container.remove();
    }
}

/// Mounts the app and waits until it has taken the page over (its first effect, after the render).
async fn mount() -> Mounted {
    // Each test starts from a bare URL: the app keeps the open note and the marks in the fragment.
    clear_the_fragment();
    let document = document();
    put_dataset_in_page();
    let container: HtmlElement = document.create_element("div").expect("div").unchecked_into();
    document.body().expect("body").append_child(&container).expect("append");
    let handle = app::mount(container.clone(), data::embedded(), i18n::Locale::En, launch::Start::default());
    let ready = || container.query_selector(".page[data-ready]").ok().flatten().is_some();
    for _ in 0..100 {
        if ready() {
            break;
        }
        sleep(5).await;
    }
    assert!(ready(), "the app takes the page over within half a second");
    Mounted { container, _handle: Box::new(handle) }
}

/// Takes the fragment off the address without a `hashchange`, as the app's own writes do.
fn clear_the_fragment() {
    let path = window().location().pathname().expect("pathname");
    window()
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .expect("replace");
}

/// The page the build writes holds the built-in dataset; this test page does not.
fn put_dataset_in_page() {
    let document = document();
    if document.get_element_by_id(data::DATASET_ELEMENT_ID).is_some() {
        return;
    }
    let script = document.create_element("script").expect("script");
    script.set_attribute("type", "application/json").expect("type");
    script.set_id(data::DATASET_ELEMENT_ID);
    let dataset = Dataset::from_json(data::EMBEDDED_JSON).expect("the embedded dataset is valid (tests/dataset.rs)");
    script.set_text_content(Some(&to_page_json(&dataset)));
    document.head().expect("head").append_child(&script).expect("append");
}

fn dataset() -> &'static Dataset {
    put_dataset_in_page();
    data::embedded().as_ref().expect("the embedded dataset is valid (tests/dataset.rs)")
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).expect("timeout");
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.expect("sleep");
}

/// Every mark's button: what takes focus and says whether its card is open.
fn openers() -> Vec<HtmlElement> {
    let list = document().query_selector_all("button[data-opener]").expect("query");
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// A mention's phrase, which the pointer rests on and clicks.
fn mark(mention: usize) -> HtmlElement {
    document().get_element_by_id(&format!("mention-{mention}")).expect("mark").unchecked_into()
}

/// A mention's button.
fn opener(mention: usize) -> HtmlElement {
    document().get_element_by_id(&format!("open-{mention}")).expect("opener").unchecked_into()
}

/// The cards on show.
fn open_cards() -> Vec<Element> {
    let list = document().query_selector_all(".card[popover]:popover-open").expect("query");
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// The card of the note with this id, open or not.
fn card_of(note: &str) -> Element {
    document().get_element_by_id(&format!("card-{note}")).expect("card element")
}

fn card_is_open() -> bool {
    !open_cards().is_empty()
}

/// The title of the card on show (and there is only one).
fn card_title() -> String {
    let cards = open_cards();
    assert!(cards.len() <= 1, "{} cards are open at once", cards.len());
    cards.first().and_then(|c| c.query_selector("h2").ok().flatten()).and_then(|h| h.text_content()).unwrap_or_default()
}

fn card_text() -> String {
    open_cards().first().and_then(|c| c.text_content()).unwrap_or_default()
}

fn expanded() -> Vec<String> {
    openers().iter().filter(|m| m.get_attribute("aria-expanded").as_deref() == Some("true")).map(|m| m.id()).collect()
}

fn title_of(mention: usize) -> String {
    dataset().note_of(reading_companion::model::MentionId(mention)).title.clone()
}

/// A mouse pointer event, as a browser sends it: entering or leaving an element comes with the
/// bubbling `pointerover` or `pointerout` first.
fn pointer(target: &Element, kind: &str) {
    let bubbling = match kind {
        "pointerenter" => Some("pointerover"),
        "pointerleave" => Some("pointerout"),
        _ => None,
    };
    for (kind, bubbles) in bubbling.map(|k| (k, true)).into_iter().chain([(kind, kind == "pointerdown")]) {
        let init = PointerEventInit::new();
        init.set_pointer_type("mouse");
        init.set_bubbles(bubbles);
        target.dispatch_event(&PointerEvent::new_with_event_init_dict(kind, &init).expect("event")).expect("dispatch");
    }
}

fn key(target: &Element, kind: &str, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    target
        .dispatch_event(&KeyboardEvent::new_with_keyboard_event_init_dict(kind, &init).expect("event"))
        .expect("dispatch");
}

/// A mouse click, as a browser sends it: cancelable, so the app can stop a click on a phrase
/// from also clicking its button.
fn click(target: &Element) {
    let init = MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_detail(1);
    target
        .dispatch_event(&MouseEvent::new_with_mouse_event_init_dict("click", &init).expect("event"))
        .expect("dispatch");
}

/// The first mention of the note with this id.
fn first_mention(id: &str) -> usize {
    dataset().notes.iter().find(|n| n.id == id).expect("note").mentions[0].0
}

/// Presses the button of `note`'s first mark as Enter or Space on it would (untrusted key events
/// do not activate a button), and gives the card a moment to open.
async fn press_first_mark(note: &str) -> HtmlElement {
    let target = opener(first_mention(note));
    target.focus().expect("focus");
    target.click();
    sleep(50).await;
    target
}

#[wasm_bindgen_test]
async fn mounting_shows_the_article_and_all_marks() {
    let _app = mount().await;
    sleep(20).await;
    let shown = document().query_selector_all("[data-block]").expect("query");
    let shown: Vec<(String, String)> = (0..shown.length())
        .filter_map(|i| shown.item(i)?.dyn_into::<Element>().ok())
        .map(|e| (e.get_attribute("data-block").unwrap_or_default(), e.text_content().unwrap_or_default()))
        .collect();
    let expected: Vec<(String, String)> =
        dataset().article.blocks.iter().map(|b| (b.id.clone(), b.text.clone())).collect();
    assert_eq!(shown, expected, "every block, in order, shows exactly its dataset text");
    assert_eq!(openers().len(), dataset().mentions.len());
    assert!(!card_is_open(), "no card is open at first");
    for (i, opener) in openers().iter().enumerate() {
        let note = &dataset().note_of(reading_companion::model::MentionId(i)).id;
        // The app opens the card, and the button is read as its phrase alone until it does.
        assert!(document().get_element_by_id(&format!("card-{note}")).is_some(), "mark {i}'s note has a card");
        assert_eq!(opener.get_attribute("popovertarget"), None, "mark {i} opens its card through the app");
        assert_eq!(opener.get_attribute("aria-expanded"), None, "mark {i} is not read as collapsed");
    }
    assert_eq!(
        document().query_selector_all(".card[popover=manual]").expect("query").length() as usize,
        dataset().notes.len(),
        "the app opens and closes every card"
    );
}

#[wasm_bindgen_test]
async fn hovering_a_mark_opens_the_card_with_that_notes_title() {
    let _app = mount().await;
    let m = first_mention("vucic");
    pointer(&mark(m), "pointerenter");
    sleep(40).await;
    assert!(!card_is_open(), "the card waits for the hover intent delay");
    sleep(200).await;
    assert!(card_is_open());
    assert_eq!(card_title(), title_of(m));
    assert_eq!(open_cards()[0].get_attribute("role").as_deref(), Some("dialog"));
    assert_eq!(expanded(), [format!("open-{m}")]);
}

#[wasm_bindgen_test]
async fn a_passing_pointer_does_not_open_a_card() {
    let _app = mount().await;
    let m = first_mention("putin");
    pointer(&mark(m), "pointerenter");
    sleep(30).await;
    pointer(&mark(m), "pointerleave");
    sleep(250).await;
    assert!(!card_is_open());
}

#[wasm_bindgen_test]
async fn the_pointer_can_move_from_the_mark_into_the_card() {
    let _app = mount().await;
    let m = first_mention("nis-centre");
    pointer(&mark(m), "pointerenter");
    sleep(200).await;
    pointer(&mark(m), "pointerleave");
    sleep(50).await;
    pointer(&card_of("nis-centre"), "pointerenter");
    sleep(600).await;
    assert!(card_is_open(), "still open with the pointer on the card");
    pointer(&card_of("nis-centre"), "pointerleave");
    sleep(600).await;
    assert!(!card_is_open(), "closed once the pointer left both");
}

#[wasm_bindgen_test]
async fn activating_a_mark_s_button_opens_then_escape_closes_and_keeps_focus_on_it() {
    let _app = mount().await;
    let m = first_mention("crimea");
    let target = press_first_mark("crimea").await;
    assert!(card_is_open());
    assert_eq!(card_title(), title_of(m));
    assert_eq!(target.get_attribute("aria-expanded").as_deref(), Some("true"));
    key(&target, "keydown", "Escape");
    sleep(50).await;
    assert!(!card_is_open());
    assert_eq!(target.get_attribute("aria-expanded"), None);
    assert_eq!(document().active_element().map(|e| e.id()), Some(target.id()));
}

#[wasm_bindgen_test]
async fn a_second_activation_closes_the_card() {
    let _app = mount().await;
    let target = press_first_mark("zeitenwende").await;
    assert!(card_is_open());
    target.click();
    sleep(50).await;
    assert!(!card_is_open());
    assert_eq!(target.get_attribute("aria-expanded"), None);
}

#[wasm_bindgen_test]
async fn escape_from_inside_the_card_returns_focus_to_the_mark() {
    let _app = mount().await;
    let target = press_first_mark("saa").await;
    let link: HtmlElement =
        card_of("saa").query_selector("a[href]").ok().flatten().expect("a source link").unchecked_into();
    link.focus().expect("focus link");
    assert!(card_is_open(), "focus inside the card keeps it open");
    key(&link, "keydown", "Escape");
    sleep(50).await;
    assert!(!card_is_open());
    assert_eq!(document().active_element().map(|e| e.id()), Some(target.id()));
}

#[wasm_bindgen_test]
async fn clicking_another_mark_switches_cards_and_only_one_is_open() {
    let _app = mount().await;
    let (a, b) = (first_mention("nato"), first_mention("poll-russia-ally"));
    click(&mark(a));
    sleep(50).await;
    assert_eq!(card_title(), title_of(a));
    click(&mark(b));
    sleep(50).await;
    assert_eq!(card_title(), title_of(b));
    assert_eq!(expanded(), [format!("open-{b}")]);
    assert_eq!(document().active_element().map(|e| e.id()), Some(format!("open-{b}")), "the phrase's button has focus");
    assert!(card_text().contains("54%"));
}

#[wasm_bindgen_test]
async fn a_press_outside_closes_the_card() {
    let _app = mount().await;
    click(&mark(first_mention("eu")));
    sleep(50).await;
    assert!(card_is_open());
    let outside = document().query_selector(".article__disclaimer").ok().flatten().expect("disclaimer");
    pointer(&outside, "pointerdown");
    sleep(50).await;
    assert!(!card_is_open());
}

#[wasm_bindgen_test]
async fn next_mention_moves_the_card_and_focus_along_the_actor_s_mentions() {
    let _app = mount().await;
    let mentions = &dataset().notes.iter().find(|n| n.id == "vucic").expect("vucic").mentions;
    click(&mark(mentions[0].0));
    sleep(50).await;
    assert!(card_text().contains(&format!("Mention 1 of {}", mentions.len())));
    let next: HtmlElement = card_of("vucic")
        .query_selector(".card__mentions button:last-child")
        .ok()
        .flatten()
        .expect("next")
        .unchecked_into();
    next.click();
    sleep(50).await;
    assert_eq!(expanded(), [format!("open-{}", mentions[1].0)]);
    assert_eq!(document().active_element().map(|e| e.id()), Some(format!("open-{}", mentions[1].0)));
    assert!(card_text().contains(&format!("Mention 2 of {}", mentions.len())));
}

#[wasm_bindgen_test]
fn in_the_browser_an_nfd_quote_anchors_and_near_misses_fold_diacritics() {
    let json = |exact: &str| {
        format!(
            r#"{{"format":2,"article":{{"publisher":"P","published":"2022","blocks":[{{"id":"h","kind":"headline","text":"H"}},{{"id":"p","kind":"paragraph","text":"President Vu\u010di\u0107 spoke"}}]}},
            "notes":[{{"kind":"context","id":"n","title":"T","dates":"D","summary":"S","anchors":[{{"exact":"{exact}"}}],"sources":[{{"url":"https://example.org/","label":"S"}}]}}]}}"#
        )
    };
    let ds = Dataset::from_json(&json("Vuc\u{30C}ic\u{301}")).expect("an NFD quote anchors in NFC text");
    assert_eq!(ds.mention_text(reading_companion::model::MentionId(0)), "Vu\u{10D}i\u{107}");
    let Err(error) = Dataset::from_json(&json("Vucic")) else { panic!("no exact match without diacritics") };
    assert!(error.to_string().contains("(differs in diacritics)"), "{error}");
}

#[wasm_bindgen_test]
fn in_the_browser_case_folding_and_word_boundaries_follow_unicode() {
    let json = |exact: &str| {
        format!(
            r#"{{"format":2,"article":{{"publisher":"P","published":"2022","blocks":[{{"id":"h","kind":"headline","text":"H"}},{{"id":"p","kind":"paragraph","text":"Đilas met the Вучићева delegation"}}]}},
            "notes":[{{"kind":"context","id":"n","title":"T","dates":"D","summary":"S","anchors":[{{"exact":"{exact}"}}],"sources":[{{"url":"https://example.org/","label":"S"}}]}}]}}"#
        )
    };
    let Err(error) = Dataset::from_json(&json("ВУЧИЋЕВА")) else { panic!("no exact match in another case") };
    assert!(error.to_string().contains("(differs in case)"), "{error}");
    assert!(Dataset::from_json(&json("Вучић")).is_err(), "a quote never ends inside a Cyrillic word");
    assert!(Dataset::from_json(&json("Вучићева")).is_ok(), "the whole word anchors");
}

#[wasm_bindgen_test]
async fn a_note_link_opens_its_card_even_when_the_address_is_rewritten_before_the_page_hears_of_it() {
    let _app = mount().await;
    let target = press_first_mark("crimea").await;
    sleep(50).await;
    assert!(window().location().hash().expect("hash").contains("note=crimea"));
    key(&target, "keydown", "Escape");
    sleep(100).await;
    // A closed card's address is written a frame after it closes. A link followed in that frame
    // can see it written before its `hashchange` is handled: as here, in the same task.
    window().location().set_hash("note=zeitenwende").expect("hash");
    clear_the_fragment();
    sleep(200).await;
    assert!(card_is_open(), "the linked note's card opened");
    assert_eq!(card_title(), title_of(first_mention("zeitenwende")));
    assert!(window().location().hash().expect("hash").contains("note=zeitenwende"));
}
