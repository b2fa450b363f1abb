//! Entry point of the hosted build: turns every `[data-fulcrum]` element into a widget.
fn main() {
    fulcrum::ui::mount_all();
}
