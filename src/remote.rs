//! A dataset from elsewhere (`?data=`, or `data-src` through the embed script): the address
//! checked, the file downloaded, then parsed and validated by the same code as the built-in one.
//! Whatever goes wrong becomes a [`LoadNotice`], and the built-in article is shown instead.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::app::Loaded;
use crate::data::embedded;
use crate::dom::{next_task, window};
use crate::launch::address_allowed;
use crate::markup::notice::banner;
use crate::model::{Checked, Dataset, DatasetError};
use crate::notice::{LoadNotice, MAX_DATASET_BYTES};

/// Loads the dataset at `given` (as written in the address), falling back to the built-in one;
/// the banner says what went wrong, if anything did.
pub async fn load(given: String) -> Loaded {
    let notice = match download(&given).await {
        Err(notice) => notice,
        Ok((url, text)) => match checked(&text).await {
            Err(error) => LoadNotice::Unusable { url, error },
            Ok(Checked { dataset, problems }) => {
                let dataset = &*Box::leak(Box::new(Ok(dataset)));
                let banner =
                    (!problems.is_empty()).then(|| banner(Box::leak(Box::new(LoadNotice::Partial { url, problems }))));
                return Loaded { dataset, banner };
            }
        },
    };
    Loaded { dataset: embedded(), banner: Some(banner(Box::leak(Box::new(notice)))) }
}

/// The dataset in `text`, read in one task and validated in the next: for a long article each
/// takes a while, and the page answers in between.
async fn checked(text: &str) -> Result<Checked, DatasetError> {
    let read = Dataset::read(text)?;
    next_task().await;
    read.check()
}

/// The resolved address and the text there.
async fn download(given: &str) -> Result<(String, String), LoadNotice> {
    let window = window();
    let location = window.location();
    let page = location.href().unwrap_or_default();
    let refused = || LoadNotice::Address { given: given.to_owned() };
    let address = web_sys::Url::new_with_base(given, &page).map_err(|_| refused())?;
    if !address_allowed(&address.protocol(), &address.origin(), &location.origin().unwrap_or_default()) {
        return Err(refused());
    }
    let url = address.href();
    let failed = |status: Option<u16>, detail: String| LoadNotice::Download { url: url.clone(), status, detail };
    let response: Response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .and_then(JsCast::dyn_into)
        .map_err(|error| failed(None, describe(&error)))?;
    if !response.ok() {
        let status = response.status();
        return Err(failed(Some(status), format!("HTTP {status} {}", response.status_text())));
    }
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise).await.map_err(|error| failed(None, describe(&error)))?,
        Err(error) => return Err(failed(None, describe(&error))),
    };
    let text = text.as_string().unwrap_or_default();
    if text.len() > MAX_DATASET_BYTES {
        return Err(LoadNotice::TooLarge { url, bytes: text.len() });
    }
    Ok((url, text))
}

/// A JavaScript error's message, for the technical detail.
fn describe(error: &JsValue) -> String {
    error.dyn_ref::<js_sys::Error>().map_or_else(|| format!("{error:?}"), |e| String::from(e.message()))
}
