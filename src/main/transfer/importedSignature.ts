/**
 * Whether an imported record's signature holds: the place where signed records plug into
 * import.
 *
 * Today no record is signed, and the assessment schema has no signature field: parsing would
 * silently drop one. So a record without a `signature` field is accepted as it always was, and a
 * record carrying one is refused, because this version cannot tell a valid signature from a
 * forged one and must not keep a record that claims one it has not checked.
 *
 * When signing lands, this function checks the signature over the record as the file states it
 * (`document`, before any upgrade or parsing, which could change what was signed) and returns
 * `{ ok: true }` only when it verifies; the import then stores the record with its signature.
 * Its callers (checkImportFile) already refuse the whole file, naming the record, on `ok: false`.
 */
export function verifyImportedSignature(
  document: unknown,
): { ok: true } | { ok: false; why: string } {
  const carriesOne =
    typeof document === 'object' && document !== null && Object.hasOwn(document, 'signature')
  return carriesOne
    ? { ok: false, why: 'it carries a signature this version of the app cannot check' }
    : { ok: true }
}
