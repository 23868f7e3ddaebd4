//! Serbian in Cyrillic script: the text of `sr_latn.rs` in the other script, letter for letter
//! (a test keeps the two the same).

use std::borrow::Cow::Borrowed as B;

#[cfg(any(feature = "ssr", test))]
use crate::i18n::{KindCount, SiteWords};
use crate::i18n::{KindWords, LiveWords, Locale, Plural, Words};

pub(in crate::i18n) const SR_CYRL: Words = Words {
    locale: Locale::SrCyrl,
    live: LiveWords {
        reading_options: B("Подешавања читања"),
        marked_notes: B("Означене белешке"),
        kind_headings: [B("Актери"), B("Подаци из анкета"), B("Контекст")],
        clean_option: B("Чисто читање (без ознака)"),
        mark_a_note: B("Означи белешку"),
        once_per_paragraph: B("Једном у сваком пасусу"),
        every_mention: B("При сваком помињању"),
        colours: B("Боје"),
        themes: [B("Као у систему"), B("Светле"), B("Тамне")],
        text_size: B("Величина текста"),
        smaller: B("Мање"),
        larger: B("Веће"),
        percent: B("{n}%"),
        options_hint: B("Изабране ознаке и језик чувају се у адреси странице, па подељени линк приказује исто."),
        panel_title: B("Ко, шта, када"),
        close_panel: B("Затвори панел"),
        show: B("Прикажи"),
        views: [B("Ко је ко"), B("Анкете"), B("Хронологија")],
        mentions_nav: B("Помињања у чланку"),
        only_mention: B("Једино помињање у чланку"),
        mention_of: B("Помињање {at} од {count}"),
        previous: B("‹ Претходно"),
        next: B("Следеће ›"),
        copy_link: B("Копирај линк до ове белешке"),
        link_copied: B("Линк је копиран."),
        copy_this_link: B("Копирајте овај линк:"),
        blocked_before: B("Линкови не могу да се отворе из овог оквира. Да бисте отворили „"),
        blocked_after: B("“, копирајте његову адресу у нову картицу:"),
        address_of: B("Адреса за „{text}“"),
        note_link: B("Линк до белешке"),
        link_unknown: B("Овај линк тражи белешку која није означена нигде у овом чланку."),
        link_hidden: B("Овај линк отвара белешку оне врсте коју ваша подешавања читања не означавају."),
        mark_and_open: B("Означи их и отвори белешку"),
        dismiss: B("Одбаци"),
        not_loaded: B("Тражени чланак није могао да се учита"),
        only_built_in: B("Ова копија водича приказује само свој уграђени чланак: отворите водич на веб-сајту да \
                          бисте учитали други. Уместо тога приказан је уграђени чланак."),
    },
    brand: "Водич за читање",
    loading: "Чланак се учитава…",
    skip_article: "Прескочи чланак",
    end_of_article: "Крај чланка.",
    about_text: "О овом тексту",
    photo_not_shown: "Фотографија из оригинала, овде није приказана:",
    by_author: "Аутор: {name}",
    reading_time: Plural::serbian("{n} минут читања", "{n} минута читања", "{n} минута читања"),
    original_article: "Оригинални чланак",
    author_role: "Аутор: {role}.",
    legend_title: "Белешке у овом чланку",
    how_to_open: "Задржите показивач изнад означене фразе, додирните је или дођите до ње тастером Таб и \
                  притисните Ентер да бисте отворили њену белешку.",
    clean_reading: "Чисто читање: ниједна фраза није означена. Подешавања читања враћају белешке.",
    no_notes: "Ниједна фраза у овом чланку нема белешку.",
    kinds: [
        KindWords { name: "Актер", meaning: "људи, државе, организације и странке" },
        KindWords {
            name: "Податак из анкете", meaning: "бројке из истраживања јавног мњења"
        },
        KindWords { name: "Контекст", meaning: "догађаји, уговори и појмови" },
    ],
    actor_kinds: [
        ("Особа", "Особе"),
        ("Држава", "Државе"),
        ("Организација", "Организације"),
        ("Странка", "Странке"),
        ("Група", "Групе"),
        ("Место", "Места"),
        ("Остало", "Остали"),
    ],
    endnotes_title: "Белешке",
    in_this_story: "У овој причи: {text}",
    the_figure: "Бројка: {text}",
    record: "Шта показују извори",
    not_verified: "Није проверено: {text}",
    actor_line: "{kind}: {role}.",
    figure_of: "{value} од {population}: {label}.",
    figure_alone: "{value}: {label}.",
    poll_about: "Анкета: {about}.",
    by_pollster: "спровела {by}",
    question: "Питање: {question}",
    dates_line: "{dates}.",
    comma: ", ",
    close_note: "Затвори белешку",
    sources: Plural::serbian("{n} извор", "{n} извора", "{n} извора"),
    actor_kind: "Актер · {kind}",
    sources_title: "Извори",
    new_tab: "отвара се у новој картици",
    poll_facts: ["Анкета", "Спровела", "Када", "Ко је анкетиран", "Шта је питано"],
    chart_untitled: "Све бројке из ове анкете",
    chart_title: "Све бројке из анкете: {title}",
    table_columns: ["Испитаници који…", "Удео", "Извор"],
    mentions: Plural::serbian("{n} помињање", "{n} помињања", "{n} помињања"),
    problem: [
        "Овај чланак није могао да се учита",
        "Његова датотека с белешкама има грешке, па водич не може да га прикаже. Детаљи испод кажу шта није у \
         реду.",
        "Технички детаљи",
    ],
    months: [
        "јануар",
        "фебруар",
        "март",
        "април",
        "мај",
        "јун",
        "јул",
        "август",
        "септембар",
        "октобар",
        "новембар",
        "децембар",
    ],
    full_date: "{day}. {month} {year}.",
    month_date: "{month} {year}.",
    first_day: "1",
    language: "Језик",
    label_value: "{label}: {value}",
};

/// The words of a site's index page.
#[cfg(any(feature = "ssr", test))]
pub(in crate::i18n) const SITE_SR_CYRL: SiteWords = SiteWords {
    kinds: [
        KindCount {
            count: Plural::serbian("{n} актер", "{n} актера", "{n} актера"), none: "нема актера"
        },
        KindCount {
            count: Plural::serbian("{n} податак из анкета", "{n} податка из анкета", "{n} података из анкета"),
            none: "нема података из анкета",
        },
        KindCount {
            count: Plural::serbian("{n} белешка о контексту", "{n} белешке о контексту", "{n} бележака о контексту"),
            none: "нема бележака о контексту",
        },
    ],
    articles: Plural::serbian("{n} чланак с белешкама", "{n} чланка с белешкама", "{n} чланака с белешкама"),
    about: "{count}. У сваком од њих означена фраза отвара белешку о актеру, податку из анкете или контексту, са изворима.",
};
