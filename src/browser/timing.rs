//! User Timing measures around work the browser benchmarks time (`scripts/bench.sh` reads
//! them with `performance.getEntriesByName`). Where the page has no Performance API nothing
//! is recorded; the work runs either way.
use web_sys::Performance;

/// Marks its start when made and records a measure named `name` when dropped, so timing a
/// block takes one line at its top.
pub struct Measure {
    name: &'static str,
    start: String,
    performance: Option<Performance>,
}

impl Measure {
    pub fn start(name: &'static str) -> Self {
        let start = format!("{name}:start");
        let performance = web_sys::window()
            .and_then(|w| w.performance())
            .filter(|p| p.mark(&start).is_ok());
        Self {
            name,
            start,
            performance,
        }
    }
}

impl Drop for Measure {
    fn drop(&mut self) {
        if let Some(p) = &self.performance {
            // A failed measure only loses one figure for the benchmarks.
            let _ = p.measure_with_start_mark(self.name, &self.start);
            // One start mark per call would otherwise pile up.
            p.clear_marks_with_mark_name(&self.start);
        }
    }
}
