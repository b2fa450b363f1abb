//! Records kept in localStorage besides self-assessment documents: where the user was in the
//! flow. Versioned like files, so a newer copy's records are recognised and set aside.
use super::error::FileError;
use super::json;
use crate::domain::Screen;
use serde::{Deserialize, Serialize};

pub const POSITION_FORMAT: &str = "fulcrum.position";
pub const POSITION_VERSION: u64 = 1;

#[derive(Debug, Serialize, Deserialize)]
struct PositionV1 {
    format: String,
    version: u64,
    #[serde(flatten)]
    screen: ScreenV1,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "screen", rename_all = "snake_case")]
enum ScreenV1 {
    Welcome,
    Practice { index: usize },
    Review,
    Results { assessment: String },
}

pub fn encode_position(screen: &Screen) -> String {
    let screen = match screen {
        Screen::Welcome => ScreenV1::Welcome,
        Screen::Practice(index) => ScreenV1::Practice { index: *index },
        Screen::Review => ScreenV1::Review,
        Screen::Results(id) => ScreenV1::Results {
            assessment: id.clone(),
        },
    };
    serde_json::to_string(&PositionV1 {
        format: POSITION_FORMAT.into(),
        version: POSITION_VERSION,
        screen,
    })
    .unwrap_or_default()
}

pub fn decode_position(text: &str) -> Result<Screen, FileError> {
    let value = json::parse(text)?;
    if let Some(v) = value.get("version").and_then(serde_json::Value::as_u64) {
        if v > POSITION_VERSION {
            return Err(FileError::NewerVersion {
                format: "position".into(),
                found: v,
                supported: POSITION_VERSION,
            });
        }
    }
    let p: PositionV1 = serde_json::from_value(value).map_err(|e| json::syntax_error(&e))?;
    if p.format != POSITION_FORMAT {
        return Err(FileError::WrongFormat {
            expected: "position".into(),
            found: p.format,
        });
    }
    Ok(match p.screen {
        ScreenV1::Welcome => Screen::Welcome,
        ScreenV1::Practice { index } => Screen::Practice(index),
        ScreenV1::Review => Screen::Review,
        ScreenV1::Results { assessment } => Screen::Results(assessment),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_round_trip() {
        for s in [
            Screen::Welcome,
            Screen::Practice(3),
            Screen::Review,
            Screen::Results("abc".into()),
        ] {
            assert_eq!(decode_position(&encode_position(&s)), Ok(s));
        }
    }

    #[test]
    fn newer_and_broken_positions_are_refused() {
        assert!(matches!(
            decode_position(r#"{"format":"fulcrum.position","version":9,"screen":"review"}"#),
            Err(FileError::NewerVersion { found: 9, .. })
        ));
        assert!(decode_position("{").is_err());
        assert!(
            decode_position(r#"{"format":"fulcrum.position","version":1,"screen":"x"}"#).is_err()
        );
    }
}
