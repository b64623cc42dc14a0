/** The fixed list of article topics, in the order the articles index shows them. */
export const TOPICS = [
  {
    id: 'side-effects',
    name: 'Side effects',
    summary: 'The common, usually mild effects: what they are, how often they happen and how long they last.',
  },
  {
    id: 'complications',
    name: 'Complications',
    summary: 'Rarer problems that need a doctor, and the warning signs that need help straight away.',
  },
  {
    id: 'risks-and-benefits',
    name: 'Risks and benefits',
    summary: 'What the treatment can and cannot do, weighed against what can go wrong.',
  },
  {
    id: 'choosing-a-practitioner',
    name: 'Choosing a practitioner',
    summary: 'How to find a qualified person, the questions to ask and the warning signs to walk away from.',
  },
  {
    id: 'consultation',
    name: 'Your consultation',
    summary: 'What to tell the person treating you, and what to ask them, before you decide.',
  },
  {
    id: 'aftercare',
    name: 'Aftercare',
    summary: 'What to expect in the days and weeks after treatment, and when to get help.',
  },
  {
    id: 'questions',
    name: 'Common questions',
    summary: 'Short answers to the questions people ask most, each leading to the full article.',
    // Its answers are short and each leads to the full article, where the sources are cited.
    minimumReferences: 2,
  },
] as const

/** The fewest distinct references an article cites, unless its topic sets its own minimum. */
export const MINIMUM_REFERENCES = 4

export type TopicId = (typeof TOPICS)[number]['id']
export type Topic = (typeof TOPICS)[number]

export const TOPIC_IDS = TOPICS.map((topic) => topic.id) as [TopicId, ...TopicId[]]

export function getTopic(id: string): Topic | undefined {
  return TOPICS.find((topic) => topic.id === id)
}

/** The fewest distinct references an article in this topic may cite. */
export function minimumReferences(topicId: string): number {
  const topic = getTopic(topicId)
  return topic && 'minimumReferences' in topic ? topic.minimumReferences : MINIMUM_REFERENCES
}
