import { useEffect, useState } from 'react'
import type { JobState } from '@shared/api/contract'

const POLL_MS = 250

/** Follows a running export or import until it ends. */
export function useJob(jobId: string | undefined): JobState | undefined {
  const [state, setState] = useState<JobState>()
  useEffect(() => {
    if (!jobId) return
    let stopped = false
    const poll = async () => {
      const result = await window.api.getJob({ jobId })
      if (stopped) return
      if (result.ok) setState(result.value)
      if (!result.ok || result.value.status === 'running') setTimeout(() => void poll(), POLL_MS)
    }
    void poll()
    return () => {
      stopped = true
    }
  }, [jobId])
  return jobId ? state : undefined
}
