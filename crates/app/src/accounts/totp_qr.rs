//! The `otpauth://` URI as a QR code in SVG, for the page where a user sets up TOTP. The page
//! shows the secret as text beside it ([`super::totp::TotpSecret::to_base32_grouped`]) for
//! everyone who cannot scan.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// Side of one QR module in SVG user units.
const MODULE_PX: u32 = 4;

/// The text does not fit in a QR code (more than about 2 KB at error-correction level M).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("text too long for a QR code")]
pub struct QrTooLong;

/// A black-on-white QR code of `uri` (error correction M, with the quiet zone), as an `<svg>`
/// element without an XML declaration, ready to be placed inline in HTML.
pub fn qr_code_svg(uri: &str) -> Result<String, QrTooLong> {
    let code = QrCode::with_error_correction_level(uri.as_bytes(), EcLevel::M).map_err(|_| QrTooLong)?;
    let document = code.render::<svg::Color<'_>>().module_dimensions(MODULE_PX, MODULE_PX).build();
    let element = document.find("<svg").map_or(document.as_str(), |start| &document[start..]);
    Ok(element.to_owned())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::accounts::totp::{otpauth_uri, TotpSecret};
    use domain::accounts::EmailAddress;

    #[test]
    fn an_otpauth_uri_becomes_an_inline_svg() {
        let account = EmailAddress::parse("a.kaya@example.de").unwrap();
        let uri = otpauth_uri(&TotpSecret::from_bytes([7; TotpSecret::LEN]), "Knotenpunkt Köln", &account);
        let svg = qr_code_svg(&uri).unwrap();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""), "{svg}");
        assert!(svg.ends_with("</svg>"));
        assert!(svg.contains("<path fill=\"#000\" d=\"M"));
        assert!(!svg.contains(&uri), "the URI is encoded, not embedded as text");
    }

    #[test]
    fn text_beyond_qr_capacity_is_refused() {
        assert_eq!(qr_code_svg(&"x".repeat(5000)), Err(QrTooLong));
    }
}
