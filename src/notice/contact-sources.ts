/**
 * The sources behind every fact in the contact registry (src/notice/contacts.ts), where a reader can
 * check them again. The page script never shows them, so they stay out of it: only tests, the
 * checker and people import this module.
 */
import type { SourceId } from './contacts.js';

export const SOURCES: Readonly<Record<SourceId, string>> = {
  childfocus:
    'https://childfocus.be/nl/seksuele-uitbuiting/kinderprostitutie (116 000: free, 24/7; report by phone, chat or e-mail; nl and fr)',
  stopchildporno:
    'https://childfocus.be/ "burgerlijk meldpunt" / "point de contact civil" pages: https://www.stopchildporno.be/, anonymous reports possible',
  'safer-internet': 'Belgian Safer Internet Centre page on https://better-internet-for-kids.europa.eu/ (Child Focus, 116 000)',
  bipt: 'BIPT (telecom regulator), page on invoices of services: free numbers such as 116000 are not on the phone bill',
  '1712':
    'https://1712.be/ "over 1712": free, anonymous, any question about violence, abuse or child maltreatment; chat and e-mail; not on the phone bill; not a reporting point, not an emergency number; Dutch',
  '103': 'https://103ecoute.be/: free, anonymous line for children and teenagers (Wallonia–Brussels Federation); chat announced 2026, not confirmed live',
  sosviol:
    'journalessentiel.be; lalibre.be 2022; dhnet.be 2021: SOS Viol 0800 98 100, sexual violence, free, French-language, anonymous chat on sosviol.be',
  awel: 'Awel 102: free, anonymous line for children and young people (Dutch)',
  stopitnow:
    'HLN 2021; tvo-advocaten.be 2026: Stop it Now! Vlaanderen (UFC), Dutch-language, free and anonymous, by phone, chat and e-mail',
  telefonhilfe:
    'https://telefonhilfe.be/ "Über uns"; brf.be: Telefonhilfe Ostbelgien 108, German-language, free, anonymous, 24/7, chat since 2021',
  stopmensenhandel:
    'https://www.stopmensenhandel.be/ and https://www.stoptraitehumaine.be/ (launched 25 July 2022; wtv.be 2022): the federal contact point for (possible) victims of human trafficking and people who suspect it; phone 078 05 58 00 since 24 July 2023 (summaries of the Royal Decree of 18 May 2024: sexwork.be, ictrechtswijzer.be; press). Hours, cost and anonymity of the call unconfirmed',
  '112': 'Belgian emergency numbers 112 (emergency) and 101 (police); https://1712.be/ names them for emergencies',
};
