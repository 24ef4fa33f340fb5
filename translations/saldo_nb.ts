<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
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
        <translation>%1: kan ikke leses: %2</translation>
    </message>
    <message>
        <source>%1: more than %2 lines: too many for one import</source>
        <translation>%1: mer enn %2 linjer: for mange for én import</translation>
    </message>
    <message>
        <source>numbering the import</source>
        <translation>nummerering av importen</translation>
    </message>
    <message>
        <source>ledger: the import numbering is missing (statement_import_ids)</source>
        <translation>regnskapet: importnummereringen mangler (statement_import_ids)</translation>
    </message>
</context>
<context>
    <name>Saldo::AccountTableModel</name>
    <message>
        <source>Bank code %1</source>
        <translation>Bankkode %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
</context>
<context>
    <name>Saldo::AddAccountDialog</name>
    <message>
        <source>Add Bank Account</source>
        <translation>Legg til bankkonto</translation>
    </message>
    <message>
        <source>SK31 1200 0000 1987 4263 7541</source>
        <translation>NO93 8601 1117 947</translation>
    </message>
    <message>
        <source>e.g. Current account EUR</source>
        <translation>f.eks. Driftskonto NOK</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>The account&apos;s IBAN, as on the bank statement.</source>
        <translation>Kontoens IBAN, slik den står på kontoutskriften.</translation>
    </message>
    <message>
        <source>Valid IBAN.</source>
        <translation>Gyldig IBAN.</translation>
    </message>
    <message>
        <source>Valid IBAN at %1.</source>
        <translation>Gyldig IBAN i %1.</translation>
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
        <translation>Fakturaimport</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Fordeling</translation>
    </message>
    <message>
        <source>Statement import</source>
        <translation>Import av kontoutskrift</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Innstilling</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Motpart</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 nr. %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekreftet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <source>Counterparty&apos;s IBAN</source>
        <translation>Motpartens IBAN</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Fordelt</translation>
    </message>
    <message>
        <source>Counterparty set</source>
        <translation>Motpart satt</translation>
    </message>
    <message>
        <source>Type set</source>
        <translation>Type satt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Redigert</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Angret</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Gjort om</translation>
    </message>
    <message>
        <source>Annulled</source>
        <translation>Annullert</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Ført inn</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Statement line %1 of import %2</source>
        <translation>Kontoutskriftslinje %1 i import %2</translation>
    </message>
    <message>
        <source>Statement line %1</source>
        <translation>Kontoutskriftslinje %1</translation>
    </message>
    <message>
        <source>Statement line #%1</source>
        <translation>Kontoutskriftslinje #%1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Counterparty %1</source>
        <translation>Motpart %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>betalt</translation>
    </message>
    <message>
        <source>paid on</source>
        <translation>betalt den</translation>
    </message>
    <message>
        <source>total</source>
        <translation>beløp</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>bokført</translation>
    </message>
    <message>
        <source>VS</source>
        <translation>VS</translation>
    </message>
    <message>
        <source>counterparty</source>
        <translation>motpart</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>company ID</source>
        <translation>org.nr.</translation>
    </message>
    <message>
        <source>IBANs</source>
        <translation>IBAN-er</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>line</source>
        <translation>linje</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>farge</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>dokumenter</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>slettet</translation>
    </message>
    <message>
        <source>annulled</source>
        <translation>annullert</translation>
    </message>
    <message>
        <source>written</source>
        <translation>skrevet</translation>
    </message>
    <message>
        <source>state</source>
        <translation>status</translation>
    </message>
    <message>
        <source>rows written</source>
        <translation>skrevne linjer</translation>
    </message>
    <message>
        <source>invoices paid</source>
        <translation>betalte fakturaer</translation>
    </message>
</context>
<context>
    <name>Saldo::AuditLogView</name>
    <message>
        <source>No changes recorded yet</source>
        <translation>Ingen endringer registrert ennå</translation>
    </message>
    <message>
        <source>Every change to money in this ledger will be listed here: invoices entered or imported, payments allocated, imports confirmed, settings changed, each with who did it and when.</source>
        <translation>Hver endring av penger i dette regnskapet vises her: fakturaer registrert eller importert, betalinger fordelt, importer bekreftet, innstillinger endret, hver med hvem som gjorde det og når.</translation>
    </message>
    <message>
        <source>Search user, record or change</source>
        <translation>Søk etter bruker, post eller endring</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Leser endringsloggen…</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n change(s)</source>
        <translation>
            <numerusform>Den siste %n endringen</numerusform>
            <numerusform>De siste %n endringene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the latest %n change(s)</source>
        <translation>
            <numerusform>%1 av den siste %n endringen</numerusform>
            <numerusform>%1 av de siste %n endringene</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Saldo::BankAccountsView</name>
    <message>
        <source>No bank accounts yet</source>
        <translation>Ingen bankkontoer ennå</translation>
    </message>
    <message>
        <source>The firm&apos;s own bank accounts will be listed here. Statements are imported into them, and a transfer between two of them is recognised as your own.</source>
        <translation>Firmaets egne bankkontoer vises her. Kontoutskrifter importeres til dem, og en overføring mellom to av dem gjenkjennes som en egen overføring.</translation>
    </message>
    <message>
        <source>Reading the bank accounts…</source>
        <translation>Leser bankkontoene…</translation>
    </message>
    <message numerus="yes">
        <source>%n bank account(s)</source>
        <translation>
            <numerusform>%n bankkonto</numerusform>
            <numerusform>%n bankkontoer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Saldo::CounterpartiesView</name>
    <message>
        <source>No counterparties yet</source>
        <translation>Ingen kunder eller leverandører ennå</translation>
    </message>
    <message>
        <source>Your customers and suppliers will be listed here with their bank accounts. They come with the invoices, and Saldo learns new accounts from the statements you pair by hand.</source>
        <translation>Kundene og leverandørene dine vises her med bankkontoene sine. De kommer med fakturaene, og Saldo lærer nye kontoer fra kontoutskriftene du avstemmer manuelt.</translation>
    </message>
    <message>
        <source>Search name, company ID or IBAN</source>
        <translation>Søk etter navn, organisasjonsnummer eller IBAN</translation>
    </message>
    <message>
        <source>Reading the counterparties…</source>
        <translation>Leser kunder og leverandører…</translation>
    </message>
    <message numerus="yes">
        <source>%n counterparty(ies)</source>
        <translation>
            <numerusform>%n motpart</numerusform>
            <numerusform>%n motparter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n counterparty(ies)</source>
        <translation>
            <numerusform>%1 av %n motpart</numerusform>
            <numerusform>%1 av %n motparter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Saldo::CounterpartyTableModel</name>
    <message>
        <source>%1: learned from a statement</source>
        <translation>%1: lært fra en kontoutskrift</translation>
    </message>
    <message>
        <source>%1: learned from a statement on %2</source>
        <translation>%1: lært fra en kontoutskrift %2</translation>
    </message>
    <message>
        <source>%1: entered</source>
        <translation>%1: registrert</translation>
    </message>
    <message>
        <source>%1: entered on %2</source>
        <translation>%1: registrert %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Bankkontoer</translation>
    </message>
</context>
<context>
    <name>Saldo::EditRowDialog</name>
    <message>
        <source>Edit row %1</source>
        <translation>Rediger rad %1</translation>
    </message>
    <message>
        <source>%1  %2  “%3”  %4  %5</source>
        <translation>%1  %2  «%3»  %4  %5</translation>
    </message>
    <message>
        <source>Type a part of the name to search</source>
        <translation>Skriv en del av navnet for å søke</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Betal</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfall</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Utestående</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Fordel</translation>
    </message>
    <message>
        <source>&amp;Counterparty</source>
        <translation>&amp;Motpart</translation>
    </message>
    <message>
        <source>Document &amp;type</source>
        <translation>Bilags&amp;type</translation>
    </message>
    <message>
        <source>The account %1 will be remembered for %2.</source>
        <translation>Kontoen %1 blir husket for %2.</translation>
    </message>
    <message>
        <source>Choose a counterparty to see its open documents.</source>
        <translation>Velg en motpart for å se de åpne bilagene.</translation>
    </message>
    <message>
        <source>%1 has no open documents.</source>
        <translation>%1 har ingen åpne bilag.</translation>
    </message>
    <message>
        <source>Open documents of %1:</source>
        <translation>Åpne bilag for %1:</translation>
    </message>
    <message>
        <source>Allocated to this row; untick to take it off</source>
        <translation>Fordelt til denne raden; fjern avkryssingen for å ta det bort</translation>
    </message>
    <message>
        <source>The part of the row paid to this document</source>
        <translation>Delen av raden som betales til dette bilaget</translation>
    </message>
    <message>
        <source>There is no counterparty named %1.</source>
        <translation>Det finnes ingen motpart med navnet %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Left to allocate: %1</source>
        <translation>Igjen å fordele: %1</translation>
    </message>
    <message>
        <source>The row will be: %1 %2</source>
        <translation>Raden blir: %1 %2</translation>
    </message>
</context>
<context>
    <name>Saldo::ImportListModel</name>
    <message>
        <source>Could not list the imports: %1</source>
        <translation>Kunne ikke liste importene: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekreftet</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Må behandles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Bekreftet av</translation>
    </message>
</context>
<context>
    <name>Saldo::ImportPage</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard this draft import with all its rows</source>
        <translation>Forkast dette importutkastet med alle radene</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bekreft</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Velg filer…</translation>
    </message>
    <message>
        <source>The firm&apos;s account the statement belongs to</source>
        <translation>Firmakontoen kontoutskriften hører til</translation>
    </message>
    <message>
        <source>Ignore POS payments</source>
        <translation>Ignorer POS-betalinger</translation>
    </message>
    <message>
        <source>Leave card (POS) and cash machine rows out of the import</source>
        <translation>Utelat rader med kortbetalinger (POS) og minibankuttak fra importen</translation>
    </message>
    <message>
        <source>Read file</source>
        <translation>Les fil</translation>
    </message>
    <message>
        <source>Stop reading; nothing of the file is kept</source>
        <translation>Stopp lesingen; ingenting fra filen beholdes</translation>
    </message>
    <message>
        <source>Drop statement files here, or</source>
        <translation>Slipp kontoutskriftfiler her, eller</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show every row</source>
        <translation>Vis alle rader</translation>
    </message>
    <message>
        <source>Show only these rows: %1</source>
        <translation>Vis bare disse radene: %1</translation>
    </message>
    <message>
        <source>Search rows</source>
        <translation>Søk i rader</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Pick the counterparty, the documents or the type (Enter)</source>
        <translation>Velg motpart, bilag eller type (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Leave the row out of the import (Delete)</source>
        <translation>Utelat raden fra importen (Delete)</translation>
    </message>
    <message>
        <source>Apply Suggestion</source>
        <translation>Bruk forslaget</translation>
    </message>
    <message>
        <source>Annul</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Take the row&apos;s payment back out of the invoices; the row stays in the statement</source>
        <translation>Ta radens betaling ut av fakturaene igjen; raden blir stående i kontoutskriften</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Før inn</translation>
    </message>
    <message>
        <source>Write the corrected row&apos;s payment into its invoices</source>
        <translation>Før den korrigerte radens betaling inn i fakturaene</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>Slett rad</translation>
    </message>
    <message>
        <source>Annul row</source>
        <translation>Annuller rad</translation>
    </message>
    <message>
        <source>Write row</source>
        <translation>Før inn rad</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>New statement import</source>
        <translation>Ny import av kontoutskrift</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Ingen fil valgt ennå.</translation>
    </message>
    <message>
        <source>%1 (then: %2)</source>
        <translation>%1 (deretter: %2)</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Denne filen kan ikke leses: %1</translation>
    </message>
    <message>
        <source>%1 (%2, account %3)</source>
        <translation>%1 (%2, konto %3)</translation>
    </message>
    <message>
        <source>The statement is for the account %1, which is not one of the firm&apos;s accounts: choose the account to import it into, or add it under Bank accounts.</source>
        <translation>Kontoutskriften gjelder kontoen %1, som ikke er en av firmaets kontoer: velg kontoen den skal importeres til, eller legg den til under Bankkontoer.</translation>
    </message>
    <message>
        <source>Choose Statement Files</source>
        <translation>Velg kontoutskriftfiler</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.sta *.mt940 *.txt *.gpc *.csv *.ofx);;All files (*)</source>
        <translation>Kontoutskrifter (*.xml *.sta *.mt940 *.txt *.gpc *.csv *.ofx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose the account the statement belongs to.</source>
        <translation>Velg kontoen kontoutskriften hører til.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leser filen…</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 av %3</translation>
    </message>
    <message>
        <source>Reading was canceled; nothing was imported.</source>
        <translation>Lesingen ble avbrutt; ingenting ble importert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ingenting ble importert: %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Statement import %1</source>
        <translation>Import av kontoutskrift %1</translation>
    </message>
    <message>
        <source>Reading the import…</source>
        <translation>Leser importen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – rows: %2</source>
        <translation>%1 – rader: %2</translation>
    </message>
    <message>
        <source>Statement import %1 (confirmed)</source>
        <translation>Import av kontoutskrift %1 (bekreftet)</translation>
    </message>
    <message>
        <source>Statement import %1 (draft)</source>
        <translation>Import av kontoutskrift %1 (utkast)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Select a row to see why it is coloured as it is.</source>
        <translation>Velg en rad for å se hvorfor den har denne fargen.</translation>
    </message>
    <message>
        <source>Line %1 – %2</source>
        <translation>Linje %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still to do: confirming waits for them (F8 goes to the next)</source>
        <translation>
            <numerusform>%n rad må fortsatt behandles: bekreftelsen venter på den (F8 går til neste)</numerusform>
            <numerusform>%n rader må fortsatt behandles: bekreftelsen venter på dem (F8 går til neste)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the payments into the invoices (Ctrl+Return)</source>
        <translation>Før betalingene inn i fakturaene (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>The payment of line %1 was taken back out of its invoices; Write enters the corrected row again.</source>
        <translation>Betalingen på linje %1 ble tatt ut av fakturaene igjen; Før inn fører den korrigerte raden inn på nytt.</translation>
    </message>
    <message>
        <source>edit line %1</source>
        <translation>redigering av linje %1</translation>
    </message>
    <message>
        <source>Could not undo or redo the edit of line %1: %2</source>
        <translation>Kunne ikke angre eller gjøre om redigeringen av linje %1: %2</translation>
    </message>
    <message>
        <source>Delete line %1? Its payment is taken back out of %2.</source>
        <translation>Slette linje %1? Betalingen tas ut av %2 igjen.</translation>
    </message>
    <message>
        <source>delete line %1</source>
        <translation>sletting av linje %1</translation>
    </message>
    <message>
        <source>Allocate the row to %1 (%2)</source>
        <translation>Fordel raden til %1 (%2)</translation>
    </message>
    <message>
        <source>Line %1 has no such suggestion.</source>
        <translation>Linje %1 har ikke et slikt forslag.</translation>
    </message>
    <message>
        <source>apply the suggestion to line %1</source>
        <translation>bruk av forslaget på linje %1</translation>
    </message>
    <message>
        <source>Annul line %1? Its payment is taken back out of %2; the row stays in the statement and can be written again.</source>
        <translation>Annullere linje %1? Betalingen tas ut av %2 igjen; raden blir stående i kontoutskriften og kan føres inn på nytt.</translation>
    </message>
    <message>
        <source>Line %1 is written into its invoices again.</source>
        <translation>Linje %1 er ført inn i fakturaene på nytt.</translation>
    </message>
    <message>
        <source>Confirm Import</source>
        <translation>Bekreft import</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still to do (red): pair them with a counterparty or document, set their type, or delete them. The first one is selected.</source>
        <translation>
            <numerusform>%n rad må fortsatt behandles (rød): koble den til en motpart eller et bilag, angi typen eller slett den. Den er valgt.</numerusform>
            <numerusform>%n rader må fortsatt behandles (røde): koble dem til en motpart eller et bilag, angi typen eller slett dem. Den første er valgt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the payments of this import into the invoices?</source>
        <translation>Føre betalingene fra denne importen inn i fakturaene?</translation>
    </message>
    <message>
        <source>Confirmed: %1 rows paid %2 invoices.</source>
        <translation>Bekreftet: innførte rader: %1, betalte fakturaer: %2.</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Avbryt import</translation>
    </message>
    <message numerus="yes">
        <source>Discard this draft import with its %n row(s)? Nothing of it is kept.</source>
        <translation>
            <numerusform>Forkaste dette importutkastet med %n rad? Ingenting av det beholdes.</numerusform>
            <numerusform>Forkaste dette importutkastet med %n rader? Ingenting av det beholdes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding up what confirming will do…</source>
        <translation>Regner ut hva bekreftelsen vil gjøre…</translation>
    </message>
    <message>
        <source>Writing the payments into the invoices…</source>
        <translation>Skriver betalingene inn i fakturaene…</translation>
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
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Hvorfor: %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Forslag: %1</translation>
    </message>
    <message>
        <source>%1, annulled</source>
        <translation>%1, annullert</translation>
    </message>
    <message>
        <source>%1, written</source>
        <translation>%1, ført inn</translation>
    </message>
    <message>
        <source>%1, to write</source>
        <translation>%1, skal føres inn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Bilagstype</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Counterparty in statement</source>
        <translation>Motpart i kontoutskrift</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Motpart</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Innbetaling</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Utbetaling</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Fordelt</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Ufordelt</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>Saldo::ImportRunner</name>
    <message>
        <source>Reading the file…</source>
        <translation>Leser filen…</translation>
    </message>
    <message>
        <source>Reading invoices…</source>
        <translation>Leser fakturaer…</translation>
    </message>
    <message>
        <source>Pairing rows…</source>
        <translation>Avstemmer rader…</translation>
    </message>
    <message>
        <source>Storing the draft…</source>
        <translation>Lagrer utkastet…</translation>
    </message>
    <message>
        <source>Showing the rows…</source>
        <translation>Viser radene…</translation>
    </message>
</context>
<context>
    <name>Saldo::ImportSummary</name>
    <message numerus="yes">
        <source>%1: %n row(s), %2</source>
        <translation>
            <numerusform>%1: %n rad, %2</numerusform>
            <numerusform>%1: %n rader, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices becoming paid: %1; partly paid: %2</source>
        <translation>Fakturaer som blir betalt: %1; delvis betalt: %2</translation>
    </message>
    <message numerus="yes">
        <source>Already imported, skipped: %n row(s)</source>
        <translation>
            <numerusform>Allerede importert, hoppet over: %n rad</numerusform>
            <numerusform>Allerede importert, hoppet over: %n rader</numerusform>
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
        <translation>Ubetalt</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Delvis betalt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>Overdue, partly paid</source>
        <translation>Forfalt, delvis betalt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Overbetalt</translation>
    </message>
</context>
<context>
    <name>Saldo::InvoiceTableModel</name>
    <message>
        <source>Issued</source>
        <translation>Utgående</translation>
    </message>
    <message>
        <source>Issued, draft</source>
        <translation>Utgående, utkast</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Inngående</translation>
    </message>
    <message>
        <source>Received, draft</source>
        <translation>Inngående, utkast</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s): due %1, open %2</source>
        <translation>
            <numerusform>Forfalt for %n dag siden: forfall %1, utestående %2</numerusform>
            <numerusform>Forfalt for %n dager siden: forfall %1, utestående %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid on %1</source>
        <translation>Betalt %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Forfall %1</translation>
    </message>
    <message>
        <source>A draft: not posted in the books yet</source>
        <translation>Utkast: ikke bokført ennå</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Motpart</translation>
    </message>
    <message>
        <source>VS</source>
        <translation>VS</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Fakturadato</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfall</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Utestående</translation>
    </message>
</context>
<context>
    <name>Saldo::InvoicesView</name>
    <message>
        <source>No invoices yet</source>
        <translation>Ingen fakturaer ennå</translation>
    </message>
    <message>
        <source>Your issued and received invoices will be listed here with what is still open on each, so that payments from the bank can be paired with them. Bring them in from your invoicing program&apos;s CSV export with saldo-cli invoices import.</source>
        <translation>Utgående og inngående fakturaer vises her med det som fortsatt er utestående på hver, slik at betalinger fra banken kan avstemmes mot dem. Hent dem inn fra CSV-eksporten i faktureringsprogrammet ditt med saldo-cli invoices import.</translation>
    </message>
    <message>
        <source>Reading the invoices…</source>
        <translation>Leser fakturaene…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Every invoice</source>
        <translation>Alle fakturaer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ubetalte</translation>
    </message>
    <message>
        <source>Not fully paid yet, overdue or not</source>
        <translation>Ikke fullt betalt ennå, forfalt eller ikke</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>Not fully paid and past the due date</source>
        <translation>Ikke fullt betalt og forbi forfallsdatoen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Fully paid (or overpaid)</source>
        <translation>Fullt betalt (eller overbetalt)</translation>
    </message>
    <message>
        <source>Issued and received</source>
        <translation>Utgående og inngående</translation>
    </message>
    <message>
        <source>Invoices you issued and invoices you received</source>
        <translation>Fakturaer du har sendt, og fakturaer du har mottatt</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utgående</translation>
    </message>
    <message>
        <source>Invoices you issued: your customers pay them</source>
        <translation>Fakturaer du har sendt: kundene dine betaler dem</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Inngående</translation>
    </message>
    <message>
        <source>Invoices you received: you pay them</source>
        <translation>Fakturaer du har mottatt: du betaler dem</translation>
    </message>
    <message>
        <source>Search number, counterparty, VS or amount</source>
        <translation>Søk etter nummer, motpart, VS eller beløp</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Søk i fakturaer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Søk</translation>
    </message>
    <message numerus="yes">
        <source>No invoice matches the filter (%n invoice(s) in all).</source>
        <translation>
            <numerusform>Ingen faktura passer til filteret (%n faktura totalt).</numerusform>
            <numerusform>Ingen faktura passer til filteret (%n fakturaer totalt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n faktura</numerusform>
            <numerusform>%n fakturaer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n invoice(s)</source>
        <translation>
            <numerusform>%1 av %n faktura</numerusform>
            <numerusform>%1 av %n fakturaer</numerusform>
        </translation>
    </message>
    <message>
        <source>to receive %1</source>
        <translation>til gode %1</translation>
    </message>
    <message>
        <source>to pay %1</source>
        <translation>å betale %1</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forfalt</numerusform>
            <numerusform>%n forfalte</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued, total: %1</source>
        <translation>Utgående, totalt: %1</translation>
    </message>
    <message>
        <source>Received, total: %1</source>
        <translation>Inngående, totalt: %1</translation>
    </message>
</context>
<context>
    <name>Saldo::LedgerSnapshot</name>
    <message>
        <source>Reading the ledger was cancelled.</source>
        <translation>Lesingen av regnskapet ble avbrutt.</translation>
    </message>
</context>
<context>
    <name>Saldo::MainWindow</name>
    <message>
        <source>Saldo ledgers (*.saldo);;All files (*)</source>
        <translation>Saldo-regnskap (*.saldo);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading invoices: %p %</source>
        <translation>Leser fakturaer: %p %</translation>
    </message>
    <message>
        <source>&amp;New Ledger…</source>
        <translation>&amp;Nytt regnskap…</translation>
    </message>
    <message>
        <source>Create an empty ledger file, e.g. one for each firm</source>
        <translation>Opprett en tom regnskapsfil, f.eks. én for hvert firma</translation>
    </message>
    <message>
        <source>&amp;Open Ledger…</source>
        <translation>&amp;Åpne regnskap…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Last inn på nytt</translation>
    </message>
    <message>
        <source>Read the ledger again, e.g. after saldo-cli changed it</source>
        <translation>Les regnskapet på nytt, f.eks. etter at saldo-cli har endret det</translation>
    </message>
    <message>
        <source>&amp;Add Bank Account…</source>
        <translation>&amp;Legg til bankkonto…</translation>
    </message>
    <message>
        <source>Add one of the firm&apos;s own bank accounts by its IBAN</source>
        <translation>Legg til en av firmaets egne bankkontoer med IBAN</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Innstillinger</translation>
    </message>
    <message>
        <source>Show the ledger&apos;s settings and the language</source>
        <translation>Vis regnskapets innstillinger og språket</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åpne &amp;nylige</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation>&amp;Bank</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About Saldo</source>
        <translation>&amp;Om Saldo</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>No payment orders yet</source>
        <translation>Ingen betalingsoppdrag ennå</translation>
    </message>
    <message>
        <source>Payment orders for the invoices you received will be listed here, ready for the bank as SEPA (pain.001) or ABO files. Creating them comes with a later version of Saldo.</source>
        <translation>Betalingsoppdrag for inngående fakturaer vises her, klare for banken som SEPA-filer (pain.001) eller ABO-filer. Oppretting av dem kommer i en senere versjon av Saldo.</translation>
    </message>
    <message>
        <source>The outbox is empty</source>
        <translation>Utboksen er tom</translation>
    </message>
    <message>
        <source>Documents waiting to be sent to your accountant&apos;s inbox will be listed here, with any changes made since they were sent. Sending comes with a later version of Saldo.</source>
        <translation>Bilag som venter på å bli sendt til regnskapsførerens innboks, vises her, med endringer gjort etter at de ble sendt. Sending kommer i en senere versjon av Saldo.</translation>
    </message>
    <message>
        <source>Could not read the ledger: %1</source>
        <translation>Kunne ikke lese regnskapet: %1</translation>
    </message>
    <message>
        <source>No ledger open · user: %1</source>
        <translation>Ingen regnskap åpent · bruker: %1</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Ledger: %1 · user: %2</source>
        <translation>Regnskap: %1 · bruker: %2</translation>
    </message>
    <message>
        <source>%1 – Saldo</source>
        <translation>%1 – Saldo</translation>
    </message>
    <message>
        <source>Firm: %1 · %2 · user: %3</source>
        <translation>Firma: %1 · %2 · bruker: %3</translation>
    </message>
    <message>
        <source>New Ledger</source>
        <translation>Nytt regnskap</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File → Open Ledger.</source>
        <translation>%1 finnes allerede. Velg et annet navn, eller åpne det med Fil → Åpne regnskap.</translation>
    </message>
    <message>
        <source>Open Ledger</source>
        <translation>Åpne regnskap</translation>
    </message>
    <message>
        <source>&amp;%1 %2 (%3)</source>
        <translation>&amp;%1 %2 (%3)</translation>
    </message>
    <message>
        <source>No recent ledgers</source>
        <translation>Ingen nylige regnskap</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Tøm listen</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>F&amp;akturaer</translation>
    </message>
    <message>
        <source>&amp;All Invoices</source>
        <translation>&amp;Alle fakturaer</translation>
    </message>
    <message>
        <source>&amp;Open Invoices</source>
        <translation>&amp;Ubetalte fakturaer</translation>
    </message>
    <message>
        <source>O&amp;verdue Invoices</source>
        <translation>&amp;Forfalte fakturaer</translation>
    </message>
    <message>
        <source>&amp;Paid Invoices</source>
        <translation>&amp;Betalte fakturaer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Some settings were changed but not applied. Apply them?</source>
        <translation>Noen innstillinger ble endret, men ikke tatt i bruk. Vil du ta dem i bruk?</translation>
    </message>
    <message>
        <source>About Saldo</source>
        <translation>Om Saldo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Saldo %1&lt;/h3&gt;&lt;p&gt;Bank statements paired with invoices: imports your bank&apos;s statements and pairs every payment with the invoice it settles.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Saldo authors. Saldo is free software under the GNU General Public License, version 3 or (at your option) any later version; it comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Saldo %1&lt;/h3&gt;&lt;p&gt;Kontoutskrifter avstemt mot fakturaer: importerer kontoutskriftene fra banken og avstemmer hver betaling mot fakturaen den gjelder.&lt;/p&gt;&lt;p&gt;Copyright © 2026 Saldo-forfatterne. Saldo er fri programvare under GNU General Public License, versjon 3 eller (etter ditt valg) en hvilken som helst senere versjon; den leveres uten noen garanti.&lt;/p&gt;&lt;p&gt;Bygget med Qt %2, kjører på Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a ledger to import statements into.</source>
        <translation>Åpne et regnskap å importere kontoutskrifter til.</translation>
    </message>
</context>
<context>
    <name>Saldo::OverviewView</name>
    <message>
        <source>Nothing in this ledger yet</source>
        <translation>Ingenting i dette regnskapet ennå</translation>
    </message>
    <message>
        <source>The overview sums up the open invoices you have issued and received, what is overdue, and your bank accounts. It fills as soon as the ledger holds invoices or bank accounts.</source>
        <translation>Oversikten summerer de ubetalte utgående og inngående fakturaene, hva som er forfalt, og bankkontoene dine. Den fylles så snart regnskapet har fakturaer eller bankkontoer.</translation>
    </message>
    <message>
        <source>Receivables: issued invoices</source>
        <translation>Kundefordringer: utgående fakturaer</translation>
    </message>
    <message>
        <source>Payables: received invoices</source>
        <translation>Leverandørgjeld: inngående fakturaer</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Bankkontoer</translation>
    </message>
    <message>
        <source>No issued invoices in this ledger.</source>
        <translation>Ingen utgående fakturaer i dette regnskapet.</translation>
    </message>
    <message>
        <source>No received invoices in this ledger.</source>
        <translation>Ingen inngående fakturaer i dette regnskapet.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ubetalt</translation>
    </message>
    <message numerus="yes">
        <source>%n open invoice(s)</source>
        <translation>
            <numerusform>%n ubetalt faktura</numerusform>
            <numerusform>%n ubetalte fakturaer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n totalt</numerusform>
            <numerusform>%n totalt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Ingenting forfalt.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue: %1</source>
        <translation>
            <numerusform>%n forfalt: %1</numerusform>
            <numerusform>%n forfalte: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No bank accounts yet.</source>
        <translation>Ingen bankkontoer ennå.</translation>
    </message>
</context>
<context>
    <name>Saldo::RowStates</name>
    <message>
        <source>Paired</source>
        <translation>Avstemt</translation>
    </message>
    <message>
        <source>Open part</source>
        <translation>Ufordelt del</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Må behandles</translation>
    </message>
    <message>
        <source>Own transfer</source>
        <translation>Egen overføring</translation>
    </message>
    <message>
        <source>The whole amount is allocated</source>
        <translation>Hele beløpet er fordelt</translation>
    </message>
    <message>
        <source>The counterparty is known; some of the amount is open</source>
        <translation>Motparten er kjent; en del av beløpet er ufordelt</translation>
    </message>
    <message>
        <source>Nothing recognised: the row needs you before confirming</source>
        <translation>Ingenting gjenkjent: raden må behandles før bekreftelse</translation>
    </message>
    <message>
        <source>Invoice payment</source>
        <translation>Fakturabetaling</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Uten bilag</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Ufordelt betaling</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Innskudd</translation>
    </message>
    <message>
        <source>Bank fee</source>
        <translation>Bankgebyr</translation>
    </message>
    <message>
        <source>A transfer between the firm&apos;s own accounts: ignored</source>
        <translation>En overføring mellom firmaets egne kontoer: ignoreres</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Allerede importert</translation>
    </message>
    <message>
        <source>In an earlier import already: pays nothing again</source>
        <translation>Allerede i en tidligere import: betaler ingenting på nytt</translation>
    </message>
</context>
<context>
    <name>Saldo::RowSuggestion</name>
    <message>
        <source>There is no invoice %1 any more.</source>
        <translation>Faktura %1 finnes ikke lenger.</translation>
    </message>
    <message>
        <source>%1 is in %2, the row in %3.</source>
        <translation>%1 er i valutaen %2, raden i %3.</translation>
    </message>
    <message>
        <source>Nothing is open on %1 any more.</source>
        <translation>Ingenting står åpent på %1 lenger.</translation>
    </message>
</context>
<context>
    <name>Saldo::SectionList</name>
    <message>
        <source>Sections</source>
        <translation>Seksjoner</translation>
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
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>Kontoutskrifter</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Bankkontoer</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <source>Counterparties</source>
        <translation>Kunder og leverandører</translation>
    </message>
    <message>
        <source>Payment orders</source>
        <translation>Betalingsoppdrag</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Utboks</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Endringslogg</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
</context>
<context>
    <name>Saldo::SettingTexts</name>
    <message>
        <source>Pair incoming payments with issued invoices</source>
        <translation>Avstem innbetalinger mot utgående fakturaer</translation>
    </message>
    <message>
        <source>Money received is looked for among the invoices you issued.</source>
        <translation>Innbetalte penger letes etter blant fakturaene du har sendt.</translation>
    </message>
    <message>
        <source>Pair outgoing payments with received invoices</source>
        <translation>Avstem utbetalinger mot inngående fakturaer</translation>
    </message>
    <message>
        <source>Money paid out is looked for among the invoices you received.</source>
        <translation>Utbetalte penger letes etter blant fakturaene du har mottatt.</translation>
    </message>
    <message>
        <source>Also search invoices not yet posted</source>
        <translation>Søk også i fakturaer som ikke er bokført</translation>
    </message>
    <message>
        <source>Draft invoices are candidates for pairing too.</source>
        <translation>Fakturautkast er også kandidater for avstemming.</translation>
    </message>
    <message>
        <source>Pair right after import</source>
        <translation>Avstem rett etter import</translation>
    </message>
    <message>
        <source>Reading a statement pairs its rows at once, without a separate step.</source>
        <translation>Når en kontoutskrift leses, avstemmes radene med en gang, uten et eget steg.</translation>
    </message>
    <message>
        <source>Payment date written to the invoice</source>
        <translation>Betalingsdato som føres på fakturaen</translation>
    </message>
    <message>
        <source>Which date a paired invoice records as the day it was paid.</source>
        <translation>Hvilken dato en avstemt faktura registrerer som betalingsdag.</translation>
    </message>
    <message>
        <source>Correct the VS on the row after pairing by hand</source>
        <translation>Rett VS på raden etter manuell avstemming</translation>
    </message>
    <message>
        <source>When you pick an invoice for a row, the row takes the invoice&apos;s variable symbol.</source>
        <translation>Når du velger en faktura for en rad, får raden fakturaens variable symbol (VS).</translation>
    </message>
    <message>
        <source>Undo the payment when a written row changes</source>
        <translation>Angre betalingen når en innført rad endres</translation>
    </message>
    <message>
        <source>Changing a row&apos;s VS, invoice or amount afterwards removes its payment from the invoice; you write it again.</source>
        <translation>Endres radens VS, faktura eller beløp i ettertid, fjernes betalingen fra fakturaen; du fører den inn på nytt.</translation>
    </message>
    <message>
        <source>Count card payments as bank fees</source>
        <translation>Regn kortbetalinger som bankgebyrer</translation>
    </message>
    <message>
        <source>Card (POS/ATM) rows become green bank fees instead of red rows that need a receipt.</source>
        <translation>Rader med kortbetalinger (POS/minibank) blir grønne bankgebyrer i stedet for røde rader som trenger en kvittering.</translation>
    </message>
    <message>
        <source>Preferred statement format</source>
        <translation>Foretrukket format for kontoutskrift</translation>
    </message>
    <message>
        <source>Format detection still runs; this only breaks ties.</source>
        <translation>Formatet gjenkjennes fortsatt; dette avgjør bare uavklarte tilfeller.</translation>
    </message>
    <message>
        <source>Ignore POS payments</source>
        <translation>Ignorer POS-betalinger</translation>
    </message>
    <message>
        <source>Card payments at shops and cash machines are left out of imports.</source>
        <translation>Kortbetalinger i butikker og minibankuttak utelates fra importer.</translation>
    </message>
    <message>
        <source>Send received invoices to the bank automatically</source>
        <translation>Send inngående fakturaer til banken automatisk</translation>
    </message>
    <message>
        <source>New received invoices go to the bank for payment without asking.</source>
        <translation>Nye inngående fakturaer går til banken for betaling uten å spørre.</translation>
    </message>
    <message>
        <source>Users who may mark invoices paid</source>
        <translation>Brukere som kan merke fakturaer som betalt</translation>
    </message>
    <message>
        <source>Comma-separated user names. When not empty, it overrides the rights level below.</source>
        <translation>Kommadelte brukernavn. Når listen ikke er tom, overstyrer den rettighetsnivået nedenfor.</translation>
    </message>
    <message>
        <source>Rights level needed to mark invoices paid</source>
        <translation>Rettighetsnivå som kreves for å merke fakturaer som betalt</translation>
    </message>
    <message>
        <source>Users with at least this level in invoicing may mark an invoice paid by hand.</source>
        <translation>Brukere med minst dette nivået i fakturering kan merke en faktura som betalt manuelt.</translation>
    </message>
    <message>
        <source>Work only with the listed accounts</source>
        <translation>Arbeid bare med kontoene i listen</translation>
    </message>
    <message>
        <source>Imports and payment orders are limited to the accounts on the allowed list.</source>
        <translation>Importer og betalingsoppdrag begrenses til kontoene på listen over tillatte kontoer.</translation>
    </message>
    <message>
        <source>Inbox for receipts</source>
        <translation>Innboks for kvitteringer</translation>
    </message>
    <message>
        <source>The e-mail address of the accountant&apos;s inbox for receipts.</source>
        <translation>E-postadressen til regnskapsførerens innboks for kvitteringer.</translation>
    </message>
    <message>
        <source>Inbox for received invoices</source>
        <translation>Innboks for inngående fakturaer</translation>
    </message>
    <message>
        <source>The e-mail address of the accountant&apos;s inbox for received invoices.</source>
        <translation>E-postadressen til regnskapsførerens innboks for inngående fakturaer.</translation>
    </message>
    <message>
        <source>Inbox for issued invoices</source>
        <translation>Innboks for utgående fakturaer</translation>
    </message>
    <message>
        <source>The e-mail address of the accountant&apos;s inbox for issued invoices.</source>
        <translation>E-postadressen til regnskapsførerens innboks for utgående fakturaer.</translation>
    </message>
    <message>
        <source>Send each new document right away</source>
        <translation>Send hvert nytt bilag med en gang</translation>
    </message>
    <message>
        <source>Every document is sent to the accountant as soon as it is issued or recorded.</source>
        <translation>Hvert bilag sendes til regnskapsføreren så snart det er utstedt eller registrert.</translation>
    </message>
    <message>
        <source>Setting %1 of the ledger.</source>
        <translation>Regnskapets innstilling %1.</translation>
    </message>
    <message>
        <source>The statement row&apos;s date</source>
        <translation>Datoen på raden i kontoutskriften</translation>
    </message>
    <message>
        <source>The statement&apos;s date</source>
        <translation>Datoen på kontoutskriften</translation>
    </message>
    <message>
        <source>None: detect</source>
        <translation>Ingen: gjenkjenn</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lese</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Skrive</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Administrere</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Kontoutskrifter</translation>
    </message>
    <message>
        <source>Payment orders</source>
        <translation>Betalingsoppdrag</translation>
    </message>
    <message>
        <source>Paid flag</source>
        <translation>Betalt-merke</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Bankkontoer</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Regnskapsfører</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>Saldo::SettingsView</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Bruk</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Tilbakestill</translation>
    </message>
    <message>
        <source>Store the changed settings</source>
        <translation>Lagre de endrede innstillingene</translation>
    </message>
    <message>
        <source>Put back the settings as they are stored</source>
        <translation>Sett innstillingene tilbake slik de er lagret</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Som systemet (%1)</translation>
    </message>
    <message>
        <source>The language of Saldo&apos;s windows on this computer.</source>
        <translation>Språket i Saldos vinduer på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Open a ledger to see and change its settings.</source>
        <translation>Åpne et regnskap for å se og endre innstillingene.</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Regnskap</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Takes effect when Saldo starts again.</source>
        <translation>Trer i kraft når Saldo startes på nytt.</translation>
    </message>
    <message>
        <source>Changes are stored when you click Apply.</source>
        <translation>Endringer lagres når du klikker Bruk.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Stored. The new language shows when Saldo starts again.</source>
        <translation>Lagret. Det nye språket vises når Saldo startes på nytt.</translation>
    </message>
    <message>
        <source>Stored.</source>
        <translation>Lagret.</translation>
    </message>
</context>
<context>
    <name>Saldo::StatementsSection</name>
    <message>
        <source>No bank statements imported yet</source>
        <translation>Ingen kontoutskrifter importert ennå</translation>
    </message>
    <message>
        <source>Import your bank&apos;s statement files (camt.053, MT940, ABO/GPC, CSV or OFX) and Saldo pairs each payment with the invoice it settles.</source>
        <translation>Importer kontoutskriftfilene fra banken (camt.053, MT940, ABO/GPC, CSV eller OFX), så avstemmer Saldo hver betaling mot fakturaen den gjelder.</translation>
    </message>
    <message>
        <source>Search file or account</source>
        <translation>Søk etter fil eller konto</translation>
    </message>
    <message>
        <source>Reading the imports…</source>
        <translation>Leser importene…</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n import</numerusform>
            <numerusform>%n importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n import(s)</source>
        <translation>
            <numerusform>%1 av %n import</numerusform>
            <numerusform>%1 av %n importer</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Statement…</source>
        <translation>&amp;Importer kontoutskrift…</translation>
    </message>
    <message>
        <source>New import</source>
        <translation>Ny import</translation>
    </message>
    <message>
        <source>Import a bank statement file and pair its payments (Ctrl+I)</source>
        <translation>Importer en kontoutskriftfil og avstem betalingene (Ctrl+I)</translation>
    </message>
    <message>
        <source>Open Import</source>
        <translation>Åpne import</translation>
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
        <translation type="unfinished">Linje</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Dato</translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished">Innbetaling</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished">Utbetaling</translation>
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
        <translation type="unfinished">Bilag</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation type="unfinished">Motpart</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished">Regel</translation>
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
        <translation type="unfinished">Nummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
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
        <translation type="unfinished">Totalt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Forfall</translation>
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
        <translation>Det finnes ikke noe regnskap i %1. Vil du opprette et nytt, tomt regnskap der?</translation>
    </message>
    <message>
        <source>Bank statements paired with invoices.</source>
        <translation>Kontoutskrifter avstemt mot fakturaer.</translation>
    </message>
    <message>
        <source>The ledger file to open (default: %1).</source>
        <translation>Regnskapsfilen som skal åpnes (standard: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>STI</translation>
    </message>
    <message>
        <source>Who works, for the audit log (default: %1).</source>
        <translation>Hvem som arbeider, for endringsloggen (standard: %1).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>The language of the user interface: en, sk, cs, bg or nb (default: the system&apos;s).</source>
        <translation>Språket i brukergrensesnittet: en, sk, cs, bg eller nb (standard: systemets).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>The section to show first: %1 (default: the one shown last).</source>
        <translation>Seksjonen som skal vises først: %1 (standard: den som ble vist sist).</translation>
    </message>
    <message>
        <source>Unknown section %1; one of: %2.</source>
        <translation>Ukjent seksjon %1; en av: %2.</translation>
    </message>
    <message>
        <source>Once FILE is read, open the edit dialog of its row LINE (for demos and screenshots).</source>
        <translation>Når FILE er lest, åpne redigeringsdialogen for raden LINJE (for demonstrasjoner og skjermbilder).</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LINJE</translation>
    </message>
    <message>
        <source>Open the stored statement import ID.</source>
        <translation>Åpne den lagrede importen av kontoutskrift ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Bank statement files to import: the first is read at once into the account its statement names.</source>
        <translation>Kontoutskriftfiler som skal importeres: den første leses straks inn på kontoen som kontoutskriften oppgir.</translation>
    </message>
</context>
</TS>
