//! Logo pictures: an upload is checked (size, format by its content, dimensions read from the
//! header before anything is decoded) and re-encoded as a PNG that fits in 512 × 512 pixels.
//! Re-encoding keeps only the pixels: no EXIF (camera, GPS position), no comments, nothing
//! appended, so a file that is a picture and something else at once comes out a picture only.
//! Only the output of [`prepare_logo`] is ever stored and served.

use std::io::Cursor;

use domain::logo::LogoHash;
use image::codecs::png::{CompressionType, FilterType as PngFilter, PngEncoder};
use image::error::{ImageError, LimitErrorKind};
use image::imageops::FilterType;
use image::{DynamicImage, ExtendedColorType, ImageDecoder, ImageEncoder, ImageFormat, ImageReader, Limits};
use sha2::{Digest, Sha256};

/// The largest upload accepted, in bytes.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// The widest and tallest picture accepted, in pixels, checked before decoding.
pub const MAX_SIDE: u32 = 4000;
/// The stored picture fits in a square of this side; smaller pictures are not enlarged.
pub const BOX_SIDE: u32 = 512;
/// Memory the decoder may take for one picture (a 4000 × 4000 picture with 16-bit RGBA).
const MAX_DECODE_BYTES: u64 = MAX_SIDE as u64 * MAX_SIDE as u64 * 8;

/// Why an upload is not accepted as a logo.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LogoError {
    /// No file was chosen (an empty upload).
    #[error("no file")]
    Empty,
    /// More than [`MAX_BYTES`].
    #[error("file too big")]
    TooBig,
    /// Not a PNG, JPEG or WebP picture, or a damaged one.
    #[error("not a PNG, JPEG or WebP picture")]
    NotAnImage,
    /// Wider or taller than [`MAX_SIDE`] pixels.
    #[error("picture too large")]
    TooLarge,
}

impl LogoError {
    /// Stable code that the interface translates.
    pub fn code(self) -> &'static str {
        match self {
            LogoError::Empty => "empty",
            LogoError::TooBig => "too_big",
            LogoError::NotAnImage => "not_an_image",
            LogoError::TooLarge => "too_large",
        }
    }
}

/// A logo ready to store: a PNG, its size, and the SHA-256 of the PNG that names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreparedLogo {
    pub png: Vec<u8>,
    pub width: u32,
    pub height: u32,
    pub hash: LogoHash,
}

/// Checks an upload and turns it into the logo to store. The format is read from the bytes,
/// never from a file name or a declared type; the dimensions from the header, before the
/// picture is decoded (a small file can claim to be enormous).
pub fn prepare_logo(upload: &[u8]) -> Result<PreparedLogo, LogoError> {
    if upload.is_empty() {
        return Err(LogoError::Empty);
    }
    if upload.len() > MAX_BYTES {
        return Err(LogoError::TooBig);
    }
    let format = image::guess_format(upload).map_err(|_| LogoError::NotAnImage)?;
    if !matches!(format, ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP) {
        return Err(LogoError::NotAnImage);
    }
    let mut reader = ImageReader::with_format(Cursor::new(upload), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(refusal)?;
    let (width, height) = decoder.dimensions();
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(LogoError::TooLarge);
    }
    if width == 0 || height == 0 {
        return Err(LogoError::NotAnImage);
    }
    let orientation = decoder.orientation().ok();
    let mut picture = DynamicImage::from_decoder(decoder).map_err(refusal)?;
    if let Some(orientation) = orientation {
        picture.apply_orientation(orientation);
    }
    if picture.width() > BOX_SIDE || picture.height() > BOX_SIDE {
        picture = picture.resize(BOX_SIDE, BOX_SIDE, FilterType::Lanczos3);
    }
    let (pixels, color) = if picture.color().has_alpha() {
        (picture.to_rgba8().into_raw(), ExtendedColorType::Rgba8)
    } else {
        (picture.to_rgb8().into_raw(), ExtendedColorType::Rgb8)
    };
    let (width, height) = (picture.width(), picture.height());
    let mut png = Vec::new();
    PngEncoder::new_with_quality(&mut png, CompressionType::Best, PngFilter::Adaptive)
        .write_image(&pixels, width, height, color)
        .map_err(|_| LogoError::NotAnImage)?;
    let hash = LogoHash::from_digest(&Sha256::digest(&png).into());
    Ok(PreparedLogo { png, width, height, hash })
}

/// A decoder's refusal as the user hears it: too large, or not a (whole) picture.
fn refusal(error: ImageError) -> LogoError {
    match error {
        ImageError::Limits(limit) if matches!(limit.kind(), LimitErrorKind::DimensionError | LimitErrorKind::InsufficientMemory) => {
            LogoError::TooLarge
        }
        _ => LogoError::NotAnImage,
    }
}

#[cfg(test)]
mod tests;
