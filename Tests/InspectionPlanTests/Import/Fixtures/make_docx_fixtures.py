#!/usr/bin/env python3
"""Builds the Word fixtures of the reference plan from binh-phuoc-2023.txt (the seed, saved as
text from Word), keeping only its decision and plan parts (the outline annexes are left out):

  binh-phuoc-2023-python-docx.docx   written by python-docx, the appendix table with the shapes
                                     Word documents have: header cells merged across and down,
                                     leader/deputy cells merged down each group of visits, the
                                     members cell merged down all rows, one paragraph per member.
  binh-phuoc-2023-libreoffice.docx   LibreOffice's conversion of binh-phuoc-2023.html (written
                                     here: the same content, the table with rowspan/colspan).

Dev aids only (pip install python-docx; apt-get install libreoffice-writer).
Run from this folder: python3 make_docx_fixtures.py
"""
import html
import os
import re
import shutil
import subprocess
import tempfile

import docx
from docx.shared import Pt

lines = open("binh-phuoc-2023.txt", encoding="utf-8").read().split("\n")
start_table = next(i for i, l in enumerate(lines) if l.startswith("STT\t"))
end_table = next(i for i, l in enumerate(lines) if l.startswith("Lưu ý: Tại mỗi"))
before = [l.replace("**", "").replace("*", "") for l in lines[:start_table] if l.strip()]
note = lines[end_table].split("\t")[0]

rows = []  # (stt, unit, time, leader, deputy)
members = []
for line in lines[start_table:end_table]:
    cells = line.split("\t")
    if not cells[0].isdigit():
        continue
    rows.append(cells[:5])
    text = cells[5] if len(cells) > 5 else ""
    text = re.sub(r"</?p>", "\n", text)
    for part in re.split(r"\s*(?=\b\d{1,2}\.\s+(?:Ông|Bà|Đại diện))", text):
        part = part.strip()
        if re.match(r"^\d{1,2}\.\s", part):
            members.append(part)
groups = [(0, 3), (3, 6), (6, 8), (8, 10)]  # rows sharing a leader and deputy


def python_docx(path):
    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    for text in before:
        document.add_paragraph(text)
    table = document.add_table(rows=2 + len(rows) + 1, cols=6)
    table.style = "Table Grid"
    header = ["STT", "Đối tượng kiểm tra", "Thời gian kiểm tra", "Thành phần Đoàn kiểm tra"]
    for column, text in enumerate(header):
        table.cell(0, column).text = text
    table.cell(0, 3).merge(table.cell(0, 5)).text = "Thành phần Đoàn kiểm tra"
    for column in range(3):
        table.cell(0, column).merge(table.cell(1, column))
    for column, text in enumerate(["Trưởng đoàn", "Phó Trưởng đoàn", "Thành viên"]):
        table.cell(1, 3 + column).text = text
    for index, row in enumerate(rows):
        for column in range(3):
            table.cell(2 + index, column).text = row[column]
    for first, last in groups:
        for column in (3, 4):
            merged = table.cell(2 + first, column).merge(table.cell(2 + last - 1, column))
            merged.text = rows[first][column]
    merged = table.cell(2, 5).merge(table.cell(2 + len(rows) - 1, 5))
    merged.text = members[0]
    for member in members[1:]:
        merged.add_paragraph(member)
    last = 2 + len(rows)
    table.cell(last, 0).merge(table.cell(last, 5)).text = note
    document.save(path)


def html_version(path):
    out = ['<html><head><meta charset="utf-8"></head><body>']
    out += ["<p>%s</p>" % html.escape(text) for text in before]
    out.append('<table border="1">')
    out.append('<tr><td rowspan="2">STT</td><td rowspan="2">Đối tượng kiểm tra</td>'
               '<td rowspan="2">Thời gian kiểm tra</td><td colspan="3">Thành phần Đoàn kiểm tra</td></tr>')
    out.append("<tr><td>Trưởng đoàn</td><td>Phó Trưởng đoàn</td><td>Thành viên</td></tr>")
    for index, row in enumerate(rows):
        cells = ["<td>%s</td>" % html.escape(text) for text in row[:3]]
        for first, last in groups:
            if index == first:
                cells += ['<td rowspan="%d">%s</td>' % (last - first, html.escape(row[c])) for c in (3, 4)]
        if index == 0:
            cells.append('<td rowspan="%d">%s</td>' % (
                len(rows), "".join("<p>%s</p>" % html.escape(m) for m in members)))
        out.append("<tr>%s</tr>" % "".join(cells))
    out.append('<tr><td colspan="6">%s</td></tr>' % html.escape(note))
    out.append("</table></body></html>")
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")


python_docx("binh-phuoc-2023-python-docx.docx")
html_version("binh-phuoc-2023.html")
with tempfile.TemporaryDirectory() as folder:
    subprocess.run(
        ["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
         "docx:MS Word 2007 XML", "--outdir", folder, "binh-phuoc-2023.html"],
        check=True, capture_output=True)
    shutil.copy(os.path.join(folder, "binh-phuoc-2023.docx"), "binh-phuoc-2023-libreoffice.docx")
print(len(rows), "rows,", len(members), "members")
