import type { Random } from './prng'

/**
 * Synthetic names from the languages a city clinic hears, with their accents and special
 * letters (ø, ß, ł, é, ñ, ü, ð, ı, ș…), apostrophes, hyphens, particles and two-word
 * surnames: what foldForSearch and the search have to cope with. Within each list the first
 * names are the commonest (drawn with a Zipf-like weight), so that a prefix such as "gar" has
 * many matches, as García does in a real clinic.
 */
interface NamePool {
  language: string
  /** Share of the clinic's patients. */
  weight: number
  female: readonly string[]
  male: readonly string[]
  family: readonly string[]
}

const pools: readonly NamePool[] = [
  {
    language: 'English',
    weight: 20,
    female: ['Emma', 'Olivia', 'Sophie', 'Charlotte', 'Hannah', 'Lucy', 'Grace', 'Chloe', 'Megan'],
    male: ['James', 'Oliver', 'Thomas', 'Harry', 'George', 'William', 'Jack', 'Daniel', 'Samuel'],
    family: [
      'Smith',
      'Jones',
      'Taylor',
      'Brown',
      'Williams',
      'Wilson',
      'Johnson',
      'Davies',
      'Robinson',
      'Wright',
      'Marsh',
      'Garside',
      'Edgar',
      'Smith-Jones',
      "O'Neill",
    ],
  },
  {
    language: 'Spanish',
    weight: 12,
    female: ['María', 'Lucía', 'Sofía', 'Martina', 'Paula', 'Inés', 'Begoña', 'Ainhoa', 'Nuria'],
    male: ['José', 'Javier', 'Martín', 'Andrés', 'Íñigo', 'Adrián', 'Raúl', 'Óscar', 'Jesús'],
    family: [
      'García',
      'Martínez',
      'López',
      'González',
      'Rodríguez',
      'Fernández',
      'Sánchez',
      'Pérez',
      'Gómez',
      'Núñez',
      'Muñoz',
      'Peña',
      'Ibáñez',
      'García López',
      'de la Fuente',
      'Garcés',
    ],
  },
  {
    language: 'German',
    weight: 8,
    female: ['Anna', 'Lena', 'Jördis', 'Katharina', 'Hannelore', 'Käthe', 'Sünje', 'Bärbel'],
    male: ['Lukas', 'Matthias', 'Jürgen', 'Jörg', 'Günther', 'Björn', 'Tobias', 'Maximilian'],
    family: [
      'Müller',
      'Schmidt',
      'Schneider',
      'Fischer',
      'Weiß',
      'Schröder',
      'Strauß',
      'Groß',
      'Köhler',
      'Böhm',
      'Hoffmann',
      'Günther',
      'von Bülow',
    ],
  },
  {
    language: 'French',
    weight: 8,
    female: ['Chloé', 'Léa', 'Hélène', 'Élodie', 'Maëlle', 'Zoé', 'Amélie', 'Françoise'],
    male: ['François', 'Jérôme', 'Léo', 'Noël', 'Benoît', 'Gaël', 'Jean-Luc', 'Hervé'],
    family: [
      'Martin',
      'Bernard',
      'Dubois',
      'Lefèvre',
      'Béranger',
      'Rousseau',
      'Girard',
      'Garnier',
      'Lemaître',
      "D'Arcy",
      'Côté',
      'Faure',
    ],
  },
  {
    language: 'Polish',
    weight: 6,
    female: ['Łucja', 'Małgorzata', 'Agnieszka', 'Zofia', 'Katarzyna', 'Joanna', 'Bożena'],
    male: ['Michał', 'Paweł', 'Łukasz', 'Krzysztof', 'Wojciech', 'Tomasz', 'Grzegorz'],
    family: [
      'Kowalski',
      'Wiśniewska',
      'Wróbel',
      'Łukasiewicz',
      'Nowak',
      'Zieliński',
      'Szymańska',
      'Woźniak',
      'Kaczmarek',
      'Dąbrowski',
      'Gąsior',
    ],
  },
  {
    language: 'Scandinavian',
    weight: 5,
    female: ['Ingrid', 'Sigrún', 'Åsa', 'Maja', 'Sølvi', 'Kristín', 'Björk', 'Liv'],
    male: ['Søren', 'Bjørn', 'Øystein', 'Håkon', 'Ólafur', 'Mads', 'Anders', 'Jónas'],
    family: [
      'Sørensen',
      'Hansen',
      'Løvås',
      'Bjørnstad',
      'Kjær',
      'Ødegård',
      'Åberg',
      'Lindström',
      'Guðmundsson',
      'Þórsdóttir',
      'Jóhannsdóttir',
    ],
  },
  {
    language: 'Portuguese',
    weight: 5,
    female: ['Conceição', 'Inês', 'Beatriz', 'Leonor', 'Margarida', 'Luísa'],
    male: ['João', 'Gonçalo', 'Tomás', 'Sebastião', 'Vicente', 'António'],
    family: ['Silva', 'Santos', 'Gonçalves', 'Magalhães', 'Conceição', 'Araújo', 'Simões'],
  },
  {
    language: 'Italian',
    weight: 5,
    female: ['Giulia', 'Chiara', 'Francesca', 'Noemi', 'Ilaria', 'Federica'],
    male: ['Niccolò', 'Lorenzo', 'Matteo', 'Andrea', 'Gianluca', 'Nicolò'],
    family: ['Rossi', 'Russo', 'Bianchi', 'Romano', 'Colombo', "D'Angelo", 'Marchetti', 'Garbo'],
  },
  {
    language: 'Irish',
    weight: 5,
    female: ['Siobhán', 'Aoife', 'Niamh', 'Caoimhe', 'Róisín', 'Saoirse'],
    male: ['Seán', 'Pádraig', 'Eoin', 'Cathal', 'Tadhg', 'Oisín'],
    family: ['Ó Súilleabháin', 'Murphy', 'Kelly', 'Ní Bhriain', 'Mac Giolla', 'Byrne', 'Ryan'],
  },
  {
    language: 'Turkish',
    weight: 4,
    female: ['Ayşe', 'Elif', 'Gülşen', 'Şule', 'Zeynep', 'İpek'],
    male: ['Mehmet', 'Uğur', 'Çağlar', 'İsmail', 'Barış', 'Gökhan'],
    family: ['Yılmaz', 'Öztürk', 'Şahin', 'Çelik', 'Doğan', 'Kılıç', 'Aydın'],
  },
  {
    language: 'Czech and Slovak',
    weight: 3,
    female: ['Zuzana', 'Petra', 'Kateřina', 'Věra', 'Božena'],
    male: ['Jiří', 'Tomáš', 'Lukáš', 'Radek', 'Ondřej'],
    family: ['Dvořák', 'Novotná', 'Růžička', 'Černý', 'Procházka', 'Kučera'],
  },
  {
    language: 'Hungarian and Romanian',
    weight: 3,
    female: ['Réka', 'Zsófia', 'Ioana', 'Mădălina'],
    male: ['Gábor', 'Ákos', 'Ștefan', 'Mihăiță'],
    family: ['Szabó', 'Kovács', 'Tóth', 'Popescu', 'Ionescu', 'Mureșan'],
  },
  {
    language: 'Vietnamese',
    weight: 3,
    female: ['Thảo', 'Ngọc', 'Hương', 'Linh'],
    male: ['Đức', 'Quang', 'Tuấn', 'Minh'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng'],
  },
  {
    language: 'Dutch',
    weight: 3,
    female: ['Anouk', 'Maaike', 'Eefje', 'Sanne'],
    male: ['Joost', 'Bram', 'Sjoerd', 'Daan'],
    family: ['de Vries', 'van der Berg', 'Jansen', 'Bakker', "van 't Hof", 'Smit'],
  },
  {
    language: 'Greek',
    weight: 2,
    female: ['Eleni', 'Katerina', 'Despina'],
    male: ['Giorgos', 'Nikos', 'Dimitris'],
    family: ['Papadopoulos', 'Georgiou', 'Nikolaidis', 'Karagiannis'],
  },
]

const totalWeight = pools.reduce((sum, p) => sum + p.weight, 0)

/** A Zipf-like draw: index 0 the commonest, falling off as 1 / (i + 1). */
function zipf<T>(random: Random, items: readonly T[]): T {
  const norm = items.reduce((sum, _item, i) => sum + 1 / (i + 1), 0)
  let r = random.next() * norm
  for (let i = 0; i < items.length; i++) {
    r -= 1 / (i + 1)
    if (r < 0) return items[i]!
  }
  return items.at(-1)!
}

export interface SyntheticName {
  givenName: string
  familyName: string
}

/** A name for a patient of the given sex ("intersex" and "not-stated" draw from either list). */
export function syntheticName(random: Random, sex: string): SyntheticName {
  let r = random.next() * totalWeight
  let pool = pools[0]!
  for (const p of pools) {
    r -= p.weight
    if (r < 0) {
      pool = p
      break
    }
  }
  const given =
    sex === 'female'
      ? pool.female
      : sex === 'male'
        ? pool.male
        : random.pick([pool.female, pool.male])
  const familyName = zipf(random, pool.family)
  // One patient in twelve has a double surname from two pools (as Spanish and mixed families do).
  const second = random.chance(1 / 12) ? ` ${zipf(random, random.pick(pools).family)}` : ''
  return { givenName: zipf(random, given), familyName: `${familyName}${second}` }
}
