import { assessmentSchema, ASSESSMENT_SCHEMA_VERSION, type Assessment } from './assessment'

/**
 * Brings a stored or imported assessment document up to the current shape. Each past version
 * gets a step here when the shape changes, so an assessment saved years ago still opens.
 */
type Doc = Record<string, unknown>
const upgrades: Record<number, (doc: Doc) => Doc> = {
  /**
   * Version 2 widened the history (temperature, amount of weight loss, previous cancer, leg at
   * rest, knee pain, a fall or a direct blow and a catch at onset, how often locking and giving
   * way happen, training increase as a percentage, surface hardness, pain on weight bearing,
   * psychosocial factors, menopause and hormone therapy, injections into the hip region). All of
   * them are optional, so a version 1 history is a valid version 2 history as it stands: it says
   * nothing about them, which is the truth. Version 1's one trauma mechanism,
   * 'fall-or-collision', is kept as recorded (it still reads as trauma) rather than guessed into
   * a fall or a blow.
   */
  1: (doc) => ({ ...doc, schemaVersion: 2 }),
  /**
   * Version 3 signs a record when it is finalised (`signature`) and gives each addendum an id,
   * its author and a hash. All of them are optional: a version 2 record was finalised unsigned,
   * and its addenda say "author not recorded", which is the truth.
   */
  2: (doc) => ({ ...doc, schemaVersion: 3 }),
}

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

/**
 * The document brought to the current version, not yet validated: for readers that report
 * validation problems themselves (the diagnose command lists them by path).
 */
export function upgradeAssessmentDocument(raw: unknown): Doc {
  let doc = raw as Doc
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
  return doc
}

export function upgradeAssessment(raw: unknown): Assessment {
  return assessmentSchema.parse(upgradeAssessmentDocument(raw))
}
