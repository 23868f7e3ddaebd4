//! A dataset from elsewhere (`?data=`, or `data-src` through the embed script): the address
//! checked, the file downloaded with gloo-net, then parsed and validated by the same code as the
//! built-in one. Whatever goes wrong becomes a [`LoadNotice`], and the built-in article is shown
//! instead.

use gloo_net::http::Request;
use leptos::prelude::window;

use crate::launch::{address_allowed, content_type_allowed};
use crate::model::{Checked, Dataset, DatasetError};
use crate::notice::{LoadNotice, MAX_DATASET_BYTES};

/// Loads the dataset at `given` (as written in the address): what of it can be shown, with the
/// problems left out of it, and its resolved address; or why none of it can be.
pub async fn load(given: &str) -> Result<(Checked, String), LoadNotice> {
    let (url, bytes) = download(given).await?;
    match checked(&bytes).await {
        Ok(checked) => Ok((checked, url)),
        Err(error) => Err(LoadNotice::Unusable { url, error }),
    }
}

/// The dataset in `bytes`, read in one task and validated in the next ones: for a long article
/// each takes a while, and the page answers in between. The bytes are decoded by the same code
/// as the checker's, not by the browser (which would replace what is not UTF-8 and carry on).
async fn checked(bytes: &[u8]) -> Result<Checked, DatasetError> {
    let read = Dataset::read_bytes(bytes)?;
    gloo_timers::future::TimeoutFuture::new(0).await;
    read.check_in_steps(|| gloo_timers::future::TimeoutFuture::new(0)).await
}

/// The resolved address and the bytes there.
pub async fn download(given: &str) -> Result<(String, Vec<u8>), LoadNotice> {
    let location = window().location();
    let refused = || LoadNotice::Address { given: given.to_owned() };
    let address = web_sys::Url::new_with_base(given, &location.href().unwrap_or_default()).map_err(|_| refused())?;
    if !address_allowed(&address.protocol(), &address.origin(), &location.origin().unwrap_or_default()) {
        return Err(refused());
    }
    let url = address.href();
    let failed = |status: Option<u16>, detail: String| LoadNotice::Download { url: url.clone(), status, detail };
    let response = Request::get(&url).send().await.map_err(|error| failed(None, error.to_string()))?;
    if !response.ok() {
        let status = response.status();
        return Err(failed(Some(status), format!("HTTP {status} {}", response.status_text())));
    }
    let headers = response.headers();
    if let Some(content_type) = headers.get("content-type").filter(|t| !content_type_allowed(t)) {
        return Err(LoadNotice::WrongType { url, content_type });
    }
    // Refused before the download where the server says how large it is, and after it anyway.
    let declared = headers.get("content-length").and_then(|n| n.trim().parse::<usize>().ok());
    if let Some(bytes) = declared.filter(|&bytes| bytes > MAX_DATASET_BYTES) {
        return Err(LoadNotice::TooLarge { url, bytes });
    }
    let bytes = response.binary().await.map_err(|error| failed(None, error.to_string()))?;
    if bytes.len() > MAX_DATASET_BYTES {
        return Err(LoadNotice::TooLarge { url, bytes: bytes.len() });
    }
    Ok((url, bytes))
}
