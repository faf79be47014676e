"""Cross-site scripting payloads for the hardening tests.

Every payload, if a page ever let it through unescaped, would either open a dialog (``alert``,
``confirm``, ``prompt``), set ``window.__xss``, or leave an element the browser test looks for
(an id, class or attribute containing ``xss``, an event-handler attribute, a ``javascript:`` link,
an ``<iframe>``, ``<object>``, ``<embed>``, ``<base>`` or ``<meta http-equiv>``). They cover HTML
body context, attribute context (both quote styles and none), URLs, inline scripts and JSON
embedded in ``<script>``, CSS, SVG and MathML, and the usual filter-evasion tricks.
"""

from __future__ import annotations

PAYLOADS: tuple[str, ...] = (
    # HTML body context
    "<script>alert('xss-1')</script>",
    "<script>window.__xss=2</script>",
    "<SCRIPT SRC=data:text/javascript,alert('xss-3')></SCRIPT>",
    "<img src=x onerror=alert('xss-4') id=xss4>",
    "<img src=x onerror=\"window.__xss=5\" class=xss5>",
    "<svg onload=alert('xss-6') id=xss6>",
    "<svg><script>alert('xss-7')</script></svg>",
    "<body onload=alert('xss-8')>",
    "<iframe src=\"javascript:alert('xss-9')\" id=xss9></iframe>",
    "<iframe srcdoc=\"<script>parent.alert('xss-10')</script>\"></iframe>",
    "<details open ontoggle=alert('xss-11') id=xss11>",
    "<video><source onerror=alert('xss-12') id=xss12></video>",
    "<audio src=x onerror=alert('xss-13') id=xss13>",
    "<input autofocus onfocus=alert('xss-14') id=xss14>",
    "<marquee onstart=alert('xss-15') id=xss15>x</marquee>",
    "<object data=\"javascript:alert('xss-16')\" id=xss16></object>",
    "<embed src=\"javascript:alert('xss-17')\" id=xss17>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss-18') id=xss18>",
    "<a href=\"javascript:alert('xss-19')\" id=xss19>click</a>",
    "<a href=\"jAvAsCrIpT:alert('xss-20')\" class=xss20>click</a>",
    "<a href=\"&#106;avascript:alert('xss-21')\" id=xss21>click</a>",
    "<form action=\"javascript:alert('xss-22')\" id=xss22><button>go</button></form>",
    "<base href=\"javascript:alert('xss-23')//\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('xss-24')\">",
    "<link rel=stylesheet href=\"javascript:alert('xss-25')\" id=xss25>",
    "<style>@import 'javascript:alert(26)';</style><b class=xss26>",
    "<div style=\"background:url(javascript:alert('xss-27'))\" id=xss27>",
    "<img src=\"x` `<script>alert('xss-28')</script>\"` `>",
    "<scr<script>ipt>alert('xss-29')</scr</script>ipt>",
    "<<script>alert('xss-30');//<</script>",
    "<img/src/onerror=alert('xss-31')/id=xss31>",
    "<svg/onload=alert`xss-32`>",
    "<select autofocus onfocus=alert('xss-33') id=xss33>",
    "<textarea autofocus onfocus=alert('xss-34') id=xss34>",
    "<keygen autofocus onfocus=alert('xss-35') id=xss35>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert('xss-36') id=xss36>\">",
    "<template><script>alert('xss-37')</script></template><img src=x onerror=alert(37) id=xss37>",
    "<isindex type=image src=1 onerror=alert('xss-38') id=xss38>",
    "<table background=\"javascript:alert('xss-39')\" id=xss39>",
    "<!--<img src=\"--><img src=x onerror=alert('xss-40') id=xss40//\">",
    # Attribute context: break out of quoted and unquoted attribute values
    "\"><script>alert('xss-41')</script>",
    "'><script>alert('xss-42')</script>",
    "\" onmouseover=\"alert('xss-43')\" data-xss=\"43",
    "' onfocus='alert(44)' autofocus data-xss='44",
    "x onerror=alert('xss-45') data-xss=45",
    "\" autofocus onfocus=alert('xss-46') x=\"",
    "\"/><svg onload=alert('xss-47') id=xss47>",
    # URL fields: schemes that must never become a working link
    "javascript:alert('xss-48')",
    "JaVaScRiPt:alert('xss-49')",
    " javascript:alert('xss-50')",
    "java\tscript:alert('xss-51')",
    "data:text/html,<script>alert('xss-52')</script>",
    "vbscript:msgbox('xss-53')",
    "javascript://%0aalert('xss-54')",
    # Script context: strings that end a <script> block or break JSON embedded in one
    "</script><script>alert('xss-55')</script>",
    "</SCRIPT ><img src=x onerror=alert('xss-56') id=xss56>",
    "\\u003c/script\\u003e<script>alert('xss-57')</script>",
    "';alert('xss-58');//",
    "\";alert('xss-59');//",
    "<!--<script>alert('xss-60')</script>-->",
    # Template and encoding tricks
    "{{constructor.constructor('alert(61)')()}}",
    "${alert('xss-62')}",
    "&lt;script&gt;alert('xss-63')&lt;/script&gt;",
    "&#60;img src=x onerror=alert('xss-64') id=xss64&#62;",
    "%3Cscript%3Ealert('xss-65')%3C/script%3E",
    "\u003cimg src=x onerror=alert('xss-66') id=xss66\u003e",
    "<img src=x onerror=\"&#97;lert('xss-67')\" id=xss67>",
    "<svg><a xlink:href=\"javascript:alert('xss-68')\"><text x=20 y=20 id=xss68>x</text></a></svg>",
    "<math href=\"javascript:alert('xss-69')\" id=xss69>click</math>",
    "<x contenteditable onblur=alert('xss-70') id=xss70>x</x>",
)

assert len(set(PAYLOADS)) == len(PAYLOADS) >= 50
