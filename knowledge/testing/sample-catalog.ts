import { type Product, productSchema, type StoreDocument, storeDocumentSchema } from '../catalog/product.ts';

/** A small catalog that each test can own and modify. */
export function sampleCatalog(): { products: Product[]; documents: StoreDocument[] } {
  const products = [
    {
      id: 'trail-runner',
      title: 'Trail Runner GTX',
      brand: 'Northpeak',
      category: 'shoes',
      description: 'A waterproof trail running shoe with a grippy lugged outsole.',
      tags: ['running', 'outdoor'],
      variants: [
        { id: 'tr-40', title: 'EU 40', options: { Size: 'EU 40' }, price: 139, inventory: 4 },
        { id: 'tr-42', title: 'EU 42', options: { Size: 'EU 42' }, price: 139, inventory: 0 },
      ],
      attributes: { material: 'Recycled mesh upper, rubber outsole', returnPolicy: '30-day returns' },
      features: ['Gore-Tex membrane keeps feet dry', 'Rock plate protects on stony trails'],
      reviews: [{ rating: 4, text: 'Runs half a size small, order up.' }],
      faqs: [{ question: 'Is it good for road running?', answer: 'It works on roads but shines on trails.' }],
    },
    {
      id: 'sport-buds',
      title: 'SportBuds Wireless Earbuds',
      brand: 'Sonora',
      category: 'audio',
      description: 'Bluetooth earbuds with ear hooks that stay put during workouts.',
      variants: [{ id: 'sb', title: 'Default', price: 79, compareAtPrice: 99, inventory: 25 }],
      attributes: { batteryLife: '8 hours, 24 with case', warranty: '1 year' },
      features: ['IPX5 sweat resistance', 'Secure ear hooks'],
      reviews: [{ rating: 5, text: 'Never fall out on long runs.' }],
    },
    {
      id: 'silk-scarf',
      title: 'Silk Twill Scarf',
      brand: 'Atelier Nova',
      category: 'accessories',
      description: 'Hand-rolled silk twill scarf with a botanical print.',
      variants: [{ id: 'ss', title: 'Default', price: 180, inventory: 7 }],
      attributes: { material: '100% silk' },
      features: ['Hand-rolled edges'],
    },
    {
      id: 'espresso-cups',
      title: 'Porcelain Espresso Cups, set of 4',
      brand: 'Casa Forma',
      category: 'home',
      description: 'Thin-walled porcelain cups for espresso lovers.',
      variants: [{ id: 'ec', title: 'Default', price: 36, inventory: 0 }],
      features: ['Dishwasher safe'],
    },
    {
      id: 'night-cream',
      title: 'Barrier Repair Night Cream',
      brand: 'Lumen Skin',
      category: 'skincare',
      description: 'A rich ceramide night cream for dry, tight skin.',
      variants: [{ id: 'nc', title: '50 ml', options: { Size: '50 ml' }, price: 54, inventory: 40 }],
      attributes: { ingredients: 'Ceramides, squalane, niacinamide' },
      features: ['Fragrance free', 'Suitable for sensitive skin'],
    },
  ].map((product) => productSchema.parse(product));
  const documents = [
    storeDocumentSchema.parse({
      id: 'returns',
      title: 'Returns and refunds',
      kind: 'policy',
      body: '# Returns and refunds\n\n## Window\n\nReturn unworn items within 30 days for a full refund.\n\n## Final sale\n\nEarrings and swimwear are final sale.',
    }),
  ];
  return { products, documents };
}
