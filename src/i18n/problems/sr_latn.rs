//! The problem sentences in Serbian, Latin script. (`sr_cyrl.rs` is the same text in Cyrillic.)

use super::ProblemWords;
use crate::i18n::Plural;

pub(crate) const SR_LATN: ProblemWords = ProblemWords {
    at: "{path}: {problem}",
    problems: Plural::serbian("{n} problem:", "{n} problema:", "{n} problema:"),
    json: "red {line}, kolona {column} (kod {path}): {message}",
    and_more: "i još {n}",

    unsupported_format: "format {n} nije podržan (ova verzija čita formate 1 i {format})",
    not_in_page: "stranica ne sadrži skup podataka koji ova verzija može da pročita: nije ga napisao companion-site \
                  ove verzije ili je u međuvremenu izmenjen",
    no_headline: "prvi blok mora biti vrste \"headline\"",
    duplicate_id: "identifikator {id} koristi se više puta",
    empty: "ne sme biti prazno (razmaci i nevidljivi znakovi se ne računaju)",
    hidden_in_id: "identifikator {id} sadrži {character}; identifikator ne sme da sadrži razmake ni nevidljive znakove",
    unsafe_url: "{url} {fault}; izostavlja se",
    no_sources: "beleška nema izvor, pa se izostavlja",
    no_usable_source: "nijedan izvor beleške ne može da se poveže, pa se beleška izostavlja",
    not_a_date: "{date} nije datum: napišite \"2022\", \"2022-03\" ili \"2022-03-14\"; ne prikazuje se",
    not_a_language: "{tag} nije BCP 47 oznaka jezika (kao \"en\" ili \"sr-Latn\"); ne koristi se",
    headline_not_first: "samo prvi blok može biti naslov; ovaj se postavlja kao pasus",
    no_letter: "sidro {anchor} nema ni slovo ni cifru, pa njegova oznaka ne bi imala šta da pokaže",
    no_anchors: "beleška nema sidro, pa se nikad ne pominje i izostavlja se",
    never_marked: "nijedno sidro beleške ne označava tekst članka, pa se beleška izostavlja",
    splits_letter: "sidro {anchor} počinje ili se završava unutar slova: {code} pripada slovu ispred, pa sidro mora da \
                    obuhvati celo slovo",
    unknown_poll: "anketa {poll} ne postoji",
    not_a_percentage: "mora biti procenat od 0 do 100",
    anchor_not_found: "sidro {anchor} se ne poklapa ni sa čim",
    anchor_near: "sidro {anchor} se ne poklapa ni sa čim; najbliže: {near}",
    anchor_ambiguous: "sidro {anchor} se poklapa {n} puta; dodajte prefiks ili sufiks da biste izabrali jedno mesto: \
                       {places}",
    overlap: "pominjanje se preklapa sa pominjanjem beleške {other} u bloku {block} kod {text}",
    draft_format: "napisana je u formatu {format}, koji ova verzija ne ume da pročita (čita formate od 1 do {latest})",
    draft_unreadable: "to nije skup podataka: {why}",

    near: "{found} u bloku {block}",
    differs: "{near} (razlikuje se u {differences})",
    differences: ["velikim i malim slovima", "dijakriticima", "razmacima", "navodnicima", "mekim crticama", "crtama"],
    quoted: "„{text}“",
    list_separator: ", ",
    clause_separator: "; ",
    and_last: "{list} i {last}",

    url_faults: [
        "nije https adresa: počinje sa http://, što link za čitaoce ne sme (napišite https://)",
        "nije https adresa: potrebna je cela adresa koja počinje sa https://",
        "nije https adresa: to je {scheme}: adresa",
        "nema domen posle https://",
        "navodi korisnika ispred domena (user@host), zbog čega adresa može da liči na neku drugu",
        "sadrži razmak, koji se u adresi piše kao %20",
        "sadrži {character}, koji se u adresi piše kao {escaped}",
        "sadrži {character}, koji čitalac ne bi video",
        "nema ispravno ime domena",
        "ima domen koji meša slova pisama {a} i {b}, kao lažna adresa",
    ],
    characters: [
        "dvosmerni kontrolni znak ({code})",
        "kontrolni znak ({code})",
        "razmak ({code})",
        "nevidljivi znak ({code})",
    ],

    not_loaded: "Traženi članak nije mogao da se učita",
    instead: "Umesto njega prikazan je ugrađeni članak.",
    only_built_in: "Ova kopija vodiča prikazuje samo svoj ugrađeni članak: otvorite vodič na veb-sajtu da biste učitali \
                    neki drugi.",
    address_refused: "Njegova adresa nije dozvoljena: datoteke sa beleškama mogu da dolaze samo sa ovog sajta ili sa \
                      https adrese.",
    download_status: "Njegova datoteka sa beleškama nije mogla da se preuzme: server je odgovorio {status}.",
    download_failed: "Njegova datoteka sa beleškama nije mogla da se preuzme: mreža nije uspela ili je zahtev blokiran.",
    wrong_kind: "Njegova adresa daje nešto drugo, a ne datoteku sa beleškama ({kind}).",
    too_large: "Njegova datoteka sa beleškama je prevelika ({size} MB; najviše {most} MB).",
    damaged: "Njegova datoteka sa beleškama je oštećena ili nije u formatu koji vodič čita.",
    other_version: "Njegova datoteka sa beleškama je za drugu verziju vodiča.",
    no_headline_file: "Njegova datoteka sa beleškama nema naslov kojim bi članak počeo.",
    breaks_rules: "Njegova datoteka sa beleškama krši pravila formata.",
    partial: "Članak je prikazan. Njegova datoteka sa beleškama ima greške u delovima navedenim ispod; oni su \
              izostavljeni ili izmenjeni.",
    technical_details: "Tehnički detalji",
    what_was_left_out: "Šta je izostavljeno",
    address: "Adresa: {url}",
    bytes: "{n} bajtova",
    left_out: "Izostavljeno: {list}",
    set_as_paragraph: "Postavljeno kao pasus: {list}",
    kept: "Zadržano kako je napisano: {list}",
    parts: [
        Plural::serbian("{n} beleška", "{n} beleške", "{n} beležaka"),
        Plural::serbian("{n} pominjanje", "{n} pominjanja", "{n} pominjanja"),
        Plural::serbian("{n} link", "{n} linka", "{n} linkova"),
        Plural::serbian("{n} datum", "{n} datuma", "{n} datuma"),
        Plural::serbian("{n} oznaka jezika", "{n} oznake jezika", "{n} oznaka jezika"),
        Plural::serbian("{n} prazan tekst", "{n} prazna teksta", "{n} praznih tekstova"),
        Plural::serbian("{n} kasniji naslov", "{n} kasnija naslova", "{n} kasnijih naslova"),
        Plural::serbian(
            "{n} ponovljen ili nečitljiv identifikator",
            "{n} ponovljena ili nečitljiva identifikatora",
            "{n} ponovljenih ili nečitljivih identifikatora",
        ),
    ],
};
