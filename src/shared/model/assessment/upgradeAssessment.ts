import { assessmentSchema, ASSESSMENT_SCHEMA_VERSION, type Assessment } from './assessment'

/**
 * Brings a stored or imported assessment document up to the current shape. Each past version
 * gets a step here when the shape changes, so an assessment saved years ago still opens.
 * Version 1 is the first, so today there is nothing to convert.
 */
const upgrades: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {}

export class UnsupportedAssessmentVersionError extends Error {
  constructor(readonly version: unknown) {
    super(
      typeof version === 'number' && version > ASSESSMENT_SCHEMA_VERSION
        ? `This assessment was saved by a newer version of the app (format ${version}).`
        : 'This is not an assessment this app can read.',
    )
    this.name = 'UnsupportedAssessmentVersionError'
  }
}

export function upgradeAssessment(raw: unknown): Assessment {
  let doc = raw as Record<string, unknown>
  const stored = doc?.schemaVersion
  if (typeof stored !== 'number' || stored < 1 || stored > ASSESSMENT_SCHEMA_VERSION) {
    throw new UnsupportedAssessmentVersionError(stored)
  }
  let version = stored
  while (version < ASSESSMENT_SCHEMA_VERSION) {
    const step = upgrades[version]
    if (!step) throw new UnsupportedAssessmentVersionError(version)
    doc = step(doc)
    version = doc.schemaVersion as number
  }
  return assessmentSchema.parse(doc)
}
