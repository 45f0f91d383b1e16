import { palpationSites, type PalpationSiteId } from '@shared/model/assessment/physicalExam'
import { NOT_ASSESSED } from '@shared/model/assessment/recordedValues'
import { ChoiceField } from '../fields/ChoiceField'

const palpationOptions = [
  { value: 'tender', label: 'Tender' },
  { value: 'not-tender', label: 'Not tender' },
  { value: NOT_ASSESSED, label: 'N/A' },
]

/** Tenderness per site and side (midline sites once), for the given sites. */
export function PalpationTable({ sites }: { sites: readonly PalpationSiteId[] }) {
  return (
    <table className="table table--compact palpation">
      <thead>
        <tr>
          <th scope="col">Site</th>
          <th scope="col">Left</th>
          <th scope="col">Right</th>
        </tr>
      </thead>
      <tbody>
        {palpationSites
          .filter((site) => sites.includes(site.id))
          .map((site) => (
            <tr key={site.id}>
              <th scope="row">
                {site.label}
                <span className="cell-hint">{site.help}</span>
              </th>
              {'midline' in site && site.midline ? (
                <td colSpan={2}>
                  <ChoiceField
                    name={`palpation.${site.id}.midline`}
                    label={`${site.label} (midline)`}
                    options={palpationOptions}
                    alertValue="tender"
                    compact
                    hideLabel
                  />
                </td>
              ) : (
                (['left', 'right'] as const).map((side) => (
                  <td key={side}>
                    <ChoiceField
                      name={`palpation.${site.id}.${side}`}
                      label={`${site.label}, ${side}`}
                      options={palpationOptions}
                      alertValue="tender"
                      compact
                      hideLabel
                    />
                  </td>
                ))
              )}
            </tr>
          ))}
      </tbody>
    </table>
  )
}
