//! German text of the peer feedback page (Sie-form; "Feedbackgebende" for raters).
use crate::domain::feedback::{
    GroupCount, RaterGroup, Rejection, Visibility, LOW_CONSENSUS_STD_DEV, MOST_NOTABLE,
};
use crate::domain::feedback_request::{RequestProblem, MAX_MESSAGE_CHARS, MAX_NAME_CHARS};
use crate::domain::instrument::FeedbackRules;
use crate::domain::peer_draft::PeerError;
use crate::i18n::feedback::{and_list, FeedbackText, ImportResult};
use crate::i18n::{German, Lang};
use time::Date;

const DE: Lang = Lang::De;

/// "1 Rückmeldung", "3 Rückmeldungen".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn responses(n: usize) -> String {
    count(n, "Rückmeldung", "Rückmeldungen")
}

/// The groups inside a sentence ("Kolleginnen und Kollegen sowie Mitarbeitende"); "sowie",
/// because a group name can hold an "und" of its own.
fn groups_in_sentence(groups: &[RaterGroup]) -> String {
    let words: Vec<&str> = groups
        .iter()
        .map(|g| match g {
            RaterGroup::SelfRating => "Sie selbst",
            RaterGroup::Manager => "die Führungskraft",
            RaterGroup::Peer => "Kolleginnen und Kollegen",
            RaterGroup::DirectReport => "Mitarbeitende",
            RaterGroup::Other => "weitere Feedbackgebende",
        })
        .collect();
    and_list(&words, "sowie")
}

fn or_dash(v: Option<f64>) -> String {
    v.map_or_else(|| "—".to_string(), |v| DE.one_decimal(v))
}

impl FeedbackText for German {
    fn group_label(&self, group: RaterGroup) -> &'static str {
        DE.common().rater_group(group)
    }
    fn back(&self) -> &'static str {
        "Zurück"
    }
    fn back_to_start(&self) -> &'static str {
        "Zurück zum Anfang"
    }
    fn feedback_for(&self, name: &str) -> String {
        format!("Feedback für {name}")
    }
    fn downloaded(&self, file: &str) -> String {
        format!("{file} wurde heruntergeladen.")
    }
    fn file_not_opened(&self, name: &str, reason: &str) -> String {
        format!("{name} wurde nicht geöffnet. {reason}")
    }
    fn link_not_opened(&self, reason: &str) -> String {
        format!("Der Feedback-Link konnte nicht geöffnet werden. {reason}")
    }

    fn home_heading(&self) -> &'static str {
        "Feedback von Kolleginnen und Kollegen"
    }
    fn home_intro(&self) -> &'static str {
        "Fragen Sie Ihre Führungskraft, Ihre Kolleginnen und Kollegen und Ihre Mitarbeitenden, wie oft sie diese Praktiken bei Ihnen erleben, und vergleichen Sie deren Sicht mit Ihrer eigenen. Die Antworten kommen als Dateien zu Ihnen zurück; nichts läuft über einen Server."
    }
    fn ask_colleagues(&self) -> &'static str {
        "Feedback von Kolleginnen und Kollegen einholen"
    }
    fn your_requests(&self) -> &'static str {
        "Ihre Feedback-Anfragen"
    }
    fn giving_heading(&self) -> &'static str {
        "Feedback, das Sie gerade geben"
    }
    fn request_item(&self, created: Date, n: usize) -> String {
        format!("Anfrage vom {} ({})", DE.date(created), responses(n))
    }
    fn giving_item(&self, name: &str, answered: usize, total: usize) -> String {
        format!("Feedback für {name} ({answered} von {total} beantwortet)")
    }
    fn request_file_label(&self) -> &'static str {
        "Haben Sie eine Datei mit einer Feedback-Anfrage erhalten? Öffnen Sie sie hier"
    }
    fn own_assessment_link(&self) -> &'static str {
        "Ihre eigene Selbsteinschätzung"
    }

    fn request_form_lead(&self) -> &'static str {
        "Sie erhalten einen Link (und eine kleine Datei) für Ihre Führungskraft, Ihre Kolleginnen und Kollegen und Ihre Mitarbeitenden. Diese beantworten anonym dieselben Praktiken über Sie und schicken Ihnen ihre Rückmeldung als Datei zurück. Nichts läuft über einen Server."
    }
    fn fix_problems(&self, n: usize) -> String {
        if n == 1 {
            "Bitte korrigieren Sie die folgende Angabe.".to_string()
        } else {
            format!("Bitte korrigieren Sie die folgenden {n} Angaben.")
        }
    }
    fn name_label(&self) -> &'static str {
        "Ihr Name, so wie die angefragten Personen Sie kennen"
    }
    fn message_label(&self) -> &'static str {
        "Nachricht an die angefragten Personen (optional)"
    }
    fn due_label(&self) -> &'static str {
        "Antwort bis (optional)"
    }
    fn groups_legend(&self) -> &'static str {
        "Wen möchten Sie fragen?"
    }
    fn cancel(&self) -> &'static str {
        "Abbrechen"
    }
    fn create_request(&self) -> &'static str {
        "Anfrage erstellen"
    }
    fn request_problem(&self, problem: &RequestProblem) -> String {
        match problem {
            RequestProblem::NoName => {
                "Geben Sie Ihren Namen so ein, wie ihn die angefragten Personen kennen.".into()
            }
            RequestProblem::NameTooLong => {
                format!("Verwenden Sie für Ihren Namen höchstens {MAX_NAME_CHARS} Zeichen.")
            }
            RequestProblem::MessageTooLong => {
                format!("Die Nachricht darf höchstens {MAX_MESSAGE_CHARS} Zeichen lang sein.")
            }
            RequestProblem::DueInPast => "Das Datum liegt in der Vergangenheit: Wählen Sie heute oder ein späteres Datum, oder lassen Sie das Feld leer.".into(),
            RequestProblem::DueNotADate => {
                "Geben Sie ein gültiges Datum ein, oder lassen Sie das Feld leer.".into()
            }
            RequestProblem::NoGroups => {
                "Wählen Sie mindestens eine Gruppe aus, die Sie fragen möchten.".into()
            }
            RequestProblem::SelfAsked => "Sich selbst bewerten Sie in Ihrer eigenen Selbsteinschätzung, nicht über eine Anfrage.".into(),
            RequestProblem::Twice(g) => format!("„{}“ ist doppelt aufgeführt.", self.group_label(*g)),
        }
    }

    fn request_missing(&self) -> &'static str {
        "Diese Feedback-Anfrage ist nicht vorhanden"
    }
    fn link_copied(&self) -> &'static str {
        "Der Link wurde kopiert."
    }
    fn not_read(&self, source: &str, reason: &str) -> String {
        format!("{source} wurde nicht gelesen. {reason}")
    }
    fn import_result(&self, result: ImportResult) -> &'static str {
        match result {
            ImportResult::Added => "Hinzugefügt",
            ImportResult::AlreadyImported => "Bereits importiert",
            ImportResult::Conflict => "Konflikt",
            ImportResult::Rejected => "Abgelehnt",
        }
    }
    fn added_from(&self, group: RaterGroup) -> String {
        format!(
            "Eine Rückmeldung aus der Gruppe „{}“.",
            self.group_label(group)
        )
    }
    fn already_here(&self) -> &'static str {
        "Diese Rückmeldung ist bereits vorhanden; es wurde nichts geändert."
    }
    fn conflict_detail(&self) -> &'static str {
        "Eine andere Rückmeldung mit derselben Nummer ist bereits vorhanden. Beide werden aufbewahrt: Wählen Sie unten eine aus."
    }
    fn import_summary(&self, inputs: usize, added: usize) -> String {
        format!(
            "{} geprüft, {} hinzugefügt.",
            count(inputs, "Eingabe", "Eingaben"),
            responses(added)
        )
    }
    fn responses_not_saved(&self, reason: &str) -> String {
        format!("Die Rückmeldungen konnten nicht gespeichert werden: {reason}")
    }
    fn response_removed(&self) -> &'static str {
        "Die Rückmeldung wurde entfernt."
    }
    fn response_item(&self, group: RaterGroup, short_id: &str, rater: Option<&str>) -> String {
        let who = rater.map_or_else(|| "anonym".to_string(), |n| format!("von {n}"));
        format!(
            "{} · Rückmeldung {short_id} · {who} ",
            self.group_label(group)
        )
    }
    fn conflict_waiting(&self) -> &'static str {
        " Eine weitere Fassung mit anderen Antworten wartet auf Ihre Entscheidung. "
    }
    fn keep_this(&self) -> &'static str {
        "Diese behalten"
    }
    fn use_new_copy(&self) -> &'static str {
        "Neue Fassung verwenden"
    }
    fn remove_response(&self, short_id: &str) -> String {
        format!("Rückmeldung {short_id} entfernen")
    }
    fn request_summary(&self, created: Date, groups: &[RaterGroup]) -> String {
        let names: Vec<&str> = groups.iter().map(|g| self.group_label(*g)).collect();
        format!("Anfrage vom {} an: {}.", DE.date(created), names.join(", "))
    }
    fn due_on(&self, due: Date) -> String {
        format!(" Fällig am {}.", DE.date(due))
    }
    fn complete_self_first(&self) -> &'static str {
        "Schließen Sie Ihre eigene Selbsteinschätzung ab, um Ihre Bewertungen neben denen der anderen und die Abstände dazwischen zu sehen."
    }
    fn send_heading(&self) -> &'static str {
        "Anfrage senden"
    }
    fn send_text(&self) -> &'static str {
        "Senden Sie diesen Link an die Personen, die Sie fragen. Die Anfrage steckt im Link selbst (nach dem #) und erreicht daher nie einen Server."
    }
    fn link_label(&self) -> &'static str {
        "Link zur Anfrage"
    }
    fn copy_link(&self) -> &'static str {
        "Link kopieren"
    }
    fn download_request(&self) -> &'static str {
        "Anfragedatei herunterladen"
    }
    fn add_heading(&self) -> &'static str {
        "Rückmeldungen hinzufügen"
    }
    fn results_caption(&self) -> &'static str {
        "Was mit jeder Datei und jedem Code geschehen ist"
    }
    fn column_source(&self) -> &'static str {
        "Datei oder Code"
    }
    fn column_result(&self) -> &'static str {
        "Ergebnis"
    }
    fn column_why(&self) -> &'static str {
        "Grund"
    }
    fn responses_heading(&self, n: usize) -> String {
        format!("Rückmeldungen ({n})")
    }
    fn none_yet(&self) -> &'static str {
        "Noch keine."
    }
    fn report_heading(&self) -> &'static str {
        "Ihr 360-Grad-Bericht"
    }

    fn file_unreadable(&self, reason: &str) -> String {
        format!("Die Datei konnte nicht gelesen werden ({reason}). Versuchen Sie es erneut, oder bitten Sie noch einmal um die Datei.")
    }
    fn pasted_code(&self, number: usize) -> String {
        format!("Eingefügter Code {number}")
    }
    fn response_files_label(&self) -> &'static str {
        "Rückmeldungsdateien (.json) – wählen Sie mehrere auf einmal aus, oder ziehen Sie sie hierher"
    }
    fn response_codes_label(&self) -> &'static str {
        "Oder fügen Sie Rückmeldungscodes ein (einen oder mehrere, jeweils beginnend mit FULCRUM-RESPONSE-)"
    }
    fn add_pasted(&self) -> &'static str {
        "Eingefügte Codes hinzufügen"
    }

    fn request_gone(&self) -> &'static str {
        "Diese Feedback-Anfrage ist nicht mehr vorhanden"
    }
    fn open_again(&self) -> &'static str {
        "Öffnen Sie den Link oder die Datei, die Sie erhalten haben, noch einmal."
    }
    fn start(&self) -> &'static str {
        "Beginnen"
    }
    fn continue_answered(&self, answered: usize, total: usize) -> String {
        format!("Fortsetzen ({answered} von {total} beantwortet)")
    }
    fn due_by(&self, name: &str, due: Date) -> String {
        format!("{name} bittet um Ihre Antwort bis zum {}.", DE.date(due))
    }
    fn peer_lead(&self, name: &str, practices: usize) -> String {
        format!("{name} bittet um Ihre Einschätzung, wie oft diese Person {practices} Praktiken für die Balance zwischen fachlicher Expertise und Führung umsetzt. Das dauert weniger als 10 Minuten.")
    }
    fn privacy_label(&self) -> &'static str {
        "Was Ihre Rückmeldung enthält"
    }
    fn privacy_contents(&self, name: &str) -> String {
        format!("Ihre Antworten bleiben auf diesem Gerät, bis Sie sie senden. Am Ende erhalten Sie eine Datei mit Ihrer Rückmeldung (und einen Code zum Einfügen), die Sie selbst an {name} senden. Sie enthält Ihre Bewertungen, Ihre Kommentare, die unten gewählte Gruppe und eine zufällige Rückmeldungsnummer – nicht aber Ihren Namen, es sei denn, Sie geben ihn unten ein.")
    }
    fn privacy_anonymity(&self, name: &str, k: u32) -> String {
        format!("{name} sieht Ihre Bewertungen im 360-Grad-Bericht nur zusammen mit denen anderer: Bewertungen und Kommentare einer Gruppe werden nur angezeigt, wenn mindestens {k} Personen aus ihr geantwortet haben (kleinere Gruppen werden zusammengefasst oder weggelassen). Wählen Sie „Nicht beobachtet“ für alles, was Sie nicht selbst erlebt haben.")
    }
    fn group_question(&self, name: &str) -> String {
        format!("Wie arbeiten Sie mit {name} zusammen?")
    }
    fn group_phrase(&self, group: RaterGroup, name: &str) -> String {
        match group {
            RaterGroup::Manager => format!("Ich bin die Führungskraft von {name}"),
            RaterGroup::Peer => format!("Ich bin Kollegin oder Kollege von {name}"),
            RaterGroup::DirectReport => format!("{name} ist meine Führungskraft"),
            RaterGroup::Other | RaterGroup::SelfRating => {
                format!("Ich arbeite auf andere Weise mit {name} zusammen")
            }
        }
    }
    fn rater_name_label(&self) -> &'static str {
        "Ihr Name (optional – leer lassen, um anonym zu bleiben)"
    }
    fn not_now(&self) -> &'static str {
        "Nicht jetzt"
    }
    fn next_practice(&self, title: &str) -> String {
        format!("Weiter: {title}")
    }
    fn review_my_answers(&self) -> &'static str {
        "Antworten prüfen"
    }
    fn peer_progress(&self, step: usize, steps: usize, answered: usize, total: usize) -> String {
        format!("Schritt {step} von {steps} · {answered} von {total} Aussagen beantwortet")
    }
    fn peer_kicker(&self, name: &str, step: usize, steps: usize) -> String {
        format!("Feedback für {name} · Praxis {step} von {steps}")
    }
    fn peer_instructions(&self, name: &str) -> String {
        format!("Wie oft tut {name} jeweils Folgendes? Gemeint ist immer {name}. Wählen Sie „Nicht beobachtet“, wenn Sie es nicht selbst erlebt haben.")
    }
    fn peer_comment_label(&self, name: &str, practice: &str) -> String {
        format!("Kommentar für {name} zu „{practice}“ (optional)")
    }
    fn unanswered_in(&self, practice: &str, n: usize) -> String {
        format!("{practice}: {n} unbeantwortet ")
    }
    fn answer_these(&self, practice: &str) -> String {
        format!("Diese in „{practice}“ beantworten")
    }
    fn review_heading(&self, name: &str) -> String {
        format!("Ihr Feedback für {name} prüfen")
    }
    fn choose_group(&self) -> &'static str {
        "Wählen Sie, wie Sie mit der Person zusammenarbeiten"
    }
    fn all_answered(&self) -> &'static str {
        "Jede Aussage hat eine Antwort. Erstellen Sie Ihre Rückmeldung, um sie zu senden."
    }
    fn create_response(&self) -> &'static str {
        "Meine Rückmeldung erstellen"
    }
    fn code_copied(&self) -> &'static str {
        "Der Rückmeldungscode wurde kopiert."
    }
    fn ready_heading(&self, name: &str) -> String {
        format!("Ihr Feedback für {name} ist fertig")
    }
    fn send_lead(&self, name: &str) -> String {
        format!("Senden Sie es als Datei oder als Code an {name}. Bisher wurde nichts gesendet: Fulcrum sendet selbst nie etwas.")
    }
    fn response_contents(&self, group: RaterGroup, rater: Option<&str>) -> String {
        let name = match rater {
            Some(n) => format!(", außerdem Ihren Namen ({n})."),
            None => ", aber nicht Ihren Namen.".to_string(),
        };
        format!(
            "Es enthält Ihre Bewertungen und Kommentare, die gewählte Gruppe ({}) und eine zufällige Rückmeldungsnummer{name}",
            self.group_label(group)
        )
    }
    fn download_response(&self) -> &'static str {
        "Rückmeldungsdatei herunterladen"
    }
    fn copy_code(&self) -> &'static str {
        "Rückmeldungscode kopieren"
    }
    fn code_label(&self) -> &'static str {
        "Rückmeldungscode (für Chat oder E-Mail)"
    }
    fn change_answers(&self) -> &'static str {
        "Meine Antworten ändern"
    }
    fn done(&self) -> &'static str {
        "Fertig"
    }
    fn peer_error(&self, error: &PeerError) -> String {
        match error {
            PeerError::NoGroup(name) => format!("Wählen Sie, wie Sie mit {name} zusammenarbeiten (als Führungskraft, Kollegin oder Kollege, Mitarbeitende oder auf andere Weise), bevor Sie abschließen."),
            PeerError::Incomplete(1) => "1 Aussage hat noch keine Antwort. Wählen Sie eine Bewertung oder „Nicht beobachtet“.".into(),
            PeerError::Incomplete(n) => format!("{n} Aussagen haben noch keine Antwort. Wählen Sie für jede eine Bewertung oder „Nicht beobachtet“."),
        }
    }
    fn rejection(&self, error: &Rejection) -> String {
        match error {
            Rejection::OtherRequest { expected, found } => format!("Diese Rückmeldung gehört zu einer anderen Feedback-Anfrage ({found}), nicht zu dieser ({expected}); es wurde nichts geändert."),
            Rejection::NotARater => "Diese Rückmeldung ist als Selbsteinschätzung gekennzeichnet, Rückmeldungen kommen aber von der Führungskraft, von Kolleginnen und Kollegen, Mitarbeitenden oder weiteren Feedbackgebenden; es wurde nichts geändert.".into(),
            Rejection::UnresolvedConflict(id) => format!("Zu Rückmeldung {id} wartet bereits eine zweite, abweichende Fassung auf Ihre Entscheidung. Klären Sie das zuerst; es wurde nichts geändert."),
            Rejection::NotFound(id) => format!("Hier gibt es keine Rückmeldung {id}; es wurde nichts geändert."),
            Rejection::NoConflict(id) => format!("Bei Rückmeldung {id} gibt es keinen Konflikt zu klären; es wurde nichts geändert."),
        }
    }

    fn not_shown(&self) -> &'static str {
        "nicht angezeigt"
    }
    fn responses_count(&self, n: usize) -> String {
        responses(n)
    }
    fn column_you(&self) -> &'static str {
        "Sie"
    }
    fn column_others(&self) -> &'static str {
        "Andere"
    }
    fn column_spread(&self) -> &'static str {
        "Streuung"
    }
    fn column_gap(&self) -> &'static str {
        "Abstand"
    }
    fn column_practice(&self) -> &'static str {
        "Praxis"
    }
    fn column_statement(&self) -> &'static str {
        "Aussage"
    }
    fn range(&self, min: f64, max: f64) -> String {
        format!("{}–{}", DE.one_decimal(min), DE.one_decimal(max))
    }
    fn std_dev(&self, sd: f64) -> String {
        format!("SD {}", DE.one_decimal(sd))
    }
    fn low_consensus(&self) -> &'static str {
        "Geringe Übereinstimmung"
    }
    fn blind_spot(&self) -> &'static str {
        "Blinder Fleck"
    }
    fn hidden_strength(&self) -> &'static str {
        "Verborgene Stärke"
    }
    fn rules_heading(&self) -> &'static str {
        "Wie dieser Bericht die Anonymität schützt"
    }
    fn anonymity_rules(&self, rules: FeedbackRules) -> Vec<String> {
        let k = rules.min_group_size;
        vec![
            format!("Der Durchschnitt einer Gruppe von Feedbackgebenden wird nur angezeigt, wenn mindestens {k} Personen aus ihr geantwortet haben; die Führungskraft wird unabhängig von der Anzahl angezeigt."),
            format!("Gruppen mit weniger als {k} Rückmeldungen werden unter „Weitere (zusammengefasst)“ zusammengefasst, wenn sie gemeinsam {k} erreichen; andernfalls wird nur angezeigt, wie viele geantwortet haben."),
            format!("Bei jeder Aussage und Praxis zählen für einen Durchschnitt nur die Personen, die dort eine Bewertung abgegeben haben („Nicht beobachtet“ bleibt außen vor), und der Durchschnitt einer Gruppe wird nur angezeigt, wenn mindestens {k} von ihnen bewertet haben (außer bei der Führungskraft)."),
            "„Andere“ umfasst alle außer Ihnen, deren Bewertungen angezeigt werden; aus Gründen der Anonymität zurückgehaltene Bewertungen fließen auch dort nicht ein, sodass sie sich nicht durch Subtraktion ermitteln lassen.".into(),
            "Der Durchschnitt einer Praxis wird aus dem eigenen Durchschnitt jeder Person über deren Aussagen gebildet, sodass jede Person einmal zählt.".into(),
            format!("Die Streuung gibt die niedrigste und die höchste Bewertung der anderen sowie deren Standardabweichung an; die Übereinstimmung ist gering, wenn die Standardabweichung {} oder mehr beträgt.", DE.threshold(LOW_CONSENSUS_STD_DEV)),
            format!("Abstand = Ihre Bewertung − Durchschnitt der anderen. Ein Abstand von +{} oder mehr ist ein blinder Fleck, ein Abstand von {} oder weniger eine verborgene Stärke. Die {MOST_NOTABLE} größten in jeder Richtung werden aufgeführt.", DE.threshold(rules.blind_spot_gap), DE.threshold(rules.hidden_strength_gap)),
            format!("Kommentare werden nur aus Gruppen mit mindestens {k} Rückmeldungen angezeigt, die Führungskraft eingeschlossen, je Praxis zusammengefasst und nach ihrem Text sortiert, sodass ihre Reihenfolge nicht verrät, wer sie geschrieben hat."),
        ]
    }
    fn shown_as(&self, g: &GroupCount, k: u32) -> String {
        if g.responses == 0 {
            return "Keine Rückmeldungen".into();
        }
        match g.visibility {
            Visibility::OnItsOwn if g.group.is_exempt() => {
                "In eigener Spalte angezeigt (eine Führungskraft wird ab einer Rückmeldung angezeigt)".into()
            }
            Visibility::OnItsOwn => "In eigener Spalte angezeigt".into(),
            Visibility::Combined => format!(
                "In „Weitere (zusammengefasst)“ eingeflossen – allein weniger als {k} Rückmeldungen"
            ),
            Visibility::CountOnly => format!(
                "Nur die Anzahl: weniger als {k} Rückmeldungen, auch zusammen mit den anderen kleinen Gruppen"
            ),
        }
    }
    fn no_feedback_heading(&self) -> &'static str {
        "Noch kein Feedback"
    }
    fn no_responses_yet(&self, name: &str) -> String {
        let about = if name.is_empty() {
            String::new()
        } else {
            format!(" zu {name}")
        };
        format!("Es wurden noch keine Rückmeldungen{about} importiert, daher gibt es nichts zu vergleichen.")
    }
    fn no_feedback_text(&self) -> &'static str {
        "Sobald Kolleginnen und Kollegen ihre Rückmeldungsdateien oder -codes zurückschicken, importieren Sie sie, und dieser Bericht füllt sich. Die Werte einer Gruppe erscheinen erst, wenn genügend Personen aus ihr geantwortet haben."
    }
    fn report_intro(&self, name: &str, colleagues: usize, scale: Option<(&str, &str)>) -> String {
        let scale_words = match scale {
            Some((low, high)) => {
                format!(" Die Bewertungen reichen von 1 („{low}“) bis 5 („{high}“).")
            }
            None => String::new(),
        };
        let people = count(colleagues, "Person", "Personen");
        if name.is_empty() {
            format!("Feedback von {people}, Ihren eigenen Bewertungen („Sie“) gegenübergestellt.{scale_words}")
        } else {
            format!("Feedback zu {name} von {people}, den eigenen Bewertungen von {name} („Sie“) gegenübergestellt.{scale_words}")
        }
    }
    fn no_self_notice(&self) -> &'static str {
        "Es gibt keine eigenen Bewertungen zum Vergleich. Daher zeigen „Sie“ und „Abstand“ „—“, und es lassen sich keine blinden Flecken oder verborgenen Stärken ermitteln."
    }
    fn who_heading(&self) -> &'static str {
        "Wer geantwortet hat"
    }
    fn responded(&self, colleagues: usize) -> String {
        if colleagues == 1 {
            "1 Person hat geantwortet.".into()
        } else {
            format!("{colleagues} Personen haben geantwortet.")
        }
    }
    fn groups_table_label(&self) -> &'static str {
        "Rückmeldungen je Gruppe"
    }
    fn groups_caption(&self) -> &'static str {
        "Rückmeldungen je Gruppe von Feedbackgebenden und wie viel dieser Bericht von jeder Gruppe zeigt"
    }
    fn column_rater_group(&self) -> &'static str {
        "Gruppe"
    }
    fn column_responses(&self) -> &'static str {
        "Rückmeldungen"
    }
    fn column_shown(&self) -> &'static str {
        "Darstellung"
    }
    fn folded_groups(&self, groups: &[RaterGroup], k: u32, n: usize) -> String {
        format!(
            "Für {} liegen jeweils weniger als {k} Rückmeldungen vor; ihre Bewertungen und Kommentare werden daher unter „Weitere (zusammengefasst)“ zusammengefasst, insgesamt {}.",
            groups_in_sentence(groups),
            responses(n),
        )
    }
    fn withheld_groups(&self, groups: &[RaterGroup], n: usize, k: u32) -> String {
        format!(
            "Für {} liegen zu wenige Rückmeldungen vor, um mehr als ihre Anzahl zu zeigen, auch zusammen mit den anderen kleinen Gruppen ({n} insgesamt, weniger als {k}); ihre Bewertungen und Kommentare fließen nicht in diesen Bericht ein.",
            groups_in_sentence(groups),
        )
    }
    fn none_shown_heading(&self) -> &'static str {
        "Noch können keine Werte angezeigt werden"
    }
    fn none_shown_text(&self, k: u32) -> String {
        format!("Keine Gruppe hat genügend Rückmeldungen, um Bewertungen oder Kommentare zu zeigen, ohne zu verraten, von wem sie stammen. Der Bericht füllt sich, sobald eine Gruppe {k} Rückmeldungen erreicht oder die kleineren Gruppen zusammen {k} erreichen; die Bewertungen einer Führungskraft werden ab einer Rückmeldung angezeigt.")
    }
    fn table_hint(&self, rules: FeedbackRules) -> String {
        format!(
            "Sie: Ihre eigene Bewertung. Andere: der Durchschnitt aller, deren Bewertungen angezeigt werden. Streuung: die niedrigste und die höchste Bewertung der anderen und ihre Standardabweichung (SD); „Geringe Übereinstimmung“ kennzeichnet eine SD von {} oder mehr. Abstand: Sie − Andere; „Blinder Fleck“ kennzeichnet einen Abstand von +{} oder mehr, „Verborgene Stärke“ einen von {} oder weniger. „—“: nicht angezeigt, weil niemand bewertet hat oder zu wenige, um es ohne Rückschluss auf Personen zu zeigen.",
            DE.threshold(LOW_CONSENSUS_STD_DEV),
            DE.threshold(rules.blind_spot_gap),
            DE.threshold(rules.hidden_strength_gap),
        )
    }
    fn practices_heading(&self) -> &'static str {
        "Sie und andere, Praxis für Praxis"
    }
    fn practices_table_label(&self) -> &'static str {
        "Tabelle: Sie und andere je Praxis"
    }
    fn practices_caption(&self) -> &'static str {
        "Ihre Bewertung, der Durchschnitt der anderen und der Durchschnitt jeder angezeigten Gruppe je Praxis, von 1 bis 5"
    }
    fn statements_summary(&self, practice: &str, n: usize) -> String {
        format!("{practice} ({})", count(n, "Aussage", "Aussagen"))
    }
    fn statements_table_label(&self, practice: &str) -> String {
        format!("Tabelle: Aussagen zu {practice}")
    }
    fn statements_caption(&self, practice: &str) -> String {
        format!("Sie und andere bei jeder Aussage zu {practice}, von 1 bis 5")
    }
    fn statements_heading(&self) -> &'static str {
        "Aussage für Aussage"
    }
    fn statements_hint(&self) -> &'static str {
        "Öffnen Sie eine Praxis, um dieselben Werte für jede ihrer Aussagen zu sehen."
    }
    fn none(&self) -> &'static str {
        "Keine."
    }
    fn notable_figures(&self, you: Option<f64>, others: Option<f64>, gap: Option<f64>) -> String {
        format!(
            "Sie {}, andere {}, Abstand {}",
            or_dash(you),
            or_dash(others),
            gap.map_or_else(|| "—".to_string(), |g| DE.signed_one_decimal(g)),
        )
    }
    fn set_goal(&self) -> &'static str {
        "Ziel setzen"
    }
    fn set_goal_about(&self, statement: &str) -> String {
        format!("Ziel setzen zu: {statement}")
    }
    fn blind_spots_heading(&self) -> &'static str {
        "Blinde Flecken"
    }
    fn blind_spots_text(&self, rules: FeedbackRules) -> String {
        format!(
            "Aussagen, bei denen Sie sich um mindestens {} Punkte höher einschätzen, als andere Sie einschätzen (ein Abstand von +{} oder mehr): Andere erleben das womöglich seltener, als Sie annehmen – es lohnt sich, nach Beispielen zu fragen. Höchstens {MOST_NOTABLE}, der größte Abstand zuerst.",
            DE.threshold(rules.blind_spot_gap),
            DE.threshold(rules.blind_spot_gap),
        )
    }
    fn hidden_strengths_heading(&self) -> &'static str {
        "Verborgene Stärken"
    }
    fn hidden_strengths_text(&self, rules: FeedbackRules) -> String {
        format!(
            "Aussagen, bei denen andere Sie um mindestens {} Punkte höher einschätzen, als Sie sich selbst einschätzen (ein Abstand von {} oder weniger): Möglicherweise unterschätzen Sie eine Stärke, auf der Sie aufbauen können. Höchstens {MOST_NOTABLE}, der größte Abstand zuerst.",
            DE.threshold(-rules.hidden_strength_gap),
            DE.threshold(rules.hidden_strength_gap),
        )
    }
    fn comments_heading(&self) -> &'static str {
        "Kommentare"
    }
    fn comments_intro(&self, n: usize, k: u32) -> String {
        if n == 0 {
            format!("Es können keine Kommentare angezeigt werden. Kommentare erscheinen nur aus Gruppen mit mindestens {k} Rückmeldungen, die Führungskraft eingeschlossen, damit sich keiner einer einzelnen Person zuordnen lässt.")
        } else {
            format!(
                "Insgesamt {}. Innerhalb jeder Praxis sind sie nach ihrem Text sortiert, einer Reihenfolge, die nicht verrät, wer sie geschrieben hat. Angezeigt werden nur Kommentare aus Gruppen mit mindestens {k} Rückmeldungen, die Führungskraft eingeschlossen.",
                count(n, "Kommentar", "Kommentare")
            )
        }
    }
    fn practice_comments(&self, n: usize) -> String {
        if n == 1 {
            "1 Kommentar, in einer Reihenfolge, die nicht verrät, wer ihn geschrieben hat.".into()
        } else {
            format!(
                "{n} Kommentare, in einer Reihenfolge, die nicht verrät, wer sie geschrieben hat."
            )
        }
    }
    fn chart_label(&self) -> &'static str {
        "Balkendiagramm Ihrer Bewertung und des Durchschnitts der anderen je Praxis auf der Skala von 1 bis 5. Die Tabelle enthält dieselben Werte."
    }
    fn chart_others(&self) -> &'static str {
        "Andere (Durchschnitt)"
    }
    fn chart_not_shown(&self) -> &'static str {
        "— nicht angezeigt"
    }
}
