//! English text of the peer feedback page.
use crate::domain::feedback::{
    rules_in_words, GroupCount, RaterGroup, Rejection, Visibility, LOW_CONSENSUS_STD_DEV,
    MOST_NOTABLE,
};
use crate::domain::feedback_request::RequestProblem;
use crate::domain::instrument::FeedbackRules;
use crate::domain::peer_draft::PeerError;
use crate::i18n::feedback::{and_list, capitalized, FeedbackText, ImportResult};
use crate::i18n::{English, Lang};
use time::Date;

const EN: Lang = Lang::En;

/// "1 response", "3 responses".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The group inside a sentence.
fn in_sentence(group: RaterGroup) -> &'static str {
    match group {
        RaterGroup::SelfRating => "you",
        RaterGroup::Manager => "the manager",
        RaterGroup::Peer => "peers",
        RaterGroup::DirectReport => "direct reports",
        RaterGroup::Other => "other raters",
    }
}

fn groups_in_sentence(groups: &[RaterGroup]) -> String {
    let words: Vec<&str> = groups.iter().map(|g| in_sentence(*g)).collect();
    capitalized(&and_list(&words, "and"))
}

fn or_dash(v: Option<f64>) -> String {
    v.map_or_else(|| "—".to_string(), |v| EN.one_decimal(v))
}

impl FeedbackText for English {
    fn group_label(&self, group: RaterGroup) -> &'static str {
        crate::domain::feedback_request::group_label(group)
    }
    fn back(&self) -> &'static str {
        "Back"
    }
    fn back_to_start(&self) -> &'static str {
        "Back to the start"
    }
    fn feedback_for(&self, name: &str) -> String {
        format!("Feedback for {name}")
    }
    fn downloaded(&self, file: &str) -> String {
        format!("Downloaded {file}.")
    }
    fn file_not_opened(&self, name: &str, reason: &str) -> String {
        format!("{name} was not opened. {reason}")
    }
    fn link_not_opened(&self, reason: &str) -> String {
        format!("The feedback link could not be opened. {reason}")
    }

    fn home_heading(&self) -> &'static str {
        "Feedback from colleagues"
    }
    fn home_intro(&self) -> &'static str {
        "Ask your manager, peers and the people who report to you how often they see these practices in you, then compare their view with yours. Their answers come back to you as files; nothing goes through a server."
    }
    fn ask_colleagues(&self) -> &'static str {
        "Ask colleagues for feedback"
    }
    fn your_requests(&self) -> &'static str {
        "Your requests"
    }
    fn giving_heading(&self) -> &'static str {
        "Feedback you are giving"
    }
    fn request_item(&self, created: Date, responses: usize) -> String {
        format!("Request of {} ({responses} response(s))", EN.date(created))
    }
    fn giving_item(&self, name: &str, answered: usize, total: usize) -> String {
        format!("Feedback for {name} ({answered} of {total} answered)")
    }
    fn request_file_label(&self) -> &'static str {
        "Were you sent a feedback request file? Open it here"
    }
    fn own_assessment_link(&self) -> &'static str {
        "Your own self-assessment"
    }

    fn request_form_lead(&self) -> &'static str {
        "You get a link (and a small file) to send to your manager, peers and the people who report to you. They answer the same practices about you, anonymously, and send you back a response file. Nothing goes through a server."
    }
    fn fix_problems(&self, count: usize) -> String {
        format!("Please fix {count} thing(s) below.")
    }
    fn name_label(&self) -> &'static str {
        "Your name, as the people you ask know you"
    }
    fn message_label(&self) -> &'static str {
        "A message to them (optional)"
    }
    fn due_label(&self) -> &'static str {
        "Answer by (optional)"
    }
    fn groups_legend(&self) -> &'static str {
        "Whom will you ask?"
    }
    fn cancel(&self) -> &'static str {
        "Cancel"
    }
    fn create_request(&self) -> &'static str {
        "Create the request"
    }
    fn request_problem(&self, problem: &RequestProblem) -> String {
        problem.to_string()
    }

    fn request_missing(&self) -> &'static str {
        "This feedback request is not here"
    }
    fn link_copied(&self) -> &'static str {
        "The link was copied."
    }
    fn not_read(&self, source: &str, reason: &str) -> String {
        format!("{source} was not read. {reason}")
    }
    fn import_result(&self, result: ImportResult) -> &'static str {
        match result {
            ImportResult::Added => "Added",
            ImportResult::AlreadyImported => "Already imported",
            ImportResult::Conflict => "Conflict",
            ImportResult::Rejected => "Rejected",
        }
    }
    fn added_from(&self, group: RaterGroup) -> String {
        format!("A response from the group {}.", self.group_label(group))
    }
    fn already_here(&self) -> &'static str {
        "This response is already here; nothing was changed."
    }
    fn conflict_detail(&self) -> &'static str {
        "A different response with the same number is already here. Both are kept: choose one below."
    }
    fn import_summary(&self, inputs: usize, added: usize) -> String {
        format!("{inputs} input(s) checked, {added} response(s) added.")
    }
    fn responses_not_saved(&self, reason: &str) -> String {
        format!("The responses could not be saved: {reason}")
    }
    fn response_removed(&self) -> &'static str {
        "The response was removed."
    }
    fn response_item(&self, group: RaterGroup, short_id: &str, rater: Option<&str>) -> String {
        let who = rater.map_or_else(|| "anonymous".to_string(), |n| format!("from {n}"));
        format!("{} · response {short_id} · {who} ", self.group_label(group))
    }
    fn conflict_waiting(&self) -> &'static str {
        " Another copy with different answers is waiting. "
    }
    fn keep_this(&self) -> &'static str {
        "Keep this one"
    }
    fn use_new_copy(&self) -> &'static str {
        "Use the new copy"
    }
    fn remove_response(&self, short_id: &str) -> String {
        format!("Remove response {short_id}")
    }
    fn request_summary(&self, created: Date, groups: &[RaterGroup]) -> String {
        let names: Vec<&str> = groups.iter().map(|g| self.group_label(*g)).collect();
        format!(
            "Request of {}, asking: {}.",
            EN.date(created),
            names.join(", ")
        )
    }
    fn due_on(&self, due: Date) -> String {
        format!(" Due {}.", EN.date(due))
    }
    fn complete_self_first(&self) -> &'static str {
        "Complete your own self-assessment to see your ratings beside theirs and the gaps between them."
    }
    fn send_heading(&self) -> &'static str {
        "Send the request"
    }
    fn send_text(&self) -> &'static str {
        "Send this link to the people you ask. The request travels inside the link itself (after the #), so it never reaches a server."
    }
    fn link_label(&self) -> &'static str {
        "Link to the request"
    }
    fn copy_link(&self) -> &'static str {
        "Copy the link"
    }
    fn download_request(&self) -> &'static str {
        "Download the request file"
    }
    fn add_heading(&self) -> &'static str {
        "Add responses"
    }
    fn results_caption(&self) -> &'static str {
        "What happened to each file or code"
    }
    fn column_source(&self) -> &'static str {
        "File or code"
    }
    fn column_result(&self) -> &'static str {
        "Result"
    }
    fn column_why(&self) -> &'static str {
        "Why"
    }
    fn responses_heading(&self, count: usize) -> String {
        format!("Responses ({count})")
    }
    fn none_yet(&self) -> &'static str {
        "None yet."
    }
    fn report_heading(&self) -> &'static str {
        "Your 360 report"
    }

    fn file_unreadable(&self, reason: &str) -> String {
        format!("It could not be read ({reason}). Try again, or ask for the file again.")
    }
    fn pasted_code(&self, number: usize) -> String {
        format!("Pasted code {number}")
    }
    fn response_files_label(&self) -> &'static str {
        "Response files (.json) — choose several at once, or drop them here"
    }
    fn response_codes_label(&self) -> &'static str {
        "Or paste response codes (one or more, each starting with FULCRUM-RESPONSE-)"
    }
    fn add_pasted(&self) -> &'static str {
        "Add the pasted codes"
    }

    fn request_gone(&self) -> &'static str {
        "This feedback request is not here any more"
    }
    fn open_again(&self) -> &'static str {
        "Open the link or file you were sent again."
    }
    fn start(&self) -> &'static str {
        "Start"
    }
    fn continue_answered(&self, answered: usize, total: usize) -> String {
        format!("Continue ({answered} of {total} answered)")
    }
    fn due_by(&self, name: &str, due: Date) -> String {
        format!("{name} asks for it by {}.", EN.date(due))
    }
    fn peer_lead(&self, name: &str, practices: usize) -> String {
        format!("{name} would like your view of how often they practise {practices} habits for balancing technical expertise and leadership. It takes under 10 minutes.")
    }
    fn privacy_label(&self) -> &'static str {
        "What your response contains"
    }
    fn privacy_contents(&self, name: &str) -> String {
        format!("Your answers stay on this device until you send them. At the end you get a response file (and a code you can paste) to send to {name} yourself. It contains your ratings, your comments, the group you choose below, and a random response number — not your name, unless you type it below.")
    }
    fn privacy_anonymity(&self, name: &str, min_group_size: u32) -> String {
        format!("{name} will see your ratings in their 360 report only together with others': a group's ratings and comments are shown only when at least {min_group_size} people of it responded (smaller groups are pooled, or left out). Choose \"Not observed\" for anything you have not seen.")
    }
    fn group_question(&self, name: &str) -> String {
        format!("How do you work with {name}?")
    }
    fn group_phrase(&self, group: RaterGroup, name: &str) -> String {
        match group {
            RaterGroup::Manager => format!("I am {name}'s manager"),
            RaterGroup::Peer => format!("I am {name}'s peer"),
            RaterGroup::DirectReport => format!("I report to {name}"),
            RaterGroup::Other | RaterGroup::SelfRating => {
                format!("I work with {name} in another way")
            }
        }
    }
    fn rater_name_label(&self) -> &'static str {
        "Your name (optional — leave empty to stay anonymous)"
    }
    fn not_now(&self) -> &'static str {
        "Not now"
    }
    fn next_practice(&self, title: &str) -> String {
        format!("Next: {title}")
    }
    fn review_my_answers(&self) -> &'static str {
        "Review my answers"
    }
    fn peer_progress(&self, step: usize, steps: usize, answered: usize, total: usize) -> String {
        format!("Step {step} of {steps} · {answered} of {total} statements answered")
    }
    fn peer_kicker(&self, name: &str, step: usize, steps: usize) -> String {
        format!("Feedback for {name} · practice {step} of {steps}")
    }
    fn peer_instructions(&self, name: &str) -> String {
        format!("How often does {name} do each of these? \"They\" is {name}. Choose \"Not observed\" if you have not seen it.")
    }
    fn peer_comment_label(&self, name: &str, practice: &str) -> String {
        format!("Comment for {name} on {practice} (optional)")
    }
    fn unanswered_in(&self, practice: &str, count: usize) -> String {
        format!("{practice}: {count} unanswered ")
    }
    fn answer_these(&self, practice: &str) -> String {
        format!("Answer these in {practice}")
    }
    fn review_heading(&self, name: &str) -> String {
        format!("Review your feedback for {name}")
    }
    fn choose_group(&self) -> &'static str {
        "Choose how you work with them"
    }
    fn all_answered(&self) -> &'static str {
        "Every statement has an answer. Create your response to send it."
    }
    fn create_response(&self) -> &'static str {
        "Create my response"
    }
    fn code_copied(&self) -> &'static str {
        "The response code was copied."
    }
    fn ready_heading(&self, name: &str) -> String {
        format!("Your feedback for {name} is ready")
    }
    fn send_lead(&self, name: &str) -> String {
        format!("Send it to {name} as a file or as a code. Nothing has been sent yet: Fulcrum never sends anything itself.")
    }
    fn response_contents(&self, group: RaterGroup, rater: Option<&str>) -> String {
        let name = match rater {
            Some(n) => format!(", and your name ({n})."),
            None => ", but not your name.".to_string(),
        };
        format!(
            "It contains your ratings and comments, the group you chose ({}) and a random response number{name}",
            self.group_label(group)
        )
    }
    fn download_response(&self) -> &'static str {
        "Download the response file"
    }
    fn copy_code(&self) -> &'static str {
        "Copy the response code"
    }
    fn code_label(&self) -> &'static str {
        "Response code (for chat or email)"
    }
    fn change_answers(&self) -> &'static str {
        "Change my answers"
    }
    fn done(&self) -> &'static str {
        "Done"
    }
    fn peer_error(&self, error: &PeerError) -> String {
        error.to_string()
    }
    fn rejection(&self, error: &Rejection) -> String {
        error.to_string()
    }

    fn not_shown(&self) -> &'static str {
        "not shown"
    }
    fn responses_count(&self, n: usize) -> String {
        count(n, "response", "responses")
    }
    fn column_you(&self) -> &'static str {
        "You"
    }
    fn column_others(&self) -> &'static str {
        "Others"
    }
    fn column_spread(&self) -> &'static str {
        "Spread"
    }
    fn column_gap(&self) -> &'static str {
        "Gap"
    }
    fn column_practice(&self) -> &'static str {
        "Practice"
    }
    fn column_statement(&self) -> &'static str {
        "Statement"
    }
    fn range(&self, min: f64, max: f64) -> String {
        format!("{}–{}", EN.one_decimal(min), EN.one_decimal(max))
    }
    fn std_dev(&self, sd: f64) -> String {
        format!("SD {}", EN.one_decimal(sd))
    }
    fn low_consensus(&self) -> &'static str {
        "Low consensus"
    }
    fn blind_spot(&self) -> &'static str {
        "Blind spot"
    }
    fn hidden_strength(&self) -> &'static str {
        "Hidden strength"
    }
    fn rules_heading(&self) -> &'static str {
        "How this report protects anonymity"
    }
    // The same words as the report carries into the mentor report: one English wording.
    fn anonymity_rules(&self, rules: FeedbackRules) -> Vec<String> {
        rules_in_words(rules)
    }
    fn shown_as(&self, g: &GroupCount, k: u32) -> String {
        if g.responses == 0 {
            return "No responses".into();
        }
        match g.visibility {
            Visibility::OnItsOwn if g.group.is_exempt() => {
                "Shown in its own column (a manager is shown from one response)".into()
            }
            Visibility::OnItsOwn => "Shown in its own column".into(),
            Visibility::Combined => {
                format!("Folded into “Others (combined)” — fewer than {k} responses on its own")
            }
            Visibility::CountOnly => format!(
                "Count only: fewer than {k} responses, even together with the other small groups"
            ),
        }
    }
    fn no_feedback_heading(&self) -> &'static str {
        "No feedback yet"
    }
    fn no_responses_yet(&self, name: &str) -> String {
        let about = if name.is_empty() {
            String::new()
        } else {
            format!(" about {name}")
        };
        format!("No responses{about} have been imported yet, so there is nothing to compare.")
    }
    fn no_feedback_text(&self) -> &'static str {
        "When colleagues send back their response files or codes, import them and this report fills in. A group's figures appear only once enough people in it have responded."
    }
    fn report_intro(&self, name: &str, colleagues: usize, scale: Option<(&str, &str)>) -> String {
        let scale_words = match scale {
            Some((low, high)) => format!(" Ratings run from 1 (“{low}”) to 5 (“{high}”)."),
            None => String::new(),
        };
        let colleagues = count(colleagues, "colleague", "colleagues");
        if name.is_empty() {
            format!(
                "Feedback from {colleagues}, set against your own ratings (“You”).{scale_words}"
            )
        } else {
            format!(
                "Feedback about {name} from {colleagues}, set against {name}'s own ratings (“You”).{scale_words}"
            )
        }
    }
    fn no_self_notice(&self) -> &'static str {
        "There are no ratings of your own to compare with, so “You” and “Gap” show “—” and no blind spots or hidden strengths can be found."
    }
    fn who_heading(&self) -> &'static str {
        "Who responded"
    }
    fn responded(&self, colleagues: usize) -> String {
        format!(
            "{} responded.",
            capitalized(&count(colleagues, "colleague", "colleagues"))
        )
    }
    fn groups_table_label(&self) -> &'static str {
        "Responses per rater group"
    }
    fn groups_caption(&self) -> &'static str {
        "Responses per rater group, and how much of each group this report shows"
    }
    fn column_rater_group(&self) -> &'static str {
        "Rater group"
    }
    fn column_responses(&self) -> &'static str {
        "Responses"
    }
    fn column_shown(&self) -> &'static str {
        "How it is shown"
    }
    fn folded_groups(&self, groups: &[RaterGroup], k: u32, responses: usize) -> String {
        format!(
            "{} have fewer than {k} responses each, so their ratings and comments are folded together into “Others (combined)”, {} in all.",
            groups_in_sentence(groups),
            count(responses, "response", "responses"),
        )
    }
    fn withheld_groups(&self, groups: &[RaterGroup], responses: usize, k: u32) -> String {
        format!(
            "{} have too few responses to show anything but their number, even together with the other small groups ({responses} in all, fewer than {k}); their ratings and comments are left out of this report.",
            groups_in_sentence(groups),
        )
    }
    fn none_shown_heading(&self) -> &'static str {
        "No figures can be shown yet"
    }
    fn none_shown_text(&self, k: u32) -> String {
        format!("No rater group has enough responses to show any ratings or comments without revealing who gave them. The report fills in once a group reaches {k} responses, or the smaller groups together reach {k}; a manager's ratings are shown from one response.")
    }
    fn table_hint(&self, rules: FeedbackRules) -> String {
        format!(
            "You: your own rating. Others: the average of everyone whose ratings are shown. Spread: the lowest and highest of others' ratings and their standard deviation (SD); “Low consensus” marks an SD of {} or more. Gap: you − others; “Blind spot” marks a gap of +{} or more, “Hidden strength” one of {} or less. “—”: not shown, because nobody rated it or too few did to show it without revealing who.",
            EN.threshold(LOW_CONSENSUS_STD_DEV),
            EN.threshold(rules.blind_spot_gap),
            EN.threshold(rules.hidden_strength_gap),
        )
    }
    fn practices_heading(&self) -> &'static str {
        "You and others, practice by practice"
    }
    fn practices_table_label(&self) -> &'static str {
        "Table: you and others per practice"
    }
    fn practices_caption(&self) -> &'static str {
        "Your rating, others' average and each shown group's average per practice, from 1 to 5"
    }
    fn statements_summary(&self, practice: &str, statements: usize) -> String {
        format!(
            "{practice} ({})",
            count(statements, "statement", "statements")
        )
    }
    fn statements_table_label(&self, practice: &str) -> String {
        format!("Table: statements of {practice}")
    }
    fn statements_caption(&self, practice: &str) -> String {
        format!("You and others on each statement of {practice}, from 1 to 5")
    }
    fn statements_heading(&self) -> &'static str {
        "Statement by statement"
    }
    fn statements_hint(&self) -> &'static str {
        "Open a practice to see the same figures for each of its statements."
    }
    fn none(&self) -> &'static str {
        "None."
    }
    fn notable_figures(&self, you: Option<f64>, others: Option<f64>, gap: Option<f64>) -> String {
        format!(
            "you {}, others {}, gap {}",
            or_dash(you),
            or_dash(others),
            gap.map_or_else(|| "—".to_string(), |g| EN.signed_one_decimal(g)),
        )
    }
    fn set_goal(&self) -> &'static str {
        "Set a goal"
    }
    fn set_goal_about(&self, statement: &str) -> String {
        format!("Set a goal about: {statement}")
    }
    fn blind_spots_heading(&self) -> &'static str {
        "Blind spots"
    }
    fn blind_spots_text(&self, rules: FeedbackRules) -> String {
        format!(
            "Statements where you rate yourself at least {} points higher than others rate you (a gap of +{} or more): others may not see this as often as you believe you do it, so it is worth asking them for examples. At most {MOST_NOTABLE}, largest gap first.",
            EN.threshold(rules.blind_spot_gap),
            EN.threshold(rules.blind_spot_gap),
        )
    }
    fn hidden_strengths_heading(&self) -> &'static str {
        "Hidden strengths"
    }
    fn hidden_strengths_text(&self, rules: FeedbackRules) -> String {
        format!(
            "Statements where others rate you at least {} points higher than you rate yourself (a gap of {} or less): you may be underestimating a strength you can build on. At most {MOST_NOTABLE}, largest gap first.",
            EN.threshold(-rules.hidden_strength_gap),
            EN.threshold(rules.hidden_strength_gap),
        )
    }
    fn comments_heading(&self) -> &'static str {
        "Comments"
    }
    fn comments_intro(&self, comments: usize, k: u32) -> String {
        if comments == 0 {
            format!("No comments can be shown. Comments appear only from groups with at least {k} responses, managers included, so that none can be traced to one person.")
        } else {
            format!(
                "{} in all. Under each practice they are sorted by their text, an order that does not reveal who wrote them. Only comments from groups with at least {k} responses, managers included, are shown.",
                capitalized(&count(comments, "comment", "comments"))
            )
        }
    }
    fn practice_comments(&self, comments: usize) -> String {
        format!(
            "{}, in an order that does not reveal who wrote them.",
            capitalized(&count(comments, "comment", "comments"))
        )
    }
    fn chart_label(&self) -> &'static str {
        "Bar chart of your rating and others' average for each practice, on the scale from 1 to 5. The table gives the same figures."
    }
    fn chart_others(&self) -> &'static str {
        "Others (average)"
    }
    fn chart_not_shown(&self) -> &'static str {
        "— not shown"
    }
}
