import fs from 'node:fs'
import { JSDOM } from 'jsdom'
import { expect, test } from '@playwright/test'

/**
 * Every article reviewed since it was published says, beside its review
 * dates, what that review changed: the lines of its reviewChanges entry for
 * lastReviewed, as contentlayer read them from the frontmatter.
 */
type Article = { url: string; publishedAt: string; lastReviewed: string; reviewChanges?: { date: string; changes: string[] }[] }
const articles: Article[] = JSON.parse(fs.readFileSync('.contentlayer/generated/Article/_index.json', 'utf8'))
const day = (iso: string) => iso.slice(0, 10)
const reviewed = articles.filter((article) => day(article.lastReviewed) > day(article.publishedAt))

test('some articles have been reviewed since they were published', () => {
  expect(reviewed.length).toBeGreaterThan(0)
})

for (const article of reviewed) {
  test(`${article.url} says what its last review changed, beside the review dates`, () => {
    // Read from the built file: nothing here depends on layout or scripts, and a browser visit costs seconds.
    const { document } = new JSDOM(fs.readFileSync(`out${article.url}index.html`, 'utf8')).window
    const entry = article.reviewChanges?.find((candidate) => candidate.date === day(article.lastReviewed))
    expect(entry, 'the content rules require an entry for lastReviewed').toBeDefined()
    const section = document.querySelector('section[aria-labelledby="what-changed"]')
    expect(document.getElementById('what-changed')?.textContent).toBe('What changed at this review')
    expect(section?.querySelector('time')?.getAttribute('datetime')).toBe(day(article.lastReviewed))
    expect([...section!.querySelectorAll('li')].map((item) => item.textContent)).toEqual(entry!.changes)
    // Straight after the review box, so the dates and the changes are read together.
    expect(document.querySelector('aside[aria-label="Medical review"] + section')?.getAttribute('aria-labelledby')).toBe('what-changed')
  })
}
