//! The editor in German.

use super::{EditorWords, actor_kinds};
use crate::i18n::Plural;
use crate::i18n::locales::DE as PAGE;

pub(crate) const DE: EditorWords = EditorWords {
    title: "Editor · Reading Companion",
    heading: "Reading-Companion-Editor",
    editor_language: "Sprache des Editors",
    preview: "Vorschau",
    export: "Exportieren",
    start_again: "Neu beginnen",
    not_kept: "Dieser Browser speichert für diese Seite nichts, Ihr Entwurf geht also beim Schließen verloren: \
               Exportieren Sie ihn, um ihn zu behalten.",
    kept_here: "Ihr Entwurf wird in diesem Browser gespeichert.",
    migrated: "Ihr Entwurf wurde im Format {old} gespeichert; er ist jetzt im Format {new}, mit demselben Inhalt.",
    draft_refused: "Der in diesem Browser gespeicherte Entwurf lässt sich nicht öffnen: {why}. Er bleibt erhalten, \
                    bis Sie einen neuen beginnen.",
    download_saved: "Gespeicherten Entwurf herunterladen",

    start_lead: "Erstellen Sie einen Companion für Ihren eigenen Text: Fügen Sie ihn ein, markieren Sie eine \
                 Wortgruppe, schreiben Sie eine Notiz dazu und sehen Sie ihn so, wie Leser ihn sehen werden. Es wird \
                 nichts versendet.",
    replaces_draft: "Ein Neubeginn ersetzt Ihren aktuellen Entwurf.",
    back_to_draft: "Zurück zum Entwurf",
    paste_heading: "Text einfügen",
    paste_hint: "Die erste Zeile ist die Überschrift; eine Leerzeile beginnt einen neuen Absatz. Markdown-Überschriften, \
                 -Hervorhebungen und -Links werden als reiner Text übernommen; ein Absatz, der mit > beginnt, ist ein \
                 Zitat.",
    start_from_text: "Mit diesem Text beginnen",
    paste_first: "Fügen Sie zuerst einen Text ein: Seine erste Zeile ist die Überschrift.",
    open_heading: "Datensatz öffnen",
    file_label: "Eine Datensatzdatei (.json) von Ihrem Computer",
    address_label: "Oder seine Adresse",
    open: "Öffnen",
    cannot_open: "{what} lässt sich nicht öffnen: {why}.",
    cannot_open_plain: "{what} lässt sich nicht öffnen.",
    cannot_read: "{what} lässt sich nicht lesen.",
    why_address: "Datensätze kommen von dieser Website oder von einer https-Adresse",
    why_status: "Der Server antwortete {status}",
    why_network: "Das Netzwerk ist ausgefallen, oder die Website erlaubt nicht, sie von hier aus zu lesen",
    why_too_large: "Die Datei ist größer, als ein Datensatz sein darf",
    why_kind: "Die Datei ist {kind}, kein JSON",
    quoted: "„{text}“",

    phrase_heading: "Wortgruppe",
    find_label: "Wortgruppe im Text suchen",
    not_found: "So nicht im Text (Notizen markieren ganze Wörter).",
    places: "Fundstellen",
    place: "{at} von {total}, {block} {nth}",
    block_kinds: ["Überschrift", "Vorspann", "Bildunterschrift", "Absatz", "Zitat", "Hinweis"],
    none_chosen: "Keine Wortgruppe gewählt: Markieren Sie eine im Text oder suchen Sie sie hier.",
    chosen: "Gewählt: „{phrase}“",
    told_apart: "(von denselben Wörtern an anderer Stelle durch ihre Umgebung unterschieden)",
    mark_every: "Jedes Vorkommen dieser Wörter markieren",
    new_note_on_it: "Neue Notiz dazu",
    new_note: ["Neuer Akteur", "Neuer Umfragewert", "Neue Kontextnotiz"],
    another_mention: "Oder weitere Erwähnung von",
    choose_note: "(Notiz wählen)",
    add_mention: "Erwähnung hinzufügen",

    no_problems: "Keine Probleme",
    problems: Plural::one_other("1 Problem", "{n} Probleme"),
    problems_hint: "Was die Prüfung des Companions findet; sie läuft bei jeder Änderung. Wählen Sie ein Problem, um zu \
                    seinem Feld zu gelangen.",
    reader_sees_nothing: "Leser würden diesen Text nicht sehen: {why}",
    at_path: "{path}: {message}",
    same_id: "Dieselbe ID wie {notes}: Geben Sie jeder Notiz ihre eigene",
    note_n: "Notiz {n}",
    note_titled: "Notiz {n} („{title}“)",
    and_last: "{list} und {last}",

    notes_heading: "Notizen",
    no_notes: "Noch keine Notizen: Wählen Sie eine Wortgruppe, um eine zu schreiben.",
    kind_names: ["Akteur", "Umfragewert", "Kontextnotiz"],
    mentions: Plural::one_other("1 Erwähnung", "{n} Erwähnungen"),
    note_item: "{n}. {title} ({kind}, {mentions})",
    note_heading: "Notiz {n}: {kind}",
    required: "{label} (Pflichtfeld)",
    optional: "{label} (optional)",
    use_value: "{value} verwenden",
    title_label: "Titel",
    title_hint: "Die Überschrift der Karte.",
    id_label: "ID",
    id_hint: "Steht in Links zur Notiz: keine Leerzeichen.",
    delete_note: "Diese Notiz löschen",
    note_deleted: "Notiz {n} gelöscht: {title}.",
    undo: "Rückgängig machen",
    mentions_legend: "Erwähnungen (mindestens eine)",
    every_occurrence: "(jedes Vorkommen)",
    remove: "Entfernen",
    mention_n: "Erwähnung {n}",
    source_n: "Quelle {n}",
    mention_hint: "Um eine hinzuzufügen, wählen Sie eine Wortgruppe und fügen Sie sie als weitere Erwähnung dieser \
                   Notiz hinzu.",

    actor_kind: "Art",
    actor_kinds: actor_kinds(&PAGE),
    role: "Rolle",
    role_hint: "Eine Zeile: wer oder was das ist.",
    summary: "Zusammenfassung",
    summary_hint: "Ein bis drei neutrale Sätze.",
    stance: "Haltung",
    stance_hint: "Seine Haltung in dieser Geschichte, soweit die Belege eine stützen.",

    poll: "Umfrage",
    choose_poll: "(Umfrage wählen)",
    new_poll: "Neue Umfrage",
    poll_for: "Umfrage zu {title}",
    figure: "Wert in Prozent",
    figure_hint: "Eine Zahl von 0 bis 100.",
    measures: "Was er misst",
    measures_hint: "Zum Beispiel: sehen die EU als Partner.",

    dates: "Daten",
    dates_hint: "Das Datum oder die Daten, um die es geht; Notizen mit einer Jahreszahl stehen in der Chronik.",
    key_figure: "Kennzahl",
    key_figure_hint: "Eine Kennzahl mit ihrem Datum.",
    record: "Was die Belege zeigen",
    record_hint: "Wo die Formulierung des Textes von den Belegen abweicht.",

    poll_legend: "Umfrage: {title}",
    poll_title_hint: "Ein kurzer Name.",
    poll_id_hint: "Umfragewerte verweisen darauf: keine Leerzeichen.",
    by: "Von",
    by_hint: "Wer sie durchgeführt oder in Auftrag gegeben hat.",
    when: "Wann",
    when_hint: "Zum Beispiel: Sommer 2021.",
    asked: "Wer befragt wurde",
    asked_hint: "Zum Beispiel: Erwachsene in Serbien.",
    question: "Frage",
    question_hint: "Was gefragt wurde, soweit bekannt.",
    unverified: "Nicht überprüft",
    unverified_hint: "Was über die Umfrage nicht bekannt ist.",

    sources_legend: "Quellen (mindestens eine)",
    address: "Adresse",
    address_hint: "Nur {https}-Adressen.",
    label: "Bezeichnung",
    label_hint: "Ohne Angabe wird der Host der Adresse gezeigt.",
    add_source: "Quelle hinzufügen",

    about_text: "Über den Text",
    publisher: "Herausgeber",
    publisher_hint: "Wer ihn veröffentlicht hat. Nicht gezeigt, wenn es der Autor ist.",
    author: "Autor",
    author_hint: "Nur ein Name, den Sie überprüft haben.",
    published: "Veröffentlicht",
    published_hint: "{forms}.",
    url: "Link zum Original",
    url_label: "Text des Links",
    url_label_hint: "Ohne Angabe: Originalartikel.",
    description: "Beschreibung",
    description_hint: "Für Suchergebnisse und Linkvorschauen; ohne Angabe der erste Absatz.",
    language: "Sprache",
    language_hint: "Ein Sprachcode, etwa {tags}.",
    direction: "Schreibrichtung",
    directions: ["Wie die Sprache geschrieben wird", "Von links nach rechts", "Von rechts nach links"],

    text_heading: "Ihr Text",
    text_hint: "Markieren Sie eine Wortgruppe, um eine Notiz dazu zu schreiben oder sie als weitere Erwähnung einer \
                Notiz hinzuzufügen.",
    headline_hint: "Die Überschrift ist der Titel: Notizen werden im Text darunter markiert.",
    edit_text: "Text bearbeiten",
    mark_note: "(Notiz {n})",
    headline: "Überschrift",
    block_n: "Abschnitt {n}",
    headline_first: "Die Überschrift ist der erste Absatz: eine Überschrift davor einfügen",
    done: "Fertig",
    cancel: "Abbrechen",
    text_unchanged: "Der Text ist unverändert.",
    text_changed: "Der Text ist geändert, und jede Notiz findet ihre Wortgruppe noch.",
    text_lost: "Der Text ist geändert. Nicht mehr gefunden: {notes}. Wählen Sie ihre Wortgruppe neu oder stellen Sie \
                ihre Wörter wieder her.",

    export_refused: "Der Companion würde diesen Text nicht zeigen: {why}. Beheben Sie das, bevor Sie die Datei \
                     veröffentlichen.",
    export_problems: Plural::one_other(
        "1 Problem: Leser sähen den Text ohne das, was davon betroffen ist.",
        "{n} Probleme: Leser sähen den Text ohne das, was davon betroffen ist.",
    ),
    download_dataset: "Datensatz herunterladen",
    download_w3c: "W3C-Annotationen herunterladen",
    with_problems: "{action}, mit seinen Problemen",
    w3c_hint: "W3C-Annotationen werden nach der Adresse des Artikels benannt: Geben Sie sie als „{link}“ unter \
               „{about}“ an, um sie herunterzuladen.",
    export_hint: "Legen Sie den Datensatz auf Ihre Website und öffnen Sie den Companion mit {data} und seiner \
                  Adresse, oder veröffentlichen Sie ihn unten; {site} baut eine Website aus solchen Dateien, {check} \
                  prüft eine.",
    dataset_json: "Das JSON des Datensatzes",

    publish: "Veröffentlichen",
    publish_hint: "Die Seite, die Leser öffnen: der Artikel mit seinen Notizen, lesbar schon vor und ohne Skripte. Sie \
                   wird hier erstellt, so wie die Website, zu der dieser Editor gehört, ihre Seiten erstellt, und nutzt \
                   deren gemeinsame Dateien.",
    page_name: "Name der Seite",
    name_rule: "Der Name der Seite wird ihre Adresse und darf Buchstaben a bis z, Ziffern und einzelne Bindestriche \
                enthalten.",
    name_suggested: "{rule} „{name}“ ginge.",
    name_too_long: "Der Name der Seite wird ihre Adresse: höchstens {max} Zeichen.",
    name_reserved: "{first} und {second} sind Ordner der Website selbst: Wählen Sie einen anderen Namen.",
    name_hint: "Buchstaben a bis z, Ziffern und Bindestriche; die Adresse der Seite endet auf {name}/.",
    download_page: "Seite herunterladen",
    download_single: "Eine Offline-Datei herunterladen",
    making_page: "Seite wird erstellt…",
    making_single: "Offline-Datei wird erstellt…",
    single_done: "{file} heruntergeladen: der Artikel und seine Notizen in einer Datei, die sich von einem Computer \
                  oder USB-Stick ohne Netzwerk und ohne Website öffnen lässt.",
    placed: "index.html heruntergeladen. Legen Sie sie in einen Ordner namens {name} auf der obersten Ebene der \
             Website, neben {edit}, als {path}: Ihre Adresse ist dann {address}. Die Übersicht der Website führt sie \
             auf, sobald die Website das nächste Mal gebaut wird.",
    oembed_answer: "Legen Sie ihre oEmbed-Antwort daneben, als {file}, damit ein Redaktionssystem, dem man die \
                    Adresse der Seite gibt, sie einbettet:",
    download_oembed: "oembed.json herunterladen",
    embed_heading: "Einbetten",
    embed_iframe: "Ein iframe, mit dem Skript, das es an den Artikel anpasst",
    embed_script: "Oder das Skript, das den iframe schreibt",
    copy: "Kopieren",
    copied: "Kopiert.",
    copy_by_hand: "Dieser Browser kopiert es nicht: Markieren und kopieren Sie es selbst.",

    preview_note: "Vorschau: die veröffentlichte Seite, wie Leser sie sehen werden.",
    back_to_editing: "Zurück zum Bearbeiten",
    no_preview: "Keine Vorschau: {why}",
    published_page: "Die veröffentlichte Seite",

    not_in_site: "Dieser Editor gehört zu keiner gebauten Website (neben ihm liegt keine {file}), daher kann er die \
                  Seite hier nicht erstellen: Laden Sie den Datensatz herunter und veröffentlichen Sie ihn mit \
                  {site}.",
    settings_unreadable: "Die Datei {file} der Website lässt sich nicht lesen: {why}",
    answer_unreadable: "Die Antwort des Seitengenerators lässt sich nicht lesen: {why}",
    renderer_not_started: "Der Seitengenerator ließ sich in diesem Browser nicht starten.",
    renderer_files: "Der Seitengenerator konnte nicht starten: Seine Dateien wurden nicht geladen.",
    renderer_not_running: "Der Seitengenerator läuft nicht.",
    renderer_not_asked: "Der Seitengenerator ist nicht erreichbar.",
    renderer_no_answer: "Der Seitengenerator hat nicht geantwortet.",
    renderer_failed: "Der Seitengenerator ist gescheitert.",
};
