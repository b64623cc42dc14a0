/**
 * Wording the medical review of 2026-11-30 (../shared/reviews/medical-review-2026-11-30.md)
 * found wrong or misleading, and claims we must never make (a quality mark we do not hold), kept so they cannot come back: the content rules
 * refuse it in what authors write, and a browser test refuses it in every built
 * article, where tool data (risk-figure tables, the timeline) is rendered too.
 * Each check reads one clause at a time, so a pattern never matches across two sentences.
 */

export type FlaggedWording = { id: string; why: string; matches: (clause: string) => boolean }

const LOSS_OF_EFFECT = /\b(less effect|work(s|ed)? less well|working as well|stop(s|ped)? working|los(e|t|ing) (the |its )?effect)\b/i

export const FLAGGED_WORDING: readonly FlaggedWording[] = [
  {
    id: 'licensed-brand-count',
    why: 'the UK list of licensed cosmetic toxins is a list of examples ("include"), not a complete count (review S2-5)',
    matches: (clause) => /\b(seven|7) (toxin )?(brands|products)\b|\bone of (seven|7)\b|\bthe other (six|6) are\b/i.test(clause),
  },
  {
    id: 'antibodies-as-loss-of-effect',
    why: 'about 5 in 1,000 made blocking antibodies; only about 1 in 1,000 found later treatments worked less well (review S2-4)',
    matches: (clause) => /\b5 in 1,000\b/.test(clause) && LOSS_OF_EFFECT.test(clause),
  },
  {
    id: 'needle-causes-most-problems',
    why: 'no source says most problems come from the needle (review S2-8)',
    matches: (clause) => /\bmost (common )?problems come from the needle\b/i.test(clause),
  },
  {
    id: 'dry-eyes-settle',
    why: 'no source says dry eyes settle on their own; lasting dry eye needs a doctor (review S2-8)',
    matches: (clause) => /\bdry eyes?\b/i.test(clause) && /\bsettle on their own\b/i.test(clause),
  },
  {
    id: 'wears-off-with-treatment',
    why: 'unsourced (review S2-8, S1-2)',
    matches: (clause) => /\bwears off as the treatment does\b/i.test(clause),
  },
  {
    id: 'uk-reporting-unconfirmed',
    why: 'the UK Yellow Card scheme is verified in the fact sheet (§6) and is published (review 3b-2)',
    matches: (clause) => /\bcould not confirm the UK route\b/i.test(clause),
  },
  {
    id: 'unlicensed-use',
    why: 'a licensed medicine used outside its licence is "off-label", which readers must not confuse with unlicensed products (review S4)',
    matches: (clause) => /\bunlicensed use\b/i.test(clause),
  },
  {
    id: 'neomycin-injected',
    why: 'the label names aminoglycoside antibiotics; neomycin is not given by injection (review S4)',
    matches: (clause) => /\bneomycin\b/i.test(clause),
  },
  {
    id: 'quality-mark-claim',
    why: 'we hold no quality mark: the editorial policy assesses us against the standards, it never claims their marks (issue 13)',
    matches: (clause) =>
      /\b(HONcode|PIF TICK|Information Standard|quality mark)\b/i.test(clause) &&
      /\b(certified|accredited|awarded|approved|verified|endorsed|holds?|holder|members?)\b/i.test(clause) &&
      !/\b(not|no|never|nor)\b|n't\b/i.test(clause),
  },
  {
    id: 'percent',
    why: 'numbers read "N in 100", never "%" (content guide; review S4)',
    matches: (clause) => /\d\s?%|\bper ?cent(age)?s?\b/i.test(clause.replace(/\u00ad/g, '')),
  },
]

/** Clauses: split after a full stop, semicolon, question or exclamation mark, or a line break. */
export function clauses(text: string): string[] {
  return text
    .split(/(?<=[.;?!])\s+|\n+/)
    .map((clause) => clause.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
}

/** Every flagged clause in a text, with the finding it repeats. */
export function flaggedWording(text: string): { id: string; why: string; clause: string }[] {
  return clauses(text).flatMap((clause) =>
    FLAGGED_WORDING.filter((flag) => flag.matches(clause)).map((flag) => ({ id: flag.id, why: flag.why, clause })),
  )
}
