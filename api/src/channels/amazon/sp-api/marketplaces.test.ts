import { describe, expect, it } from 'vitest';
import { AMAZON_REGIONS } from '@orderdesk/migrations';
import { KNOWN_MARKETPLACE_IDS, MARKETPLACES } from '../sandbox/amazon/marketplaces.js';
import { AMAZON_MARKETPLACES, findAmazonMarketplace, marketplacesOfRegion } from './marketplaces.js';

describe("Amazon's marketplaces", () => {
  it('are the ones the sandbox knows, each once, with the country the sandbox gives it', () => {
    const ids = AMAZON_MARKETPLACES.map((marketplace) => marketplace.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...KNOWN_MARKETPLACE_IDS].sort());
    for (const sandboxMarketplace of MARKETPLACES)
      expect(findAmazonMarketplace(sandboxMarketplace.id)?.countryCode).toBe(sandboxMarketplace.countryCode);
  });

  it('sit in the region whose endpoint serves them', () => {
    expect(
      AMAZON_REGIONS.map((region) => AMAZON_MARKETPLACES.filter((m) => m.region === region).length),
    ).toEqual([4, 16, 3]);
    expect(findAmazonMarketplace('ATVPDKIKX0DER')?.region).toBe('na');
    expect(findAmazonMarketplace('A1F83G8C2ARO7P')?.region).toBe('eu');
    expect(findAmazonMarketplace('A1VC38T7YXB528')?.region).toBe('fe');
    expect(findAmazonMarketplace('atvpdkikx0der')).toBeUndefined();
    expect(marketplacesOfRegion('fe')).toBe('A19VAU5U5O7RUS (SG), A39IBJ37TRP1C6 (AU), A1VC38T7YXB528 (JP)');
  });
});
