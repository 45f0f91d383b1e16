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
  'sacroiliac-joint-pain',
  'deep-gluteal-syndrome',
  'meralgia-paraesthetica',
  'pubic-bone-stress',
  'inguinal-related',
  'hip-instability',
  'scfe',
  'perthes-disease',
  'septic-arthritis',
  'bone-tumour',
  'avascular-necrosis',
  'traumatic-fracture',
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
  'sacroiliac-joint-pain': 'Sacroiliac joint pain',
  'deep-gluteal-syndrome': 'Deep gluteal syndrome (including piriformis syndrome)',
  'meralgia-paraesthetica': 'Meralgia paraesthetica (lateral femoral cutaneous nerve)',
  'pubic-bone-stress': 'Pubic bone stress injury / osteitis pubis',
  'inguinal-related': 'Inguinal-related groin pain',
  'hip-instability': 'Hip dysplasia / instability (micro-instability)',
  scfe: 'Slipped capital femoral epiphysis',
  'perthes-disease': 'Perthes disease (Legg-Calvé-Perthes)',
  'septic-arthritis': 'Septic arthritis of the hip',
  'bone-tumour': 'Bone tumour or metastasis',
  'avascular-necrosis': 'Avascular necrosis of the femoral head',
  'traumatic-fracture': 'Fracture of the proximal femur or pelvis after trauma',
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

/**
 * The condition each red flag is about, where the differential ranks one: the flag's banner and
 * the condition's plan (a referral and protective advice) belong together. RED-S is a risk
 * factor, not a diagnosis; the two spinal flags are emergencies within lumbar referral.
 */
export const conditionOfRedFlag: Partial<Record<RedFlagId, ConditionId>> = {
  'femoral-neck-stress-fracture': 'femoral-neck-bsi',
  'septic-arthritis': 'septic-arthritis',
  malignancy: 'bone-tumour',
  scfe: 'scfe',
  'avascular-necrosis': 'avascular-necrosis',
  'fracture-after-trauma': 'traumatic-fracture',
  'avulsion-immature': 'apophyseal-avulsion',
}
