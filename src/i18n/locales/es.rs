//! Spanish.

use std::borrow::Cow::Borrowed as B;

#[cfg(any(feature = "ssr", test))]
use crate::i18n::{KindCount, SiteWords};
use crate::i18n::{KindWords, LiveWords, Locale, Plural, Words};

pub(in crate::i18n) const ES: Words = Words {
    locale: Locale::Es,
    live: LiveWords {
        reading_options: B("Opciones de lectura"),
        marked_notes: B("Notas marcadas"),
        kind_headings: [B("Actores"), B("Datos de encuestas"), B("Contexto")],
        clean_option: B("Lectura limpia (sin marcas)"),
        mark_a_note: B("Marcar una nota"),
        once_per_paragraph: B("Una vez en cada párrafo"),
        every_mention: B("En cada mención"),
        colours: B("Colores"),
        themes: [B("Según el sistema"), B("Claro"), B("Oscuro")],
        text_size: B("Tamaño del texto"),
        smaller: B("Más pequeño"),
        larger: B("Más grande"),
        percent: B("{n}\u{a0}%"),
        options_hint: B("Las marcas y el idioma que elijas aquí se guardan en la dirección de la página, así que un \
                         enlace compartido muestra lo mismo."),
        panel_title: B("Quién, qué, cuándo"),
        close_panel: B("Cerrar el panel"),
        show: B("Mostrar"),
        views: [B("Quién es quién"), B("Encuestas"), B("Cronología")],
        mentions_nav: B("Menciones en el artículo"),
        only_mention: B("La única mención en el artículo"),
        mention_of: B("Mención {at} de {count}"),
        previous: B("‹ Anterior"),
        next: B("Siguiente ›"),
        copy_link: B("Copiar enlace a esta nota"),
        link_copied: B("Enlace copiado."),
        copy_this_link: B("Copia este enlace:"),
        blocked_before: B("Los enlaces no se pueden abrir desde este marco. Para abrir «"),
        blocked_after: B("», copia su dirección en una pestaña nueva:"),
        address_of: B("La dirección de «{text}»"),
        note_link: B("Enlace a una nota"),
        link_unknown: B("Este enlace pide una nota que no está marcada en ningún lugar de este artículo."),
        link_hidden: B("Este enlace abre una nota de un tipo que tus opciones de lectura no marcan."),
        mark_and_open: B("Marcarlas y abrir la nota"),
        dismiss: B("Descartar"),
        not_loaded: B("No se pudo cargar el artículo solicitado"),
        only_built_in: B("Esta copia del compañero solo muestra su artículo integrado: abre el compañero en un \
                          sitio web para cargar otro. En su lugar se muestra el artículo integrado."),
    },
    brand: "Compañero de lectura",
    loading: "Cargando el artículo…",
    skip_article: "Saltar el artículo",
    end_of_article: "Fin del artículo.",
    about_text: "Sobre este texto",
    photo_not_shown: "Foto del original, no reproducida:",
    by_author: "Por {name}",
    reading_time: Plural::romance(false, "{n} min de lectura", "{n} min de lectura", "{n} min de lectura"),
    original_article: "Artículo original",
    author_role: "Autoría: {role}.",
    legend_title: "Notas de este artículo",
    how_to_open: "Pasa el puntero sobre una frase marcada, tócala o llega a ella con el teclado y pulsa Intro para \
                  abrir su nota.",
    clean_reading: "Lectura limpia: ninguna frase está marcada. Las opciones de lectura recuperan las notas.",
    no_notes: "Ninguna frase de este artículo tiene nota.",
    kinds: [
        KindWords { name: "Actor", meaning: "personas, Estados, organizaciones y partidos" },
        KindWords { name: "Dato de encuesta", meaning: "cifras de encuestas de opinión" },
        KindWords { name: "Contexto", meaning: "hechos, tratados y términos" },
    ],
    actor_kinds: [
        ("Persona", "Personas"),
        ("Estado", "Estados"),
        ("Organización", "Organizaciones"),
        ("Partido", "Partidos"),
        ("Grupo", "Grupos"),
        ("Lugar", "Lugares"),
        ("Otro", "Otros"),
    ],
    endnotes_title: "Notas",
    in_this_story: "En esta historia: {text}",
    the_figure: "La cifra: {text}",
    record: "Lo que muestran los hechos",
    not_verified: "Sin verificar: {text}",
    actor_line: "{kind}: {role}.",
    figure_of: "{value} de {population}: {label}.",
    figure_alone: "{value}: {label}.",
    poll_about: "Encuesta: {about}.",
    by_pollster: "realizada por {by}",
    question: "Pregunta: {question}",
    dates_line: "{dates}.",
    comma: ", ",
    close_note: "Cerrar la nota",
    sources: Plural::romance(false, "{n} fuente", "{n} de fuentes", "{n} fuentes"),
    actor_kind: "Actor · {kind}",
    sources_title: "Fuentes",
    new_tab: "se abre en una pestaña nueva",
    poll_facts: ["Encuesta", "Realizada por", "Cuándo", "A quién se preguntó", "Qué se preguntó"],
    chart_untitled: "Todas las cifras de esta encuesta",
    chart_title: "Todas las cifras de la encuesta: {title}",
    table_columns: ["Encuestados que…", "Porcentaje", "Fuente"],
    mentions: Plural::romance(false, "{n} mención", "{n} de menciones", "{n} menciones"),
    problem: [
        "No se pudo cargar este artículo",
        "Su archivo de notas tiene errores, así que el compañero no puede mostrarlo. Los detalles de abajo dicen \
         qué está mal.",
        "Detalles técnicos",
    ],
    months: [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    full_date: "{day} de {month} de {year}",
    month_date: "{month} de {year}",
    first_day: "1",
    language: "Idioma",
    label_value: "{label}: {value}",
};

/// The words of a site's index page.
#[cfg(any(feature = "ssr", test))]
pub(in crate::i18n) const SITE_ES: SiteWords = SiteWords {
    kinds: [
        KindCount {
            count: Plural::romance(false, "{n} actor", "{n} de actores", "{n} actores"), none: "ningún actor"
        },
        KindCount {
            count: Plural::romance(
                false,
                "{n} dato de encuesta",
                "{n} de datos de encuestas",
                "{n} datos de encuestas",
            ),
            none: "ningún dato de encuesta",
        },
        KindCount {
            count: Plural::romance(false, "{n} nota de contexto", "{n} de notas de contexto", "{n} notas de contexto"),
            none: "ninguna nota de contexto",
        },
    ],
    articles: Plural::romance(false, "{n} artículo anotado", "{n} de artículos anotados", "{n} artículos anotados"),
    about: "{count}. En cada uno, una frase marcada abre una nota sobre un actor, un dato de encuesta o su contexto, con fuentes.",
};
