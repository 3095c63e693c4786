"""Password rules and hashing.

Hashing: scrypt (n=2**14, r=8, p=1, 16-byte salt) stored as "scrypt$n$r$p$salt$hash" (hex),
compared in constant time.

A password is refused when it is shorter than 8 characters, all blank, one of the passwords
people use most (the usual English ones and those seen in Vietnam: "matkhau", "anhyeuem",
"123456a@"…), compared without accents, case, spaces or a trailing run of digits and symbols,
or when it is the user's own name (user name or full name, in any spelling, with or without
digits around it).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re

from desktop.domain.text import fold
from desktop.i18n import translate

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MIN_PASSWORD = 8

_COMMON_WORDS = """
123456 12345678 123456789 1234567890 12345 1234567 111111 000000 123123 654321 666666 888888
999999 112233 121212 123321 147258 159753 987654321 11111111 88888888 66668888 68686868
password passw0rd pass password1 admin administrator root qwerty qwertyuiop asdfgh asdfghjkl
zxcvbnm qazwsx 1qaz2wsx abc123 abcd1234 a123456 123456a 123456aa aa123456 iloveyou letmein
welcome monkey dragon master sunshine princess football baseball superman batman trustno1
shadow michael login hello freedom whatever computer internet google facebook samsung
matkhau matkhau123 anhyeuem emyeuanh yeuem yeuanh anhyeuem123 iloveyou123 vietnam
vietnam123 hanoi saigon haiphong haiphong123 hoangsa truongsa conmeo concho
user guest test tester changeme default secret system office offices pcmd pcmdpcmd
taikhoan quantri quantrivien admin123 admin1234 root123 abc12345 qwerty123 12341234
asdasd zaq12wsx 1q2w3e4r 1q2w3e 1234qwer qwer1234 a12345678 123abc abcdef abcdefgh
"""
COMMON = frozenset(_COMMON_WORDS.split())


def tr(text: str) -> str:
    return translate("auth", text)


def _core(text: str) -> str:
    """Folded, without blanks, and without the digits and symbols people add around a word."""
    bare = fold(text).replace(" ", "")
    stripped = re.sub(r"^[\W\d_]+|[\W\d_]+$", "", bare)
    return stripped or bare


def problem(password: str, *, username: str = "", full_name: str = "") -> str | None:
    """Why this password is refused (one sentence), or None when it is acceptable."""
    if not password.strip():
        return tr("Password: it cannot be blank.")
    if len(password) < MIN_PASSWORD:
        return tr("Password: use at least {n} characters.").format(n=MIN_PASSWORD)
    folded = fold(password).replace(" ", "")
    if folded in COMMON or _core(password) in COMMON or len(set(folded)) <= 2:
        return tr("Password: this is one of the passwords people use most; choose another.")
    names = {_core(n) for n in (username, full_name, *full_name.split()) if n and n.strip()}
    names |= {fold(full_name).replace(" ", "")} if full_name.strip() else set()
    core = _core(password)
    if any(n and len(n) >= 3 and (core == n or folded == n or n in folded and
                                  len(folded) - len(n) <= 4) for n in names):
        return tr("Password: it must not be your own name.")
    return None


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R,
                            p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_hex, hash_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(hash_hex)
        digest = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt_hex),
                                n=int(n), r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


DUMMY_HASH = "scrypt$16384$8$1$" + "00" * 16 + "$" + "00" * 32
