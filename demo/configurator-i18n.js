// The configurator's own interface in English, Dutch or French (the banner's languages are chosen
// in the form). The page is written in English; each English text maps to its translations, and
// text nodes are swapped in place, so the page's markup and the form's logic stay as they are.
// Option names, values and code never change.

/** English text → [Dutch, French]. */
const TEXTS = {
  'report-banner configurator': ['report-banner configurator', 'Configurateur report-banner'],
  'Demo pages': ['Demopagina’s', 'Pages de démonstration'],
  Configurator: ['Configurator', 'Configurateur'],
  Gallery: ['Galerij', 'Galerie'],
  Options: ['Opties', 'Options'],
  'Options left at their default stay out of the tag.': [
    'Opties op hun standaardwaarde blijven uit de tag.',
    'Les options laissées à leur valeur par défaut restent hors de la balise.',
  ],
  Language: ['Taal', 'Langue'],
  "auto: the page's language, then the browser's": ['auto: de taal van de pagina, dan die van de browser', 'auto : la langue de la page, puis celle du navigateur'],
  'Fallback for auto': ['Terugvaltaal voor auto', 'Langue de repli pour auto'],
  'Languages offered by the switch': ['Talen in de taalkeuze', 'Langues proposées par le sélecteur'],
  'Audience and layout': ['Publiek en vorm', 'Public et mise en page'],
  Audience: ['Publiek', 'Public'],
  'witness: visitors who see or suspect it': ['witness: bezoekers die het zien of vermoeden', 'witness : les visiteurs qui le voient ou le soupçonnent'],
  'youth: young people who are pressured': ['youth: jongeren die onder druk staan', 'youth : les jeunes mis sous pression'],
  Layout: ['Vorm', 'Mise en page'],
  'bar: along an edge': ['bar: langs een rand', 'bar : le long d’un bord'],
  'corner: a card in a corner': ['corner: een kaart in een hoek', 'corner : une carte dans un coin'],
  "inline: in the page's flow": ['inline: in de loop van de pagina', 'inline : dans le flux de la page'],
  'modal: a dialog to acknowledge': ['modal: een venster om te bevestigen', 'modal : une fenêtre à confirmer'],
  Position: ['Plaats', 'Position'],
  'Place inside (CSS selector)': ['Plaatsen in (CSS-selector)', 'Placer dans (sélecteur CSS)'],
  'Inline only. Empty: right after the script tag.': ['Alleen inline. Leeg: direct na de scripttag.', 'Inline uniquement. Vide : juste après la balise script.'],
  Dismissal: ['Sluiten', 'Fermeture'],
  'Visitors may close it': ['Bezoekers mogen hem sluiten', 'Les visiteurs peuvent la fermer'],
  'Remember a dismissal for (days, 0 = not)': ['Sluiten onthouden gedurende (dagen, 0 = niet)', 'Se souvenir de la fermeture pendant (jours, 0 = non)'],
  Revision: ['Revisie', 'Révision'],
  'Change it to show the banner again to everyone who closed it.': [
    'Wijzig dit om de banner opnieuw te tonen aan iedereen die hem sloot.',
    'Changez-la pour montrer à nouveau la bannière à tous ceux qui l’ont fermée.',
  ],
  Contacts: ['Contacten', 'Contacts'],
  'Services shown, in this order': ['Getoonde diensten, in deze volgorde', 'Services affichés, dans cet ordre'],
  'Your own reporting form (https)': ['Uw eigen meldformulier (https)', 'Votre propre formulaire de signalement (https)'],
  'Replaces the link to the Child Focus reporting point.': ['Vervangt de link naar het meldpunt van Child Focus.', 'Remplace le lien vers le point de signalement de Child Focus.'],
  Look: ['Uiterlijk', 'Apparence'],
  Theme: ['Thema', 'Thème'],
  "auto: follows the visitor's system": ['auto: volgt het systeem van de bezoeker', 'auto : suit le système du visiteur'],
  'Accent colour': ['Accentkleur', 'Couleur d’accent'],
  'Pick the accent colour': ['Kies de accentkleur', 'Choisir la couleur d’accent'],
  'Any CSS colour. Empty: the built-in blue.': ['Elke CSS-kleur. Leeg: het ingebouwde blauw.', 'Toute couleur CSS. Vide : le bleu intégré.'],
  Wording: ['Tekst', 'Texte'],
  'Plain text, up to 400 characters, per language. Empty: the translation.': [
    'Platte tekst, tot 400 tekens, per taal. Leeg: de vertaling.',
    'Texte brut, 400 caractères au plus, par langue. Vide : la traduction.',
  ],
  Dutch: ['Nederlands', 'Néerlandais'],
  French: ['Frans', 'Français'],
  German: ['Duits', 'Allemand'],
  English: ['Engels', 'Anglais'],
  Title: ['Titel', 'Titre'],
  Message: ['Bericht', 'Message'],
  'For the language chosen above': ['Voor de taal hierboven', 'Pour la langue choisie plus haut'],
  'Shown only when the language is not auto.': ['Alleen getoond als de taal niet auto is.', 'Affiché seulement si la langue n’est pas auto.'],
  'Start from the tag you run': ['Begin bij de tag die u gebruikt', 'Partir de la balise que vous utilisez'],
  'Paste your existing tag': ['Plak uw huidige tag', 'Collez votre balise actuelle'],
  'The script tag with its options, or the report-banner element, as it is on your site. It is only read, never run.': [
    'De scripttag met zijn opties, of het element report-banner, zoals op uw site. Hij wordt alleen gelezen, nooit uitgevoerd.',
    'La balise script avec ses options, ou l’élément report-banner, telle qu’elle est sur votre site. Elle est seulement lue, jamais exécutée.',
  ],
  'Fill the form from this tag': ['Vul het formulier in vanuit deze tag', 'Remplir le formulaire depuis cette balise'],
  'The form holds the options of your tag.': ['Het formulier bevat de opties van uw tag.', 'Le formulaire contient les options de votre balise.'],
  'The form holds the options of your tag, except those named above.': [
    'Het formulier bevat de opties van uw tag, behalve die hierboven genoemd.',
    'Le formulaire contient les options de votre balise, sauf celles citées plus haut.',
  ],
  'Until you change them, the services follow the language and audience (Child Focus and 1712; for young readers also 103 Écoute-Enfants in French, Telefonhilfe 108 in German) and stay out of the tag.': [
    'Tot u ze wijzigt, volgen de diensten de taal en het publiek (Child Focus en 1712; voor jonge lezers ook 103 Écoute-Enfants in het Frans, Telefonhilfe 108 in het Duits) en blijven ze uit de tag.',
    'Tant que vous ne les changez pas, les services suivent la langue et le public (Child Focus et 1712 ; pour les jeunes aussi 103 Écoute-Enfants en français, Telefonhilfe 108 en allemand) et restent hors de la balise.',
  ],
  'Follow the language and audience again': ['Weer de taal en het publiek volgen', 'Suivre à nouveau la langue et le public'],
  'Preview size': ['Grootte van het voorbeeld', 'Taille de l’aperçu'],
  'Full width': ['Volle breedte', 'Pleine largeur'],
  'Phone, 375×667': ['Telefoon, 375×667', 'Téléphone, 375×667'],
  'Preview page': ['Voorbeeldpagina', 'Page d’aperçu'],
  'The page makes room for the banner': ['De pagina maakt plaats voor de banner', 'La page fait de la place à la bannière'],
  'Most pages do not: clear it to see what the banner covers.': [
    'De meeste pagina’s doen dat niet: vink dit uit om te zien wat de banner bedekt.',
    'La plupart des pages ne le font pas : décochez pour voir ce que la bannière recouvre.',
  ],
  'Your site': ['Uw site', 'Votre site'],
  'Address of the script on your site': ['Adres van het script op uw site', 'Adresse du script sur votre site'],
  'Back to the defaults': ['Terug naar de standaardwaarden', 'Revenir aux valeurs par défaut'],
  Preview: ['Voorbeeld', 'Aperçu'],
  'Page language': ['Taal van de pagina', 'Langue de la page'],
  'Preview: a listing page with your tag': ['Voorbeeld: een advertentiepagina met uw tag', 'Aperçu : une page d’annonces avec votre balise'],
  'Your script tag': ['Uw scripttag', 'Votre balise script'],
  'Copy the script tag': ['Kopieer de scripttag', 'Copier la balise script'],
  'Host the file yourself.': ['Host het bestand zelf.', 'Hébergez le fichier vous-même.'],
  Copy: ['Kopieer', 'Copiez'],
  'to your site and set its address above. The': ['naar uw site en vul het adres hierboven in. De waarde', 'sur votre site et indiquez son adresse ci-dessus. La valeur'],
  'value is the hash of that exact file: the browser refuses to run a file whose bytes differ. After you update the file, take the new tag from this page or the hash from':
    [
      'is de hash van precies dat bestand: de browser weigert een bestand waarvan de bytes verschillen. Neem na een update de nieuwe tag van deze pagina of de hash uit',
      'est le hachage de ce fichier précis : le navigateur refuse un fichier dont les octets diffèrent. Après une mise à jour, reprenez la balise sur cette page ou le hachage dans',
    ],
  'lets the browser check the hash. Served from your own domain it needs nothing else; from another domain, that server must send': [
    'laat de browser de hash controleren. Vanaf uw eigen domein is niets anders nodig; vanaf een ander domein moet die server dit sturen:',
    'permet au navigateur de vérifier le hachage. Servi depuis votre domaine, rien d’autre n’est nécessaire ; depuis un autre domaine, ce serveur doit envoyer',
  ],
  '. Chromium-based browsers refuse checked scripts in a page opened from disk (': [
    '. Browsers op basis van Chromium weigeren gecontroleerde scripts in een pagina die van schijf geopend is (',
    '. Les navigateurs basés sur Chromium refusent les scripts vérifiés dans une page ouverte depuis le disque (',
  ],
  '): try the tag through a web server.': ['): probeer de tag via een webserver.', ') : essayez la balise via un serveur web.'],
  'Or place the element by hand': ['Of plaats het element zelf', 'Ou placez l’élément vous-même'],
  'Copy the element': ['Kopieer het element', 'Copier l’élément'],
  'Put the element where the banner belongs (the inline layout stays there); the script registers it.': [
    'Zet het element waar de banner hoort (de inline-vorm blijft daar); het script registreert het.',
    'Placez l’élément là où la bannière doit figurer (la mise en page inline y reste) ; le script l’enregistre.',
  ],
  'Download the file': ['Download het bestand', 'Télécharger le fichier'],
  'Interface language': ['Taal van deze pagina', 'Langue de cette page'],
  'Copied.': ['Gekopieerd.', 'Copié.'],
  'Selected: press Ctrl+C (⌘C) to copy.': ['Geselecteerd: druk op Ctrl+C (⌘C) om te kopiëren.', 'Sélectionné : appuyez sur Ctrl+C (⌘C) pour copier.'],
};

export const INTERFACE_LANGUAGES = /** @type {const} */ (['en', 'nl', 'fr']);
/** @typedef {typeof INTERFACE_LANGUAGES[number]} InterfaceLanguage */

// Code, fields and the preview hold option names and the banner's own text: never translated.
const UNTRANSLATED = 'code, textarea, script, style, iframe';
const ATTRIBUTES = ['aria-label', 'title'];

/** The English text each translated node or attribute started with. */
const sources = new WeakMap();
/** @type {InterfaceLanguage} */
let current = 'en';

/** @param {string} english @param {InterfaceLanguage} language */
function translation(english, language) {
  const entry = TEXTS[english.trim().replace(/\s+/g, ' ')];
  if (!entry || language === 'en') return entry ? english : undefined;
  const [before, after] = [english.match(/^\s*/)?.[0] ?? '', english.match(/\s*$/)?.[0] ?? ''];
  return `${before}${entry[language === 'nl' ? 0 : 1]}${after}`;
}

/** @param {Node} root @param {InterfaceLanguage} language */
function translateTree(root, language) {
  if (root.parentElement?.closest(UNTRANSLATED)) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) =>
      node instanceof Element && node.matches(UNTRANSLATED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = /** @type {Node | null} */ (root); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      const english = sources.get(node) ?? node.data;
      const text = translation(english, language);
      if (text === undefined) continue;
      sources.set(node, english);
      if (node.data !== text) node.data = text;
    } else if (node instanceof Element && !node.matches(UNTRANSLATED)) {
      for (const name of ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value === null) continue;
        const own = sources.get(node) ?? {};
        const english = own[name] ?? value;
        const text = translation(english, language);
        if (text === undefined) continue;
        sources.set(node, { ...own, [name]: english });
        if (value !== text) node.setAttribute(name, text);
      }
    }
  }
}

/** Shows the interface in `language`, including whatever the form's script writes later. */
export function setInterfaceLanguage(/** @type {InterfaceLanguage} */ language) {
  current = language;
  document.documentElement.lang = language;
  translateTree(document.body, language);
  document.title = translation('report-banner configurator', language) ?? document.title;
}

// Texts the form's script puts in later (hints, status lines) follow the chosen language.
new MutationObserver((records) => {
  if (current === 'en') return;
  for (const record of records) for (const node of record.addedNodes) translateTree(node, current);
}).observe(document.body, { childList: true, subtree: true });

const picker = /** @type {HTMLSelectElement | null} */ (document.getElementById('interface-language'));
if (picker) {
  const preferred = INTERFACE_LANGUAGES.find((language) => navigator.language.toLowerCase().startsWith(language));
  picker.value = preferred ?? 'en';
  if (picker.value !== 'en') setInterfaceLanguage(/** @type {InterfaceLanguage} */ (picker.value));
  picker.addEventListener('change', () => setInterfaceLanguage(/** @type {InterfaceLanguage} */ (picker.value)));
}
