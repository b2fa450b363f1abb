//! `format::backup::decode` (a backup of every record): never panics; a backup that decodes
//! is made again from its records into one that decodes to the same records, and restoring it
//! over exactly those records adds nothing.
#![no_main]
use fulcrum::format::backup::{decode, make, plan, Outcome};
use fulcrum_fuzz::{built_in, now, reseal, text};
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeMap;

fn check(text: &str) {
    let ins = built_in();
    let Ok(backup) = decode(ins, text, now()) else {
        return;
    };
    let records: BTreeMap<String, String> = backup
        .records
        .iter()
        .map(|r| (r.name.clone(), r.text.clone()))
        .collect();
    let made = make(ins, &backup.id, backup.created_at, &records);
    assert!(made.set_aside.is_empty(), "set aside from {text}");
    let again = decode(ins, &made.envelope.to_text(), now()).map(|b| b.records);
    assert_eq!(again.as_ref(), Ok(&backup.records), "round trip of {text}");
    let restored = plan(ins, backup, &records, now());
    assert!(
        restored
            .items
            .iter()
            .all(|p| p.outcome == Outcome::AlreadyHere),
        "restoring {text} over its own records"
    );
}

fuzz_target!(|data: &[u8]| {
    let Some(text) = text(data) else { return };
    check(&text);
    if let Some(resealed) = reseal(&text) {
        check(&resealed);
    }
});
