/** "Last time: …" under a field of a follow-up. Renders nothing when there is no earlier value. */
export function PreviousValue({ text }: { text: string | undefined }) {
  if (text === undefined || text === '') return null
  return <span className="previous-value">Last time: {text}</span>
}
