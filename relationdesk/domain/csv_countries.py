"""Country names as address books write them ("Romania", "Italia", "United States") turned
into the ISO 3166-1 alpha-2 code a customer keeps: Outlook's "Country/Region" columns and
Google's "Address 1 - Country" hold names, not codes. English and each country's own name
come from the Unicode CLDR (generated once from the copy Qt ships, so the domain needs no
Qt), with the names our users' languages give the main trading partners."""

import re

from relationdesk.domain.text import fold


def country_code(cell: str) -> str:
    """The code for a country's name or code; the cell as it was when it is neither (the
    row's validation then names the value)."""
    text = cell.strip()
    if len(text) == 2:
        return text.upper()
    return _CODES.get(" ".join(re.sub(r"[^\w]+", " ", fold(text)).split()), text)


_CODES: dict[str, str] = {
    "afghanistan": "AF", "aland": "AX", "aland islands": "AX", "albania": "AL",
    "algeria": "DZ", "american samoa": "AS", "amerika serikat": "US", "andorra": "AD",
    "angola": "AO", "anguilla": "AI", "antigua barbuda": "AG", "argentina": "AR",
    "armenia": "AM", "aruba": "AW", "australia": "AU", "austria": "AT", "azerbaijan": "AZ",
    "bahamas": "BS", "bahrain": "BH", "bangladesh": "BD", "barbados": "BB", "belanda": "NL",
    "belarus": "BY", "belgie": "BE", "belgio": "BE", "belgium": "BE", "belize": "BZ",
    "benin": "BJ", "bermuda": "BM", "bhutan": "BT", "bolivia": "BO",
    "bosna i hercegovina": "BA", "bosnia herzegovina": "BA", "botswana": "BW", "brasil": "BR",
    "brazil": "BR", "british indian ocean territory": "IO", "british virgin islands": "VG",
    "brunei": "BN", "bulgaria": "BG", "burkina faso": "BF", "burundi": "BI",
    "cabo verde": "CV", "cambodia": "KH", "cameroon": "CM", "cameroun": "CM", "canada": "CA",
    "canarias": "IC", "canary islands": "IC", "cape verde": "CV",
    "caribbean netherlands": "BQ", "caribisch nederland": "BQ", "cayman islands": "KY",
    "central african republic": "CF", "cesko": "CZ", "ceuta melilla": "EA",
    "ceuta y melilla": "EA", "chad": "TD", "chile": "CL", "china": "CN",
    "christmas island": "CX", "citta del vaticano": "VA", "cocos keeling islands": "CC",
    "colombia": "CO", "comoros": "KM", "congo brazzaville": "CG", "congo kinshasa": "CD",
    "cook islands": "CK", "costa rica": "CR", "cote d ivoire": "CI", "crna gora": "ME",
    "croatia": "HR", "cuba": "CU", "curacao": "CW", "cyprus": "CY", "czech republic": "CZ",
    "czechia": "CZ", "danmark": "DK", "denmark": "DK", "deutschland": "DE",
    "diego garcia": "DG", "djibouti": "DJ", "dominica": "DM", "dominican republic": "DO",
    "ecuador": "EC", "eesti": "EE", "egypt": "EG", "el salvador": "SV", "elvetia": "CH",
    "england": "GB", "equatorial guinea": "GQ", "eritrea": "ER", "espana": "ES",
    "estonia": "EE", "eswatini": "SZ", "ethiopia": "ET", "falkland islands": "FK",
    "faroe islands": "FO", "fiji": "FJ", "finland": "FI", "france": "FR", "francia": "FR",
    "franta": "FR", "french guiana": "GF", "french polynesia": "PF", "gaana": "GH",
    "gabon": "GA", "gambia": "GM", "georgia": "GE", "germania": "DE", "germany": "DE",
    "ghana": "GH", "gibraltar": "GI", "great britain": "GB", "grecia": "GR", "greece": "GR",
    "greenland": "GL", "grenada": "GD", "guadeloupe": "GP", "guam": "GU", "guatemala": "GT",
    "guernsey": "GG", "guine bissau": "GW", "guinea": "GN", "guinea bissau": "GW",
    "guinea ecuatorial": "GQ", "guinee": "GN", "guyana": "GY", "guyane francaise": "GF",
    "haiti": "HT", "holland": "NL", "honduras": "HN", "hong kong sar china": "HK",
    "hrvatska": "HR", "hungary": "HU", "iceland": "IS", "india": "IN", "indonesia": "ID",
    "inggris": "GB", "iran": "IR", "iraq": "IQ", "ireland": "IE", "island": "IS",
    "isle of man": "IM", "israel": "IL", "italia": "IT", "italy": "IT", "jamaica": "JM",
    "japan": "JP", "jepang": "JP", "jerman": "DE", "jersey": "JE", "jordan": "JO",
    "kalaallit nunaat": "GL", "kazakhstan": "KZ", "kenya": "KE", "kiribati": "KI",
    "kodorosese ti beafrika": "CF", "korea": "KR", "korsou": "CW", "kosove": "XK",
    "kosovo": "XK", "kuwait": "KW", "kyrgyzstan": "KG", "la reunion": "RE", "laos": "LA",
    "latvia": "LV", "latvija": "LV", "lebanon": "LB", "lesotho": "LS", "liberia": "LR",
    "libya": "LY", "liechtenstein": "LI", "lietuva": "LT", "lithuania": "LT",
    "luxembourg": "LU", "macao sar china": "MO", "madagascar": "MG", "madagasikara": "MG",
    "magyarorszag": "HU", "malawi": "MW", "malaysia": "MY", "maldives": "MV", "mali": "ML",
    "malta": "MT", "marea britanie": "GB", "marshall islands": "MH", "martinique": "MQ",
    "maurice": "MU", "mauritania": "MR", "mauritius": "MU", "mayotte": "YT", "mexico": "MX",
    "micronesia": "FM", "mocambique": "MZ", "moldova": "MD", "monaco": "MC", "mongolia": "MN",
    "montenegro": "ME", "montserrat": "MS", "morocco": "MA", "mozambique": "MZ",
    "myanmar burma": "MM", "namibia": "NA", "namibie": "NA", "nauru": "NR", "nederland": "NL",
    "nepal": "NP", "netherlands": "NL", "new caledonia": "NC", "new zealand": "NZ",
    "nicaragua": "NI", "niger": "NE", "nigeria": "NG", "nijar": "NE", "niue": "NU",
    "norfolk island": "NF", "norge": "NO", "north korea": "KP", "north macedonia": "MK",
    "northern mariana islands": "MP", "norway": "NO", "nouvelle caledonie": "NC",
    "olanda": "NL", "oman": "OM", "osterreich": "AT", "pakistan": "PK", "palau": "PW",
    "palestinian territories": "PS", "panama": "PA", "papua new guinea": "PG",
    "papua niugini": "PG", "paraguai": "PY", "paraguay": "PY", "perancis": "FR", "peru": "PE",
    "philippines": "PH", "pilipinas": "PH", "pitcairn islands": "PN", "poland": "PL",
    "polska": "PL", "polynesie francaise": "PF", "portugal": "PT", "puerto rico": "PR",
    "qatar": "QA", "regno unito": "GB", "republica dominicana": "DO",
    "republica moldova": "MD", "reunion": "RE", "romania": "RO", "russia": "RU",
    "rwanda": "RW", "saint barthelemy": "BL", "saint martin": "MF",
    "saint pierre et miquelon": "PM", "samoa": "WS", "san marino": "SM",
    "sao tome e principe": "ST", "sao tome principe": "ST", "saudi arabia": "SA",
    "schweiz": "CH", "senegaal": "SN", "senegal": "SN", "serbia": "RS", "seychelles": "SC",
    "shqiperi": "AL", "sierra leone": "SL", "singapore": "SG", "singapura": "SG",
    "sint maarten": "SX", "slovakia": "SK", "slovenia": "SI", "slovenija": "SI",
    "slovensko": "SK", "solomon islands": "SB", "somalia": "SO", "soomaaliya": "SO",
    "south africa": "ZA", "south georgia south sandwich islands": "GS", "south korea": "KR",
    "south sudan": "SS", "spagna": "ES", "spain": "ES", "spania": "ES", "spanyol": "ES",
    "sri lanka": "LK", "st barthelemy": "BL", "st helena": "SH", "st kitts nevis": "KN",
    "st lucia": "LC", "st martin": "MF", "st pierre miquelon": "PM",
    "st vincent grenadines": "VC", "st vincent the grenadines": "VC", "statele unite": "US",
    "stati uniti": "US", "sudan": "SD", "suomi": "FI", "suriname": "SR",
    "svalbard jan mayen": "SJ", "svalbard og jan mayen": "SJ", "sverige": "SE",
    "svizzera": "CH", "sweden": "SE", "switzerland": "CH", "syria": "SY", "taiwan": "TW",
    "tajikistan": "TJ", "tanzania": "TZ", "thailand": "TH", "the netherlands": "NL",
    "timor leste": "TL", "tiongkok": "CN", "togo": "TG", "tokelau": "TK", "tonga": "TO",
    "trinidad tobago": "TT", "tunisia": "TN", "turkey": "TR", "turkiye": "TR",
    "turkmenistan": "TM", "turks caicos islands": "TC", "tuvalu": "TV", "u rwanda": "RW",
    "u s outlying islands": "UM", "u s virgin islands": "VI", "uburundi": "BI", "uganda": "UG",
    "uk": "GB", "ukraine": "UA", "ungaria": "HU", "united arab emirates": "AE",
    "united kingdom": "GB", "united states": "US", "united states of america": "US",
    "uruguay": "UY", "usa": "US", "uzbekistan": "UZ", "vanuatu": "VU", "vatican city": "VA",
    "venezuela": "VE", "viet nam": "VN", "vietnam": "VN", "wallis et futuna": "WF",
    "wallis futuna": "WF", "western sahara": "EH", "yemen": "YE", "zambia": "ZM",
    "zimbabwe": "ZW",
}  # fmt: skip
