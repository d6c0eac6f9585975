#!/usr/bin/env python3
"""Records raw DEFLATE streams made by zlib, for InflateTests.

Run once from this folder: python3 make_deflate_fixtures.py
Writes NAME.deflate (raw DEFLATE, wbits=-15, as inside a ZIP) and manifest.json with the
size and CRC-32 of each decompressed output. The inputs are built from a formula or from
the plan text in sample.txt, so the test can also rebuild them.
"""
import json
import zlib

sample = open("sample.txt", "rb").read()


def raw(data, level=6, strategy=zlib.Z_DEFAULT_STRATEGY, flushes=()):
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    out = b""
    start = 0
    for cut, mode in flushes:
        out += c.compress(data[start:cut]) + c.flush(mode)
        start = cut
    return out + c.compress(data[start:]) + c.flush(zlib.Z_FINISH)


def pattern(n):
    # Reproducible in Swift: bytes (i * 7919 + (i >> 8) * 31) % 251.
    return bytes((i * 7919 + (i >> 8) * 31) % 251 for i in range(n))


far = pattern(33000)
cases = {
    "empty": (b"", raw(b"")),
    "stored": (sample, raw(sample, level=0)),
    "fixed": (sample[:400], raw(sample[:400], strategy=zlib.Z_FIXED)),
    "dynamic": (sample, raw(sample, level=9)),
    "flushed": (sample, raw(sample, flushes=[(100, zlib.Z_SYNC_FLUSH), (900, zlib.Z_FULL_FLUSH)])),
    "huffman-only": (sample, raw(sample, strategy=zlib.Z_HUFFMAN_ONLY)),
    "zeros": (bytes(100000), raw(bytes(100000), level=9)),
    "far-distance": (far + far[:32000], raw(far + far[:32000], level=9)),
}
manifest = {}
for name, (data, stream) in cases.items():
    assert zlib.decompress(stream, -15) == data
    open(name + ".deflate", "wb").write(stream)
    manifest[name] = {"size": len(data), "crc32": zlib.crc32(data)}
json.dump(manifest, open("manifest.json", "w"), indent=2, sort_keys=True)
print(json.dumps(manifest, indent=2, sort_keys=True))
