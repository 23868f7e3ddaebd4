//! The problem sentences in Spanish.

use super::ProblemWords;
use crate::i18n::Plural;

pub(crate) const ES: ProblemWords = ProblemWords {
    at: "{path}: {problem}",
    problems: Plural::romance(false, "{n} problema:", "{n} de problemas:", "{n} problemas:"),
    json: "línea {line}, columna {column} (en {path}): {message}",
    and_more: "y {n} más",

    unsupported_format: "el formato {n} no es compatible (esta versión lee los formatos 1 y {format})",
    not_in_page: "la página no contiene ningún conjunto de datos que esta versión pueda leer: no lo escribió el \
                  companion-site de esta versión, o se modificó después",
    no_headline: "el primer bloque debe ser de tipo \"headline\"",
    duplicate_id: "el identificador {id} se usa más de una vez",
    empty: "no debe estar vacío (los espacios y los caracteres invisibles no cuentan)",
    hidden_in_id: "el identificador {id} contiene {character}; un identificador no puede contener espacios ni \
                   caracteres invisibles",
    unsafe_url: "{url} {fault}; se omite",
    no_sources: "la nota no tiene ninguna fuente, así que se omite",
    no_usable_source: "ninguna de las fuentes de la nota se puede enlazar, así que la nota se omite",
    not_a_date: "{date} no es una fecha: escriba \"2022\", \"2022-03\" o \"2022-03-14\"; no se muestra",
    not_a_language: "{tag} no es una etiqueta de idioma BCP 47 (como \"en\" o \"sr-Latn\"); no se usa",
    headline_not_first: "solo el primer bloque puede ser el titular; este se convierte en párrafo",
    no_letter: "el ancla {anchor} no tiene ninguna letra ni cifra, así que su marca no tendría nada que mostrar",
    no_anchors: "la nota no tiene ningún ancla, así que nunca se menciona y se omite",
    never_marked: "ninguna de las anclas de la nota marca el texto del artículo, así que la nota se omite",
    splits_letter: "el ancla {anchor} empieza o termina dentro de una letra: {code} pertenece a la letra anterior, así \
                    que el ancla debe abarcar la letra entera",
    unknown_poll: "la encuesta {poll} no existe",
    not_a_percentage: "debe ser un porcentaje de 0 a 100",
    anchor_not_found: "el ancla {anchor} no coincide con nada",
    anchor_near: "el ancla {anchor} no coincide con nada; lo más parecido: {near}",
    anchor_ambiguous: "el ancla {anchor} coincide {n} veces; añada un prefijo o un sufijo para elegir una: {places}",
    overlap: "la mención se solapa con una mención de {other} en el bloque {block} en {text}",
    draft_format: "está escrito en el formato {format}, que esta versión no sabe leer (lee los formatos 1 a {latest})",
    draft_unreadable: "no es un conjunto de datos: {why}",

    near: "{found} en el bloque {block}",
    differs: "{near} (difiere en {differences})",
    differences: ["mayúsculas", "diacríticos", "espacios", "comillas", "guiones condicionales", "rayas"],
    quoted: "«{text}»",
    list_separator: ", ",
    clause_separator: "; ",
    and_last: "{list} y {last}",

    url_faults: [
        "no es una dirección https: empieza por http://, y el enlace de un lector no debe hacerlo (escriba https://)",
        "no es una dirección https: hace falta una dirección completa que empiece por https://",
        "no es una dirección https: es una dirección {scheme}:",
        "no tiene dominio después de https://",
        "nombra a un usuario antes de su dominio (user@host), lo que puede hacer que una dirección parezca otra",
        "contiene un espacio, que una dirección escribe como %20",
        "contiene {character}, que una dirección escribe como {escaped}",
        "contiene {character}, que un lector no vería",
        "no tiene un nombre de dominio válido",
        "tiene un dominio que mezcla letras de las escrituras {a} y {b}, como una imitación",
    ],
    characters: [
        "un control bidireccional ({code})",
        "un carácter de control ({code})",
        "un espacio ({code})",
        "un carácter invisible ({code})",
    ],

    not_loaded: "No se pudo cargar el artículo solicitado",
    instead: "Se muestra el artículo incluido en su lugar.",
    only_built_in: "Esta copia del acompañante solo muestra su artículo incluido: ábralo en un sitio web para cargar \
                    otro.",
    address_refused: "Su dirección no está permitida: los archivos de notas solo pueden venir de este sitio o de una \
                      dirección https.",
    download_status: "No se pudo descargar su archivo de notas: el servidor respondió {status}.",
    download_failed: "No se pudo descargar su archivo de notas: falló la red o se bloqueó la solicitud.",
    wrong_kind: "Su dirección sirve algo que no es un archivo de notas ({kind}).",
    too_large: "Su archivo de notas es demasiado grande ({size} MB; como máximo {most} MB).",
    damaged: "Su archivo de notas está dañado o no está en el formato que lee el acompañante.",
    other_version: "Su archivo de notas es para otra versión del acompañante.",
    no_headline_file: "Su archivo de notas no tiene un titular con el que empezar el artículo.",
    breaks_rules: "Su archivo de notas incumple las reglas del formato.",
    partial: "Se muestra el artículo. Su archivo de notas tiene errores en las partes que se enumeran abajo; se \
              omitieron o se cambiaron.",
    technical_details: "Detalles técnicos",
    what_was_left_out: "Lo que se omitió",
    address: "Dirección: {url}",
    bytes: "{n} bytes",
    left_out: "Omitido: {list}",
    set_as_paragraph: "Convertido en párrafo: {list}",
    kept: "Conservado tal cual: {list}",
    parts: [
        Plural::romance(false, "una nota", "{n} de notas", "{n} notas"),
        Plural::romance(false, "una mención", "{n} de menciones", "{n} menciones"),
        Plural::romance(false, "un enlace", "{n} de enlaces", "{n} enlaces"),
        Plural::romance(false, "una fecha", "{n} de fechas", "{n} fechas"),
        Plural::romance(false, "una etiqueta de idioma", "{n} de etiquetas de idioma", "{n} etiquetas de idioma"),
        Plural::romance(false, "un texto vacío", "{n} de textos vacíos", "{n} textos vacíos"),
        Plural::romance(false, "un titular posterior", "{n} de titulares posteriores", "{n} titulares posteriores"),
        Plural::romance(
            false,
            "un identificador repetido o ilegible",
            "{n} de identificadores repetidos o ilegibles",
            "{n} identificadores repetidos o ilegibles",
        ),
    ],
};
