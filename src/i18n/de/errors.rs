//! German refusals and failures, one per variant of each error type. Problem details found
//! in hand-edited files (JSON paths and what is wrong there) stay in English, as technical
//! detail for page authors; the sentence around them is German.
use crate::domain::problem::describe;
use crate::format::error::{megabytes, Foreign, CUT_OFF, TOP_LEVEL};
use crate::format::FileError;
use crate::i18n::errors::ErrorText;
use crate::i18n::German;

/// A file format's name as the English refusals give it ("self assessment", from
/// `envelope::label`, or the raw "fulcrum.instrument"), in German; a format Fulcrum does not
/// know keeps its own name.
fn format_name(name: &str) -> String {
    let known = match name.strip_prefix("fulcrum.").unwrap_or(name) {
        "self assessment" | "self-assessment" => "Selbsteinschätzung",
        "feedback request" | "feedback-request" => "Feedback-Anfrage",
        "peer response" | "peer-response" => "Rückmeldung",
        "peer draft" | "peer-draft" => "Feedback-Entwurf",
        "backup" => "Sicherung",
        "goal" => "Ziel",
        "report" => "Bericht",
        "instrument" => "Fragebogen",
        "position" => "Position",
        _ => return name.to_string(),
    };
    known.to_string()
}

fn foreign(reason: &Foreign) -> String {
    match reason {
        Foreign::NotAnObject => "Der Inhalt ist kein JSON-Objekt".into(),
        Foreign::NoFormat => "Das Feld „format“ mit einem Fulcrum-Format fehlt".into(),
        Foreign::OtherFormat(format) => format!("Das Format ist „{format}“"),
        Foreign::NotAPeerDraft => "Der Inhalt ist kein gespeicherter Feedback-Entwurf".into(),
    }
}

impl ErrorText for German {
    fn file_error(&self, error: &FileError) -> String {
        const CHOOSE: &str = "Wählen Sie eine von Fulcrum exportierte Datei.";
        const UNCHANGED: &str = "Es wurde nichts geändert.";
        match error {
            FileError::Empty => format!("Die Datei ist leer. {CHOOSE}"),
            FileError::TooLarge { size, limit } => format!(
                "Die Datei ist {} MB groß; Fulcrum-Dateien sind höchstens {} MB groß, diese ist also keine. {CHOOSE}",
                megabytes(*size as u64).replace('.', ","),
                limit / (1024 * 1024)
            ),
            FileError::CodeTooLong { length, limit } => format!(
                "Der eingefügte Code ist {length} Zeichen lang; ein Rückmeldungscode hat höchstens {limit} Zeichen. Fügen Sie nur den Code ein (er beginnt mit FULCRUM-RESPONSE-1:) oder bitten Sie um die Rückmeldungsdatei."
            ),
            FileError::LinkTooLong { length, limit } => format!(
                "Der Link ist {length} Zeichen lang; ein Link zu einer Feedback-Anfrage hat höchstens {limit} Zeichen. Bitten Sie erneut um den Link oder um die Anfragedatei."
            ),
            FileError::Malformed {
                message,
                line,
                column,
            } => {
                // serde_json's own messages stay as technical detail; ours is translated.
                let message = if message == CUT_OFF {
                    "der Text endet zu früh (ist die Datei abgeschnitten?)"
                } else {
                    message.as_str()
                };
                format!("Die Datei ist kein gültiges JSON: {message} (Zeile {line}, Spalte {column}). Sie ist möglicherweise beschädigt oder keine Fulcrum-Datei.")
            }
            FileError::TooDeep { line, column } => format!(
                "Die Datei ist zu tief verschachtelt (mehr als 127 Klammerebenen, Zeile {line}, Spalte {column}); Fulcrum-Dateien haben nur wenige Ebenen, diese ist also keine. {CHOOSE}"
            ),
            FileError::DuplicateKey {
                key,
                place,
                line,
                column,
            } => {
                // Other places are "in <JSON path>", which reads the same in German.
                let place = if place == TOP_LEVEL {
                    "auf oberster Ebene"
                } else {
                    place.as_str()
                };
                format!("Das Feld „{key}“ kommt {place} zweimal vor (Zeile {line}, Spalte {column}); in einer Fulcrum-Datei steht jedes Feld nur einmal, diese Datei wurde also nach dem Export verändert. Bitten Sie um einen neuen Export.")
            }
            FileError::NotFulcrum(reason) => {
                format!("Dies ist keine Fulcrum-Datei: {}. {CHOOSE}", foreign(reason))
            }
            FileError::BrokenLink => "Der Link ist unvollständig oder wurde unterwegs verändert. Bitten Sie erneut um den Link oder um die Anfragedatei.".into(),
            FileError::BrokenCode => "Der Rückmeldungscode ist unvollständig oder wurde unterwegs verändert. Bitten Sie erneut um den Code oder um die Rückmeldungsdatei.".into(),
            FileError::WrongFormat { expected, found } => {
                let (expected, found) = (format_name(expected), format_name(found));
                format!("Dies ist eine Datei vom Typ „{found}“, keine Datei vom Typ „{expected}“. Öffnen Sie sie dort, wo Dateien vom Typ „{found}“ importiert werden.")
            }
            FileError::NewerVersion {
                format,
                found,
                supported,
            } => format!(
                "Diese Datei wurde mit einer neueren Version von Fulcrum erstellt („{}“, Version {found}); diese Kopie kann Dateien bis Version {supported} lesen. Öffnen Sie sie mit einer aktuellen Version von Fulcrum. {UNCHANGED}",
                format_name(format)
            ),
            FileError::UnknownVersion { found } => format!(
                "Diese Datei hat die Formatversion {found}, die Fulcrum nie geschrieben hat; die Datei ist möglicherweise beschädigt."
            ),
            FileError::DigestMismatch => format!(
                "Die Datei ist beschädigt oder wurde nach dem Export bearbeitet: Der Inhalt passt nicht zu ihrer SHA-256-Prüfsumme. Bitten Sie um einen neuen Export. {UNCHANGED}"
            ),
            FileError::OtherInstrument { expected, found } => format!(
                "Diese Datei gehört zu einem anderen Fragebogen („{found}“), nicht zu „{expected}“. {UNCHANGED}"
            ),
            FileError::InstrumentVersion {
                id,
                expected,
                found,
            } => format!(
                "Diese Datei wurde mit Version {found} des Fragebogens „{id}“ erstellt, diese Kopie hat jedoch Version {expected}. {UNCHANGED}"
            ),
            FileError::InstrumentHash => format!(
                "Der Fragebogentext in dieser Datei weicht von dem dieser Kopie ab (gleiche Kennung und Version, anderer Inhalt); daher ist nicht sicher, dass die Antworten dazu passen. {UNCHANGED}"
            ),
            FileError::Invalid(problems) => {
                let count = match problems.len() {
                    1 => "1 Problem".to_string(),
                    n => format!("{n} Probleme"),
                };
                format!("Die Datei enthält {count}:\n{}", describe(problems))
            }
        }
    }

    fn storage_full(&self) -> &'static str {
        "Der Speicher ist voll: Der Browser hat keinen Platz mehr für die Daten dieser Website. Ihre bisherigen Antworten sind weiterhin gespeichert; laden Sie Ihre Antworten herunter, um auch die neuesten zu behalten."
    }

    fn storage_refused(&self, browser_error: &str) -> String {
        format!("Der Browser hat das Speichern abgelehnt ({browser_error}). Ihre bisherigen Antworten sind weiterhin gespeichert; laden Sie Ihre Antworten herunter, um auch die neuesten zu behalten.")
    }

    fn file_not_saved(&self, cause: &str) -> String {
        format!("Die Datei konnte nicht gespeichert werden ({cause}). Versuchen Sie es erneut oder kopieren Sie die Daten auf anderem Weg.")
    }

    fn save_no_window(&self) -> &'static str {
        "kein Browserfenster"
    }

    fn save_no_document(&self) -> &'static str {
        "kein Dokument"
    }

    fn save_blob_refused(&self) -> &'static str {
        "der Browser hat das Anlegen der Datei abgelehnt"
    }

    fn save_link_refused(&self) -> &'static str {
        "der Browser hat keinen Download-Link zugelassen"
    }

    fn save_no_link_element(&self) -> &'static str {
        "kein Link-Element"
    }

    fn save_no_body(&self) -> &'static str {
        "kein Seiteninhalt"
    }

    fn copy_refused(&self) -> &'static str {
        "Der Browser hat das Kopieren hier nicht erlaubt: Markieren Sie den Text und kopieren Sie ihn selbst."
    }

    fn file_unreadable(&self, cause: &str) -> String {
        format!("sie konnte nicht gelesen werden ({cause})")
    }

    fn set_aside_completed_draft(&self) -> &'static str {
        "die Antworten in Bearbeitung waren als abgeschlossener Durchgang gespeichert"
    }

    fn set_aside_misnamed_take(&self) -> &'static str {
        "der Eintrag enthält nicht den abgeschlossenen Durchgang, den sein Name angibt"
    }

    fn already_mounted(&self) -> &'static str {
        "Fulcrum ist in diesem Element bereits eingebunden; rufen Sie zuerst unmount(element) auf."
    }

    fn invalid_namespace(&self, namespace: &str) -> String {
        format!("Fulcrum kann hier nicht starten: Der Namensraum „{namespace}“ ist ungültig. Verwenden Sie 1–64 Kleinbuchstaben und Ziffern, dazwischen einzeln „-“, „.“ oder „_“.")
    }

    fn loading_questionnaire(&self) -> &'static str {
        "Der Fragebogen wird geladen …"
    }

    fn questionnaire_not_loaded(&self, url: &str, cause: &str) -> String {
        format!("Fulcrum kann nicht starten: Der Fragebogen unter {url} konnte nicht geladen werden ({cause}).")
    }

    fn fetch_no_window(&self) -> &'static str {
        "kein Browserfenster"
    }

    fn fetch_failed(&self) -> &'static str {
        "die Netzwerkanfrage ist fehlgeschlagen"
    }

    fn fetch_not_a_response(&self) -> &'static str {
        "die Antwort war keine HTTP-Antwort"
    }

    fn fetch_status(&self, status: u16) -> String {
        format!("HTTP-Status {status}")
    }

    fn fetch_body_unreadable(&self) -> &'static str {
        "ihr Inhalt konnte nicht gelesen werden"
    }

    fn fetch_body_not_text(&self) -> &'static str {
        "ihr Inhalt ist kein Text"
    }

    fn no_such_element(&self, id: &str) -> String {
        format!("Fulcrum kann nicht starten: data-instrument=\"#{id}\" verweist auf kein Element dieser Seite. Fügen Sie <script type=\"application/json\" id=\"{id}\"> mit dem Fragebogen ein.")
    }

    fn not_a_json_script(&self, id: &str) -> String {
        format!("Fulcrum kann nicht starten: #{id} muss ein <script type=\"application/json\">-Element mit dem Fragebogen sein, damit die Seite ihn nie ausführt.")
    }

    fn no_window(&self) -> &'static str {
        "Fulcrum kann nicht starten: kein Browserfenster"
    }

    fn not_a_source(&self, source: &str) -> String {
        format!("Fulcrum kann nicht starten: data-instrument=\"{source}\" ist weder #element-id noch eine URL.")
    }

    fn other_origin(&self, url: &str, page_origin: &str) -> String {
        format!("Fulcrum kann nicht starten: Der Fragebogen {url} liegt nicht auf der Website dieser Seite ({page_origin}); Fulcrum lädt Fragebögen nur vom eigenen Origin der Seite. Legen Sie die Datei dort ab oder binden Sie sie direkt in <script type=\"application/json\"> ein.")
    }

    fn unknown_language(&self, tag: &str, used: &str, available: &str) -> String {
        format!("Fulcrum hat keine Oberflächentexte in „{tag}“ (data-lang); verwendet wird „{used}“. Verfügbar: {available}.")
    }

    fn invalid_questionnaire(&self, page_provided: bool) -> String {
        if page_provided {
            "Fulcrum kann nicht starten: Der Fragebogen, den diese Seite bereitstellt (data-instrument), ist ungültig".into()
        } else {
            "Fulcrum kann nicht starten: Der integrierte Fragebogen ist ungültig".into()
        }
    }

    fn invalid_questionnaire_help(&self) -> &'static str {
        "Jedes Problem unten nennt seine Stelle im JSON des Fragebogens. Beheben Sie die Probleme und laden Sie die Seite neu."
    }
}
