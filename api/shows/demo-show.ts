import type { ShowDirectory } from './show-directory.ts';

/** The 24/7 show `npm start` opens onto: the AI host presents a tour of the demo catalog. */
export function ensureDemoShow(shows: ShowDirectory) {
  return shows.ensure({
    id: 'demo',
    title: 'Maison Vitrine Live — the 24/7 edit',
    mode: 'stream',
    hostName: 'Vita',
    settings: {
      beatSeconds: 45,
      lineup: ['cashmere-crew', 'dew-serum', 'leather-crossbody', 'meridian-solar-chrono', 'groove-turntable', 'block-heel-sandal', 'diamond-solitaire-studs', 'pour-over-set'],
      welcome: 'Welcome to Maison Vitrine Live!',
      botAnswers: true,
    },
  });
}
