/**
 * The buttons beside one item of an editable plan list (a phase, an exercise, a referral):
 * move up, move down (when the list has an order) and remove. Each has its own spoken label
 * so a screen reader says which item it acts on.
 */
export function ItemActions({
  index,
  count,
  labels,
  onMove,
  onRemove,
}: {
  index: number
  count: number
  labels: { up?: string; down?: string; remove: string }
  onMove?: (from: number, to: number) => void
  onRemove: (index: number) => void
}) {
  return (
    <>
      {onMove && (
        <>
          <button
            type="button"
            className="icon-button"
            aria-label={labels.up}
            disabled={index === 0}
            onClick={() => onMove(index, index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={labels.down}
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1)}
          >
            ↓
          </button>
        </>
      )}
      <button
        type="button"
        className="icon-button icon-button--danger"
        aria-label={labels.remove}
        onClick={() => onRemove(index)}
      >
        ✕
      </button>
    </>
  )
}
