/**
 * The conditions the working diagnosis ranks, and the red flags it checks first. Ids are
 * stable: they are stored in assessments (confirmed diagnoses) and plans.
 */
export const conditionIds = [
  'gluteal-tendinopathy',
  'trochanteric-bursitis',
  'hamstring-strain',
  'proximal-hamstring-tendinopathy',
  'iliopsoas-related',
  'apophyseal-avulsion',
  'hip-osteoarthritis',
  'femoral-neck-bsi',
  'snapping-hip-internal',
  'snapping-hip-external',
  'labral-tear-fais',
  'itbs',
  'adductor-related',
  'lumbar-referred',
] as const
export type ConditionId = (typeof conditionIds)[number]

export const conditionNames: Record<ConditionId, string> = {
  'gluteal-tendinopathy': 'Gluteal tendinopathy / greater trochanteric pain syndrome',
  'trochanteric-bursitis': 'Trochanteric bursitis',
  'hamstring-strain': 'Hamstring muscle strain',
  'proximal-hamstring-tendinopathy': 'Proximal hamstring tendinopathy',
  'iliopsoas-related': 'Iliopsoas tendinopathy / bursitis or hip flexor strain',
  'apophyseal-avulsion': 'Apophysitis / apophyseal avulsion fracture',
  'hip-osteoarthritis': 'Hip osteoarthritis',
  'femoral-neck-bsi': 'Femoral neck stress fracture / bone stress injury',
  'snapping-hip-internal': 'Snapping hip, internal (iliopsoas)',
  'snapping-hip-external': 'Snapping hip, external (iliotibial band)',
  'labral-tear-fais': 'Acetabular labral tear / femoroacetabular impingement syndrome',
  itbs: 'Iliotibial band syndrome',
  'adductor-related': 'Adductor-related groin pain',
  'lumbar-referred': 'Pain referred from the lumbar spine',
}

export const redFlagIds = [
  'femoral-neck-stress-fracture',
  'septic-arthritis',
  'malignancy',
  'scfe',
  'avascular-necrosis',
  'fracture-after-trauma',
  'avulsion-immature',
  'red-s',
  'progressive-neurological-deficit',
  'cauda-equina',
] as const
export type RedFlagId = (typeof redFlagIds)[number]
