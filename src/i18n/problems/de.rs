//! The problem sentences in German.

use super::ProblemWords;
use crate::i18n::Plural;

pub(crate) const DE: ProblemWords = ProblemWords {
    at: "{path}: {problem}",
    problems: Plural::one_other("1 Problem:", "{n} Probleme:"),
    json: "Zeile {line}, Spalte {column} (bei {path}): {message}",
    and_more: "und {n} weitere",

    unsupported_format: "Format {n} wird nicht unterstützt (diese Version liest die Formate 1 und {format})",
    not_in_page: "Die Seite enthält keinen Datensatz, den dieser Build lesen kann: Er wurde nicht von companion-site \
                  dieses Builds geschrieben oder seitdem geändert",
    no_headline: "Der erste Block muss die Art \"headline\" haben",
    duplicate_id: "Die ID {id} wird mehrfach verwendet",
    empty: "Darf nicht leer sein (Leerzeichen und unsichtbare Zeichen zählen nicht)",
    hidden_in_id: "Die ID {id} enthält {character}; eine ID darf keine Leerzeichen und keine unsichtbaren Zeichen \
                   enthalten",
    unsafe_url: "{url} {fault}; sie wird weggelassen",
    no_sources: "Die Notiz hat keine Quelle und wird daher weggelassen",
    no_usable_source: "Keine der Quellen der Notiz kann verlinkt werden, daher wird die Notiz weggelassen",
    not_a_date: "{date} ist kein Datum: Schreiben Sie \"2022\", \"2022-03\" oder \"2022-03-14\"; es wird nicht \
                 angezeigt",
    not_a_language: "{tag} ist kein BCP-47-Sprachcode (wie \"en\" oder \"sr-Latn\"); er wird nicht verwendet",
    headline_not_first: "Nur der erste Block kann die Überschrift sein; dieser wird als Absatz gesetzt",
    no_letter: "Der Anker {anchor} enthält keinen Buchstaben und keine Ziffer, seine Markierung hätte also nichts zu \
                zeigen",
    no_anchors: "Die Notiz hat keinen Anker, wird also nie erwähnt und weggelassen",
    never_marked: "Keiner der Anker der Notiz markiert den Text des Artikels, daher wird die Notiz weggelassen",
    splits_letter: "Der Anker {anchor} beginnt oder endet innerhalb eines Buchstabens: {code} gehört zum Buchstaben \
                    davor, der Anker muss also den ganzen Buchstaben umfassen",
    unknown_poll: "Die Umfrage {poll} gibt es nicht",
    not_a_percentage: "Muss ein Prozentwert von 0 bis 100 sein",
    anchor_not_found: "Der Anker {anchor} passt auf nichts",
    anchor_near: "Der Anker {anchor} passt auf nichts; am nächsten: {near}",
    anchor_ambiguous: "Der Anker {anchor} passt {n}-mal; ergänzen Sie ein Präfix oder Suffix, um eine Stelle zu \
                       wählen: {places}",
    overlap: "Die Erwähnung überschneidet sich mit einer Erwähnung von {other} in Block {block} bei {text}",
    draft_format: "Er ist im Format {format} geschrieben, das diese Version nicht lesen kann (sie liest die Formate 1 \
                   bis {latest})",
    draft_unreadable: "Es ist kein Datensatz: {why}",

    near: "{found} in Block {block}",
    differs: "{near} (abweichend in {differences})",
    differences: [
        "Groß- und Kleinschreibung",
        "Diakritika",
        "Leerzeichen",
        "Anführungszeichen",
        "weichen Trennstrichen",
        "Gedankenstrichen",
    ],
    quoted: "„{text}“",
    list_separator: ", ",
    clause_separator: "; ",
    and_last: "{list} und {last}",

    url_faults: [
        "ist keine https-Adresse: Sie beginnt mit http://, was der Link für Leser nicht darf (schreiben Sie https://)",
        "ist keine https-Adresse: Nötig ist eine vollständige Adresse, die mit https:// beginnt",
        "ist keine https-Adresse: Es ist eine {scheme}:-Adresse",
        "hat keinen Host nach https://",
        "nennt vor ihrem Host einen Benutzer (user@host), womit eine Adresse wie eine andere aussehen kann",
        "enthält ein Leerzeichen, das eine Adresse als %20 schreibt",
        "enthält {character}, das eine Adresse als {escaped} schreibt",
        "enthält {character}, das Leser nicht sehen würden",
        "hat keinen gültigen Hostnamen",
        "hat einen Host, der Buchstaben der Schriften {a} und {b} mischt, wie eine Fälschung",
    ],
    characters: [
        "ein Bidi-Steuerzeichen ({code})",
        "ein Steuerzeichen ({code})",
        "ein Leerzeichen ({code})",
        "ein unsichtbares Zeichen ({code})",
    ],

    not_loaded: "Der angeforderte Artikel konnte nicht geladen werden",
    instead: "Stattdessen wird der eingebaute Artikel gezeigt.",
    only_built_in: "Diese Kopie des Companions zeigt nur ihren eingebauten Artikel: Öffnen Sie den Companion auf einer \
                    Website, um einen anderen zu laden.",
    address_refused: "Seine Adresse ist nicht erlaubt: Notizdateien können nur von dieser Website oder von einer \
                      https-Adresse kommen.",
    download_status: "Seine Notizdatei konnte nicht heruntergeladen werden: Der Server antwortete {status}.",
    download_failed: "Seine Notizdatei konnte nicht heruntergeladen werden: Das Netzwerk ist ausgefallen, oder die \
                      Anfrage wurde blockiert.",
    wrong_kind: "Seine Adresse liefert etwas anderes als eine Notizdatei ({kind}).",
    too_large: "Seine Notizdatei ist zu groß ({size} MB; höchstens {most} MB).",
    damaged: "Seine Notizdatei ist beschädigt oder nicht in dem Format, das der Companion liest.",
    other_version: "Seine Notizdatei ist für eine andere Version des Companions.",
    no_headline_file: "Seine Notizdatei hat keine Überschrift, mit der der Artikel beginnt.",
    breaks_rules: "Seine Notizdatei verstößt gegen die Regeln des Formats.",
    partial: "Der Artikel wird gezeigt. Seine Notizdatei enthält Fehler in den unten aufgeführten Teilen; sie wurden \
              weggelassen oder geändert.",
    technical_details: "Technische Einzelheiten",
    what_was_left_out: "Was weggelassen wurde",
    address: "Adresse: {url}",
    bytes: "{n} Byte",
    left_out: "Weggelassen: {list}",
    set_as_paragraph: "Als Absatz gesetzt: {list}",
    kept: "Unverändert übernommen: {list}",
    parts: [
        Plural::one_other("eine Notiz", "{n} Notizen"),
        Plural::one_other("eine Erwähnung", "{n} Erwähnungen"),
        Plural::one_other("ein Link", "{n} Links"),
        Plural::one_other("ein Datum", "{n} Daten"),
        Plural::one_other("ein Sprachcode", "{n} Sprachcodes"),
        Plural::one_other("ein leerer Text", "{n} leere Texte"),
        Plural::one_other("eine spätere Überschrift", "{n} spätere Überschriften"),
        Plural::one_other("eine doppelte oder unlesbare ID", "{n} doppelte oder unlesbare IDs"),
    ],
};
