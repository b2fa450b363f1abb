//! Reading JSON objects field by field with their paths, collecting every shape problem
//! (missing field, wrong type) instead of stopping at the first, as serde would.
use crate::domain::Problem;
use serde_json::{Map, Value};

/// Collects shape problems while reading; missing or mistyped fields read as empty values
/// so that reading goes on and finds the rest.
#[derive(Default)]
pub struct Fields {
    pub problems: Vec<Problem>,
}

pub fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

impl Fields {
    pub fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::new(path, message));
    }

    pub fn string(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        key: &str,
        required: bool,
    ) -> String {
        match obj.get(key) {
            Some(Value::String(s)) => s.clone(),
            None | Some(Value::Null) if !required => String::new(),
            None => {
                self.problem(join(path, key), "is missing; it must be text");
                String::new()
            }
            Some(other) => {
                self.problem(
                    join(path, key),
                    format!("must be text, not {}", kind(other)),
                );
                String::new()
            }
        }
    }

    pub fn number(&mut self, obj: &Map<String, Value>, path: &str, key: &str, default: f64) -> f64 {
        match obj.get(key) {
            None => default,
            Some(Value::Number(n)) => n.as_f64().unwrap_or(default),
            Some(other) => {
                self.problem(
                    join(path, key),
                    format!("must be a number, not {}", kind(other)),
                );
                default
            }
        }
    }

    pub fn count(&mut self, obj: &Map<String, Value>, path: &str, key: &str, default: u32) -> u32 {
        match obj.get(key) {
            None => default,
            Some(Value::Number(n)) => match n.as_u64().and_then(|v| u32::try_from(v).ok()) {
                Some(v) => v,
                None => {
                    self.problem(join(path, key), "must be a whole number of at least 0");
                    default
                }
            },
            Some(other) => {
                self.problem(
                    join(path, key),
                    format!("must be a whole number, not {}", kind(other)),
                );
                default
            }
        }
    }

    pub fn array<'v>(
        &mut self,
        obj: &'v Map<String, Value>,
        path: &str,
        key: &str,
        required: bool,
    ) -> &'v [Value] {
        match obj.get(key) {
            Some(Value::Array(items)) => items,
            None if !required => &[],
            None => {
                self.problem(join(path, key), "is missing; it must be a list");
                &[]
            }
            Some(other) => {
                self.problem(
                    join(path, key),
                    format!("must be a list, not {}", kind(other)),
                );
                &[]
            }
        }
    }

    pub fn object<'v>(
        &mut self,
        value: Option<&'v Value>,
        path: &str,
    ) -> Option<&'v Map<String, Value>> {
        match value {
            Some(Value::Object(m)) => Some(m),
            None => {
                self.problem(path, "is missing; it must be an object");
                None
            }
            Some(other) => {
                self.problem(path, format!("must be an object, not {}", kind(other)));
                None
            }
        }
    }

    pub fn texts(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        key: &str,
        required: bool,
    ) -> Vec<String> {
        let at = join(path, key);
        let items = self.array(obj, path, key, required);
        items
            .iter()
            .enumerate()
            .map(|(i, v)| match v {
                Value::String(s) => s.clone(),
                other => {
                    self.problem(
                        format!("{at}[{i}]"),
                        format!("must be text, not {}", kind(other)),
                    );
                    String::new()
                }
            })
            .collect()
    }
}

pub fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}
