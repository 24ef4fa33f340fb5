#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Saldo authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes Saldo's own demo data to resources/demo (deterministic: a fixed seed, no clock).

  accounts.csv            the firm's own bank accounts (saldo-cli account add)
  invoices.csv            issued and received invoices (saldo-cli invoices import)
  statement-2026-01.xml   a camt.053.001.08 statement of the first own account for January
                          2026 that pays some of the open invoices

The firm is a small Slovak company trading with Slovak, Czech, Norwegian and Bulgarian firms.
Invoices are paid, partly paid, unpaid, overpaid or overdue as of January 2026. The statement
covers what pairing must recognise: a VS in the end-to-end id, a VS in the structured
remittance, an invoice number in free text, a partial payment, an overpayment, a payment of a
received invoice, a bank fee, a transfer between own accounts, a card payment and an unknown
payer. Its opening and closing balances agree with its lines.

Usage: scripts/make-demo-data.py [OUTPUT_DIR]   (default: resources/demo)
Python 3 standard library only.
"""

import csv
import datetime
import os
import random
import sys
from xml.sax.saxutils import escape

SEED = 2026
TODAY = datetime.date(2026, 1, 31)
FIRM = "Modrá Hora s.r.o."  # the firm whose books these are  # the statement's last day: "overdue" is relative to it

# --- IBANs -------------------------------------------------------------------------------------


def iban_check(country, bban):
    """The two ISO 13616 check digits of an IBAN."""
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%02d" % (98 - int(digits) % 97)


def make_iban(country, bban):
    return country + iban_check(country, bban) + bban


def czsk_number(rng, digits):
    """A Czech/Slovak account number part that passes the national weighted mod-11 check."""
    weights = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1][-digits:]
    while True:
        body = [rng.randint(0, 9) for _ in range(digits)]
        body[0] = 0 if digits == 6 else rng.randint(1, 9)
        if sum(w * d for w, d in zip(weights, body)) % 11 == 0 and any(body):
            return "".join(map(str, body))


def czsk_iban(rng, country, bank, with_prefix=False):
    prefix = czsk_number(rng, 6) if with_prefix else "000000"
    return make_iban(country, bank + prefix + czsk_number(rng, 10))


def no_iban(rng, bank):
    """Norwegian: bank (4) + account (6) + a mod-11 check digit."""
    weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        body = bank + "".join(str(rng.randint(0, 9)) for _ in range(6))
        check = 11 - sum(w * int(d) for w, d in zip(weights, body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            return make_iban("NO", body + str(check))


def bg_iban(rng, bank):
    """Bulgarian: bank code (4 letters) + branch (4) + account type (2) + account (8)."""
    return make_iban("BG", bank + "%04d" % rng.randint(1000, 9999) + "10"
                     + "".join(str(rng.randint(0, 9)) for _ in range(8)))


# --- the firm and its partners -----------------------------------------------------------------

def own_accounts(rng):
    return [
        {"iban": czsk_iban(rng, "SK", "1100"), "name": "Bežný účet Tatra banka", "currency": "EUR"},
        {"iban": czsk_iban(rng, "SK", "0900"), "name": "Sporiaci účet SLSP", "currency": "EUR"},
        {"iban": czsk_iban(rng, "CZ", "0800", with_prefix=True), "name": "Účet CZK Česká spořitelna",
         "currency": "CZK"},
    ]


def counterparties(rng):
    """Twelve partners: name, IBANs (some have two, one has none), invoice currency, role."""
    sk = lambda bank: czsk_iban(rng, "SK", bank)
    cz = lambda bank: czsk_iban(rng, "CZ", bank)
    return [
        {"name": "Poľana Pekáreň s.r.o.", "ibans": [sk("0200")], "currency": "EUR", "role": "customer"},
        {"name": "Tatranská Stavebná a.s.", "ibans": [sk("1100"), sk("7500")], "currency": "EUR",
         "role": "customer"},
        {"name": "Žilinské Strojárne s.r.o.", "ibans": [sk("0900")], "currency": "EUR", "role": "both"},
        {"name": "Košická Účtovná Kancelária s.r.o.", "ibans": [sk("5600")], "currency": "EUR",
         "role": "supplier"},
        {"name": "Kolínské Strojírny a.s.", "ibans": [cz("0100")], "currency": "CZK", "role": "customer"},
        {"name": "Brněnská Tiskárna s.r.o.", "ibans": [cz("2010")], "currency": "CZK", "role": "supplier"},
        {"name": "Šumavské Dřevo s.r.o.", "ibans": [cz("0300"), cz("5500")], "currency": "EUR",
         "role": "customer"},
        {"name": "Bjørnstad Fisk AS", "ibans": [no_iban(rng, "1503")], "currency": "EUR", "role": "customer"},
        {"name": "Fjordkraft Økonomi ASA", "ibans": [no_iban(rng, "8601")], "currency": "NOK",
         "role": "supplier"},
        {"name": "Дунав Транс ЕООД", "ibans": [bg_iban(rng, "UNCR")], "currency": "EUR", "role": "both"},
        {"name": "Rila Soft EOOD", "ibans": [bg_iban(rng, "BPBI")], "currency": "EUR", "role": "customer"},
        {"name": "Horná Lúka Farma s.r.o.", "ibans": [], "currency": "EUR", "role": "customer"},
    ]


# --- invoices ----------------------------------------------------------------------------------

def money(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return "%s%d.%02d" % (sign, cents // 100, cents % 100)


def random_date(rng, first, last):
    return first + datetime.timedelta(days=rng.randint(0, (last - first).days))


def filler_payment(rng, total, due):
    """What has been paid on an invoice nobody pays in the statement, as of TODAY."""
    if due < datetime.date(2025, 12, 1):
        weights = (85, 5, 10)  # old invoices are mostly settled; the rest are long overdue
    elif due <= TODAY:
        weights = (45, 20, 35)
    else:
        weights = (15, 10, 75)  # not due yet
    state = rng.choices(("paid", "partial", "unpaid"), weights)[0]
    if state == "paid":
        return total
    if state == "partial":
        return total * rng.randint(2, 7) // 10
    return 0


# Invoices in CZK and NOK are about as large as the EUR ones, in their own units.
SCALE = {"EUR": 1, "CZK": 25, "NOK": 11}


def make_invoices(rng, partners):
    """Filler invoices in random states, plus the open ones the statement pays (marked `pay`)."""
    customers = [p for p in partners if p["role"] in ("customer", "both")]
    suppliers = [p for p in partners if p["role"] in ("supplier", "both")]
    invoices = []
    # Every partner has invoices: each once, then at random.
    for partner in customers + [rng.choice(customers) for _ in range(30 - len(customers))]:
        issue = random_date(rng, datetime.date(2025, 10, 1), datetime.date(2026, 1, 20))
        due = issue + datetime.timedelta(days=rng.choice((14, 14, 30)))
        total = (rng.randint(80, 4500) * 100 + rng.choice((0, 0, 50, 90, 99))) * SCALE[partner["currency"]]
        invoices.append({"kind": "issued", "partner": partner, "issue": issue, "due": due,
                         "total": total, "paid": filler_payment(rng, total, due), "pay": None})
    for partner in suppliers + [rng.choice(suppliers) for _ in range(14 - len(suppliers))]:
        issue = random_date(rng, datetime.date(2025, 10, 1), datetime.date(2026, 1, 20))
        due = issue + datetime.timedelta(days=rng.choice((10, 14, 30)))
        total = (rng.randint(40, 2500) * 100 + rng.choice((0, 20, 40))) * SCALE[partner["currency"]]
        invoices.append({"kind": "received", "partner": partner, "issue": issue, "due": due,
                         "total": total, "paid": filler_payment(rng, total, due), "pay": None})
    # One customer paid a small invoice twice: overpaid, money to return.
    invoices[0]["paid"] = invoices[0]["total"] * 2

    by_name = {p["name"]: p for p in partners}
    scenario = [
        # (kind, partner, issue, due, total, paid before, how the statement pays it)
        ("issued", "Poľana Pekáreň s.r.o.", (2025, 12, 18), (2026, 1, 8), 184250, 0, "vs-e2e"),
        ("issued", "Tatranská Stavebná a.s.", (2026, 1, 5), (2026, 1, 19), 1250000, 0, "vs-structured"),
        ("issued", "Bjørnstad Fisk AS", (2026, 1, 7), (2026, 1, 21), 312000, 0, "number-text"),
        ("issued", "Žilinské Strojárne s.r.o.", (2025, 12, 10), (2025, 12, 24), 860000, 0, "partial"),
        ("issued", "Дунав Транс ЕООД", (2026, 1, 2), (2026, 1, 16), 45990, 0, "overpaid"),
        ("issued", "Šumavské Dřevo s.r.o.", (2025, 11, 20), (2025, 12, 4), 230000, 100000, "rest"),
        ("received", "Košická Účtovná Kancelária s.r.o.", (2026, 1, 3), (2026, 1, 17), 48000, 0,
         "outgoing"),
    ]
    for kind, name, issue, due, total, paid, how in scenario:
        invoices.append({"kind": kind, "partner": by_name[name], "issue": datetime.date(*issue),
                         "due": datetime.date(*due), "total": total, "paid": paid, "pay": how})
    return invoices


def number_invoices(rng, invoices):
    """Issued: FV2025-0101 ... in order of issue; VS = the number's digits. Received: the
    supplier's own numbering and VS."""
    invoices.sort(key=lambda i: (i["issue"], i["kind"], i["partner"]["name"], i["total"]))
    issued = {2025: 100, 2026: 0}
    supplier_numbers = {}
    for invoice in invoices:
        if invoice["kind"] == "issued":
            year = invoice["issue"].year
            issued[year] += 1
            invoice["number"] = "FV%d-%04d" % (year, issued[year])
            invoice["vs"] = "%d%04d" % (year, issued[year])
        else:
            name = invoice["partner"]["name"]
            n = supplier_numbers.setdefault(name, rng.randint(1000, 8000)) + rng.randint(1, 40)
            supplier_numbers[name] = n
            invoice["number"] = "%s/%d" % (invoice["issue"].year, n)
            invoice["vs"] = "%d%d" % (invoice["issue"].year % 100, n)
        invoice["posted"] = 1
    # The newest issued invoice is still a draft, not yet entered into the books.
    [i for i in invoices if i["kind"] == "issued" and not i["pay"]][-1]["posted"] = 0


def write_accounts(path, accounts):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["iban", "name", "currency"])
        for account in accounts:
            writer.writerow([account["iban"], account["name"], account["currency"]])


def write_invoices(path, invoices):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["kind", "number", "variable_symbol", "counterparty", "counterparty_iban",
                         "issue_date", "due_date", "currency", "total", "paid", "posted"])
        for i in invoices:
            writer.writerow([i["kind"], i["number"], i["vs"], i["partner"]["name"],
                             ";".join(i["partner"]["ibans"]), i["issue"].isoformat(),
                             i["due"].isoformat(), i["partner"]["currency"], money(i["total"]),
                             money(i["paid"]), i["posted"]])


# --- the statement -----------------------------------------------------------------------------

def statement_lines(rng, invoices, accounts):
    """The January lines of the first own account, as dicts: day, signed cents, parties, texts."""
    pay = {i["pay"]: i for i in invoices if i["pay"]}
    lines = []

    def payment(day, amount, invoice, e2e="NOTPROVIDED", structured="", text="", code="RCDT"):
        partner = invoice["partner"]
        lines.append({"day": day, "amount": amount, "name": partner["name"],
                      "iban": partner["ibans"][0] if partner["ibans"] else "", "e2e": e2e,
                      "structured": structured, "text": text, "family": code, "sub": "ESCT"})

    i = pay["vs-e2e"]
    payment(5, i["total"], i, e2e="/VS%s/SS/KS0308" % i["vs"], text="Úhrada za pečivo")
    i = pay["vs-structured"]
    payment(8, i["total"], i, structured="/VS%s/SS/KS0308" % i["vs"], text="Platba za stavebné práce")
    i = pay["number-text"]
    payment(12, i["total"], i, text="Invoice %s, thank you" % i["number"])
    i = pay["partial"]
    payment(14, i["total"] // 2, i, e2e="/VS%s" % i["vs"], text="Čiastočná úhrada, zvyšok vo februári")
    i = pay["overpaid"]
    payment(16, i["total"] + 1000, i, e2e="/VS%s" % i["vs"], text="Плащане по фактура")
    i = pay["rest"]
    payment(19, i["total"] - i["paid"], i, e2e="/VS%s/SS/KS0308" % i["vs"], text="Doplatek faktury")
    i = pay["outgoing"]
    payment(20, -i["total"], i, e2e="/VS%s/SS/KS0308" % i["vs"], text="Úhrada faktúry %s" % i["number"],
            code="ICDT")
    lines.append({"day": 21, "amount": -500000, "name": FIRM, "iban": accounts[1]["iban"],
                  "e2e": "NOTPROVIDED", "structured": "", "text": "Presun na sporiaci účet",
                  "family": "ICDT", "sub": "BOOK"})
    lines.append({"day": 23, "amount": -4290, "name": "", "iban": "", "e2e": "NOTPROVIDED",
                  "structured": "", "text": "Platba kartou SHELL BRATISLAVA 4567********1234",
                  "family": "CCRD", "sub": "POSD"})
    # Nobody the ledger knows: no IBAN on file, no reference.
    lines.append({"day": 27, "amount": 15000, "name": "Ján Novotný", "iban": czsk_iban(rng, "SK", "0200"),
                  "e2e": "NOTPROVIDED", "structured": "", "text": "platba", "family": "RCDT", "sub": "ESCT"})
    lines.append({"day": 31, "amount": -350, "name": "", "iban": "", "e2e": "NOTPROVIDED",
                  "structured": "", "text": "Poplatok za vedenie účtu 01/2026", "family": "MDOP",
                  "sub": "CHRG", "domain": "ACMT"})
    lines.sort(key=lambda l: l["day"])
    return lines


def amount_xml(cents):
    return '<Amt Ccy="EUR">%s</Amt><CdtDbtInd>%s</CdtDbtInd>' % (money(abs(cents)),
                                                                  "CRDT" if cents >= 0 else "DBIT")


def entry_xml(number, line, own):
    date = datetime.date(2026, 1, line["day"]).isoformat()
    credit = line["amount"] >= 0
    # Schema order: Dbtr, DbtrAcct, Cdtr, CdtrAcct; our side is the creditor of money in.
    party = []
    if line["name"]:
        party.append("<%s><Pty><Nm>%s</Nm></Pty></%s>" % ("Dbtr" if credit else "Cdtr",
                                                         escape(line["name"]), "Dbtr" if credit else "Cdtr"))
    if line["iban"]:
        party.append("<%s><Id><IBAN>%s</IBAN></Id></%s>" % ("DbtrAcct" if credit else "CdtrAcct",
                                                            line["iban"], "DbtrAcct" if credit else "CdtrAcct"))
    own_party = "<%s><Id><IBAN>%s</IBAN></Id></%s>" % ("CdtrAcct" if credit else "DbtrAcct", own["iban"],
                                                       "CdtrAcct" if credit else "DbtrAcct")
    parties = "".join(party) + own_party if credit else own_party + "".join(party)
    remittance = []
    if line["text"]:
        remittance.append("<Ustrd>%s</Ustrd>" % escape(line["text"]))
    if line["structured"]:
        remittance.append("<Strd><CdtrRefInf><Ref>%s</Ref></CdtrRefInf></Strd>" % escape(line["structured"]))
    domain = line.get("domain", "PMNT")
    return """      <Ntry>
        <NtryRef>%(ref)s</NtryRef>
        %(amount)s
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>%(date)s</Dt></BookgDt>
        <ValDt><Dt>%(date)s</Dt></ValDt>
        <AcctSvcrRef>%(ref)s</AcctSvcrRef>
        <BkTxCd><Domn><Cd>%(domain)s</Cd><Fmly><Cd>%(family)s</Cd><SubFmlyCd>%(sub)s</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls>
          <TxDtls>
            <Refs><AcctSvcrRef>%(ref)s</AcctSvcrRef><EndToEndId>%(e2e)s</EndToEndId></Refs>
            %(amount)s
            <RltdPties>%(parties)s</RltdPties>
            <RmtInf>%(remittance)s</RmtInf>
          </TxDtls>
        </NtryDtls>
      </Ntry>
""" % {"ref": "2026013%05d" % number, "amount": amount_xml(line["amount"]), "date": date,
       "domain": domain, "family": line["family"], "sub": line["sub"], "e2e": escape(line["e2e"]),
       "parties": parties, "remittance": "".join(remittance)}


def write_statement(path, rng, invoices, accounts):
    own = accounts[0]
    lines = statement_lines(rng, invoices, accounts)
    opening = 2384517  # 23 845.17 EUR on 2025-12-31
    closing = opening + sum(l["amount"] for l in lines)
    entries = "".join(entry_xml(n + 1, line, own) for n, line in enumerate(lines))
    credits = [l["amount"] for l in lines if l["amount"] >= 0]
    debits = [-l["amount"] for l in lines if l["amount"] < 0]
    text = """<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-FileCopyrightText: 2026 The Saldo authors
     SPDX-License-Identifier: GPL-3.0-or-later
     Saldo demo data, generated by scripts/make-demo-data.py: do not edit by hand. -->
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>SALDO-DEMO-2026-01</MsgId><CreDtTm>2026-02-01T06:00:00+01:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>DEMO-2026-01</Id>
      <ElctrncSeqNb>1</ElctrncSeqNb>
      <LglSeqNb>1</LglSeqNb>
      <CreDtTm>2026-02-01T06:00:00+01:00</CreDtTm>
      <FrToDt><FrDtTm>2026-01-01T00:00:00+01:00</FrDtTm><ToDtTm>2026-01-31T23:59:59+01:00</ToDtTm></FrToDt>
      <Acct><Id><IBAN>%(iban)s</IBAN></Id><Ccy>EUR</Ccy><Nm>%(name)s</Nm></Acct>
      <Bal>
        <Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp>
        %(opening)s<Dt><Dt>2025-12-31</Dt></Dt>
      </Bal>
      <Bal>
        <Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>
        %(closing)s<Dt><Dt>2026-01-31</Dt></Dt>
      </Bal>
      <TxsSummry>
        <TtlNtries><NbOfNtries>%(count)d</NbOfNtries></TtlNtries>
        <TtlCdtNtries><NbOfNtries>%(credits)d</NbOfNtries><Sum>%(credit_sum)s</Sum></TtlCdtNtries>
        <TtlDbtNtries><NbOfNtries>%(debits)d</NbOfNtries><Sum>%(debit_sum)s</Sum></TtlDbtNtries>
      </TxsSummry>
%(entries)s    </Stmt>
  </BkToCstmrStmt>
</Document>
""" % {"iban": own["iban"], "name": escape(own["name"]), "opening": amount_xml(opening),
       "closing": amount_xml(closing), "count": len(lines), "credits": len(credits),
       "credit_sum": money(sum(credits)), "debits": len(debits), "debit_sum": money(sum(debits)),
       "entries": entries}
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "resources", "demo")
    os.makedirs(out, exist_ok=True)
    rng = random.Random(SEED)
    accounts = own_accounts(rng)
    partners = counterparties(rng)
    invoices = make_invoices(rng, partners)
    number_invoices(rng, invoices)
    write_accounts(os.path.join(out, "accounts.csv"), accounts)
    write_invoices(os.path.join(out, "invoices.csv"), invoices)
    write_statement(os.path.join(out, "statement-2026-01.xml"), rng, invoices, accounts)
    print("wrote %d accounts, %d invoices and a statement to %s" % (len(accounts), len(invoices), out))


if __name__ == "__main__":
    main()
