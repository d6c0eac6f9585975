#!/usr/bin/env python3
"""Records small ZIP archives for ZipReaderTests, made by Python's zipfile (zlib inside).

Run once from this folder: python3 make_zip_fixtures.py
"""
import struct
import zipfile

text = open("sample.txt", "rb").read()

with zipfile.ZipFile("two-methods.zip", "w") as z:
    z.writestr(zipfile.ZipInfo("stored.txt"), text, compress_type=zipfile.ZIP_STORED)
    z.writestr(zipfile.ZipInfo("word/deflated.txt"), text, compress_type=zipfile.ZIP_DEFLATED)

# 4 MiB of zeros compress about 1000 to 1: a decompression bomb by ratio.
with zipfile.ZipFile("bomb.zip", "w") as z:
    z.writestr(zipfile.ZipInfo("word/document.xml"), bytes(4 * 1024 * 1024),
               compress_type=zipfile.ZIP_DEFLATED)


def patch_central(source, target, offset_in_header, value, fmt):
    data = bytearray(open(source, "rb").read())
    at = data.index(b"PK\x01\x02")
    struct.pack_into(fmt, data, at + offset_in_header, value)
    open(target, "wb").write(bytes(data))


with zipfile.ZipFile("one.zip", "w") as z:
    z.writestr(zipfile.ZipInfo("word/document.xml"), text, compress_type=zipfile.ZIP_DEFLATED)
patch_central("one.zip", "bad-crc.zip", 16, 0x12345678, "<I")
# The directory says 100 bytes; the stream holds more: decoding must stop at 100.
patch_central("one.zip", "lying-size.zip", 24, 100, "<I")
