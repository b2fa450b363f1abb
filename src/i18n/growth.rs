//! Text of the growth page (growth.html) in every language: history, goals and check-ins, the
//! mentor report and the mentor view, and the user's data (CSV, backup, restore).
use super::{English, German, Lang, Localized};
use crate::domain::goal::{CheckInError, GoalIssue, GoalProblem, GoalStatus, Movement, SmartPart};
use crate::domain::history::Change;
use crate::format::backup::{BackupError, Outcome, Record, RecordKind, RestorePlan};
use std::collections::BTreeMap;
use time::Date;

/// Text of the growth page.
pub trait GrowthText {
    // The page.
    /// The page's heading.
    fn page_heading(&self) -> &'static str;
    /// The link back to the self-assessment page.
    fn back_to_assessment(&self) -> &'static str;
    /// The button back to the page's home.
    fn back_to_growth(&self) -> &'static str;
    /// A plain "Back" button.
    fn back(&self) -> &'static str;

    // History.
    /// The history section's heading.
    fn history_heading(&self) -> &'static str;
    /// What the history shows once there are takes, when there are none.
    fn history_empty(&self) -> &'static str;
    /// The link to take the self-assessment for the first time.
    fn take_assessment(&self) -> &'static str;
    /// The link to take it again.
    fn take_again(&self) -> &'static str;
    /// One take so far, completed on `date`.
    fn one_take(&self, date: Date) -> String;
    /// The caption of the one-take table.
    fn one_take_caption(&self) -> &'static str;
    /// `takes` takes from `first` to `last`, with the scale in words.
    fn many_takes(&self, takes: usize, first: Date, last: Date) -> String;
    /// The accessible name of the scrolling history table.
    fn history_table_label(&self) -> &'static str;
    /// The caption of the history table with every take.
    fn history_table_caption(&self) -> &'static str;
    /// The table column of practices and indexes.
    fn practice_column(&self) -> &'static str;
    /// The column of changes since the previous take.
    fn change_column(&self) -> &'static str;
    /// The technical index as a row label.
    fn technical_index(&self) -> &'static str;
    /// The leadership index as a row label.
    fn leadership_index(&self) -> &'static str;
    /// Where a take has no score.
    fn no_answers(&self) -> &'static str;
    /// A change between two takes: "+0.4 (up)", "−0.2 (down)", "no change".
    fn change(&self, change: &Change) -> String;
    /// The practices that moved most since the take of `since` (titles with their change);
    /// none moved when `moved` is empty.
    fn moved_most(&self, since: Date, moved: &[(String, Change)]) -> String;
    /// A date under a chart's axis: "2 Mar 2026".
    fn short_date(&self, day: Date) -> String;
    /// A chart's accessible summary: every score with its date (`None`: no answers), then the
    /// latest change.
    fn chart_summary(
        &self,
        label: &str,
        points: &[(Option<f64>, Date)],
        change: Option<&Change>,
    ) -> String;
    /// A chart's caption: its latest score and change.
    fn chart_caption(&self, label: &str, latest: Option<f64>, change: Option<&Change>) -> String;

    // Goals.
    /// A goal's status.
    fn goal_status(&self, status: GoalStatus) -> &'static str;
    /// A part of a SMART goal.
    fn smart_part(&self, part: SmartPart) -> &'static str;
    /// What is missing or weak in a goal's field.
    fn goal_issue(&self, issue: &GoalIssue) -> String;
    /// A problem with its SMART part named, for a summary away from the field.
    fn problem_summary(&self, problem: &GoalProblem) -> String;
    /// Why a check-in was refused.
    fn check_in_error(&self, error: &CheckInError) -> String;
    /// Whether the goal's practice (`practice`, its title) moved since the goal was set.
    fn movement(&self, movement: &Movement, practice: &str) -> String;
    /// When a goal is due, relative to `today`.
    fn due(&self, due: Date, today: Date) -> String;
    /// The goals section's heading.
    fn goals_heading(&self) -> &'static str;
    /// What the goals section says when there are none.
    fn goals_empty(&self) -> &'static str;
    /// A goal in the list: what it is about, its status and when it is due.
    fn goal_facts(&self, about: &str, status: GoalStatus, due: Date, today: Date) -> String;
    /// Stored goals that could not be read.
    fn unreadable_goals(&self, n: usize) -> String;
    /// The button to write a new goal.
    fn set_new_goal(&self) -> &'static str;

    // The goal form.
    /// The form's heading for a new goal.
    fn set_goal_heading(&self) -> &'static str;
    /// The form's heading when editing.
    fn edit_goal_heading(&self) -> &'static str;
    /// What the form is for.
    fn goal_form_lead(&self) -> &'static str;
    /// The label of the focus list.
    fn focus_label(&self) -> &'static str;
    /// The empty choice of the focus list.
    fn focus_placeholder(&self) -> &'static str;
    /// The group of weakest practices in the focus list.
    fn weakest_group(&self) -> &'static str;
    /// The group of blind spots in the focus list.
    fn blind_spots_group(&self) -> &'static str;
    /// The group of every practice in the focus list.
    fn all_practices_group(&self) -> &'static str;
    /// The group of a practice's statements in the focus list.
    fn statements_of(&self, practice: &str) -> String;
    /// A weak practice offered as a focus, with its score.
    fn weakest_option(&self, practice: &str, score: f64) -> String;
    /// A blind spot offered as a focus: the statement, its practice and how much lower others
    /// rate it.
    fn blind_spot_option(&self, statement: &str, practice: &str, gap: f64) -> String;
    /// The label of the specific part.
    fn specific_label(&self) -> &'static str;
    /// Where the suggestions will be.
    fn suggestions_hint(&self) -> &'static str;
    /// The label of the suggestion list for a practice.
    fn suggestion_label(&self, practice: &str) -> String;
    /// The button that makes a suggestion the specific part.
    fn use_as_specific(&self) -> &'static str;
    /// The button that adds a suggestion as a step.
    fn add_as_step(&self) -> &'static str;
    /// Said when a suggestion became the specific part.
    fn suggestion_used(&self) -> &'static str;
    /// Said when a suggestion was added as a step.
    fn suggestion_added(&self) -> &'static str;
    /// The label of the measure.
    fn measure_label(&self) -> &'static str;
    /// The label of the target.
    fn target_label(&self) -> &'static str;
    /// The label of the achievable part.
    fn achievable_label(&self) -> &'static str;
    /// The label of the linked practice.
    fn practice_label(&self) -> &'static str;
    /// The empty choice of the practice list.
    fn practice_placeholder(&self) -> &'static str;
    /// The label of why it matters.
    fn relevant_label(&self) -> &'static str;
    /// The label of the due date.
    fn due_label(&self) -> &'static str;
    /// Cancel writing the goal.
    fn cancel(&self) -> &'static str;
    /// Save despite weak parts.
    fn save_as_it_is(&self) -> &'static str;
    /// Save the goal.
    fn save_goal(&self) -> &'static str;
    /// Not saved: `n` problems, at least one blocking; `summary` lists them.
    fn goal_blocked(&self, n: usize, summary: &str) -> String;
    /// Not saved yet: `n` weak parts; `summary` lists them.
    fn goal_weak(&self, n: usize, summary: &str) -> String;
    /// Saved (`edited`: changes to an existing goal).
    fn goal_saved(&self, edited: bool) -> &'static str;
    /// Not saved, with the storage error's words.
    fn goal_not_saved(&self, error: &str) -> String;

    // One goal.
    /// The heading of one goal.
    fn goal_heading(&self) -> &'static str;
    /// The heading when the goal is gone.
    fn goal_missing_heading(&self) -> &'static str;
    /// Why a goal may be gone.
    fn goal_missing(&self) -> &'static str;
    /// When the goal was set and what it is about.
    fn goal_set_on(&self, set: Date, about: &str) -> String;
    /// The goal's status and due date.
    fn goal_status_line(&self, status: GoalStatus, due: Date, today: Date) -> String;
    /// The measurable part: the measure and the target.
    fn measure_and_target(&self, measure: &str, target: &str) -> String;
    /// Only a target.
    fn target_only(&self, target: &str) -> String;
    /// The time-bound part.
    fn reach_by(&self, due: Date) -> String;
    /// The heading above the movement.
    fn moved_heading(&self) -> &'static str;
    /// The check-ins heading.
    fn check_ins_heading(&self) -> &'static str;
    /// No check-ins yet.
    fn no_check_ins(&self) -> &'static str;
    /// A check-in's date and the status it gave.
    fn check_in_head(&self, at: Date, status: GoalStatus) -> String;
    /// The label of the check-in note.
    fn check_in_note_label(&self) -> &'static str;
    /// The legend of the status choice.
    fn status_legend(&self) -> &'static str;
    /// The check-in's date.
    fn check_in_dated(&self, today: Date) -> String;
    /// The button that adds a check-in.
    fn add_check_in(&self) -> &'static str;
    /// A check-in was refused.
    fn check_in_refused(&self, why: &str) -> String;
    /// A check-in was added; the goal's status now.
    fn check_in_added(&self, status: GoalStatus) -> String;
    /// A check-in was not saved, with the storage error's words.
    fn check_in_not_saved(&self, error: &str) -> String;
    /// Edit the goal.
    fn edit_goal(&self) -> &'static str;
    /// Delete the goal (first button).
    fn delete_goal(&self) -> &'static str;
    /// The confirmation question.
    fn delete_goal_question(&self) -> &'static str;
    /// The confirming button.
    fn delete_goal_confirm(&self) -> &'static str;
    /// The goal was deleted.
    fn goal_deleted(&self) -> &'static str;
    /// The goal was not deleted, with the storage error's words.
    fn goal_not_deleted(&self, error: &str) -> String;

    // Sharing with a mentor (home).
    /// The report section's heading.
    fn report_section_heading(&self) -> &'static str;
    /// What the report holds.
    fn report_section_intro(&self) -> &'static str;
    /// Opening a report received.
    fn report_section_received(&self) -> &'static str;
    /// The button to prepare a report.
    fn prepare_report(&self) -> &'static str;
    /// The button to open a report received.
    fn open_received(&self) -> &'static str;

    // The mentor report screen.
    /// Its heading.
    fn mentor_report_heading(&self) -> &'static str;
    /// What it shows.
    fn mentor_report_intro(&self) -> &'static str;
    /// The legend of the options.
    fn include_legend(&self) -> &'static str;
    /// The comments option.
    fn include_comments(&self) -> &'static str;
    /// The statement-level option.
    fn include_statements(&self) -> &'static str;
    /// The print button.
    fn print(&self) -> &'static str;
    /// The download button.
    fn download_report(&self) -> &'static str;
    /// The print dialog did not open.
    fn print_failed(&self) -> &'static str;
    /// The report file was downloaded.
    fn report_downloaded(&self, file: &str) -> String;

    // The mentor view.
    /// Its heading.
    fn mentor_view_heading(&self) -> &'static str;
    /// What it is for.
    fn mentor_view_intro(&self) -> &'static str;
    /// The label of the file input.
    fn open_report_label(&self) -> &'static str;
    /// A file could not be read (`why`: the reader's words).
    fn report_not_read(&self, file: &str, why: &str) -> String;
    /// A file was refused (`why`: the refusal's sentence).
    fn report_not_opened(&self, file: &str, why: &str) -> String;
    /// A report was opened.
    fn report_opened(&self, file: &str) -> String;
    /// The banner over an opened report: from whom (empty if unnamed) and when.
    fn report_banner(&self, name: &str, prepared: Date) -> String;
    /// The file it came from.
    fn report_banner_file(&self, file: &str) -> String;

    // The report document.
    /// The document's accessible name.
    fn report_label(&self) -> &'static str;
    /// Its title, with the name if any.
    fn report_title(&self, name: &str) -> String;
    /// Who prepared it and when.
    fn report_prepared(&self, name: &str, on: Date) -> String;
    /// When the takes were completed.
    fn report_taken(&self, dates: &[Date]) -> String;
    /// The scale in words (`ends`: the lowest and highest scale points' words, if known).
    fn report_scale(&self, ends: Option<(&str, &str)>) -> String;
    /// The questionnaire and the scale.
    fn report_questionnaire(&self, title: &str, version: &str, scale: &str) -> String;
    /// What the author left in or out.
    fn report_included(&self, comments: bool, statements: bool) -> String;
    /// The latest take's heading, without a take.
    fn latest_heading(&self) -> &'static str;
    /// The latest take's heading, with its date.
    fn latest_heading_dated(&self, on: Date) -> String;
    /// No take at all.
    fn no_latest(&self) -> &'static str;
    /// An index value: "3.4 of 5".
    fn of_five(&self, score: &str) -> String;
    /// The accessible name of the score table.
    fn scores_table_label(&self) -> &'static str;
    /// Its caption.
    fn scores_caption(&self) -> &'static str;
    /// The score column.
    fn score_column(&self) -> &'static str;
    /// The change column of the report.
    fn change_before_column(&self) -> &'static str;
    /// The heading of statement-level figures.
    fn statement_by_statement(&self) -> &'static str;
    /// The accessible name of the statement ratings table.
    fn statement_ratings_label(&self) -> &'static str;
    /// Its caption.
    fn statement_ratings_caption(&self) -> &'static str;
    /// The statement column.
    fn statement_column(&self) -> &'static str;
    /// The rating column.
    fn rating_column(&self) -> &'static str;
    /// The heading of the person's own comments.
    fn own_comments(&self) -> &'static str;
    /// No own comments.
    fn no_own_comments(&self) -> &'static str;
    /// The progress heading.
    fn progress_heading(&self) -> &'static str;
    /// The progress intro, with the number of takes.
    fn progress_intro(&self, takes: usize) -> String;
    /// The accessible name of the progress table.
    fn progress_table_label(&self) -> &'static str;
    /// Its caption.
    fn progress_caption(&self) -> &'static str;
    /// The 360 heading.
    fn feedback_heading(&self) -> &'static str;
    /// No 360 in the report.
    fn no_feedback(&self) -> &'static str;
    /// How many colleagues responded to the request (`subject`: empty if unnamed).
    fn feedback_responded(&self, subject: &str, requested: Date, total: usize) -> String;
    /// The accessible name of the groups table.
    fn groups_table_label(&self) -> &'static str;
    /// Its caption.
    fn groups_caption(&self) -> &'static str;
    /// The rater group column.
    fn rater_group_column(&self) -> &'static str;
    /// The responses column.
    fn responses_column(&self) -> &'static str;
    /// The column saying how a group is shown.
    fn shown_column(&self) -> &'static str;
    /// How a group is shown.
    fn shown_as(
        &self,
        visibility: crate::domain::feedback::Visibility,
        responses: usize,
    ) -> &'static str;
    /// Responses only counted.
    fn withheld(&self, n: usize) -> String;
    /// The heading of the practice gaps.
    fn practice_gaps_heading(&self) -> &'static str;
    /// The accessible name of the practice gaps table.
    fn practice_gaps_label(&self) -> &'static str;
    /// Its caption.
    fn practice_gaps_caption(&self) -> &'static str;
    /// The accessible name of the statement gaps table.
    fn statement_gaps_label(&self) -> &'static str;
    /// Its caption.
    fn statement_gaps_caption(&self) -> &'static str;
    /// The "self" column.
    fn self_column(&self) -> &'static str;
    /// The "others" column.
    fn others_column(&self) -> &'static str;
    /// The gap column.
    fn gap_column(&self) -> &'static str;
    /// The blind spots heading.
    fn blind_spots_heading(&self) -> &'static str;
    /// The hidden strengths heading.
    fn hidden_strengths_heading(&self) -> &'static str;
    /// None found.
    fn none_found(&self) -> &'static str;
    /// `n` blind spots (or hidden strengths) found, statements left out.
    fn notable_left_out(&self, n: usize, blind_spots: bool) -> String;
    /// A statement's figures: self, others, gap.
    fn notable_figures(&self, self_score: &str, others: &str, gap: &str) -> String;
    /// Colleagues' comments heading.
    fn colleague_comments(&self) -> &'static str;
    /// No colleague comments may be shown.
    fn no_colleague_comments(&self) -> &'static str;
    /// The anonymity heading.
    fn anonymity_heading(&self) -> &'static str;
    /// The goals heading of the report.
    fn report_goals_heading(&self) -> &'static str;
    /// No goals.
    fn no_goals(&self) -> &'static str;
    /// A goal's status and when it was set.
    fn report_goal_status(&self, status: GoalStatus, set: Date) -> String;
    /// A check-in in the report: date and status, before the note.
    fn report_check_in(&self, at: Date, status: GoalStatus) -> String;
    /// The statement a goal is about.
    fn about_statement(&self) -> &'static str;
    /// The time-bound part in the report.
    fn report_due(&self, due: Date) -> String;
    /// No check-ins yet.
    fn none_yet(&self) -> &'static str;
    /// Words joined as a list: "a, b and c".
    fn and_list(&self, words: &[String]) -> String;

    // Data.
    /// The data section's heading.
    fn data_heading(&self) -> &'static str;
    /// What the data section offers.
    fn data_intro(&self) -> &'static str;
    /// The CSV button.
    fn download_csv(&self) -> &'static str;
    /// The backup button.
    fn download_backup(&self) -> &'static str;
    /// The label of the restore input.
    fn restore_label(&self) -> &'static str;
    /// No ratings to download.
    fn no_ratings(&self) -> &'static str;
    /// The CSV could not be made (`why`: the writer's words).
    fn csv_failed(&self, why: &str) -> String;
    /// The CSV was downloaded.
    fn csv_downloaded(&self, file: &str, ratings: usize) -> String;
    /// The backup could not be made: storage refused (`why`, from `storage_refusal`).
    fn backup_failed(&self, why: &str) -> String;
    /// Nothing to back up.
    fn nothing_to_back_up(&self) -> &'static str;
    /// The backup was downloaded.
    fn backup_downloaded(&self, file: &str, records: usize) -> String;
    /// Records that went into the backup set aside.
    fn backup_set_aside(&self, records: &[&str]) -> String;
    /// The backup is larger than Fulcrum reads back.
    fn backup_too_large(&self, megabytes: usize) -> String;
    /// Storage is full, in a few words.
    fn storage_full(&self) -> &'static str;
    /// The browser refused storage (`why`: the browser's words).
    fn storage_refused(&self, why: &str) -> String;
    /// Storage could not be read, so nothing was restored.
    fn restore_read_failed(&self, why: &str) -> String;
    /// A restore stopped part way.
    fn restore_write_failed(&self, written: usize, total: usize, why: &str) -> String;
    /// A backup was refused.
    fn backup_error(&self, error: &BackupError) -> String;
    /// A restore completed.
    fn restored(&self, file: &str, summary: &str) -> String;
    /// A restore completed only in part.
    fn partly_restored(&self, file: &str, why: &str) -> String;
    /// A restore was refused.
    fn not_restored(&self, file: &str, why: &str) -> String;
    /// A file could not be read (`why`: the reader's words).
    fn restore_not_read(&self, file: &str, why: &str) -> String;
    /// A file was refused before reading (`why`: the refusal's sentence).
    fn restore_refused(&self, file: &str, why: &str) -> String;
    /// What the last restore did.
    fn last_restore(&self, file: &str, summary: &str) -> String;
    /// Above the records kept as they were.
    fn kept_heading(&self) -> &'static str;
    /// What a restore did, in one sentence: the parts below, joined the same way in every
    /// language.
    fn restore_summary(&self, plan: &RestorePlan) -> String {
        if plan.items.is_empty() {
            return self.restore_empty().into();
        }
        let (added, already, kept) = restore_tally(plan);
        let mut parts = vec![if added.is_empty() {
            self.restore_nothing_new().to_string()
        } else {
            let counts: Vec<String> = added
                .iter()
                .map(|(k, n)| self.record_count(*k, *n))
                .collect();
            self.restore_added(&counts.join(", "))
        }];
        if already > 0 {
            parts.push(self.restore_already_here(already));
        }
        let kept: Vec<String> = kept.into_iter().map(|r| self.record(r)).collect();
        if !kept.is_empty() {
            parts.push(self.restore_kept(&kept));
        }
        format!("{}.", parts.join("; "))
    }
    /// The backup held no records at all.
    fn restore_empty(&self) -> &'static str;
    /// Every record of the backup was here already or kept.
    fn restore_nothing_new(&self) -> &'static str;
    /// `counts`: "2 assessments, 1 goal".
    fn restore_added(&self, counts: &str) -> String;
    /// `n` records were here already, identical.
    fn restore_already_here(&self, n: usize) -> String;
    /// Records kept as they were here because the backup's copy differs (at least one).
    fn restore_kept(&self, records: &[String]) -> String;
    /// One record, for the restore summary.
    fn record(&self, record: &Record) -> String;
    /// `n` records of a kind: "3 assessments".
    fn record_count(&self, kind: RecordKind, n: usize) -> String;
}

impl Lang {
    /// Text of the growth page, in this language.
    pub fn growth(self) -> &'static dyn GrowthText {
        match self {
            Lang::En => &English,
            Lang::De => &German,
        }
    }
}

/// What a restore did, counted: records added per kind (in summary order), how many were
/// already here, and the records kept as they were. Shared by every language's summary.
fn restore_tally(plan: &RestorePlan) -> (Vec<(RecordKind, usize)>, usize, Vec<&Record>) {
    let mut added: BTreeMap<RecordKind, usize> = BTreeMap::new();
    for r in plan.added() {
        *added.entry(r.kind).or_default() += 1;
    }
    (
        added.into_iter().collect(),
        plan.with(Outcome::AlreadyHere).count(),
        plan.with(Outcome::KeptYours).collect(),
    )
}

/// The first characters of a goal for a summary, with an ellipsis when cut.
pub(crate) fn goal_excerpt(specific: &str) -> String {
    let mut what: String = specific.chars().take(60).collect();
    if what.len() < specific.len() {
        what.push('…');
    }
    what
}

impl Localized for CheckInError {
    fn text(&self, lang: Lang) -> String {
        lang.growth().check_in_error(self)
    }
}

impl Localized for GoalIssue {
    fn text(&self, lang: Lang) -> String {
        lang.growth().goal_issue(self)
    }
}

impl Localized for BackupError {
    fn text(&self, lang: Lang) -> String {
        lang.growth().backup_error(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::goal::{GoalField, GoalFocus, Severity};
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 25);
    const EN: &dyn GrowthText = &English;
    const DE: &dyn GrowthText = &German;

    #[test]
    fn due_dates_relative_to_today() {
        let cases = [
            (
                date!(2026 - 12 - 25),
                "due 25 December 2026, in 30 days",
                "fällig am 25. Dezember 2026, in 30 Tagen",
            ),
            (
                TODAY,
                "due today, 25 November 2026",
                "heute fällig, 25. November 2026",
            ),
            (
                date!(2026 - 11 - 26),
                "due tomorrow, 26 November 2026",
                "morgen fällig, 26. November 2026",
            ),
            (
                date!(2026 - 11 - 24),
                "was due yesterday, 24 November 2026",
                "war gestern fällig, 24. November 2026",
            ),
            (
                date!(2026 - 11 - 22),
                "was due 22 November 2026, 3 days ago",
                "war am 22. November 2026 fällig, vor 3 Tagen",
            ),
        ];
        for (due, en, de) in cases {
            assert_eq!(EN.due(due, TODAY), en);
            assert_eq!(DE.due(due, TODAY), de);
        }
        assert_eq!(
            EN.reach_by(date!(2027 - 03 - 01)),
            "Reach it by 1 March 2027"
        );
        assert_eq!(
            DE.reach_by(date!(2027 - 03 - 01)),
            "Zu erreichen bis 1. März 2027"
        );
    }

    #[test]
    fn changes_in_words_follow_the_shown_figures() {
        let up = Change::between(3.0, 3.44);
        let down = Change::between(4.0, 3.8);
        let same = Change::between(3.25, 3.34);
        assert_eq!(EN.change(&up), "+0.4 (up)");
        assert_eq!(DE.change(&up), "+0,4 (gestiegen)");
        assert_eq!(EN.change(&down), "\u{2212}0.2 (down)");
        assert_eq!(DE.change(&down), "\u{2212}0,2 (gesunken)");
        assert_eq!(EN.change(&same), "no change");
        assert_eq!(DE.change(&same), "unverändert");
        let moved = [("Delegating".to_string(), Change::between(2.0, 3.0))];
        assert_eq!(
            EN.moved_most(date!(2026 - 03 - 02), &moved),
            "Moved most since your take of 2 March 2026: Delegating +1.0 (up)."
        );
        assert_eq!(
            DE.moved_most(date!(2026 - 03 - 02), &moved),
            "Am stärksten verändert seit Ihrem Durchgang vom 2. März 2026: Delegating +1,0 (gestiegen)."
        );
        assert_eq!(
            EN.moved_most(date!(2026 - 03 - 02), &[]),
            "No practice moved since your take of 2 March 2026."
        );
        assert_eq!(
            DE.moved_most(date!(2026 - 03 - 02), &[]),
            "Seit Ihrem Durchgang vom 2. März 2026 hat sich keine Praxis verändert."
        );
    }

    #[test]
    fn charts_in_words() {
        let day = date!(2026 - 09 - 14);
        assert_eq!(EN.short_date(day), "14 Sep 2026");
        assert_eq!(DE.short_date(day), "14. Sept. 2026");
        assert_eq!(DE.short_date(date!(2026 - 05 - 02)), "2. Mai 2026");
        let c = Change::between(1.4, 2.4);
        assert_eq!(
            EN.chart_caption("L", Some(2.4), Some(&c)),
            "L: 2.4 (+1.0 (up))"
        );
        assert_eq!(
            DE.chart_caption("L", Some(2.4), Some(&c)),
            "L: 2,4 (+1,0 (gestiegen))"
        );
        assert_eq!(
            EN.chart_caption("L", None, None),
            "L: no answers in the latest take"
        );
        assert_eq!(
            DE.chart_summary("L", &[(None, day)], None),
            "L, von 1 bis 5: keine Antworten am 14. September 2026."
        );
    }

    #[test]
    fn movement_names_the_practice_and_both_scores() {
        let cases = [
            (
                Movement::Compared(Change::between(2.0, 4.0)),
                "Delegating went up from 2.0 to 4.0 since this goal was set.",
                "„Delegating“ ist seit dem Setzen dieses Ziels von 2,0 auf 4,0 gestiegen.",
            ),
            (
                Movement::Compared(Change::between(3.0, 1.5)),
                "Delegating went down from 3.0 to 1.5 since this goal was set.",
                "„Delegating“ ist seit dem Setzen dieses Ziels von 3,0 auf 1,5 gesunken.",
            ),
            // 3.29 and 3.33 both read "3.3": unchanged, not "up 0.04".
            (
                Movement::Compared(Change::between(3.29, 3.33)),
                "Delegating is unchanged at 3.3 since this goal was set.",
                "„Delegating“ liegt seit dem Setzen dieses Ziels unverändert bei 3,3.",
            ),
            (
                Movement::NoTakeSince { before: 2.0 },
                "No self-assessment since this goal was set: Delegating was 2.0 then. Take it again to see whether it moved.",
                "Seit Sie dieses Ziel gesetzt haben, gab es keine Selbsteinschätzung: „Delegating“ lag damals bei 2,0. Führen Sie sie erneut durch, um zu sehen, ob sich etwas bewegt hat.",
            ),
            (
                Movement::NoTakeBefore { latest: Some(3.5) },
                "No self-assessment before this goal was set to compare with; Delegating is 3.5 in your latest.",
                "Keine Selbsteinschätzung aus der Zeit vor diesem Ziel zum Vergleich; in Ihrem letzten Durchgang liegt „Delegating“ bei 3,5.",
            ),
            (
                Movement::NoTakeBefore { latest: None },
                "No self-assessment yet to compare with: complete one to see where Delegating stands.",
                "Noch keine Selbsteinschätzung zum Vergleich: Schließen Sie eine ab, um zu sehen, wo Sie bei „Delegating“ stehen.",
            ),
        ];
        for (m, en, de) in cases {
            assert_eq!(EN.movement(&m, "Delegating"), en);
            assert_eq!(DE.movement(&m, "Delegating"), de);
        }
    }

    #[test]
    fn goal_problems_name_their_part() {
        let p = GoalProblem::new(GoalField::Due, Severity::Blocking, GoalIssue::DueMissing);
        assert_eq!(
            EN.problem_summary(&p),
            "Time-bound: Choose the date you want to reach the target by."
        );
        assert_eq!(
            DE.problem_summary(&p),
            "Terminiert: Wählen Sie das Datum, bis zu dem Sie den Zielwert erreichen wollen."
        );
        let unknown = GoalIssue::FocusUnknown(GoalFocus::Statement("x".into()));
        assert_eq!(
            unknown.text(Lang::En),
            "\"x\" is not a statement of this questionnaire: choose one from the list."
        );
        assert_eq!(
            unknown.text(Lang::De),
            "„x“ ist keine Aussage dieses Fragebogens: Wählen Sie eine aus der Liste."
        );
        assert_eq!(
            GoalIssue::SpecificShort.text(Lang::En),
            "This is too short to be specific: say what you will do, with whom or where, in at least 4 words."
        );
        assert!(GoalIssue::SpecificShort
            .text(Lang::De)
            .contains("mindestens 4 Wörtern"));
        assert_eq!(
            CheckInError::NoteTooLong.text(Lang::En),
            "Keep the note to at most 2000 characters."
        );
        assert_eq!(
            CheckInError::NoteTooLong.text(Lang::De),
            "Die Notiz darf höchstens 2000 Zeichen lang sein."
        );
    }

    #[test]
    fn statuses_and_counts_per_language() {
        assert_eq!(EN.goal_status(GoalStatus::AtRisk), "At risk");
        assert_eq!(DE.goal_status(GoalStatus::AtRisk), "Gefährdet");
        assert_eq!(
            EN.check_in_added(GoalStatus::OnTrack),
            "Check-in added; the goal is on track."
        );
        assert_eq!(
            DE.check_in_added(GoalStatus::OnTrack),
            "Zwischenstand hinzugefügt; das Ziel ist im Plan."
        );
        assert_eq!(
            EN.goal_facts("Delegating", GoalStatus::Done, TODAY, TODAY),
            "About Delegating · Done · due today, 25 November 2026"
        );
        assert_eq!(
            EN.progress_intro(1),
            "Scores of every completed self-assessment, oldest first (1 take)."
        );
        assert_eq!(
            DE.progress_intro(3),
            "Werte aller abgeschlossenen Selbsteinschätzungen, die älteste zuerst (3 Durchgänge)."
        );
        assert_eq!(
            EN.feedback_responded("Ada", date!(2026 - 03 - 02), 1),
            "Feedback about Ada, requested on 2 March 2026: 1 colleague responded."
        );
        assert_eq!(
            DE.feedback_responded("", date!(2026 - 03 - 02), 4),
            "Angefragt am 2. März 2026: 4 Personen haben geantwortet."
        );
        assert!(EN.withheld(1).starts_with("1 response comes from"));
        assert!(DE.withheld(2).starts_with("2 Rückmeldungen stammen aus"));
        assert_eq!(
            EN.notable_left_out(2, true),
            "2 blind spots found; which statements was left out of this report."
        );
        assert!(DE
            .notable_left_out(1, false)
            .starts_with("1 verborgene Stärke gefunden;"));
        assert!(DE
            .unreadable_goals(1)
            .starts_with("1 gespeichertes Ziel konnte nicht"));
        assert!(DE
            .unreadable_goals(2)
            .starts_with("2 gespeicherte Ziele konnten nicht"));
        assert_eq!(
            DE.csv_downloaded("a.csv", 1),
            "a.csv wurde heruntergeladen: 1 Bewertung."
        );
        assert_eq!(EN.record_count(RecordKind::Goal, 1), "1 goal");
        assert_eq!(
            DE.record_count(RecordKind::Draft, 2),
            "2 laufende Durchgänge"
        );
        assert!(DE
            .goal_blocked(1, "X")
            .starts_with("Das Ziel ist nicht gespeichert: 1 Punkt ist"));
    }

    #[test]
    fn reports_list_and_date_in_each_language() {
        let dates = [
            date!(2026 - 03 - 02),
            date!(2026 - 09 - 14),
            date!(2026 - 12 - 01),
        ];
        assert_eq!(
            EN.report_taken(&dates),
            "Self-assessments completed on 2 March 2026, 14 September 2026 and 1 December 2026."
        );
        assert_eq!(
            DE.report_taken(&dates[..1]),
            "Selbsteinschätzung abgeschlossen am 2. März 2026."
        );
        assert_eq!(
            DE.report_included(false, false),
            "Von der Person weggelassen: Kommentare und Werte je Aussage."
        );
        assert_eq!(
            EN.report_included(true, false),
            "Left out by the author: statement-level scores."
        );
        assert_eq!(
            EN.report_banner("Ada", date!(2026 - 03 - 02)),
            "Report from Ada, prepared 2 March 2026, opened read-only: nothing from it is saved in your data."
        );
        assert_eq!(
            DE.report_goal_status(GoalStatus::OnTrack, date!(2026 - 03 - 02)),
            "Status: Im Plan. Gesetzt am 2. März 2026."
        );
    }

    #[test]
    fn an_empty_restore_says_so() {
        let plan = RestorePlan { items: Vec::new() };
        assert_eq!(
            EN.restore_summary(&plan),
            "The backup holds no records; nothing was added."
        );
        assert_eq!(
            DE.restore_summary(&plan),
            "Die Sicherung enthält keine Einträge; es wurde nichts hinzugefügt."
        );
        assert_eq!(
            goal_excerpt(&"x".repeat(61)),
            format!("{}…", "x".repeat(60))
        );
    }
}
