//! The sections of the workshop, in the blueprint's order, and their place in the URL hash.

use crate::domain::Mechanic;
use crate::domain::path::DocPath;

/// A section of the app. The five mechanics come in the order leaders design them (002: "Do
/// these five in order"), framed by the overview and the firm profile, followed by candidates,
/// and last the board pack: the whole design as a document to read and print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Overview,
    Firm,
    Thesis,
    Archetypes,
    OperatingModel,
    Journey,
    Scoreboard,
    Forecast,
    Candidates,
    BoardPack,
}

impl Section {
    pub const ALL: [Section; 10] = [
        Section::Overview,
        Section::Firm,
        Section::Thesis,
        Section::Archetypes,
        Section::OperatingModel,
        Section::Journey,
        Section::Scoreboard,
        Section::Forecast,
        Section::Candidates,
        Section::BoardPack,
    ];

    /// The section's name in the navigation and its heading.
    pub fn label(self) -> &'static str {
        match self {
            Section::Overview => "Overview",
            Section::Firm => "Firm profile",
            Section::Thesis => "Thesis",
            Section::Archetypes => "Archetypes",
            Section::OperatingModel => "Operating model",
            Section::Journey => "Journey",
            Section::Scoreboard => "Scoreboard",
            Section::Forecast => "Forecast",
            Section::Candidates => "Candidates",
            Section::BoardPack => "Board pack",
        }
    }

    /// The section's name in the URL hash: `#/operating-model`.
    pub fn slug(self) -> &'static str {
        match self {
            Section::Overview => "overview",
            Section::Firm => "firm",
            Section::Thesis => "thesis",
            Section::Archetypes => "archetypes",
            Section::OperatingModel => "operating-model",
            Section::Journey => "journey",
            Section::Scoreboard => "scoreboard",
            Section::Forecast => "forecast",
            Section::Candidates => "candidates",
            Section::BoardPack => "board-pack",
        }
    }

    /// The link to the section, relative to the page so the app works from any sub-path.
    pub fn href(self) -> String {
        format!("#/{}", self.slug())
    }

    /// The section a URL hash names (`#/journey`, `#journey`, `journey`); the overview for an
    /// empty or unknown hash.
    pub fn from_hash(hash: &str) -> Section {
        let slug = hash.trim_start_matches('#').trim_start_matches('/');
        let slug = slug.split(['/', '?']).next().unwrap_or_default();
        Section::ALL
            .into_iter()
            .find(|s| s.slug() == slug)
            .unwrap_or(Section::Overview)
    }

    /// The section that edits the value at a place of the design.
    pub fn for_path(path: &DocPath) -> Section {
        match path.head().unwrap_or_default() {
            "firm" => Section::Firm,
            "thesis" => Section::Thesis,
            "archetypes" => Section::Archetypes,
            "operating" => Section::OperatingModel,
            "journey" => Section::Journey,
            "scoreboard" | "assumptions" => Section::Scoreboard,
            "candidates" => Section::Candidates,
            "scenarios" => Section::Forecast,
            _ => Section::Overview,
        }
    }

    /// The section where a mechanic is designed.
    pub fn for_mechanic(mechanic: Mechanic) -> Section {
        match mechanic {
            Mechanic::Thesis => Section::Thesis,
            Mechanic::Archetypes => Section::Archetypes,
            Mechanic::OperatingModel => Section::OperatingModel,
            Mechanic::Journey => Section::Journey,
            Mechanic::Scoreboard | Mechanic::Economics => Section::Scoreboard,
            Mechanic::Candidates => Section::Candidates,
        }
    }

    /// The mechanic a section designs, if it designs one.
    pub fn mechanic(self) -> Option<Mechanic> {
        Mechanic::ALL
            .into_iter()
            .find(|m| Section::for_mechanic(*m) == self && *m != Mechanic::Economics)
    }

    /// The step whose decisions the section logs: its mechanic, or the economics for the
    /// forecast, which is where they are weighed.
    pub fn logs(self) -> Option<Mechanic> {
        match self {
            Section::Forecast => Some(Mechanic::Economics),
            other => other.mechanic(),
        }
    }

    /// What the section is for, in one line, under its heading.
    pub fn purpose(self) -> &'static str {
        match self {
            Section::Overview => {
                "Readiness, health findings and the forecast for the whole design, at a glance."
            }
            Section::Firm => {
                "Who is designing the program, and the direct-sales figures partner pipeline is measured against."
            }
            Section::Thesis => {
                "One page, in your words: which customer buys faster with a partner, which partner owns that relationship, and what friction partners remove."
            }
            Section::Archetypes => {
                "The kinds of partner the program is built for. Three is the upper limit at launch; two is better."
            }
            Section::OperatingModel => {
                "Roles and the number each owns, attribution, deal registration, tiers, compensation, tooling and the timeline to the hire."
            }
            Section::Journey => {
                "Recruit, onboard, activate, manage, expand and off-board: each stage with a definition of done and an owner."
            }
            Section::Scoreboard => {
                "Leading and lagging metrics, each owned, with targets per quarter and the partner-sourced share of new pipeline."
            }
            Section::Forecast => {
                "What each assumption would have to be for the forecast to meet its goals, which guess matters most, and scenarios side by side."
            }
            Section::Candidates => {
                "A weighted scorecard for prospective partners, red flags that fail a candidate, and the launch set."
            }
            Section::BoardPack => {
                "The design as a brief for the board: the summary, each mechanic's tables, the charts and the findings with their sources. It is what prints."
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::places;

    #[test]
    fn every_section_round_trips_through_its_hash() {
        for section in Section::ALL {
            assert_eq!(Section::from_hash(&section.href()), section);
        }
    }

    #[test]
    fn a_document_path_leads_to_the_section_that_edits_it() {
        assert_eq!(
            Section::for_path(&places::operating::ROLE_TITLE.at(&[2])),
            Section::OperatingModel
        );
        assert_eq!(
            Section::for_path(&places::assumptions::QUARTERS.path()),
            Section::Scoreboard
        );
        assert_eq!(
            Section::for_path(&places::design::TITLE.path()),
            Section::Overview
        );
    }

    #[test]
    fn each_step_logs_its_decisions_in_one_section() {
        for mechanic in Mechanic::ALL {
            let logging = Section::ALL.iter().filter(|s| s.logs() == Some(mechanic));
            assert_eq!(logging.count(), 1, "{mechanic:?}");
        }
        assert_eq!(Section::Forecast.logs(), Some(Mechanic::Economics));
    }

    #[test]
    fn each_mechanic_has_its_section() {
        for mechanic in Mechanic::ALL {
            let section = Section::for_mechanic(mechanic);
            assert_ne!(section, Section::Overview);
        }
        assert_eq!(Section::Journey.mechanic(), Some(Mechanic::Journey));
        assert_eq!(Section::Firm.mechanic(), None);
    }

    #[test]
    fn an_unknown_or_empty_hash_opens_the_overview() {
        assert_eq!(Section::from_hash(""), Section::Overview);
        assert_eq!(Section::from_hash("#/nowhere"), Section::Overview);
        assert_eq!(Section::from_hash("#journey"), Section::Journey);
    }
}
