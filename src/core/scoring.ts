/**
 * The eight-factor matching matrix (protocol section 4): each factor 0–1, times its weight.
 * Applicants are first turned into profiles (each answer a bit, option sets bit masks), so that
 * scoring every mentee against every mentor is a few integer operations per pair.
 */
import { FACTOR_KEYS, maxScore, type FactorKey, type ProtocolConfig } from './config';
import type { MenteeApplication, MentorApplication } from './records';

export interface PairScore {
  /** Points per factor: weight × factor score. */
  factors: Record<FactorKey, number>;
  score: number;
  percent: number;
}

/** Gives each option of a list its own bit, configured options first; 0 stands for no answer. */
class Vocabulary {
  private readonly bits = new Map<string, number>();

  constructor(options: readonly string[]) {
    options.forEach((option) => this.bitOf(option));
  }

  bitOf(option: string | null | undefined): number {
    if (option === null || option === undefined) return 0;
    let bit = this.bits.get(option);
    if (bit === undefined) {
      if (this.bits.size >= 31)
        throw new RangeError('An option list of the protocol has more than 31 options');
      bit = 1 << this.bits.size;
      this.bits.set(option, bit);
    }
    return bit;
  }

  mask(options: readonly string[]): number {
    return options.reduce((mask, option) => mask | this.bitOf(option), 0);
  }
}

function bitCount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

interface Profile {
  specialty: number;
  /** The specialty's group (0 when in none). */
  group: number;
  site: number;
  format: number;
  /** Insists on meeting in person. */
  inPerson: boolean;
  /** Accepts any format. */
  either: boolean;
  rank: number | null;
  supportBits: number;
  supportCount: number;
  availabilityBits: number;
  availabilityCount: number;
}

export interface MenteeProfile extends Profile {
  pathway: number;
  undecided: boolean;
  prefersImgMentor: boolean | null;
}

export interface MentorProfile extends Profile {
  /** The pathways the mentor advises on, as a mask. */
  pathways: number;
  img: boolean | null;
}

type Factor = (mentee: MenteeProfile, mentor: MentorProfile) => number;

function specialty(mentee: MenteeProfile, mentor: MentorProfile): number {
  if (mentee.specialty === 0) return 0;
  if (mentee.specialty === mentor.specialty) return 1;
  return mentee.group !== 0 && mentee.group === mentor.group ? 0.5 : 0;
}

function pathway(mentee: MenteeProfile, mentor: MentorProfile): number {
  if (mentee.pathway === 0) return 0;
  if ((mentee.pathway & mentor.pathways) !== 0) return 1;
  return mentee.undecided ? 0.5 : 0;
}

function needs(mentee: MenteeProfile, mentor: MentorProfile): number {
  if (mentee.supportCount === 0) return 0;
  return bitCount(mentee.supportBits & mentor.supportBits) / mentee.supportCount;
}

function site(mentee: MenteeProfile, mentor: MentorProfile): number {
  if (mentee.site !== 0 && mentee.site === mentor.site) return 1;
  return mentee.inPerson || mentor.inPerson ? 0 : 0.5;
}

function format(mentee: MenteeProfile, mentor: MentorProfile): number {
  if (mentee.either || mentor.either) return 1;
  return mentee.format !== 0 && mentee.format === mentor.format ? 1 : 0;
}

function availability(mentee: MenteeProfile, mentor: MentorProfile): number {
  if (mentee.availabilityCount === 0) return 0;
  return bitCount(mentee.availabilityBits & mentor.availabilityBits) / mentee.availabilityCount;
}

function imgPreference(mentee: MenteeProfile, mentor: MentorProfile): number {
  if (mentee.prefersImgMentor === false) return 1;
  return mentee.prefersImgMentor === true && mentor.img === true ? 1 : 0;
}

function seniority(mentee: MenteeProfile, mentor: MentorProfile): number {
  if (mentee.rank === null || mentor.rank === null) return 0;
  return mentor.rank > mentee.rank ? 1 : mentor.rank === mentee.rank ? 0.5 : 0;
}

/** Each factor's rule, giving 0 to 1. */
const RULES: Record<FactorKey, Factor> = {
  specialty,
  pathway,
  needs,
  site,
  format,
  availability,
  img_preference: imgPreference,
  seniority,
};

/** A scorer for one configuration: profiles once, then any number of pairs. */
export class PairScorer {
  private readonly specialties: Vocabulary;
  private readonly groups: Vocabulary;
  private readonly sites: Vocabulary;
  private readonly formats: Vocabulary;
  private readonly pathways: Vocabulary;
  private readonly supportAreas: Vocabulary;
  private readonly availability: Vocabulary;
  readonly maximum: number;

  constructor(private readonly config: ProtocolConfig) {
    this.specialties = new Vocabulary(config.specialties);
    this.groups = new Vocabulary(Object.values(config.specialtyGroups));
    this.sites = new Vocabulary(config.sites);
    this.formats = new Vocabulary(config.formats);
    this.pathways = new Vocabulary(config.pathways);
    this.supportAreas = new Vocabulary(config.supportAreas);
    this.availability = new Vocabulary(config.availability);
    this.maximum = maxScore(config);
  }

  private profile(app: MenteeApplication | MentorApplication): Profile {
    const support = [...new Set(app.supportAreas)];
    const slots = [...new Set(app.availability)];
    const group = app.specialty === null ? null : this.config.specialtyGroups[app.specialty];
    return {
      specialty: this.specialties.bitOf(app.specialty),
      group: this.groups.bitOf(group),
      site: this.sites.bitOf(app.site),
      format: this.formats.bitOf(app.format),
      inPerson: app.format === this.config.inPersonFormat,
      either: app.format === this.config.eitherFormat,
      rank: this.config.grades.find((g) => g.label === app.grade)?.rank ?? null,
      supportBits: this.supportAreas.mask(support),
      supportCount: support.length,
      availabilityBits: this.availability.mask(slots),
      availabilityCount: slots.length,
    };
  }

  // Object.assign onto a fresh profile, not a spread: spread copies each get a hidden class of
  // their own, and the scoring loop then runs many times slower.
  mentee(app: MenteeApplication): MenteeProfile {
    return Object.assign(this.profile(app), {
      pathway: this.pathways.bitOf(app.pathway),
      undecided: app.pathway === this.config.undecidedPathway,
      prefersImgMentor: app.prefersImgMentor,
    });
  }

  mentor(app: MentorApplication): MentorProfile {
    return Object.assign(this.profile(app), {
      pathways: this.pathways.mask(app.pathways),
      img: app.img,
    });
  }

  /** The sum `explain` makes, written out so that every rule is a direct, inlinable call. */
  total(mentee: MenteeProfile, mentor: MentorProfile): number {
    const w = this.config.factorWeights;
    return (
      w.specialty * specialty(mentee, mentor) +
      w.pathway * pathway(mentee, mentor) +
      w.needs * needs(mentee, mentor) +
      w.site * site(mentee, mentor) +
      w.format * format(mentee, mentor) +
      w.availability * availability(mentee, mentor) +
      w.img_preference * imgPreference(mentee, mentor) +
      w.seniority * seniority(mentee, mentor)
    );
  }

  explain(mentee: MenteeProfile, mentor: MentorProfile): PairScore {
    const factors = {} as Record<FactorKey, number>;
    let score = 0;
    for (const key of FACTOR_KEYS) {
      factors[key] = this.config.factorWeights[key] * RULES[key](mentee, mentor);
      score += factors[key];
    }
    return { factors, score, percent: this.maximum > 0 ? (100 * score) / this.maximum : 0 };
  }
}

/** One pair's points per factor, total and per cent. */
export function scorePair(
  mentee: MenteeApplication,
  mentor: MentorApplication,
  config: ProtocolConfig,
): PairScore {
  const scorer = new PairScorer(config);
  return scorer.explain(scorer.mentee(mentee), scorer.mentor(mentor));
}
