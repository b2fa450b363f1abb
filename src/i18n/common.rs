//! Text used on every page of the widget: the shell around the screens (storage notices,
//! confirmations, the language of the page).
use super::{English, German, Lang};

/// Text shared by every page.
pub trait CommonText {
    /// The widget's name as a landmark label.
    fn widget_label(&self) -> &'static str;
}

impl Lang {
    /// Text shared by every page, in this language.
    pub fn common(self) -> &'static dyn CommonText {
        match self {
            Lang::En => &English,
            Lang::De => &German,
        }
    }
}
