import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { defaultContacts } from '../../../src/notice/contact-table.js';
import { CONTACTS, type Claim, type Contact } from '../../../src/notice/contacts.js';
import { createTranslations } from '../../../src/notice/i18n.js';
import { LANGUAGES, type Language } from '../../../src/notice/language.js';
import { checkCustomTexts, contactText, customReportLink, customText, languageNoteOf, linesOf, nameOf, noteOf, wordingShown } from '../../../src/notice/text.js';
import { AUDIENCES } from '../../../src/notice/audience.js';
import { words } from '../reading.js';

type Tree = { [key: string]: string | Tree };
const locale = (language: Language): Tree => JSON.parse(readFileSync(`locales/${language}.json`, 'utf8'));
const strings = (tree: Tree): string[] => Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : strings(value)));
const translations = createTranslations();


/** Words that state a claim about a service; they may appear only where a fact backs them. */
const ANONYMOUS = /anonie?m|anonym/i;
const FREE = /gratis|gratuit|kostenlos|\bfree\b/i;
const HOURS = /\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s*(?:u|h|uur|Uhr)\b|24\s*\/\s*7|dag en nacht|jour et nuit|rund um die Uhr|day and night/i;

/** What the visitor reads for an audience: title, the message's paragraphs and the lines under it. */
function noticeTexts(language: Language, audience: (typeof AUDIENCES)[number]) {
  const t = translations(language);
  return [t(`${audience}.title`), ...t(`${audience}.message`).split('\n'), ...linesOf(audience, t)];
}

const hasFact = (contact: Contact, claim: Claim, on?: string) =>
  contact.facts.some((fact) => fact.claim === claim && (on === undefined || fact.on === on));

describe('each claim shown maps to a fact of the registry', () => {
  for (const language of LANGUAGES) {
    const t = translations(language);
    const phrases = locale(language).note as Tree;
    // Longer phrases first, so "anonymous chat" is not read as "anonymous".
    const claims = Object.entries(phrases)
      .filter(([key]) => !['in', 'on', 'anonymousReport'].includes(key))
      .sort(([, a], [, b]) => String(b).length - String(a).length);

    for (const contact of CONTACTS) {
      it(`${language} ${contact.id}: the note states exactly the contact's facts`, () => {
        let rest = noteOf(contact, t, language).toLowerCase();
        const stated: string[] = [];
        for (const [claim, phrase] of claims) {
          const lower = String(phrase).toLowerCase();
          if (!rest.includes(lower)) continue;
          stated.push(claim);
          rest = rest.replace(lower, '');
        }
        for (const claim of stated) {
          if (claim === 'anonymousChat') expect(hasFact(contact, 'anonymous', 'chat'), claim).toBe(true);
          else expect(hasFact(contact, claim as Claim), claim).toBe(true);
        }
        // And every fact a note can state is stated.
        for (const fact of contact.facts) {
          if (fact.claim === 'anonymous' && fact.on === 'report') continue;
          const key = fact.claim === 'anonymous' && fact.on === 'chat' ? 'anonymousChat' : fact.claim;
          if (key in phrases) expect(stated, key).toContain(key);
        }
        // No claim words left over: what remains is punctuation and phone numbers.
        expect(rest, 'no anonymity without a fact').not.toMatch(ANONYMOUS);
        expect(rest, 'no hours without a fact').not.toMatch(HOURS);
        // A fact that holds for the phone only is said of the number; a fact of the whole service before it.
        const note = noteOf(contact, t, language);
        const phone = contact.channels.find((channel) => channel.kind === 'phone');
        const numberAt = phone ? note.indexOf(`${phone.number}${language === 'fr' ? '\u202f' : ''}:`) : -1;
        for (const fact of contact.facts) {
          const phrase = String(phrases[fact.claim] ?? '').toLowerCase();
          if (!phrase || fact.on === 'report' || fact.on === 'chat') continue;
          const at = note.toLowerCase().indexOf(phrase);
          if (fact.on === 'phone') expect(numberAt >= 0 && at > numberAt, `${fact.claim} said of the number`).toBe(true);
          else if (numberAt >= 0) expect(at < numberAt, `${fact.claim} said of the whole service`).toBe(true);
        }
        const served = contact.facts.find((fact) => fact.claim === 'languages')?.languages;
        expect(languageNoteOf(contact, t, language) !== '', 'a language note only when the service is not given in this language').toBe(
          served !== undefined && !served.includes(language),
        );
      });

      it(`${language} ${contact.id}: each link label claims only what the facts back`, () => {
        for (const link of contactText(contact, t, language).links) {
          if (ANONYMOUS.test(link.label)) expect(link.channel === 'report' && hasFact(contact, 'anonymous', 'report'), link.label).toBe(true);
          if (/chat/i.test(link.label)) expect(hasFact(contact, 'chat'), link.label).toBe(true);
          if (/mail/i.test(link.label)) expect(hasFact(contact, 'email'), link.label).toBe(true);
          expect(link.label, 'names the service or its number').toMatch(
            new RegExp(`${nameOf(contact, language).replace(/[!/]/g, '.')}|${link.href.replace(/^tel:/, '').replace(/\d{3}$/, '')}`),
          );
        }
      });
    }

    for (const audience of AUDIENCES) {
      it(`${language} ${audience}: title, message and lines promise nothing a service's facts must back`, () => {
        for (const text of noticeTexts(language, audience)) {
          expect(text).not.toMatch(ANONYMOUS);
          expect(text).not.toMatch(FREE);
          expect(text).not.toMatch(HOURS);
        }
      });

      it(`${language} ${audience}: every link of the default contacts reads differently`, () => {
        const labels = defaultContacts(language, audience).flatMap((contact) => contactText(contact, t, language).links.map((link) => link.label));
        labels.push(customReportLink('https://ngo.example/report', t).label);
        expect(new Set(labels).size).toBe(labels.length);
      });
    }

    it(`${language}: every link of every contact reads differently`, () => {
      const labels = CONTACTS.flatMap((contact) => contactText(contact, t, language).links.map((link) => link.label));
      expect(new Set(labels).size).toBe(labels.length);
    });
  }

  it('composes the Child Focus note from its facts', () => {
    const childFocus = CONTACTS.find((contact) => contact.id === 'childfocus')!;
    // Phone-only facts are said of the number, so they never read as said of the chat link below.
    expect(noteOf(childFocus, translations('en'), 'en')).toBe('116\u00a0000: free, day and night, not on the phone bill.');
    expect(languageNoteOf(childFocus, translations('en'), 'en')).toBe('In Dutch or French.');
    expect(noteOf(childFocus, translations('nl'), 'nl')).toBe('116\u00a0000: gratis, dag en nacht, niet op de telefoonrekening.');
    expect(languageNoteOf(childFocus, translations('nl'), 'nl')).toBe('');
    // Without the fact, the claim goes: no template can state it on its own.
    const withoutHours = { ...childFocus, facts: childFocus.facts.filter((fact) => fact.claim !== 'always-open') };
    expect(noteOf(withoutHours, translations('en'), 'en')).toBe('116\u00a0000: free, not on the phone bill.');
    const helpline = CONTACTS.find((contact) => contact.id === '1712')!;
    expect(noteOf(helpline, translations('en'), 'en')).toBe('Free, anonymous, for any question about violence or abuse, not a reporting point. 1712: not on the phone bill.');
  });

  it('promises phone anonymity nowhere for Child Focus or 112 / 101', () => {
    for (const id of ['childfocus', 'emergency']) {
      const contact = CONTACTS.find((candidate) => candidate.id === id)!;
      for (const language of LANGUAGES) expect(noteOf(contact, translations(language), language)).not.toMatch(ANONYMOUS);
    }
  });
});

describe('data-report-url', () => {
  it('adds a form without any promise, and the official reporting point keeps its link', () => {
    for (const language of LANGUAGES) {
      const t = translations(language);
      const custom = customReportLink('https://ngo.example/report', t);
      expect(custom).toMatchObject({ href: 'https://ngo.example/report', channel: 'report', custom: true });
      expect(custom.label).toContain('ngo.example');
      expect(custom.label).not.toMatch(ANONYMOUS);
      const official = contactText(CONTACTS[0], t, language).links.find((link) => link.channel === 'report')!;
      expect(official.href).toBe('https://www.stopchildporno.be/');
      expect(official.label).toContain('Child Focus');
    }
  });
});

describe('length', () => {
  for (const language of LANGUAGES) {
    it(`${language}: titles at most 40 characters, messages and lines at most 25 words`, () => {
      for (const audience of AUDIENCES) {
        const [title, ...paragraphs] = noticeTexts(language, audience);
        expect(title.length, `${audience} title: ${title}`).toBeLessThanOrEqual(40);
        for (const paragraph of paragraphs) expect(words(paragraph), paragraph).toBeLessThanOrEqual(25);
      }
    });
  }

  it('the witness message puts the action first: its first sentence asks and its second says whom to call', () => {
    for (const language of LANGUAGES) {
      const message = translations(language)('witness.message');
      expect(message.split(/[.?]\s/)[1], language).toContain('Child Focus');
    }
  });
});

describe('wording', () => {
  const all = (language: Language) => strings(locale(language)).join('\n');

  it('counts words as a reader does: a number is one word, punctuation none', () => {
    expect(words('Call Child Focus: 116\u00a0000.')).toBe(4);
    expect(words('moins de 18\u00a0ans\u202f?')).toBe(4);
    expect(words('SOS Viol 0800\u00a098\u00a0100 ; ok')).toBe(4);
  });

  it('promises no safety to the one who reports, and says seeing such images by accident is not punishable', () => {
    const safe = /veilig|sans crainte|sicher|\bsafe/i;
    const accident = { nl: /toevallig/, fr: /par hasard/, de: /zufällig/, en: /by accident/ };
    for (const language of LANGUAGES) {
      expect(all(language), language).not.toMatch(safe);
      expect(translations(language)('witness.accident'), language).toMatch(accident[language]);
    }
  });

  it('the law line puts the reward on the sex, not on the minor (whoever is paid)', () => {
    const reward = { nl: /seks met iemand jonger dan 18 in ruil voor/, fr: /acte sexuel avec quelqu’un de moins de 18\u00a0ans contre/, de: /Sex mit Personen unter 18 gegen/, en: /for sex with anyone under 18/ };
    for (const language of LANGUAGES) expect(translations(language)('witness.law'), language).toMatch(reward[language]);
  });

  it('labels the reporting point as one for images, and the operator form as the platform\'s own, never "via"', () => {
    const images = { nl: /beelden/, fr: /images/, de: /Bilder/, en: /images/ };
    for (const language of LANGUAGES) {
      const t = translations(language);
      expect(t('channel.report', { name: 'X' }), language).toMatch(images[language]);
      expect(t('channel.reportCustom', { host: 'example.org' }), language).not.toMatch(/via|über/i);
    }
  });

  it('says nowhere that showing a contact makes a platform compliant with a decree', () => {
    for (const language of LANGUAGES) expect(all(language), language).not.toMatch(/conform|compliant|compliance|konform|besluit|décret|decree|\bErlass/i);
  });

  it('never says that reporting is compulsory', () => {
    const duty = /verplicht|obligatoire|obligation|oblig[ée]|verpflichtet|pflicht|must report|required|legal duty|moet melden|müssen melden|devez signaler/i;
    for (const language of LANGUAGES) expect(all(language), language).not.toMatch(duty);
  });

  it('keeps numbers on one line: a no-break space inside every number', () => {
    for (const language of LANGUAGES) expect(all(language), language).not.toMatch(/\d [\d]/);
    for (const contact of CONTACTS) {
      for (const channel of contact.channels) if (channel.kind === 'phone') expect(channel.number).not.toMatch(/\d \d/);
    }
  });

  it('French: a narrow no-break space before ? ! : ; and none of the point médian', () => {
    const french = all('fr');
    // A service's own name keeps its spelling (the registry's "Stop it Now!").
    expect(french.replaceAll('Stop it Now!', '')).not.toMatch(/[^\u202f][?!:;]/u);
    expect(french).not.toMatch(/·/);
    expect(french).toMatch(/moins de 18\u00a0ans/);
    expect(french).not.toMatch(/pour du sexe|\bcrime\b/i);
  });

  it('names the acts the law punishes, with the 2022 legal term, and says under 18', () => {
    const t = (language: Language) => translations(language);
    expect(t('nl')('witness.message')).toContain('beelden van seksueel misbruik van minderjarigen'.replace(/^b/, 'B'));
    expect(t('fr')('witness.message')).toContain('images d\u2019abus sexuels de mineurs');
    for (const language of LANGUAGES) {
      const law = t(language)('witness.law');
      expect(law, language).toMatch(/18/);
      expect(all(language), language).not.toMatch(/kinderporno|pédopornograph|kinderpornograf|child porn/i);
    }
  });

  it('never mixes in the registry name of a service that is not in the registry', () => {
    for (const language of LANGUAGES) expect(all(language), language).not.toMatch(/30\s?030|SéOS|vanaf 15|dès 15|ab 15|from (age )?15/i);
  });
});

describe('operator wording is never shown in a second language', () => {
  const texts = { 'title-all': 'Eigen titel', 'title-fr': 'Titre propre' };

  it('per-language wording shows in its language; generic wording only in the language data-lang names', () => {
    expect(customText(texts, 'title', 'nl', 'nl')).toBe('Eigen titel');
    expect(customText(texts, 'title', 'fr', 'nl')).toBe('Titre propre');
    expect(customText(texts, 'title', 'de', 'nl')).toBeUndefined();
    // With "auto" the generic wording's language is unknown: it is never shown.
    for (const language of LANGUAGES) expect(customText({ 'title-all': 'Eigen titel' }, 'title', language, 'auto')).toBeUndefined();
    expect(customText(texts, 'title', 'fr', 'auto')).toBe('Titre propre');
  });

  it('warns about generic wording with data-lang="auto", and advises (for check mode) about each language that lacks wording', () => {
    const warn = vi.fn();
    const advise = vi.fn();
    checkCustomTexts({ 'title-all': 'Eigen titel' }, 'auto', ['nl', 'fr'], warn, advise);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain('data-title is not shown with data-lang="auto"');

    warn.mockClear();
    advise.mockClear();
    checkCustomTexts({ 'message-nl': 'Eigen tekst' }, 'nl', ['nl', 'fr'], warn, advise);
    expect(warn).not.toHaveBeenCalled();
    expect(advise.mock.calls).toEqual([['data-message is missing for fr; the default shows there.']]);

    advise.mockClear();
    checkCustomTexts({ 'message-nl': 'Eigen tekst' }, 'auto', [], warn, advise);
    expect(warn).not.toHaveBeenCalled();
    expect(advise.mock.calls).toEqual([['data-message is missing for fr, de, en; the default shows there.']]);
  });

  it('stays silent when every language the banner can show has wording, or none has', () => {
    const warn = vi.fn();
    checkCustomTexts({ 'title-all': 'Eigen titel' }, 'nl', [], warn, warn);
    checkCustomTexts({ 'title-nl': 'Eigen titel', 'title-fr': 'Titre' }, 'fr', ['nl', 'fr'], warn, warn);
    checkCustomTexts({}, 'auto', ['nl', 'fr', 'de', 'en'], warn, warn);
    // Wording for one language, which alone is offered: the NGO's choice, nothing to say.
    checkCustomTexts({ 'title-fr': 'Titre' }, 'fr', ['fr'], warn, warn);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('the client notice', () => {
  const paragraphsOf = (language: Language) => translations(language)('client.message').split('\n');

  it('names the reward, not sex alone, in its title (the age of consent is 16): a minor paid for, or anything else in return', () => {
    const reward = { nl: /kopen/, fr: /tarifé/, de: /Sexkauf/, en: /Paying/ };
    for (const language of LANGUAGES) expect(translations(language)('client.title'), language).toMatch(reward[language]);
  });

  it('says, in this order: the crime (under 18, money or anything else, the minor a victim), walk away in doubt, call Child Focus, help to stop', () => {
    const expected = {
      nl: [/jonger dan 18 in ruil voor geld of iets anders is strafbaar.*altijd slachtoffer/, /Twijfel/, /Bel Child Focus: 116\u00a0000/, /Stop it Now!/],
      fr: [/moins de 18\u00a0ans contre de l’argent ou autre chose est une infraction.*toujours victime/, /doute/, /Appelez Child Focus au 116\u00a0000/, /Stop it Now!/],
      de: [/unter 18 gegen Geld oder andere Vorteile ist strafbar.*immer Opfer/, /Zweifel/, /Rufen Sie Child Focus an: 116\u00a0000/, /Stop it Now!/],
      en: [/under 18 in return for money or anything else is a crime.*always a victim/, /Not sure/, /Call Child Focus: 116\u00a0000/, /Stop it Now!/],
    };
    for (const language of LANGUAGES) {
      const paragraphs = paragraphsOf(language);
      expect(paragraphs, language).toHaveLength(4);
      paragraphs.forEach((paragraph, index) => expect(paragraph, `${language} ${index + 1}`).toMatch(expected[language][index]));
    }
  });

  it('says that Stop it Now! speaks Dutch wherever the reader does not, as its language note does; no French-language line', () => {
    const stopItNow = CONTACTS.find((contact) => contact.id === 'stopitnow')!;
    for (const language of LANGUAGES) {
      const t = translations(language);
      const help = paragraphsOf(language)[3];
      const dutch = t('languageNames.nl');
      if (language === 'nl') expect(help).not.toMatch(/Nederlands/i);
      else expect(help.toLowerCase(), language).toContain(dutch.toLowerCase());
      expect(languageNoteOf(stopItNow, t, language) !== '', language).toBe(language !== 'nl');
    }
  });

  it('promises no anonymity, immunity or safety, threatens no tracing, and makes reporting no duty', () => {
    const promises = /anonie?m|anonym|immun|straffeloos|impuni|straffrei|veilig|safe|sicher|crainte|trace|traceer|rückverfolg|\bIP\b|plicht|Pflicht|duty|obligat|verplicht|must report/i;
    for (const language of LANGUAGES) {
      const t = translations(language);
      for (const text of [t('client.title'), t('client.message'), ...linesOf('client', t)]) expect(text, language).not.toMatch(promises);
    }
  });

  it('labels the help-to-stop link by what it is for, so it reads alone on a folded bar', () => {
    const stopItNow = CONTACTS.find((contact) => contact.id === 'stopitnow')!;
    const labels = { nl: 'Hulp om te stoppen: Stop it Now!', fr: 'Aide pour arrêter\u202f: Stop it Now!', de: 'Hilfe zum Aufhören: Stop it Now!', en: 'Help to stop: Stop it Now!' };
    for (const language of LANGUAGES) {
      expect(contactText(stopItNow, translations(language), language).links.map((link) => link.label), language).toEqual([labels[language]]);
    }
  });

  it('under the message: the line for the young person who may be advertised, and the emergency numbers', () => {
    const t = translations('en');
    expect(linesOf('client', t)).toEqual([t('witness.advertised'), t('witness.danger')]);
    expect(linesOf('youth', t)).toEqual([]);
  });
});

describe('contactText', () => {
  it('composes a contact once per translator, and again for another translator', () => {
    const [childFocus] = defaultContacts('nl', 'witness');
    const t = translations('nl');
    const first = contactText(childFocus, t, 'nl');
    // A render after the first (the visitor unfolding the notice) reuses the text.
    expect(contactText(childFocus, translations('nl'), 'nl')).toBe(first);
    // Another language, or translations with other resources, compose it anew.
    expect(contactText(childFocus, translations('fr'), 'fr').links[0].label).not.toBe(first.links[0].label);
    const other = createTranslations({ nl: { translation: { channel: { phone: 'Bel {{name}} op {{number}}' } } } })('nl');
    expect(contactText(childFocus, other, 'nl').links[0].label).toBe('Bel Child Focus op 116\u00a0000');
  });
});

describe('which of two wordings a page view shows', () => {
  const texts = { 'title-b-nl': 'Tweede titel', 'message-b-en': 'Second message' };

  it('the second only where it drew it and one is given for the language on screen', () => {
    expect(wordingShown(true, texts, 'nl', 'auto')).toBe('b');
    expect(wordingShown(false, texts, 'nl', 'auto')).toBe('a');
    expect(wordingShown(true, texts, 'fr', 'auto')).toBe('a');
    expect(wordingShown(true, texts, 'en', 'auto')).toBe('b');
    expect(wordingShown(true, {}, 'nl', 'nl')).toBe('a');
  });
});
