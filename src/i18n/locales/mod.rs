//! One catalogue per language, each written for its readers (not word for word from English),
//! in the words their browsers and news sites use. `open/`, which renders in the browser, carries
//! English only and fetches another language's (`fetched_words`).

#[cfg(not(feature = "open"))]
mod ar;
#[cfg(not(feature = "open"))]
mod de;
mod en;
#[cfg(not(feature = "open"))]
mod es;
#[cfg(not(feature = "open"))]
mod fr;
#[cfg(not(feature = "open"))]
mod sr_cyrl;
#[cfg(not(feature = "open"))]
mod sr_latn;

#[cfg(not(feature = "open"))]
pub(super) use ar::AR;
#[cfg(any(feature = "ssr", test))]
pub(super) use ar::SITE_AR;
#[cfg(not(feature = "open"))]
pub(super) use de::DE;
#[cfg(any(feature = "ssr", test))]
pub(super) use de::SITE_DE;
pub(super) use en::EN;
#[cfg(any(feature = "ssr", test))]
pub(super) use en::SITE_EN;
#[cfg(not(feature = "open"))]
pub(super) use es::ES;
#[cfg(any(feature = "ssr", test))]
pub(super) use es::SITE_ES;
#[cfg(not(feature = "open"))]
pub(super) use fr::FR;
#[cfg(any(feature = "ssr", test))]
pub(super) use fr::SITE_FR;
#[cfg(any(feature = "ssr", test))]
pub(super) use sr_cyrl::SITE_SR_CYRL;
#[cfg(not(feature = "open"))]
pub(super) use sr_cyrl::SR_CYRL;
#[cfg(any(feature = "ssr", test))]
pub(super) use sr_latn::SITE_SR_LATN;
#[cfg(not(feature = "open"))]
pub(super) use sr_latn::SR_LATN;
