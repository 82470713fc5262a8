// The two NLP.js Snowball stemmers the lint uses (the packages ship no types).
interface NlpjsStemmer {
  stemWord(word: string): string;
}
declare module '@nlpjs/lang-en-min/src/stemmer-en.js' {
  const StemmerEn: new () => NlpjsStemmer;
  export default StemmerEn;
}
declare module '@nlpjs/lang-es/src/stemmer-es.js' {
  const StemmerEs: new () => NlpjsStemmer;
  export default StemmerEs;
}
