<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG">
<context>
    <name>Saldo</name>
    <message>
        <source>the entry that starts on line %1 has no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry that starts on line %1 does not say credit or debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a camt file: it has no XML element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a camt.052/053/054 file: the root element is &lt;%1&gt;, expected &lt;Document&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a camt.052/053/054 file: its namespace is &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a camt file: &lt;Document&gt; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a camt.052/053/054 message: &lt;Document&gt; holds &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip archives are not supported; unzip first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no &lt;%1&gt; element: no statement to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries are pending (status PDNG), not yet booked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the balance that starts on line %1 has no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency code expected, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount has no currency (attribute Ccy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount expected (like 1234.50, at most %1 decimals), found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date expected (YYYY-MM-DD), found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRDT or DBIT expected, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an XML token longer than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 XML is not supported; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside &lt;%1&gt; (is it cut short?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no XML element found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document type declarations are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside a comment or instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside a processing instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML encoding &apos;%1&apos; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not XML: text before the first element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CDATA section that does not end, or outside the root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; inside the tag &lt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed start tag &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second root element &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements nested deeper than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside an end tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;/%1&gt; without a matching start tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;/%1&gt; where &lt;/%2&gt; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entity reference &apos;&amp;%1&apos; (only the XML ones and character references are read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one ASCII character such as &quot;;&quot; or &quot;,&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one ASCII character such as &apos;&quot;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;,&quot;, &quot;.&quot; or &quot;auto&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a booking_date column is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected either an amount column or debit and credit columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a direction column needs credit_values and debit_values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid pattern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a pattern such as DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a CSV profile (JSON object expected): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CSV profile fits this file&apos;s header; choose one by id (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown CSV profile &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1: no header with the columns %2 in the first %3 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1: the header has no column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record longer than %1 bytes (a quoted field that is never closed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an amount such as %1, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a currency code such as EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an amount in this column or in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 or %2, found &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date %1 (years 1900-2100), found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positions %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: 074: the name field is %3 characters too long; the surplus spaces were ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 record must follow a 075 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record is %1 characters long; at most %2 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos;; expected 074, 075, 076, 078 or 079</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a statement header has %1 characters, this one has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>074 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>074 old balance date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>074 old balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>074 new balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>074 debit turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>074 credit turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>074 statement number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>074 statement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>075 VS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>075 KS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>075 SS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item before any 074 statement header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item has %1 characters, this one has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>075 amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>075 value date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>075 due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>075 accounting code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1, 2, 4 or 5 at position 61, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no minor units; the amount has hundredths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no statement in the file (no 074 record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line longer than %1 bytes; a GPC record has 128 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debit/credit mark (C or D) expected, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date YYMMDD expected after &apos;%1&apos;, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount expected after the date and currency, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing expected after the amount, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value date YYMMDD expected, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry date MMDD expected after the value date, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debit/credit mark (C, D, RC or RD) expected after the date, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount expected after &apos;%1&apos;, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction type (a letter and three characters, e.g. NTRF) expected after the amount, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 lines in one field; the tag that ends it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line longer than %1 bytes: not an MT940 file, or a damaged one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: tag %3 is not one of MT940; its content was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no MT940 statement found: expected lines starting with tags such as :20:, :25:, :60F:, :61:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement line after the closing balance; expected :20: to start the next statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 lines in one statement; split the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount too large, or with more decimals than %1 has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement inside a statement (the one of line %1 is not closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction outside a statement (STMTRS or CCSTMTRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the bank reports error %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date expected (YYYYMMDD...), found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OFX file: no &lt;OFX&gt; element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside the statement that starts on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no statement; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bank or card statement (STMTRS or CCSTMTRS) in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text longer than %1 bytes without a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not closed (&apos;%2&apos; missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDATA section not closed (&apos;]]&gt;&apos; missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processing instruction not closed (&apos;?&gt;&apos; missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag not closed (&apos;&gt;&apos; missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag not closed (&apos;&gt;&apos; missing before the next &apos;&lt;&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount expected (like -12.50), found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more decimal places than %2 has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount &apos;%1&apos; is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a statement format Saldo reads (camt.052/053/054, MT940, ABO/GPC, bank CSV, OFX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was canceled; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: statement %2 is for the account %3, imported into %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no statement in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the ledger&apos;s own accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an account needs an IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1: the name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1: no currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 already exists (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a counterparty needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IBAN %1 already belongs to the counterparty &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the counterparty &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the IBAN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the counterparties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the counterparties&apos; IBANs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted field opened on line %1 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1: text after the closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement %1 (sequence %2, import %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap: %1 follows %2; statements in between are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlap: %1 does not come after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance: the opening balance %1 of %2 is not the closing balance %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the statements of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1 is confirmed; it can no longer be changed as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1: line %2 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1: line %2 is already in the ledger (%3) and is not imported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1 has no line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no invoice with the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 is in %2, line %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: nothing left to allocate to %2 (line unallocated %3, invoice open %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is more than its unallocated %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is more than what is open on %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no counterparty named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several counterparties are named like %1; give the exact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>import %1 cannot be confirmed: %n red row(s) need processing: line %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no invoice with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirming import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the stored statement lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the allocation of line %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no import with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the statements of import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the lines of import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the allocations of import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discarding import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; expected the header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields like the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;issued&quot; or &quot;received&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice number must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the counterparty&apos;s name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1 or 0, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 invoice %2 is already in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IBAN %1 already belongs to the counterparty &quot;%2&quot; in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was imported; nothing was imported (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size or time differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 invoice %2 is also on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IBAN %1 is given for the counterparty &quot;%2&quot; on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stopped after %1 faulty rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invoice needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1: total and paid must be in the invoice&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 invoice %2 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the payment in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the ledger: the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a ledger file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ledger at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the ledger %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger %1: the file system does not allow SQLite&apos;s WAL journal (journal mode is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Saldo ledger: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger %1 has schema version %2, which this version of Saldo does not know (it knows up to %3): use a newer Saldo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Saldo ledger (an SQLite database with other tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade the ledger %1 to schema version %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger %1: cannot checkpoint, another connection is writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up the ledger %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1: expected true or false, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1: expected one of %2, found &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module &quot;%1&quot;: expected lowercase letters, digits, &apos;_&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the rights of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the rights of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency &quot;%1&quot;: expected a three-letter ISO 4217 code such as EUR or CZK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency &quot;%1&quot;: expected a numeric ISO 4217 code of up to three digits such as 978 or 203</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency &quot;%1&quot;: unknown numeric ISO 4217 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a two-letter country code at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected two check digits after the country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown IBAN country &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 IBANs have %2 characters, this one has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check digits do not match (mistyped?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account &quot;%1&quot;: country &quot;%2&quot; has no Czech/Slovak account numbers; expected CZ or SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; at position %2; expected letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long (at most %1 letters and digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;[prefix-]number/bank code&quot;, e.g. 19-2000145399/0800</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank code must have four digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prefix must have one to six digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account number must have two to ten digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prefix fails the mod-11 check (mistyped?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account number fails the mod-11 check (mistyped?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears both as a thousands separator and as the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous: &quot;%1&quot; followed by three digits is a thousands separator, or a decimal point with too many decimals (%2 has %3); write the amount without thousands separators or with %3 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misplaced thousands separator (groups of three digits expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed thousands separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many decimals: %1 has %2, the amount has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no currency given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;; expected digits, a decimal point and thousands separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: only digits are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: at most %3 digits are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specific symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creditor reference &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;RF&quot; at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short; expected RF, two check digits and a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected two check digits after &quot;RF&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KID &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 2 to 25 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only digits are allowed (and &apos;-&apos; as a MOD11 check digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check digit matches neither MOD10 nor MOD11 (mistyped?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KID base &quot;%1&quot;: expected 1 to 24 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the VS field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the end-to-end reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the RF reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the KID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter IBAN %1 is the firm&apos;s own account &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no counter IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter IBAN %1 is the account being imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank marks the line as a cash deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card or cash machine line (%1): a purchase that needs a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card lines count as bank fees (setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter IBAN %1 is %2&apos;s IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter IBAN %1 is %2&apos;s learned IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter IBAN %1 is on file for several counterparties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter IBAN %1 is not on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name &quot;%1&quot; in the statement is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name &quot;%1&quot; fits several counterparties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name &quot;%1&quot; is not a known counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description names %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS %1 %3 matches %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice number %1 %3 matches %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount %1 equal to the open amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount %1 equal to the open amounts of %2 documents together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount %1 below the open %2: %3 stays open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount %1 above the open %2: %3 unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no open document of %1 is referenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1 fits %2 open documents: none chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1 matches %2 of another counterparty, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1 matches %2, which is in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1 matches %2, which is not posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1 matches %2, a kind of invoice not searched (settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1 matches %2, but the payment goes the other way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already settled by line %2 of this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %2 of this import already pays part of %1: %3 was left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither counterparty nor document recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>list of evidence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS %1 differs in one digit from %2 of %3 (open %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS %1 has two digits swapped against %2 of %3 (open %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reference, but the amount equals the open %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is close to the open %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reference, but %1 together equal the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1 fits %2 of %3 (open %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1 fits %2, which is not posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the header&apos;s column names, a header_line, or the number of fields of a file without a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1: the first rows do not have %2 fields with a date in the booking date column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: longer &quot;extended&quot; items (8-digit dates, long texts) are not the ABO/GPC format of the banks and are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the IBAN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is written into the invoices %2; with &quot;Undo the payment when a written row changes&quot; off in the settings its payment cannot change (annul the line instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the amount for %2 must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the allocations (%2) are more than the line&apos;s amount (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1 is a draft: delete the line instead of annulling it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 of import %2 is annulled already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1 is a draft: confirm it to write its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 of import %2 is written already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is red: give it a counterparty or a document first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 pays no invoice: there is nothing to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the stored lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger changed during the import (an account, counterparty or invoice the lines refer to was deleted); nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger: cannot prepare &quot;%1&quot;: not an SQLite ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 digits at %2, found &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date DDMMYY at %1, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the sign &apos;+&apos; or &apos;-&apos; at position %1, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creditor reference base &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty; expected 1 to 21 letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: не може да се прочете: %2</translation>
    </message>
    <message>
        <source>%1: more than %2 lines: too many for one import</source>
        <translation>%1: повече от %2 реда: твърде много за един импорт</translation>
    </message>
    <message>
        <source>numbering the import</source>
        <translation>номериране на импорта</translation>
    </message>
    <message>
        <source>ledger: the import numbering is missing (statement_import_ids)</source>
        <translation>книга: липсва номерирането на импортите (statement_import_ids)</translation>
    </message>
</context>
<context>
    <name>Saldo::AccountTableModel</name>
    <message>
        <source>Bank code %1</source>
        <translation>Банков код %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Сметка</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Номер на сметка</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банка</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
</context>
<context>
    <name>Saldo::AddAccountDialog</name>
    <message>
        <source>Add Bank Account</source>
        <translation>Добавяне на банкова сметка</translation>
    </message>
    <message>
        <source>SK31 1200 0000 1987 4263 7541</source>
        <translation>BG80 BNBG 9661 1020 3456 78</translation>
    </message>
    <message>
        <source>e.g. Current account EUR</source>
        <translation>напр. Разплащателна сметка BGN</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добави</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валута:</translation>
    </message>
    <message>
        <source>The account&apos;s IBAN, as on the bank statement.</source>
        <translation>IBAN на сметката, както е в банковото извлечение.</translation>
    </message>
    <message>
        <source>Valid IBAN.</source>
        <translation>Валиден IBAN.</translation>
    </message>
    <message>
        <source>Valid IBAN at %1.</source>
        <translation>Валиден IBAN в %1.</translation>
    </message>
</context>
<context>
    <name>Saldo::AuditLogModel</name>
    <message>
        <source>Invoice</source>
        <translation>Фактура</translation>
    </message>
    <message>
        <source>Invoice import</source>
        <translation>Импорт на фактури</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Разпределение</translation>
    </message>
    <message>
        <source>Statement import</source>
        <translation>Импорт на извлечение</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Банкова сметка</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 № %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Създадено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Променено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Изтрито</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирано</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Потвърдено</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Потребител</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Промени</translation>
    </message>
    <message>
        <source>Counterparty&apos;s IBAN</source>
        <translation>IBAN на контрагент</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Разпределено</translation>
    </message>
    <message>
        <source>Counterparty set</source>
        <translation>Зададен контрагент</translation>
    </message>
    <message>
        <source>Type set</source>
        <translation>Зададен тип</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Редактирано</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Повторено</translation>
    </message>
    <message>
        <source>Annulled</source>
        <translation>Анулирано</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Плащане</translation>
    </message>
    <message>
        <source>Statement line %1 of import %2</source>
        <translation>Ред %1 от импорт %2</translation>
    </message>
    <message>
        <source>Statement line %1</source>
        <translation>Ред %1 от извлечение</translation>
    </message>
    <message>
        <source>Statement line #%1</source>
        <translation>Ред от извлечение #%1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Фактура %1</translation>
    </message>
    <message>
        <source>Counterparty %1</source>
        <translation>Контрагент %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>платено</translation>
    </message>
    <message>
        <source>paid on</source>
        <translation>платено на</translation>
    </message>
    <message>
        <source>total</source>
        <translation>сума</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валута</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>осчетоводена</translation>
    </message>
    <message>
        <source>VS</source>
        <translation>VS</translation>
    </message>
    <message>
        <source>counterparty</source>
        <translation>контрагент</translation>
    </message>
    <message>
        <source>name</source>
        <translation>име</translation>
    </message>
    <message>
        <source>company ID</source>
        <translation>ЕИК</translation>
    </message>
    <message>
        <source>IBANs</source>
        <translation>IBAN-и</translation>
    </message>
    <message>
        <source>import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ред</translation>
    </message>
    <message>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>цвят</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>документи</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>изтрит</translation>
    </message>
    <message>
        <source>annulled</source>
        <translation>анулиран</translation>
    </message>
    <message>
        <source>written</source>
        <translation>записан</translation>
    </message>
    <message>
        <source>state</source>
        <translation>състояние</translation>
    </message>
    <message>
        <source>rows written</source>
        <translation>записани редове</translation>
    </message>
    <message>
        <source>invoices paid</source>
        <translation>платени фактури</translation>
    </message>
</context>
<context>
    <name>Saldo::AuditLogView</name>
    <message>
        <source>No changes recorded yet</source>
        <translation>Все още няма записани промени</translation>
    </message>
    <message>
        <source>Every change to money in this ledger will be listed here: invoices entered or imported, payments allocated, imports confirmed, settings changed, each with who did it and when.</source>
        <translation>Тук ще бъде показана всяка промяна на пари в тази книга: въведени или импортирани фактури, разпределени плащания, потвърдени импорти, променени настройки – всяка с това кой и кога я е направил.</translation>
    </message>
    <message>
        <source>Search user, record or change</source>
        <translation>Търсене на потребител, запис или промяна</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Четене на дневника на промените…</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n change(s)</source>
        <translation>
            <numerusform>Последната %n промяна</numerusform>
            <numerusform>Последните %n промени</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the latest %n change(s)</source>
        <translation>
            <numerusform>%1 от последната %n промяна</numerusform>
            <numerusform>%1 от последните %n промени</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Saldo::BankAccountsView</name>
    <message>
        <source>No bank accounts yet</source>
        <translation>Все още няма банкови сметки</translation>
    </message>
    <message>
        <source>The firm&apos;s own bank accounts will be listed here. Statements are imported into them, and a transfer between two of them is recognised as your own.</source>
        <translation>Тук ще бъдат показани собствените банкови сметки на фирмата. В тях се импортират извлеченията, а преводът между две от тях се разпознава като собствен.</translation>
    </message>
    <message>
        <source>Reading the bank accounts…</source>
        <translation>Четене на банковите сметки…</translation>
    </message>
    <message numerus="yes">
        <source>%n bank account(s)</source>
        <translation>
            <numerusform>%n банкова сметка</numerusform>
            <numerusform>%n банкови сметки</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Saldo::CounterpartiesView</name>
    <message>
        <source>No counterparties yet</source>
        <translation>Все още няма контрагенти</translation>
    </message>
    <message>
        <source>Your customers and suppliers will be listed here with their bank accounts. They come with the invoices, and Saldo learns new accounts from the statements you pair by hand.</source>
        <translation>Тук ще бъдат показани вашите клиенти и доставчици с банковите им сметки. Те идват с фактурите, а новите сметки Saldo научава от извлеченията, които свързвате ръчно.</translation>
    </message>
    <message>
        <source>Search name, company ID or IBAN</source>
        <translation>Търсене по име, ЕИК или IBAN</translation>
    </message>
    <message>
        <source>Reading the counterparties…</source>
        <translation>Четене на контрагентите…</translation>
    </message>
    <message numerus="yes">
        <source>%n counterparty(ies)</source>
        <translation>
            <numerusform>%n контрагент</numerusform>
            <numerusform>%n контрагента</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n counterparty(ies)</source>
        <translation>
            <numerusform>%1 от %n контрагент</numerusform>
            <numerusform>%1 от %n контрагента</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Saldo::CounterpartyTableModel</name>
    <message>
        <source>%1: learned from a statement</source>
        <translation>%1: научена от извлечение</translation>
    </message>
    <message>
        <source>%1: learned from a statement on %2</source>
        <translation>%1: научена от извлечение на %2</translation>
    </message>
    <message>
        <source>%1: entered</source>
        <translation>%1: въведена</translation>
    </message>
    <message>
        <source>%1: entered on %2</source>
        <translation>%1: въведена на %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ЕИК</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Банкови сметки</translation>
    </message>
</context>
<context>
    <name>Saldo::EditRowDialog</name>
    <message>
        <source>Edit row %1</source>
        <translation>Редакция на ред %1</translation>
    </message>
    <message>
        <source>%1  %2  “%3”  %4  %5</source>
        <translation>%1  %2  „%3“  %4  %5</translation>
    </message>
    <message>
        <source>Type a part of the name to search</source>
        <translation>Въведете част от името, за да търсите</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Плати</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Падеж</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Остатък</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Разпредели</translation>
    </message>
    <message>
        <source>&amp;Counterparty</source>
        <translation>&amp;Контрагент</translation>
    </message>
    <message>
        <source>Document &amp;type</source>
        <translation>&amp;Тип документ</translation>
    </message>
    <message>
        <source>The account %1 will be remembered for %2.</source>
        <translation>Сметката %1 ще бъде запомнена за %2.</translation>
    </message>
    <message>
        <source>Choose a counterparty to see its open documents.</source>
        <translation>Изберете контрагент, за да видите неплатените му документи.</translation>
    </message>
    <message>
        <source>%1 has no open documents.</source>
        <translation>%1 няма неплатени документи.</translation>
    </message>
    <message>
        <source>Open documents of %1:</source>
        <translation>Неплатени документи на %1:</translation>
    </message>
    <message>
        <source>Allocated to this row; untick to take it off</source>
        <translation>Разпределено към този ред; премахнете отметката, за да го махнете</translation>
    </message>
    <message>
        <source>The part of the row paid to this document</source>
        <translation>Частта от реда, платена по този документ</translation>
    </message>
    <message>
        <source>There is no counterparty named %1.</source>
        <translation>Няма контрагент с име %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Left to allocate: %1</source>
        <translation>Остава за разпределяне: %1</translation>
    </message>
    <message>
        <source>The row will be: %1 %2</source>
        <translation>Редът ще бъде: %1 %2</translation>
    </message>
</context>
<context>
    <name>Saldo::ImportListModel</name>
    <message>
        <source>Could not list the imports: %1</source>
        <translation>Импортите не могат да бъдат изброени: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Потвърден</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Чернова</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортиран</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Сметка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Редове</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>За обработка</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Потвърдил</translation>
    </message>
</context>
<context>
    <name>Saldo::ImportPage</name>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Discard this draft import with all its rows</source>
        <translation>Отхвърляне на тази чернова на импорта с всичките ѝ редове</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Потвърди</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмяна</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Избор на файлове…</translation>
    </message>
    <message>
        <source>The firm&apos;s account the statement belongs to</source>
        <translation>Сметката на фирмата, към която е извлечението</translation>
    </message>
    <message>
        <source>Ignore POS payments</source>
        <translation>Игнорирай POS плащанията</translation>
    </message>
    <message>
        <source>Leave card (POS) and cash machine rows out of the import</source>
        <translation>Редовете с плащания с карта (POS) и от банкомати не се импортират</translation>
    </message>
    <message>
        <source>Read file</source>
        <translation>Прочети файл</translation>
    </message>
    <message>
        <source>Stop reading; nothing of the file is kept</source>
        <translation>Спиране на четенето; нищо от файла не се запазва</translation>
    </message>
    <message>
        <source>Drop statement files here, or</source>
        <translation>Пуснете файловете с извлечения тук или</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Сметка</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>Show every row</source>
        <translation>Показване на всички редове</translation>
    </message>
    <message>
        <source>Show only these rows: %1</source>
        <translation>Показване само на тези редове: %1</translation>
    </message>
    <message>
        <source>Search rows</source>
        <translation>Търсене в редовете</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редакция…</translation>
    </message>
    <message>
        <source>Pick the counterparty, the documents or the type (Enter)</source>
        <translation>Избор на контрагент, документи или тип (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтрий</translation>
    </message>
    <message>
        <source>Leave the row out of the import (Delete)</source>
        <translation>Редът не се импортира (Delete)</translation>
    </message>
    <message>
        <source>Apply Suggestion</source>
        <translation>Приложи предложението</translation>
    </message>
    <message>
        <source>Annul</source>
        <translation>Анулирай</translation>
    </message>
    <message>
        <source>Take the row&apos;s payment back out of the invoices; the row stays in the statement</source>
        <translation>Плащането на реда се премахва от фактурите; редът остава в извлечението</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Запиши</translation>
    </message>
    <message>
        <source>Write the corrected row&apos;s payment into its invoices</source>
        <translation>Записване на плащането на коригирания ред във фактурите му</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>Изтриване на ред</translation>
    </message>
    <message>
        <source>Annul row</source>
        <translation>Анулиране на ред</translation>
    </message>
    <message>
        <source>Write row</source>
        <translation>Записване на ред</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>New statement import</source>
        <translation>Нов импорт на банково извлечение</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Все още не е избран файл.</translation>
    </message>
    <message>
        <source>%1 (then: %2)</source>
        <translation>%1 (след това: %2)</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Този файл не може да бъде прочетен: %1</translation>
    </message>
    <message>
        <source>%1 (%2, account %3)</source>
        <translation>%1 (%2, сметка %3)</translation>
    </message>
    <message>
        <source>The statement is for the account %1, which is not one of the firm&apos;s accounts: choose the account to import it into, or add it under Bank accounts.</source>
        <translation>Извлечението е за сметка %1, която не е сметка на фирмата: изберете сметката, в която да бъде импортирано, или я добавете в Банкови сметки.</translation>
    </message>
    <message>
        <source>Choose Statement Files</source>
        <translation>Избор на файлове с извлечения</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.sta *.mt940 *.txt *.gpc *.csv *.ofx);;All files (*)</source>
        <translation>Банкови извлечения (*.xml *.sta *.mt940 *.txt *.gpc *.csv *.ofx);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Choose the account the statement belongs to.</source>
        <translation>Изберете сметката, към която е извлечението.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Четене на файла…</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 от %3</translation>
    </message>
    <message>
        <source>Reading was canceled; nothing was imported.</source>
        <translation>Четенето е отказано; нищо не е импортирано.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Нищо не е импортирано: %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Statement import %1</source>
        <translation>Импорт на извлечение %1</translation>
    </message>
    <message>
        <source>Reading the import…</source>
        <translation>Четене на импорта…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – rows: %2</source>
        <translation>%1 – редове: %2</translation>
    </message>
    <message>
        <source>Statement import %1 (confirmed)</source>
        <translation>Импорт на извлечение %1 (потвърден)</translation>
    </message>
    <message>
        <source>Statement import %1 (draft)</source>
        <translation>Импорт на извлечение %1 (чернова)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Select a row to see why it is coloured as it is.</source>
        <translation>Изберете ред, за да видите защо е оцветен така.</translation>
    </message>
    <message>
        <source>Line %1 – %2</source>
        <translation>Ред %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still to do: confirming waits for them (F8 goes to the next)</source>
        <translation>
            <numerusform>Остава %n ред за обработка: потвърждаването го изчаква (F8 отива на следващия)</numerusform>
            <numerusform>Остават %n реда за обработка: потвърждаването ги изчаква (F8 отива на следващия)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the payments into the invoices (Ctrl+Return)</source>
        <translation>Записване на плащанията във фактурите (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>The payment of line %1 was taken back out of its invoices; Write enters the corrected row again.</source>
        <translation>Плащането на ред %1 е премахнато от фактурите му; Запиши въвежда коригирания ред наново.</translation>
    </message>
    <message>
        <source>edit line %1</source>
        <translation>редакция на ред %1</translation>
    </message>
    <message>
        <source>Could not undo or redo the edit of line %1: %2</source>
        <translation>Редакцията на ред %1 не може да бъде отменена или повторена: %2</translation>
    </message>
    <message>
        <source>Delete line %1? Its payment is taken back out of %2.</source>
        <translation>Изтриване на ред %1? Плащането му се премахва от %2.</translation>
    </message>
    <message>
        <source>delete line %1</source>
        <translation>изтриване на ред %1</translation>
    </message>
    <message>
        <source>Allocate the row to %1 (%2)</source>
        <translation>Разпределяне на реда към %1 (%2)</translation>
    </message>
    <message>
        <source>Line %1 has no such suggestion.</source>
        <translation>Ред %1 няма такова предложение.</translation>
    </message>
    <message>
        <source>apply the suggestion to line %1</source>
        <translation>прилагане на предложението към ред %1</translation>
    </message>
    <message>
        <source>Annul line %1? Its payment is taken back out of %2; the row stays in the statement and can be written again.</source>
        <translation>Анулиране на ред %1? Плащането му се премахва от %2; редът остава в извлечението и може да бъде записан наново.</translation>
    </message>
    <message>
        <source>Line %1 is written into its invoices again.</source>
        <translation>Ред %1 е записан наново във фактурите си.</translation>
    </message>
    <message>
        <source>Confirm Import</source>
        <translation>Потвърждаване на импорта</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still to do (red): pair them with a counterparty or document, set their type, or delete them. The first one is selected.</source>
        <translation>
            <numerusform>Остава %n ред за обработка (червен): свържете го с контрагент или документ, задайте типа му или го изтрийте. Той е избран.</numerusform>
            <numerusform>Остават %n реда за обработка (червени): свържете ги с контрагент или документ, задайте типа им или ги изтрийте. Първият е избран.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the payments of this import into the invoices?</source>
        <translation>Да се запишат ли плащанията от този импорт във фактурите?</translation>
    </message>
    <message>
        <source>Confirmed: %1 rows paid %2 invoices.</source>
        <translation>Потвърдено: записани редове: %1, платени фактури: %2.</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Отказ от импорта</translation>
    </message>
    <message numerus="yes">
        <source>Discard this draft import with its %n row(s)? Nothing of it is kept.</source>
        <translation>
            <numerusform>Отхвърляне на тази чернова на импорта с %n ред? Нищо от нея не се запазва.</numerusform>
            <numerusform>Отхвърляне на тази чернова на импорта с %n реда? Нищо от нея не се запазва.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding up what confirming will do…</source>
        <translation>Пресмятам какво ще направи потвърждаването…</translation>
    </message>
    <message>
        <source>Writing the payments into the invoices…</source>
        <translation>Записвам плащанията във фактурите…</translation>
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
        <translation>Правило: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Защо: %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Предложение: %1</translation>
    </message>
    <message>
        <source>%1, annulled</source>
        <translation>%1, анулиран</translation>
    </message>
    <message>
        <source>%1, written</source>
        <translation>%1, записан</translation>
    </message>
    <message>
        <source>%1, to write</source>
        <translation>%1, за записване</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ред</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Тип документ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Референтен номер</translation>
    </message>
    <message>
        <source>Counterparty in statement</source>
        <translation>Контрагент в извлечението</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Приход</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Разход</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Разпределени</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Неразпределени</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
</context>
<context>
    <name>Saldo::ImportRunner</name>
    <message>
        <source>Reading the file…</source>
        <translation>Четене на файла…</translation>
    </message>
    <message>
        <source>Reading invoices…</source>
        <translation>Четене на фактурите…</translation>
    </message>
    <message>
        <source>Pairing rows…</source>
        <translation>Свързване на редовете…</translation>
    </message>
    <message>
        <source>Storing the draft…</source>
        <translation>Запазване на черновата…</translation>
    </message>
    <message>
        <source>Showing the rows…</source>
        <translation>Показване на редовете…</translation>
    </message>
</context>
<context>
    <name>Saldo::ImportSummary</name>
    <message numerus="yes">
        <source>%1: %n row(s), %2</source>
        <translation>
            <numerusform>%1: %n ред, %2</numerusform>
            <numerusform>%1: %n реда, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices becoming paid: %1; partly paid: %2</source>
        <translation>Фактури, които стават платени: %1; частично платени: %2</translation>
    </message>
    <message numerus="yes">
        <source>Already imported, skipped: %n row(s)</source>
        <translation>
            <numerusform>Вече импортирани, пропуснати: %n ред</numerusform>
            <numerusform>Вече импортирани, пропуснати: %n реда</numerusform>
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
        <translation>Неплатена</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Частично платена</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочена</translation>
    </message>
    <message>
        <source>Overdue, partly paid</source>
        <translation>Просрочена, частично платена</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Платена</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Надплатена</translation>
    </message>
</context>
<context>
    <name>Saldo::InvoiceTableModel</name>
    <message>
        <source>Issued</source>
        <translation>Издадена</translation>
    </message>
    <message>
        <source>Issued, draft</source>
        <translation>Издадена, чернова</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <source>Received, draft</source>
        <translation>Получена, чернова</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s): due %1, open %2</source>
        <translation>
            <numerusform>Просрочена с %n ден: падеж %1, остатък %2</numerusform>
            <numerusform>Просрочена с %n дни: падеж %1, остатък %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid on %1</source>
        <translation>Платена на %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Падеж %1</translation>
    </message>
    <message>
        <source>A draft: not posted in the books yet</source>
        <translation>Чернова: още не е осчетоводена</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>VS</source>
        <translation>VS</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата на издаване</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Падеж</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Общо</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Платена</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Остатък</translation>
    </message>
</context>
<context>
    <name>Saldo::InvoicesView</name>
    <message>
        <source>No invoices yet</source>
        <translation>Все още няма фактури</translation>
    </message>
    <message>
        <source>Your issued and received invoices will be listed here with what is still open on each, so that payments from the bank can be paired with them. Bring them in from your invoicing program&apos;s CSV export with saldo-cli invoices import.</source>
        <translation>Тук ще бъдат показани издадените и получените ви фактури с неплатения остатък по всяка, за да може плащанията от банката да бъдат свързани с тях. Въведете ги от CSV експорта на програмата си за фактуриране с командата saldo-cli invoices import.</translation>
    </message>
    <message>
        <source>Reading the invoices…</source>
        <translation>Четене на фактурите…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>Every invoice</source>
        <translation>Всяка фактура</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Неплатени</translation>
    </message>
    <message>
        <source>Not fully paid yet, overdue or not</source>
        <translation>Още не са изцяло платени, просрочени или не</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочена</translation>
    </message>
    <message>
        <source>Not fully paid and past the due date</source>
        <translation>Не са изцяло платени и са след падежа</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Платена</translation>
    </message>
    <message>
        <source>Fully paid (or overpaid)</source>
        <translation>Изцяло платени (или надплатени)</translation>
    </message>
    <message>
        <source>Issued and received</source>
        <translation>Издадени и получени</translation>
    </message>
    <message>
        <source>Invoices you issued and invoices you received</source>
        <translation>Фактури, които сте издали, и фактури, които сте получили</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Издадени</translation>
    </message>
    <message>
        <source>Invoices you issued: your customers pay them</source>
        <translation>Фактури, които сте издали: плащат ги клиентите ви</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получени</translation>
    </message>
    <message>
        <source>Invoices you received: you pay them</source>
        <translation>Фактури, които сте получили: плащате ги вие</translation>
    </message>
    <message>
        <source>Search number, counterparty, VS or amount</source>
        <translation>Търсене по номер, контрагент, VS или сума</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Търсене на фактури</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Търсене</translation>
    </message>
    <message numerus="yes">
        <source>No invoice matches the filter (%n invoice(s) in all).</source>
        <translation>
            <numerusform>Никоя фактура не отговаря на филтъра (общо %n фактура).</numerusform>
            <numerusform>Никоя фактура не отговаря на филтъра (общо %n фактури).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n фактура</numerusform>
            <numerusform>%n фактури</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n invoice(s)</source>
        <translation>
            <numerusform>%1 от %n фактура</numerusform>
            <numerusform>%1 от %n фактури</numerusform>
        </translation>
    </message>
    <message>
        <source>to receive %1</source>
        <translation>за получаване %1</translation>
    </message>
    <message>
        <source>to pay %1</source>
        <translation>за плащане %1</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просрочена</numerusform>
            <numerusform>%n просрочени</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued, total: %1</source>
        <translation>Издадени, общо: %1</translation>
    </message>
    <message>
        <source>Received, total: %1</source>
        <translation>Получени, общо: %1</translation>
    </message>
</context>
<context>
    <name>Saldo::LedgerSnapshot</name>
    <message>
        <source>Reading the ledger was cancelled.</source>
        <translation>Четенето на книгата е отказано.</translation>
    </message>
</context>
<context>
    <name>Saldo::MainWindow</name>
    <message>
        <source>Saldo ledgers (*.saldo);;All files (*)</source>
        <translation>Книги на Saldo (*.saldo);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Reading invoices: %p %</source>
        <translation>Четене на фактурите: %p %</translation>
    </message>
    <message>
        <source>&amp;New Ledger…</source>
        <translation>&amp;Нова книга…</translation>
    </message>
    <message>
        <source>Create an empty ledger file, e.g. one for each firm</source>
        <translation>Създаване на празен файл на книга, напр. по един за всяка фирма</translation>
    </message>
    <message>
        <source>&amp;Open Ledger…</source>
        <translation>&amp;Отваряне на книга…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Презареждане</translation>
    </message>
    <message>
        <source>Read the ledger again, e.g. after saldo-cli changed it</source>
        <translation>Повторно четене на книгата, напр. след промяна от saldo-cli</translation>
    </message>
    <message>
        <source>&amp;Add Bank Account…</source>
        <translation>&amp;Добавяне на банкова сметка…</translation>
    </message>
    <message>
        <source>Add one of the firm&apos;s own bank accounts by its IBAN</source>
        <translation>Добавяне на собствена банкова сметка на фирмата по нейния IBAN</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>Show the ledger&apos;s settings and the language</source>
        <translation>Показване на настройките на книгата и езика</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Отваряне на &amp;скорошна</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редактиране</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Изглед</translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation>&amp;Банка</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помощ</translation>
    </message>
    <message>
        <source>&amp;About Saldo</source>
        <translation>&amp;Относно Saldo</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Относно &amp;Qt</translation>
    </message>
    <message>
        <source>No payment orders yet</source>
        <translation>Все още няма платежни нареждания</translation>
    </message>
    <message>
        <source>Payment orders for the invoices you received will be listed here, ready for the bank as SEPA (pain.001) or ABO files. Creating them comes with a later version of Saldo.</source>
        <translation>Тук ще бъдат показани платежните нареждания за получените фактури, готови за банката като файлове SEPA (pain.001) или ABO. Създаването им идва с по-късна версия на Saldo.</translation>
    </message>
    <message>
        <source>The outbox is empty</source>
        <translation>Няма нищо за изпращане</translation>
    </message>
    <message>
        <source>Documents waiting to be sent to your accountant&apos;s inbox will be listed here, with any changes made since they were sent. Sending comes with a later version of Saldo.</source>
        <translation>Тук ще бъдат показани документите, които чакат изпращане в пощенската кутия на вашия счетоводител, заедно с промените след изпращането им. Изпращането идва с по-късна версия на Saldo.</translation>
    </message>
    <message>
        <source>Could not read the ledger: %1</source>
        <translation>Книгата не може да бъде прочетена: %1</translation>
    </message>
    <message>
        <source>No ledger open · user: %1</source>
        <translation>Няма отворена книга · потребител: %1</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Ledger: %1 · user: %2</source>
        <translation>Книга: %1 · потребител: %2</translation>
    </message>
    <message>
        <source>%1 – Saldo</source>
        <translation>%1 – Saldo</translation>
    </message>
    <message>
        <source>Firm: %1 · %2 · user: %3</source>
        <translation>Фирма: %1 · %2 · потребител: %3</translation>
    </message>
    <message>
        <source>New Ledger</source>
        <translation>Нова книга</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File → Open Ledger.</source>
        <translation>%1 вече съществува. Изберете друго име или я отворете с Файл → Отваряне на книга.</translation>
    </message>
    <message>
        <source>Open Ledger</source>
        <translation>Отваряне на книга</translation>
    </message>
    <message>
        <source>&amp;%1 %2 (%3)</source>
        <translation>&amp;%1 %2 (%3)</translation>
    </message>
    <message>
        <source>No recent ledgers</source>
        <translation>Няма скорошни книги</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Изчистване на списъка</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>Ф&amp;актури</translation>
    </message>
    <message>
        <source>&amp;All Invoices</source>
        <translation>&amp;Всички фактури</translation>
    </message>
    <message>
        <source>&amp;Open Invoices</source>
        <translation>&amp;Неплатени фактури</translation>
    </message>
    <message>
        <source>O&amp;verdue Invoices</source>
        <translation>&amp;Просрочени фактури</translation>
    </message>
    <message>
        <source>&amp;Paid Invoices</source>
        <translation>П&amp;латени фактури</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Some settings were changed but not applied. Apply them?</source>
        <translation>Някои настройки са променени, но не са приложени. Да бъдат ли приложени?</translation>
    </message>
    <message>
        <source>About Saldo</source>
        <translation>Относно Saldo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Saldo %1&lt;/h3&gt;&lt;p&gt;Bank statements paired with invoices: imports your bank&apos;s statements and pairs every payment with the invoice it settles.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Saldo authors. Saldo is free software under the GNU General Public License, version 3 or (at your option) any later version; it comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Saldo %1&lt;/h3&gt;&lt;p&gt;Банкови извлечения, свързани с фактури: импортира извлеченията от банката ви и свързва всяко плащане с фактурата, която то погасява.&lt;/p&gt;&lt;p&gt;Copyright © 2026 авторите на Saldo. Saldo е свободен софтуер под GNU General Public License, версия 3 или (по ваш избор) всяка по-късна версия; предоставя се без никаква гаранция.&lt;/p&gt;&lt;p&gt;Създаден с Qt %2, работи с Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a ledger to import statements into.</source>
        <translation>Отворете книга, в която да импортирате извлечения.</translation>
    </message>
</context>
<context>
    <name>Saldo::OverviewView</name>
    <message>
        <source>Nothing in this ledger yet</source>
        <translation>Все още няма нищо в тази книга</translation>
    </message>
    <message>
        <source>The overview sums up the open invoices you have issued and received, what is overdue, and your bank accounts. It fills as soon as the ledger holds invoices or bank accounts.</source>
        <translation>Прегледът обобщава неплатените издадени и получени фактури, просрочените и банковите ви сметки. Попълва се, щом книгата съдържа фактури или банкови сметки.</translation>
    </message>
    <message>
        <source>Receivables: issued invoices</source>
        <translation>Вземания: издадени фактури</translation>
    </message>
    <message>
        <source>Payables: received invoices</source>
        <translation>Задължения: получени фактури</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Банкови сметки</translation>
    </message>
    <message>
        <source>No issued invoices in this ledger.</source>
        <translation>В тази книга няма издадени фактури.</translation>
    </message>
    <message>
        <source>No received invoices in this ledger.</source>
        <translation>В тази книга няма получени фактури.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>неплатени</translation>
    </message>
    <message numerus="yes">
        <source>%n open invoice(s)</source>
        <translation>
            <numerusform>%n неплатена фактура</numerusform>
            <numerusform>%n неплатени фактури</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>общо %n</numerusform>
            <numerusform>общо %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Нищо просрочено.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue: %1</source>
        <translation>
            <numerusform>%n просрочена: %1</numerusform>
            <numerusform>%n просрочени: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No bank accounts yet.</source>
        <translation>Все още няма банкови сметки.</translation>
    </message>
</context>
<context>
    <name>Saldo::RowStates</name>
    <message>
        <source>Paired</source>
        <translation>Свързан</translation>
    </message>
    <message>
        <source>Open part</source>
        <translation>Неразпределена част</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>За обработка</translation>
    </message>
    <message>
        <source>Own transfer</source>
        <translation>Местене на пари</translation>
    </message>
    <message>
        <source>The whole amount is allocated</source>
        <translation>Цялата сума е разпределена</translation>
    </message>
    <message>
        <source>The counterparty is known; some of the amount is open</source>
        <translation>Контрагентът е разпознат; част от сумата е неразпределена</translation>
    </message>
    <message>
        <source>Nothing recognised: the row needs you before confirming</source>
        <translation>Нищо не е разпознато: редът има нужда от обработка преди потвърждаване</translation>
    </message>
    <message>
        <source>Invoice payment</source>
        <translation>Плащане на финансови документи</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Без насрещен документ</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Неразпределено плащане</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Депозит</translation>
    </message>
    <message>
        <source>Bank fee</source>
        <translation>Банкова такса</translation>
    </message>
    <message>
        <source>A transfer between the firm&apos;s own accounts: ignored</source>
        <translation>Превод между собствени сметки на фирмата: игнорира се</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Вече импортиран</translation>
    </message>
    <message>
        <source>In an earlier import already: pays nothing again</source>
        <translation>Вече е в по-ранен импорт: не плаща нищо повторно</translation>
    </message>
</context>
<context>
    <name>Saldo::RowSuggestion</name>
    <message>
        <source>There is no invoice %1 any more.</source>
        <translation>Фактура %1 вече не съществува.</translation>
    </message>
    <message>
        <source>%1 is in %2, the row in %3.</source>
        <translation>%1 е във валута %2, а редът – в %3.</translation>
    </message>
    <message>
        <source>Nothing is open on %1 any more.</source>
        <translation>По %1 вече няма неплатена сума.</translation>
    </message>
</context>
<context>
    <name>Saldo::SectionList</name>
    <message>
        <source>Sections</source>
        <translation>Раздели</translation>
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
        <translation>Преглед</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>Банкови извлечения</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Банкови сметки</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Фактури</translation>
    </message>
    <message>
        <source>Counterparties</source>
        <translation>Контрагенти</translation>
    </message>
    <message>
        <source>Payment orders</source>
        <translation>Платежни нареждания</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>За изпращане</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Дневник на промените</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>Saldo::SettingTexts</name>
    <message>
        <source>Pair incoming payments with issued invoices</source>
        <translation>Свързване на постъпилите плащания с издадените фактури</translation>
    </message>
    <message>
        <source>Money received is looked for among the invoices you issued.</source>
        <translation>Получените пари се търсят сред фактурите, които сте издали.</translation>
    </message>
    <message>
        <source>Pair outgoing payments with received invoices</source>
        <translation>Свързване на изходящите плащания с получените фактури</translation>
    </message>
    <message>
        <source>Money paid out is looked for among the invoices you received.</source>
        <translation>Изплатените пари се търсят сред фактурите, които сте получили.</translation>
    </message>
    <message>
        <source>Also search invoices not yet posted</source>
        <translation>Търсене и в неосчетоводени фактури</translation>
    </message>
    <message>
        <source>Draft invoices are candidates for pairing too.</source>
        <translation>Черновите на фактури също са кандидати за свързване.</translation>
    </message>
    <message>
        <source>Pair right after import</source>
        <translation>Свързване веднага след импорта</translation>
    </message>
    <message>
        <source>Reading a statement pairs its rows at once, without a separate step.</source>
        <translation>Прочитането на извлечение свързва редовете му веднага, без отделна стъпка.</translation>
    </message>
    <message>
        <source>Payment date written to the invoice</source>
        <translation>Дата на плащане, записвана във фактурата</translation>
    </message>
    <message>
        <source>Which date a paired invoice records as the day it was paid.</source>
        <translation>Коя дата свързаната фактура записва като ден на плащането.</translation>
    </message>
    <message>
        <source>Correct the VS on the row after pairing by hand</source>
        <translation>Коригиране на VS на реда след ръчно свързване</translation>
    </message>
    <message>
        <source>When you pick an invoice for a row, the row takes the invoice&apos;s variable symbol.</source>
        <translation>Когато изберете фактура за ред, редът приема нейния вариабилен символ.</translation>
    </message>
    <message>
        <source>Undo the payment when a written row changes</source>
        <translation>Отмяна на плащането при промяна на записан ред</translation>
    </message>
    <message>
        <source>Changing a row&apos;s VS, invoice or amount afterwards removes its payment from the invoice; you write it again.</source>
        <translation>Последващата промяна на VS, фактурата или сумата на реда премахва плащането му от фактурата; записвате го отново.</translation>
    </message>
    <message>
        <source>Count card payments as bank fees</source>
        <translation>Плащанията с карта като банкови такси</translation>
    </message>
    <message>
        <source>Card (POS/ATM) rows become green bank fees instead of red rows that need a receipt.</source>
        <translation>Редовете с плащания с карта (POS/ATM) стават зелени банкови такси вместо червени редове, за които е нужен документ.</translation>
    </message>
    <message>
        <source>Preferred statement format</source>
        <translation>Предпочитан формат на извлечението</translation>
    </message>
    <message>
        <source>Format detection still runs; this only breaks ties.</source>
        <translation>Форматът пак се разпознава; това решава само неясните случаи.</translation>
    </message>
    <message>
        <source>Ignore POS payments</source>
        <translation>Игнорирай POS плащанията</translation>
    </message>
    <message>
        <source>Card payments at shops and cash machines are left out of imports.</source>
        <translation>Плащанията с карта в магазини и тегленията от банкомати не се импортират.</translation>
    </message>
    <message>
        <source>Send received invoices to the bank automatically</source>
        <translation>Автоматично изпращане на получените фактури към банката</translation>
    </message>
    <message>
        <source>New received invoices go to the bank for payment without asking.</source>
        <translation>Новите получени фактури отиват в банката за плащане без питане.</translation>
    </message>
    <message>
        <source>Users who may mark invoices paid</source>
        <translation>Потребители, които могат да отбелязват фактури като платени</translation>
    </message>
    <message>
        <source>Comma-separated user names. When not empty, it overrides the rights level below.</source>
        <translation>Имена на потребители, разделени със запетая. Ако списъкът не е празен, той има предимство пред нивото на права по-долу.</translation>
    </message>
    <message>
        <source>Rights level needed to mark invoices paid</source>
        <translation>Ниво на права за отбелязване на фактури като платени</translation>
    </message>
    <message>
        <source>Users with at least this level in invoicing may mark an invoice paid by hand.</source>
        <translation>Потребителите с поне това ниво във фактурирането могат ръчно да отбележат фактура като платена.</translation>
    </message>
    <message>
        <source>Work only with the listed accounts</source>
        <translation>Работа само с посочените сметки</translation>
    </message>
    <message>
        <source>Imports and payment orders are limited to the accounts on the allowed list.</source>
        <translation>Импортите и платежните нареждания са ограничени до сметките в списъка на разрешените.</translation>
    </message>
    <message>
        <source>Inbox for receipts</source>
        <translation>Пощенска кутия за касови бележки</translation>
    </message>
    <message>
        <source>The e-mail address of the accountant&apos;s inbox for receipts.</source>
        <translation>Имейл адресът на пощенската кутия на счетоводителя за касови бележки.</translation>
    </message>
    <message>
        <source>Inbox for received invoices</source>
        <translation>Пощенска кутия за получени фактури</translation>
    </message>
    <message>
        <source>The e-mail address of the accountant&apos;s inbox for received invoices.</source>
        <translation>Имейл адресът на пощенската кутия на счетоводителя за получени фактури.</translation>
    </message>
    <message>
        <source>Inbox for issued invoices</source>
        <translation>Пощенска кутия за издадени фактури</translation>
    </message>
    <message>
        <source>The e-mail address of the accountant&apos;s inbox for issued invoices.</source>
        <translation>Имейл адресът на пощенската кутия на счетоводителя за издадени фактури.</translation>
    </message>
    <message>
        <source>Send each new document right away</source>
        <translation>Изпращане на всеки нов документ веднага</translation>
    </message>
    <message>
        <source>Every document is sent to the accountant as soon as it is issued or recorded.</source>
        <translation>Всеки документ се изпраща на счетоводителя веднага щом бъде издаден или въведен.</translation>
    </message>
    <message>
        <source>Setting %1 of the ledger.</source>
        <translation>Настройка %1 на книгата.</translation>
    </message>
    <message>
        <source>The statement row&apos;s date</source>
        <translation>Датата на реда от извлечението</translation>
    </message>
    <message>
        <source>The statement&apos;s date</source>
        <translation>Датата на извлечението</translation>
    </message>
    <message>
        <source>None: detect</source>
        <translation>Няма: разпознаване</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Четене</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Управление</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Извлечения</translation>
    </message>
    <message>
        <source>Payment orders</source>
        <translation>Платежни нареждания</translation>
    </message>
    <message>
        <source>Paid flag</source>
        <translation>Отметка за плащане</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Банкови сметки</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Счетоводител</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Други</translation>
    </message>
</context>
<context>
    <name>Saldo::SettingsView</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Приложи</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Върни</translation>
    </message>
    <message>
        <source>Store the changed settings</source>
        <translation>Запазване на променените настройки</translation>
    </message>
    <message>
        <source>Put back the settings as they are stored</source>
        <translation>Връщане на настройките, както са запазени</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Като системата (%1)</translation>
    </message>
    <message>
        <source>The language of Saldo&apos;s windows on this computer.</source>
        <translation>Езикът на прозорците на Saldo на този компютър.</translation>
    </message>
    <message>
        <source>Open a ledger to see and change its settings.</source>
        <translation>Отворете книга, за да видите и промените настройките ѝ.</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Книга</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Език:</translation>
    </message>
    <message>
        <source>Takes effect when Saldo starts again.</source>
        <translation>Влиза в сила при следващото стартиране на Saldo.</translation>
    </message>
    <message>
        <source>Changes are stored when you click Apply.</source>
        <translation>Промените се запазват, когато натиснете Приложи.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Stored. The new language shows when Saldo starts again.</source>
        <translation>Запазено. Новият език се показва при следващото стартиране на Saldo.</translation>
    </message>
    <message>
        <source>Stored.</source>
        <translation>Запазено.</translation>
    </message>
</context>
<context>
    <name>Saldo::StatementsSection</name>
    <message>
        <source>No bank statements imported yet</source>
        <translation>Все още няма импортирани банкови извлечения</translation>
    </message>
    <message>
        <source>Import your bank&apos;s statement files (camt.053, MT940, ABO/GPC, CSV or OFX) and Saldo pairs each payment with the invoice it settles.</source>
        <translation>Импортирайте файловете с извлечения от банката си (camt.053, MT940, ABO/GPC, CSV или OFX) и Saldo ще свърже всяко плащане с фактурата, която то погасява.</translation>
    </message>
    <message>
        <source>Search file or account</source>
        <translation>Търсене на файл или сметка</translation>
    </message>
    <message>
        <source>Reading the imports…</source>
        <translation>Четене на импортите…</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n импорт</numerusform>
            <numerusform>%n импорта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n import(s)</source>
        <translation>
            <numerusform>%1 от %n импорт</numerusform>
            <numerusform>%1 от %n импорта</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Statement…</source>
        <translation>&amp;Импорт на извлечение…</translation>
    </message>
    <message>
        <source>New import</source>
        <translation>Нов импорт</translation>
    </message>
    <message>
        <source>Import a bank statement file and pair its payments (Ctrl+I)</source>
        <translation>Импорт на файл с банково извлечение и свързване на плащанията му (Ctrl+I)</translation>
    </message>
    <message>
        <source>Open Import</source>
        <translation>Отваряне на импорт</translation>
    </message>
</context>
<context>
    <name>SaldoCli</name>
    <message>
        <source>account add needs --iban and --name
usage: saldo-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--iban: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name: the account&apos;s name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--currency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the account %1 (%2, %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: saldo-cli [--ledger PATH] [--user NAME] COMMAND ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saldo-cli: unknown or incomplete option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saldo-cli: unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
usage: saldo-cli %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saldo-cli: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account IBAN is required
usage: saldo-cli statement import FILE --account IBAN [--ignore-pos] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a positive number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--document NUMBER is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type %1; one of invoice_payment, own_transfer, no_document, unallocated, deposit, bank_fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted line %1 of import %2; it will not be imported
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed import %1: %2 rows paid %3 invoices
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled import %1; nothing of it was kept
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">Ред</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Дата</translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished">Приход</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished">Разход</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished">Документи</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation type="unfinished">Контрагент</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished">Правило</translation>
    </message>
    <message>
        <source>DUPLICATE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 (%2): %3, %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green %1, black %2, red %3, grey %4 (duplicates %5)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ledger at %1; create it with: saldo-cli --ledger %1 init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 invoices from %2 (%3 new counterparties, %4 new IBANs)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished">Номер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Вид</translation>
    </message>
    <message>
        <source>VS</source>
        <translation>VS</translation>
    </message>
    <message>
        <source>Cur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">Общо</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Падеж</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the ledger %1 (schema version %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the ledger %1 to schema version %2; the previous version is kept in %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger %1 is up to date (schema version %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1  account %2  %3 lines  balance %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annulled line %1 of import %2; it pays nothing now
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the payment of line %1 of import %2 into its invoices
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANNULLED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WRITTEN: %1</source>
        <translation type="unfinished"></translation>
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
        <translation>В %1 няма книга. Да бъде ли създадена там нова, празна книга?</translation>
    </message>
    <message>
        <source>Bank statements paired with invoices.</source>
        <translation>Банкови извлечения, свързани с фактури.</translation>
    </message>
    <message>
        <source>The ledger file to open (default: %1).</source>
        <translation>Файлът на книгата, който да се отвори (по подразбиране: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ПЪТ</translation>
    </message>
    <message>
        <source>Who works, for the audit log (default: %1).</source>
        <translation>Кой работи – за дневника на промените (по подразбиране: %1).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЕ</translation>
    </message>
    <message>
        <source>The language of the user interface: en, sk, cs, bg or nb (default: the system&apos;s).</source>
        <translation>Езикът на потребителския интерфейс: en, sk, cs, bg или nb (по подразбиране: този на системата).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>The section to show first: %1 (default: the one shown last).</source>
        <translation>Разделът, който да се покаже първи: %1 (по подразбиране: последно показаният).</translation>
    </message>
    <message>
        <source>Unknown section %1; one of: %2.</source>
        <translation>Непознат раздел %1; един от: %2.</translation>
    </message>
    <message>
        <source>Once FILE is read, open the edit dialog of its row LINE (for demos and screenshots).</source>
        <translation>След прочитане на FILE да се отвори прозорецът за редакция на реда му РЕД (за демонстрации и екранни снимки).</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>РЕД</translation>
    </message>
    <message>
        <source>Open the stored statement import ID.</source>
        <translation>Отваряне на запазения импорт на извлечение ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Bank statement files to import: the first is read at once into the account its statement names.</source>
        <translation>Файлове с банкови извлечения за импорт: първият се прочита веднага в сметката, посочена в извлечението му.</translation>
    </message>
</context>
</TS>
