// The demo catalog: what the demo store sells on Amazon and what the SP-API sandbox puts in its orders.
// Two disabled SKUs and one out of stock let blocked imports be seen in the demo.

export interface DemoProduct {
  sku: string;
  /** Amazon's ASIN for the listing (made up, Amazon's format). */
  asin: string;
  name: string;
  /** Unit price in USD, as a decimal string. */
  price: string;
  on_hand: number;
  is_enabled: boolean;
}

type Row = [sku: string, name: string, price: string, onHand: number, enabled?: boolean];

const ROWS: readonly Row[] = [
  ['OD-MUG-001', 'Ceramic Coffee Mug 350 ml', '12.99', 240],
  ['OD-MUG-002', 'Insulated Travel Mug 470 ml', '24.50', 180],
  ['OD-KIT-001', 'Stainless Steel Electric Kettle 1.7 L', '49.90', 65],
  ['OD-KIT-002', 'Bamboo Cutting Board Set (3 pcs)', '29.95', 120],
  ['OD-KIT-003', "Chef's Knife 20 cm", '59.00', 45],
  ['OD-KIT-004', 'Silicone Baking Mat (2-pack)', '14.49', 310],
  ['OD-KIT-005', 'Glass Food Storage Containers (10 pcs)', '34.99', 90],
  ['OD-KIT-006', 'Pour-Over Coffee Dripper', '19.00', 150],
  ['OD-HOM-001', 'Linen Throw Pillow Cover 45 x 45 cm', '18.75', 260],
  ['OD-HOM-002', 'Scented Soy Candle, Cedar & Sage', '22.00', 200],
  ['OD-HOM-003', 'Cotton Bath Towel Set (4 pcs)', '39.90', 75],
  ['OD-HOM-004', 'LED Desk Lamp with Dimmer', '44.99', 60],
  ['OD-HOM-005', 'Wall Clock 30 cm, Silent Movement', '27.50', 85],
  ['OD-OFF-001', 'A5 Dotted Notebook, Hardcover', '11.90', 480],
  ['OD-OFF-002', 'Gel Pens, Black (12-pack)', '9.99', 500],
  ['OD-OFF-003', 'Aluminium Laptop Stand', '36.00', 110],
  ['OD-OFF-004', 'Desk Organizer, Walnut', '42.00', 40],
  ['OD-OFF-005', 'Wireless Presenter Remote', '26.99', 55],
  ['OD-ELE-001', 'USB-C Charging Cable 2 m (2-pack)', '15.99', 420],
  ['OD-ELE-002', 'Wireless Charging Pad 15 W', '29.99', 160],
  ['OD-ELE-003', 'Bluetooth Speaker, Waterproof', '54.95', 70],
  ['OD-ELE-004', 'Power Bank 10000 mAh', '32.49', 140],
  ['OD-ELE-005', 'Noise-Cancelling Earbuds', '89.00', 35],
  ['OD-ELE-006', 'Smart Plug (2-pack)', '24.99', 95],
  ['OD-OUT-001', 'Insulated Water Bottle 750 ml', '27.00', 330],
  ['OD-OUT-002', 'Camping Headlamp, Rechargeable', '21.49', 125],
  ['OD-OUT-003', 'Packable Rain Jacket, Unisex M', '64.00', 50],
  ['OD-OUT-004', 'Trekking Poles, Carbon (pair)', '79.90', 25],
  ['OD-OUT-005', 'Two-Person Dome Tent', '149.00', 0],
  ['OD-FIT-001', 'Yoga Mat 6 mm, Non-Slip', '34.50', 150],
  ['OD-FIT-002', 'Resistance Bands Set (5 levels)', '19.99', 275],
  ['OD-FIT-003', 'Adjustable Jump Rope', '12.49', 190],
  ['OD-TOY-001', 'Wooden Building Blocks (50 pcs)', '38.00', 80],
  ['OD-TOY-002', 'Jigsaw Puzzle 1000 pcs, World Map', '21.99', 100],
  ['OD-TOY-003', 'Remote Control Car 1:18', '45.00', 30, false],
  ['OD-PET-001', 'Dog Leash, Reflective 1.5 m', '16.90', 210],
  ['OD-PET-002', 'Cat Scratching Post 60 cm', '33.00', 20],
  ['OD-APP-001', 'Merino Wool Socks (3 pairs)', '28.00', 230],
  ['OD-APP-002', 'Cotton Baseball Cap, Navy', '17.50', 160],
  ['OD-APP-003', 'Knitted Beanie, Charcoal', '15.00', 140, false],
];

export const DEMO_CATALOG: readonly DemoProduct[] = ROWS.map(([sku, name, price, onHand, enabled], i) => ({
  sku,
  asin: `B0DEMO${String(i + 1).padStart(4, '0')}`,
  name,
  price,
  on_hand: onHand,
  is_enabled: enabled ?? true,
}));

/** The demo SKUs, in catalog order. */
export const DEMO_SKUS: readonly string[] = DEMO_CATALOG.map((p) => p.sku);
