import type { DebtPurpose } from '../schema/catalog.js';

/**
 * Which debts each instrument covers, by the short name references use. Parley's
 * commercial debts are trade credit between businesses (a supplier's unpaid
 * invoice), which neither consumer-protection statutes nor the rules for banks,
 * lenders and their collection agencies reach; general criminal and public-order
 * law covers both. A reference's own `debts` overrides this; an instrument not
 * listed here is taken to cover both kinds.
 */
export const LAW_SCOPE: Readonly<Record<string, readonly DebtPurpose[]>> = {
  FDCPA: ['consumer'],
  'Reg F': ['consumer'],
  'CFPB advisory opinion': ['consumer'],
  'FTC 2011 decedent-debt policy statement': ['consumer'],
  'FCA CONC': ['consumer'],
  'FCA MCOB': ['consumer'],
  'CBA 2026 guideline': ['consumer'],
  'CBRC 2011 credit-card measures': ['consumer'],
  'NFRA 2024 consumer-finance company measures': ['consumer'],
  'NFRA 2025 small-loan measures': ['consumer'],
  'NIFA 2018 convention': ['consumer'],
  'NIFA post-loan collection standard': ['consumer'],
  CONDUSEF: ['consumer'],
  'Ley 19.496': ['consumer'],
};
