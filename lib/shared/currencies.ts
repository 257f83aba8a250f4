// The active ISO 4217 currency codes (list one of the standard, as of 2025), for
// validating what a user or a file names as a currency. A static list rather than
// Intl.supportedValuesOf("currency"): that one differs between Node, browsers and ICU
// versions and still lists withdrawn codes (HRK, CUC, SLL, ZWL). Left out on purpose:
// precious metals (XAU, XAG, XPT, XPD), bond-market and drawing-right units (XBA–XBD,
// XDR, XSU, XUA) and the test codes (XTS, XXX) — none is money an investment is planned in.
// Rows stored before this check keep whatever code they have and are shown as they are.

export const ISO_CURRENCIES: readonly string[] = `
  AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN
  BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD
  FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS
  KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK
  MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR
  SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH
  UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG
`
  .trim()
  .split(/\s+/);

const KNOWN: ReadonlySet<string> = new Set(ISO_CURRENCIES);

/** True for an active ISO 4217 code, written in capitals ("EUR"; not "eur", not "XYZ"). */
export const isIsoCurrency = (code: string): boolean => KNOWN.has(code);

/** The field message of a form (investment header). */
export const ISO_CURRENCY_MESSAGE = "Use an ISO 4217 currency code such as EUR";
/** The same under a path of an imported file ("currency: must be …"). */
export const ISO_CURRENCY_PATH_MESSAGE = "must be an ISO 4217 currency code such as EUR";

const minorUnits = new Map<string, number>();

/**
 * The number of decimals of a currency's minor unit (ISO 4217 via the platform's ICU data):
 * EUR, USD, CHF 2 · JPY, KRW, ISK 0 · BHD, KWD 3. Amounts round to it, half-up, for display.
 */
export function minorUnitOf(code: string): number {
  let digits = minorUnits.get(code);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    minorUnits.set(code, digits);
  }
  return digits;
}
