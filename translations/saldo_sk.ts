<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk_SK">
<context>
    <name>Saldo</name>
    <message>
        <source>the entry that starts on line %1 has no amount</source>
        <translation>položke, ktorá začína na riadku %1, chýba suma</translation>
    </message>
    <message>
        <source>the entry that starts on line %1 does not say credit or debit</source>
        <translation>položka, ktorá začína na riadku %1, neuvádza, či ide o pripísanie (credit) alebo odpísanie (debit)</translation>
    </message>
    <message>
        <source>not a camt file: it has no XML element</source>
        <translation>nie je to súbor camt: neobsahuje žiadny prvok XML</translation>
    </message>
    <message>
        <source>not a camt.052/053/054 file: the root element is &lt;%1&gt;, expected &lt;Document&gt;</source>
        <translation>nie je to súbor camt.052/053/054: koreňový prvok je &lt;%1&gt;, očakával sa &lt;Document&gt;</translation>
    </message>
    <message>
        <source>not a camt.052/053/054 file: its namespace is &apos;%1&apos;</source>
        <translation>nie je to súbor camt.052/053/054: jeho menný priestor je &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not a camt file: &lt;Document&gt; is empty</source>
        <translation>nie je to súbor camt: &lt;Document&gt; je prázdny</translation>
    </message>
    <message>
        <source>not a camt.052/053/054 message: &lt;Document&gt; holds &lt;%1&gt;</source>
        <translation>nie je to správa camt.052/053/054: &lt;Document&gt; obsahuje &lt;%1&gt;</translation>
    </message>
    <message>
        <source>zip archives are not supported; unzip first</source>
        <translation>archívy zip nie sú podporované; najprv ich rozbaľte</translation>
    </message>
    <message>
        <source>the file has no &lt;%1&gt; element: no statement to read</source>
        <translation>súbor neobsahuje prvok &lt;%1&gt;: nie je čo načítať</translation>
    </message>
    <message numerus="yes">
        <source>%n entries are pending (status PDNG), not yet booked</source>
        <translation>
            <numerusform>%n položka čaká (stav PDNG), zatiaľ nezaúčtovaná</numerusform>
            <numerusform>%n položky čakajú (stav PDNG), zatiaľ nezaúčtované</numerusform>
            <numerusform>%n položiek čaká (stav PDNG), zatiaľ nezaúčtované</numerusform>
        </translation>
    </message>
    <message>
        <source>the balance that starts on line %1 has no amount</source>
        <translation>zostatku, ktorý začína na riadku %1, chýba suma</translation>
    </message>
    <message>
        <source>currency code expected, found &apos;%1&apos;</source>
        <translation>očakával sa kód meny, nájdené &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the amount has no currency (attribute Ccy)</source>
        <translation>suma nemá menu (atribút Ccy)</translation>
    </message>
    <message>
        <source>amount expected (like 1234.50, at most %1 decimals), found &apos;%2&apos;</source>
        <translation>očakávala sa suma (napr. 1234.50, najviac %1 desatinné miesta), nájdené &apos;%2&apos;</translation>
    </message>
    <message>
        <source>date expected (YYYY-MM-DD), found &apos;%1&apos;</source>
        <translation>očakával sa dátum (YYYY-MM-DD), nájdené &apos;%1&apos;</translation>
    </message>
    <message>
        <source>CRDT or DBIT expected, found &apos;%1&apos;</source>
        <translation>očakávalo sa CRDT alebo DBIT, nájdené &apos;%1&apos;</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>chybné XML: %1</translation>
    </message>
    <message>
        <source>an XML token longer than %1 MB</source>
        <translation>token XML dlhší ako %1 MB</translation>
    </message>
    <message>
        <source>UTF-16 XML is not supported; save the file as UTF-8</source>
        <translation>XML v UTF-16 nie je podporované; uložte súbor v UTF-8</translation>
    </message>
    <message>
        <source>the file ends inside &lt;%1&gt; (is it cut short?)</source>
        <translation>súbor končí vnútri &lt;%1&gt; (nie je skrátený?)</translation>
    </message>
    <message>
        <source>no XML element found</source>
        <translation>nenašiel sa žiadny prvok XML</translation>
    </message>
    <message>
        <source>the file ends inside a tag</source>
        <translation>súbor končí vnútri značky</translation>
    </message>
    <message>
        <source>document type declarations are not supported</source>
        <translation>deklarácie typu dokumentu nie sú podporované</translation>
    </message>
    <message>
        <source>the file ends inside a comment or instruction</source>
        <translation>súbor končí vnútri komentára alebo inštrukcie</translation>
    </message>
    <message>
        <source>the file ends inside a processing instruction</source>
        <translation>súbor končí vnútri inštrukcie na spracovanie</translation>
    </message>
    <message>
        <source>the XML encoding &apos;%1&apos; is not supported</source>
        <translation>kódovanie XML &apos;%1&apos; nie je podporované</translation>
    </message>
    <message>
        <source>text after the root element</source>
        <translation>text za koreňovým prvkom</translation>
    </message>
    <message>
        <source>not XML: text before the first element</source>
        <translation>nie je to XML: text pred prvým prvkom</translation>
    </message>
    <message>
        <source>a CDATA section that does not end, or outside the root element</source>
        <translation>sekcia CDATA, ktorá nekončí, alebo je mimo koreňového prvku</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; inside the tag &lt;%1</source>
        <translation>&apos;&lt;&apos; vnútri značky &lt;%1</translation>
    </message>
    <message>
        <source>malformed start tag &lt;%1&gt;</source>
        <translation>chybná začiatočná značka &lt;%1&gt;</translation>
    </message>
    <message>
        <source>a second root element &lt;%1&gt;</source>
        <translation>druhý koreňový prvok &lt;%1&gt;</translation>
    </message>
    <message>
        <source>elements nested deeper than %1</source>
        <translation>prvky vnorené hlbšie ako %1</translation>
    </message>
    <message>
        <source>the file ends inside an end tag</source>
        <translation>súbor končí vnútri koncovej značky</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; without a matching start tag</source>
        <translation>&lt;/%1&gt; bez zodpovedajúcej začiatočnej značky</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; where &lt;/%2&gt; was expected</source>
        <translation>&lt;/%1&gt; tam, kde sa očakávalo &lt;/%2&gt;</translation>
    </message>
    <message>
        <source>unknown entity reference &apos;&amp;%1&apos; (only the XML ones and character references are read)</source>
        <translation>neznámy odkaz na entitu &apos;&amp;%1&apos; (načítajú sa len entity XML a odkazy na znaky)</translation>
    </message>
    <message>
        <source> at byte %1</source>
        <translation> na bajte %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>stĺpec %1</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (stĺpec %2)</translation>
    </message>
    <message>
        <source>expected one ASCII character such as &quot;;&quot; or &quot;,&quot;</source>
        <translation>očakával sa jeden znak ASCII, napr. &quot;;&quot; alebo &quot;,&quot;</translation>
    </message>
    <message>
        <source>expected one ASCII character such as &apos;&quot;&apos;</source>
        <translation>očakával sa jeden znak ASCII, napr. &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>expected &quot;,&quot;, &quot;.&quot; or &quot;auto&quot;</source>
        <translation>očakávalo sa &quot;,&quot;, &quot;.&quot; alebo &quot;auto&quot;</translation>
    </message>
    <message>
        <source>a booking_date column is required</source>
        <translation>stĺpec booking_date je povinný</translation>
    </message>
    <message>
        <source>expected either an amount column or debit and credit columns</source>
        <translation>očakával sa buď stĺpec so sumou, alebo stĺpce debet a kredit</translation>
    </message>
    <message>
        <source>a direction column needs credit_values and debit_values</source>
        <translation>stĺpec direction potrebuje credit_values a debit_values</translation>
    </message>
    <message>
        <source>invalid pattern: %1</source>
        <translation>neplatný vzor: %1</translation>
    </message>
    <message>
        <source>a profile needs an id</source>
        <translation>profil potrebuje id</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>neznáme kódovanie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a pattern such as DD.MM.YYYY</source>
        <translation>očakával sa vzor, napr. DD.MM.YYYY</translation>
    </message>
    <message>
        <source>%1: not a CSV profile (JSON object expected): %2</source>
        <translation>%1: nie je to profil CSV (očakával sa objekt JSON): %2</translation>
    </message>
    <message>
        <source>no CSV profile fits this file&apos;s header; choose one by id (known: %1)</source>
        <translation>hlavičke tohto súboru nezodpovedá žiadny profil CSV; vyberte ho podľa id (známe: %1)</translation>
    </message>
    <message>
        <source>unknown CSV profile &quot;%1&quot; (known: %2)</source>
        <translation>neznámy profil CSV &quot;%1&quot; (známe: %2)</translation>
    </message>
    <message>
        <source>profile %1: no header with the columns %2 in the first %3 lines</source>
        <translation>profil %1: v prvých %3 riadkoch nie je hlavička so stĺpcami %2</translation>
    </message>
    <message>
        <source>profile %1: the header has no column &quot;%2&quot;</source>
        <translation>profil %1: hlavička nemá stĺpec &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a record longer than %1 bytes (a quoted field that is never closed?)</source>
        <translation>záznam dlhší ako %1 bajtov (pole v úvodzovkách, ktoré sa nikdy neuzavrie?)</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>pole v úvodzovkách sa nikdy neuzavrie</translation>
    </message>
    <message>
        <source>expected an amount such as %1, found &apos;%2&apos;</source>
        <translation>očakávala sa suma, napr. %1, nájdené &apos;%2&apos;</translation>
    </message>
    <message>
        <source>expected a currency code such as EUR</source>
        <translation>očakával sa kód meny, napr. EUR</translation>
    </message>
    <message>
        <source>expected an amount in this column or in %1</source>
        <translation>očakávala sa suma v tomto stĺpci alebo v %1</translation>
    </message>
    <message>
        <source>expected %1 or %2, found &apos;%3&apos;</source>
        <translation>očakávalo sa %1 alebo %2, nájdené &apos;%3&apos;</translation>
    </message>
    <message>
        <source>expected a date %1 (years 1900-2100), found &apos;%2&apos;</source>
        <translation>očakával sa dátum %1 (roky 1900 – 2100), nájdené &apos;%2&apos;</translation>
    </message>
    <message>
        <source>positions %1-%2</source>
        <translation>pozície %1 – %2</translation>
    </message>
    <message>
        <source>%1:%2: 074: the name field is %3 characters too long; the surplus spaces were ignored</source>
        <translation>%1:%2: 074: pole s názvom je o %3 znakov dlhšie; nadbytočné medzery sa ignorovali</translation>
    </message>
    <message>
        <source>a %1 record must follow a 075 item</source>
        <translation>záznam %1 musí nasledovať za položkou 075</translation>
    </message>
    <message>
        <source>record is %1 characters long; at most %2 expected</source>
        <translation>záznam má %1 znakov; očakávalo sa najviac %2</translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos;; expected 074, 075, 076, 078 or 079</source>
        <translation>neznámy typ záznamu &apos;%1&apos;; očakávalo sa 074, 075, 076, 078 alebo 079</translation>
    </message>
    <message>
        <source>a statement header has %1 characters, this one has %2</source>
        <translation>hlavička výpisu má %1 znakov, táto má %2</translation>
    </message>
    <message>
        <source>074 account</source>
        <translation>074 účet</translation>
    </message>
    <message>
        <source>074 old balance date</source>
        <translation>074 dátum starého zostatku</translation>
    </message>
    <message>
        <source>074 old balance</source>
        <translation>074 starý zostatok</translation>
    </message>
    <message>
        <source>074 new balance</source>
        <translation>074 nový zostatok</translation>
    </message>
    <message>
        <source>074 debit turnover</source>
        <translation>074 obrat debet</translation>
    </message>
    <message>
        <source>074 credit turnover</source>
        <translation>074 obrat kredit</translation>
    </message>
    <message>
        <source>074 statement number</source>
        <translation>074 číslo výpisu</translation>
    </message>
    <message>
        <source>074 statement date</source>
        <translation>074 dátum výpisu</translation>
    </message>
    <message>
        <source>075 VS</source>
        <translation>075 VS</translation>
    </message>
    <message>
        <source>075 KS</source>
        <translation>075 KS</translation>
    </message>
    <message>
        <source>075 SS</source>
        <translation>075 ŠS</translation>
    </message>
    <message>
        <source>an item before any 074 statement header</source>
        <translation>položka pred akoukoľvek hlavičkou výpisu 074</translation>
    </message>
    <message>
        <source>an item has %1 characters, this one has %2</source>
        <translation>položka má %1 znakov, táto má %2</translation>
    </message>
    <message>
        <source>075 amount</source>
        <translation>075 suma</translation>
    </message>
    <message>
        <source>075 value date</source>
        <translation>075 dátum valuty</translation>
    </message>
    <message>
        <source>075 due date</source>
        <translation>075 dátum splatnosti</translation>
    </message>
    <message>
        <source>075 accounting code</source>
        <translation>075 kód účtovania</translation>
    </message>
    <message>
        <source>expected 1, 2, 4 or 5 at position 61, found &apos;%1&apos;</source>
        <translation>na pozícii 61 sa očakávalo 1, 2, 4 alebo 5, nájdené &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 has no minor units; the amount has hundredths</source>
        <translation>%1 nemá drobné jednotky; suma má stotiny</translation>
    </message>
    <message>
        <source>%1: no statement in the file (no 074 record)</source>
        <translation>%1: v súbore nie je žiadny výpis (žiadny záznam 074)</translation>
    </message>
    <message>
        <source>line longer than %1 bytes; a GPC record has 128 characters</source>
        <translation>riadok dlhší ako %1 bajtov; záznam GPC má 128 znakov</translation>
    </message>
    <message>
        <source>end of line</source>
        <translation>koniec riadku</translation>
    </message>
    <message>
        <source>debit/credit mark (C or D) expected, found %1</source>
        <translation>očakávala sa značka debet/kredit (C alebo D), nájdené %1</translation>
    </message>
    <message>
        <source>date YYMMDD expected after &apos;%1&apos;, found %2</source>
        <translation>za &apos;%1&apos; sa očakával dátum YYMMDD, nájdené %2</translation>
    </message>
    <message>
        <source>amount expected after the date and currency, found %1</source>
        <translation>za dátumom a menou sa očakávala suma, nájdené %1</translation>
    </message>
    <message>
        <source>nothing expected after the amount, found %1</source>
        <translation>za sumou sa nič neočakávalo, nájdené %1</translation>
    </message>
    <message>
        <source>value date YYMMDD expected, found %1</source>
        <translation>očakával sa dátum valuty YYMMDD, nájdené %1</translation>
    </message>
    <message>
        <source>entry date MMDD expected after the value date, found %1</source>
        <translation>za dátumom valuty sa očakával dátum zaúčtovania MMDD, nájdené %1</translation>
    </message>
    <message>
        <source>debit/credit mark (C, D, RC or RD) expected after the date, found %1</source>
        <translation>za dátumom sa očakávala značka debet/kredit (C, D, RC alebo RD), nájdené %1</translation>
    </message>
    <message>
        <source>amount expected after &apos;%1&apos;, found %2</source>
        <translation>za &apos;%1&apos; sa očakávala suma, nájdené %2</translation>
    </message>
    <message>
        <source>transaction type (a letter and three characters, e.g. NTRF) expected after the amount, found %1</source>
        <translation>za sumou sa očakával typ transakcie (písmeno a tri znaky, napr. NTRF), nájdené %1</translation>
    </message>
    <message>
        <source>more than %1 lines in one field; the tag that ends it is missing</source>
        <translation>viac ako %1 riadkov v jednom poli; chýba značka, ktorá ho ukončuje</translation>
    </message>
    <message>
        <source>line longer than %1 bytes: not an MT940 file, or a damaged one</source>
        <translation>riadok dlhší ako %1 bajtov: nie je to súbor MT940, alebo je poškodený</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>súbor sa nedá načítať: %1</translation>
    </message>
    <message>
        <source>%1:%2: tag %3 is not one of MT940; its content was skipped</source>
        <translation>%1:%2: značka %3 nepatrí do MT940; jej obsah sa preskočil</translation>
    </message>
    <message>
        <source>no MT940 statement found: expected lines starting with tags such as :20:, :25:, :60F:, :61:</source>
        <translation>nenašiel sa žiadny výpis MT940: očakávali sa riadky začínajúce značkami ako :20:, :25:, :60F:, :61:</translation>
    </message>
    <message>
        <source>statement line after the closing balance; expected :20: to start the next statement</source>
        <translation>riadok výpisu za konečným zostatkom; očakávala sa značka :20:, ktorá začína ďalší výpis</translation>
    </message>
    <message>
        <source>more than %1 lines in one statement; split the file</source>
        <translation>viac ako %1 riadkov v jednom výpise; rozdeľte súbor</translation>
    </message>
    <message>
        <source>amount too large, or with more decimals than %1 has</source>
        <translation>suma je príliš veľká alebo má viac desatinných miest, ako má %1</translation>
    </message>
    <message>
        <source>the currency</source>
        <translation>mena</translation>
    </message>
    <message>
        <source>statement inside a statement (the one of line %1 is not closed)</source>
        <translation>výpis vnútri výpisu (výpis z riadku %1 nie je uzavretý)</translation>
    </message>
    <message>
        <source>transaction outside a statement (STMTRS or CCSTMTRS)</source>
        <translation>transakcia mimo výpisu (STMTRS alebo CCSTMTRS)</translation>
    </message>
    <message>
        <source>line %1: the bank reports error %2: %3</source>
        <translation>riadok %1: banka hlási chybu %2: %3</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(bez správy)</translation>
    </message>
    <message>
        <source>date missing</source>
        <translation>chýba dátum</translation>
    </message>
    <message>
        <source>date expected (YYYYMMDD...), found &apos;%1&apos;</source>
        <translation>očakával sa dátum (YYYYMMDD...), nájdené &apos;%1&apos;</translation>
    </message>
    <message>
        <source>amount missing</source>
        <translation>chýba suma</translation>
    </message>
    <message>
        <source>currency missing</source>
        <translation>chýba mena</translation>
    </message>
    <message>
        <source>not an OFX file: no &lt;OFX&gt; element</source>
        <translation>nie je to súbor OFX: chýba prvok &lt;OFX&gt;</translation>
    </message>
    <message>
        <source>the file ends inside the statement that starts on line %1</source>
        <translation>súbor končí vnútri výpisu, ktorý začína na riadku %1</translation>
    </message>
    <message>
        <source>no statement; %1</source>
        <translation>žiadny výpis; %1</translation>
    </message>
    <message>
        <source>no bank or card statement (STMTRS or CCSTMTRS) in the file</source>
        <translation>v súbore nie je žiadny bankový ani kartový výpis (STMTRS alebo CCSTMTRS)</translation>
    </message>
    <message>
        <source>text longer than %1 bytes without a tag</source>
        <translation>text dlhší ako %1 bajtov bez značky</translation>
    </message>
    <message>
        <source>%1 not closed (&apos;%2&apos; missing)</source>
        <translation>%1 nie je uzavretý (chýba &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>komentár</translation>
    </message>
    <message>
        <source>CDATA section not closed (&apos;]]&gt;&apos; missing)</source>
        <translation>sekcia CDATA nie je uzavretá (chýba &apos;]]&gt;&apos;)</translation>
    </message>
    <message>
        <source>declaration</source>
        <translation>deklarácia</translation>
    </message>
    <message>
        <source>processing instruction not closed (&apos;?&gt;&apos; missing)</source>
        <translation>inštrukcia na spracovanie nie je uzavretá (chýba &apos;?&gt;&apos;)</translation>
    </message>
    <message>
        <source>tag not closed (&apos;&gt;&apos; missing)</source>
        <translation>značka nie je uzavretá (chýba &apos;&gt;&apos;)</translation>
    </message>
    <message>
        <source>tag not closed (&apos;&gt;&apos; missing before the next &apos;&lt;&apos;)</source>
        <translation>značka nie je uzavretá (pred ďalším &apos;&lt;&apos; chýba &apos;&gt;&apos;)</translation>
    </message>
    <message>
        <source>tag without a name</source>
        <translation>značka bez názvu</translation>
    </message>
    <message>
        <source>amount expected (like -12.50), found &apos;%1&apos;</source>
        <translation>očakávala sa suma (napr. -12.50), nájdené &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more decimal places than %2 has</source>
        <translation>&apos;%1&apos; má viac desatinných miest, ako má %2</translation>
    </message>
    <message>
        <source>amount &apos;%1&apos; is too large</source>
        <translation>suma &apos;%1&apos; je príliš veľká</translation>
    </message>
    <message>
        <source>not a statement format Saldo reads (camt.052/053/054, MT940, ABO/GPC, bank CSV, OFX)</source>
        <translation>nie je to formát výpisu, ktorý Saldo načíta (camt.052/053/054, MT940, ABO/GPC, bankové CSV, OFX)</translation>
    </message>
    <message>
        <source>the import was canceled; nothing was stored</source>
        <translation>import bol zrušený; nič sa neuložilo</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: nedá sa otvoriť: %2</translation>
    </message>
    <message>
        <source>%1: statement %2 is for the account %3, imported into %4</source>
        <translation>%1: výpis %2 je pre účet %3, importuje sa do %4</translation>
    </message>
    <message>
        <source>%1: no statement in the file</source>
        <translation>%1: v súbore nie je žiadny výpis</translation>
    </message>
    <message>
        <source>%1 is not one of the ledger&apos;s own accounts</source>
        <translation>%1 nie je vlastný účet knihy</translation>
    </message>
    <message>
        <source>an account needs an IBAN</source>
        <translation>účet potrebuje IBAN</translation>
    </message>
    <message>
        <source>account %1: the name must not be empty</source>
        <translation>účet %1: názov nesmie byť prázdny</translation>
    </message>
    <message>
        <source>account %1: no currency</source>
        <translation>účet %1: chýba mena</translation>
    </message>
    <message>
        <source>the account %1 already exists (%2)</source>
        <translation>účet %1 už existuje (%2)</translation>
    </message>
    <message>
        <source>adding the account %1</source>
        <translation>pridávanie účtu %1</translation>
    </message>
    <message>
        <source>reading the accounts</source>
        <translation>načítanie účtov</translation>
    </message>
    <message>
        <source>updating the account</source>
        <translation>aktualizácia účtu</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>neexistuje účet s id %1</translation>
    </message>
    <message>
        <source>a counterparty needs a name</source>
        <translation>partner potrebuje názov</translation>
    </message>
    <message>
        <source>the IBAN %1 already belongs to the counterparty &quot;%2&quot;</source>
        <translation>IBAN %1 už patrí partnerovi &quot;%2&quot;</translation>
    </message>
    <message>
        <source>adding the counterparty &quot;%1&quot;</source>
        <translation>pridávanie partnera &quot;%1&quot;</translation>
    </message>
    <message>
        <source>adding the IBAN %1</source>
        <translation>pridávanie IBAN %1</translation>
    </message>
    <message>
        <source>reading the counterparties</source>
        <translation>načítanie partnerov</translation>
    </message>
    <message>
        <source>reading the counterparties&apos; IBANs</source>
        <translation>načítanie IBAN partnerov</translation>
    </message>
    <message>
        <source>field %1 is not valid UTF-8</source>
        <translation>pole %1 nie je platné UTF-8</translation>
    </message>
    <message>
        <source>more than %1 fields</source>
        <translation>viac ako %1 polí</translation>
    </message>
    <message>
        <source>record longer than %1 bytes</source>
        <translation>záznam dlhší ako %1 bajtov</translation>
    </message>
    <message>
        <source>the quoted field opened on line %1 is not closed</source>
        <translation>pole v úvodzovkách otvorené na riadku %1 nie je uzavreté</translation>
    </message>
    <message>
        <source>field %1: text after the closing quote</source>
        <translation>pole %1: text za koncovou úvodzovkou</translation>
    </message>
    <message>
        <source>statement %1 (sequence %2, import %3, %4)</source>
        <translation>výpis %1 (poradie %2, import %3, %4)</translation>
    </message>
    <message>
        <source>without id</source>
        <translation>bez id</translation>
    </message>
    <message>
        <source>gap: %1 follows %2; statements in between are missing</source>
        <translation>medzera: %1 nasleduje za %2; výpisy medzi nimi chýbajú</translation>
    </message>
    <message>
        <source>overlap: %1 does not come after %2</source>
        <translation>prekryv: %1 nenasleduje za %2</translation>
    </message>
    <message>
        <source>balance: the opening balance %1 of %2 is not the closing balance %3 of %4</source>
        <translation>zostatok: počiatočný zostatok %1 výpisu %2 nie je konečný zostatok %3 výpisu %4</translation>
    </message>
    <message>
        <source>reading the statements of the account</source>
        <translation>načítanie výpisov účtu</translation>
    </message>
    <message>
        <source>import %1 is confirmed; it can no longer be changed as a whole</source>
        <translation>import %1 je potvrdený; ako celok sa už nedá zmeniť</translation>
    </message>
    <message>
        <source>import %1: line %2 was deleted</source>
        <translation>import %1: riadok %2 bol zmazaný</translation>
    </message>
    <message>
        <source>import %1: line %2 is already in the ledger (%3) and is not imported again</source>
        <translation>import %1: riadok %2 už je v knihe (%3) a znova sa neimportuje</translation>
    </message>
    <message>
        <source>import %1 has no line %2</source>
        <translation>import %1 nemá riadok %2</translation>
    </message>
    <message>
        <source>updating line %1</source>
        <translation>aktualizácia riadku %1</translation>
    </message>
    <message>
        <source>no invoice with the number %1</source>
        <translation>neexistuje faktúra s číslom %1</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, line %3 in %4</source>
        <translation>faktúra %1 je v mene %2, riadok %3 v mene %4</translation>
    </message>
    <message>
        <source>line %1: nothing left to allocate to %2 (line unallocated %3, invoice open %4)</source>
        <translation>riadok %1: k %2 už nie je čo priradiť (nepriradené na riadku %3, na faktúre zostáva %4)</translation>
    </message>
    <message>
        <source>line %1: %2 is more than its unallocated %3</source>
        <translation>riadok %1: %2 je viac ako jeho nepriradená suma %3</translation>
    </message>
    <message>
        <source>line %1: %2 is more than what is open on %3 (%4)</source>
        <translation>riadok %1: %2 je viac, ako zostáva uhradiť na %3 (%4)</translation>
    </message>
    <message>
        <source>no counterparty named %1</source>
        <translation>neexistuje partner s názvom %1</translation>
    </message>
    <message>
        <source>several counterparties are named like %1; give the exact name</source>
        <translation>názov ako %1 má viacero partnerov; zadajte presný názov</translation>
    </message>
    <message numerus="yes">
        <source>import %1 cannot be confirmed: %n red row(s) need processing: line %2</source>
        <translation>
            <numerusform>import %1 sa nedá potvrdiť: %n červený riadok treba spracovať: riadok %2</numerusform>
            <numerusform>import %1 sa nedá potvrdiť: %n červené riadky treba spracovať: riadok %2</numerusform>
            <numerusform>import %1 sa nedá potvrdiť: %n červených riadkov treba spracovať: riadok %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no invoice with id %1</source>
        <translation>neexistuje faktúra s id %1</translation>
    </message>
    <message>
        <source>confirming import %1</source>
        <translation>potvrdzovanie importu %1</translation>
    </message>
    <message>
        <source>reading the stored statement lines</source>
        <translation>načítanie uložených riadkov výpisu</translation>
    </message>
    <message>
        <source>storing the import of %1</source>
        <translation>ukladanie importu %1</translation>
    </message>
    <message>
        <source>storing the statement %1</source>
        <translation>ukladanie výpisu %1</translation>
    </message>
    <message>
        <source>storing line %1</source>
        <translation>ukladanie riadku %1</translation>
    </message>
    <message>
        <source>storing the allocation of line %1 to %2</source>
        <translation>ukladanie priradenia riadku %1 k %2</translation>
    </message>
    <message>
        <source>reading import %1</source>
        <translation>načítanie importu %1</translation>
    </message>
    <message>
        <source>no import with id %1</source>
        <translation>neexistuje import s id %1</translation>
    </message>
    <message>
        <source>reading the statements of import %1</source>
        <translation>načítanie výpisov importu %1</translation>
    </message>
    <message>
        <source>reading the lines of import %1</source>
        <translation>načítanie riadkov importu %1</translation>
    </message>
    <message>
        <source>reading the allocations of import %1</source>
        <translation>načítanie priradení importu %1</translation>
    </message>
    <message>
        <source>discarding import %1</source>
        <translation>zahadzovanie importu %1</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>očakával sa dátum YYYY-MM-DD, nájdené &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
    <message>
        <source>header</source>
        <translation>hlavička</translation>
    </message>
    <message>
        <source>the file is empty; expected the header %1</source>
        <translation>súbor je prázdny; očakávala sa hlavička %1</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; expected %2</source>
        <translation>neznámy stĺpec &quot;%1&quot;; očakávalo sa %2</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>stĺpec &quot;%1&quot; je tam dvakrát</translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot;</source>
        <translation>chýba stĺpec &quot;%1&quot;</translation>
    </message>
    <message>
        <source>row</source>
        <translation>riadok</translation>
    </message>
    <message>
        <source>expected %1 fields like the header, found %2</source>
        <translation>očakávalo sa %1 polí ako v hlavičke, nájdené %2</translation>
    </message>
    <message>
        <source>expected &quot;issued&quot; or &quot;received&quot;, found &quot;%1&quot;</source>
        <translation>očakávalo sa &quot;issued&quot; alebo &quot;received&quot;, nájdené &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the invoice number must not be empty</source>
        <translation>číslo faktúry nesmie byť prázdne</translation>
    </message>
    <message>
        <source>the counterparty&apos;s name must not be empty</source>
        <translation>názov partnera nesmie byť prázdny</translation>
    </message>
    <message>
        <source>expected 1 or 0, found &quot;%1&quot;</source>
        <translation>očakávalo sa 1 alebo 0, nájdené &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the %1 invoice %2 is already in the ledger</source>
        <translation>%1 faktúra %2 už je v knihe</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(a ďalšie: %1)</translation>
    </message>
    <message>
        <source>reading the invoices</source>
        <translation>načítanie faktúr</translation>
    </message>
    <message>
        <source>the IBAN %1 already belongs to the counterparty &quot;%2&quot; in the ledger</source>
        <translation>IBAN %1 už v knihe patrí partnerovi &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 changed while it was imported; nothing was imported (%2)</source>
        <translation>%1 sa počas importu zmenil; nič sa neimportovalo (%2)</translation>
    </message>
    <message>
        <source>size or time differs</source>
        <translation>líši sa veľkosť alebo čas</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 sa nedá načítať: %2</translation>
    </message>
    <message>
        <source>%1 rows instead of %2</source>
        <translation>%1 riadkov namiesto %2</translation>
    </message>
    <message>
        <source>the %1 invoice %2 is also on line %3</source>
        <translation>%1 faktúra %2 je aj na riadku %3</translation>
    </message>
    <message>
        <source>the IBAN %1 is given for the counterparty &quot;%2&quot; on line %3</source>
        <translation>IBAN %1 je uvedený pre partnera &quot;%2&quot; na riadku %3</translation>
    </message>
    <message>
        <source>(stopped after %1 faulty rows)</source>
        <translation>(zastavené po %1 chybných riadkoch)</translation>
    </message>
    <message>
        <source>an invoice needs a number</source>
        <translation>faktúra potrebuje číslo</translation>
    </message>
    <message>
        <source>invoice %1: total and paid must be in the invoice&apos;s currency</source>
        <translation>faktúra %1: celková a uhradená suma musia byť v mene faktúry</translation>
    </message>
    <message>
        <source>the %1 invoice %2 already exists</source>
        <translation>%1 faktúra %2 už existuje</translation>
    </message>
    <message>
        <source>adding the invoice %1</source>
        <translation>pridávanie faktúry %1</translation>
    </message>
    <message>
        <source>counting the invoices</source>
        <translation>počítanie faktúr</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the payment in %3</source>
        <translation>faktúra %1 je v mene %2, platba v mene %3</translation>
    </message>
    <message>
        <source>updating the invoice %1</source>
        <translation>aktualizácia faktúry %1</translation>
    </message>
    <message>
        <source>cannot open the ledger: the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>knihu nemožno otvoriť: ovládač Qt SQLite (QSQLITE) nie je nainštalovaný</translation>
    </message>
    <message>
        <source>%1 is a folder, not a ledger file</source>
        <translation>%1 je priečinok, nie súbor knihy</translation>
    </message>
    <message>
        <source>no ledger at %1</source>
        <translation>v %1 nie je žiadna kniha</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>priečinok %1 sa nedá vytvoriť</translation>
    </message>
    <message>
        <source>cannot open the ledger %1: %2</source>
        <translation>knihu %1 nemožno otvoriť: %2</translation>
    </message>
    <message>
        <source>ledger %1: the file system does not allow SQLite&apos;s WAL journal (journal mode is %2)</source>
        <translation>kniha %1: súborový systém nepovoľuje žurnál WAL databázy SQLite (režim žurnálu je %2)</translation>
    </message>
    <message>
        <source>%1 is not a Saldo ledger: %2</source>
        <translation>%1 nie je kniha Saldo: %2</translation>
    </message>
    <message>
        <source>the ledger %1 has schema version %2, which this version of Saldo does not know (it knows up to %3): use a newer Saldo</source>
        <translation>kniha %1 má verziu schémy %2, ktorú táto verzia programu Saldo nepozná (pozná najviac %3): použite novší Saldo</translation>
    </message>
    <message>
        <source>%1 is not a Saldo ledger (an SQLite database with other tables)</source>
        <translation>%1 nie je kniha Saldo (databáza SQLite s inými tabuľkami)</translation>
    </message>
    <message>
        <source>cannot upgrade the ledger %1 to schema version %2 (%3): %4</source>
        <translation>knihu %1 nemožno aktualizovať na verziu schémy %2 (%3): %4</translation>
    </message>
    <message>
        <source>ledger %1: cannot checkpoint, another connection is writing</source>
        <translation>kniha %1: kontrolný bod nemožno vykonať, iné pripojenie práve zapisuje</translation>
    </message>
    <message>
        <source>cannot back up the ledger %1 to %2: %3</source>
        <translation>knihu %1 nemožno zálohovať do %2: %3</translation>
    </message>
    <message>
        <source>counting the open invoices</source>
        <translation>počítanie neuhradených faktúr</translation>
    </message>
    <message>
        <source>reading the open invoices</source>
        <translation>načítanie neuhradených faktúr</translation>
    </message>
    <message>
        <source>unknown setting %1</source>
        <translation>neznáme nastavenie %1</translation>
    </message>
    <message>
        <source>reading the setting %1</source>
        <translation>načítanie nastavenia %1</translation>
    </message>
    <message>
        <source>reading the settings</source>
        <translation>načítanie nastavení</translation>
    </message>
    <message>
        <source>setting %1: expected true or false, found &quot;%2&quot;</source>
        <translation>nastavenie %1: očakávalo sa true alebo false, nájdené &quot;%2&quot;</translation>
    </message>
    <message>
        <source>setting %1: expected one of %2, found &quot;%3&quot;</source>
        <translation>nastavenie %1: očakávala sa jedna z hodnôt %2, nájdené &quot;%3&quot;</translation>
    </message>
    <message>
        <source>storing the setting %1</source>
        <translation>ukladanie nastavenia %1</translation>
    </message>
    <message>
        <source>ledger: %1: %2</source>
        <translation>kniha: %1: %2</translation>
    </message>
    <message>
        <source>cannot prepare &quot;%1&quot;</source>
        <translation>&quot;%1&quot; sa nedá pripraviť</translation>
    </message>
    <message>
        <source>a user needs a name</source>
        <translation>používateľ potrebuje meno</translation>
    </message>
    <message>
        <source>the user %1 already exists</source>
        <translation>používateľ %1 už existuje</translation>
    </message>
    <message>
        <source>adding the user %1</source>
        <translation>pridávanie používateľa %1</translation>
    </message>
    <message>
        <source>module &quot;%1&quot;: expected lowercase letters, digits, &apos;_&apos; or &apos;.&apos;</source>
        <translation>modul &quot;%1&quot;: očakávajú sa malé písmená, číslice, &apos;_&apos; alebo &apos;.&apos;</translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation>neexistuje používateľ %1</translation>
    </message>
    <message>
        <source>setting the rights of %1</source>
        <translation>nastavovanie práv používateľa %1</translation>
    </message>
    <message>
        <source>reading the rights of %1</source>
        <translation>načítanie práv používateľa %1</translation>
    </message>
    <message>
        <source>reading the users</source>
        <translation>načítanie používateľov</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot;: expected a three-letter ISO 4217 code such as EUR or CZK</source>
        <translation>mena &quot;%1&quot;: očakával sa trojpísmenový kód ISO 4217, napr. EUR alebo CZK</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot;: expected a numeric ISO 4217 code of up to three digits such as 978 or 203</source>
        <translation>mena &quot;%1&quot;: očakával sa číselný kód ISO 4217 s najviac tromi číslicami, napr. 978 alebo 203</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot;: unknown numeric ISO 4217 code</source>
        <translation>mena &quot;%1&quot;: neznámy číselný kód ISO 4217</translation>
    </message>
    <message>
        <source>IBAN &quot;%1&quot;: %2</source>
        <translation>IBAN &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>príliš krátky</translation>
    </message>
    <message>
        <source>expected a two-letter country code at the start</source>
        <translation>na začiatku sa očakával dvojpísmenový kód krajiny</translation>
    </message>
    <message>
        <source>expected two check digits after the country code</source>
        <translation>za kódom krajiny sa očakávali dve kontrolné číslice</translation>
    </message>
    <message>
        <source>unknown IBAN country &quot;%1&quot;</source>
        <translation>neznáma krajina IBAN &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 IBANs have %2 characters, this one has %3</source>
        <translation>IBAN krajiny %1 majú %2 znakov, tento má %3</translation>
    </message>
    <message>
        <source>the check digits do not match (mistyped?)</source>
        <translation>kontrolné číslice nesedia (preklep?)</translation>
    </message>
    <message>
        <source>account &quot;%1&quot;: country &quot;%2&quot; has no Czech/Slovak account numbers; expected CZ or SK</source>
        <translation>účet &quot;%1&quot;: krajina &quot;%2&quot; nemá české ani slovenské čísla účtov; očakávalo sa CZ alebo SK</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; at position %2; expected letters and digits</source>
        <translation>neočakávané &quot;%1&quot; na pozícii %2; očakávali sa písmená a číslice</translation>
    </message>
    <message>
        <source>too long (at most %1 letters and digits)</source>
        <translation>príliš dlhý (najviac %1 písmen a číslic)</translation>
    </message>
    <message>
        <source>account &quot;%1&quot;: %2</source>
        <translation>účet &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>expected &quot;[prefix-]number/bank code&quot;, e.g. 19-2000145399/0800</source>
        <translation>očakávalo sa &quot;[predčíslie-]číslo/kód banky&quot;, napr. 19-2000145399/0800</translation>
    </message>
    <message>
        <source>the bank code must have four digits</source>
        <translation>kód banky musí mať štyri číslice</translation>
    </message>
    <message>
        <source>the prefix must have one to six digits</source>
        <translation>predčíslie musí mať jednu až šesť číslic</translation>
    </message>
    <message>
        <source>the account number must have two to ten digits</source>
        <translation>číslo účtu musí mať dve až desať číslic</translation>
    </message>
    <message>
        <source>the prefix fails the mod-11 check (mistyped?)</source>
        <translation>predčíslie nevyhovuje kontrole mod 11 (preklep?)</translation>
    </message>
    <message>
        <source>the account number fails the mod-11 check (mistyped?)</source>
        <translation>číslo účtu nevyhovuje kontrole mod 11 (preklep?)</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot;: %2</source>
        <translation>suma &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears both as a thousands separator and as the decimal point</source>
        <translation>&quot;%1&quot; je zároveň oddeľovač tisícov aj desatinná čiarka</translation>
    </message>
    <message>
        <source>ambiguous: &quot;%1&quot; followed by three digits is a thousands separator, or a decimal point with too many decimals (%2 has %3); write the amount without thousands separators or with %3 decimals</source>
        <translation>nejednoznačné: &quot;%1&quot; nasledované tromi číslicami je oddeľovač tisícov alebo desatinná čiarka s priveľa desatinnými miestami (%2 má %3); napíšte sumu bez oddeľovačov tisícov alebo s %3 desatinnými miestami</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>príliš veľká</translation>
    </message>
    <message>
        <source>misplaced thousands separator (groups of three digits expected)</source>
        <translation>oddeľovač tisícov na nesprávnom mieste (očakávajú sa skupiny po troch číslach)</translation>
    </message>
    <message>
        <source>mixed thousands separators</source>
        <translation>zmiešané oddeľovače tisícov</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after the decimal point</source>
        <translation>neočakávané &quot;%1&quot; za desatinnou čiarkou</translation>
    </message>
    <message>
        <source>too many decimals: %1 has %2, the amount has %3</source>
        <translation>priveľa desatinných miest: %1 má %2, suma má %3</translation>
    </message>
    <message>
        <source>no currency given</source>
        <translation>nie je zadaná mena</translation>
    </message>
    <message>
        <source>amount is empty</source>
        <translation>suma je prázdna</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;; expected digits, a decimal point and thousands separators</source>
        <translation>neočakávané &quot;%1&quot;; očakávajú sa číslice, desatinná čiarka a oddeľovače tisícov</translation>
    </message>
    <message>
        <source>no digits</source>
        <translation>žiadne číslice</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 je prázdny</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: only digits are allowed</source>
        <translation>%1 &quot;%2&quot;: povolené sú len číslice</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: at most %3 digits are allowed</source>
        <translation>%1 &quot;%2&quot;: povolených je najviac %3 číslic</translation>
    </message>
    <message>
        <source>variable symbol</source>
        <translation>variabilný symbol</translation>
    </message>
    <message>
        <source>constant symbol</source>
        <translation>konštantný symbol</translation>
    </message>
    <message>
        <source>specific symbol</source>
        <translation>špecifický symbol</translation>
    </message>
    <message>
        <source>creditor reference &quot;%1&quot;: %2</source>
        <translation>referencia veriteľa &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>expected &quot;RF&quot; at the start</source>
        <translation>na začiatku sa očakávalo &quot;RF&quot;</translation>
    </message>
    <message>
        <source>too short; expected RF, two check digits and a reference</source>
        <translation>príliš krátka; očakávalo sa RF, dve kontrolné číslice a referencia</translation>
    </message>
    <message>
        <source>expected two check digits after &quot;RF&quot;</source>
        <translation>za &quot;RF&quot; sa očakávali dve kontrolné číslice</translation>
    </message>
    <message>
        <source>KID &quot;%1&quot;: %2</source>
        <translation>KID &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>expected 2 to 25 digits</source>
        <translation>očakávalo sa 2 až 25 číslic</translation>
    </message>
    <message>
        <source>only digits are allowed (and &apos;-&apos; as a MOD11 check digit)</source>
        <translation>povolené sú len číslice (a &apos;-&apos; ako kontrolná číslica MOD11)</translation>
    </message>
    <message>
        <source>the check digit matches neither MOD10 nor MOD11 (mistyped?)</source>
        <translation>kontrolná číslica nevyhovuje ani MOD10, ani MOD11 (preklep?)</translation>
    </message>
    <message>
        <source>KID base &quot;%1&quot;: expected 1 to 24 digits</source>
        <translation>základ KID &quot;%1&quot;: očakávalo sa 1 až 24 číslic</translation>
    </message>
    <message>
        <source>in the VS field</source>
        <translation>v poli VS</translation>
    </message>
    <message>
        <source>in the end-to-end reference</source>
        <translation>v referencii end-to-end</translation>
    </message>
    <message>
        <source>in the description</source>
        <translation>v popise</translation>
    </message>
    <message>
        <source>in the RF reference</source>
        <translation>v referencii RF</translation>
    </message>
    <message>
        <source>in the KID</source>
        <translation>v KID</translation>
    </message>
    <message>
        <source>counter IBAN %1 is the firm&apos;s own account &quot;%2&quot;</source>
        <translation>protiúčet IBAN %1 je vlastný účet firmy &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no counter IBAN</source>
        <translation>bez IBAN protiúčtu</translation>
    </message>
    <message>
        <source>counter IBAN %1 is the account being imported</source>
        <translation>protiúčet IBAN %1 je účet, do ktorého sa importuje</translation>
    </message>
    <message>
        <source>the bank marks the line as a cash deposit</source>
        <translation>banka označuje riadok ako vklad hotovosti</translation>
    </message>
    <message>
        <source>card or cash machine line (%1): a purchase that needs a receipt</source>
        <translation>riadok platby kartou alebo výberu z bankomatu (%1): nákup, ktorý potrebuje doklad</translation>
    </message>
    <message>
        <source>card lines count as bank fees (setting)</source>
        <translation>riadky platieb kartou sa považujú za bankové poplatky (nastavenie)</translation>
    </message>
    <message>
        <source>counter IBAN %1 is %2&apos;s IBAN</source>
        <translation>protiúčet IBAN %1 je IBAN partnera %2</translation>
    </message>
    <message>
        <source>counter IBAN %1 is %2&apos;s learned IBAN</source>
        <translation>protiúčet IBAN %1 je naučený IBAN partnera %2</translation>
    </message>
    <message>
        <source>counter IBAN %1 is on file for several counterparties</source>
        <translation>protiúčet IBAN %1 je evidovaný pri viacerých partneroch</translation>
    </message>
    <message>
        <source>counter IBAN %1 is not on file</source>
        <translation>protiúčet IBAN %1 nie je evidovaný</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; in the statement is %2</source>
        <translation>názov &quot;%1&quot; vo výpise je %2</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; fits several counterparties</source>
        <translation>názov &quot;%1&quot; zodpovedá viacerým partnerom</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; is not a known counterparty</source>
        <translation>názov &quot;%1&quot; nie je známy partner</translation>
    </message>
    <message>
        <source>the description names %1</source>
        <translation>popis uvádza %1</translation>
    </message>
    <message>
        <source>VS %1 %3 matches %2</source>
        <translation>VS %1 %3 zodpovedá %2</translation>
    </message>
    <message>
        <source>invoice number %1 %3 matches %2</source>
        <translation>číslo faktúry %1 %3 zodpovedá %2</translation>
    </message>
    <message>
        <source>amount %1 equal to the open amount</source>
        <translation>suma %1 sa rovná zostávajúcej sume</translation>
    </message>
    <message>
        <source>amount %1 equal to the open amounts of %2 documents together</source>
        <translation>suma %1 sa rovná súčtu zostávajúcich súm %2 dokladov</translation>
    </message>
    <message>
        <source>amount %1 below the open %2: %3 stays open</source>
        <translation>suma %1 je nižšia ako zostávajúcich %2: %3 zostáva neuhradené</translation>
    </message>
    <message>
        <source>amount %1 above the open %2: %3 unallocated</source>
        <translation>suma %1 je vyššia ako zostávajúcich %2: %3 nepriradené</translation>
    </message>
    <message>
        <source>no open document of %1 is referenced</source>
        <translation>neodkazuje sa na žiadny neuhradený doklad partnera %1</translation>
    </message>
    <message>
        <source>reference %1 fits %2 open documents: none chosen</source>
        <translation>referencii %1 zodpovedá %2 neuhradených dokladov: žiadny nebol vybraný</translation>
    </message>
    <message>
        <source>reference %1 matches %2 of another counterparty, %3</source>
        <translation>referencia %1 zodpovedá %2 iného partnera, %3</translation>
    </message>
    <message>
        <source>reference %1 matches %2, which is in %3</source>
        <translation>referencia %1 zodpovedá %2, ktorá je v mene %3</translation>
    </message>
    <message>
        <source>reference %1 matches %2, which is not posted</source>
        <translation>referencia %1 zodpovedá %2, ktorá nie je zaúčtovaná</translation>
    </message>
    <message>
        <source>reference %1 matches %2, a kind of invoice not searched (settings)</source>
        <translation>referencia %1 zodpovedá %2, druhu faktúry, ktorý sa neprehľadáva (nastavenia)</translation>
    </message>
    <message>
        <source>reference %1 matches %2, but the payment goes the other way</source>
        <translation>referencia %1 zodpovedá %2, ale platba ide opačným smerom</translation>
    </message>
    <message>
        <source>%1 is already settled by line %2 of this import</source>
        <translation>%1 už uhrádza riadok %2 tohto importu</translation>
    </message>
    <message>
        <source>line %2 of this import already pays part of %1: %3 was left</source>
        <translation>riadok %2 tohto importu už uhrádza časť %1: zostalo %3</translation>
    </message>
    <message>
        <source>neither counterparty nor document recognised</source>
        <translation>nerozpoznal sa partner ani doklad</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>list of evidence</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>VS %1 differs in one digit from %2 of %3 (open %4)</source>
        <translation>VS %1 sa líši v jednej číslici od %2 partnera %3 (zostáva %4)</translation>
    </message>
    <message>
        <source>VS %1 has two digits swapped against %2 of %3 (open %4)</source>
        <translation>VS %1 má oproti %2 partnera %3 zamenené dve číslice (zostáva %4)</translation>
    </message>
    <message>
        <source>no reference, but the amount equals the open %1 of %2</source>
        <translation>bez referencie, ale suma sa rovná zostávajúcim %1 na %2</translation>
    </message>
    <message>
        <source>the amount is close to the open %1 of %2</source>
        <translation>suma je blízko zostávajúcim %1 na %2</translation>
    </message>
    <message>
        <source>no reference, but %1 together equal the amount</source>
        <translation>bez referencie, ale %1 spolu dávajú sumu</translation>
    </message>
    <message>
        <source>reference %1 fits %2 of %3 (open %4)</source>
        <translation>referencia %1 zodpovedá %2 partnera %3 (zostáva %4)</translation>
    </message>
    <message>
        <source>reference %1 fits %2, which is not posted</source>
        <translation>referencia %1 zodpovedá %2, ktorá nie je zaúčtovaná</translation>
    </message>
    <message>
        <source>expected the header&apos;s column names, a header_line, or the number of fields of a file without a header</source>
        <translation>očakávali sa názvy stĺpcov hlavičky, header_line alebo počet polí súboru bez hlavičky</translation>
    </message>
    <message>
        <source>profile %1: the first rows do not have %2 fields with a date in the booking date column</source>
        <translation>profil %1: prvé riadky nemajú %2 polí s dátumom v stĺpci dátumu zaúčtovania</translation>
    </message>
    <message>
        <source>: longer &quot;extended&quot; items (8-digit dates, long texts) are not the ABO/GPC format of the banks and are not supported</source>
        <translation>: dlhšie „rozšírené“ položky (8-miestne dátumy, dlhé texty) nie sú formát ABO/GPC bánk a nie sú podporované</translation>
    </message>
    <message>
        <source>removing the IBAN %1</source>
        <translation>odstraňovanie IBAN %1</translation>
    </message>
    <message>
        <source>line %1 is written into the invoices %2; with &quot;Undo the payment when a written row changes&quot; off in the settings its payment cannot change (annul the line instead)</source>
        <translation>riadok %1 je zapísaný do faktúr %2; keď je v nastaveniach vypnuté „Zrušiť úhradu, keď sa zapísaný riadok zmení“, jeho úhrada sa nemôže zmeniť (namiesto toho riadok stornujte)</translation>
    </message>
    <message>
        <source>line %1: the amount for %2 must be more than zero</source>
        <translation>riadok %1: suma pre %2 musí byť väčšia ako nula</translation>
    </message>
    <message>
        <source>line %1: the allocations (%2) are more than the line&apos;s amount (%3)</source>
        <translation>riadok %1: priradenia (%2) sú vyššie ako suma riadku (%3)</translation>
    </message>
    <message>
        <source>reading line %1</source>
        <translation>načítanie riadku %1</translation>
    </message>
    <message>
        <source>import %1 is a draft: delete the line instead of annulling it</source>
        <translation>import %1 je koncept: riadok namiesto stornovania zmažte</translation>
    </message>
    <message>
        <source>line %1 of import %2 is annulled already</source>
        <translation>riadok %1 importu %2 už je stornovaný</translation>
    </message>
    <message>
        <source>import %1 is a draft: confirm it to write its rows</source>
        <translation>import %1 je koncept: potvrďte ho, aby sa jeho riadky zapísali</translation>
    </message>
    <message>
        <source>line %1 of import %2 is written already</source>
        <translation>riadok %1 importu %2 už je zapísaný</translation>
    </message>
    <message>
        <source>line %1 is red: give it a counterparty or a document first</source>
        <translation>riadok %1 je červený: najprv mu priraďte partnera alebo doklad</translation>
    </message>
    <message>
        <source>line %1 pays no invoice: there is nothing to write</source>
        <translation>riadok %1 neuhrádza žiadnu faktúru: nie je čo zapísať</translation>
    </message>
    <message>
        <source>checking the stored lines</source>
        <translation>kontrola uložených riadkov</translation>
    </message>
    <message>
        <source>the ledger changed during the import (an account, counterparty or invoice the lines refer to was deleted); nothing was stored</source>
        <translation>kniha sa počas importu zmenila (účet, partner alebo faktúra, na ktoré riadky odkazujú, boli zmazané); nič sa neuložilo</translation>
    </message>
    <message>
        <source>ledger: cannot prepare &quot;%1&quot;: not an SQLite ledger</source>
        <translation>kniha: nedá sa pripraviť „%1“: nie je to kniha SQLite</translation>
    </message>
    <message>
        <source>expected %1 digits at %2, found &apos;%3&apos;</source>
        <translation>na pozícii %2 sa očakávalo %1 číslic, nájdené &apos;%3&apos;</translation>
    </message>
    <message>
        <source>expected a date DDMMYY at %1, found &apos;%2&apos;</source>
        <translation>na pozícii %1 sa očakával dátum DDMMYY, nájdené &apos;%2&apos;</translation>
    </message>
    <message>
        <source>expected the sign &apos;+&apos; or &apos;-&apos; at position %1, found &apos;%2&apos;</source>
        <translation>na pozícii %1 sa očakávalo znamienko &apos;+&apos; alebo &apos;-&apos;, nájdené &apos;%2&apos;</translation>
    </message>
    <message>
        <source>creditor reference base &quot;%1&quot;: %2</source>
        <translation>základ referencie veriteľa &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>empty; expected 1 to 21 letters and digits</source>
        <translation>prázdny; očakávalo sa 1 až 21 písmen a číslic</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nedá sa prečítať: %2</translation>
    </message>
    <message>
        <source>%1: more than %2 lines: too many for one import</source>
        <translation>%1: viac ako %2 riadkov: príliš veľa na jeden import</translation>
    </message>
    <message>
        <source>numbering the import</source>
        <translation>číslovanie importu</translation>
    </message>
    <message>
        <source>ledger: the import numbering is missing (statement_import_ids)</source>
        <translation>účtovná kniha: chýba číslovanie importov (statement_import_ids)</translation>
    </message>
</context>
<context>
    <name>Saldo::AccountTableModel</name>
    <message>
        <source>Bank code %1</source>
        <translation>Kód banky %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Účet</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Číslo účtu</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banka</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mena</translation>
    </message>
</context>
<context>
    <name>Saldo::AddAccountDialog</name>
    <message>
        <source>Add Bank Account</source>
        <translation>Pridať bankový účet</translation>
    </message>
    <message>
        <source>SK31 1200 0000 1987 4263 7541</source>
        <translation>SK31 1200 0000 1987 4263 7541</translation>
    </message>
    <message>
        <source>e.g. Current account EUR</source>
        <translation>napr. Bežný účet EUR</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Pridať</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Názov:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Mena:</translation>
    </message>
    <message>
        <source>The account&apos;s IBAN, as on the bank statement.</source>
        <translation>IBAN účtu, ako je na bankovom výpise.</translation>
    </message>
    <message>
        <source>Valid IBAN.</source>
        <translation>Platný IBAN.</translation>
    </message>
    <message>
        <source>Valid IBAN at %1.</source>
        <translation>Platný IBAN v banke %1.</translation>
    </message>
</context>
<context>
    <name>Saldo::AuditLogModel</name>
    <message>
        <source>Invoice</source>
        <translation>Faktúra</translation>
    </message>
    <message>
        <source>Invoice import</source>
        <translation>Import faktúr</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Úhrada</translation>
    </message>
    <message>
        <source>Statement import</source>
        <translation>Import výpisu</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Nastavenie</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankový účet</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 č. %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvorené</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmenené</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Zmazané</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importované</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potvrdené</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kedy</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Používateľ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Čo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akcia</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Zmeny</translation>
    </message>
    <message>
        <source>Counterparty&apos;s IBAN</source>
        <translation>IBAN partnera</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Priradené</translation>
    </message>
    <message>
        <source>Counterparty set</source>
        <translation>Nastavený partner</translation>
    </message>
    <message>
        <source>Type set</source>
        <translation>Nastavený typ</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Upravené</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Vrátené späť</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Zopakované</translation>
    </message>
    <message>
        <source>Annulled</source>
        <translation>Stornované</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Zapísané</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Platba</translation>
    </message>
    <message>
        <source>Statement line %1 of import %2</source>
        <translation>Riadok výpisu %1 z importu %2</translation>
    </message>
    <message>
        <source>Statement line %1</source>
        <translation>Riadok výpisu %1</translation>
    </message>
    <message>
        <source>Statement line #%1</source>
        <translation>Riadok výpisu #%1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktúra %1</translation>
    </message>
    <message>
        <source>Counterparty %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>áno</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>uhradené</translation>
    </message>
    <message>
        <source>paid on</source>
        <translation>uhradené dňa</translation>
    </message>
    <message>
        <source>total</source>
        <translation>suma</translation>
    </message>
    <message>
        <source>number</source>
        <translation>číslo</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>druh</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>mena</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>zaúčtovaná</translation>
    </message>
    <message>
        <source>VS</source>
        <translation>VS</translation>
    </message>
    <message>
        <source>counterparty</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>name</source>
        <translation>názov</translation>
    </message>
    <message>
        <source>company ID</source>
        <translation>IČO</translation>
    </message>
    <message>
        <source>IBANs</source>
        <translation>IBAN-y</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>line</source>
        <translation>riadok</translation>
    </message>
    <message>
        <source>type</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>farba</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>doklady</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>vymazaný</translation>
    </message>
    <message>
        <source>annulled</source>
        <translation>stornovaný</translation>
    </message>
    <message>
        <source>written</source>
        <translation>zapísaný</translation>
    </message>
    <message>
        <source>state</source>
        <translation>stav</translation>
    </message>
    <message>
        <source>rows written</source>
        <translation>zapísané riadky</translation>
    </message>
    <message>
        <source>invoices paid</source>
        <translation>uhradené faktúry</translation>
    </message>
</context>
<context>
    <name>Saldo::AuditLogView</name>
    <message>
        <source>No changes recorded yet</source>
        <translation>Zatiaľ žiadne zaznamenané zmeny</translation>
    </message>
    <message>
        <source>Every change to money in this ledger will be listed here: invoices entered or imported, payments allocated, imports confirmed, settings changed, each with who did it and when.</source>
        <translation>Tu bude uvedená každá zmena peňazí v tejto knihe: zadané alebo importované faktúry, priradené úhrady, potvrdené importy, zmenené nastavenia, vždy s tým, kto ju urobil a kedy.</translation>
    </message>
    <message>
        <source>Search user, record or change</source>
        <translation>Hľadať používateľa, záznam alebo zmenu</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Načítava sa denník zmien…</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n change(s)</source>
        <translation>
            <numerusform>Posledná %n zmena</numerusform>
            <numerusform>Posledné %n zmeny</numerusform>
            <numerusform>Posledných %n zmien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the latest %n change(s)</source>
        <translation>
            <numerusform>%1 z poslednej %n zmeny</numerusform>
            <numerusform>%1 z posledných %n zmien</numerusform>
            <numerusform>%1 z posledných %n zmien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Saldo::BankAccountsView</name>
    <message>
        <source>No bank accounts yet</source>
        <translation>Zatiaľ žiadne bankové účty</translation>
    </message>
    <message>
        <source>The firm&apos;s own bank accounts will be listed here. Statements are imported into them, and a transfer between two of them is recognised as your own.</source>
        <translation>Tu budú uvedené vlastné bankové účty firmy. Do nich sa importujú výpisy a prevod medzi dvoma z nich sa rozpozná ako vlastný.</translation>
    </message>
    <message>
        <source>Reading the bank accounts…</source>
        <translation>Načítavajú sa bankové účty…</translation>
    </message>
    <message numerus="yes">
        <source>%n bank account(s)</source>
        <translation>
            <numerusform>%n bankový účet</numerusform>
            <numerusform>%n bankové účty</numerusform>
            <numerusform>%n bankových účtov</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Saldo::CounterpartiesView</name>
    <message>
        <source>No counterparties yet</source>
        <translation>Zatiaľ žiadni partneri</translation>
    </message>
    <message>
        <source>Your customers and suppliers will be listed here with their bank accounts. They come with the invoices, and Saldo learns new accounts from the statements you pair by hand.</source>
        <translation>Tu budú uvedení vaši odberatelia a dodávatelia s ich bankovými účtami. Prichádzajú s faktúrami a nové účty sa Saldo naučí z výpisov, ktoré spárujete ručne.</translation>
    </message>
    <message>
        <source>Search name, company ID or IBAN</source>
        <translation>Hľadať názov, IČO alebo IBAN</translation>
    </message>
    <message>
        <source>Reading the counterparties…</source>
        <translation>Načítavajú sa partneri…</translation>
    </message>
    <message numerus="yes">
        <source>%n counterparty(ies)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partneri</numerusform>
            <numerusform>%n partnerov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n counterparty(ies)</source>
        <translation>
            <numerusform>%1 z %n partnera</numerusform>
            <numerusform>%1 z %n partnerov</numerusform>
            <numerusform>%1 z %n partnerov</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Saldo::CounterpartyTableModel</name>
    <message>
        <source>%1: learned from a statement</source>
        <translation>%1: naučené z výpisu</translation>
    </message>
    <message>
        <source>%1: learned from a statement on %2</source>
        <translation>%1: naučené z výpisu %2</translation>
    </message>
    <message>
        <source>%1: entered</source>
        <translation>%1: zadané</translation>
    </message>
    <message>
        <source>%1: entered on %2</source>
        <translation>%1: zadané %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Názov</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>IČO</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Bankové účty</translation>
    </message>
</context>
<context>
    <name>Saldo::EditRowDialog</name>
    <message>
        <source>Edit row %1</source>
        <translation>Úprava riadku %1</translation>
    </message>
    <message>
        <source>%1  %2  “%3”  %4  %5</source>
        <translation>%1  %2  „%3“  %4  %5</translation>
    </message>
    <message>
        <source>Type a part of the name to search</source>
        <translation>Napíšte časť názvu a vyhľadajte</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Uhradiť</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Doklad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Splatnosť</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Zostáva</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Priradiť</translation>
    </message>
    <message>
        <source>&amp;Counterparty</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>Document &amp;type</source>
        <translation>&amp;Typ dokladu</translation>
    </message>
    <message>
        <source>The account %1 will be remembered for %2.</source>
        <translation>Účet %1 sa zapamätá pre partnera %2.</translation>
    </message>
    <message>
        <source>Choose a counterparty to see its open documents.</source>
        <translation>Vyberte partnera, aby ste videli jeho neuhradené doklady.</translation>
    </message>
    <message>
        <source>%1 has no open documents.</source>
        <translation>%1 nemá žiadne neuhradené doklady.</translation>
    </message>
    <message>
        <source>Open documents of %1:</source>
        <translation>Neuhradené doklady partnera %1:</translation>
    </message>
    <message>
        <source>Allocated to this row; untick to take it off</source>
        <translation>Priradené k tomuto riadku; zrušením začiarknutia ho odoberiete</translation>
    </message>
    <message>
        <source>The part of the row paid to this document</source>
        <translation>Časť riadku uhradená na tento doklad</translation>
    </message>
    <message>
        <source>There is no counterparty named %1.</source>
        <translation>Partner s názvom %1 neexistuje.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Left to allocate: %1</source>
        <translation>Zostáva priradiť: %1</translation>
    </message>
    <message>
        <source>The row will be: %1 %2</source>
        <translation>Riadok bude: %1 %2</translation>
    </message>
</context>
<context>
    <name>Saldo::ImportListModel</name>
    <message>
        <source>Could not list the imports: %1</source>
        <translation>Importy sa nepodarilo vypísať: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potvrdený</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Koncept</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importované</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Účet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Súbor</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Riadky</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Na spracovanie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Potvrdil</translation>
    </message>
</context>
<context>
    <name>Saldo::ImportPage</name>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Discard this draft import with all its rows</source>
        <translation>Zahodiť tento koncept importu so všetkými jeho riadkami</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Potvrdiť</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Vrátiť</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Zopakovať</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Vybrať súbory…</translation>
    </message>
    <message>
        <source>The firm&apos;s account the statement belongs to</source>
        <translation>Účet firmy, ku ktorému výpis patrí</translation>
    </message>
    <message>
        <source>Ignore POS payments</source>
        <translation>Ignorovať platby POS</translation>
    </message>
    <message>
        <source>Leave card (POS) and cash machine rows out of the import</source>
        <translation>Neimportovať riadky platieb kartou (POS) a výberov z bankomatov</translation>
    </message>
    <message>
        <source>Read file</source>
        <translation>Načítať súbor</translation>
    </message>
    <message>
        <source>Stop reading; nothing of the file is kept</source>
        <translation>Zastaviť načítanie; zo súboru sa nič neuloží</translation>
    </message>
    <message>
        <source>Drop statement files here, or</source>
        <translation>Sem presuňte súbory výpisov alebo</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Účet</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Všetky</translation>
    </message>
    <message>
        <source>Show every row</source>
        <translation>Zobraziť všetky riadky</translation>
    </message>
    <message>
        <source>Show only these rows: %1</source>
        <translation>Zobraziť len tieto riadky: %1</translation>
    </message>
    <message>
        <source>Search rows</source>
        <translation>Hľadať v riadkoch</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Upraviť…</translation>
    </message>
    <message>
        <source>Pick the counterparty, the documents or the type (Enter)</source>
        <translation>Vybrať partnera, doklady alebo typ (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Zmazať</translation>
    </message>
    <message>
        <source>Leave the row out of the import (Delete)</source>
        <translation>Vynechať riadok z importu (Delete)</translation>
    </message>
    <message>
        <source>Apply Suggestion</source>
        <translation>Použiť návrh</translation>
    </message>
    <message>
        <source>Annul</source>
        <translation>Stornovať</translation>
    </message>
    <message>
        <source>Take the row&apos;s payment back out of the invoices; the row stays in the statement</source>
        <translation>Odobrať úhradu riadku z faktúr; riadok zostane vo výpise</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Zapísať</translation>
    </message>
    <message>
        <source>Write the corrected row&apos;s payment into its invoices</source>
        <translation>Zapísať úhradu opraveného riadku do jeho faktúr</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>Zmazať riadok</translation>
    </message>
    <message>
        <source>Annul row</source>
        <translation>Stornovať riadok</translation>
    </message>
    <message>
        <source>Write row</source>
        <translation>Zapísať riadok</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>New statement import</source>
        <translation>Nový import výpisu</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Zatiaľ nie je vybraný žiadny súbor.</translation>
    </message>
    <message>
        <source>%1 (then: %2)</source>
        <translation>%1 (potom: %2)</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Tento súbor sa nedá načítať: %1</translation>
    </message>
    <message>
        <source>%1 (%2, account %3)</source>
        <translation>%1 (%2, účet %3)</translation>
    </message>
    <message>
        <source>The statement is for the account %1, which is not one of the firm&apos;s accounts: choose the account to import it into, or add it under Bank accounts.</source>
        <translation>Výpis je pre účet %1, ktorý nie je účtom firmy: vyberte účet, do ktorého ho chcete importovať, alebo ho pridajte v sekcii Bankové účty.</translation>
    </message>
    <message>
        <source>Choose Statement Files</source>
        <translation>Vybrať súbory výpisov</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.sta *.mt940 *.txt *.gpc *.csv *.ofx);;All files (*)</source>
        <translation>Bankové výpisy (*.xml *.sta *.mt940 *.txt *.gpc *.csv *.ofx);;Všetky súbory (*)</translation>
    </message>
    <message>
        <source>Choose the account the statement belongs to.</source>
        <translation>Vyberte účet, ku ktorému výpis patrí.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Načítava sa súbor…</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 z %3</translation>
    </message>
    <message>
        <source>Reading was canceled; nothing was imported.</source>
        <translation>Načítanie bolo zrušené; nič sa neimportovalo.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nič sa neimportovalo: %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>zrušené</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Statement import %1</source>
        <translation>Import výpisu %1</translation>
    </message>
    <message>
        <source>Reading the import…</source>
        <translation>Načítava sa import…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – rows: %2</source>
        <translation>%1 – riadky: %2</translation>
    </message>
    <message>
        <source>Statement import %1 (confirmed)</source>
        <translation>Import výpisu %1 (potvrdený)</translation>
    </message>
    <message>
        <source>Statement import %1 (draft)</source>
        <translation>Import výpisu %1 (koncept)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Select a row to see why it is coloured as it is.</source>
        <translation>Vyberte riadok a uvidíte, prečo má takú farbu.</translation>
    </message>
    <message>
        <source>Line %1 – %2</source>
        <translation>Riadok %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still to do: confirming waits for them (F8 goes to the next)</source>
        <translation>
            <numerusform>Na spracovanie ešte zostáva %n riadok: potvrdenie naň čaká (F8 prejde na ďalší)</numerusform>
            <numerusform>Na spracovanie ešte zostávajú %n riadky: potvrdenie na ne čaká (F8 prejde na ďalší)</numerusform>
            <numerusform>Na spracovanie ešte zostáva %n riadkov: potvrdenie na ne čaká (F8 prejde na ďalší)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the payments into the invoices (Ctrl+Return)</source>
        <translation>Zapísať úhrady do faktúr (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <source>The payment of line %1 was taken back out of its invoices; Write enters the corrected row again.</source>
        <translation>Úhrada riadku %1 bola odobratá z jeho faktúr; tlačidlo Zapísať opravený riadok znova zapíše.</translation>
    </message>
    <message>
        <source>edit line %1</source>
        <translation>úpravu riadku %1</translation>
    </message>
    <message>
        <source>Could not undo or redo the edit of line %1: %2</source>
        <translation>Úpravu riadku %1 sa nepodarilo vrátiť ani zopakovať: %2</translation>
    </message>
    <message>
        <source>Delete line %1? Its payment is taken back out of %2.</source>
        <translation>Zmazať riadok %1? Jeho úhrada sa odoberie z dokladov %2.</translation>
    </message>
    <message>
        <source>delete line %1</source>
        <translation>zmazanie riadku %1</translation>
    </message>
    <message>
        <source>Allocate the row to %1 (%2)</source>
        <translation>Priradiť riadok k %1 (%2)</translation>
    </message>
    <message>
        <source>Line %1 has no such suggestion.</source>
        <translation>Riadok %1 taký návrh nemá.</translation>
    </message>
    <message>
        <source>apply the suggestion to line %1</source>
        <translation>použitie návrhu na riadok %1</translation>
    </message>
    <message>
        <source>Annul line %1? Its payment is taken back out of %2; the row stays in the statement and can be written again.</source>
        <translation>Stornovať riadok %1? Jeho úhrada sa odoberie z dokladov %2; riadok zostane vo výpise a dá sa znova zapísať.</translation>
    </message>
    <message>
        <source>Line %1 is written into its invoices again.</source>
        <translation>Riadok %1 je znova zapísaný do svojich faktúr.</translation>
    </message>
    <message>
        <source>Confirm Import</source>
        <translation>Potvrdiť import</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still to do (red): pair them with a counterparty or document, set their type, or delete them. The first one is selected.</source>
        <translation>
            <numerusform>Na spracovanie ešte zostáva %n riadok (červený): spárujte ho s partnerom alebo dokladom, nastavte mu typ alebo ho zmažte. Je vybraný.</numerusform>
            <numerusform>Na spracovanie ešte zostávajú %n riadky (červené): spárujte ich s partnerom alebo dokladom, nastavte im typ alebo ich zmažte. Prvý z nich je vybraný.</numerusform>
            <numerusform>Na spracovanie ešte zostáva %n riadkov (červených): spárujte ich s partnerom alebo dokladom, nastavte im typ alebo ich zmažte. Prvý z nich je vybraný.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the payments of this import into the invoices?</source>
        <translation>Zapísať úhrady z tohto importu do faktúr?</translation>
    </message>
    <message>
        <source>Confirmed: %1 rows paid %2 invoices.</source>
        <translation>Potvrdené: zapísané riadky: %1, uhradené faktúry: %2.</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Zrušiť import</translation>
    </message>
    <message numerus="yes">
        <source>Discard this draft import with its %n row(s)? Nothing of it is kept.</source>
        <translation>
            <numerusform>Zahodiť tento koncept importu s %n riadkom? Nič z neho sa neuloží.</numerusform>
            <numerusform>Zahodiť tento koncept importu s %n riadkami? Nič z neho sa neuloží.</numerusform>
            <numerusform>Zahodiť tento koncept importu s %n riadkami? Nič z neho sa neuloží.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding up what confirming will do…</source>
        <translation>Zrátavam, čo potvrdenie urobí…</translation>
    </message>
    <message>
        <source>Writing the payments into the invoices…</source>
        <translation>Zapisujem platby do faktúr…</translation>
    </message>
</context>
<context>
    <name>Saldo::ImportRowModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Pravidlo: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Prečo: %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Návrh: %1</translation>
    </message>
    <message>
        <source>%1, annulled</source>
        <translation>%1, stornované</translation>
    </message>
    <message>
        <source>%1, written</source>
        <translation>%1, zapísané</translation>
    </message>
    <message>
        <source>%1, to write</source>
        <translation>%1, na zápis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riadok</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Typ dokladu</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Doklady</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Counterparty in statement</source>
        <translation>Partner vo výpise</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Príjem</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Výdavok</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Priradené</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Nepriradené</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Pravidlo</translation>
    </message>
</context>
<context>
    <name>Saldo::ImportRunner</name>
    <message>
        <source>Reading the file…</source>
        <translation>Načítava sa súbor…</translation>
    </message>
    <message>
        <source>Reading invoices…</source>
        <translation>Načítavajú sa faktúry…</translation>
    </message>
    <message>
        <source>Pairing rows…</source>
        <translation>Párujú sa riadky…</translation>
    </message>
    <message>
        <source>Storing the draft…</source>
        <translation>Ukladá sa koncept…</translation>
    </message>
    <message>
        <source>Showing the rows…</source>
        <translation>Zobrazujú sa riadky…</translation>
    </message>
</context>
<context>
    <name>Saldo::ImportSummary</name>
    <message numerus="yes">
        <source>%1: %n row(s), %2</source>
        <translation>
            <numerusform>%1: %n riadok, %2</numerusform>
            <numerusform>%1: %n riadky, %2</numerusform>
            <numerusform>%1: %n riadkov, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices becoming paid: %1; partly paid: %2</source>
        <translation>Faktúry, ktoré budú uhradené: %1; čiastočne uhradené: %2</translation>
    </message>
    <message numerus="yes">
        <source>Already imported, skipped: %n row(s)</source>
        <translation>
            <numerusform>Už importované, preskočené: %n riadok</numerusform>
            <numerusform>Už importované, preskočené: %n riadky</numerusform>
            <numerusform>Už importované, preskočené: %n riadkov</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>Saldo::InvoiceStates</name>
    <message>
        <source>Unpaid</source>
        <translation>Neuhradená</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Čiastočne uhradená</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po splatnosti</translation>
    </message>
    <message>
        <source>Overdue, partly paid</source>
        <translation>Po splatnosti, čiastočne uhradená</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Uhradená</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Preplatená</translation>
    </message>
</context>
<context>
    <name>Saldo::InvoiceTableModel</name>
    <message>
        <source>Issued</source>
        <translation>Vydaná</translation>
    </message>
    <message>
        <source>Issued, draft</source>
        <translation>Vydaná, koncept</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Prijatá</translation>
    </message>
    <message>
        <source>Received, draft</source>
        <translation>Prijatá, koncept</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s): due %1, open %2</source>
        <translation>
            <numerusform>%n deň po splatnosti: splatná %1, zostáva %2</numerusform>
            <numerusform>%n dni po splatnosti: splatná %1, zostáva %2</numerusform>
            <numerusform>%n dní po splatnosti: splatná %1, zostáva %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid on %1</source>
        <translation>Uhradená %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Splatná %1</translation>
    </message>
    <message>
        <source>A draft: not posted in the books yet</source>
        <translation>Koncept: zatiaľ nezaúčtovaná</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>VS</source>
        <translation>VS</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Vystavená</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Splatná</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkom</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Uhradené</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Zostáva</translation>
    </message>
</context>
<context>
    <name>Saldo::InvoicesView</name>
    <message>
        <source>No invoices yet</source>
        <translation>Zatiaľ žiadne faktúry</translation>
    </message>
    <message>
        <source>Your issued and received invoices will be listed here with what is still open on each, so that payments from the bank can be paired with them. Bring them in from your invoicing program&apos;s CSV export with saldo-cli invoices import.</source>
        <translation>Tu budú uvedené vaše vydané a prijaté faktúry s tým, čo na každej ešte zostáva uhradiť, aby sa s nimi dali spárovať platby z banky. Načítajte ich z CSV exportu vášho fakturačného programu príkazom saldo-cli invoices import.</translation>
    </message>
    <message>
        <source>Reading the invoices…</source>
        <translation>Načítavajú sa faktúry…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Všetky</translation>
    </message>
    <message>
        <source>Every invoice</source>
        <translation>Každá faktúra</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Neuhradené</translation>
    </message>
    <message>
        <source>Not fully paid yet, overdue or not</source>
        <translation>Ešte nie úplne uhradené, po splatnosti aj pred ňou</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po splatnosti</translation>
    </message>
    <message>
        <source>Not fully paid and past the due date</source>
        <translation>Nie úplne uhradené a po dátume splatnosti</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Uhradené</translation>
    </message>
    <message>
        <source>Fully paid (or overpaid)</source>
        <translation>Úplne uhradené (alebo preplatené)</translation>
    </message>
    <message>
        <source>Issued and received</source>
        <translation>Vydané aj prijaté</translation>
    </message>
    <message>
        <source>Invoices you issued and invoices you received</source>
        <translation>Faktúry, ktoré ste vystavili, aj faktúry, ktoré ste prijali</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Vydané</translation>
    </message>
    <message>
        <source>Invoices you issued: your customers pay them</source>
        <translation>Faktúry, ktoré ste vystavili: platia ich vaši odberatelia</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Prijaté</translation>
    </message>
    <message>
        <source>Invoices you received: you pay them</source>
        <translation>Faktúry, ktoré ste prijali: platíte ich vy</translation>
    </message>
    <message>
        <source>Search number, counterparty, VS or amount</source>
        <translation>Hľadať číslo, partnera, VS alebo sumu</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Hľadať faktúry</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Hľadať</translation>
    </message>
    <message numerus="yes">
        <source>No invoice matches the filter (%n invoice(s) in all).</source>
        <translation>
            <numerusform>Filtru nezodpovedá žiadna faktúra (spolu %n faktúra).</numerusform>
            <numerusform>Filtru nezodpovedá žiadna faktúra (spolu %n faktúry).</numerusform>
            <numerusform>Filtru nezodpovedá žiadna faktúra (spolu %n faktúr).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n faktúra</numerusform>
            <numerusform>%n faktúry</numerusform>
            <numerusform>%n faktúr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n invoice(s)</source>
        <translation>
            <numerusform>%1 z %n faktúry</numerusform>
            <numerusform>%1 z %n faktúr</numerusform>
            <numerusform>%1 z %n faktúr</numerusform>
        </translation>
    </message>
    <message>
        <source>to receive %1</source>
        <translation>na príjem %1</translation>
    </message>
    <message>
        <source>to pay %1</source>
        <translation>na úhradu %1</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n po splatnosti</numerusform>
            <numerusform>%n po splatnosti</numerusform>
            <numerusform>%n po splatnosti</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued, total: %1</source>
        <translation>Vydané, spolu: %1</translation>
    </message>
    <message>
        <source>Received, total: %1</source>
        <translation>Prijaté, spolu: %1</translation>
    </message>
</context>
<context>
    <name>Saldo::LedgerSnapshot</name>
    <message>
        <source>Reading the ledger was cancelled.</source>
        <translation>Načítanie knihy bolo zrušené.</translation>
    </message>
</context>
<context>
    <name>Saldo::MainWindow</name>
    <message>
        <source>Saldo ledgers (*.saldo);;All files (*)</source>
        <translation>Knihy Saldo (*.saldo);;Všetky súbory (*)</translation>
    </message>
    <message>
        <source>Reading invoices: %p %</source>
        <translation>Načítavajú sa faktúry: %p %</translation>
    </message>
    <message>
        <source>&amp;New Ledger…</source>
        <translation>&amp;Nová kniha…</translation>
    </message>
    <message>
        <source>Create an empty ledger file, e.g. one for each firm</source>
        <translation>Vytvoriť prázdny súbor knihy, napr. jeden pre každú firmu</translation>
    </message>
    <message>
        <source>&amp;Open Ledger…</source>
        <translation>&amp;Otvoriť knihu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Koniec</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Znovu načítať</translation>
    </message>
    <message>
        <source>Read the ledger again, e.g. after saldo-cli changed it</source>
        <translation>Načítať knihu znova, napr. keď ju zmenil saldo-cli</translation>
    </message>
    <message>
        <source>&amp;Add Bank Account…</source>
        <translation>&amp;Pridať bankový účet…</translation>
    </message>
    <message>
        <source>Add one of the firm&apos;s own bank accounts by its IBAN</source>
        <translation>Pridať vlastný bankový účet firmy podľa jeho IBAN</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Nastavenia</translation>
    </message>
    <message>
        <source>Show the ledger&apos;s settings and the language</source>
        <translation>Zobraziť nastavenia knihy a jazyk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Súbor</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Otvoriť &amp;nedávne</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Upraviť</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobraziť</translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation>&amp;Banka</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomocník</translation>
    </message>
    <message>
        <source>&amp;About Saldo</source>
        <translation>&amp;O programe Saldo</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>No payment orders yet</source>
        <translation>Zatiaľ žiadne platobné príkazy</translation>
    </message>
    <message>
        <source>Payment orders for the invoices you received will be listed here, ready for the bank as SEPA (pain.001) or ABO files. Creating them comes with a later version of Saldo.</source>
        <translation>Tu budú uvedené platobné príkazy k prijatým faktúram, pripravené pre banku ako súbory SEPA (pain.001) alebo ABO. Ich vytváranie príde s neskoršou verziou programu Saldo.</translation>
    </message>
    <message>
        <source>The outbox is empty</source>
        <translation>Na odoslanie nič nečaká</translation>
    </message>
    <message>
        <source>Documents waiting to be sent to your accountant&apos;s inbox will be listed here, with any changes made since they were sent. Sending comes with a later version of Saldo.</source>
        <translation>Tu budú uvedené doklady, ktoré čakajú na odoslanie do schránky vašej účtovníčky, aj so zmenami urobenými po odoslaní. Odosielanie príde s neskoršou verziou programu Saldo.</translation>
    </message>
    <message>
        <source>Could not read the ledger: %1</source>
        <translation>Knihu sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <source>No ledger open · user: %1</source>
        <translation>Žiadna otvorená kniha · používateľ: %1</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Ledger: %1 · user: %2</source>
        <translation>Kniha: %1 · používateľ: %2</translation>
    </message>
    <message>
        <source>%1 – Saldo</source>
        <translation>%1 – Saldo</translation>
    </message>
    <message>
        <source>Firm: %1 · %2 · user: %3</source>
        <translation>Firma: %1 · %2 · používateľ: %3</translation>
    </message>
    <message>
        <source>New Ledger</source>
        <translation>Nová kniha</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File → Open Ledger.</source>
        <translation>%1 už existuje. Zvoľte iný názov alebo ju otvorte cez Súbor → Otvoriť knihu.</translation>
    </message>
    <message>
        <source>Open Ledger</source>
        <translation>Otvoriť knihu</translation>
    </message>
    <message>
        <source>&amp;%1 %2 (%3)</source>
        <translation>&amp;%1 %2 (%3)</translation>
    </message>
    <message>
        <source>No recent ledgers</source>
        <translation>Žiadne nedávne knihy</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vymazať zoznam</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Faktúry</translation>
    </message>
    <message>
        <source>&amp;All Invoices</source>
        <translation>&amp;Všetky faktúry</translation>
    </message>
    <message>
        <source>&amp;Open Invoices</source>
        <translation>&amp;Neuhradené faktúry</translation>
    </message>
    <message>
        <source>O&amp;verdue Invoices</source>
        <translation>Faktúry po &amp;splatnosti</translation>
    </message>
    <message>
        <source>&amp;Paid Invoices</source>
        <translation>&amp;Uhradené faktúry</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavenia</translation>
    </message>
    <message>
        <source>Some settings were changed but not applied. Apply them?</source>
        <translation>Niektoré nastavenia sa zmenili, ale neboli použité. Použiť ich?</translation>
    </message>
    <message>
        <source>About Saldo</source>
        <translation>O programe Saldo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Saldo %1&lt;/h3&gt;&lt;p&gt;Bank statements paired with invoices: imports your bank&apos;s statements and pairs every payment with the invoice it settles.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Saldo authors. Saldo is free software under the GNU General Public License, version 3 or (at your option) any later version; it comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Saldo %1&lt;/h3&gt;&lt;p&gt;Bankové výpisy spárované s faktúrami: importuje výpisy z vašej banky a každú platbu spáruje s faktúrou, ktorú uhrádza.&lt;/p&gt;&lt;p&gt;Copyright © 2026 autori programu Saldo. Saldo je slobodný softvér podľa licencie GNU General Public License, verzie 3 alebo (podľa vašej voľby) ktorejkoľvek neskoršej verzie; je bez akejkoľvek záruky.&lt;/p&gt;&lt;p&gt;Zostavené s Qt %2, beží na Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a ledger to import statements into.</source>
        <translation>Otvorte knihu, do ktorej chcete importovať výpisy.</translation>
    </message>
</context>
<context>
    <name>Saldo::OverviewView</name>
    <message>
        <source>Nothing in this ledger yet</source>
        <translation>V tejto knihe zatiaľ nič nie je</translation>
    </message>
    <message>
        <source>The overview sums up the open invoices you have issued and received, what is overdue, and your bank accounts. It fills as soon as the ledger holds invoices or bank accounts.</source>
        <translation>Prehľad sumarizuje neuhradené vydané a prijaté faktúry, čo je po splatnosti, a vaše bankové účty. Naplní sa, keď kniha obsahuje faktúry alebo bankové účty.</translation>
    </message>
    <message>
        <source>Receivables: issued invoices</source>
        <translation>Pohľadávky: vydané faktúry</translation>
    </message>
    <message>
        <source>Payables: received invoices</source>
        <translation>Záväzky: prijaté faktúry</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Bankové účty</translation>
    </message>
    <message>
        <source>No issued invoices in this ledger.</source>
        <translation>V tejto knihe nie sú žiadne vydané faktúry.</translation>
    </message>
    <message>
        <source>No received invoices in this ledger.</source>
        <translation>V tejto knihe nie sú žiadne prijaté faktúry.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>neuhradené</translation>
    </message>
    <message numerus="yes">
        <source>%n open invoice(s)</source>
        <translation>
            <numerusform>%n neuhradená faktúra</numerusform>
            <numerusform>%n neuhradené faktúry</numerusform>
            <numerusform>%n neuhradených faktúr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>spolu %n</numerusform>
            <numerusform>spolu %n</numerusform>
            <numerusform>spolu %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nič po splatnosti.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue: %1</source>
        <translation>
            <numerusform>%n po splatnosti: %1</numerusform>
            <numerusform>%n po splatnosti: %1</numerusform>
            <numerusform>%n po splatnosti: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No bank accounts yet.</source>
        <translation>Zatiaľ žiadne bankové účty.</translation>
    </message>
</context>
<context>
    <name>Saldo::RowStates</name>
    <message>
        <source>Paired</source>
        <translation>Spárované</translation>
    </message>
    <message>
        <source>Open part</source>
        <translation>Nepriradená časť</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Na spracovanie</translation>
    </message>
    <message>
        <source>Own transfer</source>
        <translation>Vlastný prevod</translation>
    </message>
    <message>
        <source>The whole amount is allocated</source>
        <translation>Celá suma je priradená</translation>
    </message>
    <message>
        <source>The counterparty is known; some of the amount is open</source>
        <translation>Partner je známy; časť sumy nie je priradená</translation>
    </message>
    <message>
        <source>Nothing recognised: the row needs you before confirming</source>
        <translation>Nič sa nerozpoznalo: riadok treba pred potvrdením spracovať</translation>
    </message>
    <message>
        <source>Invoice payment</source>
        <translation>Úhrada faktúry</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Bez dokladu</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Nepriradená platba</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Vklad</translation>
    </message>
    <message>
        <source>Bank fee</source>
        <translation>Bankový poplatok</translation>
    </message>
    <message>
        <source>A transfer between the firm&apos;s own accounts: ignored</source>
        <translation>Prevod medzi vlastnými účtami firmy: ignoruje sa</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Už importované</translation>
    </message>
    <message>
        <source>In an earlier import already: pays nothing again</source>
        <translation>Už bol v skoršom importe: znovu nič neuhrádza</translation>
    </message>
</context>
<context>
    <name>Saldo::RowSuggestion</name>
    <message>
        <source>There is no invoice %1 any more.</source>
        <translation>Faktúra %1 už neexistuje.</translation>
    </message>
    <message>
        <source>%1 is in %2, the row in %3.</source>
        <translation>%1 je v mene %2, riadok v mene %3.</translation>
    </message>
    <message>
        <source>Nothing is open on %1 any more.</source>
        <translation>Na %1 už nič nezostáva uhradiť.</translation>
    </message>
</context>
<context>
    <name>Saldo::SectionList</name>
    <message>
        <source>Sections</source>
        <translation>Sekcie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Saldo::Sections</name>
    <message>
        <source>Overview</source>
        <translation>Prehľad</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>Bankové výpisy</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Bankové účty</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktúry</translation>
    </message>
    <message>
        <source>Counterparties</source>
        <translation>Partneri</translation>
    </message>
    <message>
        <source>Payment orders</source>
        <translation>Platobné príkazy</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Na odoslanie</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Denník zmien</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavenia</translation>
    </message>
</context>
<context>
    <name>Saldo::SettingTexts</name>
    <message>
        <source>Pair incoming payments with issued invoices</source>
        <translation>Párovať prijaté platby s vydanými faktúrami</translation>
    </message>
    <message>
        <source>Money received is looked for among the invoices you issued.</source>
        <translation>Prijaté peniaze sa hľadajú medzi faktúrami, ktoré ste vystavili.</translation>
    </message>
    <message>
        <source>Pair outgoing payments with received invoices</source>
        <translation>Párovať odchádzajúce platby s prijatými faktúrami</translation>
    </message>
    <message>
        <source>Money paid out is looked for among the invoices you received.</source>
        <translation>Vyplatené peniaze sa hľadajú medzi faktúrami, ktoré ste prijali.</translation>
    </message>
    <message>
        <source>Also search invoices not yet posted</source>
        <translation>Hľadať aj nezaúčtované faktúry</translation>
    </message>
    <message>
        <source>Draft invoices are candidates for pairing too.</source>
        <translation>Na párovanie sa ponúkajú aj koncepty faktúr.</translation>
    </message>
    <message>
        <source>Pair right after import</source>
        <translation>Párovať hneď po importe</translation>
    </message>
    <message>
        <source>Reading a statement pairs its rows at once, without a separate step.</source>
        <translation>Načítanie výpisu hneď spáruje jeho riadky, bez samostatného kroku.</translation>
    </message>
    <message>
        <source>Payment date written to the invoice</source>
        <translation>Dátum úhrady zapísaný do faktúry</translation>
    </message>
    <message>
        <source>Which date a paired invoice records as the day it was paid.</source>
        <translation>Ktorý dátum si spárovaná faktúra zapíše ako deň úhrady.</translation>
    </message>
    <message>
        <source>Correct the VS on the row after pairing by hand</source>
        <translation>Opraviť VS na riadku po ručnom spárovaní</translation>
    </message>
    <message>
        <source>When you pick an invoice for a row, the row takes the invoice&apos;s variable symbol.</source>
        <translation>Keď k riadku vyberiete faktúru, riadok prevezme jej variabilný symbol.</translation>
    </message>
    <message>
        <source>Undo the payment when a written row changes</source>
        <translation>Zrušiť úhradu, keď sa zapísaný riadok zmení</translation>
    </message>
    <message>
        <source>Changing a row&apos;s VS, invoice or amount afterwards removes its payment from the invoice; you write it again.</source>
        <translation>Dodatočná zmena VS, faktúry alebo sumy riadku odstráni jeho úhradu z faktúry; zapíšete ju znova.</translation>
    </message>
    <message>
        <source>Count card payments as bank fees</source>
        <translation>Platby kartou považovať za bankové poplatky</translation>
    </message>
    <message>
        <source>Card (POS/ATM) rows become green bank fees instead of red rows that need a receipt.</source>
        <translation>Riadky platieb kartou (POS/ATM) sa stanú zelenými bankovými poplatkami namiesto červených riadkov, ktoré potrebujú doklad.</translation>
    </message>
    <message>
        <source>Preferred statement format</source>
        <translation>Uprednostnený formát výpisu</translation>
    </message>
    <message>
        <source>Format detection still runs; this only breaks ties.</source>
        <translation>Formát sa stále rozpoznáva; toto rozhodne len nejasné prípady.</translation>
    </message>
    <message>
        <source>Ignore POS payments</source>
        <translation>Ignorovať platby POS</translation>
    </message>
    <message>
        <source>Card payments at shops and cash machines are left out of imports.</source>
        <translation>Platby kartou v obchodoch a výbery z bankomatov sa neimportujú.</translation>
    </message>
    <message>
        <source>Send received invoices to the bank automatically</source>
        <translation>Posielať prijaté faktúry do banky automaticky</translation>
    </message>
    <message>
        <source>New received invoices go to the bank for payment without asking.</source>
        <translation>Nové prijaté faktúry idú do banky na úhradu bez opýtania.</translation>
    </message>
    <message>
        <source>Users who may mark invoices paid</source>
        <translation>Používatelia, ktorí môžu označiť faktúry ako uhradené</translation>
    </message>
    <message>
        <source>Comma-separated user names. When not empty, it overrides the rights level below.</source>
        <translation>Mená používateľov oddelené čiarkou. Ak zoznam nie je prázdny, má prednosť pred úrovňou práv nižšie.</translation>
    </message>
    <message>
        <source>Rights level needed to mark invoices paid</source>
        <translation>Úroveň práv potrebná na označenie faktúr ako uhradených</translation>
    </message>
    <message>
        <source>Users with at least this level in invoicing may mark an invoice paid by hand.</source>
        <translation>Používatelia s aspoň touto úrovňou vo fakturácii môžu ručne označiť faktúru ako uhradenú.</translation>
    </message>
    <message>
        <source>Work only with the listed accounts</source>
        <translation>Pracovať len s uvedenými účtami</translation>
    </message>
    <message>
        <source>Imports and payment orders are limited to the accounts on the allowed list.</source>
        <translation>Importy a platobné príkazy sú obmedzené na účty v zozname povolených.</translation>
    </message>
    <message>
        <source>Inbox for receipts</source>
        <translation>Schránka pre pokladničné doklady</translation>
    </message>
    <message>
        <source>The e-mail address of the accountant&apos;s inbox for receipts.</source>
        <translation>E-mailová adresa schránky účtovníčky pre pokladničné doklady.</translation>
    </message>
    <message>
        <source>Inbox for received invoices</source>
        <translation>Schránka pre prijaté faktúry</translation>
    </message>
    <message>
        <source>The e-mail address of the accountant&apos;s inbox for received invoices.</source>
        <translation>E-mailová adresa schránky účtovníčky pre prijaté faktúry.</translation>
    </message>
    <message>
        <source>Inbox for issued invoices</source>
        <translation>Schránka pre vydané faktúry</translation>
    </message>
    <message>
        <source>The e-mail address of the accountant&apos;s inbox for issued invoices.</source>
        <translation>E-mailová adresa schránky účtovníčky pre vydané faktúry.</translation>
    </message>
    <message>
        <source>Send each new document right away</source>
        <translation>Každý nový doklad odoslať hneď</translation>
    </message>
    <message>
        <source>Every document is sent to the accountant as soon as it is issued or recorded.</source>
        <translation>Každý doklad sa účtovníčke odošle hneď, ako je vystavený alebo zaevidovaný.</translation>
    </message>
    <message>
        <source>Setting %1 of the ledger.</source>
        <translation>Nastavenie knihy %1.</translation>
    </message>
    <message>
        <source>The statement row&apos;s date</source>
        <translation>Dátum riadku výpisu</translation>
    </message>
    <message>
        <source>The statement&apos;s date</source>
        <translation>Dátum výpisu</translation>
    </message>
    <message>
        <source>None: detect</source>
        <translation>Žiadny: rozpoznať</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Čítanie</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Zápis</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Správa</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Výpisy</translation>
    </message>
    <message>
        <source>Payment orders</source>
        <translation>Platobné príkazy</translation>
    </message>
    <message>
        <source>Paid flag</source>
        <translation>Príznak úhrady</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Bankové účty</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Účtovníčka</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ostatné</translation>
    </message>
</context>
<context>
    <name>Saldo::SettingsView</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Použiť</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Vrátiť</translation>
    </message>
    <message>
        <source>Store the changed settings</source>
        <translation>Uložiť zmenené nastavenia</translation>
    </message>
    <message>
        <source>Put back the settings as they are stored</source>
        <translation>Vrátiť nastavenia tak, ako sú uložené</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Podľa systému (%1)</translation>
    </message>
    <message>
        <source>The language of Saldo&apos;s windows on this computer.</source>
        <translation>Jazyk okien programu Saldo na tomto počítači.</translation>
    </message>
    <message>
        <source>Open a ledger to see and change its settings.</source>
        <translation>Otvorte knihu, aby ste videli a zmenili jej nastavenia.</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Kniha</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jazyk:</translation>
    </message>
    <message>
        <source>Takes effect when Saldo starts again.</source>
        <translation>Prejaví sa po novom spustení programu Saldo.</translation>
    </message>
    <message>
        <source>Changes are stored when you click Apply.</source>
        <translation>Zmeny sa uložia, keď kliknete na Použiť.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavenia</translation>
    </message>
    <message>
        <source>Stored. The new language shows when Saldo starts again.</source>
        <translation>Uložené. Nový jazyk sa zobrazí po novom spustení programu Saldo.</translation>
    </message>
    <message>
        <source>Stored.</source>
        <translation>Uložené.</translation>
    </message>
</context>
<context>
    <name>Saldo::StatementsSection</name>
    <message>
        <source>No bank statements imported yet</source>
        <translation>Zatiaľ neboli importované žiadne bankové výpisy</translation>
    </message>
    <message>
        <source>Import your bank&apos;s statement files (camt.053, MT940, ABO/GPC, CSV or OFX) and Saldo pairs each payment with the invoice it settles.</source>
        <translation>Importujte súbory výpisov z vašej banky (camt.053, MT940, ABO/GPC, CSV alebo OFX) a Saldo každú platbu spáruje s faktúrou, ktorú uhrádza.</translation>
    </message>
    <message>
        <source>Search file or account</source>
        <translation>Hľadať súbor alebo účet</translation>
    </message>
    <message>
        <source>Reading the imports…</source>
        <translation>Načítavajú sa importy…</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n import</numerusform>
            <numerusform>%n importy</numerusform>
            <numerusform>%n importov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n import(s)</source>
        <translation>
            <numerusform>%1 z %n importu</numerusform>
            <numerusform>%1 z %n importov</numerusform>
            <numerusform>%1 z %n importov</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Statement…</source>
        <translation>&amp;Importovať výpis…</translation>
    </message>
    <message>
        <source>New import</source>
        <translation>Nový import</translation>
    </message>
    <message>
        <source>Import a bank statement file and pair its payments (Ctrl+I)</source>
        <translation>Importovať súbor bankového výpisu a spárovať jeho platby (Ctrl+I)</translation>
    </message>
    <message>
        <source>Open Import</source>
        <translation>Otvoriť import</translation>
    </message>
</context>
<context>
    <name>SaldoCli</name>
    <message>
        <source>account add needs --iban and --name
usage: saldo-cli %1</source>
        <translation>account add potrebuje --iban a --name
použitie: saldo-cli %1</translation>
    </message>
    <message>
        <source>--iban: %1</source>
        <translation>--iban: %1</translation>
    </message>
    <message>
        <source>--name: the account&apos;s name must not be empty</source>
        <translation>--name: názov účtu nesmie byť prázdny</translation>
    </message>
    <message>
        <source>--currency: %1</source>
        <translation>--currency: %1</translation>
    </message>
    <message>
        <source>Added the account %1 (%2, %3)
</source>
        <translation>Pridaný účet %1 (%2, %3)
</translation>
    </message>
    <message>
        <source>  (not allowed)</source>
        <translation>  (nepovolený)</translation>
    </message>
    <message>
        <source>usage: saldo-cli [--ledger PATH] [--user NAME] COMMAND ...</source>
        <translation>použitie: saldo-cli [--ledger PATH] [--user NAME] COMMAND ...</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>príkazy:</translation>
    </message>
    <message>
        <source>saldo-cli: unknown or incomplete option %1</source>
        <translation>saldo-cli: neznáma alebo neúplná voľba %1</translation>
    </message>
    <message>
        <source>saldo-cli: unknown command %1</source>
        <translation>saldo-cli: neznámy príkaz %1</translation>
    </message>
    <message>
        <source>%1
usage: saldo-cli %2</source>
        <translation>%1
použitie: saldo-cli %2</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>voľba --%1 potrebuje hodnotu</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>neznáma voľba %1</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>chýba argument</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>neočakávaný argument %1</translation>
    </message>
    <message>
        <source>saldo-cli: warning: %1</source>
        <translation>saldo-cli: upozornenie: %1</translation>
    </message>
    <message>
        <source>--account IBAN is required
usage: saldo-cli statement import FILE --account IBAN [--ignore-pos] [--json]</source>
        <translation>--account IBAN je povinné
použitie: saldo-cli statement import FILE --account IBAN [--ignore-pos] [--json]</translation>
    </message>
    <message>
        <source>--account: %1</source>
        <translation>--account: %1</translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation>neznámy formát %1</translation>
    </message>
    <message>
        <source>%1
nothing was imported</source>
        <translation>%1
nič sa neimportovalo</translation>
    </message>
    <message>
        <source>%1 must be a positive number, not %2</source>
        <translation>%1 musí byť kladné číslo, nie %2</translation>
    </message>
    <message>
        <source>--document NUMBER is required</source>
        <translation>--document NUMBER je povinné</translation>
    </message>
    <message>
        <source>--amount: %1</source>
        <translation>--amount: %1</translation>
    </message>
    <message>
        <source>unknown type %1; one of invoice_payment, own_transfer, no_document, unallocated, deposit, bank_fee</source>
        <translation>neznámy typ %1; jeden z invoice_payment, own_transfer, no_document, unallocated, deposit, bank_fee</translation>
    </message>
    <message>
        <source>Deleted line %1 of import %2; it will not be imported
</source>
        <translation>Zmazaný riadok %1 importu %2; nebude sa importovať
</translation>
    </message>
    <message>
        <source>Confirmed import %1: %2 rows paid %3 invoices
</source>
        <translation>Potvrdený import %1: zapísané riadky: %2, uhradené faktúry: %3
</translation>
    </message>
    <message>
        <source>Canceled import %1; nothing of it was kept
</source>
        <translation>Zrušený import %1; nič z neho sa neuložilo
</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riadok</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Príjem</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Výdavok</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farba</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Doklady</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Pravidlo</translation>
    </message>
    <message>
        <source>DUPLICATE: %1</source>
        <translation>DUPLICITA: %1</translation>
    </message>
    <message>
        <source>Import %1 (%2): %3, %4
</source>
        <translation>Import %1 (%2): %3, %4
</translation>
    </message>
    <message>
        <source>green %1, black %2, red %3, grey %4 (duplicates %5)
</source>
        <translation>zelené %1, čierne %2, červené %3, sivé %4 (duplicity %5)
</translation>
    </message>
    <message>
        <source>no ledger at %1; create it with: saldo-cli --ledger %1 init</source>
        <translation>v %1 nie je žiadna kniha; vytvorte ju príkazom: saldo-cli --ledger %1 init</translation>
    </message>
    <message>
        <source>Imported %1 invoices from %2 (%3 new counterparties, %4 new IBANs)
</source>
        <translation>Importované faktúry: %1 zo súboru %2 (noví partneri: %3, nové IBAN: %4)
</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>VS</source>
        <translation>VS</translation>
    </message>
    <message>
        <source>Cur</source>
        <translation>Mena</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkom</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Zostáva</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Splatná</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Uhradená</translation>
    </message>
    <message>
        <source>Created the ledger %1 (schema version %2)
</source>
        <translation>Vytvorená kniha %1 (verzia schémy %2)
</translation>
    </message>
    <message>
        <source>Upgraded the ledger %1 to schema version %2; the previous version is kept in %3
</source>
        <translation>Kniha %1 aktualizovaná na verziu schémy %2; predchádzajúca verzia je uložená v %3
</translation>
    </message>
    <message>
        <source>The ledger %1 is up to date (schema version %2)
</source>
        <translation>Kniha %1 je aktuálna (verzia schémy %2)
</translation>
    </message>
    <message>
        <source>Statement %1  account %2  %3 lines  balance %4
</source>
        <translation>Výpis %1  účet %2  riadky: %3  zostatok %4
</translation>
    </message>
    <message>
        <source>Annulled line %1 of import %2; it pays nothing now
</source>
        <translation>Stornovaný riadok %1 importu %2; teraz nič neuhrádza
</translation>
    </message>
    <message>
        <source>Wrote the payment of line %1 of import %2 into its invoices
</source>
        <translation>Úhrada riadku %1 importu %2 zapísaná do jeho faktúr
</translation>
    </message>
    <message>
        <source>ANNULLED: %1</source>
        <translation>STORNOVANÉ: %1</translation>
    </message>
    <message>
        <source>WRITTEN: %1</source>
        <translation>ZAPÍSANÉ: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>There is no ledger at %1. Create a new, empty ledger there?</source>
        <translation>V %1 nie je žiadna kniha. Vytvoriť tam novú, prázdnu knihu?</translation>
    </message>
    <message>
        <source>Bank statements paired with invoices.</source>
        <translation>Bankové výpisy spárované s faktúrami.</translation>
    </message>
    <message>
        <source>The ledger file to open (default: %1).</source>
        <translation>Súbor knihy, ktorý sa otvorí (predvolene: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CESTA</translation>
    </message>
    <message>
        <source>Who works, for the audit log (default: %1).</source>
        <translation>Kto pracuje, pre denník zmien (predvolene: %1).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NÁZOV</translation>
    </message>
    <message>
        <source>The language of the user interface: en, sk, cs, bg or nb (default: the system&apos;s).</source>
        <translation>Jazyk používateľského rozhrania: en, sk, cs, bg alebo nb (predvolene podľa systému).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KÓD</translation>
    </message>
    <message>
        <source>The section to show first: %1 (default: the one shown last).</source>
        <translation>Sekcia, ktorá sa zobrazí ako prvá: %1 (predvolene naposledy zobrazená).</translation>
    </message>
    <message>
        <source>Unknown section %1; one of: %2.</source>
        <translation>Neznáma sekcia %1; jedna z: %2.</translation>
    </message>
    <message>
        <source>Once FILE is read, open the edit dialog of its row LINE (for demos and screenshots).</source>
        <translation>Po načítaní súboru FILE otvoriť dialóg úpravy jeho riadku RIADOK (pre ukážky a snímky obrazovky).</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>RIADOK</translation>
    </message>
    <message>
        <source>Open the stored statement import ID.</source>
        <translation>Otvoriť uložený import výpisu ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Bank statement files to import: the first is read at once into the account its statement names.</source>
        <translation>Súbory bankových výpisov na import: prvý sa hneď načíta do účtu, ktorý uvádza jeho výpis.</translation>
    </message>
</context>
</TS>
