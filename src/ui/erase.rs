//! One concrete type for each kind of closure the views hand to Leptos. Leptos compiles its
//! event, attribute, text and effect plumbing once per closure type it is given, and its
//! signal-reading code once per value type: boxed, every event handler of an event shares one
//! copy, every reactive text or flag one copy per value type, every unit effect and every
//! after-render task one copy. The .wasm has a size budget; a wrapper call per closure is the
//! price. What each saves, measured 2026-12-02 on the release .wasm (gzip) by letting it pass
//! its closure through unboxed: `handler` 9.1 KB, `text` and `flag` 6.3 KB, `effect` and `once`
//! 1.3 KB; [`Value`] saved 5.7 KB when it came.
//!
//! What does not pay is left out: reading the design through plain `fn` getters and setters
//! instead of closures (the closures are already small, and the function pointers add shims).

/// An event handler, boxed: `on:click=handler(move |_| …)`.
pub fn handler<E: 'static>(f: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(f)
}

/// A value the view reads reactively, boxed so that Leptos builds one copy of its text,
/// attribute, class or property code per value type rather than one per closure.
pub type Reactive<T> = Box<dyn Fn() -> T + Send + Sync>;

/// Reactive text, as a child or an attribute value: `{text(move || format!(…))}`,
/// `aria-label=text(move || …)`.
pub fn text(f: impl Fn() -> String + Send + Sync + 'static) -> Reactive<String> {
    Box::new(f)
}

/// A reactive flag, for a boolean attribute or a class: `disabled=flag(move || …)`,
/// `class:x=flag(move || …)`.
pub fn flag(f: impl Fn() -> bool + Send + Sync + 'static) -> Reactive<bool> {
    Box::new(f)
}

/// An effect's function, boxed: `Effect::new(effect(move |_| …))`. Every effect that returns
/// nothing then shares one copy of Leptos's effect task.
pub fn effect(f: impl FnMut(Option<()>) + 'static) -> Box<dyn FnMut(Option<()>)> {
    Box::new(f)
}

/// Work for later, boxed: `dom::after_render(once(move || …))`. Every such call then shares
/// one copy of the browser callback plumbing.
pub fn once(f: impl FnOnce() + 'static) -> Box<dyn FnOnce()> {
    Box::new(f)
}

/// The value a field generic over its value's type (`Select`, `ParsedField`) shows, read
/// through one boxed function: `value=move || d.read().firm.kind`. A `Signal<T>` prop would
/// compile Leptos's signal-reading code into the field once for each type (about 1.5 KB each).
pub struct Value<T>(Reactive<T>);

impl<T, F> From<F> for Value<T>
where
    F: Fn() -> T + Send + Sync + 'static,
{
    fn from(read: F) -> Self {
        Value(Box::new(read))
    }
}

impl<T> Value<T> {
    /// The value now, tracked by whatever reactive scope reads it.
    pub fn get(&self) -> T {
        (self.0)()
    }
}
