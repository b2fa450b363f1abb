//! Namespaced key-value storage over localStorage, falling back to memory when the browser
//! blocks it. One key per record (`fulcrum/<namespace>/<record>`), so each save is one atomic
//! write. Never clears storage and never touches keys outside its namespace.
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use thiserror::Error;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

pub const KEY_ROOT: &str = "fulcrum";

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StorageError {
    #[error("Storage is full: the browser has no room left for this site's data. Your earlier answers are still saved; download your answers to keep the latest ones.")]
    QuotaFull,
    #[error("The browser refused to save ({0}). Your earlier answers are still saved; download your answers to keep the latest ones.")]
    Refused(String),
}

impl crate::i18n::Localized for StorageError {
    // The English catalogue repeats the Display above (logs keep it); a test keeps them equal.
    fn text(&self, lang: crate::i18n::Lang) -> String {
        match self {
            StorageError::QuotaFull => lang.errors().storage_full().into(),
            StorageError::Refused(name) => lang.errors().storage_refused(name),
        }
    }
}

/// Why answers are only kept in memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unavailable {
    /// Access threw (SecurityError): private modes, sandboxed frames, blocked cookies.
    Blocked(String),
    /// The browser has no localStorage at all.
    Missing,
}

#[derive(Clone)]
enum Backend {
    Local(web_sys::Storage),
    Memory(Rc<RefCell<BTreeMap<String, String>>>),
}

/// Storage for one namespace. Cheap to clone; clones share the same backend.
#[derive(Clone)]
pub struct Store {
    backend: Backend,
    prefix: String,
    unavailable: Option<Unavailable>,
    /// Which widget opened it (clones share it): in-page notices skip the writer.
    opener: usize,
}

/// What a watching widget is called with: the changed record, or `None` for everything.
type OnChange = Rc<dyn Fn(Option<&str>)>;
/// A widget watching its namespace: (key prefix, opener, what to call).
type Watcher = (String, usize, OnChange);

thread_local! {
    /// Widgets on this page watching their namespace, told of each other's writes: the
    /// `storage` event reaches only other tabs, never the page that wrote.
    static WATCHERS: RefCell<Vec<Watcher>> = const { RefCell::new(Vec::new()) };
    /// Writes not yet told, as (prefix, opener, record); sent together once the writer's
    /// current sequence of writes is done, as the `storage` event is between tabs.
    static PENDING: RefCell<Vec<(String, usize, String)>> = const { RefCell::new(Vec::new()) };
}

fn next_opener() -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Tells the other widgets of this page, after the current task, that `record` changed.
fn tell_page(prefix: &str, opener: usize, record: &str) {
    let first = PENDING.with(|p| {
        let mut pending = p.borrow_mut();
        pending.push((prefix.to_string(), opener, record.to_string()));
        pending.len() == 1
    });
    if first {
        gloo::timers::callback::Timeout::new(0, || {
            let pending = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
            for (prefix, opener, record) in pending {
                // Collected first: a watcher may write, and so reach this list again.
                let others: Vec<OnChange> = WATCHERS.with(|w| {
                    w.borrow()
                        .iter()
                        .filter(|(p, o, _)| *p == prefix && *o != opener)
                        .map(|(_, _, f)| f.clone())
                        .collect()
                });
                for on_change in others {
                    on_change(Some(&record));
                }
            }
        })
        .forget();
    }
}

/// The `storage` event listener of one watching widget.
type StorageListener = Closure<dyn Fn(&web_sys::Event)>;

/// A namespace being watched (see [`Store::watch`]); dropping it stops the watching, so an
/// unmounted widget leaves no listener behind.
#[derive(Default)]
#[must_use = "watching stops when this is dropped"]
pub struct Watch {
    listener: Option<(web_sys::Window, StorageListener)>,
    on_change: Option<OnChange>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        if let Some(on_change) = self.on_change.take() {
            WATCHERS.with(|w| {
                w.borrow_mut()
                    .retain(|(_, _, f)| !Rc::ptr_eq(f, &on_change))
            });
        }
        if let Some((window, listener)) = self.listener.take() {
            let _ = window
                .remove_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
        }
    }
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        self.prefix == other.prefix && self.unavailable == other.unavailable
    }
}

fn dom_error_name(e: &JsValue) -> String {
    e.dyn_ref::<web_sys::DomException>()
        .map(|d| d.name())
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

fn is_quota(e: &JsValue) -> bool {
    e.dyn_ref::<web_sys::DomException>()
        .is_some_and(|d| d.name() == "QuotaExceededError" || d.code() == 22 || d.code() == 1014)
}

impl Store {
    /// Opens localStorage for `namespace`, or memory if the browser refuses it.
    pub fn open(namespace: &str) -> Self {
        let prefix = format!("{KEY_ROOT}/{namespace}/");
        let local = match web_sys::window().map(|w| w.local_storage()) {
            None => Err(Unavailable::Missing),
            Some(Err(e)) => Err(Unavailable::Blocked(dom_error_name(&e))),
            Some(Ok(None)) => Err(Unavailable::Missing),
            Some(Ok(Some(s))) => Ok(s),
        };
        match local {
            Ok(storage) => Self {
                backend: Backend::Local(storage),
                prefix,
                unavailable: None,
                opener: next_opener(),
            },
            Err(why) => Self::memory_with(prefix, Some(why)),
        }
    }

    /// Storage that lives only as long as the page.
    pub fn in_memory(namespace: &str) -> Self {
        Self::memory_with(format!("{KEY_ROOT}/{namespace}/"), None)
    }

    fn memory_with(prefix: String, unavailable: Option<Unavailable>) -> Self {
        Self {
            backend: Backend::Memory(Rc::default()),
            prefix,
            unavailable,
            opener: next_opener(),
        }
    }

    /// Set when answers are kept only in memory because the browser refused storage.
    pub fn unavailable(&self) -> Option<&Unavailable> {
        self.unavailable.as_ref()
    }

    pub fn key(&self, record: &str) -> String {
        format!("{}{record}", self.prefix)
    }

    pub fn get(&self, record: &str) -> Result<Option<String>, StorageError> {
        match &self.backend {
            Backend::Local(s) => s
                .get_item(&self.key(record))
                .map_err(|e| StorageError::Refused(dom_error_name(&e))),
            Backend::Memory(m) => Ok(m.borrow().get(&self.key(record)).cloned()),
        }
    }

    pub fn set(&self, record: &str, value: &str) -> Result<(), StorageError> {
        match &self.backend {
            Backend::Local(s) => {
                s.set_item(&self.key(record), value).map_err(|e| {
                    if is_quota(&e) {
                        StorageError::QuotaFull
                    } else {
                        StorageError::Refused(dom_error_name(&e))
                    }
                })?;
                tell_page(&self.prefix, self.opener, record);
                Ok(())
            }
            Backend::Memory(m) => {
                m.borrow_mut().insert(self.key(record), value.to_string());
                Ok(())
            }
        }
    }

    pub fn remove(&self, record: &str) -> Result<(), StorageError> {
        match &self.backend {
            Backend::Local(s) => {
                s.remove_item(&self.key(record))
                    .map_err(|e| StorageError::Refused(dom_error_name(&e)))?;
                tell_page(&self.prefix, self.opener, record);
                Ok(())
            }
            Backend::Memory(m) => {
                m.borrow_mut().remove(&self.key(record));
                Ok(())
            }
        }
    }

    /// Calls `on_change` whenever another tab or window changes a record of this namespace in
    /// localStorage (the `storage` event: a page never hears of its own writes), or another
    /// widget of this page does (told in-page, after its writes), with the record's name, or
    /// `None` when the other page cleared the whole storage. Does nothing when answers are
    /// kept in memory. Watching stops when the returned [`Watch`] is dropped, as a widget is
    /// unmounted.
    pub fn watch(&self, on_change: impl Fn(Option<&str>) + 'static) -> Watch {
        let (Backend::Local(_), Some(window)) = (&self.backend, web_sys::window()) else {
            return Watch::default();
        };
        let on_change: OnChange = Rc::new(on_change);
        WATCHERS.with(|w| {
            w.borrow_mut()
                .push((self.prefix.clone(), self.opener, on_change.clone()))
        });
        let prefix = self.prefix.clone();
        let call = on_change.clone();
        // The closure type Yew's own listeners use, so its glue is in the wasm already.
        let listener = Closure::wrap(Box::new(move |event: &web_sys::Event| {
            let event: &web_sys::StorageEvent = event.unchecked_ref();
            match event.key() {
                Some(key) => {
                    if let Some(record) = key.strip_prefix(&prefix) {
                        call(Some(record));
                    }
                }
                None => call(None),
            }
        }) as Box<dyn Fn(&web_sys::Event)>);
        let listening = window
            .add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref())
            .is_ok();
        Watch {
            listener: listening.then_some((window, listener)),
            on_change: Some(on_change),
        }
    }

    /// Record names (keys without the namespace prefix) under `sub`, in storage order.
    pub fn records(&self, sub: &str) -> Result<Vec<String>, StorageError> {
        let wanted = self.key(sub);
        let out: Vec<String> = match &self.backend {
            Backend::Local(s) => {
                let n = s
                    .length()
                    .map_err(|e| StorageError::Refused(dom_error_name(&e)))?;
                (0..n)
                    .filter_map(|i| s.key(i).ok().flatten())
                    .filter(|k| k.starts_with(&wanted))
                    .collect()
            }
            Backend::Memory(m) => m
                .borrow()
                .keys()
                .filter(|k| k.starts_with(&wanted))
                .cloned()
                .collect(),
        };
        Ok(out
            .into_iter()
            .filter_map(|k| k.strip_prefix(&self.prefix).map(str::to_string))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::StorageError;
    use crate::i18n::{Lang, Localized};

    /// Names every variant without a wildcard: a new one does not compile until it is here.
    fn one_of_each() -> Vec<StorageError> {
        let all = vec![
            StorageError::QuotaFull,
            StorageError::Refused("SecurityError".into()),
        ];
        for e in &all {
            match e {
                StorageError::QuotaFull | StorageError::Refused(_) => {}
            }
        }
        all
    }

    #[test]
    fn every_storage_error_has_german_text_and_unchanged_english() {
        for e in one_of_each() {
            assert_eq!(e.text(Lang::En), e.to_string());
            let de = e.text(Lang::De);
            assert!(!de.is_empty());
            assert_ne!(de, e.to_string());
        }
        assert!(StorageError::Refused("SecurityError".into())
            .text(Lang::De)
            .contains("(SecurityError)"));
    }
}
