//! Text of the self-assessment page: welcome, the practice steps, progress, review, results,
//! past takes, opening a file, starting over; and the words for `SessionError`.
use super::{English, German, Lang, Localized};
use crate::domain::scoring::Balance;
use crate::domain::session::SessionError;
use time::Date;

/// Text of the self-assessment page.
pub trait AssessmentText {
    // Welcome.
    /// The main button while a take is in progress.
    fn continue_where_left_off(&self, answered: usize, total: usize) -> String;
    fn start_assessment(&self) -> &'static str;
    fn take_assessment_again(&self) -> &'static str;
    fn start_from_last_answers(&self) -> &'static str;
    /// How long it takes, from the questionnaire.
    fn about_minutes(&self, minutes: u32) -> String;
    /// The questionnaire's size: practices, statements, one step each.
    fn size_facts(&self, practices: usize, statements: usize) -> String;
    fn stop_any_time(&self) -> &'static str;
    fn privacy(&self) -> &'static str;
    /// The link to the growth page.
    fn progress_and_goals_link(&self) -> &'static str;
    fn feedback_heading(&self) -> &'static str;
    fn feedback_intro(&self) -> &'static str;
    fn feedback_link(&self) -> &'static str;
    fn your_data_heading(&self) -> &'static str;
    fn delete_data(&self) -> &'static str;
    fn delete_data_question(&self) -> &'static str;
    fn delete_data_confirm(&self) -> &'static str;

    // A practice step.
    fn back_to_start(&self) -> &'static str;
    fn back(&self) -> &'static str;
    /// The forward button, naming the next practice.
    fn next_practice(&self, title: &str) -> String;
    /// The forward button on the last practice.
    fn review_my_answers(&self) -> &'static str;
    /// The kicker above a practice's title.
    fn practice_of(&self, number: usize, steps: usize) -> String;
    fn self_instructions(&self) -> &'static str;
    fn comment_label(&self, practice: &str) -> String;
    fn comment_hint(&self) -> &'static str;

    // Progress and the step list.
    fn practices_nav_label(&self) -> &'static str;
    fn step_of(&self, number: usize, steps: usize) -> String;
    /// Where the user is when on the review.
    fn review_step(&self) -> &'static str;
    /// The progress line: where (`step_of` or `review_step`), then statements answered.
    fn progress(&self, step: &str, answered: usize, total: usize) -> String;
    /// For screen readers after a step's title (starts with ", ").
    fn step_answered(&self, done: usize, total: usize) -> String;
    fn review_and_results(&self) -> &'static str;

    // Review.
    fn review_heading(&self) -> &'static str;
    fn all_answered(&self, total: usize) -> String;
    fn see_my_results(&self) -> &'static str;
    fn still_missing(&self, missing: usize, total: usize) -> String;
    /// A practice with unanswered statements, as a heading.
    fn gap_heading(&self, practice: &str, unanswered: usize) -> String;
    fn answer_these_in(&self, practice: &str) -> String;

    // Results.
    fn results_heading(&self) -> &'static str;
    fn completed_on(&self, day: Date) -> String;
    fn balance_heading(&self) -> &'static str;
    /// The balance between the two indexes in words.
    fn balance(&self, balance: Balance) -> String;
    fn technical_index(&self) -> &'static str;
    fn leadership_index(&self) -> &'static str;
    /// A score with one decimal, or that there are no answers to score.
    fn score(&self, mean: Option<f64>) -> String;
    /// A score on the 1–5 scale: "3.4 of 5".
    fn score_of_five(&self, score: &str) -> String;
    fn scores_heading(&self) -> &'static str;
    fn scores_caption(&self) -> &'static str;
    fn practice_column(&self) -> &'static str;
    fn score_column(&self) -> &'static str;
    /// The radar chart's accessible name.
    fn radar_label(&self) -> &'static str;
    fn strongest_heading(&self) -> &'static str;
    fn grow_heading(&self) -> &'static str;
    fn set_goal_for(&self, practice: &str) -> String;
    fn download_results(&self) -> &'static str;
    fn continue_take_in_progress(&self) -> &'static str;
    fn take_it_again(&self) -> &'static str;

    // Past takes, pre-filled takes.
    fn past_heading(&self) -> &'static str;
    fn results_of(&self, day: Date) -> String;
    fn prefilled_from(&self, day: Date) -> String;

    // Starting over.
    fn start_over(&self) -> &'static str;
    fn start_over_question(&self) -> &'static str;
    fn start_over_confirm(&self) -> &'static str;
    fn started_over(&self) -> &'static str;

    // Opening a self-assessment file.
    fn import_label(&self) -> &'static str;
    /// The file could not be read; `reason` says why.
    fn file_not_read(&self, file: &str, reason: &str) -> String;
    /// The file was refused before reading (its size); `reason` is a whole sentence.
    fn file_refused(&self, file: &str, reason: &str) -> String;
    fn opened_completed(&self, file: &str, completed: Date) -> String;
    fn opened_in_progress(&self, file: &str, answered: usize) -> String;

    /// Why the session refused an intent.
    fn session_error(&self, error: &SessionError) -> String;
}

impl Lang {
    /// Text of the self-assessment page, in this language.
    pub fn assessment(self) -> &'static dyn AssessmentText {
        match self {
            Lang::En => &English,
            Lang::De => &German,
        }
    }
}

impl Localized for SessionError {
    fn text(&self, lang: Lang) -> String {
        lang.assessment().session_error(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn balance_in_words() {
        let cases = [
            (
                Balance::between(Some(3.0), Some(3.2)),
                "Balanced: your technical and leadership practice are about even.",
                "Ausgewogen: Ihre fachliche Praxis und Ihre Führungspraxis halten sich etwa die Waage.",
            ),
            (
                Balance::between(Some(3.0), Some(3.5)),
                "Leadership slightly leads: your leadership index is 0.5 points above your technical index.",
                "Die Führung überwiegt leicht: Ihr Führungs-Index liegt 0,5 Skalenpunkte über Ihrem Technik-Index.",
            ),
            (
                Balance::between(Some(4.0), Some(3.0)),
                "Technical expertise clearly leads: your technical index is 1.0 points above your leadership index.",
                "Die fachliche Expertise überwiegt deutlich: Ihr Technik-Index liegt 1,0 Skalenpunkte über Ihrem Führungs-Index.",
            ),
            (
                Balance::between(Some(1.0), Some(4.0)),
                "Leadership strongly leads: your leadership index is 3.0 points above your technical index.",
                "Die Führung überwiegt stark: Ihr Führungs-Index liegt 3,0 Skalenpunkte über Ihrem Technik-Index.",
            ),
            (
                Balance::between(None, Some(4.0)),
                "Not enough answers on both sides to read a balance.",
                "Es gibt nicht auf beiden Seiten genug Antworten, um eine Balance abzulesen.",
            ),
        ];
        for (balance, en, de) in cases {
            assert_eq!(Lang::En.assessment().balance(balance), en);
            assert_eq!(Lang::De.assessment().balance(balance), de);
        }
        // The exported file keeps the English words.
        assert_eq!(
            Balance::between(Some(4.0), Some(3.0)).describe(),
            Lang::En
                .assessment()
                .balance(Balance::TechnicalLeads { by: 1.0 })
        );
    }

    #[test]
    fn counts_and_plurals() {
        let (en, de) = (Lang::En.assessment(), Lang::De.assessment());
        assert_eq!(
            en.continue_where_left_off(3, 40),
            "Continue where you left off (3 of 40 answered)"
        );
        assert_eq!(
            de.continue_where_left_off(3, 40),
            "Dort weitermachen, wo Sie aufgehört haben (3 von 40 beantwortet)"
        );
        assert_eq!(en.about_minutes(12), "About 12 minutes");
        assert_eq!(en.about_minutes(1), "About 1 minute");
        assert_eq!(de.about_minutes(12), "Etwa 12 Minuten");
        assert_eq!(de.about_minutes(1), "Etwa 1 Minute");
        assert_eq!(
            en.size_facts(8, 40),
            "8 practices, 40 statements, one step per practice"
        );
        assert_eq!(
            en.size_facts(1, 1),
            "1 practice, 1 statement, one step per practice"
        );
        assert_eq!(
            de.size_facts(8, 40),
            "8 Praktiken, 40 Aussagen, ein Schritt pro Praxis"
        );
        assert_eq!(
            de.size_facts(1, 1),
            "1 Praxis, 1 Aussage, ein Schritt pro Praxis"
        );
        assert_eq!(en.practice_of(2, 8), "Practice 2 of 8");
        assert_eq!(de.practice_of(2, 8), "Praxis 2 von 8");
        assert_eq!(
            en.progress(&en.step_of(1, 8), 5, 40),
            "Step 1 of 8 · 5 of 40 statements answered"
        );
        assert_eq!(
            de.progress(&de.step_of(1, 8), 5, 40),
            "Schritt 1 von 8 · 5 von 40 Aussagen beantwortet"
        );
        assert_eq!(
            de.progress(de.review_step(), 1, 1),
            "Überprüfung · 1 von 1 Aussage beantwortet"
        );
        assert_eq!(en.step_answered(2, 5), ", 2 of 5 answered");
        assert_eq!(de.step_answered(2, 5), ", 2 von 5 beantwortet");
        assert_eq!(
            en.all_answered(40),
            "All 40 statements are answered. Your results are ready."
        );
        assert_eq!(
            de.all_answered(40),
            "Alle 40 Aussagen sind beantwortet. Ihre Ergebnisse liegen vor."
        );
        assert_eq!(
            de.all_answered(1),
            "Die Aussage ist beantwortet. Ihre Ergebnisse liegen vor."
        );
        assert_eq!(
            en.still_missing(3, 40),
            "3 of 40 statements still need an answer. Results need every statement answered; here is what is missing."
        );
        assert_eq!(
            de.still_missing(3, 40),
            "3 von 40 Aussagen sind noch unbeantwortet. Für die Ergebnisse muss jede Aussage beantwortet sein; hier sehen Sie, was noch fehlt."
        );
        assert_eq!(
            de.still_missing(1, 40),
            "1 von 40 Aussagen ist noch unbeantwortet. Für die Ergebnisse muss jede Aussage beantwortet sein; hier sehen Sie, was noch fehlt."
        );
        assert_eq!(en.gap_heading("Delegate", 2), "Delegate — 2 unanswered");
        assert_eq!(
            de.gap_heading("Delegieren", 2),
            "Delegieren — 2 unbeantwortet"
        );
        assert_eq!(
            en.opened_in_progress("a.json", 7),
            "Opened a.json: answers in progress, 7 given."
        );
        assert_eq!(
            de.opened_in_progress("a.json", 7),
            "„a.json“ geöffnet: ein begonnener Durchgang mit 7 Antworten."
        );
        assert_eq!(
            de.opened_in_progress("a.json", 1),
            "„a.json“ geöffnet: ein begonnener Durchgang mit 1 Antwort."
        );
    }

    #[test]
    fn scores_and_dates() {
        let (en, de) = (Lang::En.assessment(), Lang::De.assessment());
        assert_eq!(en.score(Some(3.45)), "3.5");
        assert_eq!(de.score(Some(3.45)), "3,5");
        assert_eq!(en.score(None), "no answers");
        assert_eq!(de.score(None), "keine Antworten");
        assert_eq!(en.score_of_five(&en.score(Some(4.0))), "4.0 of 5");
        assert_eq!(de.score_of_five(&de.score(Some(4.0))), "4,0 von 5");
        let day = date!(2026 - 03 - 02);
        assert_eq!(
            en.completed_on(day),
            "Self-assessment completed on 2 March 2026."
        );
        assert_eq!(
            de.completed_on(day),
            "Selbsteinschätzung abgeschlossen am 2. März 2026."
        );
        assert_eq!(en.results_of(day), "Results of 2 March 2026");
        assert_eq!(de.results_of(day), "Ergebnisse vom 2. März 2026");
        assert_eq!(
            en.prefilled_from(day),
            "Pre-filled from your take of 2 March 2026: change any answer that no longer fits. Comments were not copied."
        );
        assert_eq!(
            de.opened_completed("b.json", day),
            "„b.json“ geöffnet: die Selbsteinschätzung, abgeschlossen am 2. März 2026."
        );
    }

    #[test]
    fn session_errors_in_both_languages() {
        let at = datetime!(2026-11-25 10:12 UTC);
        let already = SessionError::AlreadyImported(at);
        assert_eq!(
            already.text(Lang::En),
            "This assessment (completed 25 November 2026) is already here; nothing was changed."
        );
        assert_eq!(
            already.text(Lang::De),
            "Diese Selbsteinschätzung (abgeschlossen am 25. November 2026) ist bereits vorhanden; es wurde nichts geändert."
        );
        let incomplete = SessionError::Incomplete { missing: 2 };
        assert_eq!(
            incomplete.text(Lang::En),
            "2 statement(s) still need an answer before results can be shown."
        );
        assert_eq!(
            incomplete.text(Lang::De),
            "Für die Ergebnisse fehlen noch Antworten auf 2 Aussagen."
        );
        assert_eq!(
            SessionError::Incomplete { missing: 1 }.text(Lang::De),
            "Für die Ergebnisse fehlt noch die Antwort auf 1 Aussage."
        );
        assert_eq!(
            SessionError::UnknownPractice("p9".into()).text(Lang::De),
            "Der Fragebogen enthält keine Praxis „p9“."
        );
        // Every variant has German words of its own.
        for e in [
            SessionError::NoDraft,
            SessionError::UnknownStatement("s".into()),
            SessionError::Conflict,
            SessionError::DraftInProgress,
            SessionError::UnknownAssessment,
            SessionError::NoCompletedTake,
        ] {
            assert_ne!(e.text(Lang::De), e.text(Lang::En), "{e:?}");
        }
    }
}
