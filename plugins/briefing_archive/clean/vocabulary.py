"""The words and patterns every site uses for its furniture (bylines, credits, cookie
banners, prompts, menus, contact and metadata lines), kept apart from the rules that read them."""

from __future__ import annotations

import re

from .shapes import _MONTHS


def _hints(*needles: str) -> tuple[str, ...]:
    """Literal pieces for a cheap pre-check (``_has``) that spares the costly pattern on most lines."""
    return needles


def _has(lower: str, needles: tuple[str, ...]) -> bool:
    """Any of a few literal pieces in a lower-cased line: spares the costly patterns on most lines.

    (Plain substring tests: about twice as fast as one regex alternation of the same pieces.)"""
    for needle in needles:
        if needle in lower:
            return True
    return False


_AGENCIES = (
    r"reuters|associated press|the associated press|ap|afp|agence france-presse|xinhua"
    r"|tass|ria novosti|sputnik|interfax|bloomberg|kyodo|yonhap"
    r"|dpa|efe|ansa|pti|ians|ani|press trust of india|uni|bernama|anadolu|cns|china news service"
    r"|cgtn|china daily|global times|people's daily|agencies|agency|staff|staff reporter"
    r"|staff writer|our correspondent|our bureau|web desk|news desk|online desk|desk"
)
_AGENCY_ONLY = re.compile(
    rf"^[-–—(\[]*\s*(?:by\s+)?(?:{_AGENCIES})(?: news)?(?:\s*(?:,|/|&|and)\s*(?:{_AGENCIES}))*\s*[)\]]*$",
    re.I,
)
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_AUTHOR_BIO = re.compile(rf"^{_NAME} (?:writes|reports|covers|is an? [\w -]{{1,40}} (?:at|for|with)) ")
_SIGN_OFF = re.compile(rf"^(?:--|[-–—~])\s*{_NAME}(?:\s*,\s*[\w ]{{1,30}})?$")
_NAME_AGENCY = re.compile(rf"^{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}}\s*[,|/–—-]\s*(?i:{_AGENCIES})$")
# "FRANCE 24 with AFP", "Le Monde with AFP and Reuters": a site's own name and the wires it used.
_WITH_AGENCIES = re.compile(
    rf"^\(?(?:[A-Z0-9][\w.'’&-]*(?:\s+[A-Za-z0-9][\w.'’&-]*){{0,4}}\s+)?(?i:with|and|&|\+)\s+"
    rf"(?i:{_AGENCIES})(?:\s*(?:,|/|&|and)\s*(?i:{_AGENCIES}))*\)?\.?$"
)
# "Pedro Vilela - Agência Brasil reporter", "Reporter for Agência Brasil".
_REPORTER_OF = re.compile(
    rf"^{_NAME}\s*[-–—|,]\s*(?:[\w.'’&-]+\s+){{0,4}}(?i:reporter|correspondent|editor|journalist)s?$"
    r"|^(?i:reporter|correspondent|journalist)s? (?i:for|at|of|da|do|de)\s+[A-Z]"
)
# "Published in Dawn, July 10th, 2024": the print edition names its paper.
_PRINT_EDITION = re.compile(
    r"^(?i:published in (?:the )?(?:print edition of )?(?:the )?)[A-Z][\w.&'’ -]{1,40}?\s*,\s*(?:[A-Z][a-z]{2,8}\.? \d|\d)"
)
# "By political reporter Jane Hartley", "By China correspondent Bill Birtles".
_ROLE_BYLINE = re.compile(
    r"^by\s+(?:[\w-]+\s+){0,4}?(?:reporter|correspondent|editor|writer|analyst|producer|journalist|bureau chief)s?"
    rf"\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})?$",
    re.I,
)
_BYLINE = re.compile(
    r"^(?:by|written by|words by|reported by|story by|text by|posted by|authors?|reporters?"
    r"|correspondent|автор|por|par|von)\b\s*[:：|]?\s*(?P<name>\S.*)$|^(?:作者|记者|撰文)\s*[:：|]?\s*(?P<cjk>\S.*)$",
    re.I,
)
_NOT_NAME_START = frozenset(_MONTHS) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday the then this that now contrast far "
    "comparison default law".split()
)
_CREDIT = re.compile(
    r"^[(\[]?\s*(?:(?:additional\s+)?reporting by|writing by|editing by|edited by|compiled by"
    r"|contributed by|produced by|graphics by|translated by|translation by"
    r"|with (?:additional )?(?:inputs?|reporting|contributions?) (?:from|by)|with agency inputs"
    r"|inputs from|editors?(?!['’]s)\b\s*[:：]|editing\s*[:：]|edi(?:tion|ção|ción)\s*[:：]"
    r"|责任编辑|编辑\s*[:：]|校对|审核|редактор)",
    re.I,
)
_CREDIT_ANYWHERE = re.compile(
    r"\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b|\bcontributed(?: reporting)?\.?$", re.I
)

_PHOTO_LABEL = re.compile(
    r"^[\[(（【]?\s*(?:file photo|photo(?:graph)?s?|images?|picture|pictured|pic|credits?"
    r"|(?:cover|top|featured|lead|main|header) (?:image|photo|picture)"
    r"|(?:image|photo|picture) (?:source|caption|credit)s?\s*[,:：]"
    r"|photo credit|image credit|illustration|photographer|foto|фото)\s*(?:[:：/|]|by\b|-|–|—)\s*",
    re.I,
)
_PHOTO_LABEL_CJK = re.compile(r"^[\[(（【]?\s*(?:图片?来源|图源|摄影|摄|图\s*[/：:])")
_PHOTO_AGENCIES = (
    r"REUTERS|Reuters|AFP|AP(?: Photo)?|Xinhua|Getty(?: Images)?|EPA(?:-EFE)?|Bloomberg"
    r"|Sputnik|TASS|VCG|IC|CNS|CFP|Pool|Kyodo|Yonhap|ANI|PTI|IANS|Imaginechina|Shutterstock"
    r"|Handout|AAP|dpa|SIPA|ANADOLU|Anadolu|NurPhoto|China Daily|chinadaily\.com\.cn"
)
_PHOTO_TAIL = re.compile(
    rf"(?:(?:{_PHOTO_AGENCIES})\s*/\s*[\w.'’ -]{{2,40}}(?:/[\w.'’ -]{{2,20}})*"
    rf"|via (?:Getty Images|REUTERS|AP|AFP)|Getty Images"
    rf"|\b(?:photo|image|picture|pic|credit)s?\s*:\s*[^.:]{{2,60}}|\b(?:photo|image|picture)s?\s+by\s+[^.:]{{2,60}}"
    rf"|[\[(（][^\[\]()（）]{{0,80}}"
    rf"(?:photo|image|\bpic\b|图|/\s*(?:{_PHOTO_AGENCIES})|via (?:{_PHOTO_AGENCIES}))"
    rf"[^\[\]()（）]{{0,40}}[\])）]"
    rf"|\s/\s?(?:{_PHOTO_AGENCIES}|CGTN|[A-Z][\w ]{{1,30}}))\s*[\])）]?\s*\.?$",
    re.I,
)
# "Blinken, left, shakes hands with ...": only captions point at people in a picture.
_CAPTION_POSITION = re.compile(
    r"[,(]\s*(?:left|right|centre|center|second (?:left|right)|from (?:left|right)|front|rear|L|R|C)\s*[,)]"
)
_COOKIE_CONTEXT = re.compile(
    r"\b(?:use|uses|using|accept|consent|agree|settings|policy|preferences|browsing|experience"
    r"|continuing|enable|personali[sz]e)\b",
    re.I,
)
_COOKIE_BUTTONS = frozenset(
    "accept|accept all|accept cookies|reject all|decline|i agree|agree|got it|ok|okay|allow all"
    "|manage preferences|manage cookies|cookie settings|privacy settings|we value your privacy"
    "|consent".split("|")
)
# Consent-banner buttons: every word from this small vocabulary, one of them a consent word.
_COOKIE_WORDS = frozenset(
    """accept accepting acceptance accepted all cookies cookie reject rejecting refuse decline deny continue
    without agree agreeing allow manage preferences preference settings options customise customize
    consent necessary only essential strictly save choices privacy close ok okay got it i and learn more
    details partners vendors purposes my your personal data do not sell or share""".split()
)
_COOKIE_CORE = frozenset(
    "accept accepting accepted reject rejecting refuse decline deny consent cookies cookie agree agreeing allow "
    "preferences choices".split()
)
_DO_NOT_SELL = re.compile(r"^(?:do not|don'?t) sell(?: or share)? my (?:personal )?(?:information|info|data)$", re.I)
_COPYRIGHT = re.compile(
    r"©|\(c\)\s*\d{4}|^copyright\b|all rights reserved|may not be (?:published|reproduced|"
    r"redistributed|copied)|版权所有|版权归|未经授权|все права защищены|todos los derechos reservados"
    r"|tous droits réservés|alle rechte vorbehalten|direitos reservados|tutti i diritti riservati"
    r"|hak cipta|tüm hakları saklıdır|wszelkie prawa zastrzeżone|सर्वाधिकार सुरक्षित|bảo lưu mọi quyền"
    r"|ghi rõ nguồn khi phát hành lại|\bno reproduction without (?:prior )?(?:written )?permission"
    r"|\bcreative commons\b|\bcc by(?:-[a-z]{2})*\s*\d\.\d|\blicen[cç]a? creative|\bsob a licen[cç]a\b",
    re.I,
)
_DISCLAIMER = re.compile(
    r"^[(\[]?\s*(?:disclaimer|note to (?:readers|editors)|the views expressed|views expressed"
    r"|our standards|this (?:story|article|report|content) (?:has not been|was|is|has been)"
    r" (?:edited|auto-generated|generated|published|produced)|only the headline"
    r"|免责声明|版权声明|声明\s*[:：])",
    re.I,
)
_DISCLAIMER_ANY = re.compile(
    r"(?:originally|first) (?:published|appeared) (?:on|in|at|by)\b|syndicated feed|\bviews expressed\b"
    r"|\bdo not (?:necessarily )?reflect the (?:views|position)",
    re.I,
)
_RELATED_PHRASE = re.compile(
    r"^(?:also read|read also|read more|read next|more to read|see also|further reading"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended (?:for you|stories"
    r"|articles|reading)|related (?:articles?|stories|news|posts|content|coverage|reading|topics"
    r"|links|videos?)|more (?:stories|news|top stories) (?:from|on|about)|don'?t miss|must read"
    r"|editor'?s picks?|what to read next|keep reading|in other news"
    r"|читайте также|смотрите также|lee también|lea también|te puede interesar"
    r"|noticias relacionadas|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|baca juga"
    r"|leia também|leggi anche|czytaj także|ayrıca okuyun)\b",
    re.I,
)
_LINK_SEPARATORS = frozenset(":：|-–—»>")
_RELATED_PHRASE_CJK = re.compile(
    r"^(?:相关阅读|相关新闻|相关文章|相关报道|延伸阅读|推荐阅读|热门推荐|热门文章|猜你喜欢)"
)
_RELATED_HEADER = frozenset(
    "related|related:|more|more news|more stories|top stories|most read|most popular|most viewed"
    "|popular|trending|trending now|latest|latest news|latest stories|recommended|by the same author"
    "|по теме|más noticias|à lire".split("|")
)
_TAG_HEADER = frozenset(
    "tags|tag|topics|keywords|related topics|filed under|categories|标签|关键词|теги".split("|")
)
_RELATED_MARKER = re.compile(
    r"^(?:related|watch|listen|popular|trending|latest|recommended|more|read|see|also|по теме|ещё|más)"
    r"\s*[:：|]\s*\S",
    re.I,
)
_SHARE_WORDS = frozenset(
    "share shares this article story page post on via to tweet pin it email e-mail mail print "
    "copy link url whatsapp facebook twitter x linkedin telegram reddit weibo wechat vk viber "
    "line flipboard pinterest tumblr messenger sms gmail more options save bookmark with friends "
    "your a suggest send recommend friend поделиться compartir partager teilen condividi".split()
)
_SHARE_CORE = frozenset(
    "share tweet facebook twitter whatsapp email linkedin telegram weibo wechat copy print "
    "pinterest reddit vk suggest send recommend поделиться compartir partager teilen condividi".split()
)
_COMMENT = re.compile(
    r"^(?:\d+\s*)?(?:comments?|replies|responses)(?:\s*[(\[]?\d+[)\]]?)?$"
    r"|^(?:leave|add|post|write|view|show|hide|read|see|load|submit) (?:a |all |the |your |\d+ )?"
    r"(?:comments?|replies|reply|response)"
    r"|^join the (?:conversation|discussion|debate)|^be the first to comment"
    r"|^(?:log|sign) in to (?:comment|reply)|^comments? (?:are|is) (?:closed|disabled)"
    r"|^your (?:comment|email address will not be published)|required fields are marked"
    r"|^\d+\s*/\s*\d{3,}$|^комментари|^comentarios?$|^commentaires?$|^kommentare?$"
    r"|\b(?:log in|sign in|register|subscribe) to (?:post a |leave a )?comment\b"
    r"|\bto (?:post|leave|add|write) a comment\b",
    re.I,
)
_COMMENT_HINTS = _hints(
    "comment", "repl", "respons", "conversation", "discussion", "debate", "коммент", "coment", "kommentar",
    "/", "required", "email",
)
_SUBSCRIBE = re.compile(
    r"^(?:subscribe|sign up|signup|register (?:now|for|to)|get (?:the|our) (?:latest|best|top|daily"
    r"|free|app)|download (?:the|our)|get the app|install (?:the|our) app|follow (?:us|[\w ]{1,30}"
    r" on (?:twitter|x|facebook|telegram|instagram|google news|whatsapp|linkedin|youtube))"
    r"|join (?:us|our)|newsletter|catch all the|catch the latest"
    r"|stay (?:up[- ]to[- ]date|updated|informed|connected|tuned)|keep up[- ]to[- ]date with|never miss|unlock"
    r"|already (?:a subscriber|have an account|registered)"
    r"|become a (?:member|subscriber)|support (?:our|independent|quality) journalism|don'?t miss out"
    r"|continue reading|to continue reading|create (?:a )?(?:free )?account|get (?:breaking|exclusive)"
    r"|for (?:more|the latest) (?:news|updates|stories)|click here|tap here|scan (?:the )?(?:qr )?code"
    r"|подписывайтесь|подпишитесь|подписаться|suscr[ií]bete|abonnez-vous|abonnieren)(?:\b|$)",
    re.I,
)
# Long lines opening like these are prompts even when they read as sentences.
_SUBSCRIBE_LONG = re.compile(
    r"^(?:subscribe|sign up|download (?:the|our)|newsletter|catch all the|catch the latest|get the app"
    r"|install (?:the|our) app|already (?:a subscriber|have an account)|become a (?:member|subscriber)"
    r"|support (?:our|independent|quality) journalism|to continue reading|create (?:a )?(?:free )?account"
    r"|подписывайтесь|подпишитесь|suscr[ií]bete|abonnez-vous)\b",
    re.I,
)
_SUBSCRIBE_CJK = re.compile(r"^(?:关注我们|扫码|扫描|下载|订阅|点击)")
_SUBSCRIBE_HINTS = _hints(
    "newsletter", "subscri", "inbox", "app store", "google play", "push notif", "mail", "opt in",
)
_SUBSCRIBE_SHORT = re.compile(
    r"newsletter|\bsubscri|\binbox\b|app store|google play|push notifications"
    r"|^(?:enter )?(?:your )?e-?mail address\b|^opt in\b",
    re.I,
)
_MAILING_HINTS = _hints("email", "subscri", "opted", "mailing", "preferences", "browser", "account")
_MAILING = re.compile(
    r"\bthis email\b|unsubscribe|opted in|mailing list|update your preferences|in (?:your|a) browser"
    r"|\b(?:sign|log) in\b.{0,40}\baccount\b|create (?:an? |your )?[\w ]{0,30}account",
    re.I,
)
_ADVERT = re.compile(
    r"^(?:advertisement|advertising|advert|ad|ads|sponsored(?: (?:content|post|story|links?))?"
    r"|promoted(?: (?:content|stories))?|paid (?:content|post|partnership|promotion)|partner content"
    r"|(?:--\s*)?(?:end (?:of )?)?advertisement(?:\s*--)?"
    r"|story continues below(?: this)?(?: advertisement| ad)?"
    r"|article continues (?:below|after (?:this )?advertisement)|continue reading (?:below|the main story)"
    r"|scroll (?:down )?to continue(?: with content| reading)?|ad feedback|report (?:this )?ad|реклама|publicidad|anuncio"
    r"|publicité|anzeige|werbung|pubblicità|广告|推广)$",
    re.I,
)
_ADVERT_LABEL = re.compile(
    r"^(?:sponsored|advertisement|promoted|paid (?:post|content)|partner content)\s*[:：|]", re.I
)
_NAV_PHRASE = re.compile(
    r"^(?:skip to (?:main )?content|skip navigation|toggle navigation|main menu|menu|home(?:page)?"
    r"|search|back to top|go to top|top|next(?: (?:article|story|page|post))?|previous(?: (?:article"
    r"|story|page|post))?|prev|more|see more|show more|load more|view more|view all|see all|close"
    r"|open|expand|collapse|log ?in|log ?out|sign ?in|sign ?out|register|my account|account|profile"
    r"|print|font size|text size|a\+? ?a-?|listen(?: to (?:this )?(?:article|story))?"
    r"|\d+ min(?:ute)?s? read|reading time\b.*|(?:image |photo |slide )?\d+ of \d+|posted in\b.*"
    r"|page \d+(?: of \d+)?|\d+\s*/\s*\d+|e-?paper|today'?s paper|sections"
    r"|all sections|topics|(?:related )?topics?\s*[:：].*|subjects?\s*[:：].*|tags?(?:\s*[:：].*)?|categor(?:y|ies)\s*[:：].*|keywords?\s*[:：].*"
    r"|filed under\s*[:：]?.*|like this|loading|please wait|(?:show )?key events(?: only)?"
    r"|privacy policy|terms of (?:use|service)|contact us|about us"
    r"|首页|返回(?:顶部|首页)?|上一篇.*|下一篇.*|登录|注册|搜索|更多|打印|关闭|收藏|点赞"
    r"|главная|поиск|войти|ещ[её]|inicio|buscar|más|accueil|rechercher|startseite|suche)$",
    re.I,
)
_UI_HINTS = _hints(
    "javascript", "blocker", "browser", "screen reader", "official website", "how you know", "blank", "required"
)
_UI_MISC = re.compile(
    r"\bjavascript\b|\bad ?blocker\b|\byour browser\b|\bscreen reader\b|^an? official website of\b"
    r"|here'?s how you know|\bleave (?:this )?(?:field )?blank\b|\brequired field",
    re.I,
)
_HASHTAGS = re.compile(r"^(?:#\w+[\s,]*){2,}$")
# Podcast and video furniture: chapter marks ("02:15 What the readouts said"), transcript notes,
# episode numbers, "Reuse this content".
_CHAPTER = re.compile(r"^\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s*[-–—|:]?\s*[A-Z\"“‘'][^.!?]*$")
_MEDIA_FURNITURE = re.compile(
    r"^(?:(?:full |read the |read full |view )?transcript(?:s)?(?: (?:is |are )?(?:available|below|for)\b.*)?"
    r"|(?:episode|ep)\.? \d+|season \d+,? episode \d+|reuse this (?:content|article|story)"
    r"|(?:download|play|listen to) (?:the |this )?(?:episode|podcast)|share this episode)$",
    re.I,
)
_PRIVACY_NOTICE = re.compile(r"^privacy (?:notice|policy)\s*[:：]", re.I)
# AFP-style editor initials "bur-sct/pbt", DW's "sri/jcg (AFP, Reuters)".
_DESK_CODE = re.compile(r"^[a-z]{2,5}(?:[-/][a-z]{2,5})+(?:\s*\([\w ,/&-]{2,60})?$")
_EMBED = re.compile(r"\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})")
_CONTACT = re.compile(
    r"^(?:(?:media|press|news) )?(?:address|tel|telephone|phone|fax|e-?mail|contacts?|enquiries|inquiries"
    r"|地址|电话|邮箱|传真)\s*[:：]|^(?:media|press) (?:contacts?|enquiries|inquiries)\b"
    r"|^for (?:media|press|further) (?:enquiries|inquiries|information)\b",
    re.I,
)
# A footer telling readers how to reach the author or the newsroom, in any outlet's words:
# "Reach Ana Costa at acosta@paper.example.", "Contact the reporter: ...", "Write to Jane Doe
# at ...", "Jane Doe can be reached at ...", "Email the author at ...", "Follow her on X @jdoe",
# "Send news tips to ...", "Have a tip? Email ...". Only with an address, a handle or a phone
# number on the line (``_CONTACT_MARK``): "Reach an agreement at the summit" is prose.
_CONTACT_LINE = re.compile(
    r"^[(\[*_—–-]*\s*(?:you can |readers can |please )?"
    r"(?:reach|contact|e-?mail|write to|message|follow|tweet|dm|call|text"
    r"|send (?:your |us )?(?:news |story )?(?:tips|ideas|comments|feedback|letters?|corrections)"
    r"|(?:have|got) an? (?:news |story )?(?:tip|question|story idea)s?\b)"
    r"|^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5},?(?:\s+\w+){0,3}\s+(?:can|may|could) be (?:reached|contacted|e-?mailed)\b",
    re.I,
)
_CONTACT_MARK = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@\w{2,30}\b"
    r"|(?<!\d)(?:\+?\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)"
)
_SECTION_WORDS = frozenset(
    """home news world politics business economy markets finance tech technology science health
    sports sport opinion opinions editorial editorials analysis culture lifestyle life travel
    entertainment video videos photos photo gallery multimedia podcasts podcast live latest
    trending local national international nation asia asia-pacific pacific europe americas africa
    middle east diplomacy defense defence military environment climate china us india uk russia
    more top featured breaking blogs magazine weather regions region society and & global
    feature features tv watch""".split()
)
_LIST_SEP = re.compile(r"\s{2,}|\s*[|•·▪]\s*|\s+/\s+")
_LIST_MARKS = ("|", "•", "·", "▪", "/")  # a line can only split at these, or at wide spacing
_CRUMB_SEP = re.compile(r"\s*[»›→]\s*|\s+>\s+")
_CRUMB_STRONG = re.compile(r"[»›→]")
_URL_LINE = re.compile(
    r"^(?:(?:url|link|source|original(?: link| url)?|来源|原文链接|источник|fuente)\s*[:：]\s*)?"
    r"(?:https?://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|cn|ru|in|uk|co|gov|edu|info|news"
    r"|io|tv)(?:\.[a-z]{2})?(?:/\S*)?$",
    re.I,
)
_META_LABEL = re.compile(
    r"^(?:date|dated|published|first published|updated|last updated|modified|last modified|posted"
    r"|release date|time|source|dateline|filed|发布时间|发布日期|来源|时间|日期|опубликовано|обновлено|дата"
    r"|источник|publicado|actualizado|fecha|fuente|publié|mis à jour)\b\s*(?:on|at)?\s*"
    r"(?P<colon>[:：])?\s*(?P<rest>.*)$",
    re.I,
)
_META_PREFIX = re.compile(
    r"^(?P<prefix>(?:(?:date|published|updated|posted|time|url|source)\s*[:：]?\s*)?"
    r"(?:\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{4}/\d{1,2}/\d{1,2}|https?://\S+|www\.\S+))\s+(?P<rest>\S.*)$",
    re.I,
)


def _ui_key(text: str) -> str:
    """A line lower-cased without edge symbols, for matching UI vocabulary."""
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end].casefold()


_REPORTED = re.compile(
    r"\b(?:said|says|told|added|urged|asked|noted|stressed|warned|joked|according to)\b"
)
