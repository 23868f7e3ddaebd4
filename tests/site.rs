//! The site build (`companion-site`): a folder of datasets becomes pages that share one build's
//! files, each page as the single-article build writes it; refused datasets stop the build with
//! `out` untouched; a second build renders only what changed. Built files are stood in for by a
//! shell and asset files of the shape Trunk and `companion-shell` write. One file, longer than
//! most, because every test builds a site in the same scratch folders from the same stand-ins.
#![cfg(feature = "ssr")]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[path = "common/languages.rs"]
mod languages;

use languages::without_alternates;
use reading_companion::i18n::Locale;
use reading_companion::site::publish::{PageRequest, PublishError, SiteSettings};
use reading_companion::site::{BaseUrl, Built, Request, SiteError, Source, build};

/// A folder removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Self {
        let path = std::env::temp_dir().join(format!("companion-site-test-{}-{name}", std::process::id()));
        _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("a scratch folder");
        Self(path)
    }

    fn join(&self, path: &str) -> PathBuf {
        self.0.join(path)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A shell as `companion-shell` leaves Trunk's minified page.
fn shell(hash: &str) -> String {
    format!(
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>Shell</title>\
         <meta name=description content=Shell><link rel=icon href=data:,>\
         <link href=./base-{hash}.css integrity=sha384-c rel=stylesheet crossorigin=anonymous>\
         <link crossorigin=anonymous href=./reading-companion-{hash}.js integrity=sha384-g rel=modulepreload>\
         <link as=fetch crossorigin=anonymous href=./reading-companion-{hash}_bg.wasm integrity=sha384-w rel=preload type=application/wasm>\
         <script type=\"module\" src=\"./reading-companion-{hash}-start.js\" integrity=\"sha384-s\" crossorigin=\"anonymous\"></script>\
         </head><body><div id=companion></div></body></html>"
    )
}

/// The built files: the article page's shell and its assets, `open/` and `edit/`.
fn assets(scratch: &Scratch) -> PathBuf {
    let assets = scratch.join("assets");
    for (path, text) in [
        ("index.html", shell("ab12")),
        ("base-ab12.css", "body{}".into()),
        ("reading-companion-ab12.js", "export default 1".into()),
        ("reading-companion-ab12_bg.wasm", "wasm".into()),
        ("reading-companion-ab12-start.js", "import init".into()),
        ("embed.js", "(()=>{})()".into()),
        ("open/index.html", shell("cd34")),
        ("open/reading-companion-cd34_bg.wasm", "wasm".into()),
        ("edit/index.html", "<!doctype html><title>Editor</title>".into()),
        ("edit/render-ef56/worker.js", "import init".into()),
        (".built", String::new()),
    ] {
        let file = assets.join(path);
        std::fs::create_dir_all(file.parent().expect("a folder")).expect("a folder");
        std::fs::write(file, text).expect("written");
    }
    assets
}

fn request(assets: &Path, source: Source, out: PathBuf) -> Request {
    Request {
        assets: assets.to_owned(),
        source,
        out,
        base_url: None,
        title: "The Example Review".into(),
        keep_going: false,
        languages: Locale::ALL.to_vec(),
        renderer: "test".into(),
    }
}

/// A folder holding copies of `files` (path in the repository → name in the folder).
fn datasets(scratch: &Scratch, name: &str, files: &[(&str, &str)]) -> PathBuf {
    let folder = scratch.join(name);
    std::fs::create_dir_all(&folder).expect("a folder");
    for (from, to) in files {
        std::fs::copy(from, folder.join(to)).unwrap_or_else(|e| panic!("{from}: {e}"));
    }
    folder
}

fn read(path: PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The addresses of the files a page loads: its stylesheets, preloads and scripts.
fn loaded(html: &str) -> BTreeSet<String> {
    html.split('<')
        .filter(|tag| tag.starts_with("link ") || tag.starts_with("script "))
        .filter(|tag| !tag.contains("rel=icon") && !tag.contains("rel=\"canonical\"") && !tag.contains("hreflang="))
        .filter_map(|tag| {
            let at = tag.find(" href=").or_else(|| tag.find(" src="))?;
            let value = tag[at..].split_once('=')?.1;
            Some(value.trim_start_matches('"').split(['"', ' ', '>']).next()?.to_owned())
        })
        .collect()
}

/// Every file under `folder`, with its contents.
fn snapshot(folder: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut folders = vec![folder.to_owned()];
    while let Some(at) = folders.pop() {
        for entry in std::fs::read_dir(&at).expect("a folder").flatten() {
            if entry.path().is_dir() {
                folders.push(entry.path());
            } else {
                files.push((entry.path(), std::fs::read(entry.path()).expect("a file")));
            }
        }
    }
    files.sort();
    files
}

const BOUND: &str = "data/bound-to-russia.json";
const PRIMER: &str = "data/examples/primer.json";

#[test]
fn two_datasets_make_a_site_whose_pages_load_the_same_files_and_are_the_single_article_builds_pages() {
    let scratch = Scratch::new("two");
    let assets = assets(&scratch);
    let folder = datasets(&scratch, "datasets", &[(BOUND, "bound-to-russia.json"), (PRIMER, "primer.json")]);
    let built = build(&request(&assets, Source::Folder(folder), scratch.join("site"))).expect("built");
    assert_eq!(
        built.pages.iter().map(|p| p.page.as_str()).collect::<Vec<_>>(),
        ["bound-to-russia/index.html", "primer/index.html"]
    );
    assert!(built.pages.iter().all(|p| p.rendered && p.problems.is_empty()));

    let bound = read(scratch.join("site/bound-to-russia/index.html"));
    let primer = read(scratch.join("site/primer/index.html"));
    assert!(bound.contains("<title>Bound to Russia: Serbia’s disruptive neutrality · Reading Companion</title>"));
    assert!(primer.contains("<title>Serbia between Brussels and Moscow: a primer · Reading Companion</title>"));
    assert_eq!(loaded(&bound), loaded(&primer), "both pages load the same files");
    assert_eq!(loaded(&bound).len(), 4, "{:?}", loaded(&bound));
    // Each article in every language the interface speaks, beside it, loading the same files.
    for tag in ["en", "sr-Latn", "sr-Cyrl", "de", "fr", "es", "ar"].into_iter().filter(|&tag| tag != "en") {
        let page = read(scratch.join(&format!("site/bound-to-russia/{tag}/index.html")));
        assert!(page.contains(&format!("<html lang=\"{tag}\"")), "{tag}");
        assert_eq!(loaded(&page), loaded(&bound).iter().map(|f| format!("../{f}")).collect(), "{tag}: the same files");
        assert!(page.contains(&format!("<link rel=\"alternate\" hreflang=\"{tag}\" href=\"./\">")), "{tag}: itself");
        assert!(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../\">"), "{tag}: the article's own");
    }
    for address in loaded(&bound) {
        let file = address.strip_prefix("../").unwrap_or_else(|| panic!("{address} is not the site's shared file"));
        assert!(scratch.join("site").join(file).is_file(), "{file} is in the site");
    }
    for kept in ["embed.js", "open/reading-companion-cd34_bg.wasm", "edit/index.html"] {
        assert!(scratch.join("site").join(kept).is_file(), "{kept}");
    }
    assert!(!scratch.join("site/.built").exists(), "hidden files of the build stay behind");
    assert!(!scratch.join("site/primer/oembed.json").exists(), "no oEmbed without a public address");
    assert!(bound.contains("<meta property=\"og:site_name\" content=\"The Example Review\">"));
    assert!(!bound.contains("og:url") && !bound.contains("json+oembed"));
    assert!(!read(scratch.join("site/open/index.html")).contains("og:title"), "open/ shows whatever it is asked for");

    // The single-article build of each dataset writes the same page, one folder up.
    for (dataset, page) in [(BOUND, &bound), (PRIMER, &primer)] {
        let out = scratch.join("single");
        let built = build(&request(&assets, Source::Article(dataset.into()), out.clone())).expect("built");
        assert_eq!(built.pages[0].page, "index.html");
        let single = read(out.join("index.html"));
        assert_eq!(
            without_alternates(&single).replace("=\"./", "=\"../"),
            without_alternates(page),
            "{dataset}: the same page but for where it stands"
        );
        // And its pages in the other languages, one folder down, as a site's are two.
        let arabic = read(out.join("ar/index.html"));
        assert!(
            arabic.contains("<html lang=\"ar\" dir=\"rtl\">") && arabic.contains("href=\"../base-ab12.css\""),
            "{dataset}"
        );
        assert!(!out.join("sitemap.xml").exists());
    }
}

#[test]
fn a_site_publishes_each_page_in_the_languages_asked_for_and_rebuilds_when_they_change() {
    let scratch = Scratch::new("languages");
    let assets = assets(&scratch);
    let folder = datasets(&scratch, "datasets", &[(PRIMER, "primer.json")]);
    let mut site = request(&assets, Source::Folder(folder), scratch.join("site"));
    site.languages = vec![Locale::SrCyrl, Locale::SrLatn];
    build(&site).expect("built");
    let languages = |site: &str| {
        let mut found: Vec<String> = std::fs::read_dir(scratch.join(site).join("primer"))
            .expect("the page's folder")
            .flatten()
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        found.sort();
        found
    };
    assert_eq!(languages("site"), ["sr-Cyrl", "sr-Latn"]);
    let page = read(scratch.join("site/primer/index.html"));
    let offered: Vec<&str> =
        page.match_indices("hreflang=\"").map(|(at, _)| page[at + 10..].split('"').next().unwrap_or("")).collect();
    assert_eq!(
        offered,
        ["en", "sr-Latn", "sr-Cyrl", "en", "sr-Latn", "sr-Cyrl"],
        "in the head and the options, in order"
    );
    // Asked for none: the page alone, offering no choice, and the folders of before gone.
    site.languages = Vec::new();
    let built = build(&site).expect("built again");
    assert!(built.pages.iter().all(|p| p.rendered), "another set of languages renders every page again");
    assert!(languages("site").is_empty());
    let page = read(scratch.join("site/primer/index.html"));
    assert!(!page.contains("hreflang=") && !page.contains("tools__languages"), "no choice of language");
}

#[test]
fn the_index_lists_each_article_newest_first_with_its_byline_and_notes_and_runs_no_script() {
    let scratch = Scratch::new("index");
    let assets = assets(&scratch);
    let folder = datasets(&scratch, "datasets", &[(BOUND, "bound-to-russia.json"), (PRIMER, "primer.json")]);
    build(&request(&assets, Source::Folder(folder), scratch.join("site"))).expect("built");
    let index = read(scratch.join("site/index.html"));
    assert!(index.contains("<title>The Example Review</title>"), "{index}");
    assert!(index.contains("<h1 class=\"site__title\">The Example Review</h1>"));
    assert!(index.contains("2 annotated articles"));
    assert!(!index.contains("<script") && !index.contains("modulepreload") && !index.contains("rel=preload"));
    assert!(index.contains("href=./base-ab12.css"), "the article pages' stylesheets, cached for the first article");
    let css = std::fs::read_dir(scratch.join("site"))
        .expect("the site")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|name| name.starts_with("site-") && name.ends_with(".css"))
        .expect("the index's stylesheet");
    assert!(index.contains(&format!("<link rel=\"stylesheet\" href=\"./{css}\">")));
    // Primer (2026-11) is newer than Bound to Russia (2022-03).
    let (primer, bound) =
        (index.find("href=\"./primer/\"").expect("primer"), index.find("href=\"./bound-to-russia/\"").expect("bound"));
    assert!(primer < bound, "newest first");
    assert!(index.contains("<time datetime=\"2022-03\">March 2022</time>"), "{index}");
    assert!(
        index.contains("<bdi lang=\"en\">European Council on Foreign Relations (ECFR)</bdi>"),
        "the byline: its publisher, the author being unnamed"
    );
    let bound_entry = &index[bound..];
    assert!(bound_entry.contains("17 actors · 3 poll figures · "), "{}", &bound_entry[..bound_entry.len().min(900)]);
    assert!(index.contains("lang=\"en\""));
    assert!(!index.contains("data-address"), "no public address to print without a base URL");
    // open/ shows the newest article until its own dataset arrives.
    let open = read(scratch.join("site/open/index.html"));
    assert!(open.contains("id=\"companion-dataset\""), "open/ reads its dataset from the page");
    assert!(
        open.contains("href=./base-cd34.css") || open.contains("href=\"./base-cd34.css\""),
        "open/ loads its own files"
    );
}

/// What the editor asks its renderer for the page of `dataset`, named `slug`, in the site whose
/// editor has `settings`.
fn editor_request(settings: &str, dataset: &str, slug: &str) -> PageRequest {
    let request = serde_json::json!({
        "dataset": read(dataset.into()),
        "slug": slug,
        "settings": serde_json::from_str::<serde_json::Value>(settings).expect("JSON"),
        "here": "https://elsewhere.example/site/",
    });
    serde_json::from_value(request).expect("a request")
}

#[test]
fn the_editor_of_a_site_makes_each_page_the_site_wrote_byte_for_byte() {
    let scratch = Scratch::new("editor");
    let assets = assets(&scratch);
    let folder = datasets(&scratch, "datasets", &[(BOUND, "bound-to-russia.json"), (PRIMER, "primer.json")]);
    for base in [None, Some("https://news.example/companions/")] {
        let mut site = request(&assets, Source::Folder(folder.clone()), scratch.join("site"));
        site.base_url = base.map(|base| BaseUrl::parse(base).expect("an address"));
        build(&site).expect("built");
        let settings = read(scratch.join("site/edit/publish.json"));
        let parsed: SiteSettings = serde_json::from_str(&settings).expect("the editor's settings");
        assert_eq!((parsed.renderer.as_str(), parsed.title.as_str()), ("render-ef56", "The Example Review"));
        assert_eq!(parsed.base_url.as_deref(), base);
        for (dataset, slug) in [(BOUND, "bound-to-russia"), (PRIMER, "primer")] {
            let page = editor_request(&settings, dataset, slug).page().expect("a page");
            // The same page, but for the site's pages in the other languages, which a page
            // downloaded alone does not have beside it.
            let written = read(scratch.join(&format!("site/{slug}/index.html")));
            assert!(
                written.contains("<link rel=\"alternate\" hreflang=\"ar\" href=\"./ar/\">"),
                "{slug}: its languages"
            );
            assert_eq!(page.html, without_alternates(&written), "{slug}, {base:?}");
            let beside = scratch.join(&format!("site/{slug}/oembed.json"));
            assert_eq!(page.oembed, beside.is_file().then(|| read(beside)), "{slug}: its oEmbed answer");
            // Where the site has no public address, the snippets name the one the editor is at.
            let address = format!("{}{slug}/", base.unwrap_or("https://elsewhere.example/site/"));
            assert_eq!(page.address, address);
            assert!(page.iframe.contains(&format!("src=\"{address}?embed\"")), "{}", page.iframe);
            assert!(page.script.contains(&format!("data-page=\"{address}\"")), "{}", page.script);
        }
    }
    // The single-article build's page, from which the offline file is made.
    let out = scratch.join("article");
    build(&request(&assets, Source::Article(PRIMER.into()), out.clone())).expect("built");
    let settings = read(out.join("edit/publish.json"));
    let page = editor_request(&settings, PRIMER, "anything").article_page().expect("a page");
    assert_eq!(page, without_alternates(&read(out.join("index.html"))));
}

#[test]
fn the_editor_says_why_it_makes_no_page() {
    let scratch = Scratch::new("editor-refusals");
    let assets = assets(&scratch);
    let folder = datasets(&scratch, "datasets", &[(PRIMER, "primer.json")]);
    build(&request(&assets, Source::Folder(folder), scratch.join("site"))).expect("built");
    let settings = read(scratch.join("site/edit/publish.json"));
    let named = editor_request(&settings, PRIMER, "Open").page().expect_err("a site's own folder");
    assert!(matches!(named, PublishError::Name(_)), "{named:?}");
    let mut refused = editor_request(&settings, PRIMER, "primer");
    refused.dataset = refused.dataset.replacen("\"format\": 2", "\"format\": 9", 1);
    let why = refused.page().expect_err("a newer format").to_string();
    assert!(why.contains("the draft") && why.contains("format 9"), "{why}");
    // Assets without the renderer get no settings: the editor says it cannot make pages there.
    std::fs::remove_dir_all(assets.join("edit/render-ef56")).expect("removed");
    build(&request(&assets, Source::Folder(scratch.join("datasets")), scratch.join("site"))).expect("built");
    assert!(!scratch.join("site/edit/publish.json").exists());
}

#[test]
fn a_base_url_gives_canonical_links_and_a_sitemap() {
    let scratch = Scratch::new("base");
    let assets = assets(&scratch);
    let folder = datasets(&scratch, "datasets", &[(BOUND, "bound-to-russia.json"), (PRIMER, "primer.json")]);
    let mut site = request(&assets, Source::Folder(folder), scratch.join("site"));
    site.base_url = Some(BaseUrl::parse("https://news.example/companions").expect("an address"));
    build(&site).expect("built");
    assert!(
        read(scratch.join("site/primer/index.html"))
            .contains("<link rel=\"canonical\" href=\"https://news.example/companions/primer/\">")
    );
    let index = read(scratch.join("site/index.html"));
    assert!(index.contains("<link rel=\"canonical\" href=\"https://news.example/companions/\">"));
    assert!(
        index.contains("<a href=\"./primer/\" data-address=\"https://news.example/companions/primer/\">"),
        "the address printed beside the headline: {index}"
    );
    // Shared, a page shows its headline and site; a content system finds its oEmbed answer.
    let primer = read(scratch.join("site/primer/index.html"));
    for tag in [
        "<meta property=\"og:type\" content=\"article\">",
        "<meta property=\"og:site_name\" content=\"The Example Review\">",
        "<meta property=\"og:url\" content=\"https://news.example/companions/primer/\">",
        "<meta property=\"article:published_time\" content=\"2026-11\">",
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://news.example/companions/primer/oembed.json\" \
         title=\"Serbia between Brussels and Moscow: a primer\">",
    ] {
        assert!(primer.contains(tag), "{tag}");
    }
    let answer: serde_json::Value = serde_json::from_str(&read(scratch.join("site/primer/oembed.json"))).expect("JSON");
    assert_eq!(answer["type"], "rich");
    assert_eq!(answer["provider_name"], "The Example Review");
    let html = answer["html"].as_str().unwrap_or_default();
    assert!(html.contains("src=\"https://news.example/companions/primer/?embed\""), "{html}");
    assert!(html.contains("<script src=\"https://news.example/companions/embed.js\" integrity=\"sha384-"), "{html}");
    // An unchanged page keeps its answer.
    let again = build(&site).expect("built again");
    assert!(again.pages.iter().all(|p| !p.rendered));
    assert!(scratch.join("site/primer/oembed.json").is_file(), "kept with its page");

    let sitemap = read(scratch.join("site/sitemap.xml"));
    for url in [
        "https://news.example/companions/",
        "https://news.example/companions/primer/",
        "https://news.example/companions/bound-to-russia/",
    ] {
        assert!(sitemap.contains(&format!("<url><loc>{url}</loc></url>")), "{sitemap}");
    }
    for bad in ["ftp://news.example/", "https://news.example/?page=1", "news.example", "https://user:pw@news.example/"]
    {
        assert!(BaseUrl::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn a_refused_dataset_stops_the_build_with_the_checkers_words_and_leaves_out_as_it_was() {
    let scratch = Scratch::new("refused");
    let assets = assets(&scratch);
    let folder = datasets(&scratch, "datasets", &[(PRIMER, "primer.json")]);
    let out = scratch.join("site");
    build(&request(&assets, Source::Folder(folder.clone()), out.clone())).expect("built");
    let before = snapshot(&out);
    std::fs::copy("tests/fixtures/broken/missing-field.json", folder.join("missing-field.json")).expect("copied");
    std::fs::copy(BOUND, folder.join("bound-to-russia.json")).expect("copied");
    let Err(SiteError::Refused(refused)) = build(&request(&assets, Source::Folder(folder.clone()), out.clone())) else {
        panic!("a refused dataset stops the build")
    };
    assert_eq!(refused.len(), 1);
    assert!(refused[0].file.ends_with("missing-field.json"));
    let expected = std::process::Command::new(env!("CARGO_BIN_EXE_companion-check"))
        .arg(&refused[0].file)
        .output()
        .expect("companion-check runs");
    assert_eq!(refused[0].lines.join("\n") + "\n", String::from_utf8_lossy(&expected.stdout), "the checker's words");
    assert_eq!(snapshot(&out), before, "out is as it was");
    let leftovers: Vec<_> = std::fs::read_dir(&scratch.0)
        .expect("scratch")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "nothing half-written is left beside it: {leftovers:?}");

    // With keep_going the others are built and the refused one is listed.
    let mut going = request(&assets, Source::Folder(folder), out.clone());
    going.keep_going = true;
    let Built { pages, left_out } = build(&going).expect("built");
    assert_eq!(pages.len(), 2);
    assert_eq!(left_out.len(), 1);
    assert!(left_out[0].file.ends_with("missing-field.json"));
    assert!(!out.join("missing-field").exists());
    assert!(!read(out.join("index.html")).contains("missing-field"));
}

#[test]
fn a_dataset_shown_in_part_is_built_and_its_problems_reported() {
    let scratch = Scratch::new("partial");
    let assets = assets(&scratch);
    let folder = datasets(&scratch, "datasets", &[("tests/fixtures/broken/duplicate-id.json", "duplicate-id.json")]);
    let built = build(&request(&assets, Source::Folder(folder), scratch.join("site"))).expect("built");
    let page = &built.pages[0];
    assert!(scratch.join("site/duplicate-id/index.html").is_file());
    assert!(page.problems.iter().any(|line| line.contains("duplicate")), "{:?}", page.problems);
    assert!(page.problems.last().is_some_and(|line| line.ends_with("1 problem")), "{:?}", page.problems);
}

#[test]
fn unsafe_and_duplicate_names_are_refused_with_a_clear_message() {
    let scratch = Scratch::new("names");
    let assets = assets(&scratch);
    let folder = datasets(
        &scratch,
        "datasets",
        &[
            (PRIMER, "primer.json"),
            (PRIMER, "Primer.JSON"),
            (PRIMER, "My Article.json"),
            (PRIMER, "open.json"),
            (PRIMER, ".draft.json"),
        ],
    );
    std::fs::write(folder.join("README.md"), "not a dataset").expect("written");
    let Err(SiteError::Refused(refused)) = build(&request(&assets, Source::Folder(folder), scratch.join("site")))
    else {
        panic!("refused")
    };
    let said: Vec<String> = refused.iter().flat_map(|r| r.lines.clone()).collect();
    assert_eq!(said.len(), 3, "{said:?}");
    let about = |name: &str| said.iter().find(|line| line.contains(name)).cloned().unwrap_or_default();
    assert!(about("My Article.json").ends_with("rename it my-article.json"), "{said:?}");
    assert!(about("open.json").contains("the site's own folders"), "{said:?}");
    let twin = about("primer.json");
    assert!(twin.contains("makes the same address, primer/"), "{said:?}");
    assert!(!scratch.join("site").exists(), "nothing written");
}

#[test]
fn a_second_build_renders_only_the_datasets_that_changed_or_all_when_the_build_did() {
    let scratch = Scratch::new("again");
    let assets = assets(&scratch);
    let folder = datasets(&scratch, "datasets", &[(BOUND, "bound-to-russia.json"), (PRIMER, "primer.json")]);
    let out = scratch.join("site");
    build(&request(&assets, Source::Folder(folder.clone()), out.clone())).expect("built");
    let rendered =
        |built: &Built| built.pages.iter().filter(|p| p.rendered).map(|p| p.page.clone()).collect::<Vec<_>>();

    let again = build(&request(&assets, Source::Folder(folder.clone()), out.clone())).expect("built");
    assert!(rendered(&again).is_empty(), "nothing changed");
    assert!(read(out.join("bound-to-russia/index.html")).contains("Bound to Russia"), "the unchanged page is kept");

    let primer = read(folder.join("primer.json")).replace("Moscow: a primer", "Moscow: a first primer");
    std::fs::write(folder.join("primer.json"), primer).expect("written");
    let changed = build(&request(&assets, Source::Folder(folder.clone()), out.clone())).expect("built");
    assert_eq!(rendered(&changed), ["primer/index.html"]);
    assert!(read(out.join("primer/index.html")).contains("a first primer"));
    assert!(read(out.join("index.html")).contains("a first primer"), "the index follows");

    let mut new_build = request(&assets, Source::Folder(folder), out);
    new_build.renderer = "test, rebuilt".into();
    assert_eq!(rendered(&build(&new_build).expect("built")).len(), 2, "a new renderer renders every page");
}

#[test]
fn a_folder_that_holds_other_files_is_never_replaced() {
    let scratch = Scratch::new("other");
    let assets = assets(&scratch);
    let folder = datasets(&scratch, "datasets", &[(PRIMER, "primer.json")]);
    let out = scratch.join("mine");
    std::fs::create_dir_all(&out).expect("a folder");
    std::fs::write(out.join("thesis.md"), "my thesis").expect("written");
    let Err(error @ SiteError::NotASite(_)) = build(&request(&assets, Source::Folder(folder), out.clone())) else {
        panic!("refused")
    };
    assert!(error.to_string().contains("choose an empty or new folder"), "{error}");
    assert_eq!(read(out.join("thesis.md")), "my thesis");
}

#[test]
fn built_files_without_a_shell_are_refused() {
    let scratch = Scratch::new("noshell");
    let assets = assets(&scratch);
    let folder = datasets(&scratch, "datasets", &[(PRIMER, "primer.json")]);
    build(&request(&assets, Source::Article(folder.join("primer.json")), scratch.join("one"))).expect("built");
    // A rendered page is no shell.
    let Err(error @ SiteError::Assets(_)) =
        build(&request(&scratch.join("one"), Source::Folder(folder), scratch.join("site")))
    else {
        panic!("refused")
    };
    assert!(error.to_string().contains("is not a page shell"), "{error}");
}

#[test]
fn the_tool_says_which_file_is_refused_and_its_exit_status_says_what_was_built() {
    let scratch = Scratch::new("tool");
    let assets = assets(&scratch);
    let folder =
        datasets(&scratch, "datasets", &[(PRIMER, "primer.json"), ("tests/fixtures/broken/bad-json.json", "bad.json")]);
    let run = |extra: &[&str]| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_companion-site"))
            .arg("--assets")
            .arg(&assets)
            .args(extra)
            .arg(&folder)
            .arg(scratch.join("site"))
            .output()
            .expect("companion-site runs");
        let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
        (output.status.code(), text(&output.stdout), text(&output.stderr))
    };
    let (status, _, said) = run(&[]);
    assert_eq!(status, Some(3), "{said}");
    assert!(said.contains("bad.json:") && said.contains("nothing was written"), "{said}");
    assert!(!scratch.join("site").exists());

    let (status, said, _) = run(&["--keep-going"]);
    assert_eq!(status, Some(1), "{said}");
    assert!(said.contains("1 page (1 rendered, 0 unchanged), an index page"), "{said}");
    let left = said.find("left out, 1 file:").unwrap_or_else(|| panic!("nothing listed: {said}"));
    assert!(said[left..].contains("bad.json:"), "{said}");
    assert!(scratch.join("site/primer/index.html").is_file());

    let (status, _, said) = run(&["--base-url", "ftp://news.example/"]);
    assert_eq!(status, Some(2), "{said}");
}
