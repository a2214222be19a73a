"""The seeds are the five real captures the project started from, byte for byte."""

import hashlib

from conftest import SEEDS

EXPECTED = {
    "000_7f8f881116f765d6.txt": "bd8b704802a9a812603975a8be41ad44bbdbe91a136574d49c154e05b33188b6",
    "001_e48ce3e804a8e2af.txt": "a9d21a0a29ba5e0f9aed4aa4d4792bd47e4a8cad390c144b51f5f0a69dcdae39",
    "002_f335f9e20c8b25d3.txt": "6b35ed6711d042a620fe180d5b72d451665a9fd21fa2ba77d969d9bbff02006c",
    "003_f33962c4148b52b6.txt": "7c88cf9a948c55192695a00b153fee08539702414faa7c81ccf594b684be66af",
    "004_05e0a357b96ecaaf.txt": "f4bad5c09f279099ef92506e03703ffb22bda94997dda1f43846d235b2a2a6d6",
}


def test_seeds_are_the_five_original_captures_byte_for_byte():
    got = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SEEDS}
    assert got == EXPECTED
