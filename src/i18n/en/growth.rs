//! English text of the growth page.
use crate::domain::feedback::Visibility;
use crate::domain::goal::{CheckInError, GoalIssue, GoalProblem, GoalStatus, Movement, SmartPart};
use crate::domain::history::{Change, Direction};
use crate::format::backup::{BackupError, Content, Record, RecordKind};
use crate::format::csv_export;
use crate::i18n::growth::{goal_excerpt, GrowthText};
use crate::i18n::{English, Lang};
use time::Date;

const EN: Lang = Lang::En;

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl GrowthText for English {
    fn page_heading(&self) -> &'static str {
        "Your progress and goals"
    }
    fn back_to_assessment(&self) -> &'static str {
        "Back to the self-assessment"
    }
    fn back_to_growth(&self) -> &'static str {
        "Back to your progress and goals"
    }
    fn back(&self) -> &'static str {
        "Back"
    }

    fn history_heading(&self) -> &'static str {
        "Your results over time"
    }
    fn history_empty(&self) -> &'static str {
        "You have not completed the self-assessment on this device yet. Once you have, this shows each practice's score and how it changes every time you take it again."
    }
    fn take_assessment(&self) -> &'static str {
        "Take the self-assessment"
    }
    fn take_again(&self) -> &'static str {
        "Take it again"
    }
    fn one_take(&self, date: Date) -> String {
        format!("One self-assessment so far, completed on {}. Take it again to see change: each practice's score is then set beside this one.", EN.date(date))
    }
    fn one_take_caption(&self) -> &'static str {
        "Score per practice and the two indexes, from 1 (never or almost never) to 5 (almost always)"
    }
    fn many_takes(&self, takes: usize, first: Date, last: Date) -> String {
        format!(
            "{takes} self-assessments, from {} to {}. Scores run from 1 (never or almost never) to 5 (almost always).",
            EN.date(first),
            EN.date(last)
        )
    }
    fn history_table_label(&self) -> &'static str {
        "Scores at each take"
    }
    fn history_table_caption(&self) -> &'static str {
        "Score per practice and the two indexes at each take, oldest first, and the change since the previous take"
    }
    fn practice_column(&self) -> &'static str {
        "Practice"
    }
    fn change_column(&self) -> &'static str {
        "Change since previous"
    }
    fn technical_index(&self) -> &'static str {
        "Technical index"
    }
    fn leadership_index(&self) -> &'static str {
        "Leadership index"
    }
    fn no_answers(&self) -> &'static str {
        "no answers"
    }
    fn change(&self, change: &Change) -> String {
        let size = EN.one_decimal(change.delta().abs());
        match change.direction() {
            Direction::Up => format!("+{size} (up)"),
            Direction::Down => format!("\u{2212}{size} (down)"),
            Direction::Same => "no change".into(),
        }
    }
    fn moved_most(&self, since: Date, moved: &[(String, Change)]) -> String {
        let since = EN.date(since);
        if moved.is_empty() {
            return format!("No practice moved since your take of {since}.");
        }
        let moved: Vec<String> = moved
            .iter()
            .map(|(title, c)| format!("{title} {}", self.change(c)))
            .collect();
        format!(
            "Moved most since your take of {since}: {}.",
            moved.join(", ")
        )
    }
    fn short_date(&self, day: Date) -> String {
        let month = EN.month(day.month());
        format!(
            "{} {} {}",
            day.day(),
            month.get(..3).unwrap_or(month),
            day.year()
        )
    }
    fn chart_summary(
        &self,
        label: &str,
        points: &[(Option<f64>, Date)],
        change: Option<&Change>,
    ) -> String {
        let points: Vec<String> = points
            .iter()
            .map(|(score, at)| match score {
                Some(v) => format!("{} on {}", EN.one_decimal(*v), EN.date(*at)),
                None => format!("no answers on {}", EN.date(*at)),
            })
            .collect();
        let change = change.map_or_else(String::new, |c| {
            format!(" Since the previous take: {}.", self.change(c))
        });
        format!("{label}, from 1 to 5: {}.{change}", points.join(", "))
    }
    fn chart_caption(&self, label: &str, latest: Option<f64>, change: Option<&Change>) -> String {
        match (latest, change) {
            (Some(v), Some(c)) => format!("{label}: {} ({})", EN.one_decimal(v), self.change(c)),
            (Some(v), None) => format!("{label}: {}", EN.one_decimal(v)),
            (None, _) => format!("{label}: no answers in the latest take"),
        }
    }

    fn goal_status(&self, status: GoalStatus) -> &'static str {
        match status {
            GoalStatus::NotStarted => "Not started",
            GoalStatus::OnTrack => "On track",
            GoalStatus::AtRisk => "At risk",
            GoalStatus::Done => "Done",
        }
    }
    fn smart_part(&self, part: SmartPart) -> &'static str {
        match part {
            SmartPart::Specific => "Specific",
            SmartPart::Measurable => "Measurable",
            SmartPart::Achievable => "Achievable",
            SmartPart::Relevant => "Relevant",
            SmartPart::TimeBound => "Time-bound",
        }
    }
    fn goal_issue(&self, issue: &GoalIssue) -> String {
        issue.to_string()
    }
    fn problem_summary(&self, problem: &GoalProblem) -> String {
        format!(
            "{}: {}",
            self.smart_part(problem.part()),
            self.goal_issue(&problem.issue)
        )
    }
    fn check_in_error(&self, error: &CheckInError) -> String {
        error.to_string()
    }
    fn movement(&self, movement: &Movement, practice: &str) -> String {
        match movement {
            Movement::NoTakeBefore { latest: None } => format!(
                "No self-assessment yet to compare with: complete one to see where {practice} stands."
            ),
            Movement::NoTakeBefore { latest: Some(s) } => format!(
                "No self-assessment before this goal was set to compare with; {practice} is {} in your latest.",
                EN.one_decimal(*s)
            ),
            Movement::NoTakeSince { before } => format!(
                "No self-assessment since this goal was set: {practice} was {} then. Take it again to see whether it moved.",
                EN.one_decimal(*before)
            ),
            Movement::Compared(c) => {
                let (from, to) = (EN.one_decimal(c.from), EN.one_decimal(c.to));
                match c.direction() {
                    Direction::Up => {
                        format!("{practice} went up from {from} to {to} since this goal was set.")
                    }
                    Direction::Down => format!(
                        "{practice} went down from {from} to {to} since this goal was set."
                    ),
                    Direction::Same => {
                        format!("{practice} is unchanged at {to} since this goal was set.")
                    }
                }
            }
        }
    }
    fn due(&self, due: Date, today: Date) -> String {
        let days = (due - today).whole_days();
        let date = EN.date(due);
        match days {
            0 => format!("due today, {date}"),
            1 => format!("due tomorrow, {date}"),
            -1 => format!("was due yesterday, {date}"),
            d if d > 1 => format!("due {date}, in {d} days"),
            d => format!("was due {date}, {} days ago", -d),
        }
    }
    fn goals_heading(&self) -> &'static str {
        "Your goals"
    }
    fn goals_empty(&self) -> &'static str {
        "No goals yet. Pick a practice you want to grow in and write a SMART goal for it: specific, measurable, achievable, relevant and time-bound, with check-ins as you go."
    }
    fn goal_facts(&self, about: &str, status: GoalStatus, due: Date, today: Date) -> String {
        format!(
            "About {about} · {} · {}",
            self.goal_status(status),
            self.due(due, today)
        )
    }
    fn unreadable_goals(&self, n: usize) -> String {
        format!("{n} stored goal(s) could not be read: made by a newer version of Fulcrum, for another questionnaire, or damaged. They are left as they are.")
    }
    fn set_new_goal(&self) -> &'static str {
        "Set a new goal"
    }

    fn set_goal_heading(&self) -> &'static str {
        "Set a goal"
    }
    fn edit_goal_heading(&self) -> &'static str {
        "Edit your goal"
    }
    fn goal_form_lead(&self) -> &'static str {
        "A SMART goal is specific, measurable, achievable, relevant and time-bound. Write each part in its own field; the list of what it can be about starts with the weakest practices of your latest self-assessment and the blind spots of your latest 360 report."
    }
    fn focus_label(&self) -> &'static str {
        "What is this goal about?"
    }
    fn focus_placeholder(&self) -> &'static str {
        "Choose a practice or a statement"
    }
    fn weakest_group(&self) -> &'static str {
        "Your weakest practices (latest self-assessment)"
    }
    fn blind_spots_group(&self) -> &'static str {
        "Blind spots (latest 360 report)"
    }
    fn all_practices_group(&self) -> &'static str {
        "All practices"
    }
    fn statements_of(&self, practice: &str) -> String {
        format!("Statements of {practice}")
    }
    fn weakest_option(&self, practice: &str, score: f64) -> String {
        format!("{practice} (your score {})", EN.one_decimal(score))
    }
    fn blind_spot_option(&self, statement: &str, practice: &str, gap: f64) -> String {
        format!(
            "{statement} ({practice}; others rate you {} lower)",
            EN.one_decimal(gap)
        )
    }
    fn specific_label(&self) -> &'static str {
        "What exactly will you do or change?"
    }
    fn suggestions_hint(&self) -> &'static str {
        "Choose what the goal is about to see the article's suggestions for that practice."
    }
    fn suggestion_label(&self, practice: &str) -> String {
        format!("Use a suggestion from the article for {practice}")
    }
    fn use_as_specific(&self) -> &'static str {
        "Use as the specific part"
    }
    fn add_as_step(&self) -> &'static str {
        "Add as a step under Achievable"
    }
    fn suggestion_used(&self) -> &'static str {
        "The suggestion is now the Specific part: make it your own."
    }
    fn suggestion_added(&self) -> &'static str {
        "The suggestion was added to the steps under Achievable."
    }
    fn measure_label(&self) -> &'static str {
        "How will you measure progress?"
    }
    fn target_label(&self) -> &'static str {
        "Target: the number you want to reach"
    }
    fn achievable_label(&self) -> &'static str {
        "Steps you will take, or resources you need"
    }
    fn practice_label(&self) -> &'static str {
        "The practice this goal serves"
    }
    fn practice_placeholder(&self) -> &'static str {
        "Choose a practice"
    }
    fn relevant_label(&self) -> &'static str {
        "Why it matters to you or your team (optional)"
    }
    fn due_label(&self) -> &'static str {
        "Reach it by"
    }
    fn cancel(&self) -> &'static str {
        "Cancel"
    }
    fn save_as_it_is(&self) -> &'static str {
        "Save it as it is"
    }
    fn save_goal(&self) -> &'static str {
        "Save the goal"
    }
    fn goal_blocked(&self, n: usize, summary: &str) -> String {
        format!("The goal is not saved: {n} thing(s) to fix. {summary}")
    }
    fn goal_weak(&self, n: usize, summary: &str) -> String {
        format!("The goal is not saved yet: {n} part(s) could be stronger. {summary} Improve them, or choose “Save it as it is”.")
    }
    fn goal_saved(&self, edited: bool) -> &'static str {
        if edited {
            "Your changes to the goal are saved."
        } else {
            "Your goal is saved."
        }
    }
    fn goal_not_saved(&self, error: &str) -> String {
        format!("The goal was not saved. {error}")
    }

    fn goal_heading(&self) -> &'static str {
        "Your goal"
    }
    fn goal_missing_heading(&self) -> &'static str {
        "This goal is not here"
    }
    fn goal_missing(&self) -> &'static str {
        "It may have been deleted, here or in another tab."
    }
    fn goal_set_on(&self, set: Date, about: &str) -> String {
        format!("Set on {} · about {about}", EN.date(set))
    }
    fn goal_status_line(&self, status: GoalStatus, due: Date, today: Date) -> String {
        format!(
            "Status: {} · {}",
            self.goal_status(status),
            self.due(due, today)
        )
    }
    fn measure_and_target(&self, measure: &str, target: &str) -> String {
        format!("{measure} — target: {target}")
    }
    fn target_only(&self, target: &str) -> String {
        format!("Target: {target}")
    }
    fn reach_by(&self, due: Date) -> String {
        format!("Reach it by {}", EN.date(due))
    }
    fn moved_heading(&self) -> &'static str {
        "Has the practice moved?"
    }
    fn check_ins_heading(&self) -> &'static str {
        "Check-ins"
    }
    fn no_check_ins(&self) -> &'static str {
        "No check-ins yet. Meet with yourself (or your mentor) regularly: note what happened and where the goal stands."
    }
    fn check_in_head(&self, at: Date, status: GoalStatus) -> String {
        format!("{} · {}", EN.date(at), self.goal_status(status))
    }
    fn check_in_note_label(&self) -> &'static str {
        "What happened since the last check-in?"
    }
    fn status_legend(&self) -> &'static str {
        "Where does the goal stand now?"
    }
    fn check_in_dated(&self, today: Date) -> String {
        format!("The check-in is dated today, {}.", EN.date(today))
    }
    fn add_check_in(&self) -> &'static str {
        "Add the check-in"
    }
    fn check_in_refused(&self, why: &str) -> String {
        format!("The check-in was not added: {why}")
    }
    fn check_in_added(&self, status: GoalStatus) -> String {
        format!(
            "Check-in added; the goal is {}.",
            self.goal_status(status).to_lowercase()
        )
    }
    fn check_in_not_saved(&self, error: &str) -> String {
        format!("The check-in was not saved. {error}")
    }
    fn edit_goal(&self) -> &'static str {
        "Edit the goal"
    }
    fn delete_goal(&self) -> &'static str {
        "Delete this goal"
    }
    fn delete_goal_question(&self) -> &'static str {
        "Delete this goal and all its check-ins? This cannot be undone."
    }
    fn delete_goal_confirm(&self) -> &'static str {
        "Delete the goal"
    }
    fn goal_deleted(&self) -> &'static str {
        "The goal and its check-ins were deleted."
    }
    fn goal_not_deleted(&self, error: &str) -> String {
        format!("The goal was not deleted. {error}")
    }

    fn report_section_heading(&self) -> &'static str {
        "Share with your mentor"
    }
    fn report_section_intro(&self) -> &'static str {
        "A report of your results, your progress over time, your colleagues' feedback and your goals: print it, save it as a PDF, or send the report file. You choose whether comments and statement-level scores go in."
    }
    fn report_section_received(&self) -> &'static str {
        "If a mentee sent you a report file, open it here to read it. It is shown read-only and nothing from it is saved in your data."
    }
    fn prepare_report(&self) -> &'static str {
        "Prepare a report for your mentor"
    }
    fn open_received(&self) -> &'static str {
        "Open a report you received"
    }

    fn mentor_report_heading(&self) -> &'static str {
        "Report for your mentor"
    }
    fn mentor_report_intro(&self) -> &'static str {
        "This is what your mentor will see, printed or as a file. Choose what goes in; the preview below changes with it."
    }
    fn include_legend(&self) -> &'static str {
        "Include in the report"
    }
    fn include_comments(&self) -> &'static str {
        "Comments (your own, and colleagues' comments that may be shown)"
    }
    fn include_statements(&self) -> &'static str {
        "Statement-level scores (each statement's rating, blind spots and hidden strengths by statement)"
    }
    fn print(&self) -> &'static str {
        "Print or save as PDF"
    }
    fn download_report(&self) -> &'static str {
        "Download report file"
    }
    fn print_failed(&self) -> &'static str {
        "The browser did not open its print dialog. Use its own Print command (Ctrl+P or ⌘P) instead."
    }
    fn report_downloaded(&self, file: &str) -> String {
        format!("Downloaded {file}. Send it to your mentor: they open it on the growth page with “Open a report you received”.")
    }

    fn mentor_view_heading(&self) -> &'static str {
        "A report you received"
    }
    fn mentor_view_intro(&self) -> &'static str {
        "Open the report file your mentee sent you to read it here. It stays on this page only: it is not saved, and it is never mixed into your own results, goals or feedback."
    }
    fn open_report_label(&self) -> &'static str {
        "Open a report file (.json) made by Fulcrum"
    }
    fn report_not_read(&self, file: &str, why: &str) -> String {
        format!("{file} was not opened: {why}.")
    }
    fn report_not_opened(&self, file: &str, why: &str) -> String {
        format!("{file} was not opened. {why}")
    }
    fn report_opened(&self, file: &str) -> String {
        format!("Opened {file}, read-only: nothing from it is saved in your data.")
    }
    fn report_banner(&self, name: &str, prepared: Date) -> String {
        let from = if name.is_empty() {
            String::new()
        } else {
            format!(" from {name}")
        };
        format!(
            "Report{from}, prepared {}, opened read-only: nothing from it is saved in your data.",
            EN.date(prepared)
        )
    }
    fn report_banner_file(&self, file: &str) -> String {
        format!("File: {file}. Closing or reloading this page forgets it.")
    }

    fn report_label(&self) -> &'static str {
        "Mentor report"
    }
    fn report_title(&self, name: &str) -> String {
        if name.is_empty() {
            "Leadership development report".to_string()
        } else {
            format!("Leadership development report: {name}")
        }
    }
    fn report_prepared(&self, name: &str, on: Date) -> String {
        if name.is_empty() {
            format!("Prepared on {}.", EN.date(on))
        } else {
            format!("Prepared by {name} on {}.", EN.date(on))
        }
    }
    fn report_taken(&self, dates: &[Date]) -> String {
        let words: Vec<String> = dates.iter().map(|d| EN.date(*d)).collect();
        match words.as_slice() {
            [] => "No self-assessment completed yet.".to_string(),
            [one] => format!("Self-assessment completed on {one}."),
            _ => format!("Self-assessments completed on {}.", self.and_list(&words)),
        }
    }
    fn report_scale(&self, ends: Option<(&str, &str)>) -> String {
        match ends {
            Some((low, high)) => format!("Scores run from 1 ({low}) to 5 ({high})."),
            None => "Scores run from 1 to 5.".into(),
        }
    }
    fn report_questionnaire(&self, title: &str, version: &str, scale: &str) -> String {
        format!("Questionnaire: {title}, version {version}. {scale}")
    }
    fn report_included(&self, comments: bool, statements: bool) -> String {
        let mut left_out = Vec::new();
        if !comments {
            left_out.push("comments".to_string());
        }
        if !statements {
            left_out.push("statement-level scores".to_string());
        }
        if left_out.is_empty() {
            "Comments and statement-level scores are included.".into()
        } else {
            format!("Left out by the author: {}.", self.and_list(&left_out))
        }
    }
    fn latest_heading(&self) -> &'static str {
        "Latest self-assessment"
    }
    fn latest_heading_dated(&self, on: Date) -> String {
        format!("Latest self-assessment, {}", EN.date(on))
    }
    fn no_latest(&self) -> &'static str {
        "No self-assessment has been completed yet, so there are no scores to show."
    }
    fn of_five(&self, score: &str) -> String {
        format!("{score} of 5")
    }
    fn scores_table_label(&self) -> &'static str {
        "Table: score per practice"
    }
    fn scores_caption(&self) -> &'static str {
        "Score per practice in the latest self-assessment, from 1 to 5"
    }
    fn score_column(&self) -> &'static str {
        "Score"
    }
    fn change_before_column(&self) -> &'static str {
        "Change since the take before"
    }
    fn statement_by_statement(&self) -> &'static str {
        "Statement by statement"
    }
    fn statement_ratings_label(&self) -> &'static str {
        "Table: rating of each statement"
    }
    fn statement_ratings_caption(&self) -> &'static str {
        "The rating of each statement in the latest self-assessment"
    }
    fn statement_column(&self) -> &'static str {
        "Statement"
    }
    fn rating_column(&self) -> &'static str {
        "Rating"
    }
    fn own_comments(&self) -> &'static str {
        "Own comments"
    }
    fn no_own_comments(&self) -> &'static str {
        "No comments were written."
    }
    fn progress_heading(&self) -> &'static str {
        "Progress over time"
    }
    fn progress_intro(&self, takes: usize) -> String {
        format!(
            "Scores of every completed self-assessment, oldest first ({}).",
            count(takes, "take", "takes")
        )
    }
    fn progress_table_label(&self) -> &'static str {
        "Table: scores over time"
    }
    fn progress_caption(&self) -> &'static str {
        "Score per practice and both indexes in each self-assessment, from 1 to 5"
    }
    fn feedback_heading(&self) -> &'static str {
        "Feedback from colleagues (360)"
    }
    fn no_feedback(&self) -> &'static str {
        "No colleague feedback is part of this report."
    }
    fn feedback_responded(&self, subject: &str, requested: Date, total: usize) -> String {
        let asked = if subject.is_empty() {
            format!("Requested on {}", EN.date(requested))
        } else {
            format!(
                "Feedback about {subject}, requested on {}",
                EN.date(requested)
            )
        };
        format!(
            "{asked}: {} responded.",
            count(total, "colleague", "colleagues")
        )
    }
    fn groups_table_label(&self) -> &'static str {
        "Table: responses per rater group"
    }
    fn groups_caption(&self) -> &'static str {
        "Responses per rater group, and how much of each group is shown"
    }
    fn rater_group_column(&self) -> &'static str {
        "Rater group"
    }
    fn responses_column(&self) -> &'static str {
        "Responses"
    }
    fn shown_column(&self) -> &'static str {
        "How it is shown"
    }
    fn shown_as(&self, visibility: Visibility, responses: usize) -> &'static str {
        match (responses, visibility) {
            (0, _) => "No responses",
            (_, Visibility::OnItsOwn) => "Shown on its own",
            (_, Visibility::Combined) => "Shown combined with other small groups",
            (_, Visibility::CountOnly) => "Too few to show: counted only",
        }
    }
    fn withheld(&self, n: usize) -> String {
        format!(
            "{} from groups too small to show without revealing who gave them: only counted, their ratings and comments are left out.",
            count(n, "response comes", "responses come")
        )
    }
    fn practice_gaps_heading(&self) -> &'static str {
        "Self and others, practice by practice"
    }
    fn practice_gaps_label(&self) -> &'static str {
        "Table: self and others per practice"
    }
    fn practice_gaps_caption(&self) -> &'static str {
        "Self-rating, others' average and the gap (self − others) per practice, from 1 to 5; “—” where nothing may be shown"
    }
    fn statement_gaps_label(&self) -> &'static str {
        "Table: you and others per statement"
    }
    fn statement_gaps_caption(&self) -> &'static str {
        "Self-rating, others' average and the gap on each statement"
    }
    fn self_column(&self) -> &'static str {
        "Self"
    }
    fn others_column(&self) -> &'static str {
        "Others"
    }
    fn gap_column(&self) -> &'static str {
        "Gap"
    }
    fn blind_spots_heading(&self) -> &'static str {
        "Blind spots"
    }
    fn hidden_strengths_heading(&self) -> &'static str {
        "Hidden strengths"
    }
    fn none_found(&self) -> &'static str {
        "None."
    }
    fn notable_left_out(&self, n: usize, blind_spots: bool) -> String {
        let found = if blind_spots {
            count(n, "blind spot", "blind spots")
        } else {
            count(n, "hidden strength", "hidden strengths")
        };
        format!("{found} found; which statements was left out of this report.")
    }
    fn notable_figures(&self, self_score: &str, others: &str, gap: &str) -> String {
        format!("self {self_score}, others {others}, gap {gap}")
    }
    fn colleague_comments(&self) -> &'static str {
        "Colleagues' comments"
    }
    fn no_colleague_comments(&self) -> &'static str {
        "No comments can be shown: comments appear only from groups large enough to keep them anonymous."
    }
    fn anonymity_heading(&self) -> &'static str {
        "How anonymity is protected"
    }
    fn report_goals_heading(&self) -> &'static str {
        "Goals"
    }
    fn no_goals(&self) -> &'static str {
        "No goals have been set yet."
    }
    fn report_goal_status(&self, status: GoalStatus, set: Date) -> String {
        format!(
            "Status: {}. Set on {}.",
            self.goal_status(status),
            EN.date(set)
        )
    }
    fn report_check_in(&self, at: Date, status: GoalStatus) -> String {
        format!("{} — {}: ", EN.date(at), self.goal_status(status))
    }
    fn about_statement(&self) -> &'static str {
        "About the statement"
    }
    fn report_due(&self, due: Date) -> String {
        format!("By {}", EN.date(due))
    }
    fn none_yet(&self) -> &'static str {
        "None yet."
    }
    fn and_list(&self, words: &[String]) -> String {
        match words {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        }
    }

    fn data_heading(&self) -> &'static str {
        "Your data"
    }
    fn data_intro(&self) -> &'static str {
        "Everything stays in this browser. Download your ratings for a spreadsheet, or a backup of everything to keep or to move to another browser; restoring a backup adds what is missing and never overwrites what is here."
    }
    fn download_csv(&self) -> &'static str {
        "Download ratings as CSV"
    }
    fn download_backup(&self) -> &'static str {
        "Download a backup of everything"
    }
    fn restore_label(&self) -> &'static str {
        "Restore from a backup (.json) downloaded from Fulcrum"
    }
    fn no_ratings(&self) -> &'static str {
        "There are no ratings to download yet: complete a self-assessment, or add colleagues' responses on the peer feedback page."
    }
    fn csv_failed(&self, why: &str) -> String {
        format!("The CSV file could not be made ({why}). Nothing was downloaded; try again.")
    }
    fn csv_downloaded(&self, file: &str, ratings: usize) -> String {
        format!("Downloaded {file}: {ratings} ratings.")
    }
    fn backup_failed(&self, why: &str) -> String {
        format!("The backup could not be made: what is stored here could not be read ({why}). Reload the page and try again.")
    }
    fn nothing_to_back_up(&self) -> &'static str {
        "There is nothing to back up yet: Fulcrum has saved nothing in this browser."
    }
    fn backup_downloaded(&self, file: &str, records: usize) -> String {
        format!("Downloaded {file}: {records} records.")
    }
    fn backup_set_aside(&self, records: &[&str]) -> String {
        format!(
            " {} record(s) could not be read ({}); they are in the backup unchanged, as set-aside records.",
            records.len(),
            records.join(", ")
        )
    }
    fn backup_too_large(&self, megabytes: usize) -> String {
        format!(" It is larger than the {megabytes} MB that Fulcrum reads back, so this version cannot restore it: keep it, and download your assessments one by one as well.")
    }
    fn storage_full(&self) -> &'static str {
        "storage is full"
    }
    fn storage_refused(&self, why: &str) -> String {
        format!("the browser refused: {why}")
    }
    fn restore_read_failed(&self, why: &str) -> String {
        format!("What is stored here could not be read ({why}), so nothing was restored. Reload the page and try again.")
    }
    fn restore_write_failed(&self, written: usize, total: usize, why: &str) -> String {
        format!("The restore stopped after {written} of {total} new records because {why}. The records written so far are kept; restore the same backup again to add the rest (nothing is added twice).")
    }
    fn backup_error(&self, error: &BackupError) -> String {
        match error {
            BackupError::File(e) => EN.errors().file_error(e),
            BackupError::Records(_) => error.to_string(),
        }
    }
    fn restored(&self, file: &str, summary: &str) -> String {
        format!("Restored {file}. {summary}")
    }
    fn partly_restored(&self, file: &str, why: &str) -> String {
        format!("{file} was only partly restored. {why}")
    }
    fn not_restored(&self, file: &str, why: &str) -> String {
        format!("{file} was not restored. {why}")
    }
    fn restore_not_read(&self, file: &str, why: &str) -> String {
        format!("{file} was not restored: {why}. Nothing was changed.")
    }
    fn restore_refused(&self, file: &str, why: &str) -> String {
        format!("{file} was not restored. {why} Nothing was changed.")
    }
    fn last_restore(&self, file: &str, summary: &str) -> String {
        format!("Last restore, from {file}: {summary}")
    }
    fn kept_heading(&self) -> &'static str {
        "Kept as they are here (the backup's copy differs, and nothing here is overwritten):"
    }
    fn restore_empty(&self) -> &'static str {
        "The backup holds no records; nothing was added."
    }
    fn restore_nothing_new(&self) -> &'static str {
        "Nothing new to add"
    }
    fn restore_added(&self, counts: &str) -> String {
        format!("Added {counts}")
    }
    fn restore_already_here(&self, n: usize) -> String {
        format!("{n} already here")
    }
    fn restore_kept(&self, records: &[String]) -> String {
        match records {
            [one] => format!("1 kept as it was (differs from the backup: {one})"),
            all => format!(
                "{} kept as they were (differ from the backup: {})",
                all.len(),
                all.join("; ")
            ),
        }
    }
    fn record(&self, record: &Record) -> String {
        let short = |id: &str| id.chars().take(8).collect::<String>();
        match &record.content {
            Content::Assessment(c) => format!(
                "the assessment completed on {}",
                EN.date(c.completed_at.date())
            ),
            Content::Draft(_) => "the take in progress".into(),
            Content::Position(_) => "your saved place in the questionnaire".into(),
            Content::Goal(g) => format!("the goal \"{}\"", goal_excerpt(&g.specific)),
            Content::Request(r) => {
                format!("the feedback request of {}", EN.date(r.created_at.date()))
            }
            Content::Response(r) => format!(
                "{} {} ({})",
                if record.kind == RecordKind::Conflict {
                    "the differing copy of response"
                } else {
                    "response"
                },
                short(&r.id),
                csv_export::group_words(r.group)
            ),
            Content::PeerDraft(d) => format!("your feedback for {}", d.request.subject_name),
            Content::Raw(_) => format!("the set-aside record {}", record.name),
        }
    }
    fn record_count(&self, kind: RecordKind, n: usize) -> String {
        let (one, many) = match kind {
            RecordKind::Assessment => ("assessment", "assessments"),
            RecordKind::Draft => ("take in progress", "takes in progress"),
            RecordKind::Goal => ("goal", "goals"),
            RecordKind::Response => ("peer response", "peer responses"),
            RecordKind::Conflict => (
                "differing copy of a peer response",
                "differing copies of peer responses",
            ),
            RecordKind::Request => ("feedback request", "feedback requests"),
            RecordKind::PeerDraft => (
                "feedback draft for a colleague",
                "feedback drafts for colleagues",
            ),
            RecordKind::Position => (
                "saved place in the questionnaire",
                "saved places in the questionnaire",
            ),
            RecordKind::Quarantine => ("set-aside record", "set-aside records"),
        };
        count(n, one, many)
    }
}
