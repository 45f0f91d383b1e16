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
import { glutealTendinopathy, itbs, trochantericBursitis } from './lateralConditions'
import { externalSnappingHip, internalSnappingHip } from './snappingConditions'
import {
  hamstringStrain,
  lumbarReferred,
  proximalHamstringTendinopathy,
} from './posteriorConditions'

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
}
