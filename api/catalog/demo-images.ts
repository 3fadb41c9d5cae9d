import express from 'express';
import { getProduct, type Queryable } from '../../knowledge/index.ts';

/** Two tones per demo category: the demo catalog ships without photos, so its pictures are drawn. */
const palettes: Record<string, [string, string]> = {
  skincare: ['#f6e3da', '#d9a38f'],
  makeup: ['#f8dde4', '#c76b86'],
  haircare: ['#e9e4f5', '#8f7cc2'],
  fragrance: ['#f3ead7', '#c4a25a'],
  womenswear: ['#efe1d5', '#a8785a'],
  menswear: ['#dfe5ea', '#5d7485'],
  shoes: ['#ece3da', '#8b6a50'],
  bags: ['#f0e0cc', '#9c6b3c'],
  jewellery: ['#f4efe1', '#b8963e'],
  watches: ['#e2e6e9', '#4f5d68'],
  audio: ['#e1e7e4', '#4d6b5e'],
  cameras: ['#e4e4e4', '#555555'],
  'phones-tablets': ['#e0e8f0', '#4a6a8a'],
  wearables: ['#dff0ea', '#3e8a6f'],
  'home-kitchen': ['#f1e9dc', '#a3805a'],
  'home-decor': ['#e9efe2', '#76905a'],
};

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);

/** A square picture of a demo product: its category's tones, its initials and its name. */
export function demoProductSvg(product: { title: string; category?: string; brand?: string }): string {
  const [light, dark] = palettes[product.category ?? ''] ?? ['#eeeeee', '#777777'];
  const initials = product.title
    .split(/\s+/)
    .filter((word) => /^[A-Za-z]/.test(word))
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('');
  const name = product.title.length > 26 ? `${product.title.slice(0, 25)}…` : product.title;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" role="img" aria-label="${escapeXml(product.title)}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${dark}"/></linearGradient></defs>
<rect width="400" height="400" fill="url(#g)"/>
<circle cx="200" cy="170" r="96" fill="#ffffff" fill-opacity="0.35"/>
<text x="200" y="200" text-anchor="middle" font-family="Georgia, serif" font-size="84" fill="#ffffff">${escapeXml(initials)}</text>
<text x="200" y="330" text-anchor="middle" font-family="system-ui, sans-serif" font-size="24" fill="#ffffff">${escapeXml(name)}</text>
${product.brand ? `<text x="200" y="362" text-anchor="middle" font-family="system-ui, sans-serif" font-size="17" fill="#ffffff" fill-opacity="0.85">${escapeXml(product.brand)}</text>` : ''}
</svg>`;
}

/** Serves `/demo/images/<product id>.svg`, the pictures the demo catalog points to. */
export function demoImages(db: Queryable) {
  const router = express.Router();
  router.get('/demo/images/:file', async (request, response) => {
    const match = /^([\w-]+)\.svg$/.exec(String(request.params.file));
    const product = match ? await getProduct(db, match[1]!) : null;
    if (!product) {
      response.status(404).type('text').send('No such demo image.');
      return;
    }
    response.setHeader('Cache-Control', 'public, max-age=86400');
    response.type('image/svg+xml').send(demoProductSvg(product));
  });
  return router;
}
