//! English text of the self-assessment page.
use crate::domain::scoring::Balance;
use crate::domain::session::SessionError;
use crate::i18n::assessment::AssessmentText;
use crate::i18n::{English, Lang};
use time::Date;

/// "statement" or "statements".
fn statements(n: usize) -> &'static str {
    if n == 1 {
        "statement"
    } else {
        "statements"
    }
}

impl AssessmentText for English {
    fn continue_where_left_off(&self, answered: usize, total: usize) -> String {
        format!("Continue where you left off ({answered} of {total} answered)")
    }
    fn start_assessment(&self) -> &'static str {
        "Start the self-assessment"
    }
    fn take_assessment_again(&self) -> &'static str {
        "Take the self-assessment again"
    }
    fn start_from_last_answers(&self) -> &'static str {
        "Start from my last answers"
    }
    fn about_minutes(&self, minutes: u32) -> String {
        let unit = if minutes == 1 { "minute" } else { "minutes" };
        format!("About {minutes} {unit}")
    }
    fn size_facts(&self, practices: usize, total: usize) -> String {
        let p = if practices == 1 {
            "practice"
        } else {
            "practices"
        };
        format!(
            "{practices} {p}, {total} {}, one step per practice",
            statements(total)
        )
    }
    fn stop_any_time(&self) -> &'static str {
        "Stop at any time: every answer is saved as you give it"
    }
    fn privacy(&self) -> &'static str {
        "Your answers stay on this device. Nothing is sent anywhere: Fulcrum keeps them in this browser, and they leave it only as a file you choose to download."
    }
    fn progress_and_goals_link(&self) -> &'static str {
        "Your progress and goals"
    }
    fn feedback_heading(&self) -> &'static str {
        "Feedback from colleagues"
    }
    fn feedback_intro(&self) -> &'static str {
        "Ask your manager, peers and the people who report to you how often they see these practices in you, and compare their view with yours in a 360 report. Asked for feedback yourself? Open the link or file you were sent."
    }
    fn feedback_link(&self) -> &'static str {
        "Peer feedback and 360 report"
    }
    fn your_data_heading(&self) -> &'static str {
        "Your data"
    }
    fn delete_data(&self) -> &'static str {
        "Delete my data"
    }
    fn delete_data_question(&self) -> &'static str {
        "Delete every answer and result Fulcrum has saved in this browser? This cannot be undone; download anything you want to keep first."
    }
    fn delete_data_confirm(&self) -> &'static str {
        "Yes, delete everything"
    }

    fn back_to_start(&self) -> &'static str {
        "Back to the start"
    }
    fn back(&self) -> &'static str {
        "Back"
    }
    fn next_practice(&self, title: &str) -> String {
        format!("Next: {title}")
    }
    fn review_my_answers(&self) -> &'static str {
        "Review my answers"
    }
    fn practice_of(&self, number: usize, steps: usize) -> String {
        format!("Practice {number} of {steps}")
    }
    fn self_instructions(&self) -> &'static str {
        "How often do you do each of these? Answer for how you work now, not how you would like to."
    }
    fn comment_label(&self, practice: &str) -> String {
        format!("Comment on {practice} (optional)")
    }
    fn comment_hint(&self) -> &'static str {
        "A note for yourself or your mentor: examples, context, what you want to change. Saved as you type."
    }

    fn practices_nav_label(&self) -> &'static str {
        "Practices"
    }
    fn step_of(&self, number: usize, steps: usize) -> String {
        format!("Step {number} of {steps}")
    }
    fn review_step(&self) -> &'static str {
        "Review"
    }
    fn progress(&self, step: &str, answered: usize, total: usize) -> String {
        format!(
            "{step} · {answered} of {total} {} answered",
            statements(total)
        )
    }
    fn step_answered(&self, done: usize, total: usize) -> String {
        format!(", {done} of {total} answered")
    }
    fn review_and_results(&self) -> &'static str {
        "Review and results"
    }

    fn review_heading(&self) -> &'static str {
        "Review your answers"
    }
    fn all_answered(&self, total: usize) -> String {
        if total == 1 {
            "The statement is answered. Your results are ready.".to_string()
        } else {
            format!("All {total} statements are answered. Your results are ready.")
        }
    }
    fn see_my_results(&self) -> &'static str {
        "See my results"
    }
    fn still_missing(&self, missing: usize, total: usize) -> String {
        let verb = if missing == 1 { "needs" } else { "need" };
        format!("{missing} of {total} {} still {verb} an answer. Results need every statement answered; here is what is missing.", statements(total))
    }
    fn gap_heading(&self, practice: &str, unanswered: usize) -> String {
        format!("{practice} — {unanswered} unanswered")
    }
    fn answer_these_in(&self, practice: &str) -> String {
        format!("Answer these in {practice}")
    }

    fn results_heading(&self) -> &'static str {
        "Your results"
    }
    fn completed_on(&self, day: Date) -> String {
        format!("Self-assessment completed on {}.", Lang::En.date(day))
    }
    fn balance_heading(&self) -> &'static str {
        "Technical expertise and leadership"
    }
    fn balance(&self, balance: Balance) -> String {
        // The domain's words, which the exported file carries too.
        balance.describe()
    }
    fn technical_index(&self) -> &'static str {
        "Technical index"
    }
    fn leadership_index(&self) -> &'static str {
        "Leadership index"
    }
    fn score(&self, mean: Option<f64>) -> String {
        mean.map_or_else(|| "no answers".to_string(), |m| Lang::En.one_decimal(m))
    }
    fn score_of_five(&self, score: &str) -> String {
        format!("{score} of 5")
    }
    fn scores_heading(&self) -> &'static str {
        "Score per practice"
    }
    fn scores_caption(&self) -> &'static str {
        "Mean score per practice, from 1 (never or almost never) to 5 (almost always)"
    }
    fn practice_column(&self) -> &'static str {
        "Practice"
    }
    fn score_column(&self) -> &'static str {
        "Score"
    }
    fn radar_label(&self) -> &'static str {
        "Radar chart of the score per practice, from 1 at the centre to 5 at the edge. The table gives the same figures."
    }
    fn strongest_heading(&self) -> &'static str {
        "Strongest practices"
    }
    fn grow_heading(&self) -> &'static str {
        "Where to grow: suggestions for your weakest practices"
    }
    fn set_goal_for(&self, practice: &str) -> String {
        format!("Set a goal for {practice}")
    }
    fn download_results(&self) -> &'static str {
        "Download results (JSON)"
    }
    fn continue_take_in_progress(&self) -> &'static str {
        "Continue the take in progress"
    }
    fn take_it_again(&self) -> &'static str {
        "Take it again"
    }

    fn past_heading(&self) -> &'static str {
        "Completed self-assessments"
    }
    fn results_of(&self, day: Date) -> String {
        format!("Results of {}", Lang::En.date(day))
    }
    fn prefilled_from(&self, day: Date) -> String {
        format!(
            "Pre-filled from your take of {}: change any answer that no longer fits. Comments were not copied.",
            Lang::En.date(day)
        )
    }

    fn start_over(&self) -> &'static str {
        "Start over"
    }
    fn start_over_question(&self) -> &'static str {
        "Clear the answers in progress and start again? Completed results are kept."
    }
    fn start_over_confirm(&self) -> &'static str {
        "Yes, clear my answers in progress"
    }
    fn started_over(&self) -> &'static str {
        "Your answers in progress were cleared. Completed results are kept."
    }

    fn import_label(&self) -> &'static str {
        "Open a self-assessment file (.json) exported by Fulcrum"
    }
    fn file_not_read(&self, file: &str, reason: &str) -> String {
        format!("{file} was not opened: {reason}. Nothing was changed.")
    }
    fn file_refused(&self, file: &str, reason: &str) -> String {
        format!("{file} was not opened. {reason} Nothing was changed.")
    }
    fn opened_completed(&self, file: &str, completed: Date) -> String {
        format!(
            "Opened {file}: the self-assessment completed on {}.",
            Lang::En.date(completed)
        )
    }
    fn opened_in_progress(&self, file: &str, answered: usize) -> String {
        format!("Opened {file}: answers in progress, {answered} given.")
    }

    fn session_error(&self, error: &SessionError) -> String {
        error.to_string()
    }
}
