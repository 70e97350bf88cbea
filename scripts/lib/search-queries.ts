// The search query set: questions as a resident might type them, each with the places whose pages
// should answer it. Written from the content and the five source documents (/work/shared/seeds), not
// from what search returned. `npm run bench:search` scores recall at 10 and mean reciprocal rank
// over every (query, place) pair: a result answers for a place when its address is one of that
// place's pages (its strategies, priorities, updates, neighbourhood profiles or place page), or,
// when `within` is given, one of those addresses.

export interface SearchQuery {
  /** What the resident types. */
  q: string;
  /** Place ids (content/places) whose pages should be in the top 10. */
  places: string[];
  /** For a question about a word, not a place: addresses (prefixes) that answer it. */
  within?: string[];
  /** Why these places answer it. */
  why: string;
}

export const SEARCH_QUERIES: SearchQuery[] = [
  {
    q: 'lonely',
    places: ['camden', 'hackney', 'barking-and-dagenham'],
    why: 'social connection priorities: Camden community connectedness, Hackney social connections, B&D outcome 6',
  },
  {
    q: 'feeling isolated',
    places: ['hackney', 'camden'],
    why: 'social isolation in the Hackney and Camden priorities',
  },
  { q: 'making friends', places: ['camden'], why: 'Camden: community connectedness and friendships' },
  {
    q: 'fags',
    places: ['barking-and-dagenham', 'southend-on-sea'],
    why: 'smoking: B&D smoking at delivery, Mid and South Essex smoking cessation (Core20PLUS5)',
  },
  {
    q: 'stop smoking',
    places: ['barking-and-dagenham', 'southend-on-sea'],
    why: 'smoking measures and Core20PLUS5 smoking cessation',
  },
  { q: 'vapes', places: ['southend-on-sea'], why: 'smoking cessation in Core20PLUS5' },
  {
    q: 'cigs',
    places: ['barking-and-dagenham', 'southend-on-sea'],
    why: 'a resident’s word the issue lists: smoking at delivery (B&D), smoking cessation (Core20PLUS5, Southend’s board papers)',
  },
  { q: 'booze', places: ['southend-on-sea'], why: 'alcohol: Core20PLUS5 adults and the neighbourhood profiles' },
  {
    q: 'jabs',
    places: ['camden', 'barking-and-dagenham'],
    why: 'childhood immunisations (Camden), MMR (B&D outcome 1)',
  },
  { q: 'flu jab', places: ['southend-on-sea'], why: 'the health protection update: flu vaccination' },
  {
    q: 'immunisation',
    places: ['camden', 'barking-and-dagenham'],
    why: 'Camden healthy and ready for school; B&D outcome 1 MMR',
  },
  { q: 'imunisation', places: ['camden', 'barking-and-dagenham'], why: 'a typo for immunisation' },
  { q: 'lonliness', places: ['camden', 'hackney'], why: 'a typo for loneliness' },
  {
    q: 'teeth',
    places: ['camden', 'southend-on-sea'],
    why: 'oral health: Camden tooth decay at age 5, Core20PLUS5 children oral health',
  },
  { q: 'tooth decay', places: ['camden'], why: 'Camden: dental decay at age 5' },
  {
    q: 'asthma',
    places: ['camden', 'southend-on-sea'],
    why: 'Camden child asthma admissions; Core20PLUS5 children asthma',
  },
  {
    q: 'breastfeeding',
    places: ['camden', 'southend-on-sea'],
    why: 'best start in life: Camden start well, A Better Start Southend',
  },
  {
    q: 'cancer screening',
    places: ['barking-and-dagenham', 'southend-on-sea'],
    why: 'B&D outcome 2 screening uptake; Core20PLUS5 early cancer diagnosis',
  },
  { q: 'hiv', places: ['barking-and-dagenham'], why: 'B&D late HIV diagnosis' },
  { q: 'blood pressure', places: ['southend-on-sea'], why: 'hypertension in Core20PLUS5 adults' },
  {
    q: 'diabetes',
    places: ['southend-on-sea', 'barking-and-dagenham'],
    why: 'neighbourhood profiles and Core20PLUS5; B&D early diagnosis',
  },
  { q: 'dementia', places: ['southend-on-sea'], why: 'Mid and South Essex adult care and the falls campaign' },
  {
    q: 'carers',
    places: ['camden', 'barking-and-dagenham', 'southend-on-sea'],
    why: 'unpaid carers in all three strategies',
  },
  { q: 'domestic violence', places: ['barking-and-dagenham'], why: 'B&D outcome 7: zero tolerance to domestic abuse' },
  { q: 'racism', places: ['camden'], why: 'Camden: systemic racism, anti-racist approach' },
  { q: 'jobs', places: ['camden', 'southwark', 'barking-and-dagenham'], why: 'good work priorities' },
  { q: 'out of work', places: ['camden', 'barking-and-dagenham'], why: 'unemployment and out-of-work benefits' },
  {
    q: 'skint',
    places: ['hackney', 'southwark'],
    why: 'financial security: Hackney, Southwark healthy standard of living',
  },
  { q: 'benefits', places: ['camden'], why: 'Camden universal credit and out-of-work benefits measures' },
  {
    q: 'cost of living',
    places: ['hackney', 'southend-on-sea'],
    why: 'Hackney financial security; Southend first 5,000 households',
  },
  { q: 'food bank', places: ['hackney'], why: 'Hackney food poverty work' },
  {
    q: 'housing',
    places: ['camden', 'southwark', 'hackney'],
    why: 'housing in live well, healthy places, and Hackney',
  },
  {
    q: 'mental health',
    places: ['hackney', 'camden', 'barking-and-dagenham', 'southend-on-sea'],
    why: 'mental health priorities',
  },
  { q: 'suicide', places: ['camden', 'southend-on-sea'], why: 'suicide prevention in Camden and Mid and South Essex' },
  { q: 'self harm', places: ['southend-on-sea'], why: 'self-harm admissions in the neighbourhood profiles' },
  { q: 'falls', places: ['southend-on-sea'], why: 'the Able Like Mabel falls campaign' },
  { q: 'covid', places: ['southend-on-sea', 'camden'], why: 'health protection update; Camden pandemic context' },
  {
    q: 'childhood obesity',
    places: ['barking-and-dagenham', 'southend-on-sea'],
    why: 'B&D reception obesity; neighbourhood profiles',
  },
  { q: 'exercise', places: ['southend-on-sea'], why: 'the falls campaign exercises' },
  { q: 'volunteering', places: ['camden', 'hackney'], why: 'volunteers in Camden and Hackney' },
  {
    q: 'learning disabilities',
    places: ['camden', 'hackney', 'southend-on-sea'],
    why: 'learning disability employment gap; Hackney; Core20PLUS5',
  },
  { q: 'air pollution', places: ['camden'], why: 'Camden: air pollution' },
  {
    q: 'fuel poverty',
    places: ['southend-on-sea', 'southwark'],
    why: 'neighbourhood profiles; Southwark healthy standard of living',
  },
  { q: 'living wage', places: ['barking-and-dagenham'], why: 'B&D: paid below the London Living Wage' },
  {
    q: 'ready for school',
    places: ['camden', 'barking-and-dagenham'],
    why: 'Camden healthy and ready for school; B&D outcome 1',
  },
  {
    q: 'drugs',
    places: ['southend-on-sea', 'barking-and-dagenham'],
    why: 'Southend health protection (drug services); B&D drug service trauma-informed care',
  },
  { q: 'older people', places: ['barking-and-dagenham', 'southend-on-sea', 'camden'], why: 'ageing well priorities' },
  { q: 'citizens assembly', places: ['camden'], why: 'Camden Citizens’ Assembly' },
  { q: 'pregnant', places: ['barking-and-dagenham', 'southend-on-sea'], why: 'smoking at delivery; maternity' },
  { q: 'social prescribing', places: ['camden', 'hackney'], why: 'social prescribing in Camden and Hackney' },
  {
    q: 'southend east',
    places: ['southend-on-sea'],
    within: ['/areas/southend-east/'],
    why: 'the Southend East neighbourhood profile',
  },
  { q: 'canvey', places: ['southend-on-sea'], within: ['/areas/canvey/'], why: 'the Canvey neighbourhood profile' },
  {
    q: 'family doctor',
    places: [],
    within: ['/glossary/#term-general-practitioner'],
    why: 'the glossary entry for GP',
  },
  { q: 'a&e', places: [], within: ['/glossary/#term-accident-and-emergency'], why: 'the glossary entry for A&E' },
  {
    q: 'gp',
    places: ['southend-on-sea', 'barking-and-dagenham', 'camden'],
    why: 'a resident’s word the issue lists: GP access and GP-recorded figures in Southend’s board papers and Core20PLUS5, B&D (GP-recognised needs), Camden (GP patients who are lonely)',
  },
  {
    q: 'strep a',
    places: ['southend-on-sea'],
    why: 'the health protection update: invasive group A streptococcal infection',
  },
];
