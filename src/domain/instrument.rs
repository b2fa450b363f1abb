//! Instruments: the questionnaire as data (practices, tagged statements, scale, 360 rules) and
//! their validation, which reports every problem with its path.
use super::problem::Problem;
use std::collections::BTreeSet;

/// Number of points on the frequency scale (1 = never … 5 = almost always).
pub const SCALE_POINTS: u8 = 5;
/// Limits that keep an embedder's instrument usable on screen and cheap to store.
pub const MAX_PRACTICES: usize = 20;
pub const MAX_STATEMENTS_PER_PRACTICE: usize = 20;
pub const MAX_STATEMENTS: usize = 200;
pub const MAX_TITLE_CHARS: usize = 120;
pub const MAX_TEXT_CHARS: usize = 400;
pub const MAX_DESCRIPTION_CHARS: usize = 1000;
pub const MAX_SUGGESTIONS: usize = 10;
/// Anonymity threshold: a rater group is shown only from this many responses; never lower.
pub const MIN_GROUP_SIZE_FLOOR: u32 = 3;

/// Which side of the balance a statement measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tag {
    Technical,
    Leadership,
}

impl Tag {
    pub fn as_str(self) -> &'static str {
        match self {
            Tag::Technical => "technical",
            Tag::Leadership => "leadership",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "technical" => Some(Tag::Technical),
            "leadership" => Some(Tag::Leadership),
            _ => None,
        }
    }
}

/// One behavioural statement, worded for the person themself and for a colleague.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub id: String,
    pub tag: Tag,
    pub self_text: String,
    pub peer_text: String,
}

/// One of the practices: a titled group of statements with suggestions for growth.
#[derive(Debug, Clone, PartialEq)]
pub struct Practice {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub statements: Vec<Statement>,
    pub suggestions: Vec<String>,
}

/// Labels of the frequency scale, lowest first, and the "not observed" label for raters.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    pub labels: Vec<String>,
    pub not_observed: String,
}

/// Rules for the 360 report.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FeedbackRules {
    pub min_group_size: u32,
    pub blind_spot_gap: f64,
    pub hidden_strength_gap: f64,
}

impl Default for FeedbackRules {
    fn default() -> Self {
        Self {
            min_group_size: MIN_GROUP_SIZE_FLOOR,
            blind_spot_gap: 1.0,
            hidden_strength_gap: -1.0,
        }
    }
}

/// An instrument as read from its document, not yet checked. Field paths in problems
/// follow the JSON layout (`practices[i].statements[j].self`).
#[derive(Debug, Clone, PartialEq)]
pub struct InstrumentSpec {
    pub id: String,
    pub version: String,
    pub language: String,
    pub title: String,
    pub description: String,
    pub source: String,
    pub minutes: u32,
    pub scale: Scale,
    pub feedback: FeedbackRules,
    pub practices: Vec<Practice>,
}

/// A validated instrument with the SHA-256 of its canonical document, so that answers are
/// never read against the wrong questions.
#[derive(Debug, Clone, PartialEq)]
pub struct Instrument {
    spec: InstrumentSpec,
    sha256: String,
}

impl Instrument {
    /// Checks every rule and returns all problems found, not just the first.
    pub fn validate(spec: InstrumentSpec, sha256: String) -> Result<Self, Vec<Problem>> {
        let problems = problems_of(&spec);
        if problems.is_empty() {
            Ok(Self { spec, sha256 })
        } else {
            Err(problems)
        }
    }

    pub fn id(&self) -> &str {
        &self.spec.id
    }
    pub fn version(&self) -> &str {
        &self.spec.version
    }
    pub fn sha256(&self) -> &str {
        &self.sha256
    }
    pub fn spec(&self) -> &InstrumentSpec {
        &self.spec
    }
    pub fn title(&self) -> &str {
        &self.spec.title
    }
    pub fn practices(&self) -> &[Practice] {
        &self.spec.practices
    }
    pub fn scale(&self) -> &Scale {
        &self.spec.scale
    }
    pub fn feedback(&self) -> FeedbackRules {
        self.spec.feedback
    }

    /// Every statement in questionnaire order, with the index of its practice.
    pub fn statements(&self) -> impl Iterator<Item = (usize, &Statement)> {
        self.spec
            .practices
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.statements.iter().map(move |s| (i, s)))
    }

    pub fn statement_count(&self) -> usize {
        self.spec.practices.iter().map(|p| p.statements.len()).sum()
    }

    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.statements().map(|(_, s)| s).find(|s| s.id == id)
    }

    pub fn practice_index(&self, id: &str) -> Option<usize> {
        self.spec.practices.iter().position(|p| p.id == id)
    }
}

/// Ids are short lowercase slugs, safe in storage keys, file names and URLs.
pub fn is_valid_id(id: &str) -> bool {
    let mut prev_sep = true;
    if id.is_empty() || id.len() > 64 {
        return false;
    }
    for c in id.chars() {
        match c {
            'a'..='z' | '0'..='9' => prev_sep = false,
            '-' | '.' | '_' if !prev_sep => prev_sep = true,
            _ => return false,
        }
    }
    !prev_sep
}

fn check_text(problems: &mut Vec<Problem>, path: &str, text: &str, max: usize) {
    if text.trim().is_empty() {
        problems.push(Problem::new(path, "must not be empty"));
    } else if text.chars().count() > max {
        problems.push(Problem::new(
            path,
            format!(
                "is {} characters long; the limit is {max}",
                text.chars().count()
            ),
        ));
    }
}

fn check_id(problems: &mut Vec<Problem>, path: &str, id: &str) {
    if !is_valid_id(id) {
        problems.push(Problem::new(
            path,
            format!("\"{id}\" is not a valid id: use 1–64 lowercase letters, digits and single '-', '.' or '_' between them"),
        ));
    }
}

fn problems_of(spec: &InstrumentSpec) -> Vec<Problem> {
    let mut p = Vec::new();
    check_id(&mut p, "id", &spec.id);
    check_text(&mut p, "version", &spec.version, 32);
    check_text(&mut p, "title", &spec.title, MAX_TITLE_CHARS);
    if spec.description.chars().count() > MAX_DESCRIPTION_CHARS {
        p.push(Problem::new(
            "description",
            format!("is longer than {MAX_DESCRIPTION_CHARS} characters"),
        ));
    }
    if !(1..=240).contains(&spec.minutes) {
        p.push(Problem::new(
            "minutes",
            format!("{} is not between 1 and 240", spec.minutes),
        ));
    }
    if spec.scale.labels.len() != usize::from(SCALE_POINTS) {
        p.push(Problem::new(
            "scale.labels",
            format!(
                "has {} labels; the frequency scale needs exactly {SCALE_POINTS}, lowest first",
                spec.scale.labels.len()
            ),
        ));
    }
    for (i, label) in spec.scale.labels.iter().enumerate() {
        check_text(&mut p, &format!("scale.labels[{i}]"), label, 60);
    }
    check_text(&mut p, "scale.not_observed", &spec.scale.not_observed, 60);
    let fb = spec.feedback;
    if fb.min_group_size < MIN_GROUP_SIZE_FLOOR {
        p.push(Problem::new(
            "feedback.min_group_size",
            format!(
                "is {}; anonymity needs at least {MIN_GROUP_SIZE_FLOOR}",
                fb.min_group_size
            ),
        ));
    }
    if !(fb.blind_spot_gap > 0.0 && fb.blind_spot_gap <= 4.0) {
        p.push(Problem::new(
            "feedback.blind_spot_gap",
            "must be a number above 0 and at most 4",
        ));
    }
    if !(fb.hidden_strength_gap < 0.0 && fb.hidden_strength_gap >= -4.0) {
        p.push(Problem::new(
            "feedback.hidden_strength_gap",
            "must be a number below 0 and at least -4",
        ));
    }
    if spec.practices.is_empty() {
        p.push(Problem::new("practices", "must list at least one practice"));
    } else if spec.practices.len() > MAX_PRACTICES {
        p.push(Problem::new(
            "practices",
            format!(
                "lists {} practices; the limit is {MAX_PRACTICES}",
                spec.practices.len()
            ),
        ));
    }
    let total: usize = spec.practices.iter().map(|x| x.statements.len()).sum();
    if total > MAX_STATEMENTS {
        p.push(Problem::new(
            "practices",
            format!("hold {total} statements in all; the limit is {MAX_STATEMENTS}"),
        ));
    }
    let mut practice_ids = BTreeSet::new();
    let mut statement_ids = BTreeSet::new();
    for (i, practice) in spec.practices.iter().enumerate() {
        let at = format!("practices[{i}]");
        check_id(&mut p, &format!("{at}.id"), &practice.id);
        if !practice_ids.insert(practice.id.as_str()) {
            p.push(Problem::new(
                format!("{at}.id"),
                format!("\"{}\" is used by an earlier practice", practice.id),
            ));
        }
        check_text(
            &mut p,
            &format!("{at}.title"),
            &practice.title,
            MAX_TITLE_CHARS,
        );
        if practice.summary.chars().count() > MAX_TEXT_CHARS {
            p.push(Problem::new(
                format!("{at}.summary"),
                format!("is longer than {MAX_TEXT_CHARS} characters"),
            ));
        }
        if practice.statements.is_empty() {
            p.push(Problem::new(
                format!("{at}.statements"),
                "must list at least one statement",
            ));
        } else if practice.statements.len() > MAX_STATEMENTS_PER_PRACTICE {
            p.push(Problem::new(
                format!("{at}.statements"),
                format!(
                    "lists {} statements; the limit is {MAX_STATEMENTS_PER_PRACTICE}",
                    practice.statements.len()
                ),
            ));
        }
        for (j, st) in practice.statements.iter().enumerate() {
            let sat = format!("{at}.statements[{j}]");
            check_id(&mut p, &format!("{sat}.id"), &st.id);
            if !statement_ids.insert(st.id.as_str()) {
                p.push(Problem::new(
                    format!("{sat}.id"),
                    format!("\"{}\" is used by an earlier statement", st.id),
                ));
            }
            check_text(
                &mut p,
                &format!("{sat}.self"),
                &st.self_text,
                MAX_TEXT_CHARS,
            );
            check_text(
                &mut p,
                &format!("{sat}.peer"),
                &st.peer_text,
                MAX_TEXT_CHARS,
            );
        }
        if practice.suggestions.len() > MAX_SUGGESTIONS {
            p.push(Problem::new(
                format!("{at}.suggestions"),
                format!(
                    "lists {} suggestions; the limit is {MAX_SUGGESTIONS}",
                    practice.suggestions.len()
                ),
            ));
        }
        for (k, s) in practice.suggestions.iter().enumerate() {
            check_text(&mut p, &format!("{at}.suggestions[{k}]"), s, MAX_TEXT_CHARS);
        }
    }
    p
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn spec(practices: usize, statements: usize) -> InstrumentSpec {
        InstrumentSpec {
            id: "test.instrument".into(),
            version: "1.0.0".into(),
            language: "en".into(),
            title: "Test".into(),
            description: String::new(),
            source: String::new(),
            minutes: 5,
            scale: Scale {
                labels: ["Never", "Rarely", "Sometimes", "Often", "Always"]
                    .map(String::from)
                    .to_vec(),
                not_observed: "Not observed".into(),
            },
            feedback: FeedbackRules::default(),
            practices: (0..practices)
                .map(|i| Practice {
                    id: format!("p{i}"),
                    title: format!("Practice {i}"),
                    summary: String::new(),
                    statements: (0..statements)
                        .map(|j| Statement {
                            id: format!("p{i}-s{j}"),
                            tag: if j % 2 == 0 {
                                Tag::Technical
                            } else {
                                Tag::Leadership
                            },
                            self_text: format!("I do {i}.{j}"),
                            peer_text: format!("They do {i}.{j}"),
                        })
                        .collect(),
                    suggestions: vec![format!("Try {i}")],
                })
                .collect(),
        }
    }

    pub fn instrument(practices: usize, statements: usize) -> Instrument {
        Instrument::validate(spec(practices, statements), "0".repeat(64))
            .unwrap_or_else(|p| panic!("test instrument invalid: {p:?}"))
    }

    #[test]
    fn a_valid_spec_passes() {
        let i = instrument(3, 4);
        assert_eq!(i.statement_count(), 12);
        assert_eq!(i.statement("p1-s2").map(|s| s.tag), Some(Tag::Technical));
    }

    #[test]
    fn every_problem_is_reported_with_its_path() {
        let mut s = spec(2, 2);
        s.id = "Bad Id".into();
        s.scale.labels.pop();
        s.feedback.min_group_size = 2;
        s.practices[1].id = "p0".into();
        s.practices[1].statements[1].id = "p0-s0".into();
        s.practices[0].statements[0].peer_text = "  ".into();
        let problems = Instrument::validate(s, String::new()).unwrap_err();
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            vec![
                "id",
                "scale.labels",
                "feedback.min_group_size",
                "practices[0].statements[0].peer",
                "practices[1].id",
                "practices[1].statements[1].id",
            ]
        );
        assert!(problems[2].message.contains("at least 3"));
    }

    #[test]
    fn limits_are_enforced() {
        let s = spec(MAX_PRACTICES + 1, 1);
        let problems = Instrument::validate(s, String::new()).unwrap_err();
        assert_eq!(problems[0].path, "practices");
        assert!(problems[0].message.contains("limit is 20"));
        let mut s = spec(1, 1);
        s.practices[0].statements[0].self_text = "x".repeat(MAX_TEXT_CHARS + 1);
        let problems = Instrument::validate(s, String::new()).unwrap_err();
        assert!(problems[0].message.contains("401 characters"));
    }

    #[test]
    fn ids_are_slugs() {
        for ok in ["a", "learning-1", "fulcrum.leadership-balance", "x_y"] {
            assert!(is_valid_id(ok), "{ok}");
        }
        for bad in ["", "-a", "a-", "a--b", "A", "a b", "a/b", "ä"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }
}
