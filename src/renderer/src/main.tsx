import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { SessionGate } from './features/session/SessionGate'
import { StartupGate } from './features/startup/StartupGate'
import './styles/tokens.css'
import './styles/base.css'
import './styles/shell.css'
import './styles/forms.css'
import './styles/tables.css'
import './styles/assessment.css'
import './styles/reasoning.css'
import './styles/gate.css'
import './styles/caseload.css'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element')
createRoot(root).render(
  <StrictMode>
    <StartupGate>
      <SessionGate>
        <App />
      </SessionGate>
    </StartupGate>
  </StrictMode>,
)
