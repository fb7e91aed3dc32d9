"""Word lists that tell names from titles, places and ordinary words.

Data only (and the place keys built from it), so every other module can import it."""

from __future__ import annotations

import re

from ...knowledge import COUNTRY_WORDS, name_key


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
