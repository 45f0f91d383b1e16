import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import type { ApiError } from '@shared/api/result'

/**
 * Puts main's field-level errors on the matching form fields and focuses the first one.
 * Returns the message for the form as a whole when an error belongs to no field.
 */
export function applyServerError<T extends FieldValues>(
  error: ApiError,
  setError: UseFormSetError<T>,
  isField: (name: string) => boolean,
): string | undefined {
  const fieldIssues = (error.issues ?? []).filter((i) => isField(i.path.join('.')))
  fieldIssues.forEach((issue, index) => {
    setError(
      issue.path.join('.') as Path<T>,
      { type: 'server', message: issue.message },
      { shouldFocus: index === 0 },
    )
  })
  return fieldIssues.length === 0 ? error.message : undefined
}
