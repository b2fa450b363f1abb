//! German text of the growth page.
use crate::domain::feedback::{RaterGroup, Visibility};
use crate::domain::goal::{
    CheckInError, GoalFocus, GoalIssue, GoalProblem, GoalStatus, Movement, SmartPart,
    MAX_CHECK_INS, MAX_NOTE_CHARS, MAX_PART_CHARS, MIN_SPECIFIC_WORDS,
};
use crate::domain::history::{Change, Direction};
use crate::format::backup::{BackupError, Content, Record, RecordKind};
use crate::i18n::growth::{goal_excerpt, GrowthText};
use crate::i18n::{German, Lang};
use time::{Date, Month};

const DE: Lang = Lang::De;

/// "1 Durchgang", "3 Durchgänge".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Abbreviated month names as German style guides write them under an axis.
fn short_month(month: Month) -> &'static str {
    match month {
        Month::January => "Jan.",
        Month::February => "Feb.",
        Month::March => "März",
        Month::April => "Apr.",
        Month::May => "Mai",
        Month::June => "Juni",
        Month::July => "Juli",
        Month::August => "Aug.",
        Month::September => "Sept.",
        Month::October => "Okt.",
        Month::November => "Nov.",
        Month::December => "Dez.",
    }
}

impl GrowthText for German {
    fn page_heading(&self) -> &'static str {
        "Ihre Entwicklung und Ziele"
    }
    fn back_to_assessment(&self) -> &'static str {
        "Zurück zur Selbsteinschätzung"
    }
    fn back_to_growth(&self) -> &'static str {
        "Zurück zu Ihrer Entwicklung und Ihren Zielen"
    }
    fn back(&self) -> &'static str {
        "Zurück"
    }

    fn history_heading(&self) -> &'static str {
        "Ihre Ergebnisse im Zeitverlauf"
    }
    fn history_empty(&self) -> &'static str {
        "Sie haben die Selbsteinschätzung auf diesem Gerät noch nicht abgeschlossen. Danach sehen Sie hier die Werte jeder Praxis und wie sie sich mit jedem weiteren Durchgang verändern."
    }
    fn take_assessment(&self) -> &'static str {
        "Selbsteinschätzung starten"
    }
    fn take_again(&self) -> &'static str {
        "Erneut durchführen"
    }
    fn one_take(&self, date: Date) -> String {
        format!("Bisher ein Durchgang, abgeschlossen am {}. Führen Sie die Selbsteinschätzung erneut durch, um Veränderungen zu sehen: Die Werte jeder Praxis werden dann diesem Durchgang gegenübergestellt.", DE.date(date))
    }
    fn one_take_caption(&self) -> &'static str {
        "Wert je Praxis und die beiden Indizes, von 1 (nie oder fast nie) bis 5 (fast immer)"
    }
    fn many_takes(&self, takes: usize, first: Date, last: Date) -> String {
        format!(
            "{takes} Durchgänge, vom {} bis zum {}. Die Werte reichen von 1 (nie oder fast nie) bis 5 (fast immer).",
            DE.date(first),
            DE.date(last)
        )
    }
    fn history_table_label(&self) -> &'static str {
        "Werte je Durchgang"
    }
    fn history_table_caption(&self) -> &'static str {
        "Wert je Praxis und die beiden Indizes in jedem Durchgang, der älteste zuerst, und die Veränderung seit dem vorigen Durchgang"
    }
    fn practice_column(&self) -> &'static str {
        "Praxis"
    }
    fn change_column(&self) -> &'static str {
        "Veränderung zum vorigen"
    }
    fn technical_index(&self) -> &'static str {
        "Technik-Index"
    }
    fn leadership_index(&self) -> &'static str {
        "Führungs-Index"
    }
    fn no_answers(&self) -> &'static str {
        "keine Antworten"
    }
    fn change(&self, change: &Change) -> String {
        let size = DE.one_decimal(change.delta().abs());
        match change.direction() {
            Direction::Up => format!("+{size} (gestiegen)"),
            Direction::Down => format!("\u{2212}{size} (gesunken)"),
            Direction::Same => "unverändert".into(),
        }
    }
    fn moved_most(&self, since: Date, moved: &[(String, Change)]) -> String {
        let since = DE.date(since);
        if moved.is_empty() {
            return format!("Seit Ihrem Durchgang vom {since} hat sich keine Praxis verändert.");
        }
        let moved: Vec<String> = moved
            .iter()
            .map(|(title, c)| format!("{title} {}", self.change(c)))
            .collect();
        format!(
            "Am stärksten verändert seit Ihrem Durchgang vom {since}: {}.",
            moved.join(", ")
        )
    }
    fn short_date(&self, day: Date) -> String {
        format!("{}. {} {}", day.day(), short_month(day.month()), day.year())
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
                Some(v) => format!("{} am {}", DE.one_decimal(*v), DE.date(*at)),
                None => format!("keine Antworten am {}", DE.date(*at)),
            })
            .collect();
        let change = change.map_or_else(String::new, |c| {
            format!(" Seit dem vorigen Durchgang: {}.", self.change(c))
        });
        format!("{label}, von 1 bis 5: {}.{change}", points.join(", "))
    }
    fn chart_caption(&self, label: &str, latest: Option<f64>, change: Option<&Change>) -> String {
        match (latest, change) {
            (Some(v), Some(c)) => format!("{label}: {} ({})", DE.one_decimal(v), self.change(c)),
            (Some(v), None) => format!("{label}: {}", DE.one_decimal(v)),
            (None, _) => format!("{label}: keine Antworten im letzten Durchgang"),
        }
    }

    fn goal_status(&self, status: GoalStatus) -> &'static str {
        match status {
            GoalStatus::NotStarted => "Nicht begonnen",
            GoalStatus::OnTrack => "Im Plan",
            GoalStatus::AtRisk => "Gefährdet",
            GoalStatus::Done => "Erledigt",
        }
    }
    fn smart_part(&self, part: SmartPart) -> &'static str {
        match part {
            SmartPart::Specific => "Spezifisch",
            SmartPart::Measurable => "Messbar",
            SmartPart::Achievable => "Erreichbar",
            SmartPart::Relevant => "Relevant",
            SmartPart::TimeBound => "Terminiert",
        }
    }
    fn goal_issue(&self, issue: &GoalIssue) -> String {
        match issue {
            GoalIssue::FocusMissing => {
                "Wählen Sie die Praxis oder Aussage, um die es in diesem Ziel geht.".into()
            }
            GoalIssue::FocusUnknown(GoalFocus::Practice(id)) => format!(
                "„{id}“ ist keine Praxis dieses Fragebogens: Wählen Sie eine aus der Liste."
            ),
            GoalIssue::FocusUnknown(GoalFocus::Statement(id)) => format!(
                "„{id}“ ist keine Aussage dieses Fragebogens: Wählen Sie eine aus der Liste."
            ),
            GoalIssue::TooLong => {
                format!("Dieser Teil darf höchstens {MAX_PART_CHARS} Zeichen lang sein.")
            }
            GoalIssue::SpecificMissing => {
                "Beschreiben Sie in einem Satz, was genau Sie tun oder verändern werden.".into()
            }
            GoalIssue::SpecificShort => format!("Das ist zu kurz, um spezifisch zu sein: Beschreiben Sie in mindestens {MIN_SPECIFIC_WORDS} Wörtern, was Sie tun werden, mit wem oder wo."),
            GoalIssue::MeasureMissing => "Geben Sie an, woran Sie den Fortschritt messen, zum Beispiel „Design-Reviews, zu denen ich vorbereitet komme“.".into(),
            GoalIssue::TargetMissing => "Geben Sie den Zielwert an, den Sie erreichen wollen, zum Beispiel „8 der nächsten 10“.".into(),
            GoalIssue::TargetUncounted => "Der Zielwert enthält keine Zahl: Nennen Sie eine überprüfbare Menge, etwa „3 pro Monat“ oder „jeden Sprint“.".into(),
            GoalIssue::AchievableMissing => "Nennen Sie die Schritte, die Sie gehen, oder was Sie dafür brauchen, etwa Zeit, Budget oder eine Mentorin oder einen Mentor.".into(),
            GoalIssue::PracticeMissing => "Verknüpfen Sie das Ziel mit der Praxis, der es dient.".into(),
            GoalIssue::PracticeMismatch { focus, belongs, linked } => format!("Das Ziel betrifft „{focus}“; das gehört zu {belongs}, nicht zu {linked}: Verknüpfen Sie das Ziel mit {belongs} oder wählen Sie einen anderen Schwerpunkt."),
            GoalIssue::PracticeUnknown(id) => format!(
                "„{id}“ ist keine Praxis dieses Fragebogens: Wählen Sie eine aus der Liste."
            ),
            GoalIssue::DueMissing => "Wählen Sie das Datum, bis zu dem Sie den Zielwert erreichen wollen.".into(),
            GoalIssue::DuePast => "Das Datum liegt in der Vergangenheit: Wählen Sie heute oder ein späteres Datum.".into(),
            GoalIssue::DueFar => "Das Datum liegt mehr als zwei Jahre in der Zukunft: Wählen Sie ein näheres Datum oder einen Zwischenschritt, den Sie innerhalb von zwei Jahren erreichen können.".into(),
            GoalIssue::DueUnreadable => "Geben Sie das Datum mit Tag, Monat und Jahr ein.".into(),
        }
    }
    fn problem_summary(&self, problem: &GoalProblem) -> String {
        format!(
            "{}: {}",
            self.smart_part(problem.part()),
            self.goal_issue(&problem.issue)
        )
    }
    fn check_in_error(&self, error: &CheckInError) -> String {
        match error {
            CheckInError::EmptyNote => {
                "Schreiben Sie kurz auf, was seit dem letzten Zwischenstand passiert ist.".into()
            }
            CheckInError::NoteTooLong => {
                format!("Die Notiz darf höchstens {MAX_NOTE_CHARS} Zeichen lang sein.")
            }
            CheckInError::TooMany => format!("Dieses Ziel hat bereits {MAX_CHECK_INS} Zwischenstände, mehr kann ein Ziel nicht aufnehmen. Setzen Sie ein neues Ziel, um weiterzumachen."),
        }
    }
    fn movement(&self, movement: &Movement, practice: &str) -> String {
        match movement {
            Movement::NoTakeBefore { latest: None } => format!(
                "Noch keine Selbsteinschätzung zum Vergleich: Schließen Sie eine ab, um zu sehen, wo Sie bei „{practice}“ stehen."
            ),
            Movement::NoTakeBefore { latest: Some(s) } => format!(
                "Keine Selbsteinschätzung aus der Zeit vor diesem Ziel zum Vergleich; in Ihrem letzten Durchgang liegt „{practice}“ bei {}.",
                DE.one_decimal(*s)
            ),
            Movement::NoTakeSince { before } => format!(
                "Seit Sie dieses Ziel gesetzt haben, gab es keine Selbsteinschätzung: „{practice}“ lag damals bei {}. Führen Sie sie erneut durch, um zu sehen, ob sich etwas bewegt hat.",
                DE.one_decimal(*before)
            ),
            Movement::Compared(c) => {
                let (from, to) = (DE.one_decimal(c.from), DE.one_decimal(c.to));
                match c.direction() {
                    Direction::Up => format!(
                        "„{practice}“ ist seit dem Setzen dieses Ziels von {from} auf {to} gestiegen."
                    ),
                    Direction::Down => format!(
                        "„{practice}“ ist seit dem Setzen dieses Ziels von {from} auf {to} gesunken."
                    ),
                    Direction::Same => format!(
                        "„{practice}“ liegt seit dem Setzen dieses Ziels unverändert bei {to}."
                    ),
                }
            }
        }
    }
    fn due(&self, due: Date, today: Date) -> String {
        let days = (due - today).whole_days();
        let date = DE.date(due);
        match days {
            0 => format!("heute fällig, {date}"),
            1 => format!("morgen fällig, {date}"),
            -1 => format!("war gestern fällig, {date}"),
            d if d > 1 => format!("fällig am {date}, in {d} Tagen"),
            d => format!("war am {date} fällig, vor {} Tagen", -d),
        }
    }
    fn goals_heading(&self) -> &'static str {
        "Ihre Ziele"
    }
    fn goals_empty(&self) -> &'static str {
        "Noch keine Ziele. Wählen Sie eine Praxis, in der Sie wachsen möchten, und formulieren Sie dafür ein SMART-Ziel: spezifisch, messbar, erreichbar, relevant und terminiert, mit Zwischenständen unterwegs."
    }
    fn goal_facts(&self, about: &str, status: GoalStatus, due: Date, today: Date) -> String {
        format!(
            "Thema: {about} · {} · {}",
            self.goal_status(status),
            self.due(due, today)
        )
    }
    fn unreadable_goals(&self, n: usize) -> String {
        let goals = if n == 1 {
            "1 gespeichertes Ziel konnte".to_string()
        } else {
            format!("{n} gespeicherte Ziele konnten")
        };
        format!("{goals} nicht gelesen werden: erstellt mit einer neueren Fulcrum-Version, für einen anderen Fragebogen oder beschädigt. Sie bleiben unverändert erhalten.")
    }
    fn set_new_goal(&self) -> &'static str {
        "Neues Ziel setzen"
    }

    fn set_goal_heading(&self) -> &'static str {
        "Ziel setzen"
    }
    fn edit_goal_heading(&self) -> &'static str {
        "Ziel bearbeiten"
    }
    fn goal_form_lead(&self) -> &'static str {
        "Ein SMART-Ziel ist spezifisch, messbar, erreichbar, relevant und terminiert. Schreiben Sie jeden Teil in ein eigenes Feld; die Auswahl, worum es gehen kann, beginnt mit den schwächsten Praktiken Ihrer letzten Selbsteinschätzung und den blinden Flecken Ihres letzten 360-Grad-Berichts."
    }
    fn focus_label(&self) -> &'static str {
        "Worum geht es in diesem Ziel?"
    }
    fn focus_placeholder(&self) -> &'static str {
        "Praxis oder Aussage wählen"
    }
    fn weakest_group(&self) -> &'static str {
        "Ihre schwächsten Praktiken (letzte Selbsteinschätzung)"
    }
    fn blind_spots_group(&self) -> &'static str {
        "Blinde Flecken (letzter 360-Grad-Bericht)"
    }
    fn all_practices_group(&self) -> &'static str {
        "Alle Praktiken"
    }
    fn statements_of(&self, practice: &str) -> String {
        format!("Aussagen zu {practice}")
    }
    fn weakest_option(&self, practice: &str, score: f64) -> String {
        format!("{practice} (Ihr Wert {})", DE.one_decimal(score))
    }
    fn blind_spot_option(&self, statement: &str, practice: &str, gap: f64) -> String {
        format!(
            "{statement} ({practice}; andere bewerten Sie um {} niedriger)",
            DE.one_decimal(gap)
        )
    }
    fn specific_label(&self) -> &'static str {
        "Was genau werden Sie tun oder verändern?"
    }
    fn suggestions_hint(&self) -> &'static str {
        "Wählen Sie, worum es im Ziel geht, um die Anregungen des Artikels zu dieser Praxis zu sehen."
    }
    fn suggestion_label(&self, practice: &str) -> String {
        format!("Eine Anregung des Artikels zu {practice} verwenden")
    }
    fn use_as_specific(&self) -> &'static str {
        "Als spezifischen Teil übernehmen"
    }
    fn add_as_step(&self) -> &'static str {
        "Als Schritt unter „Erreichbar“ hinzufügen"
    }
    fn suggestion_used(&self) -> &'static str {
        "Die Anregung ist jetzt der spezifische Teil: Formulieren Sie sie in Ihren eigenen Worten."
    }
    fn suggestion_added(&self) -> &'static str {
        "Die Anregung wurde den Schritten unter „Erreichbar“ hinzugefügt."
    }
    fn measure_label(&self) -> &'static str {
        "Woran messen Sie den Fortschritt?"
    }
    fn target_label(&self) -> &'static str {
        "Zielwert: die Zahl, die Sie erreichen wollen"
    }
    fn achievable_label(&self) -> &'static str {
        "Schritte, die Sie gehen, oder was Sie dafür brauchen"
    }
    fn practice_label(&self) -> &'static str {
        "Die Praxis, der dieses Ziel dient"
    }
    fn practice_placeholder(&self) -> &'static str {
        "Praxis wählen"
    }
    fn relevant_label(&self) -> &'static str {
        "Warum es Ihnen oder Ihrem Team wichtig ist (optional)"
    }
    fn due_label(&self) -> &'static str {
        "Zu erreichen bis"
    }
    fn cancel(&self) -> &'static str {
        "Abbrechen"
    }
    fn save_as_it_is(&self) -> &'static str {
        "So speichern"
    }
    fn save_goal(&self) -> &'static str {
        "Ziel speichern"
    }
    fn goal_blocked(&self, n: usize, summary: &str) -> String {
        let things = if n == 1 {
            "1 Punkt ist".to_string()
        } else {
            format!("{n} Punkte sind")
        };
        format!("Das Ziel ist nicht gespeichert: {things} zu korrigieren. {summary}")
    }
    fn goal_weak(&self, n: usize, summary: &str) -> String {
        let parts = if n == 1 {
            "1 Teil könnte".to_string()
        } else {
            format!("{n} Teile könnten")
        };
        format!("Das Ziel ist noch nicht gespeichert: {parts} stärker sein. {summary} Verbessern Sie sie oder wählen Sie „So speichern“.")
    }
    fn goal_saved(&self, edited: bool) -> &'static str {
        if edited {
            "Ihre Änderungen am Ziel sind gespeichert."
        } else {
            "Ihr Ziel ist gespeichert."
        }
    }
    fn goal_not_saved(&self, error: &str) -> String {
        format!("Das Ziel wurde nicht gespeichert. {error}")
    }

    fn goal_heading(&self) -> &'static str {
        "Ihr Ziel"
    }
    fn goal_missing_heading(&self) -> &'static str {
        "Dieses Ziel gibt es hier nicht"
    }
    fn goal_missing(&self) -> &'static str {
        "Es wurde vielleicht gelöscht, hier oder in einem anderen Tab."
    }
    fn goal_set_on(&self, set: Date, about: &str) -> String {
        format!("Gesetzt am {} · Thema: {about}", DE.date(set))
    }
    fn goal_status_line(&self, status: GoalStatus, due: Date, today: Date) -> String {
        format!(
            "Status: {} · {}",
            self.goal_status(status),
            self.due(due, today)
        )
    }
    fn measure_and_target(&self, measure: &str, target: &str) -> String {
        format!("{measure} — Zielwert: {target}")
    }
    fn target_only(&self, target: &str) -> String {
        format!("Zielwert: {target}")
    }
    fn reach_by(&self, due: Date) -> String {
        format!("Zu erreichen bis {}", DE.date(due))
    }
    fn moved_heading(&self) -> &'static str {
        "Hat sich die Praxis verändert?"
    }
    fn check_ins_heading(&self) -> &'static str {
        "Zwischenstände"
    }
    fn no_check_ins(&self) -> &'static str {
        "Noch keine Zwischenstände. Nehmen Sie sich regelmäßig Zeit (allein oder mit Ihrer Mentorin oder Ihrem Mentor): Notieren Sie, was passiert ist und wo das Ziel steht."
    }
    fn check_in_head(&self, at: Date, status: GoalStatus) -> String {
        format!("{} · {}", DE.date(at), self.goal_status(status))
    }
    fn check_in_note_label(&self) -> &'static str {
        "Was ist seit dem letzten Zwischenstand passiert?"
    }
    fn status_legend(&self) -> &'static str {
        "Wo steht das Ziel jetzt?"
    }
    fn check_in_dated(&self, today: Date) -> String {
        format!(
            "Der Zwischenstand erhält das heutige Datum, {}.",
            DE.date(today)
        )
    }
    fn add_check_in(&self) -> &'static str {
        "Zwischenstand hinzufügen"
    }
    fn check_in_refused(&self, why: &str) -> String {
        format!("Der Zwischenstand wurde nicht hinzugefügt: {why}")
    }
    fn check_in_added(&self, status: GoalStatus) -> String {
        let now = match status {
            GoalStatus::NotStarted => "nicht begonnen",
            GoalStatus::OnTrack => "im Plan",
            GoalStatus::AtRisk => "gefährdet",
            GoalStatus::Done => "erledigt",
        };
        format!("Zwischenstand hinzugefügt; das Ziel ist {now}.")
    }
    fn check_in_not_saved(&self, error: &str) -> String {
        format!("Der Zwischenstand wurde nicht gespeichert. {error}")
    }
    fn edit_goal(&self) -> &'static str {
        "Ziel bearbeiten"
    }
    fn delete_goal(&self) -> &'static str {
        "Dieses Ziel löschen"
    }
    fn delete_goal_question(&self) -> &'static str {
        "Dieses Ziel und alle seine Zwischenstände löschen? Das lässt sich nicht rückgängig machen."
    }
    fn delete_goal_confirm(&self) -> &'static str {
        "Ziel löschen"
    }
    fn goal_deleted(&self) -> &'static str {
        "Das Ziel und seine Zwischenstände wurden gelöscht."
    }
    fn goal_not_deleted(&self, error: &str) -> String {
        format!("Das Ziel wurde nicht gelöscht. {error}")
    }

    fn report_section_heading(&self) -> &'static str {
        "Mit Ihrer Mentorin oder Ihrem Mentor teilen"
    }
    fn report_section_intro(&self) -> &'static str {
        "Ein Bericht mit Ihren Ergebnissen, Ihrer Entwicklung im Zeitverlauf, dem Feedback Ihrer Kolleginnen und Kollegen und Ihren Zielen: Drucken Sie ihn, speichern Sie ihn als PDF oder senden Sie die Berichtsdatei. Sie entscheiden, ob Kommentare und Werte je Aussage enthalten sind."
    }
    fn report_section_received(&self) -> &'static str {
        "Wenn Ihnen eine Person, die Sie als Mentor:in begleiten, eine Berichtsdatei geschickt hat, öffnen Sie sie hier zum Lesen. Sie wird nur angezeigt; nichts daraus wird in Ihren Daten gespeichert."
    }
    fn prepare_report(&self) -> &'static str {
        "Bericht für Mentor:in erstellen"
    }
    fn open_received(&self) -> &'static str {
        "Erhaltenen Bericht öffnen"
    }

    fn mentor_report_heading(&self) -> &'static str {
        "Bericht für Ihre Mentorin oder Ihren Mentor"
    }
    fn mentor_report_intro(&self) -> &'static str {
        "So sieht Ihre Mentorin oder Ihr Mentor den Bericht, gedruckt oder als Datei. Wählen Sie, was enthalten ist; die Vorschau unten passt sich an."
    }
    fn include_legend(&self) -> &'static str {
        "Im Bericht enthalten"
    }
    fn include_comments(&self) -> &'static str {
        "Kommentare (Ihre eigenen und die Kommentare von Kolleginnen und Kollegen, die gezeigt werden dürfen)"
    }
    fn include_statements(&self) -> &'static str {
        "Werte je Aussage (die Bewertung jeder Aussage, blinde Flecken und verborgene Stärken je Aussage)"
    }
    fn print(&self) -> &'static str {
        "Drucken oder als PDF speichern"
    }
    fn download_report(&self) -> &'static str {
        "Berichtsdatei herunterladen"
    }
    fn print_failed(&self) -> &'static str {
        "Der Browser hat seinen Druckdialog nicht geöffnet. Verwenden Sie stattdessen seinen eigenen Druckbefehl (Strg+P oder ⌘P)."
    }
    fn report_downloaded(&self, file: &str) -> String {
        format!("{file} wurde heruntergeladen. Senden Sie die Datei Ihrer Mentorin oder Ihrem Mentor: Sie lässt sich auf der Entwicklungsseite mit „Erhaltenen Bericht öffnen“ öffnen.")
    }

    fn mentor_view_heading(&self) -> &'static str {
        "Ein erhaltener Bericht"
    }
    fn mentor_view_intro(&self) -> &'static str {
        "Öffnen Sie die Berichtsdatei, die Ihnen die von Ihnen begleitete Person geschickt hat, um sie hier zu lesen. Sie bleibt nur auf dieser Seite: Sie wird nicht gespeichert und nie mit Ihren eigenen Ergebnissen, Zielen oder Ihrem Feedback vermischt."
    }
    fn open_report_label(&self) -> &'static str {
        "Berichtsdatei (.json) von Fulcrum öffnen"
    }
    fn report_not_read(&self, file: &str, why: &str) -> String {
        format!("{file} wurde nicht geöffnet: {why}.")
    }
    fn report_not_opened(&self, file: &str, why: &str) -> String {
        format!("{file} wurde nicht geöffnet. {why}")
    }
    fn report_opened(&self, file: &str) -> String {
        format!(
            "{file} wurde nur zum Lesen geöffnet: Nichts daraus wird in Ihren Daten gespeichert."
        )
    }
    fn report_banner(&self, name: &str, prepared: Date) -> String {
        let from = if name.is_empty() {
            String::new()
        } else {
            format!(" von {name}")
        };
        format!(
            "Bericht{from}, erstellt am {}, nur zum Lesen geöffnet: Nichts daraus wird in Ihren Daten gespeichert.",
            DE.date(prepared)
        )
    }
    fn report_banner_file(&self, file: &str) -> String {
        format!(
            "Datei: {file}. Beim Schließen oder Neuladen dieser Seite wird der Bericht verworfen."
        )
    }

    fn report_label(&self) -> &'static str {
        "Bericht für Mentor:in"
    }
    fn report_title(&self, name: &str) -> String {
        if name.is_empty() {
            "Bericht zur Führungsentwicklung".to_string()
        } else {
            format!("Bericht zur Führungsentwicklung: {name}")
        }
    }
    fn report_prepared(&self, name: &str, on: Date) -> String {
        if name.is_empty() {
            format!("Erstellt am {}.", DE.date(on))
        } else {
            format!("Erstellt von {name} am {}.", DE.date(on))
        }
    }
    fn report_taken(&self, dates: &[Date]) -> String {
        let words: Vec<String> = dates.iter().map(|d| DE.date(*d)).collect();
        match words.as_slice() {
            [] => "Noch keine Selbsteinschätzung abgeschlossen.".to_string(),
            [one] => format!("Selbsteinschätzung abgeschlossen am {one}."),
            _ => format!(
                "Selbsteinschätzungen abgeschlossen am {}.",
                self.and_list(&words)
            ),
        }
    }
    fn report_scale(&self, ends: Option<(&str, &str)>) -> String {
        match ends {
            Some((low, high)) => format!("Die Werte reichen von 1 ({low}) bis 5 ({high})."),
            None => "Die Werte reichen von 1 bis 5.".into(),
        }
    }
    fn report_questionnaire(&self, title: &str, version: &str, scale: &str) -> String {
        format!("Fragebogen: {title}, Version {version}. {scale}")
    }
    fn report_included(&self, comments: bool, statements: bool) -> String {
        let mut left_out = Vec::new();
        if !comments {
            left_out.push("Kommentare".to_string());
        }
        if !statements {
            left_out.push("Werte je Aussage".to_string());
        }
        if left_out.is_empty() {
            "Kommentare und Werte je Aussage sind enthalten.".into()
        } else {
            format!("Von der Person weggelassen: {}.", self.and_list(&left_out))
        }
    }
    fn latest_heading(&self) -> &'static str {
        "Letzte Selbsteinschätzung"
    }
    fn latest_heading_dated(&self, on: Date) -> String {
        format!("Letzte Selbsteinschätzung, {}", DE.date(on))
    }
    fn no_latest(&self) -> &'static str {
        "Es wurde noch keine Selbsteinschätzung abgeschlossen, daher gibt es keine Werte."
    }
    fn of_five(&self, score: &str) -> String {
        format!("{score} von 5")
    }
    fn scores_table_label(&self) -> &'static str {
        "Tabelle: Wert je Praxis"
    }
    fn scores_caption(&self) -> &'static str {
        "Wert je Praxis in der letzten Selbsteinschätzung, von 1 bis 5"
    }
    fn score_column(&self) -> &'static str {
        "Wert"
    }
    fn change_before_column(&self) -> &'static str {
        "Veränderung zum vorigen Durchgang"
    }
    fn statement_by_statement(&self) -> &'static str {
        "Aussage für Aussage"
    }
    fn statement_ratings_label(&self) -> &'static str {
        "Tabelle: Bewertung jeder Aussage"
    }
    fn statement_ratings_caption(&self) -> &'static str {
        "Die Bewertung jeder Aussage in der letzten Selbsteinschätzung"
    }
    fn statement_column(&self) -> &'static str {
        "Aussage"
    }
    fn rating_column(&self) -> &'static str {
        "Bewertung"
    }
    fn own_comments(&self) -> &'static str {
        "Eigene Kommentare"
    }
    fn no_own_comments(&self) -> &'static str {
        "Es wurden keine Kommentare geschrieben."
    }
    fn progress_heading(&self) -> &'static str {
        "Entwicklung im Zeitverlauf"
    }
    fn progress_intro(&self, takes: usize) -> String {
        format!(
            "Werte aller abgeschlossenen Selbsteinschätzungen, die älteste zuerst ({}).",
            count(takes, "Durchgang", "Durchgänge")
        )
    }
    fn progress_table_label(&self) -> &'static str {
        "Tabelle: Werte im Zeitverlauf"
    }
    fn progress_caption(&self) -> &'static str {
        "Wert je Praxis und beide Indizes in jeder Selbsteinschätzung, von 1 bis 5"
    }
    fn feedback_heading(&self) -> &'static str {
        "Feedback von Kolleginnen und Kollegen (360 Grad)"
    }
    fn no_feedback(&self) -> &'static str {
        "Dieser Bericht enthält kein Feedback von Kolleginnen und Kollegen."
    }
    fn feedback_responded(&self, subject: &str, requested: Date, total: usize) -> String {
        let asked = if subject.is_empty() {
            format!("Angefragt am {}", DE.date(requested))
        } else {
            format!("Feedback zu {subject}, angefragt am {}", DE.date(requested))
        };
        let answered = if total == 1 {
            "1 Person hat".to_string()
        } else {
            format!("{total} Personen haben")
        };
        format!("{asked}: {answered} geantwortet.")
    }
    fn groups_table_label(&self) -> &'static str {
        "Tabelle: Rückmeldungen je Gruppe"
    }
    fn groups_caption(&self) -> &'static str {
        "Rückmeldungen je Gruppe der Feedbackgebenden und wie viel von jeder Gruppe gezeigt wird"
    }
    fn rater_group_column(&self) -> &'static str {
        "Gruppe"
    }
    fn responses_column(&self) -> &'static str {
        "Rückmeldungen"
    }
    fn shown_column(&self) -> &'static str {
        "Darstellung"
    }
    fn shown_as(&self, visibility: Visibility, responses: usize) -> &'static str {
        match (responses, visibility) {
            (0, _) => "Keine Rückmeldungen",
            (_, Visibility::OnItsOwn) => "Einzeln gezeigt",
            (_, Visibility::Combined) => "Mit anderen kleinen Gruppen zusammengefasst",
            (_, Visibility::CountOnly) => "Zu wenige zum Zeigen: nur gezählt",
        }
    }
    fn withheld(&self, n: usize) -> String {
        let responses = if n == 1 {
            "1 Rückmeldung stammt".to_string()
        } else {
            format!("{n} Rückmeldungen stammen")
        };
        format!("{responses} aus Gruppen, die zu klein sind, um sie zu zeigen, ohne zu verraten, von wem sie kommen: Sie werden nur gezählt; ihre Bewertungen und Kommentare sind nicht enthalten.")
    }
    fn practice_gaps_heading(&self) -> &'static str {
        "Selbst und andere, Praxis für Praxis"
    }
    fn practice_gaps_label(&self) -> &'static str {
        "Tabelle: selbst und andere je Praxis"
    }
    fn practice_gaps_caption(&self) -> &'static str {
        "Selbsteinschätzung, Durchschnitt der anderen und der Abstand (selbst − andere) je Praxis, von 1 bis 5; „—“, wo nichts gezeigt werden darf"
    }
    fn statement_gaps_label(&self) -> &'static str {
        "Tabelle: Sie und andere je Aussage"
    }
    fn statement_gaps_caption(&self) -> &'static str {
        "Selbsteinschätzung, Durchschnitt der anderen und der Abstand bei jeder Aussage"
    }
    fn self_column(&self) -> &'static str {
        "Selbst"
    }
    fn others_column(&self) -> &'static str {
        "Andere"
    }
    fn gap_column(&self) -> &'static str {
        "Abstand"
    }
    fn blind_spots_heading(&self) -> &'static str {
        "Blinde Flecken"
    }
    fn hidden_strengths_heading(&self) -> &'static str {
        "Verborgene Stärken"
    }
    fn none_found(&self) -> &'static str {
        "Keine."
    }
    fn notable_left_out(&self, n: usize, blind_spots: bool) -> String {
        let found = match (blind_spots, n == 1) {
            (true, true) => "1 blinder Fleck gefunden".to_string(),
            (true, false) => format!("{n} blinde Flecken gefunden"),
            (false, true) => "1 verborgene Stärke gefunden".to_string(),
            (false, false) => format!("{n} verborgene Stärken gefunden"),
        };
        format!("{found}; um welche Aussagen es geht, ist in diesem Bericht nicht enthalten.")
    }
    fn notable_figures(&self, self_score: &str, others: &str, gap: &str) -> String {
        format!("selbst {self_score}, andere {others}, Abstand {gap}")
    }
    fn colleague_comments(&self) -> &'static str {
        "Kommentare von Kolleginnen und Kollegen"
    }
    fn no_colleague_comments(&self) -> &'static str {
        "Es können keine Kommentare gezeigt werden: Kommentare erscheinen nur aus Gruppen, die groß genug sind, um anonym zu bleiben."
    }
    fn anonymity_heading(&self) -> &'static str {
        "Wie die Anonymität geschützt wird"
    }
    fn report_goals_heading(&self) -> &'static str {
        "Ziele"
    }
    fn no_goals(&self) -> &'static str {
        "Es wurden noch keine Ziele gesetzt."
    }
    fn report_goal_status(&self, status: GoalStatus, set: Date) -> String {
        format!(
            "Status: {}. Gesetzt am {}.",
            self.goal_status(status),
            DE.date(set)
        )
    }
    fn report_check_in(&self, at: Date, status: GoalStatus) -> String {
        format!("{} — {}: ", DE.date(at), self.goal_status(status))
    }
    fn about_statement(&self) -> &'static str {
        "Zur Aussage"
    }
    fn report_due(&self, due: Date) -> String {
        format!("Bis {}", DE.date(due))
    }
    fn none_yet(&self) -> &'static str {
        "Noch keine."
    }
    fn and_list(&self, words: &[String]) -> String {
        match words {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} und {last}", rest.join(", ")),
        }
    }

    fn data_heading(&self) -> &'static str {
        "Ihre Daten"
    }
    fn data_intro(&self) -> &'static str {
        "Alles bleibt in diesem Browser. Laden Sie Ihre Bewertungen für eine Tabellenkalkulation herunter oder eine Sicherung aller Daten, um sie aufzubewahren oder in einen anderen Browser zu übertragen. Beim Wiederherstellen einer Sicherung wird nur ergänzt, was fehlt; Vorhandenes wird nie überschrieben."
    }
    fn download_csv(&self) -> &'static str {
        "Bewertungen als CSV herunterladen"
    }
    fn download_backup(&self) -> &'static str {
        "Sicherung aller Daten herunterladen"
    }
    fn restore_label(&self) -> &'static str {
        "Aus einer Sicherung (.json) von Fulcrum wiederherstellen"
    }
    fn no_ratings(&self) -> &'static str {
        "Es gibt noch keine Bewertungen zum Herunterladen: Schließen Sie eine Selbsteinschätzung ab oder fügen Sie auf der Feedback-Seite Rückmeldungen von Kolleginnen und Kollegen hinzu."
    }
    fn csv_failed(&self, why: &str) -> String {
        format!("Die CSV-Datei konnte nicht erstellt werden ({why}). Es wurde nichts heruntergeladen; versuchen Sie es erneut.")
    }
    fn csv_downloaded(&self, file: &str, ratings: usize) -> String {
        let ratings = if ratings == 1 {
            "1 Bewertung".to_string()
        } else {
            format!("{ratings} Bewertungen")
        };
        format!("{file} wurde heruntergeladen: {ratings}.")
    }
    fn backup_failed(&self, why: &str) -> String {
        format!("Die Sicherung konnte nicht erstellt werden: Die hier gespeicherten Daten ließen sich nicht lesen ({why}). Laden Sie die Seite neu und versuchen Sie es erneut.")
    }
    fn nothing_to_back_up(&self) -> &'static str {
        "Es gibt noch nichts zu sichern: Fulcrum hat in diesem Browser nichts gespeichert."
    }
    fn backup_downloaded(&self, file: &str, records: usize) -> String {
        let records = if records == 1 {
            "1 Eintrag".to_string()
        } else {
            format!("{records} Einträge")
        };
        format!("{file} wurde heruntergeladen: {records}.")
    }
    fn backup_set_aside(&self, records: &[&str]) -> String {
        let n = records.len();
        let what = if n == 1 {
            "1 Eintrag konnte".to_string()
        } else {
            format!("{n} Einträge konnten")
        };
        format!(
            " {what} nicht gelesen werden ({}); sie sind unverändert als zurückgestellte Einträge in der Sicherung enthalten.",
            records.join(", ")
        )
    }
    fn backup_too_large(&self, megabytes: usize) -> String {
        format!(" Sie ist größer als die {megabytes} MB, die Fulcrum wieder einlesen kann, daher kann diese Version sie nicht wiederherstellen: Bewahren Sie sie auf und laden Sie Ihre Selbsteinschätzungen zusätzlich einzeln herunter.")
    }
    fn storage_full(&self) -> &'static str {
        "der Speicher ist voll"
    }
    fn storage_refused(&self, why: &str) -> String {
        format!("der Browser hat abgelehnt: {why}")
    }
    fn restore_read_failed(&self, why: &str) -> String {
        format!("Die hier gespeicherten Daten ließen sich nicht lesen ({why}), daher wurde nichts wiederhergestellt. Laden Sie die Seite neu und versuchen Sie es erneut.")
    }
    fn restore_write_failed(&self, written: usize, total: usize, why: &str) -> String {
        format!("Die Wiederherstellung brach nach {written} von {total} neuen Einträgen ab, weil {why}. Die bisher geschriebenen Einträge bleiben erhalten; stellen Sie dieselbe Sicherung erneut wieder her, um den Rest zu ergänzen (nichts wird doppelt hinzugefügt).")
    }
    fn backup_error(&self, error: &BackupError) -> String {
        match error {
            BackupError::File(e) => DE.errors().file_error(e),
            BackupError::Records(problems) => {
                let list: Vec<String> = problems
                    .iter()
                    .map(|p| format!("Eintrag „{}“: {}", p.record, p.reason))
                    .collect();
                let n = problems.len();
                let count = if n == 1 {
                    "1 Eintrag, der".to_string()
                } else {
                    format!("{n} Einträge, die")
                };
                format!(
                    "Es wurde nichts wiederhergestellt: Die Sicherung enthält {count} sich nicht lesen {}.\n{}\nErstellen Sie dort, wo die Daten herkommen, eine neue Sicherung mit derselben Fulcrum-Version wie dieser.",
                    if n == 1 { "lässt" } else { "lassen" },
                    list.join("\n")
                )
            }
        }
    }
    fn restored(&self, file: &str, summary: &str) -> String {
        format!("{file} wurde wiederhergestellt. {summary}")
    }
    fn partly_restored(&self, file: &str, why: &str) -> String {
        format!("{file} wurde nur teilweise wiederhergestellt. {why}")
    }
    fn not_restored(&self, file: &str, why: &str) -> String {
        format!("{file} wurde nicht wiederhergestellt. {why}")
    }
    fn restore_not_read(&self, file: &str, why: &str) -> String {
        format!("{file} wurde nicht wiederhergestellt: {why}. Es wurde nichts geändert.")
    }
    fn restore_refused(&self, file: &str, why: &str) -> String {
        format!("{file} wurde nicht wiederhergestellt. {why} Es wurde nichts geändert.")
    }
    fn last_restore(&self, file: &str, summary: &str) -> String {
        format!("Letzte Wiederherstellung, aus {file}: {summary}")
    }
    fn kept_heading(&self) -> &'static str {
        "Unverändert belassen (die Kopie in der Sicherung weicht ab, und hier wird nichts überschrieben):"
    }
    fn restore_empty(&self) -> &'static str {
        "Die Sicherung enthält keine Einträge; es wurde nichts hinzugefügt."
    }
    fn restore_nothing_new(&self) -> &'static str {
        "Nichts Neues hinzuzufügen"
    }
    fn restore_added(&self, counts: &str) -> String {
        format!("Hinzugefügt: {counts}")
    }
    fn restore_already_here(&self, n: usize) -> String {
        format!("{n} bereits vorhanden")
    }
    fn restore_kept(&self, records: &[String]) -> String {
        match records {
            [one] => format!("1 unverändert belassen (weicht von der Sicherung ab: {one})"),
            all => format!(
                "{} unverändert belassen (weichen von der Sicherung ab: {})",
                all.len(),
                all.join("; ")
            ),
        }
    }
    fn record(&self, record: &Record) -> String {
        let short = |id: &str| id.chars().take(8).collect::<String>();
        match &record.content {
            Content::Assessment(c) => format!(
                "die Selbsteinschätzung vom {}",
                DE.date(c.completed_at.date())
            ),
            Content::Draft(_) => "der laufende Durchgang".into(),
            Content::Position(_) => "Ihre gespeicherte Stelle im Fragebogen".into(),
            Content::Goal(g) => format!("das Ziel „{}“", goal_excerpt(&g.specific)),
            Content::Request(r) => {
                format!("die Feedback-Anfrage vom {}", DE.date(r.created_at.date()))
            }
            Content::Response(r) => format!(
                "{} {} ({})",
                if record.kind == RecordKind::Conflict {
                    "die abweichende Kopie der Rückmeldung"
                } else {
                    "Rückmeldung"
                },
                short(&r.id),
                group_words(r.group)
            ),
            Content::PeerDraft(d) => format!("Ihr Feedback für {}", d.request.subject_name),
            Content::Raw(_) => format!("der zurückgestellte Eintrag {}", record.name),
        }
    }
    fn record_count(&self, kind: RecordKind, n: usize) -> String {
        let (one, many) = match kind {
            RecordKind::Assessment => ("Selbsteinschätzung", "Selbsteinschätzungen"),
            RecordKind::Draft => ("laufender Durchgang", "laufende Durchgänge"),
            RecordKind::Goal => ("Ziel", "Ziele"),
            RecordKind::Response => ("Rückmeldung", "Rückmeldungen"),
            RecordKind::Conflict => (
                "abweichende Kopie einer Rückmeldung",
                "abweichende Kopien von Rückmeldungen",
            ),
            RecordKind::Request => ("Feedback-Anfrage", "Feedback-Anfragen"),
            RecordKind::PeerDraft => (
                "Feedback-Entwurf für eine andere Person",
                "Feedback-Entwürfe für andere Personen",
            ),
            RecordKind::Position => (
                "gespeicherte Stelle im Fragebogen",
                "gespeicherte Stellen im Fragebogen",
            ),
            RecordKind::Quarantine => ("zurückgestellter Eintrag", "zurückgestellte Einträge"),
        };
        count(n, one, many)
    }
}

/// A rater group inside a sentence (the shared names are headings, capitalised as such).
fn group_words(group: RaterGroup) -> &'static str {
    match group {
        RaterGroup::SelfRating => "selbst",
        RaterGroup::Manager => "Führungskraft",
        RaterGroup::Peer => "Kolleg:in",
        RaterGroup::DirectReport => "Mitarbeitende",
        RaterGroup::Other => "weitere Person",
    }
}
