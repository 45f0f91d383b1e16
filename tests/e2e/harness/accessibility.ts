import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/**
 * Checks the screen as it stands with axe-core against WCAG 2.1 A and AA, and fails on any
 * critical or serious violation, naming the rule and the elements so the fault can be found.
 * Moderate and minor findings are left to review: they include rules (such as "region") that
 * flag deliberate layout choices.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const serious = results.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      elements: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }))
  expect(serious, `accessibility of ${screen}`).toEqual([])
}
