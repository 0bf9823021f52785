import { describe, expect, it } from 'vitest';
import { CONTACT_TABLE, GATE_AUDIENCE, PLACES, contactsFor, defaultContacts, foldedLinks, shownContacts, type LinkRef } from '../../../src/notice/contact-table.js';
import { CONTACTS, DEFAULT_CONTACTS, chooseContacts, type Contact } from '../../../src/notice/contacts.js';
import { LANGUAGES, type Language } from '../../../src/notice/language.js';
import { AUDIENCES } from '../../../src/notice/audience.js';

const contact = (id: string) => CONTACTS.find((candidate) => candidate.id === id)! as Contact;
const speaks = (id: string, language: Language) =>
  contact(id).facts.some((fact) => fact.claim === 'languages' && fact.languages?.includes(language));
const hasChat = (id: string) => contact(id).facts.some((fact) => fact.claim === 'chat');
const idOf = (ref: LinkRef) => ref.slice(0, ref.lastIndexOf(':'));
const kindOf = (ref: LinkRef) => ref.slice(ref.lastIndexOf(':') + 1);
/** Languages the registry has a line in: a young reader of one of these must get it. */
const served = (language: Language) => CONTACTS.some((each) => speaks(each.id, language));

describe('the contact table', () => {
  it('has a row for every audience × language, with every place', () => {
    for (const audience of AUDIENCES) {
      for (const language of LANGUAGES) {
        expect(Object.keys(CONTACT_TABLE[audience][language]).sort(), `${audience} ${language}`).toEqual([...PLACES].sort());
      }
    }
  });

  it('names registry services and links only, each once, Child Focus first', () => {
    for (const audience of AUDIENCES) {
      for (const language of LANGUAGES) {
        const row = CONTACT_TABLE[audience][language];
        for (const place of ['bar-unfolded', 'gate-question', 'gate-minor'] as const) {
          const ids = row[place];
          expect(ids[0], `${audience} ${language} ${place}`).toBe('childfocus');
          expect(new Set(ids).size, `${audience} ${language} ${place}`).toBe(ids.length);
          expect(contactsFor(language, audience, place).map((each) => each.id)).toEqual(ids);
        }
        for (const ref of row['bar-folded']) {
          // A folded link is one of the unfolded list's, so the list unfolds in place.
          expect(row['bar-unfolded'], `${audience} ${language} ${ref}`).toContain(idOf(ref));
          expect(contact(idOf(ref)).channels.map((channel) => channel.kind), ref).toContain(kindOf(ref));
        }
      }
    }
  });

  it('every list of the bar and the gate keeps the services the notice exists for (Child Focus and 1712)', () => {
    for (const audience of AUDIENCES) {
      for (const language of LANGUAGES) {
        for (const place of ['bar-unfolded', 'gate-question', 'gate-minor'] as const) {
          for (const id of DEFAULT_CONTACTS) expect(CONTACT_TABLE[audience][language][place], `${audience} ${language} ${place}`).toContain(id);
        }
      }
    }
  });

  it('a young reader gets the same services from the bar and from the gate, whatever the audience', () => {
    for (const language of LANGUAGES) {
      for (const audience of AUDIENCES) {
        expect(CONTACT_TABLE[audience][language]['gate-minor'], `${audience} ${language}`).toEqual(CONTACT_TABLE.youth[language]['bar-unfolded']);
      }
      expect(CONTACT_TABLE.youth[language]['bar-unfolded'], language).toContain('emergency');
    }
  });

  it('a young reader gets a line in their own language where the registry has one, folded too', () => {
    for (const language of LANGUAGES) {
      if (!served(language)) continue;
      const youth = CONTACT_TABLE.youth[language];
      for (const place of ['bar-unfolded', 'gate-minor'] as const) {
        expect(youth[place].some((id) => speaks(id, language)), `${language} ${place}`).toBe(true);
      }
      expect(youth['bar-folded'].some((ref) => speaks(idOf(ref), language)), `${language} folded`).toBe(true);
    }
    // German: Child Focus is not given in German; the German-language line is.
    expect(CONTACT_TABLE.youth.de['bar-folded']).toContain('telefonhilfe:site');
    expect(CONTACT_TABLE.youth.de['gate-minor']).toContain('telefonhilfe');
    expect(CONTACT_TABLE.youth.fr['gate-minor']).toContain('103');
    expect(CONTACT_TABLE.youth.nl['gate-minor']).toContain('awel');
  });

  it('folded, a young reader gets a call and a chat route; a witness a call and the images reporting point', () => {
    for (const language of LANGUAGES) {
      const youth = CONTACT_TABLE.youth[language]['bar-folded'];
      expect(youth.some((ref) => kindOf(ref) === 'phone'), language).toBe(true);
      expect(youth.some((ref) => kindOf(ref) === 'site' && hasChat(idOf(ref))), language).toBe(true);
      expect(youth.some((ref) => kindOf(ref) === 'report'), `${language}: no images reporting point folded for the young`).toBe(false);
      expect(CONTACT_TABLE.witness[language]['bar-folded']).toEqual(['childfocus:phone', 'childfocus:report']);
    }
  });

  it('a client gets the call and help to stop, folded too; the gate asks every visitor with the client services', () => {
    for (const language of LANGUAGES) {
      const client = CONTACT_TABLE.client[language];
      expect(client['bar-folded'], language).toEqual(['childfocus:phone', 'stopitnow:site']);
      expect(client['bar-unfolded'], language).toContain('stopitnow');
      for (const audience of AUDIENCES) expect(CONTACT_TABLE[audience][language]['gate-question'], `${audience} ${language}`).toEqual(client['bar-unfolded']);
    }
    expect(GATE_AUDIENCE).toBe('client');
    // The help to stop is in Dutch only (no French-language line is confirmed): its note says so elsewhere.
    expect(speaks('stopitnow', 'nl')).toBe(true);
    expect(['fr', 'de', 'en'].some((language) => speaks('stopitnow', language as Language))).toBe(false);
    expect(CONTACT_TABLE.client.de['bar-unfolded']).toContain('telefonhilfe');
    expect([...foldedLinks(defaultContacts('fr', 'client'), 'fr', 'client')]).toEqual(['childfocus:phone', 'stopitnow:site']);
  });

  it('puts the trafficking contact point in no default list', () => {
    for (const audience of AUDIENCES) {
      for (const language of LANGUAGES) {
        expect(JSON.stringify(CONTACT_TABLE[audience][language]), `${audience} ${language}`).not.toContain('stopmensenhandel');
      }
    }
  });
});

describe('shownContacts and foldedLinks', () => {
  it('data-contacts replaces the bar and the question lists, never the under-18 view', () => {
    const chosen = chooseContacts('data-contacts', 'sosviol,childfocus', () => {})!;
    expect(shownContacts(chosen, 'fr', 'youth').map((each) => each.id)).toEqual(['sosviol', 'childfocus']);
    expect(shownContacts(chosen, 'fr', 'youth', 'gate-question')).toBe(chosen);
    expect(shownContacts(undefined, 'de', 'witness', 'gate-question').map((each) => each.id)).toEqual(CONTACT_TABLE.witness.de['gate-question']);
    expect(defaultContacts('nl', 'youth').map((each) => each.id)).toEqual(CONTACT_TABLE.youth.nl['bar-unfolded']);
  });

  it("folds to the table's links among the operator's, else to the first call and reporting point, else to the first link", () => {
    const list = (ids: string) => chooseContacts('data-contacts', ids, () => {})!;
    expect([...foldedLinks(defaultContacts('de', 'youth'), 'de', 'youth')]).toEqual(['childfocus:phone', 'telefonhilfe:site']);
    expect([...foldedLinks(list('1712,childfocus'), 'nl', 'witness')]).toEqual(['childfocus:phone', 'childfocus:report']);
    expect([...foldedLinks(list('sosviol,emergency'), 'fr', 'witness')]).toEqual(['sosviol:phone']);
    expect([...foldedLinks(list('stopitnow'), 'nl', 'youth')]).toEqual(['stopitnow:site']);
  });
});
