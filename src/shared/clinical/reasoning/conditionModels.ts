import type { ConditionId } from '../conditions/conditionIds'
import {
  adductorRelated,
  apophysealAvulsion,
  femoralNeckBsi,
  hipOsteoarthritis,
  iliopsoasRelated,
  labralTearFais,
} from './anteriorConditions'
import type { ConditionModel } from './conditionModel'
import { hipInstability, inguinalRelated, pubicBoneStress } from './groinConditions'
import { glutealTendinopathy, itbs, trochantericBursitis } from './lateralConditions'
import { deepGlutealSyndrome, meralgiaParaesthetica } from './nerveEntrapmentConditions'
import { perthesDisease, scfe } from './paediatricConditions'
import {
  hamstringStrain,
  lumbarReferred,
  proximalHamstringTendinopathy,
  sacroiliacJointPain,
} from './posteriorConditions'
import {
  avascularNecrosis,
  boneTumour,
  septicArthritis,
  traumaticFracture,
} from './seriousConditions'
import { externalSnappingHip, internalSnappingHip } from './snappingConditions'

/** Every condition the working diagnosis ranks, with its evidence. */
export const conditionModels: Record<ConditionId, ConditionModel> = {
  'gluteal-tendinopathy': glutealTendinopathy,
  'trochanteric-bursitis': trochantericBursitis,
  'hamstring-strain': hamstringStrain,
  'proximal-hamstring-tendinopathy': proximalHamstringTendinopathy,
  'iliopsoas-related': iliopsoasRelated,
  'apophyseal-avulsion': apophysealAvulsion,
  'hip-osteoarthritis': hipOsteoarthritis,
  'femoral-neck-bsi': femoralNeckBsi,
  'snapping-hip-internal': internalSnappingHip,
  'snapping-hip-external': externalSnappingHip,
  'labral-tear-fais': labralTearFais,
  itbs,
  'adductor-related': adductorRelated,
  'lumbar-referred': lumbarReferred,
  'sacroiliac-joint-pain': sacroiliacJointPain,
  'deep-gluteal-syndrome': deepGlutealSyndrome,
  'meralgia-paraesthetica': meralgiaParaesthetica,
  'pubic-bone-stress': pubicBoneStress,
  'inguinal-related': inguinalRelated,
  'hip-instability': hipInstability,
  scfe,
  'perthes-disease': perthesDisease,
  'septic-arthritis': septicArthritis,
  'bone-tumour': boneTumour,
  'avascular-necrosis': avascularNecrosis,
  'traumatic-fracture': traumaticFracture,
}
