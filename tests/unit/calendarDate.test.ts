import { describe, expect, it } from 'vitest'
import { ageInYears, parseTypedDate, todayIso } from '../../src/shared/model/calendarDate'
import { foldForSearch } from '../../src/shared/text/foldForSearch'

describe('typed dates', () => {
  it.each([
    ['1981-03-12', '1981-03-12'],
    ['12/03/1981', '1981-03-12'],
    ['12.3.1981', '1981-03-12'],
    ['2-1-2001', '2001-01-02'],
    [' 29/02/2000 ', '2000-02-29'],
  ])('reads %s as %s', (typed, iso) => expect(parseTypedDate(typed)).toBe(iso))

  it.each(['29/02/2001', '31/04/1990', '1981', 'dupont', '12/03/81', ''])('refuses %s', (typed) =>
    expect(parseTypedDate(typed)).toBeUndefined(),
  )

  it('counts age in whole years, birthdays included', () => {
    expect(ageInYears('1981-03-12', '2026-03-11')).toBe(44)
    expect(ageInYears('1981-03-12', '2026-03-12')).toBe(45)
    expect(ageInYears('2000-02-29', '2025-02-28')).toBe(24)
  })

  it('gives today in local time as YYYY-MM-DD', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })
})

describe('search folding', () => {
  it.each([
    ['María José GARCÍA', 'maria jose garcia'],
    ["O'Brien-Ó Súilleabháin", 'o brien o suilleabhain'],
    ['Søren Ærø', 'soren aero'],
    ['Łukasz Straße', 'lukasz strasse'],
  ])('folds %s', (text, folded) => expect(foldForSearch(text)).toBe(folded))
})
