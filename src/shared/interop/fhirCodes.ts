import type { CodeableConcept } from 'fhir/r4'

/** The code systems and identifier namespaces of the FHIR export, and how its ids are made. */

const app = 'https://runners-hip.app/fhir'
export const fhirSystems = {
  patientId: `${app}/patient-id`,
  assessmentId: `${app}/assessment-id`,
  measure: `${app}/CodeSystem/measure`,
  condition: `${app}/CodeSystem/condition`,
  exercise: `${app}/CodeSystem/exercise`,
  assessmentType: `${app}/CodeSystem/assessment-type`,
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  specialTest: `${app}/CodeSystem/special-test`,
  palpationSite: `${app}/CodeSystem/palpation-site`,
  runningItem: `${app}/CodeSystem/running-checklist-item`,
  runningFinding: `${app}/CodeSystem/running-checklist-finding`,
  historyItem: `${app}/CodeSystem/history-item`,
  historyAnswer: `${app}/CodeSystem/history-answer`,
  snomed: 'http://snomed.info/sct',
} as const

export const codeable = (system: string, code: string, display: string): CodeableConcept => ({
  coding: [{ system, code, display }],
})

/**
 * A uuid-shaped id (RFC 9562 version 8, "custom") from a string: the same input always gives
 * the same id. The 128 bits come from cyrb128, a small public-domain non-cryptographic hash;
 * it only has to keep the resources of one export apart.
 */
export function derivedUuid(input: string): string {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  for (let i = 0; i < input.length; i++) {
    const k = input.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  h1 ^= h2 ^ h3 ^ h4
  h2 ^= h1
  h3 ^= h1
  h4 ^= h1
  // Laid out as the 32 hex digits of h1…h4 with the version digit (8) and the variant's two
  // bits set, written directly: an export makes some fifty of these per assessment.
  const a = hex8(h1)
  const b = hex8(h2)
  const c = hex8(h3)
  const variant = '89ab'[(h3 >>> 28) & 0x3]!
  return `${a}-${b.slice(0, 4)}-8${b.slice(5)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${hex8(h4)}`
}

const hex8 = (h: number) => (h >>> 0).toString(16).padStart(8, '0')
