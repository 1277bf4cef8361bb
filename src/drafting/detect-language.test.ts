import { describe, expect, it } from 'vitest';
import { detectDraftLanguage, guessLanguage, guessProfileLanguage } from './detect-language.ts';

describe('guessLanguage (the pure fallback)', () => {
  it.each([
    ['Je conçois des outils pour les équipes soignantes, et je travaille avec les infirmières depuis 2019.', 'fr'],
    ['Ich bin Datenanalystin bei einem Energieversorger und arbeite seit fünf Jahren mit Zeitreihen.', 'de'],
    ['Soy investigadora en un centro de salud pública y trabajo con datos de vacunación desde 2018.', 'es'],
    ['I lead a small team that builds tools for the people who plan city bus routes.', 'en'],
  ])('recognises %s', (text, lang) => {
    expect(guessLanguage(text)).toBe(lang);
  });

  it.each([
    ['a keyword headline', 'Gen AI | Data Science | NLP Python BERT'],
    ['a name and a company', 'Data Scientist bei Beispiel GmbH'],
    [
      'Dutch, which shares "de" and "en"',
      'Ik ben een onderzoeker bij de universiteit en werk aan de toekomst van energie.',
    ],
    ['Italian', 'Sono un ingegnere e lavoro nel gruppo della mobilità per la città di Torino.'],
    ['Japanese', '東京でソフトウェアエンジニアとして働いています。'],
    ['too little', 'Bonjour'],
    ['nothing', ''],
  ])('says nothing for %s', (_, text) => {
    expect(guessLanguage(text)).toBeNull();
  });
});

describe('detectDraftLanguage', () => {
  const french = {
    about: 'Je suis designer et je travaille pour les équipes de soin à Lyon.',
    headline: 'Product designer',
  };

  it('takes the About first, then the headline', async () => {
    expect(await detectDraftLanguage(french)).toBe('fr');
    expect(
      await detectDraftLanguage({ about: null, headline: 'Ingeniera de datos y de sistemas en el sector de la salud' }),
    ).toBe('es');
    expect(guessProfileLanguage(french)).toBe('fr');
  });

  it('is null when no text is in one of the four, or when the person writes in another language', async () => {
    expect(await detectDraftLanguage(null)).toBeNull();
    expect(
      await detectDraftLanguage({
        about: '東京でソフトウェアエンジニアとして働いています。',
        headline: 'Software engineer at a company in the city',
      }),
    ).toBeNull();
  });

  it('uses the given detector, and a confident answer outside the four means none of them', async () => {
    expect(await detectDraftLanguage(french, () => 'de')).toBe('de');
    expect(await detectDraftLanguage(french, async () => 'nl')).toBeNull();
    // An unsure detector on the About passes to the headline.
    expect(await detectDraftLanguage(french, (t) => (t === french.about ? null : 'es'))).toBe('es');
  });

  it('falls back to the pure guess when the detector throws', async () => {
    const failing = () => {
      throw new Error('no detector here');
    };
    expect(await detectDraftLanguage(french, failing)).toBe('fr');
  });
});
