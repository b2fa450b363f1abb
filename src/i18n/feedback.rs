//! The peer feedback page in every language: asking for feedback, giving it, adding responses
//! and the 360 report; also the words for the feedback area's errors.
use super::{English, German, Lang, Localized};
use crate::domain::feedback::{GroupCount, RaterGroup, Rejection};
use crate::domain::feedback_request::RequestProblem;
use crate::domain::instrument::FeedbackRules;
use crate::domain::peer_draft::PeerError;
use time::Date;

/// What importing one file or code did, as the results table names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportResult {
    Added,
    AlreadyImported,
    Conflict,
    Rejected,
}

/// Text of the peer feedback page.
pub trait FeedbackText {
    // Shared words.
    /// A rater group as named when asking and listing responses ("Others", not "Other raters").
    fn group_label(&self, group: RaterGroup) -> &'static str;
    fn back(&self) -> &'static str;
    fn back_to_start(&self) -> &'static str;
    /// "Feedback for Ada": a heading on the rater's and the subject's screens.
    fn feedback_for(&self, name: &str) -> String;
    fn downloaded(&self, file: &str) -> String;
    /// A chosen file that could not be opened, and why.
    fn file_not_opened(&self, name: &str, reason: &str) -> String;
    fn link_not_opened(&self, reason: &str) -> String;

    // Start screen.
    fn home_heading(&self) -> &'static str;
    fn home_intro(&self) -> &'static str;
    fn ask_colleagues(&self) -> &'static str;
    fn your_requests(&self) -> &'static str;
    fn giving_heading(&self) -> &'static str;
    fn request_item(&self, created: Date, responses: usize) -> String;
    fn giving_item(&self, name: &str, answered: usize, total: usize) -> String;
    fn request_file_label(&self) -> &'static str;
    fn own_assessment_link(&self) -> &'static str;

    // The request form.
    fn request_form_lead(&self) -> &'static str;
    fn fix_problems(&self, count: usize) -> String;
    fn name_label(&self) -> &'static str;
    fn message_label(&self) -> &'static str;
    fn due_label(&self) -> &'static str;
    fn groups_legend(&self) -> &'static str;
    fn cancel(&self) -> &'static str;
    fn create_request(&self) -> &'static str;
    /// A problem with the request form, shown beside its field.
    fn request_problem(&self, problem: &RequestProblem) -> String;

    // The request hub.
    fn request_missing(&self) -> &'static str;
    fn link_copied(&self) -> &'static str;
    fn not_read(&self, source: &str, reason: &str) -> String;
    fn import_result(&self, result: ImportResult) -> &'static str;
    fn added_from(&self, group: RaterGroup) -> String;
    fn already_here(&self) -> &'static str;
    fn conflict_detail(&self) -> &'static str;
    fn import_summary(&self, inputs: usize, added: usize) -> String;
    fn responses_not_saved(&self, reason: &str) -> String;
    fn response_removed(&self) -> &'static str;
    /// One kept response: "Peers · response 1a2b3c4d · anonymous ".
    fn response_item(&self, group: RaterGroup, short_id: &str, rater: Option<&str>) -> String;
    fn conflict_waiting(&self) -> &'static str;
    fn keep_this(&self) -> &'static str;
    fn use_new_copy(&self) -> &'static str;
    fn remove_response(&self, short_id: &str) -> String;
    fn request_summary(&self, created: Date, groups: &[RaterGroup]) -> String;
    fn due_on(&self, due: Date) -> String;
    fn complete_self_first(&self) -> &'static str;
    fn send_heading(&self) -> &'static str;
    fn send_text(&self) -> &'static str;
    fn link_label(&self) -> &'static str;
    fn copy_link(&self) -> &'static str;
    fn download_request(&self) -> &'static str;
    fn add_heading(&self) -> &'static str;
    fn results_caption(&self) -> &'static str;
    fn column_source(&self) -> &'static str;
    fn column_result(&self) -> &'static str;
    fn column_why(&self) -> &'static str;
    fn responses_heading(&self, count: usize) -> String;
    fn none_yet(&self) -> &'static str;
    fn report_heading(&self) -> &'static str;

    // Adding responses.
    fn file_unreadable(&self, reason: &str) -> String;
    fn pasted_code(&self, number: usize) -> String;
    fn response_files_label(&self) -> &'static str;
    fn response_codes_label(&self) -> &'static str;
    fn add_pasted(&self) -> &'static str;

    // Giving feedback.
    fn request_gone(&self) -> &'static str;
    fn open_again(&self) -> &'static str;
    fn start(&self) -> &'static str;
    fn continue_answered(&self, answered: usize, total: usize) -> String;
    fn due_by(&self, name: &str, due: Date) -> String;
    fn peer_lead(&self, name: &str, practices: usize) -> String;
    fn privacy_label(&self) -> &'static str;
    fn privacy_contents(&self, name: &str) -> String;
    fn privacy_anonymity(&self, name: &str, min_group_size: u32) -> String;
    fn group_question(&self, name: &str) -> String;
    /// "I am Ada's manager", phrased for each group.
    fn group_phrase(&self, group: RaterGroup, name: &str) -> String;
    fn rater_name_label(&self) -> &'static str;
    fn not_now(&self) -> &'static str;
    fn next_practice(&self, title: &str) -> String;
    fn review_my_answers(&self) -> &'static str;
    fn peer_progress(&self, step: usize, steps: usize, answered: usize, total: usize) -> String;
    fn peer_kicker(&self, name: &str, step: usize, steps: usize) -> String;
    fn peer_instructions(&self, name: &str) -> String;
    fn peer_comment_label(&self, name: &str, practice: &str) -> String;
    fn unanswered_in(&self, practice: &str, count: usize) -> String;
    fn answer_these(&self, practice: &str) -> String;
    fn review_heading(&self, name: &str) -> String;
    fn choose_group(&self) -> &'static str;
    fn all_answered(&self) -> &'static str;
    fn create_response(&self) -> &'static str;
    fn code_copied(&self) -> &'static str;
    fn ready_heading(&self, name: &str) -> String;
    fn send_lead(&self, name: &str) -> String;
    fn response_contents(&self, group: RaterGroup, rater: Option<&str>) -> String;
    fn download_response(&self) -> &'static str;
    fn copy_code(&self) -> &'static str;
    fn code_label(&self) -> &'static str;
    fn change_answers(&self) -> &'static str;
    fn done(&self) -> &'static str;
    fn peer_error(&self, error: &PeerError) -> String;
    fn rejection(&self, error: &Rejection) -> String;

    // The 360 report.
    fn not_shown(&self) -> &'static str;
    fn responses_count(&self, count: usize) -> String;
    fn column_you(&self) -> &'static str;
    fn column_others(&self) -> &'static str;
    fn column_spread(&self) -> &'static str;
    fn column_gap(&self) -> &'static str;
    fn column_practice(&self) -> &'static str;
    fn column_statement(&self) -> &'static str;
    fn range(&self, min: f64, max: f64) -> String;
    fn std_dev(&self, sd: f64) -> String;
    fn low_consensus(&self) -> &'static str;
    fn blind_spot(&self) -> &'static str;
    fn hidden_strength(&self) -> &'static str;
    fn rules_heading(&self) -> &'static str;
    /// The anonymity rules applied, in plain words.
    fn anonymity_rules(&self, rules: FeedbackRules) -> Vec<String>;
    /// How much of a group the report shows.
    fn shown_as(&self, group: &GroupCount, min_group_size: u32) -> String;
    fn no_feedback_heading(&self) -> &'static str;
    fn no_responses_yet(&self, name: &str) -> String;
    fn no_feedback_text(&self) -> &'static str;
    /// The report's first sentence; `scale` is the lowest and highest scale point's label.
    fn report_intro(&self, name: &str, colleagues: usize, scale: Option<(&str, &str)>) -> String;
    fn no_self_notice(&self) -> &'static str;
    fn who_heading(&self) -> &'static str;
    fn responded(&self, colleagues: usize) -> String;
    fn groups_table_label(&self) -> &'static str;
    fn groups_caption(&self) -> &'static str;
    fn column_rater_group(&self) -> &'static str;
    fn column_responses(&self) -> &'static str;
    fn column_shown(&self) -> &'static str;
    fn folded_groups(&self, groups: &[RaterGroup], min_group_size: u32, responses: usize)
        -> String;
    fn withheld_groups(
        &self,
        groups: &[RaterGroup],
        responses: usize,
        min_group_size: u32,
    ) -> String;
    fn none_shown_heading(&self) -> &'static str;
    fn none_shown_text(&self, min_group_size: u32) -> String;
    fn table_hint(&self, rules: FeedbackRules) -> String;
    fn practices_heading(&self) -> &'static str;
    fn practices_table_label(&self) -> &'static str;
    fn practices_caption(&self) -> &'static str;
    fn statements_summary(&self, practice: &str, statements: usize) -> String;
    fn statements_table_label(&self, practice: &str) -> String;
    fn statements_caption(&self, practice: &str) -> String;
    fn statements_heading(&self) -> &'static str;
    fn statements_hint(&self) -> &'static str;
    fn none(&self) -> &'static str;
    fn notable_figures(&self, you: Option<f64>, others: Option<f64>, gap: Option<f64>) -> String;
    fn set_goal(&self) -> &'static str;
    fn set_goal_about(&self, statement: &str) -> String;
    fn blind_spots_heading(&self) -> &'static str;
    fn blind_spots_text(&self, rules: FeedbackRules) -> String;
    fn hidden_strengths_heading(&self) -> &'static str;
    fn hidden_strengths_text(&self, rules: FeedbackRules) -> String;
    fn comments_heading(&self) -> &'static str;
    fn comments_intro(&self, comments: usize, min_group_size: u32) -> String;
    fn practice_comments(&self, comments: usize) -> String;
    fn chart_label(&self) -> &'static str;
    fn chart_others(&self) -> &'static str;
    fn chart_not_shown(&self) -> &'static str;
}

impl Lang {
    /// Text of the peer feedback page, in this language.
    pub fn feedback(self) -> &'static dyn FeedbackText {
        match self {
            Lang::En => &English,
            Lang::De => &German,
        }
    }

    /// A threshold with up to two decimals ("1.0", "0.75"; German "1,0", "−1,5").
    pub(crate) fn threshold(self, x: f64) -> String {
        let text = crate::domain::feedback::threshold(x);
        match self {
            Lang::En => text,
            Lang::De => text.replace('.', ",").replace('-', "\u{2212}"),
        }
    }
}

impl Localized for PeerError {
    fn text(&self, lang: Lang) -> String {
        lang.feedback().peer_error(self)
    }
}

impl Localized for Rejection {
    fn text(&self, lang: Lang) -> String {
        lang.feedback().rejection(self)
    }
}

/// "a", "a and b", "a, b and c", with this language's "and".
pub(crate) fn and_list(words: &[&str], and: &str) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// The first letter in upper case, for a list that starts a sentence.
pub(crate) fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::feedback::Visibility;
    use time::macros::date;

    const EN: &dyn FeedbackText = &English;
    const DE: &dyn FeedbackText = &German;

    fn rules() -> FeedbackRules {
        FeedbackRules {
            min_group_size: 3,
            blind_spot_gap: 1.0,
            hidden_strength_gap: -1.0,
        }
    }

    #[test]
    fn thresholds_follow_the_language() {
        assert_eq!(Lang::En.threshold(1.0), "1.0");
        assert_eq!(Lang::En.threshold(0.75), "0.75");
        assert_eq!(Lang::En.threshold(-1.5), "-1.5");
        assert_eq!(Lang::En.threshold(-0.25), "-0.25");
        assert_eq!(Lang::De.threshold(0.75), "0,75");
        assert_eq!(Lang::De.threshold(-1.5), "\u{2212}1,5");
    }

    #[test]
    fn lists_in_words() {
        assert_eq!(and_list(&[], "and"), "");
        assert_eq!(and_list(&["peers"], "and"), "peers");
        assert_eq!(and_list(&["a", "b", "c"], "and"), "a, b and c");
        assert_eq!(and_list(&["a", "b"], "sowie"), "a sowie b");
        assert_eq!(capitalized("peers and others"), "Peers and others");
        assert_eq!(capitalized(""), "");
    }

    #[test]
    fn counts_and_plurals() {
        let day = date!(2026 - 03 - 02);
        assert_eq!(
            EN.request_item(day, 1),
            "Request of 2 March 2026 (1 response(s))"
        );
        assert_eq!(
            DE.request_item(day, 1),
            "Anfrage vom 2. März 2026 (1 Rückmeldung)"
        );
        assert_eq!(
            DE.request_item(day, 4),
            "Anfrage vom 2. März 2026 (4 Rückmeldungen)"
        );
        assert_eq!(
            EN.giving_item("Ada", 3, 24),
            "Feedback for Ada (3 of 24 answered)"
        );
        assert_eq!(
            DE.giving_item("Ada", 3, 24),
            "Feedback für Ada (3 von 24 beantwortet)"
        );
        assert_eq!(EN.fix_problems(2), "Please fix 2 thing(s) below.");
        assert_eq!(
            DE.fix_problems(1),
            "Bitte korrigieren Sie die folgende Angabe."
        );
        assert_eq!(
            DE.fix_problems(3),
            "Bitte korrigieren Sie die folgenden 3 Angaben."
        );
        assert_eq!(
            EN.import_summary(3, 1),
            "3 input(s) checked, 1 response(s) added."
        );
        assert_eq!(
            DE.import_summary(1, 1),
            "1 Eingabe geprüft, 1 Rückmeldung hinzugefügt."
        );
        assert_eq!(
            DE.import_summary(3, 0),
            "3 Eingaben geprüft, 0 Rückmeldungen hinzugefügt."
        );
        assert_eq!(EN.responses_count(1), "1 response");
        assert_eq!(EN.responses_count(3), "3 responses");
        assert_eq!(DE.responses_count(1), "1 Rückmeldung");
        assert_eq!(DE.responses_count(3), "3 Rückmeldungen");
        assert_eq!(EN.responses_heading(2), "Responses (2)");
        assert_eq!(DE.responses_heading(2), "Rückmeldungen (2)");
        assert_eq!(EN.responded(1), "1 colleague responded.");
        assert_eq!(EN.responded(4), "4 colleagues responded.");
        assert_eq!(DE.responded(1), "1 Person hat geantwortet.");
        assert_eq!(DE.responded(4), "4 Personen haben geantwortet.");
        assert_eq!(
            EN.statements_summary("1. Delegating", 1),
            "1. Delegating (1 statement)"
        );
        assert_eq!(
            EN.statements_summary("1. Delegating", 3),
            "1. Delegating (3 statements)"
        );
        assert_eq!(
            DE.statements_summary("1. Delegieren", 1),
            "1. Delegieren (1 Aussage)"
        );
        assert_eq!(
            DE.statements_summary("1. Delegieren", 3),
            "1. Delegieren (3 Aussagen)"
        );
        assert_eq!(
            EN.practice_comments(1),
            "1 comment, in an order that does not reveal who wrote them."
        );
        assert_eq!(
            DE.practice_comments(1),
            "1 Kommentar, in einer Reihenfolge, die nicht verrät, wer ihn geschrieben hat."
        );
        assert!(DE.practice_comments(2).starts_with("2 Kommentare, "));
        assert!(EN
            .comments_intro(0, 3)
            .starts_with("No comments can be shown."));
        assert!(EN.comments_intro(2, 3).starts_with("2 comments in all."));
        assert!(DE
            .comments_intro(1, 3)
            .starts_with("Insgesamt 1 Kommentar."));
        assert!(DE
            .comments_intro(0, 4)
            .contains("mindestens 4 Rückmeldungen"));
    }

    #[test]
    fn steps_and_progress() {
        assert_eq!(EN.continue_answered(2, 24), "Continue (2 of 24 answered)");
        assert_eq!(
            DE.continue_answered(2, 24),
            "Fortsetzen (2 von 24 beantwortet)"
        );
        assert_eq!(
            EN.peer_progress(2, 8, 5, 24),
            "Step 2 of 8 · 5 of 24 statements answered"
        );
        assert_eq!(
            DE.peer_progress(2, 8, 5, 24),
            "Schritt 2 von 8 · 5 von 24 Aussagen beantwortet"
        );
        assert_eq!(
            EN.peer_kicker("Ada", 2, 8),
            "Feedback for Ada · practice 2 of 8"
        );
        assert_eq!(
            DE.peer_kicker("Ada", 2, 8),
            "Feedback für Ada · Praxis 2 von 8"
        );
        assert_eq!(
            EN.unanswered_in("Delegating", 2),
            "Delegating: 2 unanswered "
        );
        assert_eq!(
            DE.unanswered_in("Delegieren", 2),
            "Delegieren: 2 unbeantwortet "
        );
        assert!(EN.peer_lead("Ada", 8).contains("practise 8 habits"));
        assert!(DE.peer_lead("Ada", 8).contains("8 Praktiken"));
        assert!(EN.privacy_anonymity("Ada", 3).contains("at least 3 people"));
        assert!(DE
            .privacy_anonymity("Ada", 3)
            .contains("mindestens 3 Personen"));
    }

    #[test]
    fn dates_follow_the_language() {
        let day = date!(2026 - 12 - 01);
        assert_eq!(EN.due_by("Ada", day), "Ada asks for it by 1 December 2026.");
        assert_eq!(
            DE.due_by("Ada", day),
            "Ada bittet um Ihre Antwort bis zum 1. Dezember 2026."
        );
        assert_eq!(EN.due_on(day), " Due 1 December 2026.");
        assert_eq!(DE.due_on(day), " Fällig am 1. Dezember 2026.");
        let groups = [RaterGroup::Manager, RaterGroup::Peer, RaterGroup::Other];
        assert_eq!(
            EN.request_summary(day, &groups),
            "Request of 1 December 2026, asking: Manager, Peers, Others."
        );
        assert_eq!(
            DE.request_summary(day, &groups),
            "Anfrage vom 1. Dezember 2026 an: Führungskraft, Kolleginnen und Kollegen, Weitere Feedbackgebende."
        );
    }

    #[test]
    fn groups_and_responses() {
        assert_eq!(EN.group_label(RaterGroup::Other), "Others");
        assert_eq!(DE.group_label(RaterGroup::DirectReport), "Mitarbeitende");
        assert_eq!(
            EN.added_from(RaterGroup::Peer),
            "A response from the group Peers."
        );
        assert_eq!(
            DE.added_from(RaterGroup::Peer),
            "Eine Rückmeldung aus der Gruppe „Kolleginnen und Kollegen“."
        );
        assert_eq!(
            EN.response_item(RaterGroup::Peer, "1a2b", None),
            "Peers · response 1a2b · anonymous "
        );
        assert_eq!(
            EN.response_item(RaterGroup::Manager, "1a2b", Some("Bo")),
            "Manager · response 1a2b · from Bo "
        );
        assert_eq!(
            DE.response_item(RaterGroup::Manager, "1a2b", Some("Bo")),
            "Führungskraft · Rückmeldung 1a2b · von Bo "
        );
        assert_eq!(
            DE.response_item(RaterGroup::Peer, "1a2b", None),
            "Kolleginnen und Kollegen · Rückmeldung 1a2b · anonym "
        );
        assert_eq!(
            EN.group_phrase(RaterGroup::Manager, "Ada"),
            "I am Ada's manager"
        );
        assert_eq!(
            EN.group_phrase(RaterGroup::DirectReport, "Ada"),
            "I report to Ada"
        );
        assert_eq!(
            DE.group_phrase(RaterGroup::DirectReport, "Ada"),
            "Ada ist meine Führungskraft"
        );
        assert_eq!(
            DE.group_phrase(RaterGroup::Manager, "Ada"),
            "Ich bin die Führungskraft von Ada"
        );
        assert_eq!(
            EN.response_contents(RaterGroup::Other, None),
            "It contains your ratings and comments, the group you chose (Others) and a random response number, but not your name."
        );
        assert_eq!(
            DE.response_contents(RaterGroup::Peer, Some("Bo")),
            "Es enthält Ihre Bewertungen und Kommentare, die gewählte Gruppe (Kolleginnen und Kollegen) und eine zufällige Rückmeldungsnummer, außerdem Ihren Namen (Bo)."
        );
    }

    #[test]
    fn report_figures_follow_the_language() {
        assert_eq!(EN.range(2.0, 4.5), "2.0–4.5");
        assert_eq!(DE.range(2.0, 4.5), "2,0–4,5");
        assert_eq!(EN.std_dev(1.25), "SD 1.3");
        assert_eq!(DE.std_dev(0.8), "SD 0,8");
        assert_eq!(
            EN.notable_figures(Some(2.0), Some(4.5), Some(-2.5)),
            "you 2.0, others 4.5, gap \u{2212}2.5"
        );
        assert_eq!(
            DE.notable_figures(Some(4.0), None, None),
            "Sie 4,0, andere —, Abstand —"
        );
        assert_eq!(
            DE.notable_figures(Some(4.5), Some(3.0), Some(1.5)),
            "Sie 4,5, andere 3,0, Abstand +1,5"
        );
        assert!(EN
            .table_hint(rules())
            .contains("a gap of +1.0 or more, “Hidden strength” one of -1.0 or less"));
        assert!(DE.table_hint(rules()).contains(
            "Abstand von +1,0 oder mehr, „Verborgene Stärke“ einen von \u{2212}1,0 oder weniger"
        ));
        assert!(EN
            .blind_spots_text(rules())
            .contains("at least 1.0 points higher"));
        assert!(DE
            .hidden_strengths_text(rules())
            .contains("mindestens 1,0 Punkte höher"));
    }

    #[test]
    fn the_report_in_words() {
        assert_eq!(
            EN.report_intro("Ada", 3, Some(("Never", "Always"))),
            "Feedback about Ada from 3 colleagues, set against Ada's own ratings (“You”). Ratings run from 1 (“Never”) to 5 (“Always”)."
        );
        assert_eq!(
            EN.report_intro("", 1, None),
            "Feedback from 1 colleague, set against your own ratings (“You”)."
        );
        assert_eq!(
            DE.report_intro("Ada", 1, Some(("Nie", "Immer"))),
            "Feedback zu Ada von 1 Person, den eigenen Bewertungen von Ada („Sie“) gegenübergestellt. Die Bewertungen reichen von 1 („Nie“) bis 5 („Immer“)."
        );
        assert_eq!(
            EN.no_responses_yet("Ada"),
            "No responses about Ada have been imported yet, so there is nothing to compare."
        );
        assert_eq!(
            DE.no_responses_yet(""),
            "Es wurden noch keine Rückmeldungen importiert, daher gibt es nichts zu vergleichen."
        );
        let pooled = [RaterGroup::Peer, RaterGroup::Other];
        assert_eq!(
            EN.folded_groups(&pooled, 3, 3),
            "Peers and other raters have fewer than 3 responses each, so their ratings and comments are folded together into “Others (combined)”, 3 responses in all."
        );
        assert_eq!(
            DE.folded_groups(&pooled, 3, 3),
            "Für Kolleginnen und Kollegen sowie weitere Feedbackgebende liegen jeweils weniger als 3 Rückmeldungen vor; ihre Bewertungen und Kommentare werden daher unter „Weitere (zusammengefasst)“ zusammengefasst, insgesamt 3 Rückmeldungen."
        );
        assert!(EN
            .withheld_groups(&[RaterGroup::DirectReport], 2, 3)
            .starts_with("Direct reports have too few responses"));
        assert!(DE
            .withheld_groups(&[RaterGroup::DirectReport], 2, 3)
            .contains("(2 insgesamt, weniger als 3)"));
        let g = |group, responses, visibility| GroupCount {
            group,
            responses,
            visibility,
        };
        assert_eq!(
            EN.shown_as(&g(RaterGroup::Peer, 0, Visibility::CountOnly), 3),
            "No responses"
        );
        assert_eq!(
            EN.shown_as(&g(RaterGroup::Manager, 1, Visibility::OnItsOwn), 3),
            "Shown in its own column (a manager is shown from one response)"
        );
        assert_eq!(
            EN.shown_as(&g(RaterGroup::Peer, 2, Visibility::Combined), 3),
            "Folded into “Others (combined)” — fewer than 3 responses on its own"
        );
        assert_eq!(
            DE.shown_as(&g(RaterGroup::Peer, 2, Visibility::CountOnly), 4),
            "Nur die Anzahl: weniger als 4 Rückmeldungen, auch zusammen mit den anderen kleinen Gruppen"
        );
        assert!(EN.none_shown_text(3).contains("reaches 3 responses"));
        assert!(DE.none_shown_text(3).contains("3 Rückmeldungen erreicht"));
    }

    #[test]
    fn anonymity_rules_in_both_languages() {
        let en = EN.anonymity_rules(rules());
        assert_eq!(en, crate::domain::feedback::rules_in_words(rules()));
        assert!(en[6].starts_with("Gap = your rating − others' average. A gap of +1.0 or more"));
        let de = DE.anonymity_rules(FeedbackRules {
            min_group_size: 4,
            ..rules()
        });
        assert_eq!(de.len(), en.len());
        assert!(de[0].contains("mindestens 4 Personen"));
        assert!(de[6].contains("+1,0 oder mehr") && de[6].contains("\u{2212}1,0 oder weniger"));
    }

    #[test]
    fn errors_in_both_languages() {
        let incomplete = PeerError::Incomplete(2);
        assert_eq!(incomplete.text(Lang::En), incomplete.to_string());
        assert_eq!(
            incomplete.text(Lang::De),
            "2 Aussagen haben noch keine Antwort. Wählen Sie für jede eine Bewertung oder „Nicht beobachtet“."
        );
        assert!(PeerError::Incomplete(1)
            .text(Lang::De)
            .starts_with("1 Aussage hat"));
        assert!(PeerError::NoGroup("Ada".into())
            .text(Lang::De)
            .starts_with("Wählen Sie, wie Sie mit Ada zusammenarbeiten"));
        let other = Rejection::OtherRequest {
            expected: "a".into(),
            found: "b".into(),
        };
        assert_eq!(other.text(Lang::En), other.to_string());
        for r in [
            other,
            Rejection::NotARater,
            Rejection::UnresolvedConflict("x".into()),
            Rejection::NotFound("x".into()),
            Rejection::NoConflict("x".into()),
        ] {
            assert!(
                r.text(Lang::De).ends_with("es wurde nichts geändert."),
                "{r:?}"
            );
        }
        let twice = RequestProblem::Twice(RaterGroup::Peer);
        assert_eq!(EN.request_problem(&twice), "\"Peers\" is listed twice.");
        assert_eq!(
            DE.request_problem(&twice),
            "„Kolleginnen und Kollegen“ ist doppelt aufgeführt."
        );
        assert_eq!(
            EN.request_problem(&RequestProblem::NameTooLong),
            "Use at most 80 characters for your name."
        );
        assert_eq!(
            DE.request_problem(&RequestProblem::MessageTooLong),
            "Die Nachricht darf höchstens 1000 Zeichen lang sein."
        );
        assert_eq!(
            EN.request_problem(&RequestProblem::DueNotADate),
            "Enter the due date as a date, or leave it empty."
        );
    }
}
