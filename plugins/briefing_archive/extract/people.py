"""People an article names, under canonical names, with the titles it gives them.

No statistical model: spaCy is too slow for 10,000 articles and cannot be
installed offline. Names are capitalised-token sequences with a name's shape,
accepted only with an anchor that makes them a person:

* the knowledge base knows the full name ("Wang Yi", "Tony Blinken");
* a title stands before it ("Chinese Premier Li Qiang", "researcher Qin Chen");
* a title stands beside it ("Wang Yi, director of ...,", "China's top
  diplomat, Wang Yi,");
* an honorific or style ("Mr. Alberto Fernández", "Datuk Seri Anwar Ibrahim",
  "His Excellency ...", "Shri ..."): styles are no part of the name, the
  styled mention is kept as a form;
* a reporting verb ("Retno Marsudi said"), a weaker anchor that also requires
  that no word of the name is used in lower case elsewhere in the article;
  so do the other weak anchors, context only a person takes: "X, who",
  "X, 76,", "the late X", "X's trial", "signed by X", "X resigned", "X was
  prime minister"; and, for a full name with none of these, the surname used
  alone as a person's elsewhere ("Putin's envoy" for "Vladimir Putin") or a
  list beside a person ("Charles de Gaulle and Konrad Adenauer, who ...").
  A name after "the" is a thing ("the Silk Road Fund said"); an author cited
  for a work ("as X wrote in The New Yorker") is not a person of the story.

Short forms ("Kerry", "Secretary Kerry", "Wang", a garbled given name "Yi")
are then resolved against the people found in the same article; a surname
two people share goes to the one last named. Similar names are never merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from ..knowledge import COUNTRY_WORDS, Knowledge, KnownPerson, name_key, surname_of
from ..models import Evidence, Person, RoleMention
from .text import split_sentences

# ---------------------------------------------------------------- vocabulary


def _words(text: str) -> frozenset[str]:
    """A word list written as a string."""
    return frozenset(text.split())


HONORIFICS = _words("mr mrs ms mx miss mister dr prof madam madame mme sir dame messrs")

# Honorifics and styles of other traditions, written before a name and never part of
# it: Malay ("Tan Sri", "Datuk Seri", "Dato' Sri", "Tun"), Arabic and royal ("His
# Highness", "HRH", Omani "Sayyid"), British ("Lord", "Rt Hon"), Indian ("Shri", "Smt"), Turkish ("Bay").
# The name is kept without them; the styled mention is kept as a form.
_STYLES = frozenset(tuple(p.split()) for p in """
    tan sri|puan sri|toh puan|datuk seri|datuk sri|dato seri|dato sri|datin seri|datin sri|datin paduka|
    datuk seri utama|dato seri utama|datuk seri panglima|datuk patinggi|dato paduka|datuk paduka|
    datuk|dato|datin|tun|tunku|tengku|haji|hajjah|his excellency|her excellency|his highness|her highness|
    his royal highness|her royal highness|his majesty|her majesty|his holiness|hrh|h.e.|sir|dame|lord|lady|
    baroness|baron|shri|smt|shrimati|sushri|kumari|bay|bayan|rt hon|the rt hon|right honourable|honourable|hon.|
    yang berhormat|yb|sayyid|sayyida|sayyidah
""".replace("\n", " ").split("|") if p.strip())
_STYLE_WORDS = _words("datuk dato datin excellency highness majesty holiness hrh shri smt shrimati sushri baroness "
                      "sayyid sayyida sayyidah")
# Styles that are also ordinary words or name parts ("Bay of Bengal", "Tun Tun Oo"): only before a full name.
_WEAK_STYLES = frozenset({("bay",), ("bayan",), ("lady",), ("tun",), ("haji",), ("tunku",), ("tengku",)})
# Titles of address that are titles too ("Sheikh", "Prince"): kept in the styled form.
_STYLE_HEADS = _words("sheikh sheikha shaikh prince princess emir")

# Nouns that make a phrase a title: "premier", "envoy", "researcher".
HEAD_NOUNS = _words("""
    president premier minister secretary envoy councilor councillor ambassador director
    speaker adviser advisor spokesperson spokesman spokeswoman chairman chairwoman
    chairperson chair governor representative rep chancellor king queen prince princess
    emir sheikh sultan senator sen congressman congresswoman lawmaker legislator general
    gen admiral adm commander chief head leader mayor counselor counsellor commissioner
    diplomat negotiator czar tsar undersecretary under-secretary coordinator researcher
    professor prof analyst economist scholar expert scientist fellow founder ceo official
    officer counterpart secretary-general attorney justice judge ayatollah pope monarch
    consul delegate member administrator executive reporter correspondent editor columnist
    activist lawyer candidate nominee taoiseach emissary dean colonel col captain capt
    lieutenant sergeant marshal statesman politician businessman businesswoman
    entrepreneur billionaire investor banker boss journalist historian commentator strategist
    physician doctor author writer pm fm mp vp gov amb premier-designate sheikha crown
    wife husband spouse widow son daughter brother sister father mother aide eam nsa
    tycoon mogul magnate dissident campaigner cleric novelist poet blogger publisher
    philanthropist detainee successor predecessor heir heiress nephew niece cousin grandson
    granddaughter uncle aunt grandfather grandmother widower opponent rival playwright
    filmmaker archbishop
""")

# Other words titles are built from ("Foreign", "Affairs", "senior", "then").
TITLE_MODIFIERS = _words("""
    foreign affairs state national security special presidential climate change treasury
    commerce trade defense defence finance financial economic economy house white senior
    top deputy vice executive first former then ex acting prime assistant under council
    committee commission office ministry department party communist central standing
    political military army navy air force forces joint staff cabinet federal
    international global public press policy relations cooperation development reform
    environment environmental ecological ecology energy science technology health education
    interior home homeland agriculture labor labour culture transport united nations union
    world organization organisation agency bank monetary reserve board institute
    university academy center centre people's peoples republic government administration
    senate congress parliament assembly permanent principal lead regional provincial
    municipal city district county research intelligence internal external overseas
    chief's veteran longtime outgoing incoming new current late retired visiting
    resident high-level level issue issues consultative conference cpc ccp npc cppcc
    plenipotentiary extraordinary general's majority minority whip spokesperson's
    multilateral bilateral asian pacific indo-pacific indo affairs' military's ministerial
    politburo bureau council's commission's democratic republican liberal conservative
    strategic planning information communications relation managing supreme people
    associate adjunct emeritus distinguished honorary founding elder younger eldest youngest
""")

TITLE_WORDS = HEAD_NOUNS | TITLE_MODIFIERS

CONNECTORS = _words("of for and on to the &")
_LEADING_TRIM = _words("of for and on to the a an & with by from")
DETERMINERS = _words("the a an his her their its our your")

# Capitalised at a sentence start, never a name.
STOPWORDS = _words("""
    the a an this that these those in on at during after before however meanwhile but and
    or as for with while when where it he she they we i you his her their our its my your
    if despite although though last next according both each some many all any other
    another such there here what who whom whose which why how then thus also even only not
    no yes from by to of about against between among amid under over since until
    following regarding responding noting speaking addressing asked later earlier today
    yesterday tomorrow now so because without within upon via per first second third one
    two three four five new more most whether still yet instead indeed overall finally
    specifically similarly additionally furthermore moreover besides nevertheless
    nonetheless likewise credit photo source read watch click share home news video
    update updated breaking exclusive opinion editorial analysis file copyright reporting
    editing writing related tags tag topics subscribe advertisement sponsored caption
    image images pictures picture getty via afp reuters xinhua hello dear thanks thank
    please note notes notice welcome talks talk meeting meetings summit visit trip
    officials official sources source experts observers analysts leaders leader everyone
    nobody someone us them him me here's it's that's there's let let's do does did was
    were is are be been being has have had will would shall should can could may might
    must ok okay sino chinese american mr mrs ms dr
""")

MONTHS = _words("january february march july september october november december")
DAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
# Month and day words that are also names ("Theresa May", "Zhai Jun", "Sun Weidong"):
# dates only next to a number.
DATE_OR_NAME = _words("may june april august jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun")
_SUFFIX_WORDS = _words("jr sr ii iii iv")

ORG_WORDS = _words("""
    agency association institute institution institutions university college school academy center centre forum
    summit conference congress council committee commission ministry department office
    bureau party union league alliance coalition organization organisation group company
    corporation corp inc ltd llc plc bank fund foundation trust news times post daily
    journal herald tribune gazette telegraph review press media network television radio
    agreement convention treaty protocol framework initiative strategy program programme
    project plan act law bill charter declaration accord consensus dialogue partnership
    embassy consulate mission delegation government administration senate parliament
    assembly court army navy force forces command police guard games olympics cup expo
    exchange market index stock airlines airways motors holdings technologies systems
    hospital museum library stadium airport station port bridge hall palace square
    street road avenue province state states kingdom republic federation emirates
    islands island sea ocean river mountain mountains lake valley strait peninsula gulf
    bay region coast desert north south east west northern southern eastern western
    central middle far greater upper lower new old great grand saint st fort mount
    administration's government's day week month year era century thought doctrine
    covid covid-19 coronavirus internet web online god allah christmas easter ramadan
    celsius fahrenheit hotel hotels advisory guesthouse club clubs inn resort tower
    building award prize medal lecture fellowship scholarship warning alert statement
    report survey cathedral church temple mosque studies economics analytics consulting
    consultancy partners capital securities associates ventures insights investments
    management holdings industry industries watch
""")

# Cities, regions and places that show up in diplomatic news.
_PLACES = """
Beijing;Shanghai;Tianjin;Guangzhou;Shenzhen;Chongqing;Wuhan;Nanjing;Hangzhou;Xi'an;Chengdu;
Xiamen;Dalian;Qingdao;Kunming;Lhasa;Urumqi;Hainan;Sanya;Boao;Xinjiang;Tibet;Guangdong;
Fujian;Zhejiang;Jiangsu;Shandong;Sichuan;Yunnan;Hubei;Hunan;Henan;Hebei;Shanxi;Shaanxi;
Gansu;Qinghai;Ningxia;Guangxi;Guizhou;Jiangxi;Anhui;Jilin;Liaoning;Heilongjiang;
Inner Mongolia;Macao;Macau;Hong Kong;Kowloon;Taipei;Kaohsiung;Zhongnanhai;Diaoyutai;
Great Hall of the People;Tiananmen;Washington;Washington D.C.;New York;Los Angeles;
San Francisco;Chicago;Boston;Houston;Seattle;Miami;Atlanta;Honolulu;Hawaii;Alaska;
Anchorage;California;Texas;Florida;Virginia;Maryland;Woodside;Filoli;Camp David;
Mar-a-Lago;Capitol Hill;Capitol;Pentagon;White House;Kremlin;Downing Street;Elysee;
Brussels;Geneva;Vienna;Paris;London;Berlin;Rome;Madrid;Lisbon;Dublin;Amsterdam;
The Hague;Hague;Zurich;Davos;Bern;Munich;Frankfurt;Hamburg;Milan;Glasgow;Edinburgh;
Stockholm;Oslo;Copenhagen;Helsinki;Warsaw;Budapest;Prague;Athens;Belgrade;Bucharest;
Sofia;Minsk;Kyiv;Kiev;Moscow;Saint Petersburg;St. Petersburg;Vladivostok;Kazan;Sochi;
Tbilisi;Yerevan;Baku;Ankara;Istanbul;Tehran;Baghdad;Damascus;Beirut;Jerusalem;
Tel Aviv;Gaza;West Bank;Amman;Riyadh;Jeddah;Doha;Dubai;Abu Dhabi;Muscat;Manama;
Kuwait City;Sanaa;Cairo;Sharm el-Sheikh;Khartoum;Algiers;Tunis;Rabat;Dakar;Accra;
Abuja;Lagos;Kinshasa;Luanda;Harare;Lusaka;Nairobi;Addis Ababa;Kampala;Kigali;
Dar es Salaam;Johannesburg;Pretoria;Cape Town;Durban;New Delhi;Delhi;Mumbai;Kolkata;
Chennai;Bengaluru;Bangalore;Hyderabad;Islamabad;Karachi;Lahore;Kabul;Dhaka;Kathmandu;
Colombo;Male;Tashkent;Samarkand;Astana;Almaty;Bishkek;Dushanbe;Ashgabat;Ulaanbaatar;
Tokyo;Osaka;Kyoto;Hiroshima;Okinawa;Seoul;Busan;Pyongyang;Hanoi;Ho Chi Minh City;
Bangkok;Phnom Penh;Vientiane;Yangon;Naypyidaw;Naypyitaw;Kuala Lumpur;Singapore;Jakarta;
Bali;Nusa Dua;Manila;Canberra;Sydney;Melbourne;Wellington;Auckland;Suva;Honiara;
Port Moresby;Ottawa;Toronto;Vancouver;Montreal;Mexico City;Havana;Brasilia;
Rio de Janeiro;Sao Paulo;Buenos Aires;Santiago;Lima;Bogota;Caracas;Quito;La Paz;
Montevideo;Asuncion;Panama City;Asia;Europe;Africa;America;Americas;Latin America;
North America;South America;Oceania;Antarctica;Arctic;Pacific;Atlantic;Indo-Pacific;
Asia-Pacific;Middle East;Near East;Far East;Eurasia;Central Asia;South Asia;
Southeast Asia;East Asia;Northeast Asia;Taiwan Strait;South China Sea;East China Sea;
Yellow Sea;Korean Peninsula;Persian Gulf;Red Sea;Black Sea;Mediterranean;Balkans;
Caribbean;Mainland;Silicon Valley;Wall Street;Hollywood;Bandar Seri Begawan;Putrajaya;Dili;Thimphu;
Nur-Sultan;Rawalpindi;Peshawar;Quetta;Gwadar;Goa;Chittagong;Mandalay;Cebu;Davao;Surabaya;Bandung;
Penang;Johor Bahru;Kota Kinabalu;Kuching;Da Nang;Haiphong;Incheon;Daegu;Sapporo;Nagoya;Fukuoka;
Yokohama;Kobe;Izmir;Antalya;Belo Horizonte;Porto Alegre;Recife;Mecca;Medina;Tabriz;Isfahan;Mashhad;
Erbil;Mosul;Basra;Aleppo;Homs;Idlib;Rafah;Khan Younis;Ramallah;Hebron;Nablus;Jenin;Haifa;Eilat;
Kharkiv;Odesa;Odessa;Lviv;Dnipro;Zaporizhzhia;Kherson;Mariupol;Bakhmut;Donetsk;Luhansk;Crimea;
Sevastopol;Kursk;Belgorod;Strasbourg;Lyon;Marseille;Bordeaux;Bonn;Cologne;Dresden;Leipzig;Stuttgart;
Dusseldorf;Florence;Naples;Venice;Turin;Barcelona;Valencia;Seville;Porto;Antwerp;Rotterdam
"""

MISC_NON_NAMES = _words("""
    xinhua reuters bloomberg afp ap cnn bbc cgtn cctv nhk kyodo yonhap tass ria sputnik
    nato asean brics apec g20 g7 sco opec wto who imf un eu au nasa huawei tiktok zte
    twitter facebook weibo wechat google apple microsoft tesla boeing nvidia amazon
    youtube instagram linkedin telegram whatsapp cop cop26 cop27 cop28 cop29 unfccc
    paris bali sino-us jazeera anadolu bernama antara interfax novosti nikkei asahi mainichi yomiuri
    euronews politico axios substack irna tasnim kazinform agencia agence agenzia brasil
""")

REPORTING_VERBS = _words("""
    said says say told tells met meets added adds noted notes stressed stresses urged
    urges emphasized emphasised emphasizes emphasises stated asked announced expressed
    called calls highlighted pointed wrote writes tweeted posted warned warns insisted
    explained argued agreed acknowledged welcomed described visited visits held holds
    hosted spoke speaks remarked underscored reiterated affirmed replied responded
    confirmed denied suggested proposed believes believed hoped hopes expects vowed
    pledged conveyed praised criticized criticised accused signed attended arrived
    travelled traveled departed joined received greeted thanked mentioned recalled
    observed indicated declared commented advocated reaffirmed outlined briefed
    discussed addressed reported claimed recognized recognised admitted stressed
""")
_ADVERBS = _words("also further then later again previously earlier reportedly has had will would recently")
_CUES_BEFORE = _words("said says told met urged thanked asked quoted congratulated received hosted")
_CUE_PAIRS = {("according", "to"), ("met", "with"), ("talks", "with"), ("meeting", "with"),
              ("spoke", "with"), ("call", "with"), ("quoted", "by"), ("meet", "with")}
_NOT_THE_PERSON = _words("administration administration's era government government's doctrine camp team thought thoughts presidency")

# Words that end an apposition phrase ("John Kerry, who ...", "..., adding").
STOP_LOWER = _words("""
    who whom whose which that said says say told met is was were are be been has have had
    will would can could should may might also as in at by with from during after before
    since while when where but or if than because about into over against through among
    amid upon within without his her their its our my your him them it he she they we
    expressed stressed called noted added urged
""")

PARTICLES = _words("bin binti bte ibn ibni bint ben al el de del della der den da di do dos das du van von la le ter "
                   "ten zu y abu")
_ARABIC_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|at|az|ul|ud)-[^\W\d_]", re.IGNORECASE)

# Common surnames of names written surname first (Chinese, Korean, Vietnamese).
CJK_SURNAMES = _words("""
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo
    zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang
    yu du ye cheng wei su lu ding ren yao shen zhong cui tan fan liao shi jin jia xia fu
    fang zou xiong bai meng qin qiu hou yin xue yan duan lei long tao mao hao gu gong shao
    wan qian kong xi mo lan ni wen le bi geng qi niu kang zhan chu ge hong zhai ou yi
    kim lee park choi jung jeong kang cho yoon jang lim oh seo shin kwon hwang ahn yoo
    moon son bae baek nam noh ha kwak sung cha joo woo min ryu na jeon chung
    nguyen tran pham hoang huynh phan vu vo dang bui ngo duong ly
""")
_STOPWORD_SURNAMES = _words("he an")


def _place_keys() -> tuple[frozenset[str], frozenset[str]]:
    """Place names and country words as name keys: single words, and phrases like "hong kong"."""
    singles: set[str] = set()
    phrases: set[str] = set()
    names = [n.strip() for n in _PLACES.replace("\n", "").split(";") if n.strip()]
    for name in [*names, *COUNTRY_WORDS]:
        key = name_key(name)
        if not key:
            continue
        (phrases if " " in key else singles).add(key)
    return frozenset(singles), frozenset(phrases)


PLACE_WORDS, PLACE_PHRASES = _place_keys()
NON_NAME = (STOPWORDS | MONTHS | DAYS | TITLE_WORDS | ORG_WORDS | PLACE_WORDS | MISC_NON_NAMES | HONORIFICS
            | _STYLE_WORDS)

# ------------------------------------------------------------------ tokens

_TOKEN = re.compile(
    r"""
     (?P<abbr>[A-Za-z]+-(?:[A-Za-z]\.){2,}|(?:[A-Za-z]\.){2,})          # U.S., Sino-U.S.
    |(?P<hon>(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Adm|Amb|Lt|Col|Capt|Maj|Sgt|Jr|Sr|Mme|Messrs|Smt|Hon|Rt)\.
      |(?:Dato|Datin)['’](?!\w))                                         # Smt., Dato'
    |(?P<initial>[A-Z]\.)
    |(?P<prefix>(?i:then|ex|former|vice|non)-)(?=[^\W\d_])                 # then-House
    |(?P<word>[^\W\d_]+(?:['’\-][^\W\d_]+)*)
    |(?P<num>\d[\d.,:]*)
    |(?P<punct>\S)
    """,
    re.VERBOSE,
)
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(slots=True)
class _Tok:
    text: str  # as written, without a possessive "'s"
    start: int
    end: int
    kind: str  # abbr hon initial prefix word num punct
    poss: bool = False
    low: str = ""  # lower case, no trailing dot
    cap: bool = False  # starts with a capital
    name_like: bool | None = None  # cache of _nameish

    def __post_init__(self) -> None:
        self.low = self.text.lower().rstrip(".")
        self.cap = self.text[:1].isupper()


def _tokenize(sentence: str) -> list[_Tok]:
    """Words, abbreviations, initials and punctuation with their offsets; "'s" split off."""
    toks: list[_Tok] = []
    for m in _TOKEN.finditer(sentence):
        kind = m.lastgroup or "punct"
        text, start, end = m.group(), m.start(), m.end()
        poss = False
        if kind == "word" and _POSSESSIVE.search(text) and len(text) > 2:
            text, end, poss = text[:-2], end - 2, True
        if kind == "word" and len(text) == 1 and text.isupper() and text not in {"A", "I"}:
            kind = "initial"  # "S Jaishankar", an initial written without its dot
        toks.append(_Tok(text, start, end, kind, poss))
    return toks


_PART_SEP = re.compile(r"[-'’]")


def _parts(tok: _Tok) -> list[str]:
    """Pieces of a hyphenated word: "Vice-Premier" is a title, "Kassym-Jomart" a name."""
    return [p for p in _PART_SEP.split(tok.low) if p]


def _is_head(tok: _Tok) -> bool:
    """A noun that makes a phrase a title ("Premier", "researcher", "Gen.")."""
    if tok.kind == "hon":
        return tok.low in {"sen", "rep", "gov", "gen", "adm", "amb", "lt", "col", "capt", "maj", "sgt"}
    return tok.kind == "word" and (tok.low in HEAD_NOUNS or ("-" in tok.low and any(p in HEAD_NOUNS for p in _parts(tok))))


def _is_honorific(tok: _Tok) -> bool:
    return tok.low in HONORIFICS and (tok.kind == "hon" or (tok.kind == "word" and tok.cap))


def _style_key(tok: _Tok) -> str:
    """ "Dato'" -> "dato", "Smt." -> "smt", "H.E." -> "h.e."."""
    if tok.kind == "abbr":
        return tok.text.lower()
    if tok.kind == "hon" and tok.text == "Hon.":
        return "hon."  # "Hon." (not "Hon Hai")
    if tok.kind in ("word", "hon") and (tok.cap or tok.low in {"the"}):
        return tok.text.lower().rstrip(".'’")
    return ""


# First and last words of the style phrases: most tokens are neither, so most look-ups stop at one key.
_STYLE_FIRST = frozenset(p[0] for p in _STYLES)
_STYLE_LAST = frozenset(p[-1] for p in _STYLES)


def _style_at(toks: list[_Tok], i: int) -> int:
    """Length of the style phrase starting at token i ("Tan Sri" -> 2), 0 when none."""
    if i >= len(toks) or _style_key(toks[i]) not in _STYLE_FIRST:
        return 0
    for n in (3, 2, 1):
        if i + n <= len(toks) and tuple(_style_key(t) for t in toks[i : i + n]) in _STYLES:
            return n
    return 0


def _style_ending_at(toks: list[_Tok], i: int) -> tuple[str, ...] | None:
    """The longest style phrase ending right before token i ("Tan Sri" before "Muhyiddin"), if any."""
    if _style_key(toks[i - 1]) not in _STYLE_LAST:
        return None
    for n in (3, 2, 1):
        if i - n >= 0:
            phrase = tuple(_style_key(t) for t in toks[i - n : i])
            if phrase in _STYLES:
                return phrase
    return None


def _style_before(toks: list[_Tok], start: int, heads: bool = False) -> int:
    """Where the chain of styles right before a name begins ("His Excellency Sheikh", "Tun Dr");
    ``start`` when there is none. ``heads`` also takes "Sheikh", "Prince"."""
    i, weak_only = start, True
    while i > 0:
        phrase = _style_ending_at(toks, i)
        if phrase is not None:
            i -= len(phrase)
            weak_only = weak_only and phrase in _WEAK_STYLES
            continue
        tok = toks[i - 1]
        if _is_honorific(tok) or (heads and tok.cap and tok.low in _STYLE_HEADS):
            i -= 1
            weak_only = False
            continue
        break
    if i < start and weak_only and not (start + 1 < len(toks) and _nameish(toks[start]) and _nameish(toks[start + 1])):
        return start  # "Bay Ridge", "Lady Gaga" are no styled names: "Bay Mehmet Yilmaz" is
    return i


def _style_tokens(toks: list[_Tok], a: int, b: int) -> set[int]:
    """Style words inside a run ("Datuk Seri" in "Datuk Seri Anwar Ibrahim"): not part of the name.

    A style counts only before a name-shaped word (two for ambiguous ones: "Bay Mehmet Yilmaz").
    """
    out: set[int] = set()
    i = a
    while i < b:
        n = _style_at(toks, i)
        if not n:
            i += 1
            continue
        j = i + n
        while j < b and (_style_at(toks, j) or _is_honorific(toks[j])):
            j += _style_at(toks, j) or 1
        need = 2 if tuple(_style_key(t) for t in toks[i : i + n]) in _WEAK_STYLES else 1
        if all(j + k < b and _nameish(toks[j + k]) for k in range(need)):
            out.update(range(i, j))
            i = j
        else:
            i += n
    return out


def _is_particle(tok: _Tok) -> bool:
    return tok.kind == "word" and tok.text in PARTICLES


def _particles_then(toks: list[_Tok], i: int, end: int, test: Callable[[_Tok], bool]) -> bool:
    """Particles ("bin", "von der") count as name words only when a name word follows."""
    while i < end and _is_particle(toks[i]):
        i += 1
    return i < end and i > 0 and test(toks[i]) and not _is_particle(toks[i])


def _run_token(tok: _Tok) -> bool:
    """A token that can be part of a capitalised sequence (name or title)."""
    if tok.kind in ("initial", "abbr") or (tok.kind == "hon" and (_style_key(tok),) in _STYLES):
        return True
    return tok.kind == "word" and (tok.cap or (tok.text[:1] in "aeu" and bool(_ARABIC_PREFIX.match(tok.text))))


def _nameish(tok: _Tok) -> bool:
    """A token shaped like part of a person's name."""
    if tok.name_like is None:
        tok.name_like = _name_shaped(tok)
    return tok.name_like


def _name_shaped(tok: _Tok) -> bool:
    """Capitalised, not an acronym, and none of the title, place, date or stop words."""
    if tok.kind == "initial":
        return True
    if tok.kind != "word":
        return False
    text = tok.text
    if _ARABIC_PREFIX.match(text):
        return True
    if not text[:1].isupper() or len(text) < 2 or (text.isupper() and len(text) > 2):
        return False
    if text.isupper() and len(text) == 2 and text not in {"Al", "El"}:
        return False
    low = name_key(text)
    if low in NON_NAME or tok.low in NON_NAME:
        return False
    parts = _parts(tok)
    if parts and (parts[0] in NON_NAME or any(p in TITLE_WORDS or p in PLACE_WORDS for p in parts)):
        return False
    return True


# --------------------------------------------------------------- candidates


@dataclass(slots=True)
class _Cand:
    start: int
    end: int  # exclusive
    kb: str | None = None  # canonical name when the knowledge base knows it


@dataclass(slots=True)
class _Sentence:
    index: int
    text: str
    toks: list[_Tok]
    headline: bool
    cands: list[_Cand] | None = None  # computed once, used by both passes


def _text(sentence: _Sentence, start: int, end: int) -> str:
    return sentence.text[sentence.toks[start].start : sentence.toks[end - 1].end]


def _runs(toks: list[_Tok]) -> list[tuple[int, int]]:
    """Maximal capitalised sequences (names and titles live in them); a possessive ends one."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        if not _run_token(toks[i]):
            i += 1
            continue
        j = i
        while j < n and (_run_token(toks[j]) or _particles_then(toks, j, n, _run_token)):
            j += 1
            if toks[j - 1].poss:
                break
        runs.append((i, j))
        i = j
    return runs


def _candidates(sentence: _Sentence, canonical: Callable[[str], str | None]) -> list[_Cand]:
    """Known names and name-shaped sequences in a sentence, left to right."""
    if sentence.cands is None:
        sentence.cands = _find_candidates(sentence, canonical)
    return sentence.cands


def _find_candidates(sentence: _Sentence, canonical: Callable[[str], str | None]) -> list[_Cand]:
    """Known names first (longest match), then name-shaped sub-runs of what is left."""
    toks = sentence.toks
    out: list[_Cand] = []
    for a, b in _runs(toks):
        covered: set[int] = set()
        i = a
        while i < b:
            hit = _kb_span(sentence, i, b, canonical)
            if hit is None:
                i += 1
                continue
            hit = _with_lineage(sentence, hit, b, canonical)
            out.append(hit)
            covered.update(range(hit.start, hit.end))
            i = hit.end
        blocked = covered | _place_tokens(toks, a, b) | _date_tokens(toks, a, b) | _style_tokens(toks, a, b)
        k = a
        while k < b:
            if k in blocked or not _name_start(toks, k):
                k += 1
                continue
            m = k
            while m < b and m not in blocked and (_nameish(toks[m]) or _particles_then(toks, m, b, _nameish)
                                                   or (m > k and _word_surname(toks, m))):
                m += 1
                if toks[m - 1].poss:
                    break
            while m > k + 1 and (toks[m - 1].kind == "initial" or _is_particle(toks[m - 1])):
                m -= 1
            if m == k:  # a stopword surname ("Vice Premier He") standing alone
                m = k + 1
            if m == b and m < len(toks) and toks[m].low in _SUFFIX_WORDS and not toks[m - 1].poss:
                m += 1  # "Ferdinand Marcos Jr."
            out.append(_Cand(k, m))
            k = m
    out.sort(key=lambda c: c.start)
    return out


_WORD_SURNAMES = _words("may")  # "Theresa May": a stop or date word as the last word of a name


def _word_surname(toks: list[_Tok], m: int) -> bool:
    """ "May" after a given name mid-sentence ("Theresa May said"): prose never capitalises the modal there."""
    tok = toks[m]
    if tok.kind != "word" or not tok.cap or tok.low not in _WORD_SURNAMES or toks[m - 1].poss:
        return False
    nxt = toks[m + 1] if m + 1 < len(toks) else None
    return (nxt is None or not (nxt.kind == "word" and nxt.cap)) and _nameish(toks[m - 1])


def _date_tokens(toks: list[_Tok], a: int, b: int) -> set[int]:
    """Month and day words used as dates ("Jun 5", "5 May"), not as names."""
    out: set[int] = set()
    for i in range(a, b):
        if toks[i].low not in DATE_OR_NAME:
            continue
        after = toks[i + 1 : i + 3]
        if (after and after[0].kind == "num") or (len(after) == 2 and after[0].text == "." and after[1].kind == "num"):
            out.add(i)
        elif i > 0 and toks[i - 1].kind == "num":
            out.add(i)
    return out


def _name_start(toks: list[_Tok], k: int) -> bool:
    """A token that can begin a name: name-shaped, or "He"/"An" right after a title."""
    tok = toks[k]
    if _nameish(tok) and tok.kind != "initial":
        return True
    if tok.kind == "initial":
        return k + 1 < len(toks) and (_nameish(toks[k + 1]))
    if not (tok.kind == "word" and tok.low in _STOPWORD_SURNAMES and tok.cap):
        return False
    if k > 0 and (_is_head(toks[k - 1]) or _is_honorific(toks[k - 1])):
        return True
    return _apposition_after(toks, k + 1, set()) is not None  # "He, a member of ..., said"


def _kb_span(sentence: _Sentence, i: int, b: int, canonical: Callable[[str], str | None]) -> _Cand | None:
    """The longest known name starting at token i, if any."""
    toks = sentence.toks
    for j in range(_kb_span_end(toks, i, min(b, i + 6)), i, -1):
        span = toks[i:j]
        if span[0].kind == "initial" and j - i == 1:
            continue
        if j - i == 1 and not _nameish(span[0]):
            continue
        name = canonical(_text(sentence, i, j))
        if name is None and j - i == 2:  # "Blinken Antony", "Qiang Li": order swapped in translation
            name = canonical(f"{span[1].text} {span[0].text}")
        if name:
            return _Cand(i, j, name)
    return None


# Particles of an Arabic (and Malay) lineage name: "Mohammed bin Salman bin Abdulaziz Al Saud".
_LINEAGE = frozenset({"bin", "bint", "binti", "ibn", "ibni", "bte", "ben"})
_FAMILY_ARTICLES = frozenset({"Al", "El", "al", "el", "Aal", "Āl"})


def _with_lineage(sentence: _Sentence, hit: _Cand, b: int, canonical: Callable[[str], str | None]) -> _Cand:
    """A known name and the rest of its lineage written after it: one person, one mention.

    News writes Gulf royals and officials by a short name ("Mohammed bin Salman",
    "Faisal bin Farhan") or in full, the father's and grandfather's names and the
    family name following ("... bin Abdulaziz Al Saud", "... bin Abdullah"). The
    knowledge base keeps the short name; the longer one is the same person, never
    a second one ("Abdulaziz Al Saud"). A known name that begins with a title ("King
    Salman") gives way to the known name after the title when that reaches as far.
    """
    toks = sentence.toks
    end = _lineage_end(toks, hit.end, b, _has_lineage(toks, hit.start, hit.end))
    if end == hit.end:
        return hit
    if _is_head(toks[hit.start]) and hit.start + 1 < end:
        inner = _kb_span(sentence, hit.start + 1, b, canonical)
        if inner is not None and inner.kb == hit.kb:
            return _Cand(hit.start + 1, end, hit.kb)
    return _Cand(hit.start, end, hit.kb)


def _has_lineage(toks: list[_Tok], start: int, end: int) -> bool:
    return any(toks[k].kind == "word" and toks[k].text in _LINEAGE for k in range(start, end))


def _lineage_end(toks: list[_Tok], k: int, b: int, lineage: bool) -> int:
    """Where "bin X bin Y Al Z" after a name ends (``k`` when none follows).

    The family name ("Al Saud", "Al-Nahyan", "al-Thani") counts only after a
    lineage ("bin ...") in the name or just read: "Wang Yi Al" is no name."""
    start = k
    while (k + 1 < b and toks[k].kind == "word" and toks[k].text in _LINEAGE and not toks[k - 1].poss
           and _nameish(toks[k + 1])):
        k += 2
    if k == start and not lineage or toks[k - 1].poss:
        return k
    if k + 1 < b and toks[k].kind == "word" and toks[k].text in _FAMILY_ARTICLES and _nameish(toks[k + 1]):
        return k + 2
    if k < b and toks[k].kind == "word" and _ARABIC_PREFIX.match(toks[k].text) and _nameish(toks[k]):
        return k + 1
    return k


def _kb_span_end(toks: list[_Tok], i: int, end: int) -> int:
    """How far a known name starting at token i may reach: only words and initials, and a
    possessive only on its last word (so no span needs testing one by one)."""
    for k in range(i, end):
        if toks[k].kind not in ("word", "initial"):
            return k
        if toks[k].poss:
            return k + 1
    return end


def _place_tokens(toks: list[_Tok], a: int, b: int) -> set[int]:
    """Tokens of multi-word place names inside a run ("Hong Kong", "South China Sea")."""
    out: set[int] = set()
    i = a
    while i < b:
        for j in range(min(b, i + 5), i + 1, -1):
            if name_key(" ".join(t.text for t in toks[i:j])) in PLACE_PHRASES:
                out.update(range(i, j))
                i = j - 1
                break
        i += 1
    return out


_FUNCTION_WORDS = _words("""
    with from into over amid after about than that this upon onto against among before
    during without under while says said amid near what when where will have
""")


_TITLE_CASE_SMALL = _words("a an the and but or nor for so yet as at by in of off on per to up via vs v")


def _is_headline(toks: list[_Tok]) -> bool:
    """Title Case lines ("Kerry Vows to Strengthen Cooperation") are not prose.

    Prose keeps its verbs and common nouns in lower case even when it is dense
    with names and titles; a headline capitalises them.
    """
    long_words = len([t for t in toks if t.kind == "word" and len(t.text) >= 4])
    if long_words < 4:
        return False
    # Title Case keeps only short function words in lower case: a short lower-case verb
    # ("met", "was") is prose, as in "Foreign Minister Bilawal Bhutto Zardari met Wang Yi in Goa."
    # At most one such word per 20 long words; prose is rejected at its first few.
    allowed = long_words // 20
    for t in toks:
        if (t.kind == "word" and not t.cap and len(t.text) >= 2 and t.low not in _FUNCTION_WORDS
                and t.low not in _TITLE_CASE_SMALL and t.low not in PARTICLES):
            allowed -= 1
            if allowed < 0:
                return False
    return True


# ------------------------------------------------------------------ titles


def _title_before(toks: list[_Tok], start: int, blocked: set[int], strict: bool = False) -> tuple[int, int] | None:
    """The title phrase right before a name: "Chinese Premier", "then-House Speaker".

    ``strict`` (for headlines, where every word is capitalised) admits only
    title, organisation and place words.
    """
    end = _style_before(toks, start)  # "Prime Minister Datuk Seri Anwar Ibrahim"
    styled = _style_before(toks, end, heads=True)
    if styled < end:
        # "His Royal Highness Prince Mohammed": a form of address, no title; "UAE Foreign Minister
        # Sheikh Abdullah": the title ends before the style head; "Crown Prince Mohammed" keeps it.
        if any(_style_at(toks, k) or _is_honorific(toks[k]) for k in range(styled, end)):
            return _title_scan(toks, styled, blocked, strict)
        cut = end  # "Sheikh Tamim", "Prince Faisal": a style alone is no title, "Emir Sheikh Tamim" is "Emir"
        while (cut > styled and toks[cut - 1].low in _ADDRESS_ONLY
               and not (cut >= 2 and (toks[cut - 2].low, toks[cut - 1].low) in _STYLE_COMPOUNDS)):
            cut -= 1
        if cut < end:
            return _title_scan(toks, cut, blocked, strict)
    return _title_scan(toks, end, blocked, strict)


# Titles made with a style head ("Crown Prince"); style heads that alone are no title ("Sheikh").
_STYLE_COMPOUNDS = frozenset({("crown", "prince"), ("crown", "princess"), ("grand", "sheikh")})
_ADDRESS_ONLY = _words("sheikh sheikha shaikh prince princess")


def _title_scan(toks: list[_Tok], end: int, blocked: set[int], strict: bool) -> tuple[int, int] | None:
    """The title phrase ending right before token ``end``, read backwards."""
    j = end - 1
    while j >= 0 and end - j <= 24:
        tok = toks[j]
        if j >= 2 and _acronym_aside(toks, j - 2):
            j -= 3  # "People's Republic of China (PRC) Director of ..."
            continue
        if j in blocked or tok.kind in ("punct", "num", "initial"):
            break
        if tok.kind == "hon" and not _is_head(tok):
            break
        if tok.kind == "word" and not _title_word_ok(toks, j, strict):
            break
        j -= 1
    first = j + 1
    while first < end and (toks[first].low in _LEADING_TRIM or toks[first].low in _STYLE_WORDS
                           or toks[first].kind == "abbr" and (_style_key(toks[first]),) in _STYLES):
        first += 1  # "His Highness Sheikh" -> "Sheikh", "H.E. Sheikh" -> "Sheikh"
    if first >= end or not any(_is_head(toks[k]) for k in range(first, end)):
        return None
    return first, end


def _title_word_ok(toks: list[_Tok], j: int, strict: bool) -> bool:
    """Whether a word can belong to a title read backwards from a name."""
    tok = toks[j]
    low = tok.low
    if tok.cap:
        if low in STOPWORDS and low not in CONNECTORS and not _country_word(tok):
            # "Custodian of the Two Holy Mosques": a capitalised number inside a title's name
            return low in _TITLE_NUMBERS and j > 0 and toks[j - 1].low in {"the", "of"} and not strict
        if low in MONTHS or low in DAYS or low in DATE_OR_NAME:
            return False  # "in June to Treasury Secretary Janet Yellen"
        return not strict or low in TITLE_WORDS or low in ORG_WORDS or _country_word(tok) or "-" in low
    if not (low in TITLE_WORDS or low in CONNECTORS or ("-" in low and all(p in TITLE_WORDS for p in _parts(tok)))):
        return False
    if low == "and" and j > 0:
        if _nameish(toks[j - 1]) and toks[j - 1].low not in ORG_WORDS:
            return False  # "his wife Loo Tze Lui and Minister ...": "and" joins two people
        if j > 1 and _is_head(toks[j - 1]) and toks[j - 2].low in {"the", "a"}:
            return False  # "The Secretary and Director Wang": two people
    if low == "to":  # "Ambassador to (the) China Nicholas Burns", not "adviser to President Lula"
        k = j + 2 if j + 1 < len(toks) and toks[j + 1].low == "the" else j + 1
        nxt = toks[k] if k < len(toks) else None
        return j > 0 and _is_head(toks[j - 1]) and nxt is not None and _country_word(nxt) and not nxt.poss
    return True


_TITLE_NUMBERS = _words("two three four five first second third")


def _country_word(tok: _Tok) -> bool:
    return name_key(tok.text) in PLACE_WORDS


_SOFT_ADVERBS = _words("also now currently still then once formerly")


def _apposition_after(toks: list[_Tok], end: int, blocked: set[int]) -> tuple[int, int] | None:
    """A title set off after a name: "Wang Yi, director of the ... Office,"."""
    if end >= len(toks) or (toks[end].text != "," and toks[end].low != "as"):
        return None
    if _age_after(toks, end):  # "Jimmy Lai, 76, the founder of ..."
        end += 1 if toks[end + 1].kind == "num" else 2
        if toks[end].text.endswith(","):
            return _title_phrase(toks, end + 1, blocked)
        end += 1
        if end >= len(toks) or toks[end].text != ",":
            return None
    return _title_phrase(toks, end + 1, blocked)


def _relative_title(toks: list[_Tok], end: int, blocked: set[int]) -> tuple[int, int] | None:
    """A title in a relative clause: "Wang, who is also China's top diplomat," / "... who now serves as envoy"."""
    n = len(toks)
    if end >= n or toks[end].text != ",":
        return None
    k = end + 1
    span = _title_phrase(toks, k, blocked)
    if span is not None:
        k = span[1]
        while k < n and toks[k].low not in {"who", ",", ".", ";"} and k - span[1] < 3:
            k += 1
    if k >= n or toks[k].low != "who":
        return None
    k += 1
    while k < n and toks[k].low in _SOFT_ADVERBS:
        k += 1
    if k < n and toks[k].low in {"is", "was"}:
        k += 1
    elif k + 1 < n and toks[k].low in {"serves", "served", "acts", "acted", "works", "worked"} and toks[k + 1].low == "as":
        k += 2
    else:
        return None
    return _title_phrase(toks, k, blocked)


def _title_phrase(toks: list[_Tok], k: int, blocked: set[int]) -> tuple[int, int] | None:
    """A title phrase starting at k ("a member of the ... and director of ..."), up to where it ends."""
    n = len(toks)
    while k < n and (toks[k].low in DETERMINERS or toks[k].low in _SOFT_ADVERBS):
        k += 1
    first, head_seen = k, False
    while k < n and k - first < 32:
        tok = toks[k]
        if k in blocked:
            m = k
            while m + 1 < n and m + 1 in blocked:
                m += 1
            # "adviser to Brazilian President Lula", "Biden's special envoy": the other person is part of it;
            # "Gina Raimondo, Trade Representative Katherine Tai": it is the next person's title
            if not (_relational_before(toks, first, k) or toks[m].poss):
                return None
            k = m + 1
            continue
        if _acronym_aside(toks, k):
            k += 3  # "Communist Party of China (CPC) Central Committee"
            continue
        if tok.kind in ("punct", "num", "initial") or (tok.kind == "hon" and not _is_head(tok)):
            break
        if tok.kind == "word":
            low = tok.low
            if low in STOP_LOWER and not tok.cap:
                break
            if not tok.cap and low not in TITLE_WORDS and low not in CONNECTORS:
                hyphenated = "-" in low
                if head_seen:
                    if _verbish(low):
                        break
                elif not hyphenated:
                    break
        if _is_head(tok):
            head_seen = True
        elif not head_seen and k - first >= 6:
            return None
        k += 1
    if k < n and toks[k].kind == "word" and not toks[k].cap and toks[k].low in REPORTING_VERBS:
        return None  # "..., Li Qiang, the Prime Minister's Office said": a new clause
    last = k
    while last > first and toks[last - 1].low in _LEADING_TRIM | DETERMINERS:
        last -= 1
    if not head_seen or last <= first:
        return None
    return first, last


def _acronym_aside(toks: list[_Tok], k: int) -> bool:
    """"(CPC)", "(PRC)": an acronym in brackets inside a title."""
    return (k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")"
            and toks[k + 1].text.isupper() and toks[k + 1].kind in ("word", "abbr"))


def _relational_before(toks: list[_Tok], first: int, k: int) -> bool:
    """Whether a title phrase reaches another person through "to"/"of"/"for" ("adviser to President X")."""
    i = k - 1
    while i >= first and toks[i].kind == "word" and (toks[i].cap or toks[i].low in TITLE_WORDS) and toks[i].low not in CONNECTORS:
        i -= 1
    return i > first and toks[i].low in {"to", "of", "for"}


def _verbish(low: str) -> bool:
    """"appointed", "adding", "reportedly": words that end a title phrase."""
    return len(low) > 4 and (low.endswith("ed") or low.endswith("ing") or low.endswith("ly"))


def _title_comma_before(toks: list[_Tok], start: int, end: int, blocked: set[int],
                        strict: bool = False) -> tuple[int, int] | None:
    """A title set off before a name: "China's top diplomat, Wang Yi, who ..."."""
    start = _style_before(toks, start, heads=True)  # "The Emir of Qatar, Sheikh Tamim ..."
    if start < 2 or toks[start - 1].text != ",":
        return None
    closes = end >= len(toks) or toks[end].text in {",", ".", ";", ")", "!", "?"} or toks[end].low in {"who", "whose"}
    if not closes:
        return None
    span = _title_before(toks, start - 1, blocked, strict)
    if span is None:
        return None
    first, last = span
    while first < last and toks[first].low in DETERMINERS:
        first += 1
    return (first, last) if first < last else None


def _reporting(toks: list[_Tok], start: int, end: int) -> bool:
    """A reporting verb after the name, or a cue ("said", "according to") before it."""
    k = end
    if k < len(toks) and toks[k].kind == "word" and toks[k].low in _ADVERBS:
        k += 1
    if k < len(toks) and toks[k].kind == "word" and not toks[k].cap and toks[k].low in REPORTING_VERBS:
        return not _cites_work(toks, k + 1)
    if start >= 1 and toks[start - 1].kind == "word" and toks[start - 1].low in _CUES_BEFORE:
        return True
    return start >= 2 and (toks[start - 2].low, toks[start - 1].low) in _CUE_PAIRS


_WORKS = _words("book books essay essays article articles memoir memoirs column op-ed paper study novel treatise")


def _cites_work(toks: list[_Tok], k: int) -> bool:
    """ "Graham Allison argued in "Destined for War"", "as Evan Osnos wrote in The New Yorker":
    an author cited for a work, not a person of the story."""
    if k + 1 >= len(toks) or toks[k].low != "in":
        return False
    nxt = toks[k + 1]
    if nxt.text in {'"', "“", "«", "'", "‘"}:
        return True
    if toks[k - 1].low in {"wrote", "writes", "argued", "argues"} and nxt.cap and nxt.kind == "word":
        title = toks[k + 2] if nxt.low == "the" and k + 2 < len(toks) else nxt
        return (title.cap and title.kind == "word" and name_key(title.text) not in PLACE_WORDS
                and title.low not in DAYS and title.low not in MONTHS)
    return (nxt.low in {"his", "her", "their"} and k + 2 < len(toks) and toks[k + 2].low in _WORKS) or (
        nxt.low in {"a", "the"} and k + 2 < len(toks)
        and toks[k + 2].low in {"book", "essay", "memoir", "novel", "treatise"})


# ----------------------------------------------------------------- registry


@dataclass(slots=True)
class _Entry:
    name: str
    known: bool
    surname: str  # name_key of the surname
    given: tuple[str, ...]  # name_keys of the other words
    keys: set[str] = field(default_factory=set)
    first: tuple[int, int] | None = None
    last: tuple[int, int] | None = None
    forms: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    roles: list[RoleMention] = field(default_factory=list)


def _guess_surname_first(words: list[str]) -> bool:
    """An unknown name is surname-first when it starts with a common Chinese/Korean/Vietnamese surname."""
    return 2 <= len(words) <= 3 and name_key(words[0]) in CJK_SURNAMES


_UNSEEN = object()


class _Registry:
    """The people of one article, and how short forms resolve to them."""

    def __init__(self, knowledge: Knowledge, common: set[str] | None = None) -> None:
        self.knowledge = knowledge
        self.common = common or set()  # words the article also uses in lower case
        self.lone_words: list[str] = []  # capitalised single words seen, for _settle_leaders
        self.entries: list[_Entry] = []
        self.by_name: dict[str, _Entry] = {}
        self._canonical: dict[str, str | None] = {}

    def canonical(self, name: str) -> str | None:
        """``knowledge.canonical``, remembered for the article: both passes ask about the same spans."""
        found = self._canonical.get(name, _UNSEEN)
        if found is _UNSEEN:
            found = self._canonical[name] = self.knowledge.canonical(name)
        return found  # type: ignore[return-value]

    def add_known(self, name: str) -> _Entry:
        if name in self.by_name:
            return self.by_name[name]
        person = self.knowledge.person(name)
        country = person.country if person else None
        surname = surname_of(name, country) if person else name.split()[-1]
        entry = self._new(name, True, surname)
        if person:
            for full in (person.name, *person.aliases):
                entry.keys.add(name_key(full))
        return entry

    def add_unknown(self, name: str) -> _Entry:
        key = name_key(name)
        for entry in self.entries:
            if key in entry.keys or name_key(entry.name).endswith(" " + key):
                return entry  # "Al Thani" after "Mohammed bin Abdulrahman Al Thani"
        for entry in self.entries:
            if not entry.known and key.endswith(" " + name_key(entry.name)):
                return self._rename(entry, name)  # the full name after its short form
        words = name.split()
        if len(words) >= 2:
            first, last = name_key(words[0]), name_key(words[-1])
            for entry in self.entries:
                ew = entry.name.split()
                if not entry.known and len(ew) >= 2 and (name_key(ew[0]), name_key(ew[-1])) == (first, last):
                    entry.keys.add(key)
                    return entry
        surname = words[0] if _guess_surname_first(words) else surname_of(name, None)
        return self._new(name, False, surname)

    def _rename(self, entry: _Entry, name: str) -> _Entry:
        del self.by_name[entry.name]
        words = name.split()
        fresh = self._new(name, False, words[0] if _guess_surname_first(words) else surname_of(name, None))
        self.entries.remove(fresh)
        entry.name, entry.surname, entry.given = fresh.name, fresh.surname, fresh.given
        entry.keys |= fresh.keys
        self.by_name[name] = entry
        return entry

    def _new(self, name: str, known: bool, surname: str) -> _Entry:
        skey = name_key(surname)
        keys = [name_key(w) for w in name.split() if w not in PARTICLES]
        given = tuple(k for k in keys if k != skey and len(k) > 1 and k not in _SUFFIX_WORDS and k not in {"al", "el"})
        entry = _Entry(name=name, known=known, surname=skey, given=given, keys={name_key(name)})
        self.entries.append(entry)
        self.by_name[name] = entry
        return entry

    def resolve(self, words: str, pos: tuple[int, int] | None) -> _Entry | None:
        """The person a form names in this article; None when unknown or ambiguous."""
        key = name_key(words)
        if not key:
            return None
        for entry in self.entries:
            if key in entry.keys:
                return entry
        canonical = self.canonical(words)
        if canonical and canonical in self.by_name:
            return self.by_name[canonical]
        tokens = key.split()
        if len(tokens) >= 2:
            matches = [e for e in self.entries if _same_ends(name_key(e.name), tokens) and not e.known]
            matches = matches or [e for e in self.entries if name_key(e.name).endswith(" " + key)]
            return matches[0] if len(matches) == 1 else None
        return self._resolve_word(key, pos)

    def _resolve_word(self, key: str, pos: tuple[int, int] | None) -> _Entry | None:
        given = [] if key in self.common else [e for e in self.entries if key in e.given]
        for pool in ([e for e in self.entries if e.surname == key], given):
            if len(pool) == 1:
                return pool[0]
            if len(pool) > 1:
                return _most_recent(pool, pos)
        return None


def _same_ends(name: str, tokens: list[str]) -> bool:
    """"Retno L. P. Marsudi" and "Retno Marsudi": same first and last word."""
    words = name.split()
    return len(words) >= 2 and words[0] == tokens[0] and words[-1] == tokens[-1]


def _most_recent(pool: list[_Entry], pos: tuple[int, int] | None) -> _Entry | None:
    """Of several people sharing a surname, the one named last before pos."""
    if pos is None:
        return None
    before = [e for e in pool if e.last is not None and e.last < pos]
    if not before:
        return None
    return max(before, key=lambda e: e.last or (0, 0))


# -------------------------------------------------------------------- main


def find_people(paragraphs: list[str], source: str, knowledge: Knowledge) -> list[Person]:
    """Everyone the article names, by first mention, with forms, roles and evidence."""
    sentences: list[_Sentence] = []
    for paragraph in paragraphs:
        for text in _sentences(paragraph):
            toks = _tokenize(text)
            sentences.append(_Sentence(len(sentences), text, toks, _is_headline(toks)))
    lower_words = {t.low for s in sentences for t in s.toks if t.kind == "word" and not t.cap}
    registry = _Registry(knowledge, lower_words)
    loose: list[tuple[_Sentence, _Cand]] = []
    pending = _find_full_names(sentences, registry, lower_words, loose)
    _settle_loose(loose, pending, registry)
    _settle_short_names(pending, knowledge, registry, lower_words)
    _settle_leaders(registry, lower_words)
    _collect_mentions(sentences, registry, source)
    people = [e for e in registry.entries if e.first is not None]
    people.sort(key=lambda e: e.first or (0, 0))
    return [Person(name=e.name, forms=e.forms, roles=e.roles, known=e.known, evidence=e.evidence) for e in people]


_STYLE_END = re.compile(r"(?:^|\s)(?:Smt|Hon|Rt|H\.E|Dato|Datin)\.$")


def _sentences(paragraph: str) -> list[str]:
    """Sentences, a style abbreviation ("Smt.", "H.E.") joined to the name after it."""
    out: list[str] = []
    for text in split_sentences(paragraph):
        if out and _STYLE_END.search(out[-1]):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


@dataclass(slots=True)
class _Pending:
    sentence: _Sentence
    cand: _Cand
    anchor: str  # "honorific", "title" or "verb"
    title: str | None


def _find_full_names(sentences: list[_Sentence], registry: _Registry, lower_words: set[str],
                     loose: list[tuple[_Sentence, _Cand]]) -> list[_Pending]:
    """Pass 1: known names and anchored full names; anchored single words wait for pass 1b.

    Full names with no anchor of their own but a name's shape go to ``loose``
    (settled by ``_settle_loose``)."""
    pending: list[_Pending] = []
    for sentence in sentences:
        cands = _candidates(sentence, registry.canonical)
        blocked = {k for c in cands if c.kb for k in range(c.start, c.end)}
        for cand in cands:
            if cand.kb:
                registry.add_known(cand.kb)
                continue
            after_the = cand.start > 0 and sentence.toks[cand.start - 1].low == "the"  # "the Moon", "the Sun"
            if cand.end - cand.start == 1 and not after_the and not _names_a_thing(sentence.toks, cand):
                registry.lone_words.append(sentence.toks[cand.start].text)
            if sentence.headline:
                continue
            cand = _trim_sentence_start(sentence, cand, lower_words)
            if cand is None:
                continue
            anchor, title = _anchor(sentence, cand, blocked)
            if anchor is None and _loose_ok(sentence, cand, lower_words):
                loose.append((sentence, cand))
            if anchor is None or not _plausible(sentence, cand, anchor, lower_words):
                continue
            if _names_a_thing(sentence.toks, cand):
                continue
            if cand.end - cand.start >= 2:
                text = _text(sentence, cand.start, cand.end)
                canonical = registry.canonical(text)
                if canonical:
                    registry.add_known(canonical)
                elif _name_words(sentence.toks, cand) <= 5:
                    registry.add_unknown(text)
            else:
                pending.append(_Pending(sentence, cand, anchor, title))
    return pending


def _name_words(toks: list[_Tok], cand: _Cand) -> int:
    """Words of a name, its lineage particles aside: "Mohammed bin Abdulrahman bin Jassim Al Thani" has four."""
    return sum(1 for t in toks[cand.start : cand.end]
               if not (t.kind == "word" and (t.text in _LINEAGE or t.text in _FAMILY_ARTICLES)))


def _loose_ok(sentence: _Sentence, cand: _Cand, lower_words: set[str]) -> bool:
    """A full name with no anchor yet: two to four name words, none used in lower case, no article before."""
    toks = sentence.toks
    if not 2 <= cand.end - cand.start <= 4 or _names_a_thing(toks, cand):
        return False
    if cand.start and toks[cand.start - 1].low in {"the", "a", "an"}:
        return False
    return _plausible(sentence, cand, "verb", lower_words)


def _settle_loose(loose: list[tuple[_Sentence, _Cand]], pending: list[_Pending], registry: _Registry) -> None:
    """Pass 1c: full names named in passing, made people by what surrounds them elsewhere.

    * the article uses the surname alone as a person's ("Putin's envoy",
      "Dmitriev told", "Mr Lai") for "Vladimir Putin", "Kirill Dmitriev";
    * the name stands in a list beside a person ("Charles de Gaulle and
      Konrad Adenauer, who ...", "Theresa May and David Cameron both courted").
    Repeated until nothing changes: a list can pass a person along.
    """
    words = {name_key(_text(p.sentence, p.cand.start, p.cand.end)) for p in pending}
    changed = True
    while changed and loose:
        changed = False
        for item in list(loose):
            sentence, cand = item
            text = _text(sentence, cand.start, cand.end)
            if any(name_key(text) in e.keys for e in registry.entries):
                loose.remove(item)
                continue
            parts = text.split()
            surname = parts[0] if _guess_surname_first(parts) else surname_of(text, None)
            if name_key(surname) in words or _next_to_person(sentence, cand, registry):
                canonical = registry.canonical(text)
                registry.add_known(canonical) if canonical else registry.add_unknown(text)
                loose.remove(item)
                changed = True


def _next_to_person(sentence: _Sentence, cand: _Cand, registry: _Registry) -> bool:
    """Whether a name stands beside one of the article's people, joined by "and" or a comma."""
    toks = sentence.toks
    for other in _candidates(sentence, registry.canonical):
        if other.end + 1 == cand.start and toks[other.end].low in {",", "and", "&"}:
            pass
        elif cand.end + 1 == other.start and toks[cand.end].low in {",", "and", "&"}:
            pass
        else:
            continue
        if other.kb and other.kb in registry.by_name:
            return True
        words = _text(sentence, other.start, other.end)
        if other.end - other.start >= 2 and any(name_key(words) in e.keys for e in registry.entries):
            return True
    return False


_THING_NOUNS = _words("newspaper magazine broadcaster channel website outlet firm company tabloid network agency")


def _names_a_thing(toks: list[_Tok], cand: _Cand) -> bool:
    """"Premier League", "Les Echos newspaper", "Morgan Stanley strategist": a name-shaped thing."""
    nxt = toks[cand.end] if cand.end < len(toks) else None
    if nxt is None or nxt.kind != "word" or toks[cand.end - 1].poss:
        return False
    return (nxt.cap and nxt.low in ORG_WORDS) or nxt.low in _THING_NOUNS or (not nxt.cap and _is_head(nxt))


def _trim_sentence_start(sentence: _Sentence, cand: _Cand, lower_words: set[str]) -> _Cand | None:
    """Drop a sentence-initial common word glued to a name ("Meanwhile Retno Marsudi")."""
    toks = sentence.toks
    first_word = next((i for i, t in enumerate(toks) if t.kind == "word"), None)
    if cand.start == first_word and toks[cand.start].low in lower_words:
        if cand.end - cand.start == 1:
            return None
        return _Cand(cand.start + 1, cand.end)
    return cand


def _anchor(sentence: _Sentence, cand: _Cand, blocked: set[int]) -> tuple[str | None, str | None]:
    """What makes a name-shaped sequence a person: honorific, title, or (weaker) verb, list or affiliation."""
    toks = sentence.toks
    if _style_before(toks, cand.start) < cand.start:
        return "honorific", None
    span = _title_before(toks, cand.start, blocked, sentence.headline)
    if span:
        return "title", _text(sentence, *span)
    span = _apposition_after(toks, cand.end, blocked) or _title_comma_before(
        toks, cand.start, cand.end, blocked, sentence.headline)
    if span:
        return "title", _text(sentence, *span)
    if cand.start and toks[cand.start - 1].low in {"the", "a", "an"}:
        return None, None  # "the Brookings Institution said": a person's name takes no article
    if _reporting(toks, cand.start, cand.end) or _affiliation(toks, cand.end) or _listed_with(toks, cand, blocked):
        return "verb", None
    if _personal_context(toks, cand):
        return "verb", None
    return None, None


# After a name and its possessive: words only a person has ("Jimmy Lai's trial", "Merkel's successor").
_PERSONAL_NOUNS = _words("""
    wife husband widow widower son sons daughter daughters father mother brother sister family children
    parents grandson granddaughter nephew niece cousin successor predecessor aide aides envoy bodyguard
    arrest detention trial sentencing conviction imprisonment funeral death assassination birthday memoir
    memoirs biography legacy presidency premiership chancellorship resignation re-election remarks speech
    visit trip health friend mentor protege protégé party government administration cabinet
""")
# Verbs of what people do, after a full name ("Konrad Adenauer signed", "Theresa May resigned").
_PERSON_VERBS = _words("""
    resigned died served ruled governed founded led won lost became married fled returned toured negotiated
    brokered championed campaigned courted embraced hailed condemned denounced slammed blamed defended
    rejected refused promised apologised apologized resisted signed invoked inherited succeeded
""")
_KIN = _words("brother brothers sister sisters wife husband son daughter father mother uncle aunt nephew niece cousin")
_PERSON_VERB_ADVERBS = _ADVERBS | _words("both once also later never")
_AGENT_VERBS = _words("""
    signed led founded accompanied chaired hosted attended succeeded replaced appointed nominated
    assassinated killed praised criticised criticized written authored
""")
_PREDICATE_VERBS = _words("is was became becomes remains remained")


def _personal_context(toks: list[_Tok], cand: _Cand) -> bool:
    """Context only a person takes, for a name with no title beside it.

    "Imran Khan, who", "Jimmy Lai, 76,", "the late Helmut Kohl", "Jimmy Lai's
    trial", "signed by Charles de Gaulle", "Konrad Adenauer signed", "Theresa
    May was prime minister". Not after "the" ("the Silk Road"): a person's name
    takes no article.
    """
    start, end, n = cand.start, cand.end, len(toks)
    prev = toks[start - 1] if start else None
    if prev is not None and prev.low == "late" and not prev.cap:
        return True
    if prev is not None and prev.low in {"the", "a", "an"}:
        return False
    if toks[end - 1].poss:  # "Jimmy Lai's trial", "Shehbaz Sharif's elder brother"
        for k in range(end, min(n, end + 3)):
            if toks[k].kind != "word" or toks[k].cap:
                return False
            if toks[k].low in _PERSONAL_NOUNS or toks[k].low in _KIN:
                return True
        return False
    if end + 1 < n and toks[end].text == "," and toks[end + 1].low == "who":
        return True
    if _age_after(toks, end):
        return True
    if start >= 2 and prev is not None and prev.low == "by" and (
            toks[start - 2].low in _AGENT_VERBS or _passive_agent(toks, start - 1)):
        return True
    if end - start < 2:
        return False  # a single word: these are too weak
    k = end
    while k < n and toks[k].kind == "word" and toks[k].low in _PERSON_VERB_ADVERBS and not toks[k].cap:
        k += 1
    if k < n and toks[k].kind == "word" and not toks[k].cap and toks[k].low in _PERSON_VERBS:
        return True
    if k < n and toks[k].low in _PREDICATE_VERBS and not toks[k].cap:
        return _title_phrase(toks, k + 1, set()) is not None  # "Theresa May was prime minister"
    return False


_PASSIVE_VERBS = _AGENT_VERBS | _words("""
    received welcomed greeted visited interviewed honoured honored decorated invited briefed thanked
    congratulated met hosted escorted seen
""")
_BE_FORMS = _words("was were been is are be being")


def _passive_agent(toks: list[_Tok], by: int) -> bool:
    """ "was received at the White House by X (and by Y)": the agent of a passive a few words back.

    The clause is read back from "by" to a form of "be" and a participle only people do,
    without crossing a comma or a full stop."""
    for k in range(by - 1, max(0, by - 14), -1):
        tok = toks[k]
        if tok.kind == "punct" or tok.kind == "num":
            return False
        if tok.kind == "word" and not tok.cap and tok.low in _PASSIVE_VERBS:
            j = k - 1
            if j >= 0 and toks[j].kind == "word" and (toks[j].low in _ADVERBS or toks[j].low.endswith("ly")):
                j -= 1  # "was warmly received", "was later received"
            return j >= 0 and toks[j].low in _BE_FORMS
    return False


def _age_after(toks: list[_Tok], end: int) -> bool:
    """ "Jimmy Lai, 76," / "Jimmy Lai, aged 76,": an age set off after a name."""
    k = end
    if k >= len(toks) or toks[k].text != ",":
        return False
    k += 1
    if k < len(toks) and toks[k].low == "aged":
        k += 1
    if k >= len(toks) or toks[k].kind != "num":
        return False
    age = toks[k].text.rstrip(",.;:")  # the number token keeps a comma after it: "76,"
    if not age.isdigit() or not 1 <= int(age) < 120:
        return False
    return age != toks[k].text or k + 1 >= len(toks) or toks[k + 1].text in {",", ".", ";", ")"}


def _listed_with(toks: list[_Tok], cand: _Cand, known: set[int]) -> bool:
    """"Cai Qi, Wang Yi attended": a name in a list beside a known person."""
    after = cand.end
    if after + 1 < len(toks) and toks[after].low in {",", "and"} and after + 1 in known:
        return True
    before = cand.start - 1
    return before >= 1 and toks[before].low in {",", "and"} and before - 1 in known


def _affiliation(toks: list[_Tok], end: int) -> bool:
    """"Yun Sun of the Stimson Center": a name followed by the body it belongs to."""
    k = end
    if k < len(toks) and toks[k].text == ",":
        k += 1  # "Lai Ching-te, of the independence-leaning Democratic Progressive Party"
    if k >= len(toks) or toks[k].low not in {"of", "at", "from"}:
        return False
    k += 1
    if k < len(toks) and toks[k].low == "the":
        k += 1
    skipped = 0
    while k < len(toks) and toks[k].kind == "word" and not toks[k].cap and toks[k].low not in STOP_LOWER and skipped < 2:
        k, skipped = k + 1, skipped + 1  # "of the ruling Democratic Progressive Party"
    while k < len(toks) and toks[k].kind == "word" and toks[k].cap:
        if toks[k].low in ORG_WORDS:
            return True
        k += 1
    return False


def _plausible(sentence: _Sentence, cand: _Cand, anchor: str, lower_words: set[str]) -> bool:
    """Reject ordinary words in capitals: weak anchors need every word unused in lower case."""
    toks = sentence.toks[cand.start : cand.end]
    words = [t for t in toks if t.kind == "word" and not _is_particle(t)
             and not (not t.cap and _ARABIC_PREFIX.match(t.text))]  # "al-Safadi" is lower case by nature
    if not words:
        return False
    common = [t for t in words if t.low in lower_words]
    if anchor == "verb":
        return not common  # a lone word here can only become a known person (pass 1b)
    return len(common) < len(words)


def _settle_short_names(pending: list[_Pending], knowledge: Knowledge, registry: _Registry,
                        lower_words: set[str]) -> None:
    """Pass 1b: "President Biden", "Mr. Tokayev" with no full name in the article."""
    for item in pending:
        word = _text(item.sentence, item.cand.start, item.cand.end)
        key = name_key(word)
        if not key or any(key == e.surname or key in e.given for e in registry.entries):
            continue
        known = knowledge.by_surname(word)
        found = known
        if item.title:  # "Ambassador Burns": only a Burns who was an ambassador
            found = [p for p in known if _title_fits(item.title, p, knowledge)]
        if len(found) == 1:
            registry.add_known(found[0].name)
        elif not known and _tight(item) and key not in lower_words and not _after_article(item):
            registry.add_unknown(word)


def _settle_leaders(registry: _Registry, lower_words: set[str]) -> None:
    """"the government of Biden", "a Biden-Xi call": news names heads of state and government
    by surname alone, so a lone surname that only one known leader has is that leader."""
    knowledge = registry.knowledge
    leaders = _leader_offices(knowledge)
    for word in registry.lone_words:
        for part in word.split("-") if "-" in word else [word]:
            key = name_key(part)
            if not key or key in lower_words or not part[:1].isupper() or registry.resolve(part, None):
                continue
            if any(key == e.surname or key in e.given for e in registry.entries):
                continue  # shared by people of the article: not for the knowledge base to settle
            found = knowledge.by_surname(part)
            if len(found) == 1 and any(t.office in leaders for t in found[0].terms):
                registry.add_known(found[0].name)


_LEADER_FORMS = frozenset({"president", "premier", "prime minister", "chancellor", "general secretary"})
_leaders_cache: dict[str, frozenset[str]] = {}


def _leader_offices(knowledge: Knowledge) -> frozenset[str]:
    """Offices whose holders are heads of state or government (a bare "president" form and the like)."""
    if knowledge.digest not in _leaders_cache:
        _leaders_cache[knowledge.digest] = frozenset(
            o.id for o in knowledge.offices if _LEADER_FORMS.intersection(o.forms))
    return _leaders_cache[knowledge.digest]


def _tight(item: _Pending) -> bool:
    """A lone unknown word is a name only right after an honorific or a title word ("President Macron")."""
    if item.anchor == "verb" or item.cand.start == 0:
        return False
    before = item.sentence.toks[item.cand.start - 1]
    if _is_honorific(before) or (_is_head(before) and before.cap) or _style_before(
            item.sentence.toks, item.cand.start) < item.cand.start:
        return True
    return item.anchor == "title" and before.cap and not before.poss and _country_word(before)  # "President of Brazil Lula"


def _title_fits(title: str, person: KnownPerson, knowledge: Knowledge) -> bool:
    """Whether a known person ever held an office the title names.

    A bare title that names no office ("Secretary Blinken") fits when its
    head noun is a word of one of the person's offices; "Chairman Mao" does not
    fit a spokesperson named Mao.
    """
    office_ids = {o.id for o in knowledge.offices_for_title(title)}
    if office_ids:
        return any(t.office in office_ids for t in person.terms)
    heads = {w for w in re.findall(r"[a-z]+", title.lower()) if w in HEAD_NOUNS}
    for term in person.terms:
        office = knowledge.office(term.office)
        if office and heads & set(re.findall(r"[a-z]+", " ".join((office.title, *office.forms)).lower())):
            return True
    return False


def _after_article(item: _Pending) -> bool:
    """"the President Hotel": a title after "the" before a lone word names a thing, not a person."""
    toks, start = item.sentence.toks, item.cand.start
    span = _title_before(toks, start, set())
    first = span[0] if span else start
    return first > 0 and toks[first - 1].low in {"the", "a", "an"} and (span is None or first == start - 1)


def _collect_mentions(sentences: list[_Sentence], registry: _Registry, source: str) -> None:
    """Pass 2: every mention, resolved, with its forms, roles and evidence sentence."""
    for sentence in sentences:
        mentions = _mentions(sentence, registry)
        blocked = {k for m in mentions for k in range(m[0], m[1])}
        for start, end, entry, form in mentions:
            _record(sentence, start, end, entry, blocked - set(range(start, end)), source, form)


_Mention = tuple[int, int, "_Entry", str | None]  # token span, person, form when not the span's text


def _mentions(sentence: _Sentence, registry: _Registry) -> list[_Mention]:
    """Token spans of a sentence that name the article's people, longest first at each place."""
    toks = sentence.toks
    found: list[_Mention] = []
    for cand in _candidates(sentence, registry.canonical):
        if cand.end < len(toks) and toks[cand.end].low in _NOT_THE_PERSON:
            continue  # "the Biden administration"
        if cand.kb and cand.kb in registry.by_name:
            entry = registry.by_name[cand.kb]
            entry.last = (sentence.index, cand.start)  # recency counts within the sentence too
            found.append((cand.start, cand.end, entry, None))
            continue
        i = cand.start
        while i < cand.end:
            for j in range(cand.end, i, -1):
                if j - i == 1 and not _single_ok(toks, i, registry.common):
                    continue
                entry = registry.resolve(_text(sentence, i, j), (sentence.index, i))
                if entry is not None and j - i == 1 and _regnal_other(toks, i, entry):
                    entry = None  # "Sultan Ibrahim" is not Anwar Ibrahim
                if entry is not None:
                    entry.last = (sentence.index, i)
                    found.append((i, j, entry, None))
                    i = j
                    break
            else:
                found.extend(_compound_mentions(sentence, i, registry))
                i += 1
    return found


_REGNAL = _words("king queen sultan emir pope prince princess sheikh sheikha emperor empress")


def _regnal_other(toks: list[_Tok], i: int, entry: _Entry) -> bool:
    """A monarch's title and one name ("Sultan Ibrahim", "King Charles") naming someone
    who shares that word but was never called so."""
    if i == 0 or toks[i - 1].low not in _REGNAL or not toks[i - 1].cap or len(entry.name.split()) < 2:
        return False
    return not any(f.split()[0].lower() == toks[i - 1].low for f in entry.forms if f) and not any(
        toks[i - 1].low in r.title.lower().split() for r in entry.roles)


def _compound_mentions(sentence: _Sentence, i: int, registry: _Registry) -> list[_Mention]:
    """"Biden-Xi": a hyphenated word naming two of the article's people."""
    tok = sentence.toks[i]
    parts = tok.text.split("-")
    if tok.kind != "word" or len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return []
    entries = [registry.resolve(p, (sentence.index, i)) for p in parts]
    if any(e is None for e in entries):
        return []
    return [(i, i + 1, e, p) for e, p in zip(entries, parts) if e is not None]


def _single_ok(toks: list[_Tok], i: int, common: set[str]) -> bool:
    """A lone word can be a name mention unless it looks like an ordinary word.

    "He" (He Lifeng) needs a title before it; a sentence's first word that the
    article also uses in lower case ("Young people ...") is not a name.
    """
    tok = toks[i]
    if tok.kind != "word":
        return False
    titled = i > 0 and (_is_head(toks[i - 1]) or _is_honorific(toks[i - 1]))
    if tok.low in _STOPWORD_SURNAMES:  # "He, a member of the Political Bureau, said" is no pronoun
        return titled or _apposition_after(toks, i + 1, set()) is not None
    first_word = all(t.kind != "word" for t in toks[:i])
    if tok.low in DATE_OR_NAME or tok.low in MONTHS or tok.low in STOPWORDS:
        # "May" is Theresa May only with a title or a verb after it, never "in May"
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return titled or tok.poss or (nxt is not None and nxt.kind == "word" and not nxt.cap
                                      and (nxt.low in REPORTING_VERBS or nxt.low in _PERSON_VERBS))
    return titled or not (first_word and tok.low in common)


def _record(sentence: _Sentence, start: int, end: int, entry: _Entry, blocked: set[int], source: str,
            form: str | None = None) -> None:
    """Add one mention to its person: position, surface form, evidence sentence, titles."""
    toks = sentence.toks
    pos = (sentence.index, start)
    if entry.first is None or pos < entry.first:
        entry.first = pos
    entry.last = pos
    if form is not None:  # a part of a compound ("Xi" in "Biden-Xi"): no titles of its own
        if form not in entry.forms:
            entry.forms.append(form)
        evidence = Evidence(source, sentence.text)
        if evidence not in entry.evidence:
            entry.evidence.append(evidence)
        return
    form = _text(sentence, start, end)
    if end - start == 1 and start > 0:
        before = toks[start - 1]
        if _is_honorific(before) or (_is_head(before) and before.cap):
            form = f"{before.text} {form}"
    if form not in entry.forms:
        entry.forms.append(form)
    styled = _styled_form(sentence, start, end)
    if styled and styled not in entry.forms:
        entry.forms.append(styled)  # "Datuk Seri Anwar Ibrahim", "Sheikh Mohammed bin Zayed"
    evidence = Evidence(source, sentence.text)
    if evidence not in entry.evidence:
        entry.evidence.append(evidence)
    strict = sentence.headline
    spans = [_title_before(toks, start, blocked, strict), _apposition_after(toks, end, blocked),
             _title_comma_before(toks, start, end, blocked, strict), _relative_title(toks, end, blocked)]
    for span in spans:
        if span is None:
            continue
        title = _clean_title(_text(sentence, *span))
        role = RoleMention(title, evidence)
        if title and role not in entry.roles:
            entry.roles.append(role)


def _styled_form(sentence: _Sentence, start: int, end: int) -> str | None:
    """The mention with the styles before it ("Tan Sri Muhyiddin Yassin"), when it has any
    beyond a plain "Mr"/"Dr" (those are kept, for one word, by ``_record``)."""
    toks = sentence.toks
    first = _style_before(toks, start, heads=True)
    while first < start and toks[first].low in {"his", "her"} and not _style_at(toks, first):
        first += 1
    if first >= start or all(_is_honorific(t) and (_style_key(t),) not in _STYLES for t in toks[first:start]):
        return None  # "Mr. Fernández" is no style; "Sir Keir Starmer" is
    return _text(sentence, first, end)


def _clean_title(title: str) -> str:
    """A title without leading articles, possessive pronouns or connectors."""
    words = title.split()
    while words and words[0].lower() in DETERMINERS | _LEADING_TRIM:
        words.pop(0)
    return " ".join(words).strip(" ,;:")


# ------------------------------------------------------------------ helpers


def resolve_name(form: str, people: list[Person]) -> str | None:
    """The canonical name (among this article's people) a surface form denotes, if unambiguous."""
    key = name_key(form)
    if not key:
        return None
    for person in people:
        if key == name_key(person.name):
            return person.name
    by_form = [p.name for p in people if any(name_key(f) == key for f in p.forms)]
    if len(by_form) == 1:
        return by_form[0]
    words = [w for w in key.split() if w not in HONORIFICS and w not in TITLE_WORDS and w not in PLACE_WORDS]
    if not words:
        return None
    bare = " ".join(words)
    for person in people:
        if bare == name_key(person.name):
            return person.name
    by_form = [p.name for p in people if any(name_key(f) == bare for f in p.forms)]
    if len(by_form) == 1:
        return by_form[0]
    if len(words) == 1:
        return _resolve_word_in(words[0], people)
    matches = [p.name for p in people
               if (name_key(p.name).split()[:1], name_key(p.name).split()[-1:]) == (words[:1], words[-1:])]
    return matches[0] if len(matches) == 1 else None


def _resolve_word_in(word: str, people: list[Person]) -> str | None:
    """A single word: a unique surname first, then a unique other name word."""
    surnames = [p.name for p in people if name_key(_surname_guess(p.name)) == word]
    if surnames:
        return surnames[0] if len(surnames) == 1 else None
    given = [p.name for p in people if word in name_key(p.name).split()]
    return given[0] if len(given) == 1 else None


def _surname_guess(name: str) -> str:
    """The surname of a name whose country is unknown here."""
    words = name.split()
    return words[0] if _guess_surname_first(words) else words[-1]


def names_in(sentence: str, people: list[Person], knowledge: Knowledge) -> list[str]:
    """Canonical names of this article's people that a sentence mentions, in order.

    Unlike matching each form as a substring, "Li" here never matches inside
    "Li Keqiang" for Li Qiang, and "the Biden administration" is not Biden.
    """
    registry = _Registry(knowledge)
    for person in people:
        entry = registry.add_known(person.name) if person.known else registry.add_unknown(person.name)
        entry.keys.update(name_key(f) for f in person.forms if len(f.split()) > 1 and name_key(f))
    toks = _tokenize(sentence)
    found: list[str] = []
    for _, _, entry, _ in _mentions(_Sentence(0, sentence, toks, _is_headline(toks)), registry):
        if entry.name not in found:
            found.append(entry.name)
    return found

