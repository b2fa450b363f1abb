//! Peer feedback (360): rater groups, the responses imported for one feedback request, and the
//! report that sets self against others under the anonymity rules of DESIGN.md.
//!
//! # The rules, including the choices DESIGN.md leaves open
//!
//! Let k be the instrument's `feedback.min_group_size` (at least 3, checked when the
//! instrument is validated).
//!
//! 1. **Which groups are shown** is decided on the number of *responses* in each group. Managers
//!    are exempt and shown from one response. Self is not a rater group here: the subject's own
//!    answers come in separately, and responses marked "self" are refused by [`ResponseSet`] and
//!    ignored by [`report`]. Peers, direct reports and others are shown on their own from k
//!    responses. Those under k are pooled together; the pool is shown as one
//!    "Others (combined)" column when it reaches k, and otherwise only the groups' counts are
//!    shown (the pool's ratings and comments are withheld everywhere).
//! 2. **Per statement and per practice** a column's average counts only the raters who gave a
//!    rating there ("not observed" is left out), and for a non-exempt column it is shown only
//!    when at least k of them did. Otherwise a group of three in which two answered "not
//!    observed" would show one person's rating.
//! 3. **Others** (the baseline of every gap) is everyone but the subject whose rating is shown
//!    in some column on that line: managers, groups shown on their own, and the combined pool.
//!    Withheld ratings are left out of "others" as well, because anyone could otherwise recover
//!    them by subtraction (3 peers at 4 shown, 1 direct report hidden: an "others" of 3.25
//!    would reveal the 1). "Others" needs no threshold of its own: it is built only from figures
//!    already shown, so with a lone manager it is that manager's rating.
//! 4. **A practice's figure** is the average of each rater's own average over the practice's
//!    statements, so every rater counts once; its `rated` is the number of raters with at
//!    least one rating in the practice. The subject's practice score is the one of
//!    [`Results`] (the mean of their answered statements).
//! 5. **Spread** is taken over the same values as the "others" average: lowest, highest and the
//!    population standard deviation, rounded to two decimals. Consensus is low when the standard
//!    deviation is at least [`LOW_CONSENSUS_STD_DEV`] (e.g. ratings 2, 2, 4, 4). The standard
//!    deviation is used rather than the range so that one outlier among many raters does not
//!    flag a statement on which nearly everyone agrees.
//! 6. **Gap** = self − others, computed from the two figures as shown (each rounded to two
//!    decimals) and rounded again, so the numbers on the page add up; `None` when either side is
//!    missing. Blind spots are statements with a gap ≥ the instrument's `blind_spot_gap`, hidden
//!    strengths those with a gap ≤ `hidden_strength_gap` (both bounds inclusive); at most
//!    [`MOST_NOTABLE`] of each, largest |gap| first, ties in questionnaire order.
//! 7. **Comments** are shown only from columns with at least k responses: managers are exempt
//!    from the threshold for averages only, since a lone manager's comment would be theirs by
//!    name; the combined pool counts as one group. They are trimmed, blank ones dropped, pooled
//!    per practice and sorted by their text, so neither import order nor ids show who wrote what.
//! 8. The report depends only on the set of responses, never on their order: scores are summed
//!    as exact integers (see `UNIT`), so no sum depends on the order of its terms.
//!
//! Importing (see [`ResponseSet::add`]): a response is identified by its id; two copies have the
//! same content when everything but `received_at` (when it arrived here) is equal.
use super::answers::{Answers, Rating};
use super::instrument::SCALE_POINTS;
use super::instrument::{FeedbackRules, Instrument, MAX_STATEMENTS_PER_PRACTICE};
use super::scoring::{one_decimal, round2, Results};
use std::cmp::{Ordering, Reverse};
use thiserror::Error;
use time::OffsetDateTime;

/// Others' ratings with at least this standard deviation are flagged as low consensus.
pub const LOW_CONSENSUS_STD_DEV: f64 = 1.0;
/// How many blind spots, and how many hidden strengths, the report lists at most.
pub const MOST_NOTABLE: usize = 5;

/// Who gave a set of ratings, relative to the person being assessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RaterGroup {
    SelfRating,
    Manager,
    Peer,
    DirectReport,
    Other,
}

impl RaterGroup {
    pub const ALL: [RaterGroup; 5] = [
        RaterGroup::SelfRating,
        RaterGroup::Manager,
        RaterGroup::Peer,
        RaterGroup::DirectReport,
        RaterGroup::Other,
    ];
    /// The groups a response can come from (everyone but self), in report order.
    pub const RATERS: [RaterGroup; 4] = [
        RaterGroup::Manager,
        RaterGroup::Peer,
        RaterGroup::DirectReport,
        RaterGroup::Other,
    ];

    /// The name in files and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            RaterGroup::SelfRating => "self",
            RaterGroup::Manager => "manager",
            RaterGroup::Peer => "peer",
            RaterGroup::DirectReport => "direct_report",
            RaterGroup::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.as_str() == s)
    }

    /// Self and manager are shown whatever their number of responses.
    pub fn is_exempt(self) -> bool {
        matches!(self, RaterGroup::SelfRating | RaterGroup::Manager)
    }
}

/// One colleague's answers about the subject. Comments in `answers` are keyed by practice id.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub id: String,
    pub request_id: String,
    pub group: RaterGroup,
    pub answers: Answers,
    /// When it arrived here; not part of its content.
    pub received_at: OffsetDateTime,
    /// Only when the rater chose to give it.
    pub rater_name: Option<String>,
}

impl Response {
    /// Same id and same content; when each copy arrived does not matter.
    pub fn same_content(&self, other: &Response) -> bool {
        self.id == other.id
            && self.request_id == other.request_id
            && self.group == other.group
            && self.answers == other.answers
            && self.rater_name == other.rater_name
    }
}

/// What importing one response did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportOutcome {
    Added,
    /// This exact response was already here; nothing changed.
    AlreadyImported,
    /// A response with this id but different content was already here; both are kept until
    /// the user chooses ([`ResponseSet::resolve_conflict`]).
    Conflict,
}

/// Why a response, a removal or a resolution was refused; nothing changed when one is returned.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Rejection {
    #[error("This response answers another feedback request ({found}), not this one ({expected}); nothing was changed.")]
    OtherRequest { expected: String, found: String },
    #[error("This response is marked as a self-assessment, but responses come from a manager, peer, direct report or other; nothing was changed.")]
    NotARater,
    #[error("Response {0} already has a second, different copy waiting for you to choose between them. Resolve that first; nothing was changed.")]
    UnresolvedConflict(String),
    #[error("There is no response {0} here; nothing was changed.")]
    NotFound(String),
    #[error("Response {0} has no conflict to resolve; nothing was changed.")]
    NoConflict(String),
}

/// The responses imported for one feedback request, and the differing copies that wait for the
/// user to choose. A stored set is rebuilt by adding its responses, then its conflicts.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseSet {
    request_id: String,
    responses: Vec<Response>,
    conflicts: Vec<Response>,
}

impl ResponseSet {
    pub fn new(request_id: impl Into<String>) -> Self {
        Self {
            request_id: request_id.into(),
            responses: Vec::new(),
            conflicts: Vec::new(),
        }
    }

    pub fn request_id(&self) -> &str {
        &self.request_id
    }

    /// One copy of every response id (the first imported), in import order.
    pub fn responses(&self) -> &[Response] {
        &self.responses
    }

    /// The second, differing copies, each waiting beside the response with its id.
    pub fn conflicts(&self) -> &[Response] {
        &self.conflicts
    }

    pub fn is_conflicted(&self, id: &str) -> bool {
        self.conflicts.iter().any(|c| c.id == id)
    }

    /// The responses that count in the report: all but those in conflict.
    pub fn counted(&self) -> Vec<Response> {
        self.responses
            .iter()
            .filter(|r| !self.is_conflicted(&r.id))
            .cloned()
            .collect()
    }

    /// Adds one response. Importing the same response again changes nothing; a different
    /// response under a known id is kept as a conflict, and leaves the report until resolved.
    pub fn add(&mut self, response: Response) -> Result<ImportOutcome, Rejection> {
        if response.request_id != self.request_id {
            return Err(Rejection::OtherRequest {
                expected: self.request_id.clone(),
                found: response.request_id,
            });
        }
        if response.group == RaterGroup::SelfRating {
            return Err(Rejection::NotARater);
        }
        let Some(existing) = self.responses.iter().find(|r| r.id == response.id) else {
            self.responses.push(response);
            return Ok(ImportOutcome::Added);
        };
        if existing.same_content(&response)
            || self.conflicts.iter().any(|c| c.same_content(&response))
        {
            return Ok(ImportOutcome::AlreadyImported);
        }
        if self.is_conflicted(&response.id) {
            return Err(Rejection::UnresolvedConflict(response.id));
        }
        self.conflicts.push(response);
        Ok(ImportOutcome::Conflict)
    }

    /// Settles a conflict: keeps the newly imported copy, or the one that was here first.
    pub fn resolve_conflict(&mut self, id: &str, keep_new: bool) -> Result<(), Rejection> {
        let Some(at) = self.conflicts.iter().position(|c| c.id == id) else {
            return Err(Rejection::NoConflict(id.to_owned()));
        };
        let new = self.conflicts.remove(at);
        if keep_new {
            match self.responses.iter_mut().find(|r| r.id == id) {
                Some(slot) => *slot = new,
                None => self.responses.push(new),
            }
        }
        Ok(())
    }

    /// Removes a response, and its conflicting copy if there is one.
    pub fn remove(&mut self, id: &str) -> Result<(), Rejection> {
        let before = self.responses.len();
        self.responses.retain(|r| r.id != id);
        if self.responses.len() == before {
            return Err(Rejection::NotFound(id.to_owned()));
        }
        self.conflicts.retain(|r| r.id != id);
        Ok(())
    }
}

/// How much of a rater group the report shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    /// In its own column.
    OnItsOwn,
    /// Pooled with other small groups in the "Others (combined)" column.
    Combined,
    /// Only its number of responses.
    CountOnly,
}

/// A rater group's number of responses and how much of it is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupCount {
    pub group: RaterGroup,
    pub responses: usize,
    pub visibility: Visibility,
}

/// A column of figures in the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Group(RaterGroup),
    /// The groups under k pooled together (those with [`Visibility::Combined`]).
    Combined,
}

/// A shown column and how many responses it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnInfo {
    pub column: Column,
    pub responses: usize,
}

/// An average on one line of the report.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    /// Raters who gave a rating here ("not observed" excluded).
    pub rated: usize,
    /// Rounded to two decimals; `None` when nobody rated or when withheld for anonymity.
    pub mean: Option<f64>,
}

/// How far others' ratings on one line are apart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    pub min: f64,
    pub max: f64,
    /// Population standard deviation, rounded to two decimals.
    pub std_dev: f64,
    pub low_consensus: bool,
}

/// Self against others on one statement or practice.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub self_score: Option<f64>,
    pub others: Figure,
    /// `None` when no rating of others is shown.
    pub spread: Option<Spread>,
    /// One per shown column, in the order of [`Report::columns`].
    pub columns: Vec<Figure>,
    /// Self − others; `None` when either is missing.
    pub gap: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StatementFeedback {
    pub practice_index: usize,
    pub statement_id: String,
    pub figures: Comparison,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PracticeFeedback {
    pub practice_index: usize,
    pub figures: Comparison,
    /// Comments that may be shown, sorted by text.
    pub comments: Vec<String>,
}

/// Everything the 360 report shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub min_group_size: u32,
    /// Every rater group but self, in [`RaterGroup::RATERS`] order, even those with no response.
    pub groups: Vec<GroupCount>,
    /// The shown columns: groups in [`RaterGroup::RATERS`] order, then "Others (combined)".
    pub columns: Vec<ColumnInfo>,
    /// Responses in some shown column: the raters "others" can draw on.
    pub others_responses: usize,
    /// Responses held back for anonymity (only counted).
    pub withheld_responses: usize,
    /// In questionnaire order.
    pub practices: Vec<PracticeFeedback>,
    /// In questionnaire order.
    pub statements: Vec<StatementFeedback>,
    /// Indexes into `statements`, largest gap first.
    pub blind_spots: Vec<usize>,
    /// Indexes into `statements`, largest gap (most negative) first.
    pub hidden_strengths: Vec<usize>,
    /// The rules applied, in plain words, for the page to state.
    pub rules: Vec<String>,
}

/// Scores are kept as exact integers in units of 1/[`UNIT`]: a statement's rating is a whole
/// scale point and a rater's practice average is a fraction with at most
/// [`MAX_STATEMENTS_PER_PRACTICE`] in the denominator, and `UNIT` (the least common multiple of
/// 1..=20) is divisible by every such denominator. Integer sums are exact, so the report does
/// not depend on the order of responses without sorting every line's values.
const UNIT: u32 = 232_792_560;
// Five scale points in units still fit a u32.
const _: () = assert!(UNIT.checked_mul(5).is_some());
const _: () = {
    let mut n = 1;
    while n <= MAX_STATEMENTS_PER_PRACTICE as u32 {
        assert!(
            UNIT % n == 0,
            "UNIT must be a multiple of every practice size"
        );
        n += 1;
    }
};

/// The instrument's statement ids in the order ratings are kept (by id), each with its place
/// in the questionnaire.
fn ids_in_rating_order(instrument: &Instrument) -> Vec<(&str, usize)> {
    let mut ids: Vec<(&str, usize)> = instrument
        .statements()
        .enumerate()
        .map(|(at, (_, s))| (s.id.as_str(), at))
        .collect();
    ids.sort_unstable();
    ids
}

/// Reads one response's scores once, in units, into `line` (one slot per line of the report:
/// the statements in questionnaire order, then the rater's own average per practice, rule 4);
/// `None` where not observed or not answered. `ids` from [`ids_in_rating_order`]: walking them
/// beside the ratings (both sorted by id) reads every rating with one comparison.
fn read_scores(
    instrument: &Instrument,
    ids: &[(&str, usize)],
    response: &Response,
    line: &mut [Option<u32>],
) {
    line.fill(None);
    let statements = ids.len();
    let mut wanted = ids.iter();
    let mut next = wanted.next();
    for (id, rating) in &response.answers.ratings {
        while let Some((w, at)) = next {
            match (*w).cmp(id.as_str()) {
                Ordering::Less => next = wanted.next(),
                Ordering::Equal => {
                    // Only points of the scale (all a decoder lets through) count.
                    if let (Some(slot), Rating::Value(v @ 1..=SCALE_POINTS)) =
                        (line.get_mut(*at), rating)
                    {
                        *slot = Some(u32::from(*v) * UNIT);
                    }
                    next = wanted.next();
                    break;
                }
                Ordering::Greater => break,
            }
        }
    }
    let mut first = 0;
    for (i, p) in instrument.practices().iter().enumerate() {
        let own = line
            .get(first..first + p.statements.len())
            .unwrap_or_default();
        first += p.statements.len();
        let (sum, n) = own
            .iter()
            .flatten()
            .fold((0u64, 0u64), |(s, n), v| (s + u64::from(*v), n + 1));
        // Exact: UNIT is a multiple of every n up to the statements per practice.
        let mean = (n > 0).then(|| u32::try_from(sum / n).unwrap_or(u32::MAX));
        if let Some(slot) = line.get_mut(statements + i) {
            *slot = mean;
        }
    }
}

/// The members of one shown column, with their scores laid out line by line: the report reads
/// one line at a time, so each line's scores are one contiguous run (reading each response's
/// own list on every line was most of the report's time with many responses).
struct Members<'a> {
    exempt: bool,
    responses: Vec<&'a Response>,
    /// `lines × responses.len()`: line `l` holds every member's score at `l`.
    scores: Vec<Option<u32>>,
}

impl<'a> Members<'a> {
    fn new(
        instrument: &Instrument,
        ids: &[(&str, usize)],
        exempt: bool,
        responses: Vec<&'a Response>,
    ) -> Self {
        let lines = ids.len() + instrument.practices().len();
        let n = responses.len();
        let mut scores = vec![None; lines * n];
        let mut one = vec![None; lines];
        for (r, response) in responses.iter().enumerate() {
            read_scores(instrument, ids, response, &mut one);
            for (l, score) in one.iter().enumerate() {
                if let Some(slot) = scores.get_mut(l * n + r) {
                    *slot = *score;
                }
            }
        }
        Self {
            exempt,
            responses,
            scores,
        }
    }

    /// Every member's score on line `l`.
    fn line(&self, l: usize) -> &[Option<u32>] {
        let n = self.responses.len();
        self.scores.get(l * n..(l + 1) * n).unwrap_or_default()
    }
}

/// Count, sums and extremes of scores in units: everything a line's figures need, exact and
/// independent of the order the scores came in.
#[derive(Clone, Copy, Default)]
struct Tally {
    n: u64,
    sum: i128,
    sum_of_squares: i128,
    min: i64,
    max: i64,
}

impl Tally {
    fn add(&mut self, v: i64) {
        if self.n == 0 {
            (self.min, self.max) = (v, v);
        }
        self.n += 1;
        self.sum += i128::from(v);
        self.sum_of_squares += i128::from(v) * i128::from(v);
        self.min = self.min.min(v);
        self.max = self.max.max(v);
    }

    fn merge(&mut self, other: &Tally) {
        if other.n == 0 {
            return;
        }
        if self.n == 0 {
            *self = *other;
            return;
        }
        self.n += other.n;
        self.sum += other.sum;
        self.sum_of_squares += other.sum_of_squares;
        self.min = self.min.min(other.min);
        self.max = self.max.max(other.max);
    }

    fn mean(&self) -> Option<f64> {
        (self.n > 0).then(|| self.sum as f64 / self.n as f64 / UNIT as f64)
    }

    /// Population standard deviation: n·Σv² − (Σv)² is computed exactly in integers.
    fn spread(&self) -> Option<Spread> {
        if self.n == 0 {
            return None;
        }
        let n = i128::from(self.n);
        let scaled_variance = n * self.sum_of_squares - self.sum * self.sum;
        let unit = UNIT as f64;
        let variance = scaled_variance as f64 / (self.n as f64 * self.n as f64) / (unit * unit);
        let std_dev = round2(variance.max(0.0).sqrt());
        Some(Spread {
            min: round2(self.min as f64 / unit),
            max: round2(self.max as f64 / unit),
            std_dev,
            low_consensus: std_dev >= LOW_CONSENSUS_STD_DEV,
        })
    }
}

/// One line of the report: each column's figure, others, spread and gap.
fn compare(columns: &[Members], k: usize, self_score: Option<f64>, line: usize) -> Comparison {
    let mut pooled = Tally::default();
    let figures = columns
        .iter()
        .map(|c| {
            let mut tally = Tally::default();
            c.line(line)
                .iter()
                .flatten()
                .for_each(|v| tally.add(i64::from(*v)));
            let rated = tally.n as usize;
            let shown = c.exempt || rated >= k;
            if shown {
                pooled.merge(&tally);
            }
            Figure {
                rated,
                mean: tally.mean().filter(|_| shown).map(round2),
            }
        })
        .collect();
    let others = Figure {
        rated: pooled.n as usize,
        mean: pooled.mean().map(round2),
    };
    Comparison {
        self_score,
        others,
        spread: pooled.spread(),
        columns: figures,
        gap: self_score.zip(others.mean).map(|(s, o)| round2(s - o)),
    }
}

/// A threshold in words, with up to two decimals ("1.0", "0.75"), without float formatting.
pub fn threshold(x: f64) -> String {
    let hundredths = (x * 100.0).round() as i64;
    if hundredths % 10 == 0 {
        one_decimal(x)
    } else {
        let sign = if hundredths < 0 { "-" } else { "" };
        let h = hundredths.abs();
        format!("{sign}{}.{:02}", h / 100, h % 100)
    }
}

/// The anonymity rules in English words, as the report (and the mentor report made from it)
/// carries them; the page words them per language (`i18n::feedback`).
pub fn rules_in_words(rules: FeedbackRules) -> Vec<String> {
    let k = rules.min_group_size;
    vec![
        format!("A rater group's average is shown only when at least {k} people in it responded; managers are shown whatever their number."),
        format!("Groups with fewer than {k} responses are put together as \"Others (combined)\" when together they reach {k}; otherwise only how many responded is shown."),
        format!("On each statement and practice, an average counts only the people who gave a rating there (\"not observed\" is left out), and a group's is shown only when at least {k} of them did (managers excepted)."),
        "\"Others\" is everyone but you whose ratings are shown; ratings held back for anonymity are left out of it too, so they cannot be worked out by subtraction.".into(),
        "A practice's average is taken over each person's own average of its statements, so everyone counts once.".into(),
        format!("Spread is the lowest and highest of others' ratings and their standard deviation; consensus is low when the standard deviation is {} or more.", threshold(LOW_CONSENSUS_STD_DEV)),
        format!("Gap = your rating − others' average. A gap of +{} or more is a blind spot; a gap of {} or less is a hidden strength. The {MOST_NOTABLE} largest of each are listed.", threshold(rules.blind_spot_gap), threshold(rules.hidden_strength_gap)),
        format!("Comments are shown only from groups with at least {k} responses, managers included, pooled per practice and sorted by their text, so that their order does not reveal who wrote them."),
    ]
}

/// The 360 report for `responses` (the counted ones, see [`ResponseSet::counted`]), against the
/// subject's own answers when there are any. Responses marked "self" are ignored.
pub fn report(
    instrument: &Instrument,
    self_answers: Option<&Answers>,
    responses: &[Response],
) -> Report {
    let rules = instrument.feedback();
    let k = rules.min_group_size as usize;

    // Which groups are shown, on their own or pooled.
    let mut groups = Vec::new();
    let mut columns = Vec::new();
    let mut members = Vec::new();
    let mut pool = Vec::new();
    let ids = ids_in_rating_order(instrument);
    for group in RaterGroup::RATERS {
        let rs: Vec<&Response> = responses.iter().filter(|r| r.group == group).collect();
        let n = rs.len();
        let visibility = if n == 0 {
            Visibility::CountOnly
        } else if group.is_exempt() || n >= k {
            columns.push(ColumnInfo {
                column: Column::Group(group),
                responses: n,
            });
            members.push(Members::new(instrument, &ids, group.is_exempt(), rs));
            Visibility::OnItsOwn
        } else {
            pool.extend(rs);
            Visibility::Combined
        };
        groups.push(GroupCount {
            group,
            responses: n,
            visibility,
        });
    }
    let mut withheld_responses = 0;
    if pool.len() >= k {
        columns.push(ColumnInfo {
            column: Column::Combined,
            responses: pool.len(),
        });
        members.push(Members::new(instrument, &ids, false, pool));
    } else {
        withheld_responses = pool.len();
        for g in &mut groups {
            if g.visibility == Visibility::Combined {
                g.visibility = Visibility::CountOnly;
            }
        }
    }
    let others_responses = members.iter().map(|m| m.responses.len()).sum();

    let statement_lines = ids.len();
    let statements: Vec<StatementFeedback> = instrument
        .statements()
        .enumerate()
        .map(|(j, (practice_index, s))| {
            let self_score = self_answers.and_then(|a| a.rating(&s.id).and_then(|r| r.score()));
            StatementFeedback {
                practice_index,
                statement_id: s.id.clone(),
                figures: compare(&members, k, self_score, j),
            }
        })
        .collect();

    let self_results = self_answers.map(|a| Results::compute(instrument, a));
    let practices = instrument
        .practices()
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let self_score = self_results
                .as_ref()
                .and_then(|r| r.practices.get(i))
                .and_then(|s| s.mean);
            let mut comments: Vec<String> = members
                .iter()
                .filter(|m| m.responses.len() >= k)
                .flat_map(|m| m.responses.iter())
                .map(|r| r.answers.comment(&p.id).trim())
                .filter(|c| !c.is_empty())
                .map(String::from)
                .collect();
            comments.sort_unstable();
            PracticeFeedback {
                practice_index: i,
                figures: compare(&members, k, self_score, statement_lines + i),
                comments,
            }
        })
        .collect();

    // One stable sort by size of gap; ties keep questionnaire order.
    let mut ranked: Vec<(usize, f64)> = statements
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.figures.gap.map(|g| (i, g)))
        .collect();
    ranked.sort_by_key(|&(_, g)| Reverse((g.abs() * 100.0).round() as i64));
    let pick = |keep: &dyn Fn(f64) -> bool| -> Vec<usize> {
        ranked
            .iter()
            .filter(|(_, g)| keep(*g))
            .take(MOST_NOTABLE)
            .map(|(i, _)| *i)
            .collect()
    };
    let blind_spots = pick(&|g| g >= rules.blind_spot_gap);
    let hidden_strengths = pick(&|g| g <= rules.hidden_strength_gap);

    Report {
        min_group_size: rules.min_group_size,
        groups,
        columns,
        others_responses,
        withheld_responses,
        practices,
        statements,
        blind_spots,
        hidden_strengths,
        rules: rules_in_words(rules),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::Rating;
    use crate::domain::instrument::tests::{instrument, spec};
    use time::macros::datetime;
    use RaterGroup::{DirectReport as D, Manager as M, Other as O, Peer as P};
    use Visibility::{Combined as Pooled, CountOnly as Hidden, OnItsOwn as Own};

    const REQ: &str = "req-1";
    const T0: OffsetDateTime = datetime!(2026-12-01 09:00 UTC);
    const T1: OffsetDateTime = datetime!(2026-12-02 09:00 UTC);

    fn ins_with(practices: usize, statements: usize, rules: FeedbackRules) -> Instrument {
        let mut s = spec(practices, statements);
        s.feedback = rules;
        Instrument::validate(s, "0".repeat(64))
            .unwrap_or_else(|p| panic!("test instrument invalid: {p:?}"))
    }

    fn with_k(k: u32) -> FeedbackRules {
        FeedbackRules {
            min_group_size: k,
            ..FeedbackRules::default()
        }
    }

    /// Answers rating the instrument's statements in order; 0 is "not observed".
    fn answers(ins: &Instrument, values: &[u8]) -> Answers {
        let mut a = Answers::default();
        for ((_, s), v) in ins.statements().zip(values) {
            let r = if *v == 0 {
                Rating::NotObserved
            } else {
                Rating::Value(*v)
            };
            a.ratings.insert(s.id.clone(), r);
        }
        a
    }

    fn resp(ins: &Instrument, id: &str, group: RaterGroup, values: &[u8]) -> Response {
        Response {
            id: id.into(),
            request_id: REQ.into(),
            group,
            answers: answers(ins, values),
            received_at: T0,
            rater_name: None,
        }
    }

    fn commented(mut r: Response, practice: &str, text: &str) -> Response {
        r.answers.set_comment(practice, text);
        r
    }

    /// One response per group listed, each rating every statement `value`.
    fn crowd(ins: &Instrument, groups: &[RaterGroup], value: u8) -> Vec<Response> {
        let values = vec![value; ins.statement_count()];
        groups
            .iter()
            .enumerate()
            .map(|(i, g)| resp(ins, &format!("r{i}"), *g, &values))
            .collect()
    }

    #[test]
    fn rater_groups_have_names_and_exemptions() {
        for g in RaterGroup::ALL {
            assert_eq!(RaterGroup::parse(g.as_str()), Some(g));
        }
        assert_eq!(
            RaterGroup::parse("direct_report"),
            Some(RaterGroup::DirectReport)
        );
        assert_eq!(RaterGroup::parse("boss"), None);
        assert_eq!(RaterGroup::parse("Peer"), None);
        let exempt: Vec<bool> = RaterGroup::ALL.iter().map(|g| g.is_exempt()).collect();
        assert_eq!(exempt, [true, true, false, false, false]);
        assert!(!RaterGroup::RATERS.contains(&RaterGroup::SelfRating));
    }

    #[test]
    fn every_anonymity_case() {
        struct Case {
            name: &'static str,
            k: u32,
            raters: &'static [RaterGroup],
            columns: &'static [Column],
            /// Manager, peer, direct report, other.
            visibility: [Visibility; 4],
            others: usize,
            withheld: usize,
        }
        use Column::{Combined, Group};
        let cases = [
            Case {
                name: "3 peers: peers shown",
                k: 3,
                raters: &[P, P, P],
                columns: &[Group(P)],
                visibility: [Hidden, Own, Hidden, Hidden],
                others: 3,
                withheld: 0,
            },
            Case {
                name: "2 peers + 1 direct report: no group alone, others combined with 3",
                k: 3,
                raters: &[P, D, P],
                columns: &[Combined],
                visibility: [Hidden, Pooled, Pooled, Hidden],
                others: 3,
                withheld: 0,
            },
            Case {
                name: "2 peers only: nothing but counts",
                k: 3,
                raters: &[P, P],
                columns: &[],
                visibility: [Hidden, Hidden, Hidden, Hidden],
                others: 0,
                withheld: 2,
            },
            Case {
                name: "1 manager: shown, exempt",
                k: 3,
                raters: &[M],
                columns: &[Group(M)],
                visibility: [Own, Hidden, Hidden, Hidden],
                others: 1,
                withheld: 0,
            },
            Case {
                name: "k = 4: 3 peers are not enough",
                k: 4,
                raters: &[P, P, P],
                columns: &[],
                visibility: [Hidden, Hidden, Hidden, Hidden],
                others: 0,
                withheld: 3,
            },
            Case {
                name: "k = 4: 4 peers are",
                k: 4,
                raters: &[P, P, P, P],
                columns: &[Group(P)],
                visibility: [Hidden, Own, Hidden, Hidden],
                others: 4,
                withheld: 0,
            },
            Case {
                name: "k = 4: 2 peers + 1 direct report stay hidden",
                k: 4,
                raters: &[P, P, D],
                columns: &[],
                visibility: [Hidden, Hidden, Hidden, Hidden],
                others: 0,
                withheld: 3,
            },
            Case {
                name: "k = 4: 2 peers + 2 others combine",
                k: 4,
                raters: &[P, O, P, O],
                columns: &[Combined],
                visibility: [Hidden, Pooled, Hidden, Pooled],
                others: 4,
                withheld: 0,
            },
            Case {
                name: "manager + 3 peers + 1 direct report: the direct report is withheld",
                k: 3,
                raters: &[M, P, P, P, D],
                columns: &[Group(M), Group(P)],
                visibility: [Own, Own, Hidden, Hidden],
                others: 4,
                withheld: 1,
            },
            Case {
                name: "3 peers + 1 direct report + 2 others: peers alone, the rest combined",
                k: 3,
                raters: &[O, P, D, P, O, P],
                columns: &[Group(P), Combined],
                visibility: [Hidden, Own, Pooled, Pooled],
                others: 6,
                withheld: 0,
            },
            Case {
                name: "one of each rater group",
                k: 3,
                raters: &[M, P, D, O],
                columns: &[Group(M), Combined],
                visibility: [Own, Pooled, Pooled, Pooled],
                others: 4,
                withheld: 0,
            },
            Case {
                name: "3 managers and 3 direct reports",
                k: 3,
                raters: &[M, D, M, D, M, D],
                columns: &[Group(M), Group(D)],
                visibility: [Own, Hidden, Own, Hidden],
                others: 6,
                withheld: 0,
            },
            Case {
                name: "nobody yet",
                k: 3,
                raters: &[],
                columns: &[],
                visibility: [Hidden, Hidden, Hidden, Hidden],
                others: 0,
                withheld: 0,
            },
        ];
        for c in cases {
            let ins = ins_with(1, 1, with_k(c.k));
            let responses = crowd(&ins, c.raters, 4);
            let r = report(&ins, None, &responses);
            let columns: Vec<Column> = r.columns.iter().map(|x| x.column).collect();
            assert_eq!(columns, c.columns, "{}", c.name);
            let visibility: Vec<Visibility> = r.groups.iter().map(|g| g.visibility).collect();
            assert_eq!(visibility, c.visibility, "{}", c.name);
            let counts: Vec<usize> = r.groups.iter().map(|g| g.responses).collect();
            let expected: Vec<usize> = RaterGroup::RATERS
                .iter()
                .map(|g| c.raters.iter().filter(|x| *x == g).count())
                .collect();
            assert_eq!(counts, expected, "{}: every count is shown", c.name);
            assert_eq!(r.others_responses, c.others, "{}", c.name);
            assert_eq!(r.withheld_responses, c.withheld, "{}", c.name);
            let shown: usize = r.columns.iter().map(|x| x.responses).sum();
            assert_eq!(shown, c.others, "{}", c.name);
            for line in [&r.statements[0].figures, &r.practices[0].figures] {
                assert_eq!(line.others.rated, c.others, "{}", c.name);
                let others = (c.others > 0).then_some(4.0);
                assert_eq!(line.others.mean, others, "{}", c.name);
                assert_eq!(line.columns.len(), c.columns.len(), "{}", c.name);
                assert!(
                    line.columns.iter().all(|f| f.mean == Some(4.0)),
                    "{}",
                    c.name
                );
            }
            assert_eq!(r.min_group_size, c.k);
        }
    }

    #[test]
    fn ratings_are_read_by_statement_id_whatever_the_ids_alphabetical_order() {
        let mut s = spec(2, 2);
        let ids = ["zeta", "alpha", "mid", "beta"];
        let statements = s.practices.iter_mut().flat_map(|p| p.statements.iter_mut());
        for (statement, id) in statements.zip(ids) {
            statement.id = id.into();
        }
        let ins = Instrument::validate(s, "0".repeat(64))
            .unwrap_or_else(|p| panic!("test instrument invalid: {p:?}"));
        let responses = vec![
            resp(&ins, "a", P, &[1, 2, 3, 0]),
            resp(&ins, "b", P, &[1, 4, 5, 4]),
            resp(&ins, "c", P, &[1, 3, 4, 5]),
        ];
        let r = report(&ins, None, &responses);
        let by_statement: Vec<Option<f64>> =
            r.statements.iter().map(|s| s.figures.others.mean).collect();
        assert_eq!(by_statement, [Some(1.0), Some(3.0), Some(4.0), None]);
        // Each rater's own practice averages: 1.5, 2.5, 2.0 and 3.0, 4.5, 4.5.
        let by_practice: Vec<Option<f64>> =
            r.practices.iter().map(|p| p.figures.others.mean).collect();
        assert_eq!(by_practice, [Some(2.0), Some(4.0)]);
    }

    #[test]
    fn withheld_ratings_cannot_be_recovered_from_others() {
        let ins = instrument(1, 1);
        let mut responses = crowd(&ins, &[P, P, P], 4);
        responses.push(resp(&ins, "dr", D, &[1]));
        let r = report(&ins, None, &responses);
        let f = &r.statements[0].figures;
        assert_eq!(f.others.mean, Some(4.0), "not 3.25");
        assert_eq!(f.others.rated, 3);
        assert_eq!(f.spread.map(|s| s.min), Some(4.0));
        assert_eq!(r.withheld_responses, 1);
    }

    #[test]
    fn means_skip_not_observed_and_need_k_ratings_on_the_line() {
        // Statement 0: peers 4, 5, 3 and the manager 2. Statement 1: one peer rates (2), two
        // do not observe; the manager gives 5.
        let ins = instrument(1, 2);
        let responses = vec![
            resp(&ins, "a", P, &[4, 2]),
            resp(&ins, "b", P, &[5, 0]),
            resp(&ins, "c", P, &[3, 0]),
            resp(&ins, "m", M, &[2, 5]),
        ];
        let r = report(&ins, None, &responses);
        let cols: Vec<Column> = r.columns.iter().map(|c| c.column).collect();
        assert_eq!(cols, [Column::Group(M), Column::Group(P)]);
        let s0 = &r.statements[0].figures;
        assert_eq!(
            s0.columns,
            [
                Figure {
                    rated: 1,
                    mean: Some(2.0)
                },
                Figure {
                    rated: 3,
                    mean: Some(4.0)
                }
            ]
        );
        assert_eq!(
            s0.others,
            Figure {
                rated: 4,
                mean: Some(3.5)
            }
        );
        let s1 = &r.statements[1].figures;
        assert_eq!(
            s1.columns[1],
            Figure {
                rated: 1,
                mean: None
            },
            "one peer's rating is not shown"
        );
        assert_eq!(
            s1.others,
            Figure {
                rated: 1,
                mean: Some(5.0)
            },
            "others is the manager alone"
        );
        // Practice: each peer's own average (3, 5, 3), the manager's 3.5.
        let p = &r.practices[0].figures;
        assert_eq!(p.columns[0].mean, Some(3.5));
        assert_eq!(
            p.columns[1],
            Figure {
                rated: 3,
                mean: Some(3.67)
            }
        );
        assert_eq!(
            p.others,
            Figure {
                rated: 4,
                mean: Some(3.63)
            }
        );

        // Four peers, one not observing: the mean of the three who rated.
        let responses = vec![
            resp(&ins, "a", P, &[5, 1]),
            resp(&ins, "b", P, &[4, 1]),
            resp(&ins, "c", P, &[0, 1]),
            resp(&ins, "d", P, &[3, 1]),
        ];
        let r = report(&ins, None, &responses);
        assert_eq!(
            r.statements[0].figures.columns,
            [Figure {
                rated: 3,
                mean: Some(4.0)
            }]
        );
        assert_eq!(r.statements[1].figures.others.rated, 4);
    }

    #[test]
    fn spread_and_low_consensus() {
        let cases: [(&[u8], f64, f64, f64, bool); 6] = [
            (&[3, 3, 3], 3.0, 3.0, 0.0, false),
            (&[3, 3, 4], 3.0, 4.0, 0.47, false),
            (&[3, 3, 5], 3.0, 5.0, 0.94, false),
            (&[2, 2, 4, 4], 2.0, 4.0, 1.0, true),
            (&[1, 3, 5], 1.0, 5.0, 1.63, true),
            (&[1, 5, 5, 5, 5, 5, 5, 5, 5], 1.0, 5.0, 1.26, true),
        ];
        let ins = instrument(1, 1);
        for (values, min, max, std_dev, low_consensus) in cases {
            let responses: Vec<Response> = values
                .iter()
                .enumerate()
                .map(|(i, v)| resp(&ins, &format!("r{i}"), P, &[*v]))
                .collect();
            let r = report(&ins, None, &responses);
            assert_eq!(
                r.statements[0].figures.spread,
                Some(Spread {
                    min,
                    max,
                    std_dev,
                    low_consensus
                }),
                "{values:?}"
            );
        }
        let r = report(&ins, None, &crowd(&ins, &[P, P], 1));
        assert_eq!(r.statements[0].figures.spread, None, "nothing shown");
    }

    #[test]
    fn gaps_and_thresholds_at_exactly_plus_and_minus_one() {
        // (self, three peers, expected gap); 0 is "not observed".
        let lines: [(u8, [u8; 3], Option<f64>); 6] = [
            (4, [3, 3, 3], Some(1.0)),
            (2, [3, 3, 3], Some(-1.0)),
            (4, [3, 3, 4], Some(0.67)),
            (2, [3, 3, 4], Some(-1.33)),
            (0, [3, 3, 3], None),
            (5, [0, 0, 0], None),
        ];
        let ins = instrument(1, lines.len());
        let own: Vec<u8> = lines.iter().map(|l| l.0).collect();
        let responses: Vec<Response> = (0..3)
            .map(|i| {
                let values: Vec<u8> = lines.iter().map(|l| l.1[i]).collect();
                resp(&ins, &format!("r{i}"), P, &values)
            })
            .collect();
        let me = answers(&ins, &own);
        let r = report(&ins, Some(&me), &responses);
        for (i, line) in lines.iter().enumerate() {
            assert_eq!(r.statements[i].figures.gap, line.2, "statement {i}");
        }
        assert_eq!(r.blind_spots, [0]);
        assert_eq!(r.hidden_strengths, [3, 1]);
        // Practice: self 3.4 (five rated); others 3.13, the mean of each peer's own average
        // (3, 3 and 3.4).
        assert_eq!(r.practices[0].figures.self_score, Some(3.4));
        assert_eq!(r.practices[0].figures.others.mean, Some(3.13));
        assert_eq!(r.practices[0].figures.gap, Some(0.27));

        // The thresholds come from the instrument.
        let rules = FeedbackRules {
            blind_spot_gap: 0.5,
            hidden_strength_gap: -1.2,
            ..FeedbackRules::default()
        };
        let ins = ins_with(1, lines.len(), rules);
        let r = report(&ins, Some(&me), &responses);
        assert_eq!(r.blind_spots, [0, 2]);
        assert_eq!(r.hidden_strengths, [3]);
    }

    #[test]
    fn five_largest_each_way_ties_in_questionnaire_order() {
        let ins = instrument(2, 4);
        let gaps_of = |own: &[u8], others: u8| {
            let me = answers(&ins, own);
            report(&ins, Some(&me), &crowd(&ins, &[P, P, P], others))
        };
        // Gaps 2 4 1 2 3 2 1 4.
        let r = gaps_of(&[3, 5, 2, 3, 4, 3, 2, 5], 1);
        assert_eq!(r.blind_spots, [1, 7, 4, 0, 3]);
        assert!(r.hidden_strengths.is_empty());
        // Gaps -2 -4 -1 -2 -3 -2 -1 -4.
        let r = gaps_of(&[3, 1, 4, 3, 2, 3, 4, 1], 5);
        assert_eq!(r.hidden_strengths, [1, 7, 4, 0, 3]);
        assert!(r.blind_spots.is_empty());
        // Fewer than five: all of them.
        let r = gaps_of(&[5, 3, 3, 3, 3, 3, 3, 5], 3);
        assert_eq!(r.blind_spots, [0, 7]);
    }

    #[test]
    fn without_a_self_assessment_there_are_no_gaps() {
        let ins = instrument(2, 2);
        let responses = crowd(&ins, &[P, P, P], 1);
        let r = report(&ins, None, &responses);
        let lines = r
            .statements
            .iter()
            .map(|s| &s.figures)
            .chain(r.practices.iter().map(|p| &p.figures));
        for f in lines {
            assert_eq!(f.self_score, None);
            assert_eq!(f.gap, None);
            assert_eq!(f.others.mean, Some(1.0));
        }
        assert!(r.blind_spots.is_empty() && r.hidden_strengths.is_empty());
        // A self-assessment that skipped a practice: no gap there only.
        let me = answers(&ins, &[5, 5, 0, 0]);
        let r = report(&ins, Some(&me), &responses);
        assert_eq!(r.practices[0].figures.gap, Some(4.0));
        assert_eq!(r.practices[1].figures.gap, None);
        assert_eq!(r.blind_spots, [0, 1]);
    }

    #[test]
    fn comments_only_from_groups_that_reach_k_sorted_by_text() {
        let ins = instrument(2, 1);
        let c =
            |id: &str, g: RaterGroup, text: &str| commented(resp(&ins, id, g, &[3, 3]), "p0", text);
        let cases: Vec<(&str, Vec<Response>, Vec<&str>)> = vec![
            (
                "three peers, trimmed, blanks dropped",
                vec![
                    c("1", P, "b"),
                    c("2", P, "  a "),
                    c("3", P, "c"),
                    c("4", P, "   "),
                ],
                vec!["a", "b", "c"],
            ),
            (
                "a lone manager's comment is withheld",
                vec![
                    c("m", M, "boss"),
                    c("1", P, "x"),
                    c("2", P, "y"),
                    c("3", P, "z"),
                ],
                vec!["x", "y", "z"],
            ),
            (
                "three managers reach k",
                vec![c("1", M, "m1"), c("2", M, "m2"), c("3", M, "m3")],
                vec!["m1", "m2", "m3"],
            ),
            (
                "the combined pool reaches k",
                vec![c("1", P, "p"), c("2", D, "d"), c("3", O, "o")],
                vec!["d", "o", "p"],
            ),
            (
                "a withheld direct report",
                vec![
                    c("1", P, "p1"),
                    c("2", P, "p2"),
                    c("3", P, "p3"),
                    c("4", D, "d"),
                ],
                vec!["p1", "p2", "p3"],
            ),
            ("two peers", vec![c("1", P, "p1"), c("2", P, "p2")], vec![]),
            (
                "the same words twice are both kept",
                vec![c("1", P, "same"), c("2", P, "same"), c("3", P, "")],
                vec!["same", "same"],
            ),
        ];
        for (name, responses, expected) in cases {
            let r = report(&ins, None, &responses);
            assert_eq!(r.practices[0].comments, expected, "{name}");
            assert!(r.practices[1].comments.is_empty(), "{name}");
        }
    }

    #[test]
    fn the_order_of_responses_changes_nothing() {
        let ins = instrument(2, 3);
        let responses = vec![
            commented(resp(&ins, "a", P, &[5, 4, 0, 2, 3, 1]), "p0", "zeta"),
            commented(resp(&ins, "b", P, &[1, 2, 3, 4, 0, 5]), "p1", "alpha"),
            commented(resp(&ins, "c", P, &[3, 0, 2, 5, 5, 4]), "p0", "Mid"),
            resp(&ins, "d", M, &[4, 4, 4, 1, 2, 3]),
            commented(resp(&ins, "e", D, &[2, 3, 5, 0, 1, 2]), "p0", "beta"),
            resp(&ins, "f", O, &[5, 5, 1, 3, 4, 4]),
            commented(resp(&ins, "g", O, &[2, 1, 4, 4, 3, 0]), "p1", "gamma"),
        ];
        let me = answers(&ins, &[5, 1, 3, 3, 2, 4]);
        let base = report(&ins, Some(&me), &responses);
        assert_eq!(base.practices[0].comments, ["Mid", "beta", "zeta"]);
        assert!(!base.blind_spots.is_empty() || !base.hidden_strengths.is_empty());
        for shift in 1..responses.len() {
            let mut shuffled = responses.clone();
            shuffled.rotate_left(shift);
            if shift % 2 == 1 {
                shuffled.reverse();
            }
            for (i, r) in shuffled.iter_mut().enumerate() {
                r.received_at = T1;
                r.id = format!("z{i}");
            }
            assert_eq!(report(&ins, Some(&me), &shuffled), base, "shift {shift}");
        }
    }

    #[test]
    fn self_marked_responses_are_ignored_by_the_report() {
        let ins = instrument(1, 1);
        let mut responses = crowd(&ins, &[P, P], 4);
        responses.push(resp(&ins, "s", RaterGroup::SelfRating, &[4]));
        let r = report(&ins, None, &responses);
        assert!(r.columns.is_empty());
        assert_eq!(r.withheld_responses, 2);
    }

    #[test]
    fn the_rules_are_stated_with_the_instruments_figures() {
        let r = report(&instrument(1, 1), None, &[]);
        let words = r.rules.join("\n");
        for part in [
            "at least 3 people",
            "+1.0 or more",
            "-1.0 or less",
            "deviation is 1.0",
            "5 largest",
        ] {
            assert!(words.contains(part), "{part}: {words}");
        }
        let rules = FeedbackRules {
            min_group_size: 4,
            blind_spot_gap: 0.75,
            hidden_strength_gap: -1.5,
        };
        let words = report(&ins_with(1, 1, rules), None, &[]).rules.join("\n");
        for part in [
            "at least 4 people",
            "+0.75 or more",
            "-1.5 or less",
            "at least 4 responses",
        ] {
            assert!(words.contains(part), "{part}: {words}");
        }
    }

    #[test]
    fn importing_twice_changes_nothing_and_a_different_copy_is_a_conflict() {
        let ins = instrument(1, 2);
        let original = resp(&ins, "x", P, &[4, 4]);
        let mut set = ResponseSet::new(REQ);
        assert_eq!(set.add(original.clone()), Ok(ImportOutcome::Added));
        assert_eq!(
            set.add(resp(&ins, "y", D, &[2, 2])),
            Ok(ImportOutcome::Added)
        );
        let before = set.clone();

        let mut again = original.clone();
        again.received_at = T1;
        assert_eq!(set.add(again), Ok(ImportOutcome::AlreadyImported));
        assert_eq!(set, before);

        let changed = resp(&ins, "x", P, &[1, 4]);
        assert_eq!(set.add(changed.clone()), Ok(ImportOutcome::Conflict));
        assert_eq!(set.responses(), before.responses(), "the first copy stays");
        assert_eq!(set.conflicts(), std::slice::from_ref(&changed));
        assert!(set.is_conflicted("x"));
        let counted: Vec<String> = set.counted().into_iter().map(|r| r.id).collect();
        assert_eq!(
            counted,
            ["y"],
            "a conflict leaves the report until resolved"
        );

        let after_conflict = set.clone();
        assert_eq!(set.add(changed.clone()), Ok(ImportOutcome::AlreadyImported));
        assert_eq!(
            set.add(original.clone()),
            Ok(ImportOutcome::AlreadyImported)
        );
        let third = resp(&ins, "x", P, &[2, 2]);
        assert_eq!(
            set.add(third),
            Err(Rejection::UnresolvedConflict("x".into()))
        );
        assert_eq!(set, after_conflict);

        // Keep the new copy.
        let mut keep_new = set.clone();
        assert_eq!(keep_new.resolve_conflict("x", true), Ok(()));
        assert_eq!(keep_new.responses()[0], changed);
        assert!(keep_new.conflicts().is_empty());
        assert_eq!(keep_new.counted().len(), 2);
        // Keep the first one.
        assert_eq!(set.resolve_conflict("x", false), Ok(()));
        assert_eq!(set, before);
        assert_eq!(
            set.resolve_conflict("x", true),
            Err(Rejection::NoConflict("x".into()))
        );
        assert_eq!(set, before);
    }

    #[test]
    fn refusals_change_nothing() {
        let ins = instrument(1, 1);
        let mut set = ResponseSet::new(REQ);
        assert_eq!(set.add(resp(&ins, "x", M, &[3])), Ok(ImportOutcome::Added));
        let before = set.clone();
        let mut elsewhere = resp(&ins, "x", P, &[3]);
        elsewhere.request_id = "req-2".into();
        let refusals = [
            (
                set.add(elsewhere),
                Rejection::OtherRequest {
                    expected: REQ.into(),
                    found: "req-2".into(),
                },
            ),
            (
                set.add(resp(&ins, "s", RaterGroup::SelfRating, &[3])),
                Rejection::NotARater,
            ),
            (
                set.remove("nope").map(|_| ImportOutcome::Added),
                Rejection::NotFound("nope".into()),
            ),
            (
                set.resolve_conflict("x", true)
                    .map(|_| ImportOutcome::Added),
                Rejection::NoConflict("x".into()),
            ),
        ];
        for (got, expected) in refusals {
            assert_eq!(got, Err(expected.clone()));
            let message = expected.to_string();
            assert!(message.ends_with("nothing was changed."), "{message}");
        }
        assert!(Rejection::UnresolvedConflict("x".into())
            .to_string()
            .ends_with("nothing was changed."));
        assert!(Rejection::OtherRequest {
            expected: "a".into(),
            found: "b".into()
        }
        .to_string()
        .contains("another feedback request (b)"));
        assert_eq!(set, before);
    }

    #[test]
    fn removing_a_response_takes_its_conflict_too() {
        let ins = instrument(1, 1);
        let mut set = ResponseSet::new(REQ);
        for r in [
            resp(&ins, "a", P, &[3]),
            resp(&ins, "b", P, &[4]),
            resp(&ins, "b", P, &[5]),
        ] {
            assert!(set.add(r).is_ok());
        }
        assert_eq!(set.conflicts().len(), 1);
        assert_eq!(set.remove("b"), Ok(()));
        assert!(set.conflicts().is_empty());
        let ids: Vec<&str> = set.responses().iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["a"]);
        assert_eq!(set.remove("a"), Ok(()));
        assert!(set.responses().is_empty());
        assert_eq!(set.remove("a"), Err(Rejection::NotFound("a".into())));
        assert_eq!(set.request_id(), REQ);
    }
}
