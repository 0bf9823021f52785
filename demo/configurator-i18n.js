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
  'What kind of site is it?': ['Wat voor site is het?', 'Quel genre de site est-ce ?'],
  'A sex-ad or escort site': ['Een site met seksadvertenties of escorts', 'Un site d’annonces sexuelles ou d’escorts'],
  'Speaks to the client: what the law punishes, walk away in doubt, call Child Focus for an offered minor, and help to stop.': [
    'Spreekt de klant aan: wat strafbaar is, bij twijfel afhaken, Child Focus bellen voor een aangeboden minderjarige, en hulp om te stoppen.',
    'S’adresse au client : ce que la loi punit, s’abstenir en cas de doute, appeler Child Focus pour un mineur proposé, et de l’aide pour arrêter.',
  ],
  'Another platform': ['Een ander platform', 'Une autre plateforme'],
  'Speaks to anyone who comes across it: what to do about an offered minor or sexual images of minors.': [
    'Spreekt iedereen aan die het tegenkomt: wat te doen bij een aangeboden minderjarige of bij seksuele beelden van minderjarigen.',
    'S’adresse à quiconque y est confronté : que faire face à un mineur proposé ou à des images sexuelles de mineurs.',
  ],
  'A service for young people': ['Een dienst voor jongeren', 'Un service pour les jeunes'],
  'Speaks to a young person it may be happening to: not their fault, where to find help, and a quick exit.': [
    'Spreekt een jongere aan bij wie het kan gebeuren: niet zijn of haar schuld, waar hulp te vinden is, en een snelle uitweg.',
    'S’adresse à un jeune qui pourrait le vivre : ce n’est pas sa faute, où trouver de l’aide, et une sortie rapide.',
  ],
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
  'Until you change them, the services follow the language and audience (Child Focus and 1712; for clients also Stop it Now!; for young readers also a line in their language, Awel, 103 or Telefonhilfe 108, and 112 / 101) and stay out of the tag.': [
    'Tot u ze wijzigt, volgen de diensten de taal en het publiek (Child Focus en 1712; voor klanten ook Stop it Now!; voor jonge lezers ook een lijn in hun taal, Awel, 103 of Telefonhilfe 108, en 112 / 101) en blijven ze uit de tag.',
    'Tant que vous ne les changez pas, les services suivent la langue et le public (Child Focus et 1712 ; pour les clients aussi Stop it Now! ; pour les jeunes aussi une ligne dans leur langue, Awel, 103 ou Telefonhilfe 108, et 112 / 101) et restent hors de la balise.',
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
  'age-check: an age question that carries the notice': ['age-check: een leeftijdsvraag met de melding erbij', 'age-check : une question d’âge qui porte l’avis'],
  'Shown to witnesses beside the link to the Child Focus reporting point, which stays; never to young readers.': [
    'Getoond aan getuigen naast de link naar het meldpunt van Child Focus, die blijft staan; nooit aan jonge lezers.',
    'Affiché aux témoins à côté du lien vers le point de signalement de Child Focus, qui reste ; jamais aux jeunes.',
  ],
  'Age-check entry': ['Leeftijdsvraag bij binnenkomst', 'Question d’âge à l’entrée'],
  'only. A self-declaration, not age verification.': [
    'alleen. Een verklaring van de bezoeker zelf, geen leeftijdscontrole.',
    'uniquement. Une déclaration du visiteur, pas une vérification de l’âge.',
  ],
  'After "I am 18 or older"': ['Na „Ik ben 18 of ouder”', 'Après « J’ai 18 ans ou plus »'],
  'bar: the notice as a bar': ['bar: de melding als balk', 'bar : l’avis en barre'],
  'none: nothing more': ['none: niets meer', 'none : plus rien'],
  '"Leave this site" goes to (https)': ['„Deze site verlaten” gaat naar (https)', '« Quitter ce site » mène à (https)'],
  'Question in the starting language': ['Vraag in de begintaal', 'Question dans la langue de départ'],
  'Notice in the starting language': ['Melding in de begintaal', 'Avis dans la langue de départ'],
  'Age-check wording per language': ['Tekst van de leeftijdsvraag per taal', 'Texte de la question d’âge par langue'],
  'Question, Dutch': ['Vraag, Nederlands', 'Question, néerlandais'],
  'Question, French': ['Vraag, Frans', 'Question, français'],
  'Question, German': ['Vraag, Duits', 'Question, allemand'],
  'Question, English': ['Vraag, Engels', 'Question, anglais'],
  'Notice, Dutch': ['Melding, Nederlands', 'Avis, néerlandais'],
  'Notice, French': ['Melding, Frans', 'Avis, français'],
  'Notice, German': ['Melding, Duits', 'Avis, allemand'],
  'Notice, English': ['Melding, Engels', 'Avis, anglais'],
  'Error:': ['Fout:', 'Erreur :'],
  'Enter a CSS colour, like #1f5f99 or darkred': ['Vul een CSS-kleur in, zoals #1f5f99 of darkred', 'Indiquez une couleur CSS, comme #1f5f99 ou darkred'],
  'Enter a CSS selector, like #notice': ['Vul een CSS-selector in, zoals #notice', 'Indiquez un sélecteur CSS, comme #notice'],
  'Enter a full address that starts with https://, like https://example.be/report': [
    'Vul een volledig adres in dat begint met https://, zoals https://example.be/report',
    'Indiquez une adresse complète qui commence par https://, comme https://example.be/report',
  ],
  'Enter a full address that starts with https://, like https://www.example.be/': [
    'Vul een volledig adres in dat begint met https://, zoals https://www.example.be/',
    'Indiquez une adresse complète qui commence par https://, comme https://www.example.be/',
  ],
  'Use up to 32 letters, digits, dots, underscores or hyphens': [
    'Gebruik hoogstens 32 letters, cijfers, punten, liggende streepjes of koppeltekens',
    'Utilisez au plus 32 lettres, chiffres, points, tirets bas ou traits d’union',
  ],
  'Paste a script tag or a report-banner element, like <script src="/report-banner.js" defer data-lang="fr"></script>': [
    'Plak een scripttag of een element report-banner, zoals <script src="/report-banner.js" defer data-lang="fr"></script>',
    'Collez une balise script ou un élément report-banner, comme <script src="/report-banner.js" defer data-lang="fr"></script>',
  ],
  'type="module" makes the banner ignore every data-* option; the tag below is a classic script, which reads them.': [
    'Met type="module" negeert de banner elke data-*-optie; de tag hieronder is een klassiek script, dat ze wel leest.',
    'Avec type="module", la bannière ignore toutes les options data-* ; la balise ci-dessous est un script classique, qui les lit.',
  ],
  'data-check shows the check panel to every visitor; the tag below leaves it out. To check a live page, open it with ?report-banner=check in the address and read the browser’s console.': [
    'data-check toont het controlepaneel aan elke bezoeker; de tag hieronder laat het weg. Om een live pagina te controleren: open ze met ?report-banner=check in het adres en lees de console van de browser.',
    'data-check montre le panneau de contrôle à chaque visiteur ; la balise ci-dessous l’omet. Pour contrôler une page en ligne, ouvrez-la avec ?report-banner=check dans l’adresse et lisez la console du navigateur.',
  ],
  "The banner's warnings, as the browser console shows them (in English):": [
    'De waarschuwingen van de banner, zoals de console van de browser ze toont (in het Engels):',
    'Les avertissements de la bannière, tels que la console du navigateur les affiche (en anglais) :',
  ],
  'Put the downloaded file on your site, unchanged and under the address in the tag (set it under “Your site”), then paste the tag into every page. The': [
    'Zet het gedownloade bestand ongewijzigd op uw site, op het adres in de tag (in te stellen onder „Uw site”), en plak de tag dan in elke pagina. De waarde',
    'Déposez le fichier téléchargé sur votre site, sans le modifier et à l’adresse de la balise (à régler sous « Votre site »), puis collez la balise dans chaque page. La valeur',
  ],
  'value is the hash of that exact file: the browser refuses to run a file whose bytes differ. For a new version, download the file and copy the tag again.': [
    'is de hash van precies dat bestand: de browser weigert een bestand waarvan de bytes verschillen. Download bij een nieuwe versie het bestand en kopieer de tag opnieuw.',
    'est le hachage de ce fichier précis : le navigateur refuse un fichier dont les octets diffèrent. Pour une nouvelle version, téléchargez le fichier et copiez à nouveau la balise.',
  ],
  'dist/report-banner.js.sri is missing, so the tag has no integrity hash: run npm run build.': [
    'dist/report-banner.js.sri ontbreekt, dus de tag heeft geen integrity-hash: voer npm run build uit.',
    'dist/report-banner.js.sri manque : la balise n’a pas de hachage integrity. Lancez npm run build.',
  ],
  'dist/report-banner.js changed after its hash was written, so browsers refuse it: run npm run build.': [
    'dist/report-banner.js is gewijzigd nadat de hash geschreven werd, dus browsers weigeren het: voer npm run build uit.',
    'dist/report-banner.js a changé après l’écriture de son hachage : les navigateurs le refusent. Lancez npm run build.',
  ],
  "Move the page's own fixed bars clear of the banner": ['De eigen vaste balken van de pagina opzij schuiven voor de banner', 'Écarter de la bannière les barres fixes de la page'],
  'Bar and corner only. A "call now" bar, a cookie bar or a sticky header at the banner\'s edge moves by its height, and the end of the page gets room.': [
    'Alleen bar en corner. Een „bel nu”-balk, een cookiebalk of een vaste kop aan de rand van de banner schuift op met de hoogte van de banner, en het einde van de pagina krijgt ruimte.',
    'Bar et corner uniquement. Une barre « appeler », une barre de cookies ou un en-tête fixe au bord de la bannière se décale de sa hauteur, et la fin de la page garde de la place.',
  ],
  'A second wording to compare': ['Een tweede tekst om te vergelijken', 'Un second texte à comparer'],
  'Each page view shows the first wording or the second, at random, and stores nothing; every count says which (Counting, below). Empty: no comparison.': [
    'Elke paginaweergave toont willekeurig de eerste of de tweede tekst en bewaart niets; elke telling zegt welke (Tellen, hieronder). Leeg: geen vergelijking.',
    'Chaque affichage de page montre au hasard le premier texte ou le second, sans rien enregistrer ; chaque comptage dit lequel (Comptage, plus bas). Vide : pas de comparaison.',
  ],
  'Second title, Dutch': ['Tweede titel, Nederlands', 'Second titre, néerlandais'],
  'Second title, French': ['Tweede titel, Frans', 'Second titre, français'],
  'Second title, German': ['Tweede titel, Duits', 'Second titre, allemand'],
  'Second title, English': ['Tweede titel, Engels', 'Second titre, anglais'],
  'Second message, Dutch': ['Tweede bericht, Nederlands', 'Second message, néerlandais'],
  'Second message, French': ['Tweede bericht, Frans', 'Second message, français'],
  'Second message, German': ['Tweede bericht, Duits', 'Second message, allemand'],
  'Second message, English': ['Tweede bericht, Engels', 'Second message, anglais'],
  Counting: ['Tellen', 'Comptage'],
  'Hand the counts to the analytics your site runs': ['De tellingen doorgeven aan de statistiekdienst van uw site', 'Transmettre les comptages à l’outil de statistiques de votre site'],
  'Off unless you tick one; the tool must already be on your pages. Impressions, unfolds, clicks per service, exits and dismissals, each with language, audience and wording: no identifier, nothing about the visitor. The preview page runs none of these tools, so it warns that they are missing.': [
    'Uit tenzij u er een aanvinkt; de dienst moet al op uw pagina’s staan. Vertoningen, openklappen, klikken per dienst, snelle uitgangen en sluitingen, elk met taal, publiek en tekst: geen identificatie, niets over de bezoeker. De voorbeeldpagina draait geen van deze diensten en waarschuwt dus dat ze ontbreken.',
    'Désactivé sauf si vous en cochez un ; l’outil doit déjà être sur vos pages. Affichages, dépliages, clics par service, sorties rapides et fermetures, chacun avec la langue, le public et le texte : aucun identifiant, rien sur le visiteur. La page d’aperçu n’a aucun de ces outils : elle signale donc qu’ils manquent.',
  ],
  'Selected: press Ctrl+C (⌘C) to copy.': ['Geselecteerd: druk op Ctrl+C (⌘C) om te kopiëren.', 'Sélectionné : appuyez sur Ctrl+C (⌘C) pour copier.'],
};

/**
 * Texts the page's scripts compose with values (option names, numbers, addresses): English with
 * `{0}`, `{1}`… → [Dutch, French]. The values are kept as they are. A more specific text comes
 * before a more general one that would also match it.
 * @type {[string, string, string][]}
 */
const TEMPLATES = [
  ['{0} of {1} characters', '{0} van {1} tekens', '{0} sur {1} caractères'],
  ['Move {0} up', '{0} omhoog', 'Monter {0}'],
  ['Move {0} down', '{0} omlaag', 'Descendre {0}'],
  ['The {0} layout has no position.', 'De vorm {0} heeft geen plaats.', 'La mise en page {0} n’a pas de position.'],
  ['Enter a whole number of days from 0 to {0}', 'Vul een geheel aantal dagen in, van 0 tot {0}', 'Indiquez un nombre entier de jours, de 0 à {0}'],
  [
    'Without {0} and {1} the notice no longer names the services that report-banner check and the Belgian reference notice expect.',
    'Zonder {0} en {1} noemt de melding niet meer de diensten die report-banner check en de Belgische referentiemelding verwachten.',
    'Sans {0} ni {1}, l’avis ne cite plus les services qu’attendent report-banner check et l’avis belge de référence.',
  ],
  [
    'Without {0} the notice no longer names the services that report-banner check and the Belgian reference notice expect.',
    'Zonder {0} noemt de melding niet meer de diensten die report-banner check en de Belgische referentiemelding verwachten.',
    'Sans {0}, l’avis ne cite plus les services qu’attendent report-banner check et l’avis belge de référence.',
  ],
  ['{0} is not one of {1}; the form keeps its default.', '{0} is niet een van {1}; het formulier houdt de standaardwaarde.', '{0} n’est pas une de ces valeurs : {1} ; le formulaire garde la valeur par défaut.'],
  [
    '{0} has no effect with the other options of this tag, so the tag below leaves it out.',
    '{0} doet niets met de andere opties van deze tag, dus de tag hieronder laat het weg.',
    '{0} n’a pas d’effet avec les autres options de cette balise : la balise ci-dessous l’omet.',
  ],
  ['{0} names {1}, not one of {2}; the tag below leaves them out.', '{0} noemt {1}, niet een van {2}; de tag hieronder laat ze weg.', '{0} cite {1}, qui ne sont pas parmi {2} ; la balise ci-dessous les omet.'],
  ['{0} names {1}, not one of {2}; the tag below leaves it out.', '{0} noemt {1}, niet een van {2}; de tag hieronder laat het weg.', '{0} cite {1}, qui n’est pas parmi {2} ; la balise ci-dessous l’omet.'],
  [
    '{0} would be refused by the banner; the message at its field says why.',
    '{0} zou door de banner geweigerd worden; de melding bij het veld zegt waarom.',
    '{0} serait refusé par la bannière ; le message près du champ explique pourquoi.',
  ],
  ['{0} is not an option; did you mean {1}? The tag below leaves it out.', '{0} is geen optie; bedoelde u {1}? De tag hieronder laat het weg.', '{0} n’est pas une option ; vouliez-vous dire {1} ? La balise ci-dessous l’omet.'],
  [
    '{0} is not a report-banner option, so the tag below leaves it out; copy it over if your site needs it.',
    '{0} is geen optie van report-banner, dus de tag hieronder laat het weg; neem het zelf over als uw site het nodig heeft.',
    '{0} n’est pas une option de report-banner : la balise ci-dessous l’omet ; recopiez-le si votre site en a besoin.',
  ],
  ['{0} is not a report-banner option; the tag below leaves it out.', '{0} is geen optie van report-banner; de tag hieronder laat het weg.', '{0} n’est pas une option de report-banner ; la balise ci-dessous l’omet.'],
  [
    '{0} has typographic quotes; HTML needs straight ones ("); showing the translation.',
    '{0} heeft typografische aanhalingstekens; HTML vraagt rechte ("); de vertaling wordt getoond.',
    '{0} contient des guillemets typographiques ; HTML demande des guillemets droits (") ; la traduction est affichée.',
  ],
  ['{0} has typographic quotes; HTML needs straight ones (").', '{0} heeft typografische aanhalingstekens; HTML vraagt rechte (").', '{0} contient des guillemets typographiques ; HTML demande des guillemets droits (").'],
  [
    '{0} looks cut off by an apostrophe; use double quotes. Showing the translation.',
    '{0} lijkt afgebroken door een apostrof; gebruik dubbele aanhalingstekens. De vertaling wordt getoond.',
    '{0} semble coupé par une apostrophe ; utilisez des guillemets doubles. La traduction est affichée.',
  ],
  [
    '{0} has typographic quotes ({1}); HTML needs straight ones ("). The form holds the address without them.',
    '{0} heeft typografische aanhalingstekens ({1}); HTML vraagt rechte ("). Het formulier houdt het adres zonder.',
    '{0} contient des guillemets typographiques ({1}) ; HTML demande des guillemets droits ("). Le formulaire garde l’adresse sans eux.',
  ],
  ['(version {0}, {1} KiB, {2} KiB gzip)', '(versie {0}, {1} KiB, {2} KiB gzip)', '(version {0}, {1} Kio, {2} Kio gzip)'],
  [
    'The file you download is called {0}, but this address ends in {1}: upload it under that name, or change the address.',
    'Het bestand dat u downloadt heet {0}, maar dit adres eindigt op {1}: zet het onder die naam op uw site, of pas het adres aan.',
    'Le fichier téléchargé s’appelle {0}, mais cette adresse se termine par {1} : déposez-le sous ce nom ou changez l’adresse.',
  ],
  [
    'Put {0} on your site at this address: the tag below then finds it.',
    'Zet {0} op uw site op dit adres: de tag hieronder vindt het dan.',
    'Déposez {0} sur votre site à cette adresse : la balise ci-dessous le trouvera.',
  ],
  [
    'Only {0} has your wording, so visitors who switch language see the default text in the others. Offer only {0}?',
    'Alleen in het {0} is er uw tekst, dus bezoekers die van taal wisselen zien in de andere talen de standaardtekst. Alleen het {0} aanbieden?',
    'Votre texte n’existe qu’en {0} : les visiteurs qui changent de langue voient le texte par défaut dans les autres. Ne proposer que le {0} ?',
  ],
  ['Offer only {0}', 'Alleen het {0} aanbieden', 'Ne proposer que le {0}'],
];

/** Language names as a value inside a sentence (French writes them in lower case). */
const NAMES_IN_TEXT = {
  Dutch: ['Nederlands', 'néerlandais'],
  French: ['Frans', 'français'],
  German: ['Duits', 'allemand'],
  English: ['Engels', 'anglais'],
};

/** The templates as anchored patterns, each with its Dutch and French text. */
const PATTERNS = TEMPLATES.map(([english, ...targets]) => {
  const seen = new Set();
  const escaped = english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const source = escaped.replace(/\\\{(\d)\\\}/g, (_, n) => (seen.has(n) ? `\\k<v${n}>` : (seen.add(n), `(?<v${n}>.+?)`)));
  return { pattern: new RegExp(`^${source}$`), targets };
});

export const INTERFACE_LANGUAGES = /** @type {const} */ (['en', 'nl', 'fr']);
/** @typedef {typeof INTERFACE_LANGUAGES[number]} InterfaceLanguage */

// Code, fields, the preview and whatever is marked translate="no" (option values, service and
// language names) hold option names and the banner's own text: never translated.
const UNTRANSLATED = 'code, textarea, script, style, iframe, [translate="no"]';
const ATTRIBUTES = ['aria-label', 'title'];

/** The English text each translated node or attribute started with. */
const sources = new WeakMap();
/** @type {InterfaceLanguage} */
let current = 'en';

/** The Dutch and French of an English text, or undefined when the page has none. */
function entryOf(/** @type {string} */ text) {
  const exact = TEXTS[/** @type {keyof TEXTS} */ (text)];
  if (exact) return exact;
  for (const { pattern, targets } of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    return targets.map((target, index) =>
      target.replace(/\{(\d)\}/g, (_, n) => {
        const value = match.groups?.[`v${n}`] ?? '';
        return NAMES_IN_TEXT[/** @type {keyof NAMES_IN_TEXT} */ (value)]?.[index] ?? value;
      }),
    );
  }
  return undefined;
}

/** @param {string} english @param {InterfaceLanguage} language */
function translation(english, language) {
  const entry = entryOf(english.trim().replace(/\s+/g, ' '));
  if (!entry || language === 'en') return entry ? english : undefined;
  const [before, after] = [english.match(/^\s*/)?.[0] ?? '', english.match(/\s*$/)?.[0] ?? ''];
  return `${before}${entry[language === 'nl' ? 0 : 1]}${after}`;
}

/** Text worth translating: it holds a letter (not only numbers, arrows or punctuation). */
const wordy = (/** @type {string} */ text) => /\p{L}/u.test(text);

/**
 * Visits every text node and translatable attribute under `root` that the interface translates.
 * @param {Node} root
 * @param {(node: Text | Element, attribute?: string) => void} visit
 */
function walk(root, visit) {
  if (root.parentElement?.closest(UNTRANSLATED)) return;
  // Node types rather than instanceof, so a test can walk a page in another frame.
  const isElement = (/** @type {Node} */ node) => node.nodeType === Node.ELEMENT_NODE;
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) =>
      isElement(node) && /** @type {Element} */ (node).matches(UNTRANSLATED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = /** @type {Node | null} */ (root); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) visit(/** @type {Text} */ (node));
    else if (isElement(node) && !(/** @type {Element} */ (node).matches(UNTRANSLATED))) {
      for (const name of ATTRIBUTES) if (/** @type {Element} */ (node).hasAttribute(name)) visit(/** @type {Element} */ (node), name);
    }
  }
}

/** @param {Node} root @param {InterfaceLanguage} language */
function translateTree(root, language) {
  walk(root, (node, name) => {
    if (node.nodeType === Node.TEXT_NODE && node instanceof Text) {
      const english = sources.get(node) ?? node.data;
      const text = translation(english, language);
      if (text === undefined) return;
      sources.set(node, english);
      if (node.data !== text) node.data = text;
    } else if (name) {
      const value = /** @type {string} */ (node.getAttribute(name));
      const own = sources.get(node) ?? {};
      const english = own[name] ?? value;
      const text = translation(english, language);
      if (text === undefined) return;
      sources.set(node, { ...own, [name]: english });
      if (value !== text) node.setAttribute(name, text);
    }
  });
}

/**
 * The texts under `root` (a page showing its English interface) that the interface translates,
 * each with the node (and attribute) that holds it, and those it has no Dutch and French for: the
 * configurator's tests fail on any of those.
 * @param {Node} root
 */
export function interfaceTexts(root) {
  /** @type {{ node: Text | Element, attribute?: string, english: string }[]} */
  const texts = [];
  /** @type {string[]} */
  const untranslated = [];
  walk(root, (node, attribute) => {
    const english = attribute ? /** @type {string} */ (/** @type {Element} */ (node).getAttribute(attribute)) : /** @type {Text} */ (node).data;
    if (!wordy(english)) return;
    if (translation(english, 'nl') === undefined) untranslated.push(english.trim().replace(/\s+/g, ' '));
    else texts.push({ node, attribute, english });
  });
  return { texts, untranslated };
}

export { translation };

/** Shows the interface in `language`, including whatever the form's script writes later. */
export function setInterfaceLanguage(/** @type {InterfaceLanguage} */ language) {
  current = language;
  document.documentElement.lang = language;
  translateTree(document.body, language);
  document.title = translation('report-banner configurator', language) ?? document.title;
  document.dispatchEvent(new CustomEvent('interface-language', { detail: language }));
}

// Texts the form's script puts in or changes later (hints, status lines, counters) follow the
// chosen language. A script that changes a text node's data in place starts a new English source.
new MutationObserver((records) => {
  for (const record of records) {
    if (record.type === 'characterData' && record.target instanceof Text) {
      const node = record.target;
      if (translation(sources.get(node) ?? '', current) !== node.data) sources.delete(node);
      if (current !== 'en') translateTree(node, current);
    }
    if (current === 'en') continue;
    for (const node of record.addedNodes) translateTree(node, current);
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true });

/** The interface language now. */
export const interfaceLanguage = () => current;

const picker = /** @type {HTMLSelectElement | null} */ (document.getElementById('interface-language'));
if (picker) {
  const preferred = INTERFACE_LANGUAGES.find((language) => navigator.language.toLowerCase().startsWith(language));
  picker.value = preferred ?? 'en';
  setInterfaceLanguage(/** @type {InterfaceLanguage} */ (picker.value));
  picker.addEventListener('change', () => setInterfaceLanguage(/** @type {InterfaceLanguage} */ (picker.value)));
}
