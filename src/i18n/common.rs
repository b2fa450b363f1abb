//! Text used on every page of the widget: the shell around the screens (storage notices,
//! confirmations, the language of the page).
use super::{English, German, Lang};
use crate::domain::feedback::{Column, RaterGroup};

/// Text shared by every page.
pub trait CommonText {
    /// The widget's name as a landmark label.
    fn widget_label(&self) -> &'static str;
    /// A rater group as a whole, as a table row or column heading: "Manager", "Peers",
    /// "Direct reports", "Other raters" (not "Others", which would read like the "others"
    /// baseline beside it), "Self".
    fn rater_group(&self, group: RaterGroup) -> &'static str;
    /// A report column: a group, or the small groups pooled ("Others (combined)").
    fn column(&self, column: Column) -> &'static str {
        match column {
            Column::Group(g) => self.rater_group(g),
            Column::Combined => self.combined_groups(),
        }
    }
    /// The column pooling groups too small to show on their own.
    fn combined_groups(&self) -> &'static str;
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
