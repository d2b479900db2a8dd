#!/usr/bin/env python3
"""Writes the small Excel fixtures carebook's xlsx tests read (run from anywhere; writes beside itself).

tracker.xlsx  written by openpyxl as a tracker is: dates, £ money, percentages, booleans, shared
              strings, a rich-text (inline string) cell, an empty cell; a second sheet of unit costs.
return.xlsx   the hand-made SSDA903 fixture (../care/header.csv, ../care/episodes.csv) as two
              sheets, dates as Excel date cells and CHILD as numbers.
edge.xlsx     XML written by hand for what openpyxl does not write: the 1904 date system, rich text
              runs and a phonetic run in shared strings, formulas with cached values, t="str", "e",
              "d", sparse cells (a blank first row, cells with no reference), a money value with a
              binary-rounding tail and one with fractional pence, a column of mixed types, _xHHHH_
              escapes, a hidden first sheet, a chart sheet, and `x:`-prefixed element names.
bomb.xlsx     a zip whose central directory claims a 3 GiB sheet.
damaged.xlsx  the first 600 bytes of tracker.xlsx.
no-workbook.xlsx  a zip of one text file.
old.xls, encrypted.xlsx  compound-file containers (an old binary workbook; a password-protected one).
data-at-end.xlsx, empty-at-end.xlsx, data-past-end.xlsx  zips whose root relationships part has its
              local header as the archive comment, so its data starts at the end of the file (or 10
              bytes before it) while the directory says 50 (0, 100) stored bytes: the ZIPFoundation
              guard's cases.
zip64.zip     tracker.xlsx rezipped with zip64 extra fields (Python's zip64 limit lowered to 0); named
              .zip to keep it out of the xlsx fuzz seeds (`*.xls*`) while ZIPFoundation traps on a
              zip64 offset past 2^63, which the fuzzer reaches from it in minutes (README, Excel).
zip64-directory-past-int64.zip  zip64.zip with its zip64 end record's directory offset made
              0xFFFFFFFFFFFFFF00, which ZIPFoundation cannot seek to (it traps).
ratio.xlsx    a zip of one part, big.xml, that inflates a thousandfold (2,000,000 bytes).
broken-sheet.xlsx, cut-sheet.xlsx  tracker.xlsx with its Plans sheet's XML damaged at cell C3 (`</x>`
              closes it) or cut short after cell D3's `</c>`.
../../Fuzz/xlsx/seed-*  the parts of edge.xlsx and tracker.xlsx as seeds for the xlsx fuzz harness.
Every zip entry is dated 2020-01-01 so the files are the same each run.
"""
import csv
import datetime as dt
import io
import os
import struct
import zipfile

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2020, 1, 1, 0, 0, 0)


def zip_parts(path, parts):
    """Writes (name, bytes) pairs as a deflated zip with fixed dates."""
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def normalise(path):
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = []
    for name, data in parts:
        if name == "docProps/core.xml":   # openpyxl stamps the time it wrote the file
            data = b'<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>'
        fixed.append((name, data))
    zip_parts(path, fixed)


def tracker():
    wb = openpyxl.Workbook()
    plans = wb.active
    plans.title = "Plans"
    plans.append(["child", "plan_date", "weekly_cost", "share", "in_area", "note"])
    rows = [
        ("A001", dt.date(2017, 6, 30), "dd/mm/yyyy", 525, '"£"#,##0.00', 0.125, "0.0%", True, "Step down"),
        ("A002", dt.date(2016, 2, 29), "mm-dd-yy", 3712.5, "[$£-809]#,##0.00", 0.3, "0%", False, None),
        ("A003", None, None, 901, '"$"#,##0.00_);("$"#,##0.00)', 0.05, "0.00%", True, None),
        ("A004", dt.date(1900, 3, 1), "d mmm yyyy", 0, "£#,##0", 1, "0%", False, "Long-term"),
        ("A005", dt.date(2020, 3, 31), "dd/mm/yyyy", -250.75, "£#,##0.00;[Red]-£#,##0.00", None, None, None, "  padded  "),
    ]
    for r, (child, date, date_fmt, cost, cost_fmt, share, share_fmt, in_area, note) in enumerate(rows, start=2):
        plans.cell(r, 1, child)
        if date is not None:
            plans.cell(r, 2, date).number_format = date_fmt
        plans.cell(r, 3, cost).number_format = cost_fmt
        if share is not None:
            plans.cell(r, 4, share).number_format = share_fmt
        if in_area is not None:
            plans.cell(r, 5, in_area)
        if note is not None:
            plans.cell(r, 6, note)
    # A rich-text note: openpyxl writes it as an inline string in runs.
    plans.cell(3, 6, CellRichText(["Review ", TextBlock(InlineFont(b=True), "due")]))
    costs = wb.create_sheet("Costs")
    costs.append(["placement_group", "weekly_cost"])
    for group, cost in [("Commissioned children's home", 3712), ("In-house fostering", 525), ("Agency fostering", 901.5)]:
        costs.append([group, cost])
        costs.cell(costs.max_row, 2).number_format = '"£"#,##0.00'
    path = os.path.join(HERE, "tracker.xlsx")
    wb.save(path)
    normalise(path)


def care_return():
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name in ["header", "episodes"]:
        ws = wb.create_sheet(name)
        with open(os.path.join(HERE, "..", "care", name + ".csv"), newline="") as f:
            for r, row in enumerate(csv.reader(f), start=1):
                for c, text in enumerate(row, start=1):
                    if text == "":
                        continue
                    if r > 1 and len(text) == 10 and text[2] == "/" and text[5] == "/":
                        d, m, y = map(int, text.split("/"))
                        ws.cell(r, c, dt.date(y, m, d)).number_format = "dd/mm/yyyy"
                    elif r > 1 and text.isdigit() and c == 1:
                        ws.cell(r, c, int(text))
                    else:
                        ws.cell(r, c, text)
    path = os.path.join(HERE, "return.xlsx")
    wb.save(path)
    normalise(path)


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def edge():
    content_types = f'''<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>'''
    root_rels = f'''<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'''
    workbook = f'''<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><workbookPr date1904="1"/>
<sheets><sheet name="Hidden" sheetId="1" state="hidden" r:id="rId1"/><sheet name="Edge" sheetId="2" r:id="rId2"/>
<sheet name="Chart" sheetId="3" r:id="rId5"/></sheets></workbook>'''
    workbook_rels = f'''<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{PKG}">
<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{RELS}/worksheet" Target="/xl/worksheets/sheet2.xml"/>
<Relationship Id="rId3" Type="{RELS}/styles" Target="styles.xml"/>
<Relationship Id="rId4" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId5" Type="{RELS}/chartsheet" Target="chartsheets/sheet1.xml"/>
</Relationships>'''
    # Cell styles: 0 General, 1 dd/mm/yyyy, 2 "£"#,##0.00, 3 0.00% (built-in 10), 4 h:mm (built-in 20).
    styles = f'''<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="{MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>
<numFmt numFmtId="165" formatCode="&quot;£&quot;#,##0.00"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="165"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="10"/><xf numFmtId="20"/></cellXfs></styleSheet>'''
    # Shared strings: 0 "name" in two rich runs plus a phonetic run; 1 Amy; 2 caf_x00E9_ (café); 3 n/a; 4 mixed; 5 hidden.
    strings = f'''<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="{MAIN}" count="6" uniqueCount="6">
<si><r><t>na</t></r><r><rPr><b/></rPr><t>me</t></r><rPh sb="0" eb="2"><t>NAME</t></rPh></si>
<si><t>Amy</t></si><si><t>caf_x00E9_</t></si><si><t>n/a</t></si><si><t>mixed</t></si><si><t>hidden</t></si></sst>'''
    hidden = f'''<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>5</v></c></row><row r="2"><c r="A2"><v>1</v></c></row></sheetData></worksheet>'''
    x = "x:"
    def c(ref, value=None, t=None, s=None, f=None, inline=None):
        attrs = (f' r="{ref}"' if ref else "") + (f' t="{t}"' if t else "") + (f' s="{s}"' if s is not None else "")
        inner = (f"<{x}f>{f}</{x}f>" if f else "") + (f"<{x}v>{value}</{x}v>" if value is not None else "")
        if inline is not None:
            inner = f'<{x}is><{x}t xml:space="preserve">{inline}</{x}t></{x}is>'
        return f"<{x}c{attrs}>{inner}</{x}c>"
    rows = {
        2: [c("B2", 0, "s"), c("C2", t="inlineStr", inline="start"), c("D2", t="inlineStr", inline="cost"),
            c("E2", t="inlineStr", inline="annual"), c("F2", t="inlineStr", inline="rate"),
            c("G2", t="inlineStr", inline="flag"), c("H2", t="inlineStr", inline="status"),
            c("J2", 4, "s"), c("K2", t="inlineStr", inline="time")],
        3: [c("B3", 1, "s"), c("C3", 41455, s=1), c("D3", "577.50000000000011", s=2, f="525*1.1"),
            c("E3", 30030, f="D3*52"), c("F3", 0.125, s=3), c("G3", 1, "b"), c("H3", "open", "str", f='IF(G3,"open","closed")'),
            c("J3", 5), c("K3", 0.5, s=4)],
        4: [c("B4", s=1)],
        5: [c("B5", 2, "s"), c("C5", "2019-07-31T00:00:00", "d"), c("D5", "12.345", s=2), c("E5", "#DIV/0!", "e", f="1/0"),
            c(None, 0.5, s=3), c("G5", 0, "b"), c("H5", "closed", "str", f='IF(G5,"open","closed")'), c("I5", 7),
            c("J5", 3, "s")],
        7: [c("B7", t="inlineStr", inline="Cara"), c("C7", 0, s=1), c("D7", "-3712.5", s=2), c("E7", f="D7*52"),
            c("H7", t="inlineStr", inline="  "), c("J7", 42000, s=1)],
    }
    sheet_rows = "".join(f'<{x}row r="{r}">' + "".join(cells) + f"</{x}row>" for r, cells in rows.items())
    sheet = f'''<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="{MAIN}"><x:sheetData><x:row r="1"/>{sheet_rows}</x:sheetData></x:worksheet>'''
    zip_parts(os.path.join(HERE, "edge.xlsx"), [
        ("[Content_Types].xml", content_types), ("_rels/.rels", root_rels), ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", workbook_rels), ("xl/styles.xml", styles), ("xl/sharedStrings.xml", strings),
        ("xl/worksheets/sheet1.xml", hidden), ("xl/worksheets/sheet2.xml", sheet)])


def bomb():
    """A one-sheet workbook whose sheet's central-directory entry claims 3 GiB unpacked."""
    buf = io.BytesIO()
    with zipfile.ZipFile(os.path.join(HERE, "tracker.xlsx")) as src, zipfile.ZipFile(buf, "w") as z:
        for i in src.infolist():
            info = zipfile.ZipInfo(i.filename, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, src.read(i.filename))
    data = bytearray(buf.getvalue())
    sig, at = b"PK\x01\x02", 0
    while (at := data.find(sig, at)) >= 0:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        name = bytes(data[at + 46:at + 46 + name_len])
        if name == b"xl/worksheets/sheet1.xml":
            struct.pack_into("<I", data, at + 24, 3 << 30)   # uncompressed size
        at += 4
    with open(os.path.join(HERE, "bomb.xlsx"), "wb") as f:
        f.write(data)


def small_files():
    with open(os.path.join(HERE, "tracker.xlsx"), "rb") as f:
        whole = f.read()
    with open(os.path.join(HERE, "damaged.xlsx"), "wb") as f:
        f.write(whole[:600])
    zip_parts(os.path.join(HERE, "no-workbook.xlsx"), [("hello.txt", b"not a workbook\n")])
    magic = bytes.fromhex("D0CF11E0A1B11AE1")
    with open(os.path.join(HERE, "old.xls"), "wb") as f:
        f.write(magic + bytes(504))
    with open(os.path.join(HERE, "encrypted.xlsx"), "wb") as f:
        f.write(magic + bytes(56) + "EncryptionInfo".encode("utf-16-le") + bytes(420))


def zip_guards():
    """Zips ZIPFoundation opens whose one part's stored bytes run past the end of the file."""
    name = b"_rels/.rels"

    def directory(offset, stored, size):
        return struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x5021, 0, stored, size,
                           len(name), 0, 0, 0, 0, 0, offset) + name

    def local(stored, size):
        return struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x5021, 0, stored, size, 0, 0)

    for file, stored, after in [("data-at-end.xlsx", 50, b""), ("empty-at-end.xlsx", 0, b""),
                                ("data-past-end.xlsx", 100, bytes([0, 0xFF, 0xFF, 0, 0]) * 2)]:
        entry = directory(46 + len(name) + 22, stored, 1000)
        end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(entry), 0, 30 + len(after))
        with open(os.path.join(HERE, file), "wb") as f:
            f.write(entry + end + local(stored, 1000) + after)


def zip64():
    """tracker.xlsx rezipped by Python's zipfile with its zip64 limit lowered to 0, so every entry past
    the first has zip64 extra fields (its local header offset among them) and the end has zip64 records."""
    with zipfile.ZipFile(os.path.join(HERE, "tracker.xlsx")) as src:
        parts = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    limit = zipfile.ZIP64_LIMIT
    zipfile.ZIP64_LIMIT = 0
    try:
        zip_parts(os.path.join(HERE, "zip64.zip"), parts)
    finally:
        zipfile.ZIP64_LIMIT = limit


def zip64_directory_past_int64():
    """zip64.zip with the directory offset in its zip64 end record made 0xFFFFFFFFFFFFFF00."""
    with open(os.path.join(HERE, "zip64.zip"), "rb") as f:
        data = bytearray(f.read())
    at = data.rfind(b"PK\x06\x06")
    assert at > 0 and struct.unpack_from("<Q", data, at + 48)[0] == 5354
    struct.pack_into("<Q", data, at + 48, 0xFFFFFFFFFFFFFF00)
    with open(os.path.join(HERE, "zip64-directory-past-int64.zip"), "wb") as f:
        f.write(data)


def ratio():
    """A zip of one part, big.xml: `<a>`, 1,999,993 `x`s and `</a>`, deflated to about 2 KB."""
    zip_parts(os.path.join(HERE, "ratio.xlsx"), [("big.xml", b"<a>" + b"x" * 1_999_993 + b"</a>")])


def damaged_sheets():
    """tracker.xlsx with the Plans sheet's XML broken at C3 (a wrong end tag), or cut short after D3."""
    with zipfile.ZipFile(os.path.join(HERE, "tracker.xlsx")) as src:
        parts = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    sheet = dict(parts)["xl/worksheets/sheet1.xml"]
    c3 = b'<c r="C3" s="5" t="n"><v>3712.5</v></c>'
    d3 = b'<c r="D3" s="6" t="n"><v>0.3</v></c>'
    assert c3 in sheet and d3 in sheet
    for file, damaged in [("broken-sheet.xlsx", sheet.replace(c3, c3[:-4] + b"</x>")),
                          ("cut-sheet.xlsx", sheet[:sheet.index(d3) + len(d3)])]:
        zip_parts(os.path.join(HERE, file), [(n, damaged if n == "xl/worksheets/sheet1.xml" else d) for n, d in parts])


def fuzz_seeds():
    """The workbooks' parts as the xlsx fuzz harness takes them: `!`, then workbook, styles, shared
    strings, first and second sheet, separated by NUL bytes (Tests/Fuzz/xlsx/seed-*)."""
    out = os.path.join(HERE, "..", "..", "Fuzz", "xlsx")
    os.makedirs(out, exist_ok=True)
    for name, sheets in [("edge", ["sheet2", "sheet1"]), ("tracker", ["sheet1", "sheet2"])]:
        with zipfile.ZipFile(os.path.join(HERE, name + ".xlsx")) as z:
            names = set(z.namelist())
            parts = [z.read(p) if p in names else b"" for p in
                     ["xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml"] + [f"xl/worksheets/{s}.xml" for s in sheets]]
        with open(os.path.join(out, f"seed-{name}"), "wb") as f:
            f.write(b"!" + b"\0".join(parts))


if __name__ == "__main__":
    tracker()
    care_return()
    edge()
    bomb()
    small_files()
    zip_guards()
    zip64()
    zip64_directory_past_int64()
    ratio()
    damaged_sheets()
    fuzz_seeds()
