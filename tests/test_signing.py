"""Signed PDFs: a PKCS#12 certificate made in the test signs the year-end report with a
visible box in the signer's place; with SoftHSM (a software PKCS#11 token) installed, the same
through the token path. A real USB token cannot be tested here."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from desktop.cli import main
from desktop.services import setup
from tests.report_helpers import seed_city_programme

SOFTHSM = "/usr/lib/softhsm/libsofthsm2.so"


def _certificate(name: str) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Sở Y tế Hải Phòng")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False,
                                         False), critical=True)
            .sign(key, hashes.SHA256()))
    return key, cert


@pytest.fixture
def city_db(db, ctx):
    setup.choose_home_unit(db, "31", today=date(2026, 1, 5))
    ctx.reload_units()
    seed_city_programme(db, ctx.units)
    return db


def _check_signed(pdf: Path, name: str, cert: x509.Certificate) -> None:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    root = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))

    with open(pdf, "rb") as f:
        reader = PdfFileReader(f)
        sigs = reader.embedded_signatures
        assert len(sigs) == 1
        sig = sigs[0]
        status = validate_pdf_signature(sig, ValidationContext(trust_roots=[root]))
        assert status.intact and status.valid and status.trusted
        assert sig.signer_cert.subject.native["common_name"] == name
        widget = sig.sig_field["/Kids"][0] if "/Kids" in sig.sig_field else sig.sig_field
        x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
        assert x2 - x1 > 100 and y2 - y1 > 40  # a visible box, not a hidden field
        page = widget["/P"]
        assert page == reader.root["/Pages"]["/Kids"][int(_page_of_signature(pdf)) - 1]
    assert pdf.read_bytes().startswith(b"%PDF-1.")


def _page_of_signature(pdf: Path) -> int:
    """The page whose text holds the signer's capacity (where the box must be)."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    for i, page in enumerate(out.split("\f"), start=1):
        if "PHÓ GIÁM ĐỐC" in page:
            return i
    raise AssertionError("no signature block")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pkcs12_signs_with_a_visible_box(city_db, tmp_path: Path, qapp,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    key, cert = _certificate("Nguyễn Văn An")
    p12 = tmp_path / "chu-ky.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"signer", key, cert, None, serialization.BestAvailableEncryption(b"mat-khau")))
    out = tmp_path / "signed.pdf"
    monkeypatch.setenv("PCMD_SIGN_PASSWORD", "mat-khau")
    assert main(["report", "year-end", "--period", "2025", "--unit", "31", "--format", "pdf",
                 "--out", str(out), "--sign", str(p12), "--db", city_db.url,
                 "--lang", "vi"]) == 0
    _check_signed(out, "Nguyễn Văn An", cert)
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(out), str(tmp_path / "p")], check=True)
    # a wrong password: one sentence, exit 2, no file
    monkeypatch.setenv("PCMD_SIGN_PASSWORD", "sai")
    bad = tmp_path / "bad.pdf"
    assert main(["report", "year-end", "--period", "2025", "--unit", "31", "--format", "pdf",
                 "--out", str(bad), "--sign", str(p12), "--db", city_db.url,
                 "--lang", "vi"]) == 2
    assert not bad.exists()


def test_only_a_pdf_is_signed(city_db, tmp_path: Path, capsys) -> None:
    assert main(["report", "year-end", "--period", "2025", "--format", "docx", "--out",
                 str(tmp_path / "a.docx"), "--sign", "x.p12", "--db", city_db.url,
                 "--lang", "vi"]) == 2
    assert "PDF" in capsys.readouterr().err


@pytest.mark.skipif(not (Path(SOFTHSM).exists() and shutil.which("softhsm2-util")),
                    reason="SoftHSM (softhsm2) not installed")
def test_pkcs11_token_signs(city_db, tmp_path: Path, qapp,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pkcs11")
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    conf = tmp_path / "softhsm2.conf"
    tokens = tmp_path / "tokens"
    tokens.mkdir()
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n")
    monkeypatch.setenv("SOFTHSM2_CONF", str(conf))
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", "pcmd-test",
                    "--pin", "1234", "--so-pin", "5678"], check=True, capture_output=True)
    key, cert = _certificate("Trần Thị Bình")
    pem = tmp_path / "key.pem"
    pem.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                      serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()))
    subprocess.run(["softhsm2-util", "--import", str(pem), "--token", "pcmd-test", "--label",
                    "signer", "--id", "01", "--pin", "1234"], check=True, capture_output=True)
    lib = pkcs11.lib(SOFTHSM)
    with lib.get_token(token_label="pcmd-test").open(user_pin="1234", rw=True) as session:
        session.create_object({
            Attribute.CLASS: ObjectClass.CERTIFICATE,
            Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
            Attribute.TOKEN: True, Attribute.LABEL: "signer", Attribute.ID: b"\x01",
            Attribute.SUBJECT: cert.subject.public_bytes(),
            Attribute.ISSUER: cert.issuer.public_bytes(),
            Attribute.VALUE: cert.public_bytes(serialization.Encoding.DER)})
    out = tmp_path / "token.pdf"
    monkeypatch.setenv("PCMD_SIGN_PIN", "1234")
    assert main(["report", "year-end", "--period", "2025", "--unit", "31", "--format", "pdf",
                 "--out", str(out), "--sign-pkcs11", SOFTHSM, "--token", "pcmd-test",
                 "--db", city_db.url, "--lang", "vi"]) == 0
    _check_signed(out, "Trần Thị Bình", cert)
    monkeypatch.setenv("PCMD_SIGN_PIN", "0000")
    assert main(["report", "year-end", "--period", "2025", "--unit", "31", "--format", "pdf",
                 "--out", str(tmp_path / "bad.pdf"), "--sign-pkcs11", SOFTHSM,
                 "--db", city_db.url, "--lang", "vi"]) == 2
    assert os.path.exists(out)


def _p12(tmp_path: Path, name: str = "Nguyễn Văn An", *, days: tuple[int, int] = (-1, 365),
         password: bytes = b"mat-khau") -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now + dt.timedelta(days=days[0]))
            .not_valid_after(now + dt.timedelta(days=days[1]))
            .sign(key, hashes.SHA256()))
    path = tmp_path / f"{name.split()[-1]}-{days[1]}.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"signer", key, cert, None, serialization.BestAvailableEncryption(password)))
    return path


def _refused(city_db, out: Path, capsys, *sign: str) -> str:
    """Runs a signed year-end report that must be refused: exit 2, one Vietnamese sentence
    on standard error (no traceback, no English), and no file written."""
    code = main(["report", "year-end", "--period", "2025", "--unit", "31", "--format", "pdf",
                 "--out", str(out), *sign, "--db", city_db.url, "--lang", "vi"])
    err = capsys.readouterr().err.strip()
    assert code == 2, err
    assert "Traceback" not in err and "Error" not in err and len(err.splitlines()) == 1, err
    assert not list(out.parent.glob(out.name + "*.part"))
    return err


@pytest.mark.parametrize("content", [b"", b"not a certificate at all", "half"])
def test_a_damaged_certificate_is_one_sentence(city_db, tmp_path: Path, capsys,
                                               monkeypatch: pytest.MonkeyPatch,
                                               content: bytes | str) -> None:
    good = _p12(tmp_path)
    bad = tmp_path / "hong.p12"
    bad.write_bytes(good.read_bytes()[:300] if content == "half" else content)  # type: ignore[arg-type]
    monkeypatch.setenv("PCMD_SIGN_PASSWORD", "mat-khau")
    out = tmp_path / "x.pdf"
    err = _refused(city_db, out, capsys, "--sign", str(bad))
    assert "bị hỏng" in err and "hong.p12" in err
    assert not out.exists()


def test_a_wrong_password_says_so_without_a_traceback(city_db, tmp_path: Path, capsys,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PCMD_SIGN_PASSWORD", "sai")
    err = _refused(city_db, tmp_path / "x.pdf", capsys, "--sign", str(_p12(tmp_path)))
    assert "Mật khẩu" in err and "không đúng" in err


def test_an_expired_certificate_is_refused(city_db, tmp_path: Path, capsys,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PCMD_SIGN_PASSWORD", "mat-khau")
    old = _p12(tmp_path, "Lê Văn Cũ", days=(-400, -35))
    err = _refused(city_db, tmp_path / "x.pdf", capsys, "--sign", str(old))
    assert "hết hạn" in err and "Lê Văn Cũ" in err
    future = _p12(tmp_path, "Lê Văn Mới", days=(10, 400))
    err = _refused(city_db, tmp_path / "y.pdf", capsys, "--sign", str(future))
    assert "Lê Văn Mới" in err


def test_the_output_never_replaces_the_certificate(city_db, tmp_path: Path, capsys,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """`--out` naming the certificate itself once wrote the PDF over the .p12."""
    monkeypatch.setenv("PCMD_SIGN_PASSWORD", "mat-khau")
    p12 = _p12(tmp_path)
    before = p12.read_bytes()
    err = _refused(city_db, p12, capsys, "--sign", str(p12))
    assert "đang được đọc" in err
    assert p12.read_bytes() == before
    lib = tmp_path / "token.so"
    lib.write_bytes(b"\x7fELF not really")
    monkeypatch.setenv("PCMD_SIGN_PIN", "1234")
    _refused(city_db, lib, capsys, "--sign-pkcs11", str(lib))
    assert lib.read_bytes() == b"\x7fELF not really"


def test_token_libraries_that_cannot_serve(city_db, tmp_path: Path, capsys,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pkcs11")
    monkeypatch.setenv("PCMD_SIGN_PIN", "1234")
    err = _refused(city_db, tmp_path / "a.pdf", capsys, "--sign-pkcs11",
                   str(tmp_path / "khong-co.dll"))
    assert "khong-co.dll" in err
    junk = tmp_path / "junk.dll"
    junk.write_bytes(b"MZ not a library")
    err = _refused(city_db, tmp_path / "b.pdf", capsys, "--sign-pkcs11", str(junk))
    assert "junk.dll" in err and "PKCS#11" in err
    if Path(SOFTHSM).exists():  # a library with no token in it (none initialised here)
        conf = tmp_path / "softhsm2.conf"
        (tmp_path / "empty-tokens").mkdir()
        conf.write_text(f"directories.tokendir = {tmp_path / 'empty-tokens'}\n")
        monkeypatch.setenv("SOFTHSM2_CONF", str(conf))
        err = _refused(city_db, tmp_path / "c.pdf", capsys, "--sign-pkcs11", SOFTHSM,
                       "--token", "ABC")
        assert "“ABC”" in err
