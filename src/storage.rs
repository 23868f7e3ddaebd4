//! The browser's local storage, where the page may use it. In a frame sandboxed without
//! `allow-same-origin`, or in a browser set to refuse site data, touching storage throws, and
//! gloo-storage with it: every read and write goes through here, so blocked storage means a
//! choice or a draft not kept, never a page that does not start.

use gloo_storage::{LocalStorage, Storage};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Whether the page may use storage.
pub(crate) fn available() -> bool {
    web_sys::window().is_some_and(|window| window.local_storage().is_ok_and(|storage| storage.is_some()))
}

/// The value kept under `key`, where storage is available and holds one that reads as `T`.
pub(crate) fn read<T: DeserializeOwned>(key: &str) -> Option<T> {
    available().then(|| LocalStorage::get(key).ok()).flatten()
}

/// Keeps `value` under `key`, where storage is available.
pub(crate) fn write<T: Serialize>(key: &str, value: T) {
    if available() {
        _ = LocalStorage::set(key, value);
    }
}

/// Forgets what is kept under `key`, where storage is available.
#[cfg(feature = "edit")]
pub(crate) fn forget(key: &str) {
    if available() {
        LocalStorage::delete(key);
    }
}
