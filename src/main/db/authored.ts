/** A row to write, with the signed-in clinician's id for its created_by / updated_by columns. */
export type Authored<Row> = Row & { author: string | null }
