// The products orders are made of: by default the demo catalog, so SKUs in sandbox orders are the SKUs the
// demo store stocks. Disabled and out-of-stock SKUs are kept apart and used only now and then, so that the
// connector's blocked imports can be shown without most orders being blocked.
import { DEMO_CATALOG } from '@orderdesk/migrations';
import type { Random } from '../random.js';

export interface SandboxProduct {
  sku: string;
  name: string;
  asin: string;
  /** Unit price in USD as a decimal string; converted for other marketplaces. */
  price: string;
  on_hand?: number;
  is_enabled?: boolean;
}

export interface ProductPool {
  pick(random: Random, count: number, problemRate: number): SandboxProduct[];
  /** The product for a SKU; an unknown SKU gets a made-up listing (to show an import blocked by it). */
  forSku(sku: string): SandboxProduct;
}

export function defaultProducts(): SandboxProduct[] {
  return DEMO_CATALOG.map((p) => ({ ...p }));
}

const isProblem = (p: SandboxProduct): boolean => p.is_enabled === false || p.on_hand === 0;

export function createProductPool(products: readonly SandboxProduct[]): ProductPool {
  if (products.length === 0) throw new Error('the sandbox needs at least one product');
  const good = products.filter((p) => !isProblem(p));
  const problem = products.filter(isProblem);
  const bySku = new Map(products.map((p) => [p.sku, p]));
  const sellable = good.length > 0 ? good : [...products];

  return {
    pick(random, count, problemRate) {
      const chosen = new Map<string, SandboxProduct>();
      const wanted = Math.min(count, products.length);
      while (chosen.size < wanted) {
        const fromProblems = problem.length > 0 && random.chance(problemRate);
        const product = random.pick(fromProblems ? problem : sellable);
        chosen.set(product.sku, product);
      }
      return [...chosen.values()];
    },
    forSku(sku) {
      const known = bySku.get(sku);
      if (known) return known;
      let hash = 0;
      for (const ch of sku) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
      return {
        sku,
        name: `Sandbox listing ${sku}`,
        asin: `B0X${String(hash % 10_000_000).padStart(7, '0')}`,
        price: '19.99',
        on_hand: 0,
        is_enabled: false,
      };
    },
  };
}
