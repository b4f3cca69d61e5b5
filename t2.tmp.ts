import { extract } from './src/extract/index.js';
const meta = { title: null, author: null, published: '2021-10-20', publisher: 'Test Wire', url: null };
for (const text of [
  'On 14 October 2021 an IED killed a Taliban district police chief in Asadabad, Kunar province, Radio Free Europe/Gandhara reported.',
  'Afghan intelligence (NDS) arrested ISKP leader Abdullah Orakzai, alias Aslam Farooqi, in Kabul on 6 April 2020.',
  'ISKP claimed about 500 killed in six attacks in ten weeks.',
  'Gunmen on motorbikes shot dead two policemen in Quetta on Monday. At least six people were wounded when a bomb exploded near a market in Peshawar.',
]) {
  const r = extract({ text, meta });
  for (const e of r.events) console.log(e.type, e.date?.start, e.place?.name, JSON.stringify(e.actors.map(a=>[a.role,a.mention,a.kind])), e.weapons, JSON.stringify(e.casualties), e.certainty, e.attribution.source);
}
