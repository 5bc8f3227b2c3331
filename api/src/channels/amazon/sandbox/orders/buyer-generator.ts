// Buyers and shipping addresses that look like the marketplace they come from, with faker's per-locale
// builds (imported one by one: the package root would load every locale).
import type { Faker } from '@faker-js/faker';
import { faker as fakerDE } from '@faker-js/faker/locale/de';
import { faker as fakerCA } from '@faker-js/faker/locale/en_CA';
import { faker as fakerGB } from '@faker-js/faker/locale/en_GB';
import { faker as fakerUS } from '@faker-js/faker/locale/en_US';
import { faker as fakerES } from '@faker-js/faker/locale/es';
import { faker as fakerMX } from '@faker-js/faker/locale/es_MX';
import { faker as fakerFR } from '@faker-js/faker/locale/fr';
import { faker as fakerIT } from '@faker-js/faker/locale/it';
import { faker as fakerJA } from '@faker-js/faker/locale/ja';
import type { FakerLocale, Marketplace } from '../amazon/marketplaces.js';
import type { Address, BuyerInfo } from '../amazon/model-types.js';
import type { Random } from '../random.js';

const FAKERS: Readonly<Record<FakerLocale, Faker>> = {
  en_US: fakerUS,
  en_CA: fakerCA,
  es_MX: fakerMX,
  en_GB: fakerGB,
  de: fakerDE,
  fr: fakerFR,
  es: fakerES,
  it: fakerIT,
  ja: fakerJA,
};

export interface GeneratedBuyer {
  buyerInfo: BuyerInfo;
  shippingAddress: Address;
  /** Set for business orders (OrderAddress.BuyerCompanyName). */
  companyName?: string;
}

/** Regions where Amazon addresses carry a state or province abbreviation. */
const ABBREVIATED_REGIONS = new Set(['US', 'CA', 'MX']);

/**
 * A buyer and the address the order ships to. Faker is reseeded from `random` first, so a seeded sandbox
 * makes the same buyers; the shared locale instances stay deterministic per call.
 */
export function generateBuyer(random: Random, marketplace: Marketplace, isBusiness: boolean): GeneratedBuyer {
  const faker = FAKERS[marketplace.locale];
  faker.seed(random.seed());
  const buyerName = faker.person.fullName();
  // A gift or a shipment to someone else: the recipient differs from the buyer now and then.
  const recipient = random.chance(0.15) ? faker.person.fullName() : buyerName;
  const companyName = isBusiness ? faker.company.name() : undefined;
  const localPart = faker.string.alphanumeric({ length: 15, casing: 'lower' });

  const shippingAddress: Address = {
    Name: recipient,
    ...(companyName ? { CompanyName: companyName } : {}),
    AddressLine1: faker.location.streetAddress(),
    ...(random.chance(0.25) ? { AddressLine2: faker.location.secondaryAddress() } : {}),
    City: faker.location.city(),
    StateOrRegion: faker.location.state({ abbreviated: ABBREVIATED_REGIONS.has(marketplace.countryCode) }),
    PostalCode: faker.location.zipCode(),
    CountryCode: marketplace.countryCode,
    Phone: faker.phone.number(),
    AddressType: isBusiness ? 'Commercial' : 'Residential',
  };
  const buyerInfo: BuyerInfo = {
    BuyerEmail: `${localPart}@marketplace.amazon.${marketplace.emailDomain}`,
    BuyerName: buyerName,
    ...(isBusiness && random.chance(0.5) ? { PurchaseOrderNumber: `PO-${random.int(100000, 999999)}` } : {}),
  };
  return { buyerInfo, shippingAddress, ...(companyName ? { companyName } : {}) };
}
