import type { EvaluationText } from './evaluation-types';

export const tlEvaluation: EvaluationText = {
  nav: 'Pagsusuri',
  boardLink: 'Mga bilang para sa pagsusuri',
  title: 'Mga bilang para sa pagsusuri',
  heading: 'Mga bilang para sa pagsusuri',
  intro:
    'Ilan ang mga field response, at ano ang nangyari, para masuri ng programa mo. Mga numero lang: walang pangalan, walang lugar, walang salaysay.',
  from: { label: 'Mula', hint: 'Ang unang araw, kasama. Binibilang ang mga araw ayon sa lugar ng linya.' },
  to: { label: 'Hanggang', hint: 'Ang huling araw, kasama.' },
  show: 'Ipakita',
  counting: 'Nagbibilang…',
  period: 'Mula {from} hanggang {to}',
  empty: 'Walang naitala sa panahong ito.',
  number: 'Bilang',
  total: 'Kabuuan',
  responses: {
    heading: 'Mga response',
    byState: 'Mga response ayon sa kalagayan',
    byOutcome: 'Mga saradong response ayon sa kinalabasan',
    byUrgency: 'Mga response ayon sa pagkaapurahan',
    state: 'Kalagayan',
    outcome: 'Kinalabasan',
    urgency: 'Pagkaapurahan',
    states: { forming: 'Binubuo', formed: 'Nasa labas', no_team: 'Walang nabuong team', closed: 'Sarado' },
  },
  emergency: {
    heading: 'Emergency services na may pahintulot ng tao',
    intro: 'Kapag hiniling o pinayagan lang ng tao.',
    byReason: 'Emergency services ayon sa dahilan',
    reason: 'Dahilan',
  },
  police: {
    heading: 'Pakikipag-ugnayan sa pulis',
    intro:
      'Hindi kailanman tumatawag ang Kith sa pulis o sa anumang ibang serbisyo; kapag nasangkot pa rin ang pulis, itinatala ito ng team dito para makita at mapag-usapan ng programa.',
    byCategory: 'Pakikipag-ugnayan sa pulis ayon sa kung paano nangyari',
    category: 'Paano nangyari',
  },
  debriefs: { heading: 'Mga debrief', done: 'Tapos na', notDone: 'Hindi pa tapos' },
  followUps: {
    heading: 'Mga follow-up',
    done: 'Tapos na',
    missed: 'Hindi nagawa',
    pending: 'Gagawin pa',
    hint: 'Mga follow-up na dapat gawin sa panahong ito. Ang hindi nagawa ay hindi pa tapos dalawang araw pagkatapos ng takdang araw.',
  },
  errors: {
    fromMissing: 'Ilagay ang unang araw',
    toMissing: 'Ilagay ang huling araw',
    fromInvalid: 'Ilagay ang unang araw bilang totoong petsa',
    toInvalid: 'Ilagay ang huling araw bilang totoong petsa',
    fromAfterTo: 'Ang unang araw ay dapat kapareho o bago ng huling araw',
    general: 'Hindi gumana ang mga petsang iyon. Suriin at subukan ulit',
    failed: 'May nagkamali sa panig namin o sa koneksyon. Subukan ulit',
  },
};
