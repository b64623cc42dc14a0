import type { Level } from './engine'

/**
 * How English prose names each sign and combination of the triage model, for
 * the consistency check of text that was written by hand (today's care cards
 * and pages) rather than rendered from the model. Cards rendered from the
 * model carry data-signs and need none of this.
 *
 * These are a test instrument, not advice: they say nothing about levels. A
 * Spanish edition would add its own list. Each pattern matches when all of its
 * expressions match within one sentence; a more specific match (a combination,
 * "a droop that blocks your sight") hides the general ones it supersedes, so a
 * sentence is read the way a reader would read it.
 */
export type TextPattern = { id: string; all: RegExp[]; supersedes?: string[] }

const DOUBLE = /\b(double|blurr?ed|blurry|blurring)\b/i
const ANY_DROOP = /\bdroop/i
const EYELID_DROOP = /\b(droop\w*|heavy|lower(ed)?) (upper )?(eye)?lids?\b|\beyelids? (that )?droop|\bptosis\b/i
const BROW_DROOP = /\b(droop\w*|lower(ed)?|uneven) (eye)?brows?\b|\b(eye)?brows? (that )?droop|\bdroop\w* eyelid or (eye)?brow\b/i
const MOUTH_DROOP = /\bcorner of (the|your) mouth\b|\bmouth corner\b|\b(crooked|uneven) smile\b|\bthrough a straw\b/i
/** "does not block your sight" is the opposite claim, so a negation just before it does not count. */
const BLOCKS_SIGHT = /(?<!\b(not|never) |n't )\b(block\w*|gets? in the way of) (your )?(sight|vision|seeing)\b/i
/** Arm or leg weakness, but not after "no" or "without" ("with no arm or leg weakness"). */
const ARM_LEG_WEAK =
  /\bweak(ness)? in (an |your |one )?(arm|leg)\b|(?<!\b(no|without)\b[^.;:]{0,30})\b(arm|leg)s? (or (arm|leg)s? )?weakness\b|\blift both arms\b|\bnumb or weak (arms|legs)\b/i
/** Speech trouble, but not after "no" or "without" ("with no arm, leg or speech problems"). */
const SPEECH = /\bslurred\b|(?<!\b(no|without)\b[^.;:]{0,30})\b(speak|speaking|speech)\b/i
const FAINT = /\bfaint|\bdizz/i
const SITE = /\bwhere the needle went in\b|\b(at|around) the injection (site|area)s?\b|\binjection[- ]site\b|\bneedle site\b/i

export const TEXT_PATTERNS: TextPattern[] = [
  { id: 'trouble-breathing', all: [/\b(breath\w*|wheez\w*)\b/i] },
  { id: 'trouble-swallowing', all: [/\bswallow\w*|\btight throat\b/i] },
  { id: 'slurred-speech', all: [SPEECH] },
  { id: 'hoarse-voice', all: [/\bhoarse\b|\b(lose|losing|loss of|lost) (your |the )?voice\b/i] },
  {
    id: 'spreading-weakness',
    all: [
      /\bweakness that spreads\b|\bspreading weakness\b|\bweak all over\b|\bweakness all over\b|\b(whole|all-over|general) (body )?weakness\b|\bweakness[^.]*\b(whole|all over( your| the)?) body\b/i,
    ],
  },
  { id: 'bladder-control', all: [/\bbladder\b/i] },
  { id: 'double-vision', all: [DOUBLE] },
  { id: 'drooping-eyelid', all: [EYELID_DROOP] },
  { id: 'droop-blocks-sight', all: [ANY_DROOP, BLOCKS_SIGHT], supersedes: ['drooping-eyelid'] },
  { id: 'eye-will-not-close', all: [/\b(won't|will not|cannot|can't|does not|doesn't|unable to) close\b|\binability to close\b/i] },
  { id: 'dry-eyes', all: [/\bdry\b[^.]*\beyes?\b|\bgritty\b|\birritated eyes?\b|\bsensitive to light\b|\blight sensitivity\b/i] },
  { id: 'eyelid-swelling', all: [/\b(swollen |swelling of (the |your )?)eyelids?\b|\beyelid swelling\b/i] },
  { id: 'drooping-brow', all: [BROW_DROOP] },
  { id: 'mouth-corner-droop', all: [MOUTH_DROOP] },
  {
    id: 'face-droop-sudden',
    all: [
      /\b(face|mouth|eye)\b[^.]*\bdroops? on one side\b|\bone side of (the|your) face[^.]*\bsuddenly droop|\bsudden(ly)? droop\w*\b[^.]*\bone side\b|\bfacial droop\b/i,
    ],
  },
  { id: 'arm-leg-weakness', all: [ARM_LEG_WEAK] },
  {
    id: 'one-sided-face-weakness',
    all: [/\bbell'?s palsy\b|\bweakness or drooping on one side of (the|your) face\b|\bone side of (the|your) face becoming weak/i],
    supersedes: ['face-droop-sudden'],
  },
  {
    id: 'lip-throat-swelling',
    all: [/\bswell\w*\b[^.]*\b(lips?|mouth|tongue|throat)\b|\b(lips?|mouth|tongue|throat)\b[^.]*\bswell\w*\b/i],
    supersedes: ['trouble-swallowing'],
  },
  { id: 'hives', all: [/\bhives\b|\bwelts\b/i] },
  { id: 'brief-faint', all: [/\bfaint\w*/i] },
  {
    id: 'faint-not-recovering',
    all: [/\bnot (coming|come) round\b|\bnot (fully )?recover\w*\b|\bdoes not (fully )?recover\b|\bcannot be woken\b/i],
    supersedes: ['brief-faint'],
  },
  { id: 'chest-pain', all: [/\bchest (pain|pressure|tightness|heaviness)\b|\bpain in (the|your) chest\b/i] },
  { id: 'palpitations', all: [/\bpalpitations?\b|\bpounding\b|\bfluttering\b|\birregular heartbeat\b/i] },
  { id: 'headache', all: [/\bheadaches?\b/i] },
  { id: 'headache-sudden-severe', all: [/\bheadaches?\b/i, /\bsudden/i, /\b(extreme\w*|severe|worst)\b/i], supersedes: ['headache'] },
  {
    id: 'headache-with-warning-signs',
    all: [/\bheadaches?\b/i, /\bconfus\w*|\bdrows\w*|\bloss of (sight|vision)\b|\bred eye\b|\bremember\w*/i],
    supersedes: ['headache', 'slurred-speech'],
  },
  { id: 'headache-with-fever', all: [/\bheadaches?\b/i, /\bstiff neck\b|\brash\b/i], supersedes: ['headache', 'injection-site-infection'] },
  { id: 'headache-jaw-scalp', all: [/\bheadaches?\b/i, /\bjaw\b|\bscalp\b/i], supersedes: ['headache'] },
  { id: 'bruising', all: [/\bbruis\w*/i] },
  { id: 'injection-site-reaction', all: [/\b(pain|tender\w*|swelling|swollen|redness|red)\b/i, SITE] },
  {
    id: 'injection-site-worsening',
    all: [/\b(pain|swelling|redness)\b/i, /\b(gets?|getting) worse\b|\bworsen/i],
    supersedes: ['injection-site-reaction'],
  },
  {
    id: 'injection-site-infection',
    all: [/\bpus\b|\binfect\w*|\bfeels? hot\b|\bfever\b|\bhigh temperature\b/i],
    supersedes: ['injection-site-reaction', 'injection-site-worsening'],
  },
  { id: 'neck-pain', all: [/\bneck (pain|stiffness)\b|\b(pain|stiffness) in (the|your) neck\b/i] },
  { id: 'neck-weakness', all: [/\bneck weakness\b|\bweak neck\b|\bhold(ing)? up (your|the) head\b/i] },
  { id: 'flu-like', all: [/\bflu[- ]like\b/i] },
  { id: 'no-effect', all: [/\bno (visible )?(change|effect)\b|\blittle change\b|\bhas not worked\b/i] },
  { id: 'weaker-effect', all: [/\bless (well )?each time\b|\bwork\w* less well\b|\bless effect\b/i] },
  { id: 'dry-mouth', all: [/\bdry mouth\b/i] },
  { id: 'unusual-tiredness', all: [/\btired\w*|\bletharg\w*|\bdrained\b/i] },

  { id: 'double-vision-with-drooping-eyelid', all: [DOUBLE, ANY_DROOP], supersedes: ['double-vision', 'drooping-eyelid', 'drooping-brow'] },
  // Only when the droop that blocks sight is said to come "with" the double vision; "a droop blocks your sight or you see double" is the general combination.
  {
    id: 'double-vision-with-droop-blocking-sight',
    all: [DOUBLE, /\bwith (a |an )?droop\w*\b[^.]*\bblock\w* (your )?(sight|vision)\b/i],
    supersedes: ['double-vision', 'drooping-eyelid', 'droop-blocks-sight', 'double-vision-with-drooping-eyelid'],
  },
  { id: 'faint-with-hives', all: [FAINT, /\bhives\b|\bwelts\b/i], supersedes: ['brief-faint', 'hives'] },
  { id: 'faint-with-swelling', all: [FAINT, /\bswell\w*/i], supersedes: ['brief-faint', 'lip-throat-swelling'] },
  { id: 'faint-with-breathing-trouble', all: [FAINT, /\b(breath\w*|wheez\w*)\b/i], supersedes: ['brief-faint', 'trouble-breathing'] },
  { id: 'faint-with-chest-pain', all: [FAINT, /\bchest\b/i], supersedes: ['brief-faint', 'chest-pain'] },
  {
    id: 'faint-with-palpitations',
    all: [FAINT, /\bpalpitations?\b|\bpounding\b|\bfluttering\b|\birregular heartbeat\b/i],
    supersedes: ['brief-faint', 'palpitations'],
  },
  { id: 'mouth-droop-with-arm-leg-weakness', all: [MOUTH_DROOP, ARM_LEG_WEAK], supersedes: ['mouth-corner-droop', 'arm-leg-weakness'] },
  { id: 'mouth-droop-with-speech-trouble', all: [MOUTH_DROOP, SPEECH], supersedes: ['mouth-corner-droop', 'slurred-speech'] },
  {
    id: 'face-weakness-with-arm-leg-weakness',
    all: [/\bweakness (or drooping )?on one side of (the|your) face\b/i, ARM_LEG_WEAK],
    supersedes: ['one-sided-face-weakness', 'arm-leg-weakness'],
  },
  { id: 'eyelid-and-mouth-droop', all: [EYELID_DROOP, MOUTH_DROOP], supersedes: ['drooping-eyelid', 'mouth-corner-droop'] },
  { id: 'brow-and-mouth-droop', all: [BROW_DROOP, MOUTH_DROOP], supersedes: ['drooping-brow', 'mouth-corner-droop'] },
]

/**
 * Words in a sentence that send the reader to another level than the card it
 * sits in ("If you also see double, follow the urgent box above"): that
 * sentence presents its signs at the level it sends the reader to.
 */
/**
 * Words that put a sentence in a modifier's situation ("…, and the product may
 * not have been genuine"): its signs are judged as the model judges them with
 * that modifier.
 */
export const MODIFIER_CUES: { modifier: string; pattern: RegExp }[] = [
  {
    modifier: 'outside-clinic',
    pattern:
      /\bnot (have )?(been )?genuine\b|\bfake\b|\bunlicensed\b|\boutside (a |the )?(clinic|medical setting)\b|\bnot treated by a health professional\b/i,
  },
]

export const LEVEL_CUES: { level: Level; pattern: RegExp }[] = [
  {
    level: 'emergency',
    pattern:
      /\b(911|999|112)\b|\b(use|follow|go to|see) the emergency box\b|\bemergency (department|room)\b|\bA&E\b|\bcall for (emergency )?help now\b|\b(is|are) an emergency\b/i,
  },
  { level: 'urgent', pattern: /\b(use|follow|go to|see) the urgent box\b/i },
]
