//! The seven parts of the operating model, each under its own heading, and the links at the top
//! of the section that move straight to one.

use leptos::prelude::*;

use crate::browser::dom;
use crate::ui::Section;
use crate::ui::erase::handler;

/// The element id of the section's findings, the last of the links at the top.
pub const FINDINGS_ID: &str = "operating-findings";

/// A part of the operating model, in the order the form shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Roles,
    Attribution,
    DealRegistration,
    Tiers,
    Compensation,
    Tooling,
    Timeline,
}

impl Part {
    pub const ALL: [Part; 7] = [
        Part::Roles,
        Part::Attribution,
        Part::DealRegistration,
        Part::Tiers,
        Part::Compensation,
        Part::Tooling,
        Part::Timeline,
    ];

    /// The part's heading and link text.
    pub fn label(self) -> &'static str {
        match self {
            Part::Roles => "Roles",
            Part::Attribution => "Attribution",
            Part::DealRegistration => "Deal registration",
            Part::Tiers => "Tiers",
            Part::Compensation => "Compensation",
            Part::Tooling => "Tooling",
            Part::Timeline => "Timeline",
        }
    }

    /// The part's name in a link: `#/operating-model/tiers`.
    pub fn slug(self) -> &'static str {
        match self {
            Part::Roles => "roles",
            Part::Attribution => "attribution",
            Part::DealRegistration => "deal-registration",
            Part::Tiers => "tiers",
            Part::Compensation => "compensation",
            Part::Tooling => "tooling",
            Part::Timeline => "timeline",
        }
    }

    /// What the part decides, in one line under its heading, with its source.
    pub fn intro(self) -> &'static str {
        match self {
            Part::Roles => {
                "Who runs the program, how much of their time it gets, and the scoreboard number each role owns (002: every named role owns a specific number)."
            }
            Part::Attribution => {
                "What counts as sourced, influenced and co-sold, what each pays and who reports it, and who gets credit when claims compete (002; 001; 003)."
            }
            Part::DealRegistration => {
                "How a partner claims an opportunity before working it: the threshold, the fields, the protection and how fast you answer (001; 003 Step 5)."
            }
            Part::Tiers => {
                "Optional at launch (003). Listed from the lowest tier to the highest: each asks at least as much as the one below and gives at least as much."
            }
            Part::Compensation => {
                "What earns a fee, how it is computed and when it is paid (003 Step 3: be specific about the trigger and the timing; 001)."
            }
            Part::Tooling => {
                "A CRM with partner-attribution fields carries the first year; a PRM pays off at about 25 active partners (002)."
            }
            Part::Timeline => {
                "Design first, then hire: six to eight weeks of design before the partnerships hire starts (002)."
            }
        }
    }

    /// The element id of the part's heading.
    pub fn heading_id(self) -> String {
        format!("operating-{}", self.slug())
    }

    /// A link to the part that also works when opened in a new tab.
    pub fn href(self) -> String {
        format!("{}/{}", Section::OperatingModel.href(), self.slug())
    }

    /// The part a URL hash names (`#/operating-model/tiers`), if any.
    pub fn from_hash(hash: &str) -> Option<Part> {
        let rest = hash.trim_start_matches('#').trim_start_matches('/');
        let slug = rest.strip_prefix(Section::OperatingModel.slug())?;
        let slug = slug.strip_prefix('/')?;
        Part::ALL.into_iter().find(|p| p.slug() == slug)
    }
}

/// The links to each part, at the top of the section.
#[component]
pub fn PartLinks() -> impl IntoView {
    view! {
        <nav class="operating-parts" aria-label="Parts of the operating model">
            <ul>
                {Part::ALL
                    .into_iter()
                    .map(|part| view! {
                        <li>
                            <a href=part.href() on:click=handler(move |e: leptos::ev::MouseEvent| {
                                // The hash names the section; moving within it must not reopen it.
                                e.prevent_default();
                                dom::focus(&part.heading_id());
                            })>{part.label()}</a>
                        </li>
                    })
                    .collect_view()}
                <li>
                    <a href=Section::OperatingModel.href() on:click=handler(move |e: leptos::ev::MouseEvent| {
                        e.prevent_default();
                        dom::focus(FINDINGS_ID);
                    })>"Findings"</a>
                </li>
            </ul>
        </nav>
    }
}

/// One part of the form under its heading and intro.
#[component]
pub fn PartSection(
    /// The part shown.
    part: Part,
    /// The part's fields.
    children: Children,
) -> impl IntoView {
    let id = part.heading_id();
    let labelled_by = id.clone();
    view! {
        <section class="operating-part" aria-labelledby=labelled_by>
            <h3 id=id tabindex="-1">{part.label()}</h3>
            <p class="operating-intro">{part.intro()}</p>
            {children()}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_round_trips_through_its_link() {
        for part in Part::ALL {
            assert_eq!(Part::from_hash(&part.href()), Some(part));
        }
    }

    #[test]
    fn the_section_link_alone_names_no_part() {
        assert_eq!(Part::from_hash("#/operating-model"), None);
        assert_eq!(Part::from_hash("#/operating-model/nowhere"), None);
        assert_eq!(Part::from_hash("#/journey/tiers"), None);
    }
}
