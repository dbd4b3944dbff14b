// The Series B SaaS design (src/domain/templates/series_b.rs and series_b/) as a workshop types
// it into the app: the same values, in the words and units the form asks for (option labels,
// role titles for owners, metric names for the numbers roles own). Kept in the template's order.

export const TITLE = "Ledgerline partner program: integrator-led growth";

export const FIRM = {
  name: "Ledgerline",
  kind: "Software or product company",
  headcount: "140",
  stage: "Series B",
  icp:
    "Mid-market B2B software companies of 200 to 2,000 people whose RevOps team of three or more " +
    "runs a customised Salesforce or HubSpot instance and reports pipeline by hand.",
  currency: "USD",
  revenue: "20000000",
  pipeline: "9000000",
  dealSize: "80000",
  winRate: "25",
  cycleDays: "120",
  partnerCycleDays: "91",
  subscriptions: true,
};

export const THESIS = {
  customer:
    "Mid-market RevOps leaders replacing spreadsheet pipeline reports, who buy in weeks instead " +
    "of quarters when the integrator already running their CRM recommends us.",
  owningArchetype: "Systems integrator (SI)",
  friction:
    "Direct deals stall for six to eight weeks in integration review, because the buyer doubts a " +
    "small RevOps team can connect us to a heavily customised CRM; an integrator already trusted " +
    "on the account answers that in the room.",
  partnerReason:
    "Every CRM project an integrator delivers ends with the client asking for pipeline reporting; " +
    "recommending us turns a one-off implementation into a recurring analytics retainer they bill for.",
  financial:
    "A 10 % fee on first-year contract value of every deal they source, paid net-30 from client " +
    "payment, on top of the implementation they bill.",
  strategic:
    "Roadmap previews, a sandbox per consultant and a listed connector in our marketplace that " +
    "brings them inbound implementation work.",
  reputational:
    "A certified-partner badge, joint case studies with named clients and a place in our partner directory.",
  purposes: ["Co-selling", "Market reach"],
};

export const ARCHETYPES = [
  {
    name: "Systems integrator (SI)",
    icp: "5: they are our ICP",
    friction:
      "Integration review: the SI already runs the client's CRM and scopes our connector as part " +
      "of the project plan.",
    enablement:
      "Implementation certification in two half-day sessions, a sandbox per consultant, a " +
      "connector playbook and solution-architect office hours.",
    /** Label → value of its economics and pool, left as the catalogue has them where absent. */
    figures: [
      ["Share of recruits", "70"],
      ["Activation rate", "50"],
      ["Deals per active partner per quarter", "2.5"],
    ],
  },
  {
    name: "Managed service provider (MSP)",
    icp: "4: most match",
    friction:
      "Capacity: firms without an in-house admin fear nobody will maintain the reports; a managed " +
      "RevOps provider owns that for them.",
    enablement:
      "Admin certification, a multi-client console and a shared escalation channel with our support team.",
    figures: [
      ["Partner share", "20"],
      ["How the share is earned", "20 % recurring margin while the managed client stays"],
      ["Share of recruits", "30"],
      ["Activation rate", "40"],
      ["Deals per active partner per quarter", "5"],
    ],
  },
];

/** Accountability checkboxes, by what the template's roles answer for. */
const REVENUE_LINE = "The revenue line (usually the CRO or CEO)";
const SYSTEM = "The system (usually the head of partnerships)";
const FINANCIAL = "The financial assumptions (usually the CFO)";

export const ROLES = [
  {
    title: "Executive sponsor (CEO)",
    kind: "Executive sponsor",
    person: "Dana Whitfield",
    share: "10",
    cost: "30000",
    metric: "Partner-sourced closed-won revenue",
    answersFor: [],
  },
  {
    title: "Revenue owner (CRO)",
    kind: "Revenue owner (CRO or CEO)",
    person: "Marcus Oyelaran",
    share: "10",
    cost: "30000",
    metric: "Partner-sourced pipeline",
    answersFor: [REVENUE_LINE],
  },
  {
    title: "Financial assumptions (CFO)",
    kind: "Finance owner (CFO)",
    person: "Priya Raman",
    share: "5",
    cost: "12000",
    metric: "Partner revenue per dollar of program cost",
    answersFor: [FINANCIAL],
  },
  {
    title: "Director of Partnerships",
    kind: "Head of partnerships",
    person: "",
    share: "100",
    cost: "250000",
    /** Days after the kickoff the role costs from: the hire's own day. */
    startsAfterKickoff: 49,
    metric: "Partner-influenced pipeline",
    answersFor: [SYSTEM],
  },
  {
    title: "Partner manager",
    kind: "Partner manager",
    person: "",
    share: "100",
    cost: "140000",
    startsAfterKickoff: 49 + 91,
    metric: "Certified partners by archetype",
    answersFor: [],
  },
  {
    title: "Partner operations",
    kind: "Partner operations",
    person: "Jordan Lee",
    share: "50",
    cost: "55000",
    metric: "Registered-deal-to-pipeline rate",
    answersFor: [],
  },
  {
    title: "Partner marketing",
    kind: "Partner marketing",
    person: "Sam Ortiz",
    share: "25",
    cost: "30000",
    metric: "Registered deals and co-marketed touches per partner",
    answersFor: [],
  },
];

/** Label → text, in the form's order. */
export const ATTRIBUTION = [
  [
    "Sourced: definition",
    "The partner registered the opportunity before any direct activity on the account in the " +
      "last 90 days, with a named buyer contact.",
  ],
  [
    "Sourced: incentive",
    "10 % of first-year contract value to the partner; full quota credit to the partner manager.",
  ],
  ["Sourced: reporting line", "Partner-sourced pipeline, reported by the CRO."],
  [
    "Influenced: definition",
    "On an open direct opportunity, the partner did something logged in the CRM: a reference " +
      "call, a technical validation or an integration scoping session.",
  ],
  [
    "Influenced: incentive",
    "5 % of first-year value when the deal closes; no quota credit to the partner team.",
  ],
  ["Influenced: reporting line", "Partner-influenced pipeline, reported by the Director of Partnerships."],
  [
    "Co-sold: definition",
    "The partner and our AE ran the deal jointly from a shared account plan, with the partner " +
      "scoping the implementation.",
  ],
  ["Co-sold: incentive", "20 % of first-year value; the AE and the partner manager share credit."],
  ["Co-sold: reporting line", "Partner-sourced pipeline, reported jointly by the CRO and the Director."],
  [
    "How a deal moves between them",
    "A sourced deal stays sourced. An influenced deal becomes co-sold when the partner joins the " +
      "account plan before the proposal; partner ops records the change in the CRM the week it " +
      "happens, never at quarter end.",
  ],
];

export const CONFLICT_RULE = {
  rule: "The first formal introduction gets credit (001)",
  note:
    "First formal introduction wins (001); between two partners the earlier approved registration wins.",
};

export const DEAL_REGISTRATION = {
  minimum: "25000",
  protectionDays: "150",
  responseHours: "48",
  requiredFields: [
    "Account name and domain",
    "Buyer contact and role",
    "Use case and the tools it replaces",
    "Expected close quarter",
    "The partner's role in the deal",
  ],
  conflictProcess:
    "The first registration naming a buyer contact wins. If the account is already an open " +
    "direct opportunity the deal becomes co-sold, and the partner manager and the AE agree a " +
    "joint plan within two business days; the CRO settles anything left.",
};

export const TIERS = [
  {
    name: "Registered",
    deals: "0",
    reps: "1",
    criteria: "Signed partner agreement and one certified consultant.",
    rate: "10",
    checkIn: "Quarterly",
    support:
      "Self-serve enablement, the shared partner Slack channel and the registration form.",
    commitments:
      "Register every opportunity before working it; keep one consultant certified.",
  },
  {
    name: "Certified",
    deals: "4",
    reps: "3",
    criteria:
      "Four sourced deals in the last twelve months and a referenceable joint client.",
    rate: "15",
    checkIn: "Monthly",
    support: "A named partner manager, joint account planning and co-marketing funds.",
    commitments:
      "Three certified consultants, a quarterly joint pipeline review and two co-marketed events a year.",
  },
];

export const COMPENSATION = {
  trigger: "A closed deal",
  model: "By involvement",
  rates: [
    ["Passive referral", "5"],
    ["Standard referral", "10"],
    ["Active selling", "20"],
  ],
  paymentDays: "30",
};

export const TOOLING = { prmFromQuarter: "9", prmCostPerQuarter: "6000", costPerQuarter: "4000" };

/** Role titles of the stages' owners. */
const DIRECTOR = "Director of Partnerships";
const MANAGER = "Partner manager";

export const STAGES = [
  {
    name: "Recruit",
    done:
      "Partner agreement signed, with the services they will refer and the clients in scope written down.",
    criteriaLabel: "Who, where, and with what pitch",
    criteria:
      "Salesforce and HubSpot integrators and managed RevOps firms serving 200–2,000-person " +
      "software companies, found through account overlap.",
    owner: DIRECTOR,
    days: "14",
    exitMetric: "Agreements signed per archetype",
    activities: [
      "Map account overlap and rank the integrators",
      "Pitch: the retainer our reports add to every CRM project",
      "Score the candidate on the scorecard",
    ],
  },
  {
    name: "Onboard",
    done:
      "Two consultants certified, a sandbox live and a first joint account list agreed, within four weeks of signing.",
    criteriaLabel: "First 30 days: certification path and first joint motion",
    criteria: "Certification path: connector course, then a graded sandbox build.",
    owner: MANAGER,
    days: "28",
    exitMetric: "Certified consultants per partner",
    activities: [
      "Live onboarding session",
      "Certification in two half-day sessions",
      "Joint account mapping",
    ],
  },
  {
    name: "Activate",
    done: "A first registered opportunity accepted into pipeline.",
    criteriaLabel: "What counts as the first joint opportunity",
    criteria: "The first joint motion: one named account from the joint list.",
    owner: MANAGER,
    days: "14",
    exitMetric: "Days from signing to first registered opportunity",
    activities: [
      "Joint call plan on the first account",
      "Register the opportunity",
      "Scope the connector with the buyer",
    ],
  },
  {
    name: "Manage",
    done:
      "A quarterly business review held with pipeline, wins and next quarter's accounts agreed.",
    criteriaLabel: "Cadence, QBR and escalation path",
    criteria:
      "Monthly pipeline call, quarterly QBR, escalation to the Director then the CRO.",
    owner: MANAGER,
    days: "90",
    exitMetric: "Registered deals per partner per quarter",
    activities: ["Monthly pipeline call", "Quarterly business review"],
  },
  {
    name: "Expand",
    done:
      "The partner meets the Certified tier's entry criteria and the upgrade is signed.",
    criteriaLabel: "Tier upgrade criteria",
    criteria: "Four sourced deals in twelve months and three certified consultants.",
    owner: DIRECTOR,
    days: "180",
    exitMetric: "Partners upgraded to Certified",
    activities: ["Joint business plan", "Co-marketed event"],
  },
  {
    name: "Off-board",
    done:
      "Open registrations handed to the direct team, the partner told why, and the directory listing removed.",
    criteriaLabel: "The bar: when a partner leaves",
    criteria: "No registered opportunity after two quarters of active enablement.",
    owner: DIRECTOR,
    days: "90",
    exitMetric: "Partners off-boarded per quarter",
    activities: ["Exit conversation", "90-day transition of open deals"],
  },
];

const ACTIVITY = "Activity (input)";
const OUTPUT = "Output (result)";
const twelve = (n) => Array(12).fill(String(n));

export const METRICS = [
  {
    name: "Certified partners by archetype",
    family: "Capability (leading)",
    kind: ACTIVITY,
    owner: "Partner manager",
    unit: "partners",
    targets: [4, 6, 10, 14, 17, 21, 26, 31, 36, 41, 46, 50].map(String),
  },
  {
    name: "Partner reps active in the last 60 days",
    family: "Capacity (leading)",
    kind: ACTIVITY,
    owner: "Partner manager",
    unit: "reps",
    targets: [7, 12, 19, 27, 34, 41, 52, 62, 72, 82, 92, 100].map(String),
  },
  {
    name: "Registered deals and co-marketed touches per partner",
    family: "Motion (leading)",
    kind: ACTIVITY,
    owner: "Partner marketing",
    unit: "per partner",
    targets: twelve(4),
  },
  {
    name: "Registered-deal-to-pipeline rate",
    family: "Conversion (leading)",
    kind: ACTIVITY,
    owner: "Partner operations",
    unit: "%",
    targets: twelve(70),
  },
  {
    name: "Partner-sourced pipeline",
    family: "Partner-sourced pipeline (lagging)",
    kind: OUTPUT,
    owner: "Revenue owner (CRO)",
    unit: "USD",
    targets: [
      800000, 1300000, 2200000, 3000000, 3800000, 4600000, 5800000, 7000000, 8100000, 9200000,
      10300000, 11300000,
    ].map(String),
  },
  {
    name: "Partner-influenced pipeline",
    family: "Partner-influenced pipeline (lagging)",
    kind: OUTPUT,
    owner: "Director of Partnerships",
    unit: "USD",
    targets: [
      500000, 700000, 900000, 1200000, 1500000, 1800000, 2100000, 2400000, 2700000, 3000000,
      3300000, 3600000,
    ].map(String),
  },
  {
    name: "Partner-sourced closed-won revenue",
    family: "Partner-sourced closed-won (lagging)",
    kind: OUTPUT,
    owner: "Executive sponsor (CEO)",
    unit: "USD",
    targets: [
      0, 200000, 430000, 720000, 1030000, 1330000, 1630000, 2030000, 2480000, 2910000, 3320000,
      3730000,
    ].map(String),
  },
  {
    name: "Partner revenue per dollar of program cost",
    family: "Other",
    kind: OUTPUT,
    owner: "Financial assumptions (CFO)",
    unit: "ratio",
    targets: [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 4, 5].map(String),
  },
];

export const SHARE_TARGETS = ["15", "25", "35"];

export const ASSUMPTIONS = {
  recruits: ["12", "18", "18", "18", "18", "20"],
  /** Label → value, in the form's order. */
  figures: [
    ["Registration to pipeline", "70"],
    ["Win-rate lift with a partner", "30"],
    ["Partner churn per quarter", "3"],
    ["Co-marketing per quarter", "40000"],
    ["Enablement per active partner per year", "2000"],
    ["Gross retention per year", "90"],
    ["Direct pipeline growth per quarter", "6"],
  ],
};

const SI = "Systems integrator (SI)";
const MSP = "Managed service provider (MSP)";

/** Ratings in the order of the default criteria, 1 to 5. */
export const CANDIDATES = [
  {
    name: "Northbeam Consulting",
    archetype: SI,
    ratings: [5, 5, 4, 4, 5, 4, 5, 4],
    redFlags: [],
    selected: true,
    notes:
      "Runs 30 Salesforce projects a year for our ICP; asked about reporting twice this quarter.",
  },
  {
    name: "Pipewright Partners",
    archetype: SI,
    ratings: [5, 4, 4, 4, 4, 4, 4, 4],
    redFlags: [],
    selected: true,
    notes: "HubSpot specialist; two shared clients already.",
  },
  {
    name: "Crestline RevOps",
    archetype: MSP,
    ratings: [5, 4, 4, 4, 4, 3, 5, 4],
    redFlags: [],
    selected: true,
    notes: "Managed RevOps for 40 mid-market firms; wants a reporting offer.",
  },
  {
    name: "Orbital Systems Group",
    archetype: SI,
    ratings: [4, 5, 4, 4, 5, 5, 4, 4],
    redFlags: [],
    selected: true,
    notes: "Larger integrator; a named partner lead already assigned.",
  },
  {
    name: "Kestrel Ops",
    archetype: MSP,
    ratings: [4, 4, 5, 4, 4, 4, 4, 4],
    redFlags: [],
    selected: true,
    notes: "Small team, very responsive, strong references.",
  },
  {
    name: "Foundry CRM Services",
    archetype: SI,
    ratings: [4, 4, 4, 5, 4, 4, 4, 3],
    redFlags: [],
    selected: true,
    notes: "Premium positioning matches ours.",
  },
  {
    name: "Brightpath Analytics",
    archetype: SI,
    ratings: [4, 4, 4, 4, 4, 4, 4, 4],
    redFlags: [],
    selected: true,
    notes: "Solid all round; first joint account identified.",
  },
  {
    name: "Meridian Cloud Partners",
    archetype: SI,
    ratings: [4, 3, 3, 3, 4, 5, 3, 3],
    redFlags: [],
    selected: false,
    notes: "Enterprise-focused; revisit in year two.",
  },
  {
    name: "Lumen RevOps Collective",
    archetype: MSP,
    ratings: [3, 3, 4, 3, 3, 2, 3, 3],
    redFlags: [],
    selected: false,
    notes: "Below the bar: thin capacity for a second platform.",
  },
  {
    name: "Apex Integration Co",
    archetype: SI,
    ratings: [5, 4, 3, 4, 4, 4, 2, 5],
    redFlags: ["Unrealistic deal-flow hopes", "One-sided interest"],
    selected: false,
    notes: "Promised 40 deals in the first quarter and asked only about our lead flow.",
  },
  {
    name: "Tidewater Digital",
    archetype: SI,
    ratings: [3, 3, 3, 3, 3, 3, 3, 2],
    redFlags: [],
    selected: false,
    notes: "Mostly web projects; little CRM work.",
  },
  {
    name: "Quarry Data Ops",
    archetype: MSP,
    ratings: [4, 4, 4, 3, 3, 3, 2, 3],
    redFlags: ["Can't say what they'd refer"],
    selected: false,
    notes: "Could not name a client they would introduce.",
  },
];

/** The rating options' labels, by value. */
export const RATING = ["", "1 – poor", "2 – weak", "3 – fair", "4 – strong", "5 – excellent"];
