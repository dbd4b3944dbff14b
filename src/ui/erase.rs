//! One concrete type for each kind of closure the views hand to Leptos. Leptos compiles its
//! event, attribute and text plumbing once per closure type it is given: boxed, every event
//! handler of an event shares one copy, and every reactive text or flag one copy per value
//! type, which keeps the .wasm small.

/// An event handler, boxed: `on:click=handler(move |_| …)`.
pub fn handler<E: 'static>(f: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(f)
}
