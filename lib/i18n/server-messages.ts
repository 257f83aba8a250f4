import type { UiLocale } from "./locales";

// lib/ speaks English; this maps its user-facing messages to Dutch at the edge, so
// validation and domain rules keep one wording and tests can assert on it.
const DUTCH: Record<string, string> = {
  "A workspace needs at least one owner: make someone else owner first":
    "Een werkruimte heeft minstens één eigenaar nodig: maak eerst iemand anders eigenaar",
  "An account with this e-mail already exists": "Er bestaat al een account met dit e-mailadres",
  "Choose Dutch or English": "Kies Nederlands of Engels",
  "Choose a supported currency": "Kies een ondersteunde valuta",
  "Use an ISO 4217 currency code such as EUR": "Gebruik een ISO 4217-valutacode, zoals EUR",
  "must be an ISO 4217 currency code such as EUR": "moet een ISO 4217-valutacode zijn, zoals EUR",
  "Choose nl or en": "Kies nl of en",
  "Choose off, immediately or weekly digest": "Kies uit, direct of wekelijks overzicht",
  "Choose owner, editor or viewer": "Kies eigenaar, bewerker of lezer",
  "Enter a valid e-mail address": "Vul een geldig e-mailadres in",
  "Name is required": "Naam is verplicht",
  "Name must be at most 100 characters": "De naam mag hoogstens 100 tekens lang zijn",
  "Name must be at most 80 characters": "De naam mag hoogstens 80 tekens lang zijn",
  "Not found": "Niet gevonden",
  "Password must be at least 10 characters": "Het wachtwoord moet minstens 10 tekens lang zijn",
  "Password must be at most 200 characters": "Het wachtwoord mag hoogstens 200 tekens lang zijn",
  "Password must contain a letter and a digit": "Het wachtwoord moet een letter en een cijfer bevatten",
  "Please correct the highlighted fields": "Verbeter de gemarkeerde velden",
  "Please sign in again": "Log opnieuw in",
  "Slug may contain lowercase letters, digits and single hyphens":
    "De slug mag kleine letters, cijfers en losse koppeltekens bevatten",
  "Slug must be at least 3 characters": "De slug moet minstens 3 tekens lang zijn",
  "Slug must be at most 48 characters": "De slug mag hoogstens 48 tekens lang zijn",
  "Something went wrong on our side. Please try again.": "Er ging bij ons iets mis. Probeer het opnieuw.",
  "The database is not reachable right now. Please try again in a moment.":
    "De database is nu niet bereikbaar. Probeer het zo opnieuw.",
  "The passwords do not match": "De wachtwoorden zijn niet gelijk",
  "This invitation has already been used": "Deze uitnodiging is al gebruikt",
  "This invitation has expired; ask for a new one": "Deze uitnodiging is verlopen; vraag om een nieuwe",
  "This invitation link is not valid": "Deze uitnodigingslink is niet geldig",
  "This person is already a member": "Deze persoon is al lid",
  "This reset link has already been used": "Deze link is al gebruikt",
  "This confirmation link is invalid or has expired": "Deze bevestigingslink is ongeldig of verlopen",
  "This confirmation link is invalid or has expired; sign up again":
    "Deze bevestigingslink is ongeldig of verlopen; meld je opnieuw aan",
  "This reset link is invalid or has expired": "Deze link is ongeldig of verlopen",
  "This reset link is invalid or has expired; ask for a new one": "Deze link is ongeldig of verlopen; vraag een nieuwe aan",
  "This slug is already taken": "Deze slug is al in gebruik",
  "This slug is reserved": "Deze slug is gereserveerd",
  "Type the workspace's slug to confirm": "Typ de slug van de werkruimte ter bevestiging",
  "You do not have permission to do this": "Je hebt hier geen rechten voor",
  "The file has problems; nothing was imported": "Het bestand bevat fouten; er is niets geïmporteerd",
  "This workspace already has investments; a workspace file can only be imported into an empty workspace":
    "Deze werkruimte heeft al investeringen; een werkruimtebestand kan alleen in een lege werkruimte worden geïmporteerd",
  "The file has no month with amounts to import": "Het bestand bevat geen maand met bedragen om te importeren",
  "Someone else changed this investment after you opened it. Reload to see their changes, then apply yours again.":
    "Iemand anders heeft deze investering gewijzigd nadat je haar opende. Laad opnieuw om die wijzigingen te zien en voer de jouwe dan opnieuw in.",
  "This leak is no longer open": "Dit lek is niet meer open",
  "This review no longer exists": "Deze beoordeling bestaat niet meer",
  "Choose a day between 1 and 28": "Kies een dag tussen 1 en 28",
  "Add at least one recipient, or turn the schedule off": "Voeg minstens één ontvanger toe, of zet de planning uit",
  "This month's report is not waiting for approval": "Het rapport van deze maand wacht niet op goedkeuring",
  "Choose an expiry date in the future": "Kies een vervaldatum in de toekomst",
  "A link can be valid for at most a year": "Een link kan hoogstens een jaar geldig zijn",
  // lib/api-tokens
  "Choose read or write": "Kies lezen of schrijven",
  "Enter the expiry as a date like 2026-12-31": "Vul de vervaldatum in als datum, zoals 2026-12-31",
  "Choose an expiry date after today": "Kies een vervaldatum na vandaag",
  "Editors can only revoke API tokens they created": "Bewerkers kunnen alleen API-tokens intrekken die ze zelf hebben gemaakt",
  "Snooze until a future month": "Stel uit tot een maand in de toekomst",
  // lib/reports (workspace logo)
  "Choose a logo file": "Kies een logobestand",
  "The logo must be at most 512 KB": "Het logo mag hoogstens 512 KB groot zijn",
  "The logo must be at most 4000 × 4000 pixels": "Het logo mag hoogstens 4000 × 4000 pixels groot zijn",
  "The logo must be a PNG, JPEG or SVG image": "Het logo moet een PNG-, JPEG- of SVG-afbeelding zijn",
  "This SVG contains scripts, embedded content or external links; save it as a plain SVG or a PNG":
    "Deze SVG bevat scripts, ingesloten inhoud of externe links; sla hem op als eenvoudige SVG of als PNG",
  "This SVG is not well-formed XML with an <svg> root": "Deze SVG is geen geldige XML met een <svg>-element als basis",
  "The logo SVG uses filters (blur, shadow or similar effects), which are not supported; remove them or upload a PNG":
    "De logo-SVG gebruikt filters (vervaging, schaduw of vergelijkbare effecten); die worden niet ondersteund: haal ze weg of upload een PNG",
  "The logo SVG is too large: its width, height and viewBox must each be at most 10000":
    "De logo-SVG is te groot: breedte, hoogte en viewBox mogen elk hoogstens 10000 zijn",
  "The logo SVG took too long to draw; simplify it or upload a PNG": "Het tekenen van de logo-SVG duurde te lang; vereenvoudig hem of upload een PNG",
  "The logo SVG could not be drawn; save it again as a plain SVG or upload a PNG":
    "De logo-SVG kon niet worden getekend; sla hem opnieuw op als eenvoudige SVG of upload een PNG",
  "Other logos are being processed right now; try again in a minute": "Er worden nu andere logo's verwerkt; probeer het over een minuut opnieuw",
  "The logo SVG is too detailed: as an image it exceeds 512 KB; upload a PNG":
    "De logo-SVG is te gedetailleerd: als afbeelding wordt hij groter dan 512 KB; upload een PNG",
  // lib/transfer (workspace files)
  "The file is larger than 20 MB, even compressed (.json.gz); nothing was imported":
    "Het bestand is ook gecomprimeerd (.json.gz) groter dan 20 MB; er is niets geïmporteerd",
  "The workspace file is larger than 128 MB unpacked (about 500,000 months of actuals); nothing was imported":
    "Het werkruimtebestand is uitgepakt groter dan 128 MB (ongeveer 500.000 maanden aan werkelijke cijfers); er is niets geïmporteerd",
  "is not a valid gzip file (.json.gz)": "is geen geldig gzip-bestand (.json.gz)",
  "is not UTF-8 text": "is geen UTF-8-tekst",
  "must be 1, 2 or 3 (this app reads versions 1 to 3)": "moet 1, 2 of 3 zijn (deze app leest versie 1 tot en met 3)",
  'must be "ui", "csv", "import" or "api:" with the name of an API token':
    'moet "ui", "csv", "import" of "api:" met de naam van een API-token zijn',
  "must be text": "moet tekst zijn",
  // lib/actuals and lib/kpis
  "A driver label must be at most 100 characters": "De naam van een bron mag hoogstens 100 tekens lang zijn",
  "Amounts cannot be negative": "Bedragen kunnen niet negatief zijn",
  "Choose whether higher or lower is better": "Kies of hoger of lager beter is",
  "Enter a date like 2026-01-31": "Vul een datum in zoals 2026-01-31",
  "Enter a number like 1,234.56": "Vul een getal in zoals 1,234.56",
  "Enter a number like 1.234,56": "Vul een getal in zoals 1.234,56",
  "Enter a value": "Vul een waarde in",
  "Enter an amount": "Vul een bedrag in",
  "Give each driver a label": "Geef elke bron een naam",
  "Note must be at most 2000 characters": "De notitie mag hoogstens 2000 tekens lang zijn",
  "Only past and current months can be recorded": "Alleen afgelopen maanden en de huidige maand kunnen worden vastgelegd",
  "Reload the page and try again": "Herlaad de pagina en probeer het opnieuw",
  "Someone else changed or deleted this month after you opened it. Reload to see the current values.":
    "Iemand anders heeft deze maand gewijzigd of verwijderd nadat jij hem opende. Herlaad de pagina om de huidige waarden te zien.",
  "Someone else saved this month after you opened it": "Iemand anders heeft deze maand opgeslagen nadat jij hem opende",
  "Someone else changed this KPI value after you opened it":
    "Iemand anders heeft deze KPI-waarde gewijzigd nadat jij hem opende",
  "The baseline date cannot be in the future": "De datum van de nulmeting kan niet in de toekomst liggen",
  "The benefit must equal the sum of the drivers": "De opbrengst moet gelijk zijn aan de som van de bronnen",
  "This number is too large (at most 1,000,000,000,000)": "Dit getal is te groot (hoogstens 1.000.000.000.000)",
  "This number is too long": "Dit getal is te lang",
  "Unit must be at most 20 characters": "De eenheid mag hoogstens 20 tekens lang zijn",
  "Use at most 2 decimals": "Gebruik hoogstens 2 decimalen",
  "Use at most 4 decimals": "Gebruik hoogstens 4 decimalen",
  "Use at most 50 drivers": "Gebruik hoogstens 50 bronnen",
  // lib/workspaces/discount-rate.ts
  "Enter a percentage such as 8 or 7.5": "Vul een percentage in, zoals 8 of 7,5",
  "Enter a rate from 0 to 100": "Vul een voet van 0 tot 100 in",
  // lib/actuals and lib/kpis through the API (lib/api/operations/actuals.ts, kpis.ts)
  "Some months cannot be recorded; nothing was saved": "Sommige maanden kunnen niet worden vastgelegd; er is niets opgeslagen",
  "Some months are not at the revision you based them on; nothing was saved":
    "Sommige maanden staan niet meer op de revisie waarvan je uitging; er is niets opgeslagen",
  "Some months already have other actuals; send their revision to replace them. Nothing was saved":
    "Sommige maanden hebben al andere werkelijke cijfers; stuur hun revisie mee om ze te vervangen. Er is niets opgeslagen",
  "This month has no actuals yet; leave revision out to create it":
    "Deze maand heeft nog geen werkelijke cijfers; laat revision weg om ze vast te leggen",
  "The month is not at the revision you sent": "De maand staat niet op de revisie die je meestuurde",
  'must be the revision you read (a whole number from 1) or "*"': 'moet de revisie zijn die je las (een geheel getal vanaf 1) of "*"',
  "Send at least one month": "Stuur minstens één maand",
  'must be a number like "118.5" (a decimal string, at most 4 decimals)':
    'moet een getal zijn zoals "118.5" (een decimale tekst, hoogstens 4 decimalen)',
  'If-Match must be the value you read, such as "118.5", or *': 'If-Match moet de waarde zijn die je las, zoals "118.5", of *',
  "This KPI has no value for this month yet; leave If-Match out to record one":
    "Deze KPI heeft nog geen waarde voor deze maand; laat If-Match weg om er een vast te leggen",
  // lib/api (the request handler's own refusals)
  "Please correct the fields listed in errors": "Verbeter de velden die onder errors staan",
  "Send an API token as Authorization: Bearer <token>": "Stuur een API-token mee als Authorization: Bearer <token>",
  "This API token is not valid": "Dit API-token is niet geldig",
  "This API token has been revoked": "Dit API-token is ingetrokken",
  "This API token has expired": "Dit API-token is verlopen",
  "This API token no longer works: the member who created it is no longer an owner or editor of its workspace":
    "Dit API-token werkt niet meer: het lid dat het maakte is geen eigenaar of bewerker van de werkruimte meer",
  "This token has the read scope; writing needs a token with the write scope":
    "Dit token mag alleen lezen; schrijven vraagt een token met schrijfrechten",
  "The request body is empty; send a JSON document": "De body van het verzoek is leeg; stuur een JSON-document",
  "The body is not valid UTF-8": "De body is geen geldige UTF-8",
  "Idempotency-Key must be 1 to 255 visible ASCII characters": "Idempotency-Key moet uit 1 tot 255 zichtbare ASCII-tekens bestaan",
  "This Idempotency-Key was used for a different request; use a new key for a new request":
    "Deze Idempotency-Key is voor een ander verzoek gebruikt; gebruik een nieuwe sleutel voor een nieuw verzoek",
  "A request with this Idempotency-Key is still being processed; retry in a moment":
    "Een verzoek met deze Idempotency-Key wordt nog verwerkt; probeer het zo opnieuw",
  'Send If-Match with the ETag you read (or "*" to replace whatever is there)':
    'Stuur If-Match mee met de ETag die je las (of "*" om te vervangen wat er staat)',
  'If-Match must be the ETag you read, such as "3", or *': 'If-Match moet de ETag zijn die je las, zoals "3", of *',
  "If-Match was sent but there is nothing to match yet; leave If-Match out to create it":
    "If-Match is meegestuurd, maar er is nog niets om mee te vergelijken; laat If-Match weg om het aan te maken",
  // lib/webhooks
  "Enter the URL that should receive the webhooks": "Vul de URL in die de webhooks moet ontvangen",
  "The URL must be at most 2000 characters": "De URL mag hoogstens 2000 tekens lang zijn",
  "Enter a full URL such as https://example.com/webhooks": "Vul een volledige URL in, zoals https://example.com/webhooks",
  "The URL must start with https://": "De URL moet met https:// beginnen",
  "Use https: plain http is only accepted for localhost while testing": "Gebruik https: gewoon http wordt alleen voor localhost geaccepteerd, om te testen",
  "The URL must not contain a user name or password": "De URL mag geen gebruikersnaam of wachtwoord bevatten",
  "This URL points to an internal network address (private, loopback, link-local or similar), which cannot receive webhooks":
    "Deze URL wijst naar een intern netwerkadres (privé, loopback, link-local of iets dergelijks), dat geen webhooks kan ontvangen",
  "Choose at least one event": "Kies minstens één gebeurtenis",
  "Choose events from the list": "Kies gebeurtenissen uit de lijst",
  "Choose the standard or the Slack format": "Kies het standaardformaat of het Slack-formaat",
  "The description must be at most 200 characters": "De omschrijving mag hoogstens 200 tekens lang zijn",
  "A Slack endpoint can only receive leak.opened and leak.worsened": "Een Slack-endpoint kan alleen leak.opened en leak.worsened ontvangen",
  "Turn the endpoint on before sending a test event": "Zet het endpoint aan voordat je een testgebeurtenis stuurt",
  "Turned off because a delivery kept failing for 24 hours": "Uitgezet omdat een levering 24 uur lang bleef mislukken",
  "Turned off by an owner": "Uitgezet door een eigenaar",
  "The endpoint was turned off": "Het endpoint is uitgezet",
  // lib/shared (input checks)
  "Text contains a character that cannot be stored": "De tekst bevat een teken dat niet kan worden opgeslagen",
  "The data is nested more than 64 levels deep": "De gegevens zijn meer dan 64 niveaus diep genest",
  "Use a year between 1900 and 2199": "Gebruik een jaar tussen 1900 en 2199",
  "must be a date like 2026-01-31": "moet een datum zijn zoals 2026-01-31",
  "Password must be at most 72 bytes (about 72 letters; fewer with accents or emoji)":
    "Het wachtwoord mag hoogstens 72 bytes lang zijn (ongeveer 72 letters; minder met accenten of emoji)",
  // lib/investments (forms and the API)
  "Give a reason for changing an approved plan": "Geef een reden voor het wijzigen van een goedgekeurd plan",
  "This plan is approved: give a reason for the new version": "Dit plan is goedgekeurd: geef een reden voor de nieuwe versie",
  "The plan is approved: say why the start, horizon or currency changes":
    "Het plan is goedgekeurd: zeg waarom de start, de looptijd of de valuta verandert",
  "Approve the plan first: that freezes the forecast": "Keur eerst het plan goed: dat legt de prognose vast",
  "This plan has already been approved": "Dit plan is al goedgekeurd",
  "Add at least one cost or benefit before approving the plan": "Voeg minstens één kostenpost of opbrengst toe voordat je het plan goedkeurt",
  "The plan is not valid JSON": "Het plan is geen geldige JSON",
  "The plan has an invalid structure": "Het plan heeft een ongeldige opbouw",
  "Choose a category": "Kies een categorie",
  "Choose a status": "Kies een status",
  "Reason must be at most 500 characters": "De reden mag hoogstens 500 tekens lang zijn",
  "Name must be at most 200 characters": "De naam mag hoogstens 200 tekens lang zijn",
  "Description must be at most 2000 characters": "De omschrijving mag hoogstens 2000 tekens lang zijn",
  "Owner must be at most 100 characters": "De eigenaar mag hoogstens 100 tekens lang zijn",
  "Horizon must be a whole number of months": "De looptijd moet een geheel aantal maanden zijn",
  "Horizon must be at least 1 month": "De looptijd moet minstens 1 maand zijn",
  "Horizon must be at most 120 months": "De looptijd mag hoogstens 120 maanden zijn",
  "Use a month like 2026-01 (YYYY-MM)": "Gebruik een maand zoals 2026-01 (JJJJ-MM)",
  // lib/api/operations: investments, portfolio and reports
  "is not a cursor this API gave out; start again without cursor": "is geen cursor die deze API heeft gegeven; begin opnieuw zonder cursor",
  "must be true or false": "moet true of false zijn",
  "must be 1 (format v1)": "moet 1 zijn (formaat v1)",
  "KPIs are not written through the API: leave kpis out (or empty) and add KPIs in the app":
    "KPI's worden niet via de API geschreven: laat kpis weg (of leeg) en voeg KPI's toe in de app",
  "Actuals are not written with the plan: leave actuals out (or empty) and record them with POST /workspaces/{slug}/investments/{id}/actuals:batch":
    "Werkelijke cijfers worden niet met het plan geschreven: laat actuals weg (of leeg) en leg ze vast met POST /workspaces/{slug}/investments/{id}/actuals:batch",
  'must be "workspace" or "investment"': 'moet "workspace" of "investment" zijn',
  'must be "en" or "nl"': 'moet "en" of "nl" zijn',
  "is required for an investment report": "is verplicht voor een investeringsrapport",
  "must be left out for a workspace report": "moet wegblijven bij een werkruimterapport",
  // lib/rates (exchange rates)
  "Enter a rate such as 1.0823": "Vul een koers in, zoals 1.0823",
  "Enter a rate such as 1,0823": "Vul een koers in, zoals 1,0823",
  "Enter a rate": "Vul een koers in",
  "The rate must be greater than 0": "De koers moet groter zijn dan 0",
  "Use at most 10 decimals": "Gebruik hoogstens 10 decimalen",
  "This rate is too large (at most 1,000,000,000,000)": "Deze koers is te groot (hoogstens 1.000.000.000.000)",
  "Choose two different currencies": "Kies twee verschillende valuta's",
  "The file is larger than 5 MB; split it into smaller files": "Het bestand is groter dan 5 MB; splits het in kleinere bestanden",
  "Choose a file": "Kies een bestand",
  "Someone else changed this rate after you opened it. Reload to see the current rate.":
    "Iemand anders heeft deze koers gewijzigd nadat jij hem opende. Laad opnieuw om de huidige koers te zien.",
  "Some months in the file already have another rate; nothing was imported. Choose whether to keep or replace them.":
    "Sommige maanden in het bestand hebben al een andere koers; er is niets geïmporteerd. Kies of je ze wilt houden of vervangen.",
  "The file has no rates to import": "Het bestand bevat geen koersen om te importeren",
  "this month is in the file twice": "deze maand staat twee keer in het bestand",
  // lib/transfer and lib/api/operations/exchange-rates.ts (exchange rates in a workspace file and through the API)
  "This workspace already has another rate for some months in the file; nothing was imported":
    "Deze werkruimte heeft voor sommige maanden in het bestand al een andere koers; er is niets geïmporteerd",
  'must be a rate as a decimal string such as "1.0823" (greater than 0, at most 10 decimals)':
    'moet een koers zijn als decimale tekenreeks, zoals "1.0823" (groter dan 0, hoogstens 10 decimalen)',
  "must differ from from: a rate converts one currency into another": "moet verschillen van from: een koers rekent de ene valuta om in een andere",
  'Some months already have another rate; nothing was saved. Send onConflict "replace" or "keep" to decide':
    'Sommige maanden hebben al een andere koers; er is niets opgeslagen. Stuur onConflict "replace" of "keep" om te kiezen',
  "Send at least one rate": "Stuur minstens één koers",
  'must be "fail", "keep" or "replace"': 'moet "fail", "keep" of "replace" zijn',
  "There is no rate for this month yet; leave If-Match out to add one": "Er is nog geen koers voor deze maand; laat If-Match weg om er een toe te voegen",
  'If-Match must be the rate you read, such as "1.0823", or *': 'If-Match moet de koers zijn die je las, zoals "1.0823", of *',
  "must be a year from 1900 to 2199": "moet een jaar van 1900 tot en met 2199 zijn",
};

const DUTCH_ROLES: Record<string, string> = { owner: "eigenaar", editor: "bewerker", viewer: "lezer" };
const dutchRole = (role: string) => DUTCH_ROLES[role] ?? role;

const DUTCH_PATTERNS: [RegExp, (...groups: string[]) => string][] = [
  [/^Too many requests for now; try again in (\d+) minutes?$/, (n) => `Te veel aanvragen; probeer het over ${n} ${n === "1" ? "minuut" : "minuten"} opnieuw`],
  [/^This needs the (\w+) role; you are (\w+)$/, (need, have) => `Hiervoor is de rol ${dutchRole(need)} nodig; jij bent ${dutchRole(have)}`],
  [
    /^This invitation was sent to (\S+); sign in with that address to accept it$/,
    (email) => `Deze uitnodiging is verstuurd naar ${email}; log in met dat adres om haar te accepteren`,
  ],
  [/^"(.+)" is not a valid e-mail address$/, (address) => `"${address}" is geen geldig e-mailadres`],
  [
    /^This month is outside the investment's horizon \((\d{4}-\d{2}) to (\d{4}-\d{2})\)$/,
    (first, last) => `Deze maand valt buiten de looptijd van de investering (${first} t/m ${last})`,
  ],
  [/^Text contains a character that cannot be stored \(line (\d+)\)$/, (line) => `De tekst bevat een teken dat niet kan worden opgeslagen (regel ${line})`],
  [/^"(__proto__|constructor|prototype)" cannot be used as a name$/, (key) => `"${key}" kan niet als naam worden gebruikt`],
  // lib/transfer (an investment's category and texts in an import file)
  [/^(.+) is not a category; use one of (.+)$/, (value, list) => `${value} is geen categorie; gebruik een van ${list}`],
  [/^is required; use one of (.+)$/, (list) => `is verplicht; gebruik een van ${list}`],
  [/^must be at most (\d+) characters$/, (n) => `mag hoogstens ${n} tekens lang zijn`],
  // lib/actuals and lib/kpis through the API
  [/^This month is already in the batch \((months\.\d+)\)$/, (first) => `Deze maand staat al in de batch (${first})`],
  [/^Send at most (\d+) months at once$/, (n) => `Stuur hoogstens ${n} maanden tegelijk`],
  [
    /^This month already has other actuals \(revision (\d+)\); send If-Match: "(\d+)" to replace them$/,
    (n, tag) => `Deze maand heeft al andere werkelijke cijfers (revisie ${n}); stuur If-Match: "${tag}" om ze te vervangen`,
  ],
  [
    /^This month already has other actuals \(revision (\d+)\); send revision (\d+) to replace them$/,
    (n, again) => `Deze maand heeft al andere werkelijke cijfers (revisie ${n}); stuur revision ${again} mee om ze te vervangen`,
  ],
  [/^This month is at revision (\d+); read it again and send that revision$/, (n) => `Deze maand staat op revisie ${n}; lees haar opnieuw en stuur die revisie mee`],
  [
    /^This KPI already has another value for this month \((.+)\); send If-Match: "(.+)" to replace it$/,
    (value, tag) => `Deze KPI heeft al een andere waarde voor deze maand (${value}); stuur If-Match: "${tag}" om haar te vervangen`,
  ],
  [
    /^This KPI's value for this month is now (.+); read it again and send If-Match: "(.+)"$/,
    (value, tag) => `De waarde van deze KPI voor deze maand is nu ${value}; lees haar opnieuw en stuur If-Match: "${tag}"`,
  ],
  // lib/webhooks
  [/^Turned off after (\d+) failed delivery attempts in a row$/, (n) => `Uitgezet na ${n} mislukte leverpogingen op rij`],
  [/^A workspace can have at most (\d+) webhook endpoints; delete one first$/, (n) => `Een werkruimte kan hoogstens ${n} webhook-endpoints hebben; verwijder er eerst een`],
  [/^Redirects are not followed(.*)$/, (rest) => `Doorverwijzingen worden niet gevolgd${rest}`],
  // lib/investments, lib/pdf (a report's period) and lib/api/operations
  [/^An investment cannot go from (\w+) to (\w+)$/, (from, to) => `Een investering kan niet van ${from} naar ${to}`],
  [
    /^period must be YYYY-MM or YYYY-MM\.\.YYYY-MM \(for example 2026-01\.\.2026-10\), not "(.*)"$/s,
    (value) => `period moet JJJJ-MM of JJJJ-MM..JJJJ-MM zijn (bijvoorbeeld 2026-01..2026-10), niet "${value}"`,
  ],
  [/^period: the first month (\S+) is after the last month (\S+)$/, (first, last) => `period: de eerste maand ${first} ligt na de laatste maand ${last}`],
  [/^period: the last month (\S+) is after the current month (\S+)$/, (last, now) => `period: de laatste maand ${last} ligt na de huidige maand ${now}`],
  [/^must be a whole number from (\d+) to (\d+)$/, (min, max) => `moet een geheel getal van ${min} tot en met ${max} zijn`],
  [/^must be one of (.+)$/, (list) => `moet een van deze zijn: ${list}`],
  [
    /^must be (".*"|\d+) as the investment has it; this operation changes the plan only$/s,
    (value) => `moet ${value} zijn, zoals de investering het heeft; deze bewerking wijzigt alleen het plan`,
  ],
  // lib/rates (a rate is shown in Dutch notation: 0,92)
  [
    /^([A-Z]{3}) → ([A-Z]{3}) already has a rate for (\d{4}-\d{2}): ([\d.]+); replace it or choose another month$/,
    (from, to, month, rate) => `${from} → ${to} heeft voor ${month} al een koers: ${rate.replace(".", ",")}; vervang die of kies een andere maand`,
  ],
  [
    /^([A-Z]{3}) → ([A-Z]{3}) (\d{4}-\d{2}): ([\d.]+) now, ([\d.]+) in the file$/,
    (from, to, month, now, file) => `${from} → ${to} ${month}: nu ${now.replace(".", ",")}, in het bestand ${file.replace(".", ",")}`,
  ],
  [/^…and (\d+) more months with another rate$/, (n) => `…en nog ${n} maanden met een andere koers`],
  // lib/api/operations/exchange-rates.ts (a rate is a JSON value there: its point stays)
  [/^Send at most (\d+) rates at once$/, (n) => `Stuur hoogstens ${n} koersen tegelijk`],
  [/^This currency pair and month is already in the batch \((rates\.\d+)\)$/, (first) => `Dit valutapaar met deze maand staat al in de batch (${first})`],
  [
    /^([A-Z]{3}) → ([A-Z]{3}) already has the rate ([\d.]+) for (\d{4}-\d{2}); send onConflict "replace" to replace it or "keep" to keep it$/,
    (from, to, rate, month) => `${from} → ${to} heeft voor ${month} al de koers ${rate}; stuur onConflict "replace" om die te vervangen of "keep" om die te houden`,
  ],
  [
    /^([A-Z]{3}) → ([A-Z]{3}) already has the rate ([\d.]+) for (\d{4}-\d{2}); send If-Match: "([\d.]+)" to replace it$/,
    (from, to, rate, month, tag) => `${from} → ${to} heeft voor ${month} al de koers ${rate}; stuur If-Match: "${tag}" om die te vervangen`,
  ],
  [
    /^The rate for this month is now ([\d.]+); read it again and send If-Match: "([\d.]+)"$/,
    (rate, tag) => `De koers voor deze maand is nu ${rate}; lees hem opnieuw en stuur If-Match: "${tag}"`,
  ],
  [/^(\S+ → \S+ \d{4}-\d{2}): (.+)$/s, (subject, problem) => `${subject}: ${translateServerMessage(problem, "nl")}`],
];

export function translateServerMessage(message: string, locale: UiLocale): string {
  if (locale !== "nl") return message;
  if (DUTCH[message]) return DUTCH[message];
  for (const [pattern, render] of DUTCH_PATTERNS) {
    const match = message.match(pattern);
    if (match) return render(...match.slice(1));
  }
  return message;
}
