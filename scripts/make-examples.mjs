// The sample programme and synthetic cohorts, as the programme spreadsheet exports them.
//
//   node scripts/make-examples.mjs
//       writes examples/sample-programme/*.csv and examples/sample-programme.xlsx: a realistic
//       ten-pair pilot (pilot 12/01/2026 to 12/07/2026) with a few dirty answers.
//   node scripts/make-examples.mjs --mentees 200 --mentors 120 --pairs 150 --out DIR [--seed 7] [--xlsx]
//       writes a synthetic cohort of that size to DIR (CSV files; --xlsx adds DIR.xlsx).
//
// Deterministic: the same options always write the same files (seeded PRNG, fixed dates).
// Every name and email is fictional.
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';

// ---------------------------------------------------------------------------------------------
// The instruments' titles and options (protocol section 3).

const GRADES = {
  fy: 'Foundation (FY1–FY2)',
  ct: 'Core trainee (CT1–CT3 / ST1–ST2)',
  st: 'Specialty registrar (ST3 or above)',
  led: 'Locally employed doctor (LED)',
  sas: 'SAS doctor',
  cons: 'Consultant',
};
const SPECIALTIES = [
  'Acute medicine',
  'Anaesthetics',
  'Emergency medicine',
  'General practice',
  'Intensive care medicine',
  'Medicine (general and subspecialties)',
  'Obstetrics and gynaecology',
  'Ophthalmology',
  'Paediatrics',
  'Pathology',
  'Psychiatry',
  'Radiology',
  'Surgery (general and subspecialties)',
  'Other',
];
const SITES = ['Hull Royal Infirmary', 'Castle Hill Hospital', 'Other / multiple sites'];
const PATHWAYS = {
  training: 'Specialty training (national recruitment)',
  portfolio: 'Portfolio Pathway (specialist registration)',
  sas: 'SAS career progression',
  gp: 'General practice training',
  undecided: 'Undecided / exploring options',
};
const AREAS = {
  exams: 'Exams and assessments',
  portfolio: 'Portfolio and applications',
  nhs: 'NHS systems and processes',
  culture: 'Workplace culture and communication',
  wellbeing: 'Wellbeing and work-life balance',
  career: 'Career planning',
  clinical: 'Clinical skills and confidence',
  teaching: 'Teaching and leadership',
};
const FORMATS = ['In person', 'Virtual', 'Either'];
const SLOTS = {
  am: 'Weekday mornings',
  lunch: 'Weekday lunchtimes',
  pm: 'Weekday afternoons',
  eve: 'Weekday evenings',
  wkd: 'Weekends',
};
const DOMAIN_TITLES = [
  'How supported do you feel in the Trust?',
  'How much do you feel you belong in your team?',
  'Confidence with NHS processes (study leave, Datix, exception reporting, escalation)',
  'Understanding NHS workplace culture and expectations',
  'Confidence escalating concerns or calling seniors',
  'Safety to ask questions or admit uncertainty at work',
  'Current wellbeing at work',
  'Knowing where to seek help for wellbeing or workplace concerns',
  'Clarity about UK career pathways (training vs Portfolio Pathway)',
  'Confidence about portfolio evidence and applications',
  'Manageable work-life balance',
];
const CONSENT = 'I consent to my answers being used to run and evaluate the programme';
const IMG = 'Did you obtain your primary medical qualification outside the UK?';
const MEETINGS = [
  'Meeting 1 (month 1)',
  'Meeting 2 (month 3, mid-pilot review)',
  'Meeting 3 (month 6)',
];

export const HEADERS = {
  'mentee-application': [
    'Timestamp',
    'Email address',
    'Full name',
    'Grade',
    IMG,
    'Specialty',
    'Site',
    'Which career pathway are you aiming for?',
    'What would you most like support with?',
    'Preferred meeting format',
    'When are you usually available?',
    'Would you prefer a mentor who is also an international medical graduate?',
    'Personal goal 1',
    'Personal goal 2',
    'Personal goal 3',
    ...DOMAIN_TITLES,
    CONSENT,
  ],
  'mentor-application': [
    'Timestamp',
    'Email address',
    'Full name',
    'Grade',
    'Months of NHS experience',
    IMG,
    'Specialty',
    'Site',
    'Which career pathways can you advise on?',
    'Which areas can you support?',
    'Preferred meeting format',
    'When are you usually available?',
    'How many mentees could you support?',
    CONSENT,
  ],
  'check-in': [
    'Timestamp',
    'Email address',
    'Which meeting was this?',
    'Date of meeting',
    'Meeting format',
    'Progress towards personal goal 1',
    'Progress towards personal goal 2',
    'Progress towards personal goal 3',
    'How safe did you feel to raise difficulties or admit uncertainty with your mentor?',
    'Do you have a concern that needs escalating?',
    'Please describe the concern',
    'Wellbeing pulse: how is your wellbeing at work right now?',
    'Anything about your wellbeing you would like the programme lead to know?',
  ],
  'mentee-feedback': [
    'Timestamp',
    'Email address',
    ...DOMAIN_TITLES,
    'How useful was the programme overall?',
    'How satisfied are you with your mentor match?',
    'How likely are you to recommend the programme to a colleague?',
    'What worked well?',
    'What could be improved?',
  ],
  'mentor-feedback': [
    'Timestamp',
    'Email address',
    'How satisfied are you with your mentee match?',
    'How easy was the programme administration for you?',
    'Would you be willing to mentor in the next cohort?',
    'What worked well?',
    'What could be improved?',
  ],
  pairs: [
    'Pair ID',
    'Mentee email',
    'Mentor email',
    'Match score',
    'Confirmed by lead',
    'Confirmed by IMG tutor',
    'Rationale',
    'Status',
    'Withdrawal date',
    'Withdrawal reason',
    'Beyond programme control',
  ],
  escalations: [
    'Escalation ID',
    'Raised on',
    'Pair ID',
    'Source',
    'Status',
    'Resolved on',
    'Trust channel',
    'Action taken',
  ],
  programme: ['Setting', 'Value'],
};

export const SHEET_NAMES = Object.keys(HEADERS);

// ---------------------------------------------------------------------------------------------
// Cells: a date or a timestamp is kept as a marker so each format writes it its own way.

const date = (iso) => ({ date: iso });
const stamp = (iso) => ({ stamp: iso });

function addDaysIso(iso, days) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function addMonthsIso(iso, months) {
  const [y, m, d] = iso.split('-').map(Number);
  const moved = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(moved.getUTCFullYear(), moved.getUTCMonth() + 1, 0)).getUTCDate();
  moved.setUTCDate(Math.min(d, last));
  return moved.toISOString().slice(0, 10);
}

/** A seeded PRNG (mulberry32): the same seed gives the same sequence. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const some = (list, lo, hi) => {
    const chosen = new Set();
    const count = int(lo, Math.min(hi, list.length));
    while (chosen.size < count) chosen.add(pick(list));
    return list.filter((item) => chosen.has(item));
  };
  return { next, int, pick, some };
}

const clampScale = (value) => Math.max(1, Math.min(10, Math.round(value)));

function timeOfDay(random) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(random.int(7, 21))}:${pad(random.int(0, 59))}:${pad(random.int(0, 59))}`;
}

// ---------------------------------------------------------------------------------------------
// The sample pilot: ten confirmed pairs at one trust.

const PILOT_START = '2026-01-12';
const PILOT_END = addMonthsIso(PILOT_START, 6);
/** Dates the sample is meant to be evaluated at: a real decision after the end, provisional before. */
export const SAMPLE_AS_OF = { final: addDaysIso(PILOT_END, 21), provisional: '2026-04-20' };

const MENTEE_DOMAIN = '@example.org';
const MENTOR_DOMAIN = '@nhs.example.org';
const email = (first, last, domain) => `${first}.${last}${domain}`.toLowerCase();

// [first, last, grade, months, img, specialty, site, pathways, areas, format, slots, capacity, consent]
const MENTORS = [
  [
    'Ada',
    'Samplewood',
    'cons',
    180,
    'Yes',
    'Medicine (general and subspecialties)',
    0,
    ['training', 'portfolio'],
    ['exams', 'portfolio', 'career', 'culture'],
    'Either',
    ['lunch', 'eve'],
    2,
  ],
  [
    'Bram',
    'Testbury',
    'sas',
    96,
    'Yes',
    'Emergency medicine',
    0,
    ['sas', 'portfolio'],
    ['nhs', 'clinical', 'culture', 'wellbeing'],
    'In person',
    ['am', 'pm'],
    1,
  ],
  [
    'Cora',
    'Placeholder',
    'st',
    40,
    'No',
    'Surgery (general and subspecialties)',
    1,
    ['training'],
    ['exams', 'clinical', 'teaching'],
    'Either',
    ['eve', 'wkd'],
    1,
  ],
  [
    'Dev',
    'Mockridge',
    'cons',
    150,
    'Yes',
    'Psychiatry',
    2,
    ['training', 'portfolio', 'gp'],
    ['wellbeing', 'career', 'culture'],
    'Virtual',
    ['eve'],
    2,
  ],
  [
    'Elin',
    'Fictiva',
    'led',
    30,
    'Yes',
    'Acute medicine',
    0,
    ['portfolio', 'sas'],
    ['portfolio', 'nhs', 'culture'],
    'Either',
    ['lunch', 'pm'],
    1,
  ],
  [
    'Farid',
    'Demoson',
    'cons',
    200,
    'No',
    'Anaesthetics',
    1,
    ['training'],
    ['exams', 'teaching', 'clinical'],
    'In person',
    ['am', 'lunch'],
    1,
  ],
  [
    'Gita',
    'Specimen',
    'sas',
    84,
    'Yes',
    'Obstetrics and gynaecology',
    0,
    ['sas', 'portfolio', 'training'],
    ['career', 'portfolio', 'wellbeing'],
    'Either',
    ['pm', 'eve'],
    1,
  ],
  [
    'Hugo',
    'Pretendall',
    'st',
    26,
    'Yes',
    'Paediatrics',
    0,
    ['training'],
    ['exams', 'nhs', 'clinical'],
    'Virtual',
    ['eve', 'wkd'],
    1,
  ],
  [
    'Ines',
    'Imaginary',
    'cons',
    120,
    'No',
    'Radiology',
    1,
    ['training', 'portfolio'],
    ['career', 'portfolio', 'teaching'],
    'Either',
    ['lunch'],
    1,
  ],
  [
    'Jonah',
    'Exampleton',
    'cons',
    160,
    'Yes',
    'General practice',
    2,
    ['gp', 'training'],
    ['career', 'wellbeing', 'culture'],
    'Virtual',
    ['eve'],
    1,
  ],
  [
    'Kemi',
    'Notreal',
    'sas',
    72,
    'Yes',
    'Intensive care medicine',
    1,
    ['sas', 'portfolio'],
    ['clinical', 'nhs', 'wellbeing'],
    'Either',
    ['am', 'wkd'],
    2,
  ],
  // Ineligible: a Foundation doctor, and a registrar with six months of NHS experience.
  [
    'Lars',
    'Makebelieve',
    'fy',
    14,
    'No',
    'Acute medicine',
    0,
    ['training'],
    ['exams'],
    'Either',
    ['eve'],
    1,
  ],
  [
    'Mira',
    'Inventa',
    'st',
    6,
    'Yes',
    'Emergency medicine',
    0,
    ['training'],
    ['exams', 'clinical'],
    'In person',
    ['pm'],
    1,
  ],
];

// [first, last, grade, img, specialty, site, pathway, areas, format, slots, prefersImg, goals, consent]
const MENTEES = [
  [
    'Nadia',
    'Fakename',
    'led',
    'Yes',
    'Acute medicine',
    0,
    'training',
    ['exams', 'portfolio', 'career'],
    'Either',
    ['lunch', 'eve'],
    'Yes',
    ['Pass MRCP PACES by the autumn diet', 'Plan a route into IMT'],
  ],
  [
    'Omar',
    'Storybook',
    'led',
    'Yes',
    'Emergency medicine',
    0,
    'sas',
    ['nhs', 'clinical', 'culture', 'exams'],
    'In person',
    ['am', 'eve'],
    'No preference',
    [
      'Feel confident running the department at night',
      'Learn how Datix and exception reports work',
    ],
  ],
  [
    'Priya',
    'Madeup',
    'ct',
    'Yes',
    'Surgery (general and subspecialties)',
    0,
    'training',
    ['exams', 'clinical', 'career'],
    'Either',
    ['eve', 'wkd'],
    'Yes',
    ['Pass MRCS Part B', 'Get more theatre logbook cases'],
  ],
  [
    'Quinn',
    'Sketchley',
    'led',
    'Yes',
    'Psychiatry',
    2,
    'gp',
    ['wellbeing', 'career'],
    'Virtual',
    ['eve'],
    'Yes',
    ['Decide between GP training and psychiatry', 'Settle into UK working culture'],
  ],
  [
    'Rhea',
    'Dummett',
    'led',
    'Yes',
    'Acute medicine',
    0,
    'portfolio',
    ['portfolio', 'nhs', 'culture'],
    'Either',
    ['lunch', 'pm'],
    'Yes',
    ['Start my Portfolio Pathway evidence folder', 'Understand study leave rules'],
  ],
  [
    '<b>Dr A.',
    'Example</b>',
    'st',
    'Yes',
    'Anaesthetics',
    1,
    'training',
    ['exams', 'teaching'],
    'In person',
    ['am', 'lunch'],
    'No preference',
    ['Pass the Final FRCA', 'Teach on the simulation course'],
  ],
  [
    'Sami',
    'Notaperson',
    'led',
    'Yes',
    'Obstetrics and gynaecology',
    0,
    'sas',
    ['career', 'portfolio', 'wellbeing'],
    'Either',
    ['pm', 'eve'],
    'Yes',
    ['Apply for a specialty doctor post', 'Protect time for rest'],
  ],
  [
    'Tove',
    'Pretendson',
    'ct',
    'Yes',
    'Paediatrics',
    0,
    'training',
    ['exams', 'nhs', 'wellbeing'],
    'Virtual',
    ['lunch', 'eve', 'wkd'],
    'Yes',
    ['Pass MRCPCH Theory and Science'],
  ],
  [
    'Uma',
    'Inkwell',
    'led',
    'Yes',
    'Pathology',
    1,
    'portfolio',
    ['career', 'portfolio'],
    'Either',
    ['lunch', 'pm'],
    'No preference',
    ['Map my experience against the radiology curriculum'],
  ],
  [
    'Viktor',
    'Paperman',
    'led',
    'Yes',
    'General practice',
    2,
    'gp',
    ['career', 'culture'],
    'Virtual',
    ['eve'],
    'Yes',
    ['Prepare for the GP training MSRA', 'Understand how UK general practice works'],
  ],
  // Extra eligible applicants, not yet paired.
  [
    'Wren',
    'Lorem',
    'led',
    'Yes',
    'Intensive care medicine',
    1,
    'sas',
    ['clinical', 'nhs'],
    'Either',
    ['am', 'wkd'],
    'No preference',
    ['Gain confidence with ICU procedures'],
  ],
  [
    'Xavi',
    'Ipsum',
    'ct',
    'Yes',
    'Medicine (general and subspecialties)',
    0,
    'training',
    ['exams', 'career'],
    'Either',
    ['lunch', 'eve'],
    'No preference',
    ['Pass MRCP Part 2'],
  ],
  [
    'Yara',
    'Dolorsit',
    'fy',
    'Yes',
    'Emergency medicine',
    0,
    'undecided',
    ['culture', 'wellbeing'],
    'In person',
    ['am', 'pm'],
    'Yes',
    ['Choose a specialty'],
  ],
  // Ineligible: a UK-graduate core trainee, and an applicant who did not consent.
  [
    'Zane',
    'Amet',
    'ct',
    'No',
    'Surgery (general and subspecialties)',
    1,
    'training',
    ['exams'],
    'Either',
    ['eve'],
    'No preference',
    ['Pass MRCS Part A'],
  ],
  [
    'Alba',
    'Consectetur',
    'led',
    'Yes',
    'Pathology',
    0,
    'portfolio',
    ['portfolio'],
    'Virtual',
    ['lunch'],
    'No preference',
    ['Plan my portfolio'],
    '',
  ],
];

/** Pairs: mentee index → mentor index, in pair order P01–P10. */
const PAIRINGS = [
  [0, 0],
  [1, 1],
  [2, 2],
  [3, 3],
  [4, 4],
  [5, 5],
  [6, 6],
  [7, 7],
  [8, 8],
  [9, 9],
];
const WITHDRAWN_PAIR = 6; // P07: maternity leave, beyond programme control.
const MEETINGS_HELD = [3, 3, 3, 3, 3, 3, 1, 3, 2, 1]; // structured meetings per pair
const ESCALATED_PAIR = 3; // P04 raises a concern at meeting 2.

const RATIONALES = [
  'Same specialty; mentor has guided two colleagues through IMT applications',
  'Shared site and ED background; mentee wants practical help with night shifts',
  'Surgical alignment and exam focus; both prefer evenings',
  'Mentee wants an IMG mentor outside the department to talk career options',
  'Portfolio Pathway experience; both work lunchtimes on the acute floor',
  'Anaesthetics at the same site; mentor runs the FRCA teaching programme',
  'Mentor is an IMG SAS doctor who moved to specialty doctor post last year',
  'Paediatrics; mentor available evenings for virtual meetings',
  'Radiology curriculum mapping is the mentor’s area of interest',
  'GP background; mentor supervises GP trainees and works remotely',
];

const MENTEE_PRAISE = [
  'Having someone outside my team to ask the questions I felt I should already know',
  'Honest advice on applications',
  'The meetings were protected time',
  'My mentor introduced me to the right people',
];
const MENTEE_IMPROVE = [
  'More flexibility on meeting dates around nights',
  'A shared session with other mentees',
  'Clearer guidance on what to bring to each meeting',
  '=HYPERLINK("http://example.com","click")',
];
const MENTOR_PRAISE = [
  'Clear structure',
  'Seeing my mentee grow in confidence',
  'Check-in forms were quick',
];
const MENTOR_IMPROVE = [
  'Reminder emails before each meeting',
  'A short training session for new mentors',
];
const PULSE_TEXT = [
  'Night shifts are tiring but I feel better supported',
  'Struggling with the rota this month',
  '',
  'Much better since I found the wellbeing hub',
];

function fullName(first, last) {
  return first.startsWith('<') ? `${first} ${last}` : `Dr ${first} ${last}`;
}

function menteeEmailOf(spec) {
  return spec[0].startsWith('<')
    ? `a.example${MENTEE_DOMAIN}`
    : email(spec[0], spec[1], MENTEE_DOMAIN);
}

function mentorEmailOf(spec) {
  return email(spec[0], spec[1], MENTOR_DOMAIN);
}

function mentorRow(spec, i, random) {
  const [
    first,
    last,
    grade,
    months,
    img,
    specialty,
    site,
    pathways,
    areas,
    format,
    slots,
    capacity,
  ] = spec;
  return [
    stamp(`${addDaysIso('2025-11-03', i * 2)}T${timeOfDay(random)}`),
    mentorEmailOf(spec),
    fullName(first, last),
    GRADES[grade],
    months,
    img,
    specialty,
    SITES[site],
    pathways.map((p) => PATHWAYS[p]).join(', '),
    areas.map((a) => AREAS[a]).join(', '),
    format,
    slots.map((s) => SLOTS[s]).join(', '),
    capacity,
    'Yes',
  ];
}

function baselineScores(random) {
  return DOMAIN_TITLES.map(() => random.int(2, 6));
}

function menteeRow(spec, i, baseline, random, when) {
  const [
    first,
    last,
    grade,
    img,
    specialty,
    site,
    pathway,
    areas,
    format,
    slots,
    prefersImg,
    goals,
  ] = spec;
  const consent = spec.length > 12 ? spec[12] : 'Yes';
  return [
    stamp(`${when ?? addDaysIso('2025-11-05', i * 2)}T${timeOfDay(random)}`),
    menteeEmailOf(spec),
    fullName(first, last),
    GRADES[grade],
    img,
    specialty,
    SITES[site],
    PATHWAYS[pathway],
    areas.map((a) => AREAS[a]).join(', '),
    format,
    slots.map((s) => SLOTS[s]).join(', '),
    prefersImg,
    goals[0] ?? '',
    goals[1] ?? '',
    goals[2] ?? '',
    ...baseline,
    consent,
  ];
}

function checkInRow(menteeEmail, meeting, random, options) {
  const due = addMonthsIso(PILOT_START, [1, 3, 6][meeting - 1]);
  const held = addDaysIso(due, random.int(-6, 9));
  const goal = clampScale(2 + meeting * 2 + random.int(-1, 1));
  const safety = clampScale(4 + meeting * 1.5 + random.int(0, 1));
  const pulse = meeting >= 2 ? clampScale(5 + meeting + random.int(-1, 1)) : '';
  return [
    stamp(`${addDaysIso(held, random.int(0, 2))}T${timeOfDay(random)}`),
    menteeEmail,
    MEETINGS[meeting - 1],
    date(held),
    random.pick(['In person', 'Virtual']),
    goal,
    options.goals > 1 ? clampScale(goal + random.int(-2, 1)) : '',
    options.goals > 2 ? clampScale(goal + random.int(-2, 1)) : '',
    options.safety ?? safety,
    options.concern ? 'Yes' : 'No',
    options.concern ?? '',
    pulse,
    meeting === 2 ? random.pick(PULSE_TEXT) : '',
  ];
}

function samplePairsRows() {
  return PAIRINGS.map(([mentee, mentor], i) => {
    const withdrawn = i === WITHDRAWN_PAIR;
    return [
      `P${String(i + 1).padStart(2, '0')}`,
      menteeEmailOf(MENTEES[mentee]),
      mentorEmailOf(MENTORS[mentor]),
      [10, 10, 8.83, 11, 10.5, 11, 10, 10, 9.5, 11][i],
      true,
      true,
      RATIONALES[i],
      withdrawn ? 'Withdrawn' : 'Completed',
      withdrawn ? date('2026-03-20') : '',
      withdrawn ? 'Maternity leave' : '',
      withdrawn ? 'Yes' : '',
    ];
  }).concat([
    // The Lead's instruction never to propose this mentee with this mentor.
    [
      'X01',
      menteeEmailOf(MENTEES[10]),
      mentorEmailOf(MENTORS[10]),
      '',
      false,
      false,
      'Same ICU team; mentee asked for a mentor outside the unit',
      'Excluded',
      '',
      '',
      '',
    ],
  ]);
}

/** The sample pilot's eight sheets: header and rows of cells. */
export function samplePilot() {
  const random = prng(20260112);
  const baselines = MENTEES.map(() => baselineScores(random));
  const mentorRows = MENTORS.map((spec, i) => mentorRow(spec, i, random));
  const menteeRows = MENTEES.map((spec, i) => menteeRow(spec, i, baselines[i], random));
  // Priya applied twice: her first application is superseded by a corrected one.
  const first = menteeRow(MENTEES[2], 2, baselines[2], random, '2025-10-28');
  first[9] = 'In person';
  menteeRows.splice(2, 0, first);

  const checkIns = [];
  PAIRINGS.forEach(([mentee], p) => {
    const to = menteeEmailOf(MENTEES[mentee]);
    for (let m = 1; m <= MEETINGS_HELD[p]; m++) {
      const goals = MENTEES[mentee][11].length;
      const options = { goals };
      if (p === ESCALATED_PAIR && m === 2) {
        options.concern = 'Asked to cover a second ward alone on nights with no registrar on site';
      }
      if (p === 4 && m === 2) options.safety = 'seven';
      checkIns.push(checkInRow(to, m, random, options));
      // P02 submitted the meeting 1 check-in twice; the later one counts.
      if (p === 1 && m === 1) checkIns.push(checkInRow(to, 1, random, { goals }));
    }
  });
  checkIns.push(checkInRow('someone.else@example.org', 2, random, { goals: 1 }));
  checkIns.sort((a, b) => (a[0].stamp < b[0].stamp ? -1 : 1));

  const menteeFeedback = [];
  const mentorFeedback = [];
  PAIRINGS.forEach(([mentee, mentor], p) => {
    const finished = p !== WITHDRAWN_PAIR;
    const when = stamp(`${addDaysIso(PILOT_END, random.int(1, 12))}T${timeOfDay(random)}`);
    if (p !== 9) {
      const gain = finished ? random.int(1, 3) : 0;
      const end = baselines[mentee].map((b) => clampScale(b + gain + random.int(-1, 1)));
      menteeFeedback.push([
        when,
        menteeEmailOf(MENTEES[mentee]),
        ...end,
        p === 2 ? 11 : random.int(7, 9),
        random.pick([5, 6, 7, 7]),
        random.pick([6, 7, 8, 9, 10]),
        random.pick(MENTEE_PRAISE),
        p === 5 ? MENTEE_IMPROVE[3] : random.pick(MENTEE_IMPROVE.slice(0, 3)),
      ]);
    }
    if (p !== 8 && p !== 9) {
      mentorFeedback.push([
        stamp(`${addDaysIso(PILOT_END, random.int(1, 12))}T${timeOfDay(random)}`),
        mentorEmailOf(MENTORS[mentor]),
        random.pick([5, 6, 7, 8]),
        random.int(6, 8),
        random.pick(['Yes', 'Yes', 'Yes', 'Maybe']),
        random.pick(MENTOR_PRAISE),
        random.pick(MENTOR_IMPROVE),
      ]);
    }
  });
  menteeFeedback.sort((a, b) => (a[0].stamp < b[0].stamp ? -1 : 1));
  mentorFeedback.sort((a, b) => (a[0].stamp < b[0].stamp ? -1 : 1));

  const escalationRaised = checkIns.find(
    (r) => r[10] !== '' && r[10] !== undefined && r[9] === 'Yes',
  );
  const escalations = [
    [
      'E001',
      date(escalationRaised[0].stamp.slice(0, 10)),
      `P${String(ESCALATED_PAIR + 1).padStart(2, '0')}`,
      'Check-in',
      'Resolved',
      date(addDaysIso(escalationRaised[0].stamp.slice(0, 10), 12)),
      'Guardian of Safe Working',
      'Rota reviewed with the clinical director; registrar cover restored',
    ],
  ];

  const programme = [
    ['Target pairs', 10],
    ['Pilot start date', date(PILOT_START)],
    ['Pilot end date', date(PILOT_END)],
    ['Admin burden escalated to senior team', 'No'],
    ['Committee decision', ''],
    ['Committee decision date', ''],
    ['Programme leads', 'programme.lead@nhs.example.org'],
    ['IMG tutor', 'img.tutor@nhs.example.org'],
    ['Committee members', 'mec.chair@nhs.example.org, mec.secretary@nhs.example.org'],
  ];

  return {
    'mentee-application': menteeRows,
    'mentor-application': mentorRows,
    'check-in': checkIns,
    'mentee-feedback': menteeFeedback,
    'mentor-feedback': mentorFeedback,
    pairs: samplePairsRows(),
    escalations,
    programme,
  };
}

// ---------------------------------------------------------------------------------------------
// Synthetic cohorts of any size, for load and scale.

const FIRST = [
  'Ari',
  'Bea',
  'Cal',
  'Dara',
  'Eli',
  'Fen',
  'Gus',
  'Hana',
  'Ivo',
  'Jun',
  'Kit',
  'Lio',
];
const LAST = ['Sample', 'Example', 'Testcase', 'Mock', 'Dummy', 'Fixture', 'Specimen', 'Proto'];
const MENTEE_GRADES = ['fy', 'ct', 'st', 'led', 'led', 'led'];
const MENTOR_GRADES = ['st', 'led', 'sas', 'cons', 'cons'];

/**
 * A synthetic cohort: `mentees` eligible mentee applications, `mentors` eligible mentors of
 * capacity 2, and `pairs` confirmed pairs (each mentor takes at most two) with check-ins for
 * meetings 1–3 and end-of-pilot feedback from most people.
 */
export function syntheticCohort({ mentees, mentors, pairs, seed = 1 }) {
  if (pairs > mentees || pairs > mentors * 2) {
    throw new Error(
      `cannot make ${pairs} pairs from ${mentees} mentees and ${mentors} mentors of capacity 2`,
    );
  }
  const random = prng(seed);
  const name = (i) =>
    `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
  const areaList = Object.values(AREAS);
  const slotList = Object.values(SLOTS);
  const mentorRows = Array.from({ length: mentors }, (_, i) => [
    stamp(`${addDaysIso('2025-11-01', i % 28)}T${timeOfDay(random)}`),
    `mentor${i}${MENTOR_DOMAIN}`,
    `Dr ${name(i)}`,
    GRADES[random.pick(MENTOR_GRADES)],
    random.int(24, 240),
    random.pick(['Yes', 'No']),
    random.pick(SPECIALTIES),
    random.pick(SITES),
    random.some(Object.values(PATHWAYS).slice(0, 4), 1, 3).join(', '),
    random.some(areaList, 2, 5).join(', '),
    random.pick(FORMATS),
    random.some(slotList, 1, 3).join(', '),
    2,
    'Yes',
  ]);
  const baselines = [];
  const menteeRows = Array.from({ length: mentees }, (_, i) => {
    const baseline = baselineScores(random);
    baselines.push(baseline);
    return [
      stamp(`${addDaysIso('2025-11-01', i % 28)}T${timeOfDay(random)}`),
      `mentee${i}${MENTEE_DOMAIN}`,
      `Dr ${name(i)}`,
      GRADES[random.pick(MENTEE_GRADES)],
      'Yes',
      random.pick(SPECIALTIES),
      random.pick(SITES),
      random.pick(Object.values(PATHWAYS)),
      random.some(areaList, 1, 4).join(', '),
      random.pick(FORMATS),
      random.some(slotList, 1, 3).join(', '),
      random.pick(['Yes', 'No preference']),
      'Pass the next exam',
      random.next() < 0.5 ? 'Build a portfolio' : '',
      '',
      ...baseline,
      'Yes',
    ];
  });
  const pairRows = [];
  const checkIns = [];
  const menteeFeedback = [];
  const mentorFeedback = [];
  for (let p = 0; p < pairs; p++) {
    const mentee = `mentee${p}${MENTEE_DOMAIN}`;
    const mentor = `mentor${p % mentors}${MENTOR_DOMAIN}`;
    pairRows.push([
      `P${p + 1}`,
      mentee,
      mentor,
      random.int(12, 40) / 4,
      true,
      true,
      'Balanced match',
      'Active',
      '',
      '',
      '',
    ]);
    const held = random.next() < 0.85 ? 3 : random.int(1, 2);
    for (let m = 1; m <= held; m++) checkIns.push(checkInRow(mentee, m, random, { goals: 2 }));
    const end = stamp(`${addDaysIso(PILOT_END, random.int(1, 14))}T${timeOfDay(random)}`);
    if (random.next() < 0.85) {
      const gain = random.int(0, 3);
      menteeFeedback.push([
        end,
        mentee,
        ...baselines[p].map((b) => clampScale(b + gain + random.int(-1, 1))),
        random.int(5, 10),
        random.int(5, 10),
        random.int(5, 10),
        'Useful meetings',
        'More structure',
      ]);
    }
    if (p < mentors && random.next() < 0.8) {
      mentorFeedback.push([
        end,
        mentor,
        random.int(5, 10),
        random.int(4, 9),
        random.pick(['Yes', 'Maybe', 'No']),
        'Good',
        'Fewer forms',
      ]);
    }
  }
  return {
    'mentee-application': menteeRows,
    'mentor-application': mentorRows,
    'check-in': checkIns,
    'mentee-feedback': menteeFeedback,
    'mentor-feedback': mentorFeedback,
    pairs: pairRows,
    escalations: [],
    programme: [
      ['Target pairs', Math.max(pairs, 1)],
      ['Pilot start date', date(PILOT_START)],
      ['Pilot end date', date(PILOT_END)],
      ['Admin burden escalated to senior team', 'No'],
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Writing: the linked-response-sheet CSV style (dd/mm/yyyy, checkboxes joined by ", ") and XLSX.

function ukDate(iso) {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

function csvText(cell) {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'object' && 'date' in cell) return ukDate(cell.date);
  if (typeof cell === 'object' && 'stamp' in cell)
    return `${ukDate(cell.stamp)} ${cell.stamp.slice(11)}`;
  return String(cell);
}

function csvField(cell) {
  const text = csvText(cell);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(sheet, rows) {
  return [HEADERS[sheet], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export async function writeCsvFolder(dir, tables) {
  await mkdir(dir, { recursive: true });
  for (const sheet of SHEET_NAMES)
    await writeFile(join(dir, `${sheet}.csv`), toCsv(sheet, tables[sheet]), 'utf8');
}

function xlsxValue(cell) {
  if (cell === '' || cell === undefined) return null;
  if (typeof cell === 'object' && cell !== null && 'date' in cell) {
    return { value: new Date(`${cell.date}T00:00:00Z`), numFmt: 'dd/mm/yyyy' };
  }
  if (typeof cell === 'object' && cell !== null && 'stamp' in cell) {
    return { value: new Date(`${cell.stamp}Z`), numFmt: 'dd/mm/yyyy hh:mm:ss' };
  }
  return { value: cell };
}

const FIXED_TIME = new Date('2026-01-01T00:00:00Z');

/** The zip entries exceljs writes carry the current time unless JSZip is given one. */
export function fixZipEntryDates() {
  try {
    createRequire(import.meta.url)('jszip').defaults.date = FIXED_TIME;
  } catch {
    // Without it the workbook's content is the same; only the zip entry times differ.
  }
}

export async function writeWorkbook(path, tables) {
  fixZipEntryDates();
  const workbook = new ExcelJS.Workbook();
  // Fixed so the same programme writes the same file.
  workbook.created = workbook.modified = FIXED_TIME;
  for (const sheet of SHEET_NAMES) {
    const worksheet = workbook.addWorksheet(sheet);
    worksheet.addRow(HEADERS[sheet]);
    for (const row of tables[sheet]) {
      const added = worksheet.addRow([]);
      row.forEach((cell, c) => {
        const typed = xlsxValue(cell);
        if (typed === null) return;
        const target = added.getCell(c + 1);
        target.value = typed.value;
        if (typed.numFmt) target.numFmt = typed.numFmt;
      });
    }
  }
  await workbook.xlsx.writeFile(path);
}

// ---------------------------------------------------------------------------------------------

function parseOptions(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--xlsx') options.xlsx = true;
    else if (['--mentees', '--mentors', '--pairs', '--seed'].includes(arg)) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`${arg} needs a whole number`);
      options[arg.slice(2)] = value;
    } else if (arg === '--out') options.out = argv[++i];
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const synthetic = ['mentees', 'mentors', 'pairs'].some((key) => key in options);
  if (!synthetic) {
    const dir = options.out ?? 'examples';
    const tables = samplePilot();
    await writeCsvFolder(join(dir, 'sample-programme'), tables);
    await writeWorkbook(join(dir, 'sample-programme.xlsx'), tables);
    console.log(
      `Wrote ${join(dir, 'sample-programme')}/ and ${join(dir, 'sample-programme.xlsx')}`,
    );
    console.log(
      `Evaluate it as of ${SAMPLE_AS_OF.final} for the decision, or ${SAMPLE_AS_OF.provisional} for a provisional one.`,
    );
    return;
  }
  if (!options.out) throw new Error('--out DIR is required for a synthetic cohort');
  const mentees = options.mentees ?? 100;
  const mentors = options.mentors ?? Math.ceil(mentees * 0.6);
  const pairs = options.pairs ?? Math.min(mentees, mentors * 2);
  const tables = syntheticCohort({ mentees, mentors, pairs, seed: options.seed ?? 1 });
  await writeCsvFolder(options.out, tables);
  if (options.xlsx) await writeWorkbook(`${options.out.replace(/\/+$/, '')}.xlsx`, tables);
  console.log(
    `Wrote a cohort of ${mentees} mentees, ${mentors} mentors and ${pairs} pairs to ${options.out}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(`make-examples: ${error.message}`);
    process.exitCode = 2;
  });
}
