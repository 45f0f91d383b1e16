import {
  isBackgroundChannel,
  isSessionChannel,
  isStartupChannel,
  type ChannelName,
  type StartupChannelName,
} from '../../shared/api/channels'
import type { Result } from '../../shared/api/result'
import { patientModeAllows } from '../../shared/workflow/patientMode'
import type { ClinicianSession } from '../session/clinicianSession'
import type { Handlers } from './defineHandlers'
import type { ClinicHandlers } from './handlers'
import type { HandlerLookup } from './registerHandlers'
import type { createSessionHandlers } from './sessionHandlers'

type StartupHandlers = Handlers<StartupChannelName>
type SessionHandlers = ReturnType<typeof createSessionHandlers>

/** What is open now: the records (once start-up has opened them) and who is using them. */
export interface OpenClinic {
  session: ClinicianSession
  sessionHandlers: SessionHandlers
  handlers: ClinicHandlers
}

const locked: Result<never> = {
  ok: false,
  error: {
    code: 'locked',
    message: 'The app is locked: sign in to go on. Nothing typed has been lost.',
  },
}

const withPatient: Result<never> = {
  ok: false,
  error: {
    code: 'locked',
    message: 'The patient is answering questionnaires: the clinician’s passcode ends patient mode.',
  },
}

/**
 * Which handler answers a call now: the start-up screens' always; signing in and out once the
 * records are open; the records themselves only to a signed-in clinician whose session is not
 * locked, each call but the background ones (`backgroundChannelNames`) restarting the idle clock. While the patient holds the laptop (patient mode),
 * only the draft handed over can be read and saved.
 */
export function routeCalls(
  startup: StartupHandlers,
  clinic: () => OpenClinic | undefined,
): HandlerLookup {
  return (name: ChannelName) => {
    if (isStartupChannel(name)) return startup[name]
    const open = clinic()
    if (!open) return undefined
    if (isSessionChannel(name)) return open.sessionHandlers[name]
    const handler = open.handlers[name]
    return async (input: unknown) => {
      if (!open.session.activeClinician()) return locked
      const handedOver = open.session.patientMode()
      if (handedOver && !patientModeAllows(handedOver, name, input)) return withPatient
      // The status line's poll is not the clinician at work: it must not keep the app unlocked.
      if (!isBackgroundChannel(name)) open.session.touch()
      return handler(input)
    }
  }
}
