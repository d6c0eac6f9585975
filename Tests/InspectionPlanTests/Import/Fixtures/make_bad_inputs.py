#!/usr/bin/env python3
"""Writes the bad input files of the `import-*` golden cases in Tests/KiemTraCLITests/Fixtures.

Run from this folder: python3 make_bad_inputs.py
"""
import io
import os
import random
import zipfile

root = os.path.join("..", "..", "..", "KiemTraCLITests", "Fixtures")


def case(name, args, files):
    folder = os.path.join(root, name)
    os.makedirs(folder, exist_ok=True)
    open(os.path.join(folder, "args"), "w").write("\n".join(args) + "\n")
    for file_name, data in files.items():
        open(os.path.join(folder, file_name), "wb").write(data)


def docx(document_xml, method=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml"), b"<Types/>", compress_type=method)
        if document_xml is not None:
            z.writestr(zipfile.ZipInfo("word/document.xml"), document_xml, compress_type=method)
    return buffer.getvalue()


W = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
minimal = W + b"<w:p><w:r><w:t>K\xe1\xba\xbf ho\xe1\xba\xa1ch</w:t></w:r></w:p>" * 40 + b"</w:body></w:document>"

random.seed(2023)
case("import-random-docx", ["import", "random.docx", "-o", "plan.json"],
     {"random.docx": bytes(random.randrange(256) for _ in range(512))})
case("import-zip-without-document", ["import", "no-document.docx", "-o", "plan.json"],
     {"no-document.docx": docx(None)})
good = docx(minimal)
case("import-truncated-docx", ["import", "truncated.docx", "-o", "plan.json"],
     {"truncated.docx": good[: len(good) * 2 // 3]})
# The deflate stream of word/document.xml starts with a reserved block type (BFINAL=1, BTYPE=11).
corrupt = bytearray(good)
at = corrupt.index(b"PK\x03\x04", corrupt.index(b"word/document.xml") - 40)
name_length = corrupt[at + 26] | corrupt[at + 27] << 8
extra_length = corrupt[at + 28] | corrupt[at + 29] << 8
corrupt[at + 30 + name_length + extra_length] = 0x07
case("import-corrupt-deflate", ["import", "corrupt.docx", "-o", "plan.json"],
     {"corrupt.docx": bytes(corrupt)})
lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
       + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
       + b"]>" + W + b"<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")
case("import-xml-bomb", ["import", "bomb.docx", "-o", "plan.json"], {"bomb.docx": docx(lol)})
case("import-ratio-bomb", ["import", "ratio.docx", "-o", "plan.json"],
     {"ratio.docx": docx(W + b" " * (8 * 1024 * 1024) + b"</w:body></w:document>")})
case("import-no-appendix-docx", ["import", "no-table.docx", "-o", "plan.json"],
     {"no-table.docx": good})
case("import-no-appendix-txt", ["import", "notes.txt", "-o", "plan.json"],
     {"notes.txt": "Kế hoạch kiểm tra\n\nNội dung\tkhông có bảng phụ lục\n".encode()})
case("import-binary-txt", ["import", "binary.txt", "-o", "plan.json"],
     {"binary.txt": bytes([0xFF, 0xFE, 0x00, 0x41, 0x80, 0x81])})
case("import-output-is-input", ["import", "notes.txt", "-o", "./notes.txt"],
     {"notes.txt": "STT\tĐối tượng kiểm tra\tThời gian kiểm tra\n".encode()})
case("import-missing-output", ["import", "notes.txt"],
     {"notes.txt": "STT\tĐối tượng kiểm tra\tThời gian kiểm tra\n".encode()})
case("import-unknown-format", ["import", "plan.pdf", "-o", "plan.json"],
     {"plan.pdf": b"%PDF-1.4\n"})
