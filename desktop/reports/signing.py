"""Digital signature of a report PDF (pyHanko): with a PKCS#12 file (.p12/.pfx) or a PKCS#11
token (the USB tokens of Vietnamese digital-signature providers), a signature field is placed
on the signature space the renderer left under the signer's capacity. The visible box, naming
the signer (from the certificate) and the time in Vietnamese, is painted by the renderer in
the report's own font: pyHanko's text boxes space the letters of TrueType fonts wrongly.

Signing writes a new file whole (output_file.write_whole): the unsigned PDF is never left
behind under the signed name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.errors import UsageError
from desktop.i18n import translate
from desktop.output_file import write_whole

MM = 72 / 25.4  # PDF points per millimetre
FIELD = "PCMD_Signature"


def tr(text: str) -> str:
    return translate("ReportSigning", text)


@dataclass
class SignerSpec:
    """A certificate: a PKCS#12 file and its password, or a PKCS#11 module, the token's
    label (None: the first token) and its PIN."""

    pkcs12: str | None = None
    password: str = ""
    pkcs11_lib: str | None = None
    token: str | None = None
    pin: str = ""
    key_label: str | None = None

    def files(self) -> list[str]:
        """The files signing reads: an output may not replace one of them."""
        return [f for f in (self.pkcs12, self.pkcs11_lib) if f]


@dataclass
class Place:
    """The signature space: page (1-based), its orientation, the rect in mm from the page's
    top-left corner."""

    page: int
    landscape: bool
    rect: tuple[float, float, float, float]


def _box(place: Place) -> tuple[float, float, float, float]:
    page_h = 210.0 if place.landscape else 297.0
    x, y, w, h = place.rect
    return (x * MM, (page_h - y - h) * MM, (x + w) * MM, (page_h - y) * MM)


@dataclass
class Loaded:
    """An opened certificate: pyHanko's signer, the token session to close, the name."""

    signer: object
    session: object | None
    name: str

    def close(self) -> None:
        if self.session is not None:
            self.session.close()  # type: ignore[attr-defined]
            self.session = None


def load_signer(spec: SignerSpec, now: datetime | None = None) -> Loaded:
    """Open the certificate (and the token) before anything is written; a certificate that
    has expired or is not valid yet is refused (its signature would be worthless)."""
    signer, session = _pkcs11_signer(spec) if spec.pkcs11_lib else _pkcs12_signer(spec)
    loaded = Loaded(signer, session, "")
    try:
        cert = _signing_cert(signer)
        if cert is not None:
            loaded.name = cert.subject.native.get("common_name", "") or \
                cert.subject.human_friendly
            _check_validity(cert, loaded.name, now or datetime.now(UTC))
    except BaseException:
        loaded.close()
        raise
    return loaded


def _signing_cert(signer: object):  # an asn1crypto certificate or None
    try:
        return getattr(signer, "signing_cert", None)
    except Exception:  # a token without a certificate for its key
        raise UsageError(tr("The token holds no certificate for its signing key.")) from None


def _check_validity(cert, name: str, now: datetime) -> None:  # asn1crypto
    validity = cert["tbs_certificate"]["validity"]
    start, end = validity["not_before"].native, validity["not_after"].native
    if end is not None and now > end:
        raise UsageError(tr("The certificate of {name} expired on {date}: sign with a valid "
                            "certificate.").format(name=name, date=end.strftime("%d/%m/%Y")))
    if start is not None and now < start:
        raise UsageError(tr("The certificate of {name} is valid only from {date}.").format(
            name=name, date=start.strftime("%d/%m/%Y")))


def stamp_lines(loaded: Loaded, at: datetime) -> list[str]:
    return [tr("Signed digitally by: {name}").format(name=loaded.name),
            tr("Time: {time}").format(time=at.strftime("%d/%m/%Y %H:%M"))]


def _pkcs12_signer(spec: SignerSpec):
    """Checked with `cryptography` first: pyHanko logs a traceback for a wrong password."""
    from cryptography.hazmat.primitives.serialization import pkcs12
    from pyhanko.sign import signers

    path = Path(spec.pkcs12 or "")
    if not path.is_file():
        raise UsageError(tr("The certificate file {path} does not exist.").format(path=path))
    try:
        data = path.read_bytes()
    except OSError:
        raise UsageError(tr("The certificate file {path} could not be read.").format(
            path=path)) from None
    passphrase = spec.password.encode() if spec.password else None
    try:
        key, cert, _ = pkcs12.load_key_and_certificates(data, passphrase)
    except ValueError as exc:
        if "deserialize" in str(exc):  # not PKCS#12 at all, or cut short
            raise UsageError(tr("The certificate file {path} is damaged or is not a PKCS#12 "
                                "certificate (.p12, .pfx).").format(path=path)) from None
        raise UsageError(tr("The password of the certificate file {path} is wrong.").format(
            path=path)) from None
    except Exception:  # an algorithm this machine's OpenSSL does not offer, and the like
        raise UsageError(tr("The certificate file {path} could not be opened: the password "
                            "is wrong or the file is not a PKCS#12 certificate.").format(
                                path=path)) from None
    if key is None or cert is None:
        raise UsageError(tr("The certificate file {path} holds no signing key with its "
                            "certificate.").format(path=path))
    return signers.SimpleSigner.load_pkcs12_data(data, [], passphrase=passphrase), None


def _pkcs11_signer(spec: SignerSpec):
    try:
        import pkcs11 as p11
        from pkcs11 import exceptions as p11_errors
        from pyhanko.config.pkcs11 import TokenCriteria
        from pyhanko.sign import pkcs11
    except ImportError:
        raise UsageError(tr("Signing with a token needs the python-pkcs11 package, which is "
                            "not installed.")) from None
    if not Path(spec.pkcs11_lib or "").is_file():
        raise UsageError(tr("The token's PKCS#11 library {path} does not exist.").format(
            path=spec.pkcs11_lib))
    try:
        p11.lib(spec.pkcs11_lib)
    except (p11_errors.PKCS11Error, OSError):
        raise UsageError(tr("{path} could not be loaded: it is not a token's PKCS#11 library, "
                            "or not one made for this computer.").format(
                                path=spec.pkcs11_lib)) from None
    criteria = TokenCriteria(label=spec.token) if spec.token else None
    missing = (tr("No token named “{label}” was found: plug it in, or check its "
                  "label.").format(label=spec.token) if spec.token else
               tr("No token was found: plug it in and try again."))
    try:
        session = pkcs11.open_pkcs11_session(spec.pkcs11_lib, token_criteria=criteria,
                                             user_pin=spec.pin or None)
    except p11_errors.PinIncorrect:
        raise UsageError(tr("The token refused the PIN.")) from None
    except (p11_errors.PinLocked, p11_errors.PinExpired):
        raise UsageError(tr("The token's PIN is locked or has expired: unlock it with the "
                            "provider's tool.")) from None
    except (p11_errors.TokenNotPresent, p11_errors.TokenNotRecognised,
            p11_errors.NoSuchToken, p11_errors.DeviceRemoved):
        raise UsageError(missing) from None
    except (p11_errors.PKCS11Error, pkcs11.PKCS11Error, OSError, RuntimeError) as exc:
        if "No token" in str(exc):
            raise UsageError(missing) from None
        raise UsageError(tr("The token could not be opened; check that it is plugged in and "
                            "try again.")) from None
    try:
        key_label = spec.key_label or _first_key_label(session)
        return pkcs11.PKCS11Signer(session, key_label=key_label), session
    except BaseException:
        session.close()
        raise


def _first_key_label(session) -> str | None:
    from pkcs11 import Attribute, ObjectClass

    for key in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY}):
        return key.label
    raise UsageError(tr("The token holds no signing key."))


def sign_pdf(source: Path | str, target: Path | str, loaded: Loaded, place: Place | None,
             *, location: str = "", reason: str = "") -> None:
    """Sign `source` into `target`; the field covers `place` (the painted box)."""
    from io import BytesIO

    from pyhanko import stamp
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    writer = IncrementalPdfFileWriter(BytesIO(Path(source).read_bytes()))
    if place is not None:
        fields.append_signature_field(writer, fields.SigFieldSpec(
            sig_field_name=FIELD, on_page=place.page - 1, box=_box(place)))
    meta = signers.PdfSignatureMetadata(field_name=FIELD, location=location or None,
                                        reason=reason or None)
    # the page already shows the box; the field's own appearance stays empty
    style = stamp.TextStampStyle(stamp_text="", border_width=0)
    pdf_signer = signers.PdfSigner(meta, signer=loaded.signer, stamp_style=style)
    out = BytesIO()
    try:
        pdf_signer.sign_pdf(writer, output=out, existing_fields_only=place is not None)
    except Exception as exc:
        if not _signing_failure(exc):
            raise
        raise UsageError(tr("The PDF could not be signed: the certificate or the token "
                            "refused to sign. Nothing was written.")) from None
    with write_whole(target) as partial:
        partial.write_bytes(out.getvalue())


def _signing_failure(exc: BaseException) -> bool:
    """A refusal of the token or of the key (not a bug of PCMD's own)."""
    from pyhanko.sign.general import SigningError

    return isinstance(exc, SigningError) or type(exc).__module__.startswith("pkcs11")


def signed_at(path: Path | str) -> list[tuple[str, datetime | None]]:
    """(signer's common name, signing time) of each signature in a PDF, for checks."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    out = []
    with open(path, "rb") as f:
        reader = PdfFileReader(f)
        for sig in reader.embedded_signatures:
            cert = sig.signer_cert
            name = cert.subject.native.get("common_name", "") if cert is not None else ""
            out.append((name, sig.self_reported_timestamp))
    return out
