//! The problem sentences in French.

use super::ProblemWords;
use crate::i18n::Plural;

pub(crate) const FR: ProblemWords = ProblemWords {
    at: "{path}\u{a0}: {problem}",
    problems: Plural::romance(true, "{n} problème\u{a0}:", "{n} de problèmes\u{a0}:", "{n} problèmes\u{a0}:"),
    json: "ligne {line}, colonne {column} (à {path})\u{a0}: {message}",
    and_more: "et {n} de plus",

    unsupported_format: "le format {n} n’est pas pris en charge (cette version lit les formats 1 et {format})",
    not_in_page: "la page ne contient aucun jeu de données lisible par cette version\u{a0}: il n’a pas été écrit par \
                  le companion-site de cette version, ou a été modifié depuis",
    no_headline: "le premier bloc doit être de type \"headline\"",
    duplicate_id: "l’identifiant {id} est utilisé plusieurs fois",
    empty: "ne doit pas être vide (les espaces et les caractères invisibles ne comptent pas)",
    hidden_in_id: "l’identifiant {id} contient {character}\u{a0}; un identifiant ne peut contenir ni espace ni \
                   caractère invisible",
    unsafe_url: "{url} {fault}\u{a0}; elle est écartée",
    no_sources: "la note n’a aucune source, elle est donc écartée",
    no_usable_source: "aucune des sources de la note ne peut être liée, la note est donc écartée",
    not_a_date: "{date} n’est pas une date\u{a0}: écrivez \"2022\", \"2022-03\" ou \"2022-03-14\"\u{a0}; elle n’est \
                 pas affichée",
    not_a_language: "{tag} n’est pas un code de langue BCP 47 (comme \"en\" ou \"sr-Latn\")\u{a0}; il n’est pas utilisé",
    headline_not_first: "seul le premier bloc peut être le titre\u{a0}; celui-ci devient un paragraphe",
    no_letter: "l’ancre {anchor} ne contient ni lettre ni chiffre, son marquage n’aurait donc rien à montrer",
    no_anchors: "la note n’a aucune ancre, elle n’est donc jamais mentionnée et est écartée",
    never_marked: "aucune des ancres de la note ne marque le texte de l’article, la note est donc écartée",
    splits_letter: "l’ancre {anchor} commence ou finit à l’intérieur d’une lettre\u{a0}: {code} appartient à la lettre \
                    qui précède, l’ancre doit donc englober toute la lettre",
    unknown_poll: "le sondage {poll} n’existe pas",
    not_a_percentage: "doit être un pourcentage de 0 à 100",
    anchor_not_found: "l’ancre {anchor} ne correspond à rien",
    anchor_near: "l’ancre {anchor} ne correspond à rien\u{a0}; le plus proche\u{a0}: {near}",
    anchor_ambiguous: "l’ancre {anchor} correspond {n}\u{a0}fois\u{a0}; ajoutez un préfixe ou un suffixe pour en \
                       choisir une\u{a0}: {places}",
    overlap: "la mention chevauche une mention de {other} dans le bloc {block} à {text}",
    draft_format: "il est écrit au format {format}, que cette version ne sait pas lire (elle lit les formats 1 à \
                   {latest})",
    draft_unreadable: "ce n’est pas un jeu de données\u{a0}: {why}",

    near: "{found} dans le bloc {block}",
    differs: "{near} (diffère par {differences})",
    differences: [
        "la casse",
        "les diacritiques",
        "les espaces",
        "les guillemets",
        "les traits d’union conditionnels",
        "les tirets",
    ],
    quoted: "«\u{a0}{text}\u{a0}»",
    list_separator: ", ",
    clause_separator: "\u{a0}; ",
    and_last: "{list} et {last}",

    url_faults: [
        "n’est pas une adresse https\u{a0}: elle commence par http://, ce que le lien d’un lecteur ne doit pas faire \
         (écrivez https://)",
        "n’est pas une adresse https\u{a0}: il faut une adresse complète commençant par https://",
        "n’est pas une adresse https\u{a0}: c’est une adresse {scheme}:",
        "n’a pas d’hôte après https://",
        "nomme un utilisateur avant son hôte (user@host), ce qui peut faire passer une adresse pour une autre",
        "contient une espace, qu’une adresse écrit %20",
        "contient {character}, qu’une adresse écrit {escaped}",
        "contient {character}, qu’un lecteur ne verrait pas",
        "n’a pas de nom d’hôte valide",
        "a un hôte qui mêle des lettres des écritures {a} et {b}, comme une contrefaçon",
    ],
    characters: [
        "un caractère de contrôle bidirectionnel ({code})",
        "un caractère de contrôle ({code})",
        "une espace ({code})",
        "un caractère invisible ({code})",
    ],

    not_loaded: "L’article demandé n’a pas pu être chargé",
    instead: "L’article intégré est affiché à la place.",
    only_built_in: "Cette copie du compagnon n’affiche que son article intégré\u{a0}: ouvrez le compagnon sur un site \
                    web pour en charger un autre.",
    address_refused: "Son adresse n’est pas autorisée\u{a0}: les fichiers de notes ne peuvent venir que de ce site ou \
                      d’une adresse https.",
    download_status: "Son fichier de notes n’a pas pu être téléchargé\u{a0}: le serveur a répondu {status}.",
    download_failed: "Son fichier de notes n’a pas pu être téléchargé\u{a0}: le réseau a échoué ou la requête a été \
                      bloquée.",
    wrong_kind: "Son adresse fournit autre chose qu’un fichier de notes ({kind}).",
    too_large: "Son fichier de notes est trop volumineux ({size}\u{a0}Mo\u{a0}; au plus {most}\u{a0}Mo).",
    damaged: "Son fichier de notes est endommagé ou n’est pas au format que lit le compagnon.",
    other_version: "Son fichier de notes est destiné à une autre version du compagnon.",
    no_headline_file: "Son fichier de notes n’a pas de titre par lequel commencer l’article.",
    breaks_rules: "Son fichier de notes enfreint les règles du format.",
    partial: "L’article est affiché. Son fichier de notes comporte des erreurs dans les parties listées ci-dessous\u{a0}; \
              elles ont été écartées ou modifiées.",
    technical_details: "Détails techniques",
    what_was_left_out: "Ce qui a été écarté",
    address: "Adresse\u{a0}: {url}",
    bytes: "{n}\u{a0}octets",
    left_out: "Écarté\u{a0}: {list}",
    set_as_paragraph: "Devenu paragraphe\u{a0}: {list}",
    kept: "Conservé tel quel\u{a0}: {list}",
    parts: [
        Plural::romance(true, "une note", "{n} de notes", "{n} notes"),
        Plural::romance(true, "une mention", "{n} de mentions", "{n} mentions"),
        Plural::romance(true, "un lien", "{n} de liens", "{n} liens"),
        Plural::romance(true, "une date", "{n} de dates", "{n} dates"),
        Plural::romance(true, "un code de langue", "{n} de codes de langue", "{n} codes de langue"),
        Plural::romance(true, "un texte vide", "{n} de textes vides", "{n} textes vides"),
        Plural::romance(true, "un titre ultérieur", "{n} de titres ultérieurs", "{n} titres ultérieurs"),
        Plural::romance(
            true,
            "un identifiant répété ou illisible",
            "{n} d’identifiants répétés ou illisibles",
            "{n} identifiants répétés ou illisibles",
        ),
    ],
};
