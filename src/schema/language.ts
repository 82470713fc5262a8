import { z } from 'zod';

/** Languages Parley ships dialogue text and interface text in. */
export const LanguageSchema = z.enum(['en', 'es', 'zh']).meta({
  description: 'Language code: en (English), es (Spanish), zh (Chinese).',
});
export type Language = z.infer<typeof LanguageSchema>;
export const LANGUAGES = LanguageSchema.options;

/** Catalog text that every learner sees in their own language. */
export const LocalizedTextSchema = z.strictObject({ en: z.string().min(1), es: z.string().min(1), zh: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const LocalizedListSchema = z.strictObject({
  en: z.array(z.string().min(1)).min(1),
  es: z.array(z.string().min(1)).min(1),
  zh: z.array(z.string().min(1)).min(1),
});
export type LocalizedList = z.infer<typeof LocalizedListSchema>;
