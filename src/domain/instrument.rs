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
    /// Other languages' text, in the document's order of language tags.
    pub translations: Vec<Translation>,
}

/// The instrument's text in another language, keyed by ids rather than positions. Every part
/// is optional: what a translation leaves out is shown in the instrument's own text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Translation {
    /// BCP 47 tag: a primary language subtag, optionally a region (`de`, `de-CH`, `es-419`).
    pub tag: String,
    pub title: Option<String>,
    pub description: Option<String>,
    pub source: Option<String>,
    /// All five scale labels, lowest first, or none.
    pub scale_labels: Option<Vec<String>>,
    pub not_observed: Option<String>,
    /// By practice id.
    pub practices: Vec<(String, PracticeTranslation)>,
    /// By statement id (statement ids are unique across the instrument).
    pub statements: Vec<(String, StatementTranslation)>,
}

/// A practice's text in another language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PracticeTranslation {
    pub title: Option<String>,
    pub summary: Option<String>,
    /// Replaces the whole list of suggestions when present.
    pub suggestions: Option<Vec<String>>,
}

/// A statement's two wordings in another language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StatementTranslation {
    pub self_text: Option<String>,
    pub peer_text: Option<String>,
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

    /// The language tags this instrument has translations for, in document order.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.spec.translations.iter().map(|t| t.tag.as_str())
    }

    /// The instrument with its text in the language `tag` where a translation gives it, and
    /// its own text everywhere else. A translation with exactly `tag` is preferred, then the
    /// first with the same primary subtag ("de" finds "de-CH"); when the instrument is already
    /// in that language, or has no such translation, it is returned unchanged. Ids, tags,
    /// rules, the translations themselves and the sha256 never change: answers given in one
    /// language are the same answers in another.
    pub fn in_language(&self, tag: &str) -> Instrument {
        let primary = |t: &str| t.split('-').next().unwrap_or("").to_ascii_lowercase();
        let wanted = primary(tag);
        if wanted.is_empty() || primary(&self.spec.language) == wanted {
            return self.clone();
        }
        let found = self
            .spec
            .translations
            .iter()
            .find(|t| t.tag.eq_ignore_ascii_case(tag))
            .or_else(|| {
                self.spec
                    .translations
                    .iter()
                    .find(|t| primary(&t.tag) == wanted)
            });
        let mut out = self.clone();
        if let Some(t) = found {
            apply(&mut out.spec, t);
        }
        out
    }
}

/// Puts a translation's text over the spec's own, part by part.
fn apply(spec: &mut InstrumentSpec, t: &Translation) {
    fn put(target: &mut String, text: &Option<String>) {
        if let Some(text) = text {
            target.clone_from(text);
        }
    }
    spec.language.clone_from(&t.tag);
    put(&mut spec.title, &t.title);
    put(&mut spec.description, &t.description);
    put(&mut spec.source, &t.source);
    if let Some(labels) = &t.scale_labels {
        spec.scale.labels.clone_from(labels);
    }
    put(&mut spec.scale.not_observed, &t.not_observed);
    for practice in &mut spec.practices {
        if let Some((_, pt)) = t.practices.iter().find(|(id, _)| *id == practice.id) {
            put(&mut practice.title, &pt.title);
            put(&mut practice.summary, &pt.summary);
            if let Some(suggestions) = &pt.suggestions {
                practice.suggestions.clone_from(suggestions);
            }
        }
        for statement in &mut practice.statements {
            if let Some((_, st)) = t.statements.iter().find(|(id, _)| *id == statement.id) {
                put(&mut statement.self_text, &st.self_text);
                put(&mut statement.peer_text, &st.peer_text);
            }
        }
    }
}

/// A BCP 47 tag as translations use it: a primary language subtag of 2–3 lowercase letters,
/// optionally a region of 2 uppercase letters or 3 digits (`de`, `de-CH`, `es-419`).
pub fn is_valid_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_lowercase()));
    let region_ok = match parts.next() {
        None => true,
        Some(r) => {
            (r.len() == 2 && r.bytes().all(|b| b.is_ascii_uppercase()))
                || (r.len() == 3 && r.bytes().all(|b| b.is_ascii_digit()))
        }
    };
    primary_ok && region_ok && parts.next().is_none()
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
    for t in &spec.translations {
        translation_problems(&mut p, spec, t);
    }
    p
}

/// A translation's text follows the rules of the text it replaces, and names only practices
/// and statements the instrument has. Empty text is refused: leaving a field out is how a
/// translation keeps the instrument's own text.
fn translation_problems(p: &mut Vec<Problem>, spec: &InstrumentSpec, t: &Translation) {
    let at = format!("translations.{}", t.tag);
    if !is_valid_language_tag(&t.tag) {
        p.push(Problem::new(
            at.as_str(),
            format!(
                "\"{}\" is not a language tag: use 2–3 lowercase letters, optionally a region (\"de\", \"de-CH\")",
                t.tag
            ),
        ));
    } else if t.tag == spec.language {
        p.push(Problem::new(
            at.as_str(),
            format!(
                "\"{}\" is the instrument's own language; change its text instead",
                t.tag
            ),
        ));
    }
    let opt = |p: &mut Vec<Problem>, key: &str, text: &Option<String>, max: usize| {
        if let Some(text) = text {
            check_text(p, &format!("{at}.{key}"), text, max);
        }
    };
    opt(p, "title", &t.title, MAX_TITLE_CHARS);
    opt(p, "description", &t.description, MAX_DESCRIPTION_CHARS);
    opt(p, "source", &t.source, MAX_DESCRIPTION_CHARS);
    if let Some(labels) = &t.scale_labels {
        if labels.len() != usize::from(SCALE_POINTS) {
            p.push(Problem::new(
                format!("{at}.scale.labels"),
                format!(
                    "has {} labels; the frequency scale needs exactly {SCALE_POINTS}, lowest first",
                    labels.len()
                ),
            ));
        }
        for (i, label) in labels.iter().enumerate() {
            check_text(p, &format!("{at}.scale.labels[{i}]"), label, 60);
        }
    }
    opt(p, "scale.not_observed", &t.not_observed, 60);
    for (id, pt) in &t.practices {
        let pat = format!("{at}.practices.{id}");
        if !spec.practices.iter().any(|x| x.id == *id) {
            p.push(Problem::new(
                pat.as_str(),
                format!("\"{id}\" is not a practice of this instrument"),
            ));
        }
        opt(
            p,
            &format!("practices.{id}.title"),
            &pt.title,
            MAX_TITLE_CHARS,
        );
        opt(
            p,
            &format!("practices.{id}.summary"),
            &pt.summary,
            MAX_TEXT_CHARS,
        );
        if let Some(suggestions) = &pt.suggestions {
            if suggestions.len() > MAX_SUGGESTIONS {
                p.push(Problem::new(
                    format!("{pat}.suggestions"),
                    format!(
                        "lists {} suggestions; the limit is {MAX_SUGGESTIONS}",
                        suggestions.len()
                    ),
                ));
            }
            for (k, s) in suggestions.iter().enumerate() {
                check_text(p, &format!("{pat}.suggestions[{k}]"), s, MAX_TEXT_CHARS);
            }
        }
    }
    for (id, st) in &t.statements {
        let known = spec
            .practices
            .iter()
            .flat_map(|x| &x.statements)
            .any(|s| s.id == *id);
        if !known {
            p.push(Problem::new(
                format!("{at}.statements.{id}"),
                format!("\"{id}\" is not a statement of this instrument"),
            ));
        }
        opt(
            p,
            &format!("statements.{id}.self"),
            &st.self_text,
            MAX_TEXT_CHARS,
        );
        opt(
            p,
            &format!("statements.{id}.peer"),
            &st.peer_text,
            MAX_TEXT_CHARS,
        );
    }
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
            translations: Vec::new(),
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

    fn german(spec: &InstrumentSpec) -> Translation {
        Translation {
            tag: "de".into(),
            title: Some("Prüfung".into()),
            description: Some("Beschreibung".into()),
            source: Some("Quelle".into()),
            scale_labels: Some(
                ["Nie", "Selten", "Manchmal", "Oft", "Immer"]
                    .map(String::from)
                    .to_vec(),
            ),
            not_observed: Some("Nicht beobachtet".into()),
            practices: spec
                .practices
                .iter()
                .map(|p| {
                    let t = PracticeTranslation {
                        title: Some(format!("Praxis {}", p.id)),
                        summary: Some("Kurz".into()),
                        suggestions: Some(vec!["Versuchen Sie es".into()]),
                    };
                    (p.id.clone(), t)
                })
                .collect(),
            statements: spec
                .practices
                .iter()
                .flat_map(|p| &p.statements)
                .map(|s| {
                    let t = StatementTranslation {
                        self_text: Some(format!("Sie tun {}", s.id)),
                        peer_text: Some(format!("Die Person tut {}", s.id)),
                    };
                    (s.id.clone(), t)
                })
                .collect(),
        }
    }

    fn with_translations(translations: Vec<Translation>) -> Result<Instrument, Vec<Problem>> {
        let mut s = spec(2, 2);
        s.translations = translations;
        Instrument::validate(s, "a".repeat(64))
    }

    #[test]
    fn a_full_translation_replaces_every_text_and_nothing_else() {
        let base = spec(2, 2);
        let ins = with_translations(vec![german(&base)]).unwrap_or_else(|p| panic!("{p:?}"));
        let de = ins.in_language("de");
        let d = de.spec();
        assert_eq!(
            (
                d.language.as_str(),
                d.title.as_str(),
                d.description.as_str()
            ),
            ("de", "Prüfung", "Beschreibung")
        );
        assert_eq!(d.source, "Quelle");
        assert_eq!(d.scale.labels[4], "Immer");
        assert_eq!(d.scale.not_observed, "Nicht beobachtet");
        assert_eq!(d.practices[1].title, "Praxis p1");
        assert_eq!(d.practices[1].summary, "Kurz");
        assert_eq!(d.practices[1].suggestions, ["Versuchen Sie es"]);
        assert_eq!(
            de.statement("p1-s1")
                .map(|s| (s.self_text.as_str(), s.peer_text.as_str())),
            Some(("Sie tun p1-s1", "Die Person tut p1-s1"))
        );
        // Identity, structure and rules are the instrument's own.
        assert_eq!(de.sha256(), ins.sha256());
        assert_eq!(de.id(), ins.id());
        assert_eq!(de.feedback(), ins.feedback());
        assert_eq!(d.translations, ins.spec().translations);
        let shape = |i: &Instrument| -> Vec<(usize, String, Tag)> {
            i.statements()
                .map(|(p, s)| (p, s.id.clone(), s.tag))
                .collect()
        };
        assert_eq!(shape(&de), shape(&ins));
    }

    #[test]
    fn a_partial_translation_falls_back_to_the_instruments_own_text() {
        let t = Translation {
            tag: "de".into(),
            title: Some("Prüfung".into()),
            statements: vec![(
                "p0-s1".into(),
                StatementTranslation {
                    self_text: None,
                    peer_text: Some("Die Person tut es".into()),
                },
            )],
            ..Translation::default()
        };
        let ins = with_translations(vec![t]).unwrap_or_else(|p| panic!("{p:?}"));
        let de = ins.in_language("de");
        assert_eq!(de.title(), "Prüfung");
        assert_eq!(de.scale(), ins.scale());
        assert_eq!(de.practices()[0].title, "Practice 0");
        assert_eq!(de.practices()[0].suggestions, ["Try 0"]);
        let s = de.statement("p0-s1").cloned();
        assert_eq!(
            s.map(|s| (s.self_text, s.peer_text)),
            Some(("I do 0.1".into(), "Die Person tut es".into()))
        );
        assert_eq!(de.statement("p1-s0"), ins.statement("p1-s0"));
    }

    #[test]
    fn a_language_without_a_translation_or_the_own_one_leaves_the_instrument_unchanged() {
        let base = spec(1, 2);
        let ins = with_translations(vec![german(&base)]).unwrap_or_else(|p| panic!("{p:?}"));
        for tag in ["fr", "en", "en-GB", "", "deu"] {
            assert_eq!(ins.in_language(tag), ins, "{tag:?}");
        }
        assert_eq!(instrument(1, 1).in_language("de"), instrument(1, 1));
    }

    #[test]
    fn a_regional_tag_finds_its_language_and_the_exact_one_wins() {
        let base = spec(1, 1);
        let de = german(&base);
        let swiss = Translation {
            tag: "de-CH".into(),
            title: Some("Prüfung (Schweiz)".into()),
            ..Translation::default()
        };
        let ins =
            with_translations(vec![de.clone(), swiss.clone()]).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(ins.in_language("de").title(), "Prüfung");
        assert_eq!(ins.in_language("de-CH").title(), "Prüfung (Schweiz)");
        assert_eq!(ins.in_language("de-AT").title(), "Prüfung");
        let only_swiss = with_translations(vec![swiss]).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(only_swiss.in_language("de").title(), "Prüfung (Schweiz)");
        assert_eq!(only_swiss.languages().collect::<Vec<_>>(), ["de-CH"]);
    }

    #[test]
    fn every_translation_problem_is_reported_with_its_path() {
        let base = spec(1, 1);
        let mut bad = german(&base);
        bad.title = Some(" ".into());
        bad.description = Some("x".repeat(MAX_DESCRIPTION_CHARS + 1));
        bad.scale_labels = Some(vec!["Nie".into(), String::new()]);
        bad.not_observed = Some(String::new());
        bad.practices.push((
            "nope".into(),
            PracticeTranslation {
                title: Some("x".repeat(MAX_TITLE_CHARS + 1)),
                summary: None,
                suggestions: Some(vec!["Tun".into(); MAX_SUGGESTIONS + 1]),
            },
        ));
        bad.statements.push((
            "ghost".into(),
            StatementTranslation {
                self_text: Some("x".repeat(MAX_TEXT_CHARS + 1)),
                peer_text: Some(String::new()),
            },
        ));
        let tags = ["German", "de-de", "en"].map(|tag| Translation {
            tag: tag.into(),
            ..Translation::default()
        });
        let mut s = spec(1, 1);
        s.translations = [vec![bad], tags.to_vec()].concat();
        let problems = Instrument::validate(s, String::new()).unwrap_err();
        let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            listed,
            vec![
                "translations.de.title: must not be empty",
                "translations.de.description: is 1001 characters long; the limit is 1000",
                "translations.de.scale.labels: has 2 labels; the frequency scale needs exactly 5, lowest first",
                "translations.de.scale.labels[1]: must not be empty",
                "translations.de.scale.not_observed: must not be empty",
                "translations.de.practices.nope: \"nope\" is not a practice of this instrument",
                "translations.de.practices.nope.title: is 121 characters long; the limit is 120",
                "translations.de.practices.nope.suggestions: lists 11 suggestions; the limit is 10",
                "translations.de.statements.ghost: \"ghost\" is not a statement of this instrument",
                "translations.de.statements.ghost.self: is 401 characters long; the limit is 400",
                "translations.de.statements.ghost.peer: must not be empty",
                "translations.German: \"German\" is not a language tag: use 2–3 lowercase letters, optionally a region (\"de\", \"de-CH\")",
                "translations.de-de: \"de-de\" is not a language tag: use 2–3 lowercase letters, optionally a region (\"de\", \"de-CH\")",
                "translations.en: \"en\" is the instrument's own language; change its text instead",
            ]
        );
    }

    #[test]
    fn language_tags_are_a_primary_subtag_and_an_optional_region() {
        for ok in ["de", "en", "gsw", "de-CH", "es-419"] {
            assert!(is_valid_language_tag(ok), "{ok}");
        }
        for bad in [
            "", "d", "deut", "DE", "de_CH", "de-ch", "de-CHE", "de-CH-x", "de-", "-de", "dé",
        ] {
            assert!(!is_valid_language_tag(bad), "{bad}");
        }
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
