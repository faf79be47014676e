"""The words of attributions, and what a source phrase names.

``split_phrase(phrase)`` splits the words before or after a reporting verb into a name, a role
and a kind: ``Russian Deputy Foreign Minister Sergei Ryabkov`` -> (``Sergei Ryabkov``,
``Russian Deputy Foreign Minister``, ``person``); organisations stay whole; unnamed sources
(``a senior Russian diplomat``) are kept as written. The word lists that tell titles, roles,
organisations and sources apart live here too. Pure functions of a phrase.
"""

from __future__ import annotations

import functools
import re


# Capital letters: ASCII, Latin-1 and Latin Extended-A ("Łukasz", "Śląsk", "Şahin", "Žilina").
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"

_CAPWORD = rf"[{_UP}][\w’'.-]*"

# (with "y" and "e": "Ortega y Gasset", "Observatório de Transparência e Governação")
_PARTICLE = (r"(?:de|da|di|del|della|dela|delos|van|von|der|den|bin|ibn|al|el|la|le|du|dos|das|"
             r"ter|ap|af|zu|en|y|e)")

# A run of capitalised words (with name particles and "of"/"for"/"and" inside organisation names).
_CAPRUN = rf"{_CAPWORD}(?:\s+(?:(?:{_PARTICLE}|of|for|and|the|on|&)\s+)*{_CAPWORD})*"

# Last words of place names, which are not people: "Fair Isle", "Harbour Lane", "Gray Strait".
_PLACE_LAST = frozenset(
    "Isle Island Islands Bay Lake River Valley Street Road Avenue Lane Square Hill Hills "
    "Mountains Mountain Sea Ocean Coast Strait Peninsula Desert Forest Canyon Creek Harbour "
    "Harbor Beach Heights Springs Falls Gulf Channel Estuary Delta Plateau Glen Moor "
    "Ridge".split())

# Words of the names of news outlets: "Bloomberg reported ... The company said" is not
# Bloomberg, and "records obtained by The Sunday Ledger show" are the records' word.
OUTLET_WORDS = frozenset(
    "News Times Post Journal Herald Tribune Guardian Telegraph Reuters Press Bloomberg BBC CNN "
    "AFP AP Radio Television TV Broadcasting Gazette Chronicle Observer Standard Mail "
    "Independent Economist Politico Axios Ledger Courier Sentinel Inquirer Examiner Dispatch "
    "Bulletin Mirror Express".split()
)

# Short forms of titles that a later mention uses: "DI Kowalczyk" after "Detective Inspector
# Mark Kowalczyk".
SHORT_TITLES = frozenset("DI DS DC DCI DCS PC PCSO Prof Prof. Supt Supt. Insp Det Sgt Cllr Cr SP "
                         "Adv DPP".split())

_NOT_ROLE_START = frozenset(
    "which who whom whose that when where while and but or as if known also in on during after "
    "before speaking writing via through".split())

_LEADING_JUNK = re.compile(
    r"^(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Hh]owever|[Mm]eanwhile|[Aa]lso|[Nn]ow|[Ss]till|[Tt]hen|"
    r"[Ii]nstead|[Ee]arlier|[Ll]ater|[Tt]oday|[Oo]n\s+\w+|[Ii]n\s+\w+|[Aa]s|[Ww]hile|[Ww]hen|"
    r"[Ii]f|[Aa]lthough|[Tt]hough|[Ss]ince|[Bb]ecause|[Nn]eighbou?ring|[Nn]earby)\s+)+"
)

# First words of two-word place names, which are not people: "South Korea said".
PLACE_FIRST = frozenset(
    "South North East West New Saudi Sri Hong Costa El Puerto San Santa Sierra Burkina Cape "
    "Czech Dominican Ivory Solomon Marshall Papua Trinidad United Los Las Abu Tel Buenos Kuala "
    "Rio Sao São St Port Fort Mount Lake Loch Sungai Kampung Bukit Pulau Tanjung Kota Bandar "
    "Taman Jalan Co".split()  # ("Co Cork": County Cork)
)

_ROLE_NOUNS = frozenset(
    "envoy member musician actor actress singer player striker midfielder defender goalkeeper "
    "guard forward winger quarterback pitcher catcher keeper batter bowler centre-back opener "
    "skipper spinner wicketkeeper all-rounder defenceman defenseman netminder centreman "
    "researcher professor lecturer paediatrician pediatrician nurse surgeon physician "
    "chairwoman chairperson vice deputy senior junior former chief head assistant "
    "correspondent columnist writer blogger commentator historian lawmaker legislator farmer "
    "teacher driver pilot resident owner shopkeeper student worker businessman businesswoman "
    "entrepreneur activist campaigner volunteer firefighter paramedic officer soldier veteran "
    "pensioner mother father son daughter wife husband brother sister neighbour neighbor "
    "witness survivor victim patient fan coach manager captain midwife pharmacist passenger "
    "customer commuter shopper tenant landlord motorist cyclist pedestrian traveller traveler "
    "tourist visitor parent grandmother grandfather retiree rapper comedian presenter poet chef "
    "designer dancer drummer guitarist footballer cricketer golfer boxer athlete swimmer "
    "linebacker receiver cornerback shortstop outfielder infielder goaltender flanker jockey "
    "rider".split()
)

_PREPOSITIONS = frozenset("of for at in from with on by to".split())

# Fields of study, which follow "in" inside a body's name, not as its place.
_FIELDS = frozenset(
    "Medicine Economics Science Sciences Education Health Healthcare Research Engineering Law "
    "Technology Journalism Business Management Policy Mathematics Nursing Agriculture".split())

_NOT_SOURCE_NOUNS = frozenset(
    "time year week day month way thing fact number rest end start idea reason problem".split()
)

_PARTICLE_WORDS = frozenset("de da di del della dela delos van von der den bin ibn al el la le du "
                            "dos das ter ap af zu bint ben abu en y e".split())

# Irish and Scottish Gaelic particles, written with a capital ("Ciarán Ó Dálaigh", "Siobhán Ní
# Mhurchú"): inside a name, and (unlike "von") at its start too ("Ó Dálaigh said").
_GAELIC_PARTICLES = frozenset("Ó O' Ní Nic Uí Ua Mhic Bean".split())

# Words for the members of a party (and the words of those names), which describe, not name.
_PARTY_MEMBERS = frozenset(
    "Democrat Republican Conservative Tory Tories Liberal Labour Green Socialist Christian Social "
    "Free Democratic Nationalist Unionist Independent Libertarian Centrist Communist".split())

_NAME_SUFFIXES = frozenset("Jr. Jr Sr. Sr II III IV".split())

_PREFIXED_NAME = re.compile(r"^(?:al|el|ad|ar|as|at|an|bin|ben|ibn|abu|de|da|di|du|van|von|le|la)"
                            r"-[A-ZÀ-ÖØ-Þ]")

_HONORIFICS = frozenset("Mr Mrs Ms Miss Mx Dr Sir Dame Seri Prof Shri Sri Smt Shrimati Hon Madam Mdm Mme "
                        "Alhaji Alhaja Hajia Hajiya Datuk Datin Dato Tun Encik Mzee Comrade Eng Ato Coun "
                        "Dasho Lyonpo Ratu Adi Atty Honourable Commodore"
                        .split())

# Burmese honorifics, which stand before the whole of a name (Burmese names have no surname):
# "U" and "Ko" for men, "Daw" for women. Only before two or more words, since "Ko" is also a
# Korean and Chinese surname ("Ko Wen-je").
_BURMESE_HONORIFICS = frozenset(("U", "Daw", "Ko"))

_GROUP_NOUNS = frozenset(
    "officials workers residents staff employees leaders members engineers scientists "
    "researchers doctors nurses teachers officers executives managers analysts sources aides "
    "lawyers prosecutors investigators inspectors spokespeople".split())

_DOCUMENT_NOUNS = frozenset(
    "study report survey paper analysis review poll article letter statement audit research "
    "investigation assessment".split())

# People around someone, who speak for themselves: "aides to Senator X", "allies of X".
_ASSOCIATES = frozenset(
    "aides aide allies ally friends friend critics critic rivals rival opponents associates "
    "colleagues advisers adviser advisors advisor lawyers lawyer attorneys attorney supporters "
    "supporter relatives relative".split()
)

# Capitalised adjectives that open a sentence before a name: "Rival AMD reported".
_DESCRIPTIVE_OPENERS = frozenset(
    "Rival Fellow Embattled Beleaguered Troubled Struggling Promoter Organiser Organizer "
    "Broadcaster Publisher Retailer Distributor Manufacturer Maker Carmaker Automaker Chipmaker "
    "Airline Insurer Lender Miner Brewer Developer Housebuilder Supermarket Grocer Operator "
    "Supplier Conglomerate Producer Broker Consultancy Brokerage Exporter Importer".split())

# Endings of occupations: "Toxicologist", "Physician", "Photographer", "Economist".
_OCCUPATION_ENDS = ("ologist", "ist", "ician", "grapher", "nomist", "ist.")

# Letters after a name that are not part of it: "Daisy Fenwick MP".
_POST_NOMINALS = frozenset("MP MEP MSP MLA MS AM TD QC KC SC SAN OBE MBE CBE KBE PhD".split())

_NOT_SOURCES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December It This That There Here".split()
)

PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "thing"}

_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "one", "two", "three",
                "several", "some", "many", "other"}

# Words between a determiner and a document that say which document: "the latest figures", "a
# probe report", "the penalty notice" (the document is still the source's).
DOCUMENT_ADJECTIVES = frozenset(
    "new latest recent annual final initial preliminary official independent separate internal "
    "previous fresh full earlier interim joint draft leaked quarterly monthly weekly same probe "
    "inquiry blog penalty enforcement court".split())

# Titles that are also common surnames: alone or after "Mr", "Ms", "Dr", a surname.
_TITLE_SURNAMES = frozenset(
    "King Bishop Cardinal Major Judge Prince Pope Sheriff Chancellor Speaker Warden Provost "
    "Elder Sergeant Constable Collector Clerk Reeve Vicar Pastor Dean Abbot Lord".split())
_COURTESY_TITLES = frozenset("Mr Mrs Ms Miss Mx Dr Prof".split())

# Staff who speak for their firm: "analysts at Brightmoor Capital".
_FIRM_STAFF = frozenset("analysts economists strategists researchers scientists".split())

# Capitalised words that are titles: part of a role, never of a name.
TITLE_WORDS = frozenset(
    "Madam Mdm Mme Planner Engineer Surveyor Assessor Solicitor Librarian Architect "
    "President Vice Minister Deputy Foreign Prime Secretary Senator Sen. Governor Gov. Mayor "
    "Ambassador Chancellor Director Chief Executive Spokesperson Spokesman Spokeswoman General "
    "Gen. Commissioner Representative Rep. Dr. Dr Professor Prof. Judge Justice Chairman "
    "Secretary-General Director-General "
    "Chairwoman Chair Leader Envoy Adviser Advisor Special Attorney CEO CTO CFO COO CIO Head "
    "Coach Captain "
    "Capt. Officer Councillor Councilman Councilwoman Councilor Mr. Mr Mrs. Mrs Ms. Ms Miss Sir Dame "
    "Shri Sri Smt. Smt Shrimati Hon. Hon Clerk Registrar Sheriff Warden Provost Democrat Republican "
    "Tory Headteacher Headmaster Headmistress Lt Gen Col Maj Sgt Det Insp Brig Cpl Pte Capt Adm "
    "Cdr Supt Supt. Insp. Det. Cllr Prof DI DS DC DCI DCS PC PCSO "
    "Lord Lady King Queen Prince Princess Pope Rev. Father Sister Bishop Archbishop Cardinal "
    "Sheikh Emir Colonel Col. Lieutenant Lt. Sergeant Sgt. Major Maj. Admiral Adm. Commander "
    "Inspector Detective Superintendent Constable Undersecretary Under Assistant Associate "
    "Acting Interim Former Ex Premier Speaker Whip Attorney-General Treasurer Auditor "
    "Chairperson Founder Co-founder President-elect Health Finance Defence Defense Interior "
    "Justice Education Trade Energy Environment Economy Transport Agriculture Labour Labor "
    "Home Culture Communications Science Technology State Federal Regional National "
    "Opposition Party Senior Junior Team Member Head Coach Manager Producer Editor Analyst "
    "Economist Researcher Scientist Author Professor Lecturer MP MPs MEP MLA MSP MS TD Local "
    "Congressman Congresswoman Assemblyman Assemblywoman Alderman Councilmember Engr Engr. "
    "Prosecutor DPP Alhaji Alhaja Hajia Hajiya Datuk Datin Dato Tun Encik Mzee Comrade SP Adv "
    "Adv. Counsel Reeve Principal Collector Pastor Imam Rabbi Vicar Seri Cmdr Cmdr. Trustee "
    "Dasho Lyonpo Ratu Adi Atty Atty. Honourable Commodore Magistrate Coroner Cathaoirleach "
    "Partner Officer-in-Charge Employment Eng Eng. Administrator Ato Coun Newspaper Broadcaster Elder "
    "Commissioners "
    "Supervisor Controller Comptroller Regent Ombudsman Coordinator "
    "Councillors Councilors Senators Supervisors Trustees Judges Ministers".split()
)

# Capitalised words that mark an organisation or a place name.
ORG_WORDS = frozenset(
    "News Times Post Journal Herald Tribune Guardian Telegraph Reuters Press Agency Bloomberg "
    "Ministry Department Office Council Committee Commission Authority Agency Bureau Board "
    "Court Police Army Navy Force Forces Guard Party Union Nations Kingdom States Republic "
    "Federation Association Institute Institution University College School Hospital Centre "
    "Center Foundation Fund Bank Company Corporation Corp Corp. Inc Inc. Ltd Ltd. LLC Group "
    "Holdings Energy Airlines Motors Systems Technologies Labs Network Networks Media "
    "ASA Oyj SpA Bhd Berhad Tbk Pty PJSC "  # (company forms of other countries)
    "Service Services Administration Government Parliament Senate Congress House Assembly "
    "Kremlin Pentagon Commerce Chamber Society Club League Organization Organisation Alliance "
    "Consortium Inquiry "
    "Coalition Movement Front Church Cross Crescent Council Trust Industries International "
    "Global World Watch Project Initiative Programme Program Survey Team Squad FC City Town "
    "County Province District Region Arena Stadium Hall Street Square Airport One Olympics "
    "Cup Games Summit Conference Forum Festival Expo Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday January February March April May June July August September October "
    "November December Twitter Facebook Google Microsoft Apple Amazon Sheriff Relations Affairs "
    "Rights Studies Sciences Resources Development Security Intelligence Council Health Trade "
    "Research Council Institute Chapter Branch Division Unit Station Staff Chiefs Centers Centres "
    "Foods Airways Pharmaceuticals Pharma Electric Steel Mining Stores Brands Capital Partners "
    "Logistics Insurance Telecom Entertainment Studios Homes Properties Construction Engineering "
    "Chemicals Therapeutics Robotics Software Solutions Highways Grid Rail Focus "
    "Institutes Laboratories Laboratory Registry Register Observatory Tribunal Academy Clinic "
    "Museum Library Exchange Secretariat Command Corps Directorate Freight Shipping Petroleum "
    "Automotive "
    "Aerospace Semiconductor Semiconductors Biotech Ports Pictures Films Water Holding Dairy "
    "Dairies Farms Bakery Brewery Brewing Monitor Community Nation Tracker Air Appliances "
    "Ferries Lines Analytics Cloud Municipality Inspectorate Minerals Metals Ombudsman "
    "Companies Producers Manufacturers Exporters Importers Employers Retailers Workers Unions "
    "Associations Dealers Operators Growers Suppliers Distributors Platinum Gold Copper Coal "
    "Cement Securities Ratings Advisory Investments Realty Consulting Developments Plantations "
    "Devices Fulfilment Fulfillment Warehousing "
    "Poultry Co-operative Cooperative Supermarkets Hospitality Leisure Resorts Hotels Compact Plc "
    "PLC Limited GmbH Guild Guilds "
    "Kaupule Falekaupule".split()  # (Tuvalu's island councils)
)

# The same words in Spanish, Portuguese and French names, which join their words with "de",
# "del", "da" ...: "Federación de Criadores del Norte", "Cámara de Industrias del Litoral".
_ROMANCE_BODY_WORDS = frozenset(
    "Federación Asociación Cámara Confederación Sindicato Instituto Ministerio Consejo "
    "Cooperativa Sociedad Comisión Fundación Banco Corporación Superintendencia Secretaría "
    "Compañía Empresa Associação Confederação Federação Fundação Companhia "
    "Fédération Syndicat Conseil Ministère Banque Société Compagnie "
    # (and Filipino names joined by "ng": "Samahang Magsasaka ng Gitnang Luzon")
    "Samahang Kapisanan Pambansang Alyansa Katipunan".split())
_ROMANCE_PARTICLES = _PARTICLE_WORDS | frozenset("do des para ng sa mga".split())

# Lower-case nouns that name a source when no name is given.
SOURCE_NOUNS = frozenset(
    "spokesperson spokesman spokeswoman official officials diplomat diplomats minister "
    "ministers source sources police officer officers report reports study survey analysis "
    "statement researchers scientists experts analysts critics authorities authority ministry "
    "government company firm council committee agency court judge prosecutors prosecutor "
    "lawyer lawyers attorney doctors doctor residents witnesses witness observers investigators "
    "bulletin data figures documents document authors author paper newspaper union unions campaigners activists "
    "organisers organizers organisation organization team coach manager engineer engineers "
    "economist economists people person poll polls website post blog leaders leader envoy "
    "president administration aide aides adviser advisers advisor advisors regulator regulators "
    "operator owner owners representative representatives members member staff employees "
    "board chair chairman chief executive director editor reporter reporters spokespeople "
    "military army navy ministry department office bank banks university hospital school "
    "parents teachers students farmers workers voters officials' group groups opposition "
    "protesters demonstrators supporters opponents scientist expert analyst critic councillor "
    "councillors senator senators governor mayor governors forecasters meteorologists "
    "campaigners alliance association charity federation watchdog commission institute "
    "insiders negotiators mediators inspectors auditors posts messages tweets bosses nurses "
    "executives managers employers retailers traders investors passengers commuters landlords "
    "tenants locals shoppers media television broadcaster radio records statistics filings "
    "strategists bankers allies lawmakers legislators pollsters consultants delegates delegate "
    "colleagues family relatives friends neighbours neighbors trader negotiator investor resident "
    "passenger commuter landlord tenant shopper nurse employer insider mediator inspector "
    "auditor boss strategist banker lawmaker legislator pollster consultant politician "
    "politicians observer activist campaigner protester parent businesses survivors victims "
    "refugees migrants evacuees coastguard agents fan fans viewer viewers listener listeners "
    "reader readers customer customers user users patient patients worker student teacher farmer "
    "voter supporter opponent protester drivers driver motorists motorist commuters woman man "
    "women men mother father advocates advocate gardaí gardai co-operative cooperative co-op "
    "start-up startup pensioner widow widower grandmother grandfather grandparent management"
    .split()
) | frozenset(  # "the mother-of-three said": a person just spoken of
    f"{who}-of-{n}" for who in ("mother", "father", "mum", "dad", "grandmother", "grandfather")
    for n in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))

_NATIONALITY = re.compile(r"^(?:[A-Z][a-z]+(?:an|ian|ese|ish|i|ch|ic)|US|U\.S\.|UK|U\.K\.|EU|UN|U\.N\.)$")

_POSSESSIVE = re.compile(r"['’]s$")

# The first words of a public body's name, which a place's possessive can stand before:
# "Brazil's Ministry of Mines and Energy", "Chile's National Mining Development Corporation"
# (or its last: "Peru's Production Ministry").
_PUBLIC_BODY_FIRST = frozenset(
    "Ministry Department Office Agency Bureau Directorate Treasury Secretariat Inspectorate "
    "National Federal Central".split())
# Possessives that open a body's own name: "People's Bank of China", "Women's Aid Federation".
_NAME_POSSESSORS = frozenset("People's People’s Women's Women’s Children's Children’s Men's "
                             "Men’s Workers' Workers’".split())


# Countries (and a few territories and cities) whose possessive opens a public body's name in
# news copy: "Singapore's Maritime Energy Transition Office".
_COUNTRY_NAMES = frozenset(
    "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan "
    "Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia "
    "Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada Chad Chile China Colombia "
    "Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea "
    "Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece "
    "Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq "
    "Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait "
    "Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg "
    "Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia "
    "Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal "
    "Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama Paraguay "
    "Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia "
    "Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland "
    "Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu "
    "Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe "
    "Britain England Scotland Wales America Europe Africa Asia Hong Kong Macau".split())
# Last words of a public body's name, after which such a possessive is the place's, not the name's.
_PUBLIC_BODY_LAST = frozenset(
    "Office Authority Agency Commission Bureau Board Council Service Institute Directorate "
    "Inspectorate Ombudsman Regulator Ministry Department Secretariat Tribunal".split())


def _without_owner_place(toks: list[str]) -> list[str]:
    """A public body's name without the possessive place it is owned by: "Manitoba's
    Department of Natural Resources and Mines" -> "Department of Natural Resources and Mines",
    as every labeller writes it (the place is the article's, not the body's name). A body
    with a possessive inside its name keeps it ("King's College London", "the People's Bank of
    China", "McDonald's Corporation")."""
    for k, tok in enumerate(toks[:3]):
        if not _POSSESSIVE.search(tok):
            continue
        rest = toks[k + 1:]
        if (len(rest) >= 2 and tok not in _NAME_POSSESSORS
                and (rest[0] in _PUBLIC_BODY_FIRST or rest[-1] in ("Ministry", "Department")
                     or rest[-1] in _PUBLIC_BODY_LAST and _POSSESSIVE.sub("", tok) in _COUNTRY_NAMES)
                and all(t[:1].isupper() for t in toks[:k + 1])
                and any(t.strip(",.") in ORG_WORDS for t in rest)):
            return rest
        break
    return toks

_ACRONYM = re.compile(r"^[A-Z]{3,}$")

_TRAILING_TIME = re.compile(
    r"(?:\s+(?:on|last|this|next|early|late|earlier|later|in|during|at)\s+(?:the\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|month|year|"
    r"morning|afternoon|evening|night|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|\d{4})(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:yesterday|today|tonight|recently))+$"
)


# The letters _LEADING_JUNK's words begin with, and the words _TRAILING_TIME's end with (or a
# digit: "in 2023"): a phrase that begins or ends otherwise is not searched (a search for
# _TRAILING_TIME tries every space of the phrase).
_JUNK_INITIALS = frozenset("BbAaSsYyHhMmNnTtIiEeLlOoWw")
_TIME_ENDS = ("day", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night",
              "recently", "January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def _clean_phrase(phrase: str) -> str:
    phrase = phrase.strip().strip("_ ").strip()
    if phrase[:1] in _JUNK_INITIALS:
        phrase = _LEADING_JUNK.sub("", phrase)
    # (the phrase ends in no whitespace here, so _TRAILING_TIME can end only at its end)
    if phrase.endswith(_TIME_ENDS) or phrase[-1:].isdigit():
        phrase = _TRAILING_TIME.sub("", phrase)  # "Chen Karimi on Monday announced"
    return phrase.strip(" ,.;:")


# An initial joined to the name after it: "G.Bat-Erdene", "D.Oyunchimeg" (not "U.S.").
_GLUED_INITIAL = re.compile(r"(?<![\w.])([A-Z])\.([A-Z][a-z][\w'’-]*)")


def _is_name_token(tok: str) -> bool:
    if not tok or _POSSESSIVE.search(tok):
        return False
    if tok[0].isupper():
        return tok not in TITLE_WORDS and not _hyphenated_title(tok)
    return bool(_PREFIXED_NAME.match(tok))  # "al-Assad", "bin-Laden"


def _hyphenated_title(tok: str) -> bool:
    """A title of two title words joined ("Auditor-general", "Vice-President"), not a
    double-barrelled name ("Bat-Erdene")."""
    parts = tok.split("-")
    return len(parts) == 2 and all(p[:1].upper() + p[1:] in TITLE_WORDS for p in parts)


# A place's own body named with a common noun: "Alhaurín del Mar town hall".
_TOWN_HALL = re.compile(
    r"^(?:the\s+)?(?P<body>[A-Z][\w’'-]*(?:\s+(?:(?:de|del|la|le|sur|on|upon)\s+)?[A-Z][\w’'-]*)"
    r"{0,3}\s+(?:town|city)\s+(?:hall|council))$")


# Words for a part of a place before its name: "in northern Norway", "in rural Kenya".
_REGION_ADJECTIVES = frozenset(
    "northern southern eastern western central north south east west rural coastal upstate "
    "inland remote north-east north-west south-east south-west northeastern northwestern "
    "southeastern southwestern".split())
# Plurals that are not people: "Prices in Lagos", "Sales at Tesco".
_NOT_GROUPS = frozenset(
    "prices sales shares rates costs rents profits losses exports imports cases deaths "
    "numbers figures levels temperatures yields stocks bonds talks plans items goods "
    "services operations elections schools hospitals roads".split())


# One unnamed person by what they do: "a former Albufera team-mate", "a senior MP from the
# largest party" (a lower-case noun, or an MP, after an article and up to three describing words).
_ONE_UNNAMED = re.compile(
    r"^[Aa]n?\s+(?P<mods>(?:[\w'’-]+\s+){0,3}?)(?P<head>[a-z][a-z]+(?:-[a-z]+)*|MP|MEP|MSP|TD|MLA)"
    r"(?:\s+(?:from|at|of|in|with)\s+(?:the\s+)?[\w'’ -]{2,60})?$")
# (a body's spokesperson speaks for it, a document is its maker's: read below)
_NOT_ONE_HEADS = frozenset(
    "spokesperson spokesman spokeswoman spokespeople representative report document statement "
    "study survey filing filings letter contract memo note analysis review audit assessment "
    "submission presentation notice order ruling judgment decision plan proposal data figures "
    "time year week day month way thing fact number rest end start idea reason problem "
    "company firm group agency bank network union party trust".split())
# A post by its initials, after "the": "the CS said" (Kenya's Cabinet Secretary).
_TITLE_INITIALS = frozenset(["CS"])


# Bodies named for what they look into: "The Royal Commission into the Yarrandale Ridge Bushfire".
_INTO_BODIES = frozenset(("Commission", "Inquiry", "Investigation", "Review", "Taskforce", "Task"))


@functools.lru_cache(maxsize=8192)
def split_phrase(phrase: str) -> tuple[str | None, str | None, str]:
    """(name, role, kind) for a source phrase; kind is "person", "org", "entity" (one capitalised
    word: a surname, an organisation or a country), "unnamed", "pronoun" or "" (not a source)."""
    phrase = phrase.strip(" ,.;:")
    if not phrase:
        return None, None, ""
    low = phrase.lower()
    if low in PRONOUNS:
        return low, None, "pronoun"
    if low in ("him", "her", "them", "his", "their"):
        # "According to her", "In his view"
        return {"him": "he", "her": "she", "them": "they", "his": "he",
                "their": "they"}[low], None, "pronoun"
    glued = _GLUED_INITIAL.findall(phrase)
    if glued:
        # "Minister of Mining G.Bat-Erdene" (Mongolian style, the initial of the father's name
        # joined to the given name): read as "G. Bat-Erdene", and give the name back as written
        name, role, kind = split_phrase(_GLUED_INITIAL.sub(r"\1. \2", phrase))
        for initial, rest in glued:
            name = name and name.replace(f"{initial}. {rest}", f"{initial}.{rest}")
        return name, role, kind
    tokens = phrase.split()
    if (len(tokens) == 2 and tokens[0] in SHORT_TITLES and _is_name_token(tokens[1])
            and tokens[1].strip(",.") not in ORG_WORDS):  # (not "PC World")
        return tokens[1], tokens[0], "entity"  # "DCI Fenwick": Fenwick, a DCI
    if (len(tokens) <= 2 and tokens[-1] in _TITLE_SURNAMES
            and (len(tokens) == 1 or tokens[0].rstrip(".") in _COURTESY_TITLES)):
        # "Cardinal said" after "Chief Marlene Cardinal", "Mr King said": a surname that is
        # also a title (alone, a title is no one: "the Cardinal" has its article)
        return tokens[-1], tokens[0] if len(tokens) == 2 else None, "entity"
    one = _ONE_UNNAMED.match(phrase)
    if one and one.group("head").lower() not in _NOT_ONE_HEADS and (
            any(t[:1].isupper() for t in one.group("mods").split())
            or "-" in one.group("head") or one.group("head") in _POST_NOMINALS):
        # "A Bruce County paramedic", "A former Albufera team-mate", "A senior MP from the
        # largest party": one person, unnamed, described by what they do (a place or a club
        # before it describes them, it does not speak)
        return phrase[0].lower() + phrase[1:], None, "unnamed"
    town = _TOWN_HALL.match(phrase)
    if town:
        # "Alhaurín del Mar town hall", "the Kelby town council": the place's own body, by the
        # name the article gives it
        return town.group("body"), None, "org"
    for k in range(1, len(tokens) - 2):
        if tokens[k] in ("reviewed", "seen") and tokens[k + 1] == "by":
            # "agency data reviewed by AeroLedger": the outlet only read what the agency made
            return split_phrase(" ".join(tokens[:k]))
    if len(tokens) > 2 and tokens[-1] in ("show", "shows", "showed"):
        tokens = tokens[:-1]  # "Figures from the Australian General Insurers Group show"
    if tokens[-1] in ("was", "were", "is", "are", "been", "be"):
        # "The breach was first reported on a forum": a passive, no source
        return None, None, ""
    if tokens[-1] in ("I", "We", "we"):
        # the writer, or in an interview whoever answers ("..., and I promised voters"): no
        # source of its own
        return None, None, ""
    if len(tokens) > 12 or (tokens[0].endswith("ing") and tokens[0].islower() and not (
            len(tokens) > 1 and tokens[1].lower().strip(",") in _PERSON_ROLE_HEADS | _ROLE_NOUNS)):
        # too long, or a participle clause ("having left ..."; but "sporting director Dan
        # Ashworth", "managing partner Gary Black")
        return None, None, ""
    if (len(tokens) >= 3 and tokens[0].lower() == "the"
            and all(t in TITLE_WORDS or t in ("of", "the") for t in tokens[1:])
            and tokens[-1] in TITLE_WORDS):
        return "the " + " ".join(tokens[1:]), None, "unnamed"  # "The Attorney General said"
    if len(tokens) == 2 and tokens[0].lower() == "the" and (
            _hyphenated_title(tokens[1]) or tokens[1] in _TITLE_INITIALS):
        return "the " + tokens[1], None, "unnamed"  # "the Auditor-General said", "the CS said"
    if len(tokens) in (2, 3) and tokens[0].lower() == "the" and _AGE.match(tokens[1]):
        return "the " + " ".join(tokens[1:]), None, "unnamed"  # "The 57-year-old said"
    if tokens[0].lower() in ("neither", "no", "nobody", "none", "not"):
        return None, None, ""  # "Neither Armenia nor Azerbaijan has confirmed": no one claims
    if len(tokens) == 1 and tokens[0] in ("That", "This", "These", "Those", "There", "Here"):
        return None, None, ""  # "That suggests a booster may be needed, she says."
    if (len(tokens) >= 2 and tokens[0].lower() in ("a", "an", "one", "another", "two", "three",
                                                    "several", "some")
            and any(t.rstrip("s") in _PARTY_MEMBERS for t in tokens[1:])
            and all(t[:1].islower() or t.rstrip("s") in _PARTY_MEMBERS or t in ("MP", "MPs",
                    "MEP", "MEPs", "MSP", "MLA", "TD", "senator", "councillor")
                    for t in tokens[1:])):
        # "One senior Christian Democrat", "a Conservative MP", "two Labour councillors": a
        # member of a party, unnamed
        return tokens[0].lower() + " " + " ".join(tokens[1:]), None, "unnamed"
    for k in range(1, min(len(tokens) - 1, 4)):
        if (tokens[k] in _POSTMODIFIERS
                and tokens[k + 1] in ("to", "with", "on", "in", "near", "at")
                and tokens[k - 1].lower() in SOURCE_NOUNS | {"person", "source", "aide"}):
            # "a person close to Alibaba", "people familiar with Tesla's plans": unnamed
            text = " ".join(tokens)
            return (text[0].lower() + text[1:] if tokens[0] in ("A", "An", "The", "Two", "Three",
                                                                 "People", "Sources")
                    else text), None, "unnamed"
    if (len(tokens) >= 4 and tokens[0] in ("Members", "members") and tokens[1] == "of"
            and any(t.strip(",.") in ORG_WORDS for t in tokens[2:])
            and all(t[:1].isupper() or t in ("of", "the", "for", "and") for t in tokens[2:])):
        # "Members of the Porthcarrow Fishermen's Association say": the association's word
        name, role, kind = split_phrase(" ".join(tokens[2:]))
        if kind == "org":
            return name, role, kind
    if (len(tokens) >= 3 and tokens[1] == "of" and tokens[0].lower() in _PEOPLE_OF
            and not any(t[:1].isupper() for t in tokens[2:])):
        # "allies of the rebels", "members of the committee": unnamed (but "Friends of the
        # Earth", "Supporters of Brexit" ... are read below)
        text = " ".join(tokens)
        return text[0].lower() + text[1:], None, "unnamed"
    body_at = next((i for i, t in enumerate(tokens) if t in _ROMANCE_BODY_WORDS), None)
    if body_at is not None and len(tokens) - body_at >= 2 and tokens[-1][:1].isupper() and not any(
            t[:1].isupper() for t in tokens[1:body_at]) and all(
            t[:1].isupper() or t in _ROMANCE_PARTICLES for t in tokens[body_at + 1:]):
        # "the Federación de Criadores del Norte": the particles join the body's name, not a
        # person's
        lead = [t for t in tokens[:body_at] if t.lower() not in _DETERMINERS]
        return " ".join(tokens[body_at:]), " ".join(lead) or None, "org"
    if "and" in tokens[1:-1] and not any(t.strip(",.") in ORG_WORDS for t in tokens):
        # "Jane Smith and Tom Baker said", "co-founders Patrick and John Collison wrote": both
        a = tokens.index("and")
        right = tokens[a + 1:]
        _, right_role, right_kind = split_phrase(" ".join(right))
        left = tokens[:a]
        i = len(left)
        while i > 0 and _is_name_token(left[i - 1]) and left[i - 1][:1].isupper():
            i -= 1
        names, lead = left[i:], [t for t in left[:i] if t.lower() not in _DETERMINERS]
        two_surnames = (right_kind == "entity" and len(right) == 1 and len(names) == 1
                        and not lead and _is_name_token(right[0]))
        if ((right_kind == "person" or two_surnames) and not right_role and 1 <= len(names) <= 4
                and names[0] not in _LEADING_WORDS and (not lead or _role_like(lead))
                and not (names[0] in _FIELD_WORDS and lead and lead[-1] in ("of", "for"))):
            # (not "Minister of Industry and Investment Gergely Vámosi": one post's field)
            return " ".join(names + ["and"] + right), " ".join(lead) or None, "unnamed"
    if "&" in tokens[1:-1]:
        # "Procter & Gamble", "Johnson & Johnson": a firm (with what comes before as its role)
        amp = tokens.index("&")
        i = amp
        while i > 0 and tokens[i - 1][:1].isupper() and tokens[i - 1].lower() not in _DETERMINERS:
            i -= 1
        j = amp + 1
        while j < len(tokens) and (tokens[j][:1].isupper() or tokens[j] in ("of", "&")):
            j += 1
        if i < amp and j == len(tokens) and j > amp + 1:
            role = " ".join(t for t in tokens[:i] if t.lower() not in _DETERMINERS) or None
            return " ".join(tokens[i:j]), role, "org"
    if "into" in tokens[1:-1] and tokens[tokens.index("into") - 1] in _INTO_BODIES:
        # "The Royal Commission into the Yarrandale Ridge Bushfire": one body's name
        start = 1 if tokens[0].lower() in _DETERMINERS else 0
        return " ".join(tokens[start:]).strip(",."), None, "org"
    if "in" in tokens[2:-1]:
        # "The Regional Meteorological Centre in Gandhari": the body, wherever it is
        k = tokens.index("in", 2)
        before = tokens[:k]
        if (tokens[k + 1] in _FIELDS and all(t[:1].isupper() or t == "and" for t in tokens[k + 1:])
                and any(t in ORG_WORDS for t in before)
                and all(t[:1].isupper() or t in ("of", "for", "and", "the") for t in before[1:])):
            # "The Institute for Quality in Medicine": a field of study is part of the name
            start = 1 if before[0].lower() in _DETERMINERS else 0
            return " ".join(tokens[start:]).strip(",."), None, "org"
        if (all(t[:1].isupper() or t in ("of", "for", "and", "the") for t in before[1:])
                and before[-1].strip(",.") in ORG_WORDS
                and all(t[:1].isupper() for t in tokens[k + 1:])):
            name, role, kind = split_phrase(" ".join(before))
            if kind == "org":
                return name, role, kind
    if (len(tokens) >= 2 and tokens[0].endswith(("-based", "-listed", "-headquartered", "-owned"))
            and tokens[1][:1].isupper()):
        # "London-based Meridian Analytics", "Canadian-listed Huarango Copper Corp."
        return split_phrase(" ".join(tokens[1:]))
    if len(tokens) >= 2 and tokens[0] in _DESCRIPTIVE_OPENERS:
        return split_phrase(" ".join(tokens[1:]))  # "Rival AMD reported": AMD
    if (len(tokens) == 3 and tokens[0][:1].isupper() and tokens[0].lower().endswith(_OCCUPATION_ENDS)
            and _is_name_token(tokens[1]) and _is_name_token(tokens[2])):
        # "Toxicologist Matthew Campen": an occupation written with a capital at the start
        name, role, kind = split_phrase(" ".join(tokens[1:]))
        if kind == "person":
            return name, tokens[0], kind
    if len(tokens) >= 3 and tokens[-1].strip(",") in _POST_NOMINALS and _is_name_token(tokens[-2]):
        return split_phrase(" ".join(tokens[:-1]))  # "Daisy Fenwick MP": Daisy Fenwick
    if len(tokens) >= 2 and tokens[-1].lower() in ("office", "campaign", "team") and \
            _POSSESSIVE.search(tokens[-2]) and tokens[-2][:1].isupper():
        # "Transport Secretary Louise Haigh's office said": her statement
        name, role, kind = split_phrase(" ".join(tokens[:-2] + [_POSSESSIVE.sub("", tokens[-2])]))
        if kind == "person":
            return name, role, kind
    det = tokens[0].lower() in _DETERMINERS
    body = tokens[1:] if det else tokens
    if not body:
        return None, None, ""
    for k, tok in enumerate(body):
        if (2 <= k <= 6 and tok in ("of", "from", "at", "with") and k + 1 < len(body)
                and (body[k - 1] not in TITLE_WORDS  # (not "US Secretary of State ...")
                     # (but "Chief Marlene Cardinal of the ...": a surname that is a title)
                     or k >= 3 and body[k - 3] in TITLE_WORDS and _is_name_token(body[k - 2]))):
            # "Matthew Ingram of The Globe and Mail": a person, described by what follows
            name, role, kind = split_phrase(" ".join(body[:k]))
            if kind == "person":
                rest = " ".join(body[k:])
                if role and role.rstrip(".") in _HONORIFICS:
                    role = None  # "Dr Tom Brennan of the University": of the University
                return name, f"{role} {rest}" if role else rest, "person"
            break
    if (len(body) >= 3 and body[0].lower() in SOURCE_NOUNS | _ROLE_NOUNS
            and body[1] in ("in", "at") and all(t[:1].isupper() or t == "the" for t in body[2:])
            and body[-1][:1].isupper()):
        # "Residents in Cardiff", "Police in Gloucestershire": unnamed, where they are
        return " ".join(([tokens[0].lower()] if det else []) + [body[0].lower()] + body[1:]), \
            None, "unnamed"
    at = 2 if len(body) > 4 and body[2] in ("in", "at", "from") else None
    if (at and body[1].islower() and body[0][1:].islower()
            and body[1].endswith("s") and body[1] not in _NOT_GROUPS
            and (body[3] == "the" or body[3] in _REGION_ADJECTIVES)
            and body[-1][:1].isupper() and all(
                t[:1].isupper() or t in ("the", "of") or t in _REGION_ADJECTIVES for t in body[at + 1:])):
        # "Dairy farmers in the North Rift", "Whitefish processors in northern Norway": people
        # of a trade where they are, unnamed (not the place; the word before the plural in
        # lower case when the plural is a source's, "senior officials", else as written)
        first = body[0].lower() if body[1] in SOURCE_NOUNS else body[0]
        return " ".join(([tokens[0].lower()] if det else []) + [first] + body[1:]), None, "unnamed"
    caps = [t for t in body if t[0].isupper()]
    # The run of person-name tokens at the end ("... Ambassador to the United States Hamdullah
    # Mohib" -> "Hamdullah Mohib"); two or more make a person unless they name a place.
    # (name particles between name words count too: "Ursula von der Leyen"; a suffix such as
    # "Jr." closes the name)
    core = body[:-1] if len(body) > 1 and body[-1].strip(",") in _NAME_SUFFIXES else body
    j = len(core)
    named = 0
    while j > 0:
        tok = core[j - 1]
        surname_title = (named == 0 and tok in TITLE_WORDS and j >= 2
                         and _is_name_token(core[j - 2]) and core[j - 2][:1].isupper())
        if (_is_name_token(tok) or surname_title) and tok.strip(",.") not in ORG_WORDS:
            # ("Martin Luther King": a title word after a first name is a surname)
            if named >= 4:
                break  # (four: "Nguyen Thi Lien Huong", "José Luis Rodríguez Zapatero")
            named += 1
            j -= 1
        elif (tok in _PARTICLE_WORDS and named and j >= 2 and _is_name_token(core[j - 2])
              or tok in _PARTICLE_WORDS and named and j >= 2 and core[j - 2] in _PARTICLE_WORDS
              or tok in _GAELIC_PARTICLES and named == 1):
            j -= 1
        else:
            break
    while j < len(core) and core[j] in _PARTICLE_WORDS:
        j += 1  # a run never starts with a particle
    person_run = body[j:]
    is_person = (len(person_run) >= 2 and person_run[0] not in PLACE_FIRST
                 and person_run[-1].strip(",.") not in _PLACE_LAST)
    # An acronym of three or more capitals marks an organisation: "NHS England", "BBC News".
    acronym = any(_ACRONYM.match(t.strip(",.")) for t in caps)
    if is_person and any(_ACRONYM.match(t.strip(",.")) for t in person_run):
        is_person = False
    # Capitalised words joined by "of" or "for" name an organisation: "Transport for Wales",
    # "the Association of British Insurers" (a person "of" an organisation is split off above).
    k = j - 1 if j >= 1 and core[j - 1] == "the" else j  # "of the Exchequer"
    after_of = k >= 2 and core[k - 1] in ("of", "for", "on") and core[k - 2][:1].isupper()
    # (a Gaelic particle is no word of its own: "Housing Ciarán Ó Dálaigh" is three)
    run_len = len([t for t in person_run if t not in _GAELIC_PARTICLES])
    # (but "the Office of Social Conflict Monitoring": a body's word before "of" makes all of it
    # the body's name, not a post's title and a person)
    org_of = after_of and core[k - 2].strip(",.") in ORG_WORDS and core[k - 2] not in TITLE_WORDS
    role_place = (after_of and run_len == 3 and person_run[0] not in PLACE_FIRST
                  and not org_of)
    if (not role_place and run_len == 4 and k >= 3 and core[k - 1] == "and"
            and "of" in core[:k - 1] and any(t in TITLE_WORDS for t in core[:k - 1])):
        # "Minister of Economy and Planning Hamad Al Saqrani": "Planning" ends the title
        role_place = True
    if (not role_place and after_of and run_len == 4
            and any(t in TITLE_WORDS for t in core[:k - 1])):
        # "Minister for Social Protection Siobhán Daly": the title's field is two words (but
        # "Secretary of State for Infrastructure Helena Brás Moreira": one field word, then a
        # name of three)
        j += 1 if (person_run[0].strip(",.") in _FIELD_WORDS
                   and person_run[1].strip(",.") not in _FIELD_WORDS) else 2
        person_run = body[j:]
        after_of = False
    if (not role_place and run_len >= 3 and person_run[0].strip(",.") in _FIELD_WORDS
            and any(t in TITLE_WORDS for t in core[:k])
            and any(t in ("of", "for") for t in core[:k])):
        # "Minister of Industry and Investment Gergely Vámosi", "Minister for Culture, Tourism
        # and Civil Aviation Tek Bahadur Shahi": the last words of the post's field, then the name
        n = 0
        while run_len - n > 2 and person_run[n].strip(",.") in _FIELD_WORDS:
            n += 1
        j += n
        person_run = body[j:]
        k = j
        after_of = False
    if role_place:
        # "Chancellor of the Exchequer Rachel Reeves", "Mayor of London Sadiq Khan": the place or
        # body belongs to the role; the person is the last two words.
        j += 1
        while (len(body) - j > 2 and body[j].strip(",.") in _FIELD_WORDS
               and any(t in TITLE_WORDS for t in core[:k])):
            j += 1  # ("Minister of Transport and Civil Aviation Aishath Shiuna")
        person_run = body[j:]
    of_name = after_of and (run_len <= 2 or org_of) and not role_place
    # "The Alliance of Motion Picture and Television Producers": "and" inside an organisation's
    # name joins two parts of it, not a person to it
    and_org = (is_person and k >= 2 and core[k - 1] == "and" and core[k - 2][:1].isupper()
               and any(t.strip(",.") in ORG_WORDS for t in core[:k - 1]))
    if of_name or and_org:
        is_person = False
        of_name = True
    # An organisation: a capitalised run containing an organisation word (or an acronym).
    if not is_person and caps and (any(t.strip(",.") in ORG_WORDS for t in caps) or acronym
                                   or of_name) and (
        body[-1][0].isupper()
    ):
        # The organisation's name is the capitalised run at the end (with of/for/and inside).
        i = len(body)
        while i > 0 and (body[i - 1][0].isupper() or body[i - 1] in ("of", "for", "and", "on", "&")
                         # ("Better Buses for the Valleys", "Friends of the Earth")
                         or body[i - 1] == "the" and i >= 2 and i < len(body)
                         and body[i - 2] in ("of", "for", "on") and body[i][0].isupper()
                         and body[i - 3 if i >= 3 else 0][0].isupper()
                         # ("Freedom to Read Coalition", "Citizenship by Investment Unit")
                         or body[i - 1] in ("to", "by") and i >= 2 and i < len(body)
                         and body[i - 2][0].isupper() and body[i][0].isupper()
                         # ("the Costa del Sol Holiday Let Owners' Association")
                         or body[i - 1] in _ROMANCE_PARTICLES and i >= 2 and i < len(body)
                         and body[i - 2][0].isupper() and body[i][0].isupper()):
            i -= 1
        while i < len(body) and not body[i][0].isupper():
            i += 1
        name_toks = body[i:]
        while len(name_toks) > 1 and name_toks[0].endswith(("-based", "-listed", "-owned",
                                                            "-headquartered")):
            name_toks = name_toks[1:]  # "the Jakarta-based Institute for ...": the institute
        name_toks = _without_owner_place(name_toks)
        # Leading title or nationality words belong to a role only when a name follows them.
        role_toks = body[:i]
        if (len(role_toks) >= 2 and role_toks[-1] in ("in", "at") and len(name_toks) <= 3
                and not any(t.strip(",.") in ORG_WORDS for t in name_toks)):
            # "the Institute of Environmental Medicine in Sosnowiec": the body, where it is
            k = len(role_toks) - 1
            while k > 0 and (role_toks[k - 1][:1].isupper() or role_toks[k - 1] in ("of", "for", "and")):
                k -= 1
            org = role_toks[k:-1]
            if (org and org[0][:1].isupper() and org[-1][:1].isupper()
                    and any(t.strip(",.") in ORG_WORDS for t in org)):
                return " ".join(org), None, "org"
        bare_role = role_toks[:-1] if role_toks and role_toks[-1] == "the" else role_toks
        if role_toks and ("from" in role_toks[-2:] or "by" in role_toks[-2:]):
            # "figures from the Office of Rail and Road": the organisation is the source
            role_toks = []
        elif (bare_role and bare_role[-1] in ("for", "at") and len(bare_role) <= 3
              and bare_role[-2 if len(bare_role) >= 2 else -1].lower() in _PERSON_ROLE_HEADS):
            # "A spokesman for NHS England", "a spokesperson for the Department for Schools":
            # the body, through its spokesman
            role_toks = [t for t in bare_role[:-1] if t.lower() not in _DETERMINERS]
        elif (len(bare_role) >= 2 and bare_role[-1] == "of"
              and bare_role[-2] in ("committee", "panel", "taskforce")
              and all(t.islower() for t in bare_role)):
            # "a probe committee of the Directorate of Fire and Civil Protection": the body that
            # set it up (and a later "the committee" is that body)
            role_toks = [t for t in bare_role[:-1] if t not in _DETERMINERS]
        elif (len(bare_role) >= 3 and bare_role[-1] in ("at", "from")
              and bare_role[-2].lower() in _FIRM_STAFF):
            # "Water market analysts at Aqualink Advisory": the firm's analysts, as "analysts
            # at Aqualink Advisory" are
            return split_phrase(" ".join([bare_role[-2].lower(), *body[len(bare_role) - 1:]]))
        elif role_toks and role_toks[-1] in ("of", "the", "at", "for") and (
            "of" in role_toks or "at" in role_toks or "for" in role_toks
        ):
            # "the county branch of the National Association of Head Teachers": one source
            name_toks, role_toks = body, []
        name = " ".join(name_toks)
        while role_toks and role_toks[-1] in _PREPOSITIONS:
            role_toks = role_toks[:-1]  # "A spokesperson for Plastics Europe": spokesperson
        role = " ".join(role_toks) or None
        if len(name_toks) == 1 and name_toks[0] in _NOT_SOURCES:
            return None, None, ""  # "Monday", "Friday": not a source
        if len(name_toks) == 1 and not role and name.lower() in SOURCE_NOUNS:
            return name.lower(), None, "unnamed"  # "Police said"
        return name, role, "org"
    # A person or a single named entity: the run of name tokens at the end.
    if is_person:
        i = j
    else:
        # (a particle inside: "the newspaper El Diario del Valle", whose "El" is no person's)
        i = len(body)
        while i > 0 and (_is_name_token(body[i - 1]) or (
                body[i - 1] in _PARTICLE_WORDS and i >= 2 and i < len(body)
                and _is_name_token(body[i - 2]))):
            i -= 1
            if len(body) - i >= 4:
                break
    name_toks = body[i:]
    role_toks = body[:i]
    if len(name_toks) in (3, 4) and name_toks[0].lower() in _ROLE_NOUNS | SOURCE_NOUNS and not (
            role_toks and role_toks[-1][:1].islower()
            and role_toks[-1].lower() not in _DETERMINERS):
        # "Farmer Gregor Haas": an occupation written with a capital at the start of a sentence
        # (not after lower-case words: "patient watchdog Patient Voice Devon" is a name)
        role_toks, name_toks = role_toks + name_toks[:1], name_toks[1:]
    if name_toks:
        if len(name_toks) == 1 and role_toks and role_toks[-1] in _DEPARTMENT_WORDS:
            # "Transport Scotland", "Passenger group Transport Focus": a body whose name starts
            # with a department's word, not a Transport official called Scotland
            k = len(role_toks)
            while k > 0 and role_toks[k - 1] in _DEPARTMENT_WORDS:
                k -= 1
            name_toks = role_toks[k:] + name_toks
            role_toks = role_toks[:k]
            name = " ".join(name_toks).strip(",.")
            role = " ".join(t for t in role_toks if t.lower() not in _DETERMINERS) or None
            return name, role, "org"
        if len(name_toks) >= 3 and name_toks[0] in _BURMESE_HONORIFICS:
            name_toks = name_toks[1:]  # "Daw Lu Awng", "U Myo Zaw Oo": Lu Awng, Myo Zaw Oo
        name = " ".join(name_toks).strip(",.")
        if role_toks and role_toks[0].lower() in _DETERMINERS:
            role_toks = role_toks[1:]
        if len(role_toks) >= 2 and role_toks[-1] in ("in", "from", "near", "across"):
            # "Negotiators at the UN climate summit in Nairobi": people in a place
            text = " ".join(tokens)
            return (text[0].lower() + text[1:] if tokens[0].lower() in SOURCE_NOUNS
                    | _COMMON_OPENERS | {"the", "a", "an"} else text), None, "unnamed"
        if (role_toks and role_toks[0].lower() in _DOCUMENT_NOUNS and len(role_toks) >= 2
                and role_toks[-1].lower() not in _BODY_ROLES):  # (not "research group X")
            # "A study published in Nature found": the study, not the journal
            text = " ".join(tokens)
            return text[0].lower() + text[1:], None, "unnamed"
        if (role_toks and role_toks[0].lower() in _ASSOCIATES
                and any(t in ("to", "of", "for", "close") for t in role_toks[1:3])):
            # "Two aides to Senate Majority Leader John Thune", "lawyers for Jane Doe": they
            # speak, not the person they are close to
            text = " ".join(tokens)
            return text[0].lower() + text[1:], None, "unnamed"
        role = " ".join(role_toks) or None
        if role and not _role_like(role_toks):
            return None, None, ""
        if len(role_toks) >= 2 and role_toks[-1] in ("for", "of", "at"):
            # "A spokesperson for Plastics Europe": the body speaks, through its spokesperson
            return name, " ".join(role_toks[:-1]), "org"
        if len(role_toks) >= 2 and role_toks[-1].rstrip(".") in _HONORIFICS:
            # "Opposition leader Mr Akhilesh Verma", "Criminologist Dr. Helen Ashby": the role
            # without the honorific
            role = " ".join(role_toks[:-1])
        if len(name_toks) == 1 and not role and name.lower() in SOURCE_NOUNS:
            return name.lower(), None, "unnamed"  # "Critics argued", "Officials said"
        kind = "person" if (len(name_toks) >= 2 and name_toks[0] not in PLACE_FIRST
                            and name_toks[-1].strip(",.") not in _PLACE_LAST) else "entity"
        if role_toks and (role_toks[-1].lower() in _BODY_ROLES or (
                role_toks[-1].lower() in ("broadcaster", "broadcasters") and len(role_toks) >= 2
                and role_toks[-2].lower() in _BROADCASTER_KINDS)):
            # "Utility company Desert Power", "the charity Silver Thread", "local broadcaster
            # Rede Sul": a body, not a person (but "veteran broadcaster Ana Lima" is one)
            kind = "org"
        return name, role, kind
    # An organisation named before what it is: "the Resolution Foundation think tank".
    tail = 0
    while tail < min(3, len(body) - 1) and body[len(body) - 1 - tail][:1].islower():
        tail += 1
    if 0 < tail < len(body):
        named = body[: len(body) - tail]
        if (det and len(named) == 1 and named[0][:1].isupper() and named[0][1:2].islower()
                and body[-1].lower() in _INSTITUTION_TAILS):
            # "the Kadaster land registry", "the Interfax news agency": the body by its name
            return named[0], " ".join(body[1:]), "org"
        if (all(t[:1].isupper() or t in ("of", "for", "and") for t in named)
                and named[-1][:1].isupper()
                and (any(_ACRONYM.match(t.strip(",.")) for t in named)
                     or len(named) >= 2 and any(t.strip(",.") in ORG_WORDS for t in named))
                and _role_like(body[len(body) - tail:])):
            if body[-1].lower() in _GROUP_NOUNS:
                # "Maricopa County officials": the officials, of the county
                return " ".join(tokens), None, "unnamed"
            return " ".join(named), " ".join(body[len(body) - tail:]), "org"
    # No name: an unnamed source if the head noun names one ("a senior Russian diplomat",
    # "officials at the port"); after an article ("the alliance said") any noun will do.
    head_at = len(body)
    for k, tok in enumerate(body):
        if k > 0 and tok in _PREPOSITIONS:
            head_at = k
            break
    head = body[head_at - 1].lower().strip(",.")
    if head in _POSTMODIFIERS and head_at >= 2:
        # "people familiar with the matter", "sources close to the talks": the noun before
        head_at -= 1
        head = body[head_at - 1].lower().strip(",.")
    if head in SOURCE_NOUNS or (_is_agent_plural(head) and not any(
            t.lower() in _CLAUSE_WORDS for t in tokens)) or (
        (tokens[0].lower() in ("the", "a", "an", "its", "their", "his", "her", "our", "both")
         or _POSSESSIVE.search(tokens[0]))  # "Ukraine's air force"
        and head.isalpha()
        and body[head_at - 1][:1].islower() and head_at <= 5 and head not in _NOT_SOURCE_NOUNS
    ):
        text = " ".join(tokens)
        first = tokens[0]
        if first in ("The", "A", "An") or (
                first[:1].isupper() and first[1:] == first[1:].lower()
                and not _POSSESSIVE.search(first) and not _NATIONALITY.match(first)
                and not (len(tokens) > 1 and tokens[1][:1].isupper())
                and (first.lower() in SOURCE_NOUNS | _ROLE_NOUNS | _COMMON_OPENERS
                     or len(tokens) == 1)):
            # "Officials at the port", "The alliance", "Senior officials" (but "Ukrainian
            # officials", "Pentagon officials", "Washington state officials": names)
            text = text[0].lower() + text[1:]
        return text, None, "unnamed"
    return None, None, ""


# Plurals in -ers, -ists and -ians that are things, not people.
_NOT_AGENTS = frozenset(
    "numbers orders papers letters matters centers centres powers towers layers meters markers "
    "barriers headquarters quarters waters answers offers covers filters borders trailers "
    "transfers registers chambers computers servers parameters others members figures "
    "containers shelters disasters clusters chapters monsters waivers vouchers sensors "
    "corridors".split())


# Words that make a phrase a clause, not a noun phrase: "It will also let developers".
_CLAUSE_WORDS = frozenset(
    "it he she they we i this that will would can could may might must shall should let lets "
    "is are was were has have had do does did".split())


def _is_agent_plural(word: str) -> bool:
    """A plural noun for people by what they do: "brokers", "lenders", "economists",
    "physicians" (unnamed sources, as "analysts" are)."""
    return (len(word) > 5 and word.isalpha() and word.endswith(("ers", "ists", "ians"))
            and word not in _NOT_AGENTS)


# Lower-case words that open an unnamed source at the start of a sentence.
_COMMON_OPENERS = frozenset(
    "senior junior local federal state foreign top former current several many some most other "
    "both two three four five six seven eight nine ten few dozens hundreds thousands military "
    "government company industry city county school university union bank hospital health "
    "security rescue fire emergency police court election campaign party white black young "
    "older elderly western eastern northern southern international independent private public "
    "regional national rival opposition recent new latest his her their its our climate "
    "business environmental medical legal financial economic political social energy oil gas "
    "tech technology trade farm farming airline aviation transport housing education science "
    "scientific research defence defense intelligence aid charity industry about around nearly "
    "almost more over at least up roughly one another".split()
)

# Adjectives that follow the noun of an unnamed source: "people familiar with the matter".
# What an organisation is, written before its name: "utility company Desert Power".
_BODY_ROLES = frozenset(
    # (not "operator", "broadcaster", "publisher": "crane operator Denise Fairbairn")
    "company firm charity group agency utility startup start-up retailer airline "
    "lender insurer bank manufacturer carmaker chipmaker provider "
    "supermarket network newspaper website organisation organization union club party "
    "foundation trust institute association watchdog regulator".split())

# What a body is, after its one-word name: "the Kadaster land registry".
_INSTITUTION_TAILS = frozenset(
    "registry registrar agency bureau service office institute newspaper broadcaster "
    "regulator watchdog exchange tank".split())

_BROADCASTER_KINDS = frozenset(
    "local public state national regional commercial private state-run state-owned "
    "public-service community".split())

_POSTMODIFIERS = frozenset(
    "familiar close briefed knowledgeable involved aware advising working living".split())

# People named by who they belong to: "allies of the rebels", "members of the committee".
_PEOPLE_OF = frozenset(
    "allies friends supporters opponents critics aides members relatives families colleagues "
    "advisers advisors associates backers".split())


def _role_like(tokens: list[str]) -> bool:
    """A role is made of titles, nationality or place adjectives, possessives and lower-case
    nouns ("Opposition councillor", "Tunisia's coach", "Afghan Ambassador to the United
    States")."""
    if tokens and tokens[0].lower() in _NOT_ROLE_START:
        return False  # a relative clause: "said Tom, who was there"
    has_role = False
    for t in tokens:
        bare = t.strip(",.")
        if (bare in TITLE_WORDS or f"{bare}." in TITLE_WORDS  # "Rep.", "Sen.", "Gov."
                or _hyphenated_title(bare) or bare.lower() in SOURCE_NOUNS or bare.lower() in _ROLE_NOUNS
                or _NATIONALITY.match(bare)):
            has_role = True
        elif _POSSESSIVE.search(bare) or bare in ("of", "to", "the", "for", "and", "&", "-"):
            continue
        elif bare[:1].islower():
            has_role = True  # "team member", "musician", "chief engineer"
    return has_role


_FINITE_VERBS = frozenset("is was are were has had have will would can could should must".split())


def _has_finite_verb(phrase: str) -> bool:
    return any(w in _FINITE_VERBS for w in phrase.lower().split())


def _lead_role(text: str, start: int) -> str | None:
    """The role words just before ``text[start:]``: "Senior researcher" in "Senior researcher
    Mu Li"."""
    lead: list[str] = []
    for tok in reversed(text[max(0, start - 80):start].split()):
        bare = tok.strip(",.")
        if bare != tok:
            break
        low = bare.lower()
        if (low in SOURCE_NOUNS or low in _ROLE_NOUNS or bare in TITLE_WORDS
                or _NATIONALITY.match(bare) or _POSSESSIVE.search(bare)
                or (not lead and bare.islower() and low.endswith(_PERSON_NOUN_ENDS)
                    and low not in _WRAP_WORDS)
                or (lead and bare.islower() and low not in _WRAP_WORDS
                    and not low.endswith(("ed", "ing", "ly")))
                or (lead and bare[:1].isupper() and low not in _WRAP_WORDS
                    and bare not in _LEADING_WORDS)):
            # ("the American billionaire Richard Calloway", "former Wirecard finance manager
            # Stephan von Erffa")
            lead.insert(0, tok)
        else:
            break
    return " ".join(lead) or None


_PERSON_NOUN_ENDS = ("aire", "er", "or", "ist", "ian", "ant", "ent", "ess", "man")

# Function words that never belong to a role before a name.
_WRAP_WORDS = frozenset(
    "the a an of to and or but that which who from with in on for at by as is was were are be "
    "been had has have than into its his her their our this these those said says told will "
    "would could should may might must not after before when while against under over".split())

# Title words that name a field, not an office: before a single name they start a body's name.
_DEPARTMENT_WORDS = frozenset(
    "Health Finance Defence Defense Interior Education Trade Energy Environment Economy "
    "Transport Agriculture Labour Labor Home Culture Communications Science Technology State "
    "Federal Regional National Local".split())

# Words that end the field of a minister's post, before the holder's name: "Minister of
# Industry and Investment Gergely Vámosi".
_FIELD_WORDS = frozenset(
    "Affairs Agriculture Aquaculture Arts Aviation Civil Climate Commerce Communications "
    "Cooperatives Culture Defence Defense Development Economy Education Employment Energy Environment "
    "Finance Fisheries Food Forestry Health Heritage Housing Industry Infrastructure Innovation "
    "Interior Investment Irrigation Justice Labour Labor Land Lands Livestock Mines Mining "
    "Planning Ports Power Resources Science Security Shipping Sport Sports Technology Tourism "
    "Trade Transport Treasury Utilities Water Welfare Wildlife Works Youth".split())

_AGE = re.compile(r"^(\d{1,3})-year-old$")

# Nouns and titles that tell whether "he" or "she" refers to their holder.
_GENDERED_NOUNS = {
    **dict.fromkeys(
        "mr mr. sir lord king prince father son husband brother uncle nephew grandfather "
        "spokesman chairman congressman councilman businessman actor widower boy man "
        "monsieur señor herr".split(), "he"),
    **dict.fromkeys(
        "ms ms. mrs mrs. miss dame lady queen princess mother daughter wife sister aunt niece "
        "grandmother spokeswoman chairwoman congresswoman councilwoman businesswoman actress "
        "widow girl woman madame señora frau".split(), "she"),
}

_LEADING_WORDS = frozenset(
    "The A An But And In On At After Before During Aboard According Despite Under Over While "
    "When If As Since Although Though Last Next This That These Those Its It His Her Their Our "
    "Mr Mrs Ms Dr Citing Writing Speaking Asked Following Meanwhile However Yet So Then "
    "Responding Addressing Testifying Explaining Commenting Reacting Visiting Announcing".split()
)


def _head(phrase: str) -> str:
    """The head noun of an unnamed source: "a spokesperson for the authority" -> spokesperson."""
    words = phrase.split()
    for k, w in enumerate(words):
        if k > 0 and (w in _PREPOSITIONS or w in _POSTMODIFIERS):
            if words[k - 1][:1].isupper() and words[-1].islower():
                return words[-1]  # ("a senior Department of Agriculture official": official)
            return words[k - 1]  # ("a source close to the minister": source)
    return words[-1]


# Head nouns of roles that only a person holds ("a spokesman for the union"; not "the agency").
_PERSON_ROLE_HEADS = _ROLE_NOUNS | frozenset(
    "spokesperson spokesman spokeswoman official diplomat minister judge prosecutor lawyer "
    "attorney doctor engineer economist leader envoy president aide adviser advisor "
    "representative chair chairman executive director editor reporter scientist expert analyst "
    "critic councillor councilor senator governor mayor ambassador chancellor secretary "
    "commissioner spokesmen founder treasurer inspector detective sergeant colonel general "
    "negotiator mediator candidate politician presenter author partner manager member officer "
    "owner head chief professor fellow researcher".split()
)


def _is_person_role(role: str) -> bool:
    """Whether a role names a person: titles only ("President", "Dr."), or a description whose
    head noun only a person can be ("spokesman for the transport union")."""
    words = role.split()
    if words and all(w in TITLE_WORDS for w in words):
        return True
    return _head(_role_text(role)).lower().strip(",.") in _PERSON_ROLE_HEADS


_ROLE_CLAUSE = re.compile(r"\s+(?:who|whose|which|that|whom)\s.*$", re.S)

_NO_ROLE = re.compile(r"^(?:one|another)(?:\s+of\s+(?:them|those|these|us))?$", re.I)


def _role_text(role: str) -> str:
    """An appositive role without its leading article: "the authority's director" -> as is but
    "a paediatrician in Eastfield" -> "paediatrician in Eastfield"."""
    role = role.strip()
    if _NO_ROLE.match(role):
        return ""  # "One of them, Sian Evans, said": no role
    # "the privacy activist whose complaint started the case": the role ends at the clause
    role = _ROLE_CLAUSE.sub("", role) or role
    for det in ("the ", "a ", "an ", "one ", "another ", "whose ", "its ", "his ", "her ", "their "):
        if role[:len(det)].lower() == det:
            return role[len(det):]
    return role
