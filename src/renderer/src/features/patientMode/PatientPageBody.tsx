import { lefsItems, lefsQuestion, lefsResponseLabels } from '@shared/clinical/outcomeMeasureInfo'
import { grocLabel } from '@shared/clinical/outcomeScoring'
import {
  grocWording,
  painAnchors,
  painQuestions,
  paperFormTitles,
  psfsWording,
} from '@shared/clinical/patientWording'
import { PSFS_MAX_ACTIVITIES } from '@shared/model/assessment/outcomeMeasures'
import type { PatientPage } from '@shared/workflow/patientMode'
import { ChoiceTiles, ZeroToTen } from './ChoiceTiles'
import type { PatientAnswers } from './usePatientAnswers'

const lefsOptions = lefsResponseLabels.map((label, value) => ({ value, label })).reverse()
const grocOptions = (sign: 1 | -1) =>
  Array.from({ length: 7 }, (_, i) => (i + 1) * sign).map((value) => ({
    value,
    label: grocLabel(value),
  }))

/** The heading and the answers of one page; the frame (progress, back/next) is the screen's. */
export function pageHeading(page: PatientPage, answers: PatientAnswers): string {
  switch (page.kind) {
    case 'welcome':
      return 'A few questions about your hip'
    case 'pain':
      return painQuestions[page.question].question
    case 'lefs-intro':
      return 'Everyday activities'
    case 'lefs':
      return lefsItems[page.item] ?? ''
    case 'psfs-names':
      return 'Activities that matter to you'
    case 'psfs-rate':
      return answers.psfsNamed[page.activity]?.activity ?? ''
    case 'groc':
      return grocWording.question
    case 'paper':
      return page.forms.length === 1 ? 'Now a paper form' : 'Now the paper forms'
    case 'done':
      return 'Thank you, you have finished'
  }
}

export function PatientPageBody({
  page,
  answers,
  questionCount,
}: {
  page: PatientPage
  answers: PatientAnswers
  questionCount: number
}) {
  switch (page.kind) {
    case 'welcome':
      return (
        <div className="pm-text">
          <p>
            Your physiotherapist would like you to answer {questionCount} short questions. There are
            no right or wrong answers: choose what is true for you today.
          </p>
          <p>Your answers are saved as you go. Press Next to begin.</p>
        </div>
      )
    case 'pain': {
      const question = painQuestions[page.question]
      return (
        <>
          {'hint' in question && <p className="pm-hint">{question.hint}</p>}
          <ZeroToTen
            name={`pain-${page.question}`}
            legend={question.question}
            low={painAnchors.low}
            high={painAnchors.high}
            value={numberOr(answers.pain[page.question])}
            onChange={(v) => answers.setPain(page.question, v)}
          />
        </>
      )
    }
    case 'lefs-intro':
      return (
        <div className="pm-text">
          <p>{lefsQuestion}</p>
          <p>You will see 20 activities, one at a time. For each, choose how hard it is for you.</p>
        </div>
      )
    case 'lefs':
      return (
        <>
          <p className="pm-hint">{lefsQuestion}</p>
          <ChoiceTiles
            name={`lefs-${page.item}`}
            legend={lefsItems[page.item] ?? ''}
            layout="list"
            options={lefsOptions}
            value={answers.lefs[page.item] ?? undefined}
            onChange={(v) => answers.setLefs(page.item, v)}
          />
        </>
      )
    case 'psfs-names':
      return <PsfsNames answers={answers} />
    case 'psfs-rate': {
      const named = answers.psfsNamed[page.activity]
      return (
        <>
          <p className="pm-hint">{psfsWording.question}</p>
          <ZeroToTen
            name={`psfs-${page.activity}`}
            legend={`${psfsWording.question} ${named?.activity ?? ''}`}
            low={psfsWording.low}
            high={psfsWording.high}
            value={named?.score ?? undefined}
            onChange={(v) => named && answers.setPsfsScore(named.slot, v)}
          />
        </>
      )
    }
    case 'groc':
      return (
        <>
          <p className="pm-hint">{grocWording.hint}</p>
          <div className="pm-groc">
            <ChoiceTiles
              name="groc-better"
              showLegend
              legend="Better"
              layout="list"
              options={grocOptions(1)}
              value={answers.groc}
              onChange={answers.setGroc}
            />
            <ChoiceTiles
              name="groc-same"
              showLegend
              legend="The same"
              layout="list"
              options={[{ value: 0, label: grocLabel(0) }]}
              value={answers.groc}
              onChange={answers.setGroc}
            />
            <ChoiceTiles
              name="groc-worse"
              showLegend
              legend="Worse"
              layout="list"
              options={grocOptions(-1)}
              value={answers.groc}
              onChange={answers.setGroc}
            />
          </div>
        </>
      )
    case 'paper':
      return (
        <div className="pm-text">
          <p>
            {page.forms.length === 1 ? 'This questionnaire is' : 'These questionnaires are'} on
            paper. Please ask your physiotherapist for{' '}
            {page.forms.length === 1 ? 'the form' : 'the forms'} with this title and fill{' '}
            {page.forms.length === 1 ? 'it' : 'them'} in:
          </p>
          <ul className="pm-paper">
            {page.forms.map((f) => (
              <li key={f}>{paperFormTitles[f]}</li>
            ))}
          </ul>
        </div>
      )
    case 'done':
      return (
        <div className="pm-text">
          <p>Your answers are saved. Please hand the laptop back to your physiotherapist.</p>
        </div>
      )
  }
}

function PsfsNames({ answers }: { answers: PatientAnswers }) {
  const carried = answers.psfsCarried
  return (
    <div className="pm-text">
      <p>{carried > 0 ? psfsWording.carriedIntro : psfsWording.nameIntro}</p>
      <p className="pm-hint">
        For example: running 5 km, climbing stairs, sitting through a film. Leave the rest empty.
      </p>
      <ol className="pm-activities">
        {Array.from({ length: PSFS_MAX_ACTIVITIES }, (_, i) => (
          <li key={i}>
            {i < carried ? (
              <span className="pm-activities__carried">{answers.psfsSlots[i]?.activity}</span>
            ) : (
              <>
                <label className="visually-hidden" htmlFor={`pm-activity-${i}`}>
                  Activity {i + 1}
                </label>
                <input
                  id={`pm-activity-${i}`}
                  className="pm-input"
                  autoComplete="off"
                  maxLength={200}
                  value={answers.psfsSlots[i]?.activity ?? ''}
                  onChange={(e) => answers.setPsfsName(i, e.target.value)}
                />
              </>
            )}
          </li>
        ))}
      </ol>
    </div>
  )
}

const numberOr = (v: unknown) => (typeof v === 'number' ? v : undefined)
