//! Reading Companion: a long-form article with notes a reader opens by hovering, focusing or
//! tapping a phrase.
//!
//! The map: a **dataset** (JSON, [`data`]) is parsed and validated by the [`model`] into an
//! article cut into segments; [`placement`] is the layout maths for cards; [`state`] holds the one
//! piece of shared reactive state (which card is open); [`components`] render it all, composed by
//! [`app`].

pub mod app;
pub mod card_state;
pub mod components;
pub mod data;
pub mod model;
pub mod placement;
pub mod state;
