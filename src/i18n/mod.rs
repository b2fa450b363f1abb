//! Interface text in every language Fulcrum speaks: the languages, choosing one, numbers and
//! dates in words, and the message catalogue — one trait per part of the widget, implemented
//! once per language (`en/`, `de/`), so a language missing a message does not compile.
//! Pure: no browser APIs; the shell passes in what the page and the browser ask for.
pub mod assessment;
pub mod common;
pub mod errors;
pub mod feedback;
pub mod growth;

mod de;
mod en;

use time::{Date, Month};

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    De,
}

/// Something with words for the user in every language: errors, mostly. Implemented beside
/// the catalogue for core types (`i18n::errors`, …) and in the browser layer for its own.
pub trait Localized {
    /// The words for the user, in `lang`.
    fn text(&self, lang: Lang) -> String;
}

/// The English catalogue (implements every `…Text` trait).
pub struct English;
/// The German catalogue (implements every `…Text` trait).
pub struct German;

impl Lang {
    /// Every language, the default first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// The BCP 47 tag, as used in `lang` attributes and `data-lang`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// The language of a BCP 47 tag, by its primary subtag: "de", "de-CH" and "DE" are German.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    /// The language to use: the page's choice (`data-lang` or the `lang` option) if Fulcrum
    /// has it, else the first of the browser's preferred languages it has, else English.
    pub fn negotiate<'a>(
        requested: Option<&str>,
        browser: impl IntoIterator<Item = &'a str>,
    ) -> Lang {
        requested
            .and_then(Lang::from_tag)
            .or_else(|| browser.into_iter().find_map(Lang::from_tag))
            .unwrap_or_default()
    }

    /// `tag` when text in that language sits in an interface in this one (for a `lang`
    /// attribute on it, so screen readers switch voices), `None` when it is this language.
    pub fn foreign(self, tag: &str) -> Option<&str> {
        (Lang::from_tag(tag) != Some(self) && !tag.is_empty()).then_some(tag)
    }

    /// A number with one decimal, with this language's decimal mark ("3.4", "3,4"). Integer
    /// arithmetic keeps float formatting out of the shipped wasm.
    pub fn one_decimal(self, x: f64) -> String {
        let text = crate::domain::scoring::one_decimal(x);
        match self {
            Lang::En => text,
            Lang::De => text.replace('.', ","),
        }
    }

    /// A signed difference with one decimal: "+0.4", "−0.2" (a real minus sign), "0.0".
    pub fn signed_one_decimal(self, x: f64) -> String {
        let tenths = (x * 10.0).round() as i64;
        let magnitude = self.one_decimal(tenths.unsigned_abs() as f64 / 10.0);
        match tenths.signum() {
            1 => format!("+{magnitude}"),
            -1 => format!("\u{2212}{magnitude}"),
            _ => magnitude,
        }
    }

    /// The name of a month.
    pub fn month(self, month: Month) -> &'static str {
        let n = month as usize - 1;
        match self {
            Lang::En => [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ][n],
            Lang::De => [
                "Januar",
                "Februar",
                "März",
                "April",
                "Mai",
                "Juni",
                "Juli",
                "August",
                "September",
                "Oktober",
                "November",
                "Dezember",
            ][n],
        }
    }

    /// A calendar date in words: "2 March 2026", "2. März 2026".
    pub fn date(self, day: Date) -> String {
        let (d, m, y) = (day.day(), self.month(day.month()), day.year());
        match self {
            Lang::En => format!("{d} {m} {y}"),
            Lang::De => format!("{d}. {m} {y}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn the_page_choice_wins_then_the_browser_then_english() {
        assert_eq!(Lang::negotiate(Some("de"), ["en-GB"]), Lang::De);
        assert_eq!(Lang::negotiate(Some("en"), ["de-DE"]), Lang::En);
        // A language Fulcrum does not have falls through to the browser's list.
        assert_eq!(
            Lang::negotiate(Some("fr"), ["fr-FR", "de-AT", "en"]),
            Lang::De
        );
        assert_eq!(Lang::negotiate(None, ["DE-ch"]), Lang::De);
        assert_eq!(Lang::negotiate(None, ["ja", "pt-BR"]), Lang::En);
        assert_eq!(Lang::negotiate(Some(""), []), Lang::En);
    }

    #[test]
    fn text_in_another_language_is_marked_with_its_tag() {
        assert_eq!(Lang::De.foreign("en"), Some("en"));
        assert_eq!(Lang::De.foreign("de-CH"), None);
        assert_eq!(Lang::En.foreign("en-GB"), None);
        assert_eq!(Lang::En.foreign("fr"), Some("fr"));
        assert_eq!(Lang::En.foreign(""), None);
    }

    #[test]
    fn numbers_and_dates_follow_the_language() {
        assert_eq!(Lang::En.one_decimal(3.45), "3.5");
        assert_eq!(Lang::De.one_decimal(3.45), "3,5");
        assert_eq!(Lang::En.signed_one_decimal(0.44), "+0.4");
        assert_eq!(Lang::De.signed_one_decimal(-0.2), "\u{2212}0,2");
        assert_eq!(Lang::De.signed_one_decimal(0.04), "0,0");
        assert_eq!(Lang::En.date(date!(2026 - 03 - 02)), "2 March 2026");
        assert_eq!(Lang::De.date(date!(2026 - 03 - 02)), "2. März 2026");
    }
}
