/**
 * The sources behind every number the assessment screens show. Ids follow the numbered source
 * list of the clinical fact sheet (§13, S1..S62, with its lettered sub-sources such as S53c).
 * Where the fact sheet's only address was a library proxy or plain http, `url` is left out.
 *
 * K-ids (K1..) are sources the fact sheet does not have, looked up for the wider differential
 * (sacroiliac joint, deep gluteal space, nerves, groin, instability, children and the red-flag
 * conditions). Most are secondary summaries of the primary paper, so the claims resting on them
 * are cited as 'partly-confirmed' unless the abstract itself, with its figures, was read.
 */

/**
 * How far a fact was checked, from the fact sheet's provenance tags:
 * - 'confirmed' (✅): matches a public source that was read;
 * - 'partly-confirmed' (◐): the source is secondary, abstract-only or partly visible;
 * - 'unchecked' (🧠): general knowledge, or calculated from unchecked numbers. Verify before use.
 */
export type Evidence = 'confirmed' | 'partly-confirmed' | 'unchecked'

export const evidenceLabels: Record<Evidence, string> = {
  confirmed: 'Confirmed in a public source',
  'partly-confirmed': 'Partly confirmed (secondary or partial source)',
  unchecked: 'Unchecked (general knowledge): verify before relying on it',
}

export interface Source {
  id: string
  citation: string
  url?: string
}

export const sources = {
  S1: {
    id: 'S1',
    citation: 'Reiman 2013, BJSM 47:893 (meta-analysis of hip tests)',
    url: 'https://bjsm.bmj.com/lookup/ijlink/YTozOntzOjQ6InBhdGgiO3M6MTQ6Ii9sb29rdXAvaWpsaW5rIjtzOjU6InF1ZXJ5IjthOjQ6e3M6ODoibGlua1R5cGUiO3M6NDoiQUJTVCI7czoxMToiam91cm5hbENvZGUiO3M6ODoiYmpzcG9ydHMiO3M6NToicmVzaWQiO3M6OToiNDcvMTQvODkzIjtzOjQ6ImF0b20iO3M6MjM6Ii9ianNwb3J0cy81MS82LzUxOS5hdG9tIjt9czo4OiJmcmFnbWVudCI7czowOiIiO30=',
  },
  S1b: {
    id: 'S1b',
    citation: 'Rahman 2013, additional file 2 (Bird 2001 Trendelenburg values)',
    url: 'https://studylib.net/doc/10023450/additional-file-2',
  },
  S2: {
    id: 'S2',
    citation: 'Reiman 2015, BJSM 49:811 (meta-analysis of FAI / labral tear tests)',
    url: 'https://studylib.net/doc/10804916/diagnostic-accuracy-of-clinical-tests-for-the-diagnosis',
  },
  S3: {
    id: 'S3',
    citation:
      'Hip-related pain consensus table, BJSM (International Hip-related Pain Research Network; attributed to Reiman 2020)',
    url: 'https://bjsm.bmj.com/highwire/markup/124586/expansion?width=1000&height=500&iframe=true&postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire_embed',
  },
  S5: {
    id: 'S5',
    citation: 'Grimaldi 2017, BJSM 51:519 (clinical tests vs MRI-confirmed gluteal tendinopathy)',
    url: 'https://www.healthimaging.com/topics/diagnostic-imaging/simple-tests-may-head-unneeded-mris-hip-pain',
  },
  S6: {
    id: 'S6',
    citation: 'Lequesne 2008, Arthritis Rheum (two clinical tests for gluteal tendinopathy)',
    url: 'https://www.qxmd.com/r/18240186',
  },
  S8: {
    id: 'S8',
    citation: 'Kinsella 2024, JOSPT 54:1 (meta-analysis of GTPS tests)',
    url: 'https://search.dita.org.au/results/2483',
  },
  S9: {
    id: 'S9',
    citation: 'BJSM Table 4, GTPS vs hip OA tests (attributed to Fearon 2013)',
    url: 'https://bjsm.bmj.com/highwire/markup/88625/expansion?width=1000&height=500&iframe=true&postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire_embed',
  },
  S12b: {
    id: 'S12b',
    citation: 'LEAP trial protocol, BMC Musculoskelet Disord 2016 (inclusion criteria)',
    url: 'https://bmcmusculoskeletdisord.biomedcentral.com/articles/10.1186/s12891-016-1043-6/tables/1',
  },
  S13: {
    id: 'S13',
    citation: 'Allison 2016, MSSE (hip abductor weakness in gluteal tendinopathy)',
    url: 'https://journals.lww.com/acsm-msse/Fulltext/2016/03000/Hip_Abductor_Muscle_Weakness_in_Individuals_with.2.aspx',
  },
  S14: {
    id: 'S14',
    citation: 'Altman 1991, Arthritis Rheum 34:505 (ACR classification criteria for hip OA)',
  },
  S16: {
    id: 'S16',
    citation: 'Sutlive 2008, JOSPT 38:542 (clinical prediction rule for hip OA)',
    url: 'https://snyderphysicaltherapy.com/for-clinicians/clinical-prediction-rules/hip-osteoarthritis/',
  },
  S17: {
    id: 'S17',
    citation: 'Birrell 2001, Rheumatology (predicting radiographic hip OA from range of movement)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/11371658',
  },
  S19: {
    id: 'S19',
    citation: 'Weir 2015, BJSM 49:768 (Doha agreement on groin pain in athletes)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4484366',
  },
  S20: {
    id: 'S20',
    citation: 'Pålsson 2020, KSSTA 28:3382 (clinical tests for FAI syndrome)',
    url: 'https://ouci.dntb.gov.ua/en/works/l1KDzdP7',
  },
  S21: {
    id: 'S21',
    citation: 'Ranawat 2017, OJSM (physical examination of FAI and hip instability)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5298398/table/table3-2325967116679641',
  },
  S22: {
    id: 'S22',
    citation: 'Maslowski 2010, PM R (hip provocation tests vs intra-articular anaesthetic)',
    url: 'https://discovery.researcher.life/article/the-diagnostic-validity-of-hip-provocation-maneuvers-to-detect-intraarticular-hip-pathology/19208372c22337dcac6e400f539ec106',
  },
  S23: {
    id: 'S23',
    citation: 'Hananouchi 2012, CORR (anterior impingement test vs radial MRI)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3492600',
  },
  S24: {
    id: 'S24',
    citation:
      'Byrd 2004, AJSM 32:1668 (intra-articular injection and imaging); expert text on log roll',
    url: 'https://pubmed.ncbi.nlm.nih.gov/15494331/',
  },
  S25: {
    id: 'S25',
    citation: 'Caliesch 2020, BMJ Open SEM 6:e000772 (clinical tests for cam/pincer morphology)',
    url: 'https://bmjopensem.bmj.com/content/6/1/e000772',
  },
  S26: {
    id: 'S26',
    citation: 'Cacchio 2012, BJSM 46:883 (three tests for proximal hamstring tendinopathy)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/22219215/',
  },
  S34: {
    id: 'S34',
    citation: 'Robertson & Wood 2017 (femoral neck stress fractures in sport, review)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6226070',
  },
  S35: {
    id: 'S35',
    citation: 'Medscape, Femoral neck stress fracture: clinical presentation',
    url: 'https://emedicine.medscape.com/article/86808-clinical',
  },
  S36: {
    id: 'S36',
    citation: 'Reiman 2013, BJSM 47:893, Table 3 (fracture tests: fulcrum test studies)',
  },
  S37: {
    id: 'S37',
    citation: 'MedBridge 2017, Getting a leg up on femoral stress fractures (blog)',
    url: 'https://www.medbridgeeducation.com/blog/2017/02/getting-a-leg-up-on-femoral-stress-fractures/?cid=73',
  },
  S46: {
    id: 'S46',
    citation: 'Peck 2017, Am Fam Physician (slipped capital femoral epiphysis)',
    url: 'https://pdfslide.net/documents/slipped-capital-femoral-epiphysis-diagnosis-and-management-15062017-slipped.html',
  },
  S48: {
    id: 'S48',
    citation: 'Snapping hip syndrome review, Orthopedic Reviews',
    url: 'https://orthopedicreviews.openmedicalpublishing.org/article/25088',
  },
  S48b: {
    id: 'S48b',
    citation: 'OrthoVellum, Snapping hip syndrome',
    url: 'https://orthovellum.com/topics/snapping-hip-syndrome',
  },
  S49: {
    id: 'S49',
    citation: 'Hölmich 2007, BJSM (diagnostic criteria for groin entities, incl. iliopsoas)',
    url: 'https://bjsm.bmj.com/highwire/markup/83368/expansion?width=1000&height=500&iframe=true&postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire_embed',
  },
  S49c: {
    id: 'S49c',
    citation: 'HEC test study summary, PhysioHub (clinical tests for iliopsoas tendinopathy)',
    url: 'https://www.physiohub.io/research/tendon/evaluation-of-clinical-tests-to-diagnose-iliopsoas-tendinopathy',
  },
  S50: {
    id: 'S50',
    citation:
      'Groin / adductor papers: BJSM Table 4 (attributed to Falvey 2016), Delahunt 2011, Tyler 2001 AJSM, Hölmich 1999, Harøy 2019',
    url: 'https://bjsm.bmj.com/highwire/markup/102174/expansion?width=1000&height=500&iframe=true&postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire_embed',
  },
  S51: {
    id: 'S51',
    citation:
      'Iliotibial band syndrome sources: Noble test review, BMJ Best Practice, Fredericson 2000, Noehren 2014, Ferber 2010',
    url: 'https://ptpainite.com/nobles-test/',
  },
  S52: {
    id: 'S52',
    citation: 'Vigotsky 2016, PeerJ (validity of the modified Thomas test)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4991856',
  },
  S53a: {
    id: 'S53a',
    citation: 'Wilson 2014, Am Fam Physician (hip range of motion, via FPnotebook)',
    url: 'https://fpnotebook.com/Ortho/Exam/HpRngOfMtn.htm',
  },
  S53c: {
    id: 'S53c',
    citation: 'Kouyoumdjian 2012 (hip rotation range in 120 healthy adults)',
    url: 'https://c.coek.info/pdf-clinical-evaluation-of-hip-joint-rotation-range-of-motion-in-adults-.html',
  },
  S53e: {
    id: 'S53e',
    citation: 'Hip rotation in runners vs non-runners (AceMap record)',
    url: 'https://acemap.info/paper/136983246',
  },
  S53f: {
    id: 'S53f',
    citation: 'Krause, reliability of hip internal rotation measurement (Mayo Clinic)',
    url: 'https://mayoclinic.pure.elsevier.com/en/publications/reliability-of-hip-internal-rotation-range-of-motion-measurement-',
  },
  S53g: {
    id: 'S53g',
    citation: 'Roach 2013 (goniometer vs inclinometer for hip range)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3811733',
  },
  S53h: {
    id: 'S53h',
    citation: 'Poulsen 2012, BMC Musculoskelet Disord 13:242 (inter-rater hip ROM in hip OA)',
  },
  S54: {
    id: 'S54',
    citation: 'Medical Research Council (Oxford) scale for manual muscle testing',
    url: 'https://share2strengthen.com/?p=1672',
  },
  S54b: {
    id: 'S54b',
    citation: 'Thorborg 2010 (hip strength with a hand-held dynamometer: reliability)',
    url: 'https://studylib.net/doc/10804811/clinical-assessment-of-hip-strength-using-a-hand-held-dyn...',
  },
  S54c: {
    id: 'S54c',
    citation: 'Mayne 2017, Bone Joint Res (hand-held dynamometry protocol)',
    url: 'https://online.boneandjoint.org.uk/doi/full/10.1302/2046-3758.61.BJR-2016-0081',
  },
  S54d: {
    id: 'S54d',
    citation: 'Hip abductor force by test position (PMC6101381)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6101381',
  },
  S54e: {
    id: 'S54e',
    citation: 'Harris-Hayes 2014 (hip strength in people with chronic hip joint pain)',
    url: 'https://studylib.net/doc/10804914/c----research',
  },
  S55a: {
    id: 'S55a',
    citation: 'Heiderscheit 2011, MSSE 43:296 (effects of step-rate manipulation)',
    url: 'https://journals.lww.com/acsm-msse/fulltext/2011/02000/effects_of_step_rate_manipulation_on_joint.14.aspx',
  },
  S55b: {
    id: 'S55b',
    citation: 'Anderson 2022, Sports Med Open (meta-analysis of step-rate changes)',
    url: 'https://link.springer.com/article/10.1186/s40798-022-00504-0',
  },
  S55c: {
    id: 'S55c',
    citation: 'Bramah 2018, AJSM (running kinematics of injured vs uninjured runners)',
    url: 'https://www.healthhp.com.au/post/running-gait-abnormalities-and-injury',
  },
  S55d: {
    id: 'S55d',
    citation: 'Souza 2016 (evidence-based running gait analysis)',
    url: 'https://pt.scribd.com/document/372034293/Evidence-Vrunning-Analysis',
  },
  S55e: {
    id: 'S55e',
    citation: 'Step width and running injuries (summaries of Brindle 2014, Meardon 2012/2014)',
    url: 'https://www.premax.co/us/blog/step-width-and-running-injuries',
  },
  S55f: {
    id: 'S55f',
    citation: 'Validity and reliability of 2D video analysis of upper-trunk rotation in running',
  },
  S55g: {
    id: 'S55g',
    citation: '2D running gait analysis clinic protocol (Scribd)',
  },
  S55h: {
    id: 'S55h',
    citation: 'Whitney 2022 (running kinematics in runners with sacroiliac joint pain)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8989488',
  },
  S55i: {
    id: 'S55i',
    citation: 'Burke 2023, RISC prospective study of running injury risk',
    url: 'https://ouci.dntb.gov.ua/en/works/42axZNK7',
  },
  S56a: {
    id: 'S56a',
    citation: 'Childs 2005, Spine (responsiveness of the numeric pain rating scale)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/15928561/',
  },
  S56b: {
    id: 'S56b',
    citation: 'Thorborg 2011, BJSM 45:478 (HAGOS development and validation)',
    url: 'https://www.physiotutors.com/questionnaires/hagos/',
  },
  S56c: {
    id: 'S56c',
    citation: 'Mohtadi 2012 (development and validation of the iHOT)',
    url: 'https://studylib.net/doc/10804920/the-development-and-validation-of-a-self-administered',
  },
  S56d: {
    id: 'S56d',
    citation: 'iHOT-12 MCID, substantial clinical benefit and PASS (PMID 30612776 and others)',
    url: 'https://orthoreader.com/pmid/30612776/',
  },
  S56e: {
    id: 'S56e',
    citation: 'Fearon 2015 (VISA-G) and Nasser 2022 COSMIN review, KSSTA',
    url: 'https://link.springer.com/article/10.1007/s00167-021-06598-5',
  },
  S56g: {
    id: 'S56g',
    citation:
      'Binkley 1999, Phys Ther 79:371 (Lower Extremity Functional Scale); link: LEFS normative data, Acta Orthop 2017',
    url: 'https://informahealthcare.com/doi/full/10.1080/17453674.2017.1309886',
  },
  S60: {
    id: 'S60',
    citation: 'JAMA Rational Clinical Examination, Does this patient have hip osteoarthritis?',
    url: 'https://edhub.ama-assn.org/jn-learning/module/2757584',
  },
  S10: {
    id: 'S10',
    citation: 'Segal 2007, Arch Phys Med Rehabil 88:988 (GTPS epidemiology and associated factors)',
    url: 'https://studylib.net/doc/10804773/greater-trochanteric-pain-syndrome--epidemiology-and-asso...',
  },
  S11: {
    id: 'S11',
    citation: 'Grimaldi & Fearon 2015, JOSPT (gluteal tendinopathy: pathomechanics and management)',
    url: 'https://physio-pedia.com/Gluteal_Tendinopathy',
  },
  S12: {
    id: 'S12',
    citation:
      'Mellor 2018, BMJ 361:k1662 (LEAP trial: education plus exercise vs injection vs wait and see)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/29720374/',
  },
  S15: {
    id: 'S15',
    citation: 'NICE NG226 (2022), Osteoarthritis in over 16s: diagnosis and management',
    url: 'https://www.nice.org.uk/guidance/ng226/chapter/Recommendations',
  },
  S15b: {
    id: 'S15b',
    citation:
      'NICE NG226 summary (imaging, exercise, weight loss, manual therapy alongside exercise)',
  },
  S18: {
    id: 'S18',
    citation: 'Griffin 2016, BJSM 50:1169 (Warwick Agreement on FAI syndrome)',
    url: 'https://bjsm.bmj.com/content/50/19/1169',
  },
  S27: {
    id: 'S27',
    citation: 'Goom 2016, JOSPT (proximal hamstring tendinopathy: assessment and management)',
    url: 'https://www.running-physio.com/new-research-in-proximal-hamstring-tendinopathy-goom-et-al-2016/',
  },
  S28: {
    id: 'S28',
    citation: 'Proximal hamstring tendinopathy: presentation (sitting, acceleration, hills)',
    url: 'https://www.sports-health.com/sports-injuries/leg-injuries/symptoms-chronic-high-proximal-hamstring-tendinopathy',
  },
  S29: {
    id: 'S29',
    citation: 'Askling 2014, BJSM 48:532 (L-protocol vs conventional rehabilitation in sprinters)',
  },
  S30: {
    id: 'S30',
    citation:
      'Heiderscheit 2010, JOSPT (hamstring strain: diagnosis, rehabilitation and prevention)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2867336',
  },
  S31: {
    id: 'S31',
    citation:
      'Comfort 2009, Strength Cond J (re-injury after stretching-only rehabilitation, Sherry & Best 2004)',
    url: 'https://journals.lww.com/nsca-scj/Fulltext/2009/02000/Training_Considerations_after_Hamstring_Injury_in.12.aspx',
  },
  S38: {
    id: 'S38',
    citation: 'Radiopaedia, MRI grading systems for bone stress injuries',
    url: 'https://radiopaedia.org/articles/mri-grading-system-for-bone-stress-injuries',
  },
  S40: {
    id: 'S40',
    citation: 'Fullerton & Snowdy classification of femoral neck stress fractures',
    url: 'https://theorthonotes.com/femoral-nerve-stress-fracture/',
  },
  S42: {
    id: 'S42',
    citation:
      'George 2024, Sports Med (criteria for returning to running after bone stress injury, scoping review)',
    url: 'https://ouci.dntb.gov.ua/en/works/9JxkMLN4',
  },
  S43: {
    id: 'S43',
    citation: 'Mountjoy, IOC consensus statements on RED-S (2014, 2018, 2023)',
    url: 'https://bjsm.bmj.com/content/52/11/687',
  },
  S43c: {
    id: 'S43c',
    citation: 'Low energy availability threshold (< 30 kcal/kg FFM/day)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9724109/',
  },
  S44: {
    id: 'S44',
    citation: 'Risk factors for femoral stress fracture (Wright 2015; Goldin 2015)',
    url: 'https://johnsnyderdpt.com/2017/02/27/femoral-stress-fractures-identification-and-management/',
  },
  S45: {
    id: 'S45',
    citation:
      'Eberbach 2017, BMC Musculoskelet Disord 18:162 (pelvic apophyseal avulsions, systematic review)',
    url: 'https://moam.info/operative-versus-conservative-treatment-of_5c59e6f8097c476e2a8b460b.html',
  },
  S45b: {
    id: 'S45b',
    citation: 'Avulsion fractures of the pelvis (5-Minute Sports Medicine Consult)',
    url: 'https://5minuteconsult.com/collectioncontent/1-476768/diseases-and-conditions/fracture-avulsion-asis-aiis-ischial-tuberosity-iliac-crest-sports-medicine',
  },
  S45c: {
    id: 'S45c',
    citation: 'Pelvic avulsion injuries in the adolescent athlete (review)',
    url: 'https://musculoskeletalkey.com/pelvic-avulsion-injuries-in-the-adolescent-athlete',
  },
  S47: {
    id: 'S47',
    citation: 'Kocher criteria for septic arthritis of the hip',
    url: 'https://medicalcriteria.com/web/kocher/',
  },
  S57c: {
    id: 'S57c',
    citation: 'APTA clinical practice guideline, nonarthritic hip joint pain (2014)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4399382',
  },
  S61: {
    id: 'S61',
    citation: 'Medscape, Hip tendonitis and bursitis: clinical presentation (red-flag questions)',
    url: 'https://emedicine.medscape.com/article/87169-clinical',
  },
  S62: {
    id: 'S62',
    citation: 'Diagnostic accuracy of physical examination tests for the hip labrum (JMMT 2008)',
    url: 'https://cupdf.com/document/diagnostic-accuracy-of-physical-examination-tests-for-the-hip-labrum-a-systematic-review.html',
  },
  K1: {
    id: 'K1',
    citation:
      'Laslett 2005, Man Ther 10:207 (sacroiliac provocation tests and their composites), as tabulated by PhysioHub and by J. Snyder',
    url: 'https://www.physiohub.io/assessment/si/pain-provocation/cluster-laslett',
  },
  K2: {
    id: 'K2',
    citation:
      'Martin 2014, KSSTA 22:882 (clinical tests for sciatic nerve entrapment in the gluteal region), as summarised by WikiSM and Physiotutors',
    url: 'https://wikism.org/Seated_Piriformis_Stretch_Test',
  },
  K2b: {
    id: 'K2b',
    citation:
      'Physiotutors, deep gluteal syndrome: presentation (sciatic-like buttock pain, sitting intolerance) and the active piriformis test',
    url: 'https://www.physiotutors.com/wiki/active-piriformis-test/',
  },
  K3: {
    id: 'K3',
    citation:
      'Medscape, Meralgia paresthetica: clinical presentation (Nouraei 2007 pelvic compression test, n=45)',
    url: 'https://emedicine.medscape.com/article/1141848-clinical',
  },
  K4: {
    id: 'K4',
    citation:
      'Hoppe 2017, Orthop J Sports Med 5(11) (three examination tests for hip microinstability, n=109)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5714089',
  },
  K4b: {
    id: 'K4b',
    citation:
      'Wong 2022, Curr Rev Musculoskelet Med 15:38 (examination of the hip: FAI, labrum and microinstability)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9076795',
  },
  K5: {
    id: 'K5',
    citation:
      'Heijboer, Vuckovic, Weir, Tol, Hölmich, Serner: clinical examination for athletes with inguinal-related groin pain (reliability and prevalence of positive tests)',
    url: 'https://researchinformation.amsterdamumc.org/en/publications/clinical-examination-for-athletes-with-inguinal-related-groin-pai',
  },
  K6: {
    id: 'K6',
    citation:
      'Legg-Calvé-Perthes disease: age and sex (Northwestern orthopaedic teaching case; UT Southwestern chapter in Osteonecrosis, 2014)',
    url: 'https://www.ortho-teaching.feinberg.northwestern.edu/cases/pediatrics/case12/case12background.html',
  },
  K6b: {
    id: 'K6b',
    citation:
      'Perthes disease symptoms, patient-information pages (a limp; an ache in the groin, thigh or knee; stiff, reduced hip movement)',
    url: 'https://physiocomestoyou.co.uk/could-your-child-have-perthes-disease/',
  },
  K7: {
    id: 'K7',
    citation:
      'BMJ Best Practice, Evaluation of unintentional weight loss (at least 5% of usual body weight in 6-12 months; Wong 2014); Harrison 20e (4.5 kg or more than 5% over 6-12 months)',
    url: 'https://bestpractice.bmj.com/topics/en-us/548',
  },
  K8: {
    id: 'K8',
    citation:
      'Downie 2013, BMJ 347:f7095 (red flags to screen for malignancy and fracture in low back pain, systematic review)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/25257627/',
  },
  K9: {
    id: 'K9',
    citation:
      'Hip fracture presentation: Medscape (leg externally rotated and shortened) and RCEM Learning (about 15% impacted, without deformity)',
    url: 'https://emedicine.medscape.com/article/87043-clinical',
  },
  K10: {
    id: 'K10',
    citation:
      'Margaretten 2007, JAMA (Does this adult patient have septic arthritis?), as summarised by ALiEM',
    url: 'https://www.aliem.com/paucis-verbis-septic-arthritis/',
  },
  K11: {
    id: 'K11',
    citation:
      'AMBOSS, Osteonecrosis of the femoral head (groin pain, limited range, alcohol, corticosteroids, trauma; MRI confirms)',
    url: 'https://www.amboss.com/us/knowledge/Osteonecrosis_of_the_femoral_head',
  },
  K12: {
    id: 'K12',
    citation:
      'Pubic ramus stress fracture in runners: Noakes 1985, AJSM 13:120; FPnotebook (one-legged standing and hopping provoke it; Morelli 2001)',
    url: 'https://fpnotebook.com/Ortho/Hip/InfrPbcRmsStrsFrctr.htm',
  },
  K13: {
    id: 'K13',
    citation:
      'Sakaguchi 2010, J Orthop Sci 15:185 (oral corticosteroid use and idiopathic osteonecrosis of the femoral head, nationwide case-control study, OR 20.3); Fukushima 2013, Bone Joint J 95-B:320 (steroid users who did not drink, OR 31.5)',
    url: 'https://doi.org/10.1007/s00776-009-1439-3',
  },
  K14: {
    id: 'K14',
    citation:
      'Prospective cohort of non-traumatic osteonecrosis of the femoral head (88 patients, 125 hips, Liège), Int Orthop 2016: acute onset in 55% of hips, a limp in 50%, a normal hip examination in 31%',
    url: 'https://doi.org/10.1007/s00264-015-3079-x',
  },
  K15: {
    id: 'K15',
    citation:
      "Stratford 1995, Physiother Can 47:258 (Patient-Specific Functional Scale), as reproduced with the authors' permission on the clinical form: activities rated 0 (unable) to 10 (able as before), score = mean, MDC (90% CI) 2 points for the average and 3 for one activity",
    url: 'https://www.precisionphysio.com.au/the-patient-specific-functional-scale/',
  },
  K16: {
    id: 'K16',
    citation:
      'Kamper 2009, J Man Manip Ther 17:163 (global rating of change scales: strengths, weaknesses and design), reviewing the 15-point scale of Jaeschke 1989, Control Clin Trials 10:407',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/pmid/20046623',
  },
} as const satisfies Record<string, Source>

export type SourceId = keyof typeof sources

export interface Citation {
  sourceIds: SourceId[]
  evidence: Evidence
  /** Which part of a mixed claim is checked, or which paper within a grouped source. */
  note?: string
}

/** Builds a citation; leaves `note` out rather than setting it to undefined. */
export function cite(sourceIds: SourceId[], evidence: Evidence, note?: string): Citation {
  return note === undefined ? { sourceIds, evidence } : { sourceIds, evidence, note }
}
