//! One catalogue per language, each written for its readers (not word for word from English),
//! in the words their browsers and news sites use.

mod ar;
mod de;
mod en;
mod es;
mod fr;
mod sr_cyrl;
mod sr_latn;

pub(super) use ar::AR;
#[cfg(any(feature = "ssr", test))]
pub(super) use ar::SITE_AR;
pub(super) use de::DE;
#[cfg(any(feature = "ssr", test))]
pub(super) use de::SITE_DE;
pub(super) use en::EN;
#[cfg(any(feature = "ssr", test))]
pub(super) use en::SITE_EN;
pub(super) use es::ES;
#[cfg(any(feature = "ssr", test))]
pub(super) use es::SITE_ES;
pub(super) use fr::FR;
#[cfg(any(feature = "ssr", test))]
pub(super) use fr::SITE_FR;
#[cfg(any(feature = "ssr", test))]
pub(super) use sr_cyrl::SITE_SR_CYRL;
pub(super) use sr_cyrl::SR_CYRL;
#[cfg(any(feature = "ssr", test))]
pub(super) use sr_latn::SITE_SR_LATN;
pub(super) use sr_latn::SR_LATN;
