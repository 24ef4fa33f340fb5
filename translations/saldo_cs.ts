<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>Saldo</name>
    <message>
        <source>the entry that starts on line %1 has no amount</source>
        <translation>položce, která začíná na řádku %1, chybí částka</translation>
    </message>
    <message>
        <source>the entry that starts on line %1 does not say credit or debit</source>
        <translation>položka, která začíná na řádku %1, neuvádí, zda jde o připsání (credit), nebo odepsání (debit)</translation>
    </message>
    <message>
        <source>not a camt file: it has no XML element</source>
        <translation>není to soubor camt: neobsahuje žádný prvek XML</translation>
    </message>
    <message>
        <source>not a camt.052/053/054 file: the root element is &lt;%1&gt;, expected &lt;Document&gt;</source>
        <translation>není to soubor camt.052/053/054: kořenový prvek je &lt;%1&gt;, očekával se &lt;Document&gt;</translation>
    </message>
    <message>
        <source>not a camt.052/053/054 file: its namespace is &apos;%1&apos;</source>
        <translation>není to soubor camt.052/053/054: jeho jmenný prostor je &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not a camt file: &lt;Document&gt; is empty</source>
        <translation>není to soubor camt: &lt;Document&gt; je prázdný</translation>
    </message>
    <message>
        <source>not a camt.052/053/054 message: &lt;Document&gt; holds &lt;%1&gt;</source>
        <translation>není to zpráva camt.052/053/054: &lt;Document&gt; obsahuje &lt;%1&gt;</translation>
    </message>
    <message>
        <source>zip archives are not supported; unzip first</source>
        <translation>archivy zip nejsou podporovány; nejprve je rozbalte</translation>
    </message>
    <message>
        <source>the file has no &lt;%1&gt; element: no statement to read</source>
        <translation>soubor neobsahuje prvek &lt;%1&gt;: není co načíst</translation>
    </message>
    <message numerus="yes">
        <source>%n entries are pending (status PDNG), not yet booked</source>
        <translation>
            <numerusform>%n položka čeká (stav PDNG), zatím nezaúčtovaná</numerusform>
            <numerusform>%n položky čekají (stav PDNG), zatím nezaúčtované</numerusform>
            <numerusform>%n položek čeká (stav PDNG), zatím nezaúčtované</numerusform>
        </translation>
    </message>
    <message>
        <source>the balance that starts on line %1 has no amount</source>
        <translation>zůstatku, který začíná na řádku %1, chybí částka</translation>
    </message>
    <message>
        <source>currency code expected, found &apos;%1&apos;</source>
        <translation>očekával se kód měny, nalezeno &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the amount has no currency (attribute Ccy)</source>
        <translation>částka nemá měnu (atribut Ccy)</translation>
    </message>
    <message>
        <source>amount expected (like 1234.50, at most %1 decimals), found &apos;%2&apos;</source>
        <translation>očekávala se částka (např. 1234.50, nejvýše %1 desetinná místa), nalezeno &apos;%2&apos;</translation>
    </message>
    <message>
        <source>date expected (YYYY-MM-DD), found &apos;%1&apos;</source>
        <translation>očekávalo se datum (YYYY-MM-DD), nalezeno &apos;%1&apos;</translation>
    </message>
    <message>
        <source>CRDT or DBIT expected, found &apos;%1&apos;</source>
        <translation>očekávalo se CRDT nebo DBIT, nalezeno &apos;%1&apos;</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>chybné XML: %1</translation>
    </message>
    <message>
        <source>an XML token longer than %1 MB</source>
        <translation>token XML delší než %1 MB</translation>
    </message>
    <message>
        <source>UTF-16 XML is not supported; save the file as UTF-8</source>
        <translation>XML v UTF-16 není podporováno; uložte soubor v UTF-8</translation>
    </message>
    <message>
        <source>the file ends inside &lt;%1&gt; (is it cut short?)</source>
        <translation>soubor končí uvnitř &lt;%1&gt; (není zkrácený?)</translation>
    </message>
    <message>
        <source>no XML element found</source>
        <translation>nenalezen žádný prvek XML</translation>
    </message>
    <message>
        <source>the file ends inside a tag</source>
        <translation>soubor končí uvnitř značky</translation>
    </message>
    <message>
        <source>document type declarations are not supported</source>
        <translation>deklarace typu dokumentu nejsou podporovány</translation>
    </message>
    <message>
        <source>the file ends inside a comment or instruction</source>
        <translation>soubor končí uvnitř komentáře nebo instrukce</translation>
    </message>
    <message>
        <source>the file ends inside a processing instruction</source>
        <translation>soubor končí uvnitř instrukce pro zpracování</translation>
    </message>
    <message>
        <source>the XML encoding &apos;%1&apos; is not supported</source>
        <translation>kódování XML &apos;%1&apos; není podporováno</translation>
    </message>
    <message>
        <source>text after the root element</source>
        <translation>text za kořenovým prvkem</translation>
    </message>
    <message>
        <source>not XML: text before the first element</source>
        <translation>není to XML: text před prvním prvkem</translation>
    </message>
    <message>
        <source>a CDATA section that does not end, or outside the root element</source>
        <translation>sekce CDATA, která nekončí, nebo je mimo kořenový prvek</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; inside the tag &lt;%1</source>
        <translation>&apos;&lt;&apos; uvnitř značky &lt;%1</translation>
    </message>
    <message>
        <source>malformed start tag &lt;%1&gt;</source>
        <translation>chybná počáteční značka &lt;%1&gt;</translation>
    </message>
    <message>
        <source>a second root element &lt;%1&gt;</source>
        <translation>druhý kořenový prvek &lt;%1&gt;</translation>
    </message>
    <message>
        <source>elements nested deeper than %1</source>
        <translation>prvky vnořené hlouběji než %1</translation>
    </message>
    <message>
        <source>the file ends inside an end tag</source>
        <translation>soubor končí uvnitř koncové značky</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; without a matching start tag</source>
        <translation>&lt;/%1&gt; bez odpovídající počáteční značky</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; where &lt;/%2&gt; was expected</source>
        <translation>&lt;/%1&gt; tam, kde se očekávalo &lt;/%2&gt;</translation>
    </message>
    <message>
        <source>unknown entity reference &apos;&amp;%1&apos; (only the XML ones and character references are read)</source>
        <translation>neznámý odkaz na entitu &apos;&amp;%1&apos; (načítají se jen entity XML a odkazy na znaky)</translation>
    </message>
    <message>
        <source> at byte %1</source>
        <translation> na bajtu %1</translation>
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
        <translation>sloupec %1</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (sloupec %2)</translation>
    </message>
    <message>
        <source>expected one ASCII character such as &quot;;&quot; or &quot;,&quot;</source>
        <translation>očekával se jeden znak ASCII, např. &quot;;&quot; nebo &quot;,&quot;</translation>
    </message>
    <message>
        <source>expected one ASCII character such as &apos;&quot;&apos;</source>
        <translation>očekával se jeden znak ASCII, např. &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>expected &quot;,&quot;, &quot;.&quot; or &quot;auto&quot;</source>
        <translation>očekávalo se &quot;,&quot;, &quot;.&quot; nebo &quot;auto&quot;</translation>
    </message>
    <message>
        <source>a booking_date column is required</source>
        <translation>sloupec booking_date je povinný</translation>
    </message>
    <message>
        <source>expected either an amount column or debit and credit columns</source>
        <translation>očekával se buď sloupec s částkou, nebo sloupce debet a kredit</translation>
    </message>
    <message>
        <source>a direction column needs credit_values and debit_values</source>
        <translation>sloupec direction potřebuje credit_values a debit_values</translation>
    </message>
    <message>
        <source>invalid pattern: %1</source>
        <translation>neplatný vzor: %1</translation>
    </message>
    <message>
        <source>a profile needs an id</source>
        <translation>profil potřebuje id</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>neznámé kódování &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a pattern such as DD.MM.YYYY</source>
        <translation>očekával se vzor, např. DD.MM.YYYY</translation>
    </message>
    <message>
        <source>%1: not a CSV profile (JSON object expected): %2</source>
        <translation>%1: není to profil CSV (očekával se objekt JSON): %2</translation>
    </message>
    <message>
        <source>no CSV profile fits this file&apos;s header; choose one by id (known: %1)</source>
        <translation>záhlaví tohoto souboru neodpovídá žádný profil CSV; vyberte ho podle id (známé: %1)</translation>
    </message>
    <message>
        <source>unknown CSV profile &quot;%1&quot; (known: %2)</source>
        <translation>neznámý profil CSV &quot;%1&quot; (známé: %2)</translation>
    </message>
    <message>
        <source>profile %1: no header with the columns %2 in the first %3 lines</source>
        <translation>profil %1: v prvních %3 řádcích není záhlaví se sloupci %2</translation>
    </message>
    <message>
        <source>profile %1: the header has no column &quot;%2&quot;</source>
        <translation>profil %1: záhlaví nemá sloupec &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a record longer than %1 bytes (a quoted field that is never closed?)</source>
        <translation>záznam delší než %1 bajtů (pole v uvozovkách, které se nikdy neuzavře?)</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>pole v uvozovkách se nikdy neuzavře</translation>
    </message>
    <message>
        <source>expected an amount such as %1, found &apos;%2&apos;</source>
        <translation>očekávala se částka, např. %1, nalezeno &apos;%2&apos;</translation>
    </message>
    <message>
        <source>expected a currency code such as EUR</source>
        <translation>očekával se kód měny, např. EUR</translation>
    </message>
    <message>
        <source>expected an amount in this column or in %1</source>
        <translation>očekávala se částka v tomto sloupci nebo v %1</translation>
    </message>
    <message>
        <source>expected %1 or %2, found &apos;%3&apos;</source>
        <translation>očekávalo se %1 nebo %2, nalezeno &apos;%3&apos;</translation>
    </message>
    <message>
        <source>expected a date %1 (years 1900-2100), found &apos;%2&apos;</source>
        <translation>očekávalo se datum %1 (roky 1900 – 2100), nalezeno &apos;%2&apos;</translation>
    </message>
    <message>
        <source>positions %1-%2</source>
        <translation>pozice %1 – %2</translation>
    </message>
    <message>
        <source>%1:%2: 074: the name field is %3 characters too long; the surplus spaces were ignored</source>
        <translation>%1:%2: 074: pole s názvem je o %3 znaků delší; nadbytečné mezery byly ignorovány</translation>
    </message>
    <message>
        <source>a %1 record must follow a 075 item</source>
        <translation>záznam %1 musí následovat za položkou 075</translation>
    </message>
    <message>
        <source>record is %1 characters long; at most %2 expected</source>
        <translation>záznam má %1 znaků; očekávalo se nejvýše %2</translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos;; expected 074, 075, 076, 078 or 079</source>
        <translation>neznámý typ záznamu &apos;%1&apos;; očekávalo se 074, 075, 076, 078 nebo 079</translation>
    </message>
    <message>
        <source>a statement header has %1 characters, this one has %2</source>
        <translation>záhlaví výpisu má %1 znaků, toto má %2</translation>
    </message>
    <message>
        <source>074 account</source>
        <translation>074 účet</translation>
    </message>
    <message>
        <source>074 old balance date</source>
        <translation>074 datum starého zůstatku</translation>
    </message>
    <message>
        <source>074 old balance</source>
        <translation>074 starý zůstatek</translation>
    </message>
    <message>
        <source>074 new balance</source>
        <translation>074 nový zůstatek</translation>
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
        <translation>074 datum výpisu</translation>
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
        <translation>075 SS</translation>
    </message>
    <message>
        <source>an item before any 074 statement header</source>
        <translation>položka před jakýmkoli záhlavím výpisu 074</translation>
    </message>
    <message>
        <source>an item has %1 characters, this one has %2</source>
        <translation>položka má %1 znaků, tato má %2</translation>
    </message>
    <message>
        <source>075 amount</source>
        <translation>075 částka</translation>
    </message>
    <message>
        <source>075 value date</source>
        <translation>075 datum valuty</translation>
    </message>
    <message>
        <source>075 due date</source>
        <translation>075 datum splatnosti</translation>
    </message>
    <message>
        <source>075 accounting code</source>
        <translation>075 kód účtování</translation>
    </message>
    <message>
        <source>expected 1, 2, 4 or 5 at position 61, found &apos;%1&apos;</source>
        <translation>na pozici 61 se očekávalo 1, 2, 4 nebo 5, nalezeno &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 has no minor units; the amount has hundredths</source>
        <translation>%1 nemá drobné jednotky; částka má setiny</translation>
    </message>
    <message>
        <source>%1: no statement in the file (no 074 record)</source>
        <translation>%1: v souboru není žádný výpis (žádný záznam 074)</translation>
    </message>
    <message>
        <source>line longer than %1 bytes; a GPC record has 128 characters</source>
        <translation>řádek delší než %1 bajtů; záznam GPC má 128 znaků</translation>
    </message>
    <message>
        <source>end of line</source>
        <translation>konec řádku</translation>
    </message>
    <message>
        <source>debit/credit mark (C or D) expected, found %1</source>
        <translation>očekávala se značka debet/kredit (C nebo D), nalezeno %1</translation>
    </message>
    <message>
        <source>date YYMMDD expected after &apos;%1&apos;, found %2</source>
        <translation>za &apos;%1&apos; se očekávalo datum YYMMDD, nalezeno %2</translation>
    </message>
    <message>
        <source>amount expected after the date and currency, found %1</source>
        <translation>za datem a měnou se očekávala částka, nalezeno %1</translation>
    </message>
    <message>
        <source>nothing expected after the amount, found %1</source>
        <translation>za částkou se nic neočekávalo, nalezeno %1</translation>
    </message>
    <message>
        <source>value date YYMMDD expected, found %1</source>
        <translation>očekávalo se datum valuty YYMMDD, nalezeno %1</translation>
    </message>
    <message>
        <source>entry date MMDD expected after the value date, found %1</source>
        <translation>za datem valuty se očekávalo datum zaúčtování MMDD, nalezeno %1</translation>
    </message>
    <message>
        <source>debit/credit mark (C, D, RC or RD) expected after the date, found %1</source>
        <translation>za datem se očekávala značka debet/kredit (C, D, RC nebo RD), nalezeno %1</translation>
    </message>
    <message>
        <source>amount expected after &apos;%1&apos;, found %2</source>
        <translation>za &apos;%1&apos; se očekávala částka, nalezeno %2</translation>
    </message>
    <message>
        <source>transaction type (a letter and three characters, e.g. NTRF) expected after the amount, found %1</source>
        <translation>za částkou se očekával typ transakce (písmeno a tři znaky, např. NTRF), nalezeno %1</translation>
    </message>
    <message>
        <source>more than %1 lines in one field; the tag that ends it is missing</source>
        <translation>více než %1 řádků v jednom poli; chybí značka, která ho ukončuje</translation>
    </message>
    <message>
        <source>line longer than %1 bytes: not an MT940 file, or a damaged one</source>
        <translation>řádek delší než %1 bajtů: není to soubor MT940, nebo je poškozený</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>soubor nelze načíst: %1</translation>
    </message>
    <message>
        <source>%1:%2: tag %3 is not one of MT940; its content was skipped</source>
        <translation>%1:%2: značka %3 nepatří do MT940; její obsah byl přeskočen</translation>
    </message>
    <message>
        <source>no MT940 statement found: expected lines starting with tags such as :20:, :25:, :60F:, :61:</source>
        <translation>nenalezen žádný výpis MT940: očekávaly se řádky začínající značkami jako :20:, :25:, :60F:, :61:</translation>
    </message>
    <message>
        <source>statement line after the closing balance; expected :20: to start the next statement</source>
        <translation>řádek výpisu za konečným zůstatkem; očekávala se značka :20:, která začíná další výpis</translation>
    </message>
    <message>
        <source>more than %1 lines in one statement; split the file</source>
        <translation>více než %1 řádků v jednom výpisu; rozdělte soubor</translation>
    </message>
    <message>
        <source>amount too large, or with more decimals than %1 has</source>
        <translation>částka je příliš velká nebo má více desetinných míst, než má %1</translation>
    </message>
    <message>
        <source>the currency</source>
        <translation>měna</translation>
    </message>
    <message>
        <source>statement inside a statement (the one of line %1 is not closed)</source>
        <translation>výpis uvnitř výpisu (výpis z řádku %1 není uzavřen)</translation>
    </message>
    <message>
        <source>transaction outside a statement (STMTRS or CCSTMTRS)</source>
        <translation>transakce mimo výpis (STMTRS nebo CCSTMTRS)</translation>
    </message>
    <message>
        <source>line %1: the bank reports error %2: %3</source>
        <translation>řádek %1: banka hlásí chybu %2: %3</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(bez zprávy)</translation>
    </message>
    <message>
        <source>date missing</source>
        <translation>chybí datum</translation>
    </message>
    <message>
        <source>date expected (YYYYMMDD...), found &apos;%1&apos;</source>
        <translation>očekávalo se datum (YYYYMMDD...), nalezeno &apos;%1&apos;</translation>
    </message>
    <message>
        <source>amount missing</source>
        <translation>chybí částka</translation>
    </message>
    <message>
        <source>currency missing</source>
        <translation>chybí měna</translation>
    </message>
    <message>
        <source>not an OFX file: no &lt;OFX&gt; element</source>
        <translation>není to soubor OFX: chybí prvek &lt;OFX&gt;</translation>
    </message>
    <message>
        <source>the file ends inside the statement that starts on line %1</source>
        <translation>soubor končí uvnitř výpisu, který začíná na řádku %1</translation>
    </message>
    <message>
        <source>no statement; %1</source>
        <translation>žádný výpis; %1</translation>
    </message>
    <message>
        <source>no bank or card statement (STMTRS or CCSTMTRS) in the file</source>
        <translation>v souboru není žádný bankovní ani kartový výpis (STMTRS nebo CCSTMTRS)</translation>
    </message>
    <message>
        <source>text longer than %1 bytes without a tag</source>
        <translation>text delší než %1 bajtů bez značky</translation>
    </message>
    <message>
        <source>%1 not closed (&apos;%2&apos; missing)</source>
        <translation>%1 není uzavřen (chybí &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>komentář</translation>
    </message>
    <message>
        <source>CDATA section not closed (&apos;]]&gt;&apos; missing)</source>
        <translation>sekce CDATA není uzavřena (chybí &apos;]]&gt;&apos;)</translation>
    </message>
    <message>
        <source>declaration</source>
        <translation>deklarace</translation>
    </message>
    <message>
        <source>processing instruction not closed (&apos;?&gt;&apos; missing)</source>
        <translation>instrukce pro zpracování není uzavřena (chybí &apos;?&gt;&apos;)</translation>
    </message>
    <message>
        <source>tag not closed (&apos;&gt;&apos; missing)</source>
        <translation>značka není uzavřena (chybí &apos;&gt;&apos;)</translation>
    </message>
    <message>
        <source>tag not closed (&apos;&gt;&apos; missing before the next &apos;&lt;&apos;)</source>
        <translation>značka není uzavřena (před dalším &apos;&lt;&apos; chybí &apos;&gt;&apos;)</translation>
    </message>
    <message>
        <source>tag without a name</source>
        <translation>značka bez názvu</translation>
    </message>
    <message>
        <source>amount expected (like -12.50), found &apos;%1&apos;</source>
        <translation>očekávala se částka (např. -12.50), nalezeno &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more decimal places than %2 has</source>
        <translation>&apos;%1&apos; má více desetinných míst, než má %2</translation>
    </message>
    <message>
        <source>amount &apos;%1&apos; is too large</source>
        <translation>částka &apos;%1&apos; je příliš velká</translation>
    </message>
    <message>
        <source>not a statement format Saldo reads (camt.052/053/054, MT940, ABO/GPC, bank CSV, OFX)</source>
        <translation>není to formát výpisu, který Saldo načte (camt.052/053/054, MT940, ABO/GPC, bankovní CSV, OFX)</translation>
    </message>
    <message>
        <source>the import was canceled; nothing was stored</source>
        <translation>import byl zrušen; nic se neuložilo</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: nelze otevřít: %2</translation>
    </message>
    <message>
        <source>%1: statement %2 is for the account %3, imported into %4</source>
        <translation>%1: výpis %2 je pro účet %3, importuje se do %4</translation>
    </message>
    <message>
        <source>%1: no statement in the file</source>
        <translation>%1: v souboru není žádný výpis</translation>
    </message>
    <message>
        <source>%1 is not one of the ledger&apos;s own accounts</source>
        <translation>%1 není vlastní účet knihy</translation>
    </message>
    <message>
        <source>an account needs an IBAN</source>
        <translation>účet potřebuje IBAN</translation>
    </message>
    <message>
        <source>account %1: the name must not be empty</source>
        <translation>účet %1: název nesmí být prázdný</translation>
    </message>
    <message>
        <source>account %1: no currency</source>
        <translation>účet %1: chybí měna</translation>
    </message>
    <message>
        <source>the account %1 already exists (%2)</source>
        <translation>účet %1 už existuje (%2)</translation>
    </message>
    <message>
        <source>adding the account %1</source>
        <translation>přidávání účtu %1</translation>
    </message>
    <message>
        <source>reading the accounts</source>
        <translation>načítání účtů</translation>
    </message>
    <message>
        <source>updating the account</source>
        <translation>aktualizace účtu</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>neexistuje účet s id %1</translation>
    </message>
    <message>
        <source>a counterparty needs a name</source>
        <translation>partner potřebuje název</translation>
    </message>
    <message>
        <source>the IBAN %1 already belongs to the counterparty &quot;%2&quot;</source>
        <translation>IBAN %1 už patří partnerovi &quot;%2&quot;</translation>
    </message>
    <message>
        <source>adding the counterparty &quot;%1&quot;</source>
        <translation>přidávání partnera &quot;%1&quot;</translation>
    </message>
    <message>
        <source>adding the IBAN %1</source>
        <translation>přidávání IBAN %1</translation>
    </message>
    <message>
        <source>reading the counterparties</source>
        <translation>načítání partnerů</translation>
    </message>
    <message>
        <source>reading the counterparties&apos; IBANs</source>
        <translation>načítání IBAN partnerů</translation>
    </message>
    <message>
        <source>field %1 is not valid UTF-8</source>
        <translation>pole %1 není platné UTF-8</translation>
    </message>
    <message>
        <source>more than %1 fields</source>
        <translation>více než %1 polí</translation>
    </message>
    <message>
        <source>record longer than %1 bytes</source>
        <translation>záznam delší než %1 bajtů</translation>
    </message>
    <message>
        <source>the quoted field opened on line %1 is not closed</source>
        <translation>pole v uvozovkách otevřené na řádku %1 není uzavřeno</translation>
    </message>
    <message>
        <source>field %1: text after the closing quote</source>
        <translation>pole %1: text za koncovou uvozovkou</translation>
    </message>
    <message>
        <source>statement %1 (sequence %2, import %3, %4)</source>
        <translation>výpis %1 (pořadí %2, import %3, %4)</translation>
    </message>
    <message>
        <source>without id</source>
        <translation>bez id</translation>
    </message>
    <message>
        <source>gap: %1 follows %2; statements in between are missing</source>
        <translation>mezera: %1 následuje za %2; výpisy mezi nimi chybí</translation>
    </message>
    <message>
        <source>overlap: %1 does not come after %2</source>
        <translation>překryv: %1 nenásleduje za %2</translation>
    </message>
    <message>
        <source>balance: the opening balance %1 of %2 is not the closing balance %3 of %4</source>
        <translation>zůstatek: počáteční zůstatek %1 výpisu %2 není konečný zůstatek %3 výpisu %4</translation>
    </message>
    <message>
        <source>reading the statements of the account</source>
        <translation>načítání výpisů účtu</translation>
    </message>
    <message>
        <source>import %1 is confirmed; it can no longer be changed as a whole</source>
        <translation>import %1 je potvrzen; jako celek už ho nelze změnit</translation>
    </message>
    <message>
        <source>import %1: line %2 was deleted</source>
        <translation>import %1: řádek %2 byl smazán</translation>
    </message>
    <message>
        <source>import %1: line %2 is already in the ledger (%3) and is not imported again</source>
        <translation>import %1: řádek %2 už je v knize (%3) a znovu se neimportuje</translation>
    </message>
    <message>
        <source>import %1 has no line %2</source>
        <translation>import %1 nemá řádek %2</translation>
    </message>
    <message>
        <source>updating line %1</source>
        <translation>aktualizace řádku %1</translation>
    </message>
    <message>
        <source>no invoice with the number %1</source>
        <translation>neexistuje faktura s číslem %1</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, line %3 in %4</source>
        <translation>faktura %1 je v měně %2, řádek %3 v měně %4</translation>
    </message>
    <message>
        <source>line %1: nothing left to allocate to %2 (line unallocated %3, invoice open %4)</source>
        <translation>řádek %1: k %2 už není co přiřadit (nepřiřazeno na řádku %3, na faktuře zbývá %4)</translation>
    </message>
    <message>
        <source>line %1: %2 is more than its unallocated %3</source>
        <translation>řádek %1: %2 je více než jeho nepřiřazená částka %3</translation>
    </message>
    <message>
        <source>line %1: %2 is more than what is open on %3 (%4)</source>
        <translation>řádek %1: %2 je více, než zbývá uhradit na %3 (%4)</translation>
    </message>
    <message>
        <source>no counterparty named %1</source>
        <translation>neexistuje partner s názvem %1</translation>
    </message>
    <message>
        <source>several counterparties are named like %1; give the exact name</source>
        <translation>název jako %1 má více partnerů; zadejte přesný název</translation>
    </message>
    <message numerus="yes">
        <source>import %1 cannot be confirmed: %n red row(s) need processing: line %2</source>
        <translation>
            <numerusform>import %1 nelze potvrdit: %n červený řádek je třeba zpracovat: řádek %2</numerusform>
            <numerusform>import %1 nelze potvrdit: %n červené řádky je třeba zpracovat: řádek %2</numerusform>
            <numerusform>import %1 nelze potvrdit: %n červených řádků je třeba zpracovat: řádek %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no invoice with id %1</source>
        <translation>neexistuje faktura s id %1</translation>
    </message>
    <message>
        <source>confirming import %1</source>
        <translation>potvrzování importu %1</translation>
    </message>
    <message>
        <source>reading the stored statement lines</source>
        <translation>načítání uložených řádků výpisu</translation>
    </message>
    <message>
        <source>storing the import of %1</source>
        <translation>ukládání importu %1</translation>
    </message>
    <message>
        <source>storing the statement %1</source>
        <translation>ukládání výpisu %1</translation>
    </message>
    <message>
        <source>storing line %1</source>
        <translation>ukládání řádku %1</translation>
    </message>
    <message>
        <source>storing the allocation of line %1 to %2</source>
        <translation>ukládání přiřazení řádku %1 k %2</translation>
    </message>
    <message>
        <source>reading import %1</source>
        <translation>načítání importu %1</translation>
    </message>
    <message>
        <source>no import with id %1</source>
        <translation>neexistuje import s id %1</translation>
    </message>
    <message>
        <source>reading the statements of import %1</source>
        <translation>načítání výpisů importu %1</translation>
    </message>
    <message>
        <source>reading the lines of import %1</source>
        <translation>načítání řádků importu %1</translation>
    </message>
    <message>
        <source>reading the allocations of import %1</source>
        <translation>načítání přiřazení importu %1</translation>
    </message>
    <message>
        <source>discarding import %1</source>
        <translation>zahazování importu %1</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>očekávalo se datum YYYY-MM-DD, nalezeno &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
    <message>
        <source>header</source>
        <translation>záhlaví</translation>
    </message>
    <message>
        <source>the file is empty; expected the header %1</source>
        <translation>soubor je prázdný; očekávalo se záhlaví %1</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; expected %2</source>
        <translation>neznámý sloupec &quot;%1&quot;; očekávalo se %2</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>sloupec &quot;%1&quot; je uveden dvakrát</translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot;</source>
        <translation>chybí sloupec &quot;%1&quot;</translation>
    </message>
    <message>
        <source>row</source>
        <translation>řádek</translation>
    </message>
    <message>
        <source>expected %1 fields like the header, found %2</source>
        <translation>očekávalo se %1 polí jako v záhlaví, nalezeno %2</translation>
    </message>
    <message>
        <source>expected &quot;issued&quot; or &quot;received&quot;, found &quot;%1&quot;</source>
        <translation>očekávalo se &quot;issued&quot; nebo &quot;received&quot;, nalezeno &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the invoice number must not be empty</source>
        <translation>číslo faktury nesmí být prázdné</translation>
    </message>
    <message>
        <source>the counterparty&apos;s name must not be empty</source>
        <translation>název partnera nesmí být prázdný</translation>
    </message>
    <message>
        <source>expected 1 or 0, found &quot;%1&quot;</source>
        <translation>očekávalo se 1 nebo 0, nalezeno &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the %1 invoice %2 is already in the ledger</source>
        <translation>%1 faktura %2 už je v knize</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(a další: %1)</translation>
    </message>
    <message>
        <source>reading the invoices</source>
        <translation>načítání faktur</translation>
    </message>
    <message>
        <source>the IBAN %1 already belongs to the counterparty &quot;%2&quot; in the ledger</source>
        <translation>IBAN %1 už v knize patří partnerovi &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 changed while it was imported; nothing was imported (%2)</source>
        <translation>%1 se během importu změnil; nic se neimportovalo (%2)</translation>
    </message>
    <message>
        <source>size or time differs</source>
        <translation>liší se velikost nebo čas</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 nelze načíst: %2</translation>
    </message>
    <message>
        <source>%1 rows instead of %2</source>
        <translation>%1 řádků místo %2</translation>
    </message>
    <message>
        <source>the %1 invoice %2 is also on line %3</source>
        <translation>%1 faktura %2 je i na řádku %3</translation>
    </message>
    <message>
        <source>the IBAN %1 is given for the counterparty &quot;%2&quot; on line %3</source>
        <translation>IBAN %1 je uveden pro partnera &quot;%2&quot; na řádku %3</translation>
    </message>
    <message>
        <source>(stopped after %1 faulty rows)</source>
        <translation>(zastaveno po %1 chybných řádcích)</translation>
    </message>
    <message>
        <source>an invoice needs a number</source>
        <translation>faktura potřebuje číslo</translation>
    </message>
    <message>
        <source>invoice %1: total and paid must be in the invoice&apos;s currency</source>
        <translation>faktura %1: celková a uhrazená částka musí být v měně faktury</translation>
    </message>
    <message>
        <source>the %1 invoice %2 already exists</source>
        <translation>%1 faktura %2 už existuje</translation>
    </message>
    <message>
        <source>adding the invoice %1</source>
        <translation>přidávání faktury %1</translation>
    </message>
    <message>
        <source>counting the invoices</source>
        <translation>počítání faktur</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the payment in %3</source>
        <translation>faktura %1 je v měně %2, platba v měně %3</translation>
    </message>
    <message>
        <source>updating the invoice %1</source>
        <translation>aktualizace faktury %1</translation>
    </message>
    <message>
        <source>cannot open the ledger: the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>knihu nelze otevřít: ovladač Qt SQLite (QSQLITE) není nainstalován</translation>
    </message>
    <message>
        <source>%1 is a folder, not a ledger file</source>
        <translation>%1 je složka, ne soubor knihy</translation>
    </message>
    <message>
        <source>no ledger at %1</source>
        <translation>v %1 není žádná kniha</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>složku %1 nelze vytvořit</translation>
    </message>
    <message>
        <source>cannot open the ledger %1: %2</source>
        <translation>knihu %1 nelze otevřít: %2</translation>
    </message>
    <message>
        <source>ledger %1: the file system does not allow SQLite&apos;s WAL journal (journal mode is %2)</source>
        <translation>kniha %1: souborový systém nepovoluje žurnál WAL databáze SQLite (režim žurnálu je %2)</translation>
    </message>
    <message>
        <source>%1 is not a Saldo ledger: %2</source>
        <translation>%1 není kniha Saldo: %2</translation>
    </message>
    <message>
        <source>the ledger %1 has schema version %2, which this version of Saldo does not know (it knows up to %3): use a newer Saldo</source>
        <translation>kniha %1 má verzi schématu %2, kterou tato verze programu Saldo nezná (zná nejvýše %3): použijte novější Saldo</translation>
    </message>
    <message>
        <source>%1 is not a Saldo ledger (an SQLite database with other tables)</source>
        <translation>%1 není kniha Saldo (databáze SQLite s jinými tabulkami)</translation>
    </message>
    <message>
        <source>cannot upgrade the ledger %1 to schema version %2 (%3): %4</source>
        <translation>knihu %1 nelze aktualizovat na verzi schématu %2 (%3): %4</translation>
    </message>
    <message>
        <source>ledger %1: cannot checkpoint, another connection is writing</source>
        <translation>kniha %1: kontrolní bod nelze provést, jiné připojení právě zapisuje</translation>
    </message>
    <message>
        <source>cannot back up the ledger %1 to %2: %3</source>
        <translation>knihu %1 nelze zálohovat do %2: %3</translation>
    </message>
    <message>
        <source>counting the open invoices</source>
        <translation>počítání neuhrazených faktur</translation>
    </message>
    <message>
        <source>reading the open invoices</source>
        <translation>načítání neuhrazených faktur</translation>
    </message>
    <message>
        <source>unknown setting %1</source>
        <translation>neznámé nastavení %1</translation>
    </message>
    <message>
        <source>reading the setting %1</source>
        <translation>načítání nastavení %1</translation>
    </message>
    <message>
        <source>reading the settings</source>
        <translation>načítání nastavení</translation>
    </message>
    <message>
        <source>setting %1: expected true or false, found &quot;%2&quot;</source>
        <translation>nastavení %1: očekávalo se true nebo false, nalezeno &quot;%2&quot;</translation>
    </message>
    <message>
        <source>setting %1: expected one of %2, found &quot;%3&quot;</source>
        <translation>nastavení %1: očekávala se jedna z hodnot %2, nalezeno &quot;%3&quot;</translation>
    </message>
    <message>
        <source>storing the setting %1</source>
        <translation>ukládání nastavení %1</translation>
    </message>
    <message>
        <source>ledger: %1: %2</source>
        <translation>kniha: %1: %2</translation>
    </message>
    <message>
        <source>cannot prepare &quot;%1&quot;</source>
        <translation>&quot;%1&quot; nelze připravit</translation>
    </message>
    <message>
        <source>a user needs a name</source>
        <translation>uživatel potřebuje jméno</translation>
    </message>
    <message>
        <source>the user %1 already exists</source>
        <translation>uživatel %1 už existuje</translation>
    </message>
    <message>
        <source>adding the user %1</source>
        <translation>přidávání uživatele %1</translation>
    </message>
    <message>
        <source>module &quot;%1&quot;: expected lowercase letters, digits, &apos;_&apos; or &apos;.&apos;</source>
        <translation>modul &quot;%1&quot;: očekávají se malá písmena, číslice, &apos;_&apos; nebo &apos;.&apos;</translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation>neexistuje uživatel %1</translation>
    </message>
    <message>
        <source>setting the rights of %1</source>
        <translation>nastavování práv uživatele %1</translation>
    </message>
    <message>
        <source>reading the rights of %1</source>
        <translation>načítání práv uživatele %1</translation>
    </message>
    <message>
        <source>reading the users</source>
        <translation>načítání uživatelů</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot;: expected a three-letter ISO 4217 code such as EUR or CZK</source>
        <translation>měna &quot;%1&quot;: očekával se třípísmenný kód ISO 4217, např. EUR nebo CZK</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot;: expected a numeric ISO 4217 code of up to three digits such as 978 or 203</source>
        <translation>měna &quot;%1&quot;: očekával se číselný kód ISO 4217 s nejvýše třemi číslicemi, např. 978 nebo 203</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot;: unknown numeric ISO 4217 code</source>
        <translation>měna &quot;%1&quot;: neznámý číselný kód ISO 4217</translation>
    </message>
    <message>
        <source>IBAN &quot;%1&quot;: %2</source>
        <translation>IBAN &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>příliš krátký</translation>
    </message>
    <message>
        <source>expected a two-letter country code at the start</source>
        <translation>na začátku se očekával dvoupísmenný kód země</translation>
    </message>
    <message>
        <source>expected two check digits after the country code</source>
        <translation>za kódem země se očekávaly dvě kontrolní číslice</translation>
    </message>
    <message>
        <source>unknown IBAN country &quot;%1&quot;</source>
        <translation>neznámá země IBAN &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 IBANs have %2 characters, this one has %3</source>
        <translation>IBAN země %1 mají %2 znaků, tento má %3</translation>
    </message>
    <message>
        <source>the check digits do not match (mistyped?)</source>
        <translation>kontrolní číslice nesouhlasí (překlep?)</translation>
    </message>
    <message>
        <source>account &quot;%1&quot;: country &quot;%2&quot; has no Czech/Slovak account numbers; expected CZ or SK</source>
        <translation>účet &quot;%1&quot;: země &quot;%2&quot; nemá česká ani slovenská čísla účtů; očekávalo se CZ nebo SK</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; at position %2; expected letters and digits</source>
        <translation>neočekávané &quot;%1&quot; na pozici %2; očekávala se písmena a číslice</translation>
    </message>
    <message>
        <source>too long (at most %1 letters and digits)</source>
        <translation>příliš dlouhý (nejvýše %1 písmen a číslic)</translation>
    </message>
    <message>
        <source>account &quot;%1&quot;: %2</source>
        <translation>účet &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>expected &quot;[prefix-]number/bank code&quot;, e.g. 19-2000145399/0800</source>
        <translation>očekávalo se &quot;[předčíslí-]číslo/kód banky&quot;, např. 19-2000145399/0800</translation>
    </message>
    <message>
        <source>the bank code must have four digits</source>
        <translation>kód banky musí mít čtyři číslice</translation>
    </message>
    <message>
        <source>the prefix must have one to six digits</source>
        <translation>předčíslí musí mít jednu až šest číslic</translation>
    </message>
    <message>
        <source>the account number must have two to ten digits</source>
        <translation>číslo účtu musí mít dvě až deset číslic</translation>
    </message>
    <message>
        <source>the prefix fails the mod-11 check (mistyped?)</source>
        <translation>předčíslí nevyhovuje kontrole mod 11 (překlep?)</translation>
    </message>
    <message>
        <source>the account number fails the mod-11 check (mistyped?)</source>
        <translation>číslo účtu nevyhovuje kontrole mod 11 (překlep?)</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot;: %2</source>
        <translation>částka &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears both as a thousands separator and as the decimal point</source>
        <translation>&quot;%1&quot; je zároveň oddělovač tisíců i desetinná čárka</translation>
    </message>
    <message>
        <source>ambiguous: &quot;%1&quot; followed by three digits is a thousands separator, or a decimal point with too many decimals (%2 has %3); write the amount without thousands separators or with %3 decimals</source>
        <translation>nejednoznačné: &quot;%1&quot; následované třemi číslicemi je oddělovač tisíců, nebo desetinná čárka s příliš mnoha desetinnými místy (%2 má %3); napište částku bez oddělovačů tisíců nebo s %3 desetinnými místy</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>příliš velká</translation>
    </message>
    <message>
        <source>misplaced thousands separator (groups of three digits expected)</source>
        <translation>oddělovač tisíců na nesprávném místě (očekávají se skupiny po třech číslicích)</translation>
    </message>
    <message>
        <source>mixed thousands separators</source>
        <translation>smíšené oddělovače tisíců</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after the decimal point</source>
        <translation>neočekávané &quot;%1&quot; za desetinnou čárkou</translation>
    </message>
    <message>
        <source>too many decimals: %1 has %2, the amount has %3</source>
        <translation>příliš mnoho desetinných míst: %1 má %2, částka má %3</translation>
    </message>
    <message>
        <source>no currency given</source>
        <translation>není zadána měna</translation>
    </message>
    <message>
        <source>amount is empty</source>
        <translation>částka je prázdná</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;; expected digits, a decimal point and thousands separators</source>
        <translation>neočekávané &quot;%1&quot;; očekávají se číslice, desetinná čárka a oddělovače tisíců</translation>
    </message>
    <message>
        <source>no digits</source>
        <translation>žádné číslice</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 je prázdný</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: only digits are allowed</source>
        <translation>%1 &quot;%2&quot;: povoleny jsou jen číslice</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: at most %3 digits are allowed</source>
        <translation>%1 &quot;%2&quot;: povoleno je nejvýše %3 číslic</translation>
    </message>
    <message>
        <source>variable symbol</source>
        <translation>variabilní symbol</translation>
    </message>
    <message>
        <source>constant symbol</source>
        <translation>konstantní symbol</translation>
    </message>
    <message>
        <source>specific symbol</source>
        <translation>specifický symbol</translation>
    </message>
    <message>
        <source>creditor reference &quot;%1&quot;: %2</source>
        <translation>reference věřitele &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>expected &quot;RF&quot; at the start</source>
        <translation>na začátku se očekávalo &quot;RF&quot;</translation>
    </message>
    <message>
        <source>too short; expected RF, two check digits and a reference</source>
        <translation>příliš krátká; očekávalo se RF, dvě kontrolní číslice a reference</translation>
    </message>
    <message>
        <source>expected two check digits after &quot;RF&quot;</source>
        <translation>za &quot;RF&quot; se očekávaly dvě kontrolní číslice</translation>
    </message>
    <message>
        <source>KID &quot;%1&quot;: %2</source>
        <translation>KID &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>expected 2 to 25 digits</source>
        <translation>očekávalo se 2 až 25 číslic</translation>
    </message>
    <message>
        <source>only digits are allowed (and &apos;-&apos; as a MOD11 check digit)</source>
        <translation>povoleny jsou jen číslice (a &apos;-&apos; jako kontrolní číslice MOD11)</translation>
    </message>
    <message>
        <source>the check digit matches neither MOD10 nor MOD11 (mistyped?)</source>
        <translation>kontrolní číslice nevyhovuje ani MOD10, ani MOD11 (překlep?)</translation>
    </message>
    <message>
        <source>KID base &quot;%1&quot;: expected 1 to 24 digits</source>
        <translation>základ KID &quot;%1&quot;: očekávalo se 1 až 24 číslic</translation>
    </message>
    <message>
        <source>in the VS field</source>
        <translation>v poli VS</translation>
    </message>
    <message>
        <source>in the end-to-end reference</source>
        <translation>v referenci end-to-end</translation>
    </message>
    <message>
        <source>in the description</source>
        <translation>v popisu</translation>
    </message>
    <message>
        <source>in the RF reference</source>
        <translation>v referenci RF</translation>
    </message>
    <message>
        <source>in the KID</source>
        <translation>v KID</translation>
    </message>
    <message>
        <source>counter IBAN %1 is the firm&apos;s own account &quot;%2&quot;</source>
        <translation>protiúčet IBAN %1 je vlastní účet firmy &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no counter IBAN</source>
        <translation>bez IBAN protiúčtu</translation>
    </message>
    <message>
        <source>counter IBAN %1 is the account being imported</source>
        <translation>protiúčet IBAN %1 je účet, do kterého se importuje</translation>
    </message>
    <message>
        <source>the bank marks the line as a cash deposit</source>
        <translation>banka označuje řádek jako vklad hotovosti</translation>
    </message>
    <message>
        <source>card or cash machine line (%1): a purchase that needs a receipt</source>
        <translation>řádek platby kartou nebo výběru z bankomatu (%1): nákup, který potřebuje doklad</translation>
    </message>
    <message>
        <source>card lines count as bank fees (setting)</source>
        <translation>řádky plateb kartou se považují za bankovní poplatky (nastavení)</translation>
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
        <translation>protiúčet IBAN %1 je evidován u více partnerů</translation>
    </message>
    <message>
        <source>counter IBAN %1 is not on file</source>
        <translation>protiúčet IBAN %1 není evidován</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; in the statement is %2</source>
        <translation>název &quot;%1&quot; ve výpisu je %2</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; fits several counterparties</source>
        <translation>název &quot;%1&quot; odpovídá více partnerům</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; is not a known counterparty</source>
        <translation>název &quot;%1&quot; není známý partner</translation>
    </message>
    <message>
        <source>the description names %1</source>
        <translation>popis uvádí %1</translation>
    </message>
    <message>
        <source>VS %1 %3 matches %2</source>
        <translation>VS %1 %3 odpovídá %2</translation>
    </message>
    <message>
        <source>invoice number %1 %3 matches %2</source>
        <translation>číslo faktury %1 %3 odpovídá %2</translation>
    </message>
    <message>
        <source>amount %1 equal to the open amount</source>
        <translation>částka %1 se rovná zbývající částce</translation>
    </message>
    <message>
        <source>amount %1 equal to the open amounts of %2 documents together</source>
        <translation>částka %1 se rovná součtu zbývajících částek %2 dokladů</translation>
    </message>
    <message>
        <source>amount %1 below the open %2: %3 stays open</source>
        <translation>částka %1 je nižší než zbývajících %2: %3 zůstává neuhrazeno</translation>
    </message>
    <message>
        <source>amount %1 above the open %2: %3 unallocated</source>
        <translation>částka %1 je vyšší než zbývajících %2: %3 nepřiřazeno</translation>
    </message>
    <message>
        <source>no open document of %1 is referenced</source>
        <translation>neodkazuje se na žádný neuhrazený doklad partnera %1</translation>
    </message>
    <message>
        <source>reference %1 fits %2 open documents: none chosen</source>
        <translation>referenci %1 odpovídá %2 neuhrazených dokladů: žádný nebyl vybrán</translation>
    </message>
    <message>
        <source>reference %1 matches %2 of another counterparty, %3</source>
        <translation>reference %1 odpovídá %2 jiného partnera, %3</translation>
    </message>
    <message>
        <source>reference %1 matches %2, which is in %3</source>
        <translation>reference %1 odpovídá %2, která je v měně %3</translation>
    </message>
    <message>
        <source>reference %1 matches %2, which is not posted</source>
        <translation>reference %1 odpovídá %2, která není provedená</translation>
    </message>
    <message>
        <source>reference %1 matches %2, a kind of invoice not searched (settings)</source>
        <translation>reference %1 odpovídá %2, druhu faktury, který se neprohledává (nastavení)</translation>
    </message>
    <message>
        <source>reference %1 matches %2, but the payment goes the other way</source>
        <translation>reference %1 odpovídá %2, ale platba jde opačným směrem</translation>
    </message>
    <message>
        <source>%1 is already settled by line %2 of this import</source>
        <translation>%1 už uhrazuje řádek %2 tohoto importu</translation>
    </message>
    <message>
        <source>line %2 of this import already pays part of %1: %3 was left</source>
        <translation>řádek %2 tohoto importu už uhrazuje část %1: zbylo %3</translation>
    </message>
    <message>
        <source>neither counterparty nor document recognised</source>
        <translation>nerozpoznán partner ani doklad</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>list of evidence</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>VS %1 differs in one digit from %2 of %3 (open %4)</source>
        <translation>VS %1 se liší v jedné číslici od %2 partnera %3 (zbývá %4)</translation>
    </message>
    <message>
        <source>VS %1 has two digits swapped against %2 of %3 (open %4)</source>
        <translation>VS %1 má oproti %2 partnera %3 prohozené dvě číslice (zbývá %4)</translation>
    </message>
    <message>
        <source>no reference, but the amount equals the open %1 of %2</source>
        <translation>bez reference, ale částka se rovná zbývajícím %1 na %2</translation>
    </message>
    <message>
        <source>the amount is close to the open %1 of %2</source>
        <translation>částka je blízko zbývajícím %1 na %2</translation>
    </message>
    <message>
        <source>no reference, but %1 together equal the amount</source>
        <translation>bez reference, ale %1 dohromady dávají částku</translation>
    </message>
    <message>
        <source>reference %1 fits %2 of %3 (open %4)</source>
        <translation>reference %1 odpovídá %2 partnera %3 (zbývá %4)</translation>
    </message>
    <message>
        <source>reference %1 fits %2, which is not posted</source>
        <translation>reference %1 odpovídá %2, která není provedená</translation>
    </message>
    <message>
        <source>expected the header&apos;s column names, a header_line, or the number of fields of a file without a header</source>
        <translation>očekávaly se názvy sloupců záhlaví, header_line nebo počet polí souboru bez záhlaví</translation>
    </message>
    <message>
        <source>profile %1: the first rows do not have %2 fields with a date in the booking date column</source>
        <translation>profil %1: první řádky nemají %2 polí s datem ve sloupci data zaúčtování</translation>
    </message>
    <message>
        <source>: longer &quot;extended&quot; items (8-digit dates, long texts) are not the ABO/GPC format of the banks and are not supported</source>
        <translation>: delší „rozšířené“ položky (8místná data, dlouhé texty) nejsou formát ABO/GPC bank a nejsou podporovány</translation>
    </message>
    <message>
        <source>removing the IBAN %1</source>
        <translation>odebírání IBAN %1</translation>
    </message>
    <message>
        <source>line %1 is written into the invoices %2; with &quot;Undo the payment when a written row changes&quot; off in the settings its payment cannot change (annul the line instead)</source>
        <translation>řádek %1 je zapsán do faktur %2; když je v nastavení vypnuté „Zrušit úhradu, když se zapsaný řádek změní“, jeho úhrada se nemůže změnit (místo toho řádek stornujte)</translation>
    </message>
    <message>
        <source>line %1: the amount for %2 must be more than zero</source>
        <translation>řádek %1: částka pro %2 musí být větší než nula</translation>
    </message>
    <message>
        <source>line %1: the allocations (%2) are more than the line&apos;s amount (%3)</source>
        <translation>řádek %1: přiřazení (%2) jsou vyšší než částka řádku (%3)</translation>
    </message>
    <message>
        <source>reading line %1</source>
        <translation>načítání řádku %1</translation>
    </message>
    <message>
        <source>import %1 is a draft: delete the line instead of annulling it</source>
        <translation>import %1 je koncept: řádek místo stornování smažte</translation>
    </message>
    <message>
        <source>line %1 of import %2 is annulled already</source>
        <translation>řádek %1 importu %2 už je stornován</translation>
    </message>
    <message>
        <source>import %1 is a draft: confirm it to write its rows</source>
        <translation>import %1 je koncept: potvrďte ho, aby se jeho řádky zapsaly</translation>
    </message>
    <message>
        <source>line %1 of import %2 is written already</source>
        <translation>řádek %1 importu %2 už je zapsán</translation>
    </message>
    <message>
        <source>line %1 is red: give it a counterparty or a document first</source>
        <translation>řádek %1 je červený: nejprve mu přiřaďte partnera nebo doklad</translation>
    </message>
    <message>
        <source>line %1 pays no invoice: there is nothing to write</source>
        <translation>řádek %1 neuhrazuje žádnou fakturu: není co zapsat</translation>
    </message>
    <message>
        <source>checking the stored lines</source>
        <translation>kontrola uložených řádků</translation>
    </message>
    <message>
        <source>the ledger changed during the import (an account, counterparty or invoice the lines refer to was deleted); nothing was stored</source>
        <translation>kniha se během importu změnila (účet, partner nebo faktura, na které řádky odkazují, byly smazány); nic se neuložilo</translation>
    </message>
    <message>
        <source>ledger: cannot prepare &quot;%1&quot;: not an SQLite ledger</source>
        <translation>kniha: nelze připravit „%1“: není to kniha SQLite</translation>
    </message>
    <message>
        <source>expected %1 digits at %2, found &apos;%3&apos;</source>
        <translation>na pozici %2 se očekávalo %1 číslic, nalezeno &apos;%3&apos;</translation>
    </message>
    <message>
        <source>expected a date DDMMYY at %1, found &apos;%2&apos;</source>
        <translation>na pozici %1 se očekávalo datum DDMMYY, nalezeno &apos;%2&apos;</translation>
    </message>
    <message>
        <source>expected the sign &apos;+&apos; or &apos;-&apos; at position %1, found &apos;%2&apos;</source>
        <translation>na pozici %1 se očekávalo znaménko &apos;+&apos; nebo &apos;-&apos;, nalezeno &apos;%2&apos;</translation>
    </message>
    <message>
        <source>creditor reference base &quot;%1&quot;: %2</source>
        <translation>základ reference věřitele &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>empty; expected 1 to 21 letters and digits</source>
        <translation>prázdný; očekávalo se 1 až 21 písmen a číslic</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nelze přečíst: %2</translation>
    </message>
    <message>
        <source>%1: more than %2 lines: too many for one import</source>
        <translation>%1: více než %2 řádků: příliš mnoho na jeden import</translation>
    </message>
    <message>
        <source>numbering the import</source>
        <translation>číslování importu</translation>
    </message>
    <message>
        <source>ledger: the import numbering is missing (statement_import_ids)</source>
        <translation>účetní kniha: chybí číslování importů (statement_import_ids)</translation>
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
        <translation>Měna</translation>
    </message>
</context>
<context>
    <name>Saldo::AddAccountDialog</name>
    <message>
        <source>Add Bank Account</source>
        <translation>Přidat bankovní účet</translation>
    </message>
    <message>
        <source>SK31 1200 0000 1987 4263 7541</source>
        <translation>CZ65 0800 0000 1920 0014 5399</translation>
    </message>
    <message>
        <source>e.g. Current account EUR</source>
        <translation>např. Běžný účet CZK</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Přidat</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Měna:</translation>
    </message>
    <message>
        <source>The account&apos;s IBAN, as on the bank statement.</source>
        <translation>IBAN účtu, jak je uveden na bankovním výpisu.</translation>
    </message>
    <message>
        <source>Valid IBAN.</source>
        <translation>Platný IBAN.</translation>
    </message>
    <message>
        <source>Valid IBAN at %1.</source>
        <translation>Platný IBAN u banky %1.</translation>
    </message>
</context>
<context>
    <name>Saldo::AuditLogModel</name>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Invoice import</source>
        <translation>Import faktur</translation>
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
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankovní účet</translation>
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
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Změněno</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Smazáno</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importováno</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potvrzeno</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akce</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Změny</translation>
    </message>
    <message>
        <source>Counterparty&apos;s IBAN</source>
        <translation>IBAN partnera</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Přiřazeno</translation>
    </message>
    <message>
        <source>Counterparty set</source>
        <translation>Nastaven partner</translation>
    </message>
    <message>
        <source>Type set</source>
        <translation>Nastaven typ</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Upraveno</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Vráceno zpět</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Zopakováno</translation>
    </message>
    <message>
        <source>Annulled</source>
        <translation>Stornováno</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Zapsáno</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Platba</translation>
    </message>
    <message>
        <source>Statement line %1 of import %2</source>
        <translation>Řádek výpisu %1 z importu %2</translation>
    </message>
    <message>
        <source>Statement line %1</source>
        <translation>Řádek výpisu %1</translation>
    </message>
    <message>
        <source>Statement line #%1</source>
        <translation>Řádek výpisu #%1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Counterparty %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>uhrazeno</translation>
    </message>
    <message>
        <source>paid on</source>
        <translation>uhrazeno dne</translation>
    </message>
    <message>
        <source>total</source>
        <translation>částka</translation>
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
        <translation>měna</translation>
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
        <translation>název</translation>
    </message>
    <message>
        <source>company ID</source>
        <translation>IČO</translation>
    </message>
    <message>
        <source>IBANs</source>
        <translation>IBANy</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>line</source>
        <translation>řádek</translation>
    </message>
    <message>
        <source>type</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>barva</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>doklady</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>smazaný</translation>
    </message>
    <message>
        <source>annulled</source>
        <translation>stornovaný</translation>
    </message>
    <message>
        <source>written</source>
        <translation>zapsaný</translation>
    </message>
    <message>
        <source>state</source>
        <translation>stav</translation>
    </message>
    <message>
        <source>rows written</source>
        <translation>zapsané řádky</translation>
    </message>
    <message>
        <source>invoices paid</source>
        <translation>uhrazené faktury</translation>
    </message>
</context>
<context>
    <name>Saldo::AuditLogView</name>
    <message>
        <source>No changes recorded yet</source>
        <translation>Zatím žádné zaznamenané změny</translation>
    </message>
    <message>
        <source>Every change to money in this ledger will be listed here: invoices entered or imported, payments allocated, imports confirmed, settings changed, each with who did it and when.</source>
        <translation>Zde bude uvedena každá změna peněz v této knize: zadané nebo importované faktury, přiřazené úhrady, potvrzené importy, změněná nastavení, vždy s tím, kdo ji provedl a kdy.</translation>
    </message>
    <message>
        <source>Search user, record or change</source>
        <translation>Hledat uživatele, záznam nebo změnu</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Načítá se deník změn…</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n change(s)</source>
        <translation>
            <numerusform>Poslední %n změna</numerusform>
            <numerusform>Poslední %n změny</numerusform>
            <numerusform>Posledních %n změn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the latest %n change(s)</source>
        <translation>
            <numerusform>%1 z poslední %n změny</numerusform>
            <numerusform>%1 z posledních %n změn</numerusform>
            <numerusform>%1 z posledních %n změn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Saldo::BankAccountsView</name>
    <message>
        <source>No bank accounts yet</source>
        <translation>Zatím žádné bankovní účty</translation>
    </message>
    <message>
        <source>The firm&apos;s own bank accounts will be listed here. Statements are imported into them, and a transfer between two of them is recognised as your own.</source>
        <translation>Zde budou uvedeny vlastní bankovní účty firmy. Do nich se importují výpisy a převod mezi dvěma z nich se rozpozná jako vlastní.</translation>
    </message>
    <message>
        <source>Reading the bank accounts…</source>
        <translation>Načítají se bankovní účty…</translation>
    </message>
    <message numerus="yes">
        <source>%n bank account(s)</source>
        <translation>
            <numerusform>%n bankovní účet</numerusform>
            <numerusform>%n bankovní účty</numerusform>
            <numerusform>%n bankovních účtů</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Saldo::CounterpartiesView</name>
    <message>
        <source>No counterparties yet</source>
        <translation>Zatím žádní partneři</translation>
    </message>
    <message>
        <source>Your customers and suppliers will be listed here with their bank accounts. They come with the invoices, and Saldo learns new accounts from the statements you pair by hand.</source>
        <translation>Zde budou uvedeni vaši odběratelé a dodavatelé s jejich bankovními účty. Přicházejí s fakturami a nové účty se Saldo naučí z výpisů, které spárujete ručně.</translation>
    </message>
    <message>
        <source>Search name, company ID or IBAN</source>
        <translation>Hledat název, IČO nebo IBAN</translation>
    </message>
    <message>
        <source>Reading the counterparties…</source>
        <translation>Načítají se partneři…</translation>
    </message>
    <message numerus="yes">
        <source>%n counterparty(ies)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partneři</numerusform>
            <numerusform>%n partnerů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n counterparty(ies)</source>
        <translation>
            <numerusform>%1 z %n partnera</numerusform>
            <numerusform>%1 z %n partnerů</numerusform>
            <numerusform>%1 z %n partnerů</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Saldo::CounterpartyTableModel</name>
    <message>
        <source>%1: learned from a statement</source>
        <translation>%1: naučeno z výpisu</translation>
    </message>
    <message>
        <source>%1: learned from a statement on %2</source>
        <translation>%1: naučeno z výpisu %2</translation>
    </message>
    <message>
        <source>%1: entered</source>
        <translation>%1: zadáno</translation>
    </message>
    <message>
        <source>%1: entered on %2</source>
        <translation>%1: zadáno %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>IČO</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Bankovní účty</translation>
    </message>
</context>
<context>
    <name>Saldo::EditRowDialog</name>
    <message>
        <source>Edit row %1</source>
        <translation>Úprava řádku %1</translation>
    </message>
    <message>
        <source>%1  %2  “%3”  %4  %5</source>
        <translation>%1  %2  „%3“  %4  %5</translation>
    </message>
    <message>
        <source>Type a part of the name to search</source>
        <translation>Napište část názvu a vyhledejte</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Uhradit</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Doklad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Splatnost</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Zbývá</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Přiřadit</translation>
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
        <translation>Účet %1 se zapamatuje pro partnera %2.</translation>
    </message>
    <message>
        <source>Choose a counterparty to see its open documents.</source>
        <translation>Vyberte partnera, abyste viděli jeho neuhrazené doklady.</translation>
    </message>
    <message>
        <source>%1 has no open documents.</source>
        <translation>%1 nemá žádné neuhrazené doklady.</translation>
    </message>
    <message>
        <source>Open documents of %1:</source>
        <translation>Neuhrazené doklady partnera %1:</translation>
    </message>
    <message>
        <source>Allocated to this row; untick to take it off</source>
        <translation>Přiřazeno k tomuto řádku; zrušením zaškrtnutí ho odeberete</translation>
    </message>
    <message>
        <source>The part of the row paid to this document</source>
        <translation>Část řádku uhrazená na tento doklad</translation>
    </message>
    <message>
        <source>There is no counterparty named %1.</source>
        <translation>Partner s názvem %1 neexistuje.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Left to allocate: %1</source>
        <translation>Zbývá přiřadit: %1</translation>
    </message>
    <message>
        <source>The row will be: %1 %2</source>
        <translation>Řádek bude: %1 %2</translation>
    </message>
</context>
<context>
    <name>Saldo::ImportListModel</name>
    <message>
        <source>Could not list the imports: %1</source>
        <translation>Importy se nepodařilo vypsat: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potvrzený</translation>
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
        <translation>Importováno</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Účet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Řádky</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Ke zpracování</translation>
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
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Discard this draft import with all its rows</source>
        <translation>Zahodit tento koncept importu se všemi jeho řádky</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Potvrdit</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Vrátit</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Zopakovat</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Vybrat soubory…</translation>
    </message>
    <message>
        <source>The firm&apos;s account the statement belongs to</source>
        <translation>Účet firmy, ke kterému výpis patří</translation>
    </message>
    <message>
        <source>Ignore POS payments</source>
        <translation>Ignorovat platby POS</translation>
    </message>
    <message>
        <source>Leave card (POS) and cash machine rows out of the import</source>
        <translation>Neimportovat řádky plateb kartou (POS) a výběrů z bankomatů</translation>
    </message>
    <message>
        <source>Read file</source>
        <translation>Načíst soubor</translation>
    </message>
    <message>
        <source>Stop reading; nothing of the file is kept</source>
        <translation>Zastavit načítání; ze souboru se nic neuloží</translation>
    </message>
    <message>
        <source>Drop statement files here, or</source>
        <translation>Sem přetáhněte soubory výpisů, nebo</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Účet</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Všechny</translation>
    </message>
    <message>
        <source>Show every row</source>
        <translation>Zobrazit všechny řádky</translation>
    </message>
    <message>
        <source>Show only these rows: %1</source>
        <translation>Zobrazit jen tyto řádky: %1</translation>
    </message>
    <message>
        <source>Search rows</source>
        <translation>Hledat v řádcích</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Upravit…</translation>
    </message>
    <message>
        <source>Pick the counterparty, the documents or the type (Enter)</source>
        <translation>Vybrat partnera, doklady nebo typ (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <source>Leave the row out of the import (Delete)</source>
        <translation>Vynechat řádek z importu (Delete)</translation>
    </message>
    <message>
        <source>Apply Suggestion</source>
        <translation>Použít návrh</translation>
    </message>
    <message>
        <source>Annul</source>
        <translation>Stornovat</translation>
    </message>
    <message>
        <source>Take the row&apos;s payment back out of the invoices; the row stays in the statement</source>
        <translation>Odebrat úhradu řádku z faktur; řádek zůstane ve výpisu</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Zapsat</translation>
    </message>
    <message>
        <source>Write the corrected row&apos;s payment into its invoices</source>
        <translation>Zapsat úhradu opraveného řádku do jeho faktur</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>Smazat řádek</translation>
    </message>
    <message>
        <source>Annul row</source>
        <translation>Stornovat řádek</translation>
    </message>
    <message>
        <source>Write row</source>
        <translation>Zapsat řádek</translation>
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
        <translation>Zatím není vybrán žádný soubor.</translation>
    </message>
    <message>
        <source>%1 (then: %2)</source>
        <translation>%1 (potom: %2)</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Tento soubor nelze načíst: %1</translation>
    </message>
    <message>
        <source>%1 (%2, account %3)</source>
        <translation>%1 (%2, účet %3)</translation>
    </message>
    <message>
        <source>The statement is for the account %1, which is not one of the firm&apos;s accounts: choose the account to import it into, or add it under Bank accounts.</source>
        <translation>Výpis je pro účet %1, který není účtem firmy: vyberte účet, do kterého ho chcete importovat, nebo ho přidejte v sekci Bankovní účty.</translation>
    </message>
    <message>
        <source>Choose Statement Files</source>
        <translation>Vybrat soubory výpisů</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.sta *.mt940 *.txt *.gpc *.csv *.ofx);;All files (*)</source>
        <translation>Bankovní výpisy (*.xml *.sta *.mt940 *.txt *.gpc *.csv *.ofx);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Choose the account the statement belongs to.</source>
        <translation>Vyberte účet, ke kterému výpis patří.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Načítá se soubor…</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 z %3</translation>
    </message>
    <message>
        <source>Reading was canceled; nothing was imported.</source>
        <translation>Načítání bylo zrušeno; nic se neimportovalo.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nic se neimportovalo: %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>zrušeno</translation>
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
        <translation>Načítá se import…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – rows: %2</source>
        <translation>%1 – řádky: %2</translation>
    </message>
    <message>
        <source>Statement import %1 (confirmed)</source>
        <translation>Import výpisu %1 (potvrzený)</translation>
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
        <translation>Vyberte řádek a uvidíte, proč má takovou barvu.</translation>
    </message>
    <message>
        <source>Line %1 – %2</source>
        <translation>Řádek %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still to do: confirming waits for them (F8 goes to the next)</source>
        <translation>
            <numerusform>Ke zpracování ještě zbývá %n řádek: potvrzení na něj čeká (F8 přejde na další)</numerusform>
            <numerusform>Ke zpracování ještě zbývají %n řádky: potvrzení na ně čeká (F8 přejde na další)</numerusform>
            <numerusform>Ke zpracování ještě zbývá %n řádků: potvrzení na ně čeká (F8 přejde na další)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the payments into the invoices (Ctrl+Return)</source>
        <translation>Zapsat úhrady do faktur (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>The payment of line %1 was taken back out of its invoices; Write enters the corrected row again.</source>
        <translation>Úhrada řádku %1 byla odebrána z jeho faktur; tlačítko Zapsat opravený řádek znovu zapíše.</translation>
    </message>
    <message>
        <source>edit line %1</source>
        <translation>úpravu řádku %1</translation>
    </message>
    <message>
        <source>Could not undo or redo the edit of line %1: %2</source>
        <translation>Úpravu řádku %1 se nepodařilo vrátit ani zopakovat: %2</translation>
    </message>
    <message>
        <source>Delete line %1? Its payment is taken back out of %2.</source>
        <translation>Smazat řádek %1? Jeho úhrada se odebere z dokladů %2.</translation>
    </message>
    <message>
        <source>delete line %1</source>
        <translation>smazání řádku %1</translation>
    </message>
    <message>
        <source>Allocate the row to %1 (%2)</source>
        <translation>Přiřadit řádek k %1 (%2)</translation>
    </message>
    <message>
        <source>Line %1 has no such suggestion.</source>
        <translation>Řádek %1 takový návrh nemá.</translation>
    </message>
    <message>
        <source>apply the suggestion to line %1</source>
        <translation>použití návrhu na řádek %1</translation>
    </message>
    <message>
        <source>Annul line %1? Its payment is taken back out of %2; the row stays in the statement and can be written again.</source>
        <translation>Stornovat řádek %1? Jeho úhrada se odebere z dokladů %2; řádek zůstane ve výpisu a lze ho znovu zapsat.</translation>
    </message>
    <message>
        <source>Line %1 is written into its invoices again.</source>
        <translation>Řádek %1 je znovu zapsán do svých faktur.</translation>
    </message>
    <message>
        <source>Confirm Import</source>
        <translation>Potvrdit import</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still to do (red): pair them with a counterparty or document, set their type, or delete them. The first one is selected.</source>
        <translation>
            <numerusform>Ke zpracování ještě zbývá %n řádek (červený): spárujte ho s partnerem nebo dokladem, nastavte mu typ, nebo ho smažte. Je vybrán.</numerusform>
            <numerusform>Ke zpracování ještě zbývají %n řádky (červené): spárujte je s partnerem nebo dokladem, nastavte jim typ, nebo je smažte. První z nich je vybrán.</numerusform>
            <numerusform>Ke zpracování ještě zbývá %n řádků (červených): spárujte je s partnerem nebo dokladem, nastavte jim typ, nebo je smažte. První z nich je vybrán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the payments of this import into the invoices?</source>
        <translation>Zapsat úhrady z tohoto importu do faktur?</translation>
    </message>
    <message>
        <source>Confirmed: %1 rows paid %2 invoices.</source>
        <translation>Potvrzeno: zapsané řádky: %1, uhrazené faktury: %2.</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Zrušit import</translation>
    </message>
    <message numerus="yes">
        <source>Discard this draft import with its %n row(s)? Nothing of it is kept.</source>
        <translation>
            <numerusform>Zahodit tento koncept importu s %n řádkem? Nic z něj se neuloží.</numerusform>
            <numerusform>Zahodit tento koncept importu s %n řádky? Nic z něj se neuloží.</numerusform>
            <numerusform>Zahodit tento koncept importu s %n řádky? Nic z něj se neuloží.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding up what confirming will do…</source>
        <translation>Sčítám, co potvrzení udělá…</translation>
    </message>
    <message>
        <source>Writing the payments into the invoices…</source>
        <translation>Zapisuji platby do faktur…</translation>
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
        <translation>Proč: %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Návrh: %1</translation>
    </message>
    <message>
        <source>%1, annulled</source>
        <translation>%1, stornováno</translation>
    </message>
    <message>
        <source>%1, written</source>
        <translation>%1, zapsáno</translation>
    </message>
    <message>
        <source>%1, to write</source>
        <translation>%1, k zapsání</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
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
        <translation>Reference</translation>
    </message>
    <message>
        <source>Counterparty in statement</source>
        <translation>Partner ve výpisu</translation>
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
        <translation>Příjem</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Výdaj</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Přiřazeno</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Nepřiřazeno</translation>
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
        <translation>Načítá se soubor…</translation>
    </message>
    <message>
        <source>Reading invoices…</source>
        <translation>Načítají se faktury…</translation>
    </message>
    <message>
        <source>Pairing rows…</source>
        <translation>Párují se řádky…</translation>
    </message>
    <message>
        <source>Storing the draft…</source>
        <translation>Ukládá se koncept…</translation>
    </message>
    <message>
        <source>Showing the rows…</source>
        <translation>Zobrazují se řádky…</translation>
    </message>
</context>
<context>
    <name>Saldo::ImportSummary</name>
    <message numerus="yes">
        <source>%1: %n row(s), %2</source>
        <translation>
            <numerusform>%1: %n řádek, %2</numerusform>
            <numerusform>%1: %n řádky, %2</numerusform>
            <numerusform>%1: %n řádků, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices becoming paid: %1; partly paid: %2</source>
        <translation>Faktury, které budou uhrazeny: %1; částečně uhrazeny: %2</translation>
    </message>
    <message numerus="yes">
        <source>Already imported, skipped: %n row(s)</source>
        <translation>
            <numerusform>Již importováno, přeskočeno: %n řádek</numerusform>
            <numerusform>Již importováno, přeskočeno: %n řádky</numerusform>
            <numerusform>Již importováno, přeskočeno: %n řádků</numerusform>
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
        <translation>Neuhrazená</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Částečně uhrazená</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po splatnosti</translation>
    </message>
    <message>
        <source>Overdue, partly paid</source>
        <translation>Po splatnosti, částečně uhrazená</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Uhrazená</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Přeplacená</translation>
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
        <translation>Přijatá</translation>
    </message>
    <message>
        <source>Received, draft</source>
        <translation>Přijatá, koncept</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s): due %1, open %2</source>
        <translation>
            <numerusform>%n den po splatnosti: splatná %1, zbývá %2</numerusform>
            <numerusform>%n dny po splatnosti: splatná %1, zbývá %2</numerusform>
            <numerusform>%n dní po splatnosti: splatná %1, zbývá %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid on %1</source>
        <translation>Uhrazena %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Splatná %1</translation>
    </message>
    <message>
        <source>A draft: not posted in the books yet</source>
        <translation>Koncept: zatím nezaúčtovaná</translation>
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
        <translation>Vystavena</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Splatnost</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Uhrazeno</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Zbývá</translation>
    </message>
</context>
<context>
    <name>Saldo::InvoicesView</name>
    <message>
        <source>No invoices yet</source>
        <translation>Zatím žádné faktury</translation>
    </message>
    <message>
        <source>Your issued and received invoices will be listed here with what is still open on each, so that payments from the bank can be paired with them. Bring them in from your invoicing program&apos;s CSV export with saldo-cli invoices import.</source>
        <translation>Zde budou uvedeny vaše vydané a přijaté faktury s tím, co na každé ještě zbývá uhradit, aby s nimi šlo spárovat platby z banky. Načtěte je z CSV exportu vašeho fakturačního programu příkazem saldo-cli invoices import.</translation>
    </message>
    <message>
        <source>Reading the invoices…</source>
        <translation>Načítají se faktury…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Všechny</translation>
    </message>
    <message>
        <source>Every invoice</source>
        <translation>Každá faktura</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Neuhrazené</translation>
    </message>
    <message>
        <source>Not fully paid yet, overdue or not</source>
        <translation>Ještě ne zcela uhrazené, po splatnosti i před ní</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po splatnosti</translation>
    </message>
    <message>
        <source>Not fully paid and past the due date</source>
        <translation>Ne zcela uhrazené a po datu splatnosti</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Uhrazené</translation>
    </message>
    <message>
        <source>Fully paid (or overpaid)</source>
        <translation>Zcela uhrazené (nebo přeplacené)</translation>
    </message>
    <message>
        <source>Issued and received</source>
        <translation>Vydané i přijaté</translation>
    </message>
    <message>
        <source>Invoices you issued and invoices you received</source>
        <translation>Faktury, které jste vystavili, i faktury, které jste přijali</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Vydané</translation>
    </message>
    <message>
        <source>Invoices you issued: your customers pay them</source>
        <translation>Faktury, které jste vystavili: platí je vaši odběratelé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Přijaté</translation>
    </message>
    <message>
        <source>Invoices you received: you pay them</source>
        <translation>Faktury, které jste přijali: platíte je vy</translation>
    </message>
    <message>
        <source>Search number, counterparty, VS or amount</source>
        <translation>Hledat číslo, partnera, VS nebo částku</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Hledat faktury</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Hledat</translation>
    </message>
    <message numerus="yes">
        <source>No invoice matches the filter (%n invoice(s) in all).</source>
        <translation>
            <numerusform>Filtru neodpovídá žádná faktura (celkem %n faktura).</numerusform>
            <numerusform>Filtru neodpovídá žádná faktura (celkem %n faktury).</numerusform>
            <numerusform>Filtru neodpovídá žádná faktura (celkem %n faktur).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n faktura</numerusform>
            <numerusform>%n faktury</numerusform>
            <numerusform>%n faktur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n invoice(s)</source>
        <translation>
            <numerusform>%1 z %n faktury</numerusform>
            <numerusform>%1 z %n faktur</numerusform>
            <numerusform>%1 z %n faktur</numerusform>
        </translation>
    </message>
    <message>
        <source>to receive %1</source>
        <translation>k přijetí %1</translation>
    </message>
    <message>
        <source>to pay %1</source>
        <translation>k úhradě %1</translation>
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
        <translation>Vydané, celkem: %1</translation>
    </message>
    <message>
        <source>Received, total: %1</source>
        <translation>Přijaté, celkem: %1</translation>
    </message>
</context>
<context>
    <name>Saldo::LedgerSnapshot</name>
    <message>
        <source>Reading the ledger was cancelled.</source>
        <translation>Načítání knihy bylo zrušeno.</translation>
    </message>
</context>
<context>
    <name>Saldo::MainWindow</name>
    <message>
        <source>Saldo ledgers (*.saldo);;All files (*)</source>
        <translation>Knihy Saldo (*.saldo);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Reading invoices: %p %</source>
        <translation>Načítají se faktury: %p %</translation>
    </message>
    <message>
        <source>&amp;New Ledger…</source>
        <translation>&amp;Nová kniha…</translation>
    </message>
    <message>
        <source>Create an empty ledger file, e.g. one for each firm</source>
        <translation>Vytvořit prázdný soubor knihy, např. jeden pro každou firmu</translation>
    </message>
    <message>
        <source>&amp;Open Ledger…</source>
        <translation>&amp;Otevřít knihu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Konec</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Znovu načíst</translation>
    </message>
    <message>
        <source>Read the ledger again, e.g. after saldo-cli changed it</source>
        <translation>Načíst knihu znovu, např. když ji změnil saldo-cli</translation>
    </message>
    <message>
        <source>&amp;Add Bank Account…</source>
        <translation>&amp;Přidat bankovní účet…</translation>
    </message>
    <message>
        <source>Add one of the firm&apos;s own bank accounts by its IBAN</source>
        <translation>Přidat vlastní bankovní účet firmy podle jeho IBAN</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Nastavení</translation>
    </message>
    <message>
        <source>Show the ledger&apos;s settings and the language</source>
        <translation>Zobrazit nastavení knihy a jazyk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Otevřít &amp;nedávné</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Úpravy</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobrazit</translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation>&amp;Banka</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Nápo&amp;věda</translation>
    </message>
    <message>
        <source>&amp;About Saldo</source>
        <translation>&amp;O programu Saldo</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>No payment orders yet</source>
        <translation>Zatím žádné platební příkazy</translation>
    </message>
    <message>
        <source>Payment orders for the invoices you received will be listed here, ready for the bank as SEPA (pain.001) or ABO files. Creating them comes with a later version of Saldo.</source>
        <translation>Zde budou uvedeny platební příkazy k přijatým fakturám, připravené pro banku jako soubory SEPA (pain.001) nebo ABO. Jejich vytváření přijde s pozdější verzí programu Saldo.</translation>
    </message>
    <message>
        <source>The outbox is empty</source>
        <translation>K odeslání nic nečeká</translation>
    </message>
    <message>
        <source>Documents waiting to be sent to your accountant&apos;s inbox will be listed here, with any changes made since they were sent. Sending comes with a later version of Saldo.</source>
        <translation>Zde budou uvedeny doklady čekající na odeslání do schránky vaší účetní, i se změnami provedenými po odeslání. Odesílání přijde s pozdější verzí programu Saldo.</translation>
    </message>
    <message>
        <source>Could not read the ledger: %1</source>
        <translation>Knihu se nepodařilo načíst: %1</translation>
    </message>
    <message>
        <source>No ledger open · user: %1</source>
        <translation>Žádná otevřená kniha · uživatel: %1</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Ledger: %1 · user: %2</source>
        <translation>Kniha: %1 · uživatel: %2</translation>
    </message>
    <message>
        <source>%1 – Saldo</source>
        <translation>%1 – Saldo</translation>
    </message>
    <message>
        <source>Firm: %1 · %2 · user: %3</source>
        <translation>Firma: %1 · %2 · uživatel: %3</translation>
    </message>
    <message>
        <source>New Ledger</source>
        <translation>Nová kniha</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File → Open Ledger.</source>
        <translation>%1 už existuje. Zvolte jiný název, nebo ji otevřete přes Soubor → Otevřít knihu.</translation>
    </message>
    <message>
        <source>Open Ledger</source>
        <translation>Otevřít knihu</translation>
    </message>
    <message>
        <source>&amp;%1 %2 (%3)</source>
        <translation>&amp;%1 %2 (%3)</translation>
    </message>
    <message>
        <source>No recent ledgers</source>
        <translation>Žádné nedávné knihy</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vymazat seznam</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Faktury</translation>
    </message>
    <message>
        <source>&amp;All Invoices</source>
        <translation>&amp;Všechny faktury</translation>
    </message>
    <message>
        <source>&amp;Open Invoices</source>
        <translation>&amp;Neuhrazené faktury</translation>
    </message>
    <message>
        <source>O&amp;verdue Invoices</source>
        <translation>Faktury po &amp;splatnosti</translation>
    </message>
    <message>
        <source>&amp;Paid Invoices</source>
        <translation>&amp;Uhrazené faktury</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Some settings were changed but not applied. Apply them?</source>
        <translation>Některá nastavení se změnila, ale nebyla použita. Použít je?</translation>
    </message>
    <message>
        <source>About Saldo</source>
        <translation>O programu Saldo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Saldo %1&lt;/h3&gt;&lt;p&gt;Bank statements paired with invoices: imports your bank&apos;s statements and pairs every payment with the invoice it settles.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Saldo authors. Saldo is free software under the GNU General Public License, version 3 or (at your option) any later version; it comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Saldo %1&lt;/h3&gt;&lt;p&gt;Bankovní výpisy spárované s fakturami: importuje výpisy z vaší banky a každou platbu spáruje s fakturou, kterou hradí.&lt;/p&gt;&lt;p&gt;Copyright © 2026 autoři programu Saldo. Saldo je svobodný software podle licence GNU General Public License, verze 3 nebo (podle vaší volby) jakékoli pozdější verze; je bez jakékoli záruky.&lt;/p&gt;&lt;p&gt;Sestaveno s Qt %2, běží na Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a ledger to import statements into.</source>
        <translation>Otevřete knihu, do které chcete importovat výpisy.</translation>
    </message>
</context>
<context>
    <name>Saldo::OverviewView</name>
    <message>
        <source>Nothing in this ledger yet</source>
        <translation>V této knize zatím nic není</translation>
    </message>
    <message>
        <source>The overview sums up the open invoices you have issued and received, what is overdue, and your bank accounts. It fills as soon as the ledger holds invoices or bank accounts.</source>
        <translation>Přehled shrnuje neuhrazené vydané a přijaté faktury, co je po splatnosti, a vaše bankovní účty. Naplní se, jakmile kniha obsahuje faktury nebo bankovní účty.</translation>
    </message>
    <message>
        <source>Receivables: issued invoices</source>
        <translation>Pohledávky: vydané faktury</translation>
    </message>
    <message>
        <source>Payables: received invoices</source>
        <translation>Závazky: přijaté faktury</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Bankovní účty</translation>
    </message>
    <message>
        <source>No issued invoices in this ledger.</source>
        <translation>V této knize nejsou žádné vydané faktury.</translation>
    </message>
    <message>
        <source>No received invoices in this ledger.</source>
        <translation>V této knize nejsou žádné přijaté faktury.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>neuhrazeno</translation>
    </message>
    <message numerus="yes">
        <source>%n open invoice(s)</source>
        <translation>
            <numerusform>%n neuhrazená faktura</numerusform>
            <numerusform>%n neuhrazené faktury</numerusform>
            <numerusform>%n neuhrazených faktur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>celkem %n</numerusform>
            <numerusform>celkem %n</numerusform>
            <numerusform>celkem %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nic po splatnosti.</translation>
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
        <translation>Zatím žádné bankovní účty.</translation>
    </message>
</context>
<context>
    <name>Saldo::RowStates</name>
    <message>
        <source>Paired</source>
        <translation>Spárováno</translation>
    </message>
    <message>
        <source>Open part</source>
        <translation>Nepřiřazená část</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Ke zpracování</translation>
    </message>
    <message>
        <source>Own transfer</source>
        <translation>Vlastní převod</translation>
    </message>
    <message>
        <source>The whole amount is allocated</source>
        <translation>Celá částka je přiřazena</translation>
    </message>
    <message>
        <source>The counterparty is known; some of the amount is open</source>
        <translation>Partner je známý; část částky není přiřazena</translation>
    </message>
    <message>
        <source>Nothing recognised: the row needs you before confirming</source>
        <translation>Nic nebylo rozpoznáno: řádek je třeba před potvrzením zpracovat</translation>
    </message>
    <message>
        <source>Invoice payment</source>
        <translation>Úhrada faktury</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Bez dokladu</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Nepřiřazená platba</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Vklad</translation>
    </message>
    <message>
        <source>Bank fee</source>
        <translation>Bankovní poplatek</translation>
    </message>
    <message>
        <source>A transfer between the firm&apos;s own accounts: ignored</source>
        <translation>Převod mezi vlastními účty firmy: ignoruje se</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Již importováno</translation>
    </message>
    <message>
        <source>In an earlier import already: pays nothing again</source>
        <translation>Již byl v dřívějším importu: znovu nic neuhrazuje</translation>
    </message>
</context>
<context>
    <name>Saldo::RowSuggestion</name>
    <message>
        <source>There is no invoice %1 any more.</source>
        <translation>Faktura %1 už neexistuje.</translation>
    </message>
    <message>
        <source>%1 is in %2, the row in %3.</source>
        <translation>%1 je v měně %2, řádek v měně %3.</translation>
    </message>
    <message>
        <source>Nothing is open on %1 any more.</source>
        <translation>Na %1 už nic nezbývá uhradit.</translation>
    </message>
</context>
<context>
    <name>Saldo::SectionList</name>
    <message>
        <source>Sections</source>
        <translation>Sekce</translation>
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
        <translation>Přehled</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>Bankovní výpisy</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Bankovní účty</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>Counterparties</source>
        <translation>Partneři</translation>
    </message>
    <message>
        <source>Payment orders</source>
        <translation>Platební příkazy</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>K odeslání</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Deník změn</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
</context>
<context>
    <name>Saldo::SettingTexts</name>
    <message>
        <source>Pair incoming payments with issued invoices</source>
        <translation>Párovat přijaté platby s vydanými fakturami</translation>
    </message>
    <message>
        <source>Money received is looked for among the invoices you issued.</source>
        <translation>Přijaté peníze se hledají mezi fakturami, které jste vystavili.</translation>
    </message>
    <message>
        <source>Pair outgoing payments with received invoices</source>
        <translation>Párovat odchozí platby s přijatými fakturami</translation>
    </message>
    <message>
        <source>Money paid out is looked for among the invoices you received.</source>
        <translation>Vyplacené peníze se hledají mezi fakturami, které jste přijali.</translation>
    </message>
    <message>
        <source>Also search invoices not yet posted</source>
        <translation>Hledat i neprovedené faktury</translation>
    </message>
    <message>
        <source>Draft invoices are candidates for pairing too.</source>
        <translation>K párování se nabízejí i koncepty faktur.</translation>
    </message>
    <message>
        <source>Pair right after import</source>
        <translation>Párovat hned po importu</translation>
    </message>
    <message>
        <source>Reading a statement pairs its rows at once, without a separate step.</source>
        <translation>Načtení výpisu hned spáruje jeho řádky, bez samostatného kroku.</translation>
    </message>
    <message>
        <source>Payment date written to the invoice</source>
        <translation>Datum úhrady zapsané do faktury</translation>
    </message>
    <message>
        <source>Which date a paired invoice records as the day it was paid.</source>
        <translation>Které datum si spárovaná faktura zapíše jako den úhrady.</translation>
    </message>
    <message>
        <source>Correct the VS on the row after pairing by hand</source>
        <translation>Opravit VS na řádku po ručním spárování</translation>
    </message>
    <message>
        <source>When you pick an invoice for a row, the row takes the invoice&apos;s variable symbol.</source>
        <translation>Když k řádku vyberete fakturu, řádek převezme její variabilní symbol.</translation>
    </message>
    <message>
        <source>Undo the payment when a written row changes</source>
        <translation>Zrušit úhradu, když se zapsaný řádek změní</translation>
    </message>
    <message>
        <source>Changing a row&apos;s VS, invoice or amount afterwards removes its payment from the invoice; you write it again.</source>
        <translation>Dodatečná změna VS, faktury nebo částky řádku odstraní jeho úhradu z faktury; zapíšete ji znovu.</translation>
    </message>
    <message>
        <source>Count card payments as bank fees</source>
        <translation>Platby kartou považovat za bankovní poplatky</translation>
    </message>
    <message>
        <source>Card (POS/ATM) rows become green bank fees instead of red rows that need a receipt.</source>
        <translation>Řádky plateb kartou (POS/ATM) se stanou zelenými bankovními poplatky místo červených řádků, které potřebují doklad.</translation>
    </message>
    <message>
        <source>Preferred statement format</source>
        <translation>Upřednostňovaný formát výpisu</translation>
    </message>
    <message>
        <source>Format detection still runs; this only breaks ties.</source>
        <translation>Formát se stále rozpoznává; toto rozhodne jen nejasné případy.</translation>
    </message>
    <message>
        <source>Ignore POS payments</source>
        <translation>Ignorovat platby POS</translation>
    </message>
    <message>
        <source>Card payments at shops and cash machines are left out of imports.</source>
        <translation>Platby kartou v obchodech a výběry z bankomatů se neimportují.</translation>
    </message>
    <message>
        <source>Send received invoices to the bank automatically</source>
        <translation>Posílat přijaté faktury do banky automaticky</translation>
    </message>
    <message>
        <source>New received invoices go to the bank for payment without asking.</source>
        <translation>Nové přijaté faktury jdou do banky k úhradě bez ptaní.</translation>
    </message>
    <message>
        <source>Users who may mark invoices paid</source>
        <translation>Uživatelé, kteří smějí označit faktury jako uhrazené</translation>
    </message>
    <message>
        <source>Comma-separated user names. When not empty, it overrides the rights level below.</source>
        <translation>Jména uživatelů oddělená čárkou. Když seznam není prázdný, má přednost před úrovní práv níže.</translation>
    </message>
    <message>
        <source>Rights level needed to mark invoices paid</source>
        <translation>Úroveň práv potřebná k označení faktur jako uhrazených</translation>
    </message>
    <message>
        <source>Users with at least this level in invoicing may mark an invoice paid by hand.</source>
        <translation>Uživatelé s alespoň touto úrovní ve fakturaci smějí ručně označit fakturu jako uhrazenou.</translation>
    </message>
    <message>
        <source>Work only with the listed accounts</source>
        <translation>Pracovat jen s uvedenými účty</translation>
    </message>
    <message>
        <source>Imports and payment orders are limited to the accounts on the allowed list.</source>
        <translation>Importy a platební příkazy jsou omezeny na účty v seznamu povolených.</translation>
    </message>
    <message>
        <source>Inbox for receipts</source>
        <translation>Schránka pro účtenky</translation>
    </message>
    <message>
        <source>The e-mail address of the accountant&apos;s inbox for receipts.</source>
        <translation>E-mailová adresa schránky účetní pro účtenky.</translation>
    </message>
    <message>
        <source>Inbox for received invoices</source>
        <translation>Schránka pro přijaté faktury</translation>
    </message>
    <message>
        <source>The e-mail address of the accountant&apos;s inbox for received invoices.</source>
        <translation>E-mailová adresa schránky účetní pro přijaté faktury.</translation>
    </message>
    <message>
        <source>Inbox for issued invoices</source>
        <translation>Schránka pro vydané faktury</translation>
    </message>
    <message>
        <source>The e-mail address of the accountant&apos;s inbox for issued invoices.</source>
        <translation>E-mailová adresa schránky účetní pro vydané faktury.</translation>
    </message>
    <message>
        <source>Send each new document right away</source>
        <translation>Každý nový doklad odeslat hned</translation>
    </message>
    <message>
        <source>Every document is sent to the accountant as soon as it is issued or recorded.</source>
        <translation>Každý doklad se účetní odešle hned, jak je vystaven nebo zaevidován.</translation>
    </message>
    <message>
        <source>Setting %1 of the ledger.</source>
        <translation>Nastavení knihy %1.</translation>
    </message>
    <message>
        <source>The statement row&apos;s date</source>
        <translation>Datum řádku výpisu</translation>
    </message>
    <message>
        <source>The statement&apos;s date</source>
        <translation>Datum výpisu</translation>
    </message>
    <message>
        <source>None: detect</source>
        <translation>Žádný: rozpoznat</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Čtení</translation>
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
        <translation>Platební příkazy</translation>
    </message>
    <message>
        <source>Paid flag</source>
        <translation>Příznak úhrady</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Bankovní účty</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Účetní</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ostatní</translation>
    </message>
</context>
<context>
    <name>Saldo::SettingsView</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Použít</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Vrátit</translation>
    </message>
    <message>
        <source>Store the changed settings</source>
        <translation>Uložit změněná nastavení</translation>
    </message>
    <message>
        <source>Put back the settings as they are stored</source>
        <translation>Vrátit nastavení tak, jak jsou uložena</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Podle systému (%1)</translation>
    </message>
    <message>
        <source>The language of Saldo&apos;s windows on this computer.</source>
        <translation>Jazyk oken programu Saldo na tomto počítači.</translation>
    </message>
    <message>
        <source>Open a ledger to see and change its settings.</source>
        <translation>Otevřete knihu, abyste viděli a změnili její nastavení.</translation>
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
        <translation>Projeví se po novém spuštění programu Saldo.</translation>
    </message>
    <message>
        <source>Changes are stored when you click Apply.</source>
        <translation>Změny se uloží, když kliknete na Použít.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Stored. The new language shows when Saldo starts again.</source>
        <translation>Uloženo. Nový jazyk se zobrazí po novém spuštění programu Saldo.</translation>
    </message>
    <message>
        <source>Stored.</source>
        <translation>Uloženo.</translation>
    </message>
</context>
<context>
    <name>Saldo::StatementsSection</name>
    <message>
        <source>No bank statements imported yet</source>
        <translation>Zatím nebyly importovány žádné bankovní výpisy</translation>
    </message>
    <message>
        <source>Import your bank&apos;s statement files (camt.053, MT940, ABO/GPC, CSV or OFX) and Saldo pairs each payment with the invoice it settles.</source>
        <translation>Importujte soubory výpisů z vaší banky (camt.053, MT940, ABO/GPC, CSV nebo OFX) a Saldo každou platbu spáruje s fakturou, kterou uhrazuje.</translation>
    </message>
    <message>
        <source>Search file or account</source>
        <translation>Hledat soubor nebo účet</translation>
    </message>
    <message>
        <source>Reading the imports…</source>
        <translation>Načítají se importy…</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n import</numerusform>
            <numerusform>%n importy</numerusform>
            <numerusform>%n importů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n import(s)</source>
        <translation>
            <numerusform>%1 z %n importu</numerusform>
            <numerusform>%1 z %n importů</numerusform>
            <numerusform>%1 z %n importů</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Statement…</source>
        <translation>&amp;Importovat výpis…</translation>
    </message>
    <message>
        <source>New import</source>
        <translation>Nový import</translation>
    </message>
    <message>
        <source>Import a bank statement file and pair its payments (Ctrl+I)</source>
        <translation>Importovat soubor bankovního výpisu a spárovat jeho platby (Ctrl+I)</translation>
    </message>
    <message>
        <source>Open Import</source>
        <translation>Otevřít import</translation>
    </message>
</context>
<context>
    <name>SaldoCli</name>
    <message>
        <source>account add needs --iban and --name
usage: saldo-cli %1</source>
        <translation>account add potřebuje --iban a --name
použití: saldo-cli %1</translation>
    </message>
    <message>
        <source>--iban: %1</source>
        <translation>--iban: %1</translation>
    </message>
    <message>
        <source>--name: the account&apos;s name must not be empty</source>
        <translation>--name: název účtu nesmí být prázdný</translation>
    </message>
    <message>
        <source>--currency: %1</source>
        <translation>--currency: %1</translation>
    </message>
    <message>
        <source>Added the account %1 (%2, %3)
</source>
        <translation>Přidán účet %1 (%2, %3)
</translation>
    </message>
    <message>
        <source>  (not allowed)</source>
        <translation>  (nepovolený)</translation>
    </message>
    <message>
        <source>usage: saldo-cli [--ledger PATH] [--user NAME] COMMAND ...</source>
        <translation>použití: saldo-cli [--ledger PATH] [--user NAME] COMMAND ...</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>příkazy:</translation>
    </message>
    <message>
        <source>saldo-cli: unknown or incomplete option %1</source>
        <translation>saldo-cli: neznámá nebo neúplná volba %1</translation>
    </message>
    <message>
        <source>saldo-cli: unknown command %1</source>
        <translation>saldo-cli: neznámý příkaz %1</translation>
    </message>
    <message>
        <source>%1
usage: saldo-cli %2</source>
        <translation>%1
použití: saldo-cli %2</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>volba --%1 potřebuje hodnotu</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>neznámá volba %1</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>chybí argument</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>neočekávaný argument %1</translation>
    </message>
    <message>
        <source>saldo-cli: warning: %1</source>
        <translation>saldo-cli: upozornění: %1</translation>
    </message>
    <message>
        <source>--account IBAN is required
usage: saldo-cli statement import FILE --account IBAN [--ignore-pos] [--json]</source>
        <translation>--account IBAN je povinné
použití: saldo-cli statement import FILE --account IBAN [--ignore-pos] [--json]</translation>
    </message>
    <message>
        <source>--account: %1</source>
        <translation>--account: %1</translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation>neznámý formát %1</translation>
    </message>
    <message>
        <source>%1
nothing was imported</source>
        <translation>%1
nic se neimportovalo</translation>
    </message>
    <message>
        <source>%1 must be a positive number, not %2</source>
        <translation>%1 musí být kladné číslo, ne %2</translation>
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
        <translation>neznámý typ %1; jeden z invoice_payment, own_transfer, no_document, unallocated, deposit, bank_fee</translation>
    </message>
    <message>
        <source>Deleted line %1 of import %2; it will not be imported
</source>
        <translation>Smazán řádek %1 importu %2; nebude se importovat
</translation>
    </message>
    <message>
        <source>Confirmed import %1: %2 rows paid %3 invoices
</source>
        <translation>Potvrzen import %1: zapsané řádky: %2, uhrazené faktury: %3
</translation>
    </message>
    <message>
        <source>Canceled import %1; nothing of it was kept
</source>
        <translation>Zrušen import %1; nic z něj se neuložilo
</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Příjem</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Výdaj</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Barva</translation>
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
        <translation>zelené %1, černé %2, červené %3, šedé %4 (duplicity %5)
</translation>
    </message>
    <message>
        <source>no ledger at %1; create it with: saldo-cli --ledger %1 init</source>
        <translation>v %1 není žádná kniha; vytvořte ji příkazem: saldo-cli --ledger %1 init</translation>
    </message>
    <message>
        <source>Imported %1 invoices from %2 (%3 new counterparties, %4 new IBANs)
</source>
        <translation>Importované faktury: %1 ze souboru %2 (noví partneři: %3, nové IBAN: %4)
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
        <translation>Měna</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Zbývá</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Splatnost</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Uhrazena</translation>
    </message>
    <message>
        <source>Created the ledger %1 (schema version %2)
</source>
        <translation>Vytvořena kniha %1 (verze schématu %2)
</translation>
    </message>
    <message>
        <source>Upgraded the ledger %1 to schema version %2; the previous version is kept in %3
</source>
        <translation>Kniha %1 aktualizována na verzi schématu %2; předchozí verze je uložena v %3
</translation>
    </message>
    <message>
        <source>The ledger %1 is up to date (schema version %2)
</source>
        <translation>Kniha %1 je aktuální (verze schématu %2)
</translation>
    </message>
    <message>
        <source>Statement %1  account %2  %3 lines  balance %4
</source>
        <translation>Výpis %1  účet %2  řádky: %3  zůstatek %4
</translation>
    </message>
    <message>
        <source>Annulled line %1 of import %2; it pays nothing now
</source>
        <translation>Stornován řádek %1 importu %2; teď nic neuhrazuje
</translation>
    </message>
    <message>
        <source>Wrote the payment of line %1 of import %2 into its invoices
</source>
        <translation>Úhrada řádku %1 importu %2 zapsána do jeho faktur
</translation>
    </message>
    <message>
        <source>ANNULLED: %1</source>
        <translation>STORNOVÁNO: %1</translation>
    </message>
    <message>
        <source>WRITTEN: %1</source>
        <translation>ZAPSÁNO: %1</translation>
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
        <translation>V %1 není žádná kniha. Vytvořit tam novou, prázdnou knihu?</translation>
    </message>
    <message>
        <source>Bank statements paired with invoices.</source>
        <translation>Bankovní výpisy spárované s fakturami.</translation>
    </message>
    <message>
        <source>The ledger file to open (default: %1).</source>
        <translation>Soubor knihy, který se otevře (výchozí: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CESTA</translation>
    </message>
    <message>
        <source>Who works, for the audit log (default: %1).</source>
        <translation>Kdo pracuje, pro deník změn (výchozí: %1).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NÁZEV</translation>
    </message>
    <message>
        <source>The language of the user interface: en, sk, cs, bg or nb (default: the system&apos;s).</source>
        <translation>Jazyk uživatelského rozhraní: en, sk, cs, bg nebo nb (výchozí podle systému).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KÓD</translation>
    </message>
    <message>
        <source>The section to show first: %1 (default: the one shown last).</source>
        <translation>Sekce, která se zobrazí jako první: %1 (výchozí naposledy zobrazená).</translation>
    </message>
    <message>
        <source>Unknown section %1; one of: %2.</source>
        <translation>Neznámá sekce %1; jedna z: %2.</translation>
    </message>
    <message>
        <source>Once FILE is read, open the edit dialog of its row LINE (for demos and screenshots).</source>
        <translation>Po načtení souboru FILE otevřít dialog úpravy jeho řádku ŘÁDEK (pro ukázky a snímky obrazovky).</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>ŘÁDEK</translation>
    </message>
    <message>
        <source>Open the stored statement import ID.</source>
        <translation>Otevřít uložený import výpisu ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Bank statement files to import: the first is read at once into the account its statement names.</source>
        <translation>Soubory bankovních výpisů k importu: první se hned načte do účtu, který uvádí jeho výpis.</translation>
    </message>
</context>
</TS>
