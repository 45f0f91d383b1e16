import { expect } from 'vitest'
import { sources, type Citation } from '../../src/shared/clinical/sources'

/** A citation and where in the knowledge base it sits, for messages that point to it. */
export type PlacedCitation = { where: string; citation: Citation }

/** Every cited source exists, and every claim not marked unchecked names at least one. */
export function expectCitationsResolve(citations: PlacedCitation[]) {
  expect(citations.length).toBeGreaterThan(50)
  for (const { where, citation } of citations) {
    for (const id of citation.sourceIds) expect(sources, `${where} cites ${id}`).toHaveProperty(id)
    if (citation.evidence !== 'unchecked') {
      expect(citation.sourceIds.length, where).toBeGreaterThan(0)
    }
  }
}
