//! German text of the self-assessment page.
use crate::domain::scoring::{Balance, Lead};
use crate::domain::session::SessionError;
use crate::i18n::assessment::AssessmentText;
use crate::i18n::{German, Lang};
use time::Date;

/// "Aussage" or "Aussagen".
fn aussagen(n: usize) -> &'static str {
    if n == 1 {
        "Aussage"
    } else {
        "Aussagen"
    }
}

impl AssessmentText for German {
    fn continue_where_left_off(&self, answered: usize, total: usize) -> String {
        format!("Dort weitermachen, wo Sie aufgehört haben ({answered} von {total} beantwortet)")
    }
    fn start_assessment(&self) -> &'static str {
        "Selbsteinschätzung beginnen"
    }
    fn take_assessment_again(&self) -> &'static str {
        "Selbsteinschätzung erneut durchführen"
    }
    fn start_from_last_answers(&self) -> &'static str {
        "Mit meinen letzten Antworten beginnen"
    }
    fn about_minutes(&self, minutes: u32) -> String {
        let unit = if minutes == 1 { "Minute" } else { "Minuten" };
        format!("Etwa {minutes} {unit}")
    }
    fn size_facts(&self, practices: usize, total: usize) -> String {
        let p = if practices == 1 {
            "Praxis"
        } else {
            "Praktiken"
        };
        format!(
            "{practices} {p}, {total} {}, ein Schritt pro Praxis",
            aussagen(total)
        )
    }
    fn stop_any_time(&self) -> &'static str {
        "Sie können jederzeit unterbrechen: Jede Antwort wird sofort gespeichert"
    }
    fn privacy(&self) -> &'static str {
        "Ihre Antworten bleiben auf diesem Gerät. Nichts wird irgendwohin gesendet: Fulcrum speichert sie in diesem Browser, und sie verlassen ihn nur als Datei, die Sie selbst herunterladen."
    }
    fn progress_and_goals_link(&self) -> &'static str {
        "Ihre Fortschritte und Ziele"
    }
    fn feedback_heading(&self) -> &'static str {
        "Feedback von Kolleginnen und Kollegen"
    }
    fn feedback_intro(&self) -> &'static str {
        "Fragen Sie Ihre Führungskraft, Ihre Kolleginnen und Kollegen und Ihre Mitarbeitenden, wie oft sie diese Praktiken bei Ihnen erleben, und vergleichen Sie deren Sicht in einem 360-Grad-Bericht mit Ihrer eigenen. Sie wurden selbst um Feedback gebeten? Öffnen Sie den Link oder die Datei, die Sie erhalten haben."
    }
    fn feedback_link(&self) -> &'static str {
        "Feedback und 360-Grad-Bericht"
    }
    fn your_data_heading(&self) -> &'static str {
        "Ihre Daten"
    }
    fn delete_data(&self) -> &'static str {
        "Meine Daten löschen"
    }
    fn delete_data_question(&self) -> &'static str {
        "Alle Antworten und Ergebnisse löschen, die Fulcrum in diesem Browser gespeichert hat? Das lässt sich nicht rückgängig machen; laden Sie vorher herunter, was Sie behalten möchten."
    }
    fn delete_data_confirm(&self) -> &'static str {
        "Ja, alles löschen"
    }

    fn back_to_start(&self) -> &'static str {
        "Zurück zum Anfang"
    }
    fn back(&self) -> &'static str {
        "Zurück"
    }
    fn next_practice(&self, title: &str) -> String {
        format!("Weiter: {title}")
    }
    fn review_my_answers(&self) -> &'static str {
        "Antworten prüfen"
    }
    fn practice_of(&self, number: usize, steps: usize) -> String {
        format!("Praxis {number} von {steps}")
    }
    fn self_instructions(&self) -> &'static str {
        "Wie oft tun Sie das jeweils? Antworten Sie danach, wie Sie heute arbeiten, nicht danach, wie Sie gern arbeiten würden."
    }
    fn comment_label(&self, practice: &str) -> String {
        format!("Kommentar zu „{practice}“ (optional)")
    }
    fn comment_hint(&self) -> &'static str {
        "Eine Notiz für Sie selbst oder Ihre Mentorin oder Ihren Mentor: Beispiele, Zusammenhänge, was Sie ändern möchten. Wird beim Tippen gespeichert."
    }

    fn practices_nav_label(&self) -> &'static str {
        "Praktiken"
    }
    fn step_of(&self, number: usize, steps: usize) -> String {
        format!("Schritt {number} von {steps}")
    }
    fn review_step(&self) -> &'static str {
        "Überprüfung"
    }
    fn progress(&self, step: &str, answered: usize, total: usize) -> String {
        format!(
            "{step} · {answered} von {total} {} beantwortet",
            aussagen(total)
        )
    }
    fn step_answered(&self, done: usize, total: usize) -> String {
        format!(", {done} von {total} beantwortet")
    }
    fn review_and_results(&self) -> &'static str {
        "Überprüfung und Ergebnisse"
    }

    fn review_heading(&self) -> &'static str {
        "Antworten prüfen"
    }
    fn all_answered(&self, total: usize) -> String {
        if total == 1 {
            "Die Aussage ist beantwortet. Ihre Ergebnisse liegen vor.".to_string()
        } else {
            format!("Alle {total} Aussagen sind beantwortet. Ihre Ergebnisse liegen vor.")
        }
    }
    fn see_my_results(&self) -> &'static str {
        "Meine Ergebnisse ansehen"
    }
    fn still_missing(&self, missing: usize, total: usize) -> String {
        let verb = if missing == 1 { "ist" } else { "sind" };
        format!("{missing} von {total} {} {verb} noch unbeantwortet. Für die Ergebnisse muss jede Aussage beantwortet sein; hier sehen Sie, was noch fehlt.", aussagen(total))
    }
    fn gap_heading(&self, practice: &str, unanswered: usize) -> String {
        format!("{practice} — {unanswered} unbeantwortet")
    }
    fn answer_these_in(&self, practice: &str) -> String {
        format!("Diese Aussagen in „{practice}“ beantworten")
    }

    fn results_heading(&self) -> &'static str {
        "Ihre Ergebnisse"
    }
    fn completed_on(&self, day: Date) -> String {
        format!(
            "Selbsteinschätzung abgeschlossen am {}.",
            Lang::De.date(day)
        )
    }
    fn balance_heading(&self) -> &'static str {
        "Fachliche Expertise und Führung"
    }
    fn balance(&self, balance: Balance) -> String {
        let degree = |by: f64| match Lead::of(by) {
            Lead::Slight => "leicht",
            Lead::Clear => "deutlich",
            Lead::Strong => "stark",
        };
        match balance {
            Balance::Unknown => {
                "Es gibt nicht auf beiden Seiten genug Antworten, um eine Balance abzulesen.".into()
            }
            Balance::Even { .. } => {
                "Ausgewogen: Ihre fachliche Praxis und Ihre Führungspraxis halten sich etwa die Waage."
                    .into()
            }
            Balance::TechnicalLeads { by } => format!(
                "Die fachliche Expertise überwiegt {}: Ihr Technik-Index liegt {} Skalenpunkte über Ihrem Führungs-Index.",
                degree(by),
                Lang::De.one_decimal(by)
            ),
            Balance::LeadershipLeads { by } => format!(
                "Die Führung überwiegt {}: Ihr Führungs-Index liegt {} Skalenpunkte über Ihrem Technik-Index.",
                degree(by),
                Lang::De.one_decimal(by)
            ),
        }
    }
    fn technical_index(&self) -> &'static str {
        "Technik-Index"
    }
    fn leadership_index(&self) -> &'static str {
        "Führungs-Index"
    }
    fn score(&self, mean: Option<f64>) -> String {
        mean.map_or_else(
            || "keine Antworten".to_string(),
            |m| Lang::De.one_decimal(m),
        )
    }
    fn score_of_five(&self, score: &str) -> String {
        format!("{score} von 5")
    }
    fn scores_heading(&self) -> &'static str {
        "Wert pro Praxis"
    }
    fn scores_caption(&self) -> &'static str {
        "Durchschnittlicher Wert pro Praxis, von 1 (nie oder fast nie) bis 5 (fast immer)"
    }
    fn practice_column(&self) -> &'static str {
        "Praxis"
    }
    fn score_column(&self) -> &'static str {
        "Wert"
    }
    fn radar_label(&self) -> &'static str {
        "Netzdiagramm des Werts pro Praxis, von 1 in der Mitte bis 5 am Rand. Die Tabelle enthält dieselben Zahlen."
    }
    fn strongest_heading(&self) -> &'static str {
        "Stärkste Praktiken"
    }
    fn grow_heading(&self) -> &'static str {
        "Wo Sie wachsen können: Anregungen für Ihre schwächsten Praktiken"
    }
    fn set_goal_for(&self, practice: &str) -> String {
        format!("Ein Ziel für „{practice}“ setzen")
    }
    fn download_results(&self) -> &'static str {
        "Ergebnisse herunterladen (JSON)"
    }
    fn continue_take_in_progress(&self) -> &'static str {
        "Begonnenen Durchgang fortsetzen"
    }
    fn take_it_again(&self) -> &'static str {
        "Erneut durchführen"
    }

    fn past_heading(&self) -> &'static str {
        "Abgeschlossene Selbsteinschätzungen"
    }
    fn results_of(&self, day: Date) -> String {
        format!("Ergebnisse vom {}", Lang::De.date(day))
    }
    fn prefilled_from(&self, day: Date) -> String {
        format!(
            "Vorausgefüllt mit Ihren Antworten aus dem Durchgang vom {}: Ändern Sie jede Antwort, die nicht mehr passt. Kommentare wurden nicht übernommen.",
            Lang::De.date(day)
        )
    }

    fn start_over(&self) -> &'static str {
        "Neu beginnen"
    }
    fn start_over_question(&self) -> &'static str {
        "Die begonnenen Antworten löschen und neu beginnen? Abgeschlossene Ergebnisse bleiben erhalten."
    }
    fn start_over_confirm(&self) -> &'static str {
        "Ja, meine begonnenen Antworten löschen"
    }
    fn started_over(&self) -> &'static str {
        "Ihre begonnenen Antworten wurden gelöscht. Abgeschlossene Ergebnisse bleiben erhalten."
    }

    fn import_label(&self) -> &'static str {
        "Eine mit Fulcrum exportierte Selbsteinschätzung (.json-Datei) öffnen"
    }
    fn file_not_read(&self, file: &str, reason: &str) -> String {
        format!("„{file}“ wurde nicht geöffnet: {reason}. Es wurde nichts geändert.")
    }
    fn file_refused(&self, file: &str, reason: &str) -> String {
        format!("„{file}“ wurde nicht geöffnet. {reason} Es wurde nichts geändert.")
    }
    fn opened_completed(&self, file: &str, completed: Date) -> String {
        format!(
            "„{file}“ geöffnet: die Selbsteinschätzung, abgeschlossen am {}.",
            Lang::De.date(completed)
        )
    }
    fn opened_in_progress(&self, file: &str, answered: usize) -> String {
        let antworten = if answered == 1 {
            "Antwort"
        } else {
            "Antworten"
        };
        format!("„{file}“ geöffnet: ein begonnener Durchgang mit {answered} {antworten}.")
    }

    fn session_error(&self, error: &SessionError) -> String {
        match error {
            SessionError::Incomplete { missing: 1 } => {
                "Für die Ergebnisse fehlt noch die Antwort auf 1 Aussage.".to_string()
            }
            SessionError::Incomplete { missing } => {
                format!("Für die Ergebnisse fehlen noch Antworten auf {missing} Aussagen.")
            }
            SessionError::NoDraft => "Es ist kein Durchgang in Bearbeitung.".to_string(),
            SessionError::UnknownStatement(id) => {
                format!("Der Fragebogen enthält keine Aussage „{id}“.")
            }
            SessionError::UnknownPractice(id) => {
                format!("Der Fragebogen enthält keine Praxis „{id}“.")
            }
            SessionError::AlreadyImported(at) => format!(
                "Diese Selbsteinschätzung (abgeschlossen am {}) ist bereits vorhanden; es wurde nichts geändert.",
                Lang::De.date(at.date())
            ),
            SessionError::Conflict => "Eine Selbsteinschätzung mit derselben Kennung, aber anderen Antworten ist bereits vorhanden; es wurde nichts geändert. Löschen Sie zuerst die gespeicherte, wenn Sie sie ersetzen möchten.".to_string(),
            SessionError::DraftInProgress => "Sie haben einen begonnenen Durchgang. Schließen Sie die Selbsteinschätzung ab oder beginnen Sie neu, bevor Sie einen anderen begonnenen Durchgang öffnen; es wurde nichts geändert.".to_string(),
            SessionError::UnknownAssessment => "Diese Selbsteinschätzung ist hier nicht vorhanden.".to_string(),
            SessionError::NoCompletedTake => "Es gibt noch keine abgeschlossene Selbsteinschätzung, von der Sie ausgehen könnten.".to_string(),
        }
    }
}
