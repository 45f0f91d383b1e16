/** A write the crash test's child had acknowledged when it was killed (crashWriter.ts). */
export type Ack =
  | { kind: 'ready' }
  | { kind: 'patient'; id: string }
  /** An assessment stored at this revision; `painNow` is what that revision saved, when known. */
  | { kind: 'revision'; id: string; revision: number; painNow?: number }
  /** A write-ahead copy of this revision kept. */
  | { kind: 'copy'; id: string; revision: number }
  | { kind: 'decided'; id: string }
  | { kind: 'finalised'; id: string }
  | { kind: 'addenda'; id: string; count: number }
