//! The mentor report: what a person shares with their mentor, built from their completed
//! takes, their latest 360 report and their goals. The report carries the names of the
//! practices and statements it shows, so a mentor can read it with any questionnaire. What the
//! author leaves out (comments, statement-level scores) is not in the report at all, so it can
//! never be shown or exported by mistake.
use super::feedback::{GroupCount, Report};
use super::goal::{Goal, GoalFocus, GoalStatus};
use super::instrument::{Instrument, Tag};
use super::scoring::{round2, Balance, Results};
use super::session::CompletedAssessment;
use time::{Date, OffsetDateTime};

/// What the author chose to include beyond the scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportOptions {
    /// Their own comments on the self-assessment and colleagues' comments in the 360 summary.
    pub include_comments: bool,
    /// Scores per statement, blind spots and hidden strengths by statement, and goals'
    /// statements.
    pub include_statements: bool,
}

/// A statement as the report names it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportStatement {
    pub id: String,
    pub tag: Tag,
    /// The first-person wording.
    pub text: String,
}

/// A practice as the report names it; its statements only when statement-level scores are
/// included.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportPractice {
    pub id: String,
    pub title: String,
    pub statements: Vec<ReportStatement>,
}

/// The questionnaire the report was made with: enough to read it without that questionnaire.
#[derive(Debug, Clone, PartialEq)]
pub struct Questionnaire {
    pub id: String,
    pub version: String,
    pub sha256: String,
    pub title: String,
    /// The scale's words, from 1 up.
    pub scale: Vec<String>,
    pub practices: Vec<ReportPractice>,
}

impl Questionnaire {
    pub fn practice_index(&self, id: &str) -> Option<usize> {
        self.practices.iter().position(|p| p.id == id)
    }

    pub fn statement(&self, id: &str) -> Option<(usize, &ReportStatement)> {
        self.practices
            .iter()
            .enumerate()
            .find_map(|(i, p)| p.statements.iter().find(|s| s.id == id).map(|s| (i, s)))
    }
}

/// The scores of one completed take.
#[derive(Debug, Clone, PartialEq)]
pub struct TakeScores {
    pub started_at: OffsetDateTime,
    pub completed_at: OffsetDateTime,
    /// One per practice, in questionnaire order; `None` for a practice without answers.
    pub practices: Vec<Option<f64>>,
    pub technical: Option<f64>,
    pub leadership: Option<f64>,
}

impl TakeScores {
    pub fn balance(&self) -> Balance {
        Balance::between(self.technical, self.leadership)
    }
}

/// The latest take's own rating of one statement.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementScore {
    pub statement_id: String,
    pub score: Option<f64>,
}

/// A comment written about one practice.
#[derive(Debug, Clone, PartialEq)]
pub struct PracticeComments {
    pub practice_index: usize,
    /// Own comments: one. Colleagues': sorted by text, so their order reveals nobody.
    pub texts: Vec<String>,
}

/// Self against others on one line of the 360 summary.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gap {
    pub self_score: Option<f64>,
    /// `None` when no rating of others may be shown.
    pub others: Option<f64>,
    /// Self − others; `None` when either is missing.
    pub gap: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StatementGap {
    pub statement_id: String,
    pub figures: Gap,
}

/// Blind spots or hidden strengths: how many, and which (only with statement-level scores).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Notable {
    pub count: usize,
    /// Largest gap first.
    pub statement_ids: Vec<String>,
}

/// The 360 report as far as it may be shown: anonymity rules already applied by
/// [`super::feedback::report`], and nothing of a withheld group but its count.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackSummary {
    /// The name the colleagues were asked about.
    pub subject_name: String,
    pub requested_at: OffsetDateTime,
    pub min_group_size: u32,
    pub groups: Vec<GroupCount>,
    pub others_responses: usize,
    pub withheld_responses: usize,
    /// One per practice, in questionnaire order.
    pub practices: Vec<Gap>,
    /// Only with statement-level scores.
    pub statements: Vec<StatementGap>,
    pub blind_spots: Notable,
    pub hidden_strengths: Notable,
    /// Only with comments.
    pub comments: Vec<PracticeComments>,
    /// The anonymity rules in words.
    pub rules: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CheckInSummary {
    pub at: OffsetDateTime,
    pub note: String,
    pub status: GoalStatus,
}

/// A goal with its SMART parts, its status and its check-ins.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalSummary {
    pub practice_id: String,
    /// The statement it is about, only with statement-level scores.
    pub statement_id: Option<String>,
    pub specific: String,
    pub measure: String,
    pub target: String,
    pub achievable: String,
    pub relevant: String,
    pub due: Date,
    pub created_at: OffsetDateTime,
    pub status: GoalStatus,
    /// Oldest first.
    pub check_ins: Vec<CheckInSummary>,
}

/// The 360 report to summarise, with what names it.
#[derive(Debug, Clone, Copy)]
pub struct FeedbackInput<'a> {
    pub subject_name: &'a str,
    pub requested_at: OffsetDateTime,
    pub report: &'a Report,
}

/// Everything the mentor report shows.
#[derive(Debug, Clone, PartialEq)]
pub struct MentorReport {
    pub id: String,
    pub generated_at: OffsetDateTime,
    /// The author's name as the mentor should see it; empty when not given.
    pub name: String,
    pub included: ReportOptions,
    pub questionnaire: Questionnaire,
    /// Oldest first; the last is the latest.
    pub takes: Vec<TakeScores>,
    /// The latest take's rating of every statement, only with statement-level scores.
    pub latest_statements: Vec<StatementScore>,
    /// The latest take's own comments, only with comments.
    pub latest_comments: Vec<PracticeComments>,
    pub feedback: Option<FeedbackSummary>,
    pub goals: Vec<GoalSummary>,
}

fn gap_of(c: &super::feedback::Comparison) -> Gap {
    Gap {
        self_score: c.self_score,
        others: c.others.mean,
        gap: c.gap,
    }
}

fn summarise_feedback(
    input: FeedbackInput,
    instrument: &Instrument,
    options: ReportOptions,
) -> FeedbackSummary {
    let report = input.report;
    let notable = |indexes: &[usize]| Notable {
        count: indexes.len(),
        statement_ids: if options.include_statements {
            indexes
                .iter()
                .filter_map(|&i| report.statements.get(i))
                .map(|s| s.statement_id.clone())
                .collect()
        } else {
            Vec::new()
        },
    };
    let comments = if options.include_comments {
        report
            .practices
            .iter()
            .filter(|p| !p.comments.is_empty())
            .map(|p| PracticeComments {
                practice_index: p.practice_index,
                texts: p.comments.clone(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let statements = if options.include_statements {
        report
            .statements
            .iter()
            .map(|s| StatementGap {
                statement_id: s.statement_id.clone(),
                figures: gap_of(&s.figures),
            })
            .collect()
    } else {
        Vec::new()
    };
    let mut practices = vec![
        Gap {
            self_score: None,
            others: None,
            gap: None,
        };
        instrument.practices().len()
    ];
    for p in &report.practices {
        if let Some(slot) = practices.get_mut(p.practice_index) {
            *slot = gap_of(&p.figures);
        }
    }
    FeedbackSummary {
        subject_name: input.subject_name.trim().to_string(),
        requested_at: input.requested_at,
        min_group_size: report.min_group_size,
        groups: report.groups.clone(),
        others_responses: report.others_responses,
        withheld_responses: report.withheld_responses,
        practices,
        statements,
        blind_spots: notable(&report.blind_spots),
        hidden_strengths: notable(&report.hidden_strengths),
        comments,
        rules: report.rules.clone(),
    }
}

fn summarise_goal(goal: &Goal, options: ReportOptions) -> GoalSummary {
    let statement_id = match &goal.focus {
        GoalFocus::Statement(id) if options.include_statements => Some(id.clone()),
        _ => None,
    };
    GoalSummary {
        practice_id: goal.practice_id.clone(),
        statement_id,
        specific: goal.specific.clone(),
        measure: goal.measure.clone(),
        target: goal.target.clone(),
        achievable: goal.achievable.clone(),
        relevant: goal.relevant.clone(),
        due: goal.due,
        created_at: goal.created_at,
        status: goal.status(),
        check_ins: goal
            .check_ins
            .iter()
            .map(|c| CheckInSummary {
                at: c.at,
                note: c.note.clone(),
                status: c.status,
            })
            .collect(),
    }
}

impl MentorReport {
    /// Builds the report. `completed` in any order; `feedback` is the latest 360 report, if
    /// any; `id` and `generated_at` come from the shell.
    pub fn build(
        instrument: &Instrument,
        completed: &[CompletedAssessment],
        feedback: Option<FeedbackInput>,
        goals: &[Goal],
        options: ReportOptions,
        id: &str,
        generated_at: OffsetDateTime,
    ) -> Self {
        let questionnaire = Questionnaire {
            id: instrument.id().to_string(),
            version: instrument.version().to_string(),
            sha256: instrument.sha256().to_string(),
            title: instrument.title().to_string(),
            scale: instrument.scale().labels.clone(),
            practices: instrument
                .practices()
                .iter()
                .map(|p| ReportPractice {
                    id: p.id.clone(),
                    title: p.title.clone(),
                    statements: if options.include_statements {
                        p.statements
                            .iter()
                            .map(|s| ReportStatement {
                                id: s.id.clone(),
                                tag: s.tag,
                                text: s.self_text.clone(),
                            })
                            .collect()
                    } else {
                        Vec::new()
                    },
                })
                .collect(),
        };
        let mut ordered: Vec<&CompletedAssessment> = completed.iter().collect();
        ordered.sort_by_key(|c| c.completed_at);
        let takes = ordered
            .iter()
            .map(|c| {
                let results = Results::compute(instrument, &c.answers);
                TakeScores {
                    started_at: c.started_at,
                    completed_at: c.completed_at,
                    practices: results.practices.iter().map(|p| p.mean).collect(),
                    technical: results.technical,
                    leadership: results.leadership,
                }
            })
            .collect();
        let latest = ordered.last();
        let latest_statements = match latest {
            Some(c) if options.include_statements => instrument
                .statements()
                .map(|(_, s)| StatementScore {
                    statement_id: s.id.clone(),
                    score: c.answers.rating(&s.id).and_then(|r| r.score()),
                })
                .collect(),
            _ => Vec::new(),
        };
        let latest_comments = match latest {
            Some(c) if options.include_comments => instrument
                .practices()
                .iter()
                .enumerate()
                .filter_map(|(i, p)| {
                    let text = c.answers.comment(&p.id).trim();
                    (!text.is_empty()).then(|| PracticeComments {
                        practice_index: i,
                        texts: vec![text.to_string()],
                    })
                })
                .collect(),
            _ => Vec::new(),
        };
        let mut goals: Vec<GoalSummary> =
            goals.iter().map(|g| summarise_goal(g, options)).collect();
        goals.sort_by_key(|g| g.created_at);
        Self {
            id: id.to_string(),
            generated_at,
            name: feedback
                .map(|f| f.subject_name.trim().to_string())
                .unwrap_or_default(),
            included: options,
            questionnaire,
            takes,
            latest_statements,
            latest_comments,
            feedback: feedback.map(|f| summarise_feedback(f, instrument, options)),
            goals,
        }
    }

    pub fn latest(&self) -> Option<&TakeScores> {
        self.takes.last()
    }

    /// How practice `index` moved from the take before the latest to the latest (two
    /// decimals); `None` with fewer than two takes or a missing score.
    pub fn change(&self, index: usize) -> Option<f64> {
        let [.., before, latest] = self.takes.as_slice() else {
            return None;
        };
        let (b, l) = (
            before.practices.get(index).copied().flatten()?,
            latest.practices.get(index).copied().flatten()?,
        );
        Some(round2(l - b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::{Answers, Rating};
    use crate::domain::feedback::{report, RaterGroup, Response};
    use crate::domain::goal::CheckIn;
    use crate::domain::instrument::tests::instrument;
    use time::macros::{date, datetime};

    const T0: OffsetDateTime = datetime!(2026-09-01 09:00 UTC);
    const T1: OffsetDateTime = datetime!(2026-12-01 09:00 UTC);
    const OWN_COMMENT: &str = "I still rewrite my team's designs myself.";
    const PEER_COMMENT: &str = "Shares context early and often.";

    fn all() -> ReportOptions {
        ReportOptions {
            include_comments: true,
            include_statements: true,
        }
    }

    fn none() -> ReportOptions {
        ReportOptions {
            include_comments: false,
            include_statements: false,
        }
    }

    fn answers(ins: &Instrument, value: u8) -> Answers {
        let mut a = Answers::default();
        for (_, s) in ins.statements() {
            a.ratings.insert(s.id.clone(), Rating::Value(value));
        }
        a
    }

    fn take(ins: &Instrument, id: &str, at: OffsetDateTime, value: u8) -> CompletedAssessment {
        let mut answers = answers(ins, value);
        answers.set_comment("p1", OWN_COMMENT);
        CompletedAssessment {
            id: id.into(),
            started_at: at,
            completed_at: at,
            answers,
        }
    }

    fn responses(ins: &Instrument, groups: &[(RaterGroup, u8)]) -> Vec<Response> {
        groups
            .iter()
            .enumerate()
            .map(|(i, (group, value))| {
                let mut answers = answers(ins, *value);
                answers.set_comment("p0", &format!("{PEER_COMMENT} ({i})"));
                Response {
                    id: format!("r{i}"),
                    request_id: "req".into(),
                    group: *group,
                    answers,
                    received_at: T1,
                    rater_name: None,
                }
            })
            .collect()
    }

    fn goal(focus: GoalFocus) -> Goal {
        Goal {
            id: "g1".into(),
            created_at: T1,
            updated_at: T1,
            focus,
            practice_id: "p1".into(),
            specific: "Hand the release process to Sam".into(),
            measure: "Releases run without me".into(),
            target: "3 in a row".into(),
            achievable: "Pair on the first one".into(),
            relevant: "Frees time for the team".into(),
            due: date!(2027 - 03 - 01),
            check_ins: vec![CheckIn {
                id: "c1".into(),
                at: T1,
                note: "First release paired.".into(),
                status: GoalStatus::OnTrack,
            }],
        }
    }

    fn build(
        ins: &Instrument,
        feedback: &Report,
        goals: &[Goal],
        options: ReportOptions,
    ) -> MentorReport {
        let takes = [take(ins, "b", T1, 4), take(ins, "a", T0, 2)];
        MentorReport::build(
            ins,
            &takes,
            Some(FeedbackInput {
                subject_name: " Ada ",
                requested_at: T1,
                report: feedback,
            }),
            goals,
            options,
            "rep-1",
            T1,
        )
    }

    #[test]
    fn everything_included_carries_history_statements_comments_and_goals() {
        let ins = instrument(2, 2);
        let latest = answers(&ins, 4);
        let peers = responses(&ins, &[(RaterGroup::Peer, 2); 3]);
        let feedback = report(&ins, Some(&latest), &peers);
        let r = build(
            &ins,
            &feedback,
            &[goal(GoalFocus::Statement("p1-s0".into()))],
            all(),
        );
        assert_eq!(r.name, "Ada");
        let dates: Vec<OffsetDateTime> = r.takes.iter().map(|t| t.completed_at).collect();
        assert_eq!(dates, [T0, T1], "oldest first");
        assert_eq!(
            r.latest().map(|t| t.practices.clone()),
            Some(vec![Some(4.0); 2])
        );
        assert_eq!(r.change(0), Some(2.0));
        assert_eq!(r.questionnaire.practices[1].statements.len(), 2);
        assert_eq!(r.latest_statements.len(), 4);
        assert_eq!(r.latest_comments[0].texts, [OWN_COMMENT]);
        let Some(fb) = &r.feedback else {
            panic!("no 360 summary")
        };
        assert_eq!(fb.practices[0].gap, Some(2.0));
        assert_eq!(fb.blind_spots.count, 4);
        assert_eq!(fb.blind_spots.statement_ids.len(), 4);
        assert_eq!(fb.statements.len(), 4);
        assert_eq!(fb.comments.len(), 1);
        assert_eq!(fb.comments[0].texts.len(), 3);
        assert_eq!(r.goals[0].statement_id.as_deref(), Some("p1-s0"));
        assert_eq!(r.goals[0].status, GoalStatus::OnTrack);
        assert_eq!(r.goals[0].check_ins[0].note, "First release paired.");
    }

    #[test]
    fn options_off_leave_comments_and_statements_out_of_the_model() {
        let ins = instrument(2, 2);
        let latest = answers(&ins, 4);
        let peers = responses(&ins, &[(RaterGroup::Peer, 2); 3]);
        let feedback = report(&ins, Some(&latest), &peers);
        let r = build(
            &ins,
            &feedback,
            &[goal(GoalFocus::Statement("p1-s0".into()))],
            none(),
        );
        assert!(r
            .questionnaire
            .practices
            .iter()
            .all(|p| p.statements.is_empty()));
        assert!(r.latest_statements.is_empty());
        assert!(r.latest_comments.is_empty());
        let Some(fb) = &r.feedback else {
            panic!("no 360 summary")
        };
        assert!(fb.statements.is_empty());
        assert!(fb.comments.is_empty());
        assert_eq!(fb.blind_spots.count, 4, "how many is still said");
        assert!(fb.blind_spots.statement_ids.is_empty());
        assert_eq!(r.goals[0].statement_id, None);
        assert_eq!(r.goals[0].practice_id, "p1", "the goal keeps its practice");
        // Scores per practice and the goals stay.
        assert_eq!(fb.practices[0].others, Some(2.0));
        assert_eq!(r.takes.len(), 2);
        let debug = format!("{r:?}");
        for absent in [OWN_COMMENT, PEER_COMMENT, "p0-s0", "I do 0.0"] {
            assert!(!debug.contains(absent), "{absent} is in the model");
        }

        let comments_only = build(
            &ins,
            &feedback,
            &[],
            ReportOptions {
                include_comments: true,
                include_statements: false,
            },
        );
        assert_eq!(comments_only.latest_comments.len(), 1);
        assert!(comments_only.latest_statements.is_empty());
    }

    #[test]
    fn withheld_groups_stay_withheld() {
        let ins = instrument(1, 2);
        // Two peers: under k = 3, and no other small group to pool with.
        let peers = responses(&ins, &[(RaterGroup::Peer, 1), (RaterGroup::Peer, 5)]);
        let feedback = report(&ins, Some(&answers(&ins, 4)), &peers);
        let r = build(&ins, &feedback, &[], all());
        let Some(fb) = &r.feedback else {
            panic!("no 360 summary")
        };
        assert_eq!(fb.withheld_responses, 2);
        assert_eq!(fb.practices[0].others, None);
        assert!(fb.statements.iter().all(|s| s.figures.others.is_none()));
        assert!(fb.comments.is_empty());
        assert!(!format!("{r:?}").contains(PEER_COMMENT));
        let peer = fb.groups.iter().find(|g| g.group == RaterGroup::Peer);
        assert_eq!(peer.map(|g| g.responses), Some(2), "only counted");
    }

    #[test]
    fn without_takes_or_feedback_the_report_is_nearly_empty() {
        let ins = instrument(2, 1);
        let r = MentorReport::build(&ins, &[], None, &[], all(), "x", T0);
        assert!(r.takes.is_empty());
        assert!(r.latest().is_none());
        assert!(r.latest_statements.is_empty());
        assert!(r.feedback.is_none());
        assert_eq!(r.change(0), None);
        assert_eq!(r.name, "");
        assert_eq!(r.questionnaire.practice_index("p1"), Some(1));
        assert_eq!(
            r.questionnaire
                .statement("p1-s0")
                .map(|(i, s)| (i, s.text.as_str())),
            Some((1, "I do 1.0"))
        );
    }
}
