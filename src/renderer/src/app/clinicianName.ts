const KEY = 'runners-hip:clinician-name'

/**
 * The name of the clinician using this computer, remembered between assessments so that new
 * ones (and their reports) carry it without retyping. It is not patient data.
 */
export const rememberedClinicianName = (): string | undefined =>
  localStorage.getItem(KEY) ?? undefined

export function rememberClinicianName(name: string | undefined) {
  if (name && name.trim()) localStorage.setItem(KEY, name.trim())
}
