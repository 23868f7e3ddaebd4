//! French, with its typography: a no-break space before a colon and inside guillemets, a narrow
//! one before the percent sign.

use std::borrow::Cow::Borrowed as B;

#[cfg(any(feature = "ssr", test))]
use crate::i18n::{KindCount, SiteWords};
use crate::i18n::{KindWords, LiveWords, Locale, Plural, Words};

pub(in crate::i18n) const FR: Words = Words {
    locale: Locale::Fr,
    live: LiveWords {
        reading_options: B("Options de lecture"),
        marked_notes: B("Notes signalées"),
        kind_headings: [B("Acteurs"), B("Chiffres de sondage"), B("Contexte")],
        clean_option: B("Lecture épurée (aucun passage signalé)"),
        mark_a_note: B("Signaler une note"),
        once_per_paragraph: B("Une fois par paragraphe"),
        every_mention: B("À chaque mention"),
        colours: B("Couleurs"),
        themes: [B("Comme le système"), B("Clair"), B("Sombre")],
        text_size: B("Taille du texte"),
        smaller: B("Plus petit"),
        larger: B("Plus grand"),
        percent: B("{n}\u{202f}%"),
        options_hint: B("Les passages signalés et la langue choisis ici sont gardés dans l’adresse de la \
                         page\u{a0}: un lien partagé affiche la même chose."),
        panel_title: B("Qui, quoi, quand"),
        close_panel: B("Fermer le panneau"),
        show: B("Afficher"),
        views: [B("Qui est qui"), B("Sondages"), B("Chronologie")],
        mentions_nav: B("Mentions dans l’article"),
        only_mention: B("La seule mention dans l’article"),
        mention_of: B("Mention {at} sur {count}"),
        previous: B("‹ Précédente"),
        next: B("Suivante ›"),
        copy_link: B("Copier le lien vers cette note"),
        link_copied: B("Lien copié."),
        copy_this_link: B("Copiez ce lien\u{a0}:"),
        blocked_before: B("Les liens ne peuvent pas s’ouvrir depuis ce cadre. Pour ouvrir «\u{a0}"),
        blocked_after: B("\u{a0}», copiez son adresse dans un nouvel onglet\u{a0}:"),
        address_of: B("L’adresse de «\u{a0}{text}\u{a0}»"),
        note_link: B("Lien vers une note"),
        link_unknown: B("Ce lien demande une note qui n’est signalée nulle part dans cet article."),
        link_hidden: B("Ce lien ouvre une note d’un type que vos options de lecture ne signalent pas."),
        mark_and_open: B("Les signaler et ouvrir la note"),
        dismiss: B("Ignorer"),
        not_loaded: B("L’article demandé n’a pas pu être chargé"),
        only_built_in: B("Cette copie du compagnon n’affiche que son article intégré\u{a0}: ouvrez le compagnon \
                          sur un site web pour en charger un autre. L’article intégré est affiché à la place."),
    },
    brand: "Compagnon de lecture",
    loading: "Chargement de l’article…",
    skip_article: "Passer l’article",
    end_of_article: "Fin de l’article.",
    about_text: "À propos de ce texte",
    photo_not_shown: "Photo de l’original, non reproduite\u{a0}:",
    by_author: "Par {name}",
    reading_time: Plural::romance(
        true,
        "{n}\u{a0}min de lecture",
        "{n}\u{a0}min de lecture",
        "{n}\u{a0}min de lecture",
    ),
    original_article: "Article original",
    author_role: "Auteur\u{a0}: {role}.",
    legend_title: "Notes de cet article",
    how_to_open: "Survolez ou touchez un passage signalé, ou atteignez-le au clavier et appuyez sur Entrée, pour \
                  ouvrir sa note.",
    clean_reading: "Lecture épurée\u{a0}: aucun passage n’est signalé. Les options de lecture font revenir les \
                    notes.",
    no_notes: "Aucun passage de cet article n’a de note.",
    kinds: [
        KindWords { name: "Acteur", meaning: "personnes, États, organisations et partis" },
        KindWords { name: "Chiffre de sondage", meaning: "chiffres issus de sondages d’opinion" },
        KindWords { name: "Contexte", meaning: "événements, traités et notions" },
    ],
    actor_kinds: [
        ("Personne", "Personnes"),
        ("État", "États"),
        ("Organisation", "Organisations"),
        ("Parti", "Partis"),
        ("Groupe", "Groupes"),
        ("Lieu", "Lieux"),
        ("Autre", "Autres"),
    ],
    endnotes_title: "Notes",
    in_this_story: "Dans cet article\u{a0}: {text}",
    the_figure: "Le chiffre\u{a0}: {text}",
    record: "Ce que montrent les faits",
    not_verified: "Non vérifié\u{a0}: {text}",
    actor_line: "{kind}\u{a0}: {role}.",
    figure_of: "{value} de {population}\u{a0}: {label}.",
    figure_alone: "{value}\u{a0}: {label}.",
    poll_about: "Sondage\u{a0}: {about}.",
    by_pollster: "par {by}",
    question: "Question\u{a0}: {question}",
    dates_line: "{dates}.",
    comma: ", ",
    close_note: "Fermer la note",
    sources: Plural::romance(true, "{n} source", "{n} de sources", "{n} sources"),
    actor_kind: "Acteur · {kind}",
    sources_title: "Sources",
    new_tab: "s’ouvre dans un nouvel onglet",
    poll_facts: ["Sondage", "Réalisé par", "Quand", "Personnes interrogées", "Question posée"],
    chart_untitled: "Tous les chiffres de ce sondage",
    chart_title: "Tous les chiffres du sondage\u{a0}: {title}",
    table_columns: ["Personnes interrogées qui…", "Part", "Source"],
    mentions: Plural::romance(true, "{n} mention", "{n} de mentions", "{n} mentions"),
    problem: [
        "Cet article n’a pas pu être chargé",
        "Son fichier de notes contient des erreurs\u{a0}: le compagnon ne peut pas l’afficher. Les détails \
         ci-dessous disent ce qui ne va pas.",
        "Détails techniques",
    ],
    months: [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    full_date: "{day} {month} {year}",
    month_date: "{month} {year}",
    first_day: "1er",
    language: "Langue",
    label_value: "{label}\u{a0}: {value}",
};

/// The words of a site's index page.
#[cfg(any(feature = "ssr", test))]
pub(in crate::i18n) const SITE_FR: SiteWords = SiteWords {
    kinds: [
        KindCount {
            count: Plural::romance(true, "{n} acteur", "{n} d’acteurs", "{n} acteurs"), none: "aucun acteur"
        },
        KindCount {
            count: Plural::romance(
                true,
                "{n} chiffre de sondage",
                "{n} de chiffres de sondage",
                "{n} chiffres de sondage",
            ),
            none: "aucun chiffre de sondage",
        },
        KindCount {
            count: Plural::romance(true, "{n} note de contexte", "{n} de notes de contexte", "{n} notes de contexte"),
            none: "aucune note de contexte",
        },
    ],
    articles: Plural::romance(true, "{n} article annoté", "{n} d’articles annotés", "{n} articles annotés"),
    about: "{count}. Dans chacun, un passage signalé ouvre une note sur un acteur, un chiffre de sondage ou son contexte, avec ses sources.",
};
